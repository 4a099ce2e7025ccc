// Types of build-cli.js for the TypeScript tests that build the command line.
export declare const CLI_OUT_DIR: string;
export declare function buildCli(options?: { outDir?: string }): Promise<{ outDir: string; inputs: string[] }>;

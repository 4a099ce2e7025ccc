/* global process */
// Preloaded into a child process the bench times (`node --import ./cpu-at-exit.mjs ...`): at exit it writes
// the process's CPU time, which machine load barely changes, as the last line of stderr.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n__cpu_ms ${((user + system) / 1000).toFixed(3)}\n`);
});

// The three-way merge of verbatim.json (the `verbatim merge` git driver).
export { mergeProjects, MergeError, CONFLICT_TAG, THEIRS_SUFFIX } from './merge-project';
export type { MergeConflict, MergeResult } from './merge-project';

// Text rules every process shares: what a line is.
export { splitLines, lineColumn, lineBreakAt, isLineBreakChar } from './lines';
export type { Line } from './lines';

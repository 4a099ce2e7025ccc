import { formatBytes } from '../engine/ingest';

/**
 * Why a file over the size limit is refused, with the two sizes written so that they differ: rounded as
 * usual (`25 MB; the limit is 20 MB`), with two decimals when rounding would make them equal (`20.03 MB`),
 * and in bytes when even that does not tell them apart.
 */
export function tooLargeReason(size: number, limit: number): string {
  let shown = formatBytes(size);
  const max = formatBytes(limit);
  if (shown === max) shown = precise(size, max);
  if (shown === max || shown === precise(limit, max)) shown = `${size.toLocaleString('en')} bytes`;
  const limitText = shown.endsWith(' bytes') && !max.endsWith(' bytes') ? `${limit.toLocaleString('en')} bytes, ${max}` : max;
  return `too large (${shown}; the limit is ${limitText})`;
}

/** `bytes` in the unit `like` is written in, with two decimals. */
function precise(bytes: number, like: string): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  const unit = Math.max(0, units.indexOf(like.split(' ')[1] ?? 'bytes'));
  return unit === 0 ? `${bytes} bytes` : `${(bytes / 1024 ** unit).toFixed(2)} ${units[unit]}`;
}

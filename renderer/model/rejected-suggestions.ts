import type { QuoteSuggestion } from '../../shared/api';
import type { KeyValueStorage } from './history';

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, hex): enough to tell suggestions apart. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The key of a suggestion: its document, its span and its text, so an edited document does not revive it at a new place by accident. */
export function suggestionKey(s: Pick<QuoteSuggestion, 'document' | 'start' | 'end' | 'text'>): string {
  return `${s.document}:${s.start}:${s.end}:${fingerprint(s.text)}`;
}

/** Most rejections remembered per project; the oldest are forgotten first. */
const LIMIT = 5000;

/**
 * The quote suggestions a user rejected, remembered in `storage` (the window's localStorage, keyed by
 * project) so they stay rejected after a reload or the next day. They are the user's choice about this
 * window's suggestions, not project data: the project file stays as the team shares it.
 */
export class RejectedSuggestions {
  private keys: Set<string>;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private key: string,
  ) {
    this.keys = new Set(this.load());
  }

  /** Keeps the rejections under `key` from now on (the project is known), loading what is stored there. */
  useKey(key: string): void {
    this.key = key;
    this.keys = new Set(this.load());
  }

  has(s: Pick<QuoteSuggestion, 'document' | 'start' | 'end' | 'text'>): boolean {
    return this.keys.has(suggestionKey(s));
  }

  add(list: readonly Pick<QuoteSuggestion, 'document' | 'start' | 'end' | 'text'>[]): void {
    for (const s of list) this.keys.add(suggestionKey(s));
    const all = [...this.keys].slice(-LIMIT);
    try {
      this.storage?.setItem(this.key, JSON.stringify(all));
    } catch {
      // Storage full or refused: the rejection holds for this page only.
    }
  }

  private load(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }
}

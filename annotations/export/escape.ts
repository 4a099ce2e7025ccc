/**
 * Escaping for every export format. Document text, notes and attributions are untrusted: whatever they
 * contain must come out as text, never as live markup, broken XML or a spreadsheet formula.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` safe inside HTML element content and quoted attribute values: `& < > " '` become entities.
 * Characters XML 1.0 forbids (C0 controls other than tab and line ends, lone surrogates, U+FFFE/U+FFFF)
 * are replaced by U+FFFD, so the same function serves XHTML and TEI.
 */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** `text` safe as XML character data and inside a double- or single-quoted attribute. */
export const escapeXml = escapeHtml;

/** Replaces characters that may not appear in an XML 1.0 document by U+FFFD. */
export function stripInvalidXmlChars(text: string): string {
  // Lone surrogates are matched one by one (a valid pair is two code units the `u` flag reads as one).
  // The control characters are the point of this expression.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Characters with a meaning in CommonMark (and GFM tables, footnotes, strikethrough) outside code. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;

/**
 * `text` as literal Markdown inline text: every CommonMark punctuation character that could start
 * emphasis, a link, a heading, a list, a table cell or a footnote is backslash-escaped, and `<`, `>` and `&`
 * become entities so no raw HTML passes through a Markdown renderer. Line breaks become spaces (a line
 * break could start a block); use {@link escapeMarkdownBlock} for multi-line text.
 */
export function escapeMarkdown(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(MARKDOWN_SPECIAL, (c) => (c === '>' ? '&gt;' : `\\${c}`));
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell that opens cleanly in a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, which spreadsheets show as text and never evaluate. Numbers are
 * left as they are (they are ours, never untrusted text).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** True for an `http:` or `https:` URL, the only kind an edition turns into a link. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

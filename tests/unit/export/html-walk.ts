// A strict walk over the HTML our exports write (all text escaped, so every `<` starts a tag of ours).

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
const VOID = new Set(['br', 'hr', 'meta', 'img', 'input', 'link']);
/** Elements a browser will not keep inside a `<p>` (it closes the paragraph before them). */
const BLOCKS = new Set(['p', 'div', 'blockquote', 'ul', 'ol', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'figure', 'table']);

/**
 * Walks `html` as a strict parser would and throws on any element closed out of order, a link inside a
 * link or a block inside a paragraph (a browser would rebuild all three differently); returns the text of every element whose opening tag matches `select`, and all the text.
 */
export function walk(html: string, select: RegExp = /^$/): { texts: string[]; text: string } {
  const stack: { tag: string; index: number | null }[] = [];
  const texts: string[] = [];
  let text = '';
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const t = decode(m[4]);
      text += t;
      for (const e of stack) if (e.index !== null) texts[e.index] += t;
      continue;
    }
    const [whole, close, tag] = [m[0], m[1], m[2]!];
    if (VOID.has(tag)) continue;
    if (close) {
      const open = stack.pop();
      if (open?.tag !== tag) throw new Error(`</${tag}> closes <${open?.tag}>`);
    } else {
      if (tag === 'a' && stack.some((e) => e.tag === 'a')) throw new Error('a link inside a link');
      if (BLOCKS.has(tag) && stack.some((e) => e.tag === 'p')) throw new Error(`<${tag}> inside <p>`);
      const index = select.test(whole) ? texts.push('') - 1 : null;
      stack.push({ tag, index });
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.tag}> is never closed`);
  return { texts, text };
}

import type { Page } from '@playwright/test';

/*
 * The code below runs inside the page. The Node-side tsconfig that checks tests/ has no DOM library (on
 * purpose: it keeps Node code honest), so the few DOM members used are declared structurally here.
 */
interface Box {
  left: number;
  right: number;
  top: number;
  width: number;
  height: number;
}
interface TextNode {
  data: string;
  parentElement: { scrollIntoView(options: { block: string }): void } | null;
}
interface PageDocument {
  querySelector(selector: string): object | null;
  createTreeWalker(root: object, whatToShow: number): { nextNode(): TextNode | null };
  createRange(): { setStart(node: TextNode, offset: number): void; setEnd(node: TextNode, offset: number): void; getClientRects(): ArrayLike<Box> };
}

/** Viewport points just inside the first and the last character of `text`. */
interface Ends {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Runs in the page, so it must be self-contained: Playwright sends only this function's source. The text
 * is scrolled into view first and measured two frames later: blocks off screen are laid out only when
 * shown (content-visibility), so what lies above may change size when it is.
 */
async function endsOf([wanted, rootSelector]: readonly [string, string]): Promise<Ends> {
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  const root = doc.querySelector(rootSelector);
  if (!root) throw new Error(`no document view at ${rootSelector}`);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: TextNode[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const at = nodes.map((n) => n.data).join('').indexOf(wanted);
  if (at < 0) throw new Error(`text not shown: ${wanted}`);
  const locate = (offset: number): { node: TextNode; offset: number } => {
    let rest = offset;
    for (const node of nodes) {
      if (rest < node.data.length) return { node, offset: rest };
      rest -= node.data.length;
    }
    throw new Error('offset beyond the text');
  };
  const boxOf = (offset: number): Box => {
    const { node, offset: o } = locate(offset);
    const range = doc.createRange();
    range.setStart(node, o);
    range.setEnd(node, o + 1);
    const box = range.getClientRects()[0];
    if (!box) throw new Error('character has no box');
    return box;
  };
  const frame = (): Promise<void> => new Promise((resolve) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => resolve()));
  for (let i = 0; i < 3; i++) {
    locate(at).node.parentElement?.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
  }
  const a = boxOf(at);
  const b = boxOf(at + wanted.length - 1);
  // A quarter into the first character puts the caret before it; three quarters into the last, after it.
  return { x1: a.left + a.width / 4, y1: a.top + a.height / 2, x2: b.right - b.width / 4, y2: b.top + b.height / 2 };
}

/** The open document's view; the target view of a cross-reference is `TARGET_VIEW`. */
export const DOCUMENT_VIEW = '#document-mount .ProseMirror';
export const TARGET_VIEW = '#target-mount .ProseMirror';

/** Where `text` is drawn in a document view (the open document's by default), scrolling it into view first. */
export function textEnds(page: Page, text: string, view = DOCUMENT_VIEW): Promise<Ends> {
  return page.evaluate(endsOf, [text, view] as const);
}

/** The page's selection as text, white space collapsed. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()).replace(/\s+/g, ' ').trim());
}

/**
 * Selects `text` in a document view (the open document's by default) with the mouse, as a person would:
 * press on its first character, drag to its last, release. The page may still be moving (a check that
 * finishes adds flag marks, blocks scrolled into view take their size), so a drag that missed is made
 * again, as a person would; after three misses the test fails here with what was selected instead.
 */
export async function selectWithMouse(page: Page, text: string, view = DOCUMENT_VIEW): Promise<void> {
  const wanted = text.replace(/\s+/g, ' ').trim();
  let got = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await textEnds(page, text, view);
    await page.mouse.move(p.x1, p.y1);
    await page.mouse.down();
    await page.mouse.move(p.x2, p.y2, { steps: 8 });
    await page.mouse.up();
    got = await selectedText(page);
    if (got === wanted) return;
  }
  throw new Error(`could not select “${wanted}” with the mouse; the selection is “${got}”`);
}

/** Puts the caret just before the first character of `text` with a click. */
export async function clickBefore(page: Page, text: string): Promise<void> {
  const p = await textEnds(page, text);
  await page.mouse.click(p.x1, p.y1);
}

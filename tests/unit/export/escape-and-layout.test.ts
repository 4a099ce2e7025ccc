import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, isWebUrl, neutraliseFormula } from '../../../annotations';
import { blocksOf, piecesOf, refHomes } from '../../../annotations/export/text-layout';

describe('escaping untrusted text', () => {
  it.each([
    ['<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
    ['nul\u0000 and bell\u0007', 'nul\uFFFD and bell\uFFFD'],
    ['lone \uD800 surrogate, pair 😀', 'lone \uFFFD surrogate, pair 😀'],
  ])('escapeHtml(%j) is %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });

  it.each([
    ['*bold* _em_ [link](x) `code`', '\\*bold\\* \\_em\\_ \\[link\\]\\(x\\) \\`code\\`'],
    ['# heading\n- item', '\\# heading \\- item'],
    ['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['[^1]: fake', '\\[^1\\]: fake'],
  ])('escapeMarkdown(%j) is %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-40', "'-40"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['plain 450', 'plain 450'],
    ['a=b', 'a=b'],
  ])('neutraliseFormula(%j) is %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('links only http and https URLs', () => {
    expect(['https://a.example/x', 'http://b.example'].every(isWebUrl)).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url'].some(isWebUrl)).toBe(false);
  });
});

describe('laying a text out for an edition', () => {
  it('joins lines an extraction split with blank lines, keeps headings and sentence ends apart', () => {
    const text = 'TITLE\n\n# Heading\n\nThe legal definition of genocide was provided for by the Convention on the \n\nPrevention of the Crime.\n\n- one;\n\nNext.';
    const blocks = blocksOf(text).map((b) => [text.slice(b.start, b.end), b.heading]);
    expect(blocks).toEqual([
      ['TITLE', false],
      ['Heading', true],
      ['The legal definition of genocide was provided for by the Convention on the \n\nPrevention of the Crime.', false],
      ['- one;', false],
      ['Next.', false],
    ]);
  });

  it('cuts a block where spans start and end, and puts each note reference after the span', () => {
    const text = 'aaa bbb ccc ddd';
    const [block] = blocksOf(text);
    const spans = [{ id: 'x', start: 4, end: 11 }, { id: 'y', start: 8, end: 15 }];
    const homes = refHomes([block!], spans);
    const pieces = piecesOf(block!, spans, homes.get(0)!);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.covering, p.refs])).toEqual([
      ['aaa ', [], []],
      ['bbb ', ['x'], []],
      ['ccc', ['x', 'y'], ['x']],
      [' ddd', ['y'], ['y']],
    ]);
  });
});

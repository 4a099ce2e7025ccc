import { describe, expect, it } from 'vitest';
import { analysePair, differenceSummary } from '../../../../shared/engine/analyse';
import type { AlignOp, Difference } from '../../../../shared/engine/types';
import type { DiscrepancyKind, Severity } from '../../../../shared/model';
import { alignViews, unmark, viewOf } from './helpers';

interface Case {
  name: string;
  /** Witness A with the expected span marked ⟦…⟧ (⟦⟧ where A lacks the words). */
  a: string;
  b: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** The explanation, exactly, when given; else only its label (text before `: `). */
  explanation?: string;
  label?: string;
  /** Ops by hand, for cases a plain LCS would align another way. */
  ops?: AlignOp[];
}

const CASES: Case[] = [
  // number
  { name: 'a different figure', a: 'shot more than ⟦450⟧ Azeris in the town', b: 'shot more than ⟦540⟧ Azeris in the town',
    kind: 'number', severity: 'critical', explanation: 'figure differs: 450 / 540' },
  { name: 'a figure with thousands separators', a: 'since then ⟦1,000⟧ people have died', b: 'since then ⟦10,000⟧ people have died',
    kind: 'number', severity: 'critical', explanation: 'figure differs: 1,000 / 10,000' },
  { name: 'a number word against a different digit', a: 'one of ⟦three⟧ soldiers to survive', b: 'one of ⟦4⟧ soldiers to survive',
    kind: 'number', severity: 'critical', explanation: 'figure differs: three / 4' },
  { name: 'a figure replaced by a word', a: 'shot more than ⟦450⟧ Azeris', b: 'shot more than ⟦many⟧ Azeris',
    kind: 'number', severity: 'critical' },
  // same value, other form
  { name: 'a number word and the same digit', a: 'one of ⟦three⟧ soldiers to survive', b: 'one of ⟦3⟧ soldiers to survive',
    kind: 'typography', severity: 'info', explanation: 'number written differently: three / 3' },
  { name: 'one date in two formats', a: 'overrun by forces on ⟦25-26 February⟧. Many were killed',
    b: 'overrun by forces on ⟦Feb. 25-26⟧. Many were killed',
    kind: 'typography', severity: 'info', explanation: 'date written differently: 25-26 February / Feb. 25-26' },
  // name and spelling
  { name: 'a different first name', a: 'echoed ⟦Rasia⟧ Aslanova, who arrived', b: 'echoed ⟦Raisa⟧ Aslanova, who arrived',
    kind: 'name', severity: 'major', explanation: 'different name: Rasia / Raisa' },
  { name: 'a different family name', a: 'echoed Raisa ⟦Aslanova⟧, who arrived', b: 'echoed Raisa ⟦Aliyeva⟧, who arrived',
    kind: 'name', severity: 'major', explanation: 'different name: Aslanova / Aliyeva' },
  { name: 'a transliteration variant of a town', a: 'who arrived in ⟦Aghdam⟧ with other women', b: 'who arrived in ⟦Agdam⟧ with other women',
    kind: 'spelling', severity: 'minor', explanation: 'spelling variant: Aghdam / Agdam' },
  { name: 'Khojaly and Khodjaly', a: 'the children of ⟦Khojaly⟧, a small village', b: 'the children of ⟦Khodjaly⟧, a small village',
    kind: 'spelling', severity: 'minor', explanation: 'spelling variant: Khojaly / Khodjaly' },
  { name: 'a transliteration variant at a sentence start', a: 'It was over. ⟦Khojaly⟧ was burning.', b: 'It was over. ⟦Hojali⟧ was burning.',
    kind: 'spelling', severity: 'minor', explanation: 'spelling variant: Khojaly / Hojali' },
  { name: 'a name at a sentence start, known as a name from elsewhere in the passage', a: 'It ended. ⟦Aslanova⟧ wept, said Raisa Aslanova.',
    b: 'It ended. ⟦Aliyeva⟧ wept, said Raisa Aslanova.', kind: 'name', severity: 'major' },
  { name: 'a British and an American spelling', a: 'volunteers in the ⟦defence⟧ of the town', b: 'volunteers in the ⟦defense⟧ of the town',
    kind: 'spelling', severity: 'minor', explanation: 'spelling variant: defence / defense' },
  { name: 'one letter changed in a long word', a: 'the ⟦perpetrators⟧ were never punished', b: 'the ⟦perpetuators⟧ were never punished',
    kind: 'spelling', severity: 'minor', explanation: 'one letter added, dropped or changed in a long word: perpetrators / perpetuators' },
  { name: 'one letter dropped in a long word', a: 'the ⟦independent⟧ inquiry', b: 'the ⟦indepndent⟧ inquiry',
    kind: 'spelling', severity: 'minor' },
  { name: 'a list item numbered differently', a: 'Recalling its resolutions,\n⟦4⟧. Requests the council to report', b: 'Recalling its resolutions,\n⟦13⟧. Requests the council to report',
    kind: 'typography', severity: 'info', explanation: 'list item numbered differently: 4 / 13' },
  { name: 'a numbered item against a lettered one', a: 'Recalling its resolutions,\n⟦4⟧. Requests the council to report', b: 'Recalling its resolutions,\n⟦d⟧) Requests the council to report',
    kind: 'typography', severity: 'info', explanation: 'list item numbered differently: 4 / d' },
  { name: 'an initial at a line start is no list letter', a: 'The letter was signed by\n⟦A⟧. Smith and others', b: 'The letter was signed by\n⟦B⟧. Smith and others',
    kind: 'name', severity: 'major' },
  { name: 'a resolution reported in the past tense', a: 'The council ⟦urges⟧ all states to refrain', b: 'The council ⟦urged⟧ all states to refrain',
    kind: 'function', severity: 'minor', explanation: 'present or past tense: urges / urged' },
  { name: 'the past tense as a list item’s first word', a: 'The council:\n- b) ⟦Requests⟧ the parties to talk', b: 'The council:\n- b) ⟦Requested⟧ the parties to talk',
    kind: 'function', severity: 'minor' },
  { name: 'a capitalized word opening a lettered list item is no name', a: 'The council:\nb) ⟦Welcomes⟧ the talks', b: 'The council:\nb) ⟦Applauds⟧ the talks',
    kind: 'wording', severity: 'major' },
  { name: 'two verbs in two tenses are wording', a: 'soldiers ⟦looted⟧ the houses', b: 'soldiers ⟦looks⟧ the houses',
    kind: 'wording', severity: 'major' },
  { name: 'a figure that ends a sentence is no list number', a: 'the flood killed ⟦4⟧. Requests for help', b: 'the flood killed ⟦13⟧. Requests for help',
    kind: 'number', severity: 'critical' },
  // wording
  { name: 'two letters swapped in a long word make another word', a: 'a ⟦conservation⟧ group', b: 'a ⟦conversation⟧ group',
    kind: 'wording', severity: 'major' },
  { name: 'one letter changed in a short word', a: 'the ⟦statue⟧ was found', b: 'the ⟦states⟧ was found',
    kind: 'wording', severity: 'major' },
  { name: 'a different verb', a: 'soldiers shot and ⟦bayoneted⟧ more than 450', b: 'soldiers shot and ⟦looted⟧ more than 450',
    kind: 'wording', severity: 'major', explanation: 'wording differs: bayoneted / looted' },
  { name: 'a one-letter change that makes another word', a: 'soldiers shot and ⟦looted⟧ the houses', b: 'soldiers shot and ⟦looked⟧ the houses',
    kind: 'wording', severity: 'major' },
  { name: 'a capitalized word at a sentence start that is no name', a: 'They fled. ⟦Survivors⟧ said so.', b: 'They fled. ⟦Witnesses⟧ said so.',
    kind: 'wording', severity: 'major' },
  { name: 'the same words in another order', a: 'the ⟦women and children⟧ fled', b: 'the ⟦children and women⟧ fled',
    kind: 'wording', severity: 'minor', label: 'word order differs',
    ops: [{ op: 'equal', a: { from: 0, to: 1 }, b: { from: 0, to: 1 } }, { op: 'replace', a: { from: 1, to: 4 }, b: { from: 1, to: 4 } },
      { op: 'equal', a: { from: 4, to: 5 }, b: { from: 4, to: 5 } }] },
  // function words
  { name: 'a different article', a: 'walking past ⟦the⟧ scattered corpses', b: 'walking past ⟦a⟧ scattered corpses',
    kind: 'function', severity: 'minor', explanation: 'function word differs: the / a' },
  { name: 'a missing article', a: 'walking past ⟦the⟧ scattered corpses', b: 'walking past⟦⟧ scattered corpses',
    kind: 'function', severity: 'minor', explanation: 'function word missing: "the"' },
  { name: 'auxiliaries of another tense', a: 'who ⟦were⟧ missing in the hills', b: 'who ⟦had been⟧ missing in the hills',
    kind: 'function', severity: 'minor' },
  // omission
  { name: 'words missing silently', a: 'soldiers shot ⟦and bayoneted⟧ more than 450', b: 'soldiers shot⟦⟧ more than 450',
    kind: 'omission', severity: 'major', explanation: 'words missing without an ellipsis: "and bayoneted"' },
  { name: 'words missing at three dots', a: 'soldiers shot⟦⟧ ... more than 450', b: 'soldiers shot ⟦and bayoneted⟧ more than 450',
    kind: 'omission', severity: 'minor', explanation: 'words missing at a marked elision: "and bayoneted"' },
  { name: 'words missing at an ellipsis character', a: 'soldiers shot⟦⟧ … more than 450', b: 'soldiers shot ⟦and bayoneted⟧ more than 450',
    kind: 'omission', severity: 'minor' },
  { name: 'words missing at a bracketed ellipsis', a: 'soldiers shot ⟦and bayoneted⟧ more than 450', b: 'soldiers shot⟦⟧ [...] more than 450',
    kind: 'omission', severity: 'minor' },
  { name: 'words missing at a round-bracketed ellipsis', a: 'soldiers shot ⟦and bayoneted⟧ more than 450', b: 'soldiers shot⟦⟧ (...) more than 450',
    kind: 'omission', severity: 'minor' },
  { name: 'a dropped negation', a: 'the soldiers did ⟦not⟧ fire on them', b: 'the soldiers did⟦⟧ fire on them',
    kind: 'omission', severity: 'major' },
  // insertion
  { name: 'an editor’s words in square brackets', a: 'said her husband⟦⟧, was killed', b: 'said her husband ⟦[Kayun]⟧, was killed',
    kind: 'insertion', severity: 'minor', explanation: 'words added in square brackets: "[Kayun]"' },
  { name: 'a gloss in round brackets', a: 'children of Khojaly ⟦(a small village)⟧ were killed', b: 'children of Khojaly⟦⟧ were killed',
    kind: 'insertion', severity: 'major', explanation: 'words added in brackets: "(a small village)"' },
  { name: 'an editor’s substitution in square brackets', a: 'refugees. ⟦They⟧ then turned their guns', b: 'refugees. ⟦[The Armenians]⟧ then turned their guns',
    kind: 'insertion', severity: 'minor' },
  // ocr and typography seen by a plain tokenizer
  { name: 'rn read as m', a: 'a small village in ⟦war-tom⟧ Nagorno-Karabakh', b: 'a small village in ⟦war-torn⟧ Nagorno-Karabakh',
    kind: 'ocr', severity: 'info', explanation: 'OCR damage: war-tom / war-torn' },
  { name: 'rn read as m inside a word', a: 'under ⟦intemational⟧ law', b: 'under ⟦international⟧ law',
    kind: 'ocr', severity: 'info', explanation: 'OCR damage: intemational / international' },
  { name: 'a digit for a letter', a: 'a ⟦ca1culated⟧ attack', b: 'a ⟦calculated⟧ attack', kind: 'ocr', severity: 'info' },
  { name: 'Cyrillic letters inside a Latin word', a: 'without ⟦\u0430n\u0443⟧ warning', b: 'without ⟦any⟧ warning',
    kind: 'ocr', severity: 'info', label: 'look-alike letters' },
  { name: 'a word split by a stray space', a: 'one ⟦f ellow⟧ soldier', b: 'one ⟦fellow⟧ soldier',
    kind: 'ocr', severity: 'info', explanation: 'word split or joined: f ellow / fellow' },
  { name: 'letter case over two words, merged', a: 'war in ⟦NAGORNO KARABAKH⟧ today', b: 'war in ⟦Nagorno Karabakh⟧ today',
    kind: 'typography', severity: 'info', explanation: 'case differs: NAGORNO KARABAKH / Nagorno Karabakh' },
  { name: 'quote style after a word', a: 'the slaughter began⟦,”⟧ said Azer', b: 'the slaughter began⟦",⟧ said Azer',
    kind: 'typography', severity: 'info', explanation: 'punctuation differs: ,” / ",' },
  { name: 'an apostrophe style', a: '⟦that’s⟧ when', b: "⟦that's⟧ when",
    kind: 'typography', severity: 'info' },
];

describe('analysePair classifies one difference per case', () => {
  it.each(CASES)('$name → $kind ($severity)', (c) => {
    const ma = unmark(c.a);
    const mb = unmark(c.b);
    const a = viewOf(ma.text, { id: 'a' });
    const b = viewOf(mb.text, { id: 'b' });
    const diffs = analysePair(a, b, c.ops ?? alignViews(a, b));
    expect(diffs, differenceSummary(diffs)).toHaveLength(1);
    const d = diffs[0] as Difference;
    expect({ kind: d.kind, severity: d.severity }).toEqual({ kind: c.kind, severity: c.severity });
    expect(d.a).toEqual({ start: ma.start, end: ma.end, text: ma.text.slice(ma.start, ma.end) });
    expect(d.b).toEqual({ start: mb.start, end: mb.end, text: mb.text.slice(mb.start, mb.end) });
    if (c.explanation !== undefined) expect(d.explanation).toBe(c.explanation);
    if (c.label !== undefined) expect(d.explanation.startsWith(`${c.label}: `)).toBe(true);
  });
});

describe('analysePair over whole passages', () => {
  it('reports nothing for a shorter excerpt: gaps at the start or end are not omissions', () => {
    const a = viewOf('Survivors reported that Armenian soldiers shot and bayoneted them');
    const b = viewOf('reported that Armenian soldiers shot');
    expect(analysePair(a, b, alignViews(a, b))).toEqual([]);
  });

  it('ignores leading and trailing gap ops even when they hold an ellipsis', () => {
    const a = viewOf('... that Armenian soldiers shot ...');
    const b = viewOf('Survivors reported that Armenian soldiers shot and bayoneted');
    const ops = alignViews(a, b);
    expect(ops[0]?.op).toBe('insert');
    expect(ops[ops.length - 1]?.op).toBe('insert');
    expect(analysePair(a, b, ops)).toEqual([]);
  });

  it('reads a touching delete and insert as one replacement', () => {
    const a = viewOf('shot and bayoneted more');
    const b = viewOf('shot and looted more');
    const ops: AlignOp[] = [
      { op: 'equal', a: { from: 0, to: 2 }, b: { from: 0, to: 2 } },
      { op: 'delete', a: { from: 2, to: 3 }, b: { from: 2, to: 2 } },
      { op: 'insert', a: { from: 3, to: 3 }, b: { from: 2, to: 3 } },
      { op: 'equal', a: { from: 3, to: 4 }, b: { from: 3, to: 4 } },
    ];
    const diffs = analysePair(a, b, ops);
    expect(diffs.map((d) => [d.kind, d.severity, d.a.text, d.b.text])).toEqual([['wording', 'major', 'bayoneted', 'looted']]);
  });

  it('keeps several differences apart and in order of position', () => {
    const a = viewOf('soldiers shot and bayoneted more than 450 Azeris, said Rasia Aslanova in Aghdam.');
    const b = viewOf('soldiers shot and looted more than 540 Azeris, said Raisa Aslanova in Agdam.');
    const diffs = analysePair(a, b, alignViews(a, b));
    expect(diffs.map((d) => `${d.kind}/${d.severity}: ${d.a.text}|${d.b.text}`)).toEqual([
      'wording/major: bayoneted|looted',
      'number/critical: 450|540',
      'name/major: Rasia|Raisa',
      'spelling/minor: Aghdam|Agdam',
    ]);
  });
});

// Generated press passages in ordinary English, quoted in 2–4 documents under an attribution line, with one
// known change in one copy and random noise in the others (issue 6, "tests on text nobody tuned for"). The
// vocabulary is everyday English news prose and deliberately shares nothing with the corpus: a rule that
// only fits the corpus fails here.

/** A seeded generator (mulberry32): the same seed gives the same documents. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `k` distinct items of `xs`, in random order. */
  some<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0] as T);
    return out;
  }
}

const FIRST = ['Jane', 'Peter', 'Margaret', 'Daniel', 'Helen', 'Thomas', 'Sarah', 'Robert', 'Anna', 'Michael', 'Laura', 'Simon', 'Grace', 'Edward', 'Ruth', 'Martin'];
const LAST = ['Miller', 'Collins', 'Harper', 'Bennett', 'Fletcher', 'Doyle', 'Warren', 'Hughes', 'Porter', 'Sutton', 'Whitman', 'Lambert', 'Ferris', 'Holloway', 'Dalton', 'Kendall'];
const PLACES = ['Millbrook', 'Ashford', 'Riverton', 'Eastwood', 'Kingsley', 'Oakham', 'Fairhaven', 'Westbury', 'Cranfield', 'Hollins'];
const ROLES = ['the mayor', 'a police spokesman', 'the fire chief', 'a hospital doctor', 'the regional governor', 'a local teacher', 'an aid worker', 'the harbour master'];
const NOUNS = ['residents', 'families', 'workers', 'passengers', 'students', 'patients', 'volunteers', 'farmers', 'pensioners', 'tourists'];
const OUTLETS_KNOWN = ['The Guardian', 'Reuters', 'The Boston Globe', 'Chicago Tribune', 'Associated Press', 'Financial Times', 'The Observer', 'Los Angeles Times'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A sentence template: `{first}` and the like are filled once per passage, so a passage stays coherent. */
type Template = (f: Fill) => string;
interface Fill {
  person: string;
  surname: string;
  place: string;
  other: string;
  role: string;
  noun: string;
  fig: () => string;
  day: string;
}

/** Sentences of a news report; each holds at least one figure or name, none repeats another's wording. */
const TEMPLATES: readonly Template[] = [
  (f) => `Officials in ${f.place} said that at least ${f.fig()} ${f.noun} had been moved to safety before the river burst its banks.`,
  (f) => `"We have never seen anything like this," said ${f.person}, who has lived beside the old mill for most of her life.`,
  (f) => `The storm destroyed ${f.fig()} homes along the coast road and left the main bridge closed to all traffic.`,
  (f) => `According to ${f.role}, emergency crews worked through the night to clear fallen trees from the railway line.`,
  (f) => `Rescue teams reached the village of ${f.other} on Thursday morning, three days after the first warnings were issued.`,
  (f) => `Ms ${f.surname} told reporters that the council had ignored repeated requests to repair the flood barrier.`,
  (f) => `More than ${f.fig()} people spent the night in schools and church halls opened by volunteers across the district.`,
  (f) => `The damage to farms and roads was estimated at ${f.fig()} pounds, a figure the insurers expect to rise.`,
  () => `A spokesman for the water company admitted that warnings had reached some streets hours too late.`,
  (f) => `Doctors at the county hospital treated ${f.fig()} patients for injuries and exposure during the first weekend.`,
  () => `Many shops in the high street remain shut, and owners fear that customers will not return before the summer.`,
  (f) => `The army sent ${f.fig()} soldiers with boats and trucks to help evacuate the lower part of ${f.place}.`,
  (f) => `In a statement issued late on ${f.day}, the government promised an inquiry into how the defences had failed.`,
  (f) => `Neighbours described how ${f.person} carried two children through waist-deep water to the church steps.`,
  (f) => `The last serious flood in the valley, in the winter of ${1900 + 50 + (f.surname.length % 40)}, killed dozens and destroyed the harbour.`,
];

/** Unrelated sentences around the quotes: other news, other vocabulary. */
const FILLER: readonly string[] = [
  'The committee will meet again next month to discuss the budget for the new library.',
  'Ticket prices for the autumn concert series have gone up for the second year running.',
  'A new bus timetable comes into force on Monday, with later services on weekends.',
  'The cricket club is looking for volunteers to repaint the pavilion before the season opens.',
  'Local bakers say the price of flour has nearly doubled since the spring.',
  'An exhibition of early photographs of the town opens at the museum this weekend.',
  'Parents have asked for a pedestrian crossing outside the primary school gates.',
  'The market square will be closed on Saturday for the annual food festival.',
  'Researchers at the university have published a survey of garden birds in the region.',
  'The ferry service to the islands was cancelled twice last week because of high winds.',
  'A group of retired engineers is restoring the steam engine that once pumped the canal.',
  'The swimming pool reopens in April after a refit that took almost two years.',
  'Shopkeepers on the north side complain that parking charges keep visitors away.',
  'The orchestra has chosen a young cellist from the coast as its new principal.',
  'Allotment holders were told that the water supply will be metered from next year.',
  'A charity shop on Station Road has raised enough to buy a minibus for the hospice.',
  'The planning board rejected a proposal for flats on the site of the old cinema.',
  'Students from the art college painted a mural along the underpass near the station.',
  'The county archive has put its collection of parish maps online for the first time.',
  'Organisers of the half marathon expect more runners than ever this autumn.',
  'A fox was seen trotting through the shopping centre early on Sunday morning.',
  'The village hall committee wants ideas for celebrating the centenary of the building.',
  'Bell ringers from four parishes will ring together on the last night of the year.',
  'The lifeboat crew held an open day to show children how a rescue works.',
];

/** A number as news prose writes it: `450`, `1,500`, `126 500` (space-grouped thousands), `27`. */
function figure(rng: Rng): string {
  const kind = rng.int(4);
  if (kind === 0) return String(20 + rng.int(980));
  if (kind === 1) return `${1 + rng.int(9)},${String(rng.int(1000)).padStart(3, '0')}`;
  if (kind === 2) return `${100 + rng.int(900)} ${String(100 * (1 + rng.int(9))).padStart(3, '0')}`;
  return String(2 + rng.int(18));
}

/** A passage of 4–6 sentences and the fill it used. */
export function passage(rng: Rng): string {
  const person = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const [place, other] = rng.some(PLACES, 2) as [string, string];
  const fill: Fill = {
    person,
    surname: person.split(' ')[1] as string,
    place,
    other,
    role: rng.pick(ROLES),
    noun: rng.pick(NOUNS),
    fig: () => figure(rng),
    day: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Friday']),
  };
  // The person's name is in every passage (two templates name them), so a name change has a target.
  const named = [TEMPLATES[1], TEMPLATES[13]] as Template[];
  const rest = rng.some(TEMPLATES.filter((t) => !named.includes(t)), 3 + rng.int(3));
  const chosen = [...rest];
  chosen.splice(rng.int(chosen.length + 1), 0, rng.pick(named));
  return chosen.map((t) => t(fill)).join(' ');
}

/** An attribution: outlet and date, written in one of several house styles. */
export interface Source {
  outlet: string;
  day: number;
  month: number;
  year: number;
}

export function source(rng: Rng): Source {
  return { outlet: rng.pick(OUTLETS_KNOWN), day: 1 + rng.int(28), month: rng.int(12), year: 1985 + rng.int(35) };
}

/** The date as the style writes it. */
function dateText(s: Source, style: number): string {
  const m = MONTHS[s.month] as string;
  return style % 2 === 0 ? `${s.day} ${m} ${s.year}` : `${m} ${s.day}, ${s.year}`;
}

/** Where the attribution's parts stand in a document. */
export interface Placed {
  text: string;
  /** Offset of the passage in `text`. */
  at: number;
  outlet: { start: number; end: number };
  date: { start: number; end: number };
}

/** Unrelated sentences for the documents of one case, never the same sentence twice in the case. */
export class FillerPool {
  private readonly left: string[];
  constructor(private readonly rng: Rng) {
    this.left = rng.some(FILLER, FILLER.length);
  }
  take(k: number): string {
    return this.left.splice(0, k).join(' ');
  }
}

/** The passage quoted under an attribution line (style 0–3), between unrelated sentences. */
export function quoteIn(filler: FillerPool, passageText: string, s: Source, style: number, marks: readonly [string, string]): Placed {
  const before = filler.take(2);
  const after = filler.take(2);
  const date = dateText(s, style);
  let head: string;
  let tail: string;
  let outletAt: number;
  let dateAt: number;
  const prefix = `${before}\n\n`;
  if (style === 0) {
    head = `${s.outlet} reported on ${date}: ${marks[0]}`;
    outletAt = 0;
    dateAt = head.indexOf(date);
    tail = `${marks[1]}\n\n`;
  } else if (style === 1) {
    head = `As ${s.outlet} wrote at the time (${date}), ${marks[0]}`;
    outletAt = 3;
    dateAt = head.indexOf(date);
    tail = `${marks[1]}\n\n`;
  } else if (style === 2) {
    const line = `**${s.outlet}, ${date}**`;
    head = `# ${s.outlet.toUpperCase()}\n\n${line}\n\n`;
    outletAt = head.indexOf(line) + 2;
    dateAt = head.indexOf(date);
    tail = '\n\n---\n\n';
  } else {
    head = `According to ${s.outlet} (${date}): ${marks[0]}`;
    outletAt = 'According to '.length;
    dateAt = head.indexOf(date);
    tail = `${marks[1]}\n\n`;
  }
  const text = `${prefix}${head}${style === 2 ? passageText : nestQuotes(passageText, marks)}${tail}${after}\n`;
  const base = prefix.length;
  return {
    text,
    at: base + head.length,
    outlet: { start: base + outletAt, end: base + outletAt + s.outlet.length },
    date: { start: base + dateAt, end: base + dateAt + date.length },
  };
}

/** Quotation marks of the styles documents use. */
export const MARKS: readonly (readonly [string, string])[] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“']];

/** The marks a quote inside a quote takes in each style (`“ ‘ ’ ”`, `" ' ' "`, `« “ ” »`, `„ ‚ ‘ “`). */
const INNER: Readonly<Record<string, readonly [string, string]>> = { '“': ['‘', '’'], '"': ["'", "'"], '«': ['“', '”'], '„': ['‚', '‘'] };

/** The passage as a quote in `marks` writes it: its own quotations in the style's inner marks. */
export function nestQuotes(passageText: string, marks: readonly [string, string]): string {
  const [open, close] = INNER[marks[0]] ?? ['‘', '’'];
  return passageText.replace(/"([^"]*)"/gu, `${open}$1${close}`);
}

// ---------------------------------------------------------------------------------------------------------
// Noise: what OCR, typesetting and copying do to a text without changing a word.

const HOMOGLYPH: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х' };

/** Applies a function to some words (by a coin per word) outside figures. */
function someWords(text: string, rng: Rng, p: number, f: (w: string) => string): string {
  return text.replace(/\b[A-Za-z]{4,}\b/gu, (w) => (rng.chance(p) ? f(w) : w));
}

export const NOISES: Readonly<Record<string, (text: string, rng: Rng) => string>> = {
  homoglyphs: (t, rng) => someWords(t, rng, 0.25, (w) => w.replace(/[aeopcyx]/u, (ch) => HOMOGLYPH[ch] ?? ch)),
  'OCR confusions': (t, rng) => someWords(t, rng, 0.15, (w) => (/l/u.test(w.slice(1)) ? w[0] + w.slice(1).replace('l', '1') : w.replace(/m/u, 'rn'))),
  'split words': (t, rng) => someWords(t, rng, 0.12, (w) => (w.length >= 6 ? `${w.slice(0, 1)} ${w.slice(1)}` : w)),
  'quote and dash styles': (t) => t.replace(/"([^"]*)"/gu, '“$1”').replace(/ — /gu, ' - ').replace(/'/gu, '’'),
  hyphenation: (t, rng) => someWords(t, rng, 0.1, (w) => (w.length >= 7 && w === w.toLowerCase() ? `${w.slice(0, 3)}-\n${w.slice(3)}` : w)),
  case: (t, rng) => t.replace(/(^|[.!?] )([A-Z][a-z]+)/gu, (m, lead: string, w: string) => (rng.chance(0.3) ? `${lead}${w.toUpperCase()}` : m)),
};

/** One or two noises applied to a copy. */
export function noisy(text: string, rng: Rng): string {
  let out = text;
  for (const name of rng.some(Object.keys(NOISES), 1 + rng.int(2))) out = (NOISES[name] as (t: string, r: Rng) => string)(out, rng);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Known changes: each rewrites the passage of one copy and says where the difference lies on both sides.

/** A change: the copy's passage, the changed span in the original (`a`) and in the copy (`b`), the kind. */
export interface Change {
  kind: string;
  copy: string;
  a: { start: number; end: number };
  b: { start: number; end: number };
}

const FIGURE = /\d{1,3}(?:,\d{3}| \d{3})+|\d+/gu;

function splice(text: string, start: number, end: number, by: string): { copy: string; a: { start: number; end: number }; b: { start: number; end: number } } {
  return { copy: text.slice(0, start) + by + text.slice(end), a: { start, end }, b: { start, end: start + by.length } };
}

/** Words of the passage with their offsets, optionally only those matching `keep`. */
function words(text: string, keep: (w: string, at: number) => boolean = () => true): { w: string; at: number }[] {
  return [...text.matchAll(/[A-Za-z]+/gu)].map((m) => ({ w: m[0], at: m.index as number })).filter((x) => keep(x.w, x.at));
}

/** Content words no template shares with a near-equal spelling: a replacement is a different word. */
const REPLACEMENTS = ['quietly', 'yellow', 'market', 'borrowed', 'silver', 'captain', 'winter', 'painted', 'distant', 'orchard'];

export const CHANGES: Readonly<Record<string, (p: string, rng: Rng) => Change | null>> = {
  'changed figure': (p, rng) => {
    const figs = [...p.matchAll(FIGURE)].filter((m) => !/\d/u.test(p[(m.index as number) + m[0].length] ?? ''));
    if (figs.length === 0) return null;
    const m = rng.pick(figs);
    const old = m[0];
    let next = String(Number(old.replace(/[, ]/gu, '')) + 1 + rng.int(90));
    if (/,/u.test(old)) next = next.replace(/\B(?=(\d{3})+$)/gu, ',');
    if (/ /u.test(old)) next = next.replace(/\B(?=(\d{3})+$)/gu, ' ');
    return { kind: 'number', ...splice(p, m.index as number, (m.index as number) + old.length, next) };
  },
  'dropped figure': (p, rng) => {
    // A count before a plural noun: `at least 450 families` → `at least families` reads wrong, so use the
    // counts that stand alone before their noun (`treated 27 patients`, `sent 120 soldiers`).
    const figs = [...p.matchAll(/(?<=(?:treated|sent|destroyed) )(\d{1,3}(?:,\d{3}| \d{3})*|\d+) (?=[a-z])/gu)];
    if (figs.length === 0) return null;
    const m = rng.pick(figs);
    const r = splice(p, m.index as number, (m.index as number) + m[0].length, '');
    return { kind: 'number', copy: r.copy, a: { start: r.a.start, end: r.a.end - 1 }, b: r.b };
  },
  'space-grouped figure': (p, rng) => {
    const figs = [...p.matchAll(/\d{3} \d{3}/gu)];
    if (figs.length === 0) return null;
    const m = rng.pick(figs);
    const old = m[0];
    const next = `${old.slice(0, 3)} ${old.slice(4, 5) === '0' ? '5' : '0'}${old.slice(5)}`;
    return { kind: 'number', ...splice(p, m.index as number, (m.index as number) + old.length, next) };
  },
  'changed name': (p, rng) => {
    const names = words(p, (w) => LAST.includes(w) || FIRST.includes(w));
    const n = rng.pick(names);
    const w = n.w;
    const i = 1 + rng.int(w.length - 2);
    const variants = [
      w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), // two letters swapped
      w.slice(0, i) + (w[i] === 'e' ? 'a' : 'e') + w.slice(i + 1), // one letter changed
      w.slice(0, i) + w.slice(i + 1), // one letter dropped
    ].filter((v) => v !== w && v.length >= 3);
    return { kind: 'name', ...splice(p, n.at, n.at + w.length, rng.pick(variants)) };
  },
  'replaced word': (p, rng) => {
    const content = words(p, (w, at) => w.length >= 5 && /^[a-z]/u.test(w) && at > 20 && at < p.length - 20);
    const n = rng.pick(content);
    const by = rng.pick(REPLACEMENTS.filter((r) => r !== n.w));
    return { kind: 'wording', ...splice(p, n.at, n.at + n.w.length, by) };
  },
  'dropped words': (p, rng) => {
    const ws = words(p);
    const k = 3 + rng.int(8);
    const from = 3 + rng.int(Math.max(1, ws.length - k - 6));
    const first = ws[from];
    const last = ws[from + k - 1];
    const next = ws[from + k];
    if (!first || !last || !next) return null;
    // Drop the words and the space after them, so the copy reads `… the council roads …`.
    const end = last.at + last.w.length;
    const cut = p.slice(end).match(/^[^A-Za-z]*/u)?.[0] ?? '';
    if (/[.!?"]/u.test(cut) || /[.!?"]/u.test(p.slice(first.at, end))) return null;
    const r = splice(p, first.at, end + cut.length, '');
    return { kind: 'omission', copy: r.copy, a: { start: first.at, end }, b: { start: first.at, end: first.at } };
  },
  'inserted words': (p, rng) => {
    const ws = words(p, (_w, at) => at > 30 && at < p.length - 30);
    const n = rng.pick(ws);
    const added = rng.pick(['after a long and bitter winter', 'which had been closed for weeks', 'according to several witnesses', 'despite the late hour and heavy rain']);
    const r = splice(p, n.at, n.at, `${added} `);
    return { kind: 'insertion', copy: r.copy, a: { start: n.at, end: n.at }, b: { start: n.at, end: n.at + added.length } };
  },
  'swapped sentences': (p, rng) => {
    const sentences = p.match(/[^.!?]+[.!?]"?\s*/gu) ?? [];
    if (sentences.length < 3) return null;
    const i = rng.int(sentences.length - 1);
    const s = [...sentences];
    [s[i], s[i + 1]] = [(s[i + 1] as string).trimEnd() + ' ', (s[i] as string).trimEnd() + (i + 1 === s.length - 1 ? '' : ' ')];
    const copy = s.join('').trimEnd();
    const start = sentences.slice(0, i).join('').length;
    const end = start + (sentences[i] as string).length + (sentences[i + 1] as string).length;
    return { kind: 'transposition', copy, a: { start, end }, b: { start, end } };
  },
};

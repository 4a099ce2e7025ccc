// bin/cli/main.ts
import { parseArgs } from "node:util";

// shared/model/attribution.ts
import { z } from "zod";

// shared/model/limits.ts
var MAX_NOTE_CHARS = 2e4;
var MAX_TAGS = 50;
var MAX_TAG_CHARS = 100;
var MAX_CITES = 200;
var MAX_ID_CHARS = 200;
var MAX_ATTRIBUTION_CHARS = 500;
var MAX_URL_CHARS = 2e3;
var MAX_CREATOR_CHARS = 200;
var MAX_GAZETTEER_ENTRIES = 5e3;
var MAX_GAZETTEER_ENTRY_CHARS = 200;
var MAX_TRANSLITERATION_SCHEMES = 20;
var MAX_LEXICON_ENTRIES = 5e3;
var MAX_LEXICON_VARIANTS = 50;
var MAX_LEXICON_VARIANT_CHARS = 200;
var MAX_LEXICON_NOTE_CHARS = 2e3;
function limitMessage(what, max, unit, name) {
  return `${what} holds at most ${max} ${unit} (${name})`;
}

// shared/model/attribution.ts
var PartialIsoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD");
var Field = z.string().min(1).max(MAX_ATTRIBUTION_CHARS, limitMessage("an attribution field", MAX_ATTRIBUTION_CHARS, "characters", "MAX_ATTRIBUTION_CHARS"));
var Attribution = z.strictObject({
  outlet: Field.optional(),
  author: Field.optional(),
  date: PartialIsoDate.optional(),
  headline: Field.optional(),
  page: Field.optional(),
  url: z.string().min(1).max(MAX_URL_CHARS, limitMessage("a URL", MAX_URL_CHARS, "characters", "MAX_URL_CHARS")).optional(),
  /** For a book: its publisher (`NYU Press`) and place of publication (`New York and London`); `date` holds its year. */
  publisher: Field.optional(),
  place: Field.optional()
});

// shared/model/severity.ts
import { z as z2 } from "zod";
var SEVERITIES = ["info", "minor", "major", "critical"];
var Severity = z2.enum(SEVERITIES);
var SEVERITY_RANK = { info: 0, minor: 1, major: 2, critical: 3 };
function atLeast(s, threshold) {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}
var DISCREPANCY_KINDS = [
  "number",
  "name",
  "wording",
  "omission",
  "insertion",
  "attribution",
  "translation",
  "transposition",
  "spelling",
  "function",
  "typography",
  "ocr"
];
var DiscrepancyKind = z2.enum(DISCREPANCY_KINDS);

// shared/model/selectors.ts
import { z as z3 } from "zod";
var TextPositionSelector = z3.object({
  type: z3.literal("TextPositionSelector"),
  start: z3.number().int().nonnegative(),
  end: z3.number().int().nonnegative()
}).refine((s) => s.end >= s.start, { message: "end must not be before start" });
var TextQuoteSelector = z3.object({
  type: z3.literal("TextQuoteSelector"),
  exact: z3.string(),
  prefix: z3.string().default(""),
  suffix: z3.string().default("")
});
var Target = z3.object({
  source: z3.string().min(1),
  selector: z3.tuple([TextPositionSelector, TextQuoteSelector])
});
var QUOTE_CONTEXT = 32;
function targetFor(source, text, start, end) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`span ${start}..${end} is outside a text of length ${text.length}`);
  }
  return {
    source,
    selector: [
      { type: "TextPositionSelector", start, end },
      {
        type: "TextQuoteSelector",
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
        suffix: text.slice(end, end + QUOTE_CONTEXT)
      }
    ]
  };
}

// shared/model/annotation.ts
import { z as z4 } from "zod";
var Id = z4.string().min(1).max(MAX_ID_CHARS, limitMessage("an id", MAX_ID_CHARS, "characters", "MAX_ID_CHARS"));
var NoteText = z4.string().max(MAX_NOTE_CHARS, limitMessage("a note or claim text", MAX_NOTE_CHARS, "characters", "MAX_NOTE_CHARS"));
var Tags = z4.array(z4.string().max(MAX_TAG_CHARS, limitMessage("a tag", MAX_TAG_CHARS, "characters", "MAX_TAG_CHARS"))).max(MAX_TAGS, limitMessage("an annotation", MAX_TAGS, "tags", "MAX_TAGS"));
var Offset = z4.number().int().nonnegative();
var ANNOTATION_KINDS = ["claim", "quote", "crossref", "note"];
var AnnotationKind = z4.enum(ANNOTATION_KINDS);
var CROSSREF_RELATIONS = ["same-quote", "same-event", "supports", "contradicts", "see-also"];
var NOTE_STATUSES = ["open", "confirmed", "dismissed", "resolved"];
var ClaimBody = z4.strictObject({
  text: NoteText.default(""),
  cites: z4.array(Id).max(MAX_CITES, limitMessage("a claim", MAX_CITES, "cited quotes", "MAX_CITES")).refine((ids) => new Set(ids).size === ids.length, "a claim cites each quote at most once").default([])
});
var QuoteBody = z4.strictObject({
  attribution: Attribution.default({}),
  translated: z4.boolean().default(false)
});
var CrossrefTo = z4.union([
  z4.strictObject({ document: Id, start: Offset, end: Offset }),
  z4.strictObject({ annotation: Id })
]);
var CrossrefBody = z4.strictObject({
  relation: z4.enum(CROSSREF_RELATIONS),
  to: CrossrefTo.optional(),
  note: NoteText.default("")
});
var NoteBody = z4.strictObject({
  discrepancy: Id.optional(),
  status: z4.enum(NOTE_STATUSES).default("open"),
  text: NoteText.default("")
});
var base = {
  id: Id,
  document: Id,
  target: Target,
  creator: z4.string().min(1).max(MAX_CREATOR_CHARS, limitMessage("a creator name", MAX_CREATOR_CHARS, "characters", "MAX_CREATOR_CHARS")),
  created: z4.iso.datetime(),
  modified: z4.iso.datetime(),
  tags: Tags.default([])
};
var Annotation = z4.discriminatedUnion("kind", [
  z4.strictObject({ ...base, kind: z4.literal("claim"), body: ClaimBody }),
  z4.strictObject({ ...base, kind: z4.literal("quote"), body: QuoteBody }),
  z4.strictObject({ ...base, kind: z4.literal("crossref"), body: CrossrefBody }),
  z4.strictObject({ ...base, kind: z4.literal("note"), body: NoteBody })
]);
var span = { document: Id, start: Offset, end: Offset, tags: Tags.optional() };
var NewAnnotation = z4.discriminatedUnion("kind", [
  z4.strictObject({ kind: z4.literal("claim"), ...span, body: ClaimBody.optional() }),
  z4.strictObject({ kind: z4.literal("quote"), ...span, body: QuoteBody.optional() }),
  z4.strictObject({ kind: z4.literal("crossref"), ...span, body: CrossrefBody.optional() }),
  z4.strictObject({ kind: z4.literal("note"), ...span, body: NoteBody.optional() })
]).refine((a) => a.end > a.start, { message: "an annotation needs a non-empty span (end > start)" });
var AnnotationPatch = z4.strictObject({
  id: Id,
  body: z4.record(z4.string(), z4.unknown()).optional(),
  tags: Tags.optional()
});

// shared/model/document.ts
import { z as z5 } from "zod";
var DocumentRecord = z5.object({
  id: z5.string().min(1),
  path: z5.string().min(1),
  title: z5.string(),
  sha256: z5.string().regex(/^[0-9a-f]{64}$/),
  length: z5.number().int().nonnegative(),
  added: z5.iso.datetime(),
  /**
   * For a document imported from another format (.html, .docx, .pdf): the original file, kept beside the
   * extracted text at `path`. Verbatim annotates the extracted text, so offsets never move when an
   * extractor changes; the original is kept for reference and re-extraction.
   */
  original: z5.string().min(1).optional()
});

// shared/model/project.ts
import { z as z6 } from "zod";
var LexiconEntry = z6.strictObject({
  variants: z6.array(z6.string().min(1).max(MAX_LEXICON_VARIANT_CHARS, limitMessage("a lexicon variant", MAX_LEXICON_VARIANT_CHARS, "characters", "MAX_LEXICON_VARIANT_CHARS"))).min(2).max(MAX_LEXICON_VARIANTS, limitMessage("a lexicon entry", MAX_LEXICON_VARIANTS, "variants", "MAX_LEXICON_VARIANTS")),
  note: z6.string().max(MAX_LEXICON_NOTE_CHARS, limitMessage("a lexicon note", MAX_LEXICON_NOTE_CHARS, "characters", "MAX_LEXICON_NOTE_CHARS")).optional()
});
var Lexicon = z6.array(LexiconEntry).max(MAX_LEXICON_ENTRIES, limitMessage("the lexicon", MAX_LEXICON_ENTRIES, "entries", "MAX_LEXICON_ENTRIES"));
var Gazetteer = z6.array(z6.string().min(1).max(MAX_GAZETTEER_ENTRY_CHARS, limitMessage("a gazetteer entry", MAX_GAZETTEER_ENTRY_CHARS, "characters", "MAX_GAZETTEER_ENTRY_CHARS"))).max(MAX_GAZETTEER_ENTRIES, limitMessage("the gazetteer", MAX_GAZETTEER_ENTRIES, "entries", "MAX_GAZETTEER_ENTRIES"));
var Creator = z6.string().min(1).max(MAX_CREATOR_CHARS, limitMessage("a creator name", MAX_CREATOR_CHARS, "characters", "MAX_CREATOR_CHARS"));
var TransliterationIds = z6.array(z6.string().min(1).max(64)).max(MAX_TRANSLITERATION_SCHEMES, limitMessage("the transliteration schemes", MAX_TRANSLITERATION_SCHEMES, "entries", "MAX_TRANSLITERATION_SCHEMES"));
var ProjectSettings = z6.object({
  /** Claims are flagged when a cited quote's cluster has a discrepancy at or above this. */
  threshold: Severity.default("major"),
  /** Extra outlet names for quote detection, added to the built-in gazetteer. */
  gazetteer: Gazetteer.default([]),
  /** Who new annotations are credited to. */
  creator: Creator.default("local-user"),
  /** Whether the lexicon shipped with Verbatim applies besides the project's own entries. */
  builtinLexicon: z6.boolean().default(true),
  /**
   * Ids of the transliteration schemes that apply to names (shipped with the engine); absent: all of them.
   * At most `MAX_TRANSLITERATION_SCHEMES`.
   */
  transliteration: TransliterationIds.optional()
});
var SCHEMA_VERSION = 1;
var ProjectData = z6.object({
  schemaVersion: z6.literal(SCHEMA_VERSION),
  documents: z6.array(DocumentRecord).default([]),
  annotations: z6.array(Annotation).default([]),
  lexicon: Lexicon.default([]),
  settings: ProjectSettings.default({ threshold: "major", gazetteer: [], creator: "local-user", builtinLexicon: true })
});

// shared/model/report.ts
import { z as z7 } from "zod";
var REPORT_VERSION = 2;
var ReportDocument = z7.object({
  id: z7.string(),
  path: z7.string(),
  title: z7.string(),
  length: z7.number().int().nonnegative()
});
var Span = { start: z7.number().int().nonnegative(), end: z7.number().int().nonnegative() };
var Witness = z7.object({
  /** Unique in the report: `w-<document>-<start>` (with `-<end>` and a counter when two would collide). */
  id: z7.string(),
  document: z7.string(),
  start: z7.number().int().nonnegative(),
  end: z7.number().int().nonnegative(),
  text: z7.string(),
  attribution: Attribution,
  /**
   * Where the attribution stands in the document (a dateline, a heading, an attribution phrase, a
   * citation), when it was read from the text; attribution discrepancies point here.
   */
  attributionSpan: z7.object(Span).optional()
});
var CLUSTER_KINDS = ["press", "quote", "repeat"];
var ClusterKind = z7.enum(CLUSTER_KINDS);
var ReadingWitness = z7.object({ witness: z7.string(), ...Span });
var Reading = z7.object({
  text: z7.string(),
  witnesses: z7.array(ReadingWitness).min(1)
});
var Variant = z7.object({
  id: z7.string(),
  kind: DiscrepancyKind,
  severity: Severity,
  readings: z7.array(Reading).min(2),
  outside: z7.array(z7.string()).optional()
});
var Cluster = z7.object({
  id: z7.string(),
  kind: ClusterKind,
  source: Attribution,
  witnesses: z7.array(Witness).min(2),
  /** The variant table, in reading order of the cluster's first witness. */
  variants: z7.array(Variant),
  /** Work bounds that applied to this cluster, in words (e.g. which witnesses were compared only with some others, and why). */
  limits: z7.array(z7.string()).optional()
});
var DiscrepancySide = z7.object({
  witness: z7.string(),
  document: z7.string(),
  start: z7.number().int().nonnegative(),
  end: z7.number().int().nonnegative(),
  text: z7.string()
});
var Discrepancy = z7.object({
  id: z7.string(),
  /** The variant (row of the cluster's table) both readings belong to. */
  variant: z7.string(),
  cluster: z7.string(),
  a: DiscrepancySide,
  b: DiscrepancySide,
  kind: DiscrepancyKind,
  severity: Severity,
  explanation: z7.string()
});
var ClaimFlag = z7.object({
  id: z7.string(),
  document: z7.string(),
  start: z7.number().int().nonnegative(),
  end: z7.number().int().nonnegative(),
  flagged: z7.boolean(),
  discrepancies: z7.array(z7.string())
});
var Report = z7.object({
  version: z7.literal(REPORT_VERSION),
  documents: z7.array(ReportDocument),
  /** Press clusters first, then quotes, then repeats; within a kind, by first witness. */
  clusters: z7.array(Cluster),
  /** In cluster order, then by position in the cluster's first witness. */
  discrepancies: z7.array(Discrepancy),
  claims: z7.array(ClaimFlag)
});

// main/services/project-session.ts
import { resolve as resolve4 } from "node:path";

// annotations/types.ts
var DocumentRefusedError = class extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
  file;
  reason;
  name = "DocumentRefusedError";
};
var ReadOnlyProjectError = class extends Error {
  name = "ReadOnlyProjectError";
};
var AnnotationNotFoundError = class extends Error {
  name = "AnnotationNotFoundError";
};
var ProjectNotFoundError = class extends Error {
  name = "ProjectNotFoundError";
};
var DocumentNotFoundError = class extends Error {
  name = "DocumentNotFoundError";
};

// annotations/project-store.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile as readFile5, realpath as realpath2, rm as rm4, stat as stat2 } from "node:fs/promises";
import { basename as basename3, join as join4, resolve as resolve2 } from "node:path";
import { Low } from "lowdb";

// shared/engine/ingest.ts
var MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
var BINARY_SNIFF_BYTES = 8 * 1024;
var MAX_CONTROL_RATIO = 0.1;
var DOCUMENT_EXTENSIONS = [".txt", ".md"];
var MAX_TITLE_LENGTH = 120;
function hasDocumentExtension(name) {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}
function formatBytes(bytes) {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown2 = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, "");
  return `${shown2} ${units[unit]}`;
}
var TEXT_CONTROLS = /* @__PURE__ */ new Set([9, 10, 12, 13]);
function binaryReason(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return "UTF-16 text; save it as UTF-8";
  }
  const window = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (const byte of window) {
    if (byte === 0) return "binary file (contains NUL bytes)";
    if (byte < 32 && !TEXT_CONTROLS.has(byte) || byte === 127) controls += 1;
  }
  if (window.length > 0 && controls / window.length > MAX_CONTROL_RATIO) return "binary file (many control characters)";
  return null;
}
var ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
function documentTitle(text, fileName) {
  const lines = text.split(/\r\n|\r|\n/);
  let title;
  if (fileName.toLowerCase().endsWith(".md")) {
    for (const line of lines) {
      const heading = ATX_HEADING.exec(line)?.[1]?.trim();
      if (heading) {
        title = heading;
        break;
      }
    }
  }
  const first = lines.find((line) => line.trim() !== "");
  title ??= first === void 0 ? void 0 : ATX_HEADING.exec(first)?.[1]?.trim() || first;
  const clean = title?.replace(/\s+/g, " ").trim() ?? "";
  if (clean === "") return fileName;
  const points = Array.from(clean);
  return points.length > MAX_TITLE_LENGTH ? points.slice(0, MAX_TITLE_LENGTH).join("").trimEnd() : clean;
}

// annotations/validate-project.ts
function formatPath(prefix, path) {
  return path.reduce((out, key) => typeof key === "number" ? `${out}[${key}]` : `${out}.${String(key)}`, prefix);
}
function isSafeRelativePath(path) {
  if (path === "" || path.startsWith("/") || /^[A-Za-z]:/.test(path) || /[\\\0]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function validateArray(name, value, schema, check2, problems, max = Infinity) {
  if (value === void 0) return { kept: [], counts: { total: 0, setAside: 0 } };
  if (!Array.isArray(value)) {
    problems.push({ path: name, message: "expected an array" });
    return { kept: [], counts: { total: 1, setAside: 1 } };
  }
  const kept = [];
  const seen = /* @__PURE__ */ new Set();
  value.forEach((item, index) => {
    const prefix = `${name}[${index}]`;
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ path: formatPath(prefix, issue.path), message: issue.message });
      return;
    }
    const problem = check2(parsed.data, seen);
    if (problem !== null) {
      problems.push({ path: `${prefix}${problem.path}`, message: problem.message });
      return;
    }
    if (kept.length >= max) {
      problems.push({ path: prefix, message: `${name} holds at most ${max} entries` });
      return;
    }
    kept.push(parsed.data);
  });
  return { kept, counts: { total: value.length, setAside: value.length - kept.length } };
}
var uniqueId = (record, seen) => {
  if (seen.has(record.id)) return { path: ".id", message: `duplicate id "${record.id}"` };
  seen.add(record.id);
  return null;
};
var checkDocument = (record, seen) => {
  if (!isSafeRelativePath(record.path)) return { path: ".path", message: `"${record.path}" is not a path inside the project folder` };
  if (record.original !== void 0 && !isSafeRelativePath(record.original)) return { path: ".original", message: `"${record.original}" is not a path inside the project folder` };
  return uniqueId(record, seen);
};
var noCheck = () => null;
function validateProject(raw) {
  const problems = [];
  const documents = validateArray("documents", raw["documents"], DocumentRecord, checkDocument, problems);
  const annotations = validateArray("annotations", raw["annotations"], Annotation, uniqueId, problems);
  const lexicon = validateArray("lexicon", raw["lexicon"], LexiconEntry, noCheck, problems, MAX_LEXICON_ENTRIES);
  const settings = ProjectSettings.safeParse(raw["settings"] ?? {});
  if (!settings.success) {
    for (const issue of settings.error.issues) problems.push({ path: formatPath("settings", issue.path), message: issue.message });
  }
  const data = ProjectData.parse({
    schemaVersion: SCHEMA_VERSION,
    documents: documents.kept,
    annotations: annotations.kept,
    lexicon: lexicon.kept,
    settings: settings.success ? settings.data : {}
  });
  return { data, problems, counts: { documents: documents.counts, annotations: annotations.counts, lexicon: lexicon.counts } };
}
function emptyProject() {
  return ProjectData.parse({ schemaVersion: SCHEMA_VERSION });
}

// annotations/annotation-ops.ts
function describeIssues(error) {
  return error.issues.map((issue) => `${formatPath("", issue.path).replace(/^\./, "") || "(value)"}: ${issue.message}`).join("; ");
}
function checkReferences(annotation, data) {
  if (annotation.kind === "claim") {
    for (const cited of annotation.body.cites) {
      const target = data.annotations.find((a) => a.id === cited);
      if (target?.kind !== "quote") {
        throw new RangeError(target ? `a claim can only cite quote annotations; "${cited}" is a ${target.kind}` : `the claim cites "${cited}", which is not a quote annotation in this project`);
      }
    }
  }
  if (annotation.kind === "crossref" && annotation.body.to) {
    const to = annotation.body.to;
    if ("annotation" in to) {
      if (to.annotation === annotation.id) throw new RangeError("a cross-reference cannot point at itself");
      if (!data.annotations.some((a) => a.id === to.annotation)) throw new RangeError(`the crossref points to annotation "${to.annotation}", which does not exist`);
      return;
    }
    const target = data.documents.find((d) => d.id === to.document);
    if (target === void 0) throw new RangeError(`the crossref points to document "${to.document}", which does not exist`);
    if (!(to.start <= to.end && to.end <= target.length)) {
      throw new RangeError(`the cross-reference span ${to.start}..${to.end} is not inside document "${to.document}" (${target.length} characters)`);
    }
  }
}
function addAnnotation(data, input, text, context) {
  const valid = input;
  const target = targetFor(valid.document, text, valid.start, valid.end);
  const parsed = Annotation.safeParse({
    id: context.newId(),
    kind: valid.kind,
    document: valid.document,
    target,
    creator: data.settings.creator,
    created: context.now,
    modified: context.now,
    tags: valid.tags ?? [],
    body: valid.body ?? {}
  });
  if (!parsed.success) throw new TypeError(`invalid annotation: ${describeIssues(parsed.error)}`);
  checkReferences(parsed.data, data);
  return { data: { ...data, annotations: [...data.annotations, parsed.data] }, annotation: parsed.data };
}
function patchAnnotation(data, patch, context) {
  const index = data.annotations.findIndex((a) => a.id === patch.id);
  const existing = data.annotations[index];
  if (existing === void 0) throw new AnnotationNotFoundError(`no annotation "${patch.id}" in this project`);
  const parsed = Annotation.safeParse({
    ...existing,
    body: { ...existing.body, ...patch.body ?? {} },
    tags: patch.tags ?? existing.tags,
    modified: context.now
  });
  if (!parsed.success) throw new TypeError(`invalid change to annotation "${patch.id}": ${describeIssues(parsed.error)}`);
  if (parsed.data.kind !== existing.kind) throw new TypeError("the kind of an annotation cannot change");
  checkReferences(parsed.data, data);
  const annotations = data.annotations.slice();
  annotations[index] = parsed.data;
  return { data: { ...data, annotations }, annotation: parsed.data };
}
function removeAnnotation(data, id, context) {
  const removed = data.annotations.find((a) => a.id === id);
  if (removed === void 0) throw new AnnotationNotFoundError(`no annotation "${id}" in this project`);
  const annotations = data.annotations.filter((a) => a.id !== id).map((a) => {
    if (removed.kind !== "quote" || a.kind !== "claim" || !a.body.cites.includes(id)) return a;
    return { ...a, body: { ...a.body, cites: a.body.cites.filter((c) => c !== id) }, modified: context.now };
  });
  return { ...data, annotations };
}
function upsertAnnotations(data, incoming) {
  const parsed = incoming.map((a, i) => {
    const result = Annotation.safeParse(a);
    if (!result.success) throw new TypeError(`invalid annotation ${i + 1} of the import: ${describeIssues(result.error)}`);
    if (!data.documents.some((d) => d.id === result.data.document)) throw new DocumentNotFoundError(`no document "${result.data.document}" in this project`);
    return result.data;
  });
  const byId2 = new Map(parsed.map((a) => [a.id, a]));
  const annotations = data.annotations.map((a) => byId2.get(a.id) ?? a);
  const known = new Set(data.annotations.map((a) => a.id));
  for (const a of byId2.values()) if (!known.has(a.id)) annotations.push(a);
  const next = { ...data, annotations };
  for (const a of byId2.values()) checkReferences(a, next);
  return next;
}

// annotations/documents.ts
import { createHash } from "node:crypto";
import { lstat, open, readFile, realpath, rm } from "node:fs/promises";
import { join, relative, resolve, sep, isAbsolute } from "node:path";
function sha256OfText(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function assertDocumentSize(name, length) {
  if (length > MAX_DOCUMENT_BYTES) {
    throw new DocumentRefusedError(name, `too large (${formatBytes(length)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)})`);
  }
}
function ingestFile(name, bytes) {
  const refuse = (reason) => {
    throw new DocumentRefusedError(name, reason);
  };
  if (!hasDocumentExtension(name)) refuse("only .txt, .md, .html, .docx and .pdf documents can be added");
  assertDocumentSize(name, bytes.length);
  if (bytes.length === 0) refuse("empty file");
  const binary = binaryReason(bytes);
  if (binary !== null) refuse(binary);
  if (bytes.indexOf(0, BINARY_SNIFF_BYTES) !== -1) refuse("binary file (contains NUL bytes)");
  let text = "";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse("not UTF-8 text (save it as UTF-8 and add it again)");
  }
  if (text.trim() === "") refuse("contains only whitespace");
  return { text, sha256: sha256OfText(text) };
}
function documentIdFor(fileName, taken) {
  const stem = fileName.replace(/\.[^.]*$/, "");
  const slug = stem.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "doc";
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
function isPlainFileName(name) {
  return isSafeRelativePath(name) && !name.includes("/") && name.trim() === name;
}
var MAX_FILE_NAME_BYTES = 255;
function fileNameProblem(name) {
  if (!isPlainFileName(name)) return "a file name, not a path, is expected";
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_FILE_NAME_BYTES) return `the name is too long (${bytes} bytes in UTF-8; a file name has at most ${MAX_FILE_NAME_BYTES})`;
  return null;
}
function numberedName(name, n) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}
function isErrno(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}
function sameBytes(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
async function placeFile(dir, name, bytes, taken) {
  for (let n = 1; n < 1e4; n += 1) {
    const candidate = n === 1 ? name : numberedName(name, n);
    if (taken.has(candidate) || fileNameProblem(candidate) !== null) continue;
    const path = join(dir, candidate);
    let handle;
    try {
      handle = await open(path, "wx");
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw new DocumentRefusedError(name, `it cannot be written into the project folder (${errnoCode(error)})`);
      if (await isSameRegularFile(path, bytes)) return { path: candidate, created: false };
      continue;
    }
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => void 0);
      await rm(path, { force: true });
      throw new DocumentRefusedError(name, `it cannot be written into the project folder (${errnoCode(error)})`);
    }
    return { path: candidate, created: true };
  }
  throw new DocumentRefusedError(name, "no free file name in the project folder");
}
async function isSameRegularFile(path, bytes) {
  try {
    const info = await lstat(path);
    return info.isFile() && info.size === bytes.length && sameBytes(await readFile(path), bytes);
  } catch {
    return false;
  }
}
function errnoCode(error) {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "an I/O error";
}
async function resolveInside(dir, path) {
  if (!isSafeRelativePath(path)) return null;
  const absolute = resolve(dir, path);
  let real = absolute;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
  const rel = relative(dir, real);
  return rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel) ? null : absolute;
}

// annotations/import/extract-text.ts
import { convert } from "html-to-text";
import mammoth from "mammoth";
var CONVERTIBLE_EXTENSIONS = [".html", ".htm", ".docx", ".pdf"];
function isConvertible(name) {
  const lower = name.toLowerCase();
  return CONVERTIBLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}
async function extractText(name, bytes, onProgress) {
  const lower = name.toLowerCase();
  const report = (done, total) => onProgress?.({ file: name, done, total });
  let result;
  if (lower.endsWith(".pdf")) result = await extractPdf(name, bytes, report);
  else if (lower.endsWith(".docx")) {
    report(0, 1);
    result = await extractDocx(name, bytes);
    report(1, 1);
  } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
    report(0, 1);
    result = extractHtml(name, bytes);
    report(1, 1);
  } else throw new DocumentRefusedError(name, "not a format Verbatim extracts text from (.html, .docx, .pdf)");
  const text = result.text.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (text === "") throw new DocumentRefusedError(name, "no text could be extracted from it (it is empty, or holds only images)");
  return { text: `${text}
`, extractor: result.extractor };
}
async function extractTextBytes(name, bytes, onProgress) {
  assertDocumentSize(name, bytes.length);
  const { text } = await extractText(name, bytes, onProgress);
  return new TextEncoder().encode(text);
}
function decodeUtf8(name, bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("windows-1252", { fatal: true }).decode(bytes);
    } catch {
      throw new DocumentRefusedError(name, "not readable as UTF-8 or Windows-1252 text");
    }
  }
}
function extractHtml(name, bytes) {
  const html = decodeUtf8(name, bytes);
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ["body"] },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "template", format: "skip" },
      { selector: "svg", format: "skip" },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }))
    ]
  });
  return { text, extractor: "html-to-text" };
}
var OLE_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
async function extractDocx(name, bytes) {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DocumentRefusedError(name, "is password-protected (or an old-style .doc file); save it as an unprotected .docx first");
  }
  if (!(bytes[0] === 80 && bytes[1] === 75)) throw new DocumentRefusedError(name, "is damaged: it is not a .docx (zip) archive");
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: value, extractor: "mammoth" };
  } catch (error) {
    throw new DocumentRefusedError(name, `is damaged: the .docx archive cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
async function extractPdf(name, bytes, report) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const holder = globalThis;
  holder.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (error) {
    const kind = error instanceof Error ? error.name : "";
    if (kind === "PasswordException") throw new DocumentRefusedError(name, "is password-protected; remove the password and add it again");
    throw new DocumentRefusedError(name, `is damaged: not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const pages = [];
    report(0, doc.numPages);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
      page.cleanup();
      report(n, doc.numPages);
    }
    if (pages.every((p) => p.trim() === "")) {
      throw new DocumentRefusedError(name, `has no text layer (${doc.numPages === 1 ? "its page is" : `its ${doc.numPages} pages are`} images, probably a scan); run OCR on it first`);
    }
    return { text: pages.join("\n\n"), extractor: `pdf.js ${pdfjs.version}` };
  } finally {
    await doc.destroy();
  }
}

// annotations/json-file-adapter.ts
import { randomBytes } from "node:crypto";
import { open as open2, readdir, readFile as readFile2, rename, rm as rm2, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";

// annotations/migrations.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function migrateV0toV1(data) {
  const settings = isObject(data["settings"]) ? data["settings"] : {};
  const creator = typeof settings["creator"] === "string" && settings["creator"] !== "" ? settings["creator"] : "local-user";
  const annotations = Array.isArray(data["annotations"]) ? data["annotations"].map((a) => fillAnnotationV0(a, creator)) : [];
  return {
    ...data,
    schemaVersion: 1,
    documents: Array.isArray(data["documents"]) ? data["documents"] : [],
    annotations
  };
}
function fillAnnotationV0(record, creator) {
  if (!isObject(record)) return record;
  const filled = { ...record };
  if (filled["creator"] === void 0) filled["creator"] = creator;
  if (filled["modified"] === void 0 && typeof filled["created"] === "string") filled["modified"] = filled["created"];
  const target = filled["target"];
  if (isObject(target) && target["source"] === void 0 && typeof filled["document"] === "string") {
    filled["target"] = { ...target, source: filled["document"] };
  }
  return filled;
}
var MIGRATIONS = {
  0: migrateV0toV1
};
function schemaVersionOf(data) {
  if (!isObject(data)) return null;
  const version2 = data["schemaVersion"];
  if (version2 === void 0) return 0;
  return typeof version2 === "number" && Number.isInteger(version2) && version2 >= 0 ? version2 : null;
}
function migrate(data, migrations = MIGRATIONS, target = SCHEMA_VERSION) {
  const from = schemaVersionOf(data);
  if (from === null || !isObject(data)) {
    return { status: "invalid", problem: isObject(data) ? "schemaVersion: expected a non-negative integer" : "(root): expected a JSON object" };
  }
  if (from > target) return { status: "newer", from, data };
  let current = data;
  for (let version2 = from; version2 < target; version2 += 1) {
    const step = migrations[version2];
    if (step === void 0) return { status: "invalid", problem: `schemaVersion: no migration from version ${version2}` };
    current = step(current);
  }
  return { status: "current", from, data: current };
}

// annotations/project-json.ts
var TOP_LEVEL_ORDER = ["schemaVersion", "settings", "lexicon", "documents", "annotations"];
var LEADING_KEYS = ["id", "kind", "type", "document"];
var RECORD_ARRAYS = /* @__PURE__ */ new Set(["lexicon", "documents", "annotations"]);
function keyRank(key) {
  const i = LEADING_KEYS.indexOf(key);
  return i === -1 ? LEADING_KEYS.length : i;
}
function orderedKeys(object, leading = []) {
  return Object.keys(object).filter((key) => object[key] !== void 0).sort((a, b) => {
    const la = leading.indexOf(a);
    const lb = leading.indexOf(b);
    if (la !== -1 || lb !== -1) return (la === -1 ? Infinity : la) - (lb === -1 ? Infinity : lb);
    return keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0);
  });
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function canonicalJSON(value) {
  if (Array.isArray(value)) {
    return `[${value.map((item) => item === void 0 ? "null" : canonicalJSON(item)).join(",")}]`;
  }
  if (isPlainObject(value)) {
    return `{${orderedKeys(value).map((key) => `${JSON.stringify(key)}:${canonicalJSON(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function toProjectJSON(data) {
  const top = data;
  const lines = orderedKeys(top, TOP_LEVEL_ORDER).map((key) => {
    const value = top[key];
    const name = JSON.stringify(key);
    if (RECORD_ARRAYS.has(key) && Array.isArray(value) && value.length > 0) {
      return `  ${name}: [
${value.map((record) => `    ${canonicalJSON(record)}`).join(",\n")}
  ]`;
    }
    return `  ${name}: ${canonicalJSON(value)}`;
  });
  return `{
${lines.join(",\n")}
}
`;
}

// annotations/outside-changes.ts
var same = (a, b) => canonicalJSON(a) === canonicalJSON(b);
function byId(records) {
  return new Map(records.map((r) => [r.id, r]));
}
function recordChanges(name, base2, disk, ours, conflicts) {
  const [b, d, o] = [byId(base2), byId(disk), byId(ours)];
  const changes = /* @__PURE__ */ new Map();
  for (const id of /* @__PURE__ */ new Set([...b.keys(), ...d.keys()])) {
    const before = b.get(id) ?? null;
    const outside = d.get(id) ?? null;
    if (same(before, outside)) continue;
    const mine = o.get(id) ?? null;
    if (same(before, mine) || same(mine, outside)) changes.set(id, outside);
    else conflicts.push(`${name} "${id}"`);
  }
  return changes;
}
function outsideChanges(base2, disk, ours) {
  const conflicts = [];
  const documents = recordChanges("document", base2.documents, disk.documents, ours.documents, conflicts);
  const annotations = recordChanges("annotation", base2.annotations, disk.annotations, ours.annotations, conflicts);
  const key = (entry) => canonicalJSON(entry);
  const [baseLex, diskLex] = [new Set(base2.lexicon.map(key)), new Set(disk.lexicon.map(key))];
  const lexiconAdded = disk.lexicon.filter((e) => !baseLex.has(key(e)));
  const lexiconRemoved = new Set([...baseLex].filter((k) => !diskLex.has(k)));
  const settings = {};
  for (const field of Object.keys({ ...base2.settings, ...disk.settings })) {
    if (same(base2.settings[field], disk.settings[field])) continue;
    if (same(base2.settings[field], ours.settings[field]) || same(ours.settings[field], disk.settings[field])) {
      Object.assign(settings, { [field]: disk.settings[field] });
    } else {
      conflicts.push(`setting "${field}"`);
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, outside: { documents, annotations, lexiconAdded, lexiconRemoved, settings } };
}
function applyRecords(records, changes) {
  if (changes.size === 0) return [...records];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const record of records) {
    seen.add(record.id);
    const change = changes.get(record.id);
    if (change === void 0) out.push(record);
    else if (change !== null) out.push(change);
  }
  for (const [id, change] of changes) if (change !== null && !seen.has(id)) out.push(change);
  return out;
}
function applyOutsideChanges(data, outside) {
  const lexicon = data.lexicon.filter((e) => !outside.lexiconRemoved.has(canonicalJSON(e)));
  const present = new Set(lexicon.map((e) => canonicalJSON(e)));
  for (const entry of outside.lexiconAdded) if (!present.has(canonicalJSON(entry))) lexicon.push(entry);
  return {
    ...data,
    documents: applyRecords(data.documents, outside.documents),
    annotations: applyRecords(data.annotations, outside.annotations),
    lexicon,
    settings: { ...data.settings, ...outside.settings }
  };
}

// annotations/json-file-adapter.ts
var RENAME_ATTEMPTS = 5;
var RENAME_BACKOFF_MS = 40;
var TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;
var LEGACY_TEMP_NAME = /^(verbatim\.json)\.tmp-(\d+)-[0-9a-f]{12}$/;
function tempNameFor(file) {
  return `.${basename(file)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
}
function parseTempName(name) {
  const match = TEMP_NAME.exec(name) ?? LEGACY_TEMP_NAME.exec(name);
  return match ? { target: match[1] ?? "", pid: Number(match[2]) } : null;
}
function isErrno2(error, ...codes) {
  return error instanceof Error && "code" in error && codes.includes(String(error.code));
}
var sleep = (ms) => new Promise((resolve12) => setTimeout(resolve12, ms));
async function writeFileAtomic(file, text) {
  const temp = join2(dirname(file), tempNameFor(file));
  const handle = await open2(temp, "wx");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    await rm2(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(file));
}
async function renameWithRetry(from, to) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !isErrno2(error, "EPERM", "EACCES", "EBUSY")) throw error;
      await sleep(RENAME_BACKOFF_MS * attempt);
    }
  }
}
async function syncDirectory(dir) {
  try {
    const handle = await open2(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!isErrno2(error, "EISDIR", "EPERM", "EINVAL", "EACCES", "ENOTSUP")) throw error;
  }
}
async function removeLeftoverTempFiles(dir, targets) {
  const removed = [];
  for (const name of await readdir(dir)) {
    const temp = parseTempName(name);
    if (temp === null || !targets.includes(temp.target) || temp.pid === process.pid) continue;
    await rm2(join2(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
var OutsideChangeError = class extends Error {
  name = "OutsideChangeError";
};
var JsonFileAdapter = class {
  constructor(file) {
    this.file = file;
  }
  file;
  queue = Promise.resolve();
  requested = 0;
  written = 0;
  latest = "";
  lastError = null;
  /** The file's text as this adapter last read or wrote it; `null` before `setBase` or the first write. */
  base = null;
  blocked = null;
  /** Called with the changes merged from outside; the owner applies them to its in-memory data. */
  onOutsideChange = () => {
  };
  /** Called once when an outside change blocks writing for good. */
  onBlocked = () => {
  };
  /** Records the text the file held when it was opened: outside changes are measured against it. */
  setBase(text) {
    this.base = text;
  }
  /** The raw bytes of the file, or `null` when it does not exist. */
  async readBytes() {
    try {
      return await readFile2(this.file);
    } catch (error) {
      if (isErrno2(error, "ENOENT")) return null;
      throw error;
    }
  }
  /**
   * Strict read for lowdb's `Low#read`: parses, migrates and validates; throws on anything wrong. The store
   * itself opens projects with `loadProject`, which salvages a damaged file instead of throwing.
   */
  async read() {
    const bytes = await this.readBytes();
    if (bytes === null) return null;
    const migrated = migrate(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)));
    if (migrated.status !== "current") throw new Error(`${basename(this.file)}: cannot read schema (${migrated.status})`);
    return ProjectData.parse(migrated.data);
  }
  /** Serializes `data` now (later changes to it do not leak in) and resolves once it, or newer data, is on disk. */
  write(data) {
    this.latest = toProjectJSON(data);
    const generation = ++this.requested;
    const run = this.queue.then(() => this.writeLatest(generation));
    this.queue = run.catch(() => void 0);
    return run;
  }
  /** True when the most recent write failed; the next `write` or `flush` tries again. */
  get failed() {
    return this.lastError !== null;
  }
  /** Resolves when every write requested so far has settled. */
  idle() {
    return this.queue;
  }
  async writeLatest(generation) {
    if (this.written >= generation) return;
    if (this.blocked !== null) throw this.blocked;
    try {
      const onDisk = await this.readBytes();
      if (onDisk !== null && this.base !== null) {
        const text2 = new TextDecoder().decode(onDisk);
        if (text2 !== this.base) await this.mergeOutside(this.base, text2);
      }
      const target = this.requested;
      const text = this.latest;
      await writeFileAtomic(this.file, text);
      this.written = target;
      this.base = text;
      this.lastError = null;
    } catch (error) {
      this.lastError = error;
      throw error;
    }
  }
  /** Merges a change from outside into the data to write, or blocks writing (see the class comment). */
  async mergeOutside(baseText, diskText) {
    const [base2, disk, ours] = [readProjectText(baseText), readProjectText(diskText), readProjectText(this.latest)];
    if (typeof base2 !== "string" && typeof ours !== "string" && typeof disk !== "string") {
      const outcome = outsideChanges(base2, disk, ours);
      if (outcome.ok) {
        this.latest = toProjectJSON(applyOutsideChanges(ours, outcome.outside));
        this.onOutsideChange(outcome.outside);
        this.base = diskText;
        return;
      }
      return this.block(`${outcome.conflicts.slice(0, 5).join(", ")} changed both there and here`);
    }
    return this.block(`it no longer reads (${typeof disk === "string" ? disk : "this process's own data did not validate"})`);
  }
  async block(why) {
    const kept = await keepUnsaved(this.file, this.latest);
    this.blocked = new OutsideChangeError(
      `${basename(this.file)} was changed outside Verbatim and ${why}, so it was not overwritten. The changes made here are kept in ${basename(kept)}; open the project again to go on.`
    );
    this.onBlocked(this.blocked);
    throw this.blocked;
  }
};
function readProjectText(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const migrated = migrate(value);
  if (migrated.status !== "current") return migrated.status === "invalid" ? migrated.problem : `schema ${migrated.from}, not this version's`;
  const { data, problems } = validateProject(migrated.data);
  const first = problems[0];
  return first === void 0 ? data : `${first.path}: ${first.message}`;
}
async function keepUnsaved(file, text) {
  const stem = `${file}.unsaved-${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}`;
  for (let n = 1; ; n++) {
    const path = `${stem}${n === 1 ? "" : `-${n}`}.json`;
    try {
      await writeFile(path, text, { flag: "wx" });
      return path;
    } catch (error) {
      if (!isErrno2(error, "EEXIST")) throw error;
    }
  }
}

// annotations/load-project.ts
import { readdir as readdir2, readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join as join3 } from "node:path";
var MAX_REPORTED_PROBLEMS = 3;
function isErrno3(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}
var pad = (n) => String(n).padStart(2, "0");
function backupStamp(date) {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
function sameBytes2(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
async function backupBrokenFile(file, bytes, now = /* @__PURE__ */ new Date()) {
  const dir = dirname2(file);
  const prefix = `${basename2(file)}.broken-`;
  for (const name of (await readdir2(dir)).sort()) {
    if (name.startsWith(prefix) && name.endsWith(".json") && sameBytes2(await readFile3(join3(dir, name)), bytes)) {
      return join3(dir, name);
    }
  }
  const stem = `${prefix}${backupStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const path = join3(dir, `${stem}${n === 1 ? "" : `-${n}`}.json`);
    try {
      await writeFile2(path, bytes, { flag: "wx" });
      return path;
    } catch (error) {
      if (!isErrno3(error, "EEXIST")) throw error;
    }
  }
}
function describeProblems(problems) {
  const shown2 = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`).join("; ");
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return more > 0 ? `${shown2}; and ${more} more` : shown2;
}
function describeSetAside(counts) {
  const parts = Object.entries(counts).filter(([, c]) => c.setAside > 0).map(([name, c]) => `${c.setAside} of ${c.total} ${name}`);
  return parts.length === 0 ? "no records were set aside" : `set aside as invalid: ${parts.join(", ")}`;
}
function parseJson(bytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "it is not UTF-8 text" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
async function loadProjectBytes(file, bytes, options = {}) {
  const name = basename2(file);
  const parsed = parseJson(bytes);
  const broken = async (reason, data, problems2) => {
    const kept = options.backup === false ? "" : ` The original is kept as ${basename2(await backupBrokenFile(file, bytes, options.now ?? /* @__PURE__ */ new Date()))};`;
    return {
      data,
      readOnly: true,
      warnings: [`${name} could not be trusted: ${reason}.${kept} The project is open read-only and nothing will be written.`],
      problems: problems2
    };
  };
  if (!parsed.ok) return broken(`${parsed.reason}; nothing could be salvaged`, emptyProject(), [`${name}: ${parsed.reason}`]);
  const migrated = migrate(parsed.value);
  if (migrated.status === "invalid") return broken(`${migrated.problem}; nothing could be salvaged`, emptyProject(), [`${name}: ${migrated.problem}`]);
  const validated = validateProject(migrated.data);
  const { problems, counts } = validated;
  const lines = problems.map((p) => `${name}: ${p.path}: ${p.message}`);
  if (migrated.status === "newer") {
    const unread = problems.length > 0 ? ` Records this version cannot read are hidden (${describeSetAside(counts)}).` : "";
    return {
      data: validated.data,
      readOnly: true,
      warnings: [`${name} was written by a newer version of Verbatim (schema ${migrated.from}; this version knows ${SCHEMA_VERSION}). The project is open read-only so that none of its data is lost; update Verbatim to edit it.${unread}`],
      problems: [`${name}: written by a newer version of Verbatim (schema ${migrated.from}; this version knows ${SCHEMA_VERSION})`, ...lines]
    };
  }
  if (problems.length > 0) return broken(`${describeProblems(problems)} (${describeSetAside(counts)})`, validated.data, lines);
  return { data: validated.data, readOnly: false, warnings: [], problems: [] };
}

// annotations/project-lock.ts
import { hostname } from "node:os";
import { readFile as readFile4, rm as rm3, rmdir, stat } from "node:fs/promises";
import lockfile from "proper-lockfile";
var ProjectLockedError = class extends Error {
  constructor(owner) {
    super(`the project is being written by ${describeOwner(owner)}`);
    this.owner = owner;
  }
  owner;
  name = "ProjectLockedError";
};
var LOCK_UPDATE_MS = 5e3;
var FOREIGN_STALE_MS = 6e4;
var OWNER_GRACE_MS = 300;
var LIBRARY_STALE_MS = 24 * 60 * 60 * 1e3;
var sleep2 = (ms) => new Promise((resolve12) => setTimeout(resolve12, ms));
function lockPaths(file) {
  return { lock: `${file}.lock`, owner: `${file}.lock.owner` };
}
function describeOwner(owner) {
  if (owner === null) return "another Verbatim process";
  const where = owner.host === hostname() ? "on this machine" : `on ${owner.host}`;
  return `${owner.label} (pid ${owner.pid} ${where}, since ${owner.since})`;
}
async function readLockOwner(file) {
  try {
    const value = JSON.parse(await readFile4(lockPaths(file).owner, "utf8"));
    if (typeof value !== "object" || value === null) return null;
    const o = value;
    if (typeof o.pid !== "number" || typeof o.host !== "string" || typeof o.label !== "string" || typeof o.since !== "string") return null;
    return { pid: o.pid, host: o.host, label: o.label, since: o.since };
  } catch {
    return null;
  }
}
function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function sameOwner(a, b) {
  return a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.since === b.since;
}
async function isAbandoned(lockDir, owner) {
  if (owner !== null && owner.host === hostname()) return owner.pid !== process.pid && !isProcessAlive(owner.pid);
  try {
    return Date.now() - (await stat(lockDir)).mtimeMs > FOREIGN_STALE_MS;
  } catch {
    return true;
  }
}
async function acquireProjectLock(file, label, onCompromised) {
  const paths = lockPaths(file);
  const options = { realpath: false, lockfilePath: paths.lock, stale: LIBRARY_STALE_MS, update: LOCK_UPDATE_MS, retries: 0, onCompromised };
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(file, options);
      const owner = { pid: process.pid, host: hostname(), label, since: (/* @__PURE__ */ new Date()).toISOString() };
      await writeFileAtomic(paths.owner, `${JSON.stringify(owner)}
`);
      return { owner, release: releaser(paths.owner, release) };
    } catch (error) {
      if (error.code !== "ELOCKED" || attempt >= 2) throw lockError(error, await readLockOwner(file));
    }
    const first = await readLockOwner(file);
    if (first !== null && first.host === hostname() && first.pid === process.pid) throw new ProjectLockedError({ ...first, label: `${first.label}, in this same process` });
    if (!await isAbandoned(paths.lock, first)) throw new ProjectLockedError(first);
    await sleep2(OWNER_GRACE_MS);
    const second = await readLockOwner(file);
    if (!sameOwner(first, second) && !(first === null && second === null)) continue;
    await rm3(paths.owner, { force: true });
    await rmdir(paths.lock).catch((error) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
}
function lockError(error, owner) {
  return error.code === "ELOCKED" ? new ProjectLockedError(owner) : error;
}
function releaser(ownerFile, release) {
  let released;
  return () => {
    released ??= (async () => {
      await rm3(ownerFile, { force: true });
      await release().catch((error) => {
        if (error.code !== "ERELEASED" && error.code !== "ENOTACQUIRED" && error.code !== "ENOENT") throw error;
      });
    })();
    return released;
  };
}

// annotations/project-store.ts
var PROJECT_FILE = "verbatim.json";
function isErrno4(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}
var FileProjectStore = class {
  constructor(dir, realDir, db, adapter, loaded, lock, lockHolder) {
    this.dir = dir;
    this.realDir = realDir;
    this.db = db;
    this.adapter = adapter;
    this.lock = lock;
    this.lockHolder = lockHolder;
    this.readOnlyNow = loaded.readOnly;
    this.warningList = [...loaded.warnings];
    this.problems = loaded.problems ?? [];
    adapter.onOutsideChange = (changes) => {
      this.db.data = applyOutsideChanges(this.db.data, changes);
    };
    adapter.onBlocked = (error) => this.stopWriting(error.message);
  }
  dir;
  realDir;
  db;
  adapter;
  lock;
  lockHolder;
  /** Serializes the operations that await I/O between reading and changing the data (adding files, re-hashing). */
  exclusive = Promise.resolve();
  readOnlyNow;
  warningList;
  problems;
  get readOnly() {
    return this.readOnlyNow;
  }
  get warnings() {
    return this.warningList;
  }
  /** From now on the project is read-only, for the reason given (shown first among the warnings). */
  stopWriting(reason) {
    this.readOnlyNow = true;
    this.warningList.unshift(reason);
  }
  data() {
    return this.db.data;
  }
  documents() {
    return this.db.data.documents;
  }
  annotations(document) {
    const all = this.db.data.annotations;
    return document === void 0 ? all : all.filter((a) => a.document === document);
  }
  async readText(id) {
    const record = this.db.data.documents.find((d) => d.id === id);
    if (record === void 0) throw new DocumentNotFoundError(`no document "${id}" in this project`);
    const path = await resolveInside(this.realDir, record.path);
    if (path === null) throw new DocumentRefusedError(record.path, "the path leads outside the project folder");
    let bytes;
    try {
      bytes = await readFile5(path);
    } catch (error) {
      if (isErrno4(error, "ENOENT")) throw new DocumentNotFoundError(`the file of document "${id}" (${record.path}) is missing from the project folder`);
      throw error;
    }
    const { text, sha256 } = ingestFile(basename3(record.path), bytes);
    if (sha256 !== record.sha256 && !this.readOnly) {
      await this.serially(async () => {
        const documents = this.db.data.documents.map((d) => d.id === id ? { ...d, sha256, length: text.length } : d);
        await this.commit({ ...this.db.data, documents });
      });
    }
    return text;
  }
  async addFiles(files, onProgress) {
    this.assertWritable();
    return this.serially(() => this.addFilesNow(files, onProgress));
  }
  async addFilesNow(files, onProgress) {
    const added = [];
    const created = [];
    const refused = [];
    const existing = this.db.data.documents;
    const batch = {
      ids: new Set(existing.map((d) => d.id)),
      // An imported document's original is a file of the project too: no other record may take its name.
      paths: new Set(existing.flatMap((d) => d.original === void 0 ? [d.path] : [d.path, d.original])),
      known: [...existing],
      created
    };
    try {
      for (const file of files) {
        try {
          const record = await this.addOne(file, batch, onProgress);
          added.push(record);
          batch.known.push(record);
        } catch (error) {
          if (!(error instanceof DocumentRefusedError)) throw error;
          refused.push({ name: file.name, reason: error.reason });
        }
      }
      if (added.length > 0) await this.commit({ ...this.db.data, documents: [...this.db.data.documents, ...added] });
    } catch (error) {
      this.db.data = { ...this.db.data, documents: this.db.data.documents.filter((d) => !added.includes(d)) };
      await removeFiles(this.realDir, created);
      throw error;
    }
    return { added, refused };
  }
  /**
   * Places one file (and, for another format, its extracted text beside it) and returns its record, or
   * throws `DocumentRefusedError`. The file is added whole or not at all: what it placed before a refusal
   * is removed again; what it placed for a record it returns goes into `batch.created`.
   */
  async addOne(file, batch, onProgress) {
    const placed = [];
    const used = [];
    try {
      const nameProblem = fileNameProblem(file.name);
      if (nameProblem !== null) throw new DocumentRefusedError(file.name, nameProblem);
      const converted = isConvertible(file.name);
      const textName = converted ? `${file.name}.txt` : file.name;
      if (converted) {
        const textNameProblem = fileNameProblem(textName);
        if (textNameProblem !== null) throw new DocumentRefusedError(file.name, `its extracted text cannot be kept beside it: ${textNameProblem}`);
      }
      const textBytes = converted ? await extractTextBytes(file.name, file.bytes, onProgress) : file.bytes;
      const { text, sha256 } = ingestFile(textName, textBytes);
      const twin = batch.known.find((d) => d.sha256 === sha256);
      if (twin) throw new DocumentRefusedError(file.name, `same content as document "${twin.title}" (${twin.path}), already in the project`);
      const place = async (name, bytes) => {
        const result = await placeFile(this.realDir, name, bytes, batch.paths);
        if (result.created) placed.push(result.path);
        used.push(result.path);
        batch.paths.add(result.path);
        return result.path;
      };
      const original = converted ? await place(file.name, file.bytes) : void 0;
      const path = await place(original !== void 0 ? `${original}.txt` : textName, textBytes);
      const id = documentIdFor(file.name, batch.ids);
      batch.ids.add(id);
      batch.created.push(...placed);
      return { id, path, title: documentTitle(text, file.name), sha256, length: text.length, added: (/* @__PURE__ */ new Date()).toISOString(), ...original !== void 0 ? { original } : {} };
    } catch (error) {
      await removeFiles(this.realDir, placed);
      for (const path of used) batch.paths.delete(path);
      throw error;
    }
  }
  async createAnnotation(input) {
    this.assertWritable();
    const text = await this.readText(input.document);
    const next = addAnnotation(this.db.data, input, text, this.context());
    await this.commit(next.data);
    return next.annotation;
  }
  async updateAnnotation(patch) {
    this.assertWritable();
    const next = patchAnnotation(this.db.data, patch, this.context());
    await this.commit(next.data);
    return next.annotation;
  }
  async putAnnotations(annotations) {
    this.assertWritable();
    if (annotations.length === 0) return;
    await this.commit(upsertAnnotations(this.db.data, annotations));
  }
  async deleteAnnotation(id) {
    this.assertWritable();
    await this.commit(removeAnnotation(this.db.data, id, this.context()));
  }
  async updateSettings(settings) {
    this.assertWritable();
    const parsed = ProjectSettings.safeParse({ ...this.db.data.settings, ...settings });
    if (!parsed.success) throw new TypeError(`invalid settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    await this.commit({ ...this.db.data, settings: parsed.data });
    return parsed.data;
  }
  async setLexicon(entries) {
    this.assertWritable();
    const parsed = LexiconEntry.array().safeParse(entries);
    if (!parsed.success) throw new TypeError(`invalid lexicon: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    await this.commit({ ...this.db.data, lexicon: parsed.data });
  }
  async flush() {
    await this.adapter.idle();
    if (this.adapter.failed && !this.readOnly) await this.db.write();
  }
  async close() {
    try {
      await this.flush();
    } finally {
      await this.lock?.release();
    }
  }
  context() {
    return { now: (/* @__PURE__ */ new Date()).toISOString(), newId: () => randomUUID() };
  }
  /** Throws (synchronously, before anything changes) when the project is read-only. */
  assertWritable() {
    if (this.readOnly) {
      throw new ReadOnlyProjectError(`the project is open read-only: ${this.warnings[0] ?? "its verbatim.json could not be trusted"}`);
    }
  }
  /**
   * Replaces the data (immutably, so earlier `data()` snapshots stay as they were) and resolves once it is on
   * disk. The change is visible in memory at once, so concurrent calls build on each other; if the write
   * fails the caller hears of it and the next write or `flush` persists the data.
   */
  commit(next) {
    this.db.data = next;
    return this.db.write();
  }
  serially(task) {
    const run = this.exclusive.then(task);
    this.exclusive = run.catch(() => void 0);
    return run;
  }
};
async function removeFiles(realDir, paths) {
  await Promise.all(paths.map((path) => rm4(join4(realDir, path), { force: true })));
}
async function existingFolder(dir, create) {
  try {
    if (!(await stat2(dir)).isDirectory()) throw new ProjectNotFoundError(`${dir} is not a folder`);
  } catch (error) {
    if (!isErrno4(error, "ENOENT")) throw error;
    if (!create) throw new ProjectNotFoundError(`no project folder at ${dir}`);
    await mkdir(dir, { recursive: true });
  }
}
async function openProjectStore(dir, options = {}) {
  const absolute = resolve2(dir);
  await existingFolder(absolute, options.create === true);
  const realDir = await realpath2(absolute);
  const file = join4(absolute, PROJECT_FILE);
  const adapter = new JsonFileAdapter(file);
  let store = null;
  const { lock, holder } = options.access === "read" ? { lock: null, holder: null } : await tryLock(file, options.label ?? "Verbatim", (error) => store?.stopWriting(`this process lost the project's lock (${error.message}); nothing more is written`));
  try {
    if (lock !== null) await removeLeftoverTempFiles(absolute, [PROJECT_FILE, basename3(lockPaths(file).owner)]);
    const bytes = await adapter.readBytes();
    let loaded;
    if (bytes === null) {
      if (options.create !== true) throw new ProjectNotFoundError(`${basename3(absolute)} has no ${PROJECT_FILE}; create a project there first`);
      if (lock === null) throw new ProjectNotFoundError(`${basename3(absolute)} has no ${PROJECT_FILE}, and it cannot be created while ${describeOwner(holder)} holds the folder`);
      loaded = { data: emptyProject(), readOnly: false, warnings: [] };
      await adapter.write(loaded.data);
    } else {
      loaded = await loadProjectBytes(file, bytes, { backup: lock !== null });
      adapter.setBase(new TextDecoder().decode(bytes));
    }
    if (lock === null && !loaded.readOnly) loaded = { ...loaded, readOnly: true, warnings: [readOnlyReason(options, holder), ...loaded.warnings] };
    const db = new Low(adapter, loaded.data);
    const kept = loaded.readOnly ? null : lock;
    if (kept === null) await lock?.release();
    store = new FileProjectStore(absolute, realDir, db, adapter, loaded, kept, holder);
    return store;
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
function readOnlyReason(options, holder) {
  if (options.access === "read") return "the project is open for reading only";
  return `the project is open read-only because ${describeOwner(holder)} is writing it; close it there to edit here`;
}
async function tryLock(file, label, onCompromised) {
  try {
    return { lock: await acquireProjectLock(file, label, onCompromised), holder: null };
  } catch (error) {
    if (error instanceof ProjectLockedError) return { lock: null, holder: error.owner };
    throw error;
  }
}

// annotations/anchoring.ts
import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
var QUOTE_WEIGHT = 50;
var PREFIX_WEIGHT = 20;
var SUFFIX_WEIGHT = 20;
var POSITION_WEIGHT = 2;
var ERROR_BUDGET_RATIO = 0.1;
var MIN_ERROR_BUDGET = 2;
var MAX_ERROR_BUDGET = 256;
function errorBudget(length) {
  const budget = Math.min(MAX_ERROR_BUDGET, Math.max(MIN_ERROR_BUDGET, Math.ceil(length * ERROR_BUDGET_RATIO)));
  return Math.min(budget, Math.floor(length / 2));
}
function similarity(stored, found) {
  if (stored.length === 0) return 1;
  return 1 - distance(stored, found) / Math.max(stored.length, found.length);
}
function scoreCandidate(text, quote, candidate, hint) {
  const quoteScore = quote.exact.length === 0 ? 0 : 1 - candidate.errors / quote.exact.length;
  const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
  const positionScore = hint === void 0 ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * similarity(quote.prefix, before) + SUFFIX_WEIGHT * similarity(quote.suffix, after) + POSITION_WEIGHT * positionScore;
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}
function exactCandidates(text, exact) {
  const found = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}
function best(text, quote, candidates2, hint) {
  let top = null;
  for (const candidate of candidates2) {
    const score = scoreCandidate(text, quote, candidate, hint);
    if (top === null || score > top.score) top = { start: candidate.start, end: candidate.end, score };
  }
  return top;
}
function matchQuote(text, quote, hint) {
  if (quote.exact.length === 0) return null;
  const exact = exactCandidates(text, quote.exact);
  if (exact.length > 0) return best(text, quote, exact, hint);
  const budget = errorBudget(quote.exact.length);
  if (budget === 0) return null;
  return best(text, quote, search(text, quote.exact, budget), hint);
}
function anchor(text, target) {
  try {
    const [position, quote] = target.selector;
    if (quote.exact.length > 0 && text.slice(position.start, position.end) === quote.exact) {
      return { start: position.start, end: position.end };
    }
    const match = matchQuote(text, quote, position.start);
    return match === null ? null : { start: match.start, end: match.end };
  } catch {
    return null;
  }
}

// annotations/export/edition-model.ts
function indexEdition(input) {
  const inScope2 = new Set(input.documents.map((d) => d.record.id));
  const titles = /* @__PURE__ */ new Map();
  for (const d of input.report.documents) titles.set(d.id, d.title || d.path);
  for (const d of input.allDocuments) titles.set(d.id, d.title || d.path);
  const annotationById = new Map(input.annotations.map((a) => [a.annotation.id, a]));
  const clusterById = new Map(input.report.clusters.map((c) => [c.id, c]));
  const witnessById = /* @__PURE__ */ new Map();
  const sigla = /* @__PURE__ */ new Map();
  for (const cluster of input.report.clusters) {
    cluster.witnesses.forEach((witness, i) => {
      witnessById.set(witness.id, { cluster, witness });
      sigla.set(witness.id, `W${i + 1}`);
    });
  }
  const discrepancyById = new Map(input.report.discrepancies.map((x) => [x.id, x]));
  const discrepanciesOfVariant = /* @__PURE__ */ new Map();
  for (const x of input.report.discrepancies) {
    const list = discrepanciesOfVariant.get(x.variant) ?? [];
    list.push(x);
    discrepanciesOfVariant.set(x.variant, list);
  }
  const reviews = /* @__PURE__ */ new Map();
  for (const { annotation } of input.annotations) {
    if (annotation.kind !== "note" || annotation.body.discrepancy === void 0) continue;
    const known = reviews.get(annotation.body.discrepancy);
    if (known === void 0 || known.modified < annotation.modified) reviews.set(annotation.body.discrepancy, annotation);
  }
  const flags = /* @__PURE__ */ new Map();
  for (const claim of input.report.claims) {
    const clusters = [...new Set(claim.discrepancies.flatMap((id) => discrepancyById.get(id)?.cluster ?? []))];
    flags.set(claim.id, { flagged: claim.flagged, discrepancies: claim.discrepancies, clusters });
  }
  const reviewsOfVariant = (variant) => {
    const found = (discrepanciesOfVariant.get(variant) ?? []).flatMap((x) => reviews.get(x.id) ?? []);
    return [...new Set(found)].sort((a, b) => a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0);
  };
  const index = {
    input,
    inScope: inScope2,
    documentTitle: (id) => titles.get(id) ?? id,
    annotationById,
    clusterById,
    witnessById,
    discrepancyById,
    discrepanciesOfVariant,
    reviewOf: (id) => reviews.get(id),
    reviewsOfVariant,
    flagOf: (id) => flags.get(id),
    apparatus: [],
    siglum: (id) => sigla.get(id) ?? id
  };
  index.apparatus = apparatusClusters(index);
  return index;
}
function apparatusClusters(index) {
  const wanted = /* @__PURE__ */ new Set();
  for (const { annotation } of index.input.annotations) {
    if (annotation.kind !== "claim" || !index.inScope.has(annotation.document)) continue;
    const flag = index.flagOf(annotation.id);
    if (flag?.flagged) for (const c of flag.clusters) wanted.add(c);
  }
  for (const x of index.input.report.discrepancies) if (index.reviewOf(x.id)) wanted.add(x.cluster);
  return index.input.report.clusters.filter(
    (c) => wanted.has(c.id) && c.witnesses.some((w) => index.inScope.has(w.document))
  );
}
function splitBySeverity(variants, threshold) {
  const major = [];
  const minor = [];
  for (const v of variants) (atLeast(v.severity, threshold) ? major : minor).push(v);
  return { major, minor };
}
function describeAttribution(a) {
  const parts = [];
  if (a.outlet) parts.push(a.outlet);
  if (a.author) parts.push(a.author);
  if (a.date) parts.push(a.date);
  if (a.headline) parts.push(`\u201C${a.headline}\u201D`);
  if (a.page) parts.push(/^\d/.test(a.page) ? `p. ${a.page}` : a.page);
  if (a.url) parts.push(a.url);
  return parts.join(", ");
}
function annotationsOf(index, document) {
  const own = index.input.annotations.filter((a) => a.annotation.document === document);
  const placed = own.filter((a) => a.anchor !== null).sort((x, y) => x.anchor.start - y.anchor.start || y.anchor.end - x.anchor.end);
  return [...placed, ...own.filter((a) => a.anchor === null)];
}
function annotatedText(index, placed) {
  const doc = index.input.documents.find((d) => d.record.id === placed.annotation.document);
  if (placed.anchor && doc) return doc.text.slice(placed.anchor.start, placed.anchor.end);
  return placed.annotation.target.selector[1].exact;
}
function excerpt(text, max = 160) {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

// annotations/export/escape.ts
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
var escapeXml = escapeHtml;
function stripInvalidXmlChars(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;
function escapeMarkdown(text) {
  return stripInvalidXmlChars(text).replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(MARKDOWN_SPECIAL, (c) => c === ">" ? "&gt;" : `\\${c}`);
}
var FORMULA_START = /^[=+\-@\t\r]/;
function neutraliseFormula(value) {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
function isWebUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

// annotations/export/html-inline.ts
function fragmentId(prefix, id) {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0).toString(16)}`)}`;
}
function inlineHtml(piece) {
  if (typeof piece === "string") return escapeHtml(piece);
  if ("strong" in piece) return `<strong>${escapeHtml(piece.strong)}</strong>`;
  if ("quote" in piece) return `<q>${escapeHtml(piece.quote)}</q>`;
  if ("url" in piece) {
    return isWebUrl(piece.url) ? `<a href="${escapeHtml(piece.url)}" rel="noopener noreferrer nofollow">${escapeHtml(piece.text)}</a>` : escapeHtml(piece.text);
  }
  const target = piece.ref === "note" ? fragmentId("note", piece.id) : fragmentId("cluster", piece.id);
  return `<a href="#${target}">${piece.ref === "note" ? `<q>${escapeHtml(piece.text)}</q>` : escapeHtml(piece.text)}</a>`;
}
function paragraphsHtml(paragraphs) {
  return paragraphs.map((p) => `<p>${p.map(inlineHtml).join("")}</p>`).join("");
}

// annotations/export/note-content.ts
var KIND_LABEL = {
  claim: "Claim",
  quote: "Quoted source",
  crossref: "Cross-reference",
  note: "Discrepancy note"
};
function kindLabel(kind) {
  return KIND_LABEL[kind];
}
function clusterNumber(index, id) {
  const at = index.apparatus.findIndex((c) => c.id === id);
  return at === -1 ? null : `C${at + 1}`;
}
function noteContent(index, placed) {
  const a = placed.annotation;
  const paragraphs = [];
  let flagged = false;
  if (placed.anchor === null) {
    paragraphs.push(["Orphaned: this passage is no longer found in the document. It was made on ", { quote: excerpt(a.target.selector[1].exact, 200) }, "."]);
  }
  switch (a.kind) {
    case "claim": {
      if (a.body.text) paragraphs.push([a.body.text]);
      for (const cited of a.body.cites) paragraphs.push(citation(index, cited));
      if (a.body.cites.length === 0) paragraphs.push(["Cites no quoted source."]);
      const flag = index.flagOf(a.id);
      if (flag?.flagged) {
        flagged = true;
        const clusters = flag.clusters.flatMap((id) => {
          const n = clusterNumber(index, id);
          return n ? [{ ref: "cluster", id, text: n }, " "] : [];
        });
        paragraphs.push([
          { strong: "Flagged:" },
          ` a cited quote reads differently in another document (${flag.discrepancies.length} ${flag.discrepancies.length === 1 ? "difference" : "differences"} at or above ${index.input.threshold}). Apparatus: `,
          ...clusters
        ]);
      }
      break;
    }
    case "quote": {
      const source = describeAttribution(a.body.attribution);
      paragraphs.push(source ? attributionInline(a.body.attribution.url, source) : ["No attribution recorded."]);
      if (a.body.translated) paragraphs.push(["A translation of the original."]);
      break;
    }
    case "crossref": {
      const to = a.body.to;
      const where = [];
      if (to && "annotation" in to) {
        const target = index.annotationById.get(to.annotation);
        where.push(target ? { ref: "note", id: to.annotation, text: `${kindLabel(target.annotation.kind).toLowerCase()} in ${index.documentTitle(target.annotation.document)}` } : `annotation ${to.annotation} (no longer in the project)`);
      } else if (to) {
        const doc = index.input.documents.find((d) => d.record.id === to.document);
        where.push(`${index.documentTitle(to.document)}, characters ${to.start}\u2013${to.end}`);
        if (doc) where.push(": ", { quote: excerpt(doc.text.slice(to.start, to.end)) });
      }
      paragraphs.push([{ strong: a.body.relation.replace("-", " ") }, where.length ? " \u2192 " : "", ...where]);
      if (a.body.note) paragraphs.push([a.body.note]);
      break;
    }
    case "note": {
      const about = a.body.discrepancy ? index.discrepancyById.get(a.body.discrepancy) : void 0;
      paragraphs.push([{ strong: `Status: ${a.body.status}.` }, about ? ` On the ${about.severity} ${about.kind} difference \u201C${about.a.text || "\u2014"}\u201D / \u201C${about.b.text || "\u2014"}\u201D.` : ""]);
      if (a.body.text) paragraphs.push([a.body.text]);
      break;
    }
  }
  if (a.tags.length > 0) paragraphs.push([`Tags: ${a.tags.join(", ")}.`]);
  return { kind: a.kind, label: kindLabel(a.kind), flagged, paragraphs };
}
function citation(index, id) {
  const cited = index.annotationById.get(id);
  if (!cited || cited.annotation.kind !== "quote") return [`Cites ${id} (no longer in the project).`];
  const source = describeAttribution(cited.annotation.body.attribution);
  const text = index.inScope.has(cited.annotation.document) ? { ref: "note", id, text: excerpt(annotatedText(index, cited), 120) } : { quote: excerpt(annotatedText(index, cited), 120) };
  return ["Cites ", text, ` (${index.documentTitle(cited.annotation.document)})`, ...source ? ["; ", ...attributionInline(cited.annotation.body.attribution.url, source)] : [], "."];
}
function attributionInline(url, source) {
  if (!url) return [source];
  const rest = source.slice(0, Math.max(0, source.length - url.length)).replace(/, $/, "");
  return [...rest ? [rest, ", "] : [], { url, text: url }];
}

// annotations/export/html-apparatus.ts
function apparatusHtml(index) {
  const body = index.apparatus.length ? index.apparatus.map((c) => clusterHtml(index, c)).join("\n") : '<p class="empty">No flagged claim and no reviewed discrepancy in this edition, so there is no apparatus.</p>';
  return `<section class="apparatus" id="apparatus" aria-labelledby="apparatus-heading">
<h2 id="apparatus-heading">Apparatus</h2>
<p class="lead">Each quote cluster below gathers the places that quote one source passage. The witnesses are shown side by side; every difference is marked by kind and severity, and the table lists every reading with the witnesses that read it.</p>
${body}
</section>`;
}
function clusterHtml(index, cluster) {
  const n = clusterNumber(index, cluster.id) ?? "";
  const source = describeAttribution(cluster.source) || "source not identified";
  const claims = index.input.annotations.filter(
    (a) => a.annotation.kind === "claim" && index.flagOf(a.annotation.id)?.clusters.includes(cluster.id) && index.inScope.has(a.annotation.document)
  );
  const citedBy = claims.length ? ` Cited by ${claims.map((c) => `the claim <a href="#${fragmentId("note", c.annotation.id)}"><q>${escapeHtml(excerpt(annotatedText(index, c), 60))}</q></a> (${escapeHtml(index.documentTitle(c.annotation.document))})`).join("; ")}.` : "";
  const { major, minor } = splitBySeverity(cluster.variants, index.input.threshold);
  const minorTable = minor.length ? `<details class="minor-variants"><summary>${minor.length} lesser ${minor.length === 1 ? "difference" : "differences"} (below ${escapeHtml(index.input.threshold)})</summary>${variantTable(index, cluster, minor)}</details>` : "";
  return `<section class="cluster" id="${fragmentId("cluster", cluster.id)}" aria-labelledby="${fragmentId("cluster-h", cluster.id)}">
<h3 id="${fragmentId("cluster-h", cluster.id)}"><span class="siglum">${n}</span> ${escapeHtml(source)} <span class="cluster-kind">${escapeHtml(cluster.kind)}</span></h3>
<p class="cluster-meta">${cluster.witnesses.length} witnesses, ${cluster.variants.length} variant ${cluster.variants.length === 1 ? "location" : "locations"}.${citedBy}</p>
<div class="witnesses">${cluster.witnesses.map((w) => witnessHtml(index, cluster, w)).join("")}</div>
${major.length ? variantTable(index, cluster, major) : '<p class="empty">No difference at or above the threshold.</p>'}
${minorTable}
</section>`;
}
var WHOLE_PASSAGE_KINDS = /* @__PURE__ */ new Set(["attribution", "translation"]);
function witnessHtml(index, cluster, w) {
  const marks = [];
  for (const v of cluster.variants) {
    if (WHOLE_PASSAGE_KINDS.has(v.kind)) continue;
    for (const r of v.readings) {
      for (const rw of r.witnesses) {
        if (rw.witness === w.id && rw.start >= w.start && rw.end <= w.end) marks.push({ start: rw.start - w.start, end: rw.end - w.start, variant: v });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out += escapeHtml(w.text.slice(at, m.start));
    const label = `${m.variant.kind}, ${m.variant.severity}`;
    const cls = `v sev-${m.variant.severity} kind-${m.variant.kind}`;
    out += m.end === m.start ? `<span class="${cls} gap" title="${escapeHtml(label)}: words missing here">\u2038</span>` : `<mark class="${cls}" title="${escapeHtml(label)}">${escapeHtml(w.text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  out += escapeHtml(w.text.slice(at));
  const attribution = describeAttribution(w.attribution);
  return `<figure class="witness" id="${fragmentId("witness", w.id)}">
<figcaption><span class="siglum">${escapeHtml(index.siglum(w.id))}</span> ${escapeHtml(index.documentTitle(w.document))}<span class="offsets">, characters ${w.start}\u2013${w.end}</span>${attribution ? `<br><span class="attribution">${escapeHtml(attribution)}</span>` : ""}</figcaption>
<blockquote class="witness-text">${out}</blockquote>
</figure>`;
}
function variantTable(index, cluster, variants) {
  const rows = variants.map((v) => {
    const readings = v.readings.map((r) => `<li><span class="reading">${r.text ? escapeHtml(r.text) : "<em>(lacks the words)</em>"}</span> <span class="wits">${r.witnesses.map((rw) => escapeHtml(index.siglum(rw.witness))).join(" ")}</span></li>`).join("");
    const outside = v.outside?.length ? `<li class="outside"><em>not in excerpt</em> <span class="wits">${v.outside.map((id) => escapeHtml(index.siglum(id))).join(" ")}</span></li>` : "";
    const reviews = index.reviewsOfVariant(v.id);
    const review = reviews.length ? reviews.map((n) => `<p class="review status-${escapeHtml(n.body.status)}"><strong>${escapeHtml(n.body.status)}</strong>${n.body.text ? `: ${escapeHtml(n.body.text)}` : ""} <span class="who">(${escapeHtml(n.creator)}, ${escapeHtml(n.modified.slice(0, 10))})</span></p>`).join("") : '<p class="review status-none">not reviewed</p>';
    const explanation = (index.discrepanciesOfVariant.get(v.id) ?? [])[0]?.explanation ?? "";
    return `<tr class="sev-${v.severity}" id="${fragmentId("variant", v.id)}"><td><span class="badge kind-${v.kind}">${escapeHtml(v.kind)}</span> <span class="badge sev-${v.severity}">${escapeHtml(v.severity)}</span>${explanation ? `<br><span class="explanation">${escapeHtml(explanation)}</span>` : ""}</td><td><ul class="readings">${readings}${outside}</ul></td><td>${review}</td></tr>`;
  });
  return `<div class="table-scroll"><table class="variants"><caption class="visually-hidden">Variant locations of cluster ${escapeHtml(clusterNumber(index, cluster.id) ?? cluster.id)}</caption>
<thead><tr><th scope="col">Difference</th><th scope="col">Readings (witnesses)</th><th scope="col">Review</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table></div>`;
}

// annotations/export/html-style.ts
var EDITION_CSS = `
:root{--ink:#1d1d1f;--muted:#5b5b66;--rule:#d9d9e0;--paper:#fff;--claim:#fff1c2;--quote:#dcefff;--crossref:#e4f5e1;--note:#f7e1f0;--critical:#b00020;--major:#b35900;--minor:#586069;--info:#8a8f98}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.05rem/1.6 Georgia,"Times New Roman",serif}
header.edition-head,main,footer.edition-foot{max-width:54rem;margin:0 auto;padding:0 1rem}
header.edition-head{padding-top:1.5rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.8rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.4rem;margin:2.2rem 0 .6rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.15rem;margin:1.6rem 0 .4rem}
.subtitle,.doc-meta,.cluster-meta,.lead,.who,.offsets{color:var(--muted);font-size:.9rem}
nav.toc ol{padding-left:1.2rem;margin:.3rem 0 1rem}
.text p{margin:0 0 .7rem}
.text h3{font-size:1.1rem}
mark.a{background:none;padding:0 .05em;border-bottom:2px solid #999}
mark.k-claim{background:var(--claim);border-bottom-color:#e0a800}
mark.k-quote{background:var(--quote);border-bottom-color:#3d8bd9}
mark.k-crossref{background:var(--crossref);border-bottom-color:#3c9a3c}
mark.k-note{background:var(--note);border-bottom-color:#b0479a}
mark.flagged{outline:2px solid var(--critical);outline-offset:1px}
sup.ref{font-size:.72em;line-height:0;font-family:system-ui,sans-serif}
sup.ref a{text-decoration:none;padding:0 .1em}
.notes{border-top:1px solid var(--rule);margin-top:1.5rem;font-size:.93rem}
.notes ol{padding-left:2.2rem}
.notes li{margin:.4rem 0 .8rem;break-inside:avoid}
.notes li p{margin:.15rem 0}
.kind{font-family:system-ui,sans-serif;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.flag{color:var(--critical);font-weight:bold}
.back{font-family:system-ui,sans-serif;text-decoration:none;margin-left:.3rem}
.witnesses{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem;margin:.6rem 0}
figure.witness{margin:0;border:1px solid var(--rule);border-radius:4px;padding:.5rem .7rem;break-inside:avoid}
figcaption{font-family:system-ui,sans-serif;font-size:.82rem;color:var(--muted);margin-bottom:.3rem}
.siglum{font-family:system-ui,sans-serif;font-weight:bold;color:var(--ink)}
blockquote.witness-text{margin:0;font-size:.95rem;overflow-wrap:anywhere}
mark.v{background:#fff3b0;border-bottom:2px solid var(--minor)}
mark.sev-critical,.gap.sev-critical{background:#ffd6dc;border-bottom-color:var(--critical)}
mark.sev-major,.gap.sev-major{background:#ffe6c7;border-bottom-color:var(--major)}
mark.sev-info{background:#f0f0f3;border-bottom-color:var(--info)}
.gap{color:var(--critical);font-weight:bold;padding:0 .1em}
.table-scroll{overflow-x:auto}
table.variants{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
table.variants th,table.variants td{border-top:1px solid var(--rule);padding:.35rem .4rem;text-align:left;vertical-align:top}
tr{break-inside:avoid}
.badge{display:inline-block;font-family:system-ui,sans-serif;font-size:.75rem;border-radius:3px;padding:0 .35em;border:1px solid currentColor}
.badge.sev-critical{color:var(--critical)}.badge.sev-major{color:var(--major)}.badge.sev-minor{color:var(--minor)}.badge.sev-info{color:var(--info)}
.explanation{color:var(--muted);font-size:.85rem}
ul.readings{list-style:none;margin:0;padding:0}
ul.readings li{margin:.1rem 0}
.reading{background:#f6f6f8;padding:0 .2em}
.wits{font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted)}
.review{margin:0}
.status-confirmed strong{color:var(--critical)}.status-dismissed strong,.status-resolved strong{color:#2f7d32}
.status-none{color:var(--muted);font-style:italic}
.cluster-kind{font-family:system-ui,sans-serif;font-size:.75rem;color:var(--muted);text-transform:uppercase}
.empty{color:var(--muted);font-style:italic}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
footer.edition-foot{border-top:1px solid var(--rule);margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
@media (max-width:36rem){body{font-size:1rem}h1{font-size:1.5rem}.notes ol{padding-left:1.6rem}}
@media print{
  body{font-size:10.5pt;line-height:1.45}
  header.edition-head,main,footer.edition-foot{max-width:none;padding:0}
  nav.toc,.back{display:none}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid;page-break-after:avoid}
  h3{break-after:avoid}
  article.document,section.apparatus{break-before:page}
  article.document:first-of-type{break-before:auto}
  details.minor-variants{display:block}
  .table-scroll{overflow:visible}
  mark,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// annotations/export/text-layout.ts
var FULL_LINE = 60;
var CLOSES_SENTENCE = /[.!?:;"”»’)\]*]\s*$/;
var ATX_HEADING2 = /^ {0,3}(#{1,6})[ \t]+/;
function blocksOf(text) {
  const runs = [];
  const separator = /\n[ \t\u00a0\r]*\n(?:[ \t\u00a0\r]*\n)*/g;
  let at = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    runs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  runs.push({ start: at, end: text.length });
  const blocks = [];
  let open3 = null;
  for (const run of runs) {
    const trimmed = trim(text, run.start, run.end);
    if (trimmed === null) continue;
    const marker = ATX_HEADING2.exec(text.slice(trimmed.start, trimmed.end));
    const heading = marker !== null && !text.slice(trimmed.start, trimmed.end).includes("\n");
    const block = { start: trimmed.start + (heading && marker ? marker[0].length : 0), end: trimmed.end, heading };
    const continues = open3 !== null && !open3.heading && !heading && open3.end - open3.start >= FULL_LINE && !CLOSES_SENTENCE.test(text.slice(open3.start, open3.end));
    if (continues && open3) open3.end = block.end;
    else {
      open3 = block;
      blocks.push(block);
    }
  }
  return blocks;
}
function trim(text, start, end) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  return s < e ? { start: s, end: e } : null;
}
function piecesOf(block, spans, refsHere) {
  const inside = spans.filter((s) => s.start < block.end && s.end > block.start);
  const cuts = /* @__PURE__ */ new Set([block.start, block.end]);
  for (const s of inside) {
    cuts.add(Math.max(block.start, s.start));
    cuts.add(Math.min(block.end, s.end));
  }
  for (const at of refsHere.values()) if (at >= block.start && at <= block.end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    pieces.push({ start, end, covering: inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id), refs: [] });
  }
  for (const [id, at] of refsHere) {
    const piece = pieces.find((p) => p.end === at) ?? pieces[pieces.length - 1];
    piece?.refs.push(id);
  }
  return pieces;
}
function refHomes(blocks, spans) {
  const homes = /* @__PURE__ */ new Map();
  for (const s of spans) {
    let home = -1;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.start < s.end && b.end > s.start) home = i;
      else if (b.start >= s.end) break;
    }
    if (home === -1) home = Math.max(0, blocks.findLastIndex((b) => b.end <= s.start));
    const block = blocks[home];
    if (!block) continue;
    const at = Math.min(Math.max(s.end, block.start), block.end);
    const map = homes.get(home) ?? /* @__PURE__ */ new Map();
    map.set(s.id, at);
    homes.set(home, map);
  }
  return homes;
}

// annotations/export/html-edition.ts
var EDITION_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function toHtmlEdition(input) {
  const index = indexEdition(input);
  const documents = input.documents.map((d) => documentHtml(index, d.record.id)).join("\n");
  const annotationCount = input.annotations.filter((a) => index.inScope.has(a.annotation.document)).length;
  const flagged = input.annotations.filter((a) => a.annotation.kind === "claim" && index.inScope.has(a.annotation.document) && index.flagOf(a.annotation.id)?.flagged).length;
  const toc = input.documents.map((d) => `<li><a href="#${fragmentId("doc", d.record.id)}">${escapeHtml(d.record.title || d.record.path)}</a></li>`).join("");
  const title = input.documents.length === 1 ? `${input.documents[0].record.title || input.documents[0].record.path} \u2014 ${input.title}` : input.title;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EDITION_CSP}">
<meta name="generator" content="Verbatim">
<title>${escapeHtml(title)}</title>
<style>${EDITION_CSS}</style>
</head>
<body>
<header class="edition-head">
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">Annotated edition: ${plural(input.documents.length, "document")}, ${plural(annotationCount, "annotation")}, ${plural(flagged, "flagged claim")}, ${plural(index.apparatus.length, "quote cluster")} in the apparatus. Generated ${escapeHtml(input.generated.slice(0, 10))}.</p>
<nav class="toc" aria-label="Contents"><ol>${toc}<li><a href="#apparatus">Apparatus</a></li></ol></nav>
</header>
<main>
${documents}
${apparatusHtml(index)}
</main>
<footer class="edition-foot"><p>Made with Verbatim. Annotated passages are highlighted (claims yellow, quoted sources blue, cross-references green, discrepancy notes pink; a red outline marks a flagged claim) and numbered; the notes follow each document. Severity of differences: critical, major, minor, info.</p></footer>
</body>
</html>
`;
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function documentHtml(index, id) {
  const doc = index.input.documents.find((d) => d.record.id === id);
  const placed = annotationsOf(index, id);
  const numbers = new Map(placed.map((p, i) => [p.annotation.id, i + 1]));
  const spans = placed.flatMap((p) => p.anchor ? [{ id: p.annotation.id, ...p.anchor }] : []);
  const blocks = blocksOf(doc.text);
  const homes = refHomes(blocks, spans);
  const kindOf = new Map(placed.map((p) => [p.annotation.id, p.annotation.kind]));
  const flagged = new Set(placed.filter((p) => p.annotation.kind === "claim" && index.flagOf(p.annotation.id)?.flagged).map((p) => p.annotation.id));
  const text = blocks.map((block, i) => {
    const inner = piecesOf(block, spans, homes.get(i) ?? /* @__PURE__ */ new Map()).map((piece) => {
      let html = escapeHtml(doc.text.slice(piece.start, piece.end));
      for (const a of piece.covering) {
        html = `<mark class="a k-${kindOf.get(a)}${flagged.has(a) ? " flagged" : ""}">${html}</mark>`;
      }
      const refs = piece.refs.map((a) => `<sup class="ref"><a href="#${fragmentId("note", a)}" id="${fragmentId("ref", a)}" aria-label="note ${numbers.get(a)}">${numbers.get(a)}</a></sup>`).join("");
      return html + refs;
    }).join("");
    return block.heading ? `<h3>${inner}</h3>` : `<p>${inner}</p>`;
  }).join("\n");
  const original = doc.record.original ? `; extracted from ${escapeHtml(doc.record.original)}` : "";
  return `<article class="document" id="${fragmentId("doc", id)}" aria-labelledby="${fragmentId("doc-h", id)}">
<h2 id="${fragmentId("doc-h", id)}">${escapeHtml(doc.record.title || doc.record.path)}</h2>
<p class="doc-meta">${escapeHtml(doc.record.path)}${original}; ${doc.text.length.toLocaleString("en")} characters; ${plural(placed.length, "annotation")}.</p>
<div class="text">
${text}
</div>
${notesHtml(index, placed)}
</article>`;
}
function notesHtml(index, placed) {
  if (placed.length === 0) return "";
  const items = placed.map((p, i) => {
    const note = noteContent(index, p);
    const back = p.anchor ? `<a class="back" href="#${fragmentId("ref", p.annotation.id)}" aria-label="back to the text">\u21A9</a>` : "";
    return `<li id="${fragmentId("note", p.annotation.id)}" value="${i + 1}"><span class="kind">${escapeHtml(note.label)}</span>${note.flagged ? ' <span class="flag">\u2691 flagged</span>' : ""}${back}${paragraphsHtml(note.paragraphs)}</li>`;
  });
  return `<section class="notes" aria-label="Notes"><h3>Notes</h3><ol>${items.join("\n")}</ol></section>`;
}

// annotations/export/markdown-edition.ts
function toMarkdownEdition(input) {
  const index = indexEdition(input);
  const parts = [`# ${escapeMarkdown(input.title)}`, "", `*Annotated edition generated by Verbatim on ${input.generated.slice(0, 10)}.*`, ""];
  let footnote = 0;
  for (const doc of input.documents) {
    const { text, notes, next } = documentMarkdown(index, doc.record.id, footnote);
    footnote = next;
    parts.push(`## ${escapeMarkdown(doc.record.title || doc.record.path)}`, "", `*${escapeMarkdown(doc.record.path)}*`, "", text, "", ...notes, "");
  }
  parts.push("## Apparatus", "");
  if (index.apparatus.length === 0) parts.push("*No flagged claim and no reviewed discrepancy in this edition.*", "");
  for (const cluster of index.apparatus) parts.push(...clusterMarkdown(index, cluster));
  return `${parts.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
}
function documentMarkdown(index, id, firstNote) {
  const doc = index.input.documents.find((d) => d.record.id === id);
  const placed = annotationsOf(index, id);
  const numbers = new Map(placed.map((p, i) => [p.annotation.id, firstNote + i + 1]));
  const spans = placed.flatMap((p) => p.anchor ? [{ id: p.annotation.id, ...p.anchor }] : []);
  const blocks = blocksOf(doc.text);
  const homes = refHomes(blocks, spans);
  const paragraphs = blocks.map((block, i) => {
    const inner = piecesOf(block, spans, homes.get(i) ?? /* @__PURE__ */ new Map()).map((piece) => {
      const text = escapeMarkdown(doc.text.slice(piece.start, piece.end));
      return text + piece.refs.map((a) => `[^${numbers.get(a)}]`).join("");
    }).join("");
    return block.heading ? `### ${inner}` : inner;
  });
  const orphans = placed.filter((p) => p.anchor === null);
  if (orphans.length) paragraphs.push(`*Orphaned annotations:* ${orphans.map((p) => `[^${numbers.get(p.annotation.id)}]`).join(" ")}`);
  const notes = placed.map((p) => {
    const note = noteContent(index, p);
    const body = note.paragraphs.map((para) => para.map(inlineMarkdown).join("")).join(" ");
    return `[^${numbers.get(p.annotation.id)}]: **${note.label}${note.flagged ? " (flagged)" : ""}.** ${body}`;
  });
  return { text: paragraphs.join("\n\n"), notes, next: firstNote + placed.length };
}
function inlineMarkdown(piece) {
  if (typeof piece === "string") return escapeMarkdown(piece);
  if ("strong" in piece) return `**${escapeMarkdown(piece.strong)}**`;
  if ("quote" in piece) return `\u201C${escapeMarkdown(piece.quote)}\u201D`;
  if ("url" in piece) return isWebUrl(piece.url) ? `<${new URL(piece.url).href.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(piece.text);
  return piece.ref === "note" ? `\u201C${escapeMarkdown(piece.text)}\u201D` : `cluster ${escapeMarkdown(piece.text)}`;
}
function clusterMarkdown(index, cluster) {
  const lines = [`### ${clusterNumber(index, cluster.id)}: ${escapeMarkdown(describeAttribution(cluster.source) || "source not identified")} (${cluster.kind})`, ""];
  lines.push("Witnesses:", "");
  for (const w of cluster.witnesses) {
    const attribution = describeAttribution(w.attribution);
    lines.push(`- **${index.siglum(w.id)}** ${escapeMarkdown(index.documentTitle(w.document))}, characters ${w.start}\u2013${w.end}${attribution ? ` (${escapeMarkdown(attribution)})` : ""}: \u201C${escapeMarkdown(w.text)}\u201D`);
  }
  const { major, minor } = splitBySeverity(cluster.variants, index.input.threshold);
  lines.push("", "Differences:", "");
  for (const v of [...major, ...minor]) {
    const readings = v.readings.map((r) => `\u201C${r.text ? escapeMarkdown(r.text) : "(lacks the words)"}\u201D ${r.witnesses.map((rw) => index.siglum(rw.witness)).join(" ")}`).join(" / ");
    const reviews = index.reviewsOfVariant(v.id).map((n) => `${n.body.status}${n.body.text ? `: ${escapeMarkdown(n.body.text)}` : ""}`);
    lines.push(`- **${v.kind}, ${v.severity}**: ${readings}${reviews.length ? `. Review: ${reviews.join("; ")}` : ""}`);
  }
  lines.push("");
  return lines;
}

// annotations/export/web-annotation.ts
var ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
var VERBATIM_VOCAB = "urn:verbatim:vocab#";
var VERBATIM_CONTEXT = {
  verbatim: VERBATIM_VOCAB,
  "verbatim:record": { "@id": `${VERBATIM_VOCAB}record`, "@type": "@json" },
  "verbatim:kind": { "@id": `${VERBATIM_VOCAB}kind` },
  "verbatim:document": { "@id": `${VERBATIM_VOCAB}document` },
  "verbatim:path": { "@id": `${VERBATIM_VOCAB}path` },
  "verbatim:discrepancy": { "@id": `${VERBATIM_VOCAB}discrepancy` },
  "verbatim:status": { "@id": `${VERBATIM_VOCAB}status` }
};
function motivationOf(annotation) {
  switch (annotation.kind) {
    case "claim":
      return "commenting";
    case "quote":
      return "highlighting";
    case "crossref":
      return "linking";
    case "note":
      return annotation.body.status === "open" ? "questioning" : "assessing";
  }
}
function documentIri(id) {
  return `urn:verbatim:document:${encodeURIComponent(id)}`;
}
function annotationIri(id) {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(id) ? id : `urn:verbatim:annotation:${encodeURIComponent(id)}`;
}
function toWebAnnotationCollection(input) {
  const index = indexEdition(input);
  const items = input.annotations.filter((a) => index.inScope.has(a.annotation.document)).map((a) => toWebAnnotation(index, a.annotation));
  const collection = {
    "@context": [ANNO_CONTEXT, VERBATIM_CONTEXT],
    id: `urn:verbatim:collection:${encodeURIComponent(input.title)}:${input.generated}`,
    type: "AnnotationCollection",
    label: input.title,
    total: items.length,
    generated: input.generated,
    generator: { id: "urn:verbatim:software", type: "Software", name: "Verbatim" },
    first: { id: `urn:verbatim:collection:${encodeURIComponent(input.title)}:${input.generated}:page1`, type: "AnnotationPage", startIndex: 0, items }
  };
  return `${JSON.stringify(collection, null, 2)}
`;
}
function toWebAnnotation(index, a) {
  const [position, quote] = a.target.selector;
  const record = index.input.allDocuments.find((d) => d.id === a.document);
  return {
    id: annotationIri(a.id),
    type: "Annotation",
    motivation: motivationOf(a),
    created: a.created,
    modified: a.modified,
    creator: { type: "Person", name: a.creator },
    ...bodiesOf(index, a),
    target: {
      type: "SpecificResource",
      source: documentIri(a.document),
      selector: [
        { type: "TextPositionSelector", start: position.start, end: position.end },
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }
      ]
    },
    "verbatim:kind": a.kind,
    "verbatim:document": a.document,
    ...record ? { "verbatim:path": record.path } : {},
    "verbatim:record": a
  };
}
function bodiesOf(index, a) {
  const bodies = [];
  const text = (value, purpose) => bodies.push({ type: "TextualBody", value, format: "text/plain", purpose });
  switch (a.kind) {
    case "claim":
      if (a.body.text) text(a.body.text, "commenting");
      for (const cited of a.body.cites) bodies.push({ id: annotationIri(cited), type: "SpecificResource", purpose: "linking" });
      break;
    case "quote": {
      const source = describeAttribution(a.body.attribution);
      if (source) text(`Quoted from ${source}${a.body.translated ? " (translated)" : ""}`, "describing");
      if (a.body.attribution.url) bodies.push({ id: a.body.attribution.url, purpose: "identifying" });
      break;
    }
    case "crossref": {
      const to = a.body.to;
      if (to && "annotation" in to) bodies.push({ id: annotationIri(to.annotation), type: "SpecificResource", purpose: "linking" });
      else if (to) {
        bodies.push({ type: "SpecificResource", source: documentIri(to.document), purpose: "linking", selector: { type: "TextPositionSelector", start: to.start, end: to.end } });
      }
      text(a.body.note ? `${a.body.relation}: ${a.body.note}` : a.body.relation, "commenting");
      break;
    }
    case "note": {
      const about = a.body.discrepancy ? index.discrepancyById.get(a.body.discrepancy) : void 0;
      const what = about ? ` (${about.severity} ${about.kind}: ${about.explanation})` : "";
      text(`${a.body.status}${what}${a.body.text ? `: ${a.body.text}` : ""}`, a.body.status === "open" ? "questioning" : "assessing");
      break;
    }
  }
  for (const tag of a.tags) text(tag, "tagging");
  return bodies.length ? { body: bodies } : {};
}

// annotations/export/tei-export.ts
var TEI_NS = "http://www.tei-c.org/ns/1.0";
function teiId(prefix, id) {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.codePointAt(0).toString(16)}_`)}`;
}
function toTei(input) {
  const index = indexEdition(input);
  const clusters = input.report.clusters.filter((c) => c.witnesses.some((w) => index.inScope.has(w.document)));
  const witnesses = clusters.flatMap(
    (c) => c.witnesses.map((w) => {
      const attribution = describeAttribution(w.attribution);
      return `<witness xml:id="${teiId("wit", w.id)}" n="${escapeXml(index.siglum(w.id))}" corresp="#${teiId("doc", w.document)}">${escapeXml(index.documentTitle(w.document))}, characters ${w.start}\u2013${w.end}${attribution ? `; ${escapeXml(attribution)}` : ""}</witness>`;
    })
  );
  const date = input.generated.slice(0, 10);
  return `<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="${TEI_NS}">
<teiHeader>
<fileDesc>
<titleStmt><title>${escapeXml(input.title)}</title></titleStmt>
<publicationStmt><p>Exported from Verbatim on <date when="${escapeXml(date)}">${escapeXml(date)}</date>.</p></publicationStmt>
<sourceDesc>${witnesses.length ? `<listWit>
${witnesses.join("\n")}
</listWit>` : "<p>No quote clusters.</p>"}</sourceDesc>
</fileDesc>
<encodingDesc>
<variantEncoding method="parallel-segmentation" location="internal"/>
<p>Annotations point into each document's text with string-range(id, offset, length); offsets and lengths count Unicode code points of the text of the ab element named.</p>
</encodingDesc>
</teiHeader>
${input.documents.map((d) => documentTei(index, d.record.id)).join("\n")}
${apparatusTei(index, clusters)}
</teiCorpus>
`;
}
function header(title, source) {
  return `<teiHeader><fileDesc><titleStmt><title>${escapeXml(title)}</title></titleStmt><publicationStmt><p>Part of a Verbatim export.</p></publicationStmt><sourceDesc><p>${source}</p></sourceDesc></fileDesc></teiHeader>`;
}
function documentTei(index, id) {
  const doc = index.input.documents.find((d) => d.record.id === id);
  const toPoints = codePointOffsets(doc.text);
  const textId = teiId("text", id);
  const annotations = index.input.annotations.filter((a) => a.annotation.document === id).map(({ annotation, anchor: anchor2 }) => {
    const span2 = anchor2 ?? null;
    const target = span2 ? `#string-range(${textId},${toPoints(span2.start)},${toPoints(span2.end) - toPoints(span2.start)})` : `#${textId}`;
    return annotationTei(annotation, target, span2 === null);
  });
  const source = `${escapeXml(doc.record.path)}${doc.record.original ? `, extracted from ${escapeXml(doc.record.original)}` : ""}; SHA-256 ${escapeXml(doc.record.sha256)}`;
  return `<TEI xml:id="${teiId("doc", id)}">
${header(doc.record.title || doc.record.path, source)}
<text><body><ab xml:id="${textId}" xml:space="preserve">${escapeXml(doc.text)}</ab></body></text>
<standOff><listAnnotation>
${annotations.join("\n")}
</listAnnotation></standOff>
</TEI>`;
}
function annotationTei(a, target, orphan) {
  const parts = [`<respStmt><resp>annotator</resp><name>${escapeXml(a.creator)}</name></respStmt>`];
  const note = (type, text) => parts.push(`<note type="${type}">${escapeXml(text)}</note>`);
  if (orphan) note("orphaned", `Not found in the current text; made on: ${a.target.selector[1].exact}`);
  switch (a.kind) {
    case "claim":
      if (a.body.text) note("claim", a.body.text);
      for (const cited of a.body.cites) parts.push(`<ptr type="cites" target="#${teiId("ann", cited)}"/>`);
      break;
    case "quote": {
      const source = describeAttribution(a.body.attribution);
      if (source) note("attribution", source);
      if (a.body.translated) note("translated", "A translation of the original.");
      break;
    }
    case "crossref": {
      const to = a.body.to;
      if (to && "annotation" in to) parts.push(`<ptr type="${escapeXml(a.body.relation)}" target="#${teiId("ann", to.annotation)}"/>`);
      else if (to) parts.push(`<ptr type="${escapeXml(a.body.relation)}" target="#${teiId("doc", to.document)}"/><note type="span">characters ${to.start}\u2013${to.end}</note>`);
      if (a.body.note) note("crossref", a.body.note);
      break;
    }
    case "note":
      parts.push(`<note type="review" subtype="${escapeXml(a.body.status)}"${a.body.discrepancy ? ` n="${escapeXml(a.body.discrepancy)}"` : ""}>${escapeXml(a.body.text)}</note>`);
      break;
  }
  const tags = a.tags.length ? ` ana="${escapeXml(a.tags.map((t) => `#tag-${t.replace(/\s+/g, "_")}`).join(" "))}"` : "";
  return `<annotation xml:id="${teiId("ann", a.id)}" type="${a.kind}" motivation="${motivationOf(a)}" target="${escapeXml(target)}"${tags}>${parts.join("")}</annotation>`;
}
function apparatusTei(index, clusters) {
  const divs = clusters.map((c) => clusterTei(index, c));
  return `<TEI xml:id="apparatus">
${header("Quote clusters", "The critical apparatus of the quote clusters Verbatim found; witnesses are listed in the corpus header.")}
<text><body>
${divs.length ? divs.join("\n") : "<p>No quote clusters.</p>"}
</body></text>
</TEI>`;
}
function clusterTei(index, cluster) {
  const base2 = cluster.witnesses[0];
  const inline = [];
  const elsewhere = [];
  const candidates2 = cluster.variants.map((v) => ({ v, r: v.readings.flatMap((r) => r.witnesses).find((rw) => rw.witness === base2.id) })).sort((p, q) => (p.r?.start ?? Infinity) - (q.r?.start ?? Infinity));
  let at = base2.start;
  for (const { v, r } of candidates2) {
    if (r && r.start >= at && r.end <= base2.end) {
      inline.push({ start: r.start, end: r.end, variant: v });
      at = r.end;
    } else elsewhere.push(v);
  }
  let text = "";
  let cursor = base2.start;
  for (const item of inline) {
    text += escapeXml(base2.text.slice(cursor - base2.start, item.start - base2.start)) + appTei(index, item.variant);
    cursor = item.end;
  }
  text += escapeXml(base2.text.slice(cursor - base2.start));
  const source = describeAttribution(cluster.source) || "source not identified";
  const rest = elsewhere.length ? `
<listApp type="outside-base">
${elsewhere.map((v) => appTei(index, v)).join("\n")}
</listApp>` : "";
  return `<div type="cluster" subtype="${escapeXml(cluster.kind)}" xml:id="${teiId("cluster", cluster.id)}">
<head>${escapeXml(source)}</head>
<p corresp="#${teiId("wit", base2.id)}">${text}</p>${rest}
</div>`;
}
function appTei(index, v) {
  const readings = v.readings.map((r) => {
    const wit = r.witnesses.map((rw) => `#${teiId("wit", rw.witness)}`).join(" ");
    return r.text ? `<rdg wit="${wit}">${escapeXml(r.text)}</rdg>` : `<rdg wit="${wit}"/>`;
  });
  const outside = (v.outside ?? []).map((w) => `<witDetail wit="#${teiId("wit", w)}" type="outside">The excerpt does not reach this place.</witDetail>`);
  const reviews = index.reviewsOfVariant(v.id).map((n) => `<note type="review" subtype="${escapeXml(n.body.status)}" resp="${escapeXml(`#${teiId("ann", n.id)}`)}">${escapeXml(n.body.text)}</note>`);
  return `<app xml:id="${teiId("app", v.id)}" type="${escapeXml(v.kind)}" subtype="${escapeXml(v.severity)}">${[...readings, ...outside, ...reviews].join("")}</app>`;
}
function codePointOffsets(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const points = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 56320 && c <= 57343 && i > 0 && text.charCodeAt(i - 1) >= 55296 && text.charCodeAt(i - 1) <= 56319)) n += 1;
  }
  points[text.length] = n;
  return (i) => points[i] ?? n;
}

// annotations/export/csv-export.ts
import { stringify } from "csv-stringify/sync";
var CSV_COLUMNS = [
  "cluster",
  "cluster kind",
  "variant",
  "discrepancy",
  "kind",
  "severity",
  "document a",
  "start a",
  "end a",
  "text a",
  "document b",
  "start b",
  "end b",
  "text b",
  "explanation",
  "review status",
  "note"
];
function toDiscrepancyCsv(input) {
  const index = indexEdition(input);
  const rows = [[...CSV_COLUMNS]];
  for (const x of input.report.discrepancies) {
    if (!index.inScope.has(x.a.document) && !index.inScope.has(x.b.document)) continue;
    const cluster = index.clusterById.get(x.cluster);
    const review = index.reviewOf(x.id);
    rows.push([
      x.cluster,
      cluster?.kind ?? "",
      x.variant,
      x.id,
      x.kind,
      x.severity,
      index.documentTitle(x.a.document),
      x.a.start,
      x.a.end,
      x.a.text,
      index.documentTitle(x.b.document),
      x.b.start,
      x.b.end,
      x.b.text,
      x.explanation,
      review?.body.status ?? "unreviewed",
      review?.body.text ?? ""
    ]);
  }
  const safe = rows.map((row2) => row2.map((cell) => typeof cell === "number" ? cell : neutraliseFormula(cell)));
  return `\uFEFF${stringify(safe, { record_delimiter: "\r\n", quoted_match: /^\s|\s$/ })}`;
}

// annotations/import/web-annotation-import.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asArray = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [v];
function annotationsOfFile(json) {
  const out = [];
  const visit = (node, depth) => {
    if (depth > 64) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObject2(node)) return;
    const types = asArray(node["type"] ?? node["@type"]).map(String);
    if (types.includes("Annotation") || types.includes("oa:Annotation")) out.push(node);
    else if (types.includes("AnnotationCollection")) {
      visit(node["first"], depth + 1);
    } else if (types.includes("AnnotationPage")) {
      visit(node["items"], depth + 1);
      if (isObject2(node["next"])) visit(node["next"], depth + 1);
    } else if (Array.isArray(node["@graph"])) visit(node["@graph"], depth + 1);
  };
  visit(json, 0);
  if (out.length === 0 && !(isObject2(json) && asArray(json["type"]).includes("AnnotationCollection"))) {
    throw new TypeError("the file holds no W3C Web Annotation (no object of type Annotation, AnnotationPage or AnnotationCollection)");
  }
  return out;
}
function planWebAnnotationImport(json, ctx) {
  const plan = { annotations: [], added: 0, replaced: 0, unchanged: 0, kept: 0, orphans: [], warnings: [] };
  const existing = new Map(ctx.existing.map((a) => [a.id, a]));
  const incoming = /* @__PURE__ */ new Map();
  for (const item of annotationsOfFile(json)) {
    const placed = toAnnotation(item, ctx, plan);
    if (placed) incoming.set(placed.id, placed);
  }
  const kindOf = new Map([...ctx.existing.map((a) => [a.id, a.kind]), ...[...incoming.values()].map((a) => [a.id, a.kind])]);
  for (const a of incoming.values()) {
    const fixed = withValidReferences(a, kindOf, new Map(ctx.documents.map((d) => [d.record.id, d.record.length])), plan.warnings);
    const before = existing.get(a.id);
    if (before === void 0) {
      plan.added += 1;
      plan.annotations.push(fixed);
    } else if (canonicalJSON(before) === canonicalJSON(fixed)) plan.unchanged += 1;
    else if (fixed.modified > before.modified) {
      plan.replaced += 1;
      plan.annotations.push(fixed);
    } else plan.kept += 1;
  }
  return plan;
}
function toAnnotation(item, ctx, plan) {
  const own = Annotation.safeParse(item["verbatim:record"]);
  const selectors = selectorsOf(item["target"]);
  const fileId = typeof item["id"] === "string" ? item["id"] : "";
  const quoteText = selectors.quote?.exact ?? (own.success ? own.data.target.selector[1].exact : "");
  const ownDoc = own.success ? ctx.documents.find((d) => d.record.id === own.data.document) : void 0;
  if (own.success && ownDoc) {
    if (anchor(ownDoc.text, own.data.target) === null) {
      plan.orphans.push({ id: own.data.id, text: quoteText, reason: `its text is not in "${ownDoc.record.id}" as the document reads now; stored as an orphan`, stored: true });
    }
    return own.data;
  }
  const found = findPlace(item, selectors, ctx, own.success ? own.data : null);
  if (found === null) {
    plan.orphans.push({ id: fileId, text: quoteText || describeItem(item), reason: explainMissing(selectors), stored: false });
    return null;
  }
  if (own.success) return { ...own.data, document: found.document, target: found.target };
  const foreign = foreignAnnotation(item, fileId || `${(ctx.newId ?? randomUUID2)()}`, found, ctx);
  if (!foreign.success) {
    plan.orphans.push({ id: fileId, text: quoteText || describeItem(item), reason: `it does not fit Verbatim's annotation model (${describeIssues(foreign.error)}); not imported`, stored: false });
    return null;
  }
  if (found.orphan) plan.orphans.push({ id: fileId, text: quoteText, reason: `its quote is not in "${found.document}" any more; stored there as an orphan`, stored: true });
  return foreign.data;
}
function selectorsOf(target) {
  for (const t of asArray(target)) {
    if (typeof t === "string") return { source: t };
    if (!isObject2(t)) continue;
    const found = typeof t["source"] === "string" ? { source: t["source"] } : typeof t["id"] === "string" ? { source: t["id"] } : {};
    const stack = [...asArray(t["selector"])];
    while (stack.length) {
      const s = stack.shift();
      if (!isObject2(s)) continue;
      if (s["type"] === "TextQuoteSelector" && typeof s["exact"] === "string") {
        found.quote = { exact: s["exact"], prefix: typeof s["prefix"] === "string" ? s["prefix"] : "", suffix: typeof s["suffix"] === "string" ? s["suffix"] : "" };
      }
      if (s["type"] === "TextPositionSelector" && Number.isInteger(s["start"]) && Number.isInteger(s["end"])) {
        found.position = { start: s["start"], end: s["end"] };
      }
      stack.push(...asArray(s["refinedBy"]));
    }
    if (found.quote || found.position) return found;
  }
  return {};
}
function findPlace(item, s, ctx, own) {
  const named = documentNamed(item, s.source, ctx);
  let best2 = null;
  for (const candidates2 of named ? [[named], ctx.documents] : [ctx.documents]) {
    for (const doc of candidates2) {
      const at = placeIn(doc.text, s);
      if (at && (best2 === null || at.score > best2.score)) best2 = { doc, ...at };
    }
    if (best2) break;
  }
  if (best2) return { document: best2.doc.record.id, target: targetFor(best2.doc.record.id, best2.doc.text, best2.start, best2.end), orphan: false };
  if (named && s.quote) {
    const position = s.position ?? { start: 0, end: 0 };
    const target = own?.target ?? { source: named.record.id, selector: [{ type: "TextPositionSelector", start: Math.min(position.start, position.end), end: position.end }, { type: "TextQuoteSelector", ...s.quote }] };
    return { document: named.record.id, target: { ...target, source: named.record.id }, orphan: true };
  }
  return null;
}
function placeIn(text, s) {
  if (s.quote && s.quote.exact.length > 0) {
    const hint = s.position?.start ?? 0;
    const target = { source: "x", selector: [{ type: "TextPositionSelector", start: hint, end: s.position?.end ?? hint }, { type: "TextQuoteSelector", ...s.quote }] };
    const at = anchor(text, target);
    if (!at) return null;
    return { ...at, score: matchQuote(text, { type: "TextQuoteSelector", ...s.quote }, hint)?.score ?? 1 };
  }
  if (s.position && s.position.start < s.position.end && s.position.end <= text.length) return { ...s.position, score: 0 };
  return null;
}
function documentNamed(item, source, ctx) {
  const byId2 = typeof item["verbatim:document"] === "string" ? item["verbatim:document"] : void 0;
  const byPath = typeof item["verbatim:path"] === "string" ? item["verbatim:path"] : void 0;
  return ctx.documents.find((d) => {
    const r = d.record;
    if (byId2 === r.id || byPath === r.path) return true;
    if (source === void 0) return false;
    if (source === `urn:verbatim:document:${encodeURIComponent(r.id)}`) return true;
    const decoded = safeDecode(source);
    const names = [r.path, r.original].filter((n) => n !== void 0);
    return names.some((n) => decoded === n || decoded.endsWith(`/${n}`) || decoded.endsWith(`/${n.split("/").pop()}`));
  });
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function explainMissing(s) {
  if (!s.quote && !s.position) return "its target has no TextQuoteSelector or TextPositionSelector to anchor it by";
  if (!s.quote) return "it has only a position, and no document of the project is long enough for it";
  return `its quote is not found in any document of the project${s.source ? ` (its source is ${s.source})` : ""}`;
}
function describeItem(item) {
  const body = textualBodies(item).map((b) => b.value).join(" ");
  return body || (typeof item["id"] === "string" ? item["id"] : "an annotation without text");
}
function textualBodies(item) {
  const bodies = asArray(item["body"]).filter(isObject2);
  const out = bodies.flatMap((b) => typeof b["value"] === "string" ? [{ value: b["value"], purpose: typeof b["purpose"] === "string" ? b["purpose"] : "" }] : []);
  if (typeof item["bodyValue"] === "string") out.push({ value: item["bodyValue"], purpose: "" });
  return out;
}
var NOTE_MOTIVATIONS = /* @__PURE__ */ new Set(["commenting", "questioning", "assessing", "replying", "editing", "describing", "moderating"]);
function foreignAnnotation(item, id, place, ctx) {
  const motivations = [...asArray(item["motivation"]), ...asArray(item["body"]).filter(isObject2).map((b) => b["purpose"])].map(String);
  const bodies = textualBodies(item);
  const tags = bodies.filter((b) => b.purpose === "tagging").map((b) => b.value.trim()).filter(Boolean);
  const text = bodies.filter((b) => b.purpose !== "tagging").map((b) => b.value).join("\n\n");
  const base2 = { id, document: place.document, target: place.target, creator: creatorOf(item["creator"]) ?? ctx.creator, created: timeOf(item["created"]) ?? ctx.now, modified: timeOf(item["modified"]) ?? timeOf(item["created"]) ?? ctx.now, tags };
  const candidate = motivations.includes("linking") ? { ...base2, kind: "crossref", body: { relation: "see-also", note: text } } : text || motivations.some((m) => NOTE_MOTIVATIONS.has(m)) ? { ...base2, kind: "note", body: { status: "open", text } } : { ...base2, kind: "quote", body: {} };
  return Annotation.safeParse(candidate);
}
function creatorOf(value) {
  for (const c of asArray(value)) {
    if (typeof c === "string" && c.trim()) return c.trim();
    if (isObject2(c)) {
      for (const key of ["name", "nickname", "id"]) if (typeof c[key] === "string" && c[key].trim()) return c[key].trim();
    }
  }
  return void 0;
}
function timeOf(value) {
  if (typeof value !== "string") return void 0;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? void 0 : t.toISOString();
}
function withValidReferences(a, kindOf, documents, warnings) {
  if (a.kind === "claim") {
    const cites = a.body.cites.filter((c) => kindOf.get(c) === "quote");
    if (cites.length === a.body.cites.length) return a;
    warnings.push(`claim ${a.id}: dropped citations of ${a.body.cites.filter((c) => !cites.includes(c)).join(", ")}, which are not quote annotations in the project or the file`);
    return { ...a, body: { ...a.body, cites } };
  }
  if (a.kind === "crossref" && a.body.to) {
    const to = a.body.to;
    const problem = linkProblem(a.id, to, kindOf, documents);
    if (problem === null) return a;
    warnings.push(`cross-reference ${a.id}: dropped its link to ${"annotation" in to ? `annotation ${to.annotation}` : `document ${to.document}`}, ${problem}`);
    const { to: _dropped, ...body } = a.body;
    return { ...a, body };
  }
  return a;
}
function linkProblem(self, to, kindOf, documents) {
  if ("annotation" in to) {
    if (to.annotation === self) return "which is itself";
    return kindOf.has(to.annotation) ? null : "which is not in the project";
  }
  const length = documents.get(to.document);
  if (length === void 0) return "which is not in the project";
  return to.start <= to.end && to.end <= length ? null : `whose span ${to.start}..${to.end} is not inside it`;
}

// annotations/merge/merge-project.ts
var CONFLICT_TAG = "merge-conflict";
var THEIRS_SUFFIX = "~theirs";
var MergeError = class extends Error {
  name = "MergeError";
};
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var same2 = (a, b) => canonicalJSON(a) === canonicalJSON(b);
function mergeProjects(base2, ours, theirs) {
  const b = base2 === null ? {} : base2;
  for (const [name, side] of [["base", b], ["ours", ours], ["theirs", theirs]]) {
    if (!isObject3(side)) throw new MergeError(`the ${name} version is not a verbatim.json object`);
  }
  const [B, O, T] = [b, ours, theirs];
  if (O["schemaVersion"] !== T["schemaVersion"]) {
    throw new MergeError(`the two sides have different schema versions (${String(O["schemaVersion"])} and ${String(T["schemaVersion"])}); open each in the same Verbatim version first`);
  }
  const conflicts = [];
  const merged = {};
  const keys2 = /* @__PURE__ */ new Set([...Object.keys(O), ...Object.keys(T)]);
  for (const key of keys2) {
    if (key === "documents" || key === "annotations" || key === "lexicon") {
      merged[key] = mergeRecords(key, arrayOf(B[key]), arrayOf(O[key]), arrayOf(T[key]), conflicts);
    } else if (key === "settings") {
      merged[key] = mergeFields("settings", "settings", B[key], O[key], T[key], conflicts, "ours kept");
    } else {
      const value = pick3(B[key], O[key], T[key]);
      if (value.conflict) conflicts.push({ section: key, id: key, fields: [key], resolution: "ours kept" });
      if (value.value !== void 0) merged[key] = value.value;
    }
  }
  return { merged, conflicts };
}
function arrayOf(v) {
  return Array.isArray(v) ? v.filter(isObject3) : [];
}
function pick3(b, o, t) {
  if (same2(o, t)) return { value: o, conflict: false };
  if (same2(o, b)) return { value: t, conflict: false };
  if (same2(t, b)) return { value: o, conflict: false };
  return { value: o, conflict: true };
}
function keyOf(section, record) {
  if (section === "lexicon") return canonicalJSON((Array.isArray(record["variants"]) ? record["variants"] : []).map(String).sort());
  return String(record["id"]);
}
function mergeRecords(section, base2, ours, theirs, conflicts) {
  const index = (list) => new Map(list.map((r) => [keyOf(section, r), r]));
  const [B, O, T] = [index(base2), index(ours), index(theirs)];
  const out = [];
  const emit = (key, o) => {
    const b = B.get(key);
    const t = T.get(key);
    if (o !== void 0 && t !== void 0 && same2(o, t)) return void out.push(o);
    if (b === void 0) {
      if (o === void 0 || t === void 0) return void out.push(o ?? t);
      return void out.push(...bothChanged(section, key, b, o, t, conflicts));
    }
    if (o !== void 0 && same2(o, b)) return t === void 0 ? void 0 : void out.push(t);
    if (t !== void 0 && same2(t, b)) return o === void 0 ? void 0 : void out.push(o);
    if (o === void 0 && t === void 0) return void 0;
    if (o === void 0 || t === void 0) {
      const kept = o ?? t;
      conflicts.push({ section, id: key, fields: ["deleted"], resolution: `deleted on ${o === void 0 ? "our" : "their"} side and changed on the other; the changed version was kept` });
      return void out.push(kept);
    }
    out.push(...bothChanged(section, key, b, o, t, conflicts));
  };
  for (const o of ours) emit(keyOf(section, o), o);
  for (const t of theirs) {
    const key = keyOf(section, t);
    if (!O.has(key)) emit(key, void 0);
  }
  return out;
}
function bothChanged(section, key, b, o, t, conflicts) {
  const fieldConflicts = [];
  const merged = mergeObject(section, "", b ?? {}, o, t, fieldConflicts);
  if (fieldConflicts.length === 0) return [merged];
  if (section === "annotations") {
    const tag = (r) => ({ ...r, tags: [.../* @__PURE__ */ new Set([...Array.isArray(r["tags"]) ? r["tags"].map(String) : [], CONFLICT_TAG])] });
    conflicts.push({ section, id: key, fields: fieldConflicts, resolution: `both versions kept: ours as ${key}, theirs as ${key}${THEIRS_SUFFIX}, both tagged ${CONFLICT_TAG}` });
    return [tag(o), tag({ ...t, id: `${key}${THEIRS_SUFFIX}` })];
  }
  conflicts.push({ section, id: key, fields: fieldConflicts, resolution: `ours kept; theirs was ${canonicalJSON(t)}` });
  return [o];
}
var SELF_HEALING = /* @__PURE__ */ new Set(["documents.sha256", "documents.length"]);
function mergeObject(section, path, b, o, t, fieldConflicts) {
  const out = {};
  for (const key of /* @__PURE__ */ new Set([...Object.keys(o), ...Object.keys(t)])) {
    const name = path ? `${path}.${key}` : key;
    const [bv, ov, tv] = [b[key], o[key], t[key]];
    if (key === "modified" && typeof ov === "string" && typeof tv === "string") {
      out[key] = ov > tv ? ov : tv;
      continue;
    }
    if (key === "tags" && Array.isArray(ov) && Array.isArray(tv)) {
      out[key] = mergeSets(Array.isArray(bv) ? bv : [], ov, tv);
      continue;
    }
    const choice = pick3(bv, ov, tv);
    if (!choice.conflict) {
      if (choice.value !== void 0) out[key] = choice.value;
      continue;
    }
    if (isObject3(ov) && isObject3(tv) && path === "") {
      out[key] = mergeObject(section, name, isObject3(bv) ? bv : {}, ov, tv, fieldConflicts);
      continue;
    }
    if (!SELF_HEALING.has(`${section}.${name}`)) fieldConflicts.push(name);
    out[key] = ov;
  }
  return out;
}
function mergeSets(b, o, t) {
  const key = (v) => canonicalJSON(v);
  const removed = new Set(b.map(key).filter((k) => !o.map(key).includes(k) || !t.map(key).includes(k)));
  const out = /* @__PURE__ */ new Map();
  for (const v of [...o, ...t]) if (!removed.has(key(v))) out.set(key(v), v);
  return [...out.values()];
}
function mergeFields(section, id, b, o, t, conflicts, resolution) {
  if (!isObject3(o) || !isObject3(t)) {
    const choice = pick3(b, o, t);
    if (choice.conflict) conflicts.push({ section, id, fields: [id], resolution });
    return choice.value;
  }
  const fields = [];
  const merged = mergeObject(section, "", isObject3(b) ? b : {}, o, t, fields);
  if (fields.length) conflicts.push({ section, id, fields, resolution });
  return merged;
}

// shared/api/result.ts
function ok(value) {
  return { ok: true, value };
}
function fail(code, message) {
  return { ok: false, error: { code, message } };
}
var ServiceError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
  name = "ServiceError";
};

// shared/api/contract.ts
import { z as z9 } from "zod";

// shared/api/exchange.ts
import { z as z8 } from "zod";
var EXPORT_FORMATS = ["html", "pdf", "markdown", "jsonld", "tei", "csv"];
var ExportFormat = z8.enum(EXPORT_FORMATS);
var EXPORT_FORMAT_INFO = {
  html: { label: "HTML edition", extension: "html", mediaType: "text/html;charset=utf-8" },
  pdf: { label: "PDF edition", extension: "pdf", mediaType: "application/pdf" },
  markdown: { label: "Markdown with footnotes", extension: "md", mediaType: "text/markdown;charset=utf-8" },
  jsonld: { label: "W3C Web Annotation (JSON-LD)", extension: "jsonld", mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  tei: { label: "TEI P5 XML with apparatus", extension: "tei.xml", mediaType: "application/tei+xml" },
  csv: { label: "CSV of discrepancies", extension: "csv", mediaType: "text/csv;charset=utf-8" }
};
var ANNOTATION_FILE_EXTENSIONS = [".jsonld", ".json"];
function isAnnotationFile(name) {
  const lower = name.toLowerCase();
  return ANNOTATION_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

// shared/api/contract.ts
var MAX_UPLOAD_NAME_CHARS = 1024;
var Empty = z9.object({}).strict();
var Id2 = z9.object({ id: z9.string().min(1) }).strict();
var UploadedFile = z9.object({
  name: z9.string().min(1).max(MAX_UPLOAD_NAME_CHARS, `a file name has at most ${MAX_UPLOAD_NAME_CHARS} characters`),
  base64: z9.string()
}).strict();
function request() {
  return (input) => ({ input });
}
var API = {
  projectInfo: request()(Empty),
  // Not `ProjectSettings.partial()`: zod 4 still applies defaults inside `.partial()`, which would reset
  // every setting the caller did not send.
  updateSettings: request()(
    z9.object({
      threshold: Severity.optional(),
      gazetteer: Gazetteer.optional(),
      creator: Creator.optional(),
      builtinLexicon: z9.boolean().optional(),
      transliteration: TransliterationIds.optional()
    }).strict()
  ),
  /** The lexicon as it applies: the project's entries, the shipped ones (read-only) and the transliteration schemes. */
  lexicon: request()(Empty),
  /** Replaces the project's own lexicon entries. */
  setLexicon: request()(z9.object({ entries: Lexicon }).strict()),
  listDocuments: request()(Empty),
  readDocument: request()(Id2),
  addDocuments: request()(
    z9.object({ files: z9.array(UploadedFile).min(1).max(500) }).strict()
  ),
  listAnnotations: request()(z9.object({ document: z9.string().min(1).optional() }).strict()),
  createAnnotation: request()(NewAnnotation),
  updateAnnotation: request()(AnnotationPatch.strict()),
  deleteAnnotation: request()(Id2),
  runCheck: request()(z9.object({ minSeverity: Severity.optional() }).strict()),
  /** Starts a check in the background (a worker thread) and answers at once; an earlier running job is cancelled. */
  startCheck: request()(z9.object({ minSeverity: Severity.optional() }).strict()),
  checkStatus: request()(z9.object({ job: z9.string().min(1).max(100) }).strict()),
  cancelCheck: request()(z9.object({ job: z9.string().min(1).max(100) }).strict()),
  suggestQuotes: request()(z9.object({ document: z9.string().min(1).optional() }).strict()),
  /** An export of the project, or of one document, in one format (see `EXPORT_FORMATS`). */
  exportEdition: request()(z9.object({ format: ExportFormat, document: z9.string().min(1).optional() }).strict()),
  /** Imports a W3C Web Annotation JSON-LD file into the project. */
  importAnnotations: request()(z9.object({ file: UploadedFile }).strict())
};
var API_METHODS = Object.keys(API);
function isApiMethod(name) {
  return Object.prototype.hasOwnProperty.call(API, name);
}

// shared/api/dispatch.ts
async function dispatch(handlers, method, payload, logError2 = () => {
}) {
  if (!isApiMethod(method)) return fail("unknown-method", `unknown request "${method}"`);
  const parsed = API[method].input.safeParse(payload ?? {});
  if (!parsed.success) return fail("invalid-payload", `invalid ${method} request: ${describeIssues2(parsed.error)}`);
  try {
    const handler = handlers[method];
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    logError2(method, error);
    const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && /^E[A-Z]+$/.test(error.code) ? ` (${error.code})` : "";
    return fail("internal", `${method} failed because of an internal error${code}; the details are in the log`);
  }
}
function describeIssues2(error) {
  return error.issues.slice(0, 5).map((i) => i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message).join("; ");
}

// shared/engine/align/fingerprint.ts
var NGRAM_SIZE = 5;
var MAX_POSTINGS = 16;
var MAX_POSTINGS_PER_DOCUMENT = 4;
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function tokenHashes(tokens) {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = hashString(tokens[i].norm);
  return out;
}
function mix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function fingerprints(tokens, n = NGRAM_SIZE) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n-gram size must be a positive integer, got ${n}`);
  const th = tokenHashes(tokens);
  const count = Math.max(0, th.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ th[i + k], 2654435761) + k;
    out[i] = mix(h);
  }
  return out;
}
var MAX_STAR_POSTINGS = 4096;
var NgramIndex = class {
  parts = [];
  total = 0;
  maxPostings;
  maxPerDocument;
  maxStarPostings;
  /** @param options the postings caps. */
  constructor(options = {}) {
    this.maxPostings = options.maxPostings ?? MAX_POSTINGS;
    this.maxPerDocument = options.maxPerDocument ?? MAX_POSTINGS_PER_DOCUMENT;
    this.maxStarPostings = Math.max(this.maxPostings, options.maxStarPostings ?? MAX_STAR_POSTINGS);
  }
  /** Adds the fingerprints of document number `doc` (an index the caller chooses, e.g. input order). */
  add(doc, fp) {
    this.parts.push({ doc, fp });
    this.total += fp.length;
  }
  /** Number of n-gram positions indexed. */
  get size() {
    return this.total;
  }
  /**
   * Calls `visit` once per hash found at 2..maxStarPostings positions, with the postings in (document
   * added, position) order: `docs[k]`, `positions[k]` for k < count. `star` is false for a group of at most
   * maxPostings postings with at most maxPerDocument in any one document (every two places may be
   * paired), true for a larger one (pair each place with the first only, so k places cost k − 1 seeds, not
   * k²). The arrays are reused: copy what you keep.
   */
  forEachGroup(visit) {
    const { hashes, starts, docIds } = this.flatten();
    const { order, sorted } = radixOrder(hashes);
    const gd = new Uint32Array(this.maxStarPostings);
    const gp = new Uint32Array(this.maxStarPostings);
    let i = 0;
    while (i < sorted.length) {
      const h = sorted[i];
      let j = i + 1;
      while (j < sorted.length && sorted[j] === h) j++;
      const count = j - i;
      if (count >= 2 && count <= this.maxStarPostings) {
        let run = 0;
        let worst2 = 0;
        for (let k = 0; k < count; k++) {
          const g = order[i + k];
          const part = partOf(starts, g);
          gd[k] = docIds[part];
          gp[k] = g - starts[part];
          run = k > 0 && gd[k] === gd[k - 1] ? run + 1 : 1;
          worst2 = Math.max(worst2, run);
        }
        visit(gd, gp, count, count > this.maxPostings || worst2 > this.maxPerDocument);
      }
      i = j;
    }
  }
  /** All fingerprints in one array, with where each added part starts and its document number. */
  flatten() {
    const hashes = new Uint32Array(this.total);
    const starts = new Uint32Array(this.parts.length);
    const docIds = new Uint32Array(this.parts.length);
    let g = 0;
    this.parts.forEach(({ doc, fp }, k) => {
      hashes.set(fp, g);
      starts[k] = g;
      docIds[k] = doc;
      g += fp.length;
    });
    return { hashes, starts, docIds };
  }
};
function partOf(starts, g) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= g) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function radixOrder(keys2) {
  let srcIdx = new Uint32Array(keys2.length);
  for (let i = 0; i < srcIdx.length; i++) srcIdx[i] = i;
  let srcKey = Uint32Array.from(keys2);
  let dstIdx = new Uint32Array(keys2.length);
  let dstKey = new Uint32Array(keys2.length);
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < srcKey.length; i++) counts[srcKey[i] >>> shift & 65535]++;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < srcKey.length; i++) {
      const k = srcKey[i];
      const at = counts[k >>> shift & 65535]++;
      dstKey[at] = k;
      dstIdx[at] = srcIdx[i];
    }
    [srcIdx, dstIdx] = [dstIdx, srcIdx];
    [srcKey, dstKey] = [dstKey, srcKey];
  }
  return { order: srcIdx, sorted: srcKey };
}

// shared/engine/normalize/unify-typography.ts
var INVISIBLE_IN_WORD = "\xAD\u200B\u200C\u200D\u2060\uFEFF\u034F\u180E";
var APOSTROPHE_VARIANTS = "\u2019\u2018\u02BC`\xB4\u2032";
var INVISIBLE_RE = new RegExp([...INVISIBLE_IN_WORD].join("|"), "g");
var APOSTROPHE_RE = new RegExp(`[${APOSTROPHE_VARIANTS}]`, "g");
function isPlainAscii(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c === 96) return false;
  }
  return true;
}
function unifyTypography(word) {
  if (isPlainAscii(word)) return word;
  return word.replace(INVISIBLE_RE, "").replace(APOSTROPHE_RE, "'").normalize("NFKC");
}

// shared/engine/normalize/fold-case.ts
function foldCase(word) {
  const lower = word.toLowerCase();
  return lower.includes("\u03C2") ? lower.replaceAll("\u03C2", "\u03C3") : lower;
}

// shared/engine/normalize/fold-confusables.ts
var CONFUSABLE_TO_LATIN = /* @__PURE__ */ new Map([
  // Cyrillic lower case
  ["\u0430", "a"],
  ["\u0432", "b"],
  ["\u0435", "e"],
  ["\u0456", "i"],
  ["\u0458", "j"],
  ["\u043A", "k"],
  ["\u043C", "m"],
  ["\u043E", "o"],
  ["\u043F", "n"],
  ["\u0440", "p"],
  ["\u0441", "c"],
  ["\u0442", "m"],
  ["\u0438", "u"],
  ["\u0443", "y"],
  ["\u0445", "x"],
  ["\u0455", "s"],
  ["\u0501", "d"],
  ["\u051B", "q"],
  ["\u051D", "w"],
  ["\u04AF", "y"],
  ["\u04BB", "h"],
  // Cyrillic upper case
  ["\u0410", "A"],
  ["\u0412", "B"],
  ["\u0415", "E"],
  ["\u0406", "I"],
  ["\u0408", "J"],
  ["\u041A", "K"],
  ["\u041C", "M"],
  ["\u041D", "H"],
  ["\u041E", "O"],
  ["\u0420", "P"],
  ["\u0421", "C"],
  ["\u0422", "T"],
  ["\u0423", "Y"],
  ["\u0425", "X"],
  ["\u0405", "S"],
  ["\u04AE", "Y"],
  ["\u04BA", "H"],
  ["\u051A", "Q"],
  ["\u051C", "W"],
  // Greek lower case
  ["\u03B1", "a"],
  ["\u03B9", "i"],
  ["\u03BA", "k"],
  ["\u03BD", "v"],
  ["\u03BF", "o"],
  ["\u03C1", "p"],
  ["\u03C5", "u"],
  ["\u03C7", "x"],
  // Greek upper case
  ["\u0391", "A"],
  ["\u0392", "B"],
  ["\u0395", "E"],
  ["\u0396", "Z"],
  ["\u0397", "H"],
  ["\u0399", "I"],
  ["\u039A", "K"],
  ["\u039C", "M"],
  ["\u039D", "N"],
  ["\u039F", "O"],
  ["\u03A1", "P"],
  ["\u03A4", "T"],
  ["\u03A5", "Y"],
  ["\u03A7", "X"]
]);
function isLatinLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7680 && c <= 7935;
}
function isGreekOrCyrillic(c) {
  return c >= 880 && c <= 1327 || c >= 7296 && c <= 7311 || c >= 11744 && c <= 11775 || c >= 42560 && c <= 42655;
}
function confusableProfile(word) {
  let latin = false;
  let lookalike = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (isLatinLetter(c)) latin = true;
    } else if (isGreekOrCyrillic(c)) {
      if (!CONFUSABLE_TO_LATIN.has(word[i] ?? "")) return "foreign";
      lookalike = true;
    } else if (isLatinLetter(c)) {
      latin = true;
    }
  }
  if (!lookalike) return latin ? "latin" : "other";
  return latin ? "mixed" : "lookalike";
}
function foldConfusables(word) {
  let out = "";
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const latin = word.charCodeAt(i) >= 880 ? CONFUSABLE_TO_LATIN.get(word[i] ?? "") : void 0;
    if (latin !== void 0) {
      out += word.slice(from, i) + latin;
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}
function isLatinContext(previous, next) {
  if (previous === "foreign" || next === "foreign") return false;
  return previous === "latin" || previous === "mixed" || next === "latin" || next === "mixed";
}

// shared/engine/normalize/fold-ocr-digits.ts
var DIGIT_TO_LETTER = { "0": "o", "1": "l", "5": "s" };
function isLetterAt(word, i) {
  const c = word.charCodeAt(i);
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c <= 591 && c !== 215 && c !== 247;
}
function isLowerAt(word, i) {
  const c = word.charCodeAt(i);
  return c >= 97 && c <= 122;
}
function digitIsLetter(word, i) {
  const before = i > 0 && isLetterAt(word, i - 1);
  if (!before) return false;
  if (i + 1 < word.length) return isLetterAt(word, i + 1);
  return word[i] === "1" && i >= 2 && isLowerAt(word, i - 1) && isLowerAt(word, i - 2);
}
function foldOcrDigits(word) {
  let out = "";
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = DIGIT_TO_LETTER[word[i] ?? ""];
    if (letter !== void 0 && digitIsLetter(word, i)) {
      const upper = (word[i - 1] ?? "") !== (word[i - 1] ?? "").toLowerCase();
      out += word.slice(from, i) + (upper ? letter.toUpperCase() : letter);
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}
var SHAPE_FOLDS = [
  [/rn/g, "m"],
  // `intemational`, `war-tom`
  [/vv/g, "w"],
  // `vvomen`
  [/cl/g, "d"],
  // `cluring` for `during` in broken type
  [/[0]/g, "o"],
  [/[1|]/g, "l"],
  [/5/g, "s"]
];
function ocrShapeKey(word) {
  let key = word.toLowerCase();
  for (const [re, to] of SHAPE_FOLDS) key = key.replace(re, to);
  return key;
}

// shared/engine/normalize/ocr-key.ts
function foldConfusableLetters(s) {
  let out = "";
  for (const ch of s) out += CONFUSABLE_TO_LATIN.get(ch) ?? ch;
  return out;
}
function hasConfusableLetter(s) {
  for (const ch of s) if (CONFUSABLE_TO_LATIN.has(ch)) return true;
  return false;
}
function ocrKey(word) {
  let key = memo.get(word);
  if (key === void 0) {
    key = ocrShapeKey(foldConfusableLetters(word.normalize("NFKC")).replace(/[\s\-‐‑\u00AD]/gu, ""));
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(word, key);
  }
  return key;
}
var MAX_MEMO = 2e5;
var memo = /* @__PURE__ */ new Map();
function isOcrVariant(a, b) {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  if (a.length < 3 || b.length < 3) return false;
  if (/^[\d.,]+$/u.test(a) && /^[\d.,]+$/u.test(b)) return false;
  return ocrKey(a) === ocrKey(b);
}

// shared/engine/normalize/join-hyphenation.ts
var LINE_END_BREAK = /[-\u2010\u2011\u00AD][ \t\u00A0]*(?:\r\n?|\n|\u2028)[ \t\u00A0]*/y;
var BREAK_IN_WORD = /[-\u2010\u2011\u00AD][ \t\u00A0]*(?:\r\n?|\n|\u2028)[ \t\u00A0]*/g;
var LOWER_START = new RegExp("\\p{Ll}", "uy");
function lineEndHyphenAt(text, pos) {
  LINE_END_BREAK.lastIndex = pos;
  if (!LINE_END_BREAK.test(text)) return -1;
  const next = LINE_END_BREAK.lastIndex;
  LOWER_START.lastIndex = next;
  return LOWER_START.test(text) ? next : -1;
}
function joinHyphenation(word) {
  return word.includes("\n") || word.includes("\r") || word.includes("\u2028") ? word.replace(BREAK_IN_WORD, "") : word;
}
var MIN_COMPOUND_HALF = 3;
function shouldSplit(joined2, left, right, evidence2) {
  if ((evidence2.counts.get(joined2) ?? 0) >= 2) return false;
  if (evidence2.compounds.has(`${left}\0${right}`)) return true;
  if (left.length < MIN_COMPOUND_HALF || right.length < MIN_COMPOUND_HALF) return false;
  return (evidence2.counts.get(left) ?? 0) >= 1 && (evidence2.counts.get(right) ?? 0) >= 1;
}
function splitLineEndCompounds(tokens, evidence2, normalize) {
  const out = [];
  for (const token of tokens) {
    const halves = token.noise.includes("hyphenation") ? splitAtBreak(token, normalize) : null;
    if (halves && shouldSplit(token.norm, halves[0].norm, halves[1].norm, evidence2)) out.push(halves[0], halves[1]);
    else out.push(token);
  }
  return out;
}
function splitAtBreak(token, normalize) {
  BREAK_IN_WORD.lastIndex = 0;
  const m = BREAK_IN_WORD.exec(token.text);
  if (!m || BREAK_IN_WORD.exec(token.text)) return null;
  const leftText = token.text.slice(0, m.index);
  const rightText = token.text.slice(m.index + m[0].length);
  const half = (text, start) => {
    const { norm, noise } = normalize(text);
    return { text, start, end: start + text.length, norm, kind: "word", noise };
  };
  return [half(leftText, token.start), half(rightText, token.end - rightText.length)];
}

// shared/engine/normalize/evidence.ts
var MAX_PIECE = 2;
function isCompoundHyphen(c) {
  return c === 45 || c === 8208 || c === 8209;
}
function gatherEvidence(tokens, text) {
  const counts = /* @__PURE__ */ new Map();
  const compounds = /* @__PURE__ */ new Set();
  const pairs = /* @__PURE__ */ new Map();
  let previous;
  for (const token of tokens) {
    counts.set(token.norm, (counts.get(token.norm) ?? 0) + 1);
    if (previous && previous.kind === "word" && token.kind === "word" && previous.norm.length <= MAX_PIECE && token.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
      const key = `${previous.norm}\0${token.norm}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    if (previous && previous.kind === "word" && token.kind === "word" && token.start === previous.end + 1 && isCompoundHyphen(text.charCodeAt(previous.end))) {
      compounds.add(`${previous.norm}\0${token.norm}`);
    }
    previous = token;
  }
  return { counts, compounds, pairs };
}

// shared/engine/normalize/repair-split-words.ts
var COMMON_WORDS = new Set(
  "a an and are as at be but by can do for from had has have he her him his how i if in into is it its me my no not of on one or our out own she so than that the their them then there these they this to too two up us was we were what when where which who why will with you your all any each few more most new now old only other over same some such very off once also just may our per via yet nor did does done got let put say see set saw sat far few men man war day way".split(" ")
);
var CONTRACTION_ENDINGS = /* @__PURE__ */ new Set(["s", "t", "re", "ve", "ll", "d", "m"]);
var LETTER_WORDS = /* @__PURE__ */ new Set(["a", "i"]);
var ROMANCE_LETTER_WORDS = /* @__PURE__ */ new Set(["y", "e", "o", "u"]);
var MAX_GAP = 12;
var SPACE_GAP = /^[ \t\u00A0]{1,2}$/;
var APOSTROPHE_GAP = /^[ \t\u00A0]['\u2019\u02BC]$/;
var SPACED_HYPHEN_GAP = /^[ \t\u00A0]+[-\u2010\u00AD][ \t\u00A0]*(?:\r\n?|\n)[ \t\u00A0]*$/;
var LETTERS_ONLY = /^[\p{Script=Latin}\p{M}]+(?:'[\p{Script=Latin}\p{M}]+)*$/u;
var ALL_UPPER = new RegExp("^\\p{Lu}+$", "u");
var NOT_BEFORE_PRONOUN = /* @__PURE__ */ new Set(["the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "with", "into"]);
function classifyGap(gap) {
  if (SPACE_GAP.test(gap)) return "space";
  if (APOSTROPHE_GAP.test(gap)) return "apostrophe";
  return SPACED_HYPHEN_GAP.test(gap) ? "spaced-hyphen" : null;
}
function startsLower(s) {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = s[0] ?? "";
  return ch !== ch.toUpperCase();
}
function isWord(norm, evidence2) {
  if (norm.length === 1) return LETTER_WORDS.has(norm);
  return COMMON_WORDS.has(norm) || (evidence2.counts.get(norm) ?? 0) >= 2;
}
function isWordApartFrom(l, r, evidence2) {
  if (r.norm.length === 1 || COMMON_WORDS.has(r.norm)) return isWord(r.norm, evidence2);
  const after = evidence2.pairs?.get(`${l.norm}\0${r.norm}`) ?? 0;
  return (evidence2.counts.get(r.norm) ?? 0) - after >= 2;
}
function attestedJoin(l, r, evidence2) {
  return (evidence2.counts.get(l.norm + r.norm) ?? 0) >= 1;
}
function joinsLoneLetter(l, r, evidence2) {
  if (l.norm.length !== 1 || LETTER_WORDS.has(l.norm) || !startsLower(r.text)) return false;
  if (ROMANCE_LETTER_WORDS.has(l.norm) || isWord(r.norm, evidence2)) return attestedJoin(l, r, evidence2);
  return true;
}
function joinsAcrossSpace(l, r, around, text, evidence2) {
  const lLetter = l.norm.length === 1;
  const rLetter = r.norm.length === 1;
  if (!lLetter && !rLetter && isWord(l.norm, evidence2) && isWord(r.norm, evidence2)) {
    if (COMMON_WORDS.has(l.norm) || isWordApartFrom(l, r, evidence2) || !startsLower(r.text)) return false;
    return attestedJoin(l, r, evidence2);
  }
  if (ALL_UPPER.test(r.text)) return !lLetter && !rLetter && ALL_UPPER.test(l.text) && attestedJoin(l, r, evidence2);
  if (!startsLower(r.text)) return false;
  if (lLetter && !LETTER_WORDS.has(l.norm)) return joinsLoneLetter(l, r, evidence2);
  if (lLetter) {
    if (l.text !== "I" && l.text !== "A" || isWordApartFrom(l, r, evidence2)) return false;
    return attestedJoin(l, r, evidence2) || around.previous !== void 0 && NOT_BEFORE_PRONOUN.has(around.previous.norm);
  }
  if (rLetter) {
    if (LETTER_WORDS.has(r.norm) || COMMON_WORDS.has(l.norm) || !attestedJoin(l, r, evidence2)) return false;
    const next = around.next;
    return !(next !== void 0 && gapBetween(r, next, text) === "space" && joinsLoneLetter(r, next, evidence2));
  }
  return attestedJoin(l, r, evidence2);
}
function gapBetween(l, r, text) {
  if (r.start === l.end + 1 && text.charCodeAt(l.end) === 32) return "space";
  return r.start - l.end <= MAX_GAP ? classifyGap(text.slice(l.end, r.start)) : null;
}
function joinedKey(l, r, around, text, evidence2) {
  const gap = gapBetween(l, r, text);
  if (gap === null || l.kind !== "word" || r.kind !== "word") return null;
  if (gap === "apostrophe") return CONTRACTION_ENDINGS.has(r.norm) && LETTERS_ONLY.test(l.norm) ? `${l.norm}'${r.norm}` : null;
  const joins = gap === "spaced-hyphen" ? startsLower(r.text) && attestedJoin(l, r, evidence2) : joinsAcrossSpace(l, r, around, text, evidence2);
  return joins && LETTERS_ONLY.test(l.norm) && LETTERS_ONLY.test(r.norm) ? l.norm + r.norm : null;
}
function repairSplitWords(tokens, text, evidence2) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const l = tokens[i];
    const r = tokens[i + 1];
    if (l === void 0) continue;
    const key = r !== void 0 ? joinedKey(l, r, { previous: out[out.length - 1], next: tokens[i + 2] }, text, evidence2) : null;
    if (key === null || r === void 0) {
      out.push(l);
      continue;
    }
    const noise = [.../* @__PURE__ */ new Set([...l.noise, ...r.noise, "split-word"])];
    if (text.slice(l.end, r.start).includes("\n") && !noise.includes("hyphenation")) noise.push("hyphenation");
    out.push({ text: text.slice(l.start, r.end), start: l.start, end: r.end, norm: key, kind: "word", noise });
    i++;
  }
  return out;
}

// shared/engine/normalize/repair-ocr-rn.ts
var MIN_LENGTH = 6;
var MIN_ATTESTED = 2;
function repairOcrRn(tokens, counts) {
  for (const token of tokens) {
    const norm = token.norm;
    if (token.kind !== "word" || norm.length < MIN_LENGTH || !norm.includes("m") || counts.get(norm) !== 1) continue;
    for (let i = norm.indexOf("m"); i >= 0; i = norm.indexOf("m", i + 1)) {
      const candidate = `${norm.slice(0, i)}rn${norm.slice(i + 1)}`;
      if ((counts.get(candidate) ?? 0) >= MIN_ATTESTED) {
        token.norm = candidate;
        if (!token.noise.includes("ocr-digit")) token.noise.push("ocr-digit");
        break;
      }
    }
  }
}

// shared/engine/data/lexicon.json
var lexicon_default = {
  about: "Spelling and transliteration equivalences shipped with Verbatim: one entry per place, person or word, its usual Latin spellings as variants. A project adds its own entries in verbatim.json (`lexicon`) and can leave these out (`settings.builtinLexicon: false`). Sources: the romanisation tables of BGN/PCGN (Russian, 1947) and the Azerbaijani Latin alphabet (1991), and the spellings of the English-language press of the 1990s.",
  entries: [
    { variants: ["Khojaly", "Khojali", "Khodjaly", "Khodjali", "Khodzhaly", "Hojali", "Hojaly", "Xocal\u0131", "Xocali"], note: "\u0425\u043E\u0434\u0436\u0430\u043B\u044B / Xocal\u0131" },
    { variants: ["Agdam", "Aghdam", "A\u011Fdam"], note: "\u0410\u0433\u0434\u0430\u043C / A\u011Fdam" },
    { variants: ["Karabakh", "Karabagh", "Qaraba\u011F", "Qarabag"], note: "\u041A\u0430\u0440\u0430\u0431\u0430\u0445 / Qaraba\u011F" },
    { variants: ["Khankendi", "Khankandi", "Xank\u0259ndi", "Hankendi"], note: "\u0425\u0430\u043D\u043A\u0435\u043D\u0434\u0438 / Xank\u0259ndi" },
    { variants: ["Fizuli", "Fuzuli", "F\xFCzuli"], note: "\u0424\u0438\u0437\u0443\u043B\u0438 / F\xFCzuli" },
    { variants: ["Jabrayil", "Jabrail", "Jebrail", "C\u0259bray\u0131l"], note: "\u0414\u0436\u0435\u0431\u0440\u0430\u0438\u043B / C\u0259bray\u0131l" },
    { variants: ["Kalbajar", "Kelbajar", "K\u0259lb\u0259c\u0259r"], note: "\u041A\u0435\u043B\u044C\u0431\u0430\u0434\u0436\u0430\u0440 / K\u0259lb\u0259c\u0259r" },
    { variants: ["Gubadli", "Qubadli", "Qubadl\u0131", "Kubatly"], note: "\u041A\u0443\u0431\u0430\u0442\u043B\u044B / Qubadl\u0131" },
    { variants: ["Nakhchivan", "Nakhichevan", "Nax\xE7\u0131van"], note: "\u041D\u0430\u0445\u0438\u0447\u0435\u0432\u0430\u043D\u044C / Nax\xE7\u0131van" },
    { variants: ["Azerbaijani", "Azeri", "Azery"], note: "the demonym and its short form, both usual in the English press" },
    { variants: ["Aliyev", "Aliev", "\u018Fliyev"], note: "\u0410\u043B\u0438\u0435\u0432 / \u018Fliyev" },
    { variants: ["Hajiyev", "Hajiev", "Gadzhiev"], note: "\u0413\u0430\u0434\u0436\u0438\u0435\u0432 / Hac\u0131yev" }
  ]
};

// shared/engine/normalize/lexicon.ts
var BUILTIN_LEXICON = lexicon_default.entries;
var SINGLE_WORD = /^[\p{L}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*$/u;
function find(parent, key) {
  let k = key;
  for (let p = parent.get(k); p !== void 0 && p !== k; p = parent.get(k)) {
    const grand = parent.get(p) ?? p;
    parent.set(k, grand);
    k = grand;
  }
  return k;
}
function compileLexicon(entries, key) {
  const parent = /* @__PURE__ */ new Map();
  const order = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    let first;
    for (const variant of entry.variants) {
      if (!SINGLE_WORD.test(variant)) continue;
      const k = key(variant);
      if (!parent.has(k)) {
        parent.set(k, k);
        order.set(k, order.size);
      }
      if (first === void 0) first = k;
      else union(parent, order, first, k);
    }
  }
  const lexicon = /* @__PURE__ */ new Map();
  for (const k of parent.keys()) {
    const canonical = find(parent, k);
    if (canonical !== k) lexicon.set(k, canonical);
  }
  return lexicon;
}
function union(parent, order, x, y) {
  const a = find(parent, x);
  const b = find(parent, y);
  if (a === b) return;
  if ((order.get(a) ?? 0) <= (order.get(b) ?? 0)) parent.set(b, a);
  else parent.set(a, b);
}
var POSSESSIVE = /'s?$/;
function lookup(lexicon, norm) {
  const direct = lexicon.get(norm);
  if (direct !== void 0 || !norm.includes("'")) return direct;
  const ending = POSSESSIVE.exec(norm);
  if (!ending) return void 0;
  const base2 = lexicon.get(norm.slice(0, ending.index));
  return base2 === void 0 ? void 0 : base2 + ending[0];
}
function applyLexicon(tokens, lexicon) {
  if (lexicon.size === 0) return;
  for (const token of tokens) {
    const canonical = lookup(lexicon, token.norm);
    if (canonical === void 0) continue;
    token.norm = canonical;
    if (!token.noise.includes("lexicon")) token.noise.push("lexicon");
  }
}

// shared/engine/data/transliteration.json
var transliteration_default = {
  about: "Transliteration schemes: rules under which two Latin spellings of one name written in another script agree (Aghdam / Agdam, Xocal\u0131 / Khojaly, Aliyev / Aliev). A scheme is applied to a pair of names only where it fits: one of the two spellings must show a trace of an enabled scheme (its `markers`, a regular expression tried on the lower-cased word), so `Jane` / `Cane` or `Anna` / `Ana` are never made equal by rules meant for another script. The key of a word: lower case, the enabled schemes' `letters` spelled out, other diacritics dropped, then the enabled `rules` in file order (upper-case placeholders keep a rewritten sound from being rewritten again). A project chooses its schemes in verbatim.json (`settings.transliteration`). Sources: BGN/PCGN romanisation of Russian (1947) and its usual popular variants (kh/h, zh/j, y/i, doubled letters); the Azerbaijani Latin alphabet of 1991 (\u0259 \u0131 \u015F \xE7 \u011F \xF6 \xFC, x for Russian \u0445, q for \u043A/\u0433, c for \u0434\u0436).",
  schemes: [
    { id: "russian-latin", name: "Russian names in Latin letters", markers: "kh|zh|dzh|dj|tch|shch|gh|iy\\b|yev\\b|iev\\b|ov\\b|ova\\b|ev\\b|eva\\b|sk(?:y|i|iy)\\b" },
    { id: "azerbaijani-latin", name: "Azerbaijani names in Latin letters", markers: "[\u0259\u0131\u015F\xE7\u011F]|x|q" }
  ],
  letters: [
    { scheme: "azerbaijani-latin", map: { \u0259: "a", \u0131: "i", \u015F: "sh", \u00E7: "ch", \u011F: "gh", \u00F6: "o", \u00FC: "u" } }
  ],
  rules: [
    { scheme: "russian-latin", pattern: "dzh|dj|zh", replace: "J", note: "\u0413\u0430\u0434\u0436\u0438\u0435\u0432: Gadzhiev, Hadjiev, Hajiev" },
    { scheme: "russian-latin", pattern: "tch|ch", replace: "C", note: "\u0427\u0430\u043B\u0430\u0434\u0437\u0435: Chaladze, Tchaladze" },
    { scheme: "russian-latin", pattern: "sh", replace: "S", note: "\u0448, kept apart from s" },
    { scheme: "azerbaijani-latin", pattern: "x", replace: "G", note: "Azerbaijani x is Russian \u0445: Xocal\u0131 / Khojaly" },
    { scheme: "russian-latin", pattern: "kh|gh|h|(?<=.)g", replace: "G", note: "\u0445 and \u0433 written kh, gh, h or g: Khojaly / Hojali, Aghdam / Agdam; an initial plain g stays (Gary / Harry)" },
    { scheme: "azerbaijani-latin", pattern: "q", replace: "k", note: "Qaraba\u011F / Karabakh" },
    { scheme: "russian-latin", pattern: "j", replace: "J", note: "\u0434\u0436 written j" },
    { scheme: "azerbaijani-latin", pattern: "c", replace: "J", note: "Azerbaijani c is Russian \u0434\u0436: C\u0259bray\u0131l / Jabrayil" },
    { scheme: "russian-latin", pattern: "(?<=.)y", replace: "i", note: "Aliyev / Aliev, Khojaly / Khojali; an initial y (Yavar) is a consonant and stays" },
    { scheme: "russian-latin", pattern: "(.)\\1+", replace: "$1", note: "doubled letters: Mutallibov / Mutalibov" }
  ]
};

// shared/engine/normalize/transliteration-key.ts
var SHIPPED_TRANSLITERATION = transliteration_default;
var SHIPPED_SCHEME_IDS = transliteration_default.schemes.map((s) => s.id);
function compileTransliteration(enabled = SHIPPED_SCHEME_IDS, data = SHIPPED_TRANSLITERATION) {
  const known = new Set(data.schemes.map((s) => s.id));
  for (const id of enabled) if (!known.has(id)) throw new RangeError(`unknown transliteration scheme "${id}" (known: ${[...known].join(", ")})`);
  const on = new Set(enabled);
  const letters = /* @__PURE__ */ new Map();
  for (const l of data.letters) if (on.has(l.scheme)) for (const [k, v] of Object.entries(l.map)) letters.set(k, v);
  const rules = data.rules.filter((r) => on.has(r.scheme)).map((r) => [new RegExp(r.pattern, "gu"), r.replace]);
  const markers = data.schemes.filter((s) => on.has(s.id)).map((s) => new RegExp(s.markers, "u"));
  const ids = data.schemes.filter((s) => on.has(s.id)).map((s) => s.id);
  return {
    ids,
    key(word) {
      let k = "";
      for (const ch of word.toLowerCase()) k += letters.get(ch) ?? ch;
      k = k.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "");
      for (const [re, to] of rules) k = k.replace(re, to);
      return k;
    },
    fits(word) {
      const w = word.toLowerCase();
      return markers.some((re) => re.test(w));
    }
  };
}
var DEFAULT_TRANSLITERATION = compileTransliteration();
function isTransliterationVariant(a, b, schemes = DEFAULT_TRANSLITERATION) {
  if (a === b) return false;
  if (!schemes.fits(a) && !schemes.fits(b)) return false;
  return schemes.key(a) === schemes.key(b);
}

// shared/engine/normalize/normalize-word.ts
function isAsciiLetters(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
function normalizeWord(raw, foldLookalike = false) {
  if (isAsciiLetters(raw)) return { norm: raw.toLowerCase(), noise: [], profile: "latin" };
  const noise = [];
  let s = raw;
  const step = (next, kind) => {
    if (next !== s && !noise.includes(kind)) noise.push(kind);
    s = next;
  };
  step(joinHyphenation(s), "hyphenation");
  step(unifyTypography(s), "typography");
  const profile = confusableProfile(s);
  if (profile === "mixed" || profile === "lookalike" && foldLookalike) step(foldConfusables(s), "confusable");
  step(foldOcrDigits(s), "ocr-digit");
  return { norm: foldCase(s), noise, profile };
}
var GROUP_SEPARATORS = /[, \u00A0\u202F\u2009\u066C]/g;
function normalizeNumber(raw) {
  const nfkc = unifyTypography(raw);
  const bare = nfkc.replace(GROUP_SEPARATORS, "");
  return { norm: bare.toLowerCase(), noise: bare !== raw ? ["typography"] : [], profile: "other" };
}

// shared/engine/normalize/function-words.ts
var ARTICLES = ["a", "an", "the"];
var DEMONSTRATIVES = ["this", "that", "these", "those"];
var PREPOSITIONS = [
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "into",
  "onto",
  "upon",
  "about",
  "over",
  "under",
  "through",
  "after",
  "before",
  "during",
  "since",
  "until",
  "till",
  "between",
  "among",
  "amongst",
  "against",
  "within",
  "without",
  "as",
  "than",
  "across",
  "towards",
  "toward",
  "behind",
  "near"
];
var CONJUNCTIONS = [
  "and",
  "or",
  "but",
  "nor",
  "so",
  "yet",
  "if",
  "because",
  "while",
  "whilst",
  "whereas",
  "though",
  "although",
  "whether"
];
var RELATIVES = ["who", "whom", "which", "whose", "when", "where"];
var CONNECTIVES = ["however", "moreover", "furthermore", "therefore", "thus", "hence", "nevertheless", "nonetheless", "meanwhile", "indeed"];
var AUXILIARIES = [
  "be",
  "am",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "have",
  "has",
  "had",
  "having",
  "do",
  "does",
  "did",
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must"
];
var CONTRACTIONS = ["'s", "'re", "'ve", "'d", "'ll"];
var FUNCTION_WORDS = /* @__PURE__ */ new Set([
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...RELATIVES,
  ...CONNECTIVES,
  ...AUXILIARIES,
  "there"
]);
function isFunctionWord(norm) {
  const w = norm.toLowerCase().replace(/’/g, "'");
  if (FUNCTION_WORDS.has(w)) return true;
  return CONTRACTIONS.some((c) => w.endsWith(c) && FUNCTION_WORDS.has(w.slice(0, -c.length)));
}

// shared/engine/normalize/figures.ts
var UNITS = new Map(Object.entries({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}));
var SCALES = new Map(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }));
function isNumberWord(norm) {
  if (UNITS.has(norm) || SCALES.has(norm)) return true;
  const w = norm.toLowerCase();
  return w !== norm && (UNITS.has(w) || SCALES.has(w));
}
function isNumeral(t) {
  return t.kind === "number" || /^\d+(?:st|nd|rd|th)$/iu.test(t.text);
}
function numeralSpan(text, start, end) {
  let s = start;
  let e = end;
  while (s >= 2 && /[,.]/.test(text[s - 1] ?? "") && /\d/.test(text[s - 2] ?? "")) {
    s -= 2;
    while (s > 0 && /\d/.test(text[s - 1] ?? "")) s--;
  }
  while (/[,.]/.test(text[e] ?? "") && /\d/.test(text[e + 1] ?? "")) {
    e += 2;
    while (/\d/.test(text[e] ?? "")) e++;
  }
  return { start: s, end: e };
}
function parseNumeral(s) {
  const digits = s.replace(/(?:st|nd|rd|th)$/i, "").replace(/(?<=\d)[ \u00A0\u202F\u2009](?=\d{3}(?!\d))/gu, ",");
  const clock = /^(\d{1,2}):(\d{2})$/u.exec(digits);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ""));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(digits)) return Number(digits.replace(/\./g, ""));
  const v = Number(digits.replace(/,/g, ""));
  return Number.isFinite(v) ? v : null;
}
function wordRunValue(words2) {
  let total = 0;
  let current = 0;
  for (const w of words2) {
    if (w === "and") continue;
    const unit = UNITS.get(w);
    const scale = SCALES.get(w);
    if (unit !== void 0) current += unit;
    else if (w === "hundred") current = Math.max(current, 1) * 100;
    else if (scale !== void 0) {
      total += Math.max(current, 1) * scale;
      current = 0;
    } else return null;
  }
  return total + current;
}

// shared/engine/align/local-alignment.ts
var DEFAULT_SCORING = { match: 2, similar: 0, ocr: 1, mismatch: -2, gapOpen: -3, gapExtend: -0.3 };
var M = 0;
var D = 1;
var I = 2;
var SRC_DIAG = 1;
var SRC_E = 2;
var SRC_F = 3;
var E_EXT = 4;
var F_EXT = 8;
var START = 16;
var MAX_COMPARED_WORD = 48;
var rowA = new Int32Array(MAX_COMPARED_WORD + 1);
var rowB = new Int32Array(MAX_COMPARED_WORD + 1);
function nearlyEqual(x, y) {
  const lx = x.length;
  const ly = y.length;
  if (lx < 4 || ly < 4 || Math.abs(lx - ly) > 2 || lx > MAX_COMPARED_WORD || ly > MAX_COMPARED_WORD) return false;
  const budget = Math.max(lx, ly) >= 8 ? 2 : 1;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= ly; j++) prev[j] = j;
  for (let i = 1; i <= lx; i++) {
    cur[0] = i;
    let rowMin = i;
    const cx = x.charCodeAt(i - 1);
    for (let j = 1; j <= ly; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cx === y.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return false;
    [prev, cur] = [cur, prev];
  }
  rowA = prev;
  rowB = cur;
  return prev[ly] <= budget;
}
var LocalAligner = class {
  /** Identifies the algorithm in debug dumps. */
  name = "smith-waterman-affine-banded";
  s;
  band;
  fullCells;
  minScore;
  scratch = new Scratch();
  /** @param options scoring and band; defaults are {@link DEFAULT_SCORING}, band 32, 10 000 full cells. */
  constructor(options = {}) {
    this.s = { ...DEFAULT_SCORING, ...options.scoring };
    this.band = options.band ?? 32;
    this.fullCells = options.fullCells ?? 1e4;
    this.minScore = options.minScore ?? 4 * this.s.match;
  }
  /**
   * The best local alignment of `a[ra]` with `b[rb]`: the sub-ranges it covers, its ops (always starting
   * and ending with an `equal` or `replace`), and its score; null when no alignment scores `minScore`.
   */
  align(a, ra, b, rb) {
    const fa = Math.max(0, ra.from);
    const fb = Math.max(0, rb.from);
    const la = Math.min(a.length, ra.to) - fa;
    const lb = Math.min(b.length, rb.to) - fb;
    if (la <= 0 || lb <= 0) return null;
    const score = this.scorer(a, fa, la, b, fb, lb);
    const full = la * lb <= this.fullCells;
    const dmin = full ? -la : Math.min(0, lb - la) - this.band;
    const dmax = full ? lb : Math.max(0, lb - la) + this.band;
    const width = dmax - dmin + 1;
    const { trace, best: best2, bi, bj } = this.fill(la, lb, dmin, dmax, width, score);
    if (best2 < this.minScore) return null;
    const moves = traceback(trace, bi, bj, dmin, width);
    return toResult(moves, a, fa, b, fb, bi, bj, best2);
  }
  /**
   * Score of aligning token i of the A window with token j of the B window (0-based). Keys become small
   * integers first, and the near-equality verdict is memoized per key pair: the DP asks about the same
   * word pairs many times, and the edit distance is the costly part of a cell.
   */
  scorer(a, fa, la, b, fb, lb) {
    const ids = /* @__PURE__ */ new Map();
    const words2 = [];
    const idOf = (t) => {
      let id = ids.get(t.norm);
      if (id === void 0) {
        ids.set(t.norm, id = words2.length);
        words2.push(t.norm);
      }
      return id;
    };
    const ka = Int32Array.from({ length: la }, (_, i) => idOf(a[fa + i]));
    const kb = Int32Array.from({ length: lb }, (_, j) => idOf(b[fb + j]));
    const { match, similar, mismatch, ocr } = this.s;
    const lens = Int32Array.from(words2, (w) => w.length);
    const ocrKeys = words2.map((w) => w.length >= 3 && w.length <= MAX_COMPARED_WORD ? ocrKey(w) : w);
    const firsts = Int32Array.from(words2, (w) => w.charCodeAt(0));
    const lasts = Int32Array.from(words2, (w) => w.charCodeAt(w.length - 1));
    const memo2 = /* @__PURE__ */ new Map();
    const width = words2.length;
    const unequal = (x, y) => {
      const lx = lens[x];
      const ly = lens[y];
      if (lx < 3 || ly < 3 || lx - ly > 2 || ly - lx > 2) return mismatch;
      const key = x * width + y;
      let v = memo2.get(key);
      if (v === void 0) {
        if (ocrKeys[x] === ocrKeys[y]) v = ocr;
        else if (firsts[x] !== firsts[y] && lasts[x] !== lasts[y]) v = mismatch;
        else v = nearlyEqual(words2[x], words2[y]) ? similar : mismatch;
        memo2.set(key, v);
      }
      return v;
    };
    return { ka, kb, match, unequal };
  }
  /** Fills the banded Gotoh matrices row by row, keeping only trace bytes and two rows of scores. */
  fill(la, lb, dmin, dmax, width, score) {
    const { gapOpen, gapExtend } = this.s;
    const { ka, kb, match, unequal } = score;
    const trace = this.scratch.trace((la + 1) * width);
    let [hPrev, hCur, fPrev, fCur] = this.scratch.rows(lb + 1);
    hPrev.fill(0);
    fPrev.fill(-Infinity);
    let loPrev = 0;
    let hiPrev = lb;
    let best2 = 0;
    let bi = 0;
    let bj = 0;
    for (let i = 1; i <= la; i++) {
      const lo = Math.max(1, i + dmin);
      const hi = Math.min(lb, i + dmax);
      if (lo > hi) break;
      let e = -Infinity;
      for (let j = lo; j <= hi; j++) {
        const left = j - 1 >= lo ? hCur[j - 1] : 0;
        const eOpen = left + gapOpen;
        const eExt = e + gapExtend;
        let bits = 0;
        if (eExt > eOpen) {
          e = eExt;
          bits |= E_EXT;
        } else e = eOpen;
        const inPrev = j >= loPrev && j <= hiPrev;
        const up = inPrev ? hPrev[j] : 0;
        const fOpen = up + gapOpen;
        const fExt = inPrev ? fPrev[j] + gapExtend : -Infinity;
        let f = fOpen;
        if (fExt > fOpen) {
          f = fExt;
          bits |= F_EXT;
        }
        const diagPrev = j - 1 >= loPrev && j - 1 <= hiPrev ? hPrev[j - 1] : 0;
        const x = ka[i - 1];
        const y = kb[j - 1];
        const d = diagPrev + (x === y ? match : unequal(x, y));
        let h = 0;
        if (d > 0) {
          h = d;
          bits |= SRC_DIAG | (diagPrev <= 0 ? START : 0);
        }
        if (f > h) {
          h = f;
          bits = bits & ~(3 | START) | SRC_F;
        }
        if (e > h) {
          h = e;
          bits = bits & ~(3 | START) | SRC_E;
        }
        hCur[j] = h;
        fCur[j] = f;
        trace[i * width + (j - i - dmin)] = bits;
        if (h > best2) {
          best2 = h;
          bi = i;
          bj = j;
        }
      }
      [hPrev, hCur] = [hCur, hPrev];
      [fPrev, fCur] = [fCur, fPrev];
      loPrev = lo;
      hiPrev = hi;
    }
    return { trace, best: best2, bi, bj };
  }
};
var Scratch = class {
  traceBuf = new Uint8Array(0);
  rowBufs = [];
  /** A trace buffer of at least `size` bytes (its first `size` bytes are overwritten as they are read). */
  trace(size3) {
    if (this.traceBuf.length < size3) this.traceBuf = new Uint8Array(Math.max(size3, 2 * this.traceBuf.length));
    return this.traceBuf;
  }
  /** Four score rows of at least `size` entries: H and F of the previous and the current row. */
  rows(size3) {
    if ((this.rowBufs[0]?.length ?? 0) < size3) this.rowBufs = Array.from({ length: 4 }, () => new Float64Array(Math.max(size3, 2 * (this.rowBufs[0]?.length ?? 0))));
    return this.rowBufs;
  }
};
function traceback(trace, bi, bj, dmin, width) {
  const moves = [];
  let i = bi;
  let j = bj;
  let state = "H";
  while (i > 0 && j > 0) {
    const t = trace[i * width + (j - i - dmin)];
    if (state === "H") {
      const src = t & 3;
      if (src === SRC_DIAG) {
        moves.push(M);
        i--;
        j--;
        if (t & START) break;
      } else if (src === SRC_E) state = "E";
      else if (src === SRC_F) state = "F";
      else break;
    } else if (state === "E") {
      moves.push(I);
      j--;
      if (!(t & E_EXT)) state = "H";
    } else {
      moves.push(D);
      i--;
      if (!(t & F_EXT)) state = "H";
    }
  }
  return moves.reverse();
}
function toResult(moves, a, fa, b, fb, bi, bj, score) {
  let ia = fa + bi;
  let ib = fb + bj;
  for (const m of moves) {
    if (m !== I) ia--;
    if (m !== D) ib--;
  }
  const start = { a: ia, b: ib };
  const ops = [];
  for (const m of moves) {
    const op = m === D ? "delete" : m === I ? "insert" : a[ia]?.norm === b[ib]?.norm ? "equal" : "replace";
    const na = m === I ? ia : ia + 1;
    const nb = m === D ? ib : ib + 1;
    const last = ops[ops.length - 1];
    if (last && last.op === op) {
      last.a.to = na;
      last.b.to = nb;
    } else {
      ops.push({ op, a: { from: ia, to: na }, b: { from: ib, to: nb } });
    }
    ia = na;
    ib = nb;
  }
  return { a: { from: start.a, to: ia }, b: { from: start.b, to: ib }, ops, score };
}
function matchedTokens(ops) {
  let n = 0;
  for (const op of ops) if (op.op === "equal") n += op.a.to - op.a.from;
  return n;
}

// shared/engine/align/moves.ts
var MIN_MOVED_TOKENS = 3;
function sameWords(a, ra, b, rb) {
  if (ra.to - ra.from !== rb.to - rb.from) return false;
  for (let i = 0; i < ra.to - ra.from; i++) {
    const x = a[ra.from + i];
    const y = b[rb.from + i];
    if (x.norm !== y.norm && ocrKey(x.norm) !== ocrKey(y.norm)) return false;
  }
  return true;
}
function markMoves(ops, a, b) {
  const out = ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  const inserts = out.filter((op) => op.a.to === op.a.from && op.b.to - op.b.from >= MIN_MOVED_TOKENS);
  if (inserts.length === 0) return out;
  let next = 1;
  for (const d of out) {
    if (d.b.to !== d.b.from || d.a.to - d.a.from < MIN_MOVED_TOKENS) continue;
    const i = inserts.find((x) => x.moved === void 0 && sameWords(a, d.a, b, x.b));
    if (!i) continue;
    d.moved = next;
    i.moved = next;
    next++;
  }
  return out;
}

// shared/engine/align/seeds.ts
var MAX_CHAIN_GAP = 48;
function findSeeds(index, docs, n) {
  const pairs = /* @__PURE__ */ new Map();
  const width = docs.length;
  index.forEachGroup((gd, gp, count, star) => {
    for (let i = 0; i < (star ? 1 : count); i++) {
      const da = gd[i];
      const pa = gp[i];
      for (let j = i + 1; j < count; j++) {
        const db = gd[j];
        const pb = gp[j];
        if (da === db && pb - pa < n) continue;
        const key = da * width + db;
        let entry = pairs.get(key);
        if (!entry) pairs.set(key, entry = { docA: da, docB: db, a: [], b: [] });
        if (star) entry.star = true;
        entry.a.push(pa);
        entry.b.push(pb);
      }
    }
  });
  return [...pairs.entries()].sort((x, y) => x[0] - y[0]).map(([, v]) => v);
}
function runsOf(a, b) {
  const idx = a.map((_, i) => i).sort((x, y) => a[x] - a[y] || b[x] - b[y]);
  const open3 = /* @__PURE__ */ new Map();
  const runs = [];
  for (const i of idx) {
    const pa = a[i];
    const pb = b[i];
    const run = open3.get(pb - pa);
    if (run && run.a0 + run.len === pa) {
      run.len++;
    } else {
      const fresh = { a0: pa, b0: pb, len: 1 };
      runs.push(fresh);
      open3.set(pb - pa, fresh);
    }
  }
  return runs.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}
function chainSeeds(a, b, options) {
  const { n, maxGap } = options;
  const active = [];
  const done = [];
  for (const r of runsOf(a, b)) {
    for (let k = active.length - 1; k >= 0; k--) {
      if (active[k].a.to < r.a0 - maxGap) done.push(...active.splice(k, 1));
    }
    const endA = r.a0 + r.len + n - 1;
    const endB = r.b0 + r.len + n - 1;
    let best2;
    for (const c of active) {
      const gapA = r.a0 - c.a.to;
      const gapB = r.b0 - c.b.to;
      const follows = r.a0 > c.lastA0 && r.b0 > c.lastB0 && gapA >= -n && gapB >= -n && gapA <= maxGap && gapB <= maxGap;
      if (follows && (!best2 || c.covered > best2.covered)) best2 = c;
    }
    if (best2) {
      best2.covered += Math.max(0, endA - Math.max(r.a0, best2.a.to));
      best2.a.to = Math.max(best2.a.to, endA);
      best2.b.to = Math.max(best2.b.to, endB);
      best2.runs++;
      best2.lastA0 = r.a0;
      best2.lastB0 = r.b0;
    } else {
      active.push({ a: { from: r.a0, to: endA }, b: { from: r.b0, to: endB }, covered: r.len + n - 1, runs: 1, lastA0: r.a0, lastB0: r.b0 });
    }
  }
  return [...done, ...active].sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from).map(({ a: ca, b: cb, covered, runs }) => ({ a: ca, b: cb, covered, runs }));
}

// shared/engine/align/pairs.ts
var DEFAULT_PAIR_OPTIONS = {
  n: NGRAM_SIZE,
  maxPostings: MAX_POSTINGS,
  maxPerDocument: MAX_POSTINGS_PER_DOCUMENT,
  maxGap: MAX_CHAIN_GAP,
  margin: 12,
  minMatchQuoted: 6,
  minMatchUnquoted: 12,
  minTokens: 8
};
function findSharedPassages(docs, aligner, isQuoted, options = {}, hooks = {}) {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  const index = new NgramIndex({ maxPostings: o.maxPostings, maxPerDocument: o.maxPerDocument });
  docs.forEach((d, i) => index.add(i, d.fingerprints));
  const pairs = findSeeds(index, docs, o.n);
  const out = [];
  pairs.forEach((p, k) => {
    out.push(...alignPair(docs, p, aligner, isQuoted, o, hooks.trace));
    hooks.onProgress?.(k + 1, pairs.length);
  });
  return out;
}
function alignPair(docs, p, aligner, isQuoted, o, trace) {
  const A = docs[p.docA];
  const B = docs[p.docB];
  const self = p.docA === p.docB;
  const chains2 = chainSeeds(p.a, p.b, { n: o.n, maxGap: o.maxGap }).filter((c) => c.covered > o.n && (!self || c.a.to <= c.b.from));
  const found = [];
  const windows = [];
  for (const c of chains2) {
    const wa = { from: Math.max(0, c.a.from - o.margin), to: Math.min(A.tokens.length, c.a.to + o.margin) };
    const wb = { from: Math.max(0, c.b.from - o.margin), to: Math.min(B.tokens.length, c.b.to + o.margin) };
    if (self) {
      wa.to = Math.min(wa.to, c.b.from);
      wb.from = Math.max(wb.from, c.a.to);
    }
    windows.push({ a: wa, b: wb });
    const aligned = aligner.align(A.tokens, wa, B.tokens, wb);
    if (!aligned) continue;
    const r = { ...aligned, ops: markMoves(aligned.ops, A.tokens, B.tokens) };
    const matched = matchedTokens(r.ops);
    const long = r.a.to - r.a.from >= o.minTokens && r.b.to - r.b.from >= o.minTokens;
    const quoted = long && matched >= o.minMatchQuoted && (isQuoted(p.docA, r.a) || isQuoted(p.docB, r.b));
    if (matched >= o.minMatchUnquoted || quoted) found.push({ docA: p.docA, docB: p.docB, a: r.a, b: r.b, ops: r.ops, score: r.score, matched, ...p.star ? { star: true } : {} });
  }
  const kept = dropDuplicates(found);
  trace?.({ docA: p.docA, docB: p.docB, seeds: p.a.length, chains: chains2, windows, passages: kept });
  return kept;
}
function alignedIntervals(p, side) {
  return p.ops.filter((op) => op.op === "equal" || op.op === "replace").map((op) => op[side]);
}
function sharedAligned(p, k, side) {
  const theirs = alignedIntervals(k, side);
  let n = 0;
  for (const r of alignedIntervals(p, side)) {
    for (const t of theirs) n += Math.max(0, Math.min(r.to, t.to) - Math.max(r.from, t.from));
  }
  return n;
}
var alignedCount = (p, side) => alignedIntervals(p, side).reduce((n, r) => n + r.to - r.from, 0);
function dropDuplicates(found) {
  const kept = [];
  for (const s of [...found].sort((x, y) => y.score - x.score || x.a.from - y.a.from)) {
    const dup = kept.some((k) => 2 * sharedAligned(s, k, "a") > alignedCount(s, "a") && 2 * sharedAligned(s, k, "b") > alignedCount(s, "b"));
    if (!dup) kept.push(s);
  }
  return kept.sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from);
}

// shared/engine/align/global-alignment.ts
var MAX_GLOBAL_CELLS = 8e4;
var SCORE = { match: 2, ocr: 1, similar: 0, mismatch: -1, gapOpen: -3, gapExtend: -0.3 };
var DIAG = 0;
var UP = 1;
var LEFT = 2;
function pairScore(x, y, ox, oy) {
  if (x === y) return SCORE.match;
  if (x.length <= MAX_COMPARED_WORD && y.length <= MAX_COMPARED_WORD) {
    if (x.length >= 3 && y.length >= 3 && ox === oy) return SCORE.ocr;
    if (nearlyEqual(x, y)) return SCORE.similar;
  }
  return SCORE.mismatch;
}
function alignGlobal(a, ra, b, rb, options) {
  const la = ra.to - ra.from;
  const lb = rb.to - rb.from;
  if (la <= 0 || lb <= 0 || la * lb > MAX_GLOBAL_CELLS) return null;
  const rev = options.reversed === true;
  const na = Array.from({ length: la }, (_, i) => a[rev ? ra.to - 1 - i : ra.from + i].norm);
  const nb = Array.from({ length: lb }, (_, j) => b[rev ? rb.to - 1 - j : rb.from + j].norm);
  const oa = na.map(ocrKey);
  const ob = nb.map(ocrKey);
  const w = lb + 1;
  const H = new Float64Array((la + 1) * w);
  const E = new Float64Array((la + 1) * w).fill(-Infinity);
  const F = new Float64Array((la + 1) * w).fill(-Infinity);
  const from = new Uint8Array((la + 1) * w);
  const eExt = new Uint8Array((la + 1) * w);
  const fExt = new Uint8Array((la + 1) * w);
  const { gapOpen, gapExtend } = SCORE;
  for (let j = 1; j <= lb; j++) {
    E[j] = gapOpen + (j - 1) * gapExtend;
    eExt[j] = j > 1 ? 1 : 0;
    H[j] = E[j];
    from[j] = LEFT;
  }
  for (let i = 1; i <= la; i++) {
    const k = i * w;
    F[k] = gapOpen + (i - 1) * gapExtend;
    fExt[k] = i > 1 ? 1 : 0;
    H[k] = F[k];
    from[k] = UP;
    for (let j = 1; j <= lb; j++) {
      const c = k + j;
      const eo = H[c - 1] + gapOpen;
      const ee = E[c - 1] + gapExtend;
      E[c] = ee > eo ? ee : eo;
      eExt[c] = ee > eo ? 1 : 0;
      const fo = H[c - w] + gapOpen;
      const fe = F[c - w] + gapExtend;
      F[c] = fe > fo ? fe : fo;
      fExt[c] = fe > fo ? 1 : 0;
      const d = H[c - w - 1] + pairScore(na[i - 1], nb[j - 1], oa[i - 1], ob[j - 1]);
      let h = d;
      let dir = DIAG;
      if (F[c] > h) {
        h = F[c];
        dir = UP;
      }
      if (E[c] > h) {
        h = E[c];
        dir = LEFT;
      }
      H[c] = h;
      from[c] = dir;
    }
  }
  let ei = la;
  let ej = lb;
  if (options.freeEnd) {
    let best2 = -Infinity;
    for (let j = 0; j <= lb; j++) if (H[la * w + j] > best2) {
      best2 = H[la * w + j];
      ei = la;
      ej = j;
    }
    for (let i = 0; i <= la; i++) if (H[i * w + lb] > best2) {
      best2 = H[i * w + lb];
      ei = i;
      ej = lb;
    }
  }
  const moves = traceback2(from, eExt, fExt, ei, ej, w);
  return toOps(a, b, moves, ra, rb, rev, ei, ej);
}
function traceback2(from, eExt, fExt, ei, ej, w) {
  const moves = [];
  let i = ei;
  let j = ej;
  let state = "H";
  while (i > 0 || j > 0) {
    const c = i * w + j;
    if (state === "H") {
      const dir = i === 0 ? LEFT : j === 0 ? UP : from[c];
      if (dir === DIAG) {
        moves.push(DIAG);
        i--;
        j--;
      } else state = dir === UP ? "F" : "E";
    } else if (state === "E") {
      moves.push(LEFT);
      const ext = eExt[c] === 1 && j > 1;
      j--;
      if (!ext) state = "H";
    } else {
      moves.push(UP);
      const ext = fExt[c] === 1 && i > 1;
      i--;
      if (!ext) state = "H";
    }
  }
  return moves.reverse();
}
function toOps(a, b, moves, ra, rb, rev, ei, ej) {
  const steps = [];
  let i = 0;
  let j = 0;
  for (const m of moves) {
    steps.push({ a: m === LEFT ? -1 : rev ? ra.to - 1 - i : ra.from + i, b: m === UP ? -1 : rev ? rb.to - 1 - j : rb.from + j });
    if (m !== LEFT) i++;
    if (m !== UP) j++;
  }
  if (rev) steps.reverse();
  const covered = {
    a: rev ? { from: ra.to - ei, to: ra.to } : { from: ra.from, to: ra.from + ei },
    b: rev ? { from: rb.to - ej, to: rb.to } : { from: rb.from, to: rb.from + ej }
  };
  const ops = [];
  let nextA = covered.a.from;
  let nextB = covered.b.from;
  for (const s of steps) {
    const kind = s.a < 0 ? "insert" : s.b < 0 ? "delete" : a[s.a].norm === b[s.b].norm ? "equal" : "replace";
    if (s.a >= 0) nextA = s.a + 1;
    if (s.b >= 0) nextB = s.b + 1;
    const last = ops[ops.length - 1];
    if (last && last.op === kind) {
      last.a.to = nextA;
      last.b.to = nextB;
    } else ops.push({ op: kind, a: { from: s.a < 0 ? nextA : s.a, to: nextA }, b: { from: s.b < 0 ? nextB : s.b, to: nextB } });
  }
  return { ...covered, ops };
}

// shared/engine/align/extend-passages.ts
var MAX_BRIDGE = 400;
var MAX_EXTENSION = 200;
var MIN_RUN = 3;
var MIN_EVIDENCE = 6;
var MAX_SENTENCE_EDGE = 40;
var MAX_UNQUOTED_EDGE = 3;
function sectionBreak(gap, nextLineStart) {
  if (/\n[ \t]*\n[ \t]*\n/u.test(gap)) return true;
  if (/\n[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*\n/u.test(gap)) return true;
  return gap.includes("\n") && /^[ \t]{0,3}#/u.test(nextLineStart);
}
function sentenceBreak(gap) {
  return /[.!?…]["”’»)\]]*\s/u.test(gap) || /\n[ \t]*\n/u.test(gap);
}
function between(d, i) {
  const prev = d.tokens[i - 1];
  const next = d.tokens[i];
  const lineStart = d.text.lastIndexOf("\n", next.start - 1) + 1;
  return { gap: d.text.slice(prev.end, next.start), line: d.text.slice(lineStart, next.start + 1) };
}
function reach(d, docNo, edge, step, stop, quotes) {
  const edgeTok = d.tokens[edge];
  const q = quotes.boundingIndex(docNo, edgeTok.start, edgeTok.end);
  let i = edge + step;
  let n = 0;
  let natural = false;
  for (; ; i += step, n++) {
    if (i < 0 || i >= d.tokens.length) {
      natural = true;
      break;
    }
    if (n >= MAX_EXTENSION || (step > 0 ? i >= stop : i < stop)) break;
    const t = d.tokens[i];
    const { gap, line } = between(d, step > 0 ? i : i + 1);
    if (q >= 0 && quotes.boundingIndex(docNo, t.start, t.end) !== q || sectionBreak(gap, line)) {
      natural = true;
      break;
    }
  }
  return { bound: step > 0 ? i : i + 1, natural };
}
var MIN_DENSITY = 0.35;
function sharesRun(a, ra, b, rb) {
  if (ra.to - ra.from < MIN_RUN || rb.to - rb.from < MIN_RUN) return false;
  const key = (t, i) => `${t[i].norm}\0${t[i + 1].norm}\0${t[i + 2].norm}`;
  const seen = /* @__PURE__ */ new Set();
  for (let i = ra.from; i + MIN_RUN <= ra.to; i++) seen.add(key(a, i));
  for (let j = rb.from; j + MIN_RUN <= rb.to; j++) if (seen.has(key(b, j))) return true;
  return false;
}
function evidence(ops, k, min) {
  let n = 0;
  for (let i = 0; i <= k; i++) {
    const op = ops[i];
    const len2 = op.a.to - op.a.from;
    if (op.op === "equal" && len2 >= min) n += len2;
  }
  return n;
}
function lastRun(ops) {
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k];
    if (op.op === "equal" && op.a.to - op.a.from >= MIN_RUN) return k;
  }
  return -1;
}
function concat(x, y) {
  const out = x.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  for (const op of y) {
    const last = out[out.length - 1];
    if (last && last.op === op.op && last.moved === void 0 && op.moved === void 0 && last.a.to === op.a.from && last.b.to === op.b.from) {
      last.a.to = op.a.to;
      last.b.to = op.b.to;
    } else out.push({ ...op, a: { ...op.a }, b: { ...op.b } });
  }
  return out;
}
var matchedOf = (ops) => ops.reduce((n, op) => n + (op.op === "equal" ? op.a.to - op.a.from : 0), 0);
function bridgeOps(p, q, ctx) {
  const A = ctx.docs[p.docA];
  const B = ctx.docs[p.docB];
  const ga = { from: p.a.to, to: q.a.from };
  const gb = { from: p.b.to, to: q.b.from };
  const na = ga.to - ga.from;
  const nb = gb.to - gb.from;
  if (na < 0 || nb < 0 || Math.min(na, nb) > MAX_CHAIN_GAP || Math.max(na, nb) > MAX_BRIDGE) return null;
  if (na === 0 && nb === 0) return [];
  if (na === 0 || nb === 0) {
    const [d, docNo, r2] = na > 0 ? [A, p.docA, ga] : [B, p.docB, gb];
    const first = d.tokens[r2.from - 1];
    const q2 = ctx.quotes.boundingIndex(docNo, first.start, first.end);
    if (q2 < 0) return null;
    for (let i = r2.from; i <= r2.to; i++) {
      const t = d.tokens[i];
      if (t && ctx.quotes.boundingIndex(docNo, t.start, t.end) !== q2) return null;
    }
    return [na > 0 ? { op: "delete", a: ga, b: { from: gb.from, to: gb.from } } : { op: "insert", a: { from: ga.from, to: ga.from }, b: gb }];
  }
  const r = alignGlobal(A.tokens, ga, B.tokens, gb, { freeEnd: false });
  if (!r || evidence(r.ops, r.ops.length - 1, 2) < MIN_EVIDENCE) return null;
  return r.ops;
}
function bridge(list, ctx) {
  const out = [];
  for (const q of list) {
    const p = out[out.length - 1];
    const self = q.docA === q.docB;
    const ops = p && !(self && q.a.to > p.b.from) ? bridgeOps(p, q, ctx) : null;
    if (p && ops) {
      const merged = concat(concat(p.ops, ops), q.ops);
      out[out.length - 1] = { ...p, a: { from: p.a.from, to: q.a.to }, b: { from: p.b.from, to: q.b.to }, ops: merged, score: p.score + q.score, matched: matchedOf(merged) };
    } else out.push(q);
  }
  return out;
}
function extendSide(p, step, limitA, limitB, ctx) {
  const A = ctx.docs[p.docA];
  const B = ctx.docs[p.docB];
  const xa = step > 0 ? reach(A, p.docA, p.a.to - 1, 1, limitA, ctx.quotes) : reach(A, p.docA, p.a.from, -1, limitA, ctx.quotes);
  const xb = step > 0 ? reach(B, p.docB, p.b.to - 1, 1, limitB, ctx.quotes) : reach(B, p.docB, p.b.from, -1, limitB, ctx.quotes);
  const ra = step > 0 ? { from: p.a.to, to: xa.bound } : { from: xa.bound, to: p.a.from };
  const rb = step > 0 ? { from: p.b.to, to: xb.bound } : { from: xb.bound, to: p.b.from };
  if (ra.to <= ra.from || rb.to <= rb.from) return p;
  const r = sharesRun(A.tokens, ra, B.tokens, rb) ? alignGlobal(A.tokens, ra, B.tokens, rb, { freeEnd: false, reversed: step < 0 }) : null;
  if (r) {
    const ops = step > 0 ? r.ops : [...r.ops].reverse();
    const k = lastRun(ops);
    if (k >= 0) {
      const run = ops[k];
      const endsWitness = step > 0 ? run.a.to === ra.to && xa.natural || run.b.to === rb.to && xb.natural : run.a.from === ra.from && xa.natural || run.b.from === rb.from && xb.natural;
      const kept = ops.slice(0, k + 1);
      const span2 = Math.max(...["a", "b"].map((side) => kept.reduce((n, op) => n + op[side].to - op[side].from, 0)));
      const dense = evidence(ops, k, MIN_RUN) >= MIN_EVIDENCE && matchedOf(kept) >= MIN_DENSITY * span2;
      if (dense || endsWitness) {
        const forward = step > 0 ? kept : [...kept].reverse();
        const merged = step > 0 ? concat(p.ops, forward) : concat(forward, p.ops);
        const a = step > 0 ? { from: p.a.from, to: run.a.to } : { from: run.a.from, to: p.a.to };
        const b = step > 0 ? { from: p.b.from, to: run.b.to } : { from: run.b.from, to: p.b.to };
        return { ...p, a, b, ops: markMoves(merged, A.tokens, B.tokens), matched: matchedOf(merged) };
      }
    }
  }
  return sentenceEdge(p, step, ra, rb, ctx);
}
function sentenceEdge(p, step, ra, rb, ctx) {
  const A = ctx.docs[p.docA];
  const B = ctx.docs[p.docB];
  const quoted = (d, docNo, i) => {
    const t = d.tokens[i];
    return ctx.quotes.boundingIndex(docNo, t.start, t.end) >= 0;
  };
  const bothQuoted = quoted(A, p.docA, step > 0 ? p.a.to - 1 : p.a.from) && quoted(B, p.docB, step > 0 ? p.b.to - 1 : p.b.from);
  const edge = (d, r) => {
    if (step > 0) {
      let i2 = r.from;
      while (i2 < r.to && !(i2 > r.from && sentenceBreak(between(d, i2).gap))) i2++;
      if (i2 - r.from > MAX_SENTENCE_EDGE || i2 === r.to && r.to < d.tokens.length && !sentenceBreak(between(d, r.to).gap)) return null;
      return { from: r.from, to: i2 };
    }
    let i = r.to;
    while (i > r.from && !sentenceBreak(between(d, i).gap)) i--;
    if (r.to - i > MAX_SENTENCE_EDGE || i === r.from && r.from > 0 && !sentenceBreak(between(d, r.from).gap)) return null;
    return { from: i, to: r.to };
  };
  const atBreak = (d, i) => i <= 0 || i >= d.tokens.length || sentenceBreak(between(d, i).gap);
  if (atBreak(A, step > 0 ? p.a.to : p.a.from) || atBreak(B, step > 0 ? p.b.to : p.b.from)) return p;
  const ea = edge(A, ra);
  const eb = edge(B, rb);
  if (!ea || !eb || ea.to <= ea.from || eb.to <= eb.from) return p;
  if (!bothQuoted && (ea.to - ea.from > MAX_UNQUOTED_EDGE || eb.to - eb.from > MAX_UNQUOTED_EDGE)) return p;
  const op = { op: "replace", a: ea, b: eb };
  const ops = step > 0 ? concat(p.ops, [op]) : concat([op], p.ops);
  return { ...p, a: step > 0 ? { from: p.a.from, to: ea.to } : { from: ea.from, to: p.a.to }, b: step > 0 ? { from: p.b.from, to: eb.to } : { from: eb.from, to: p.b.to }, ops };
}
function extendPassages(passages, docs, quotes) {
  const ctx = { docs, quotes };
  const groups = /* @__PURE__ */ new Map();
  for (const p of passages) {
    const key = `${p.docA}:${p.docB}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const out = [];
  for (const list of groups.values()) {
    const bridged = bridge([...list].sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from), ctx);
    for (const p of bridged) {
      const self = p.docA === p.docB;
      let tailA = Math.min(docs[p.docA].tokens.length, self ? p.b.from : Infinity);
      let tailB = docs[p.docB].tokens.length;
      let leadA = 0;
      let leadB = self ? p.a.to : 0;
      for (const q of bridged) {
        if (q === p) continue;
        if (q.a.from >= p.a.to) tailA = Math.min(tailA, q.a.from);
        if (q.b.from >= p.b.to) tailB = Math.min(tailB, q.b.from);
        if (q.a.to <= p.a.from) leadA = Math.max(leadA, q.a.to);
        if (q.b.to <= p.b.from) leadB = Math.max(leadB, q.b.to);
      }
      out.push(extendSide(extendSide(p, 1, tailA, tailB, ctx), -1, leadA, leadB, ctx));
    }
  }
  return out.sort((x, y) => x.docA - y.docA || x.docB - y.docB || x.a.from - y.a.from || x.b.from - y.b.from);
}

// shared/engine/align/quote-bounds.ts
function columns(ops) {
  const out = [];
  ops.forEach((op, k) => {
    const na = op.a.to - op.a.from;
    const nb = op.b.to - op.b.from;
    const both = op.op === "delete" || op.op === "insert" ? 0 : Math.min(na, nb);
    const moved = op.moved !== void 0;
    for (let i = 0; i < both; i++) out.push({ op: k, a: op.a.from + i, b: op.b.from + i, equal: op.op === "equal", moved });
    for (let i = both; i < na; i++) out.push({ op: k, a: op.a.from + i, b: -1, equal: false, moved });
    for (let i = both; i < nb; i++) out.push({ op: k, a: -1, b: op.b.from + i, equal: false, moved });
  });
  return out;
}
function labels(doc, docNo, range, quotes) {
  const out = new Int32Array(Math.max(0, range.to - range.from));
  for (let i = range.from; i < range.to; i++) {
    const t = doc.tokens[i];
    out[i - range.from] = quotes.boundingIndex(docNo, t.start, t.end);
  }
  return out;
}
function firstIndex(cols, from, to, side) {
  for (let k = from; k < to; k++) if (cols[k][side] >= 0) return cols[k][side];
  return -1;
}
function lastIndex(cols, from, to, side) {
  for (let k = to - 1; k >= from; k--) if (cols[k][side] >= 0) return cols[k][side];
  return -1;
}
function opsOf(cols, from, to, ops) {
  const out = [];
  let nextA = firstIndex(cols, from, to, "a");
  let nextB = firstIndex(cols, from, to, "b");
  for (let k = from; k < to; ) {
    const opIndex = cols[k].op;
    const op = ops[opIndex];
    const a = { from: nextA, to: nextA };
    const b = { from: nextB, to: nextB };
    for (; k < to && cols[k].op === opIndex; k++) {
      const c = cols[k];
      if (c.a >= 0) a.to = nextA = c.a + 1;
      if (c.b >= 0) b.to = nextB = c.b + 1;
    }
    out.push(op.moved === void 0 ? { op: op.op, a, b } : { op: op.op, a, b, moved: op.moved });
  }
  return out;
}
function trimGaps(cols, from, to, together = () => false, lo = from, hi = to) {
  const isGap = (k) => (cols[k].a < 0 || cols[k].b < 0) && !cols[k].moved;
  let s = from;
  let e = to;
  while (s < e && isGap(s)) s++;
  while (e > s && isGap(e - 1)) e--;
  if (s >= e) return [s, e];
  let ls = s;
  while (ls > lo && isGap(ls - 1) && !cols[s].equal && s - ls < MAX_ABSORBED_GAP && together(cols[ls - 1], cols[s])) ls--;
  let le = e;
  while (le < hi && isGap(le) && !cols[e - 1].equal && le - e < MAX_ABSORBED_GAP && together(cols[le], cols[e - 1])) le++;
  return [ls, le];
}
var MAX_ABSORBED_GAP = 2;
function anchorOf(cols, from, to, side, label) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (let k = from; k < to; k++) {
    const i = cols[k][side];
    if (i < 0) continue;
    total++;
    const q = label(i);
    if (q >= 0) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  for (const [q, n] of counts) {
    if (2 * n <= total) continue;
    let s = from;
    let e = to;
    const outside = (c) => c[side] < 0 ? !c.moved : label(c[side]) !== q;
    while (s < e && outside(cols[s])) s++;
    while (e > s && outside(cols[e - 1])) e--;
    return [s, e];
  }
  return null;
}
function boundPassage(p, docs, quotes, o) {
  const la = labels(docs[p.docA], p.docA, p.a, quotes);
  const lb = labels(docs[p.docB], p.docB, p.b, quotes);
  if (la.every((x) => x < 0) && lb.every((x) => x < 0)) return [p];
  const labelA = (i) => la[i - p.a.from];
  const labelB = (i) => lb[i - p.b.from];
  const cols = columns(p.ops);
  let [s, e] = [0, cols.length];
  let quoted = false;
  for (let round2 = 0; round2 < 4; round2++) {
    const ka = anchorOf(cols, s, e, "a", labelA);
    const kb = ka ? anchorOf(cols, ka[0], ka[1], "b", labelB) : anchorOf(cols, s, e, "b", labelB);
    const next = kb ?? ka;
    if (next === null) break;
    quoted = true;
    if (next[0] === s && next[1] === e) break;
    [s, e] = next;
  }
  const together = (gap, pair) => gap.a >= 0 ? labelA(gap.a) === labelA(pair.a) : labelB(gap.b) === labelB(pair.b);
  [s, e] = trimGaps(cols, s, e, together, 0, cols.length);
  const out = [];
  const piece = (from, to, needQuoted) => {
    const [x, y] = trimGaps(cols, from, to, together);
    if (y <= x) return null;
    let matched = 0;
    for (let k = x; k < y; k++) if (cols[k].equal) matched++;
    const a = { from: firstIndex(cols, x, y, "a"), to: lastIndex(cols, x, y, "a") + 1 };
    const b = { from: firstIndex(cols, x, y, "b"), to: lastIndex(cols, x, y, "b") + 1 };
    const long = a.to - a.from >= o.minTokens && b.to - b.from >= o.minTokens;
    const keep = needQuoted ? matched >= o.minMatchUnquoted || long && matched >= o.minMatchQuoted : matched >= o.minMatchUnquoted;
    return keep ? { ...p, a, b, ops: opsOf(cols, x, y, p.ops), matched } : null;
  };
  if (!quoted) return [p];
  const head = piece(0, s, false);
  const found = piece(s, e, true);
  const core = found && extendToEdges(found, docs, quotes);
  const tail = piece(e, cols.length, false);
  if (head) out.push(...boundPassage(head, docs, quotes, o));
  if (core) out.push(core);
  if (tail) out.push(...boundPassage(tail, docs, quotes, o));
  return out;
}
var MAX_EDGE_TOKENS = 3;
function edgeRun(doc, docNo, at, step, q, quotes) {
  let n = 0;
  for (let i = at + step; n <= MAX_EDGE_TOKENS && i >= 0 && i < doc.tokens.length; i += step, n++) {
    const t = doc.tokens[i];
    if (quotes.boundingIndex(docNo, t.start, t.end) !== q) break;
  }
  return n;
}
function extendToEdges(p, docs, quotes) {
  const A = docs[p.docA];
  const B = docs[p.docB];
  const label = (d, docNo, i) => {
    const t = d.tokens[i];
    return quotes.boundingIndex(docNo, t.start, t.end);
  };
  const qa = [label(A, p.docA, p.a.from), label(A, p.docA, p.a.to - 1)];
  const qb = [label(B, p.docB, p.b.from), label(B, p.docB, p.b.to - 1)];
  const ops = [...p.ops];
  const a = { ...p.a };
  const b = { ...p.b };
  if (qa[0] >= 0 && qb[0] >= 0) {
    const na = edgeRun(A, p.docA, p.a.from, -1, qa[0], quotes);
    const nb = edgeRun(B, p.docB, p.b.from, -1, qb[0], quotes);
    if (na > 0 && na === nb && na <= MAX_EDGE_TOKENS) {
      ops.unshift({ op: "replace", a: { from: a.from - na, to: a.from }, b: { from: b.from - nb, to: b.from } });
      a.from -= na;
      b.from -= nb;
    }
  }
  if (qa[1] >= 0 && qb[1] >= 0) {
    const na = edgeRun(A, p.docA, p.a.to - 1, 1, qa[1], quotes);
    const nb = edgeRun(B, p.docB, p.b.to - 1, 1, qb[1], quotes);
    if (na > 0 && na === nb && na <= MAX_EDGE_TOKENS) {
      ops.push({ op: "replace", a: { from: a.to, to: a.to + na }, b: { from: b.to, to: b.to + nb } });
      a.to += na;
      b.to += nb;
    }
  }
  return { ...p, a, b, ops };
}
function boundPassages(passages, docs, quotes, o) {
  return passages.flatMap((p) => boundPassage(p, docs, quotes, o));
}

// shared/engine/align/quote-spans.ts
var bounds = (s) => s.user || s.cue !== "phrase";
function boundsOf(spans) {
  const merge = (list) => {
    const out = [];
    for (const s of [...list].sort((x, y) => x.start - y.start || y.end - x.end)) {
      const last = out[out.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else out.push({ start: s.start, end: s.end });
    }
    return out;
  };
  const user = merge(spans.filter((s) => s.user));
  const detected = merge(spans.filter((s) => !s.user && bounds(s)));
  const free = [];
  let u = 0;
  for (const d of detected) {
    let start = d.start;
    while (u < user.length && user[u].end <= start) u++;
    for (let k = u; k < user.length && user[k].start < d.end; k++) {
      const x = user[k];
      if (x.start > start) free.push({ start, end: x.start });
      start = Math.max(start, x.end);
    }
    if (start < d.end) free.push({ start, end: d.end });
  }
  return [...user, ...free].sort((x, y) => x.start - y.start);
}
var overlap = (s, start, end) => Math.min(s.end, end) - Math.max(s.start, start);
var QuoteSpans = class {
  byDoc;
  boundsByDoc;
  /** @param docCount documents are numbered 0..docCount-1; spans of other numbers are ignored. */
  constructor(docCount, spans) {
    this.byDoc = Array.from({ length: docCount }, () => []);
    for (const s of spans) if (s.end > s.start) this.byDoc[s.doc]?.push(s);
    for (const list of this.byDoc) list.sort((x, y) => x.start - y.start || Number(y.user) - Number(x.user));
    this.boundsByDoc = this.byDoc.map(boundsOf);
  }
  /**
   * The number of the bounding quote holding characters `[start, end)` of `doc` (a token), or -1 when no
   * quote holds them. Bounding quotes are the annotations and the detected quotes in marks or blocks
   * (outermost ones: a quote inside an article belongs to the article); phrases never bound. Two tokens
   * with the same number lie in one quote. Binary search over disjoint intervals.
   */
  boundingIndex(doc, start, end) {
    const list = this.boundsByDoc[doc] ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    return k >= 0 && list[k].end > start ? k : -1;
  }
  /** Every span, in (document, start) order. */
  all() {
    return this.byDoc.flat();
  }
  /** The spans in quotation marks (detected in marks, or annotated) overlapping characters `[start, end)` of `doc`, by start. */
  speechIn(doc, start, end) {
    return (this.byDoc[doc] ?? []).filter((s) => (s.user || s.cue === "quotation-marks") && overlap(s, start, end) > 0).map((s) => ({ start: s.start, end: s.end }));
  }
  /** True when an article block (a reprint under a dateline) of `doc` overlaps most of characters `[start, end)`. */
  inArticle(doc, start, end) {
    return (this.byDoc[doc] ?? []).some((s) => s.cue === "block" && 2 * overlap(s, start, end) > end - start);
  }
  /** True when some quote of `doc` overlaps characters `[start, end)`. */
  isQuoted(doc, start, end) {
    return (this.byDoc[doc] ?? []).some((s) => overlap(s, start, end) > 0);
  }
  /** Every quote of `doc` that wholly holds characters `[start, end)` (a quote inside an article: both). */
  containing(doc, start, end) {
    return (this.byDoc[doc] ?? []).filter((s) => s.start <= start && end <= s.end);
  }
  /**
   * The quote that best describes characters `[start, end)` of `doc`: user annotations before detected
   * candidates, then quotes that carry an attribution, then the closest fit (overlap over union, so a quote
   * that is exactly the witness wins over a long one that merely contains it); undefined when none overlaps.
   */
  best(doc, start, end) {
    let best2;
    let bestKey = [-1, -1, -1];
    for (const s of this.byDoc[doc] ?? []) {
      const ov = overlap(s, start, end);
      if (ov <= 0) continue;
      const a = s.attribution;
      const credited = a.outlet !== void 0 || a.author !== void 0 || a.date !== void 0 ? 1 : 0;
      const fit = ov / (Math.max(s.end, end) - Math.min(s.start, start));
      const key = [s.user ? 1 : 0, credited, fit];
      if (key[0] > bestKey[0] || key[0] === bestKey[0] && (key[1] > bestKey[1] || key[1] === bestKey[1] && key[2] > bestKey[2])) {
        best2 = s;
        bestKey = key;
      }
    }
    return best2;
  }
};
function charSpan(tokens, range) {
  const first = tokens[range.from];
  const last = tokens[range.to - 1];
  if (!first || !last || range.to <= range.from) {
    const at = first?.start ?? tokens[tokens.length - 1]?.end ?? 0;
    return { start: at, end: at };
  }
  return { start: first.start, end: last.end };
}
function tokenRangeOf(tokens, start, end) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { from: lo, to };
}

// shared/engine/align/cluster.ts
var STAR_LIMIT = `the passage stands in more than ${MAX_POSTINGS} places (or more than ${MAX_POSTINGS_PER_DOCUMENT} in one document), so each place was compared with the first only: differences between two other places are not listed`;
var len = (r) => r.to - r.from;
function buildWitnesses(links) {
  const endpoints = links.flatMap((l, k) => [
    { doc: l.docA, range: l.a, link: k, side: 0 },
    { doc: l.docB, range: l.b, link: k, side: 1 }
  ]);
  endpoints.sort((x, y) => x.doc - y.doc || x.range.from - y.range.from || y.range.to - x.range.to);
  const regions = [];
  const ends = links.map(() => [-1, -1]);
  for (const e of endpoints) {
    const cur = regions[regions.length - 1];
    let id = regions.length;
    if (cur && cur.doc === e.doc && e.range.from < cur.range.to) {
      const ov = Math.min(cur.range.to, e.range.to) - e.range.from;
      if (2 * ov >= Math.min(len(e.range), len(cur.range))) {
        cur.range.to = Math.max(cur.range.to, e.range.to);
        id = regions.length - 1;
      } else {
        regions.push({ doc: e.doc, range: { from: cur.range.to, to: e.range.to } });
      }
    } else {
      regions.push({ doc: e.doc, range: { from: e.range.from, to: e.range.to } });
    }
    ends[e.link][e.side] = id;
  }
  return { regions, ends };
}
function components(count, edges) {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find2 = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [x, y] of edges) {
    const rx = find2(x);
    const ry = find2(y);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    const r = find2(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}
function clipOps(ops, ra, rb) {
  const out = [];
  for (const op of ops) {
    const a = { from: Math.max(op.a.from, ra.from), to: Math.min(op.a.to, ra.to) };
    const b = { from: Math.max(op.b.from, rb.from), to: Math.min(op.b.to, rb.to) };
    const na = op.a.to - op.a.from;
    const nb = op.b.to - op.b.from;
    if (op.op === "equal" || op.op === "replace" && na === nb) {
      const lead = Math.max(a.from - op.a.from, b.from - op.b.from);
      const trail = Math.max(op.a.to - a.to, op.b.to - b.to);
      const n = na - lead - trail;
      if (n > 0) out.push({ op: op.op, a: { from: op.a.from + lead, to: op.a.from + lead + n }, b: { from: op.b.from + lead, to: op.b.from + lead + n } });
    } else if (a.to >= a.from && b.to >= b.from && (a.to > a.from || b.to > b.from) && op.a.from >= ra.from && op.b.from >= rb.from && op.a.to <= ra.to && op.b.to <= rb.to) {
      out.push(op.moved === void 0 ? { op: op.op, a, b } : { op: op.op, a, b, moved: op.moved });
    }
  }
  return out;
}
var MIN_BINDING_SHARE = 0.5;
var shareOf = (r, region) => (Math.min(r.to, region.to) - Math.max(r.from, region.from)) / Math.max(1, len(region));
function clusterPassages(docs, links, quotes, options = {}) {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  const bounded = extendPassages(boundPassages(links, docs, quotes, o), docs, quotes);
  const first = buildWitnesses(bounded);
  const binds = bounded.map((p, k) => {
    const [ra, rb] = first.ends[k];
    return Math.max(shareOf(p.a, first.regions[ra].range), shareOf(p.b, first.regions[rb].range)) >= MIN_BINDING_SHARE;
  });
  const componentOf = /* @__PURE__ */ new Map();
  components(first.regions.length, first.ends.filter((_, k) => binds[k])).forEach((comp, c) => comp.forEach((r) => componentOf.set(r, c)));
  first.ends.forEach(([ra, rb], k) => {
    if (!binds[k] && componentOf.get(ra) === componentOf.get(rb)) binds[k] = true;
  });
  const binding = bounded.filter((_, k) => binds[k]);
  const clusters = clusterBound(docs, binding, quotes);
  bounded.forEach((p, k) => {
    if (binds[k] || p.ops.length === 0) return;
    const wa = toWitness({ doc: p.docA, range: p.a }, docs, quotes);
    const wb = toWitness({ doc: p.docB, range: p.b }, docs, quotes);
    clusters.push(finishCluster([wa, wb], [{ x: 0, y: 1, mode: "aligned", ops: p.ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } })) }], p.star ? [STAR_LIMIT] : void 0));
  });
  return clusters;
}
function clusterBound(docs, bounded, quotes) {
  const { regions, ends } = buildWitnesses(bounded);
  const clusters = [];
  const linksOf = /* @__PURE__ */ new Map();
  ends.forEach(([x], k) => {
    const list = linksOf.get(x);
    if (list) list.push(k);
    else linksOf.set(x, [k]);
  });
  for (const comp of components(regions.length, ends)) {
    if (comp.length < 2) continue;
    const ordered = [...comp].sort((p, q) => regions[p].doc - regions[q].doc || regions[p].range.from - regions[q].range.from);
    const index = new Map(ordered.map((r, k) => [r, k]));
    const witnesses = ordered.map((r) => toWitness(regions[r], docs, quotes));
    const pairs = [];
    for (const r of comp) {
      for (const k of linksOf.get(r) ?? []) {
        const [ra, rb] = ends[k];
        if (ra === rb) continue;
        const p = bounded[k];
        const ia = index.get(ra);
        const ib = index.get(rb);
        const ops = clipOps(p.ops, regions[ra].range, regions[rb].range);
        if (ops.length === 0) continue;
        pairs.push(ia < ib ? { x: ia, y: ib, mode: "aligned", ops } : { x: ib, y: ia, mode: "aligned", ops: ops.map(swapSides) });
      }
    }
    if (pairs.length === 0) continue;
    const star = comp.some((r) => (linksOf.get(r) ?? []).some((k) => bounded[k].star));
    clusters.push(finishCluster(witnesses, pairs, star ? [STAR_LIMIT] : void 0));
  }
  return clusters;
}
function swapSides(op) {
  const kind = op.op === "delete" ? "insert" : op.op === "insert" ? "delete" : op.op;
  return op.moved === void 0 ? { op: kind, a: { ...op.b }, b: { ...op.a } } : { op: kind, a: { ...op.b }, b: { ...op.a }, moved: op.moved };
}
function toWitness(region, docs, quotes) {
  const { start, end } = charSpan(docs[region.doc].tokens, region.range);
  const q = quotes.best(region.doc, start, end);
  const w = { doc: region.doc, range: { ...region.range }, start, end, attribution: q ? { ...q.attribution } : {}, translated: q?.translated ?? false, quoted: q !== void 0 };
  if (q?.attributionSpan) w.attributionSpan = { ...q.attributionSpan };
  return w;
}
function finishCluster(witnesses, pairs, limits) {
  const order = witnesses.map((_, i) => i).sort((x, y) => {
    const a = witnesses[x];
    const b = witnesses[y];
    return a.doc - b.doc || a.start - b.start || a.end - b.end;
  });
  const newIndex = new Map(order.map((old, k) => [old, k]));
  const renumbered = pairs.map((p) => {
    const x = newIndex.get(p.x);
    const y = newIndex.get(p.y);
    return x < y ? { ...p, x, y } : { ...p, x: y, y: x, ops: p.ops.map(swapSides) };
  });
  renumbered.sort((p, q) => p.x - q.x || p.y - q.y || (p.ops[0]?.a.from ?? 0) - (q.ops[0]?.a.from ?? 0));
  const sorted = order.map((old) => witnesses[old]);
  const byLength = [...sorted].sort((x, y) => len(y.range) - len(x.range));
  const cluster = { witnesses: sorted, pairs: renumbered, source: consensus(byLength.map((w) => w.attribution)) };
  if (limits && limits.length > 0) cluster.limits = [...limits];
  return cluster;
}
var FIELDS = ["outlet", "author", "date", "headline"];
function consensus(attributions) {
  const out = {};
  for (const f of FIELDS) {
    const counts = /* @__PURE__ */ new Map();
    for (const a of attributions) {
      const v = a[f];
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    let best2;
    for (const [v, c] of counts) if (best2 === void 0 || c > counts.get(best2)) best2 = v;
    if (best2 !== void 0) out[f] = best2;
  }
  return out;
}

// shared/text/lines.ts
var LF = 10;
var CR = 13;
function lineBreakAt(text, i) {
  const c = text.charCodeAt(i);
  if (c === LF) return 1;
  if (c !== CR) return 0;
  return text.charCodeAt(i + 1) === LF ? 2 : 1;
}
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const size3 = lineBreakAt(text, i);
    if (size3 === 0) continue;
    lines.push({ start, end: i, next: i + size3 });
    i += size3 - 1;
    start = i + 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) {
    const size3 = lineBreakAt(text, i);
    if (size3 === 0 || i + size3 > stop) continue;
    line++;
    i += size3 - 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// shared/engine/detect/text-scan.ts
function tokenIndexAt(tokens, pos) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const t = tokens[mid];
    if (t !== void 0 && t.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countTokens(tokens, from, to) {
  let n = 0;
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0 || t.start >= to) break;
    if (t.start >= from && t.end <= to) n++;
  }
  return n;
}
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "st",
  "no",
  "nos",
  "vol",
  "p",
  "pp",
  "ed",
  "eds",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "ltd",
  "co",
  "corp",
  "jr",
  "sr",
  "vs",
  "etc",
  "cf",
  "al",
  "approx",
  "ca"
]);
var MAX_SENTENCE_CHARS = 400;
var isSpace = (c) => c !== void 0 && /\s/u.test(c);
var isUpperStart = (c) => c !== void 0 && /[\p{Lu}“"‘«„(\d]/u.test(c);
function endsSentence(text, dot) {
  let w = dot;
  while (w > 0 && /[\p{L}]/u.test(text[w - 1] ?? "")) w--;
  const word = text.slice(w, dot);
  if (word.length === 1 && new RegExp("\\p{Lu}", "u").test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
function sentenceStart(text, pos, floor = 0) {
  const limit = Math.max(floor, pos - MAX_SENTENCE_CHARS);
  for (let i = pos - 1; i > limit; i--) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "\u2026" && c !== ")") continue;
    let j = i + 1;
    while (j < pos && /["”’»]/u.test(text[j] ?? "")) j++;
    if (!isSpace(text[j])) continue;
    let k = j;
    while (k < pos && isSpace(text[k])) k++;
    if (k >= pos || !isUpperStart(text[k])) continue;
    if (c === ")" && text[i - 1] !== ".") continue;
    if (c === "." && !endsSentence(text, i)) continue;
    return k;
  }
  return limit;
}
function sentenceEnd(text, pos, ceiling = text.length) {
  const limit = Math.min(ceiling, pos + MAX_SENTENCE_CHARS);
  for (let i = pos; i < limit; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "\u2026") continue;
    let j = i + 1;
    while (j < limit && /["”’»)]/u.test(text[j] ?? "")) j++;
    if (j < limit && !isSpace(text[j])) continue;
    let k = j;
    while (k < limit && isSpace(text[k])) k++;
    if (k < limit && !isUpperStart(text[k])) continue;
    if (c === "." && !endsSentence(text, i)) continue;
    return j;
  }
  return limit;
}
function collapseSpace(s) {
  return s.replace(/\s+/gu, " ").trim();
}

// shared/engine/detect/citations.ts
var MAX_CITATION_CHARS = 500;
var MAX_LEAD = 12;
function closingBracket(text, open3) {
  let depth = 0;
  const limit = Math.min(text.length, open3 + MAX_CITATION_CHARS);
  for (let i = open3; i < limit; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}
var AUTHOR = new RegExp("^\\s*(?:by\\s+)?(\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s+(?:(?:de|da|di|du|del|der|den|van|von|le|la|al|bin|ibn)\\s+)*\\p{Lu}[\\p{L}\u2019'.-]*){1,4})\\s*[.,]", "u");
var YEAR = /\b(1[6-9]\d\d|20\d\d)\b/gu;
var PLACE = new RegExp("\\(\\s*(\\p{Lu}[\\p{L} .\u2019'-]{1,40}?(?:\\s+and\\s+\\p{Lu}[\\p{L} .\u2019'-]{1,40}?)*)\\s*[,:]\\s*(?:[^()]{0,60}?,\\s*)?(?:1[6-9]\\d\\d|20\\d\\d)\\s*\\)", "u");
var PUBLISHER = new RegExp("(\\p{Lu}(?:[\\p{L}&\u2019' -]|\\.(?!\\s)){0,60}?\\b(?:Press|Publishers|Publishing|Books|Verlag|Editions|\xC9ditions|House))\\s*,\\s*(?:1[6-9]\\d\\d|20\\d\\d)\\b", "u");
var PAGE = /\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)/u;
function citationAfter(text, at) {
  const lead = /^[\s.,;:]{0,12}\(/u.exec(text.slice(at, at + MAX_LEAD + 1));
  if (lead === null) return null;
  const open3 = at + lead[0].length - 1;
  const end = closingBracket(text, open3);
  if (end < 0) return null;
  const inner = collapseSpace(text.slice(open3 + 1, end - 1).replace(/[*_]/gu, ""));
  const author = AUTHOR.exec(inner)?.[1];
  const years = [...inner.matchAll(YEAR)].map((m) => m[1]);
  const year = years[years.length - 1];
  if (author === void 0 || year === void 0) return null;
  const attribution = { author: author.replace(/[.,]$/u, ""), date: year };
  const place = PLACE.exec(inner)?.[1];
  if (place !== void 0) attribution.place = place.trim();
  const publisher = PUBLISHER.exec(inner)?.[1];
  if (publisher !== void 0) attribution.publisher = publisher.trim();
  const page = PAGE.exec(inner)?.[1];
  if (page !== void 0) attribution.page = page.replace(/\s+/gu, "");
  return { attribution, start: open3, end };
}

// shared/engine/detect/dates.ts
var MONTH_NAMES = [
  ["january", "jan", "janvier", "januar", "enero", "\u044F\u043D\u0432\u0430\u0440\u044F", "\u044F\u043D\u0432\u0430\u0440\u044C", "yanvar", "ocak"],
  ["february", "feb", "f\xE9vrier", "fevrier", "februar", "febrero", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F", "\u0444\u0435\u0432\u0440\u0430\u043B\u044C", "fevral", "\u015Fubat", "subat"],
  ["march", "mar", "mars", "m\xE4rz", "maerz", "marzo", "\u043C\u0430\u0440\u0442\u0430", "\u043C\u0430\u0440\u0442", "mart"],
  ["april", "apr", "avril", "abril", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u0430\u043F\u0440\u0435\u043B\u044C", "aprel", "nisan"],
  ["may", "mai", "mayo", "\u043C\u0430\u044F", "\u043C\u0430\u0439", "may\u0131s", "mayis"],
  ["june", "jun", "juin", "juni", "junio", "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043D\u044C", "iyun", "haziran"],
  ["july", "jul", "juillet", "juli", "julio", "\u0438\u044E\u043B\u044F", "\u0438\u044E\u043B\u044C", "iyul", "temmuz"],
  ["august", "aug", "ao\xFBt", "aout", "agosto", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0430\u0432\u0433\u0443\u0441\u0442", "avqust", "a\u011Fustos", "agustos"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C", "sentyabr", "eyl\xFCl", "eylul"],
  ["october", "oct", "octobre", "oktober", "octubre", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442\u044F\u0431\u0440\u044C", "oktyabr", "ekim"],
  ["november", "nov", "novembre", "noviembre", "\u043D\u043E\u044F\u0431\u0440\u044F", "\u043D\u043E\u044F\u0431\u0440\u044C", "noyabr", "kas\u0131m", "kasim"],
  ["december", "dec", "d\xE9cembre", "decembre", "dezember", "diciembre", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F", "\u0434\u0435\u043A\u0430\u0431\u0440\u044C", "dekabr", "aral\u0131k", "aralik"]
];
var MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1])));
function monthOf(word) {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}
var MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
var DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";
var YEAR2 = "(\\d{4})";
var DASH = "\\s{0,2}(?:-|\u2013|\u2014|to|and|/)\\s{0,2}";
var L = "";
var R = "(?![\\p{L}\\p{N}])";
var month = (s) => MONTH_BY_NAME.get((s ?? "").toLowerCase()) ?? 0;
var num = (s) => Number.parseInt(s ?? "", 10);
var SHAPES = [
  {
    // 1992-03-16, 1992-03
    re: new RegExp(`${L}(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\p{L}\\p{N}]|-\\d)`, "gu"),
    build: (m) => ({ y: m[1], mo: num(m[2]), d: m[3] === void 0 ? void 0 : num(m[3]), range: false })
  },
  {
    // 16.03.1992, 16/03/1992 (day first, as in the European sources; a second field above 12 means month first)
    re: new RegExp(`${L}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${R}`, "gu"),
    build: (m) => {
      const a = num(m[1]);
      const b = num(m[3]);
      return b > 12 && a <= 12 ? { y: m[4], mo: a, d: b, range: false } : { y: m[4], mo: b, d: a, range: false };
    }
  },
  {
    // 25-26 February 1992, 25 to 26 February
    re: new RegExp(`${L}(\\d{1,2})${DASH}(\\d{1,2})\\s{1,3}(?:of\\s{1,3})?${MONTH}(?:,?\\s{1,3}${YEAR2})?${R}`, "giu"),
    build: (m) => ({ y: m[4], mo: month(m[3]), d: num(m[1]), range: true })
  },
  {
    // 1 March 1992, 1st of March, 1992, 1 March (no year: iso null)
    re: new RegExp(`${L}${DAY}\\s{1,3}(?:of\\s{1,3})?${MONTH}(?:,?\\s{1,3}${YEAR2})?${R}`, "giu"),
    build: (m) => ({ y: m[3], mo: month(m[2]), d: num(m[1]), range: false })
  },
  {
    // Feb. 25-26, 1992
    re: new RegExp(`${L}${MONTH}\\s{1,3}(\\d{1,2})${DASH}(\\d{1,2})(?:,?\\s{1,3}${YEAR2})?${R}`, "giu"),
    build: (m) => ({ y: m[4], mo: month(m[1]), d: num(m[2]), range: true })
  },
  {
    // March 16, 1992; March, 23 1992; Mar. 3 (no year)
    re: new RegExp(`${L}${MONTH},?\\s{1,3}${DAY}(?:,?\\s{1,3}${YEAR2})?${R}`, "giu"),
    build: (m) => ({ y: m[3], mo: month(m[1]), d: num(m[2]), range: false })
  },
  {
    // March 1992 → 1992-03
    re: new RegExp(`${L}${MONTH},?\\s{1,3}${YEAR2}${R}`, "giu"),
    build: (m) => ({ y: m[2], mo: month(m[1]), d: void 0, range: false })
  }
];
var WORD_CHAR = /[\p{L}\p{N}]/u;
var MIN_YEAR = 1800;
var MAX_YEAR = 2199;
function daysIn(year, mo) {
  return new Date(Date.UTC(year, mo, 0)).getUTCDate();
}
function toIsoDate(year, mo, day) {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || mo < 1 || mo > 12) return null;
  const ym = `${year}-${String(mo).padStart(2, "0")}`;
  if (day === void 0) return ym;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, mo)) return null;
  return `${ym}-${String(day).padStart(2, "0")}`;
}
function findDates(text, from = 0, to = text.length) {
  const window = text.slice(from, to);
  const found = [];
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(window); m !== null; m = shape.re.exec(window)) {
      if (WORD_CHAR.test(window[m.index - 1] ?? "")) {
        shape.re.lastIndex = m.index + 1;
        continue;
      }
      const parts = shape.build(m);
      if (parts === null || parts.mo < 1) continue;
      const start = from + m.index;
      const end = start + m[0].replace(/[\s,]+$/u, "").length;
      const year = parts.y === void 0 ? Number.NaN : num(parts.y);
      const iso = parts.range || parts.y === void 0 ? null : toIsoDate(year, parts.mo, parts.d);
      if (parts.y !== void 0 && toIsoDate(year, parts.mo, parts.range ? 1 : parts.d) === null) continue;
      found.push({ start, end, iso, range: parts.range });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last !== void 0 && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

// shared/engine/detect/attribution-phrases.ts
var AFTER_WINDOW = 300;
var HEADLINE_CUE = /\b(?:headlines?|headlined|titled|entitled|under the title|captioned)\s{0,3}[,:]?\s{0,6}$/iu;
var CREDIT_VERB = /\b(?:call(?:s|ed)?|describ(?:es|ed)|report(?:s|ed)?|wr(?:ote|ites)|sa(?:id|ys)|term(?:s|ed)|dub(?:s|bed)|label(?:s|l?ed)|quot(?:es|ed)|cit(?:es|ed)|put it|headlines?|headlined|titled|published|printed|ran)\b|:\s{0,6}$/iu;
var PARENTHETICAL = /\(([^()]{1,160})\)/u;
function dateMatch(text, from, to, first) {
  const dates = findDates(text, from, to).filter((d) => d.iso !== null && !d.range);
  return first ? dates[0] : dates[dates.length - 1];
}
function dateIn(text, from, to, first) {
  return dateMatch(text, from, to, first)?.iso ?? void 0;
}
function attributeFromContext(text, tokens, gazetteer, open3, close, floor, ceiling) {
  const attribution = {};
  const used = [];
  const before = sentenceStart(text, open3, floor);
  const closesSentence = /[.!?…]\s{0,3}$/u.test(text.slice(Math.max(open3 + 1, close - 4), close)) && new RegExp("^\\s{0,20}\\p{Lu}", "u").test(text.slice(close + 1, close + 24));
  const afterTo = closesSentence ? close + 1 : Math.min(sentenceEnd(text, close + 1, ceiling), close + 1 + AFTER_WINDOW, ceiling);
  const after = text.slice(close + 1, afterTo);
  const book = citationAfter(text, close + 1);
  const paren = book === null ? PARENTHETICAL.exec(after) : null;
  let citedInBrackets = book !== null;
  if (book !== null) {
    Object.assign(attribution, book.attribution);
    used.push(book);
  }
  if (paren !== null) {
    const from = close + 1 + paren.index;
    const to = from + paren[0].length;
    const outlet = gazetteer.match(text, tokens, from, to)[0];
    if (outlet !== void 0) attribution.outlet = outlet.outlet;
    citedInBrackets = outlet !== void 0;
    const date = dateIn(text, from, to, true);
    if (date !== void 0) attribution.date = date;
    if (outlet !== void 0 || date !== void 0) used.push({ start: from, end: to });
  }
  const outletBefore = gazetteer.match(text, tokens, before, open3).pop();
  if (attribution.outlet === void 0 && outletBefore !== void 0) {
    attribution.outlet = outletBefore.outlet;
    used.push(outletBefore);
  }
  const credited = citedInBrackets || outletBefore !== void 0 && CREDIT_VERB.test(text.slice(outletBefore.end, open3));
  if (attribution.outlet === void 0) {
    const outletAfter = gazetteer.match(text, tokens, close + 1, afterTo)[0];
    if (outletAfter !== void 0) {
      attribution.outlet = outletAfter.outlet;
      used.push(outletAfter);
    }
  }
  if (attribution.date === void 0) {
    const date = dateMatch(text, close + 1, afterTo, true) ?? dateMatch(text, before, open3, false);
    if (date !== void 0) {
      attribution.date = date.iso;
      used.push(date);
    }
  }
  if (attribution.outlet === void 0 && attribution.author === void 0) {
    const speaker = speakerBefore(text, before, open3);
    if (speaker !== null) {
      attribution.author = speaker.name;
      used.push(speaker);
    }
  }
  const headline = HEADLINE_CUE.test(text.slice(Math.max(before, open3 - 60), open3));
  if (headline) attribution.headline = collapseSpace(text.slice(open3 + 1, close)).replace(/[,;:]$/u, "");
  const result = { attribution, attributed: credited || headline };
  if (used.length > 0) result.span = { start: Math.min(...used.map((u) => u.start)), end: Math.max(...used.map((u) => u.end)) };
  return result;
}
var SPEAKER = new RegExp("(\\p{Lu}[\\p{Ll}\u2019'-]+(?:\\s+\\p{Lu}[\\p{Ll}\u2019'-]+){1,3}),?\\s+(?:said|says|stated|states|declared|declares|noted|notes|stressed|stresses|wrote|writes|told|tells|added|emphasi[sz]ed|pointed\\s+out)\\b", "gu");
var NOT_A_NAME = /^(?:The|A|An|In|On|At|This|That|These|Those|It|He|She|They|We|His|Her|Their|Our|According|Mr|Mrs|Ms|Dr)\s/u;
function speakerBefore(text, from, open3) {
  const window = text.slice(from, open3);
  let best2 = null;
  for (const m of window.matchAll(SPEAKER)) {
    let name = m[1].replace(/\s+/gu, " ");
    let at = from + m.index;
    while (NOT_A_NAME.test(name)) {
      const cut = name.indexOf(" ");
      at += cut + 1;
      name = name.slice(cut + 1);
    }
    if (name.split(" ").length < 2) continue;
    best2 = { name, start: at, end: at + name.length };
  }
  return best2;
}
var REPORTING = /^(?:['’]s?)?[ \t]{0,3}(?:(?:magazine|newspaper|daily|weekly|news agency|agency|paper)[ \t\n]{1,3})?(?:(?:also|later|then|further|once)[ \t\n]{1,3})?(?:reported|reports|wrote|writes|said|says|stated|states|noted|notes|described|describes|observed|claimed|added|told readers)\b[ \t]{0,3}(?:that\b)?[ \t]{0,3}(:)?/iu;
var ANY_QUOTE = /["“”„«»]/u;
var MIN_PHRASE_WORDS = 4;
function findPhraseCandidates(text, tokens, gazetteer, inSkip) {
  const out = [];
  for (const m of gazetteer.match(text, tokens)) {
    if (inSkip(m.start)) continue;
    const verb = REPORTING.exec(text.slice(m.end, m.end + 80));
    if (verb === null) continue;
    let start = m.end + verb[0].length;
    while (start < text.length && /\s/u.test(text[start] ?? "")) start++;
    const sentenceTo = sentenceEnd(text, start);
    let end = sentenceTo;
    const passage = text.slice(start, end);
    if (ANY_QUOTE.test(passage) || inSkip(start)) continue;
    const attribution = { outlet: m.outlet };
    const attributionSpan = { start: m.start, end: m.end + verb[0].trimEnd().length };
    const paren = /\(([^()]{1,80})\)\s*[.!?]?\s*$/u.exec(passage);
    if (paren !== null) {
      const date = dateIn(text, start + paren.index, end, true);
      if (date !== void 0) attribution.date = date;
      end = start + paren.index;
    }
    end = start + text.slice(start, end).replace(/[\s.,;:!?]+$/u, "").length;
    if (end <= start || countTokens(tokens, start, end) < MIN_PHRASE_WORDS) continue;
    out.push({ start, end, attribution, colon: verb[1] === ":", attributionSpan });
  }
  return out;
}

// shared/engine/detect/datelines.ts
var MAX_DATELINE_LINE = 400;
var MAX_DATELINE_EXTRA_LINES = 3;
var MAX_NAME_CHARS = 80;
var MAX_NAME_WORDS = 10;
var DATELINE_START = /^[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,3}[ \t]*)?[\p{Lu}\d][^,\n]{0,80},/u;
var LEAD_MARKUP = /^[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,3}[ \t]*)?/u;
var WEEKDAY_TAIL = /[,\s]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
var OPEN_QUOTES = '"\u201C\u201E\xAB\u2018';
var CLOSE_QUOTES = '"\u201D\u201C\xBB\u2019';
var lineText = (text, l) => l === void 0 ? "" : text.slice(l.start, l.end);
function datelineExtent(text, lines, k) {
  const first = lineText(text, lines[k]).trim();
  const opensBold = /^(?:#{1,6}\s+)?\*\*/u.test(first) && !/\*\*$/u.test(first);
  for (let e = k + 1; e <= k + MAX_DATELINE_EXTRA_LINES && e < lines.length; e++) {
    const t = lineText(text, lines[e]).trim();
    if (t === "") return k;
    if (opensBold && /\*\*$/u.test(t)) return e;
    if (!opensBold && OPEN_QUOTES.includes(t[0] ?? "") && lineText(text, lines[e - 1]).trim().endsWith(",")) {
      if (CLOSE_QUOTES.includes(t.replace(/[*_.\s]+$/u, "").slice(-1))) return e;
      continue;
    }
    if (!opensBold) return k;
  }
  return k;
}
function parseTail(tail) {
  let s = tail.replace(/^\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/iu, "");
  let page;
  const p = /^\s*,?\s*(?:p|pp|page)\.?\s*([\dA-Z][\w–-]{0,9})/u.exec(s);
  if (p !== null) {
    page = p[1];
    s = s.slice(p[0].length);
  }
  s = s.replace(/[\s*_.,]+$/u, "");
  const body = s.replace(/^\s*,?\s*/u, "");
  if (body === "") return page === void 0 ? {} : { page };
  const opener = body[0] ?? "";
  let headline = body;
  if (OPEN_QUOTES.includes(opener)) {
    const last = body.slice(-1);
    if (!CLOSE_QUOTES.includes(last) || body.length < 3) return null;
    headline = body.slice(1, -1);
  } else if (/[.!?:;]\s/u.test(body) || body.length > 200) {
    return null;
  }
  headline = collapseSpace(headline);
  if (headline === "") return page === void 0 ? {} : { page };
  return page === void 0 ? { headline } : { headline, page };
}
function cleanName(raw) {
  let name = raw.replace(/[\s*_]+$/u, "");
  if (!/[,–—-]$/u.test(name)) return null;
  name = name.slice(0, -1).replace(WEEKDAY_TAIL, "").trim();
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return null;
  if (/[:;!?"“”«»„]/u.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (!/^[\p{L}\d]/u.test(name) || new RegExp("^\\p{Ll}", "u").test(name)) return null;
  return name;
}
function parseDateline(text, tokens, lines, k, gazetteer, trustUnknown) {
  const line = lines[k];
  if (line === void 0 || line.end - line.start > MAX_DATELINE_LINE) return null;
  const raw = lineText(text, line);
  if (!DATELINE_START.test(raw) || !/\d/u.test(raw)) return null;
  const lastLine = datelineExtent(text, lines, k);
  const to = lines[lastLine]?.end ?? line.end;
  const nameStart = line.start + (LEAD_MARKUP.exec(raw)?.[0].length ?? 0);
  const date = findDates(text, nameStart, to).find((d) => d.start > nameStart);
  if (date === void 0 || date.iso === null || date.range || date.start >= line.end) return null;
  const name = cleanName(text.slice(nameStart, date.start));
  const tail = parseTail(text.slice(date.end, to));
  if (name === null || tail === null) return null;
  const known = gazetteer.match(text, tokens, nameStart, nameStart + name.length)[0];
  const outlet = known !== void 0 && known.start === nameStart ? known.outlet : null;
  if (outlet === null && !trustUnknown(name, lastLine)) return null;
  return { outlet: outlet ?? name, known: outlet !== null, date: date.iso, ...tail, lastLine };
}
var BYLINE = new RegExp("^[ \\t]*[*_]{0,3}[ \\t]*(?:(?:an?\\s+)?(?:report|article|story|dispatch)\\s+)?by\\s+(\\p{Lu}[^*_\\n]{1,120}?)[ \\t]*[*_]{0,3}[ \\t]*$", "iu");
var SPECIAL_TO = new RegExp("^[ \\t]*[*_]{0,3}[ \\t]*(?:[Ss]pecial\\s+to|[Ff]or)\\s+(\\p{Lu}[^*_\\n]{1,80}?)[ \\t]*[*_]{0,3}[ \\t]*$", "u");
function authorOf(names) {
  const author = collapseSpace(names.split(",")[0] ?? "").replace(/\s+with\s+.*$/iu, "");
  if (author.length < 3 || !new RegExp("^\\p{Lu}", "u").test(author) || author.split(" ").length > 8) return null;
  return author;
}
function parseByline(text, lines, k, gazetteer) {
  const line = lines[k];
  if (line === void 0 || line.end - line.start > 200) return null;
  const m = BYLINE.exec(lineText(text, line));
  const author = m === null ? null : authorOf(m[1] ?? "");
  if (author === null) return null;
  const special = SPECIAL_TO.exec(lineText(text, lines[k + 1]));
  const outlet = special === null ? null : gazetteer.lookup(special[1] ?? "");
  return outlet === null ? { author, lastLine: k } : { author, outlet, lastLine: k + 1 };
}

// shared/engine/detect/blocks.ts
var BOLD_LEVEL = 7;
var PLAIN_BLANK_RUN = 3;
var MAX_BLOCK_CHARS = 4e4;
var MAX_HEADER_LINES = 3;
function classify(s) {
  if (s.trim() === "") return { kind: "blank", level: 0 };
  if (s.length > 300) return { kind: "text", level: 0 };
  const h = /^[ \t]{0,3}(#{1,6})[ \t]+\S/u.exec(s);
  if (h !== null) return { kind: "heading", level: h[1]?.length ?? 1 };
  if (/^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u.test(s)) return { kind: "rule", level: 0 };
  if (/^[ \t]*\*\*[^*]{1,120}\*\*[ \t]*$/u.test(s) && !/\d/u.test(s)) return { kind: "bold", level: BOLD_LEVEL };
  return { kind: "text", level: 0 };
}
function headingText(s) {
  return collapseSpace(s.replace(/^[ \t]*#{1,6}[ \t]+/u, "").replace(/[*_]{1,3}/gu, ""));
}
var BlockScanner = class {
  constructor(text, tokens, gazetteer) {
    this.text = text;
    this.tokens = tokens;
    this.gazetteer = gazetteer;
    this.lines = splitLines(text);
    this.kinds = this.lines.map((l) => classify(text.slice(l.start, Math.min(l.end, l.start + 301))));
  }
  text;
  tokens;
  gazetteer;
  lines;
  kinds;
  str(k) {
    const l = this.lines[k];
    return l === void 0 ? "" : this.text.slice(l.start, l.end);
  }
  nextNonBlank(k) {
    let i = k;
    while (i < this.lines.length && this.kinds[i]?.kind === "blank") i++;
    return i;
  }
  /** Heading and bold lines right above line `k` (blank lines between allowed), nearest last. */
  headerAbove(k) {
    const found = [];
    for (let i = k - 1; i >= 0 && found.length < MAX_HEADER_LINES; i--) {
      const kind = this.kinds[i]?.kind;
      if (kind === "blank") continue;
      if (kind !== "heading" && kind !== "bold") break;
      found.unshift(i);
    }
    return found;
  }
  /** Every block head, in document order. */
  heads() {
    const heads = [];
    let sectionLevel = 0;
    for (let k = 0; k < this.lines.length; k++) {
      const c = this.kinds[k];
      if (c === void 0) continue;
      if (c.kind === "heading") {
        const head2 = this.datelineHead(k, c.level) ?? this.bylineHead(k);
        sectionLevel = c.level;
        if (head2 === null) continue;
        heads.push(head2);
        k = head2.bodyLine - 1;
        continue;
      }
      if (c.kind !== "text") continue;
      const head = this.datelineHead(k, sectionLevel);
      if (head === null) continue;
      heads.push(head);
      k = head.bodyLine - 1;
    }
    return heads;
  }
  bylineAfter(line) {
    return parseByline(this.text, this.lines, this.nextNonBlank(line + 1), this.gazetteer);
  }
  datelineHead(k, sectionLevel) {
    const trustUnknown = (name, lastLine) => {
      const n = name.toLowerCase();
      const headings = this.headerAbove(k).map((i) => headingText(this.str(i)).toLowerCase());
      return headings.some((h) => h.includes(n) || n.includes(h)) || this.bylineAfter(lastLine) !== null;
    };
    const d = parseDateline(this.text, this.tokens, this.lines, k, this.gazetteer, trustUnknown);
    if (d === null) return null;
    const header2 = this.headerAbove(k);
    const byline = this.bylineAfter(d.lastLine);
    const bodyLine = this.nextNonBlank((byline?.lastLine ?? d.lastLine) + 1);
    const first = header2[0];
    const headerLevel = first === void 0 ? 0 : this.kinds[first]?.level ?? 0;
    const bold = /^[ \t]*(?:#{1,6}[ \t]+)?\*\*/u.test(this.str(k));
    const level = headerLevel > 0 ? headerLevel : sectionLevel > 0 ? sectionLevel : BOLD_LEVEL;
    const attribution = { outlet: d.outlet, date: d.date };
    if (byline !== null) attribution.author = byline.author;
    if (d.headline !== void 0) attribution.headline = d.headline;
    if (d.page !== void 0) attribution.page = d.page;
    return {
      headerLine: first ?? k,
      bodyLine,
      level,
      plain: headerLevel === 0 && sectionLevel === 0 && !bold,
      attribution,
      opener: "dateline",
      knownOutlet: d.known
    };
  }
  /** A heading group followed directly by a byline, starting at heading line `k` (its first heading). */
  bylineHead(k) {
    const prev = this.headerAbove(k);
    if (prev.length > 0) return null;
    const group = [k];
    let next = this.nextNonBlank(k + 1);
    while (group.length < MAX_HEADER_LINES && this.kinds[next]?.kind === "heading") {
      group.push(next);
      next = this.nextNonBlank(next + 1);
    }
    const byline = parseByline(this.text, this.lines, next, this.gazetteer);
    if (byline === null) return null;
    const texts = group.map((i) => headingText(this.str(i)));
    const fromHeading = texts.map((t) => this.gazetteer.lookup(t)).find((o) => o !== null) ?? void 0;
    const outlet = byline.outlet ?? fromHeading;
    const headline = texts.find((t) => this.gazetteer.lookup(t) === null);
    if (outlet === void 0 && headline === void 0) return null;
    const attribution = { author: byline.author };
    if (outlet !== void 0) attribution.outlet = outlet;
    if (headline !== void 0) attribution.headline = headline;
    return {
      headerLine: k,
      bodyLine: this.nextNonBlank(byline.lastLine + 1),
      level: this.kinds[k]?.level ?? 1,
      plain: false,
      attribution,
      opener: "byline",
      knownOutlet: outlet !== void 0
    };
  }
  /** Index of the line after the last body line of a block whose body starts at `head.bodyLine`. */
  bodyEnd(head, stopAt) {
    let last = -1;
    let blanks = 0;
    const limit = (this.lines[head.bodyLine]?.start ?? 0) + MAX_BLOCK_CHARS;
    for (let i = head.bodyLine; i < Math.min(stopAt, this.lines.length); i++) {
      const c = this.kinds[i];
      const line = this.lines[i];
      if (c === void 0 || line === void 0 || line.end > limit) break;
      if (c.kind === "rule" || c.kind === "heading" && c.level <= head.level) break;
      if (c.kind === "blank") {
        blanks++;
        if (head.plain && blanks >= PLAIN_BLANK_RUN) break;
        continue;
      }
      if (head.plain && new RegExp("^[^\\p{Ll}]*\\p{Lu}{3}[^\\p{Ll}]*$", "u").test(this.str(i).slice(0, 200))) break;
      blanks = 0;
      last = i;
    }
    return last;
  }
};
function findBlocks(text, tokens, gazetteer) {
  const scanner = new BlockScanner(text, tokens, gazetteer);
  const heads = scanner.heads();
  const blocks = [];
  heads.forEach((head, n) => {
    const stopAt = heads[n + 1]?.headerLine ?? scanner.lines.length;
    const last = scanner.bodyEnd(head, stopAt);
    const firstLine = scanner.lines[head.bodyLine];
    const lastLine = scanner.lines[last];
    const headerLine = scanner.lines[head.headerLine];
    if (last < head.bodyLine || firstLine === void 0 || lastLine === void 0 || headerLine === void 0) return;
    const start = firstLine.start + (/^\s*/u.exec(text.slice(firstLine.start, firstLine.end))?.[0].length ?? 0);
    const end = lastLine.start + text.slice(lastLine.start, lastLine.end).trimEnd().length;
    if (end <= start) return;
    blocks.push({
      headerStart: headerLine.start,
      start,
      end,
      attribution: head.attribution,
      opener: head.opener,
      knownOutlet: head.knownOutlet
    });
  });
  return blocks;
}

// shared/engine/tokenize.ts
var BODY = "[\\p{L}\\p{M}\\p{N}]";
var JOINER = `(?:['${APOSTROPHE_VARIANTS}]|[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u180E]+)`;
var WORD = `[\\p{L}\\p{N}]${BODY}*(?:${JOINER}${BODY}+)*`;
var GROUPED = "\\p{Nd}{1,3}(?:(?:,\\p{Nd}{3}(?!\\p{Nd}))+|(?:[\\u00A0\\u202F\\u2009 ]\\p{Nd}{3}(?![\\p{Nd}\\p{L}]))+)";
var CLOCK = "\\p{Nd}{1,2}:\\p{Nd}{2}(?!\\p{Nd})";
var NUMBER = `(?:${CLOCK}|${GROUPED}|\\p{Nd}+)(?:\\.\\p{Nd}+)*(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|s)?`;
var TOKEN_AT = new RegExp(`(${NUMBER})(?![\\p{L}\\p{M}\\p{N}])|${WORD}`, "uy");
var WORD_AT = new RegExp(WORD, "uy");
var CONTEXT_REACH = 4;
function wordEnd(text, start, length) {
  let end = start + length;
  for (let next = lineEndHyphenAt(text, end); next >= 0; next = lineEndHyphenAt(text, end)) {
    WORD_AT.lastIndex = next;
    const continuation = WORD_AT.exec(text);
    if (!continuation) break;
    end = next + continuation[0].length;
  }
  return end;
}
function isNumeral2(norm) {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return norm.length > 0;
}
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function endsPlainWord(c) {
  if (Number.isNaN(c)) return true;
  if (c >= 128) return false;
  return !(isAsciiLetter(c) || c >= 48 && c <= 57 || c === 39 || c === 96 || c === 45);
}
function pushMatch(text, m, out) {
  const start = m.index;
  if (m[1] !== void 0) {
    const { norm: norm2, noise: noise2 } = normalizeNumber(m[0]);
    out.tokens.push({ text: m[0], start, end: start + m[0].length, norm: norm2, kind: "number", noise: noise2 });
    out.profiles.push("other");
    return start + m[0].length;
  }
  const end = wordEnd(text, start, m[0].length);
  const raw = end === start + m[0].length ? m[0] : text.slice(start, end);
  const { norm, noise, profile } = normalizeWord(raw);
  if (profile === "lookalike") out.lookalikes.push(out.tokens.length);
  out.tokens.push({ text: raw, start, end, norm, kind: isNumeral2(norm) ? "number" : "word", noise });
  out.profiles.push(profile);
  return end;
}
function scan(text) {
  const out = { tokens: [], profiles: [], lookalikes: [] };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c) && (c < 48 || c > 57)) {
      i++;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      if (endsPlainWord(text.charCodeAt(j))) {
        const raw = text.slice(i, j);
        out.tokens.push({ text: raw, start: i, end: j, norm: raw.toLowerCase(), kind: "word", noise: [] });
        out.profiles.push("latin");
        i = j;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (m !== null && m.index === i) i = pushMatch(text, m, out);
    else i += c >= 55296 && c <= 56319 && i + 1 < text.length ? 2 : 1;
  }
  return out;
}
function neighbourProfile(profiles, from, step) {
  for (let i = from + step, n = 0; i >= 0 && i < profiles.length && n < CONTEXT_REACH; i += step, n++) {
    const p = profiles[i];
    if (p === "latin" || p === "mixed" || p === "foreign") return p;
  }
  return void 0;
}
function foldLookalikeWords({ tokens, profiles, lookalikes }) {
  for (const i of lookalikes) {
    const token = tokens[i];
    if (!token || !isLatinContext(neighbourProfile(profiles, i, -1), neighbourProfile(profiles, i, 1))) continue;
    const { norm, noise } = normalizeWord(token.text, true);
    token.norm = norm;
    token.noise = noise;
  }
}
var variantKey = (variant) => normalizeWord(variant).norm;
var builtinLexicon;
var projectLexicons = /* @__PURE__ */ new WeakMap();
var ownLexicons = /* @__PURE__ */ new WeakMap();
var EMPTY = /* @__PURE__ */ new Map();
function lexiconFor(entries, builtin) {
  if (!entries || entries.length === 0) return builtin ? builtinLexicon ??= compileLexicon(BUILTIN_LEXICON, variantKey) : EMPTY;
  const memo2 = builtin ? projectLexicons : ownLexicons;
  let lexicon = memo2.get(entries);
  if (!lexicon) {
    lexicon = compileLexicon(builtin ? [...BUILTIN_LEXICON, ...entries] : entries, variantKey);
    memo2.set(entries, lexicon);
  }
  return lexicon;
}
function tokenize(text, options = {}) {
  const scanned = scan(text);
  foldLookalikeWords(scanned);
  const evidence2 = gatherEvidence(scanned.tokens, text);
  const unjoined = splitLineEndCompounds(scanned.tokens, evidence2, normalizeWord);
  const tokens = repairSplitWords(unjoined, text, evidence2);
  repairOcrRn(tokens, evidence2.counts);
  applyLexicon(tokens, lexiconFor(options.lexicon, options.builtinLexicon ?? true));
  return tokens;
}

// shared/engine/data/outlets.json
var outlets_default = {
  about: "Outlets known without configuration: newspapers, magazines, agencies, broadcasters and the human-rights organisations whose reports the press quotes. `name` is what attributions carry (so two documents naming one outlet differently agree), `aliases` other spellings, translations and transliterations, `caseSensitive` for a name that is also an ordinary word (`Time`, `Memorial`: matched only when capitalised; acronyms of three letters or fewer always are). A project adds outlets in verbatim.json (`settings.gazetteer`). Sources: the outlets' own mastheads and the agencies' house names.",
  outlets: [
    { name: "The Washington Post", aliases: ["Washington Post"] },
    { name: "The Washington Times", aliases: ["Washington Times"] },
    { name: "The New York Times", aliases: ["New York Times", "N.Y. Times", "NY Times"] },
    { name: "The Times", aliases: ["Times of London", "The Times (London)"], caseSensitive: true },
    { name: "The Sunday Times", aliases: ["Sunday Times"] },
    { name: "The Independent", aliases: ["Independent on Sunday", "The Independent on Sunday"], caseSensitive: true },
    { name: "The Guardian", caseSensitive: true },
    { name: "The Observer", caseSensitive: true },
    { name: "The Daily Telegraph", aliases: ["Daily Telegraph", "The Telegraph"] },
    { name: "Financial Times" },
    { name: "The Economist", caseSensitive: true },
    { name: "The Boston Globe", aliases: ["Boston Globe"] },
    { name: "Los Angeles Times", aliases: ["LA Times", "L.A. Times"] },
    { name: "The Wall Street Journal", aliases: ["Wall Street Journal"] },
    { name: "Chicago Tribune" },
    { name: "The Christian Science Monitor", aliases: ["Christian Science Monitor"] },
    { name: "USA Today" },
    { name: "The Age", caseSensitive: true },
    { name: "Newsweek", aliases: ["Newsweek Magazine", "Newsweek magazine"] },
    { name: "Time", aliases: ["Time magazine", "Time Magazine"], caseSensitive: true },
    { name: "U.S. News & World Report", aliases: ["US News and World Report", "U.S. News and World Report"] },
    { name: "Le Monde", caseSensitive: true },
    { name: "Le Figaro", caseSensitive: true },
    { name: "Lib\xE9ration", aliases: ["Liberation"], caseSensitive: true },
    { name: "Der Spiegel", aliases: ["Spiegel"] },
    { name: "Frankfurter Allgemeine Zeitung", aliases: ["Frankfurter Allgemeine", "FAZ"] },
    { name: "Izvestia", aliases: ["Izvestiya", "Izvestiia", "\u0418\u0437\u0432\u0435\u0441\u0442\u0438\u044F"] },
    { name: "Pravda", aliases: ["\u041F\u0440\u0430\u0432\u0434\u0430"], caseSensitive: true },
    { name: "Komsomolskaya Pravda", aliases: ["\u041A\u043E\u043C\u0441\u043E\u043C\u043E\u043B\u044C\u0441\u043A\u0430\u044F \u043F\u0440\u0430\u0432\u0434\u0430", "Komsomolskaia Pravda"] },
    { name: "Nezavisimaya Gazeta", aliases: ["\u041D\u0435\u0437\u0430\u0432\u0438\u0441\u0438\u043C\u0430\u044F \u0433\u0430\u0437\u0435\u0442\u0430", "Nezavisimaia Gazeta"] },
    { name: "Moscow News", aliases: ["Moskovskiye Novosti", "\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u0438\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u0438"] },
    { name: "Kommersant", aliases: ["\u041A\u043E\u043C\u043C\u0435\u0440\u0441\u0430\u043D\u0442\u044A", "\u041A\u043E\u043C\u043C\u0435\u0440\u0441\u0430\u043D\u0442", "Kommersant-Daily", "Kommersant Daily"] },
    { name: "Svoboda", aliases: ["\u0421\u0432\u043E\u0431\u043E\u0434\u0430"], caseSensitive: true },
    { name: "Radio Liberty", aliases: ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Free Europe"] },
    { name: "Ogonyok", aliases: ["Ogonek", "\u041E\u0433\u043E\u043D\u0451\u043A", "\u041E\u0433\u043E\u043D\u0435\u043A"] },
    { name: "Reuters", aliases: ["Reuter"] },
    { name: "Associated Press", aliases: ["AP", "The Associated Press"] },
    { name: "Agence France-Presse", aliases: ["AFP", "Agence France Presse"] },
    { name: "ITAR-TASS", aliases: ["Itar-Tass", "TASS", "Tass", "\u0418\u0422\u0410\u0420-\u0422\u0410\u0421\u0421", "\u0422\u0410\u0421\u0421"] },
    { name: "Interfax", aliases: ["\u0418\u043D\u0442\u0435\u0440\u0444\u0430\u043A\u0441"] },
    { name: "Azerinform" },
    { name: "AzerTAc", aliases: ["AzerTag", "AZERTAC"] },
    { name: "Turan", aliases: ["Turan news agency"], caseSensitive: true },
    { name: "Armenpress" },
    { name: "APA", aliases: ["APA news agency"] },
    { name: "Trend", aliases: ["Trend news agency"], caseSensitive: true },
    { name: "Yonhap", aliases: ["Yonhap News Agency"] },
    { name: "Xinhua", aliases: ["Xinhua News Agency"] },
    { name: "Anadolu Agency", aliases: ["Anadolu"] },
    { name: "Kyodo", aliases: ["Kyodo News"] },
    { name: "RIA Novosti", aliases: ["\u0420\u0418\u0410 \u041D\u043E\u0432\u043E\u0441\u0442\u0438"] },
    { name: "Regnum", aliases: ["REGNUM", "\u0420\u0435\u0433\u043D\u0443\u043C"] },
    { name: "BBC", aliases: ["BBC1", "BBC 1", "BBC2", "BBC World Service", "BBC News", "British Broadcasting Corporation"] },
    { name: "CNN" },
    { name: "ITN", aliases: ["ITV News"] },
    { name: "Human Rights Watch", aliases: ["Helsinki Watch", "Human Rights Watch/Helsinki", "HRW"] },
    { name: "Amnesty International" },
    { name: "Memorial", aliases: ["Memorial Human Rights Centre", "Memorial Human Rights Center", "\u041C\u0435\u043C\u043E\u0440\u0438\u0430\u043B"], caseSensitive: true }
  ]
};

// shared/engine/detect/outlets.ts
var BUILTIN_OUTLETS = outlets_default.outlets;

// shared/engine/detect/gazetteer.ts
var PARTICLES = /* @__PURE__ */ new Set(["the", "le", "la", "les", "l", "der", "die", "das", "el", "of", "and", "on", "de"]);
var NAME_GAP = /^[\s\-‐‑–.&/]{0,6}$/u;
var POSSESSIVE2 = /^['’]s?$/u;
var MAX_NAME_TOKENS = 12;
var MAX_ACRONYM = 4;
var Gazetteer2 = class {
  root = { next: /* @__PURE__ */ new Map() };
  /** Builds the matcher from the built-in list and `extra` outlets (names, or full entries with aliases). */
  constructor(extra = []) {
    for (const entry of BUILTIN_OUTLETS) this.add(entry);
    for (const e of extra) this.add(typeof e === "string" ? { name: e } : e);
  }
  add(entry) {
    for (const form of [entry.name, ...entry.aliases ?? []]) {
      const tokens = tokenize(form);
      if (tokens.length === 0) continue;
      let node = this.root;
      const wordStarts = [];
      const needsCapital = [];
      let len2 = 0;
      for (const t of tokens) {
        wordStarts.push(len2);
        needsCapital.push(entry.caseSensitive === true && !PARTICLES.has(t.norm) && new RegExp("^\\p{Lu}", "u").test(t.text));
        for (const ch of t.norm) {
          let child = node.next.get(ch);
          if (child === void 0) {
            child = { next: /* @__PURE__ */ new Map() };
            node.next.set(ch, child);
          }
          node = child;
          len2++;
        }
      }
      const letters = form.replace(/[^\p{L}]/gu, "");
      const acronym = letters.length <= MAX_ACRONYM && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      const existing = node.alias;
      if (existing === void 0) node.alias = { outlet: entry.name, wordStarts, needsCapital, acronym };
      else if (existing.outlet === entry.name) {
        existing.acronym &&= acronym;
        existing.needsCapital = existing.needsCapital.map((need, w) => need && needsCapital[w] === true);
      }
    }
  }
  /**
   * Outlet names in `text.slice(from, to)`, left to right, non-overlapping, each the longest name starting at its
   * position. `tokens` must be the tokens of `text` (as `tokenize` returns them); offsets are into `text`.
   */
  match(text, tokens, from = 0, to = text.length) {
    const out = [];
    let i = tokenIndexAt(tokens, from);
    while (i < tokens.length) {
      const first = tokens[i];
      if (first === void 0 || first.end > to) break;
      if (first.start < from) {
        i++;
        continue;
      }
      const found = this.longestAt(text, tokens, i, to);
      if (found === null) {
        i++;
        continue;
      }
      out.push(found.match);
      i = found.next;
    }
    return out;
  }
  /** Outlet names in a free-standing string (tokenized here): for datelines, headings and tests. */
  matchString(s) {
    return this.match(s, tokenize(s));
  }
  /** The canonical outlet when the whole of `s` (ignoring edge punctuation) is one outlet name, else null. */
  lookup(s) {
    const trimmed = s.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "");
    const found = this.matchString(trimmed);
    const only = found[0];
    return found.length === 1 && only !== void 0 && only.start === 0 && only.end >= trimmed.replace(/\.$/u, "").length ? only.outlet : null;
  }
  /** Walks the trie from token `i`, joining following tokens; returns the longest accepted name. */
  longestAt(text, tokens, i, to) {
    let node = this.root;
    let best2 = null;
    const keyStarts = [];
    let keyLen = 0;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && node !== void 0; j++) {
      const t = tokens[j];
      if (t === void 0 || t.end > to) break;
      if (j > i) {
        const prev = tokens[j - 1];
        if (prev === void 0 || !NAME_GAP.test(text.slice(prev.end, t.start))) break;
      }
      keyStarts.push(keyLen);
      const norm = t.norm;
      for (let c = 0; c < norm.length && node !== void 0; c++) {
        node = node.next.get(norm[c] ?? "");
        keyLen++;
        const alias = node?.alias;
        if (alias === void 0) continue;
        const rest = norm.slice(c + 1);
        if (rest !== "" && !POSSESSIVE2.test(rest)) continue;
        if (!this.casing(text, tokens, i, j, keyStarts, alias)) continue;
        const end = rest === "" ? t.end : Math.max(t.start, t.end - rest.length);
        best2 = { match: { outlet: alias.outlet, start: tokens[i]?.start ?? t.start, end }, next: j + 1 };
      }
    }
    return best2;
  }
  /** Checks the capitals an alias demands against the text of tokens `i..j`. */
  casing(text, tokens, i, j, keyStarts, alias) {
    if (alias.acronym) {
      const written = text.slice(tokens[i]?.start ?? 0, tokens[j]?.end ?? 0).replace(/[^\p{L}]/gu, "");
      return written === written.toUpperCase();
    }
    for (let w = 0; w < alias.wordStarts.length; w++) {
      if (alias.needsCapital[w] !== true) continue;
      const k = alias.wordStarts[w] ?? 0;
      let tIdx = 0;
      while (tIdx + 1 < keyStarts.length && (keyStarts[tIdx + 1] ?? Infinity) <= k) tIdx++;
      const tok = tokens[i + tIdx];
      if (tok === void 0) return false;
      const ch = text[tok.start + (k - (keyStarts[tIdx] ?? 0))] ?? "";
      if (ch.toUpperCase() !== ch || ch.toLowerCase() === ch) return false;
    }
    return true;
  }
};

// shared/engine/detect/quotation-marks.ts
var MAX_QUOTE_CHARS = 8e3;
var MAX_SINGLE_QUOTE_CHARS = 600;
var FAMILY = {
  "\u201C": "double",
  "\u201D": "double",
  "\u201E": "double",
  "\u201F": "double",
  '"': "straight",
  "\xAB": "guillemet",
  "\xBB": "guillemet",
  "\u2039": "single-guillemet",
  "\u203A": "single-guillemet",
  "\u2018": "single",
  "\u2019": "single",
  "\u201A": "single",
  "\u201B": "single"
};
var isSpace2 = (c) => c === void 0 || /\s/u.test(c);
var isWordChar = (c) => c !== void 0 && /[\p{L}\p{N}]/u.test(c);
function flanks(text, i) {
  const prev = i > 0 ? text[i - 1] : void 0;
  const next = text[i + 1];
  return {
    left: !isSpace2(next) && (isSpace2(prev) || !isWordChar(prev)),
    right: !isSpace2(prev) && (isSpace2(next) || !isWordChar(next)),
    prev,
    next,
    at: i
  };
}
var opensNested = (pending, f) => pending !== null && pending.at === f.at - 1 && f.left;
function doubleRole(glyph, pending, f) {
  if (glyph === "\u201E") return "open";
  if (glyph === "\u201C" || glyph === "\u201F") {
    if (opensNested(pending, f)) return "open";
    if (pending !== null && (pending.glyph === "\u201E" || f.right && !f.left)) return "close";
    return f.left || !f.right ? "open" : "skip";
  }
  const misprintedOpener = isSpace2(f.prev) && isWordChar(f.next);
  if (misprintedOpener) return "open";
  return pending !== null ? "close" : "skip";
}
function straightRole(pending, f) {
  if (pending !== null && (f.right || isSpace2(f.prev) && !isWordChar(f.next))) return "close";
  return f.left ? "open" : "skip";
}
function guillemetRole(glyph, pending, f) {
  const opener = glyph === "\xAB" || glyph === "\u2039";
  if (pending !== null && pending.glyph !== glyph) return "close";
  if (opener) return "open";
  return f.left && !f.right ? "open" : "skip";
}
function singleRole(glyph, pending, f) {
  if (isWordChar(f.prev) && isWordChar(f.next)) return "skip";
  if (glyph === "\u201A") return isWordChar(f.prev) ? "skip" : "open";
  if (glyph === "\u2019") return pending !== null && f.right ? "close" : "skip";
  if (opensNested(pending, f)) return "open";
  if (pending !== null && (pending.glyph === "\u201A" || f.right && !f.left)) return "close";
  if (isWordChar(f.prev) || /\d/u.test(f.next ?? "")) return "skip";
  return f.left ? "open" : "skip";
}
function roleOf(family, glyph, pending, f) {
  switch (family) {
    case "double":
      return doubleRole(glyph, pending, f);
    case "straight":
      return straightRole(pending, f);
    case "guillemet":
    case "single-guillemet":
      return guillemetRole(glyph, pending, f);
    default:
      return singleRole(glyph, pending, f);
  }
}
var STRUCTURAL_BREAK = /\n[ \t]{0,3}(?:#{1,6}[ \t]|(?:-[ \t]*){3,}\n|(?:\*[ \t]*){3,}\n)/u;
var LEADING_NOISE = /^(?:\s|…|\.(?:\s?\.){2})+/u;
var TRAILING_NOISE = /(?:\s|…|\.(?:\s?\.){2}|[,;:])+$/u;
function innerSpan(text, open3, close) {
  const inner = text.slice(open3 + 1, close);
  const lead = LEADING_NOISE.exec(inner)?.[0].length ?? 0;
  const rest = inner.slice(lead);
  const trail = TRAILING_NOISE.exec(rest)?.[0].length ?? 0;
  const start = open3 + 1 + lead;
  const end = close - trail;
  return end > start ? { start, end } : null;
}
var MAX_DEPTH = 8;
function continuesQuote(text, i) {
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "	")) j--;
  if (j >= 0 && text[j] !== "\n") return false;
  while (j >= 0 && /\s/u.test(text[j] ?? "")) j--;
  return j >= 0 && /[.!?…:]/u.test(text[j] ?? "");
}
function findQuotedSpans(text) {
  const stacks = /* @__PURE__ */ new Map();
  const spans = [];
  for (let i = 0; i < text.length; i++) {
    const glyph = text[i] ?? "";
    const family = FAMILY[glyph];
    if (family === void 0) continue;
    const max = family === "single" || family === "single-guillemet" ? MAX_SINGLE_QUOTE_CHARS : MAX_QUOTE_CHARS;
    let stack = stacks.get(family);
    if (stack === void 0) {
      stack = [];
      stacks.set(family, stack);
    }
    while (stack.length > 0 && i - (stack[0]?.at ?? i) > max) stack.shift();
    const open3 = stack[stack.length - 1] ?? null;
    const role = roleOf(family, glyph, open3, flanks(text, i));
    if (role === "open") {
      if (open3 !== null && continuesQuote(text, i)) continue;
      if (family === "straight" || stack.length >= MAX_DEPTH) stack.shift();
      stack.push({ at: i, glyph });
      continue;
    }
    if (role !== "close" || open3 === null) continue;
    stack.pop();
    if (STRUCTURAL_BREAK.test(text.slice(open3.at, i))) continue;
    const inner = innerSpan(text, open3.at, i);
    if (inner === null) continue;
    const style = family === "single-guillemet" ? "guillemet" : family;
    spans.push({ open: open3.at, close: i, start: inner.start, end: inner.end, style });
  }
  return spans.sort((a, b) => a.open - b.open);
}

// shared/engine/detect/attribution-keys.ts
var OUTLET_SUFFIXES = /\s+(?:magazine|newspaper|online)$/u;
function outletKey(outlet) {
  let k = outlet.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
  k = k.replace(/[.’'`]/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  k = k.replace(/^the\s+/u, "");
  let prev = "";
  while (prev !== k) {
    prev = k;
    k = k.replace(OUTLET_SUFFIXES, "");
  }
  return k.replace(/\s+/gu, " ").trim();
}
function datesCompatible(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}

// shared/engine/detect/index.ts
var MIN_QUOTE_WORDS = 4;
var LONG_QUOTE_WORDS = 12;
var CONFIDENCE = {
  /** A quote of at least {@link LONG_QUOTE_WORDS} words in quotation marks. */
  longQuote: 0.55,
  /** A quote of {@link MIN_QUOTE_WORDS} to {@link LONG_QUOTE_WORDS} words. */
  mediumQuote: 0.4,
  /** A short quote kept because it is attributed. */
  shortQuote: 0.2,
  /** The quote is credited to a known outlet. */
  outlet: 0.25,
  /** A date goes with it. */
  date: 0.1,
  /** A headline or an author goes with it. */
  detail: 0.05,
  /** Looks like a title (`the Convention “On the Prevention …”`) rather than a quotation. */
  titlePenalty: -0.15,
  /** An article under a dateline whose outlet the gazetteer knows. */
  knownBlock: 0.9,
  /** An article under a dateline naming an outlet the gazetteer does not know. */
  unknownBlock: 0.75,
  /** An article found only by its heading and byline. */
  bylineBlock: 0.55,
  /** Reported speech after `Outlet reported:` (a colon usually introduces the words themselves). */
  colonPhrase: 0.5,
  /** Reported speech after `Outlet reported that` / `described`: often a paraphrase. */
  plainPhrase: 0.35
};
var MAX_CONFIDENCE = 0.95;
var round = (x) => Math.round(Math.min(MAX_CONFIDENCE, Math.max(0.05, x)) * 100) / 100;
function titleLike(s) {
  const words2 = s.split(/\s+/u).filter((w) => new RegExp("\\p{L}", "u").test(w));
  if (words2.length === 0 || words2.length > LONG_QUOTE_WORDS) return false;
  const capitalised = words2.filter((w) => new RegExp("^\\p{Lu}", "u").test(w.replace(/^[^\p{L}]+/u, ""))).length;
  return capitalised / words2.length >= 0.6 && !/[.!?]$/u.test(s.trim());
}
function quoteConfidence(words2, a, fromBlock, title) {
  let c = words2 >= LONG_QUOTE_WORDS ? CONFIDENCE.longQuote : words2 >= MIN_QUOTE_WORDS ? CONFIDENCE.mediumQuote : CONFIDENCE.shortQuote;
  if (a.outlet !== void 0) c += CONFIDENCE.outlet;
  if (a.date !== void 0) c += CONFIDENCE.date;
  if (a.headline !== void 0 || a.author !== void 0) c += CONFIDENCE.detail;
  if (title && a.outlet === void 0 && !fromBlock) c += CONFIDENCE.titlePenalty;
  return round(c);
}
function blockConfidence(b) {
  if (b.opener === "byline") return round(CONFIDENCE.bylineBlock + (b.knownOutlet ? CONFIDENCE.date : 0));
  return b.knownOutlet ? CONFIDENCE.knownBlock : CONFIDENCE.unknownBlock;
}
function blockAt(blocks, pos) {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const b = blocks[mid];
    if (b === void 0) break;
    if (pos < b.headerStart) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return b;
  }
  return void 0;
}
function contextLimits(spans, textLength) {
  const limits = [];
  const enclosing = [];
  let lastClosed = -1;
  for (const span2 of spans) {
    for (let top = enclosing[enclosing.length - 1]; top !== void 0 && top.close < span2.open; top = enclosing[enclosing.length - 1]) {
      lastClosed = Math.max(lastClosed, top.close);
      enclosing.pop();
    }
    const outer = enclosing[enclosing.length - 1];
    const floor = Math.max(lastClosed + 1, outer === void 0 ? 0 : outer.open + 1);
    enclosing.push(span2);
    limits.push({ floor, ceiling: textLength });
  }
  spans.forEach((span2, n) => {
    let lo = n + 1;
    let hi = spans.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if ((spans[mid]?.open ?? textLength) <= span2.close) lo = mid + 1;
      else hi = mid;
    }
    const limit = limits[n];
    if (limit !== void 0) limit.ceiling = spans[lo]?.open ?? textLength;
  });
  return limits;
}
function quoteCandidates(document, tokens, gazetteer, spans, blocks) {
  const text = document.text;
  const out = [];
  const limits = contextLimits(spans, text.length);
  spans.forEach((span2, n) => {
    const words2 = countTokens(tokens, span2.start, span2.end);
    if (words2 === 0) return;
    const block = blockAt(blocks, span2.open);
    let attribution;
    let attributed;
    let attributionSpan;
    if (block !== void 0) {
      attribution = { ...block.attribution };
      attributed = span2.open < block.start;
      attributionSpan = headerSpan(text, block);
    } else {
      const { floor, ceiling } = limits[n] ?? { floor: 0, ceiling: text.length };
      const ctx = attributeFromContext(text, tokens, gazetteer, span2.open, span2.close, floor, ceiling);
      attribution = ctx.attribution;
      attributed = ctx.attributed;
      attributionSpan = ctx.span;
    }
    if (words2 < MIN_QUOTE_WORDS && !attributed) return;
    const quoted = text.slice(span2.start, span2.end);
    if (words2 <= MIN_QUOTE_WORDS && gazetteer.lookup(quoted) !== null) return;
    const candidate = {
      document: document.id,
      start: span2.start,
      end: span2.end,
      text: quoted,
      attribution,
      cue: "quotation-marks",
      confidence: quoteConfidence(words2, attribution, block !== void 0, titleLike(quoted))
    };
    if (attributionSpan) candidate.attributionSpan = attributionSpan;
    out.push(candidate);
  });
  return out;
}
function detectQuotes(document, tokens, options = {}) {
  const text = document.text;
  const gazetteer = gazetteerFor(options.gazetteer);
  const blocks = findBlocks(text, tokens, gazetteer);
  const spans = findQuotedSpans(text);
  const candidates2 = blocks.map((b) => ({
    document: document.id,
    start: b.start,
    end: b.end,
    text: text.slice(b.start, b.end),
    attribution: { ...b.attribution },
    cue: "block",
    confidence: blockConfidence(b),
    attributionSpan: headerSpan(text, b)
  }));
  for (const q of quoteCandidates(document, tokens, gazetteer, spans, blocks)) candidates2.push(q);
  const inSkip = makeSkip(blocks, spans);
  for (const p of findPhraseCandidates(text, tokens, gazetteer, inSkip)) {
    const c = (p.colon ? CONFIDENCE.colonPhrase : CONFIDENCE.plainPhrase) + (p.attribution.date === void 0 ? 0 : CONFIDENCE.date);
    candidates2.push({ document: document.id, start: p.start, end: p.end, text: text.slice(p.start, p.end), attribution: p.attribution, cue: "phrase", confidence: round(c), attributionSpan: p.attributionSpan });
  }
  return candidates2.sort((a, b) => a.start - b.start || b.end - a.end);
}
function headerSpan(text, b) {
  let end = b.start;
  while (end > b.headerStart && /\s/u.test(text[end - 1] ?? "")) end--;
  return { start: b.headerStart, end: Math.max(end, b.headerStart) };
}
function findOutletMentions(document, tokens, options = {}) {
  return gazetteerFor(options.gazetteer).match(document.text, tokens).map((m) => ({ start: m.start, end: m.end, outlet: m.outlet }));
}
var gazetteers = /* @__PURE__ */ new WeakMap();
var builtinOnly = null;
function gazetteerFor(extra) {
  if (extra === void 0 || extra.length === 0) return builtinOnly ??= new Gazetteer2();
  let g = gazetteers.get(extra);
  if (g === void 0) gazetteers.set(extra, g = new Gazetteer2(extra));
  return g;
}
function makeSkip(blocks, spans) {
  const outer = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (last !== void 0 && s.open < last.to) continue;
    outer.push({ from: s.open, to: s.close + 1 });
  }
  return (pos) => {
    if (blockAt(blocks, pos) !== void 0) return true;
    let lo = 0;
    let hi = outer.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const r = outer[mid];
      if (r === void 0) break;
      if (pos < r.from) hi = mid - 1;
      else if (pos >= r.to) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

// shared/engine/align/attribution-join.ts
var DEFAULT_JOIN_OPTIONS = { minTokens: 15, maxOverlap: 0.35, minLengthRatio: 0.5 };
function attributionKey(a) {
  if (!a.outlet || !a.date) return null;
  return `${outletKey(a.outlet)}|${a.date}`;
}
function keys(doc, r) {
  const s = /* @__PURE__ */ new Set();
  for (let i = r.from; i < r.to; i++) {
    const t = doc.tokens[i];
    if (t) s.add(t.norm);
  }
  return s;
}
function wordOverlap(a, ra, b, rb) {
  const x = keys(a, ra);
  const y = keys(b, rb);
  let both = 0;
  for (const k of x) if (y.has(k)) both++;
  const union2 = x.size + y.size - both;
  return union2 === 0 ? 0 : both / union2;
}
function renderings(docs, rep, w, o) {
  const la = rep.range.to - rep.range.from;
  const lb = w.range.to - w.range.from;
  if (la < o.minTokens || lb < o.minTokens) return false;
  if (!rep.translated && !w.translated && Math.min(la, lb) / Math.max(la, lb) < o.minLengthRatio) return false;
  return wordOverlap(docs[rep.doc], rep.range, docs[w.doc], w.range) < o.maxOverlap;
}
function spanWitness(s, docs) {
  const range = tokenRangeOf(docs[s.doc].tokens, s.start, s.end);
  return { doc: s.doc, range, start: s.start, end: s.end, attribution: { ...s.attribution }, translated: s.translated, quoted: true };
}
var repOf = (d) => d.witnesses[d.rep];
function longest(witnesses) {
  let best2 = 0;
  witnesses.forEach((w, k) => {
    const b = witnesses[best2];
    if (w.range.to - w.range.from > b.range.to - b.range.from) best2 = k;
  });
  return best2;
}
function spansByDoc(clusters) {
  const map = /* @__PURE__ */ new Map();
  for (const c of clusters) {
    for (const w of c.witnesses) {
      const list = map.get(w.doc);
      if (list) list.push(w);
      else map.set(w.doc, [w]);
    }
  }
  return map;
}
function mergeDrafts(group, docs, o) {
  const out = [];
  for (const y of group) {
    const x = out.find((d) => renderings(docs, repOf(d), repOf(y), o));
    if (!x) {
      out.push(y);
      continue;
    }
    const offset = x.witnesses.length;
    x.witnesses.push(...y.witnesses);
    x.pairs.push(...y.pairs.map((p) => ({ ...p, x: p.x + offset, y: p.y + offset })), { x: x.rep, y: y.rep + offset, mode: "translation", ops: [] });
    for (const l of y.limits) if (!x.limits.includes(l)) x.limits.push(l);
  }
  return out;
}
function joinByAttribution(clusters, docs, quotes, options = {}) {
  const o = { ...DEFAULT_JOIN_OPTIONS, ...options };
  const keyed = /* @__PURE__ */ new Map();
  const result = [];
  for (const c of clusters) {
    const d = { witnesses: [...c.witnesses], pairs: [...c.pairs], rep: longest(c.witnesses), key: attributionKey(c.source), limits: [...c.limits ?? []] };
    if (d.key === null) result.push(d);
    else if (keyed.has(d.key)) keyed.get(d.key)?.push(d);
    else keyed.set(d.key, [d]);
  }
  for (const [key, group] of keyed) keyed.set(key, mergeDrafts(group, docs, o));
  const taken = spansByDoc(clusters);
  for (const s of quotes.all()) {
    const key = attributionKey(s.attribution);
    if (key === null || (taken.get(s.doc) ?? []).some((t) => t.start < s.end && s.start < t.end)) continue;
    const w = spanWitness(s, docs);
    let group = keyed.get(key);
    if (!group) keyed.set(key, group = []);
    const target = group.find((d) => renderings(docs, repOf(d), w, o));
    if (target) {
      target.pairs.push({ x: target.rep, y: target.witnesses.length, mode: "translation", ops: [] });
      target.witnesses.push(w);
    } else group.push({ witnesses: [w], pairs: [], rep: 0, key, limits: [] });
    let spans = taken.get(s.doc);
    if (!spans) taken.set(s.doc, spans = []);
    spans.push(w);
  }
  for (const group of keyed.values()) result.push(...group);
  return result.filter((d) => d.witnesses.length >= 2 && d.pairs.length > 0).map((d) => finishCluster(d.witnesses, d.pairs, d.limits));
}
var SPEECH_MIN_TOKENS = 12;
var SPEECH_MIN_SHARED = 0.35;
function speakerKey(author) {
  const words2 = author.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
  return words2[words2.length - 1] ?? "";
}
function contentWords(doc, r) {
  const out = /* @__PURE__ */ new Set();
  for (let i = r.from; i < r.to; i++) {
    const t = doc.tokens[i];
    if (t && !isFunctionWord(t.norm) && t.kind === "word") out.add(t.norm);
  }
  return out;
}
function rendersSpeech(docs, x, y) {
  const lx = x.range.to - x.range.from;
  const ly = y.range.to - y.range.from;
  if (lx < SPEECH_MIN_TOKENS || ly < SPEECH_MIN_TOKENS) return false;
  const [short, long] = lx <= ly ? [x, y] : [y, x];
  const head = { from: long.range.from, to: Math.min(long.range.to, long.range.from + 2 * (short.range.to - short.range.from)) };
  const words2 = contentWords(docs[short.doc], short.range);
  const there = contentWords(docs[long.doc], head);
  if (words2.size === 0) return false;
  let shared = 0;
  for (const w of words2) if (there.has(w)) shared++;
  return shared / words2.size >= SPEECH_MIN_SHARED && wordOverlap(docs[x.doc], x.range, docs[y.doc], y.range) < DEFAULT_JOIN_OPTIONS.maxOverlap;
}
function joinBySpeaker(clusters, docs, quotes) {
  const bySpeaker = /* @__PURE__ */ new Map();
  for (const s of quotes.all()) {
    if (s.cue !== "quotation-marks" && !s.user) continue;
    if (!s.attribution.author || s.attribution.outlet) continue;
    const key = speakerKey(s.attribution.author);
    const list = bySpeaker.get(key);
    if (list) list.push(s);
    else bySpeaker.set(key, [s]);
  }
  const compared = (a, b) => clusters.some((c) => c.pairs.some((p) => {
    const x = c.witnesses[p.x];
    const y = c.witnesses[p.y];
    const hit = (w, v) => w.doc === v.doc && w.start < v.end && v.start < w.end;
    return hit(x, a) && hit(y, b) || hit(x, b) && hit(y, a);
  }));
  const out = [];
  for (const group of bySpeaker.values()) {
    const witnesses = group.map((s) => spanWitness(s, docs));
    for (let i = 0; i < witnesses.length; i++) {
      for (let j = i + 1; j < witnesses.length; j++) {
        const a = witnesses[i];
        const b = witnesses[j];
        if (a.doc === b.doc) continue;
        if (!rendersSpeech(docs, a, b) || compared(a, b)) continue;
        out.push(finishCluster([a, b], [{ x: 0, y: 1, mode: "translation", ops: [] }]));
      }
    }
  }
  return out;
}

// shared/engine/align/alignment-table.ts
var size = (r) => r.to - r.from;
function matches(p) {
  let n = 0;
  if (p.mode !== "aligned") return 0;
  for (const op of p.ops) if (op.op === "equal") n += op.a.to - op.a.from;
  return n;
}
var ColumnList = class {
  head = { prev: null, next: null, order: -1 };
  tail = this.head;
  /** A new column right after `at` (the list's head for "before everything"). */
  insertAfter(at) {
    const c = { prev: at, next: at.next, order: 0 };
    if (at.next) at.next.prev = c;
    else this.tail = c;
    at.next = c;
    return c;
  }
  /** A new column at the end. */
  append() {
    return this.insertAfter(this.tail);
  }
  /** Numbers the columns 0.. in list order; returns how many there are. */
  renumber() {
    let n = 0;
    for (let c = this.head.next; c; c = c.next) c.order = n++;
    return n;
  }
};
function longestIncreasing(orders) {
  const tails = [];
  const prev = new Int32Array(orders.length).fill(-1);
  for (let i = 0; i < orders.length; i++) {
    const v = orders[i];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (orders[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]) out.push(i);
  return out.reverse();
}
function placementOrder(cluster) {
  const n = cluster.witnesses.length;
  const weight = new Float64Array(n);
  for (const p of cluster.pairs) {
    const m = matches(p);
    weight[p.x] = weight[p.x] + m;
    weight[p.y] = weight[p.y] + m;
  }
  const placed = new Uint8Array(n);
  const link = new Float64Array(n).fill(-1);
  const order = [];
  const better = (i, j) => {
    const li = link[i];
    const lj = link[j];
    if (li !== lj) return li > lj;
    if (weight[i] !== weight[j]) return weight[i] > weight[j];
    const si = size(cluster.witnesses[i].range);
    const sj = size(cluster.witnesses[j].range);
    return si !== sj ? si > sj : i < j;
  };
  for (let step = 0; step < n; step++) {
    let next = -1;
    for (let i = 0; i < n; i++) if (!placed[i] && (next < 0 || better(i, next))) next = i;
    placed[next] = 1;
    order.push(next);
    for (const p of cluster.pairs) {
      const other = p.x === next ? p.y : p.y === next ? p.x : -1;
      if (other >= 0 && !placed[other]) link[other] = Math.max(link[other], matches(p));
    }
  }
  return order;
}
function buildAlignmentTable(cluster) {
  const list = new ColumnList();
  const n = cluster.witnesses.length;
  const cells = cluster.witnesses.map((w) => new Array(size(w.range)).fill(null));
  const placed = new Uint8Array(n);
  const pairsOf = cluster.witnesses.map(() => []);
  for (const p of cluster.pairs) {
    if (p.mode !== "aligned") continue;
    pairsOf[p.x]?.push(p);
    pairsOf[p.y]?.push(p);
  }
  for (const w of placementOrder(cluster)) {
    list.renumber();
    const range = cluster.witnesses[w].range;
    const mine = cells[w];
    const best2 = candidates(w, range, pairsOf[w] ?? [], placed, cells, cluster);
    const chosen = [...best2.values()].sort((p, q) => p.token - q.token);
    for (const k of longestIncreasing(chosen.map((c) => c.column.order))) {
      const c = chosen[k];
      mine[c.token - range.from] = c.column;
    }
    fillGaps(mine, list);
    placed[w] = 1;
  }
  const width = list.renumber();
  const columns2 = cells.map((row2) => Int32Array.from(row2, (c) => c.order));
  return { width, columns: columns2 };
}
function candidates(w, range, pairs, placed, cells, cluster) {
  const best2 = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    const other = p.x === w ? p.y : p.x;
    if (!placed[other]) continue;
    const otherRange = cluster.witnesses[other].range;
    const weight = matches(p);
    for (const op of p.ops) {
      const na = op.a.to - op.a.from;
      if (!(op.op === "equal" || op.op === "replace" && na === op.b.to - op.b.from)) continue;
      const rank = (op.op === "equal" ? 2 : 1) * 1e9 + weight;
      for (let i = 0; i < na; i++) {
        const [own, theirs] = p.x === w ? [op.a.from + i, op.b.from + i] : [op.b.from + i, op.a.from + i];
        if (own < range.from || own >= range.to || theirs < otherRange.from || theirs >= otherRange.to) continue;
        const column = cells[other][theirs - otherRange.from];
        if (!column) continue;
        const prev = best2.get(own);
        if (!prev || rank > prev.rank) best2.set(own, { token: own, column, rank });
      }
    }
  }
  return best2;
}
function fillGaps(row2, list) {
  const first = row2.findIndex((c) => c !== null);
  if (first < 0) {
    for (let i = 0; i < row2.length; i++) row2[i] = list.append();
    return;
  }
  let at = row2[first].prev;
  for (let i = 0; i < first; i++) at = row2[i] = list.insertAfter(at);
  let last = row2[first];
  for (let i = first + 1; i < row2.length; i++) {
    const c = row2[i];
    if (c) last = c;
    else last = row2[i] = list.insertAfter(last);
  }
}

// shared/engine/align/figure-join.ts
var MENTION_REACH = 300;
var MIN_FIGURES = 6;
var MIN_DISTINCT = 5;
var MAX_FIGURE_GAP = 80;
var MAX_FIGURE_POSTINGS = 48;
var MIN_OVERLAP = 0.08;
var MAX_OVERLAP = 0.5;
var MIN_VALUE = 4;
function figuresOf(d) {
  const out = [];
  const tokens = d.tokens;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isNumeral(t)) {
      const span2 = numeralSpan(d.text, t.start, t.end);
      if (span2.end === lastEnd) continue;
      lastEnd = span2.end;
      const v = parseNumeral(d.text.slice(span2.start, span2.end));
      if (v !== null && v >= MIN_VALUE) out.push({ token: i, value: v });
    } else if (isNumberWord(t.norm)) {
      let j = i;
      const words2 = [];
      while (j < tokens.length && (isNumberWord(tokens[j].norm) || tokens[j].norm === "and" && words2.length > 0)) words2.push(tokens[j++].norm);
      while (words2[words2.length - 1] === "and") words2.pop();
      const v = wordRunValue(words2);
      if (v !== null && v >= MIN_VALUE) out.push({ token: i, value: v });
      i = Math.max(i, j - 1);
    }
  }
  return out;
}
function sentences(d, r) {
  const breakBefore = (i) => {
    const prev = d.tokens[i - 1];
    const next = d.tokens[i];
    if (!prev || !next) return true;
    return /[.!?…]["”’»)\]]*\s|\n[ \t]*\n/u.test(d.text.slice(prev.end, next.start));
  };
  let from = r.from;
  while (from > 0 && r.from - from < MAX_FIGURE_GAP && !breakBefore(from)) from--;
  let to = r.to;
  while (to < d.tokens.length && to - r.to < MAX_FIGURE_GAP && !breakBefore(to)) to++;
  return { from, to };
}
function byValueOf(figures, postings) {
  const byValue = /* @__PURE__ */ new Map();
  figures.forEach((f, j) => {
    if ((postings.get(f.value) ?? 0) > MAX_FIGURE_POSTINGS) return;
    const list = byValue.get(f.value);
    if (list) list.push(j);
    else byValue.set(f.value, [j]);
  });
  return byValue;
}
function chains(fx, fy, seeds, byValue, self) {
  const out = [];
  let open3 = [];
  for (const i of seeds) {
    const f = fx[i];
    const keep = [];
    for (const c of open3) {
      const [li] = c[c.length - 1];
      if (f.token - fx[li].token > MAX_FIGURE_GAP) out.push(c);
      else keep.push(c);
    }
    open3 = keep;
    for (const j of byValue.get(f.value) ?? []) {
      if (self && fy[j].token <= f.token + MAX_FIGURE_GAP) continue;
      const chain = open3.find((c) => {
        const [li, lj] = c[c.length - 1];
        return j > lj && f.token - fx[li].token <= MAX_FIGURE_GAP && fy[j].token - fy[lj].token <= MAX_FIGURE_GAP;
      });
      if (chain) chain.push([i, j]);
      else open3.push([[i, j]]);
    }
  }
  return [...out, ...open3];
}
function sharedSeeds(bx, by) {
  const out = [];
  for (const [v, list] of bx) if (by.has(v)) out.push(...list);
  return out.sort((a, b) => a - b);
}
function joinByFigures(docs, quotes, existing) {
  const figures = docs.map(figuresOf);
  const postings = /* @__PURE__ */ new Map();
  for (const list of figures) for (const f of list) postings.set(f.value, (postings.get(f.value) ?? 0) + 1);
  const compared = existing.flatMap((c) => c.pairs.map((p) => [c.witnesses[p.x], c.witnesses[p.y]]));
  const alreadyCompared = (x, rx, y, ry) => compared.some(([a, b]) => a && b && (a.doc === x && b.doc === y && overlaps(a.range, rx) && overlaps(b.range, ry) || a.doc === y && b.doc === x && overlaps(a.range, ry) && overlaps(b.range, rx)));
  const byValue = figures.map((f) => byValueOf(f, postings));
  const docsOfValue = /* @__PURE__ */ new Map();
  byValue.forEach((m, d) => {
    for (const v of m.keys()) {
      const set = docsOfValue.get(v);
      if (set) set.add(d);
      else docsOfValue.set(v, /* @__PURE__ */ new Set([d]));
    }
  });
  const out = [];
  for (let x = 0; x < docs.length; x++) {
    const partners = /* @__PURE__ */ new Set();
    for (const v of byValue[x].keys()) for (const y of docsOfValue.get(v) ?? []) if (y >= x) partners.add(y);
    for (const y of [...partners].sort((a, b) => a - b)) {
      const seeds = sharedSeeds(byValue[x], byValue[y]);
      if (seeds.length < MIN_DISTINCT) continue;
      for (const chain of chains(figures[x], figures[y], seeds, byValue[y], x === y)) {
        if (chain.length < MIN_FIGURES) continue;
        if (new Set(chain.map(([i]) => figures[x][i]?.value)).size < MIN_DISTINCT) continue;
        const first = chain[0];
        const last = chain[chain.length - 1];
        const fx = figures[x];
        const fy = figures[y];
        const rx = sentences(docs[x], { from: fx[first[0]].token, to: fx[last[0]].token + 1 });
        const ry = sentences(docs[y], { from: fy[first[1]].token, to: fy[last[1]].token + 1 });
        if (x === y && overlaps(rx, ry)) continue;
        const overlap2 = wordOverlap(docs[x], rx, docs[y], ry);
        if (overlap2 < MIN_OVERLAP || overlap2 >= MAX_OVERLAP || alreadyCompared(x, rx, y, ry)) continue;
        const wx = toWitness({ doc: x, range: rx }, docs, quotes);
        const wy = toWitness({ doc: y, range: ry }, docs, quotes);
        if (!sameSource(wx, docs[x], wy, docs[y])) continue;
        out.push(finishCluster([wx, wy], [{ x: 0, y: 1, mode: "translation", ops: [] }]));
      }
    }
  }
  return out;
}
var overlaps = (a, b) => a.from < b.to && b.from < a.to;
function credits(w) {
  return [w.attribution.outlet, w.attribution.author].filter((v) => v !== void 0).map(outletKey);
}
function mentions(d, w, keys2) {
  return d.mentions.some((m) => m.end > w.start - MENTION_REACH && m.start < w.end && keys2.includes(outletKey(m.outlet)));
}
function sameSource(wx, dx, wy, dy) {
  const cx = credits(wx);
  const cy = credits(wy);
  if (cx.some((k) => cy.includes(k))) return true;
  return cx.length > 0 && mentions(dy, wy, cx) || cy.length > 0 && mentions(dx, wx, cy);
}

// shared/engine/align/short-quotes.ts
var DEFAULT_SHORT_QUOTE_OPTIONS = {
  minWords: 3,
  maxWords: 12,
  minContentWords: 2,
  openMinWords: 5,
  maxOccurrences: 16,
  maxRawOccurrences: 64,
  minPrefixChars: 4,
  changedMinWords: 6,
  headlineReach: 600
};
var Taken = class {
  byDoc = /* @__PURE__ */ new Map();
  add(doc, start, end) {
    const list = this.byDoc.get(doc);
    if (list) list.push({ start, end });
    else this.byDoc.set(doc, [{ start, end }]);
  }
  overlaps(doc, start, end) {
    return (this.byDoc.get(doc) ?? []).some((x) => x.start < end && start < x.end);
  }
};
var overlapsRange = (x, y) => x.from < y.to && y.from < x.to;
function atLineEnd(text, at) {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "	")) i++;
  return i === text.length || text[i] === "\n" || text[i] === "\r";
}
function truncated(t, text, full, o) {
  const p = t.norm;
  return t.kind === "word" && p.length >= o.minPrefixChars && p.length < full.length && 2 * p.length >= full.length && full.startsWith(p) && atLineEnd(text, t.end);
}
function eligible(docs, quotes, taken, o) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const span2 of quotes.all()) {
    if (!span2.user && span2.cue !== "quotation-marks") continue;
    const tokens = docs[span2.doc].tokens;
    const range = tokenRangeOf(tokens, span2.start, span2.end);
    const n = range.to - range.from;
    const key = `${span2.doc}:${range.from}:${range.to}`;
    if (n < o.minWords || n > o.maxWords || seen.has(key)) continue;
    seen.add(key);
    const norms2 = tokens.slice(range.from, range.to).map((t) => t.norm);
    if (norms2.filter((w) => !isFunctionWord(w)).length < o.minContentWords) continue;
    const { start, end } = charSpan(tokens, range);
    if (taken.overlaps(span2.doc, start, end)) continue;
    out.push({ span: span2, range, norms: norms2, occurrences: [], common: false });
  }
  return out;
}
function matchAt(doc, p, c, cdoc, o) {
  const n = c.norms.length;
  if (p < 0 || p + n > doc.tokens.length) return null;
  let changed = -1;
  for (let k = 0; k < n - 1; k++) {
    if (doc.tokens[p + k].norm === c.norms[k]) continue;
    if (changed >= 0 || n < o.changedMinWords) return null;
    changed = k;
  }
  const last = doc.tokens[p + n - 1];
  const mine = cdoc.tokens[c.range.to - 1];
  if (last.norm === mine.norm) return { matched: n, changed };
  if (changed < 0 && n >= o.changedMinWords && !truncated(last, doc.text, mine.norm, o) && !truncated(mine, cdoc.text, last.norm, o)) return { matched: n, changed: n - 1 };
  if (changed >= 0) return null;
  if (n < o.openMinWords) return null;
  return truncated(last, doc.text, mine.norm, o) || truncated(mine, cdoc.text, last.norm, o) ? { matched: n - 1, changed: -1 } : null;
}
function indexPair(index, k0, k1, id, at) {
  let second = index.get(k0);
  if (!second) index.set(k0, second = /* @__PURE__ */ new Map());
  const list = second.get(k1);
  if (list) list.push([id, at]);
  else second.set(k1, [[id, at]]);
}
function findOccurrences(docs, candidates2, o, stats) {
  const index = /* @__PURE__ */ new Map();
  candidates2.forEach((c, id) => {
    const n = c.norms.length;
    indexPair(index, c.norms[0], c.norms[1], id, 0);
    if (n >= o.changedMinWords) indexPair(index, c.norms[n - 2], c.norms[n - 1], id, n - 2);
  });
  if (stats) stats.indexBuilds++;
  docs.forEach((doc, d) => {
    const tokens = doc.tokens;
    if (stats) stats.tokensScanned += tokens.length;
    for (let q = 0; q + 1 < tokens.length; q++) {
      const second = index.get(tokens[q].norm);
      const hits = second?.get(tokens[q + 1].norm);
      if (!hits) continue;
      for (const [id, at] of hits) {
        const c = candidates2[id];
        if (c.common) continue;
        const p = q - at;
        if (at > 0 && c.occurrences.some((x) => x.doc === d && x.range.from === p)) continue;
        if (stats) stats.verifications++;
        const m = matchAt(doc, p, c, docs[c.span.doc], o);
        const range = { from: p, to: p + c.norms.length };
        if (m === null || d === c.span.doc && overlapsRange(range, c.range)) continue;
        if (at > 0 && m.changed < 0) continue;
        if (c.occurrences.length >= o.maxRawOccurrences) {
          c.common = true;
          c.occurrences = [];
        } else c.occurrences.push({ doc: d, range, matched: m.matched });
      }
    }
  });
}
function positionOps(a, fa, b, fb, len2) {
  const ops = [];
  for (let k = 0; k < len2; k++) {
    const op = a[fa + k].norm === b[fb + k].norm ? "equal" : "replace";
    const last = ops[ops.length - 1];
    if (last && last.op === op) {
      last.a.to++;
      last.b.to++;
    } else ops.push({ op, a: { from: fa + k, to: fa + k + 1 }, b: { from: fb + k, to: fb + k + 1 } });
  }
  return ops;
}
var textKey = (s) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
function headlinesOf(quotes) {
  const map = /* @__PURE__ */ new Map();
  for (const s of quotes.all()) {
    if (s.cue !== "block" || !s.attribution.headline) continue;
    const entry = { start: s.start, headline: textKey(s.attribution.headline), attribution: s.attribution };
    const list = map.get(s.doc);
    if (list) list.push(entry);
    else map.set(s.doc, [entry]);
  }
  return map;
}
function headlineAttribution(doc, docNo, start, end, headlines, o) {
  const words2 = textKey(doc.text.slice(start, end));
  return headlines.get(docNo)?.find((h) => h.start >= end && h.start - end <= o.headlineReach && h.headline.includes(words2))?.attribution;
}
function tierOf(mine, around) {
  let conflict = false;
  for (const a of around) {
    if (!mine.outlet || !a.outlet) continue;
    const dates = !mine.date || !a.date || datesCompatible(mine.date, a.date);
    if (outletKey(mine.outlet) === outletKey(a.outlet) && dates) return "same";
    conflict = true;
  }
  return conflict ? "conflict" : "open";
}
function acceptedWitnesses(c, ctx) {
  const { docs, quotes, headlines, o } = ctx;
  const long = c.norms.length >= o.openMinWords;
  const mine = c.span.attribution;
  const byTier = { same: [], open: [], conflict: [] };
  for (const occurrence of c.occurrences) {
    const doc = docs[occurrence.doc];
    const { start, end } = charSpan(doc.tokens, occurrence.range);
    const around = quotes.containing(occurrence.doc, start, end).map((s) => s.attribution);
    const headline = headlineAttribution(doc, occurrence.doc, start, end, headlines, o);
    if (headline) around.push(headline);
    const tier = tierOf(mine, around);
    if (tier !== "same" && !long) continue;
    if (tier === "open" && !mine.outlet && !around.some((a) => a.outlet)) continue;
    let witness = toWitness({ doc: occurrence.doc, range: occurrence.range }, docs, quotes);
    if (!witness.quoted && headline) witness = { ...witness, attribution: { ...headline } };
    byTier[tier].push({ occurrence, witness });
  }
  const chosen = [...byTier.same, ...byTier.open, ...byTier.same.length === 0 ? byTier.conflict : []];
  const kept = [];
  for (const x of chosen.sort((p, q) => p.occurrence.doc - q.occurrence.doc || p.occurrence.range.from - q.occurrence.range.from)) {
    const prev = kept[kept.length - 1];
    if (!prev || prev.occurrence.doc !== x.occurrence.doc || !overlapsRange(prev.occurrence.range, x.occurrence.range)) kept.push(x);
  }
  return kept.length > o.maxOccurrences ? [] : kept;
}
function findShortQuoteClusters(docs, quotes, existing, options = {}) {
  const o = { ...DEFAULT_SHORT_QUOTE_OPTIONS, ...options };
  const taken = new Taken();
  for (const c of existing) for (const w of c.witnesses) taken.add(w.doc, w.start, w.end);
  const candidates2 = eligible(docs, quotes, taken, o);
  if (candidates2.length === 0) return [];
  findOccurrences(docs, candidates2, o, options.stats);
  const ctx = { docs, quotes, headlines: headlinesOf(quotes), o };
  const clusters = [];
  for (const c of candidates2) {
    if (c.common || c.occurrences.length === 0) continue;
    const rep = toWitness({ doc: c.span.doc, range: c.range }, docs, quotes);
    if (taken.overlaps(rep.doc, rep.start, rep.end)) continue;
    const found = acceptedWitnesses(c, ctx);
    if (found.length === 0) continue;
    const places = [{ witness: rep, from: c.range.from, matched: c.norms.length }, ...found.map(({ occurrence, witness }) => ({ witness, from: occurrence.range.from, matched: occurrence.matched }))];
    const pairs = [];
    for (let x = 0; x < places.length; x++) {
      for (let y = x + 1; y < places.length; y++) {
        const px = places[x];
        const py = places[y];
        const m = Math.min(px.matched, py.matched);
        const tx = docs[px.witness.doc].tokens;
        const ty = docs[py.witness.doc].tokens;
        pairs.push({ x, y, mode: "aligned", ops: positionOps(tx, px.from, ty, py.from, m) });
      }
    }
    for (const p of places) taken.add(p.witness.doc, p.witness.start, p.witness.end);
    clusters.push(finishCluster(places.map((p) => p.witness), pairs));
  }
  return clusters;
}

// shared/engine/analyse/explain.ts
var MAX_SHOWN = 80;
function shown(s) {
  const flat = s.replace(/\s+/gu, " ").trim();
  if (flat.length <= MAX_SHOWN) return flat;
  const half = Math.floor((MAX_SHOWN - 1) / 2);
  return `${flat.slice(0, half)}\u2026${flat.slice(flat.length - half)}`;
}
function twoSided(label, a, b) {
  return `${label}: ${shown(a)} / ${shown(b)}`;
}
function oneSided(label, text) {
  return `${label}: "${shown(text)}"`;
}
function quotedTwoSided(label, a, b) {
  const side = (s) => s.trim() === "" ? "(none)" : shown(s);
  return `${label}: ${side(a)} / ${side(b)}`;
}
function labelOf(explanation) {
  const i = explanation.indexOf(": ");
  return i < 0 ? explanation : explanation.slice(0, i);
}
var LABEL = {
  figure: "figure differs",
  figureMissing: "figure missing",
  numberForm: "number written differently",
  dateForm: "date written differently",
  name: "different name",
  spelling: "spelling variant",
  wording: "wording differs",
  reorder: "word order differs",
  functionWord: "function word differs",
  functionMissing: "function word missing",
  strayNumber: "stray number (line, page or note number)",
  omissionSilent: "words missing without an ellipsis",
  insertionSilent: "words added without brackets",
  omissionMarked: "words missing at a marked elision",
  omissionAtBreak: "words missing where the text breaks off (damaged scan or column layout)",
  fragment: "word cut off at a break in the text",
  insertionBracketed: "words added in square brackets",
  insertion: "words added in brackets",
  editorial: "words replaced in square brackets",
  ocr: "OCR damage",
  confusable: "look-alike letters",
  split: "word split or joined",
  hyphenation: "line-end hyphenation",
  case: "case differs",
  typography: "typography differs",
  punctuation: "punctuation differs",
  translation: "two renderings of one original",
  moved: "words moved",
  narrative: "words outside the quotation marks",
  paraphrase: "reported speech differs",
  shortName: "short form of a name",
  headingCut: "heading cut off",
  number: "singular or plural",
  typo: "one letter added, dropped or changed in a long word"
};

// shared/engine/analyse/names.ts
function stripMarks(s) {
  return s.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "");
}
var SPELLING_RULES = [
  [/isation/g, "ization"],
  [/is(e|ed|es|ing)$/g, "iz$1"],
  [/ys(e|ed|es|ing)$/g, "yz$1"],
  [/our(s|ed|ing|able)?$/g, "or$1"],
  [/tre(s)?$/g, "ter$1"],
  [/ence$/g, "ense"],
  [/ogue$/g, "og"],
  [/ae/g, "e"],
  [/oe/g, "e"]
];
function spellingKey(word) {
  let k = stripMarks(word.normalize("NFKC")).toLowerCase();
  for (const [re, to] of SPELLING_RULES) k = k.replace(re, to);
  return k.replace(/(.)\1+/gu, "$1");
}
function isSpellingVariant(a, b) {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  return spellingKey(a) === spellingKey(b);
}
function isCapitalized(word) {
  return new RegExp("^\\p{Lu}", "u").test(word);
}
var OPENERS = /[\s"“”‘’'«»„([*_#>\-–—]/u;
function isSentenceInitial(text, start) {
  let i = start - 1;
  let newlines = 0;
  while (i >= 0 && OPENERS.test(text[i] ?? "")) {
    if (text[i] === "\n") newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2) return true;
  return /[.!?:;…]/.test(text[i] ?? "");
}
function isProperName(text, tokens, index, from, to) {
  const t = tokens[index];
  if (t === void 0 || t.kind !== "word" || !isCapitalized(t.text)) return false;
  if (!isSentenceInitial(text, t.start)) return true;
  for (let i = from; i < to; i++) {
    const o = tokens[i];
    if (i !== index && o !== void 0 && o.norm === t.norm && isCapitalized(o.text) && !isSentenceInitial(text, o.start)) {
      return true;
    }
  }
  return false;
}

// shared/engine/analyse/spans.ts
function spanAt(view, start, end) {
  return { start, end, text: view.document.text.slice(start, end) };
}
function tokensOf(view, range) {
  return view.tokens.slice(range.from, range.to);
}
function spanOfRange(view, range) {
  const first = view.tokens[range.from];
  const last = view.tokens[range.to - 1];
  if (first === void 0 || last === void 0 || range.to <= range.from) {
    throw new RangeError(`token range [${range.from}, ${range.to}) is empty or outside ${view.tokens.length} tokens`);
  }
  return spanAt(view, first.start, last.end);
}
function gapPosition(view, index) {
  const prev = index > view.passage.tokens.from ? view.tokens[index - 1] : void 0;
  if (prev !== void 0) return prev.end;
  return view.tokens[index]?.start ?? view.passage.start;
}
function gapText(view, index) {
  const prev = view.tokens[index - 1];
  const next = view.tokens[index];
  const from = prev?.end ?? view.passage.start;
  const to = next?.start ?? view.passage.end;
  return view.document.text.slice(from, Math.max(from, to));
}
function difference(kind, severity, explanation, a, b) {
  return { kind, severity, explanation, a, b };
}
function compoundSpan(text, start, end) {
  const hyphen = /[-‐‑]/u;
  const letter = new RegExp("\\p{L}", "u");
  let s = start;
  let e = end;
  while (hyphen.test(text[s - 1] ?? "") && letter.test(text[s - 2] ?? "")) {
    s -= 1;
    while (letter.test(text[s - 1] ?? "")) s--;
  }
  while (hyphen.test(text[e] ?? "") && letter.test(text[e + 1] ?? "")) {
    e += 1;
    while (letter.test(text[e] ?? "")) e++;
  }
  return { start: s, end: e };
}

// shared/engine/analyse/equal.ts
var NOISE_ORDER = ["lexicon", "confusable", "ocr-digit", "split-word", "hyphenation", "typography", "case"];
var VERDICT = {
  lexicon: { kind: "spelling", severity: "minor", label: LABEL.spelling },
  confusable: { kind: "ocr", severity: "info", label: LABEL.confusable },
  "ocr-digit": { kind: "ocr", severity: "info", label: LABEL.ocr },
  "split-word": { kind: "ocr", severity: "info", label: LABEL.split },
  hyphenation: { kind: "ocr", severity: "info", label: LABEL.hyphenation },
  typography: { kind: "typography", severity: "info", label: LABEL.typography },
  case: { kind: "typography", severity: "info", label: LABEL.case }
};
function inferNoise(x, y, view) {
  if (x.toLowerCase() === y.toLowerCase()) return "case";
  if (hasConfusableLetter(x) || hasConfusableLetter(y)) return "confusable";
  if (isOcrVariant(x, y)) return "ocr-digit";
  if (isTransliterationVariant(x, y, view.transliteration) || isSpellingVariant(x, y)) return "lexicon";
  return "typography";
}
function tokenVerdict(x, y, view) {
  if (x.text.toLowerCase() === y.text.toLowerCase()) return VERDICT.case;
  const own = [...x.noise.filter((n) => !y.noise.includes(n)), ...y.noise.filter((n) => !x.noise.includes(n))];
  const marks = new Set(own.length > 0 ? own : [...x.noise, ...y.noise]);
  const named = NOISE_ORDER.find((n) => marks.has(n));
  return VERDICT[named ?? inferNoise(x.text, y.text, view)];
}
function punctuationOf(gap) {
  return gap.replace(/[\s*_#>\\]/gu, "");
}
function trimmedGap(view, prev, next) {
  const text = view.document.text;
  let s = prev.end;
  let e = next.start;
  while (s < e && /\s/u.test(text[s] ?? "")) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}
function gapDifference(a, b, op, i) {
  const ap = a.tokens[op.a.from + i - 1];
  const an = a.tokens[op.a.from + i];
  const bp = b.tokens[op.b.from + i - 1];
  const bn = b.tokens[op.b.from + i];
  if (ap === void 0 || an === void 0 || bp === void 0 || bn === void 0) return null;
  const ga = trimmedGap(a, ap, an);
  const gb = trimmedGap(b, bp, bn);
  const ta = a.document.text.slice(ga.start, ga.end);
  const tb = b.document.text.slice(gb.start, gb.end);
  if (punctuationOf(ta) === punctuationOf(tb)) return null;
  return difference("typography", "info", quotedTwoSided(LABEL.punctuation, ta, tb), spanAt(a, ga.start, ga.end), spanAt(b, gb.start, gb.end));
}
function equalDifferences(a, b, op) {
  const out = [];
  const n = Math.min(op.a.to - op.a.from, op.b.to - op.b.from);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const g = gapDifference(a, b, op, i);
      if (g !== null) out.push(g);
    }
    const x = a.tokens[op.a.from + i];
    const y = b.tokens[op.b.from + i];
    if (x === void 0 || y === void 0 || x.text === y.text) continue;
    const v = tokenVerdict(x, y, a);
    const sa = v.kind === "ocr" ? compoundSpan(a.document.text, x.start, x.end) : x;
    const sb = v.kind === "ocr" ? compoundSpan(b.document.text, y.start, y.end) : y;
    const da = spanAt(a, sa.start, sa.end);
    const db = spanAt(b, sb.start, sb.end);
    out.push(difference(v.kind, v.severity, twoSided(v.label, da.text, db.text), da, db));
  }
  return out;
}

// shared/engine/analyse/elisions.ts
var ELLIPSIS = /\.\s?\.\s?\.|…/u;
function hasMarkedElision(gap) {
  return ELLIPSIS.test(gap);
}
var CLOSE_OF = { "[": "]", "(": ")" };
function enclosingBrackets(text, start, end) {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) i--;
  const open3 = text[i] ?? "";
  const close = CLOSE_OF[open3];
  if (close === void 0) return null;
  let j = end;
  while (j < text.length && /[\s.,;:!?]/.test(text[j] ?? "")) j++;
  if (text[j] !== close) return null;
  if (text.slice(start, end).includes(close)) return null;
  return { start: i, end: j + 1, shape: open3 === "[" ? "square" : "round" };
}

// shared/engine/analyse/gap-context.ts
function isParaphrase(view, span2) {
  if (!view.speech || view.speech.length === 0 || span2.end <= span2.start) return false;
  return !view.speech.some((s) => s.start < span2.end && span2.start < s.end);
}
function outsideMarks(view, span2) {
  if (view.inArticle) return false;
  const marks = view.marks ?? [];
  return !marks.some((s) => span2.end > span2.start ? s.start < span2.end && span2.start < s.end : s.start < span2.start && span2.start < s.end);
}
function isReportedSpeech(a, b, sa, sb) {
  return isParaphrase(b, sb) && outsideMarks(a, sa) || isParaphrase(a, sa) && outsideMarks(b, sb);
}
function inSpeech(view, start, end) {
  return (view.speech ?? []).some((s) => s.start <= start && end <= s.end);
}
function isNarrative(having, range) {
  if (!having.speech || having.speech.length === 0) return false;
  const before = having.tokens[range.from - 1];
  const after = having.tokens[range.to];
  const quotedBefore = before !== void 0 && range.from - 1 >= having.passage.tokens.from && inSpeech(having, before.start, before.end);
  const quotedAfter = after !== void 0 && range.to < having.passage.tokens.to && inSpeech(having, after.start, after.end);
  if (!quotedBefore && !quotedAfter) return false;
  for (let i = range.from; i < range.to; i++) {
    const t = having.tokens[i];
    if (inSpeech(having, t.start, t.end)) return false;
  }
  return true;
}
function isShortName(having, range) {
  const text = having.document.text;
  const words2 = having.tokens.slice(range.from, range.to);
  if (words2.length === 0 || words2.length > 2 || !words2.every((t) => t.kind === "word" && isCapitalized(t.text))) return false;
  const next = having.tokens[range.to];
  const prev = having.tokens[range.from - 1];
  const hyphen = /^[-‐‑]$/u;
  const last = words2[words2.length - 1];
  const first = words2[0];
  const leading = next !== void 0 && hyphen.test(text.slice(last.end, next.start)) && isCapitalized(next.text);
  const trailing = prev !== void 0 && hyphen.test(text.slice(prev.end, first.start)) && isCapitalized(prev.text);
  return leading || trailing;
}
function lineAt(text, at) {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end);
}
function isHeadingCut(having, range, lacking, at) {
  const heading = /^[ \t]{0,3}#{1,6}[ \t]/u;
  const words2 = having.tokens.slice(range.from, range.to);
  const first = words2[0];
  if (!first || !heading.test(lineAt(having.document.text, first.start))) return false;
  const next = lacking.tokens[at];
  const prev = lacking.tokens[at - 1];
  return next !== void 0 && heading.test(lineAt(lacking.document.text, next.start)) || prev !== void 0 && heading.test(lineAt(lacking.document.text, prev.start));
}

// shared/engine/analyse/numbers.ts
function isFigureOrMonth(t) {
  return isNumeral(t) || isNumberWord(t.norm) || monthOf(t.norm) !== null;
}
function figuresOf2(text, tokens) {
  const values = [];
  const months = [];
  let hasDigits = false;
  let lastNumeralEnd = -1;
  let run = [];
  const flush = () => {
    const v = run.length > 0 ? wordRunValue(run) : null;
    if (v !== null) values.push(v);
    run = [];
  };
  for (const t of tokens) {
    const w = t.norm.toLowerCase();
    if (isNumeral(t)) {
      flush();
      const span2 = numeralSpan(text, t.start, t.end);
      if (span2.end === lastNumeralEnd) continue;
      lastNumeralEnd = span2.end;
      const v = parseNumeral(text.slice(span2.start, span2.end));
      if (v !== null) values.push(v);
      hasDigits = true;
    } else if (isNumberWord(w) || w === "and" && run.length > 0) {
      run.push(w);
    } else {
      if (run[run.length - 1] === "and") run.pop();
      flush();
      const m = monthOf(w);
      if (m !== null) months.push(m);
    }
  }
  if (run[run.length - 1] === "and") run.pop();
  flush();
  return { values, months, hasDigits };
}
function sameBag(a, b) {
  if (a.length !== b.length) return false;
  const sa = [...a].map(String).sort();
  const sb = [...b].map(String).sort();
  return sa.every((v, i) => v === sb[i]);
}

// shared/engine/analyse/gaps.ts
var DATE_WINDOW = 4;
var DATE_SEPARATOR = 3;
function dateJoined(view, i) {
  const x = view.tokens[i];
  const y = view.tokens[i + 1];
  if (x === void 0 || y === void 0 || !isFigureOrMonth(x) || !isFigureOrMonth(y)) return false;
  const sep3 = view.document.text.slice(x.end, y.start);
  return sep3.length <= DATE_SEPARATOR && !/[\p{L}\p{N}]/u.test(sep3);
}
function dateRange(view, index) {
  const p = view.passage.tokens;
  let from = index;
  let to = index + 1;
  while (from > p.from && dateJoined(view, from - 1)) from--;
  while (to < p.to && dateJoined(view, to - 1)) to++;
  return { from, to };
}
var hasNumeral = (view, r) => tokensOf(view, r).some(isNumeral);
function datePartKey(t) {
  if (!isFigureOrMonth(t)) return null;
  const month2 = monthOf(t.norm);
  return month2 === null ? t.norm : `month ${month2}`;
}
var hasMonth = (view, r) => tokensOf(view, r).some((t) => monthOf(t.norm) !== null);
function movedDatePart(having, range, lacking, at) {
  const words2 = tokensOf(having, range);
  const part = words2.map(datePartKey).find((k) => k !== null);
  if (part === void 0 || part === null || !words2.every((t) => datePartKey(t) !== null || isFunctionWord(t.norm))) return null;
  const p = lacking.passage.tokens;
  const near = [];
  for (let i = Math.max(p.from, at - DATE_WINDOW); i < Math.min(p.to, at + DATE_WINDOW); i++) {
    const t = lacking.tokens[i];
    if (t !== void 0 && datePartKey(t) === part) near.push(i);
  }
  near.sort((x, y) => Math.abs(x - at) - Math.abs(y - at));
  const other = near[0];
  if (other === void 0) return null;
  const hr = dateRange(having, range.from);
  const lr = dateRange(lacking, other);
  if (!hasNumeral(having, hr) || !hasNumeral(lacking, lr)) return null;
  if (!part.startsWith("month") && (!hasMonth(having, hr) || !hasMonth(lacking, lr))) return null;
  return { h: spanOfRange(having, hr), l: spanOfRange(lacking, lr) };
}
var MAX_STRAY_DIGITS = 3;
var LINE_NUMBER_REACH = 240;
function nearbyIntegers(text, start, end, reach2) {
  const out = /* @__PURE__ */ new Set();
  const from = Math.max(0, start - reach2);
  for (const m of text.slice(from, end + reach2).matchAll(/(?<![\d,.\-–])\b\d{1,3}\b(?![\d,.\-–])/gu)) {
    const at = from + m.index;
    if (at !== start) out.add(Number(m[0]));
  }
  return out;
}
function isStrayNumber(having, range) {
  if (range.to - range.from !== 1) return false;
  const t = having.tokens[range.from];
  if (t === void 0 || !new RegExp(`^\\d{1,${MAX_STRAY_DIGITS}}$`, "u").test(t.text)) return false;
  const text = having.document.text;
  if (/[\d,.\-–]$/u.test(text.slice(Math.max(0, t.start - 1), t.start)) || /^[\d,\-–]\d/u.test(text.slice(t.end, t.end + 2))) return false;
  const before = having.tokens[range.from - 1];
  const after = having.tokens[range.to];
  if (![before, after].every((n2) => n2 === void 0 || !isFigureOrMonth(n2))) return false;
  const atBreak = /\n[ \t]*$/u.test(text.slice(Math.max(0, t.start - 8), t.start)) || /^[ \t]*(?:\n|$)/u.test(text.slice(t.end, t.end + 8));
  if (atBreak) return true;
  const n = Number(t.text);
  const near = nearbyIntegers(text, t.start, t.end, LINE_NUMBER_REACH);
  return near.has(n - 1) && near.has(n + 1) || near.has(n - 1) && near.has(n - 2) || near.has(n + 1) && near.has(n + 2);
}
var APPROXIMATION = /* @__PURE__ */ new Set(["about", "around", "approximately", "some", "nearly", "almost", "over", "more", "than", "less", "fewer", "at", "least", "most", "up", "to", "roughly", "just", "under", "an", "estimated"]);
function isMissingFigure(having, words2) {
  const figures = figuresOf2(having.document.text, words2);
  if (figures.values.length === 0) return false;
  if (!figures.hasDigits && figures.values.every((v) => v === 1)) return false;
  return words2.every((w) => isNumeral(w) || isNumberWord(w.norm) || APPROXIMATION.has(w.norm));
}
var NARROW_LINE = 32;
function brokenText(lacking, at) {
  const gap = gapText(lacking, at);
  if (!gap.includes("\n")) return false;
  const text = lacking.document.text;
  const prev = lacking.tokens[at - 1];
  if (prev === void 0) return false;
  if (/\n[ \t]*\n/u.test(gap)) return !/[.!?:;"”’)\]]\s*$/u.test(text.slice(prev.end, prev.end + gap.indexOf("\n") + 1));
  const lineStart = text.lastIndexOf("\n", prev.end - 1) + 1;
  const lineEnd = prev.end + gap.indexOf("\n");
  return text.slice(lineStart, lineEnd).trim().length <= NARROW_LINE;
}
function gapVerdict(having, range, lacking, at, bHas) {
  const position = gapPosition(lacking, at);
  const words2 = tokensOf(having, range);
  const span2 = spanOfRange(having, range);
  const br = enclosingBrackets(having.document.text, span2.start, span2.end);
  if (br !== null) {
    const bracketed = spanAt(having, br.start, br.end);
    return br.shape === "square" ? { kind: "insertion", severity: "minor", explanation: oneSided(LABEL.insertionBracketed, bracketed.text), having: bracketed } : { kind: "insertion", severity: "major", explanation: oneSided(LABEL.insertion, bracketed.text), having: bracketed };
  }
  if (isStrayNumber(having, range)) {
    return { kind: "typography", severity: "info", explanation: oneSided(LABEL.strayNumber, span2.text), having: span2 };
  }
  if (isMissingFigure(having, words2)) {
    return { kind: "number", severity: "critical", explanation: oneSided(LABEL.figureMissing, span2.text), having: span2 };
  }
  if (words2.every((t) => isFunctionWord(t.norm))) {
    return { kind: "function", severity: "minor", explanation: oneSided(LABEL.functionMissing, span2.text), having: span2 };
  }
  if (isNarrative(having, range) || isParaphrase(having, span2) && outsideMarks(lacking, { start: position, end: position })) {
    return { kind: "insertion", severity: "minor", explanation: oneSided(LABEL.narrative, span2.text), having: span2 };
  }
  if (isShortName(having, range)) {
    return { kind: "spelling", severity: "minor", explanation: oneSided(LABEL.shortName, span2.text), having: span2 };
  }
  if (isHeadingCut(having, range, lacking, at)) {
    return { kind: "omission", severity: "minor", explanation: oneSided(LABEL.headingCut, span2.text), having: span2 };
  }
  if (brokenText(lacking, at)) {
    return { kind: "omission", severity: "minor", explanation: oneSided(LABEL.omissionAtBreak, span2.text), having: span2 };
  }
  if (hasMarkedElision(gapText(lacking, at))) {
    return { kind: "omission", severity: "minor", explanation: oneSided(LABEL.omissionMarked, span2.text), having: span2 };
  }
  return bHas ? { kind: "insertion", severity: "major", explanation: oneSided(LABEL.insertionSilent, span2.text), having: span2 } : { kind: "omission", severity: "major", explanation: oneSided(LABEL.omissionSilent, span2.text), having: span2 };
}
function gapDifference2(a, b, op) {
  const aHas = op.a.to > op.a.from;
  const having = aHas ? a : b;
  const lacking = aHas ? b : a;
  const range = aHas ? op.a : op.b;
  const at = aHas ? op.b.from : op.a.from;
  if (range.to <= range.from) return null;
  const moved = movedDatePart(having, range, lacking, at);
  if (moved !== null) {
    const [sa, sb] = aHas ? [moved.h, moved.l] : [moved.l, moved.h];
    return difference("typography", "info", twoSided(LABEL.dateForm, sa.text, sb.text), sa, sb);
  }
  const v = gapVerdict(having, range, lacking, at, !aHas);
  const pos = gapPosition(lacking, at);
  const empty = spanAt(lacking, pos, pos);
  return aHas ? difference(v.kind, v.severity, v.explanation, v.having, empty) : difference(v.kind, v.severity, v.explanation, empty, v.having);
}

// shared/engine/analyse/pair.ts
function figuresDiffer(fa, fb, wordsA = [], wordsB = []) {
  if (fa.values.length > 0 && fb.values.length > 0) return !sameBag(fa.values, fb.values);
  const significant = (f) => f.hasDigits || f.values.some((v) => v !== 1);
  const quantity = (ws) => ws.length <= 2 && ws.some((t) => QUANTITY_WORDS.has(t.norm));
  return significant(fa) && quantity(wordsB) || significant(fb) && quantity(wordsA);
}
var QUANTITY_WORDS = /* @__PURE__ */ new Set([
  "many",
  "several",
  "some",
  "few",
  "numerous",
  "countless",
  "dozens",
  "hundreds",
  "thousands",
  "scores",
  "tens",
  "millions",
  "all",
  "most"
]);
function typographyKey(s) {
  return s.normalize("NFKC").toLowerCase().replace(/[’‘‛`´ʼ]/gu, "'").replace(/[“”„‟«»]/gu, '"').replace(/[‐‑‒–—―]/gu, "-");
}
function tokenSpan(t) {
  return { start: t.start, end: t.end };
}
function figureSpan(at) {
  return isNumeral(at.token) ? numeralSpan(at.view.document.text, at.token.start, at.token.end) : tokenSpan(at.token);
}
function verdict(kind, severity, label, x, y) {
  return { kind, severity, label, a: tokenSpan(x.token), b: tokenSpan(y.token) };
}
function figureVerdict(x, y) {
  const fx = figuresOf2(x.view.document.text, [x.token]);
  const fy = figuresOf2(y.view.document.text, [y.token]);
  const spans = { a: figureSpan(x), b: figureSpan(y) };
  if (fx.values.length > 0 || fy.values.length > 0) {
    if (sameBag(fx.values, fy.values)) return { kind: "typography", severity: "info", label: LABEL.numberForm, ...spans };
    if (figuresDiffer(fx, fy, [x.token], [y.token])) return { kind: "number", severity: "critical", label: LABEL.figure, ...spans };
    return null;
  }
  const mx = monthOf(x.token.norm);
  const my = monthOf(y.token.norm);
  if (mx === null || my === null || !isCapitalized(x.token.text) || !isCapitalized(y.token.text)) return null;
  if (mx === my) return verdict("typography", "info", LABEL.dateForm, x, y);
  return verdict("number", "critical", LABEL.figure, x, y);
}
function nameVerdict(x, y) {
  const { token: tx } = x;
  const { token: ty } = y;
  if (!isCapitalized(tx.text) || !isCapitalized(ty.text)) return null;
  if (isTransliterationVariant(tx.text, ty.text, x.view.transliteration)) return verdict("spelling", "minor", LABEL.spelling, x, y);
  const pa = x.view.passage.tokens;
  const pb = y.view.passage.tokens;
  const known = isProperName(x.view.document.text, x.view.tokens, x.index, pa.from, pa.to) || isProperName(y.view.document.text, y.view.tokens, y.index, pb.from, pb.to);
  return known ? verdict("name", "major", LABEL.name, x, y) : null;
}
function isCutOff(part, whole) {
  const p = part.token.text.toLowerCase();
  const w = whole.token.text.toLowerCase();
  if (p.length < 2 || w.length < p.length + 2) return false;
  const text = part.view.document.text;
  const before = text.slice(Math.max(0, part.token.start - 3), part.token.start);
  const after = text.slice(part.token.end, part.token.end + 3);
  return w.endsWith(p) && /\n\s*$/u.test(before) || w.startsWith(p) && /^\s*\n/u.test(after);
}
function isPluralOf(word, plural3) {
  if (word.length < 3 || !new RegExp("^\\p{Ll}+$", "u").test(word)) return false;
  return plural3 === `${word}s` || plural3 === `${word}es` || word.endsWith("y") && plural3 === `${word.slice(0, -1)}ies`;
}
var MIN_TYPO_LETTERS = 9;
function isTypo(x, y) {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const d = long.length - short.length;
  if (d > 1 || long.length < MIN_TYPO_LETTERS || !new RegExp("^\\p{Ll}+$", "u").test(long) || !new RegExp("^\\p{Ll}+$", "u").test(short)) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return d === 1 ? short.slice(i) === long.slice(i + 1) : i < short.length && short.slice(i + 1) === long.slice(i + 1);
}
function classifyTokenPair(x, y) {
  const tx = x.token.text;
  const ty = y.token.text;
  if (tx.toLowerCase() === ty.toLowerCase()) return verdict("typography", "info", LABEL.case, x, y);
  if (typographyKey(tx) === typographyKey(ty)) return verdict("typography", "info", LABEL.typography, x, y);
  if (isOcrVariant(tx, ty)) {
    const label = hasConfusableLetter(tx) || hasConfusableLetter(ty) ? LABEL.confusable : LABEL.ocr;
    const a = compoundSpan(x.view.document.text, x.token.start, x.token.end);
    const b = compoundSpan(y.view.document.text, y.token.start, y.token.end);
    return { kind: "ocr", severity: "info", label, a, b };
  }
  if (isCutOff(x, y) || isCutOff(y, x)) return verdict("ocr", "info", LABEL.fragment, x, y);
  const fig = figureVerdict(x, y);
  if (fig !== null) return fig;
  if (isFunctionWord(x.token.norm) && isFunctionWord(y.token.norm)) return verdict("function", "minor", LABEL.functionWord, x, y);
  if (isPluralOf(x.token.norm, y.token.norm) || isPluralOf(y.token.norm, x.token.norm)) return verdict("function", "minor", LABEL.number, x, y);
  const name = nameVerdict(x, y);
  if (name !== null) return name;
  if (isSpellingVariant(tx, ty)) return verdict("spelling", "minor", LABEL.spelling, x, y);
  if (isTypo(x.token.norm, y.token.norm)) return verdict("spelling", "minor", LABEL.typo, x, y);
  return verdict("wording", "major", LABEL.wording, x, y);
}

// shared/engine/analyse/split-words.ts
var MAX_PARTS = 3;
var EDGE = MAX_PARTS - 1;
var MAX_CELLS = 4096;
var MIN_LETTERS = 3;
var SPLIT_GAP = /^[\s\u00AD\-‐‑]*$/u;
function letterKey(s) {
  return ocrKey(s).replace(/[^\p{L}\p{N}]/gu, "");
}
var digitsOf = (s) => s.replace(/[^\p{Nd}]/gu, "");
function couldBeOneWord(view, from, to) {
  const text = view.document.text;
  for (let i = from + 1; i < to; i++) {
    const prev = view.tokens[i - 1];
    const next = view.tokens[i];
    if (prev === void 0 || next === void 0 || !SPLIT_GAP.test(text.slice(prev.end, next.start))) return false;
  }
  return to - from <= 1 || view.tokens.slice(from, to).every((t) => t.kind !== "number");
}
function groupDigits(view, from, to) {
  return view.tokens.slice(from, to).map((t) => digitsOf(t.norm)).join("");
}
function groupKey(view, from, to) {
  const text = view.document.text;
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (first === void 0 || last === void 0 || !couldBeOneWord(view, from, to)) return null;
  const raw = text.slice(first.start, last.end);
  const key = letterKey(raw);
  return key.length >= MIN_LETTERS ? `${key}\0${groupDigits(view, from, to)}` : null;
}
function sideOf(view, from, to) {
  const keys2 = [];
  for (let i = from; i < to; i++) {
    const row2 = [];
    for (let p = 1; p <= MAX_PARTS && i + p <= to; p++) row2.push(groupKey(view, i, i + p));
    keys2.push(row2);
  }
  return { view, from, to, keys: keys2 };
}
function cutDifferently(sa, sb, i, j, p, q) {
  const at = (s, k) => s.view.tokens[s.from + k];
  if (at(sa, i)?.norm === at(sb, j)?.norm || at(sa, i + p - 1)?.norm === at(sb, j + q - 1)?.norm) return false;
  if (p !== q) return true;
  for (let k = 0; k < p; k++) if (sa.keys[i + k]?.[0] !== sb.keys[j + k]?.[0]) return true;
  return false;
}
function bestMatches(sa, sb) {
  const n = sa.to - sa.from;
  const m = sb.to - sb.from;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const move = new Int16Array((n + 1) * w);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let best2 = -1;
      let how = 0;
      if (i < n) {
        best2 = score[(i + 1) * w + j] ?? 0;
        how = 0;
      }
      if (j < m && (score[i * w + j + 1] ?? 0) > best2) {
        best2 = score[i * w + j + 1] ?? 0;
        how = 1;
      }
      const x = i < n ? sa.view.tokens[sa.from + i] : void 0;
      const y = j < m ? sb.view.tokens[sb.from + j] : void 0;
      if (x !== void 0 && y !== void 0 && x.norm === y.norm) {
        const s = 2 * x.norm.length + (score[(i + 1) * w + j + 1] ?? 0);
        if (s > best2) [best2, how] = [s, 9];
      }
      for (let p = 1; p <= MAX_PARTS && i + p <= n; p++) {
        const ka = sa.keys[i]?.[p - 1];
        if (ka === null || ka === void 0) continue;
        for (let q = 1; q <= MAX_PARTS && j + q <= m; q++) {
          if (p + q < 3 || sb.keys[j]?.[q - 1] !== ka || !cutDifferently(sa, sb, i, j, p, q)) continue;
          const letters = ka.indexOf("\0");
          const s = 2 * letters - (p + q) + (score[(i + p) * w + j + q] ?? 0);
          if (s > best2) [best2, how] = [s, p * 8 + q];
        }
      }
      score[i * w + j] = best2;
      move[i * w + j] = how;
    }
  }
  const out = [];
  for (let i = 0, j = 0; i < n || j < m; ) {
    const how = move[i * w + j] ?? 0;
    if (how === 0) i++;
    else if (how === 1) j++;
    else {
      const p = how >> 3;
      const q = how & 7;
      const a = { from: sa.from + i, to: sa.from + i + p };
      const b = { from: sb.from + j, to: sb.from + j + q };
      out.push({ kind: how === 9 && p === 1 && q === 1 ? "equal" : "split", a, b });
      i += p;
      j += q;
    }
  }
  return out;
}
var clip = (r, from, to) => Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
function project(ops, a0, a1, b0, b1) {
  const out = [];
  let ca = a0;
  let cb = b0;
  for (const op of ops) {
    const na = clip(op.a, a0, a1);
    const nb = clip(op.b, b0, b1);
    if (na === 0 && nb === 0) continue;
    const kind = na > 0 && nb > 0 ? op.op === "equal" && na === nb ? "equal" : "replace" : na > 0 ? "delete" : "insert";
    out.push({ op: kind, a: { from: ca, to: ca + na }, b: { from: cb, to: cb + nb } });
    ca += na;
    cb += nb;
  }
  const gapsOnly = out.every((op) => op.op === "delete" || op.op === "insert");
  if (gapsOnly && ca > a0 && cb > b0) return [{ op: "replace", a: { from: a0, to: ca }, b: { from: b0, to: cb } }];
  return out;
}
function rebuild(ops, matches2, a0, a1, b0, b1) {
  const out = [];
  let ca = a0;
  let cb = b0;
  for (const mt of [...matches2, { kind: "equal", a: { from: a1, to: a1 }, b: { from: b1, to: b1 } }]) {
    out.push(...project(ops, ca, mt.a.from, cb, mt.b.from));
    if (mt.a.to > mt.a.from) out.push({ op: mt.kind === "equal" ? "equal" : "replace", a: { ...mt.a }, b: { ...mt.b } });
    ca = mt.a.to;
    cb = mt.b.to;
  }
  return out;
}
var isEqual = (op) => op.op === "equal" && op.a.to - op.a.from === op.b.to - op.b.from && op.a.to > op.a.from;
function sliceEdges(ops) {
  const out = [];
  ops.forEach((op, k) => {
    const len2 = op.a.to - op.a.from;
    if (!isEqual(op) || len2 <= EDGE) {
      out.push(op);
      return;
    }
    const before = k > 0 && !isEqual(ops[k - 1]) ? EDGE : 0;
    const after = k < ops.length - 1 && !isEqual(ops[k + 1]) ? EDGE : 0;
    const cuts = [.../* @__PURE__ */ new Set([0, Math.min(before, len2), Math.max(before, len2 - after), len2])].sort((x, y) => x - y);
    for (let c = 1; c < cuts.length; c++) {
      const s = cuts[c - 1];
      const e = cuts[c];
      out.push({ op: "equal", a: { from: op.a.from + s, to: op.a.from + e }, b: { from: op.b.from + s, to: op.b.from + e } });
    }
  });
  return out;
}
function joinEquals(ops) {
  const out = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    if (prev !== void 0 && isEqual(prev) && isEqual(op) && prev.a.to === op.a.from && prev.b.to === op.b.from) {
      out[out.length - 1] = { op: "equal", a: { from: prev.a.from, to: op.a.to }, b: { from: prev.b.from, to: op.b.to } };
    } else out.push(op);
  }
  return out;
}
function joinSplitWords(a, b, ops) {
  const sliced = sliceEdges(ops);
  const out = [];
  let k = 0;
  while (k < sliced.length) {
    let e = k;
    while (e < sliced.length && (!isEqual(sliced[e]) || sliced[e].a.to - sliced[e].a.from <= EDGE)) e++;
    const window = sliced.slice(k, e);
    if (window.length === 0) {
      out.push(sliced[k]);
      k++;
      continue;
    }
    k = e;
    const first = window[0];
    const last = window[window.length - 1];
    const [a0, a1, b0, b1] = [first.a.from, last.a.to, first.b.from, last.b.to];
    if (window.every(isEqual) || (a1 - a0) * (b1 - b0) > MAX_CELLS || a1 === a0 || b1 === b0) {
      out.push(...window);
      continue;
    }
    const matches2 = bestMatches(sideOf(a, a0, a1), sideOf(b, b0, b1));
    out.push(...matches2.some((mt) => mt.kind === "split") ? rebuild(window, matches2, a0, a1, b0, b1) : window);
  }
  return joinEquals(out);
}

// shared/engine/analyse/replace.ts
function regionOf(view, range) {
  return { view, from: range.from, tokens: tokensOf(view, range), span: spanOfRange(view, range) };
}
var norms = (r) => r.tokens.map((t) => t.norm);
var contentNorms = (r) => r.tokens.filter((t) => !isFunctionWord(t.norm)).map((t) => t.norm);
var wordsBesideFigures = (r) => r.tokens.filter((t) => !isFigureOrMonth(t) && !isFunctionWord(t.norm)).map((t) => t.norm);
function editorial(ra, rb) {
  const ba = enclosingBrackets(ra.view.document.text, ra.span.start, ra.span.end);
  const bb = enclosingBrackets(rb.view.document.text, rb.span.start, rb.span.end);
  if (ba?.shape !== "square" && bb?.shape !== "square") return null;
  const a = ba?.shape === "square" ? spanAt(ra.view, ba.start, ba.end) : ra.span;
  const b = bb?.shape === "square" ? spanAt(rb.view, bb.start, bb.end) : rb.span;
  return difference("insertion", "minor", twoSided(LABEL.editorial, a.text, b.text), a, b);
}
function sameFigures(ra, rb) {
  const fa = figuresOf2(ra.view.document.text, ra.tokens);
  const fb = figuresOf2(rb.view.document.text, rb.tokens);
  if (fa.values.length + fa.months.length === 0 && fb.values.length + fb.months.length === 0) return null;
  if (!sameBag(fa.values, fb.values) || !sameBag(fa.months, fb.months)) return null;
  if (!sameBag(wordsBesideFigures(ra), wordsBesideFigures(rb))) return null;
  const label = fa.months.length > 0 ? LABEL.dateForm : LABEL.numberForm;
  return difference("typography", "info", twoSided(label, ra.span.text, rb.span.text), ra.span, rb.span);
}
function splitOrJoined(ra, rb) {
  if (ra.tokens.length === 1 && rb.tokens.length === 1) return null;
  if (!couldBeOneWord(ra.view, ra.from, ra.from + ra.tokens.length) || !couldBeOneWord(rb.view, rb.from, rb.from + rb.tokens.length)) return null;
  const ja = ra.span.text;
  const jb = rb.span.text;
  const bare = (s) => s.toLowerCase().replace(/[\s\u00AD\-‐‑]/gu, "");
  if (groupDigits(ra.view, ra.from, ra.from + ra.tokens.length) !== groupDigits(rb.view, rb.from, rb.from + rb.tokens.length)) return null;
  const label = bare(ja) === bare(jb) ? LABEL.split : letterKey(ja) === letterKey(jb) ? LABEL.ocr : null;
  if (label === null) return null;
  return difference("ocr", "info", twoSided(label, ra.span.text, rb.span.text), ra.span, rb.span);
}
function figureText(r) {
  const text = r.view.document.text;
  const parts = [];
  let lastEnd = -1;
  for (const t of r.tokens) {
    if (!isFigureOrMonth(t)) continue;
    const s = isNumeral(t) ? numeralSpan(text, t.start, t.end) : { start: t.start, end: t.end };
    if (s.end !== lastEnd) parts.push(text.slice(s.start, s.end));
    lastEnd = s.end;
  }
  return parts.length > 0 ? parts.join(" ") : r.span.text;
}
function allNames(r) {
  const p = r.view.passage.tokens;
  return r.tokens.every((_, i) => isProperName(r.view.document.text, r.view.tokens, r.from + i, p.from, p.to));
}
function blockDifference(ra, rb) {
  const fa = figuresOf2(ra.view.document.text, ra.tokens);
  const fb = figuresOf2(rb.view.document.text, rb.tokens);
  if (figuresDiffer(fa, fb, ra.tokens, rb.tokens)) return difference("number", "critical", twoSided(LABEL.figure, figureText(ra), figureText(rb)), ra.span, rb.span);
  const text = (kind) => twoSided(kind, ra.span.text, rb.span.text);
  if (sameBag(contentNorms(ra), contentNorms(rb))) return difference("function", "minor", text(LABEL.functionWord), ra.span, rb.span);
  if (allNames(ra) && allNames(rb)) {
    const same3 = isTransliterationVariant(ra.span.text, rb.span.text, ra.view.transliteration);
    return same3 ? difference("spelling", "minor", text(LABEL.spelling), ra.span, rb.span) : difference("name", "major", text(LABEL.name), ra.span, rb.span);
  }
  return difference("wording", "major", text(LABEL.wording), ra.span, rb.span);
}
function pairwise(ra, rb) {
  const merged = [];
  for (let i = 0; i < ra.tokens.length; i++) {
    const x = ra.tokens[i];
    const y = rb.tokens[i];
    if (x === void 0 || y === void 0) continue;
    const v = classifyTokenPair({ view: ra.view, index: ra.from + i, token: x }, { view: rb.view, index: rb.from + i, token: y });
    const last = merged[merged.length - 1];
    if (last !== void 0 && last.kind === v.kind && last.label === v.label) {
      last.a = { start: last.a.start, end: Math.max(last.a.end, v.a.end) };
      last.b = { start: last.b.start, end: Math.max(last.b.end, v.b.end) };
    } else merged.push({ ...v });
  }
  return merged.map((v) => {
    const a = spanAt(ra.view, v.a.start, v.a.end);
    const b = spanAt(rb.view, v.b.start, v.b.end);
    return difference(v.kind, v.severity, twoSided(v.label, a.text, b.text), a, b);
  });
}
function replaceDifferences(a, b, op) {
  const ra = regionOf(a, op.a);
  const rb = regionOf(b, op.b);
  const whole = editorial(ra, rb) ?? sameFigures(ra, rb) ?? splitOrJoined(ra, rb);
  if (whole !== null) return [whole];
  if (ra.tokens.length > 1 && sameBag(norms(ra), norms(rb))) {
    return [difference("wording", "minor", twoSided(LABEL.reorder, ra.span.text, rb.span.text), ra.span, rb.span)];
  }
  if (ra.tokens.length === rb.tokens.length) return pairwise(ra, rb);
  return [blockDifference(ra, rb)];
}

// shared/engine/analyse/transpositions.ts
function findTranspositions(a, b, ops) {
  const byMove = /* @__PURE__ */ new Map();
  for (const op of ops) {
    if (op.moved === void 0) continue;
    const m = byMove.get(op.moved) ?? {};
    if (op.a.to > op.a.from) m.from = op;
    else m.to = op;
    byMove.set(op.moved, m);
  }
  const moves = [];
  const done = /* @__PURE__ */ new Set();
  for (const [n, m] of byMove) {
    if (!m.from || !m.to) continue;
    done.add(n);
    const sa = spanOfRange(a, m.from.a);
    const sb = spanOfRange(b, m.to.b);
    moves.push(difference("transposition", "minor", oneSided(LABEL.moved, sa.text), sa, sb));
  }
  return { ops: ops.filter((op) => op.moved === void 0 || !done.has(op.moved)), moves };
}
var MOVE_COVER = 0.8;
function alignedTokens(ops, side) {
  const other = side === "a" ? "b" : "a";
  const out = /* @__PURE__ */ new Map();
  for (const op of ops) {
    if (op.op !== "equal") continue;
    for (let i = 0; i < op.a.to - op.a.from; i++) out.set(op[side].from + i, op[other].from + i);
  }
  return out;
}
function movesAcrossPairs(pairs, views) {
  const docOf = (w) => views[w].document.id;
  const moves = [];
  const ops = pairs.map((p, k) => {
    if (p.mode !== "aligned") return p.ops;
    return p.ops.filter((op) => {
      const side = op.a.to > op.a.from && op.b.to === op.b.from ? "a" : op.b.to > op.b.from && op.a.to === op.a.from ? "b" : null;
      if (side === null || op.moved !== void 0) return true;
      const range = op[side];
      if (range.to - range.from < MIN_MOVED_TOKENS) return true;
      const w = side === "a" ? p.x : p.y;
      const otherDoc = docOf(side === "a" ? p.y : p.x);
      for (const [j, q] of pairs.entries()) {
        if (j === k || q.mode !== "aligned") continue;
        const qSide = q.x === w && docOf(q.y) === otherDoc ? "a" : q.y === w && docOf(q.x) === otherDoc ? "b" : null;
        if (qSide === null) continue;
        const aligned = alignedTokens(q.ops, qSide);
        const counterpart = [];
        for (let t = range.from; t < range.to; t++) {
          const c = aligned.get(t);
          if (c !== void 0) counterpart.push(c);
        }
        if (counterpart.length < MOVE_COVER * (range.to - range.from)) continue;
        const there = { from: Math.min(...counterpart), to: Math.max(...counterpart) + 1 };
        const va = views[q.x];
        const vb = views[q.y];
        const sa = qSide === "a" ? spanOfRange(va, range) : spanOfRange(va, there);
        const sb = qSide === "a" ? spanOfRange(vb, there) : spanOfRange(vb, range);
        if (!moves.some((m) => m.x === q.x && m.y === q.y && m.difference.a.start === sa.start && m.difference.b.start === sb.start)) {
          moves.push({ x: q.x, y: q.y, difference: difference("transposition", "minor", oneSided(LABEL.moved, sa.text), sa, sb) });
        }
        return false;
      }
      return true;
    });
  });
  return { ops, moves };
}

// shared/engine/analyse/classify.ts
var MAX_MERGED_GAP = 4;
function shapeOf(op) {
  const na = op.a.to - op.a.from;
  const nb = op.b.to - op.b.from;
  if (na <= 0 && nb <= 0) return "none";
  if (na <= 0 || nb <= 0) return "gap";
  return op.op === "equal" ? "equal" : "replace";
}
var size2 = (op) => op.a.to - op.a.from + (op.b.to - op.b.from);
function mergeGapPairs(ops) {
  const out = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    const joinable = prev !== void 0 && shapeOf(prev) === "gap" && shapeOf(op) === "gap" && size2(prev) <= MAX_MERGED_GAP && size2(op) <= MAX_MERGED_GAP && prev.a.to > prev.a.from !== op.a.to > op.a.from && prev.a.to === op.a.from && prev.b.to === op.b.from;
    if (joinable) {
      out[out.length - 1] = { op: "replace", a: { from: prev.a.from, to: op.a.to }, b: { from: prev.b.from, to: op.b.to } };
    } else out.push(op);
  }
  return out;
}
function interior(ops) {
  let first = ops.findIndex((o) => shapeOf(o) === "equal" || shapeOf(o) === "replace");
  let last = -1;
  for (let i = ops.length - 1; i >= 0; i--) {
    const s = shapeOf(ops[i]);
    if (s === "equal" || s === "replace") {
      last = i;
      break;
    }
  }
  if (first < 0) first = ops.length;
  return { first, last };
}
var byPosition = (x, y) => x.a.start - y.a.start || x.b.start - y.b.start || x.a.end - y.a.end || x.b.end - y.b.end;
var sameDifference = (x, y) => x.kind === y.kind && x.a.start === y.a.start && x.a.end === y.a.end && x.b.start === y.b.start && x.b.end === y.b.end;
function nothingBetween(text, from, to) {
  return to >= from && !/[\p{L}\p{N}]/u.test(text.slice(from, to));
}
function mergeInfo(a, b, diffs) {
  const out = [];
  for (const d of diffs) {
    const prev = out[out.length - 1];
    const label = labelOf(d.explanation);
    const joinable = prev !== void 0 && prev.severity === "info" && d.severity === "info" && prev.kind === d.kind && labelOf(prev.explanation) === label && label !== LABEL.punctuation && nothingBetween(a.document.text, prev.a.end, d.a.start) && nothingBetween(b.document.text, prev.b.end, d.b.start);
    if (!joinable) {
      out.push(d);
      continue;
    }
    const sa = spanAt(a, prev.a.start, Math.max(prev.a.end, d.a.end));
    const sb = spanAt(b, prev.b.start, Math.max(prev.b.end, d.b.end));
    const explanation = label === LABEL.punctuation ? quotedTwoSided(label, sa.text, sb.text) : twoSided(label, sa.text, sb.text);
    out[out.length - 1] = { ...prev, explanation, a: sa, b: sb };
  }
  return out;
}
function reportedSpeech(d) {
  if (d.kind === "number" || d.severity !== "major" && d.severity !== "critical") return d;
  return { ...d, severity: "minor", explanation: `${LABEL.paraphrase} (${d.explanation})` };
}
function opDifferences(a, b, op) {
  switch (shapeOf(op)) {
    case "equal":
      return equalDifferences(a, b, op);
    case "replace":
      return replaceDifferences(a, b, op).map((d) => isReportedSpeech(a, b, d.a, d.b) ? reportedSpeech(d) : d);
    case "gap": {
      const d = gapDifference2(a, b, op);
      return d === null ? [] : [d];
    }
    case "none":
      return [];
  }
}
function analysePair(a, b, ops) {
  const moved = findTranspositions(a, b, ops);
  const merged = mergeGapPairs(joinSplitWords(a, b, mergeGapPairs(moved.ops)));
  const { first, last } = interior(merged);
  const found = [...moved.moves];
  merged.forEach((op, i) => {
    if (shapeOf(op) === "gap" && (i < first || i > last)) return;
    found.push(...opDifferences(a, b, op));
  });
  found.sort(byPosition);
  const unique = found.filter((d, i) => i === 0 || !sameDifference(d, found[i - 1]));
  return mergeInfo(a, b, unique);
}

// shared/engine/analyse/attribution.ts
function parseAuthors(byline) {
  return byline.replace(/^by\s+/iu, "").split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/iu).map((name) => name.replace(/[.]/gu, " ").trim().split(/\s+/u).filter((w) => w.length > 0)).filter((words2) => words2.length > 0).map((words2) => ({
    family: (words2[words2.length - 1] ?? "").toLowerCase(),
    initials: words2.slice(0, -1).map((w) => w.charAt(0).toLowerCase())
  }));
}
function sameAuthor(x, y) {
  if (x.family !== y.family && !isTransliterationVariant(x.family, y.family)) return false;
  const n = Math.min(x.initials.length, y.initials.length);
  return x.initials.slice(0, n).every((c, i) => c === y.initials[i]);
}
function authorsCompatible(a, b) {
  const xa = parseAuthors(a);
  const xb = parseAuthors(b);
  const [short, long] = xa.length <= xb.length ? [xa, xb] : [xb, xa];
  return short.every((s) => long.some((l) => sameAuthor(s, l)));
}
function words(s) {
  return s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => w.length > 0);
}
function commonWords(x, y) {
  const row2 = new Array(y.length + 1).fill(0);
  for (const wx of x) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row2[j];
      row2[j] = wx === y[j - 1] ? diag + 1 : Math.max(up, row2[j - 1]);
      diag = up;
    }
  }
  return row2[y.length];
}
var SAME_HEADLINE = 0.8;
function headlinesAlike(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return true;
  const last = (w) => w[w.length - 1] ?? "";
  const trim2 = (w, other) => w.length === other.length && last(other).startsWith(last(w)) && last(w).length >= 3 ? [...w.slice(0, -1), last(other)] : [...w];
  const cx = trim2(x, y);
  const cy = trim2(y, x);
  return commonWords(cx, cy) >= SAME_HEADLINE * Math.max(cx.length, cy.length);
}
function namesAlike(a, b) {
  const x = words(a).join(" ");
  const y = words(b).join(" ");
  return x === y || x.includes(y) || y.includes(x);
}
var COMPATIBLE = {
  outlet: (a, b) => outletKey(a) === outletKey(b),
  author: authorsCompatible,
  date: datesCompatible,
  headline: headlinesAlike,
  publisher: namesAlike,
  place: namesAlike
};
function attributionSpanOf(w) {
  const at = w.attributionSpan ?? w.passage;
  return spanAt(w, at.start, at.end);
}
function conflictingFields(a, b) {
  const differs = (f) => {
    const x = a[f];
    const y = b[f];
    return x !== void 0 && y !== void 0 && !COMPATIBLE[f](x, y);
  };
  const fields = ["outlet", "author", "date", "publisher", "place"];
  const found = fields.filter(differs);
  const sameIssue = a.outlet !== void 0 && b.outlet !== void 0 && !found.includes("outlet") && !found.includes("date");
  if (sameIssue && differs("headline")) found.splice(3, 0, "headline");
  return found;
}
function compareAttribution(a, b) {
  return conflictingFields(a.attribution, b.attribution).map((f) => {
    const x = a.attribution[f] ?? "";
    const y = b.attribution[f] ?? "";
    return { ...difference("attribution", "major", `${f} differs: ${x} / ${y}`, attributionSpanOf(a), attributionSpanOf(b)), values: { a: x, b: y } };
  });
}

// shared/engine/analyse/translation.ts
function contentWords2(w) {
  const { from, to } = w.passage.tokens;
  const out = /* @__PURE__ */ new Set();
  for (const t of w.tokens.slice(from, to)) if (!isFunctionWord(t.norm)) out.add(t.norm);
  return out;
}
function wordingOverlap(a, b) {
  const wa = contentWords2(a);
  const wb = contentWords2(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
function sourceLabel(at) {
  const parts = [at.outlet, at.author, at.date].filter((p) => p !== void 0);
  return parts.length > 0 ? parts.join(", ") : "unattributed";
}
function translationDifference(a, b) {
  const overlap2 = Math.round(wordingOverlap(a, b) * 100);
  const source = sourceLabel({ ...b.attribution, ...a.attribution });
  return difference(
    "translation",
    "major",
    `${LABEL.translation}: ${source} (${overlap2}% of words shared)`,
    spanAt(a, a.passage.start, a.passage.end),
    spanAt(b, b.passage.start, b.passage.end)
  );
}

// shared/engine/cache.ts
function cacheKey(document, options = {}) {
  const shape = JSON.stringify([options.lexicon ?? [], options.builtinLexicon ?? true, options.gazetteer ?? [], options.n ?? 0]);
  return `${document.sha256}:${document.text.length}:${hashString(shape).toString(16)}:${shape.length}`;
}
var MemoryEngineCache = class {
  /** @param maxEntries entries kept before the least recently used is dropped; at least 1. */
  constructor(maxEntries = 1e4) {
    this.maxEntries = maxEntries;
    if (!(maxEntries >= 1)) throw new RangeError(`maxEntries must be at least 1, got ${maxEntries}`);
  }
  maxEntries;
  /** Counts since creation (or the last {@link MemoryEngineCache.clear}). */
  stats = { hits: 0, misses: 0, sets: 0 };
  entries = /* @__PURE__ */ new Map();
  /** The analysis stored under `key`, marked as recently used; undefined when absent. */
  get(key) {
    const v = this.entries.get(key);
    if (v === void 0) {
      this.stats.misses++;
      return void 0;
    }
    this.stats.hits++;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }
  /** Stores `value` under `key`, dropping the least recently used entry when full. */
  set(key, value) {
    this.stats.sets++;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === void 0) break;
      this.entries.delete(oldest);
    }
  }
  /** Number of entries held. */
  get size() {
    return this.entries.size;
  }
  /** Drops every entry and resets the counts. */
  clear() {
    this.entries.clear();
    Object.assign(this.stats, { hits: 0, misses: 0, sets: 0 });
  }
};

// shared/engine/flag.ts
var DEFAULT_THRESHOLD = "major";
function flagClaims(claims, quotes, clusters, discrepancies, threshold = DEFAULT_THRESHOLD) {
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const order = new Map(discrepancies.map((x, i) => [x.id, i]));
  const serious = /* @__PURE__ */ new Map();
  for (const x of discrepancies) {
    if (!atLeast(x.severity, threshold)) continue;
    const list = serious.get(x.cluster);
    if (list) list.push(x.id);
    else serious.set(x.cluster, [x.id]);
  }
  return claims.map((claim) => {
    const found = /* @__PURE__ */ new Set();
    for (const id of claim.cites) {
      const q = quoteById.get(id);
      if (!q) continue;
      for (const c of clusters) {
        const sits = c.witnesses.some((w) => w.document === q.document && w.start < Math.max(q.end, q.start + 1) && q.start < w.end);
        if (sits) for (const x of serious.get(c.id) ?? []) found.add(x);
      }
    }
    const ids = [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { id: claim.id, document: claim.document, start: claim.start, end: claim.end, flagged: ids.length > 0, discrepancies: ids };
  });
}

// shared/engine/report/cluster-kind.ts
var CLUSTER_KIND_RANK = { press: 0, quote: 1, repeat: 2 };
function isPressAttribution(a) {
  return a.outlet !== void 0 || a.author !== void 0 && a.date !== void 0;
}
function classifyCluster(cluster) {
  if (cluster.witnesses.some((w) => isPressAttribution(w.attribution))) return "press";
  return new Set(cluster.witnesses.map((w) => w.doc)).size === 1 ? "repeat" : "quote";
}

// shared/engine/report/content-id.ts
function joined(parts) {
  return parts.join("");
}
function contentHash(parts) {
  const s = joined(parts);
  let h1 = 2166136261;
  let h2 = 2654435769 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ h2 >>> 13, 3266489909);
  const hi = (h1 >>> 0 & 16777215).toString(16).padStart(6, "0");
  const lo = ((h2 ^ h2 >>> 16) >>> 0 & 16777215).toString(16).padStart(6, "0");
  return hi + lo;
}
var UniqueIds = class {
  seen = /* @__PURE__ */ new Map();
  /** `base` the first time, then `base-2`, `base-3`, … */
  take(base2) {
    const n = (this.seen.get(base2) ?? 0) + 1;
    this.seen.set(base2, n);
    return n === 1 ? base2 : `${base2}-${n}`;
  }
};

// shared/engine/report/variant-rows.ts
var ID_CONTEXT_TOKENS = 4;
function firstEndingAfter(tokens, from, to, pos) {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function columnsOf(input, w, start, end) {
  const witness = input.cluster.witnesses[w];
  const cols = input.table.columns[w];
  const tokens = input.tokens(witness.doc);
  const { from, to } = witness.range;
  if (to <= from) return null;
  const col = (t) => cols[Math.min(Math.max(t, from), to - 1) - from];
  let i = firstEndingAfter(tokens, from, to, start);
  if (start < end && i < to && tokens[i].start < end) {
    let j = i;
    while (j + 1 < to && tokens[j + 1].start < end) j++;
    return { lo: col(i), hi: col(j), empty: false };
  }
  const before = i - 1;
  if (i > to) i = to;
  if (start < end) return { lo: col(Math.max(from, before)), hi: col(i), empty: false };
  return { lo: col(Math.max(from, before)), hi: col(i), empty: true };
}
function locate(input, d) {
  const wx = input.cluster.witnesses[d.x];
  const wy = input.cluster.witnesses[d.y];
  const { a, b } = d.difference;
  const inside = (w, s) => s.start >= w.start && s.end <= w.end;
  if (d.difference.kind === "transposition" || !inside(wx, a) || !inside(wy, b)) return null;
  const ca = columnsOf(input, d.x, a.start, a.end);
  const cb = columnsOf(input, d.y, b.start, b.end);
  if (!ca || !cb) return null;
  if (ca.empty && !cb.empty) return { lo: cb.lo, hi: cb.hi };
  if (cb.empty && !ca.empty) return { lo: ca.lo, hi: ca.hi };
  return { lo: Math.min(ca.lo, cb.lo), hi: Math.max(ca.hi, cb.hi) };
}
var collapse = (s) => s.replace(/\s+/gu, " ").trim();
function readingsAt(input, text, lo, hi) {
  const byText = /* @__PURE__ */ new Map();
  const outside = [];
  const norms2 = /* @__PURE__ */ new Map();
  input.cluster.witnesses.forEach((w, k) => {
    const cols = input.table.columns[k];
    const id = input.witnessIds[k];
    if (cols.length === 0 || cols[cols.length - 1] < lo || cols[0] > hi) {
      outside.push(id);
      return;
    }
    let i0 = 0;
    while (i0 < cols.length && cols[i0] < lo) i0++;
    let i1 = i0;
    while (i1 < cols.length && cols[i1] <= hi) i1++;
    const tokens = input.tokens(w.doc);
    const t0 = tokens[w.range.from + i0];
    const t1 = tokens[w.range.from + i1 - 1];
    let start;
    let end;
    if (i1 > i0 && t0 && t1) {
      start = t0.start;
      end = t1.end;
      norms2.set(k, contextKey(tokens, w.range.from + i0, w.range.from + i1));
    } else {
      start = end = i0 > 0 ? tokens[w.range.from + i0 - 1].end : w.start;
    }
    const reading = collapse(text(w.doc).slice(start, end));
    const r = byText.get(reading);
    if (r) r.witnesses.push({ witness: id, start, end });
    else byText.set(reading, { text: reading, witnesses: [{ witness: id, start, end }] });
  });
  return { readings: [...byText.values()], outside, norms: norms2 };
}
function contextKey(tokens, from, to) {
  const words2 = (x, y) => tokens.slice(Math.max(0, x), Math.max(0, y)).map((t) => t.norm).join(" ");
  return `${words2(from - ID_CONTEXT_TOKENS, from)}|${words2(from, to)}|${words2(to, to + ID_CONTEXT_TOKENS)}`;
}
function sideReadings(input, members) {
  const byText = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const d of members) {
    for (const [w, side] of [[d.x, d.difference.a], [d.y, d.difference.b]]) {
      const id = input.witnessIds[w];
      if (seen.has(id)) continue;
      seen.add(id);
      const t = collapse((w === d.x ? d.difference.values?.a : d.difference.values?.b) ?? side.text);
      const r = byText.get(t);
      if (r) r.witnesses.push({ witness: id, start: side.start, end: side.end });
      else byText.set(t, { text: t, witnesses: [{ witness: id, start: side.start, end: side.end }] });
    }
  }
  const out = [...byText.values()];
  if (out.length === 1 && out[0].witnesses.length > 1) {
    const [only] = out;
    return only.witnesses.map((x) => ({ text: only.text, witnesses: [x] }));
  }
  return out;
}
function worst(members) {
  let w = members[0];
  for (const d of members) if (SEVERITY_RANK[d.difference.severity] > SEVERITY_RANK[w.difference.severity]) w = d;
  return w;
}
function row(id, members, readings, outside) {
  const top = worst(members).difference;
  const v = { id, kind: top.kind, severity: top.severity, readings };
  if (outside.length > 0) v.outside = [...outside];
  return v;
}
function variantRows(input, text) {
  const variantOf = new Array(input.differences.length).fill("");
  const variants = [];
  const byField = /* @__PURE__ */ new Map();
  const located = [];
  input.differences.forEach((d, k) => {
    const at = locate(input, d);
    if (at === null) {
      const field = labelOf(d.difference.explanation);
      const list = byField.get(field);
      if (list) list.push(k);
      else byField.set(field, [k]);
    } else located.push({ ...at, members: [k] });
  });
  for (const [field, members] of byField) {
    const diffs = members.map((k) => input.differences[k]);
    const readings = sideReadings(input, diffs);
    const id = input.ids.take(`v-${contentHash(["attribution", field, ...readings.map((r) => r.text).sort()])}`);
    variants.push(row(id, diffs, readings, []));
    for (const k of members) variantOf[k] = id;
  }
  located.sort((p, q) => p.lo - q.lo || p.hi - q.hi);
  const merged = [];
  for (const l of located) {
    const last = merged[merged.length - 1];
    if (last && l.lo <= last.hi) {
      last.hi = Math.max(last.hi, l.hi);
      last.members.push(...l.members);
    } else merged.push({ lo: l.lo, hi: l.hi, members: [...l.members] });
  }
  for (const l of merged) {
    const diffs = l.members.map((k) => input.differences[k]);
    const at = readingsAt(input, text, l.lo, l.hi);
    const norms2 = at.norms;
    const [readings, outside] = at.readings.length >= 2 ? [at.readings, at.outside] : [sideReadings(input, diffs), []];
    const first = [...norms2.keys()].sort((p, q) => {
      const a = input.cluster.witnesses[p];
      const b = input.cluster.witnesses[q];
      return input.docId(a.doc).localeCompare(input.docId(b.doc)) || a.start - b.start;
    })[0];
    const key = first === void 0 ? readings.map((r) => r.text).join("|") : `${input.docId(input.cluster.witnesses[first].doc)}:${norms2.get(first) ?? ""}`;
    const id = input.ids.take(`v-${contentHash([key])}`);
    variants.push(row(id, diffs, readings, outside));
    for (const k of l.members) variantOf[k] = id;
  }
  return { variants, variantOf };
}

// shared/engine/report/build-report.ts
var ID_CONTEXT_TOKENS2 = 4;
var firstWitness = (c) => c.cluster.witnesses[0];
function normalizedAt(tokens, start, end) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  if (start < end) while (to < tokens.length && tokens[to].start < end) to++;
  const words2 = (from, until) => tokens.slice(Math.max(0, from), Math.max(0, until)).map((t) => t.norm).join(" ");
  return `${words2(lo - ID_CONTEXT_TOKENS2, lo)}|${words2(lo, to)}|${words2(to, to + ID_CONTEXT_TOKENS2)}`;
}
function clusterOrder(x, y) {
  const a = firstWitness(x.ac);
  const b = firstWitness(y.ac);
  return CLUSTER_KIND_RANK[x.kind] - CLUSTER_KIND_RANK[y.kind] || a.doc - b.doc || a.start - b.start || a.end - b.end || y.ac.cluster.witnesses.length - x.ac.cluster.witnesses.length;
}
function clusterBase(ac, input) {
  const parts = ac.cluster.witnesses.map((w) => `${input.documents[w.doc].id}:${normalizedAt(input.tokens[w.doc] ?? [], w.start, w.end)}`).sort();
  return `c-${contentHash(parts)}`;
}
function discrepancyBase(d, cluster, input) {
  const wx = cluster.witnesses[d.x];
  const wy = cluster.witnesses[d.y];
  const idx = input.documents[wx.doc].id;
  const idy = input.documents[wy.doc].id;
  const { a, b, kind } = d.difference;
  const sx = `${idx}:${normalizedAt(input.tokens[wx.doc] ?? [], a.start, a.end)}:${d.difference.values?.a ?? ""}`;
  const sy = `${idy}:${normalizedAt(input.tokens[wy.doc] ?? [], b.start, b.end)}:${d.difference.values?.b ?? ""}`;
  const [p, q] = idx < idy || idx === idy && a.start <= b.start ? [sx, sy] : [sy, sx];
  return `x-${contentHash([kind, p, q])}`;
}
function witnessOf(w, id, doc) {
  const out = { id, document: doc.id, start: w.start, end: w.end, text: doc.text.slice(w.start, w.end), attribution: { ...w.attribution } };
  if (w.attributionSpan) out.attributionSpan = { ...w.attributionSpan };
  return out;
}
function buildReport(input) {
  const docs = input.documents;
  const ordered = input.clusters.map((ac) => ({ ac, kind: classifyCluster(ac.cluster) })).sort(clusterOrder);
  const witnessIds = new UniqueIds();
  const clusterIds = new UniqueIds();
  const variantIds = new UniqueIds();
  const discrepancyIds = new UniqueIds();
  const clusters = [];
  const discrepancies = [];
  for (const { ac, kind } of ordered) {
    const clusterId = clusterIds.take(clusterBase(ac, input));
    const witnesses = ac.cluster.witnesses.map((w) => {
      const doc = docs[w.doc];
      return witnessOf(w, witnessIds.take(`w-${doc.id}-${w.start}`), doc);
    });
    const rows = variantRows(
      {
        cluster: ac.cluster,
        table: ac.table,
        differences: ac.differences,
        tokens: (doc) => input.tokens[doc] ?? [],
        docId: (doc) => docs[doc].id,
        witnessIds: witnesses.map((w) => w.id),
        ids: variantIds
      },
      (doc) => docs[doc].text
    );
    const rowOrder = new Map(rows.variants.map((v, i) => [v.id, i]));
    const order = ac.differences.map((_, k) => k).sort((p, q) => {
      const dp = ac.differences[p];
      const dq = ac.differences[q];
      return (rowOrder.get(rows.variantOf[p]) ?? 0) - (rowOrder.get(rows.variantOf[q]) ?? 0) || dp.x - dq.x || dp.y - dq.y || dp.difference.a.start - dq.difference.a.start;
    });
    for (const k of order) {
      const d = ac.differences[k];
      const wa = witnesses[d.x];
      const wb = witnesses[d.y];
      const x = d.difference;
      discrepancies.push({
        id: discrepancyIds.take(discrepancyBase(d, ac.cluster, input)),
        variant: rows.variantOf[k],
        cluster: clusterId,
        a: { witness: wa.id, document: wa.document, start: x.a.start, end: x.a.end, text: x.a.text },
        b: { witness: wb.id, document: wb.document, start: x.b.start, end: x.b.end, text: x.b.text },
        kind: x.kind,
        severity: x.severity,
        explanation: x.explanation
      });
    }
    const cluster = { id: clusterId, kind, source: { ...ac.cluster.source }, witnesses, variants: rows.variants };
    if (ac.cluster.limits) cluster.limits = [...ac.cluster.limits];
    clusters.push(cluster);
  }
  return {
    version: REPORT_VERSION,
    documents: (input.listed ?? docs).map((d) => ({ id: d.id, path: d.path, title: d.title, length: d.text.length })),
    clusters,
    discrepancies,
    claims: flagClaims(input.claims ?? [], input.quotes ?? [], clusters, discrepancies, input.threshold)
  };
}

// shared/engine/pipeline.ts
var StageClock = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }
  options;
  now;
  totals = /* @__PURE__ */ new Map();
  /** Runs `fn`, adding its wall time to `stage`. */
  time(stage, fn) {
    const t0 = this.now();
    try {
      return fn();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + (this.now() - t0));
    }
  }
  /** Reports each stage's total once, in pipeline order. */
  flush() {
    for (const [stage, ms] of this.totals) this.options.onStageTime?.(stage, ms);
  }
};
function validate(input) {
  const ids = /* @__PURE__ */ new Set();
  for (const d of input.documents) {
    if (typeof d.text !== "string") throw new TypeError(`document ${d.id}: text must be a string`);
    if (ids.has(d.id)) throw new RangeError(`document id ${d.id} appears twice in one check`);
    ids.add(d.id);
  }
}
function analyseDocument(document, settings, cache) {
  return analyseTimed(document, settings, cache, NGRAM_SIZE, new StageClock({}));
}
function analyseTimed(document, settings, cache, n, clock) {
  const key = cacheKey(document, { lexicon: settings.lexicon, builtinLexicon: settings.builtinLexicon, gazetteer: settings.gazetteer, n });
  const cached = cache?.get(key);
  let analysis;
  if (cached) {
    analysis = { ...cached, document, candidates: cached.candidates.map((c) => c.document === document.id ? c : { ...c, document: document.id }) };
  } else {
    const tokens = clock.time("tokenize", () => tokenize(document.text, { lexicon: settings.lexicon, builtinLexicon: settings.builtinLexicon ?? true }));
    const candidates2 = clock.time("detect", () => detectQuotes(document, tokens, { gazetteer: settings.gazetteer }));
    const mentions2 = clock.time("detect", () => findOutletMentions(document, tokens, { gazetteer: settings.gazetteer }));
    analysis = { document, tokens, candidates: candidates2, mentions: mentions2 };
  }
  if (!analysis.fingerprints) {
    const tokens = analysis.tokens;
    analysis.fingerprints = clock.time("align", () => fingerprints(tokens, n));
  }
  if (!cached) cache?.set(key, analysis);
  return analysis;
}
function perDocument(input, options, clock, n) {
  const total = input.documents.length;
  return input.documents.map((document, i) => {
    const analysis = analyseTimed(document, input, options.cache, n, clock);
    options.onProgress?.({ stage: "tokenize", done: i + 1, total });
    options.onProgress?.({ stage: "detect", done: i + 1, total });
    return analysis;
  });
}
function quoteSpans(input, analyses) {
  const index = new Map(input.documents.map((d, i) => [d.id, i]));
  const spans = [];
  for (const q of input.quotes ?? []) {
    const doc = index.get(q.document);
    if (doc === void 0) continue;
    spans.push({ doc, start: q.start, end: q.end, attribution: q.attribution, translated: q.translated, user: true, id: q.id });
  }
  analyses.forEach((a, doc) => {
    for (const c of a.candidates) {
      const span2 = { doc, start: c.start, end: c.end, attribution: c.attribution, translated: false, user: false, cue: c.cue };
      if (c.attributionSpan) span2.attributionSpan = c.attributionSpan;
      spans.push(span2);
    }
  });
  return new QuoteSpans(analyses.length, spans);
}
function viewOf(w, analyses, transliteration, quotes) {
  const a = analyses[w.doc];
  const view = { document: a.document, tokens: a.tokens, passage: { document: a.document.id, tokens: w.range, start: w.start, end: w.end }, attribution: w.attribution, translated: w.translated, transliteration };
  if (w.attributionSpan) view.attributionSpan = w.attributionSpan;
  const speech = quotes?.speechIn(w.doc, w.start, w.end) ?? [];
  if (speech.length > 0) {
    view.speech = speech;
    view.marks = speech;
  }
  if (quotes?.inArticle(w.doc, w.start, w.end)) view.inArticle = true;
  return view;
}
function within(tokens, t, spans) {
  const tok = tokens[t];
  return spans.some((s) => s.start <= tok.start && tok.end <= s.end);
}
function pairViews(x, y, ops) {
  const pairs = [];
  for (const op of ops) if (op.op === "equal") for (let i = 0; i < op.a.to - op.a.from; i++) pairs.push([op.a.from + i, op.b.from + i]);
  const keep = (v, other, mine, theirs) => {
    const speech = v.speech;
    if (!speech) return v;
    const quoted = pairs.filter((p) => within(v.tokens, mine(p), speech));
    if (2 * quoted.length > pairs.length) return v;
    const markedThere = quoted.filter((p) => other.speech !== void 0 && within(other.tokens, theirs(p), other.speech)).length;
    if (!v.inArticle && (quoted.length === 0 || 2 * markedThere < quoted.length)) return v;
    const { speech: _speech, ...rest } = v;
    return rest;
  };
  return [keep(x, y, (p) => p[0], (p) => p[1]), keep(y, x, (p) => p[1], (p) => p[0])];
}
function analyseCluster(cluster, analyses, transliteration = DEFAULT_TRANSLITERATION, quotes) {
  const differences = [];
  const views = cluster.witnesses.map((w) => viewOf(w, analyses, transliteration, quotes));
  const attributed = /* @__PURE__ */ new Set();
  const moved = movesAcrossPairs(cluster.pairs, views);
  for (const m of moved.moves) differences.push(m);
  cluster.pairs.forEach((p, k) => {
    const [a, b] = pairViews(views[p.x], views[p.y], p.ops);
    const found = p.mode === "translation" ? [translationDifference(a, b)] : analysePair(a, b, moved.ops[k]);
    const key = `${p.x}:${p.y}`;
    if (!attributed.has(key)) {
      attributed.add(key);
      found.push(...compareAttribution(a, b));
    }
    for (const difference2 of found) differences.push({ x: p.x, y: p.y, difference: difference2 });
  });
  return { cluster, table: buildAlignmentTable(cluster), differences };
}
function runStages(given, options = {}, tuning = {}, trace) {
  validate(given);
  const input = { ...given, documents: [...given.documents].sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0) };
  const clock = new StageClock(options);
  const pairOptions = { ...DEFAULT_PAIR_OPTIONS, ...tuning.pairs };
  const aligner = tuning.aligner ?? new LocalAligner();
  const analyses = perDocument(input, options, clock, pairOptions.n);
  const { quotes, passages, clusters } = clock.time("align", () => {
    const q = quoteSpans(input, analyses);
    const isQuoted = (doc, range) => {
      const span2 = charSpan(analyses[doc].tokens, range);
      return q.isQuoted(doc, span2.start, span2.end);
    };
    const onProgress = (done, total) => options.onProgress?.({ stage: "align", done, total });
    const found = findSharedPassages(analyses.map(asSeedDocument), aligner, isQuoted, pairOptions, { onProgress, trace });
    const withText = analyses.map((a) => ({ ...asSeedDocument(a), text: a.document.text, mentions: a.mentions ?? [] }));
    const clustered = clusterPassages(withText, found, q, pairOptions);
    const joined2 = joinByAttribution(clustered, analyses.map(asSeedDocument), q, { ...DEFAULT_JOIN_OPTIONS, ...tuning.join });
    const short = findShortQuoteClusters(withText, q, joined2, tuning.short);
    const rendered = [...joinByFigures(withText, q, [...joined2, ...short]), ...joinBySpeaker([...joined2, ...short], withText, q)];
    return { quotes: q, passages: found, clusters: [...joined2, ...short, ...rendered] };
  });
  const transliteration = input.transliteration ? compileTransliteration(input.transliteration) : DEFAULT_TRANSLITERATION;
  const analysed = clock.time(
    "analyse",
    () => clusters.map((c, i) => {
      const r = analyseCluster(c, analyses, transliteration, quotes);
      options.onProgress?.({ stage: "analyse", done: i + 1, total: clusters.length });
      return r;
    })
  );
  clock.flush();
  return { analyses, quotes, passages, clusters: analysed };
}
function asSeedDocument(a) {
  return { tokens: a.tokens, fingerprints: a.fingerprints ?? new Uint32Array(0) };
}
function check(input, options = {}, tuning = {}) {
  const state = runStages(input, options, tuning);
  const now = options.now ?? Date.now;
  const t0 = now();
  const report = buildReport({ documents: state.analyses.map((a) => a.document), listed: input.documents, tokens: state.analyses.map((a) => a.tokens), clusters: state.clusters, claims: input.claims, quotes: input.quotes, threshold: input.threshold });
  options.onStageTime?.("flag", now() - t0);
  options.onProgress?.({ stage: "flag", done: 1, total: 1 });
  return report;
}

// main/services/logger.ts
var stderrSink = (line) => {
  process.stderr.write(process.env.VERBATIM_DEBUG ? line : `${line.split("\n")[0]}
`);
};
var sink = process.env.VITEST ? () => {
} : stderrSink;
function setLogSink(next) {
  const previous = sink;
  sink = next;
  return previous;
}
function logError(context, error) {
  sink(`[verbatim] ${(/* @__PURE__ */ new Date()).toISOString()} ${context}: ${describeCause(error)}
`);
}
function describeCause(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; current !== void 0 && depth < 5; depth++) {
    parts.push(current instanceof Error ? current.stack ?? `${current.name}: ${current.message}` : String(current));
    current = current instanceof Error ? current.cause : void 0;
  }
  return parts.join("\ncaused by: ");
}

// main/services/anchored-texts.ts
async function readTexts(store, records) {
  const texts = /* @__PURE__ */ new Map();
  await Promise.all(
    records.map(async (record) => {
      try {
        texts.set(record.id, await store.readText(record.id));
      } catch (error) {
        logError(`reading document ${record.id} (${record.path})`, error);
      }
    })
  );
  return texts;
}
function anchorAll2(annotations, texts) {
  return annotations.map((annotation) => {
    const text = texts.get(annotation.document);
    const found = text === void 0 ? null : anchor(text, annotation.target);
    return { annotation, anchor: found ? { start: found.start, end: found.end } : null };
  });
}

// main/services/errors.ts
function toServiceError(error) {
  if (error instanceof ServiceError) return error;
  if (error instanceof ReadOnlyProjectError) return new ServiceError("read-only", error.message || "the project is read-only");
  if (error instanceof OutsideChangeError) return new ServiceError("read-only", error.message);
  if (error instanceof AnnotationNotFoundError || error instanceof DocumentNotFoundError) return new ServiceError("not-found", error.message);
  if (error instanceof DocumentRefusedError) return new ServiceError("refused", error.message);
  if (error instanceof RangeError || error instanceof TypeError) return new ServiceError("invalid-payload", error.message);
  return error;
}
async function mapStoreErrors(work) {
  try {
    return await work();
  } catch (error) {
    throw toServiceError(error);
  }
}

// main/services/documents-service.ts
function decodeUpload(base64, maxBytes = MAX_DOCUMENT_BYTES) {
  const damaged = { refused: "the upload is not valid base64 (the file was damaged on the way)" };
  if (base64.length % 4 !== 0) return damaged;
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  const size3 = base64.length / 4 * 3 - padding;
  if (size3 > maxBytes) return { refused: `too large (${formatBytes(size3)}; the limit is ${formatBytes(maxBytes)})` };
  const buffer = Buffer.from(base64, "base64");
  if (buffer.length !== size3 || buffer.toString("base64") !== base64) return damaged;
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length) };
}
function documentHandlers(ctx) {
  const { store } = ctx;
  return {
    async listDocuments() {
      return [...store.documents()];
    },
    async readDocument({ id }) {
      const text = await mapStoreErrors(() => store.readText(id));
      return { record: findDocument(store, id), text };
    },
    async addDocuments({ files }) {
      const refused = [];
      const accepted = [];
      for (const file of files) {
        const decoded = decodeUpload(file.base64);
        if ("bytes" in decoded) accepted.push({ name: file.name, bytes: decoded.bytes });
        else refused.push({ name: file.name, reason: decoded.refused });
      }
      if (accepted.length === 0) return { added: [], refused };
      const result = await mapStoreErrors(() => store.addFiles(accepted));
      return { added: result.added, refused: [...refused, ...result.refused] };
    }
  };
}
function findDocument(store, id) {
  const record = store.documents().find((d) => d.id === id);
  if (!record) throw new ServiceError("not-found", `no document "${id}" in this project`);
  return record;
}

// main/services/annotations-service.ts
function annotationHandlers(ctx) {
  const { store } = ctx;
  return {
    async listAnnotations({ document }) {
      const records = document === void 0 ? store.documents() : [findDocument(store, document)];
      const annotations = store.annotations(document);
      const used = new Set(annotations.map((a) => a.document));
      return anchorAll2(annotations, await readTexts(store, records.filter((r) => used.has(r.id))));
    },
    createAnnotation: (input) => mapStoreErrors(() => store.createAnnotation(input)),
    updateAnnotation: (patch) => mapStoreErrors(() => store.updateAnnotation(patch)),
    async deleteAnnotation({ id }) {
      await mapStoreErrors(() => store.deleteAnnotation(id));
      return { id };
    }
  };
}

// main/services/check-jobs.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// main/services/check-runner.ts
import { Worker } from "node:worker_threads";
var CheckCancelledError = class extends Error {
  name = "CheckCancelledError";
};
var CheckFailedError = class extends Error {
  name = "CheckFailedError";
};
var TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
`;
function startWorker(options) {
  if (options.script !== void 0) return new Worker(options.script);
  const here = import.meta.url;
  if (typeof here !== "string" || !here.startsWith("file:") || typeof import.meta.resolve !== "function") {
    throw new Error("the check worker script is not configured (a bundled build must pass its check-worker.cjs)");
  }
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./check-worker.ts", here).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry } });
}
var CheckRunner = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  worker = null;
  running = null;
  runs = 0;
  /**
   * Runs the engine over `input` in the worker and resolves to the report. Rejects with
   * `CheckCancelledError` when `cancel` (or another `run`) ends it first, `CheckFailedError` when the engine
   * refuses the input, and any other error when the worker itself fails (could not start, crashed).
   */
  run(input, onProgress = () => {
  }) {
    this.cancel();
    const worker = this.ensureWorker();
    const run = ++this.runs;
    return new Promise((resolve12, reject) => {
      this.running = { run, resolve: resolve12, reject, onProgress };
      worker.ref();
      const request3 = { type: "check", run, input };
      worker.postMessage(request3);
    });
  }
  /** Ends the running check, if any, by terminating the worker; the next `run` starts a new one. */
  cancel() {
    const running = this.running;
    if (running === null) return;
    this.running = null;
    this.stopWorker();
    running.reject(new CheckCancelledError("the check was cancelled"));
  }
  /** Cancels any running check and ends the worker. */
  async close() {
    this.cancel();
    this.stopWorker();
  }
  ensureWorker() {
    if (this.worker !== null) return this.worker;
    const worker = startWorker(this.options);
    worker.on("message", (message) => this.onMessage(message));
    worker.on("error", (error) => this.onWorkerGone(worker, error));
    worker.on("exit", (code) => this.onWorkerGone(worker, new Error(`the check worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
  stopWorker() {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) void worker.terminate();
  }
  onMessage(message) {
    const running = this.running;
    if (running === null || message.run !== running.run) return;
    if (message.type === "progress") {
      running.onProgress(message.progress);
      return;
    }
    this.running = null;
    this.worker?.unref();
    if (message.type === "done") running.resolve(message.report);
    else running.reject(new CheckFailedError(message.error));
  }
  onWorkerGone(worker, error) {
    if (worker !== this.worker) return;
    this.worker = null;
    const running = this.running;
    this.running = null;
    running?.reject(error);
  }
};

// main/services/check-jobs.ts
var FINISHED_JOBS_KEPT = 4;
var CheckJobs = class {
  constructor(runner) {
    this.runner = runner;
  }
  runner;
  jobs = /* @__PURE__ */ new Map();
  /** Each job's outcome: the report, or a rejection saying why there is none. */
  results = /* @__PURE__ */ new WeakMap();
  current = null;
  /**
   * Starts a job: `prepare` gathers the engine input (reading documents, anchoring annotations) on this
   * thread, then the engine runs in the worker. Cancels the job running before. Returns the new job's id.
   */
  start(prepare) {
    if (this.current !== null) this.cancel(this.current.id);
    const id = randomUUID3();
    const job = { id, state: "running" };
    const result = this.execute(job, prepare);
    result.catch(() => void 0);
    this.results.set(job, result);
    this.jobs.set(id, job);
    this.current = job;
    this.forgetOldJobs();
    return id;
  }
  /** The job's state; the report comes with the first answer that says `done`. Throws `not-found`. */
  status(id) {
    const job = this.find(id);
    const status = { state: job.state };
    if (job.state === "running" && job.progress) status.progress = { ...job.progress };
    if (job.state === "done" && job.report) {
      status.report = job.report;
      delete job.report;
    }
    if (job.error !== void 0) status.error = job.error;
    return status;
  }
  /** Cancels the job if it is still running; `false` when it had already finished. Throws `not-found`. */
  cancel(id) {
    const job = this.find(id);
    if (job.state !== "running") return false;
    job.state = "cancelled";
    delete job.progress;
    if (this.current === job) {
      this.current = null;
      this.runner.cancel();
    }
    return true;
  }
  /** Resolves to the job's report (handing it over, as `status` does), or rejects with a `ServiceError`. */
  async wait(id) {
    const job = this.find(id);
    try {
      const report = await this.results.get(job);
      if (report === void 0) throw new Error("a job without a result");
      delete job.report;
      return report;
    } catch {
      if (job.state === "cancelled") throw new ServiceError("refused", "the check was cancelled (a newer check replaced it, or it was cancelled)");
      throw new ServiceError("internal", job.error ?? "the check failed");
    }
  }
  /** Cancels the running job and ends the worker (the session is closing). */
  async close() {
    if (this.current !== null) this.cancel(this.current.id);
    await this.runner.close();
  }
  async execute(job, prepare) {
    try {
      const input = await prepare();
      if (job.state !== "running") throw new CheckCancelledError("the check was cancelled");
      const report = await this.runner.run(input, (progress) => {
        if (job.state === "running") job.progress = progress;
      });
      if (job.state !== "running") throw new CheckCancelledError("the check was cancelled");
      job.state = "done";
      job.report = report;
      return report;
    } catch (error) {
      if (job.state === "running") {
        job.state = "failed";
        job.error = failureMessage(error);
      }
      throw error;
    } finally {
      delete job.progress;
      if (this.current === job) this.current = null;
    }
  }
  find(id) {
    const job = this.jobs.get(id);
    if (job === void 0) throw new ServiceError("not-found", `no check job "${id}" in this session (finished jobs are kept for a while only)`);
    return job;
  }
  forgetOldJobs() {
    const finished = [...this.jobs.values()].filter((j) => j.state !== "running");
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(job.id);
  }
};
function failureMessage(error) {
  if (error instanceof CheckFailedError || error instanceof ServiceError) return error.message;
  logError("check job", error);
  return "the check could not run (an internal error; the details are in the log)";
}

// main/services/check-service.ts
function checkHandlers(ctx) {
  const { jobs } = ctx;
  return {
    runCheck: ({ minSeverity }) => jobs.wait(jobs.start(() => checkInput(ctx, minSeverity))),
    startCheck: async ({ minSeverity }) => ({ job: jobs.start(() => checkInput(ctx, minSeverity)) }),
    checkStatus: async ({ job }) => jobs.status(job),
    cancelCheck: async ({ job }) => ({ cancelled: jobs.cancel(job) })
  };
}
async function checkProject(ctx, options = {}) {
  return check(await checkInput(ctx, options.minSeverity), { cache: ctx.cache, ...options.onProgress ? { onProgress: options.onProgress } : {} });
}
async function checkInput(ctx, minSeverity) {
  const { store } = ctx;
  const data = store.data();
  const texts = await readTexts(store, store.documents());
  const documents = [];
  for (const record of store.documents()) {
    const text = texts.get(record.id);
    if (text === void 0) continue;
    documents.push({ id: record.id, path: record.path, title: record.title, text, sha256: sha256OfText(text) });
  }
  const { quotes, claims } = engineAnnotations(ctx, texts);
  return {
    documents,
    quotes,
    claims,
    lexicon: data.lexicon,
    builtinLexicon: data.settings.builtinLexicon,
    ...data.settings.transliteration ? { transliteration: data.settings.transliteration } : {},
    gazetteer: data.settings.gazetteer,
    threshold: minSeverity ?? data.settings.threshold
  };
}
function engineAnnotations(ctx, texts) {
  const quotes = [];
  const claims = [];
  for (const { annotation: a, anchor: anchor2 } of anchorAll2(ctx.store.annotations(), texts)) {
    if (anchor2 === null) continue;
    if (a.kind === "quote") {
      quotes.push({ id: a.id, document: a.document, ...anchor2, attribution: a.body.attribution, translated: a.body.translated });
    } else if (a.kind === "claim") {
      claims.push({ id: a.id, document: a.document, ...anchor2, cites: a.body.cites });
    }
  }
  return { quotes, claims };
}

// main/services/check-worker-protocol.ts
var ENGINE_CACHE_ENTRIES = 512;

// main/services/lexicon-service.ts
function lexiconHandlers(ctx) {
  const { store } = ctx;
  return {
    lexicon: async () => lexiconView(store.data()),
    setLexicon: ({ entries }) => mapStoreErrors(async () => {
      await store.setLexicon(entries);
      return lexiconView(store.data());
    })
  };
}
function lexiconView(data) {
  const enabled = data.settings.transliteration;
  return {
    entries: data.lexicon.map((e) => ({ ...e, variants: [...e.variants] })),
    builtin: BUILTIN_LEXICON.map((e) => ({ ...e, variants: [...e.variants] })),
    builtinLexicon: data.settings.builtinLexicon,
    schemes: SHIPPED_TRANSLITERATION.schemes.map((s) => ({ id: s.id, name: s.name, enabled: enabled === void 0 || enabled.includes(s.id) }))
  };
}
function checkSchemeIds(ids) {
  if (ids === void 0) return;
  const known = SHIPPED_TRANSLITERATION.schemes.map((s) => s.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new ServiceError("invalid-payload", `unknown transliteration scheme ${unknown.map((u) => `"${u}"`).join(", ")} (known: ${known.join(", ")})`);
}

// main/services/project-service.ts
import { basename as basename4 } from "node:path";
function projectHandlers(ctx) {
  const { store } = ctx;
  return {
    async projectInfo() {
      return {
        name: basename4(store.dir),
        path: store.dir,
        readOnly: store.readOnly,
        warnings: [...store.warnings],
        settings: store.data().settings
      };
    },
    // The store refuses a read-only project; the payload passed its schema at the boundary.
    updateSettings: (settings) => {
      checkSchemeIds(settings.transliteration);
      return mapStoreErrors(() => store.updateSettings(settings));
    }
  };
}

// main/services/suggest-service.ts
var COVERED_FRACTION = 0.5;
function suggestHandlers(ctx) {
  const { store, cache } = ctx;
  return {
    async suggestQuotes({ document }) {
      const records = document === void 0 ? store.documents() : [findDocument(store, document)];
      const texts = await readTexts(store, records);
      const data = store.data();
      const marked = anchorAll2(store.annotations(document).filter((a) => a.kind === "quote"), texts);
      const suggestions = [];
      for (const record of records) {
        const text = texts.get(record.id);
        if (text === void 0) continue;
        const source = { id: record.id, path: record.path, title: record.title, text, sha256: sha256OfText(text) };
        const { candidates: candidates2 } = analyseDocument(source, { lexicon: data.lexicon, builtinLexicon: data.settings.builtinLexicon, gazetteer: data.settings.gazetteer }, cache);
        const spans = marked.flatMap((m) => m.annotation.document === record.id && m.anchor ? [m.anchor] : []);
        for (const candidate of candidates2) {
          if (!spans.some((span2) => covers(span2, candidate))) suggestions.push(toSuggestion(candidate, record.id));
        }
      }
      return suggestions;
    }
  };
}
function covers(span2, candidate) {
  const overlap2 = Math.min(span2.end, candidate.end) - Math.max(span2.start, candidate.start);
  if (overlap2 <= 0) return false;
  const shorter = Math.min(span2.end - span2.start, candidate.end - candidate.start);
  return overlap2 >= shorter * COVERED_FRACTION;
}
function toSuggestion(c, document) {
  return { document, start: c.start, end: c.end, text: c.text, attribution: c.attribution, cue: c.cue, confidence: c.confidence };
}

// main/services/export-service.ts
import { basename as basename5 } from "node:path";

// main/services/pdf-printer.ts
import { existsSync } from "node:fs";
import { delimiter, join as join5 } from "node:path";
var BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
var BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"
];
var CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
function findChromium(env = process.env) {
  const chosen = env["VERBATIM_CHROMIUM"];
  if (chosen) return existsSync(chosen) ? chosen : null;
  for (const dir of (env["PATH"] ?? "").split(delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const candidate = join5(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return BROWSER_PATHS.find((p) => existsSync(p)) ?? null;
}
function missingChromiumMessage(env = process.env) {
  const chosen = env["VERBATIM_CHROMIUM"];
  if (chosen) return `PDF export needs Chromium: VERBATIM_CHROMIUM names ${chosen}, which does not exist`;
  return "PDF export needs Chromium or Google Chrome, and neither was found (looked for chromium, chromium-browser and google-chrome on the PATH); install one (e.g. apt-get install chromium) or set VERBATIM_CHROMIUM to its path, or export HTML and print it from a browser";
}
var PRINT_TIMEOUT_MS = 12e4;
var printWithChromium = async (html) => {
  const executablePath = findChromium();
  if (executablePath === null) throw new ServiceError("refused", missingChromiumMessage());
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, timeout: PRINT_TIMEOUT_MS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load", timeout: PRINT_TIMEOUT_MS });
    const pdf = await page.pdf({ format: "A4", printBackground: true, margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" } });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
var printer = printWithChromium;
function pdfPrinter() {
  return printer;
}

// main/services/export-service.ts
function exportHandlers(ctx) {
  return {
    async exportEdition(input) {
      const report = () => ctx.jobs.wait(ctx.jobs.start(() => checkInput(ctx, void 0)));
      const result = await exportProject(ctx, input, report);
      return { fileName: result.fileName, mediaType: result.mediaType, base64: Buffer.from(result.bytes).toString("base64") };
    }
  };
}
async function exportProject(ctx, options, report = () => checkProject(ctx)) {
  const input = await editionInput(ctx, options.document, report);
  const info = EXPORT_FORMAT_INFO[options.format];
  const text = (value) => new TextEncoder().encode(value);
  let bytes;
  switch (options.format) {
    case "html":
      bytes = text(toHtmlEdition(input));
      break;
    case "pdf":
      bytes = await pdfPrinter()(toHtmlEdition(input));
      break;
    case "markdown":
      bytes = text(toMarkdownEdition(input));
      break;
    case "jsonld":
      bytes = text(toWebAnnotationCollection(input));
      break;
    case "tei":
      bytes = text(toTei(input));
      break;
    case "csv":
      bytes = text(toDiscrepancyCsv(input));
      break;
  }
  const stem = options.document ?? input.title;
  return { fileName: `${safeFileStem(stem)}.${info.extension}`, mediaType: info.mediaType, bytes };
}
async function editionInput(ctx, document, report = () => checkProject(ctx)) {
  const { store } = ctx;
  const all = [...store.documents()];
  const scope = document === void 0 ? all : [findDocument(store, document)];
  const texts = await readTexts(store, all);
  const checked = await report();
  const data = store.data();
  return {
    title: basename5(store.dir),
    generated: (/* @__PURE__ */ new Date()).toISOString(),
    documents: scope.flatMap((record) => {
      const text = texts.get(record.id);
      return text === void 0 ? [] : [{ record: findDocument(store, record.id), text }];
    }),
    allDocuments: [...store.documents()],
    annotations: anchorAll2(store.annotations(), texts),
    report: checked,
    threshold: data.settings.threshold
  };
}
function safeFileStem(name) {
  return name.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "").slice(0, 80) || "verbatim-export";
}

// main/services/import-service.ts
import { extname } from "node:path";

// main/services/disk-documents.ts
import { access, mkdir as mkdir2, readFile as readFile6, stat as stat3 } from "node:fs/promises";
import { basename as basename6, join as join6, resolve as resolve3 } from "node:path";
var MAX_DISK_FILE_BYTES = 64 * 1024 * 1024;
async function createProject(dir, filePaths, options = {}) {
  const absolute = resolve3(dir);
  if (await exists(join6(absolute, "verbatim.json"))) throw new Error(`${absolute} already holds a project (verbatim.json)`);
  await mkdir2(absolute, { recursive: true });
  const session = await openProject(absolute, { ...options, create: true });
  try {
    const { refused } = filePaths.length ? await addDocumentPaths(session, filePaths) : { refused: [] };
    return Object.assign(session, { refused });
  } catch (error) {
    await session.close();
    throw error;
  }
}
async function addDocumentPaths(session, paths, onProgress) {
  if (session.store.readOnly) throw new ServiceError("read-only", `the project is read-only: ${session.store.warnings[0] ?? ""}`);
  const files = await readDiskFiles(paths);
  const refused = [];
  const accepted = [];
  for (const f of files) {
    if ("refused" in f) refused.push({ name: f.path, reason: f.refused });
    else accepted.push(f);
  }
  if (accepted.length > 0) {
    const result = await mapStoreErrors(() => session.store.addFiles(accepted.map(({ name, bytes }) => ({ name, bytes })), onProgress));
    const unclaimed = [...accepted];
    for (const r of result.refused) {
      const at = unclaimed.findIndex((f) => f.name === r.name);
      const [file] = at === -1 ? [] : unclaimed.splice(at, 1);
      refused.push({ name: file?.path ?? r.name, reason: r.reason });
    }
    refused.sort((a, b) => paths.indexOf(a.name) - paths.indexOf(b.name));
    return { added: result.added, refused };
  }
  return { added: [], refused };
}
async function loadDocumentsFromPaths(paths) {
  const unique = [...new Map(paths.map((p) => [resolve3(p), p])).values()];
  const documents = [];
  const refused = [];
  for (const f of await readDiskFiles(unique)) {
    if ("refused" in f) {
      refused.push({ name: f.path, reason: f.refused });
      continue;
    }
    try {
      const { text, sha256 } = isConvertible(f.name) ? ingestFile(`${f.name}.txt`, await extractTextBytes(f.name, f.bytes)) : ingestFile(f.name, f.bytes);
      const path = f.path.split("\\").join("/");
      documents.push({ id: `d${documents.length + 1}`, path, title: documentTitle(text, f.name), text, sha256 });
    } catch (error) {
      if (!(error instanceof DocumentRefusedError)) throw error;
      refused.push({ name: f.path, reason: error.reason });
    }
  }
  return { documents, refused };
}
async function readDiskFiles(paths) {
  return Promise.all(paths.map((path) => readDiskFile(path)));
}
async function readDiskFile(path, maxBytes = MAX_DISK_FILE_BYTES) {
  try {
    const info = await stat3(path);
    if (info.isDirectory()) return { path, refused: "a folder, not a file" };
    if (info.size > maxBytes) return { path, refused: `too large (${info.size} bytes; at most ${maxBytes})` };
    return { path, name: basename6(path), bytes: new Uint8Array(await readFile6(path)) };
  } catch (error) {
    const code = error.code;
    return { path, refused: code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})` };
  }
}
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}

// main/services/import-service.ts
var MAX_ANNOTATION_FILE_BYTES = 64 * 1024 * 1024;
function importHandlers(ctx) {
  return {
    async importAnnotations({ file }) {
      const decoded = decodeUpload(file.base64, MAX_ANNOTATION_FILE_BYTES);
      if ("refused" in decoded) throw new ServiceError("invalid-payload", `${file.name}: ${decoded.refused}`);
      return importAnnotationFile(ctx, file.name, decoded.bytes);
    }
  };
}
async function importAnnotationFile(ctx, name, bytes) {
  const { store } = ctx;
  if (store.readOnly) throw new ServiceError("read-only", `the project is read-only: ${store.warnings[0] ?? ""}`);
  let json;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ServiceError("invalid-payload", `${name}: not a JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const texts = await readTexts(store, store.documents());
  const documents = store.documents().flatMap((record) => {
    const text = texts.get(record.id);
    return text === void 0 ? [] : [{ record, text }];
  });
  let plan;
  try {
    plan = planWebAnnotationImport(json, { documents, existing: store.annotations(), creator: store.data().settings.creator, now: (/* @__PURE__ */ new Date()).toISOString() });
  } catch (error) {
    if (error instanceof TypeError) throw new ServiceError("invalid-payload", `${name}: ${error.message}`);
    throw error;
  }
  await mapStoreErrors(() => store.putAnnotations(plan.annotations));
  return { file: name, added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged, kept: plan.kept, orphans: plan.orphans, warnings: plan.warnings };
}
async function importPaths(session, paths, onProgress) {
  const annotationPaths = paths.filter((p) => isAnnotationFile(p) && extname(p) !== "");
  const documentPaths = paths.filter((p) => !annotationPaths.includes(p));
  const result = { added: [], annotations: [], refused: [] };
  if (documentPaths.length > 0) {
    const docs = await addDocumentPaths(session, documentPaths, onProgress);
    result.added.push(...docs.added);
    result.refused.push(...docs.refused);
  }
  for (const path of annotationPaths) {
    const file = await readDiskFile(path, MAX_ANNOTATION_FILE_BYTES);
    if ("refused" in file) {
      result.refused.push({ name: path, reason: file.refused });
      continue;
    }
    try {
      result.annotations.push(await importAnnotationFile(session.context, path, file.bytes));
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code === "read-only" || error.code === "internal") throw error;
      result.refused.push({ name: path, reason: error.message.replace(`${path}: `, "") });
    }
  }
  return result;
}

// main/services/project-session.ts
async function openProject(dir, options = {}) {
  const absolute = resolve4(dir);
  const { create = false, access: access2 = "write", label = "Verbatim" } = options;
  const store = await openProjectStore(absolute, { create, access: access2, label });
  return sessionFor(store, options);
}
function sessionFor(store, options = {}) {
  const ctx = contextFor(store, options);
  const handlers = handlersFor(ctx);
  let closing;
  return {
    dir: store.dir,
    store,
    handlers,
    context: ctx,
    dispatch: (method, payload) => dispatch(handlers, method, payload, (m, error) => logError(`request ${m}`, error)),
    check: (options2) => checkProject(ctx, options2),
    close() {
      closing ??= ctx.jobs.close().then(() => store.close());
      return closing;
    }
  };
}
function contextFor(store, options) {
  return {
    store,
    cache: options.cache ?? new MemoryEngineCache(ENGINE_CACHE_ENTRIES),
    jobs: new CheckJobs(new CheckRunner(options.checkWorker))
  };
}
function handlersFor(ctx) {
  return {
    ...projectHandlers(ctx),
    ...lexiconHandlers(ctx),
    ...documentHandlers(ctx),
    ...annotationHandlers(ctx),
    ...checkHandlers(ctx),
    ...suggestHandlers(ctx),
    ...exportHandlers(ctx),
    ...importHandlers(ctx)
  };
}

// bin/cli/check-command.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";

// bin/cli/format-report.ts
var plain = { bold: (s) => s, dim: (s) => s, severity: (_s, t) => t, a: (s) => s, b: (s) => s };
var SEVERITY_COLOUR = { info: "2", minor: "36", major: "33", critical: "1;31" };
var ansi = {
  bold: (s) => `\x1B[1m${s}\x1B[22m`,
  dim: (s) => `\x1B[2m${s}\x1B[22m`,
  severity: (sev, t) => `\x1B[${SEVERITY_COLOUR[sev]}m${t}\x1B[0m`,
  a: (s) => `\x1B[31m${s}\x1B[39m`,
  b: (s) => `\x1B[32m${s}\x1B[39m`
};
var CONTEXT_CHARS = 40;
var KIND_LABEL2 = { press: "press quote", quote: "quoted material", repeat: "repeated wording" };
function formatReport(report, minSeverity, colour, texts, note) {
  const p = colour ? ansi : plain;
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const lines = [];
  const shown2 = report.discrepancies.filter((x) => atLeast(x.severity, minSeverity));
  const byCluster = groupBy(shown2, (x) => x.cluster);
  for (const cluster of report.clusters) {
    const found = byCluster.get(cluster.id) ?? [];
    const src = [cluster.source.outlet, cluster.source.author, cluster.source.date].filter(Boolean).join(", ") || "unattributed";
    lines.push(p.bold(`${cluster.id}  ${KIND_LABEL2[cluster.kind]}: ${src}  \u2014 ${cluster.witnesses.length} witnesses, ${found.length} discrepancies`));
    for (const w of cluster.witnesses) {
      const doc = docs.get(w.document);
      lines.push(p.dim(`   ${w.id}  ${doc?.path ?? w.document} ${lineCol(texts.get(w.document), w.start)}  \u201C${ellipsize(w.text, 70)}\u201D`));
    }
    for (const x of found.sort(bySeverityThenPosition)) lines.push(...formatDiscrepancy(x, p, texts, docs));
    lines.push("");
  }
  lines.push(summary(report, minSeverity));
  if (note && note.outside.clusters > 0) {
    const wider = note.scope === "press" ? "--scope quotes (or all)" : "--scope all";
    lines.push(`${plural2(note.outside.clusters, "cluster")} outside the ${note.scope} scope (${plural2(note.outside.serious, "discrepancy", "discrepancies")} at ${minSeverity} and above there) not shown; see them with ${wider}.`);
  }
  return lines.join("\n") + "\n";
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatDiscrepancy(x, p, texts, docs) {
  const where = (side) => `${docs.get(side.document)?.path ?? side.document} ${lineCol(texts.get(side.document), side.start)}`;
  return [
    `   ${p.severity(x.severity, `${x.severity.toUpperCase()} ${x.kind}`)}: ${x.explanation}`,
    `      ${where(x.a)}: ${inContext(texts.get(x.a.document), x.a, (s) => p.a(colourless(p, `[-${s}-]`, s)))}`,
    `      ${where(x.b)}: ${inContext(texts.get(x.b.document), x.b, (s) => p.b(colourless(p, `{+${s}+}`, s)))}`
  ];
}
function colourless(p, marked, raw) {
  return p === plain ? marked : raw;
}
function inContext(text, side, mark) {
  if (text === void 0) return mark(side.text);
  const before = oneLine(text.slice(Math.max(0, side.start - CONTEXT_CHARS), side.start));
  const after = oneLine(text.slice(side.end, side.end + CONTEXT_CHARS));
  const body = side.start === side.end ? mark("\u2205") : mark(oneLine(side.text));
  return `\u2026${before}${body}${after}\u2026`;
}
function summary(report, minSeverity) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of report.discrepancies) counts.set(x.severity, (counts.get(x.severity) ?? 0) + 1);
  const parts = Object.keys(SEVERITY_RANK).reverse().map((s) => `${counts.get(s) ?? 0} ${s}`);
  const flagged = report.claims.filter((c) => c.flagged).length;
  const claims = report.claims.length ? `; ${flagged} of ${report.claims.length} claims flagged` : "";
  return `${report.documents.length} documents, ${report.clusters.length} quote clusters, discrepancies: ${parts.join(", ")} (showing ${minSeverity} and above)${claims}`;
}
function lineCol(text, offset) {
  if (text === void 0) return `@${offset}`;
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column}`;
}
function oneLine(s) {
  return s.replace(/\s+/g, " ");
}
function ellipsize(s, max) {
  const t = oneLine(s).trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}\u2026`;
}
function bySeverityThenPosition(x, y) {
  return SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || x.a.start - y.a.start;
}
function groupBy(items, key) {
  const m = /* @__PURE__ */ new Map();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

// bin/cli/io.ts
var EXIT = { ok: 0, discrepancies: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
function colourAllowed(stream, env) {
  return Boolean(stream.isTTY) && env.NO_COLOR === void 0 && env.TERM !== "dumb";
}

// bin/cli/load-inputs.ts
import { readdir as readdir3, stat as stat4 } from "node:fs/promises";
import { extname as extname2, join as join7, resolve as resolve5 } from "node:path";
var DOCUMENT_EXTENSIONS2 = /* @__PURE__ */ new Set([".txt", ".md"]);
async function resolveCheckTarget(inputs, cwd) {
  if (inputs.length === 0) throw new UsageError("check needs a project folder or files: verbatim check <folder | files...>");
  const paths = [];
  for (const input of inputs) {
    const path = resolve5(cwd, input);
    const info = await stat4(path).catch((error) => {
      throw new UsageError(`${input}: ${error.code === "ENOENT" ? "no such file or folder" : `cannot read (${error.code ?? error.message})`}`);
    });
    if (!info.isDirectory()) {
      paths.push(path);
      continue;
    }
    const entries = await readdir3(path);
    if (inputs.length === 1 && entries.includes("verbatim.json")) return { kind: "project", dir: path };
    const docs = entries.filter((e) => DOCUMENT_EXTENSIONS2.has(extname2(e).toLowerCase())).sort();
    if (docs.length === 0) throw new UsageError(`${input}: a folder with no verbatim.json and no .txt or .md files`);
    paths.push(...docs.map((e) => join7(path, e)));
  }
  return { kind: "files", paths };
}

// bin/cli/check-command.ts
var SCOPES = ["press", "quotes", "all"];
var DEFAULT_SCOPE = "quotes";
var SCOPE_KINDS = { press: ["press"], quotes: ["press", "quote"], all: ["press", "quote", "repeat"] };
var PROGRESS_INTERVAL_MS = 200;
async function runCheckCommand(options, io) {
  const target = await resolveCheckTarget(options.inputs, io.cwd);
  const onProgress = progressPrinter(io);
  let report;
  let texts;
  let threshold;
  if (target.kind === "project") {
    const session = await openProject(target.dir, { access: "read" }).catch((error) => {
      throw new UsageError(`${target.dir}: ${error instanceof Error ? error.message : String(error)}`);
    });
    try {
      texts = await readableProject(session, displayPath(io.cwd, target.dir));
      threshold = options.minSeverity ?? session.store.data().settings.threshold;
      report = await session.check({ minSeverity: threshold, onProgress });
    } finally {
      await session.close();
    }
  } else {
    const { documents, refused } = await loadDocumentsFromPaths(target.paths);
    if (refused.length > 0) {
      throw new UsageError(refused.map((r) => `${r.name}: ${r.reason}`).join("\nverbatim: "));
    }
    threshold = options.minSeverity ?? "major";
    const shown2 = documents.map((d) => ({ ...d, path: displayPath(io.cwd, d.path) }));
    report = check({ documents: shown2, threshold }, { onProgress });
    texts = new Map(documents.map((d) => [d.id, d.text]));
  }
  onProgress.done();
  const scope = options.scope ?? DEFAULT_SCOPE;
  const scoped = inScope(report, scope);
  const listed = options.minSeverity ? onlyAtLeast(options.json && options.scope === void 0 ? report : scoped, options.minSeverity) : options.json && options.scope === void 0 ? report : scoped;
  if (options.json) io.stdout.write(`${JSON.stringify(listed, null, 2)}
`);
  else io.stdout.write(formatReport(listed, options.minSeverity ?? threshold, colourAllowed(io.stdout, io.env), texts, { scope, outside: outsideScope(report, scoped, threshold) }));
  return scoped.discrepancies.some((x) => atLeast(x.severity, threshold)) ? EXIT.discrepancies : EXIT.ok;
}
function inScope(report, scope) {
  const kinds = SCOPE_KINDS[scope];
  const clusters = report.clusters.filter((c) => kinds.includes(c.kind));
  if (clusters.length === report.clusters.length) return report;
  const ids = new Set(clusters.map((c) => c.id));
  const discrepancies = report.discrepancies.filter((x) => ids.has(x.cluster));
  const kept = new Set(discrepancies.map((x) => x.id));
  return { ...report, clusters, discrepancies, claims: report.claims.map((c) => ({ ...c, discrepancies: c.discrepancies.filter((id) => kept.has(id)) })) };
}
function outsideScope(report, scoped, threshold) {
  const serious = (r) => r.discrepancies.filter((x) => atLeast(x.severity, threshold)).length;
  return { clusters: report.clusters.length - scoped.clusters.length, serious: serious(report) - serious(scoped) };
}
async function readableProject(session, shown2) {
  const problems = session.store.problems.map((p) => `${shown2}/${p}`);
  const texts = /* @__PURE__ */ new Map();
  for (const record of session.store.documents()) {
    try {
      texts.set(record.id, await session.store.readText(record.id));
    } catch (error) {
      problems.push(`${shown2}: document "${record.id}" (${record.path}): ${describeReadFailure(error)}`);
    }
  }
  if (problems.length > 0) throw new UsageError(`the project cannot be read:
${problems.map((p) => `verbatim: ${p}`).join("\n")}`);
  return texts;
}
function describeReadFailure(error) {
  if (error instanceof DocumentRefusedError) return error.reason;
  if (error instanceof DocumentNotFoundError) return "its file is missing from the project folder";
  const code = error.code;
  return code ? `cannot be read (${code})` : "cannot be read";
}
function onlyAtLeast(report, min) {
  const discrepancies = report.discrepancies.filter((x) => atLeast(x.severity, min));
  const kept = new Set(discrepancies.map((x) => x.id));
  return {
    ...report,
    discrepancies,
    claims: report.claims.map((c) => ({ ...c, discrepancies: c.discrepancies.filter((id) => kept.has(id)) }))
  };
}
function progressPrinter(io) {
  let last = 0;
  let drawn = false;
  const print = (p) => {
    if (!io.stderr.isTTY) return;
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && p.done !== p.total) return;
    last = now;
    drawn = true;
    io.stderr.write(`\r\x1B[K${p.stage} ${p.done}/${p.total}`);
  };
  return Object.assign(print, {
    done() {
      if (drawn) io.stderr.write("\r\x1B[K");
    }
  });
}
function displayPath(cwd, path) {
  if (!isAbsolute2(path)) return path;
  const rel = relative2(cwd, path);
  return isAbsolute2(rel) ? path : rel.split(sep2).join("/");
}

// bin/cli/lexicon-command.ts
import { resolve as resolve6 } from "node:path";
async function runLexiconCommand(folder, action, io) {
  const writing = action.kind !== "list";
  const session = await openProject(resolve6(io.cwd, folder), writing ? { label: "verbatim lexicon" } : { access: "read" }).catch((error) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (writing && session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? "the project is read-only"}`);
    const view = await apply(session, action);
    if (action.kind === "list" && action.json) io.stdout.write(`${JSON.stringify(view, null, 2)}
`);
    else io.stdout.write(formatLexicon(view));
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
async function request2(session, method, payload) {
  const result = await session.dispatch(method, payload);
  if (!result.ok) throw new UsageError(result.error.message);
  return result.value;
}
async function apply(session, action) {
  const current = await request2(session, "lexicon", {});
  switch (action.kind) {
    case "list":
      return current;
    case "add": {
      const entry = action.note ? { variants: action.variants, note: action.note } : { variants: action.variants };
      return request2(session, "setLexicon", { entries: [...current.entries, entry] });
    }
    case "remove": {
      if (action.index < 1 || action.index > current.entries.length) throw new UsageError(`there is no entry ${action.index} (the project has ${current.entries.length})`);
      return request2(session, "setLexicon", { entries: current.entries.filter((_, i) => i !== action.index - 1) });
    }
    case "builtin":
      await request2(session, "updateSettings", { builtinLexicon: action.on });
      return request2(session, "lexicon", {});
    case "schemes":
      await request2(session, "updateSettings", { transliteration: action.ids === "all" ? current.schemes.map((s) => s.id) : action.ids });
      return request2(session, "lexicon", {});
  }
}
function formatLexicon(view) {
  const lines = [];
  lines.push(view.entries.length === 0 ? "Project entries: none" : "Project entries:");
  view.entries.forEach((e, i) => lines.push(`  ${i + 1}. ${e.variants.join(" = ")}${e.note ? `  (${e.note})` : ""}`));
  lines.push(`Shipped entries: ${view.builtin.length}, ${view.builtinLexicon ? "applied" : "not applied"} (verbatim lexicon <folder> builtin ${view.builtinLexicon ? "off" : "on"})`);
  lines.push("Transliteration schemes:");
  for (const s of view.schemes) lines.push(`  [${s.enabled ? "x" : " "}] ${s.id}: ${s.name}`);
  return `${lines.join("\n")}
`;
}
function parseLexiconAction(words2, options) {
  const [verb = "list", ...rest] = words2;
  switch (verb) {
    case "list":
      return { kind: "list", json: options.json ?? false };
    case "add":
      if (rest.length < 2) throw new UsageError("lexicon add needs at least two spellings: verbatim lexicon <folder> add <variant> <variant>... [--note text]");
      return options.note ? { kind: "add", variants: rest, note: options.note } : { kind: "add", variants: rest };
    case "remove": {
      const n = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(n)) throw new UsageError("lexicon remove needs an entry number: verbatim lexicon <folder> remove <n>");
      return { kind: "remove", index: n };
    }
    case "builtin":
      if (rest[0] !== "on" && rest[0] !== "off") throw new UsageError("lexicon builtin needs on or off");
      return { kind: "builtin", on: rest[0] === "on" };
    case "schemes":
      if (rest.length !== 1) throw new UsageError('lexicon schemes needs "all", "none" or a comma-separated list of scheme ids');
      return { kind: "schemes", ids: rest[0] === "all" ? "all" : rest[0] === "none" ? [] : rest[0].split(",").filter((s) => s.length > 0) };
    default:
      throw new UsageError(`unknown lexicon action "${verb}" (list, add, remove, builtin, schemes)`);
  }
}

// bin/cli/project-commands.ts
import { resolve as resolve7 } from "node:path";
async function runInitCommand(folder, files, io) {
  const dir = resolve7(io.cwd, folder);
  const session = await createProject(dir, files.map((f) => resolve7(io.cwd, f)), { label: "verbatim init" }).catch((error) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    printRefused(session.refused, files, io);
    const count = session.store.documents().length;
    io.stdout.write(`Created project ${dir} with ${count} document${count === 1 ? "" : "s"}.
`);
    return session.refused.length > 0 ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}
async function runAddCommand(folder, files, io) {
  const session = await openProject(resolve7(io.cwd, folder), { label: "verbatim add" }).catch((error) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? "the project is read-only"}`);
    const { added, refused } = await addDocumentPaths(session, files.map((f) => resolve7(io.cwd, f)));
    for (const doc of added) io.stdout.write(`added ${doc.path} (${doc.title})
`);
    printRefused(refused, files, io);
    return refused.length > 0 ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}
function printRefused(refused, typed, io) {
  for (const r of refused) {
    const asTyped = typed.find((t) => resolve7(io.cwd, t) === r.name) ?? r.name;
    io.stderr.write(`verbatim: ${asTyped}: ${r.reason}
`);
  }
}

// bin/cli/suggest-command.ts
import { resolve as resolve8 } from "node:path";
async function runSuggestCommand(folder, options, io) {
  const session = await openProject(resolve8(io.cwd, folder), options.accept ? { label: "verbatim suggest --accept" } : { access: "read" }).catch((error) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const suggestions = await session.handlers.suggestQuotes({});
    if (options.json) io.stdout.write(`${JSON.stringify(suggestions, null, 2)}
`);
    else for (const s of suggestions) io.stdout.write(describe(s));
    if (!options.accept) {
      if (!options.json) io.stdout.write(`${suggestions.length} quote candidates; run with --accept to store them as quote annotations.
`);
      return EXIT.ok;
    }
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? "the project is read-only"}`);
    for (const s of suggestions) {
      await session.handlers.createAnnotation({
        kind: "quote",
        document: s.document,
        start: s.start,
        end: s.end,
        body: { attribution: s.attribution, translated: false },
        tags: ["suggested"]
      });
    }
    io.stderr.write(`Stored ${suggestions.length} quote annotations.
`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
function describe(s) {
  const a = s.attribution;
  const source = [a.outlet, a.author, a.date].filter(Boolean).join(", ") || "no attribution found";
  const text = s.text.replace(/\s+/g, " ").trim();
  return `${s.document} ${s.start}-${s.end} [${s.cue}, ${Math.round(s.confidence * 100)}%] ${source}
    \u201C${text.length > 100 ? `${text.slice(0, 99)}\u2026` : text}\u201D
`;
}

// bin/cli/export-command.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import { resolve as resolve9 } from "node:path";
async function runExportCommand(options, io) {
  const format = parseFormat(options.format);
  if (options.out === "-" && format === "pdf") throw new UsageError("a PDF is binary and is not written to stdout: give --out <file>");
  const session = await openProject(resolve9(io.cwd, options.project), { access: "read" }).catch((error) => {
    throw new UsageError(`${options.project}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.problems.length > 0) for (const warning of session.store.warnings) io.stderr.write(`verbatim: warning: ${warning}
`);
    const result = await exportProject(session.context, { format, document: options.document }).catch((error) => {
      if (error instanceof ServiceError) throw new UsageError(error.message);
      throw error;
    });
    if (options.out === "-") {
      io.stdout.write(new TextDecoder("utf-8", { ignoreBOM: true }).decode(result.bytes));
      return EXIT.ok;
    }
    const target = resolve9(io.cwd, options.out ?? result.fileName);
    await writeFile3(target, result.bytes);
    io.stderr.write(`Wrote ${target} (${result.bytes.length} bytes).
`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
function parseFormat(value) {
  if (value === void 0) throw new UsageError(`export needs --format, one of ${EXPORT_FORMATS.join(", ")}`);
  if (EXPORT_FORMATS.includes(value)) return value;
  throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")} (got "${value}")`);
}

// bin/cli/import-command.ts
import { resolve as resolve10 } from "node:path";
var PROGRESS_INTERVAL_MS2 = 200;
async function runImportCommand(folder, files, io) {
  const session = await openProject(resolve10(io.cwd, folder), { label: "verbatim import" }).catch((error) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? "the project is read-only"}`);
    let last = 0;
    let drawn = false;
    const progress = (p) => {
      if (!io.stderr.isTTY || Date.now() - last < PROGRESS_INTERVAL_MS2 && p.done !== p.total) return;
      last = Date.now();
      drawn = true;
      io.stderr.write(`\r\x1B[Kextracting ${p.file} ${p.done}/${p.total}`);
    };
    const result = await importPaths(session, files.map((f) => resolve10(io.cwd, f)), progress);
    if (drawn) io.stderr.write("\r\x1B[K");
    for (const doc of result.added) io.stdout.write(`added ${doc.path}${doc.original ? ` (text of ${doc.original})` : ""}: ${doc.title}
`);
    let orphans = 0;
    for (const a of result.annotations) {
      io.stdout.write(`imported ${a.file}: ${a.added} added, ${a.replaced} replaced, ${a.unchanged} unchanged, ${a.kept} kept (the project's version is as new)${a.orphans.length ? `, ${a.orphans.length} orphaned` : ""}
`);
      for (const w of a.warnings) io.stderr.write(`verbatim: warning: ${w}
`);
      for (const o of a.orphans) {
        orphans += 1;
        io.stderr.write(`verbatim: orphaned${o.stored ? " (stored)" : ""} ${o.id || "(no id)"}: \u201C${o.text.replace(/\s+/g, " ").slice(0, 120)}\u201D: ${o.reason}
`);
      }
    }
    printRefused(result.refused, files, io);
    if (result.refused.length > 0) return EXIT.usage;
    return orphans > 0 ? EXIT.discrepancies : EXIT.ok;
  } finally {
    await session.close();
  }
}

// bin/cli/merge-command.ts
import { readFile as readFile7 } from "node:fs/promises";
import { resolve as resolve11 } from "node:path";
async function runMergeCommand(paths, io) {
  const read = async (path, optional) => {
    let text;
    try {
      text = await readFile7(resolve11(io.cwd, path), "utf8");
    } catch (error) {
      throw new UsageError(`${path}: cannot be read (${error.code ?? String(error)})`);
    }
    if (optional && text.trim() === "") return null;
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new UsageError(`${path}: not a verbatim.json (${error instanceof Error ? error.message : String(error)}); resolve this merge by hand`);
    }
  };
  const [base2, ours, theirs] = [await read(paths.base, true), await read(paths.ours, false), await read(paths.theirs, false)];
  let result;
  try {
    result = mergeProjects(base2, ours, theirs);
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
  const { problems } = validateProject(result.merged);
  await writeFileAtomic(resolve11(io.cwd, paths.ours), toProjectJSON(result.merged));
  for (const c of result.conflicts) {
    io.stderr.write(`verbatim merge: conflict in ${c.section} ${c.id} (${c.fields.join(", ")}): ${c.resolution}
`);
  }
  for (const p of problems.slice(0, 10)) io.stderr.write(`verbatim merge: the merged file has a problem at ${p.path}: ${p.message}
`);
  if (result.conflicts.length === 0 && problems.length === 0) return EXIT.ok;
  io.stderr.write(`verbatim merge: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? "" : "s"} kept for review; open the project in Verbatim, keep one version of each, then git add verbatim.json
`);
  return EXIT.discrepancies;
}

// bin/cli/main.ts
var USAGE = `Usage: verbatim <command> [options]

Commands:
  check <project folder | files...> [--json] [--min-severity info|minor|major|critical]
        [--scope press|quotes|all]
        Find quotes the documents share, align them and report how they differ: press quotes
        (credited to an outlet, agency or by-lined author) first, then other quoted material;
        --scope press for press quotes only, --scope all for a document's repeats of its own
        wording too.
        Exit code 0 when no discrepancy in scope reaches the threshold (default major), 1 when
        some do, 2 on bad usage or unreadable input. --json prints every cluster, press first,
        unless --scope is given.
  init <folder> [files...]       Create a project (verbatim.json) and add documents to it.
  add <folder> <files...>        Add documents (.txt, .md, .html, .docx, .pdf) to a project.
  suggest <folder> [--accept]    List detected quote candidates; with --accept, store them as
                                 quote annotations with their attribution.
  export <folder> --format html|pdf|markdown|jsonld|tei|csv [--out path|-] [--document id]
        Write an annotated edition (HTML, PDF), Markdown with footnotes, W3C Web Annotation
        JSON-LD, TEI P5 with the apparatus, or a CSV of the discrepancies.
  import <folder> <files...>     Import W3C Web Annotation JSON-LD (.jsonld, .json) and add
                                 documents (.txt, .md, .html, .docx, .pdf). Exit 1 when some
                                 annotations could not be placed (they are listed).
  merge <base> <ours> <theirs>   Three-way merge of verbatim.json by record id, as a git merge
                                 driver (writes the result to <ours>; exit 1 on a true conflict,
                                 which is kept as both versions and reported).
  lexicon <folder> [list [--json] | add <variant> <variant>... [--note text] | remove <n>
          | builtin on|off | schemes all|none|<id,id>]
                                 Show or edit the spellings a check treats as one word: the
                                 project's entries, the shipped ones, the transliteration schemes.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
`;
async function main(argv, io) {
  const previous = setLogSink((line) => io.stderr.write(io.env.VERBATIM_DEBUG ? line : `${line.split("\n")[0]}
`));
  try {
    return await dispatchCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`verbatim: ${error.message}
`);
      return EXIT.usage;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`verbatim: ${error.message}
${USAGE}`);
      return EXIT.usage;
    }
    const detail = io.env.VERBATIM_DEBUG ? `
${describeCause(error)}` : " (run with VERBATIM_DEBUG=1 for the details)";
    io.stderr.write(`verbatim: internal error: ${error instanceof Error ? error.message : String(error)}${detail}
`);
    return EXIT.usage;
  } finally {
    setLogSink(previous);
  }
}
async function dispatchCommand(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(USAGE);
    return command === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout.write(`${await version()}
`);
    return EXIT.ok;
  }
  switch (command) {
    case "check": {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { json: { type: "boolean", default: false }, "min-severity": { type: "string" }, scope: { type: "string" }, help: { type: "boolean", short: "h" } }
      });
      if (values.help) return help(io);
      const minSeverity = parseSeverity(values["min-severity"]);
      return runCheckCommand({ inputs: positionals, json: values.json ?? false, minSeverity, scope: parseScope(values.scope) }, io);
    }
    case "init": {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder) throw new UsageError("init needs a folder: verbatim init <folder> [files...]");
      return runInitCommand(folder, files, io);
    }
    case "add": {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder || files.length === 0) throw new UsageError("add needs a project folder and files: verbatim add <folder> <files...>");
      return runAddCommand(folder, files, io);
    }
    case "suggest": {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { accept: { type: "boolean", default: false }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } }
      });
      if (values.help) return help(io);
      const [folder, ...extra] = positionals;
      if (!folder || extra.length > 0) throw new UsageError("suggest needs exactly one project folder: verbatim suggest <folder> [--accept]");
      return runSuggestCommand(folder, { accept: values.accept ?? false, json: values.json ?? false }, io);
    }
    case "export": {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, document: { type: "string", short: "d" }, help: { type: "boolean", short: "h" } }
      });
      if (values.help) return help(io);
      const [folder, ...extra] = positionals;
      if (!folder || extra.length > 0) throw new UsageError("export needs one project folder: verbatim export <folder> --format F [--out path] [--document id]");
      return runExportCommand({ project: folder, format: values.format, out: values.out, document: values.document }, io);
    }
    case "import": {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder || files.length === 0) throw new UsageError("import needs a project folder and files: verbatim import <folder> <files...>");
      return runImportCommand(folder, files, io);
    }
    case "merge": {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
      if (values.help) return help(io);
      const [base2, ours, theirs, ...extra] = positionals;
      if (!base2 || !ours || !theirs || extra.length > 0) throw new UsageError("merge needs three files: verbatim merge <base> <ours> <theirs> (git passes %O %A %B)");
      return runMergeCommand({ base: base2, ours, theirs }, io);
    }
    case "lexicon": {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { note: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } }
      });
      if (values.help) return help(io);
      const [folder, ...words2] = positionals;
      if (!folder) throw new UsageError("lexicon needs a project folder: verbatim lexicon <folder> [action]");
      return runLexiconCommand(folder, parseLexiconAction(words2, { note: values.note, json: values.json }), io);
    }
    default:
      throw new UsageError(`unknown command "${command}"
${USAGE}`);
  }
}
function help(io) {
  io.stdout.write(USAGE);
  return EXIT.ok;
}
function parseSeverity(value) {
  if (value === void 0) return void 0;
  if (SEVERITIES.includes(value)) return value;
  throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(", ")} (got "${value}")`);
}
function parseScope(value) {
  if (value === void 0) return void 0;
  if (SCOPES.includes(value)) return value;
  throw new UsageError(`--scope must be one of ${SCOPES.join(", ")} (got "${value}")`);
}
async function version() {
  const { readFile: readFile8 } = await import("node:fs/promises");
  const pkg = JSON.parse(await readFile8(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

// ../../tmp/clib/entry.ts
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });

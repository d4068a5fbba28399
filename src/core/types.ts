// Core types shared by every layer: spans, documents, facts, findings, rules and reports.

/** Half-open range of UTF-16 offsets into a document's analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** A 1-based line/column position in a file (column counts UTF-16 code units, like ESLint and SARIF). */
export interface Position {
  line: number;
  column: number;
}

/** What the loader found about a document besides its text. */
export interface DocMeta {
  /** Publication date as YYYY-MM-DD, from metadata (front matter, JSON field) or --date. */
  date?: string;
  dateSource?: 'metadata' | 'flag';
  title?: string;
  source?: string;
  url?: string;
  /** Record id inside a JSON/JSONL file. */
  recordId?: string;
}

/**
 * Maps offsets in analysed text back to the file: `start[i]`/`end[i]` are the file offsets where
 * character i of the text begins and ends (a decoded `&amp;` or `\u2019` covers several file characters).
 */
/**
 * Where each character of decoded text came from in its file, as segments (most of a JSON string or an
 * HTML text run is copied verbatim, so a per-character table would cost 8 bytes a character for nothing).
 * Segment k covers text from `textStart[k]` to the next segment's start. A copied segment maps character
 * i to file offset `fileStart[k] + (i - textStart[k])`; a replaced one (an escape, an entity) maps every
 * character to the file range [`fileStart[k]`, `fileEnd[k]`).
 */
export interface OffsetMap {
  textStart: Int32Array;
  fileStart: Int32Array;
  /** -1 for a copied segment. */
  fileEnd: Int32Array;
  /** Length of the decoded text. */
  length: number;
}

/**
 * One article. `text` is what extractors read; spans index into it. When the text was decoded
 * from HTML or JSON, `map` leads back to the file.
 */
export interface Document {
  /** Stable label: the file path as reported, plus `#id` or `:line` for a record in a JSON/JSONL file. */
  id: string;
  /** File path as reported to the user (relative to the working directory when possible). */
  file: string;
  /** Position of this document among the inputs (for a stable order). */
  index: number;
  text: string;
  meta: DocMeta;
  /** Analysed text offset -> file offset; absent when the text is the file text (identity). */
  map?: OffsetMap;
  /** Line index of the whole file text (shared by the records of one file). */
  lines: import('./lines.js').LineIndex;
}

/** A place in a document, for findings and related locations. */
export interface Located {
  doc: string;
  span: Span;
}

export interface RelatedDraft extends Located {
  message: string;
}

/** What a rule returns: the engine fills in positions, the exact text and severity. */
export interface FindingDraft {
  span: Span;
  message: string;
  /** Key into the rule's `messages` (optional, for tooling). */
  messageId?: string;
  actual?: string;
  expected?: string;
  /** Short statements of the evidence the rule used (document date and where it came from ...). */
  evidence?: string[];
  related?: RelatedDraft[];
  /** Severity override for this finding (defaults to the rule's configured severity). */
  severity?: Severity;
  /** Extra machine-readable data for the JSON report. */
  data?: Record<string, unknown>;
}

export interface ResolvedLocation {
  file: string;
  doc: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** File offsets (UTF-16) of the span. */
  offset: number;
  endOffset: number;
  text: string;
}

export interface RelatedLocation extends ResolvedLocation {
  message: string;
}

export interface Finding extends ResolvedLocation {
  rule: string;
  severity: Severity;
  message: string;
  actual?: string;
  expected?: string;
  evidence?: string[];
  related: RelatedLocation[];
  data?: Record<string, unknown>;
}

/** An input problem (unreadable file, bad JSONL line ...): reported, never fatal to the run. */
export interface InputError {
  file: string;
  line?: number;
  message: string;
}

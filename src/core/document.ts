// Building documents and mapping their spans to file positions.
import { LineIndex } from './lines.js';
import { charEnd, charStart } from './text-builder.js';
import type { DocMeta, Document, OffsetMap, ResolvedLocation, Span } from './types.js';

export interface DocumentInit {
  id?: string;
  file: string;
  index?: number;
  text: string;
  meta?: DocMeta;
  map?: OffsetMap;
  lines?: LineIndex;
  /** The whole file text, when `text` is not it (needed to build the line index). */
  fileText?: string;
}

export function makeDocument(init: DocumentInit): Document {
  return {
    id: init.id ?? init.file,
    file: init.file,
    index: init.index ?? 0,
    text: init.text,
    meta: init.meta ?? {},
    map: init.map,
    lines: init.lines ?? new LineIndex(init.fileText ?? init.text),
  };
}

/** File offset where the character at `offset` of the analysed text begins. */
export function fileOffset(doc: Document, offset: number): number {
  const map = doc.map;
  if (!map) return offset;
  if (map.length === 0) return 0;
  if (offset >= map.length) return charEnd(map, map.length - 1);
  return charStart(map, Math.max(0, offset));
}

/** File offset where a span ending at `end` (exclusive) of the analysed text ends. */
export function fileEndOffset(doc: Document, end: number): number {
  const map = doc.map;
  if (!map) return end;
  if (end <= 0 || map.length === 0) return fileOffset(doc, 0);
  return charEnd(map, Math.min(end, map.length) - 1);
}

/** Resolves a span to file positions and the exact text of the span. */
export function locate(doc: Document, span: Span): ResolvedLocation {
  const start = Math.max(0, Math.min(span.start, doc.text.length));
  const end = Math.max(start, Math.min(span.end, doc.text.length));
  const offset = fileOffset(doc, start);
  const endOffset = end > start ? fileEndOffset(doc, end) : offset;
  const a = doc.lines.position(offset);
  const b = doc.lines.position(Math.max(offset, endOffset));
  return {
    file: doc.file,
    doc: doc.id,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset,
    endOffset: Math.max(offset, endOffset),
    text: doc.text.slice(start, end),
  };
}

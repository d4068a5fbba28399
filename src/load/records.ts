// Turns JSON and JSONL files into documents: one record each, with text positions kept in the file.
import { makeDocument } from '../core/document.js';
import type { LineIndex } from '../core/lines.js';
import type { DocMeta, Document, InputError } from '../core/types.js';
import { isIsoDate, toIsoDate } from './dates.js';
import { JsonScanError, jsonStringMap, scanJson, type Scanned } from './json-scan.js';

const TEXT_FIELDS = ['text', 'body', 'content'];
const DATE_FIELDS = ['date', 'published', 'published_at', 'publishedAt', 'publication_date'];
const ID_FIELDS = ['id', 'url'];

export interface RecordsResult {
  docs: Document[];
  errors: InputError[];
}

/** One record (a scanned object) -> a document, or an error message. */
function recordToDoc(src: string, file: string, lines: LineIndex, rec: Scanned, label: string, index: number): Document | string {
  if (rec.type !== 'object') return 'record is not a JSON object';
  const field = (names: string[]) => {
    for (const n of names) {
      const e = rec.entries.find((x) => x.key === n);
      if (e) return e.value;
    }
    return undefined;
  };
  const textVal = field(TEXT_FIELDS);
  if (!textVal || textVal.type !== 'string') return `record has no text (expected a string field ${TEXT_FIELDS.join(', ')})`;
  const text = textVal.value;
  const map = jsonStringMap(src, textVal);
  const meta: DocMeta = {};
  const title = field(['title']);
  if (title?.type === 'string') meta.title = title.value;
  const url = field(['url']);
  if (url?.type === 'string') meta.url = url.value;
  const source = field(['source']);
  if (source?.type === 'string') meta.source = source.value;
  const dateVal = field(DATE_FIELDS);
  if (dateVal && (dateVal.type === 'string' || dateVal.type === 'number')) {
    const iso = toIsoDate(dateVal.value);
    if (!iso || !isIsoDate(iso)) return `invalid date ${JSON.stringify(dateVal.value)}`;
    meta.date = iso;
    meta.dateSource = 'metadata';
  }
  const idVal = field(ID_FIELDS);
  if (idVal && (idVal.type === 'string' || idVal.type === 'number')) meta.recordId = String(idVal.value);
  const id = `${file}#${meta.recordId ?? label}`;
  return makeDocument({ id, file, index, text, meta, map, lines });
}

/** Documents of a .jsonl file: one JSON object per non-empty line. */
export function readJsonl(src: string, file: string, lines: LineIndex, firstIndex: number): RecordsResult {
  const docs: Document[] = [];
  const errors: InputError[] = [];
  let start = 0;
  let lineNo = 0;
  const seen = new Set<string>();
  while (start <= src.length) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    lineNo++;
    const lineEnd = end > start && src[end - 1] === '\r' ? end - 1 : end;
    if (src.slice(start, lineEnd).trim()) {
      try {
        const rec = scanJson(src, start, lineEnd);
        const doc = recordToDoc(src, file, lines, rec, `L${lineNo}`, firstIndex + docs.length);
        if (typeof doc === 'string') errors.push({ file, line: lineNo, message: doc });
        else {
          if (seen.has(doc.id)) doc.id = `${doc.id}@L${lineNo}`;
          seen.add(doc.id);
          docs.push(doc);
        }
      } catch (e) {
        if (!(e instanceof JsonScanError)) throw e;
        const col = e.offset - start + 1;
        errors.push({ file, line: lineNo, message: `invalid JSON at column ${col}: ${e.message}` });
      }
    }
    if (end >= src.length) break;
    start = end + 1;
  }
  return { docs, errors };
}

/** Documents of a .json file: one record, or an array of records. */
export function readJson(src: string, file: string, lines: LineIndex, firstIndex: number): RecordsResult {
  const docs: Document[] = [];
  const errors: InputError[] = [];
  let root: Scanned;
  try {
    root = scanJson(src);
  } catch (e) {
    if (!(e instanceof JsonScanError)) throw e;
    const p = lines.position(e.offset);
    return { docs, errors: [{ file, line: p.line, message: `invalid JSON at column ${p.column}: ${e.message}` }] };
  }
  const records = root.type === 'array' ? root.items : [root];
  const seen = new Set<string>();
  records.forEach((rec, k) => {
    const line = lines.position(rec.start).line;
    const doc = recordToDoc(src, file, lines, rec, String(k), firstIndex + docs.length);
    if (typeof doc === 'string') errors.push({ file, line, message: root.type === 'array' ? `record ${k}: ${doc}` : doc });
    else {
      if (seen.has(doc.id)) doc.id = `${doc.id}@${k}`;
      seen.add(doc.id);
      docs.push(doc);
    }
  });
  return { docs, errors };
}

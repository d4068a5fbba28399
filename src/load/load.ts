// Reads files into documents by format (text/markdown with front matter, HTML, JSON, JSONL).
import { readFileSync, statSync } from 'node:fs';
import { makeDocument } from '../core/document.js';
import { LineIndex } from '../core/lines.js';
import type { Document, InputError } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToText } from './html.js';
import { readJson, readJsonl } from './records.js';

export interface Loaded {
  docs: Document[];
  /** Input problems: reported with exit code 2; whatever could be read is still checked. */
  errors: InputError[];
}

export type Format = 'text' | 'html' | 'json' | 'jsonl';

/** Default size limit per input file (--max-file-size), in MiB: bounds time and memory for one file. */
export const DEFAULT_MAX_FILE_MB = 64;
/** Highest accepted limit: V8 strings hold at most 2^29 - 24 characters (about 512 MiB of ASCII). */
export const MAX_FILE_MB_CEILING = 500;
const MIB = 1024 * 1024;
/** The default size limit per input file, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_FILE_MB * MIB;

const size = (b: number) => (b >= MIB ? `${(b / MIB).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);

/** The input error for a file over the limit; without `bytes` (standard input, read up to the limit) "more than". */
export function tooLarge(bytes: number | undefined, limitBytes: number): string {
  return `file too large (${bytes === undefined ? `more than ${size(limitBytes)}` : size(bytes)}; the limit is ${size(limitBytes)}, see --max-file-size), skipped`;
}

export function formatOf(file: string): Format {
  const f = file.toLowerCase();
  if (f.endsWith('.html') || f.endsWith('.htm')) return 'html';
  if (f.endsWith('.jsonl') || f.endsWith('.ndjson')) return 'jsonl';
  if (f.endsWith('.json')) return 'json';
  return 'text';
}

/** Builds documents from already-decoded file text. Pure: no file system. */
export function parseSource(src: string, file: string, firstIndex: number, format: Format = formatOf(file)): Loaded {
  const lines = new LineIndex(src);
  const errors: InputError[] = [];
  if (format === 'json' || format === 'jsonl') {
    const r = format === 'json' ? readJson(src, file, lines, firstIndex) : readJsonl(src, file, lines, firstIndex);
    if (r.docs.length === 0 && r.errors.length === 0) errors.push({ file, message: src.trim() ? 'no records' : 'empty file' });
    return { docs: r.docs, errors: [...r.errors, ...errors] };
  }
  if (format === 'html') {
    const { text, map } = htmlToText(src);
    if (!text.trim()) errors.push({ file, message: 'no text' });
    return { docs: [makeDocument({ file, index: firstIndex, text, map, lines })], errors };
  }
  const fm = readFrontMatter(src);
  for (const e of fm?.errors ?? []) errors.push({ file, line: e.line, message: e.message });
  const text = fm ? fm.text : src;
  if (!text.trim()) errors.push({ file, message: src.length === 0 ? 'empty file' : 'no text (only whitespace)' });
  return { docs: [makeDocument({ file, index: firstIndex, text, meta: fm?.meta ?? {}, lines })], errors };
}

/** Reads one file from disk; errors name the file and never throw. Files over `maxBytes` are skipped with an error. */
export function loadFile(path: string, label: string, firstIndex: number, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { docs: [], errors: [{ file: label, message: tooLarge(size, maxBytes) }] };
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOENT' ? 'no such file or directory' : err.message;
    return { docs: [], errors: [{ file: label, message: `cannot read file: ${why}` }] };
  }
  return loadBytes(bytes, label, firstIndex);
}

/** Decodes bytes and parses them. */
export function loadBytes(bytes: Uint8Array, label: string, firstIndex: number, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  if (bytes.length > maxBytes) return { docs: [], errors: [{ file: label, message: tooLarge(bytes.length, maxBytes) }] };
  const d = decodeBytes(bytes);
  if (!d.ok) return { docs: [], errors: [{ file: label, message: d.reason }] };
  const r = parseSource(d.text, label, firstIndex);
  if (d.invalidUtf8) r.errors.unshift({ file: label, message: 'invalid UTF-8 (bytes replaced with U+FFFD)' });
  return r;
}

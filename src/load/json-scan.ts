// A small JSON scanner that finds where values sit in the file, so record text keeps file positions.
import type { OffsetMap } from '../core/types.js';

/** A scanned JSON value with its file range. Strings keep their raw range for position mapping. */
export type Scanned =
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number' | 'boolean' | 'null'; start: number; end: number; value: number | boolean | null }
  | { type: 'array'; start: number; end: number; items: Scanned[] }
  | { type: 'object'; start: number; end: number; entries: Array<{ key: string; value: Scanned }> };

export class JsonScanError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Scans one JSON value starting at `from` (whitespace allowed around it); throws JsonScanError. */
export function scanJson(src: string, from = 0, to = src.length): Scanned {
  let i = from;
  const ws = () => {
    while (i < to && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
  };
  const fail = (what: string): never => {
    throw new JsonScanError(i >= to ? `unexpected end of JSON (${what})` : `unexpected ${JSON.stringify(src[i])} (${what})`, i);
  };
  // Recursion is bounded by a nesting limit, so hostile input cannot overflow the stack.
  let depth = 0;
  const value = (): Scanned => {
    ws();
    const c = src[i];
    if (c === '"') return str();
    if (c === '{' || c === '[') {
      if (++depth > 512) fail('nesting too deep');
      const r = c === '{' ? obj() : arr();
      depth--;
      return r;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(src.slice(i, Math.min(to, i + 400)));
    if (!m) return fail('expected a value');
    const start = i;
    i += m[0].length;
    const t = m[0];
    if (t === 'true' || t === 'false') return { type: 'boolean', start, end: i, value: t === 'true' };
    if (t === 'null') return { type: 'null', start, end: i, value: null };
    return { type: 'number', start, end: i, value: Number(t) };
  };
  // A string's end found by jumping to each quote (native search) and counting the backslashes before it;
  // JSON.parse checks the rest. A string it rejects is scanned again, a character at a time, for the error.
  const str = (): Scanned => {
    const start = i;
    for (let q = src.indexOf('"', i + 1); q >= 0 && q < to; q = src.indexOf('"', q + 1)) {
      let b = q - 1;
      while (src.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 1) continue;
      let v: string;
      try {
        v = JSON.parse(src.slice(start, q + 1)) as string;
      } catch {
        break;
      }
      i = q + 1;
      return { type: 'string', start, end: i, value: v };
    }
    return strSlowly();
  };
  const strSlowly = (): Scanned => {
    const start = i;
    i++;
    while (i < to) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        i++;
        const raw = src.slice(start, i);
        let v: string;
        try {
          v = JSON.parse(raw) as string;
        } catch {
          i = start;
          return fail('invalid string');
        }
        return { type: 'string', start, end: i, value: v };
      }
      if (c === 92) i += 2;
      else if (c < 32) return fail('control character in string');
      else i++;
    }
    return fail('unterminated string');
  };
  const obj = (): Scanned => {
    const start = i;
    i++;
    const entries: Array<{ key: string; value: Scanned }> = [];
    ws();
    if (src[i] === '}') {
      i++;
      return { type: 'object', start, end: i, entries };
    }
    for (;;) {
      ws();
      if (src[i] !== '"') fail('expected a key');
      const k = str() as { value: string };
      ws();
      if (src[i] !== ':') fail("expected ':'");
      i++;
      entries.push({ key: k.value, value: value() });
      ws();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '}') {
        i++;
        return { type: 'object', start, end: i, entries };
      }
      fail("expected ',' or '}'");
    }
  };
  const arr = (): Scanned => {
    const start = i;
    i++;
    const items: Scanned[] = [];
    ws();
    if (src[i] === ']') {
      i++;
      return { type: 'array', start, end: i, items };
    }
    for (;;) {
      items.push(value());
      ws();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      fail("expected ',' or ']'");
    }
  };
  const v = value();
  ws();
  if (i < to) fail('extra text after the JSON value');
  return v;
}

/**
 * The map from each character of a scanned string's value (JSON.parse of its raw text) to its place in the
 * file: runs copied as they stand, and one segment per escape, which decodes to one UTF-16 unit (a surrogate
 * pair is two escapes, each mapped to its own). Built in typed arrays straight from the escapes' positions:
 * Reuters-21578 as JSONL holds a \n escape every 65 characters or so.
 */
export function jsonStringMap(src: string, s: { start: number; end: number }): OffsetMap {
  const end = s.end - 1;
  const width = (at: number) => (src.charCodeAt(at + 1) === 0x75 ? 6 : 2); // \uXXXX or \n, \", \\ ...
  let escapes = 0;
  for (let b = src.indexOf('\\', s.start + 1); b >= 0 && b < end; b = src.indexOf('\\', b + width(b))) escapes++;
  // A copied run before each escape and one after the last, at most.
  const most = 2 * escapes + 1;
  const textStart = new Int32Array(most);
  const fileStart = new Int32Array(most);
  const fileEnd = new Int32Array(most);
  let k = 0;
  let length = 0;
  const segment = (from: number, to: number, chars: number) => {
    textStart[k] = length;
    fileStart[k] = from;
    fileEnd[k] = to;
    k++;
    length += chars;
  };
  let i = s.start + 1;
  while (i < end) {
    const bs = src.indexOf('\\', i);
    const stop = bs < 0 || bs >= end ? end : bs;
    if (stop > i) segment(i, -1, stop - i);
    if (stop >= end) break;
    segment(stop, stop + width(stop), 1);
    i = stop + width(stop);
  }
  const fit = (a: Int32Array) => (k === most ? a : a.slice(0, k));
  return { textStart: fit(textStart), fileStart: fit(fileStart), fileEnd: fit(fileEnd), length };
}

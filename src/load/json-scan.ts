// A small JSON scanner that finds where values sit in the file, so record text keeps file positions.
import { TextBuilder } from '../core/text-builder.js';
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
  const str = (): Scanned => {
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

/** Decodes a scanned JSON string into text with a map from each character to its escape in the file. */
export function decodeJsonString(src: string, s: { start: number; end: number }): { text: string; map: OffsetMap } {
  const out = new TextBuilder();
  let i = s.start + 1;
  const end = s.end - 1;
  while (i < end) {
    const bs = src.indexOf('\\', i);
    const stop = bs < 0 || bs >= end ? end : bs;
    if (stop > i) out.copy(src.slice(i, stop), i);
    if (stop >= end) break;
    const e = src[stop + 1];
    if (e === 'u') {
      // Each \uXXXX is one UTF-16 unit; a surrogate pair is two escapes, each mapped to its own.
      out.replace(String.fromCharCode(parseInt(src.slice(stop + 2, stop + 6), 16)), stop, stop + 6);
      i = stop + 6;
      continue;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
    out.replace(simple[e] ?? e, stop, stop + 2);
    i = stop + 2;
  }
  return out.build();
}

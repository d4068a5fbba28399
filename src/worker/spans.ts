// Spans as they travel between threads: one Int32Array of start, end pairs (a block copy), not an array of objects.
import type { Span } from '../core/types.js';

export function packSpans(spans: readonly Span[]): Int32Array {
  const out = new Int32Array(2 * spans.length);
  spans.forEach((s, i) => {
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  });
  return out;
}

export function unpackSpans(packed: Int32Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < packed.length; i += 2) out.push({ start: packed[i], end: packed[i + 1] });
  return out;
}

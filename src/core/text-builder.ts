// Builds analysed text from pieces of a file while recording where each character came from (as segments).
import { lastAtOrBelow } from './search.js';
import type { OffsetMap } from './types.js';

export class TextBuilder {
  private parts: string[] = [];
  private textStart: number[] = [];
  private fileStart: number[] = [];
  private fileEnd: number[] = [];
  private len = 0;

  /** Appends file text verbatim: character i comes from file offset `fileStart + i`. */
  copy(s: string, fileStart: number): void {
    if (!s.length) return;
    this.parts.push(s);
    const k = this.textStart.length - 1;
    // continues the previous copied segment: no new segment
    const continues = k >= 0 && this.fileEnd[k] === -1 && this.fileStart[k] + (this.len - this.textStart[k]) === fileStart;
    if (!continues) this.segment(fileStart, -1);
    this.len += s.length;
  }

  /** Appends decoded text standing for the file range [fileStart, fileEnd) (an entity, an escape, a tag). */
  replace(s: string, fileStart: number, fileEnd: number): void {
    if (!s.length) return;
    this.parts.push(s);
    this.segment(fileStart, fileEnd);
    this.len += s.length;
  }

  private segment(fileStart: number, fileEnd: number): void {
    this.textStart.push(this.len);
    this.fileStart.push(fileStart);
    this.fileEnd.push(fileEnd);
  }

  get length(): number {
    return this.len;
  }

  /** Last character appended, or '' when empty. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length) return p[p.length - 1];
    }
    return '';
  }

  build(): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: { textStart: Int32Array.from(this.textStart), fileStart: Int32Array.from(this.fileStart), fileEnd: Int32Array.from(this.fileEnd), length: this.len },
    };
  }
}

/** The segment holding text character i (0 <= i < map.length). */
function segmentOf(map: OffsetMap, i: number): number {
  return lastAtOrBelow(map.textStart, i);
}

/** File offset where text character i begins. */
export function charStart(map: OffsetMap, i: number): number {
  const k = segmentOf(map, i);
  return map.fileEnd[k] === -1 ? map.fileStart[k] + (i - map.textStart[k]) : map.fileStart[k];
}

/** File offset where text character i ends. */
export function charEnd(map: OffsetMap, i: number): number {
  const k = segmentOf(map, i);
  return map.fileEnd[k] === -1 ? map.fileStart[k] + (i - map.textStart[k]) + 1 : map.fileEnd[k];
}

// Builds analysed text from pieces of a file while recording where each character came from.
import type { OffsetMap } from './types.js';

export class TextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private len = 0;

  /** Appends file text verbatim: character i comes from file offset `fileStart + i`. */
  copy(s: string, fileStart: number): void {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) {
      this.starts.push(fileStart + i);
      this.ends.push(fileStart + i + 1);
    }
    this.len += s.length;
  }

  /** Appends decoded text standing for the file range [fileStart, fileEnd) (an entity, an escape, a tag). */
  replace(s: string, fileStart: number, fileEnd: number): void {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) {
      this.starts.push(fileStart);
      this.ends.push(fileEnd);
    }
    this.len += s.length;
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
      map: { start: Int32Array.from(this.starts), end: Int32Array.from(this.ends) },
    };
  }
}

// Line index: converts UTF-16 offsets to 1-based line/column and back, built once per file.
import { lastAtOrBelow } from './search.js';
import type { Position } from './types.js';

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  readonly length: number;

  constructor(text: string) {
    const starts = [0];
    // Without carriage returns (most files), the line breaks are found by native search.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      this.length = text.length;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset (offsets past the end clamp to the end). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const lo = lastAtOrBelow(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** Offset of a 1-based line/column. */
  offset(pos: Position): number {
    const line = Math.max(1, Math.min(pos.line, this.starts.length));
    return Math.min(this.starts[line - 1] + pos.column - 1, this.length);
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
}

// File sources as read from disk (or standard input), cached: for code frames, suppression comments
// and baseline context. Offsets of findings point into these texts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class SourceCache {
  private readonly texts = new Map<string, string | undefined>();
  private readonly lines = new Map<string, string[]>();

  constructor(
    private readonly cwd: string,
    private readonly stdin?: { label: string; text: string },
  ) {}

  /** The text of a file as reported (BOM stripped), or undefined when it cannot be read. */
  text(file: string): string | undefined {
    if (this.stdin && file === this.stdin.label) return this.stdin.text;
    if (!this.texts.has(file)) {
      let t: string | undefined;
      try {
        t = readFileSync(resolve(this.cwd, file), 'utf8').replace(/^\uFEFF/, '');
      } catch {
        t = undefined;
      }
      this.texts.set(file, t);
    }
    return this.texts.get(file);
  }

  /** Text of a 1-based line. */
  lineOf(file: string, line: number): string | undefined {
    let ls = this.lines.get(file);
    if (!ls) {
      const t = this.text(file);
      if (t === undefined) return undefined;
      ls = t.split(/\r\n|\r|\n/);
      this.lines.set(file, ls);
    }
    return ls[line - 1];
  }
}

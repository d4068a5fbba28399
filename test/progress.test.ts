import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocument } from '../src/core/document.js';
import { startProgress, whileShowing, type ProgressStream } from '../src/cli/progress.js';
import { ROOT } from './helpers/cli.js';

/** util-linux `script` runs a command on a pseudo-terminal; where it is missing the terminal test is skipped. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function terminal(isTTY: boolean): ProgressStream & { text: string } {
  return { isTTY, columns: 60, text: '', write(s: string) { this.text += s; return true; } };
}
const docs = (n: number) => Array.from({ length: n }, (_, i) => makeDocument({ id: `d${i}`, file: `d${i}.txt`, text: 'A short article about a council vote.' }));

describe('progress', () => {
  it('draws the bar and then the next stage on a terminal, and clears the stage line when it is done', () => {
    const t = terminal(true);
    const list = docs(25);
    const p = startProgress(list, true, t);
    for (const d of list) p.tick(d);
    p.stop('checking 25 documents: stories, dates, rules');
    expect(t.text).toContain('25/25 documents');
    expect(t.text.endsWith('newscheck: checking 25 documents: stories, dates, rules')).toBe(true);
    p.done();
    expect(t.text.endsWith('\r\u001b[K')).toBe(true);
  });
  it('a failure while the bar is shown stops it (its timer would keep the process alive, the cursor hidden) and goes on', async () => {
    const t = terminal(true);
    const list = docs(25);
    const p = startProgress(list, true, t);
    p.tick(list[0]);
    await expect(whileShowing(p, () => Promise.reject(new Error('extraction failed')))).rejects.toThrow('extraction failed');
    // cli-progress shows the cursor again when the bar stops.
    expect(t.text).toContain('\u001b[?25h');
    const ok = terminal(true);
    const q = startProgress(list, true, ok);
    await expect(whileShowing(q, () => Promise.resolve(42))).resolves.toBe(42);
    expect(ok.text).not.toContain('\u001b[?25h');
    q.stop();
  });
  it('cuts the stage line to the terminal width, so that clearing it clears all of it', () => {
    const t = terminal(true);
    const p = startProgress(docs(25), true, t);
    p.stop('x'.repeat(200));
    const line = t.text.slice(t.text.lastIndexOf('newscheck: '));
    expect(line.length).toBe(59);
  });
  it('writes nothing when stderr is not a terminal, when disabled, or for a few documents', () => {
    for (const [tty, enabled, n] of [[false, true, 25], [true, false, 25], [true, true, 5]] as const) {
      const t = terminal(tty);
      const list = docs(n);
      const p = startProgress(list, enabled, t);
      for (const d of list) p.tick(d);
      p.stop('checking');
      p.done();
      expect(t.text).toBe('');
    }
  });
  it.skipIf(!hasScript)('on a real terminal: the status line is cleared before an error is printed (the facts cache cannot be written)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-progress-'));
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `a${i}.txt`), `Kyiv, May 11 (News) - Russia launched ${i} drones on Thursday, officials said.\n`);
    writeFileSync(join(dir, 'notadir'), '');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin/newscheck.js'))} . --no-config --cache --cache-location notadir/c/facts.json`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const out = r.stdout;
    const status = out.lastIndexOf('newscheck: checking 25 documents: stories, dates, rules');
    const error = out.indexOf('newscheck: ENOTDIR');
    expect(status).toBeGreaterThan(0);
    expect(error).toBeGreaterThan(status);
    expect(out.slice(status, error)).toContain('\r\u001b[K');
  }, 30_000);
});

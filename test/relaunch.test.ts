// Large runs go on in a re-launched process with tuned heap flags: when, and how the child's end becomes ours.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { heapFlagsGiven, inputBytes, RELAUNCH_MIN_BYTES, shouldRelaunch, TUNED_HEAP_FLAGS, type RelaunchContext } from '../src/cli/relaunch.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'newscheck-relaunch-'));
  dirs.push(d);
  return d;
};

describe('shouldRelaunch', () => {
  const big: RelaunchContext = { bytes: () => RELAUNCH_MIN_BYTES, stdin: false, execArgv: [] };
  it.each<[string, RelaunchContext, boolean]>([
    ['a large input', big, true],
    ['one byte short of the size', { ...big, bytes: () => RELAUNCH_MIN_BYTES - 1 }, false],
    ['standard input among the inputs', { ...big, stdin: true }, false],
    ['the flag already given (the re-launched process)', { ...big, execArgv: [...TUNED_HEAP_FLAGS] }, false],
    ['the user chose a size on the command line', { ...big, execArgv: ['--max_semi_space_size=8'] }, false],
    ['the user chose a size in NODE_OPTIONS', { ...big, nodeOptions: '--no-warnings --max-semi-space-size=8' }, false],
    ['other Node options', { ...big, execArgv: ['--no-warnings'], nodeOptions: '--max-old-space-size=4096' }, true],
  ])('%s', (_, c, want) => {
    expect(shouldRelaunch(c)).toBe(want);
  });

  it('counts the input only when nothing else rules a re-launch out, and only up to the size that decides', () => {
    const asked: number[] = [];
    const bytes = (enough: number) => (asked.push(enough), 0);
    shouldRelaunch({ ...big, stdin: true, bytes });
    shouldRelaunch({ ...big, execArgv: [...TUNED_HEAP_FLAGS], bytes });
    expect(asked).toEqual([]);
    shouldRelaunch({ ...big, bytes });
    expect(asked).toEqual([RELAUNCH_MIN_BYTES]);
  });

  it('TUNED_HEAP_FLAGS count as given', () => {
    expect(heapFlagsGiven(TUNED_HEAP_FLAGS)).toBe(true);
    expect(heapFlagsGiven(['--max-semi-space-size', '64'])).toBe(true);
    expect(heapFlagsGiven(['--semi-space-growth-factor=2'])).toBe(false);
  });
});

describe('inputBytes', () => {
  it('adds the sizes of the files that will be read: not missing ones, nor those over the size limit', () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'x'.repeat(300));
    writeFileSync(join(d, 'b.txt'), 'x'.repeat(50));
    writeFileSync(join(d, 'big.txt'), 'x'.repeat(1000));
    expect(inputBytes(['a.txt', 'b.txt', 'gone.txt'], d)).toBe(350);
    expect(inputBytes(['a.txt', 'b.txt', 'big.txt'], d, 999)).toBe(350);
    expect(inputBytes(['a.txt', 'big.txt'], d, 1000)).toBe(1300);
    // enough: the count stops once it is reached
    expect(inputBytes(['a.txt', 'b.txt', 'big.txt'], d, Infinity, 300)).toBe(300);
    expect(inputBytes(['b.txt', 'a.txt', 'big.txt'], d, Infinity, 300)).toBe(350);
  });
});

describe('relaunchNode', () => {
  const relaunch = fileURLToPath(new URL('../dist/cli/relaunch.js', import.meta.url));
  /** A program that re-launches itself once with a flag; the child does what `mode` says. */
  const program = () => {
    const file = join(tmp(), 'program.mjs');
    writeFileSync(
      file,
      `import { relaunchNode } from ${JSON.stringify(relaunch)};
const [mode, role] = process.argv.slice(2);
if (role === 'child') {
  process.stdout.write(JSON.stringify(process.execArgv) + '\\n');
  if (mode === 'signal') process.kill(process.pid, 'SIGTERM');
  else process.exit(Number(mode));
} else {
  const code = await relaunchNode(['--max-semi-space-size=32'], [process.argv[1], mode, 'child']);
  process.stdout.write('parent after child\\n');
  process.exit(code);
}
`,
    );
    return file;
  };

  it("runs the same script with the flag added and ends with the child's exit code", () => {
    const file = program();
    for (const code of [0, 1, 7]) {
      const r = spawnSync(process.execPath, ['--no-warnings', file, String(code)], { encoding: 'utf8' });
      expect(r.status).toBe(code);
      const [childArgs, after] = r.stdout.split('\n');
      expect(JSON.parse(childArgs)).toEqual(['--no-warnings', '--max-semi-space-size=32']);
      expect(after).toBe('parent after child');
    }
  });

  it('ends by the signal that ended the child', () => {
    const r = spawnSync(process.execPath, [program(), 'signal'], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGTERM');
    expect(r.stdout).not.toContain('parent after child');
  });
});

// Large runs go on in a re-launched process with tuned heap flags: when, and how the child's end becomes ours.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { heapFlagsGiven, inputBytes, RELAUNCH_MIN_BYTES, shouldRelaunch, TUNED_HEAP_FLAGS, type RelaunchContext } from '../src/cli/relaunch.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'newscheck-relaunch-'));
  dirs.push(d);
  return d;
};

describe('shouldRelaunch', () => {
  const big: RelaunchContext = { bytes: () => RELAUNCH_MIN_BYTES, execArgv: [] };
  it.each<[string, RelaunchContext, boolean]>([
    ['a large input', big, true],
    ['one byte short of the size', { ...big, bytes: () => RELAUNCH_MIN_BYTES - 1 }, false],
    ['a facts cache from an earlier run', { ...big, warmCache: true }, false],
    ['a debugger attached', { ...big, execArgv: ['--inspect=127.0.0.1:9229'] }, false],
    ['a profiler attached', { ...big, execArgv: ['--cpu-prof'] }, false],
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
    shouldRelaunch({ ...big, warmCache: true, bytes });
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
      `import { endWithParent, relaunchNode } from ${JSON.stringify(relaunch)};
const [mode, role] = process.argv.slice(2);
if (role === 'child') {
  endWithParent();
  process.stdout.write(JSON.stringify(process.execArgv) + '\\n');
  if (mode === 'signal') process.kill(process.pid, 'SIGTERM');
  else if (mode === 'crash') process.kill(process.pid, 'SIGUSR2');
  else if (mode === 'wait') {
    process.stdout.write('ready ' + process.pid + '\\n');
    setInterval(() => {}, 1000);
  } else process.exit(Number(mode));
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

  it('ends by the signal that ended the child; a crash by another signal becomes exit code 128 + n', () => {
    const r = spawnSync(process.execPath, [program(), 'signal'], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGTERM');
    expect(r.stdout).not.toContain('parent after child');
    const crash = spawnSync(process.execPath, [program(), 'crash'], { encoding: 'utf8' });
    expect(crash.signal).toBe(null);
    expect(crash.status).toBe(128 + constants.signals.SIGUSR2);
  });

  /** Starts the program with a child that waits; resolves once the child is ready, with both processes. */
  const waiting = () =>
    new Promise<{ parent: ChildProcess; childPid: number; ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }>((ready, fail) => {
      const parent = spawn(process.execPath, [program(), 'wait'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((end) => parent.once('exit', (code, signal) => end({ code, signal })));
      let out = '';
      parent.stdout!.on('data', (b: Buffer) => {
        out += b;
        const m = /ready (\d+)/.exec(out);
        if (m) ready({ parent, childPid: Number(m[1]), ended });
      });
      parent.once('error', fail);
    });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  /** Whether the process is gone within `ms`. */
  const goneWithin = async (pid: number, ms: number) => {
    for (const stop = Date.now() + ms; Date.now() < stop; await new Promise((r) => setTimeout(r, 20))) if (!alive(pid)) return true;
    return !alive(pid);
  };

  it('passes a signal sent to it on to the child, and ends by it', async () => {
    const { parent, childPid, ended } = await waiting();
    expect(alive(childPid)).toBe(true);
    parent.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(await goneWithin(childPid, 3000)).toBe(true);
  });

  it('leaves no child running when it is killed outright (SIGKILL)', async () => {
    const { parent, childPid, ended } = await waiting();
    parent.kill('SIGKILL');
    await ended;
    expect(await goneWithin(childPid, 3000)).toBe(true);
  });
});

describe('the check command re-launches through the program it runs in', () => {
  /** Runs `newscheck ARGS` in this process with a stand-in re-launcher; its calls and the exit code. */
  const run = async (args: string[]) => {
    let code = -1;
    let calls = 0;
    const program = buildProgram(
      (c) => {
        code = c;
      },
      async () => {
        calls++;
        return 42;
      },
    );
    program.exitOverride();
    await program.parseAsync(['node', 'newscheck', '--no-config', '--no-progress', '--format', 'json', ...args]);
    return { code, calls };
  };
  const bigFile = () => {
    const file = join(tmp(), 'big.txt');
    writeFileSync(file, 'x'.repeat(RELAUNCH_MIN_BYTES));
    return file;
  };

  it('a large input goes to the re-launched process, whose exit code is the run\'s', async () => {
    expect(await run([bigFile()])).toEqual({ code: 42, calls: 1 });
  });

  it('not when the file is over the size limit (it is skipped), nor for --print-config', async () => {
    const file = bigFile();
    const skipped = await run([file, '--max-file-size', '1', '--output', join(tmp(), 'report.json')]);
    expect(skipped.calls).toBe(0);
    expect(skipped.code).toBe(2);
    expect((await run([file, '--print-config'])).calls).toBe(0);
  });
});

// Large runs re-launch the CLI once under V8 heap flags that only Node's command line can set (a larger young generation).
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';

/**
 * What the re-launched process gets. A run over a large corpus keeps the facts of every document until the
 * corpus stage, so much of what this thread allocates survives its first young-generation collection, and
 * with V8's default semi-space (16 MB) it collects every 30-40 ms: 242 scavenges, 1.1 s of this thread's
 * time, in one `-j 2` run over Reuters-21578. 64 MB semi-spaces: see RELAUNCH_MIN_BYTES for the figures;
 * 128 MB was slower and peaked at 713-715 MB RSS. The flag is read when V8 sets up its heap: set later
 * (`v8.setFlagsFromString`) it changes nothing, hence a new process.
 */
export const TUNED_HEAP_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * Inputs from this size on (bytes of the files, as discovered) are checked in a re-launched process. Median of
 * three alternating runs, default vs 64 MB semi-spaces, first N MB of Reuters-21578: 1.7 MB 2.08 vs 2.19 s
 * (slower), 3.4 MB 3.19 vs 3.01 s, 5.1 MB 3.79 vs 3.92 s, 9.8 MB 6.38 vs 5.72 s; the whole (19.6 MB) with
 * `-j 2`, four rounds, 11.1-12.1 s (median 11.7) vs 9.3-11.1 s (10.5), peak RSS 540-544 vs 581-585 MB. The
 * re-launch costs this process's start-up, settings and discovery (0.12-0.16 s) and the child finds the files
 * again (a folder of 19,043 files: about 0.6 s in all), so small runs stay in this one. While the child runs
 * this process holds about 66 MB (RSS, most of it shared with the child: both together peaked at 570 MB PSS
 * on Reuters-21578).
 */
export const RELAUNCH_MIN_BYTES = 8 * 1024 * 1024;

export interface RelaunchContext {
  /**
   * Bytes of the input files, counted until `enough` is reached (asked last: a folder of many files costs a stat
   * each). Standard input is not counted: the child reads it, as this process has not.
   */
  bytes: (enough: number) => number;
  /** This process's Node options: `process.execArgv` and NODE_OPTIONS. */
  execArgv: readonly string[];
  nodeOptions?: string;
  /**
   * A facts cache from an earlier run is there (`--cache`): most documents will come from it, and a run
   * that extracts little gains nothing from a larger young generation (a warm run over 8.5 MB took
   * 0.55-0.65 s here, 0.75-0.88 s re-launched).
   */
  warmCache?: boolean;
}

/** Whether a young-generation size was already chosen (by us in the re-launched process, or by the user). */
export function heapFlagsGiven(execArgv: readonly string[], nodeOptions = ''): boolean {
  const given = (a: string) => /^--max[-_]semi[-_]space[-_]size\b/.test(a);
  return execArgv.some(given) || nodeOptions.split(/\s+/).some(given);
}

/** A debugger or profiler is attached to this process (`--inspect`, `--cpu-prof` ...): the work stays where it looks. */
export function debugging(execArgv: readonly string[]): boolean {
  return execArgv.some((a) => /^--(?:inspect|debug|cpu-prof|heap-prof|prof\b)/.test(a));
}

/** Whether this run should go on in a re-launched process with TUNED_HEAP_FLAGS. */
export function shouldRelaunch(c: RelaunchContext): boolean {
  if (c.warmCache || debugging(c.execArgv) || heapFlagsGiven(c.execArgv, c.nodeOptions)) return false;
  return c.bytes(RELAUNCH_MIN_BYTES) >= RELAUNCH_MIN_BYTES;
}

/**
 * Total size of the files that will be read (paths relative to cwd), or the size so far once it reaches
 * `enough`: a file over `maxFileBytes` (skipped and reported) or one that cannot be stat'ed (reading it
 * reports it) counts 0.
 */
export function inputBytes(files: readonly string[], cwd: string, maxFileBytes = Infinity, enough = Infinity): number {
  let total = 0;
  for (const f of files) {
    const size = statSync(resolve(cwd, f), { throwIfNoEntry: false })?.size ?? 0;
    if (size <= maxFileBytes) total += size;
    if (total >= enough) break;
  }
  return total;
}

/** Re-launches: the child's exit code, or undefined when no child could be started (the run then goes on here). */
export type Relauncher = () => Promise<number | undefined>;

const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Signals by which a child's end is passed on as this process's own; a crash (SIGABRT, SIGSEGV) becomes exit code 128 + n. */
const RERAISED = new Set<NodeJS.Signals>([...FORWARDED, 'SIGKILL']);
/** Set in the re-launched process's environment: it ends when this one is gone (see endWithParent). */
const CHILD_MARK = 'NEWSCHECK_RELAUNCHED';

/**
 * Runs `node <execArgv> <flags> <script> <args>` with this process's standard streams (a terminal stays a
 * terminal: colours, progress bar) and environment, and waits for it. Signals sent to this process go on to
 * the child (a terminal's Ctrl-C reaches both; the child's default action ends it); a child ended by one of
 * them ends this process by the same signal, so shells and CI see what they would have seen. An IPC channel
 * tells the child when this process is gone, even by SIGKILL (see endWithParent).
 */
export function relaunchNode(flags: readonly string[], scriptAndArgs: readonly string[]): Promise<number | undefined> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, ...scriptAndArgs], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [CHILD_MARK]: '1' },
    });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const s of FORWARDED) process.on(s, forward);
    const stopForwarding = () => {
      for (const s of FORWARDED) process.off(s, forward);
    };
    let started = false;
    child.once('spawn', () => {
      started = true;
    });
    child.once('error', () => {
      stopForwarding();
      if (!started) done(undefined);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal && RERAISED.has(signal)) {
        process.kill(process.pid, signal);
        return;
      }
      // A crash, or a signal that did not end this process: the shells' code for a signal's end.
      done(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 2));
    });
  });
}

/**
 * In a re-launched process: end (by SIGTERM, as a forwarded signal would) when the process that launched it
 * is gone, so that killing it with SIGKILL (a timeout, the OOM killer) leaves no run behind. The channel is
 * unreferenced: it keeps nothing waiting. Does nothing elsewhere.
 */
export function endWithParent(): void {
  if (process.env[CHILD_MARK] !== '1' || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

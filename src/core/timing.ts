// Wall time per stage of a run, for NEWSCHECK_TIMING (as ESLint's TIMING): a recorder the CLI and the engine
// report into, and its table. Pure: the caller decides where the table goes.

export interface Timer {
  /** Runs `fn`, adding its wall time to `label` (labels add up when met again, e.g. a rule run per document). */
  time<T>(label: string, fn: () => T): T;
  /** Adds `ms` to `label` (for a stage timed by the caller, such as one that awaits). */
  add(label: string, ms: number): void;
}

/** A timer that records nothing: the default, so that timing costs nothing unless asked for. */
export const NO_TIMER: Timer = { time: (_label, fn) => fn(), add() {} };

export interface TimingRecorder extends Timer {
  /** Labels in the order first met, with their total milliseconds. */
  entries(): Array<[string, number]>;
}

export function createTimer(now: () => number = () => performance.now()): TimingRecorder {
  const totals = new Map<string, number>();
  const add = (label: string, ms: number) => totals.set(label, (totals.get(label) ?? 0) + ms);
  return {
    time(label, fn) {
      const start = now();
      try {
        return fn();
      } finally {
        add(label, now() - start);
      }
    },
    add,
    entries: () => [...totals],
  };
}

/** The table printed for NEWSCHECK_TIMING: one row per label, in the order met, with its share of `totalMs`. */
export function formatTimings(entries: Array<[string, number]>, totalMs: number): string {
  const width = Math.max('stage'.length, ...entries.map(([l]) => l.length));
  const rows = entries.map(([label, ms]) => `${label.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${totalMs > 0 ? ((100 * ms) / totalMs).toFixed(1).padStart(5) : '    -'}%`);
  return [`${'stage'.padEnd(width)}  ${'time (ms)'.padStart(9)}  ${'share'.padStart(6)}`, ...rows, `${'total'.padEnd(width)}  ${totalMs.toFixed(1).padStart(9)}`].join('\n') + '\n';
}

// A progress bar on stderr for long runs (files done, MB/s, ETA), then a status line while the corpus is
// checked (stories, dates, rules: seconds on a large corpus, after the last document is extracted); silent
// when stderr is not a terminal.
import { lazy } from '../core/lazy.js';
import type { Document } from '../core/types.js';

const cliProgressModule = lazy<typeof import('cli-progress')>('cli-progress');

export interface Progress {
  tick(doc: Document): void;
  /** Ends the bar; `next` (if given) stays on the line until `done`, for the stage that follows. */
  stop(next?: string): void;
  /** Clears the status line. */
  done(): void;
}

/** Where progress is drawn: a terminal stream (process.stderr, or a stand-in in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const SILENT: Progress = { tick() {}, stop() {}, done() {} };

/** Fewer documents than this finish too fast for a bar. */
const MIN_DOCS = 20;

export function startProgress(docs: Document[], enabled: boolean, stream: ProgressStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY || docs.length < MIN_DOCS) return SILENT;
  const totalBytes = docs.reduce((s, d) => s + d.text.length, 0);
  const started = Date.now();
  let bytes = 0;
  let status = false;
  const cliProgress = cliProgressModule();
  const bar = new cliProgress.SingleBar(
    { format: 'newscheck [{bar}] {value}/{total} documents | {mbs} MB/s | ETA {eta_formatted}', stream: stream as NodeJS.WritableStream, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(docs.length, 0, { mbs: '0.0' });
  return {
    tick(doc) {
      bytes += doc.text.length;
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      bar.increment(1, { mbs: (bytes / 1e6 / secs).toFixed(1), total: docs.length });
      if (bytes > totalBytes) bytes = totalBytes;
    },
    stop(next) {
      bar.stop();
      if (!next) return;
      // Cut to the terminal's width: a wrapped line would not be cleared by `done`.
      const width = stream.columns && stream.columns > 1 ? stream.columns - 1 : 79;
      stream.write(`newscheck: ${next}`.slice(0, width));
      status = true;
    },
    done() {
      if (status) stream.write('\r\u001b[K');
      status = false;
    },
  };
}

/**
 * Runs `work` while the bar is shown; if it fails, the bar is stopped before the error goes on: its redraw
 * timer would keep the process alive after the error was reported, with the cursor hidden.
 */
export async function whileShowing<T>(progress: Progress, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    progress.stop();
    throw e;
  }
}

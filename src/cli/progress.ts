// A progress bar on stderr for long runs (files done, MB/s, ETA); silent when stderr is not a terminal.
import { lazy } from '../core/lazy.js';

const cliProgressModule = lazy<typeof import('cli-progress')>('cli-progress');
import type { Document } from '../core/types.js';

export interface Progress {
  tick(doc: Document): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export function startProgress(docs: Document[], enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || docs.length < 20) return SILENT;
  const totalBytes = docs.reduce((s, d) => s + d.text.length, 0);
  const started = Date.now();
  let bytes = 0;
  const cliProgress = cliProgressModule();
  const bar = new cliProgress.SingleBar(
    { format: 'newscheck [{bar}] {value}/{total} documents | {mbs} MB/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
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
    stop() {
      bar.stop();
    },
  };
}

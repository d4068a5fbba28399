// Reading inputs for the CLI: discovered files and standard input, into documents and input errors.
import { readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, InputError } from '../core/types.js';
import { discover, type Discovered } from '../load/discover.js';
import { DEFAULT_MAX_FILE_BYTES, loadBytes, loadFile, tooLarge } from '../load/load.js';

export interface InputOptions {
  cwd: string;
  ignore: string[];
  stdinFilename?: string;
  /** Size limit per file in bytes (--max-file-size); larger files are reported and skipped. */
  maxFileBytes?: number;
}

export interface Inputs {
  docs: Document[];
  errors: InputError[];
  /** Text read from standard input (files are re-read on demand for code frames). */
  stdin?: { label: string; text: string };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Reads standard input to its end. A pipe whose writer is slow is non-blocking for Node and answers EAGAIN
 * (readFileSync(0) then fails: `(sleep 1; cat a.txt) | newscheck -`): wait briefly and read again.
 * Stops one byte past `maxBytes`, so loadBytes reports the input as too large without holding all of it.
 */
export function readStdin(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  let total = 0;
  while (total <= maxBytes) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** The files the paths name (standard input aside), with the problems found on the way. */
export function discoverInputs(paths: string[], opts: Pick<InputOptions, 'cwd' | 'ignore'>): Discovered {
  return discover(paths.filter((p) => p !== '-'), { cwd: opts.cwd, ignore: opts.ignore });
}

/** Reads the inputs; `found` is what discoverInputs gave for the same paths and options, when already asked. */
export function readInputs(paths: string[], opts: InputOptions, found: Discovered = discoverInputs(paths, opts)): Inputs {
  const docs: Document[] = [];
  const errors: InputError[] = [];
  let stdin: Inputs['stdin'];
  const wantsStdin = paths.includes('-');
  errors.push(...found.errors);
  const add = (r: ReturnType<typeof loadFile>) => {
    errors.push(...r.errors);
    docs.push(...r.docs);
  };
  if (wantsStdin) {
    const label = opts.stdinFilename ?? '<stdin>';
    try {
      const max = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      const bytes = readStdin(max);
      if (bytes.length > max) errors.push({ file: label, message: tooLarge(undefined, max) });
      else {
        stdin = { label, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
        add(loadBytes(bytes, label, docs.length, max));
      }
    } catch (e) {
      errors.push({ file: label, message: `cannot read standard input: ${(e as Error).message}` });
    }
  }
  for (const f of found.files) add(loadFile(resolve(opts.cwd, f), f, docs.length, opts.maxFileBytes));
  return { docs, errors, stdin };
}

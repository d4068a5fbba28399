// Reading inputs for the CLI: discovered files and standard input, into documents and input errors.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, InputError } from '../core/types.js';
import { discover } from '../load/discover.js';
import { loadBytes, loadFile } from '../load/load.js';

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

export function readInputs(paths: string[], opts: InputOptions): Inputs {
  const docs: Document[] = [];
  const errors: InputError[] = [];
  let stdin: Inputs['stdin'];
  const wantsStdin = paths.includes('-');
  const found = discover(paths.filter((p) => p !== '-'), { cwd: opts.cwd, ignore: opts.ignore });
  errors.push(...found.errors);
  const add = (r: ReturnType<typeof loadFile>) => {
    errors.push(...r.errors);
    docs.push(...r.docs);
  };
  if (wantsStdin) {
    const label = opts.stdinFilename ?? '<stdin>';
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (e) {
      errors.push({ file: label, message: `cannot read standard input: ${(e as Error).message}` });
      bytes = Buffer.alloc(0);
    }
    stdin = { label, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
    add(loadBytes(bytes, label, docs.length, opts.maxFileBytes));
  }
  for (const f of found.files) add(loadFile(resolve(opts.cwd, f), f, docs.length, opts.maxFileBytes));
  return { docs, errors, stdin };
}

// Loads a CommonJS package on first use, so that start-up does not pay for modules a run may not need
// (YAML for config files and front matter, ajv for config validation, the worker pool, the progress bar).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter for the package `name`, required on the first call and cached. */
export function lazy<T>(name: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= require(name) as T);
}

// The output formats by name.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { line } from './line.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, line };

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}

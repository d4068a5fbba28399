// The CLI bundle keeps the class names of the chrono parsers that dates.ts names: a bundler that renamed one
// ("ENWeekdayParser2") would silently stop a drop, an unbounding or a gate in the bundle only.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedParsers } from '../src/extract/dates.js';

const BUNDLE = new URL('../dist/cli/main.bundle.js', import.meta.url);

describe('CLI bundle', () => {
  it.skipIf(!existsSync(BUNDLE))('keeps the class name of every chrono parser dates.ts names', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const missing = namedParsers().filter((n) => !text.includes(`var ${n} = class`));
    expect(namedParsers().length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

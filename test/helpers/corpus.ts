// The project's own test corpus: every article under seeds/ and fixtures/corpus, loaded as the CLI loads them.
import { join } from 'node:path';
import type { Document } from '../../src/core/types.js';
import { discover } from '../../src/load/discover.js';
import { loadFile } from '../../src/load/load.js';
import { ROOT } from './cli.js';

export function fixtureCorpus(): Document[] {
  const found = discover(['seeds', 'fixtures/corpus'], { cwd: ROOT, ignoreFile: false });
  return found.files.flatMap((f) => loadFile(join(ROOT, f), f, 0).docs);
}

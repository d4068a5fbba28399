// The knowledge base for tests: the embedded default, loaded once.
import { loadKb } from '../../src/know/load.js';
import type { KnowledgeBase } from '../../src/know/kb.js';

let kb: KnowledgeBase | undefined;
export function testKb(): KnowledgeBase {
  kb ??= loadKb();
  return kb;
}

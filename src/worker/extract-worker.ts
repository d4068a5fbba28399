// Worker thread entry: extracts facts from batches of documents sent as plain data; the model and KB load once per worker.
import { makeDocument } from '../core/document.js';
import type { DocMeta } from '../core/types.js';
import { analyzeDocument } from '../engine.js';
import type { FactKind } from '../extract/types.js';
import type { ExtractResult } from './extract-result.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';

export interface TaskDoc {
  id: string;
  file: string;
  text: string;
  meta: DocMeta;
}

/** Several documents per task: one message each way per batch, not per document. */
export interface ExtractTask {
  docs: TaskDoc[];
  needs: FactKind[];
  kbFiles: string[];
}

let kb: KnowledgeBase | undefined;
let kbKey = '';

export default function extract(task: ExtractTask): ExtractResult {
  const key = task.kbFiles.join('\u0000');
  if (!kb || key !== kbKey) {
    kb = loadKb(task.kbFiles);
    kbKey = key;
  }
  const needs = new Set(task.needs);
  const loaded = kb;
  const facts = task.docs.map((d) => analyzeDocument(makeDocument({ id: d.id, file: d.file, text: d.text, meta: d.meta }), loaded, needs));
  const storyKeys = facts.map((f) => f.storyKeys);
  for (const f of facts) f.storyKeys = undefined; // JSON leaves it out
  return { json: JSON.stringify(facts), storyKeys };
}

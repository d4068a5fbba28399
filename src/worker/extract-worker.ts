// Worker thread entry: extracts facts from batches of documents sent as plain data; the model and KB load once per worker.
import { makeDocument } from '../core/document.js';
import type { DocMeta } from '../core/types.js';
import { analyzeDocument } from '../engine.js';
import type { FactKind } from '../extract/types.js';
import type { ExtractResult } from './extract-result.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';
import { loadNlp } from '../extract/nlp.js';
import { workerData } from 'node:worker_threads';

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

/** What a worker loads as it starts (the pool's `workerData`), before its first batch arrives. */
export interface WorkerPreload {
  kbFiles: string[];
}

let kb: KnowledgeBase | undefined;
let kbKey = '';

/**
 * Loads the knowledge base and wink's model as the worker starts, while the main thread is still reading
 * the input (about 0.3 s a worker). Nothing here is needed for the output to be right: a failure is left
 * for the first batch to meet and report, as it would without the preload.
 */
function preload(data: unknown): void {
  const files = (data as Partial<WorkerPreload> | null)?.kbFiles;
  if (!Array.isArray(files)) return;
  try {
    kb = loadKb(files);
    kbKey = files.join('\u0000');
    loadNlp();
  } catch {
    kb = undefined;
    kbKey = '';
  }
}
preload(workerData);

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

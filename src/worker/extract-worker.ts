// Worker thread entry: extracts one side of the facts of batches of documents sent as plain data; the model and KB load once per worker.
import { makeDocument } from '../core/document.js';
import type { DocMeta } from '../core/types.js';
import { analyzeSide } from '../engine.js';
import type { Side } from '../extract/index.js';
import type { FactKind } from '../extract/types.js';
import type { ExtractResult } from './extract-result.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';
import { unpackSpans } from './spans.js';

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
  /** The side of each document to extract (see `Side`); the thread that joins the two sides adds the story keys. */
  side: Side;
  /**
   * Each document's sentence spans (packSpans), when the sending thread has split them: it needs them for the
   * other side of the same documents, so they are split once, not on both threads.
   */
  sentences?: Int32Array[];
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
  const docs = task.docs.map((d) => makeDocument({ id: d.id, file: d.file, text: d.text, meta: d.meta }));
  const sides = docs.map((d, i) => analyzeSide(d, loaded, needs, task.side, task.sentences && unpackSpans(task.sentences[i])));
  const textKeys = sides.map((f) => f.textKeys);
  for (const f of sides) f.textKeys = undefined; // JSON leaves it out
  return { json: JSON.stringify(sides), storyKeys: textKeys };
}

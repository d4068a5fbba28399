// Worker thread entry: extracts facts from documents sent as plain data; the model and KB load once per worker.
import { makeDocument } from '../core/document.js';
import type { DocMeta } from '../core/types.js';
import { analyzeDocument } from '../engine.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';

export interface ExtractTask {
  id: string;
  file: string;
  text: string;
  meta: DocMeta;
  needs: FactKind[];
  kbFiles: string[];
}

let kb: KnowledgeBase | undefined;
let kbKey = '';

export default function extract(task: ExtractTask): DocFacts {
  const key = task.kbFiles.join('\u0000');
  if (!kb || key !== kbKey) {
    kb = loadKb(task.kbFiles);
    kbKey = key;
  }
  const doc = makeDocument({ id: task.id, file: task.file, text: task.text, meta: task.meta });
  return analyzeDocument(doc, kb, new Set(task.needs));
}

// Runs fact extraction for many documents: in this process (--concurrency 1) or on a pool of worker threads.
import { Piscina } from 'piscina';
import type { Document } from '../core/types.js';
import { analyzeDocument } from '../engine.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { ExtractTask } from '../worker/extract-worker.js';

export interface PoolOptions {
  concurrency: number;
  kb: KnowledgeBase;
  kbFiles: string[];
  needs: Set<FactKind>;
  /** Called after each document, for progress display. */
  onDone?: (doc: Document) => void;
}

/** Facts for every document, in input order whatever order the workers finish in. */
export async function extractAll(docs: Document[], opts: PoolOptions): Promise<DocFacts[]> {
  if (opts.concurrency <= 1 || docs.length < 2) {
    return docs.map((d) => {
      const f = analyzeDocument(d, opts.kb, opts.needs);
      opts.onDone?.(d);
      return f;
    });
  }
  const pool = new Piscina({
    filename: new URL('../worker/extract-worker.js', import.meta.url).href,
    minThreads: Math.min(opts.concurrency, docs.length),
    maxThreads: Math.min(opts.concurrency, docs.length),
    idleTimeout: 1000,
  });
  const needs = [...opts.needs];
  try {
    return await Promise.all(
      docs.map(async (d) => {
        const task: ExtractTask = { id: d.id, file: d.file, text: d.text, meta: d.meta, needs, kbFiles: opts.kbFiles };
        const facts = (await pool.run(task)) as DocFacts;
        opts.onDone?.(d);
        return facts;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

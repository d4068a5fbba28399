// Runs fact extraction for many documents: in this process (--concurrency 1) or on a pool of worker threads.
import { Piscina } from 'piscina';
import type { Document } from '../core/types.js';
import { analyzeDocument } from '../engine.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { ExtractTask } from '../worker/extract-worker.js';
import type { FactsCache } from './facts-cache.js';

export interface PoolOptions {
  concurrency: number;
  kb: KnowledgeBase;
  kbFiles: string[];
  needs: Set<FactKind>;
  /** Called after each document, for progress display. */
  onDone?: (doc: Document) => void;
  cache?: FactsCache;
}

/** Facts for every document, in input order whatever order the workers finish in. */
export async function extractAll(docs: Document[], opts: PoolOptions): Promise<DocFacts[]> {
  const results: Array<DocFacts | undefined> = docs.map((d) => opts.cache?.get(d));
  const todo = docs.map((d, i) => ({ d, i })).filter(({ i }) => !results[i]);
  for (const { d } of docs.map((d, i) => ({ d, i })).filter(({ i }) => results[i])) opts.onDone?.(d);
  const done = (i: number, facts: DocFacts) => {
    results[i] = facts;
    opts.cache?.set(docs[i], facts);
    opts.onDone?.(docs[i]);
  };
  if (opts.concurrency <= 1 || todo.length < 2) {
    for (const { d, i } of todo) done(i, analyzeDocument(d, opts.kb, opts.needs));
    return results as DocFacts[];
  }
  const pool = new Piscina({
    filename: new URL('../worker/extract-worker.js', import.meta.url).href,
    minThreads: Math.min(opts.concurrency, todo.length),
    maxThreads: Math.min(opts.concurrency, todo.length),
    idleTimeout: 1000,
  });
  const needs = [...opts.needs];
  try {
    await Promise.all(
      todo.map(async ({ d, i }) => {
        const task: ExtractTask = { id: d.id, file: d.file, text: d.text, meta: d.meta, needs, kbFiles: opts.kbFiles };
        done(i, (await pool.run(task)) as DocFacts);
      }),
    );
    return results as DocFacts[];
  } finally {
    await pool.destroy();
  }
}

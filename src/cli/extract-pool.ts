// Runs fact extraction for many documents: in this process (--concurrency 1) or on a pool of worker threads.
import type { Piscina as PiscinaClass } from 'piscina';
import { lazy } from '../core/lazy.js';
import { collectGarbage } from '../core/collect-garbage.js';
import type { Document, Span } from '../core/types.js';
import { analyzeDocument, analyzeSide, joinAnalysis } from '../engine.js';
import type { Side, SideFacts } from '../extract/index.js';
import { splitSentences } from '../extract/sentences.js';
import type { DocFacts, FactKind } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { readSides, type ExtractResult } from '../worker/extract-result.js';
import type { ExtractTask } from '../worker/extract-worker.js';
import { packSpans } from '../worker/spans.js';
import type { FactsCache } from './facts-cache.js';

const piscina = lazy<{ Piscina: typeof PiscinaClass }>('piscina');

export interface PoolOptions {
  concurrency: number;
  /** The concurrency is the default, not asked for: inputs too small to gain from workers stay in this process (see `autoInProcess`). */
  auto?: boolean;
  kb: KnowledgeBase;
  kbFiles: string[];
  needs: Set<FactKind>;
  /** Called after each document, for progress display. */
  onDone?: (doc: Document) => void;
  cache?: FactsCache;
  /** Workers to use instead of starting a pool (a stand-in in tests); extractAll stops them when it is done, also when it needs none. */
  pool?: ExtractPool;
}

/**
 * Documents go to the workers in batches of about this many characters (or BATCH_DOCS documents): one
 * message per document costs more than extracting a short wire story, while batches this size still
 * number in the hundreds on a large corpus, so the workers stay evenly loaded.
 */
const BATCH_CHARS = 64_000;
const BATCH_DOCS = 128;
/** This thread extracts its halves of batches this many characters at a time, looking at the workers in between. */
const SLICE_CHARS = 8_000;
/**
 * With the default concurrency, workers are used only where they gain. n threads extract: this one and n - 1
 * workers. Each worker first loads its modules and the knowledge base (wink's model once it takes names) and runs cold code for
 * about WORKER_START_SECONDS, and the threads then extract at WORKER_EFFICIENCY of one thread's speed each
 * (they share caches, memory and V8's own helper threads). n threads win once the text takes longer than
 * WORKER_START_SECONDS / (1 - 1 / (n * WORKER_EFFICIENCY)) in this process alone. Measured on the 2-core
 * machine of test/bench (whole runs over the first N Reuters articles, three alternating rounds each, `-j 1`
 * against `-j 2`), since the threads share batches by side (see extractAll): 1.5 MB 2.17-2.31 vs 2.28-2.37 s,
 * 3 MB 3.28-3.84 vs 3.43-3.59 s, 4.5 MB 5.24-5.54 vs 3.97-4.47 s; so two threads pay from about 3 MB of text
 * (with whole batches per thread it was about 5 MB: 7.2 MB 10.07 vs 9.20 s). In this process alone the peak
 * RSS is lower.
 */
const WORKER_START_SECONDS = 1;
const WORKER_EFFICIENCY = 0.8;
/** Characters of article text one thread extracts per second (Reuters-21578 with `-j 1`: ~1.1 MB/s). */
const CHARS_PER_SECOND = 1_100_000;

/** Whether `chars` of text are better extracted in this process alone than on `threads` threads, this one and `threads` - 1 workers (default concurrency). */
export function autoInProcess(chars: number, threads: number): boolean {
  return chars < minWorkerChars(threads);
}

/**
 * How many threads extract `docs` documents holding `chars` characters, this one and the rest workers: 0 means
 * this process alone. A number asked for is obeyed (a single document aside); the default (`auto`) keeps small
 * inputs here.
 */
export function threadsFor(chars: number, docs: number, concurrency: number, auto = false): number {
  if (concurrency <= 1 || docs < 2) return 0;
  if (auto && autoInProcess(chars, concurrency)) return 0;
  return concurrency;
}

/**
 * In this process, a full garbage collection after each this many characters of text (see collect-garbage.ts),
 * and one more at the end when at least FINAL_COLLECT_CHARS were extracted since the last: the corpus stage
 * then starts from a heap of live data, and that is where the peak RSS is set (Reuters-21578: 582 MB when
 * the last 1.2 MB of text were not followed by one, 558-561 MB when they were). A forced collection costs far more
 * than its pause: V8 throws away optimised code whose embedded objects died in it ("weak objects"
 * deoptimisations, ~45 functions of chrono-node and of our date and quotation code each time) and compiles it again.
 * Reuters-21578 with `-j 1`, three alternating rounds (reports identical): every 2 MB 19.5-22.1 s wall
 * (median 21.8), 25.7-28.7 s of CPU, peak RSS 533-540 MB, 400 such deoptimisations; every 8 MB and at the end
 * 17.8-22.5 s (19.2), 22.2-27.2 s, 558-561 MB; only at the end 17.2-19.6 s (18.3), 20.8-23.6 s, 574-584 MB;
 * never 651-655 MB.
 */
const COLLECT_EVERY_CHARS = 8_000_000;
/**
 * The same beside workers, where this thread takes mostly the names sides of batches (see extractAll): they
 * leave more garbage per character than whole documents, and with a collection every 8 MB the heap of this
 * thread grew to 370 MB committed for 167 MB live, and the peak RSS of Reuters-21578 with `-j 2` went from
 * 503-514 MB (whole batches per thread) to 590-602 MB. Alternating rounds against 8 MB, same report: every
 * 4 MB 511-525 against 591-597 MB, but slower (5 rounds, medians 9.95 against 9.31 s); every 6 MB 536-539
 * against 585-597 MB, in the same time (3 rounds: 11.49-13.80 against 12.46-13.62 s, at a slow hour).
 */
const SHARED_COLLECT_EVERY_CHARS = 6_000_000;
const FINAL_COLLECT_CHARS = 500_000;

/** The collections of extraction in this process: `extracted` after each document, `finished` at the end (see COLLECT_EVERY_CHARS). */
export function collectionPolicy(collect: () => void, every = COLLECT_EVERY_CHARS, final = FINAL_COLLECT_CHARS): { extracted(chars: number): void; finished(): void } {
  let since = 0;
  const run = () => {
    since = 0;
    collect();
  };
  return {
    extracted(chars) {
      since += chars;
      if (since >= every) run();
    },
    finished() {
      if (since >= final) run();
    },
  };
}

/** Young-generation heap of a worker (MB): see the pool's resource limits. */
const WORKER_YOUNG_GENERATION_MB = 48;
/** Old-generation heap of a worker (MB). */
const WORKER_OLD_GENERATION_MB = 96;
/** A document longer than this (characters) is extracted in this process, where the heap is not capped. */
const BIG_DOC_CHARS = 200_000;

/** The worker's code: bundled beside the bundled CLI (scripts/bundle.mjs), else the compiled module. */
const WORKER_FILE = new URL(import.meta.url.endsWith('.bundle.js') ? '../worker/extract-worker.bundle.js' : '../worker/extract-worker.js', import.meta.url).href;

/** Documents of a batch, with their positions in the input. */
type Group = Array<{ d: Document; i: number }>;

/** Consecutive runs of positions in `todo`, each within the batch limits. */
export function batches(todo: Group, maxChars = BATCH_CHARS, maxDocs = BATCH_DOCS): Group[] {
  const out: Group[] = [];
  let cur: Group = [];
  let chars = 0;
  for (const t of todo) {
    if (cur.length && (chars + t.d.text.length > maxChars || cur.length >= maxDocs)) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(t);
    chars += t.d.text.length;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A batch and the facts of its sides as they come in. */
interface Halves {
  group: Group;
  names?: SideFacts[];
  dates?: SideFacts[];
  /** Its documents' sentence spans, split by this thread for the first half of it done and kept for the other (see sentencesOf). */
  sentences?: Span[][];
}

/**
 * A batch's sentence spans, split once: both sides of a document need them. This thread splits them when it
 * first sends a half of the batch to a worker or extracts one, sends them with the halves it sends and reads
 * them again for those it extracts (Reuters-21578 with -j 2: splitting took the worker about 0.7 s of the
 * dates sides).
 */
function sentencesOf(h: Halves): Span[][] {
  return (h.sentences ??= h.group.map(({ d }) => splitSentences(d.text)));
}

/** Extraction workers: the pool extractAll starts, or one it is given (a stand-in in tests). */
export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult>;
  /** Stops the workers; safe to call more than once. */
  destroy(): Promise<void>;
}

/** Starts `threads` workers; each loads the knowledge base with its first batch, and wink's model with its first names side. extractAll runs one fewer than its threads: this one extracts too. */
export function startPool(threads: number): ExtractPool {
  const { Piscina } = piscina();
  const pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // Each worker holds its next half of a batch while it extracts one: with one task at a time, a worker that finished
    // waited for this thread (busy taking in the last batch's facts) to send the next, about 350 ms a worker
    // on Reuters-21578 (CPU profile, `atomicsWaitLoop`).
    concurrentTasksPerWorker: 2,
    // A capped old generation makes workers collect what survives before their heaps grow: a batch holds
    // well under 64,000 characters of text and its facts, while V8 left to itself let each worker grow to
    // ~200 MB of mostly garbage (peak 713 -> 483 MB with 96 MB). The young generation is sized for the
    // short-lived garbage of extraction (tokens, chrono results): with 8 MB the workers spent more time
    // in scavenges than a second core gained; Reuters-21578 on 2 workers, same report: 8 MB 17.3 s /
    // 490 MB peak RSS, 32 MB 14.2 s / 538 MB, 48 MB 13.4 s / 537 MB, 64 MB 13.3 s / 575 MB.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  });
  let stopped: Promise<void> | undefined;
  return {
    run: (task) => pool.run(task) as Promise<ExtractResult>,
    destroy: () => (stopped ??= pool.destroy()),
  };
}

/**
 * The characters of text from which the default concurrency uses `threads` threads (see autoInProcess):
 * the smallest `chars` for which autoInProcess is false, Infinity when workers never gain.
 */
export function minWorkerChars(threads: number): number {
  const gain = 1 - 1 / (threads * WORKER_EFFICIENCY);
  return gain <= 0 ? Infinity : Math.ceil((CHARS_PER_SECOND * WORKER_START_SECONDS) / gain);
}

/**
 * Workers started before the inputs are read, for an input of at least `bytes` (the size of its files):
 * each loads its code and the knowledge base while this thread reads, instead of after (Reuters-21578
 * JSONL: reading takes this thread 0.7-0.9 s, a worker's start and knowledge base about 0.3 s). Started
 * only where the default concurrency would use workers for that much text, so a small run starts none;
 * extractAll stops them when it ends up needing none (the text was shorter than its files, a cache had it).
 */
export function startEarly(bytes: number, threads: number, kbFiles: string[], start: (workers: number) => ExtractPool = startPool): ExtractPool | undefined {
  if (threads < 2 || bytes < minWorkerChars(threads)) return undefined;
  const pool = start(threads - 1);
  // A task with no documents only loads the knowledge base; a failure to load it is met again, and
  // reported, with the first real task.
  pool.run({ docs: [], needs: [], kbFiles, side: 'dates' }).catch(() => undefined);
  return pool;
}

/** Facts for every document, in input order whatever order the workers finish in. */
export async function extractAll(docs: Document[], opts: PoolOptions): Promise<DocFacts[]> {
  const results: Array<DocFacts | undefined> = docs.map((d) => opts.cache?.get(d));
  const todo: Group = [];
  docs.forEach((d, i) => {
    if (results[i]) opts.onDone?.(d);
    else todo.push({ d, i });
  });
  const done = (i: number, facts: DocFacts) => {
    results[i] = facts;
    opts.cache?.set(docs[i], facts);
    opts.onDone?.(docs[i]);
  };
  const chars = todo.reduce((s, t) => s + t.d.text.length, 0);
  const threads = threadsFor(chars, todo.length, opts.concurrency, opts.auto);
  // Beside workers (alone() sets its own)
  let gc = collectionPolicy(collectGarbage, SHARED_COLLECT_EVERY_CHARS);
  const inProcess = (group: Group) => {
    for (const { d, i } of group) {
      done(i, analyzeDocument(d, opts.kb, opts.needs));
      gc.extracted(d.text.length);
    }
  };
  const alone = async (groups: Group[]) => {
    await opts.pool?.destroy();
    gc = collectionPolicy(collectGarbage);
    for (const g of groups) inProcess(g);
    gc.finished();
    return results as DocFacts[];
  };
  if (threads === 0) return alone([todo]);
  // Small corpora get smaller batches, so that every thread has several.
  const groups = batches(todo, Math.min(BATCH_CHARS, Math.ceil(chars / (threads * 8))));
  // A very long document's facts may not fit a worker's heap: it is extracted here.
  const isBig = (g: Group) => g.length === 1 && g[0].d.text.length > BIG_DOC_CHARS;
  const big = groups.filter(isBig);
  const queue = groups.filter((g) => !isBig(g));
  // n threads: this one and n - 1 workers, but no more workers than batches less one.
  const workers = Math.min(threads - 1, queue.length - 1);
  if (workers < 1) return alone(groups);
  const pool = opts.pool ?? startPool(workers);
  const needs = [...opts.needs];
  // A batch is extracted in two halves, its names side and its dates side (see `Side`), by whichever threads
  // take them; its documents' facts are joined once both have come in. The workers take dates sides first,
  // this thread names sides: each isolate then compiles and warms up the code of one side for most of the run,
  // and holds mostly that side's memos. Whoever runs out of its own side takes the other side of the batches
  // left, from the end of the queue (on Reuters-21578 with `-j 2` the worker did all 272 dates sides and 42
  // names sides, so it loads wink's model late). Against whole batches per thread, 2 alternating rounds,
  // same report: extract 9.37 / 8.74 -> 8.10 / 7.00 s; CPU of the whole run 22.4 -> 19.7 s.
  const halves: Halves[] = queue.map((group) => ({ group }));
  const arrived = (h: Halves, side: Side, facts: SideFacts[]) => {
    h[side] = facts;
    const { names, dates } = h;
    if (!names || !dates) return;
    h.group.forEach(({ d, i }, k) => done(i, joinAnalysis(d, names[k], dates[k], opts.needs)));
    h.names = h.dates = h.sentences = undefined;
  };
  /** Extracts one side of `part`, documents `from` on of `h`'s batch, into `into`. */
  const here = (side: Side, h: Halves, from: number, part: Group, into: SideFacts[]) => {
    const sentences = sentencesOf(h);
    part.forEach(({ d }, k) => {
      into.push(analyzeSide(d, opts.kb, opts.needs, side, sentences[from + k]));
      gc.extracted(d.text.length);
    });
  };
  const onWorker = async (h: Halves, side: Side) => {
    const docs = h.group.map(({ d }) => ({ id: d.id, file: d.file, text: d.text, meta: d.meta }));
    const task: ExtractTask = { docs, needs, kbFiles: opts.kbFiles, side, sentences: sentencesOf(h).map(packSpans) };
    let facts: SideFacts[];
    try {
      facts = readSides(await pool.run(task), h.group.length);
    } catch (e) {
      // A worker that ran out of its heap is replaced by the pool; its half is done here instead.
      if ((e as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
      facts = [];
      here(side, h, 0, h.group, facts);
    }
    arrived(h, side, facts);
  };
  const namesLeft = [...halves];
  const datesLeft = [...halves];
  // Each worker holds up to two halves (see startPool).
  const capacity = 2 * workers;
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const feed = () => {
    while (running.size < capacity) {
      // A names side is left to this thread while it is the last one: this thread always has a half to do.
      const next: [Halves, Side] | undefined = datesLeft.length ? [datesLeft.shift()!, 'dates'] : namesLeft.length > 1 ? [namesLeft.pop()!, 'names'] : undefined;
      if (!next) break;
      const p: Promise<void> = onWorker(...next)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => running.delete(p));
      running.add(p);
    }
  };
  try {
    while ((namesLeft.length || datesLeft.length || big.length) && !failure) {
      feed();
      const long = big.shift();
      if (long) {
        inProcess(long);
        continue;
      }
      const [h, side]: [Halves, Side] = namesLeft.length ? [namesLeft.shift()!, 'names'] : [datesLeft.pop()!, 'dates'];
      // A half is taken a slice at a time: between slices, the workers' finished halves come in and they
      // get new ones (a worker that finished both of its tasks while this thread was busy with a whole
      // one waited, 10-20% of its time).
      const facts: SideFacts[] = [];
      for (const slice of batches(h.group, SLICE_CHARS, BATCH_DOCS)) {
        here(side, h, facts.length, slice, facts);
        await new Promise<void>((r) => setImmediate(r));
        if (failure) break;
        feed();
      }
      if (!failure) arrived(h, side, facts);
    }
    await Promise.all(running);
    if (failure) throw failure.error;
    gc.finished();
    return results as DocFacts[];
  } finally {
    await pool.destroy();
  }
}

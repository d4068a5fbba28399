// Determinism of the corpus run (complements reliability.test.ts): files named one by one in reverse order,
// facts from worker threads and from the --cache give the same report as in-process extraction.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makeDocument } from '../src/core/document.js';
import { extractFacts, type Side } from '../src/extract/index.js';
import { emptyFacts, type FactKind } from '../src/extract/types.js';
import { cacheKey, cacheSalt, openCache, shardFile, shardOf } from '../src/cli/facts-cache.js';
import type { Document, Span } from '../src/core/types.js';
import { splitSentences } from '../src/extract/sentences.js';
import { packSpans, unpackSpans } from '../src/worker/spans.js';
import { autoInProcess, collectionPolicy, extractAll, minWorkerChars, startEarly, threadsFor, type ExtractPool } from '../src/cli/extract-pool.js';
import { analyzeDocument, analyzeSide, joinAnalysis } from '../src/engine.js';
import { loadKb } from '../src/know/load.js';
import { readSides } from '../src/worker/extract-result.js';
import extractBatch, { type ExtractTask } from '../src/worker/extract-worker.js';
import { cli, ROOT } from './helpers/cli.js';
import { fixtureCorpus } from './helpers/corpus.js';
import { testKb } from './helpers/kb.js';

/** Every input file of seeds/ and fixtures/corpus, named one by one (relative to the project root). */
const FILES = ['seeds', 'fixtures/corpus'].flatMap((d) => readdirSync(join(ROOT, d)).sort().map((n) => `${d}/${n}`));
const BASE = ['--format', 'json', '--no-config', '--no-progress', '--date', '2025-05-11'];

/** The parts of a report that must not change; timing fields, should any appear, are left out. */
function comparable(stdout: string): unknown {
  const r = JSON.parse(stdout) as Record<string, unknown>;
  return { findings: r.findings, documents: r.documents, stories: r.stories, summary: r.summary, inputErrors: r.inputErrors };
}

function run(files: string[], extra: string[]): { code: number; report: unknown } {
  const r = cli([...files, ...BASE, ...extra]);
  return { code: r.code, report: comparable(r.stdout) };
}

describe('where extraction runs', () => {
  // [what, characters, documents, concurrency, auto, threads (0: this process alone)]
  it.each([
    ['-j 1', 50_000_000, 20_000, 1, false, 0],
    ['a number asked for is obeyed, however small the input (the determinism runs below use workers)', 22_000, 30, 2, false, 2],
    ['one document: nothing to share', 5_000_000, 1, 4, false, 0],
    ['auto, 2 cores, 2 MB: in this process (measured: 2.24 against 2.33 s at 1.5 MB, a draw at 3 MB)', 2_000_000, 2_000, 2, true, 0],
    ['auto, 2 cores, 4 MB: a worker beside this thread (measured: 4.33 against 5.37 s at 4.5 MB)', 4_000_000, 4_000, 2, true, 2],
    ['auto, 2 cores, 17 MB (Reuters-21578)', 17_000_000, 19_000, 2, true, 2],
    ['auto, 8 cores, 3 MB: the workers pay sooner', 3_000_000, 3_000, 8, true, 8],
    ['auto, 1 core', 50_000_000, 20_000, 1, true, 0],
  ])('%s', (_what, chars, docs, concurrency, auto, threads) => {
    expect(threadsFor(chars as number, docs as number, concurrency as number, auto as boolean)).toBe(threads);
  });
  it('auto: the break-even size shrinks as workers are added, and is never below a second of extraction', () => {
    const breakEven = (threads: number) => {
      let lo = 0;
      let hi = 1e9;
      while (hi - lo > 1_000) {
        const mid = (lo + hi) / 2;
        if (autoInProcess(mid, threads)) lo = mid;
        else hi = mid;
      }
      return hi;
    };
    expect(breakEven(2)).toBeGreaterThan(2_500_000);
    expect(breakEven(2)).toBeLessThan(3_500_000);
    expect(breakEven(4)).toBeLessThan(breakEven(2));
    expect(breakEven(8)).toBeLessThan(breakEven(4));
    expect(breakEven(8)).toBeGreaterThan(1_000_000);
  });
});

describe('workers started before the input is read', () => {
  /** A stand-in for startPool that records the workers asked for and the tasks run. */
  const recording = () => {
    const log: { workers: number[]; tasks: ExtractTask[] } = { workers: [], tasks: [] };
    const start = (workers: number): ExtractPool => {
      log.workers.push(workers);
      return { run: (task) => (log.tasks.push(task), Promise.resolve({ json: '[]', storyKeys: [] })), destroy: () => Promise.resolve() };
    };
    return { log, start };
  };
  // [what, bytes of the input files, threads, workers started (0: none)]
  it.each([
    ['a large input on 2 threads: one worker beside this thread', 20_000_000, 2, 1],
    ['an input at the size from which the default uses workers', minWorkerChars(2), 2, 1],
    ['one byte less: none (the default keeps it in this process)', minWorkerChars(2) - 1, 2, 0],
    ['4 threads: three workers, from a smaller size', minWorkerChars(4), 4, 3],
    ['one thread: none, however large', 50_000_000, 1, 0],
  ])('%s', (_what, bytes, threads, workers) => {
    const { log, start } = recording();
    const pool = startEarly(bytes as number, threads as number, ['my-kb.yaml'], start);
    expect(log.workers).toEqual(workers ? [workers] : []);
    expect(pool === undefined).toBe(workers === 0);
    // A started pool loads the knowledge base at once: a task with no documents.
    expect(log.tasks.map((t) => [t.docs.length, t.kbFiles])).toEqual(workers ? [[0, ['my-kb.yaml']]] : []);
  });
  it('the worker answers the warm-up task, which has no documents, with no facts', () => {
    expect(readSides(extractBatch({ docs: [], needs: [], kbFiles: [], side: 'dates' }), 0)).toEqual([]);
  });
});

describe('full collections when extracting in this process', () => {
  // [what, document lengths, every, final, positions collected after]
  it.each([
    ['a small input: none', [500, 1_000], 8_000, 2_000, []],
    ['one at the end once enough text was extracted', [1_000, 1_000], 8_000, 2_000, [1]],
    ['after each full interval, counted anew from there', [5_000, 3_000, 7_000, 1_000, 4_000], 8_000, 20_000, [1, 3]],
    ['and at the end when enough text followed the last', [8_000, 500, 1_500], 8_000, 2_000, [0, 2]],
    ['not twice after the last document', [4_000, 4_000], 8_000, 2_000, [1]],
    ['too little after the last: none at the end', [8_000, 1_000], 8_000, 2_000, [0]],
    ['no documents', [], 8_000, 2_000, []],
  ])('%s', (_what, lengths, every, final, points) => {
    const at: number[] = [];
    let k = -1;
    const gc = collectionPolicy(() => at.push(k), every as number, final as number);
    for (k = 0; k < (lengths as number[]).length; k++) gc.extracted((lengths as number[])[k]);
    k = (lengths as number[]).length - 1;
    gc.finished();
    expect(at).toEqual(points);
  });
});

describe('extraction with a pool given to it (a stand-in for the workers)', () => {
  const kb = testKb();
  const needs = new Set<FactKind>(['people', 'dates']);
  const docs = ['President Joe Biden spoke in Brussels on Monday.', 'NATO Secretary General Mark Rutte said on Tuesday he would visit Kyiv.'].map((text, i) =>
    makeDocument({ file: `d${i}.txt`, index: i, text, meta: { date: '2025-05-12' } }),
  );
  /** A pool whose every batch fails with `error`, counting its calls. */
  const failing = (error: object): ExtractPool & { runs: number; destroys: number } => {
    const pool = {
      runs: 0,
      destroys: 0,
      run: () => {
        pool.runs++;
        return Promise.reject(Object.assign(new Error('worker failed'), error));
      },
      destroy: () => {
        pool.destroys++;
        return Promise.resolve();
      },
    };
    return pool;
  };
  it('a pool given for input too small to share is stopped unused, and extraction is done here', async () => {
    const pool = failing({});
    const facts = await extractAll([docs[0]], { concurrency: 2, kb, kbFiles: [], needs, pool });
    expect([pool.runs, pool.destroys]).toEqual([0, 1]);
    expect(facts).toEqual([analyzeDocument(docs[0], kb, needs)]);
  });
  it('a batch whose worker ran out of heap is extracted here instead; any other worker failure is an error', async () => {
    const oom = failing({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const facts = await extractAll(docs, { concurrency: 2, kb, kbFiles: [], needs, pool: oom });
    expect(oom.runs).toBeGreaterThan(0);
    expect(oom.destroys).toBe(1);
    expect(facts).toEqual(docs.map((d) => analyzeDocument(d, kb, needs)));
    await expect(extractAll(docs, { concurrency: 2, kb, kbFiles: [], needs, pool: failing({ code: 'ERR_SOMETHING_ELSE' }) })).rejects.toThrow('worker failed');
  });
});

describe('extraction on this thread beside the workers', () => {
  const kb = loadKb([]);
  const needs = new Set<FactKind>(['people', 'places', 'dates', 'numbers', 'quotes']);
  const short = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeDocument({ file: `d${i}.txt`, index: i, text: `NATO Secretary General Mark Rutte said on Tuesday that ${i + 3} allies would meet in Brussels.`, meta: { date: '2025-05-12' } }),
    );
  /** A stand-in worker that extracts as a worker does, answering once the thread that sent the batch yields; it counts batches and how many it holds. */
  const standIn = () => {
    const pool = {
      runs: 0,
      held: 0,
      most: 0,
      destroys: 0,
      run: async (task: ExtractTask) => {
        pool.runs++;
        pool.most = Math.max(pool.most, ++pool.held);
        await Promise.resolve();
        pool.held--;
        return extractBatch(task);
      },
      destroy: () => {
        pool.destroys++;
        return Promise.resolve();
      },
    };
    return pool;
  };
  it('the worker takes the dates sides, this thread the names sides, each holds what is left of the other side at the end; the facts are those of one thread', async () => {
    const docs = short(24);
    const pool = standIn();
    const sides: Array<string | undefined> = [];
    const namesSent: string[][] = [];
    const run = pool.run;
    /** Per document of each half sent: the spans it went with, and its sentences split here. */
    const spansSent: Array<[Span[] | undefined, Span[]]> = [];
    pool.run = (task) => {
      sides.push(task.side);
      if (task.side === 'names') namesSent.push(task.docs.map((d) => d.file));
      // Each half goes with its documents' sentences, split by this thread.
      task.docs.forEach((d, i) => spansSent.push([task.sentences && unpackSpans(task.sentences[i]), splitSentences(d.text)]));
      return run(task);
    };
    const facts = await extractAll(docs, { concurrency: 2, kb, kbFiles: [], needs, pool });
    expect(facts).toEqual(docs.map((d) => analyzeDocument(d, kb, needs)));
    expect(spansSent.length).toBeGreaterThan(0);
    for (const [sent, split] of spansSent) expect(sent).toEqual(split);
    // The names sides the worker takes are those of the last documents, the last first.
    expect(namesSent[0]).toContain(docs[docs.length - 1].file);
    // 2 threads: this one and one worker, which holds up to two halves at a time ...
    expect(pool.most).toBe(2);
    // ... and gets every batch's dates side first (the stand-in answers at once, so it is ahead of this thread) ...
    const dates = sides.filter((x) => x === 'dates').length;
    expect(dates).toBeGreaterThan(2);
    expect(sides.slice(0, dates).every((x) => x === 'dates')).toBe(true);
    // ... then names sides from the end of the queue, while this thread does the names sides of the others.
    const names = sides.slice(dates);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((x) => x === 'names')).toBe(true);
    expect(names.length).toBeLessThan(dates);
    expect(pool.destroys).toBe(1);
  });
  it('the worker is sent halves while this thread is still in one of its own (it looks at the worker between slices of a half)', async () => {
    // 64 documents of ~4,000 characters: batches of ~16,000 characters (4 documents), which this thread takes 8,000 characters at a time.
    const body = 'NATO Secretary General Mark Rutte said on Tuesday that the allies would meet in Brussels. '.repeat(44);
    // Each document names a place of its own ("Placeaa", "Placeab", ...): this thread's lookups of it tell where it is.
    const mark = (i: number) => `Place${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`;
    const docs = Array.from({ length: 64 }, (_, i) => makeDocument({ file: `m${i}.txt`, index: i, text: `${body}They met in ${mark(i)}.`, meta: { date: '2025-05-12' } }));
    const events: Array<{ sent: true } | { doc: number }> = [];
    const marks = new Map(docs.map((_, i) => [mark(i), i]));
    const watched = Object.create(kb, {
      placesByName: {
        value: (text: string) => {
          const i = marks.get(text);
          if (i !== undefined) events.push({ doc: i });
          return kb.placesByName(text);
        },
      },
    }) as typeof kb;
    const pool = standIn();
    const run = pool.run;
    /** The batch of each document: the dates side of every batch goes to the worker, with its documents. */
    const batchOf = new Map<string, number>();
    let batchesSent = 0;
    pool.run = (task) => {
      events.push({ sent: true });
      if (task.side === 'dates') {
        for (const d of task.docs) batchOf.set(d.file, batchesSent);
        batchesSent++;
      }
      return run(task);
    };
    const facts = await extractAll(docs, { concurrency: 2, kb: watched, kbFiles: [], needs, pool });
    expect(facts).toEqual(docs.map((d) => analyzeDocument(d, kb, needs)));
    // This thread reads the names of a half's documents in input order; a half sent between two consecutive
    // documents of one batch was sent inside this thread's half (between batches it is sent anyway).
    const here = events.flatMap((e, k) => ('doc' in e ? [{ doc: e.doc, k }] : []));
    expect(here.length).toBeGreaterThan(0);
    const sameBatch = (a: number, b: number) => batchOf.get(docs[a].file) === batchOf.get(docs[b].file);
    const sentInside = here.some((h, j) => j > 0 && h.doc === here[j - 1].doc + 1 && sameBatch(h.doc, here[j - 1].doc) && events.slice(here[j - 1].k, h.k).some((e) => 'sent' in e));
    expect(sentInside).toBe(true);
    expect(pool.most).toBeLessThanOrEqual(2);
  });
  it('two short documents: the worker takes both dates sides, this thread both names sides', async () => {
    const docs = short(2);
    const pool = standIn();
    const sides: Array<string | undefined> = [];
    const run = pool.run;
    pool.run = (task) => {
      sides.push(task.side);
      return run(task);
    };
    const facts = await extractAll(docs, { concurrency: 2, kb, kbFiles: [], needs, pool });
    expect(facts).toEqual(docs.map((d) => analyzeDocument(d, kb, needs)));
    expect(sides).toEqual(['dates', 'dates']);
    expect(pool.destroys).toBe(1);
  });
  it('only documents too long for a worker: all are extracted here and the pool is stopped unused', async () => {
    const long = 'The committee met in Brussels on Monday. '.repeat(5_000);
    const docs = [0, 1, 2].map((i) => makeDocument({ file: `long${i}.txt`, index: i, text: `${long}Item ${i}.`, meta: { date: '2025-05-12' } }));
    const pool = standIn();
    const events: string[] = [];
    const destroy = pool.destroy;
    pool.destroy = () => (events.push('stop'), destroy());
    const facts = await extractAll(docs, { concurrency: 2, kb, kbFiles: [], needs, pool, onDone: () => events.push('document') });
    expect([pool.runs, pool.destroys]).toEqual([0, 1]);
    // The workers are stopped before this thread starts, not kept idle until it is done.
    expect(events).toEqual(['stop', 'document', 'document', 'document']);
    expect(facts.map((f) => f.dates.length)).toEqual(docs.map((d) => analyzeDocument(d, kb, needs).dates.length));
  });
  it('a worker that answers a batch with another number of facts fails the run, and the pool is stopped', async () => {
    const pool = standIn();
    const run = pool.run;
    pool.run = async (task) => {
      const r = await run(task);
      return { json: JSON.stringify((JSON.parse(r.json) as unknown[]).slice(1)), storyKeys: r.storyKeys.slice(1) };
    };
    await expect(extractAll(short(6), { concurrency: 2, kb, kbFiles: [], needs, pool })).rejects.toThrow(/a worker answered a batch of 1 document with 0 facts/);
    expect(pool.destroys).toBe(1);
  });
  it('an error on this thread while the worker holds batches stops the pool and is the error of the run', async () => {
    const failingKb = Object.create(kb, {
      placesByName: {
        value: () => {
          throw new Error('extraction failed here');
        },
      },
    }) as typeof kb;
    let destroys = 0;
    const pool: ExtractPool = {
      // The worker never answers: the run must not wait for it.
      run: () => new Promise(() => {}),
      destroy: () => {
        destroys++;
        return Promise.resolve();
      },
    };
    await expect(extractAll(short(24), { concurrency: 2, kb: failingKb, kbFiles: [], needs, pool })).rejects.toThrow('extraction failed here');
    expect(destroys).toBe(1);
  });
});

describe('same report whatever the concurrency, file order and cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'nc-det-cache-'));
  let reference: { code: number; report: unknown };
  beforeAll(() => {
    reference = run(FILES, ['-j', '1']);
  }, 60_000);
  const reversed = [...FILES].reverse();
  // Ordered: the first --cache run fills the cache, the later ones read it.
  const cases: Array<[string, string[], string[]]> = [
    ['reverse order, in-process', reversed, ['-j', '1']],
    ['reverse order, 2 workers', reversed, ['-j', '2']],
    ['forward, 2 workers, cache being filled', FILES, ['-j', '2', '--cache', '--cache-location', cacheDir]],
    ['reverse order, in-process, facts from the cache', reversed, ['-j', '1', '--cache', '--cache-location', cacheDir]],
    ['forward, 2 workers, facts from the cache', FILES, ['-j', '2', '--cache', '--cache-location', cacheDir]],
  ];
  it('the reference run reads every document and finds something', () => {
    const r = reference.report as { documents: unknown[]; findings: unknown[] };
    expect(r.documents.length).toBeGreaterThan(FILES.length - 1);
    expect(r.findings.length).toBeGreaterThan(0);
  });
  it.each(cases)('%s', (_name, files, extra) => {
    const r = run(files, extra);
    expect(r.code).toBe(reference.code);
    expect(r.report).toEqual(reference.report);
  }, 60_000);
  it('negative: leaving one article out changes the report (the comparison can tell)', () => {
    const r = run(FILES.slice(1), ['-j', '2']);
    expect(r.report).not.toEqual(reference.report);
  }, 60_000);
}, 120_000);

describe('facts survive the cache unchanged', () => {
  it('every document: facts read back from a saved cache equal the facts extracted; a shard file is rewritten only when it changes', () => {
    const docs = fixtureCorpus().map((d, i) => makeDocument({ ...d, index: i }));
    const kb = testKb();
    const needs = new Set(Object.keys(emptyFacts()) as FactKind[]);
    const dir = mkdtempSync(join(tmpdir(), 'nc-det-facts-'));
    const location = join(dir, 'facts.json');
    const shards = () => readdirSync(dir).filter((f) => /^facts\.\d\d\.json$/.test(f)).sort();
    const shardOfDoc = (d: Document, version = 'test') => shardFile(location, shardOf(cacheKey(d, cacheSalt(version, 'kb', needs))));
    const name = (file: string) => basename(file);
    const writer = openCache(location, 'test', 'kb', needs);
    const facts = docs.map((d) => extractFacts(d, kb, needs));
    docs.forEach((d, i) => writer.set(d, facts[i]));
    writer.save();
    // One file per shard that holds an entry (names are numbers: no two differ only in case).
    expect(shards()).toEqual([...new Set(docs.map((d) => name(shardOfDoc(d))))].sort());
    expect(shards().length).toBeGreaterThan(1);
    const reader = openCache(location, 'test', 'kb', needs);
    expect(docs.map((d) => reader.get(d))).toEqual(facts);
    expect(reader.hits).toBe(docs.length);
    // Negative: another salt (tool version) finds nothing.
    expect(docs.map((d) => openCache(location, 'other', 'kb', needs).get(d))).toEqual(docs.map(() => undefined));
    // One document edited: only the shards of its old and new entries are written again; the others are left alone.
    const edited = makeDocument({ ...docs[0], text: `${docs[0].text}\nThe figures were revised on Monday.` });
    for (const f of shards()) writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(/\}$/, ',"marker":1}'));
    const run = openCache(location, 'test', 'kb', needs);
    for (const d of [edited, ...docs.slice(1)]) if (!run.get(d)) run.set(d, extractFacts(d, kb, needs));
    run.save();
    const rewritten = shards().filter((f) => !readFileSync(join(dir, f), 'utf8').endsWith(',"marker":1}'));
    const expected = new Set([shardOfDoc(docs[0]), shardOfDoc(edited)].filter((f) => existsSync(f)).map(name));
    expect(new Set(rewritten)).toEqual(expected);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(shards().length);
    const afterEdit = openCache(location, 'test', 'kb', needs);
    expect(afterEdit.get(docs[0])).toBeUndefined();
    expect(afterEdit.get(edited)).toEqual(extractFacts(edited, kb, needs));
    // A run that used only some entries drops the rest (a shard left empty is removed) ...
    const partial = openCache(location, 'test', 'kb', needs);
    partial.get(docs[1]);
    partial.save();
    expect(shards()).toEqual([name(shardOfDoc(docs[1]))]);
    const after = openCache(location, 'test', 'kb', needs);
    expect(docs.map((d) => after.get(d) !== undefined)).toEqual(docs.map((_, i) => i === 1));
    // ... and an unchanged run (nothing added, every entry used) leaves its files alone.
    const only = shardOfDoc(docs[1]);
    writeFileSync(only, readFileSync(only, 'utf8').replace(/\}$/, ',"marker":2}'));
    after.save();
    expect(readFileSync(only, 'utf8').endsWith(',"marker":2}')).toBe(true);
    // A shard written with another salt is replaced, not kept beside the new entries.
    const other = openCache(location, 'other', 'kb', needs);
    other.set(docs[1], facts[1]);
    other.save();
    expect(shards()).toEqual([name(shardOfDoc(docs[1], 'other'))]);
    expect(openCache(location, 'test', 'kb', needs).get(docs[1])).toBeUndefined();
    // A damaged shard is a miss, and is written anew.
    writeFileSync(shardOfDoc(docs[1], 'other'), '{"salt":"3|trunc');
    const damaged = openCache(location, 'other', 'kb', needs);
    expect(damaged.get(docs[1])).toBeUndefined();
    damaged.set(docs[1], facts[1]);
    damaged.save();
    expect(openCache(location, 'other', 'kb', needs).get(docs[1])).toEqual(facts[1]);
    // One entry dropped and another added in the same shard: same count, but the shard is written anew.
    const twin = Array.from({ length: 400 }, (_, k) => makeDocument({ ...docs[1], text: `${docs[1].text}\nRevision ${k}.` })).find(
      (d) => shardOfDoc(d, 'other') === shardOfDoc(docs[1], 'other'),
    )!;
    const swap = openCache(location, 'other', 'kb', needs);
    swap.set(twin, facts[1]);
    swap.save();
    expect(openCache(location, 'other', 'kb', needs).get(twin)).toEqual(facts[1]);
    // The single file of the previous layout is removed; a file of someone else's at that name is left alone,
    // and so is a file of someone else's named like an empty shard.
    writeFileSync(location, '{"salt":"2|old","entries":{}}');
    openCache(location, 'other', 'kb', needs).save();
    expect(existsSync(location)).toBe(false);
    writeFileSync(location, '{"my":"notes"}');
    const foreign = shardFile(location, (shardOf(cacheKey(docs[1], cacheSalt('other', 'kb', needs))) + 1) % 64);
    writeFileSync(foreign, '{"user":"data"}');
    openCache(location, 'other', 'kb', needs).save();
    expect(readFileSync(location, 'utf8')).toBe('{"my":"notes"}');
    expect(readFileSync(foreign, 'utf8')).toBe('{"user":"data"}');
    rmSync(location);
    rmSync(foreign);
    // Story-key hashes are not kept: the corpus stage builds them again for cached facts.
    const hashed = openCache(location, 'hashes', 'kb', needs);
    hashed.set(docs[0], { ...facts[0], storyKeys: Float64Array.of(1, 2, 3) });
    hashed.save();
    expect(readFileSync(shardOfDoc(docs[0], 'hashes'), 'utf8')).not.toContain('storyKeys');
    expect(openCache(location, 'hashes', 'kb', needs).get(docs[0])).toEqual(facts[0]);
  }, 60_000);
});

describe("facts survive the workers' transport unchanged", () => {
  it('every document: both sides sent back as JSON, the text key hashes beside them, and joined, equal the facts extracted here', () => {
    // And figures too long for a double, which the extractors must not turn into Infinity (JSON makes it null).
    const huge = `Officials in Kyiv counted ${'9'.repeat(320)}.5 ballots over ${'9'.repeat(320)}.5 years, President Zelensky said.`;
    const docs = [...fixtureCorpus(), { id: 'huge', file: 'huge.txt', text: huge }].map((d, i) => makeDocument({ ...d, index: i }));
    const needs = Object.keys(emptyFacts()) as FactKind[];
    const kb = loadKb([]);
    const here = docs.map((d) => analyzeDocument(d, kb, new Set(needs)));
    const task = (side: Side): ExtractTask => ({ docs: docs.map((d) => ({ id: d.id, file: d.file, text: d.text, meta: d.meta })), needs, kbFiles: [], side });
    const names = readSides(extractBatch(task('names')));
    const dates = readSides(extractBatch(task('dates')));
    const sent = docs.map((d, i) => joinAnalysis(d, names[i], dates[i], new Set(needs)));
    expect(sent).toEqual(here);
    expect(sent.every((f) => f.storyKeys instanceof Float64Array && f.storyKeys.length > 0)).toBe(true);
    // Negative: the comparison tells a value JSON cannot carry (NaN becomes null).
    const odd = [{ numbers: [{ ...here.flatMap((f) => f.numbers)[0], value: NaN }] }];
    expect(readSides({ json: JSON.stringify(odd), storyKeys: [] })).not.toEqual(odd);
  }, 60_000);
  it('a worker reads the sentences it is sent instead of splitting the text again', () => {
    const text = 'Talks resumed in Geneva on Monday. President Joe Biden said on Tuesday that 12 allies agreed.';
    const doc = { id: 'g', file: 'g.txt', text, meta: { date: '2025-05-12' } };
    const needs: FactKind[] = ['people', 'places', 'dates'];
    const sides = (side: Side, sentences?: Span[]) => readSides(extractBatch({ docs: [doc], needs, kbFiles: [], side, sentences: sentences && [packSpans(sentences)] }), 1)[0];
    const split = splitSentences(text);
    expect(split).toHaveLength(2);
    // The same sentences sent: the same facts.
    expect(sides('names', split)).toEqual(sides('names'));
    expect(sides('dates', split)).toEqual(sides('dates'));
    // Other spans sent: they are the ones read (the names side hands them on), so the text is not split there.
    const whole = [{ start: 0, end: text.length }];
    expect(sides('names', whole).sentences).toEqual(whole);
    expect(sides('names').sentences).toEqual(split);
    // The dates side too: sent only the first sentence, it finds only that sentence's day.
    const days = (sentences?: Span[]) => (sides('dates', sentences).dates ?? []).map((d) => d.text);
    expect(days(split)).toHaveLength(2);
    expect(days([split[0]])).toEqual(days(split).slice(0, 1));
  });
  it('spans survive packing for the trip', () => {
    const spans = [{ start: 0, end: 5 }, { start: 7, end: 7 }, { start: 9, end: 2_000_000 }];
    expect(unpackSpans(packSpans(spans))).toEqual(spans);
    expect(unpackSpans(packSpans([]))).toEqual([]);
  });
  it('no facts asked for: the joined sides hold none and no story keys, as when extracted here', () => {
    const doc = makeDocument({ file: 'n.txt', text: 'President Joe Biden spoke in Brussels on Monday.', meta: { date: '2025-05-12' } });
    const none = new Set<FactKind>();
    const kb = loadKb([]);
    const joined = joinAnalysis(doc, analyzeSide(doc, kb, none, 'names'), analyzeSide(doc, kb, none, 'dates'), none);
    expect(joined).toEqual(analyzeDocument(doc, kb, none));
    expect(joined.storyKeys).toBeUndefined();
    expect(joined.sentences).toEqual([]);
  });
});

describe('the report cache: an unchanged corpus reuses the whole report, any change is a miss', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nc-det-report-'));
  const cacheDir = join(dir, 'cache');
  const ARTICLE = 'Kyiv, May 11 (News) - Russia launched 524 drones on Thursday, officials said.\n';
  const runIn = (extra: string[] = []) => {
    const r = cli(['a.txt', 'b.txt', '--format', 'json', '--no-config', '--no-progress', '--date', '2025-05-11', '--cache', '--cache-location', cacheDir, ...extra], { cwd: dir });
    return JSON.parse(r.stdout) as { findings: Array<{ rule: string }>; summary: Record<string, unknown> };
  };
  const residue = (r: { findings: Array<{ rule: string }> }) => r.findings.filter((f) => f.rule === 'scraping-residue').length;
  it('hit, then misses for an edited file and for other rule settings', () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    expect(residue(runIn())).toBe(0);
    expect(readdirSync(cacheDir).some((f) => /^facts\.\d\d\.json$/.test(f))).toBe(true);
    expect(readdirSync(cacheDir).every((f) => /^facts\.\d\d\.json$/.test(f) || f === 'report.json')).toBe(true);
    // A stored report with a marker: an unchanged run must return it as it is (proof the cache was read).
    const stored = JSON.parse(readFileSync(join(cacheDir, 'report.json'), 'utf8')) as { key: string; report: { summary: Record<string, unknown> } };
    stored.report.summary.marker = 'from the cache';
    writeFileSync(join(cacheDir, 'report.json'), JSON.stringify(stored));
    expect(runIn().summary.marker).toBe('from the cache');
    // An edited file: the report is computed again and sees the change.
    writeFileSync(join(dir, 'b.txt'), `${ARTICLE}\nLeave a Reply\n`);
    const edited = runIn();
    expect(edited.summary.marker).toBeUndefined();
    expect(residue(edited)).toBe(1);
    // Other rule settings: computed again.
    expect(residue(runIn(['--rule', 'scraping-residue=off']))).toBe(0);
    // A damaged report file is a miss, not an error.
    writeFileSync(join(cacheDir, 'report.json'), '{"key":');
    expect(residue(runIn())).toBe(1);
  }, 60_000);
});

// The document goes to the main thread (extract-pool.ts, BIG_DOC_CHARS); this checks the result, not the route.
describe('a very long document in a worker run gives the same result as in one process', () => {
  it('-j 2 with one 250,000-character article and short ones equals -j 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-det-big-'));
    const para = 'Kyiv, May 11 (News) - Russia launched 524 drones on Thursday, officials said. "We will respond," Zelenskyy said.\n\n';
    writeFileSync(join(dir, 'big.txt'), para.repeat(Math.ceil(250_000 / para.length)));
    for (let k = 0; k < 40; k++) writeFileSync(join(dir, `short-${k}.txt`), para.repeat(30));
    const args = ['.', '--format', 'json', '--no-config', '--no-progress', '--date', '2025-05-11'];
    const one = cli([...args, '-j', '1'], { cwd: dir });
    const two = cli([...args, '-j', '2'], { cwd: dir });
    expect(one.code).toBe(two.code);
    expect(comparable(two.stdout)).toEqual(comparable(one.stdout));
    expect((JSON.parse(one.stdout) as { documents: unknown[] }).documents).toHaveLength(41);
  }, 120_000);
});

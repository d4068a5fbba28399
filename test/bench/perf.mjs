// bench:perf — corpus-scale speed of newscheck on Reuters-21578 (1 and 2 threads, cold and --cache), beside
// wink's bare pipeline over the same text (the stack's own limit) and the peer tools textlint and proselint.
// Prints MB/s of article text, peak RSS and ratios to newscheck, where newscheck's time goes per stage (its runs set
// NEWSCHECK_TIMING), then start-up time and the issue's goals.
// Usage: npm run bench:perf [-- --limit N] [--only newscheck,startup,memory,wink,textlint,proselint] [--peer-mb N|all] [--runs N] [--keep]
// `memory` runs the corpus once and twice over (the second copy under new ids) and prints what documents, facts
// and the corpus stage keep on the heap, and the CLI's peak RSS: how memory grows with a larger corpus.
// Cold newscheck runs and wink's runs are repeated (--runs, default 3; the 1- and 2-thread runs alternate) and the
// median time is reported with the largest RSS: on this shared 2-core host one run can be 10% off the next.
// The peers are far slower (proselint ≈ 3 KB/s), so by default they run over the first articles up to a sample
// size (textlint 1 MB, proselint 0.3 MB; --peer-mb sets both, `all` is the whole corpus); MB/s is of what they read.
// The corpus is converted at run time into a temporary JSONL (newscheck) and a folder of .txt files (peers);
// nothing of it is written inside the repository.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const TIME = '/usr/bin/time';

// ---- wink's bare pipeline: a child process (`--wink-child FILE THREADS`) running one worker thread per share.

/** Worker thread: tokens, POS and sentences of every text in its share, nothing else. */
async function winkWorker({ file, share, of }) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const lines = readFileSync(file, 'utf8').split('\n');
  let tokens = 0;
  for (let i = share; i < lines.length; i += of) {
    if (!lines[i]) continue;
    const doc = nlp.readDoc(JSON.parse(lines[i]).text);
    tokens += doc.tokens().out().length;
    doc.tokens().out(its.pos);
    doc.sentences().out();
  }
  parentPort.postMessage(tokens);
}

async function winkChild(file, threads) {
  const runs = [];
  for (let share = 0; share < threads; share++) {
    const w = new Worker(SELF, { workerData: { file, share, of: threads } });
    runs.push(new Promise((res, rej) => { w.once('message', res); w.once('error', rej); }));
  }
  const tokens = (await Promise.all(runs)).reduce((a, b) => a + b, 0);
  process.stdout.write(`${tokens} tokens\n`);
}

// ---- memory: a child process (`--heap-child FILE`) that reads, extracts (2 threads) and checks a corpus the way
// the CLI does, and prints what each stage leaves on the main thread's heap after a full collection.

async function heapChild(file) {
  const v8 = await import('node:v8');
  const dist = (m) => import(new URL(`../../dist/${m}`, import.meta.url).href);
  const { readInputs } = await dist('cli/sources.js');
  const { loadKb } = await dist('know/load.js');
  const { extractAll } = await dist('cli/extract-pool.js');
  const E = await dist('engine.js');
  const { collectGarbage } = await dist('core/collect-garbage.js');
  // Typed arrays (the story-key hashes) keep their data outside the V8 heap: array buffers count too.
  const used = async () => {
    collectGarbage();
    await new Promise((r) => setImmediate(r));
    return (v8.getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers) / 1e6;
  };
  const kb = loadKb([]);
  const needs = E.neededFacts(E.activeRules({ kb, toolVersion: 'bench' }));
  const h0 = await used();
  const inputs = readInputs([file], { cwd: process.cwd(), ignore: [] });
  const h1 = await used();
  const facts = await extractAll(inputs.docs, { concurrency: 2, kb, kbFiles: [], needs });
  const h2 = await used();
  const report = E.checkCorpus(inputs.docs, facts, { kb, toolVersion: 'bench', now: '2026-12-01' });
  const h3 = await used();
  process.stdout.write(JSON.stringify({ docs: inputs.docs.length, documents: h1 - h0, facts: h2 - h1, corpus: h3 - h2, findings: report.findings.length }) + '\n');
}

if (!isMainThread) {
  await winkWorker(workerData);
} else if (process.argv[2] === '--wink-child') {
  await winkChild(process.argv[3], Number(process.argv[4]));
} else if (process.argv[2] === '--heap-child') {
  await heapChild(process.argv[3]);
} else {
  await main();
}

// ---- measuring a command: wall time and peak RSS.

/** Runs a command to its end; wall seconds and peak RSS in MB of the largest process of its tree (from /usr/bin/time -v, else /proc polling). */
function measure(cmd, args, { cwd = ROOT, env = process.env, stdout = 'ignore' } = {}) {
  return new Promise((resolve) => {
    const useTime = existsSync(TIME);
    const rssFile = join(tmpdir(), `newscheck-perf-rss-${process.pid}-${Date.now()}`);
    const argv = useTime ? [TIME, '-v', '-o', rssFile, cmd, ...args] : [cmd, ...args];
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let out = '';
    child.stderr.on('data', (b) => { if (stderr.length < 16000) stderr += b; });
    child.stdout?.on('data', (b) => { out += b; });
    let polled = 0;
    // The process and its descendants (newscheck re-launches itself for large inputs): the largest peak among them, as time -v reports.
    const tree = (pid) => {
      let kids = [];
      try { kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { /* ended */ }
      return [pid, ...kids.flatMap(tree)];
    };
    const poll = useTime ? undefined : setInterval(() => {
      for (const pid of tree(child.pid)) {
        try {
          const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) polled = Math.max(polled, Number(m[1]));
        } catch { /* the process has ended */ }
      }
    }, 20);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      let kb = polled;
      if (useTime && existsSync(rssFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(rssFile, 'utf8'));
        if (m) kb = Number(m[1]);
        rmSync(rssFile, { force: true });
      }
      resolve({ secs, rssMb: kb ? kb / 1024 : undefined, code, stderr, stdout: out });
    });
    child.on('error', () => resolve({ secs: NaN, rssMb: undefined, code: -1, stderr: `cannot run ${cmd}` }));
  });
}

/**
 * The stage times (ms) of one run's NEWSCHECK_TIMING table, its rules summed into one row ("rules (12)"), in
 * the order printed; empty when the table is missing.
 */
function stagesOf(stderr) {
  const out = new Map();
  let rules = 0;
  let ruleMs = 0;
  for (const line of stderr.split('\n')) {
    const m = /^(\S.*?)\s{2,}(\d+\.\d)(?:\s|$)/.exec(line);
    if (!m || m[1] === 'stage') continue;
    if (m[1].startsWith('rule ')) {
      rules++;
      ruleMs += Number(m[2]);
      if (!out.has('rules')) out.set('rules', 0);
      continue;
    }
    out.set(m[1], Number(m[2]));
  }
  if (rules) {
    const named = new Map();
    for (const [k, v] of out) named.set(k === 'rules' ? `rules (${rules})` : k, k === 'rules' ? ruleMs : v);
    return named;
  }
  return out;
}

/** Per stage, the median over runs (the mean of the two middle values for an even count). */
function medianStages(tables) {
  const out = new Map();
  for (const label of new Set(tables.flatMap((t) => [...t.keys()]))) {
    const v = tables.map((t) => t.get(label)).filter((x) => x !== undefined).sort((a, b) => a - b);
    const h = Math.floor(v.length / 2);
    out.set(label, v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2);
  }
  return out;
}

/** True when `cmd --version`-style probing finds the program. */
function installed(path) {
  return existsSync(path);
}

// ---- the benchmark.

function opt(args, name, dflt) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
}

async function main() {
  const args = process.argv.slice(2);
  const limit = Number(opt(args, 'limit', 'Infinity'));
  const only = new Set(String(opt(args, 'only', 'newscheck,startup,memory,wink,textlint,proselint')).split(','));
  const { corporaDir, readReuters } = await import('./corpora.mjs');
  const dir = corporaDir();
  if (!dir) return;
  const records = readReuters(dir).slice(0, limit);
  const work = mkdtempSync(join(tmpdir(), 'newscheck-perf-'));
  const jsonl = join(work, 'reuters.jsonl');
  const txtDir = join(work, 'txt');
  mkdirSync(txtDir);
  writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const r of records) writeFileSync(join(txtDir, `${r.id}.txt`), r.text);
  const short = records.find((r) => r.text.length >= 400 && r.text.length <= 1500) ?? records[0];
  const shortFile = join(work, 'short.txt');
  writeFileSync(shortFile, short.text);
  const mb = records.reduce((s, r) => s + Buffer.byteLength(r.text), 0) / 1e6;
  const peerArg = opt(args, 'peer-mb', undefined);
  /** A folder holding the first articles up to `maxMb` (all: the whole corpus folder), and its MB. */
  const sample = (maxMb) => {
    if (maxMb >= mb) return { dir: txtDir, mb };
    const dirOut = join(work, `txt-${maxMb}`);
    mkdirSync(dirOut, { recursive: true });
    let bytes = 0;
    for (const r of records) {
      if (bytes >= maxMb * 1e6) break;
      bytes += Buffer.byteLength(r.text);
      writeFileSync(join(dirOut, `${r.id}.txt`), r.text);
    }
    return { dir: dirOut, mb: bytes / 1e6 };
  };
  const peerSample = (dflt) => sample(peerArg === 'all' ? Infinity : Number(peerArg ?? dflt));
  console.log(`# bench:perf — Reuters-21578: ${records.length} articles, ${mb.toFixed(1)} MB of article text; ${cpus().length} cores; node ${process.version}`);
  console.log(`work folder: ${work}${args.includes('--keep') ? ' (kept)' : ''}\n`);

  const rows = [];
  const row = (name, m, note = '', textMb = mb) => {
    if (textMb < mb) note = `${note}${note ? '; ' : ''}first ${textMb.toFixed(2)} MB`;
    const r = { name, secs: m?.secs, rssMb: m?.rssMb, mbs: m ? textMb / m.secs : undefined, note };
    rows.push(r);
    console.error(`  ${name}: ${m ? `${m.secs.toFixed(1)} s, ${r.mbs.toFixed(2)} MB/s, ${m.rssMb?.toFixed(0)} MB RSS` : note}`);
    return r;
  };
  const bin = join(ROOT, 'bin/newscheck.js');
  const nc = (extra, out, env = process.env) => measure(process.execPath, [bin, jsonl, '--format', 'json', '--output', out, '--no-progress', ...extra], { env });
  // Cold runs print their stages' wall times (NEWSCHECK_TIMING) on stderr: the table of where the time goes.
  const timed = { ...process.env, NEWSCHECK_TIMING: '1' };
  const stageTables = {};
  const outs = {};
  let base;
  const failed = (m) => (m.code !== 0 && m.code !== 1 ? ` (exit ${m.code}: ${m.stderr.trim().split('\n').slice(-1)[0]})` : '');
  const runs = Number(opt(args, 'runs', '3'));
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench:perf: --runs expects a whole number >= 1, got ${JSON.stringify(opt(args, 'runs', ''))}`);
    process.exitCode = 2;
    return;
  }
  /**
   * Each of `cmds` run `runs` times, alternating; per command the median time (the mean of the two middle
   * runs for an even count), the largest RSS of all runs, and the first failing run's exit, if any.
   */
  const repeated = async (cmds) => {
    const got = cmds.map(() => []);
    for (let k = 0; k < runs; k++) for (const [i, c] of cmds.entries()) got[i].push(await c());
    return got.map((ms) => {
      const secs = ms.map((m) => m.secs).sort((a, b) => a - b);
      const h = Math.floor(secs.length / 2);
      const median = secs.length % 2 ? secs[h] : (secs[h - 1] + secs[h]) / 2;
      const bad = ms.find((m) => m.code !== 0 && m.code !== 1);
      const rss = ms.map((m) => m.rssMb ?? 0);
      return { ...(bad ?? ms[0]), secs: median, rssMb: Math.max(...rss) || undefined, all: ms.map((m) => m.secs), runs: ms };
    });
  };
  const spread = (m) => (m.all.length > 1 ? `median of ${m.all.length}: ${m.all.map((x) => x.toFixed(1)).join(' / ')} s` : '');
  const note = (...parts) => parts.filter(Boolean).join('; ');

  if (only.has('newscheck')) {
    for (const c of [1, 2]) outs[c] = join(work, `report-c${c}.json`);
    const cold = await repeated([1, 2].map((c) => () => nc(['--concurrency', String(c)], outs[c], timed)));
    for (const [k, c] of [1, 2].entries()) {
      stageTables[c] = medianStages(cold[k].runs.map((m) => stagesOf(m.stderr)));
      const r = row(`newscheck, ${c} thread${c > 1 ? 's' : ''}, cold`, cold[k], note(failed(cold[k]), spread(cold[k])));
      if (c === 2) base = r;
    }
    const cacheDir = join(work, 'cache');
    await nc(['--concurrency', '2', '--cache', '--cache-location', cacheDir], join(work, 'report-fill.json'));
    outs.cached = join(work, 'report-cached.json');
    const m = await nc(['--concurrency', '2', '--cache', '--cache-location', cacheDir], outs.cached, timed);
    stageTables.cached = stagesOf(m.stderr);
    row('newscheck, 2 threads, --cache (second run)', m, failed(m));
    // One article changed: its facts are extracted again, the rest come from the cache, the corpus stage reruns.
    const edited = join(work, 'reuters-edited.jsonl');
    writeFileSync(edited, records.map((r, i) => JSON.stringify(i === 0 ? { ...r, text: `${r.text}\nThe figures were revised on Monday.` } : r)).join('\n') + '\n');
    const e = await measure(process.execPath, [bin, edited, '--format', 'json', '--output', join(work, 'report-edited.json'), '--no-progress', '--concurrency', '2', '--cache', '--cache-location', cacheDir], { env: timed });
    stageTables.edited = stagesOf(e.stderr);
    row('newscheck, 2 threads, --cache, one article edited', e, failed(e));
  }
  if (only.has('wink')) {
    const wink = await repeated([1, 2].map((t) => () => measure(process.execPath, [SELF, '--wink-child', jsonl, String(t)])));
    for (const [k, t] of [1, 2].entries()) row(`wink-nlp bare pipeline (tokens, POS, sentences), ${t} thread${t > 1 ? 's' : ''}`, wink[k], spread(wink[k]));
  }
  if (only.has('textlint')) {
    const textlint = join(ROOT, 'node_modules/textlint/bin/textlint.js');
    const rules = ['write-good', 'common-misspellings', 'sentence-length', 'max-comma', 'no-todo', 'terminology'];
    if (installed(textlint)) {
      const rc = join(work, 'textlintrc.json');
      writeFileSync(rc, JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r, true])) }));
      const part = peerSample(1);
      const m = await measure(process.execPath, [textlint, '--config', rc, '--format', 'json', '--output-file', join(work, 'textlint.json'), `${part.dir}/*.txt`]);
      row(`textlint (${rules.join(', ')})`, m, failed(m), part.mb);
    } else row('textlint', undefined, 'not installed (npm install)');
  }
  if (only.has('proselint')) {
    const proselint = ['/usr/bin/proselint', '/usr/local/bin/proselint'].find(installed);
    if (proselint) {
      // A fresh cache folder: proselint memoises results per file under XDG_CACHE_HOME.
      const env = { ...process.env, XDG_CACHE_HOME: join(work, 'proselint-cache') };
      const part = peerSample(0.3);
      const m = await measure(proselint, ['--json', part.dir], { env });
      row('proselint (all default checks), 1 process', m, failed(m), part.mb);
    } else row('proselint', undefined, 'not installed (apt-get install python3-proselint)');
  }

  const memory = [];
  if (only.has('memory')) {
    const doubled = join(work, 'reuters-2x.jsonl');
    writeFileSync(doubled, [...records, ...records.map((r) => ({ ...r, id: `${r.id}-copy` }))].map((r) => JSON.stringify(r)).join('\n') + '\n');
    for (const [times, file] of [[1, jsonl], [2, doubled]]) {
      const h = await measure(process.execPath, [SELF, '--heap-child', file], { stdout: 'pipe' });
      const cli = await measure(process.execPath, [bin, file, '--format', 'json', '--output', join(work, `report-${times}x.json`), '--no-progress', '--concurrency', '2']);
      let heap;
      try {
        heap = JSON.parse(h.stdout);
      } catch {
        console.error(`  memory: the heap child failed (exit ${h.code}): ${h.stderr.trim().split('\n').slice(-1)[0]}`);
      }
      memory.push({ times, heap, rss: cli.rssMb, secs: cli.secs });
      console.error(`  memory, corpus ×${times}: ${heap ? `documents ${heap.documents.toFixed(0)} MB, facts ${heap.facts.toFixed(0)} MB, corpus stage ${heap.corpus.toFixed(0)} MB; ` : ''}CLI -j 2 ${cli.secs.toFixed(1)} s, ${cli.rssMb?.toFixed(0)} MB RSS`);
    }
  }
  const f = (n, d = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));
  if (rows.length) {
    console.log('| tool | MB/s | peak RSS (MB) | speed vs newscheck (2 threads) | RSS vs newscheck |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
  }
  for (const r of rows) {
    const speed = base?.mbs && r.mbs ? `${f(r.mbs / base.mbs, 2)}×` : '–';
    const mem = base?.rssMb && r.rssMb ? `${f(r.rssMb / base.rssMb, 2)}×` : '–';
    console.log(`| ${r.name}${r.note ? ` — ${r.note}` : ''} | ${r.mbs === undefined ? '–' : r.mbs.toPrecision(3)} | ${f(r.rssMb, 0)} | ${speed} | ${mem} |`);
  }

  if (stageTables[1] && stageTables[2]) {
    // Cold runs: medians over the runs; the cached runs ran once each.
    const columns = [[1, '1 thread, cold'], [2, '2 threads, cold'], ['cached', '--cache, second run'], ['edited', '--cache, one article edited']].filter(([k]) => stageTables[k]);
    // In the order of the run with the most stages (the edited one has the cache's too), then any others.
    const byLength = [...columns].sort((a, b) => stageTables[b[0]].size - stageTables[a[0]].size);
    const labels = [...new Set(byLength.flatMap(([k]) => [...stageTables[k].keys()]))];
    console.log(`\n| stage (NEWSCHECK_TIMING, s) | ${columns.map(([, name]) => name).join(' | ')} |\n| --- |${columns.map(() => ' ---: |').join('')}`);
    for (const l of labels) console.log(`| ${l} | ${columns.map(([k]) => f((stageTables[k].get(l) ?? NaN) / 1000, 2)).join(' | ')} |`);
  }

  if (memory.length) {
    console.log('\n| corpus | articles | text MB | documents on the heap (MB) | facts (MB) | corpus stage (MB) | CLI peak RSS, 2 threads (MB) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const m of memory) {
      const h = m.heap;
      console.log(`| Reuters-21578 ×${m.times} | ${h ? h.docs : '–'} | ${f(mb * m.times, 1)} | ${h ? f(h.documents, 0) : '–'} | ${h ? f(h.facts, 0) : '–'} | ${h ? f(h.corpus, 0) : '–'} | ${f(m.rss, 0)} |`);
    }
    const [a, b] = memory;
    if (a?.heap && b?.heap && a.rss && b.rss) {
      const grew = (k) => b.heap[k] - a.heap[k];
      console.log(`per extra MB of text: RSS +${f((b.rss - a.rss) / mb, 1)} MB, of which documents +${f(grew('documents') / mb, 1)}, facts +${f(grew('facts') / mb, 1)}, corpus stage +${f(grew('corpus') / mb, 1)} (main heap)`);
    }
  }

  const goals = [];
  if (only.has('startup')) {
    const times = [];
    for (let i = 0; i < 5; i++) times.push((await measure(process.execPath, [bin, shortFile, '--format', 'json'], {})).secs);
    times.sort((a, b) => a - b);
    const median = times[2];
    console.log(`\nstart-up: one article of ${short.text.length} characters, median of 5: ${median.toFixed(2)} s wall`);
    goals.push(['start-up on one short article ≤ 0.8 s', median <= 0.8, `${median.toFixed(2)} s`]);
  }
  const byName = (p) => rows.find((r) => r.name.startsWith(p));
  const one = byName('newscheck, 1 thread,');
  const cached = byName('newscheck, 2 threads, --cache');
  const wink1 = byName('wink-nlp bare pipeline (tokens, POS, sentences), 1');
  const wink2 = byName('wink-nlp bare pipeline (tokens, POS, sentences), 2');
  if (base?.mbs) {
    goals.push(['throughput on 2 threads ≥ 3 MB/s', base.mbs >= 3, `${f(base.mbs, 2)} MB/s`]);
    // What two threads give on this host, for the stack's own pipeline: the ceiling the scaling goal meets.
    const host = wink1?.mbs && wink2?.mbs ? ` (wink's bare pipeline on this host: 2 threads ${f(wink2.mbs / wink1.mbs, 2)}× one)` : '';
    goals.push(['2 threads ≥ 1.7× one', base.mbs / one.mbs >= 1.7, `${f(base.mbs / one.mbs, 2)}×${host}`]);
    const peak = Math.max(...rows.filter((r) => r.name.startsWith('newscheck')).map((r) => r.rssMb ?? 0));
    goals.push(['peak RSS ≤ 600 MB', peak <= 600, `${f(peak, 0)} MB`]);
    goals.push(['--cache second run ≥ 5× faster', base.secs / cached.secs >= 5, `${f(base.secs / cached.secs, 1)}× (${f(cached.secs, 2)} s vs ${f(base.secs, 2)} s)`]);
    const same = (a, b) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));
    goals.push(['same report for --concurrency 1, 2 and --cache', same(outs[1], outs[2]) && same(outs[2], outs.cached), same(outs[1], outs[2]) ? (same(outs[2], outs.cached) ? 'byte-identical' : 'cached report differs') : 'concurrency 1 and 2 differ']);
    const findings = existsSync(outs[2]) ? JSON.parse(readFileSync(outs[2], 'utf8')).summary?.findings : undefined;
    console.log(`newscheck findings on the corpus: ${findings ?? '–'}`);
  }
  if (base?.mbs && wink2?.mbs) goals.push(['faster than wink bare on 2 threads', base.mbs > wink2.mbs, `${f(base.mbs / wink2.mbs, 2)}×`]);
  if (goals.length) {
    console.log('\n| goal | met | measured |\n| --- | --- | --- |');
    for (const [g, ok, v] of goals) console.log(`| ${g} | ${ok ? 'yes' : '**no**'} | ${v} |`);
  }
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
}

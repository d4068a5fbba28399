// `newscheck [paths...]`: load, check, report, and set the exit code.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report } from '../core/report.js';
import type { Severity } from '../core/types.js';
import { activeRules, checkCorpus, neededFacts, type RuleSetting } from '../engine.js';
import { extractAll, minWorkerChars, startEarly, type ExtractPool } from './extract-pool.js';
import { codeFingerprint } from './code-fingerprint.js';
import { fingerprintFiles, openCache } from './facts-cache.js';
import { startProgress, whileShowing } from './progress.js';
import { createTimer, formatTimings, NO_TIMER } from '../core/timing.js';
import { FORMATTERS } from '../format/index.js';
import { formatInputError } from '../format/stylish.js';
import type { FormatContext } from '../format/types.js';
import { defaultKbFiles, loadKb } from '../know/load.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/load.js';
import { EXIT_TROUBLE, exitCodeFor } from './exit-code.js';
import { postProcess } from './ci-post.js';
import { printConfig, resolveSettings, type CiFlags } from './ci-settings.js';
import { writeAtomic, writeStdout } from './output.js';
import { openReportCache } from './report-cache.js';
import { SourceCache } from './source-cache.js';
import { discoverInputs, readInputs, type InputOptions, type Inputs } from './sources.js';
import { inputBytes, shouldRelaunch, type RelaunchContext, type Relauncher } from './relaunch.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';
import { nowOption } from './now-option.js';
import { RULES } from '../rules/index.js';

export interface CheckOptions extends CiFlags {
  format: string;
  output?: string;
  /** Undefined: from the config file, else `error`. */
  failOn?: Severity;
  /** --print-config [file]: print the effective config (for that file) and exit. */
  printConfig?: string | boolean;
  stdinFilename?: string;
  color: boolean;
  quiet: boolean;
  rule: string[];
  /** Worker threads for fact extraction (1 runs in this process), and whether they were chosen by default (`auto`: small inputs stay in this process). */
  concurrency: { threads: number; auto: boolean };
  /** Size limit per input file in MiB (--max-file-size); undefined: the default. */
  maxFileSize?: number;
  /** Reuse facts of unchanged documents from the cache at `cacheLocation`. */
  cache: boolean;
  cacheLocation: string;
  progress: boolean;
  /** --now: the day taken as today when dating undated documents (none is dated later); default: today (UTC). */
  now?: string;
  /** Set when running as the `newscheck` program: large inputs go on in a process with tuned heap flags (relaunch.ts). */
  relaunch?: Relauncher;
}

export function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const f of flags) {
    const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(f.trim());
    if (!m) throw new UsageError(`--rule expects ID=off|info|warning|error, got ${JSON.stringify(f)}`);
    if (!RULES.some((r) => r.meta.id === m[1])) throw new UsageError(`--rule: unknown rule ${JSON.stringify(m[1])} (see \`newscheck rules\`)`);
    out[m[1]] = { severity: m[2] as RuleSetting['severity'] };
  }
  return out;
}

/** What decides a re-launch (relaunch.ts): the size of the files that will be read, Node's options, a warm cache. */
function relaunchContext(files: string[], inputs: InputOptions, opts: CheckOptions, ignored: (file: string) => boolean): RelaunchContext {
  return {
    bytes: (enough) => inputBytes(files.filter((f) => !ignored(f)), inputs.cwd, inputs.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, enough),
    execArgv: process.execArgv,
    nodeOptions: process.env.NODE_OPTIONS,
    warmCache: opts.cache && existsSync(resolve(inputs.cwd, opts.cacheLocation)),
  };
}

/** Workers for a large input, started before it is read (see startEarly); none with a cache, which may hold most documents. */
function earlyWorkers(files: string[], inputs: InputOptions, opts: CheckOptions, kbFiles: string[]): ExtractPool | undefined {
  const threads = opts.concurrency.threads;
  if (opts.cache || threads < 2) return undefined;
  return startEarly(inputBytes(files, inputs.cwd, inputs.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, minWorkerChars(threads)), threads, kbFiles);
}

/** NEWSCHECK_TIMING turns timing on with any value but empty, 0, false, no and off. */
export function timingAsked(value: string | undefined): boolean {
  return value !== undefined && !/^(?:|0|false|no|off)$/i.test(value.trim());
}

export async function runCheck(paths: string[], opts: CheckOptions, cwd = process.cwd()): Promise<number> {
  // NEWSCHECK_TIMING=1 prints the wall time of each stage and rule on stderr at the end (as ESLint's TIMING=1).
  const recorder = timingAsked(process.env.NEWSCHECK_TIMING) ? createTimer() : undefined;
  const timer = recorder ?? NO_TIMER;
  timer.add('start-up', performance.now());
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new UsageError(`unknown format ${JSON.stringify(opts.format)} (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  const settings = resolveSettings(opts, parseRuleFlags(opts.rule), cwd);
  if (opts.printConfig !== undefined && opts.printConfig !== false) {
    await writeStdout(printConfig(settings, typeof opts.printConfig === 'string' ? opts.printConfig : undefined));
    return 0;
  }
  const rules = settings.rules.engine();
  if (paths.length === 0) throw new UsageError('no input paths given (try `newscheck seeds/` or `newscheck --help`)');
  const inputOptions: InputOptions = { cwd, ignore: settings.discoverIgnore, stdinFilename: opts.stdinFilename, maxFileBytes: opts.maxFileSize === undefined ? undefined : Math.floor(opts.maxFileSize * 1024 * 1024) };
  const found = timer.time('read', () => discoverInputs(paths, inputOptions));
  // Before anything large is loaded here: this process only waits while the re-launched one runs.
  if (opts.relaunch && shouldRelaunch(relaunchContext(found.files, inputOptions, opts, settings.configIgnored))) {
    const code = await opts.relaunch();
    if (code !== undefined) return code;
  }
  const kbFiles = settings.kb;
  const early = earlyWorkers(found.files.filter((f) => !settings.configIgnored(f)), inputOptions, opts, kbFiles);
  let inputs: Inputs;
  let engineReport: Report | undefined;
  // Whatever fails from here to the extraction (a bad --now, an unreadable cache ...), the early workers are stopped.
  try {
    const kb = timer.time('knowledge base', () => loadKb(kbFiles));
    inputs = timer.time('read', () => readInputs(paths, inputOptions, found));
    // Config ignore globs are relative to the config folder: applied to what was read.
    inputs.docs = inputs.docs.filter((d) => !settings.configIgnored(d.file));
    inputs.errors = inputs.errors.filter((e) => !settings.configIgnored(e.file));
    const engineOptions = { kb, rules, referenceDate: settings.date, toolVersion: VERSION, now: nowOption(opts.now), timer };
    const needs = neededFacts(activeRules(engineOptions));
    const cacheLocation = resolve(cwd, opts.cacheLocation);
    const kbFingerprint = opts.cache ? fingerprintFiles([...defaultKbFiles(), ...kbFiles]) : '';
    // The version and the compiled code: a cache written by another build is not reused.
    const build = opts.cache ? `${VERSION}+${codeFingerprint()}` : VERSION;
    const reportCache = opts.cache
      ? timer.time('cache read', () => openReportCache(cacheLocation, JSON.stringify([build, kbFingerprint, engineOptions.rules, engineOptions.referenceDate ?? null, engineOptions.now]), inputs.docs, inputs.errors))
      : undefined;
    engineReport = reportCache ? timer.time('cache read', () => reportCache.get()) : undefined;
    if (!engineReport) {
      const cache = opts.cache ? timer.time('cache read', () => openCache(cacheLocation, build, kbFingerprint, needs)) : undefined;
      const progress = startProgress(inputs.docs, opts.progress);
      const started = performance.now();
      const facts = await whileShowing(progress, () => extractAll(inputs.docs, { concurrency: opts.concurrency.threads, auto: opts.concurrency.auto, kb, kbFiles, needs, cache, pool: early, onDone: (d) => progress.tick(d) }));
      timer.add('extract', performance.now() - started);
      progress.stop(`checking ${inputs.docs.length.toLocaleString('en-US')} documents: stories, dates, rules`);
      let fresh: Report;
      try {
        if (cache) timer.time('cache write', () => cache.save());
        fresh = checkCorpus(inputs.docs, facts, engineOptions, inputs.errors);
      } finally {
        progress.done();
      }
      if (reportCache) timer.time('cache write', () => reportCache.set(fresh));
      engineReport = fresh;
    }
  } finally {
    await early?.destroy();
  }
  const sources = new SourceCache(cwd, inputs.stdin);
  // Per-file severities, suppressions, baseline and --quiet: post-processing of the engine's report.
  const post = timer.time('post-process', () => postProcess(engineReport, settings, sources, cwd, opts.quiet));
  const report = post.report;
  for (const note of post.notes) process.stderr.write(`newscheck: ${note}\n`);
  const ctx: FormatContext = { cwd, color: opts.color && !opts.output, lineOf: (file, line) => sources.lineOf(file, line) };
  const text = timer.time('format', () => formatter(report, ctx));
  const written = performance.now();
  if (opts.output) writeAtomic(resolve(cwd, opts.output), text);
  else await writeStdout(text);
  timer.add('write', performance.now() - written);
  if (recorder) process.stderr.write(formatTimings(recorder.entries(), performance.now()));
  if (report.inputErrors.length && opts.format !== 'stylish') {
    for (const e of report.inputErrors) process.stderr.write(`newscheck: ${formatInputError(e)}\n`);
  }
  const code = exitCodeFor(report, { failOn: settings.failOn, maxWarnings: settings.maxWarnings });
  return report.inputErrors.length ? EXIT_TROUBLE : code;
}

// `newscheck extract` (facts per document, as JSON) and `newscheck date` (each document's date and its evidence).
import type { Command } from 'commander';
import { locate } from '../core/document.js';
import type { Document, Span } from '../core/types.js';
import { activeRules, analyzeCorpus, analyzeDocument, neededFacts, type Analysis } from '../engine.js';
import type { KnowledgeBase } from '../know/kb.js';
import { loadKb } from '../know/load.js';
import { isIsoDate } from '../load/dates.js';
import { readInputs } from './sources.js';
import { nowOption } from './now-option.js';
import { UsageError } from './usage-error.js';
import { writeStdout } from './output.js';
import { VERSION } from './version.js';
import { EXIT_TROUBLE } from './exit-code.js';

interface AnalyzeOptions {
  date?: string;
  now?: string;
  kb: string[];
  ignore: string[];
  stdinFilename?: string;
}

function analyze(paths: string[], o: AnalyzeOptions): { analysis: Analysis; kb: KnowledgeBase; errors: number } {
  if (paths.length === 0) throw new UsageError('no input paths given');
  if (o.date !== undefined && !isIsoDate(o.date)) throw new UsageError(`--date expects a calendar date YYYY-MM-DD, got ${JSON.stringify(o.date)}`);
  const kb = loadKb(o.kb);
  const inputs = readInputs(paths, { cwd: process.cwd(), ignore: o.ignore, stdinFilename: o.stdinFilename });
  for (const e of inputs.errors) process.stderr.write(`newscheck: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
  const needs = neededFacts(activeRules({ kb, toolVersion: VERSION }));
  const facts = inputs.docs.map((d) => analyzeDocument(d, kb, needs));
  return { analysis: analyzeCorpus(inputs.docs, facts, { kb, referenceDate: o.date, now: nowOption(o.now) }), kb, errors: inputs.errors.length };
}

/** Adds file line/column to every object that has a span, recursively. */
function withPositions(doc: Document, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => withPositions(doc, v));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'span' || k === 'outer' || k === 'countedSpan' ? v : withPositions(doc, v);
  const span = (value as { span?: Span }).span;
  if (span && typeof span.start === 'number') {
    const loc = locate(doc, span);
    Object.assign(out, { line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn });
  }
  return out;
}

function common(cmd: Command): Command {
  return cmd
    .argument('[paths...]', 'files, folders or globs; - reads standard input')
    .option('--date <YYYY-MM-DD>', 'reference date for documents that carry none')
    .option('--now <YYYY-MM-DD>', 'the day taken as today: no undated document is dated later (default: today, UTC)')
    .option('--kb <file>', 'extra knowledge-base file (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--ignore <glob>', 'skip matching files (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--stdin-filename <name>', 'name to report for standard input');
}

export function registerAnalyzeCommands(program: Command, setExit: (code: number) => void): void {
  common(program.command('extract').description('print the facts found in each document (JSON)')).action(async (paths: string[], o: AnalyzeOptions) => {
    const { analysis, errors } = analyze(paths, o);
    const documents = analysis.entries.map((e) => ({
      id: e.doc.id,
      file: e.doc.file,
      date: { value: e.date.value, earliest: e.date.earliest, latest: e.date.latest, source: e.date.source },
      ...(e.story !== undefined ? { story: e.story } : {}),
      facts: withPositions(e.doc, { ...e.facts, storyKeys: undefined }),
    }));
    await writeStdout(JSON.stringify({ version: '1.0', tool: { name: 'newscheck', version: VERSION }, documents, stories: analysis.stories }, null, 2) + '\n');
    setExit(errors ? EXIT_TROUBLE : 0);
  });
  common(program.command('date').description("estimate each document's date and show the evidence (documents of one story are dated together)"))
    .option('-f, --format <name>', 'text or json', 'text')
    .action(async (paths: string[], o: AnalyzeOptions & { format: string }) => {
      const { analysis, errors } = analyze(paths, o);
      if (o.format === 'json') {
        const docs = analysis.entries.map((e) => ({ id: e.doc.id, file: e.doc.file, story: e.story, date: e.date }));
        await writeStdout(JSON.stringify({ documents: docs }, null, 2) + '\n');
      } else {
        const lines: string[] = [];
        for (const e of analysis.entries) {
          const d = e.date;
          const when = d.value ? d.value : d.earliest ? 'no single date' : 'unknown';
          lines.push(`${e.doc.id}: ${when}${d.earliest ? ` (between ${d.earliest} and ${d.latest})` : ''} [${d.source}]${e.story !== undefined ? ` story ${e.story}` : ''}`);
          for (const ev of d.evidence) {
            lines.push(`  ${ev.agrees ? '+' : '-'} ${ev.kind}: "${ev.text.replace(/\s+/g, ' ')}" -> ${ev.earliest}..${ev.latest} (weight ${ev.weight})`);
          }
        }
        await writeStdout(lines.join('\n') + '\n');
      }
      setExit(errors ? EXIT_TROUBLE : 0);
    });
}

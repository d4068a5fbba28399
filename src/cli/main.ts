// Command-line entry: commander wiring for `newscheck [paths...]` and its subcommands.
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { SEVERITIES } from '../core/types.js';
import { formatterNames } from '../format/index.js';
import { DEFAULT_MAX_FILE_MB, MAX_FILE_MB_CEILING } from '../load/load.js';
import { RULES, ruleById } from '../rules/index.js';
import { runCheck, type CheckOptions } from './check-command.js';
import { EXIT_TROUBLE } from './exit-code.js';
import { registerAnalyzeCommands } from './analyze-commands.js';
import { registerKbCommand } from './kb-command.js';
import { explainRule, listRules } from './rules-command.js';
import { endWithParent, relaunchNode, TUNED_HEAP_FLAGS, type Relauncher } from './relaunch.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const collect = (v: string, prev: string[]) => [...prev, v];

const EXAMPLES = `
Examples:
  $ newscheck seeds/                         check every article under seeds/
  $ newscheck 'news/**/*.md' --date 2025-05-11
  $ newscheck corpus.jsonl --format json > report.json
  $ cat article.txt | newscheck - --stdin-filename article.txt
  $ newscheck news/ --fail-on warning --max-warnings 10
  $ newscheck news/ --format sarif --output newscheck.sarif
  $ newscheck news/ --write-baseline .newscheck-baseline.json   adopt the gate on an existing corpus
  $ newscheck news/ --baseline .newscheck-baseline.json          report only new findings
  $ newscheck rules                          list the rules
  $ newscheck rules scraping-residue         explain one rule

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input errors.
`;

function useColor(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return Boolean(process.stdout.isTTY);
}

/** The progress bar is for people watching a terminal report, never mixed into machine output. */
function progressWanted(format: string, output: string | undefined): boolean {
  return format === 'stylish' || output !== undefined;
}

/** `relaunch`: how a large run goes on in a new process (main gives it; without it everything runs here). */
export function buildProgram(setExit: (code: number) => void, relaunch?: Relauncher): Command {
  const program = new Command();
  program
    .name('newscheck')
    // Options after a subcommand are the subcommand's ("extract --date X"), not swallowed by the same-named program option.
    .enablePositionalOptions()
    .description('Offline fact-consistency checker for English news text.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders (recursed) or globs; - reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames()).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (exit code unchanged)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run (default: the config\'s failOn, else error)').choices([...SEVERITIES]))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings expects a whole number, got ${JSON.stringify(v)}`);
      return n;
    })
    .option('--date <YYYY-MM-DD>', 'reference date for documents that carry none')
    .option('--now <YYYY-MM-DD>', 'the day taken as today: no undated document is dated later (default: today, UTC)')
    .option('--ignore <glob>', 'skip matching files (repeatable)', collect, [])
    .option('--stdin-filename <name>', 'name to report for standard input')
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collect, [])
    .option('--kb <file>', 'extra knowledge-base file, YAML or JSON (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only', false)
    .option('-c, --config <file>', 'config file (default: newscheck.config.json, .newscheckrc[.yaml|.yml] or package.json "newscheck", searched from here upward)')
    .option('--no-config', 'use no config file')
    .option('--print-config [file]', 'print the effective config (rules as they apply to file) and exit')
    .option('--report-unused-disables', 'report newscheck-disable comments and config suppressions that suppress nothing')
    .option('--baseline <file>', 'hide the findings recorded in this baseline file; list stale entries')
    .option('--write-baseline <file>', 'record the current findings in a baseline file (and hide them)')
    .option('--prune-baseline', 'remove stale entries from the --baseline file')
    .option('-j, --concurrency <n|auto>', 'threads for extraction, this one and n-1 workers (1 = this process alone; auto: one per core, at most 8, and small inputs in this process alone)', (v) => {
      if (v === 'auto') return 'auto';
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency expects a whole number >= 1 or auto, got ${JSON.stringify(v)}`);
      return n;
    }, 'auto')
    .option('--max-file-size <MiB>', `skip (and report) files larger than this (default ${DEFAULT_MAX_FILE_MB}, at most ${MAX_FILE_MB_CEILING})`, (v) => {
      const n = Number(v);
      if (!(n > 0 && n <= MAX_FILE_MB_CEILING)) throw new UsageError(`--max-file-size expects a number of MiB above 0 and at most ${MAX_FILE_MB_CEILING}, got ${JSON.stringify(v)}`);
      return n;
    }, DEFAULT_MAX_FILE_MB)
    .option('--cache', 'reuse facts of unchanged documents from the cache', false)
    .option('--cache-location <path>', 'cache file or folder', '.newscheck-cache')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--no-color', 'no colours in the terminal report')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const opts: CheckOptions = {
        format: o.format as string,
        output: o.output as string | undefined,
        failOn: o.failOn as CheckOptions['failOn'],
        maxWarnings: o.maxWarnings as number | undefined,
        date: o.date as string | undefined,
        now: o.now as string | undefined,
        ignore: o.ignore as string[],
        stdinFilename: o.stdinFilename as string | undefined,
        color: useColor(o.color as boolean | undefined),
        quiet: Boolean(o.quiet),
        rule: o.rule as string[],
        kb: o.kb as string[],
        config: o.config as string | false | undefined,
        printConfig: o.printConfig as string | boolean | undefined,
        reportUnusedDisables: o.reportUnusedDisables as boolean | undefined,
        baseline: o.baseline as string | undefined,
        writeBaseline: o.writeBaseline as string | undefined,
        pruneBaseline: Boolean(o.pruneBaseline),
        concurrency: o.concurrency === 'auto' ? { threads: Math.max(1, Math.min(availableParallelism(), 8)), auto: true } : { threads: o.concurrency as number, auto: false },
        maxFileSize: o.maxFileSize as number,
        cache: Boolean(o.cache),
        cacheLocation: o.cacheLocation as string,
        progress: o.progress !== false && progressWanted(o.format as string, o.output as string | undefined),
        relaunch,
      };
      setExit(await runCheck(paths, opts));
    });

  program
    .command('rules')
    .description('list the rules, or explain one')
    .argument('[id]', 'rule id')
    .action((id?: string) => {
      if (!id) {
        process.stdout.write(listRules(RULES));
        return;
      }
      const rule = ruleById(id);
      if (!rule) throw new UsageError(`unknown rule ${JSON.stringify(id)} (see \`newscheck rules\`)`);
      process.stdout.write(explainRule(rule));
    });
  registerKbCommand(program);
  registerAnalyzeCommands(program, setExit);
  return program;
}

export interface MainOptions {
  /**
   * The script that runs this program (bin/newscheck.js gives its own path): a large run may go on in a new
   * process running it with the same arguments (relaunch.ts). Embedded, without it, everything runs here.
   */
  relaunchScript?: string;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  let code = 0;
  const script = options.relaunchScript;
  if (script) endWithParent();
  const program = buildProgram(
    (c) => {
      code = c;
    },
    script ? () => relaunchNode(TUNED_HEAP_FLAGS, [script, ...argv.slice(2)]) : undefined,
  );
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return EXIT_TROUBLE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`newscheck: ${e.message}\n`);
      return EXIT_TROUBLE;
    }
    const err = e as Error & { file?: string };
    process.stderr.write(`newscheck: ${err.message}\n`);
    return EXIT_TROUBLE;
  }
}

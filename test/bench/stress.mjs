// Stress benchmark: time and peak memory of the CLI on hostile inputs, next to 5 MB of ordinary news text.
// The inputs are generated into a temp folder at run time (never committed) and removed afterwards.
// Usage: npm run bench:stress [-- --only <name,...>] [--size-mb 5] [--huge-mb 200] [--full-huge]
//   --full-huge also checks the huge file in full (with --max-file-size 500) instead of the default limit.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir, readReuters } from './corpora.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/newscheck.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const SIZE = Number(arg('size-mb', '5')) * 1024 * 1024;
const HUGE = Number(arg('huge-mb', '200')) * 1024 * 1024;
const ONLY = arg('only', '')?.split(',').filter(Boolean) ?? [];

/** Ordinary English news: Reuters-21578 bodies when the corpora are present, else the seed articles. */
function ordinarySource() {
  const dir = corporaDir(() => {});
  if (dir) {
    try {
      return { name: 'Reuters-21578 bodies', text: readReuters(dir).map((r) => r.text).join('\n\n') };
    } catch {
      // fall through to the seeds
    }
  }
  const seeds = join(ROOT, 'seeds');
  return { name: 'seeds/*.txt', text: readdirSync(seeds).sort().map((f) => readFileSync(join(seeds, f), 'utf8')).join('\n\n') };
}

/** `unit` repeated (or cycled from a list) up to `size` characters. */
function fill(unit, size = SIZE) {
  if (typeof unit === 'string') return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  let s = '';
  for (let i = 0; s.length < size; i++) s += unit[i % unit.length];
  return s.slice(0, size);
}

const CAPS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima'];
const FIRST = ['John', 'Maria', 'Ahmed', 'Olena', 'Wei', 'Fatima', 'Pierre', 'Anna', 'Kenji', 'Lucia'];
const LAST = ['Smith', 'Kovalenko', 'Haddad', 'Chen', 'Dubois', 'Rossi', 'Tanaka', 'Novak', 'Garcia', 'Okafor'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The hostile classes: name -> text (all about SIZE unless said otherwise). */
function classes(ordinary) {
  return {
    'ordinary news (5 MB)': fill(ordinary),
    'one char: "': fill('"'),
    'one char: “': fill('\u201c'),
    'one char: -': fill('-'),
    'one char: —': fill('\u2014'),
    'one char: 7': fill('7'),
    'one char: space': fill(' '),
    'one char: newline': fill('\n'),
    'one char: A': fill('A'),
    'one char: .': fill('.'),
    "one char: '": fill("'"),
    'token: "President "': fill('President '),
    'token: "U.S. "': fill('U.S. '),
    'token: "May 5, 2025 "': fill('May 5, 2025 '),
    'token: "12,345 "': fill('12,345 '),
    'token: "\\"Yes,\\" he said. "': fill('"Yes," he said. '),
    'token: "Leave a Reply\\n"': fill('Leave a Reply\n'),
    'token: "former "': fill('former '),
    'capitalised words, no stop': fill(CAPS.map((w) => `${w} `)),
    'digits and separators': fill(['1,', '000.', '5-', '2025/', '12:30 ']),
    '100,000 opening quotes': '\u201c'.repeat(100_000),
    '100,000 opening quotes + words': '\u201cword '.repeat(100_000),
    '10,000 dates in one article': Array.from({ length: 10_000 }, (_, i) => `On ${MONTHS[i % 12]} ${(i % 28) + 1}, ${1990 + (i % 35)} the council met.`).join(' '),
    '10,000 names in one article': Array.from({ length: 10_000 }, (_, i) => `President ${FIRST[i % 10]} ${LAST[(i * 7) % 10]} said "we agree".`).join(' '),
  };
}

function run(file, extra = []) {
  const probe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nMAXRSS "+process.resourceUsage().maxRSS+"\\n"))';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, BIN, file, '--format', 'json', '--no-config', '--no-progress', '--date', '2025-05-11', '-j', '1', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  let findings = '?';
  let inputErrors = '';
  try {
    const rep = JSON.parse(r.stdout);
    findings = String(rep.summary.findings);
    inputErrors = rep.inputErrors.map((e) => e.message).join('; ');
  } catch {
    inputErrors = `no JSON report; stderr: ${r.stderr.split('\n').find((l) => l.trim() && !l.startsWith('MAXRSS')) ?? ''}`;
  }
  return { seconds, rss, code: r.status ?? r.signal, findings, inputErrors };
}

function writeHuge(path, bytes, unit) {
  const fd = openSync(path, 'w');
  const chunk = Buffer.from(fill(unit, 4 * 1024 * 1024));
  for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  closeSync(fd);
}

const dir = mkdtempSync(join(tmpdir(), 'newscheck-stress-'));
try {
  const ord = ordinarySource();
  console.log(`newscheck stress benchmark: ${(SIZE / 1048576).toFixed(0)} MB per class, -j 1, ordinary text from ${ord.name}; node ${process.version}`);
  const rows = [];
  let base;
  for (const [name, text] of Object.entries(classes(ord.text))) {
    if (ONLY.length && !ONLY.some((o) => name.includes(o))) continue;
    const file = join(dir, 'input.txt');
    writeFileSync(file, text);
    const r = run(file);
    base ??= r.seconds;
    rows.push({ name, mb: Buffer.byteLength(text) / 1048576, ...r });
  }
  if (!ONLY.length || ONLY.some((o) => 'huge'.includes(o))) {
    const file = join(dir, 'huge.txt');
    writeHuge(file, HUGE, fill(ord.text, 4 * 1024 * 1024));
    const full = process.argv.includes('--full-huge');
    const r = run(file, full ? ['--max-file-size', '500'] : []);
    rows.push({ name: `huge single file${full ? ' (--max-file-size 500)' : ' (default limit)'}`, mb: HUGE / 1048576, ...r });
    rmSync(file);
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('input', 34)} ${pad('MB', 6)} ${pad('seconds', 8)} ${pad('× ordinary', 10)} ${pad('peak RSS MB', 12)} ${pad('exit', 5)} ${pad('findings', 9)} input errors`);
  for (const r of rows) {
    const ratio = base ? (r.seconds / base).toFixed(2) : '';
    console.log(`${pad(r.name, 34)} ${pad(r.mb.toFixed(1), 6)} ${pad(r.seconds.toFixed(2), 8)} ${pad(ratio, 10)} ${pad(r.rss.toFixed(0), 12)} ${pad(r.code, 5)} ${pad(r.findings, 9)} ${r.inputErrors}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

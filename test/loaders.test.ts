import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { locate } from '../src/core/document.js';
import { loadBytes, loadFile, parseSource } from '../src/load/load.js';
import { discover } from '../src/load/discover.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('text and markdown', () => {
  it('strips a BOM and reads a file with no trailing newline', () => {
    const r = loadBytes(enc('\uFEFFHello world'), 'a.txt', 0);
    expect(r.errors).toEqual([]);
    expect(r.docs[0].text).toBe('Hello world');
  });
  it('reads front matter date, title, source and url', () => {
    const r = parseSource('---\ndate: 2025-05-11\ntitle: "T"\nsource: Wire\nurl: https://example.org/a\n---\nBody.', 'a.md', 0);
    expect(r.docs[0].meta).toMatchObject({ date: '2025-05-11', dateSource: 'metadata', title: 'T', source: 'Wire', url: 'https://example.org/a' });
    expect(r.docs[0].text.trim()).toBe('Body.');
  });
  it('reports an impossible front-matter date with its line', () => {
    const r = parseSource('---\ntitle: T\ndate: 2025-02-30\n---\nBody.', 'a.md', 0);
    expect(r.errors).toEqual([{ file: 'a.md', line: 3, message: 'invalid date in front matter: "2025-02-30"' }]);
    expect(r.docs).toHaveLength(1);
  });
  it('reports invalid YAML front matter', () => {
    const r = parseSource('---\ntitle: [unclosed\n---\nBody.', 'a.md', 0);
    expect(r.errors[0].file).toBe('a.md');
    expect(r.errors[0].message).toMatch(/^invalid YAML front matter/);
  });
  it('reports an empty file and a whitespace-only file', () => {
    expect(loadBytes(enc(''), 'e.txt', 0).errors).toEqual([{ file: 'e.txt', message: 'empty file' }]);
    expect(loadBytes(enc('  \n\t\n'), 'w.txt', 0).errors).toEqual([{ file: 'w.txt', message: 'no text (only whitespace)' }]);
  });
  it('skips a binary file with a message', () => {
    const r = loadBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.txt', 0);
    expect(r.docs).toEqual([]);
    expect(r.errors).toEqual([{ file: 'x.txt', message: 'binary file (NUL or control bytes), skipped' }]);
  });
  it('decodes invalid UTF-8 with replacement and reports it', () => {
    const r = loadBytes(new Uint8Array([0x61, 0xff, 0x62]), 'u.txt', 0);
    expect(r.docs[0].text).toBe('a\uFFFDb');
    expect(r.errors).toEqual([{ file: 'u.txt', message: 'invalid UTF-8 (bytes replaced with U+FFFD)' }]);
  });
});

describe('HTML', () => {
  it('keeps the text, drops tags, scripts and styles, and breaks blocks into lines', () => {
    const r = parseSource('<html><head><style>p{}</style><script>var x = "<p>";</script></head><body><p>One &amp; two.</p><p>Three</p></body></html>', 'a.html', 0);
    expect(r.docs[0].text.split('\n').filter(Boolean)).toEqual(['One & two.', 'Three']);
  });
});

describe('JSON and JSONL', () => {
  it('reads records with text/body/content, title, date/published and id', () => {
    const src = '{"id":"a","date":"2025-05-11","title":"T","text":"x"}\n{"url":"u","published":"2025-05-12T10:00:00Z","body":"y"}\n{"content":"z"}\n';
    const r = parseSource(src, 'c.jsonl', 0);
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => [d.id, d.text, d.meta.date])).toEqual([
      ['c.jsonl#a', 'x', '2025-05-11'],
      ['c.jsonl#u', 'y', '2025-05-12'],
      ['c.jsonl#L3', 'z', undefined],
    ]);
  });
  it('reports a bad line with its number and reads the rest', () => {
    const r = parseSource('{"text":"a"}\n{"text": broken}\n{"text":"c"}\n', 'c.jsonl', 0);
    expect(r.docs.map((d) => d.text)).toEqual(['a', 'c']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'c.jsonl', line: 2 });
    expect(r.errors[0].message).toMatch(/^invalid JSON at column 10/);
  });
  it('reports a record without text', () => {
    const r = parseSource('{"title":"no body"}\n', 'c.jsonl', 0);
    expect(r.errors).toEqual([{ file: 'c.jsonl', line: 1, message: 'record has no text (expected a string field text, body, content)' }]);
  });
  it('reads a JSON array of records', () => {
    const r = parseSource('[\n {"id": 1, "text": "a"},\n {"id": 2, "text": "b"}\n]', 'c.json', 0);
    expect(r.docs.map((d) => d.id)).toEqual(['c.json#1', 'c.json#2']);
  });
  it('treats an id like a path as a label only', () => {
    const r = parseSource('{"id":"../../etc/passwd","text":"a"}', 'c.json', 0);
    expect(r.docs[0].id).toBe('c.json#../../etc/passwd');
    expect(r.docs[0].file).toBe('c.json');
  });
});

describe('JSON strings: where they end, what they hold, where each character sits in the file', () => {
  // [what, a JSONL line, the text read, or the error at its column]
  it.each([
    ['plain', '{"text":"plain words"}', 'plain words'],
    ['an escaped quote is no end', '{"text":"say \\"yes\\" now"}', 'say "yes" now'],
    ['an escaped backslash before the closing quote', '{"text":"C:\\\\"}', 'C:\\'],
    ['three backslashes: a backslash and an escaped quote', '{"text":"a\\\\\\"b"}', 'a\\"b'],
    ['unicode escapes and a surrogate pair', '{"text":"\\u00e9t\\u00e9 \\ud83d\\ude00!"}', 'été 😀!'],
    ['empty', '{"text":""}', ''],
    ['a quote inside another field first', '{"title":"\\"Q\\"","text":"body"}', 'body'],
    ['unterminated', '{"text":"no end', /^invalid JSON at column 16: unexpected end of JSON \(unterminated string\)/],
    ['a raw control character', '{"text":"tab\there"}', /^invalid JSON at column 13: unexpected "\\t" \(control character in string\)/],
    ['a bad escape', '{"text":"bad \\x escape"}', /^invalid JSON at column 9: unexpected "\\"" \(invalid string\)/],
    ['a short unicode escape', '{"text":"\\u12"}', /^invalid JSON at column 9: unexpected "\\"" \(invalid string\)/],
  ])('%s', (_what, line, expected) => {
    const r = parseSource(`${line}\n`, 'c.jsonl', 0);
    if (typeof expected === 'string') {
      expect(r.errors).toEqual([]);
      expect(r.docs.map((d) => d.text)).toEqual([expected]);
    } else {
      expect(r.docs).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].message).toMatch(expected);
    }
  });
  it('each character of a text with escapes leads back to the file characters that wrote it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '"', '\\', '\t', 'é', '😀', '\u2028', '/'), { maxLength: 40 }), fc.boolean(), (parts, unicode) => {
        const text = parts.join('');
        // JSON.stringify writes \n, \", \\; the unicode variant writes every non-ASCII unit as \uXXXX as well.
        const body = unicode ? JSON.stringify(text).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : JSON.stringify(text);
        const src = `{"id":1,"text":${body}}`;
        const [doc] = parseSource(src, 'c.jsonl', 0).docs;
        expect(doc.text).toBe(text);
        for (let i = 0; i < text.length; i++) {
          const loc = locate(doc, { start: i, end: i + 1 });
          expect(JSON.parse(`"${src.slice(loc.offset, loc.endOffset)}"`)).toBe(text[i]);
        }
      }),
    );
  });
});

describe('files on disk', () => {
  it('reports an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-'));
    const f = join(dir, 'secret.txt');
    writeFileSync(f, 'text');
    chmodSync(f, 0o000);
    const r = loadFile(f, 'secret.txt', 0);
    // root can read anything; then the file simply loads.
    if (process.getuid?.() === 0) expect(r.docs).toHaveLength(1);
    else expect(r.errors).toEqual([{ file: 'secret.txt', message: 'cannot read file: permission denied' }]);
  });
  it('reports a missing file', () => {
    expect(loadFile('/nonexistent/x.txt', 'x.txt', 0).errors).toEqual([{ file: 'x.txt', message: 'cannot read file: no such file or directory' }]);
  });
  it('discovers folders, globs and ignores, skipping node_modules and .git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-'));
    for (const f of ['a.txt', 'b.md', 'c.bin', 'skip/d.txt', 'node_modules/e.txt', '.git/f.txt', 'g.html']) {
      const p = join(dir, f);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, 'x');
    }
    writeFileSync(join(dir, '.newscheckignore'), '# comment\nskip/\n');
    const r = discover(['.', 'missing.txt'], { cwd: dir, ignore: ['*.html'] });
    expect(r.files).toEqual(['a.txt', 'b.md']);
    expect(r.errors).toEqual([{ file: 'missing.txt', message: 'no such file or directory' }]);
    expect(discover(['*.md'], { cwd: dir }).files).toEqual(['b.md']);
  });
});

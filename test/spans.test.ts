import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex } from '../src/core/lines.js';
import { locate, makeDocument } from '../src/core/document.js';
import { parseSource } from '../src/load/load.js';

describe('LineIndex', () => {
  const cases: Array<[string, number, number, number]> = [
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['\n\n', 2, 3, 1],
    ['😀x\ny', 2, 1, 3], // an astral character is two UTF-16 units
  ];
  it.each(cases)('%j offset %i -> %i:%i', (text, offset, line, column) => {
    const li = new LineIndex(text);
    expect(li.position(offset)).toEqual({ line, column });
    expect(li.offset({ line, column })).toBe(offset);
  });

  it('numbers lines as a split at CRLF, CR and LF does, with or without carriage returns in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', 'é', '\n\n'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const li = new LineIndex(text);
        expect(li.lineCount).toBe(text.split(/\r\n|\r|\n/).length);
        for (let o = 0; o <= text.length; o++) {
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          expect(li.position(o).line).toBe(text.slice(0, o).split(/\r\n|\r|\n/).length);
        }
      }),
    );
  });
  it('round-trips every offset of random text with CRLF, CR and astral characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '😀', 'é', '\u2028'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const li = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          // The middle of a CRLF pair is not a position of its own.
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          expect(li.offset(li.position(o))).toBe(o);
        }
      }),
    );
  });
});

describe('locate', () => {
  it('gives line/column and the exact text of a span', () => {
    const doc = makeDocument({ file: 'a.txt', text: 'Line one.\r\nSecond 😀 line here.' });
    const start = doc.text.indexOf('line here');
    const loc = locate(doc, { start, end: start + 9 });
    expect(loc).toMatchObject({ line: 2, column: 11, endLine: 2, endColumn: 20, text: 'line here', offset: start, endOffset: start + 9 });
  });

  it('keeps file positions under front matter', () => {
    const src = '---\ntitle: T\ndate: 2025-05-11\n---\nBody text here.\n';
    const { docs } = parseSource(src, 'a.md', 0);
    const doc = docs[0];
    expect(doc.meta.date).toBe('2025-05-11');
    const start = doc.text.indexOf('text');
    expect(start).toBe(src.indexOf('text'));
    expect(locate(doc, { start, end: start + 4 })).toMatchObject({ line: 5, column: 6, text: 'text' });
  });

  it('maps decoded HTML back to the file, entities included', () => {
    const src = '<html><body>\n<p>Fish &amp; chips &mdash; cheap.</p>\n</body></html>';
    const doc = parseSource(src, 'a.html', 0).docs[0];
    const start = doc.text.indexOf('& chips —');
    const loc = locate(doc, { start, end: start + '& chips —'.length });
    expect(loc.text).toBe('& chips —');
    expect(src.slice(loc.offset, loc.endOffset)).toBe('&amp; chips &mdash;');
    expect(loc).toMatchObject({ line: 2, column: 9 });
  });

  it('maps decoded JSONL text (escapes included) back to the record line', () => {
    const src = '{"id":"a","text":"First."}\n{"id":"b","text":"He said \\u201chi\\u201d.\\nNext line."}\n';
    const doc = parseSource(src, 'a.jsonl', 0).docs[1];
    const start = doc.text.indexOf('“hi”');
    const loc = locate(doc, { start, end: start + 4 });
    expect(loc.text).toBe('“hi”');
    expect(src.slice(loc.offset, loc.endOffset)).toBe('\\u201chi\\u201d');
    expect(loc.line).toBe(2);
    const n = doc.text.indexOf('Next');
    expect(src.slice(locate(doc, { start: n, end: n + 4 }).offset, locate(doc, { start: n, end: n + 4 }).endOffset)).toBe('Next');
  });
});

// Rule: scraping residue — page furniture, comment widgets, markup and stray counters left in article text.
import type { FindingDraft } from '../core/types.js';
import { COUNTER_LINE, MARKUP, WIDGET_LINES } from './residue-patterns.js';
import type { DocumentRule } from './types.js';

interface Line {
  start: number;
  end: number;
  /** Trimmed text and where it starts. */
  text: string;
  at: number;
}

/**
 * Any widget line, in one test: the patterns joined as alternatives. Every one is anchored at the line's
 * start, so the alternation is too, and a line of prose is rejected at its first letters instead of by
 * nineteen separate tests (most news lines are prose: this was most of the rule's time).
 */
const ANY_WIDGET = new RegExp(WIDGET_LINES.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');
if (WIDGET_LINES.some((p) => p.pattern.flags !== 'i')) throw new Error('scraping-residue: widget patterns must all be case-insensitive (and only that)');

/** Markup can be on a line only if it is somewhere in the text: one scan of the text per pattern first. */
function mayHoldMarkup(text: string): boolean {
  return MARKUP.some((p) => p.pattern.test(text));
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: m.index, end: m.index + raw.length, text: raw.trim(), at: m.index + lead });
    if (m.index + raw.length >= text.length) break;
    re.lastIndex = m.index + raw.length + (text[m.index + raw.length] === '\r' && text[m.index + raw.length + 1] === '\n' ? 2 : 1);
  }
  return out;
}

/**
 * A standalone counter: a short number alone on its line, directly next to another counter line (like and
 * share counts come in runs: "0" / "45"), or a lone zero. A lone number between paragraphs is a list or
 * section number, not residue.
 */
function isStrayCounter(lines: Line[], i: number): boolean {
  if (!COUNTER_LINE.test(lines[i].text)) return false;
  const prev = lines[i - 1]?.text ?? '';
  const next = lines[i + 1]?.text ?? '';
  if (COUNTER_LINE.test(prev) || COUNTER_LINE.test(next)) return true;
  return lines[i].text === '0' && prev.length < 40 && next.length < 40;
}

export const scrapingResidue: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'scraping-residue',
    description: 'Page furniture, comment widgets, template markup or stray counters left in the article text.',
    defaultSeverity: 'warning',
    needs: [],
    docs: {
      catches:
        'Lines that are website furniture rather than article prose ("Post a Comment", "0 Comments", "Leave a Reply", share buttons, cookie banners), template or HTML markup inside plain text (expr:class=\'data:blog.pageType\'>, <div class=...>, {{ placeholders }}, &nbsp;), and numbers standing alone on a line (like or comment counters).',
      why: 'Residue shows the text was scraped without cleaning; it pollutes quotes, counts and downstream datasets, and may hide that parts of the article are missing.',
      example: { text: 'Post a Comment', message: 'Scraping residue (comment widget): "Post a Comment" is page furniture, not article text.' },
      fix: 'Remove the line, or re-extract the article body with a cleaner that drops page templates.',
    },
  },
  check({ doc }) {
    const out: FindingDraft[] = [];
    const lines = linesOf(doc.text);
    const markup = mayHoldMarkup(doc.text);
    lines.forEach((line, i) => {
      if (!line.text) return;
      const span = { start: line.at, end: line.at + line.text.length };
      const widget = line.text.length <= 120 && ANY_WIDGET.test(line.text) ? WIDGET_LINES.find((p) => p.pattern.test(line.text)) : undefined;
      if (widget) {
        out.push({ span, message: `Scraping residue (${widget.label}): "${line.text}" is page furniture, not article text.`, actual: line.text });
        return;
      }
      for (const p of markup ? MARKUP : []) {
        const m = p.pattern.exec(line.text);
        if (m) {
          const start = line.at + m.index;
          out.push({ span: { start, end: start + m[0].length }, message: `Scraping residue (${p.label}): markup "${m[0]}" inside the article text.`, actual: m[0] });
          return;
        }
      }
      if (isStrayCounter(lines, i)) {
        out.push({ span, message: `Scraping residue (stray counter): the number "${line.text}" stands alone on its line, like a share or comment count.`, actual: line.text, severity: 'info' });
      }
    });
    return out;
  },
};

// Rule: scraping residue — page furniture, comment widgets, markup and stray counters left in article text.
import type { FindingDraft } from '../core/types.js';
import { COUNTER_LINE, MARKUP, WIDGET_LINES, type ResiduePattern } from './residue-patterns.js';
import type { DocumentRule } from './types.js';

interface Line {
  start: number;
  end: number;
  /** Trimmed text and where it starts. */
  text: string;
  at: number;
}

/**
 * One regex that matches a line when any of the widget patterns does. Every line of every document is
 * tested: one test instead of nineteen, and a character test before the six markup patterns, took the
 * rule from 500 to 115 ms on Reuters-21578 (time in the serial corpus stage). Each pattern is anchored
 * and self-contained (no backreferences), so the union matches exactly the lines one of them matches;
 * the first matching pattern is then looked up as before.
 */
function union(patterns: ResiduePattern[]): RegExp {
  const flags = new Set(patterns.map((p) => p.pattern.flags));
  if (flags.size !== 1) throw new Error('residue patterns of one list must share their flags');
  return new RegExp(patterns.map((p) => `(?:${p.pattern.source})`).join('|'), [...flags][0]);
}
const ANY_WIDGET = union(WIDGET_LINES);
/** Every markup pattern needs one of these characters (expr: / data: / <tag / {{ / &entity; / attr=): lines without skip them. */
const MARKUP_CHAR = /[:<{&=]/;

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
    lines.forEach((line, i) => {
      if (!line.text) return;
      const span = { start: line.at, end: line.at + line.text.length };
      const widget = line.text.length <= 120 && ANY_WIDGET.test(line.text) ? WIDGET_LINES.find((p) => p.pattern.test(line.text)) : undefined;
      if (widget) {
        out.push({ span, message: `Scraping residue (${widget.label}): "${line.text}" is page furniture, not article text.`, actual: line.text });
        return;
      }
      if (MARKUP_CHAR.test(line.text)) {
        for (const p of MARKUP) {
          const m = p.pattern.exec(line.text);
          if (m) {
            const start = line.at + m.index;
            out.push({ span: { start, end: start + m[0].length }, message: `Scraping residue (${p.label}): markup "${m[0]}" inside the article text.`, actual: m[0] });
            return;
          }
        }
      }
      if (isStrayCounter(lines, i)) {
        out.push({ span, message: `Scraping residue (stray counter): the number "${line.text}" stands alone on its line, like a share or comment count.`, actual: line.text, severity: 'info' });
      }
    });
    return out;
  },
};

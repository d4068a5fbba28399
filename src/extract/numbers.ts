// Numbers with what they count: "four Ukrainian regions", "at least five regions", "524 aerial drones", "30-day ceasefire".
import type { Span } from '../core/types.js';
import type { Hedge, NumberFact } from './types.js';

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const HEDGES: Array<[RegExp, Hedge]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at-least'],
  [/\b(?:at most|no more than|a maximum of)\s+$/i, 'at-most'],
  [/\b(?:up to)\s+$/i, 'up-to'],
  [/\b(?:more than|over|upwards of|in excess of)\s+$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below)\s+$/i, 'less-than'],
  [/\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to)\s+$/i, 'about'],
  [/\b(?:exactly|precisely|only|just)\s+$/i, 'exactly'],
];

/** The first hedge (in HEDGES order) written right before a figure, with its match. */
function hedgeBefore(before: string): { m: RegExpExecArray; h: Hedge } | undefined {
  for (const [re, h] of HEDGES) {
    const m = re.exec(before);
    if (m) return { m, h };
  }
  return undefined;
}

/** Words that end a counted phrase. */
const STOP = new Set(
  'a an the of in on at by to for from with and or but as that which who whom whose than was were is are be been being has have had will would could should may might can said says this these those its their his her our your it they he she we you i not no so if then when while after before during since until per each every into over under about against between among through including according claimed killed wounded injured'.split(' '),
);

const NUMBER = new RegExp(
  String.raw`\b(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(${Object.keys(WORD_VALUES).join('|')}))(?:[\s-]+(${Object.keys(SCALE).join('|')}))?(?:-(day|hour|week|month|year|minute|point|member|nation|country|state|story|mile|kilometre|kilometer))?\b`,
  'gi',
);

/** Time zones and the words that mark a bare figure as a time of day ("0241 GMT", "1430 hours local time"). */
const ZONE = /^\s*(?:GMT|UTC|Z|[ECMP][SD]T|BST|CET|CEST|IST|JST|local time|(?:hours?|hrs?|HOURS?|HRS?)\.?\s+(?:GMT|UTC|[ECMP][SD]T|BST|CET|local))\b/;

/**
 * A time of day, not a count: the minutes of "02:41" (read after the hours were skipped), a 24-hour "0241"
 * or "1430" before a time zone, or hours before one ("9 GMT").
 */
export function isClockTime(before: string, figure: string, after: string): boolean {
  if (/\d[:.]$/.test(before)) return true;
  return /^\d{1,4}$/.test(figure) && ZONE.test(after);
}

/** The last group of a figure whose thousands a tokeniser spaced out ("230 , 000 people"): not a count of its own. */
export function isThousandsGroup(before: string, figure: string): boolean {
  return /^\d{3}$/.test(figure) && /\d\s+,\s+$/.test(before);
}

/** Hyphenated units become part of what is counted: "30-day ceasefire" counts a ceasefire of 30 days. */
export function extractNumbers(text: string, sentences: Span[]): NumberFact[] {
  const out: NumberFact[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)\b/i.test(sentence)) continue;
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
      const start = s.start + m.index;
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      const after = sentence.slice(m.index + m[0].length);
      // Dates, times, money, percentages, years and ordinals are other facts.
      if (/[$€£¥]\s*$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/i.test(before)) continue;
      if (/^(?:\s*(?:%|(?:percent|per cent|st|nd|rd|th|am|pm)\b|a\.m\.|p\.m\.)|:\d|[.,]\d|\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i.test(after)) continue;
      if (isClockTime(before, m[0], after) || isThousandsGroup(before, m[0])) continue;
      if (m[1] && /^(1[89]|20)\d\d$/.test(m[1]) && !m[4]) continue;
      // Long digit strings without separators are ids and dates (20130504), not counts.
      if (m[1] && /^\d{5,}$/.test(m[1])) continue;
      let value = m[1] ? Number(m[1].includes(',') ? m[1].replace(/,/g, '') : m[1]) : WORD_VALUES[m[2].toLowerCase()];
      if (m[3]) value *= SCALE[m[3].toLowerCase()];
      // A figure too long for a double (over 300 digits, or scaled past it) is no count, and Infinity would not
      // survive the JSON that carries facts back from the workers.
      if (!Number.isFinite(value)) continue;
      if (/^one$/i.test(m[2] ?? '') && !m[4]) continue; // "one" is mostly a pronoun
      const words: string[] = [];
      let countedEnd = 0;
      const wordRe = /[ \t]*([A-Za-z][A-Za-z'’-]*)/y;
      wordRe.lastIndex = 0;
      for (let w = wordRe.exec(after); w && words.length < 3; w = wordRe.exec(after)) {
        const lower = w[1].toLowerCase();
        if (STOP.has(lower)) break;
        words.push(lower.replace(/[’']s$/, ''));
        countedEnd = wordRe.lastIndex;
      }
      const unit = m[4]?.toLowerCase();
      if (words.length === 0) continue;
      const hedgeHit = hedgeBefore(before);
      const hedge = hedgeHit?.h;
      const end = start + m[0].length;
      const countedStart = end + (after.length - after.trimStart().length);
      const from = hedgeHit ? start - (before.length - hedgeHit.m.index) : start;
      const fact: NumberFact = {
        kind: 'number',
        span: { start: from, end: end + countedEnd },
        text: text.slice(from, end + countedEnd),
        value,
        counted: words.join(' '),
        countedSpan: { start: countedStart, end: end + countedEnd },
      };
      if (hedge) fact.hedge = hedge;
      if (unit) fact.unit = unit;
      out.push(fact);
    }
  }
  return out;
}

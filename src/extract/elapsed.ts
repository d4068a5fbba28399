// Elapsed time tied to what it counts: "entering its third year", "the 80th anniversary of ...", "since 2022", "three years after the invasion".
import type { Document, Span } from '../core/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { ElapsedFact } from './types.js';

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const TENS_ORDINALS: Record<string, number> = { thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100 };
const CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const ORD = String.raw`\d{1,3}(?:,\d{3})?(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${ORDINAL_WORDS.join('|')})|${Object.keys(TENS_ORDINALS).join('|')}`;
const CARD = String.raw`\d{1,4}|${Object.keys(CARDINALS).join('|')}`;
const UNIT = String.raw`(year|month|week|day)`;

type Unit = ElapsedFact['unit'];
type Relation = ElapsedFact['relation'];

interface Pattern {
  re: RegExp;
  relation: Relation;
  /** Where the subject stands: before the phrase, after it, or not stated. */
  subject: 'before' | 'after' | 'none';
}

/** Text every match of a pattern holds: a sentence without it skips that pattern (same results, no scan). */
const HAS_UNIT = /year|month|week|day/i;

/** Each pattern captures (count, unit) or (year); order matters: earlier patterns win on overlap. */
const PATTERNS: Array<Pattern & { needs: RegExp }> = [
  { re: new RegExp(String.raw`\bthe\s+(${ORD})\s+${UNIT}\s+(?:of|since)\s+`, 'gi'), relation: 'in-year', subject: 'after', needs: HAS_UNIT },
  { re: new RegExp(String.raw`\b(?:entering|enters|entered|enter|heading into|going into|moving into|goes into|went into|began|begins|beginning|starting|starts|started|marks|marked|marking)\s+(?:its|their|a|the)\s+(${ORD})\s+${UNIT}\b`, 'gi'), relation: 'entering-year', subject: 'before', needs: HAS_UNIT },
  { re: new RegExp(String.raw`\b(?:now\s+|already\s+|still\s+)?in\s+(?:its|their)\s+(${ORD})\s+${UNIT}\b`, 'gi'), relation: 'in-year', subject: 'before', needs: HAS_UNIT },
  { re: new RegExp(String.raw`\b(?:for|in)\s+the\s+(${ORD})\s+(?:consecutive\s+|straight\s+|successive\s+)?${UNIT}(?:\s+(?:in a row|running))?\b`, 'gi'), relation: 'in-year', subject: 'none', needs: HAS_UNIT },
  { re: new RegExp(String.raw`\b(?:the\s+)?(${ORD})\s+anniversary\s+of\s+`, 'gi'), relation: 'anniversary', subject: 'after', needs: /anniversary/i },
  { re: new RegExp(String.raw`\b(${CARD})\s+${UNIT}s?\s+(?:since|after)\s+(?!\d)`, 'gi'), relation: 'years-since', subject: 'after', needs: HAS_UNIT },
  { re: /\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(\d{4})\b/gi, relation: 'since-year', subject: 'before', needs: /since/i },
];

function ordinalValue(s: string): number | undefined {
  const t = s.toLowerCase().replace(/,/g, '');
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  if (TENS_ORDINALS[t] !== undefined) return TENS_ORDINALS[t];
  const [tens, unit] = t.includes('-') ? t.split('-') : [undefined, t];
  const u = ORDINAL_WORDS.indexOf(unit) + 1;
  if (u === 0) return undefined;
  return (tens ? CARDINALS[tens] : 0) + u;
}

function cardinalValue(s: string): number | undefined {
  return CARDINALS[s.toLowerCase()] ?? (/^\d+$/.test(s) ? Number(s) : undefined);
}

/** Words that end a noun phrase going left (clause openers) or right (clause continuations). */
const LEFT_CUT = /[,;:—–(“"]|\s-\s|\b(?:[Ww]ith|[Aa]s|[Ww]hile|[Ss]ince|and|but|that|which|[Ww]hen|[Aa]fter|[Aa]mid|[Bb]ecause|[Ww]here|[Ff]or)\s/g;
const RIGHT_CUT = /[,;:.!?()“”"]|\s(?:when|which|that|as|while|with|and|but|was|were|is|are|has|have|had|will|would|on\s+(?:[A-Z]|\d)|this|next|last)\b/;

/** The noun phrase standing right before `at` in its sentence ("the ongoing conflict in Ukraine" in "With the ongoing conflict in Ukraine entering ..."). */
function subjectBefore(text: string, sentence: Span, at: number): Span | undefined {
  let end = at;
  while (end > sentence.start && /[\s,]/.test(text[end - 1])) end--;
  const before = text.slice(sentence.start, end);
  let cutAt = 0;
  LEFT_CUT.lastIndex = 0;
  for (let c = LEFT_CUT.exec(before); c; c = LEFT_CUT.exec(before)) cutAt = c.index + c[0].length;
  let start = sentence.start + cutAt;
  // At most the last eight words.
  const words = text.slice(start, end).split(/\s+/);
  if (words.length > 8) start = end - words.slice(-8).join(' ').length;
  while (start < end && /\s/.test(text[start])) start++;
  return start < end ? { start, end } : undefined;
}

function subjectAfter(text: string, sentence: Span, at: number): Span | undefined {
  const after = text.slice(at, sentence.end);
  const cut = RIGHT_CUT.exec(after);
  let end = at + (cut ? cut.index : after.length);
  const words = text.slice(at, end).split(/\s+/);
  if (words.length > 8) end = at + words.slice(0, 8).join(' ').length;
  while (end > at && /\s/.test(text[end - 1])) end--;
  return end > at ? { start: at, end } : undefined;
}

/** Adjectives that do not change which event a phrase names. */
const FILLER = /\b(?:ongoing|current|continuing|brutal|bloody|devastating|grinding|protracted|long-running|years-long|deadly|latest|present)\s+/gi;
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bconflict\b/gi, 'war'],
  [/\bfighting\b/gi, 'war'],
  [/\bWorld War 2\b/g, 'World War II'],
];
/** A generic noun that names an event only through the document's context. */
const GENERIC = /^(?:the\s+)?(?:war|conflict|fighting|invasion)$/i;
/** Earlier phrases in the document that name the war a generic "the war" refers to. */
const CONTEXT_EVENTS = [/\b(?:war|conflict|invasion)\s+(?:in|of|against|on|with)\s+[A-Z][\w'’-]+/g, /\b[A-Z][\w’'-]+(?:-[A-Z][\w'’-]+)?\s+(?:war|conflict)\b/g];

/** A KB event for a phrase: as written, without filler adjectives, with synonyms, then shortened from the right. */
function eventFor(kb: KnowledgeBase, phrase: string): string | undefined {
  const variants = new Set<string>([phrase]);
  const plain = phrase.replace(FILLER, '');
  variants.add(plain);
  let syn = plain;
  for (const [re, to] of SYNONYMS) syn = syn.replace(re, to);
  variants.add(syn);
  for (const v of variants) {
    const words = v.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const hit = kb.eventByName(words.slice(0, n).join(' '));
      if (hit) return hit.id;
      if (n <= words.length - 4) break;
    }
  }
  return undefined;
}

/** A generic "the war" resolved through the last specific war named before it in the document. */
function eventFromContext(kb: KnowledgeBase, text: string, before: number): string | undefined {
  const head = text.slice(0, before);
  const prior = CONTEXT_EVENTS.flatMap((re) => [...head.matchAll(re)]).sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
  for (const m of prior) {
    const id = eventFor(kb, m[0]);
    if (id) return id;
  }
  return undefined;
}

/** Elapsed-time phrases in the given sentences, each tied to its subject and, when the KB knows it, an event anchor. */
export function extractElapsed(doc: Document, sentences: Span[], kb: KnowledgeBase): ElapsedFact[] {
  const text = doc.text;
  const out: ElapsedFact[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/\d|year|month|week|day|anniversary|since/i.test(sentence)) continue;
    const hasUnit = HAS_UNIT.test(sentence);
    for (const p of PATTERNS) {
      if (!(p.needs === HAS_UNIT ? hasUnit : p.needs.test(sentence))) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
        const start = s.start + m.index;
        const end = start + m[0].replace(/\s+$/, '').length;
        if (out.some((f) => f.span.start < end && start < f.span.end)) continue;
        const fact: ElapsedFact = { kind: 'elapsed', span: { start, end }, text: text.slice(start, end), relation: p.relation, unit: 'year', subject: '' };
        if (p.relation === 'since-year') fact.year = Number(m[1]);
        else {
          const count = p.relation === 'years-since' ? cardinalValue(m[1]) : ordinalValue(m[1]);
          if (count === undefined) continue;
          fact.count = count;
          fact.unit = (p.relation === 'anniversary' ? 'year' : m[2].toLowerCase()) as Unit;
        }
        const subj = p.subject === 'before' ? subjectBefore(text, s, start) : p.subject === 'after' ? subjectAfter(text, s, s.start + m.index + m[0].length) : undefined;
        if (subj) {
          fact.subject = text.slice(subj.start, subj.end);
          fact.subjectSpan = subj;
          const id = GENERIC.test(fact.subject.replace(FILLER, '')) ? eventFromContext(kb, text, subj.start) : eventFor(kb, fact.subject);
          if (id) fact.eventId = id;
        }
        if (p.subject === 'after') fact.span = { start, end: subj?.end ?? end };
        fact.text = text.slice(fact.span.start, fact.span.end);
        out.push(fact);
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

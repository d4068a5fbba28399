// Estimates each document's date: metadata first, then --date, then a vote over the evidence in the
// text, pooled across the documents of a story so that a minority of wrong statements cannot win.
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { addDays, toDay, today } from './days.js';
import { collectEvidence, notAfter, type RangedEvidence } from './evidence.js';
import type { DateEvidence, DocDate } from './types.js';
import { rangesMemo } from './ranges-memo.js';
import { bestInterval, type Vote } from './vote.js';

/** Outlets publish over about a week: story evidence is widened by this many days. */
const STORY_SLACK_DAYS = 2;
/** A document gets a single `value` only when its interval is at most this long. */
const MAX_VALUE_SPAN_DAYS = 45;

function fixed(date: string, source: 'metadata' | 'flag'): DocDate {
  return { value: date, earliest: date, latest: date, source, evidence: [] };
}

/** Evidence of another document of the story, widened by STORY_SLACK_DAYS (but never past `now`). */
const widened = rangesMemo((ranges, now) => ranges.map(([a, b]): [string, string] => [addDays(a, -STORY_SLACK_DAYS), minDate(addDays(b, STORY_SLACK_DAYS), now)]));

function widen(e: RangedEvidence, now: string): Vote {
  return { ranges: widened(e.ranges, now), weight: e.weight };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

function publicEvidence(e: RangedEvidence, agrees: boolean): DateEvidence {
  const { ranges: _ranges, ...rest } = e;
  return { ...rest, agrees };
}

function inferred(own: RangedEvidence[], pooled: Vote[]): DocDate {
  const votes: Vote[] = [...own.map((e) => ({ ranges: e.ranges, weight: e.weight })), ...pooled];
  const best = bestInterval(votes);
  if (!best) return { source: 'unknown', evidence: own.map((e) => publicEvidence(e, false)) };
  const agreeing = new Set(best.agreeing);
  const evidence = own.map((e, i) => publicEvidence(e, agreeing.has(i)));
  const span = toDay(best.latest) - toDay(best.earliest);
  const date: DocDate = { earliest: best.earliest, latest: best.latest, source: 'inferred', evidence };
  // The middle of the window: the estimate least far from any day the evidence allows.
  if (span <= MAX_VALUE_SPAN_DAYS) date.value = addDays(best.earliest, Math.floor(span / 2));
  return date;
}

export function estimateDates(
  docs: Document[],
  facts: DocFacts[],
  storyOf: Array<number | undefined>,
  kb: KnowledgeBase,
  referenceDate?: string,
  /** The day of the run: no document is dated later. */
  now: string = today(),
): DocDate[] {
  const evidence = facts.map((f, i) => collectEvidence(f, kb, docs[i].text).flatMap((e) => notAfter(e, now) ?? []));
  // Fixed dates (metadata, --date) act as strong evidence for the other members of their story.
  const fixedDate = docs.map((d) => d.meta.date ?? referenceDate);
  const byStory = new Map<number, number[]>();
  storyOf.forEach((s, i) => {
    if (s === undefined) return;
    const members = byStory.get(s);
    if (members) members.push(i);
    else byStory.set(s, [i]);
  });
  // What each story member lends the others, built once: a story of n members would otherwise widen
  // every member's evidence n times (Reuters-21578 has a story of 721 articles).
  const lent = new Map<number, Vote[]>();
  const lentBy = (j: number): Vote[] => {
    let votes = lent.get(j);
    if (!votes) {
      const fd = fixedDate[j];
      votes = fd ? [{ ranges: [[addDays(fd, -STORY_SLACK_DAYS), minDate(addDays(fd, STORY_SLACK_DAYS), now)]], weight: 10 }] : evidence[j].map((e) => widen(e, now));
      lent.set(j, votes);
    }
    return votes;
  };
  return docs.map((doc, i) => {
    if (doc.meta.date) return { ...fixed(doc.meta.date, 'metadata'), evidence: evidence[i].map((e) => publicEvidence(e, e.ranges.some(([a, b]) => a <= doc.meta.date! && doc.meta.date! <= b))) };
    if (referenceDate) return { ...fixed(referenceDate, 'flag'), evidence: evidence[i].map((e) => publicEvidence(e, e.ranges.some(([a, b]) => a <= referenceDate && referenceDate <= b))) };
    const s = storyOf[i];
    const pooled: Vote[] = [];
    for (const j of s === undefined ? [] : byStory.get(s) ?? []) {
      if (j !== i) for (const v of lentBy(j)) pooled.push(v);
    }
    return inferred(evidence[i], pooled);
  });
}

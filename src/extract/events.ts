// Event mentions: a newsworthy noun ("talks", "ceasefire", "visit") with the date and place the sentence gives it.
import { countBefore } from '../core/search.js';
import type { Span } from '../core/types.js';
import type { DateFact, EventFact, PlaceFact } from './types.js';

/** Event nouns by class: a class is what accounts are compared on ("negotiations" and "talks" are one event). */
export const EVENT_CLASSES: Record<string, string[]> = {
  talks: ['talks', 'negotiations', 'discussions', 'peace talks', 'meeting', 'meetings', 'summit', 'negotiating round'],
  ceasefire: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
  visit: ['visit', 'trip'],
  election: ['election', 'elections', 'vote', 'referendum', 'runoff', 'poll'],
  attack: ['attack', 'strike', 'strikes', 'bombing', 'shelling', 'raid', 'assault'],
  disaster: ['earthquake', 'quake', 'flood', 'floods', 'hurricane', 'storm', 'wildfire', 'fire', 'explosion', 'crash'],
  agreement: ['agreement', 'deal', 'accord', 'treaty'],
  announcement: ['announcement', 'address', 'speech', 'press conference', 'statement'],
};

/** The class of a "strike" told as a stoppage of work: its own class, not an attack. */
export const LABOUR_STRIKE = 'labour strike';
const STRIKE_NOUN = /^strikes?$/i;
/**
 * What marks a strike as a stoppage of work, right next to the noun: a modifier before it ("a general strike", "a
 * 24-hour strike", "went on strike", "dock strike"), or what follows it ("strike by 5,000 miners", "strike over pay",
 * "strike in support of pay claims", "strike for 24 hours", "strike action"). Cues elsewhere in the sentence are not
 * enough: "a drone strike in Gaza killed five aid workers" is an attack.
 */
const LABOUR_BEFORE = /\b(?:general|national|nationwide|wildcat|labou?r|union|dock|rail|transport|postal|teachers'?|nurses'?|miners'?|doctors'?|workers'?|\d+-(?:hour|day|week)|on)\s+$/i;
const LABOUR_AFTER =
  /^\s+(?:action\b|(?:by|of)\s+(?:[\w,.'’-]+\s+){0,3}?(?:workers|employees|staff|drivers|miners|teachers|nurses|doctors|dockers|pilots|crews|unions?|members)\b|(?:is\s+|was\s+)?(?:over|for|against|in support of)\s+(?:[\w'’-]+\s+){0,3}?(?:pay|wages?|salar(?:y|ies)|conditions|jobs|pensions|contracts?|hours|layoffs|redundancies)\b|for\s+(?:\d+|one|two|three|four|24|48)\s+(?:hours?|days?|weeks?)\b)/i;

/** Whether the strike noun at `span` is told as a stoppage of work. */
function labourStrike(text: string, span: Span): boolean {
  return LABOUR_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) || LABOUR_AFTER.test(text.slice(span.end, span.end + 60));
}

const NOUN_CLASS = new Map<string, string>();
for (const [cls, nouns] of Object.entries(EVENT_CLASSES)) for (const n of nouns) NOUN_CLASS.set(n, cls);
const NOUN_RE = new RegExp(`\\b(${[...NOUN_CLASS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Between an attack noun and its target: "on", "against", and at most three words ("on the Ukrainian capital"). */
const ATTACK_OBJECT = /^\s+(?:on|against)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** How far (characters) a date or place may stand from its event noun within a sentence. */
const REACH = 120;

/**
 * Between a dateline's place and the date it gives: a region or agency ("PHOENIX, Ariz., March 30 -",
 * "TAUPO, New Zealand, March 22 -", "LONDON (Reuters) March 3 -").
 */
const DATELINE_TO_DATE = /^[ \t]*,?[ \t]*(?:\p{Lu}[\p{L}.'’]*(?:[ \t]\p{Lu}[\p{L}.'’]*){0,2}[ \t]*,[ \t]*)?(?:\([^)\n]{1,30}\)[ \t]*,?[ \t]*)?$/u;
/**
 * After a dateline's date: the dash that opens the story, perhaps after the agency ("WASHINGTON, May 12
 * (Reuters) -"), or the end of the line ("BRUSSELS 1996-08-22").
 */
const DATELINE_END = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–-]{1,2}(?:[ \t]|$)|\n|$)/;

/**
 * Right before a date that tells when something was said, not when the event was: "said Friday",
 * "told reporters yesterday", "announced on Sunday (that talks would begin Thursday)".
 */
const SAYING_BEFORE = /\b(?:said|says|told\s+(?:[\w.'’-]+\s+){1,3}?|stated|added|declared|wrote|reported|announced)\s+(?:on\s+|late\s+|early\s+)?$/i;

const POSSESSIVE_AFTER = /^['’]s/;

/**
 * Dates that cannot date an event of their sentence: a dateline's date, which tells when the story was
 * filed ("QUITO, March 9 - ... after an earthquake"), and the day something was said ("Lukman said Friday
 * he expects the meeting in Vienna to be brief").
 */
function undatingDates(text: string, dates: DateFact[], places: PlaceFact[]): Set<DateFact> {
  const out = new Set<DateFact>();
  const datelines = places.filter((p) => p.role === 'dateline');
  for (const d of dates) {
    const filed = datelines.some(
      (p) => p.span.end <= d.span.start && d.span.start - p.span.end <= 40 && DATELINE_TO_DATE.test(text.slice(p.span.end, d.span.start)) && DATELINE_END.test(text.slice(d.span.end, d.span.end + 40)),
    );
    // "said Tuesday's attack" names the attack's day, not the day of saying.
    const said = SAYING_BEFORE.test(text.slice(Math.max(0, d.span.start - 48), d.span.start)) && !POSSESSIVE_AFTER.test(text.slice(d.span.end, d.span.end + 2));
    if (filed || said) out.add(d);
  }
  return out;
}

/** Items ordered by start, for finding those inside a sentence by binary search. */
interface ByStart<T> {
  items: T[];
  /** Indexes into `items`, by span start (stable: equal starts keep index order). */
  order: number[];
}

function byStart<T extends { span: Span }>(items: T[]): ByStart<T> {
  const order = items.map((_, i) => i).sort((a, b) => items[a].span.start - items[b].span.start || a - b);
  return { items, order };
}

/**
 * A preposition that relates an event to another time, right next to the noun or the date: the date is not the
 * event's. A date before the noun: "returned to work this morning after a strike", "on Monday, a day after the
 * election". A date after it: "a truce until Friday", "elections since 1990", or the preposition within three
 * words after the noun and no comma on the way ("talks collapsed after a walkout on Monday"). Not "the following
 * Monday", nor "a vote before parliament", and not across a clause ("the talks, which resumed after a long
 * break, ended in Geneva on Friday").
 */
const PREP = String.raw`(?:after|before(?!\s+(?:parliament|congress|lawmakers|a\s+judge|the\s+(?:court|committee|house|senate|board|panel|council)))|since|(?<!\bthe\s)following|until|till|ahead\s+of|prior\s+to)`;
const DATE_THEN_PREP = new RegExp(String.raw`^\s*(?:,\s*(?:a|one|two|three|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?${PREP}\s+(?:[\w'’-]+\s+){0,2}$`, 'i');
const PREP_THEN_DATE = new RegExp(String.raw`${PREP}\s+(?:the\s+)?$`, 'i');
const NOUN_THEN_PREP = new RegExp(String.raw`^\s+(?:[\w'’-]+\s+){0,3}${PREP}\s`, 'i');

/** Whether a date set `gap` apart from its event noun tells another time than the event's (see PREP). */
function otherTime(gap: string, dateAfter: boolean): boolean {
  if (!dateAfter) return DATE_THEN_PREP.test(gap);
  // (NOUN_THEN_PREP's words hold no comma: a clause between noun and preposition stops it.)
  return PREP_THEN_DATE.test(gap) || NOUN_THEN_PREP.test(gap);
}

/** The index of the item nearest the noun within its sentence and REACH, preferring items after it; `skip` rules items out. */
function nearest<T extends { span: Span }>({ items, order }: ByStart<T>, noun: Span, sentence: Span, preferAfter: boolean, skip?: (it: T) => boolean): number | undefined {
  const lo = countBefore(order.length, (k) => items[order[k]].span.start < sentence.start);
  let best: number | undefined;
  let bestDist = Infinity;
  for (let k = lo; k < order.length && items[order[k]].span.start < sentence.end; k++) {
    const i = order[k];
    const it = items[i];
    if (it.span.end > sentence.end) continue;
    const after = it.span.start >= noun.end;
    const dist = after ? it.span.start - noun.end : noun.start - it.span.end;
    if (dist > REACH || skip?.(it)) continue;
    const score = dist + (after === preferAfter ? 0 : REACH / 2);
    if (score < bestDist || (score === bestDist && best !== undefined && i < best)) {
      bestDist = score;
      best = i;
    }
  }
  return best;
}

/**
 * The clause of a sentence that holds the noun: a semicolon ends one ("On Tuesday, Democrats vote in Arizona
 * ...; on Saturday, Alaska, Hawaii and Washington hold caucuses").
 */
function clauseAround(text: string, sentence: Span, noun: Span): Span {
  const before = text.lastIndexOf(';', noun.start);
  const after = text.indexOf(';', noun.end);
  return { start: before >= sentence.start ? before + 1 : sentence.start, end: after >= 0 && after < sentence.end ? after : sentence.end };
}

/** A capitalised event noun that begins an organisation's name ("the Federal Election Commission", "the Summit Council"). */
const NAME_AFTER = /^\s+(?:Commission|Committee|Council|Board|Agency|Office|Organi[sz]ation|Authority|Department|Bureau|Center|Centre|Institute|Association|Court|Tribunal|Act|Law|Hall|Party)\b/;

/** Sentences holding at least one of the spans whole (sentences in text order), in one pass. */
function sentencesWith(sentences: Span[], spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < sorted.length && sorted[k].start < s.start) k++;
    for (let j = k; j < sorted.length && sorted[j].start < s.end; j++) {
      if (sorted[j].end <= s.end) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

export function extractEvents(text: string, sentences: Span[], allDates: DateFact[], places: PlaceFact[]): EventFact[] {
  // "recently", "in the future": no day to date an event by; nor a dateline's date or the day of saying.
  // Event facts index DocFacts.dates: `dateOf` maps back from the dates kept here.
  const undating = undatingDates(text, allDates, places);
  const dateOf: number[] = [];
  const dates = allDates.filter((d, i) => {
    const keep = d.grain !== 'vague' && !undating.has(d);
    if (keep) dateOf.push(i);
    return keep;
  });
  const out: EventFact[] = [];
  const datedSentences = sentencesWith(sentences, dates.map((d) => d.span));
  const dateIndex = byStart(dates);
  const venueOf: number[] = [];
  const venues = places.filter((p, i) => {
    const venue = p.role !== 'mention' || /\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, p.span.start - 4), p.span.start));
    if (venue) venueOf.push(i);
    return venue;
  });
  const venueIndex = byStart(venues);
  // An attack is placed by its target too: "a drone attack on Kyiv", "strikes against Kharkiv".
  const targetOf: number[] = [];
  const targets = places.filter((p, i) => {
    const target = p.role === 'mention' && /\b(?:on|against)\s+$/i.test(text.slice(Math.max(0, p.span.start - 9), p.span.start));
    if (target) targetOf.push(i);
    return target;
  });
  const targetIndex = byStart(targets);
  for (const s of datedSentences) {
    const sentence = text.slice(s.start, s.end);
    NOUN_RE.lastIndex = 0;
    for (let m = NOUN_RE.exec(sentence); m; m = NOUN_RE.exec(sentence)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      let noun = NOUN_CLASS.get(m[1].toLowerCase());
      if (!noun) continue;
      if (STRIKE_NOUN.test(m[1]) && labourStrike(text, span)) noun = LABOUR_STRIKE;
      if (/^\p{Lu}\p{Ll}/u.test(m[1]) && NAME_AFTER.test(text.slice(span.end, span.end + 16))) continue;
      const clause = clauseAround(text, s, span);
      const dateIdx = nearest(dateIndex, span, clause, true, (d) => (d.span.start >= span.end ? otherTime(text.slice(span.end, d.span.start), true) : otherTime(text.slice(d.span.end, span.start), false)));
      if (dateIdx === undefined) continue;
      const date = dateOf[dateIdx];
      const placeIdx = nearest(venueIndex, span, clause, true);
      let targetIdx = placeIdx === undefined && noun === 'attack' ? nearest(targetIndex, span, clause, true) : undefined;
      // only the attack's own object: "attack on (the capital) Kyiv", not "sanctions on Russia" later on
      if (targetIdx !== undefined && !ATTACK_OBJECT.test(text.slice(span.end, targets[targetIdx].span.start))) targetIdx = undefined;
      const fact: EventFact = { kind: 'event', span, text: m[0], noun, date };
      if (placeIdx !== undefined) fact.place = venueOf[placeIdx];
      else if (targetIdx !== undefined) fact.place = targetOf[targetIdx];
      out.push(fact);
    }
  }
  return out;
}

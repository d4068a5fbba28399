// Event mentions: a newsworthy noun ("talks", "ceasefire", "visit") with the date and place the sentence gives it.
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

const NOUN_CLASS = new Map<string, string>();
for (const [cls, nouns] of Object.entries(EVENT_CLASSES)) for (const n of nouns) NOUN_CLASS.set(n, cls);
const NOUN_RE = new RegExp(`\\b(${[...NOUN_CLASS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** How far (characters) a date or place may stand from its event noun within a sentence. */
const REACH = 120;

function nearest<T extends { span: Span }>(items: T[], noun: Span, sentence: Span, preferAfter: boolean): number | undefined {
  let best: number | undefined;
  let bestDist = Infinity;
  items.forEach((it, i) => {
    if (it.span.start < sentence.start || it.span.end > sentence.end) return;
    const after = it.span.start >= noun.end;
    const dist = after ? it.span.start - noun.end : noun.start - it.span.end;
    if (dist > REACH) return;
    const score = dist + (after === preferAfter ? 0 : REACH / 2);
    if (score < bestDist) {
      bestDist = score;
      best = i;
    }
  });
  return best;
}

export function extractEvents(text: string, sentences: Span[], dates: DateFact[], places: PlaceFact[]): EventFact[] {
  const out: EventFact[] = [];
  const datedSentences = sentences.filter((s) => dates.some((d) => d.span.start >= s.start && d.span.end <= s.end));
  for (const s of datedSentences) {
    const sentence = text.slice(s.start, s.end);
    NOUN_RE.lastIndex = 0;
    for (let m = NOUN_RE.exec(sentence); m; m = NOUN_RE.exec(sentence)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const noun = NOUN_CLASS.get(m[1].toLowerCase());
      if (!noun) continue;
      const date = nearest(dates, span, s, true);
      if (date === undefined) continue;
      const venues = places.filter((p) => p.role !== 'mention' || /\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, p.span.start - 4), p.span.start)));
      const placeIdx = nearest(venues, span, s, true);
      const fact: EventFact = { kind: 'event', span, text: m[0], noun, date };
      if (placeIdx !== undefined) fact.place = places.indexOf(venues[placeIdx]);
      out.push(fact);
    }
  }
  return out;
}

// How one capitalised name is classified from the clues its sentence, its words and the knowledge base
// give: a decision list read top to bottom, the first step that applies decides (names.ts gathers the clues).
import type { Person, Place } from '../know/types.js';

export type NameClass = 'person' | 'place' | 'other';

/** Sums of learned name statistics over the words of a name (see names.ts `evidence`). */
export interface Evidence {
  per: number;
  loc: number;
  other: number;
  none: number;
  known: boolean;
}

export interface NameClues {
  words: string[];
  /** The name opens its sentence. */
  initial: boolean;
  /** In a headline, where every word is capitalised. */
  headline: boolean;
  /** A one-word sentence opener seen mostly outside names ("However"). */
  opener: boolean;
  /** Followed by a score ("Baltimore 5 SEATTLE 2") or ends a league-table row. */
  score: boolean;
  standings: boolean;
  /** After "the town of", "the province of" ... */
  strongPlace: boolean;
  /** After "in", "at", "from", "visited" ... */
  placeCue: boolean;
  /** Followed by a speech verb ("said", "told"). */
  cueAfter: boolean;
  /** Ends in an organisation or place head ("General Motors", "Prince Edward Island"). */
  head: 'org' | 'place' | undefined;
  /** A title before or after it, or an honorific before it ("Mr.", "Gen."). */
  title: boolean;
  honorific: boolean;
  /** An organisation noun right before or after it ("the news weekly", "shares"). */
  orgCue: boolean;
  /** A single word seen mostly outside names, and not a word of a person named in this document. */
  commonWord: boolean;
  /** A single word that is part of a person's name found earlier in the document. */
  personWord: boolean;
  /** KB people, places (not organisations) and organisations the name can denote. */
  people: readonly Person[];
  realPlaces: Place[];
  orgs: Place[];
  /** A country name right after it ("Smith (Britain)"): asked only when the steps before did not decide. */
  countryAfter: () => boolean;
  evidence: Evidence;
}

interface Step {
  /** Why this step decides (what the counts or cases behind it were: see names.ts comments). */
  why: string;
  when(c: NameClues): boolean;
  then: NameClass | ((c: NameClues) => NameClass);
}

/** The class the learned statistics give a name no earlier step decided. */
function byStatistics(c: NameClues): NameClass {
  const ev = c.evidence;
  const best = Math.max(ev.per, ev.loc, ev.other, ev.none);
  let cls: NameClass;
  if (best === ev.none && ev.none > 0) cls = c.initial || c.words.length === 1 ? 'other' : ev.per > 0 ? 'person' : 'other';
  else if (best === ev.per) cls = 'person';
  else if (best === ev.loc) cls = 'place';
  else cls = 'other';
  if (ev.none === best && c.words.length === 1 && !c.initial && c.cueAfter) cls = 'person';
  return cls;
}

const STEPS: Step[] = [
  { why: 'a sentence opener ("However", "Despite")', when: (c) => c.opener, then: 'other' },
  { why: 'teams in results and league tables', when: (c) => (c.score || c.standings) && !c.title && !c.honorific, then: 'other' },
  { why: '"the town of ..."', when: (c) => c.strongPlace && !c.title && !c.honorific, then: 'place' },
  {
    why: 'an organisation or place head, and no KB person or place of that name',
    when: (c) => !!c.head && !c.people.length && !c.realPlaces.length,
    then: (c) => (c.head === 'place' ? 'place' : 'other'),
  },
  { why: 'a title or an honorific', when: (c) => c.title || c.honorific, then: 'person' },
  { why: 'an organisation noun beside it, and no KB person or place', when: (c) => c.orgCue && !c.people.length && !c.realPlaces.length, then: 'other' },
  { why: 'a country in brackets after it, and no KB place or organisation', when: (c) => !c.realPlaces.length && !c.orgs.length && c.countryAfter(), then: 'person' },
  { why: 'a common word, unless a KB person goes by that one word', when: (c) => c.commonWord && !c.people.some((p) => p.name.split(' ').length === 1), then: 'other' },
  { why: 'a KB person and no KB place', when: (c) => c.people.length > 0 && !c.realPlaces.length, then: 'person' },
  { why: 'a KB place', when: (c) => c.realPlaces.length > 0, then: 'place' },
  { why: 'a KB organisation', when: (c) => c.orgs.length > 0, then: 'other' },
  { why: 'a word of a person named earlier in the document', when: (c) => c.personWord, then: 'person' },
  { why: 'words the name statistics know', when: (c) => c.evidence.known, then: byStatistics },
  { why: 'two to four unknown capitalised words in running text', when: (c) => c.words.length >= 2 && c.words.length <= 4 && !c.headline, then: 'person' },
  { why: 'a speech verb after it', when: (c) => c.cueAfter && !c.initial, then: 'person' },
  { why: 'a place preposition before it', when: (c) => c.placeCue && !c.initial, then: 'place' },
];

export function classifyName(c: NameClues): NameClass {
  for (const step of STEPS) if (step.when(c)) return typeof step.then === 'function' ? step.then(c) : step.then;
  return 'other';
}

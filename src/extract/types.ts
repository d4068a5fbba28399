// Fact types: what extractors find in a document, each with its span and exact text.
import type { Span } from '../core/types.js';

interface FactBase {
  span: Span;
  /** Exact text of the span. */
  text: string;
}

/** Calendar parts as the text stated them (chrono's "known" values), apart from what was implied. */
export interface StatedParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** Resolved start day, YYYY-MM-DD, against the document's reference date. */
  value: string;
  /** Resolved end day for ranges ("May 8-10"). */
  end?: string;
  stated: StatedParts;
  /** Finest unit the text stated: a day, a month, a year, or only a weekday / relative word. */
  grain: 'day' | 'month' | 'year' | 'weekday' | 'relative' | 'quarter' | 'season' | 'vague' | 'decade';
  /** Found by the period patterns of date-periods.ts rather than chrono (quarters, seasons, holidays ...): re-resolved by them. */
  period?: true;
  /** The holiday the date is named by ("Christmas Eve", "Thanksgiving"), its day implied by the year. */
  holiday?: string;
  /** For grain 'vague' ("recently", "currently", "the near future"): the side of the reference it points to. */
  vague?: 'past' | 'present' | 'future';
  /** Resolved relative to the reference date ("Thursday", "tomorrow", "last year"). */
  relative: boolean;
  /**
   * A day named by reference to one the text named before it ("that same day", "the next day"): where that
   * date starts in the text, and the days from it (date-anaphora.ts).
   */
  anchor?: { at: number; shift: number };
  /** The reference date the value was resolved against (YYYY-MM-DD). */
  ref: string;
  /**
   * For relative dates in a document dated only to a window: the first and last value the date can take
   * across that window (set by the engine after dating).
   */
  range?: [string, string];
}

export type TitleModifier = 'former' | 'ex' | 'late' | 'acting' | 'outgoing' | 'incoming' | 'elect' | 'then' | 'interim' | 'deputy' | 'future';

export interface TitleInfo {
  /** The title as written ("U.S. Secretary of State", "NATO's Secretary General"). */
  text: string;
  span: Span;
  /** Role id from the knowledge base ("president", "secretary-general"). */
  role?: string;
  /** Place/organisation id that qualifies the role ("us", "nato"), when stated. */
  body?: string;
  /** Knowledge-base offices the title can name (all with that role when no qualifier was stated). */
  officeIds: string[];
  modifiers: TitleModifier[];
}

export interface PersonFact extends FactBase {
  kind: 'person';
  /** The name as written. */
  name: string;
  /** Knowledge-base person id when the name is known. */
  personId?: string;
  /** Mentions of the same person in the document share this number. */
  entity: number;
  title?: TitleInfo;
  /** A later short reference (surname) rather than a full name. */
  short: boolean;
}

export interface PlaceFact extends FactBase {
  kind: 'place';
  placeId?: string;
  /** Country id the place lies in (itself for a country). */
  country?: string;
  role: 'dateline' | 'venue' | 'mention';
  /** Written as an adjective/demonym ("Ukrainian"). */
  demonym: boolean;
}

export interface QuoteFact extends FactBase {
  kind: 'quote';
  /** Span of the quotation marks included. */
  outer: Span;
  speaker?: {
    text: string;
    span?: Span;
    personId?: string;
    entity?: number;
    /** The person a pronoun or short name was resolved to (their name as first written). */
    name?: string;
  };
  /** The speech verb or "according to". */
  cue?: string;
  /** "on Truth Social", "via X". */
  channel?: string;
  /** Short quote embedded in a sentence of the writer's. */
  partial: boolean;
  /** No closing mark: the quote was cut at the end of its paragraph. */
  unterminated?: boolean;
}

export type Hedge = 'at-least' | 'at-most' | 'about' | 'more-than' | 'less-than' | 'up-to' | 'exactly';

export interface NumberFact extends FactBase {
  kind: 'number';
  value: number;
  hedge?: Hedge;
  /** Normalised phrase for what is counted ("ukrainian regions", "day ceasefire"). */
  counted: string;
  countedSpan?: Span;
  /** A unit attached with a hyphen ("30-day"). */
  unit?: string;
}

/** "entering its third year", "the 80th anniversary of ...", "first time since 2022". */
export interface ElapsedFact extends FactBase {
  kind: 'elapsed';
  relation: 'entering-year' | 'in-year' | 'anniversary' | 'since-year' | 'years-since';
  /** The ordinal or count stated (3 for "third year", 80 for "80th anniversary"). */
  count?: number;
  unit: 'year' | 'month' | 'week' | 'day';
  /** What is being counted from: the text naming it ("the war", "victory in World War Two"). */
  subject: string;
  subjectSpan?: Span;
  /** Knowledge-base event id the subject resolved to. */
  eventId?: string;
  /** A stated year ("since 2022"). */
  year?: number;
}

/** A length of time: "a 30-day ceasefire", "72-hour truce", "five years", "the past two weeks", "minutes". */
export interface DurationFact extends FactBase {
  kind: 'duration';
  /** The amount stated; absent for a vague one ("minutes", "several weeks"). */
  amount?: number;
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
  /** ISO 8601 duration ("P30D", "PT72H", "P5Y"; "PXY" when the amount is not stated). */
  iso: string;
  /** What lasts that long, when attached with a hyphen or "of" ("ceasefire" in "a 30-day ceasefire"). */
  of?: string;
  ofSpan?: Span;
  /** A recurrence, not a length: "daily", "every week", "each year" (iso is the period: P1D, P1W, P1Y). */
  every?: true;
}

/** "the Biden administration", "Trump's government". */
export interface AdministrationFact extends FactBase {
  kind: 'administration';
  name: string;
  personId?: string;
  /** The sentence places it in the past ("under the Obama administration in 2015", "the former Biden administration"). */
  historical?: boolean;
  /**
   * The verb right after the mention, as written and tagged by wink ("revokes", "is", "pledged", "to
   * investigate"): whether the administration acts now or acted then. Absent when no verb follows it.
   */
  verb?: string;
  /** The noun the mention modifies ("records" in "Trump White House records", "envoy" in "the Biden administration's envoy"). */
  head?: string;
}

/** A newsworthy event noun with its date and place arguments ("talks ... Thursday in Istanbul"). */
export interface EventFact extends FactBase {
  kind: 'event';
  /** Normalised event noun ("talks", "ceasefire", "visit", "summit"). */
  noun: string;
  /** Index into DocFacts.dates of the date attached to it. */
  date?: number;
  /** Index into DocFacts.places of the place attached to it. */
  place?: number;
}

export interface DocFacts {
  sentences: Span[];
  dates: DateFact[];
  people: PersonFact[];
  places: PlaceFact[];
  quotes: QuoteFact[];
  numbers: NumberFact[];
  elapsed: ElapsedFact[];
  administrations: AdministrationFact[];
  events: EventFact[];
  /** Lengths of time; optional so producers that predate it need not set it. */
  durations?: DurationFact[];
  /**
   * Hashes of the document's story keys (story/keys.ts), worked out with its facts, in the worker that
   * extracted them, so that the corpus stage need not. Not kept in the facts cache nor printed.
   */
  storyKeys?: Float64Array;
}

export type FactKind = Exclude<keyof DocFacts, 'storyKeys'>;

export function emptyFacts(): DocFacts {
  return { sentences: [], dates: [], people: [], places: [], quotes: [], numbers: [], elapsed: [], administrations: [], events: [] };
}

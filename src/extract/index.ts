// Runs the extractors a document needs (cheap sentence split first) and resolves dates against the document date.
import type { Document, Span } from '../core/types.js';
import type { DocDate } from '../date/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { extractDates, resolveDateFacts } from './dates.js';
import { extractDurations } from './durations.js';
import { extractElapsed } from './elapsed.js';
import { extractEvents } from './events.js';
import { extractNumbers } from './numbers.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { extractQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { emptyFacts, type DateFact, type DocFacts, type FactKind } from './types.js';

/**
 * A document's facts come from two sides that do not read each other's facts: the names side (people and
 * their administrations, places, quotations: the name analysis, wink) and the dates side (dates, elapsed
 * times, lengths of time, numbers: chrono). Two threads can each take one side of the same documents, and
 * each then compiles and warms up only the code of its own side. Events need both, and are found when the
 * sides are joined.
 */
export type Side = 'names' | 'dates';

/** What one side found: the facts of its kinds (the names side also keeps the sentence spans). */
export type SideFacts = Partial<Omit<DocFacts, 'storyKeys'>> & {
  /** The hashes of the story keys of the document's text alone (set with the dates side by the engine, see textKeyHashes). */
  textKeys?: Float64Array;
};

/** The facts of one side of `doc` that `needs` asks for, or that events need (`sentences`: the document's, when already split). */
export function extractSide(doc: Document, kb: KnowledgeBase, needs: Set<FactKind>, side: Side, sentences?: Span[]): SideFacts {
  const out: SideFacts = {};
  if (needs.size === 0) return out;
  const need = (...kinds: FactKind[]) => kinds.some((k) => needs.has(k));
  sentences ??= splitSentences(doc.text);
  if (side === 'names') {
    out.sentences = sentences;
    if (need('people', 'administrations', 'quotes', 'events')) {
      const p = extractPeople(doc, kb, sentences);
      out.people = p.people;
      out.administrations = p.administrations;
    }
    if (need('places', 'events')) out.places = extractPlaces(doc, kb, sentences);
    if (need('quotes')) out.quotes = extractQuotes(doc, sentences, out.people ?? []);
    return out;
  }
  if (need('dates', 'events')) out.dates = extractDates(doc, sentences, doc.meta.date);
  if (need('elapsed')) out.elapsed = extractElapsed(doc, sentences, kb);
  if (need('durations')) out.durations = extractDurations(doc, sentences);
  if (need('numbers')) out.numbers = extractNumbers(doc.text, sentences);
  return out;
}

/** A document's facts from its two sides, with the events that need both. */
export function joinSides(doc: Document, names: SideFacts, dates: SideFacts, needs: Set<FactKind>): DocFacts {
  const facts = emptyFacts();
  if (needs.size === 0) return facts;
  facts.sentences = names.sentences ?? [];
  facts.people = names.people ?? [];
  facts.administrations = names.administrations ?? [];
  facts.places = names.places ?? [];
  facts.quotes = names.quotes ?? [];
  facts.dates = dates.dates ?? [];
  facts.elapsed = dates.elapsed ?? [];
  if (dates.durations) facts.durations = dates.durations;
  facts.numbers = dates.numbers ?? [];
  if (needs.has('events')) facts.events = extractEvents(doc.text, facts.sentences, facts.dates, facts.places);
  return facts;
}

/** A document's facts, both sides in this thread. */
export function extractFacts(doc: Document, kb: KnowledgeBase, needs: Set<FactKind>): DocFacts {
  const sentences = needs.size ? splitSentences(doc.text) : [];
  return joinSides(doc, extractSide(doc, kb, needs, 'names', sentences), extractSide(doc, kb, needs, 'dates', sentences), needs);
}

/**
 * Re-resolves relative dates against the document's final date. When the document is dated only to a
 * window, each relative date also gets the range of values it can take across that window.
 */
export function resolveDates(doc: Document, facts: DocFacts, date: DocDate): DocFacts {
  const ref = date.value ?? date.earliest;
  if (!ref || facts.dates.length === 0) return facts;
  // Extraction already resolved against the metadata date: nothing changes when the document date is that date.
  if (ref === doc.meta.date && (!date.latest || date.latest === ref)) return facts;
  const atRef = resolveDateFacts(doc, facts.dates, ref);
  let dates: DateFact[] = atRef;
  if (date.latest && date.latest !== ref) {
    const atLatest = resolveDateFacts(doc, facts.dates, date.latest);
    dates = atRef.map((d, i) => {
      const other = atLatest[i];
      if (!other || !d.relative || other.value === d.value) return d;
      const [lo, hi] = d.value < other.value ? [d.value, other.value] : [other.value, d.value];
      return { ...d, range: [lo, other.end && other.end > hi ? other.end : hi] as [string, string] };
    });
  }
  return { ...facts, dates };
}

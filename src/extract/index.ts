// Runs the extractors a document needs (cheap sentence split first) and resolves dates against the document date.
import type { Document } from '../core/types.js';
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

export function extractFacts(doc: Document, kb: KnowledgeBase, needs: Set<FactKind>): DocFacts {
  const facts = emptyFacts();
  if (needs.size === 0) return facts;
  const need = (...kinds: FactKind[]) => kinds.some((k) => needs.has(k));
  facts.sentences = splitSentences(doc.text);
  if (need('people', 'administrations', 'quotes', 'events')) {
    const p = extractPeople(doc, kb, facts.sentences);
    facts.people = p.people;
    facts.administrations = p.administrations;
  }
  if (need('places', 'events')) facts.places = extractPlaces(doc, kb, facts.sentences);
  if (need('dates', 'events')) facts.dates = extractDates(doc, facts.sentences, doc.meta.date);
  if (need('elapsed')) facts.elapsed = extractElapsed(doc, facts.sentences, kb);
  if (need('durations')) facts.durations = extractDurations(doc, facts.sentences);
  if (need('numbers')) facts.numbers = extractNumbers(doc.text, facts.sentences);
  if (need('quotes')) facts.quotes = extractQuotes(doc, facts.sentences, facts.people);
  if (need('events')) facts.events = extractEvents(doc.text, facts.sentences, facts.dates, facts.places);
  return facts;
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

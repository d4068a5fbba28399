// Places named in a document: countries, cities, regions and demonyms (mapped to their country),
// datelines at the start of a document or paragraph, and venues ("talks in Istanbul").
import type { Document, Span } from '../core/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { Place } from '../know/types.js';
import { analyseNames } from './names.js';
import type { PlaceFact } from './types.js';

const VENUE_CUE = /\b(?:talks|negotiations|meetings?|summit|conference|ceremony|visit|forum|rally|session|parade|held|hosted|host|gathered|met|meet|convened?)\b[^.;!?]{0,40}?\b(?:in|at)\s*$/i;
/**
 * A match of VENUE_CUE takes at most 54 characters before the trailing white space: on the last 64 of the text
 * before the place, trimmed, it matches exactly when it matches the whole (no match starts at the cut, where
 * \b would read differently), without scanning a long sentence.
 */
const venueCue = (before: string) => {
  const t = before.trimEnd();
  return VENUE_CUE.test(t.length > 64 ? t.slice(t.length - 64) : t);
};

/**
 * Datelines at a paragraph start: "Istanbul, Turkey —", "WASHINGTON (Reuters) -", "SALVADOR, Feb 26 -",
 * "WASHINGTON, May 12 (Reuters) -", "BRUSSELS 1996-08-22". Group 1: the place; group 2: an optional region/country after a comma.
 */
const DATELINE =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3})(?:[ \t]*,[ \t]*(\p{Lu}[\p{L}.'’]*(?:[ \t]\p{Lu}[\p{L}.'’]*){0,2}))?(?:[ \t]*\([^)\n]{1,30}\))?(?:,?[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}))?(?:[ \t]*\([^)\n]{1,30}\))?(?:[ \t]*[—–-]{1,2}[ \t]|[ \t]+\d{4}-\d{2}-\d{2}\b)/gu;

function countryOf(p: Place): string | undefined {
  return p.kind === 'country' ? p.id : p.country;
}

/** Prefers a city for a dateline (Washington the city, not the state). */
function pickPlace(places: Place[], dateline: boolean): Place | undefined {
  if (dateline) return places.find((p) => p.kind === 'city') ?? places[0];
  return places.find((p) => p.kind !== 'organisation') ?? places[0];
}

function fact(doc: Document, span: Span, place: Place | undefined, role: PlaceFact['role'], demonym: boolean): PlaceFact {
  const out: PlaceFact = { kind: 'place', span, text: doc.text.slice(span.start, span.end), role, demonym };
  if (place) {
    out.placeId = place.id;
    const c = countryOf(place);
    if (c) out.country = c;
  }
  return out;
}

function datelines(doc: Document, kb: KnowledgeBase): PlaceFact[] {
  const out: PlaceFact[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(doc.text); m; m = DATELINE.exec(doc.text)) {
    let at = m.index + m[0].indexOf(m[1]);
    for (const name of [m[1], m[2]]) {
      if (!name) continue;
      if (name !== m[1]) at = m.index + m[0].indexOf(name, at - m.index + m[1].length);
      const places = kb.placesByName(name).filter((p) => p.kind !== 'organisation');
      // an unknown word in capitals ("SALVADOR") is a dateline only before an agency or a date, not a
      // section label ("SOCCER - ...")
      const agencyOrDate = /\(|\d/.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length));
      if (!places.length && !(name === name.toUpperCase() && /\p{Lu}{3}/u.test(name) && agencyOrDate)) break;
      out.push(fact(doc, { start: at, end: at + name.length }, pickPlace(places, true), 'dateline', false));
    }
  }
  return out;
}

/** Places, demonyms, datelines and venues named in the document. */
export function extractPlaces(doc: Document, kb: KnowledgeBase, sentences: Span[]): PlaceFact[] {
  const lines = datelines(doc, kb);
  const taken = (s: Span) => lines.some((d) => d.span.start < s.end && s.start < d.span.end);
  const out: PlaceFact[] = [...lines];
  for (const m of analyseNames(doc, kb, sentences).mentions) {
    if (m.cls !== 'place' || taken(m.span)) continue;
    const place = pickPlace(m.places, false);
    const role = !m.demonym && venueCue(m.before) ? 'venue' : 'mention';
    out.push(fact(doc, m.span, place, role, m.demonym));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// Salient keys of a document for story grouping: known people, named places, proper-noun phrases, dated events.
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';

/** Capitalised phrases not at a sentence start, e.g. "Black Sea", "Truth Social" (no NLP needed). */
// The letter before the phrase is matched, not looked behind at: a look-behind with \s+ rescanned a whole
// run of spaces at every position (quadratic: 200 KB of spaces took a minute). The scan resumes on the
// phrase's last letter, so it can lead the next phrase as before.
const PROPER = /[a-z,;:]\s+[“"]?((?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)?)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){0,3})/g;
const COMMON_CAPITALS = new Set(['I', 'The', 'A', 'He', 'She', 'It', 'They', 'We', 'Mr', 'Mrs', 'Ms', 'Dr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

export function storyKeys(doc: Document, facts: DocFacts): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (k: string, n = 1) => keys.set(k, (keys.get(k) ?? 0) + n);
  for (const p of facts.people) add(p.personId ? `person:${p.personId}` : `name:${p.name.toLowerCase()}`);
  for (const p of facts.places) if (p.placeId) add(`place:${p.placeId}`, p.role === 'mention' ? 1 : 2);
  for (const e of facts.events) {
    const place = e.place !== undefined ? facts.places[e.place]?.placeId : undefined;
    if (place) add(`event:${e.noun}@${place}`, 2);
  }
  PROPER.lastIndex = 0;
  const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
  for (let m = PROPER.exec(text); m; m = PROPER.exec(text)) {
    PROPER.lastIndex = m.index + m[0].length - 1;
    const phrase = m[1];
    const key = phrase.replace(/[’']s?$/, '');
    if (COMMON_CAPITALS.has(key)) continue;
    add(`proper:${key.toLowerCase()}`);
  }
  // Distinctive content words ("earthquake", "rehab", "ceasefire") of the opening, where news states its story.
  const lead = text.slice(0, 1500).toLowerCase();
  for (const m of lead.matchAll(/\b[a-z]{6,}\b/g)) if (!COMMON_WORDS.has(m[0])) add(`word:${m[0]}`);
  return keys;
}

const COMMON_WORDS = new Set(
  'according against already another because before behind between called change during little people really should something through without around across almost always another anyone become before better beyond cannot coming continue country during either enough every family friday further having however including itself letter likely little making matter member monday months nothing number office others people person places played player please public rather really reason recent report reported reports return saturday season second should showed sunday system taking thursday things though thought through toward tuesday united wednesday whether within without working yesterday'.split(' '),
);

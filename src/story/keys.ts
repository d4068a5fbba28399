// Salient keys of a document for story grouping: known people, named places, proper-noun phrases, dated events.
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';

/** Capitalised phrases not at a sentence start, e.g. "Black Sea", "Truth Social" (no NLP needed). */
// The letter before the phrase is matched, not looked behind at: a look-behind with \s+ rescanned a whole
// run of spaces at every position (quadratic: 200 KB of spaces took a minute). The scan resumes on the
// phrase's last letter, so it can lead the next phrase as before.
const PROPER = /[a-z,;:]\s+[“"]?((?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)?)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){0,3})/g;
const COMMON_CAPITALS = new Set(['I', 'The', 'A', 'He', 'She', 'It', 'They', 'We', 'Mr', 'Mrs', 'Ms', 'Dr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** cyrb53's two running words after hashing some characters: a key is hashed part by part, never built. */
interface HashState {
  h1: number;
  h2: number;
}

const fresh = (): HashState => ({ h1: 0xdeadbeef, h2: 0x41c6ce57 });

/** Feeds `text`, with ASCII capitals folded to lower case when `lower` (for ASCII text only: see partsHash). */
function feed(st: HashState, text: string, lower = false): void {
  let { h1, h2 } = st;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (lower && c >= 0x41 && c <= 0x5a) c += 0x20;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  st.h1 = h1;
  st.h2 = h2;
}

function finish(st: HashState): number {
  let { h1, h2 } = st;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A 53-bit hash of a story key (cyrb53). Workers send each document's keys as these numbers, not strings:
 * the corpus stage then neither builds the keys (Reuters-21578: 724,535, 38 per document) nor interns
 * their strings, on one thread. Its 72,981 distinct keys give as many hashes; two of them would collide
 * with odds of about 1 in 3 million, and a collision would make two keys one, the same in every run.
 */
export function keyHash(key: string): number {
  const st = fresh();
  feed(st, key);
  return finish(st);
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** keyHash of `prefix + body + suffix` (body lower-cased when `lower`), without building that string. */
function partsHash(prefix: string, body: string, lower: boolean, suffix = ''): number {
  const st = fresh();
  feed(st, prefix);
  // toLowerCase of a whole string can differ from folding its letters one by one (final sigma, dotted I)
  if (lower && NON_ASCII.test(body)) feed(st, body.toLowerCase());
  else feed(st, body, lower);
  feed(st, suffix);
  return finish(st);
}

/** A visitor that adds each key's hash to `seen` (in the order met, each once). */
const hashInto =
  (seen: Set<number>): KeyVisitor =>
  (prefix, body, lower, _weight, suffix) =>
    void seen.add(partsHash(prefix, body, lower, suffix));

/** Receives one key as its parts: `prefix + body + suffix`, the body lower-cased when `lower`. */
type KeyVisitor = (prefix: string, body: string, lower: boolean, weight: number, suffix?: string) => void;

/** Every story key of a document, in the order met: the facts' keys, then the text's (storyKeyHashes walks the two apart, in the same order). */
function visitKeys(doc: Document, facts: DocFacts, visit: KeyVisitor): void {
  visitFactKeys(facts, visit);
  visitTextKeys(doc, visit);
}

/** The keys of a document's facts: people, places, dated events. */
function visitFactKeys(facts: DocFacts, visit: KeyVisitor): void {
  for (const p of facts.people) {
    if (p.personId) visit('person:', p.personId, false, 1);
    else visit('name:', p.name, true, 1);
  }
  for (const p of facts.places) if (p.placeId) visit('place:', p.placeId, false, p.role === 'mention' ? 1 : 2);
  for (const e of facts.events) {
    const place = e.place !== undefined ? facts.places[e.place]?.placeId : undefined;
    if (place) visit('event:', e.noun, false, 2, `@${place}`);
  }
}

/** The keys of a document's text alone, which need no facts: proper-noun phrases and the opening's content words. */
function visitTextKeys(doc: Document, visit: KeyVisitor): void {
  PROPER.lastIndex = 0;
  const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
  for (let m = PROPER.exec(text); m; m = PROPER.exec(text)) {
    PROPER.lastIndex = m.index + m[0].length - 1;
    const key = m[1].replace(/[’']s?$/, '');
    if (!COMMON_CAPITALS.has(key)) visit('proper:', key, true, 1);
  }
  // Distinctive content words ("earthquake", "rehab", "ceasefire") of the opening, where news states its story.
  const lead = text.slice(0, 1500).toLowerCase();
  LEAD_WORD.lastIndex = 0;
  for (let m = LEAD_WORD.exec(lead); m; m = LEAD_WORD.exec(lead)) if (!COMMON_WORDS.has(m[0])) visit('word:', m[0], false, 1);
}

const LEAD_WORD = /\b[a-z]{6,}\b/g;

/**
 * The hashes of a document's story keys, in the order they are met, in a typed array: after the copy from
 * a worker a plain array of these (non-small) numbers took 25 bytes a key (18 MB of heap on Reuters-21578),
 * the typed array about 13 (8 of them its buffer, outside the V8 heap). The engine drops them once stories
 * are grouped. Hashed from the keys' parts, not built strings: on Reuters-21578 and PolNeAr (834,565 keys)
 * 479 against 662 ms.
 */
export function storyKeyHashes(doc: Document, facts: DocFacts, text: Float64Array = textKeyHashes(doc)): Float64Array {
  const seen = new Set<number>();
  visitFactKeys(facts, hashInto(seen));
  for (const h of text) seen.add(h);
  return Float64Array.from(seen);
}

/**
 * The hashes of the keys of a document's text alone (see visitTextKeys), in the order met, each once:
 * storyKeyHashes puts them after those of the facts, so they can be worked out apart (by the thread that
 * extracts the dates side) and give the same hashes in the same order.
 */
export function textKeyHashes(doc: Document): Float64Array {
  const seen = new Set<number>();
  visitTextKeys(doc, hashInto(seen));
  return Float64Array.from(seen);
}

/** Each story key with its weight: 2 for an event and for a place not merely mentioned, else 1, summed over the document. */
export function storyKeys(doc: Document, facts: DocFacts): Map<string, number> {
  const keys = new Map<string, number>();
  visitKeys(doc, facts, (prefix, body, lower, weight, suffix = '') => {
    const k = prefix + (lower ? body.toLowerCase() : body) + suffix;
    keys.set(k, (keys.get(k) ?? 0) + weight);
  });
  return keys;
}

const COMMON_WORDS = new Set(
  'according against already another because before behind between called change during little people really should something through without around across almost always another anyone become before better beyond cannot coming continue country during either enough every family friday further having however including itself letter likely little making matter member monday months nothing number office others people person places played player please public rather really reason recent report reported reports return saturday season second should showed sunday system taking thursday things though thought through toward tuesday united wednesday whether within without working yesterday'.split(' '),
);

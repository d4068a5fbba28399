// Proper-name mentions of a document: runs of capitalised words (with name particles: von der, bin, al-)
// classified as a person, a place or another name from the knowledge base, titles, honorifics, context
// words and name statistics learned from training data.
import type { Document, Span } from '../core/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { Place } from '../know/types.js';
import { normKey } from '../know/normalize.js';
import { startsLetter, startsUpper } from './initial-case.js';
import { classifyName, type Evidence, type NameClass } from './name-class.js';
import { seen, wordStats, type WordStats } from './name-lexicon.js';
import type { Token } from './nlp.js';
import { SENTENCE_OPENERS } from './openers.js';
import { taggedSentences, type TaggedSentence } from './tagged.js';
import { RoleMatcher, titleAfter, titleBefore } from './titles.js';
import type { TitleInfo } from './types.js';

export type { NameClass } from './name-class.js';

export interface NameMention {
  span: Span;
  text: string;
  cls: NameClass;
  title?: TitleInfo;
  /** KB places the name denotes (for places and role qualifiers). */
  places: Place[];
  /** Written as a demonym ("Ukrainian"). */
  demonym: boolean;
  /** Stands right before a role word: "Russian" in "Russian President", "Kremlin" in "Kremlin spokesperson". */
  qualifier: boolean;
  sentence: Span;
  /** Index of the sentence among the tagged sentences. */
  sentenceIndex: number;
  /** The words before the mention in its sentence (lower-cased), for context rules. */
  before: string;
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'das', 'dos', 'du', 'del', 'della', 'di', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'abu', 'ter', 'zu', 'y']);
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor|gen|general|sen|senator|rep|gov|governor|col|colonel|lt|sgt|capt|captain|adm|admiral|rev|pope|cardinal|sheikh|prince|princess|king|queen|mayor|judge|justice|coach|ambassador|commissioner|minister)\.?$/i;
/** Honorifics that are never part of the name itself ("Mr. Smith" -> "Smith"). */
const SHORT_HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Adm|Rev|Sheikh)\.?$/;
const PERSON_CUES = /^(?:said|says|told|added|asked|stated|declared|wrote|posted|warned|argued|insisted|noted|replied|responded|explained|according)$/i;
const STRONG_PLACE_CUES = /\b(?:town|village|city|province|region|district|state|capital|island|port|county|suburb|outskirts|republic) of$/;
const PLACE_CUES = /(?:^|\s)(?:in|at|near|from|to|across|outside|inside|into|towards?|visit(?:ed|ing)?|via)$/;
/**
 * The cues above match at most 12 characters at the end of the text before a name: tested on its last 24
 * they match exactly when they match the whole (no match can start at the cut, where ^ or \b would read
 * differently), and cost no scan of a long sentence.
 */
const CUE_TAIL = 24;
const tail = (text: string, n: number) => (text.length > n ? text.slice(text.length - n) : text);
const OPENING = /^[\s"'“‘(\[—–-]*$/;
const HYPHEN = /^[-‐‑–]$/;
const APOSTROPHE = /^['’]$/;

// An upper-case first letter is a letter: /^\p{Lu}/ alone tells a capitalised word.
const isCapWord = (t: Token) => startsUpper(t.text);
const glued = (a: Token, b: Token) => a.end === b.start;
const isPossessive = (t: Token | undefined) => !!t && /^['’]s?$/i.test(t.text) && t.pos === 'PART';

/** "JAPAN" -> "Japan" for looking up statistics of all-caps words. */
function titleCase(w: string): string {
  return w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
}

/** Statistics of a word as written or in title case, memoised (the same few thousand words are asked again and again). */
const STATS = new Map<string, WordStats | null>();
function statsOf(w: string): WordStats | undefined {
  let st = STATS.get(w);
  if (st === undefined) {
    if (STATS.size >= 100_000) STATS.clear();
    st = wordStats(w) ?? wordStats(titleCase(w)) ?? null;
    STATS.set(w, st);
  }
  return st ?? undefined;
}

/**
 * A capitalised word that the name statistics (CoNLL-2003 training text) saw more often in names than both
 * outside names and in lower case ("Fort", "South", "United", "Pan", "Fed"): a sentence opening with it
 * opens with the name, and wink's tag is not asked. Words written more often in lower case ("Said",
 * "Against", "Given", "Will", "First", "Computer", "De") are left to wink, however few their sightings.
 */
function nameWord(w: string): boolean {
  const st = statsOf(w);
  if (!st) return false;
  const names = st.per + st.loc + st.org + st.misc;
  return names > st.none && names > st.lower;
}

/**
 * A month's abbreviation in capitals: in a headline it is the month ("2ND QTR JAN 31 NET"), not the given name
 * Jan (a Title Case "Jan" may still be one: "Jan Ullrich Wins").
 */
const MONTH_WORD = /^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)$/;

/**
 * In a headline every word is capitalised: only words known as (parts of) names start or extend a name, and not
 * those written in lower case more often than in names ("ROSE", "WILL", "SAID", "GIVEN" in "MONEY SUPPLY ROSE",
 * "ASSETS SAID LIKELY"), nor a month's abbreviation (even one a KB name holds). Other KB names always count
 * ("REAGAN", "BUSH").
 */
function headlineName(w: string): boolean {
  if (MONTH_WORD.test(w)) return false;
  if (knownNames?.has(normKey(w))) return true;
  const st = statsOf(w);
  if (!st) return false;
  const names = st.per + st.loc + st.org + st.misc;
  return names > Math.max(1, st.none) && names >= st.lower;
}

/** A capitalised word seen mostly outside names ("Offers", "Direct"), and not a KB name: for headlines. */
function commonCapitalised(w: string): boolean {
  if (knownNames?.has(normKey(w))) return false;
  const st = statsOf(w);
  return !!st && st.none > st.per + st.loc + st.org + st.misc;
}

/** Words of KB people and place names, for headlines (set while analysing a document). */
let knownNames: Set<string> | undefined;
const knownByKb = new WeakMap<KnowledgeBase, Set<string>>();

function nameWords(kb: KnowledgeBase): Set<string> {
  let set = knownByKb.get(kb);
  if (set) return set;
  set = new Set<string>();
  for (const n of kb.names()) if (n.kind === 'person' || n.kind === 'place') for (const w of normKey(n.text).split(' ')) if (w.length > 2) set.add(w);
  knownByKb.set(kb, set);
  return set;
}

/** Token index ranges [first, end) of capitalised runs in a sentence, joined by particles and glued hyphens. */
function runs(s: TaggedSentence, roleTokens: Set<number>): Array<[number, number]> {
  const toks = s.tokens;
  const out: Array<[number, number]> = [];
  const usable = (i: number) => {
    const t = toks[i];
    if (!t || roleTokens.has(i) || !isCapWord(t)) return false;
    if (s.headline && !headlineName(t.text)) return false;
    return true;
  };
  let i = 0;
  while (i < toks.length) {
    // "al-Assad": a lower-case particle glued to a capitalised word starts a name
    const particleStart = PARTICLES.has(toks[i].text) && toks[i + 1] && HYPHEN.test(toks[i + 1].text) && glued(toks[i], toks[i + 1]) && usable(i + 2);
    if ((!usable(i) && !particleStart) || (SHORT_HONORIFIC.test(toks[i].text) && usable(i + 1))) {
      i++;
      continue;
    }
    let end = particleStart ? i + 3 : i + 1;
    for (;;) {
      const t = toks[end];
      if (!t) break;
      if (usable(end) && !glued(toks[end - 1], t) && !/^\p{P}$/u.test(toks[end - 1].text)) {
        end++;
        continue;
      }
      // "Jean-Claude", "O'Brien", "al-Assad" inside a run
      const after = toks[end + 1];
      const continues = !!after && (startsUpper(after.text) || (APOSTROPHE.test(t.text) && startsLetter(after.text)));
      if ((HYPHEN.test(t.text) || APOSTROPHE.test(t.text)) && glued(toks[end - 1], t) && after && glued(t, after) && continues && !isPossessive(t)) {
        end += 2;
        continue;
      }
      // particles: "von der Leyen", "bin Salman"
      let k = end;
      while (toks[k] && PARTICLES.has(toks[k].text.toLowerCase()) && toks[k].text !== toks[k].text.toUpperCase()) k++;
      if (k > end && usable(k) && k - end <= 3) {
        end = k + 1;
        continue;
      }
      // "Rami al-Saadani", "Abu Bakr al-Baghdadi": a particle glued by a hyphen to the next word
      const dash = toks[k];
      if (k === end + 1 && dash && HYPHEN.test(dash.text) && glued(toks[k - 1], dash) && toks[k + 1] && glued(dash, toks[k + 1]) && usable(k + 1)) {
        end = k + 2;
        continue;
      }
      break;
    }
    out.push([i, end]);
    i = end;
  }
  return out;
}

function isSentenceInitial(text: string, s: TaggedSentence, first: number): boolean {
  return OPENING.test(text.slice(s.span.start, s.tokens[first].start));
}

/** A capitalised sentence opener that is not a name ("The", "However", "Despite"): seen mostly outside names. */

function openerWord(w: string): boolean {
  if (SENTENCE_OPENERS.has(w.toLowerCase())) return true;
  const st = statsOf(w);
  if (st && seen(st)) return st.none > st.per + st.loc + st.org + st.misc;
  // "Interestingly", "Notably": an adverb, unless the name is known ("Italy")
  return /^\p{Lu}\p{Ll}+ly$/u.test(w) && !knownNames?.has(w.toLowerCase());
}

/**
 * "Nick Faldo ( Britain ) 68", "Costantino Rocca (Italy)": a name followed by its country in brackets, as results
 * tables list competitors. In CoNLL-2003 training text 1,020 such names were persons and 21 clubs, except before a
 * whole number, a score, where clubs are common ("Alba ( Germany ) 75": 85 persons, 20 clubs). Not a city in
 * brackets: "Headingley ( Leeds )" is a venue.
 */
function countryAfter(kb: KnowledgeBase, toks: Token[], end: number): boolean {
  if (toks[end]?.text !== '(') return false;
  let close = end + 1;
  while (close < toks.length && close - end <= 4 && toks[close].text !== ')') close++;
  if (toks[close]?.text !== ')' || close === end + 1) return false;
  const inside = toks.slice(end + 1, close);
  if (!inside.every((t) => startsUpper(t.text))) return false;
  if (/^\d+$/.test(toks[close + 1]?.text ?? '')) return false;
  const text = inside.map((t) => t.text).join(' ');
  return kb.placesByName(text).some((p) => p.kind === 'country');
}

/**
 * Shapes that almost never name a person in news text, by CoNLL-2003 training counts: a name right after
 * "the" ("the ICAC said": 20 persons among 1,619 capitalised words after "the") and, outside all-caps lines, a
 * single all-caps word of 2-5 letters ("OCEI", "NBC": no person among 963).
 */
function notPersonShape(toks: Token[], first: number, words: string[], headline: boolean): boolean {
  if (first > 0 && /^the$/i.test(toks[first - 1].text)) return true;
  return !headline && words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0]);
}

/**
 * A dateline's place: a name opening its line, then perhaps a state or country, then the date and the dash that
 * starts the story ("FORT WAYNE, Ind., Feb 26 -", "PALO ALTO, Calif., March 3 (Reuters) -") or a numeric date
 * ("LONDON 1996-08-22"). A town the knowledge base does not list is no person.
 */
const DATELINE_AFTER =
  /^(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2})?(?:,\s*(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*\([^)\n]{1,30}\))?\s*[-—–]|\s+\d{4}-\d{2}-\d{2}\b)/iu;

function isDateline(text: string, span: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, span.start)) && DATELINE_AFTER.test(text.slice(span.end, span.end + 60));
}

/**
 * A row of a league table after a name: six or more whole numbers (played, won, drawn, lost, goals for and
 * against, points) make it a team ("Bolton 3 2 1 0 5 2 7"). In eng.train 724 names stood before such a row, 720
 * of them organisations and no person; persons' rows (golf rounds, bowling figures) are shorter.
 */
function standingsRow(toks: Token[], end: number): boolean {
  let k = end;
  while (k < toks.length && k - end < 6 && /^\d+$/.test(toks[k].text)) k++;
  return k - end >= 6;
}

/** The words of tokens [first, end), leaving out punctuation. */
function wordsOf(toks: Token[], first: number, end: number): string[] {
  const out: string[] = [];
  for (let k = first; k < end && k < toks.length; k++) if (startsLetter(toks[k].text)) out.push(toks[k].text);
  return out;
}

/** Tokens of the word at i: one, or three for a hyphenated compound ("Lieutenant-Colonel", "Ex-Yankee"). */
function wordLength(toks: Token[], i: number): number {
  const dash = toks[i + 1];
  const after = toks[i + 2];
  return dash && after && HYPHEN.test(dash.text) && glued(toks[i], dash) && glued(dash, after) && startsLetter(after.text) ? 3 : 1;
}

/** A given name by the learned statistics: most of its person uses start a name of two words or more ("Tom"). */
function givenName(w: string): boolean {
  const st = statsOf(w);
  return !!st && st.given > 0 && 2 * st.given >= seen(st);
}

/** A common word by the learned statistics: written in lower case more often than capitalised ("Life"). */
function lowerCaseWord(w: string): boolean {
  const st = statsOf(w);
  return !!st && st.lower > seen(st);
}

/** A word seen in persons' names more than in other names, or never seen capitalised. */
function personOrUnknown(w: string): boolean {
  const st = statsOf(w);
  return !st || !seen(st) || (st.per > 0 && st.per >= st.loc + st.org + st.misc);
}

/** The text is a demonym of one of the places (case-insensitively: "AMERICAN"). */
function demonymOf(places: Place[], text: string): boolean {
  if (!places.length) return false;
  const lower = text.toLowerCase();
  return places.some((p) => p.demonyms.some((d) => d.toLowerCase() === lower));
}

/**
 * A capitalised word that describes the person after it rather than naming them: a demonym ("American"), a
 * common word written mostly in lower case ("Economist", "Fullback", "Controversial") or "Ex-".
 */
function descriptorWord(kb: KnowledgeBase, w: string): boolean {
  if (/^ex$/i.test(w)) return true;
  if (demonymOf(kb.placesByName(w), w)) return true;
  const st = statsOf(w);
  if (!st || st.per + st.given > 0) return false;
  const named = st.loc + st.org + st.misc;
  return (st.misc >= 2 && st.misc > st.loc + st.org) || (st.lower >= 2 && st.lower > named + st.none);
}

/**
 * Where the name proper starts in the run [first, end): after leading honorifics and descriptors
 * ("Coach Berti Vogts", "Controversial Australian Anthony Hill", "Lieutenant-Colonel Max Marriner"), when what
 * follows starts like a person's name. `first` when nothing is left out.
 */
function nameStart(kb: KnowledgeBase, toks: Token[], first: number, end: number): number {
  let k = first;
  let honorific = false;
  while (k < end) {
    const n = wordLength(toks, k);
    if (k + n >= end) break;
    const parts = wordsOf(toks, k, k + n);
    if (HONORIFICS.test(parts[parts.length - 1])) honorific = true;
    else if (!parts.some((w) => descriptorWord(kb, w))) break;
    k += n;
  }
  if (k === first) return first;
  const w = toks[k].text;
  return givenName(w) || (honorific && personOrUnknown(w)) ? k : first;
}

/**
 * Last words that make a name an organisation whatever precedes them ("Johnson Controls Inc", "General Motors",
 * "De Beers Consolidated Mines", "Greyhound Lines"). In eng.train, 225 names of two words or more end in one of
 * these, none of them a person.
 */
const CORPORATE_HEADS = new Set(
  (
    'Corp Corporation Inc Incorporated Ltd Plc PLC Co Cos Company Holdings Motors Motor Airlines Airways Communications Pharmaceuticals ' +
    'Industries Technologies Bancorp Securities Restaurants Enterprises Laboratories Associates Bros Telecom Petroleum Chemicals Insurance ' +
    'Investments AG SA NV GmbH SpA Zeitung Gazette Tribune Mines Mining Minerals Metals Manufacturing Products Brands Utilities Railways ' +
    'Railroad Shipping Lines Properties Realty Semiconductor Software Networks'
  ).split(' '),
);
/**
 * Last words of organisations and places that are also surnames or given names now and then ("Nick Park", "Emily
 * Post"): they count after a first word that is no given name. In eng.train, of the 574 names of two words or
 * more ending in these or similar words, 25 were persons, mostly ending in "Hill", "Wells", "Field" or "Mills",
 * which are left out.
 */
const ORG_HEADS = new Set(
  'Group Bank Times Post News Herald Journal Party Council Committee Union Club University College Institute Foundation Systems Electric Energy Partners Capital Foods Estates Controls Stores Resources Steel Oil Media Press Trust Fund United Rovers Rangers Athletic Ministry Army Front Movement Agency Department Commission Authority Exchange Board Service Services Network Television Radio Magazine Daily Weekly'.split(' '),
);
const PLACE_HEADS = new Set(
  'Island Islands Isle River Lake Mountains Valley Bay Beach Park Street Avenue Square Bridge Airport Prison Stadium Coast Gulf Strait Desert Peninsula Hills Heights Springs Falls'.split(' '),
);

/**
 * What the last word of a name of two words or more makes it: an organisation ("Daniels Pharmaceuticals",
 * "General Motors"), a place ("Prince Edward Island", "Changi Prison"), or undefined.
 */
function nameHead(words: string[]): 'org' | 'place' | undefined {
  if (words.length < 2) return undefined;
  const last = words[words.length - 1].replace(/\.$/, '');
  if (CORPORATE_HEADS.has(last)) return 'org';
  if (givenName(words[0])) return undefined;
  if (ORG_HEADS.has(last)) return 'org';
  return PLACE_HEADS.has(last) ? 'place' : undefined;
}

/** Sums learned statistics over the words of a run (relative frequencies, so frequent words do not dominate). */
function evidence(words: string[]): Evidence {
  const e: Evidence = { per: 0, loc: 0, other: 0, none: 0, known: false };
  words.forEach((w, i) => {
    const s = statsOf(w);
    if (!s) return;
    const n = seen(s);
    if (!n) return;
    e.known = true;
    const weight = Math.min(1, n / 3);
    e.per += (weight * (s.per + (i === 0 && words.length > 1 ? s.given : 0))) / n;
    e.loc += (weight * s.loc) / n;
    e.other += (weight * (s.org + s.misc)) / n;
    e.none += (weight * s.none) / n;
  });
  return e;
}

/**
 * Common nouns that name what an organisation is, written right before its name ("the news weekly Der Spiegel",
 * "state news agency Petra") or right after it ("Zycie Warszawy daily said", "Slough shares"). In eng.train, of
 * the 85 names right after these nouns 83 were organisations and one a person ("insurer Thierry Dehaan", a given
 * name, which keeps it a person); of the 95 names right before the nouns after, none was a person.
 */
const ORG_NOUNS_BEFORE = new Set('newspaper newspapers daily weekly magazine agency company firm group airline carrier bank insurer broadcaster network brewer retailer conglomerate club'.split(' '));
const ORG_NOUNS_AFTER = new Set('newspaper newspapers daily weekly magazine agency company group shares stock'.split(' '));

/** A name an organisation noun introduces or follows (see ORG_NOUNS_BEFORE). */
function organisationCue(prev: Token | undefined, next: Token | undefined, words: string[]): boolean {
  if (next && ORG_NOUNS_AFTER.has(next.text)) return true;
  return !!prev && ORG_NOUNS_BEFORE.has(prev.text) && !givenName(words[0]);
}

/**
 * One sense per document for organisations: a name the document once called an organisation by its head or a cue
 * ("the news weekly Der Spiegel", "Daewoo Corp") is that organisation where nothing else named it ("told Der
 * Spiegel", "a Daewoo statement said"). `open` holds the mentions classified by their words alone, `orgs` the
 * organisations' names and, for names with a head, their first word.
 */
function organisationsAgree(open: Map<NameMention, string>, orgs: Set<string>, surnames: Set<string>): void {
  if (!orgs.size) return;
  // The surname of someone named in full stays that person ("Hollings Industries ... Marcus Hollings ... Hollings said").
  for (const [m, key] of open) if (orgs.has(key) && !surnames.has(key)) m.cls = 'other';
}

/** Last words of the people named in full in the document ("Jordan" of "Neil Jordan"). */
function surnamesOf(mentions: NameMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.cls !== 'person') continue;
    const last = /(\p{L}[\p{L}'’-]*)$/u.exec(m.text);
    if (last && last.index > 0) surnames.add(last[1]);
  }
  return surnames;
}

/**
 * One name, one reading per document: a single word that is the surname of a person named in full anywhere in
 * the document is that person ("Neil Jordan ... Jordan said", "Jordan" is no country here), unless the context
 * said otherwise (a score, a title); `bare` holds the mentions the context left open, `places` the words
 * written after a place cue anywhere in the document ("in Chechnya"), which stay places.
 */
function surnamesAgree(mentions: NameMention[], bare: Map<NameMention, string>, places: Set<string>): void {
  if (!bare.size) return;
  const surnames = surnamesOf(mentions);
  for (const [m, w] of bare) if (surnames.has(w) && !places.has(w)) m.cls = 'person';
}

/**
 * The sentence's text up to an offset, lower-cased. Lower-casing the sentence once and cutting it gives the
 * same text as lower-casing each cut, unless the sentence holds a character whose lower case depends on what
 * follows it (final sigma) or is longer than itself (dotted I): those sentences lower-case each cut.
 */
function lowerCaser(text: string, sentence: Span): (at: number) => string {
  const whole = text.slice(sentence.start, sentence.end);
  const lower = /[\u0130\u03a3]/.test(whole) ? undefined : whole.toLowerCase();
  if (lower === undefined || lower.length !== whole.length) return (at) => text.slice(sentence.start, at).toLowerCase();
  return (at) => lower.slice(0, at - sentence.start);
}

export interface NameAnalysis {
  mentions: NameMention[];
  tagged: TaggedSentence[];
}

/**
 * The last analysis, by document and knowledge base: people and places ask for the same document one after
 * the other. Not a WeakMap by document: V8's young-generation GC keeps a WeakMap's values while their keys are
 * young, even dead ones, so every document's tokens and mentions were promoted to the old generation (about
 * half of the GC time of extraction); an analysis asked for again after another document's is only computed again.
 */
let memo: { doc: Document; kb: KnowledgeBase; result: NameAnalysis } | undefined;
const matchers = new WeakMap<KnowledgeBase, RoleMatcher>();

function roleMatcher(kb: KnowledgeBase): RoleMatcher {
  let m = matchers.get(kb);
  if (!m) matchers.set(kb, (m = new RoleMatcher(kb)));
  return m;
}

/** All name mentions of the document, classified; memoised per document and knowledge base. */
export function analyseNames(doc: Document, kb: KnowledgeBase, sentences: Span[]): NameAnalysis {
  if (memo && memo.doc === doc && memo.kb === kb) return memo.result;
  const roles = roleMatcher(kb);
  knownNames = nameWords(kb);
  const tagged = taggedSentences(doc, sentences, commonCapitalised);
  const mentions: NameMention[] = [];
  const personWords = new Set<string>();
  /** Single-word names taken for a place or no person by their words alone, with that word (see `surnamesAgree`). */
  const bareWords = new Map<NameMention, string>();
  /** Single words written after a place cue somewhere in the document ("in Chechnya"). */
  const placeWords = new Set<string>();
  /** Names of organisations by a head or cue, and the first words of those with a head (see `organisationsAgree`). */
  const orgNames = new Set<string>();
  /** Names classified by their words alone, with their text or single word (see `organisationsAgree`). */
  const openNames = new Map<NameMention, string>();
  tagged.forEach((s, si) => {
    const toks = s.tokens;
    const lower = lowerCaser(doc.text, s.span);
    // role words: every token inside a role match, when it names a role here (not "Martin Luther King")
    const roleTokens = new Set<number>();
    for (let i = 0; i < toks.length; i++) {
      const m = roles.at(toks, i);
      if (!m) continue;
      const next = toks[m.end];
      const cap = isCapWord(toks[i]);
      const prevCap = i > 0 && isCapWord(toks[i - 1]) && !isSentenceInitial(doc.text, s, i - 1);
      const beforeName = next && (isCapWord(next) || (next.text === ',' && toks[m.end + 1] && isCapWord(toks[m.end + 1])));
      const afterQualifier = i > 0 && (isPossessive(toks[i - 1]) || !!kb.placeByName(toks[i - 1].text));
      if (!cap || beforeName || afterQualifier || !prevCap) for (let k = i; k < m.end; k++) roleTokens.add(k);
      i = m.end - 1;
    }
    for (const [runFirst, end] of runs(s, roleTokens)) {
      let first = runFirst;
      // a name ending in an organisation or place head keeps its first words ("General Motors said")
      const runWords = wordsOf(toks, first, end);
      const head = nameHead(runWords);
      // "The", "However", "Analyst" opening a sentence are not part of the name after them
      const opening = (k: number) => (head ? SENTENCE_OPENERS.has(toks[k].text.toLowerCase()) : openerWord(toks[k].text) || (!knownNames?.has(normKey(toks[k].text)) && !nameWord(toks[k].text) && s.pos(k) !== 'PROPN'));
      while (end - first > 1 && isSentenceInitial(doc.text, s, first) && opening(first)) first++;
      if (!head && end - first > 1 && !kb.placesByName(doc.text.slice(toks[first].start, toks[end - 1].end)).length) first = nameStart(kb, toks, first, end);
      const span = { start: toks[first].start, end: toks[end - 1].end };
      const text = doc.text.slice(span.start, span.end);
      const before = lower(span.start);
      const words = first === runFirst ? runWords : wordsOf(toks, first, end);
      /** Every KB place and organisation the text names (one lookup for both). */
      const named = kb.placesByName(text);
      const initial = isSentenceInitial(doc.text, s, first);
      const next = toks[end];
      const qualifier = !!(roles.at(toks, end) || (isPossessive(next) && roles.at(toks, end + 1)));
      // Most names are no KB place: the (memoised, never changed) empty answer serves for all three lists.
      const places = named.length ? named.filter((p) => p.kind !== 'organisation' || qualifier) : named;
      const demonym = places.length > 0 && demonymOf(places, text);
      const mention: NameMention = { span, text, cls: 'other', places, demonym, qualifier, sentence: s.span, sentenceIndex: si, before };
      if (qualifier) {
        mention.cls = places.length && !places.every((p) => p.kind === 'organisation') ? 'place' : 'other';
        mentions.push(mention);
        continue;
      }
      const title = titleBefore(kb, roles, doc.text, toks, first) ?? titleAfter(kb, roles, doc.text, toks, end);
      const prev = toks[first - 1];
      const honorific = !!prev && HONORIFICS.test(prev.text) && isCapWord(prev);
      const people = kb.peopleByName(text);
      const realPlaces = places.length ? places.filter((p) => p.kind !== 'organisation') : places;
      const orgs = named.length ? named.filter((p) => p.kind === 'organisation') : named;
      const ev = evidence(words);
      const cueAfter = !!next && PERSON_CUES.test(next.text);
      const cueText = tail(before.trimEnd(), CUE_TAIL);
      const placeCue = PLACE_CUES.test(cueText);
      const opener = initial && words.length === 1 && openerWord(words[0]);
      const commonWord = words.length === 1 && ev.none > 3 * (ev.per + ev.loc + ev.other) && !personWords.has(words[0]);
      const strongPlace = STRONG_PLACE_CUES.test(cueText);
      const orgCue = organisationCue(prev, next, words);
      // "Baltimore 5 SEATTLE 2": places followed by a score are sports teams
      const score = /^\d{1,3}$/.test(next?.text ?? '') && !people.length && (realPlaces.length > 0 || ev.loc > ev.per);
      const standings = standingsRow(toks, end);
      mention.cls = classifyName({
        words,
        initial,
        headline: s.headline,
        opener,
        score,
        standings,
        strongPlace,
        placeCue,
        cueAfter,
        head,
        title: !!title,
        honorific,
        orgCue,
        commonWord,
        personWord: words.length === 1 && personWords.has(words[0]),
        people,
        realPlaces,
        orgs,
        countryAfter: () => countryAfter(kb, toks, end),
        evidence: ev,
      });
      // "in Jordan 's film" says nothing of Jordan
      if (words.length === 1 && (strongPlace || placeCue) && !isPossessive(next)) placeWords.add(words[0]);
      else if (mention.cls !== 'person' && words.length === 1 && !title && !honorific && !opener && !score && !strongPlace && !placeCue && !demonym && !lowerCaseWord(words[0])) bareWords.set(mention, words[0]);
      if (mention.cls === 'person' && !title && !honorific && !people.length && (notPersonShape(toks, first, words, s.headline) || isDateline(doc.text, span))) mention.cls = 'other';
      if (mention.cls === 'other' && !people.length && !realPlaces.length && (head === 'org' || orgCue || standings)) {
        orgNames.add(text);
        if (head === 'org') orgNames.add(words[0]);
      } else if (!title && !honorific && !people.length && !realPlaces.length && !orgs.length && !opener && !score && !strongPlace && !placeCue) openNames.set(mention, text);
      if (title && mention.cls === 'person') mention.title = title;
      if (mention.cls === 'person') for (const w of words) personWords.add(w);
      mentions.push(mention);
    }
  });
  surnamesAgree(mentions, bareWords, placeWords);
  organisationsAgree(openNames, orgNames, surnamesOf(mentions));
  const result = { mentions, tagged };
  memo = { doc, kb, result };
  return result;
}

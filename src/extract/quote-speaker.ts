// Finds who a quotation is attributed to: a speech verb before or after it ("Putin said", "said Putin",
// "according to Peskov", "…, he told reporters"), with pronouns and surnames linked to person mentions.
import type { Span } from '../core/types.js';
import {
  CUE_PARTICIPLES,
  CUE_VERBS,
  DETERMINERS,
  NP_LEAD,
  NOT_SUBJECT,
  NP_STOP,
  OTHER_PRONOUNS,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  SKIP_WORDS,
  UNNAMED_SPEAKER_HEADS,
  type Token,
} from './quote-cues.js';
import { genderOfHonorific, genderOfName, genderOfPronoun, type Gender } from './name-gender.js';
import type { PersonFact, QuoteFact } from './types.js';

export type Speaker = NonNullable<QuoteFact['speaker']>;

export interface Attribution {
  speaker?: Speaker;
  cue: string;
  /** Span of the cue in the text. */
  cueSpan: Span;
}

/** Characters between a name and a word that describes the person, before it or in an appositive after it (see describedAs). */
const DESCRIPTION_REACH = 40;
/** The appositive after a name is read this much further, for its comma and article (", the ..."). */
const APPOSITIVE_LEAD = 10;

/** Person mentions sorted by position, with lookups by offset. */
export class Mentions {
  private readonly list: PersonFact[];
  private readonly names = new Map<number, string>();

  constructor(people: PersonFact[]) {
    this.list = [...people].sort((a, b) => a.span.start - b.span.start);
    for (const p of this.list) {
      const known = this.names.get(p.entity);
      if (known === undefined || (!p.short && known.split(/\s+/).length < p.name.split(/\s+/).length)) this.names.set(p.entity, p.name);
    }
  }

  /** Index of the last mention starting before offset, or -1. */
  private lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].span.start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Mentions overlapping [start, end), in order. */
  inside(start: number, end: number): PersonFact[] {
    const out: PersonFact[] = [];
    for (let i = this.lastBefore(end); i >= 0 && this.list[i].span.end > start - 200; i--) {
      const p = this.list[i];
      if (p.span.end > start && p.span.start < end) out.unshift(p);
    }
    return out;
  }

  /**
   * The person a "he"/"she" at offset most likely refers to: the last one named as a subject, else the last one
   * named; never one whose first name is usually of the other gender ("She" after Hillary Clinton and Donald Trump).
   * A subject is looked for before the pronoun's paragraph only when the paragraph names no one.
   * `genderOf` tells a mention's gender where known.
   */
  antecedent(offset: number, isSubject: (p: PersonFact) => boolean, gender?: Gender, genderOf?: (p: PersonFact) => Gender | undefined, paragraphStart = 0, window = 2500): PersonFact | undefined {
    let nearest: PersonFact | undefined;
    for (let i = this.lastBefore(offset); i >= 0 && this.list[i].span.start > offset - window; i--) {
      const p = this.list[i];
      if (p.span.end > offset) continue;
      if (nearest && p.span.start < paragraphStart) return nearest;
      if (gender && genderOf) {
        const other = genderOf(p);
        if (other && other !== gender) continue;
      }
      nearest ??= p;
      if (isSubject(p)) return p;
    }
    return nearest;
  }

  /** The nearest earlier mention whose last name is this word (a surname the people extractor did not link). */
  bySurname(word: string, offset: number): PersonFact | undefined {
    const w = word.toLowerCase();
    for (let i = this.lastBefore(offset); i >= 0; i--) {
      const parts = this.list[i].name.toLowerCase().split(/\s+/);
      if (parts[parts.length - 1] === w) return this.list[i];
    }
    return undefined;
  }

  nameOf(entity: number): string | undefined {
    return this.names.get(entity);
  }

  /**
   * Whether the person is described by this word next to one of their mentions: a title or an appositive
   * ("President Obama", "White House spokesman Marlin Fitzwater", "Peskov, the Kremlin spokesman").
   */
  describedAs(entity: number, word: string, text: string): boolean {
    const title = new RegExp(`\\b${word}\\b[^.,;:!?"“”\\n]{0,${DESCRIPTION_REACH}}$`, 'i');
    const appositive = new RegExp(`^\\s*,[^.,;:!?"“”]{0,${DESCRIPTION_REACH}}\\b${word}\\b`, 'i');
    return this.list.some((p) => p.entity === entity && (title.test(text.slice(Math.max(0, p.span.start - DESCRIPTION_REACH), p.span.start)) || appositive.test(text.slice(p.span.end, p.span.end + DESCRIPTION_REACH + APPOSITIVE_LEAD))));
  }
}

/** Where the paragraph holding `offset` starts: after the last blank line before it (any line ending). */
function paragraphStart(text: string, offset: number): number {
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  const from = Math.max(0, offset - 5000);
  blank.lastIndex = from;
  for (let m = blank.exec(text); m && m.index < offset; m = blank.exec(text)) start = m.index + m[0].length;
  return start;
}

/** A word without a contracted "'s" ("he’s" → "he"). */
export const bare = (w: string) => w.replace(/['’](?:s|d|ll|ve|re|m)$/, '');
const isCue = (t: Token) => t.word && t.text === t.lower && (CUE_VERBS.has(t.lower) || CUE_PARTICIPLES.has(t.lower));
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** How far back (characters) an unnamed speaker is still the one a "he" or "she" refers to. */
const UNNAMED_REACH = 600;

/** Resolves speaker noun phrases and pronouns against the document's person mentions. */
export class SpeakerResolver {
  /** The last speaker phrase resolved that names no one ("the spokesman"), and its gender where known. */
  private unnamed?: { span: Span; head: string; gender?: Gender };

  constructor(
    private readonly text: string,
    private readonly mentions: Mentions,
    private readonly isSubject: (p: PersonFact) => boolean,
  ) {}

  /** A mention's gender: from an honorific before it ("Mr. Li"), else from the first name of the person's fullest name. */
  private genderOf(p: PersonFact): Gender | undefined {
    return genderOfHonorific(this.text.slice(Math.max(0, p.span.start - 10), p.span.start)) ?? genderOfName(this.mentions.nameOf(p.entity) ?? p.name);
  }

  private fromMention(p: PersonFact): Speaker {
    return { text: p.text, span: { ...p.span }, entity: p.entity, ...(p.personId ? { personId: p.personId } : {}), name: this.mentions.nameOf(p.entity) ?? p.name };
  }

  /**
   * "The spokesman said: “…” He added …": a pronoun at `start` takes up the last unnamed speaker when that
   * speaker came after the person it would otherwise refer to (`p`), lies within reach, agrees in gender,
   * and does not describe that person ("President Obama … the president said … he added").
   */
  private takesUpUnnamed(start: number, p: PersonFact | undefined, gender: Gender | undefined): boolean {
    const u = this.unnamed;
    if (!u || start - u.span.start > UNNAMED_REACH) return false;
    if (u.gender && gender && u.gender !== gender) return false;
    return !p || (p.span.start < u.span.start && !this.mentions.describedAs(p.entity, u.head, this.text));
  }

  /** A speaker from the noun-phrase tokens; `last` picks the last person mention inside (before a verb). */
  fromPhrase(tokens: Token[], last: boolean): Speaker | undefined {
    let a = 0;
    while (a < tokens.length && NP_LEAD.has(tokens[a].lower)) a++;
    if (a >= tokens.length) return undefined;
    const start = tokens[a].start;
    const end = tokens[tokens.length - 1].end;
    const word = bare(tokens[a].lower);
    if (tokens.length - a === 1 && PERSONAL_PRONOUNS.has(word)) {
      const span = { start, end: start + word.length };
      const text = this.text.slice(span.start, span.end);
      const gender = genderOfPronoun(word);
      const p = this.mentions.antecedent(start, this.isSubject, gender, (m) => this.genderOf(m), paragraphStart(this.text, start));
      // "The spokesman said: “…” He added …": the pronoun takes up the unnamed speaker, not a person named before it.
      if (this.takesUpUnnamed(start, p, gender)) return { text, span };
      return p ? { ...this.fromMention(p), text, span } : { text, span };
    }
    if (tokens.length - a === 1 && OTHER_PRONOUNS.has(word)) return { text: this.text.slice(start, start + word.length), span: { start, end: start + word.length } };
    const inside = this.mentions.inside(start, end);
    if (inside.length > 0) return this.fromMention(last ? inside[inside.length - 1] : inside[0]);
    const speaker: Speaker = { text: this.text.slice(start, end), span: { start, end } };
    const head = tokens[tokens.length - 1];
    if (isCapitalised(head)) {
      const p = this.mentions.bySurname(head.text, start);
      if (p) return { ...speaker, entity: p.entity, ...(p.personId ? { personId: p.personId } : {}), name: this.mentions.nameOf(p.entity) ?? p.name };
    } else if (UNNAMED_SPEAKER_HEADS.has(head.lower)) this.unnamed = { span: { start, end }, head: head.lower, gender: UNNAMED_SPEAKER_HEADS.get(head.lower) };
    return speaker;
  }
}

/** Noun phrase ending just before tokens[j] (inclusive of j), walking left; [] when there is none. */
function phraseLeft(tokens: Token[], j: number): { tokens: Token[]; first: number } {
  let k = j;
  let n = 0;
  while (k >= 0 && tokens[k].word && !NP_STOP.has(tokens[k].lower) && !isCue(tokens[k]) && n < 8) {
    k--;
    n++;
  }
  return { tokens: tokens.slice(k + 1, j + 1), first: k + 1 };
}

/** Noun phrase starting at tokens[j], walking right. */
function phraseRight(tokens: Token[], j: number): Token[] {
  let k = j;
  while (k < tokens.length && tokens[k].word && !NP_STOP.has(tokens[k].lower) && !isCue(tokens[k]) && k - j < 8) k++;
  return tokens.slice(j, k);
}

/**
 * The subject of the cue at tokens[cue]: the phrase before it, skipping adverbs and time words
 * ("Putin on Tuesday also said"), an appositive ("Peskov, the Kremlin spokesman, said") or a relative
 * pronoun ("Putin, who said"). `first` is the index of the subject's first token.
 */
export function subjectBefore(tokens: Token[], cue: number): { tokens: Token[]; first: number } | undefined {
  let j = cue - 1;
  while (j >= 0 && tokens[j].word && (SKIP_WORDS.has(tokens[j].lower) || /^[a-z]+ly$/.test(tokens[j].text))) j--;
  if (j < 0) return undefined;
  const t = tokens[j];
  if (t.text === ',') {
    // An appositive between commas: prefer the phrase before it ("Peskov, the Kremlin spokesman, said").
    let k = j - 1;
    while (k >= 0 && tokens[k].word && j - k <= 10) k--;
    const appositive = tokens.slice(k + 1, j);
    if (k >= 0 && tokens[k].text === ',' && k > 0 && tokens[k - 1].word) {
      const head = phraseLeft(tokens, k - 1);
      if (head.tokens.length > 0) return head;
    }
    return appositive.length > 0 ? { tokens: appositive, first: k + 1 } : undefined;
  }
  if (!t.word || DETERMINERS.has(t.lower)) return undefined;
  if (PERSONAL_PRONOUNS.has(bare(t.lower)) || OTHER_PRONOUNS.has(bare(t.lower))) return { tokens: [t], first: j };
  if (RELATIVE_PRONOUNS.has(t.lower)) {
    if (j >= 2 && tokens[j - 1].text === ',' && tokens[j - 2].word) return phraseLeft(tokens, j - 2);
    return undefined;
  }
  const np = phraseLeft(tokens, j);
  return np.tokens.length > 0 ? np : undefined;
}

/** The subject after an inverted cue ("said Dmitry Peskov, the Kremlin spokesman"). */
function subjectAfter(tokens: Token[], from: number): Token[] {
  let j = from;
  while (j < tokens.length && tokens[j].word && SKIP_WORDS.has(tokens[j].lower) && !isCapitalised(tokens[j])) j++;
  return phraseRight(tokens, j);
}

/** "according to X" starting at tokens[i]. */
function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

export interface ClauseResult {
  /** The tokens naming the speaker, and whether the last person mention in them is meant. */
  subject?: Token[];
  last: boolean;
  cue: Token;
  cueText: string;
}

/**
 * Attribution right after a closing mark: "…,” Putin said", "…,” said Putin", "…,” according to Peskov",
 * "…,” he told reporters". The speaker phrase must start the clause.
 */
export function clauseAfter(tokens: Token[]): ClauseResult | undefined {
  let i = 0;
  while (i < tokens.length && tokens[i].text === ',') i++;
  if (i >= tokens.length) return undefined;
  if (/^[\u2014\u2013\u2015]$/.test(tokens[i].text)) {
    // "“…” ― Sonya Herridge": a name after a dash signs the quotation.
    const name = phraseRight(tokens, i + 1);
    return name.length > 0 && name.length <= 4 && name.every(isCapitalised) ? { subject: name, last: false, cue: tokens[i], cueText: '' } : undefined;
  }
  if (isAccordingTo(tokens, i)) return { subject: phraseRight(tokens, i + 2), last: false, cue: tokens[i], cueText: 'according to' };
  if (isCue(tokens[i]) && !CUE_PARTICIPLES.has(tokens[i].lower)) return { subject: subjectAfter(tokens, i + 1), last: false, cue: tokens[i], cueText: tokens[i].text };
  for (let c = i + 1; c < tokens.length && c <= i + 24; c++) {
    const t = tokens[c];
    if (!t.word && t.text !== ',') return undefined;
    if (!isCue(t) || CUE_PARTICIPLES.has(t.lower)) continue;
    const subject = subjectBefore(tokens, c);
    if (!subject || subject.first !== i) {
      // "…,” Putin, the Russian leader, said": the appositive form starts the clause too.
      if (subject && tokens.slice(i, subject.first).every((x) => x.word || x.text === ',')) return { subject: subject.tokens, last: true, cue: t, cueText: t.text };
      return undefined;
    }
    return { subject: subject.tokens, last: true, cue: t, cueText: t.text };
  }
  return undefined;
}

/**
 * Attribution before an opening mark in the same sentence: the last speech verb before it and its subject
 * ("Putin said the talks were “productive”", "According to Peskov, “…”", "…, saying “…”").
 */
export function clauseBefore(tokens: Token[]): (ClauseResult & { participle: boolean }) | undefined {
  for (let c = tokens.length - 1; c >= 0; c--) {
    const t = tokens[c];
    if (t.lower === 'according' && isAccordingTo(tokens, c)) return { subject: phraseRight(tokens, c + 2), last: false, cue: t, cueText: 'according to', participle: false };
    if (!isCue(t)) continue;
    if (c > 0 && DETERMINERS.has(tokens[c - 1].lower)) continue;
    if (CUE_PARTICIPLES.has(t.lower)) {
      // "footage of Hillary Clinton asking, “…”": a name right before the participle speaks.
      const named = c > 0 && tokens[c - 1].word && isCapitalised(tokens[c - 1]) ? phraseLeft(tokens, c - 1) : undefined;
      if (named && named.tokens.length > 0) return { subject: named.tokens, last: true, cue: t, cueText: t.text, participle: false };
      // "…, he said, adding “…”": the subject of the earlier verb in the sentence.
      for (let e = c - 1; e >= 0; e--) {
        if (!isCue(tokens[e]) || CUE_PARTICIPLES.has(tokens[e].lower)) continue;
        const earlier = subjectBefore(tokens, e);
        if (earlier) return { subject: earlier.tokens, last: true, cue: t, cueText: t.text, participle: false };
      }
      return { last: true, cue: t, cueText: t.text, participle: true };
    }
    const subject = subjectBefore(tokens, c);
    if (subject) return { subject: subject.tokens, last: true, cue: t, cueText: t.text, participle: false };
    const after = subjectAfter(tokens, c + 1);
    if (after.length > 0 && isCapitalised(after[0])) return { subject: after, last: false, cue: t, cueText: t.text, participle: false };
    return { last: true, cue: t, cueText: t.text, participle: false };
  }
  return undefined;
}

/** The subject at the start of a sentence: a pronoun or the leading run of capitalised words ("Secretary of State Rubio"). */
export function sentenceSubject(tokens: Token[]): Token[] | undefined {
  let i = 0;
  while (i < tokens.length && (!tokens[i].word || NP_LEAD.has(tokens[i].lower))) i++;
  if (i >= tokens.length) return undefined;
  if (PERSONAL_PRONOUNS.has(bare(tokens[i].lower)) || OTHER_PRONOUNS.has(bare(tokens[i].lower))) return [tokens[i]];
  if (NOT_SUBJECT.has(tokens[i].lower)) return undefined;
  let k = i;
  while (k < tokens.length && tokens[k].word && (isCapitalised(tokens[k]) || (k > i && /^(?:of|the|for)$/.test(tokens[k].lower)))) k++;
  while (k > i && !isCapitalised(tokens[k - 1])) k--;
  return k > i ? tokens.slice(i, k) : undefined;
}

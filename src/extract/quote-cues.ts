// Word lists and small tokeniser for quote attribution: speech verbs, pronouns, words skipped between a
// speaker and the verb, and the channel a statement was made on.
import type { Span } from '../core/types.js';

/** Speech verbs that introduce or follow a quotation ("said", "told", "tweeted"). */
export const CUE_VERBS = new Set(
  (
    'said says say stated states declared declares asserted asserts told tells posted posts wrote writes added adds ' +
    'warned warns remarked remarks noted notes explained explains insisted insists argued argues claimed claims tweeted tweets ' +
    'announced announces acknowledged acknowledges asked asks replied replies responded responds continued stressed stresses ' +
    'emphasized emphasised emphasizes urged urges complained complains recalled recalls suggested suggests countered conceded ' +
    'admitted admits predicted predicts vowed vows promised promises observed commented boasted boasts joked quipped cautioned ' +
    'called calls described describes pledged testified confirmed reiterated shouted yelled proclaimed charged alleged ' +
    'lamented mused wondered opined retorted snapped scoffed fumed concluded thundered agreed disagreed accused accuses ' +
    'blasted slammed criticized criticised praised touted hailed dubbed labeled labelled branded reports reported ' +
    'report mocked dismissed cited cites demanded demands sings sang read reads tell telling pleaded begged ruled ' +
    'explain added insist argue claim warn note ask'
  ).split(' '),
);

/** Participles that continue a clause whose subject is the speaker ("…, saying “…”"). */
export const CUE_PARTICIPLES = new Set(
  'saying adding noting calling declaring warning explaining asking insisting arguing claiming describing writing tweeting posting stressing urging accusing vowing promising acknowledging stating announcing remarking replying responding conceding admitting predicting'.split(' '),
);

export const PERSONAL_PRONOUNS = new Set(['he', 'she']);
export const OTHER_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * Heads of an unnamed speaker ("the spokesman", "a senior official", "one trader"): a "he" or "she" after such a
 * speaker's quotation refers back to it rather than to a person named before it. The gender where the word gives
 * one. Only nouns that usually stand for someone left unnamed: office titles ("the prime minister said", "the
 * chief executive said") are most often a second reference to the person named before.
 */
export const UNNAMED_SPEAKER_HEADS: ReadonlyMap<string, 'male' | 'female' | undefined> = new Map([
  ...'spokesperson official aide adviser advisor analyst economist source diplomat banker trader dealer broker witness resident insider'
    .split(' ')
    .map((w): [string, undefined] => [w, undefined]),
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
]);

/** Words that may stand between a speaker and the speech verb ("Putin on Tuesday also said"). */
export const SKIP_WORDS = new Set(
  (
    'also later previously then has have had would will is was were are has been reportedly repeatedly once recently publicly ' +
    'privately just already again further earlier simply flatly bluntly openly often frequently later subsequently quickly ' +
    'angrily proudly famously memorably yesterday today tonight on last this late early monday tuesday wednesday thursday ' +
    'friday saturday sunday week month year night morning afternoon evening weekend previously initially first finally even ' +
    'not never could may might did does do'
  ).split(' '),
);

/** Words after which a cue word is a noun, not a verb ("his claims", "the calls"). */
export const DETERMINERS = new Set('his her their its our my your the a an this these those such'.split(' '));

/** Words that end a speaker noun phrase when walking away from the verb. */
export const NP_STOP = new Set(
  (
    'that and but or which as when while because after before if than so where whether though although since until ' +
    'to in on at during with without about from by into over under against like unlike near amid among ' +
    'is was were are be been being has have had who whom whose what why how'
  ).split(' '),
);

/** Capitalised words that open a sentence without being its subject ("On Tuesday", "In recent weeks"). */
export const NOT_SUBJECT = new Set(
  'on in at as all more after before during when while if though although since for with by from to this that these those it there here the a an some many most one two several according under over'.split(' '),
);

/** Leading words trimmed from a speaker noun phrase ("But the official" → "the official"). */
export const NP_LEAD = new Set('but and so then meanwhile however yet also still now later instead'.split(' '));

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=[\p{L}]\.)|\.(?=\s*[a-z]))*\.?|[,;:()\u2014\u2013\u2015"“”]|[.!?]/gu;

const ABBREVIATION = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Sens|Reps|(?:[A-Za-z]\.)+[A-Za-z])$/;
const WORD_START = /[\p{L}\p{N}]/u;

/** Words and punctuation of text[from, to), with document offsets. One regex pass over the range. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let skipTo = -1;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    let t = m[0].length > to - start ? m[0].slice(0, to - start) : m[0];
    if (start < skipTo) continue;
    if (t === '(') {
      // A short aside in brackets ("Rep. Gwen Moore (D-Wis.) said") is left out.
      const close = text.indexOf(')', start);
      if (close > start && close - start <= 30 && close < to) {
        skipTo = close + 1;
        continue;
      }
    }
    // A trailing full stop belongs to the word only for abbreviations and initials ("Mr.", "U.S.", "J.").
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION.test(t.slice(0, -1))) t = t.slice(0, -1);
    const last = out[out.length - 1];
    if (t === '.' && last && last.end === start && ABBREVIATION.test(last.text)) {
      // "Rep." "Sen." "J.": the full stop belongs to the abbreviation.
      last.text += '.';
      last.lower += '.';
      last.end += 1;
      continue;
    }
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, word: WORD_START.test(t[0]) });
  }
  return out;
}

const CHANNELS: RegExp[] = [
  /\bvia (?:[A-Z][\w.'’-]*|X)(?: [A-Z][\w.'’-]*){0,3}/,
  /\bon (?:Truth Social|X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Threads|Bluesky|Weibo|VKontakte|LinkedIn|Reddit|Snapchat|WhatsApp|Signal)\b/,
  /\bon (?:his|her|its|their|the) (?:own )?(?:[\w-]+ ){0,3}(?:platform|account|page|channel|feed|website|site|blog|show|podcast|program|programme)\b/,
  /\bon (?:state |national |public |Russian |Ukrainian |U\.S\. |American )?(?:television|TV|radio)\b/,
  /\bin (?:a|an|his|her|their|its|the) (?:[\w-]+ ){0,3}(?:address|statement|interview|speech|post|video|message|letter|briefing|press conference|news conference|op-ed|tweet|broadcast|appearance|podcast|memo|email|e-mail|blog post|Facebook post|essay|column|remarks|call|phone call|conversation|sermon|testimony|filing)\b/,
  /\bat (?:a|an|the) (?:[\w-]+ ){0,3}(?:press conference|news conference|briefing|rally|hearing|event|summit|meeting|forum|debate|town hall)\b/,
];

/** The channel named in an attribution clause ("on Truth Social", "via X", "in a televised address"). */
export function findChannel(clause: string): string | undefined {
  for (const re of CHANNELS) {
    const m = re.exec(clause);
    if (m) return m[0].replace(/(?<![A-Z]\.[A-Z])\.$/, '');
  }
  return undefined;
}

/** Tokens of text[from, to) with the quotations in it replaced by one `"` token each (their words are not cues). */
export function tokenizeMasked(text: string, from: number, to: number, quotes: readonly Span[]): Token[] {
  const out: Token[] = [];
  let at = from;
  for (const q of quotes) {
    if (q.end <= from || q.start >= to) continue;
    if (q.start > at) out.push(...tokenize(text, at, q.start));
    out.push({ text: '"', lower: '"', start: Math.max(q.start, from), end: Math.min(q.end, to), word: false });
    at = Math.max(at, q.end);
  }
  if (at < to) out.push(...tokenize(text, at, to));
  return out;
}

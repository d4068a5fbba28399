// Name / title normalisation helpers shared by the knowledge base and the extractors.
//
// Two levels of folding:
//  - foldCase(text): keeps letter case; folds diacritics (Erdoğan -> Erdogan), typographic
//    apostrophes/dashes, removes dots of abbreviations (U.S. -> US, H.W. -> HW), turns hyphens
//    into spaces, drops possessive "'s", collapses whitespace. Used where case matters (places:
//    "US" vs the pronoun "us", "Turkey" vs "turkey").
//  - normKey(text): foldCase(text).toLowerCase() with a leading "the" dropped. Used for
//    case-insensitive keys (people, roles, events, office names).

const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'O', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', İ: 'I', æ: 'ae', Æ: 'AE',
  œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ŀ: 'l', ħ: 'h', Ħ: 'H',
};

/** Removes diacritics and maps letters that do not decompose (ø, ß, ł, ı ...). Keeps case. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØßłŁđĐıİæÆœŒþÞðÐŀħĦ]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * Folds of short strings, memoised: names and tokens repeat across a corpus, and each fold runs a dozen
 * regular expressions (it was the largest cost of name matching). Cleared when it grows large.
 */
const FOLDS = new Map<string, string>();

/** Case-preserving fold: diacritics, quotes, dashes, dots, possessives, spacing. */
export function foldCase(text: string): string {
  if (asciiLetters(text)) return text; // most words: nothing to fold, and no memo lookup
  if (text.length > 64) return fold(text);
  let f = FOLDS.get(text);
  if (f === undefined) {
    if (FOLDS.size >= 100_000) FOLDS.clear();
    f = fold(text);
    FOLDS.set(text, f);
  }
  return f;
}

/** Only ASCII letters (or nothing): a text `fold` returns unchanged. */
function asciiLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // A-Z to a-z; nothing else lands in a-z
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

function fold(text: string): string {
  let t = stripDiacritics(text);
  t = t.replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
  // possessives: "NATO's" -> "NATO", "allies'" -> "allies"
  t = t.replace(/(\w)'s\b/gi, '$1').replace(/(\w)s'(?=\s|$)/g, '$1s');
  // remaining apostrophes inside words (O'Rourke, Ya'alon) are dropped
  t = t.replace(/'/g, '');
  // abbreviation dots: "U.S." / "U. S." -> "US", "H.W." -> "HW"; other dots -> space
  t = t.replace(/\b(?:[A-Za-z]\.\s?)+[A-Za-z]\b\.?/g, (m) => m.replace(/[.\s]/g, ''));
  t = t.replace(/\./g, ' ');
  // hyphens, slashes, commas and other punctuation -> space
  t = t.replace(/[-/,;:!?()[\]{}"*+=<>|\\~^_#@$%]/g, ' ');
  return t.replace(/\s+/g, ' ').trim();
}

const LEADING_ARTICLE = /^(the|a|an) /;

/** Case-insensitive key: folded, lower-cased, leading article dropped. */
export function normKey(text: string): string {
  return foldCase(text).toLowerCase().replace(LEADING_ARTICLE, '');
}

/** Tokens of a case-preserving fold. */
export function tokens(text: string): string[] {
  const f = foldCase(text);
  return f ? f.split(' ') : [];
}

/** Words that qualify a title without changing the office ("former", "then-", "acting" ...). */
export const TITLE_MODIFIERS = new Set([
  'former', 'ex', 'then', 'late', 'current', 'incumbent', 'sitting', 'outgoing', 'incoming',
  'acting', 'interim', 'caretaker', 'new', 'newly', 'elected', 'president-elect', 'designate',
  'longtime', 'long', 'serving', 'veteran', 'embattled', 'beleaguered', 'then-', 'erstwhile',
]);

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Default surname of a canonical name: the last token that is not a suffix (Jr., III). */
export function defaultSurname(name: string): string {
  const toks = normKey(name).split(' ').filter((x) => x);
  while (toks.length > 1 && NAME_SUFFIXES.has(toks[toks.length - 1])) toks.pop();
  return toks[toks.length - 1] ?? '';
}

/** Is the (folded) name an acronym that must match with its exact case (US, UK, UN, EU)? */
export function isShortAcronym(folded: string): boolean {
  return /^[A-Z]{2,3}$/.test(folded);
}

/** ISO calendar date check (YYYY-MM-DD, real day of month). */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[mo - 1];
}

/** Whole days from a to b (b - a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}

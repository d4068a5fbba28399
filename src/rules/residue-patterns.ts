// Scraping residue as data: page furniture, comment widgets and markup that leaked into article text.

export interface ResiduePattern {
  /** Matched against one trimmed line. */
  pattern: RegExp;
  label: string;
  /** A match that is not residue after all (`at`: where it starts in `line`; `prev`: the line before); the line is searched on past it. */
  exempt?: (line: string, match: string, at: number, prev: string) => boolean;
}

/** Element names whose tags in plain text are taken as HTML left by a scraper. */
const TAG_NAMES = String.raw`div|span|p|a|img|script|style|iframe|br|b:[a-z]+|section|article|figure|ul|li`;

/** Abbreviations a company's name ends in, with their full stop. */
const COMPANY_ABBREVIATION = /^(?:Co|Cos|Inc|Corp|Ltd|Bros|Plc|PLC|Pty|Cie|Ag|AG|SA|NV)\.$/;

/**
 * Wire copy names companies and tickers in angle brackets ("Phillips Petroleum <P>", "<A.C. Goode and Co Ltd>",
 * "Unilever PLC <UL>"; every "HTML tag" this rule once reported on Reuters-21578, 23, was one). A bare upper-case tag
 * written after a capitalised word (on the line before when it opens its line), with a space, punctuation or the
 * line's end after it, and no closing tag of its kind on the line, is such a ticker. The tag pattern itself
 * takes no name followed by a dot ("<P.W. Stephens>") nor attributes without a value ("<Li Ka-shing
 * Foundations Ltd>").
 */
function tickerLike(line: string, match: string, at: number, prev: string): boolean {
  const name = /^<([A-Z]{1,3})>$/.exec(match)?.[1];
  if (!name) return false;
  // A tag that opens its line follows the end of the line before (wire copy is hard-wrapped).
  const before = at === 0 ? prev.slice(-60) : line.slice(Math.max(0, at - 60), at);
  const word = /(?:^|[\s(])([A-Z][\w&'.-]*)\s?$/.exec(before)?.[1];
  // A full stop ends the sentence ("said Senator Smith. <P>"), but for a company's abbreviation ("Harlow Co. <P>").
  if (!word || (word.endsWith('.') && !COMPANY_ABBREVIATION.test(word))) return false;
  const after = line.slice(at + match.length, at + match.length + 1);
  return /^(?:$|[\s.,;:)])/.test(after) && !new RegExp(`</${name}\\s*>`, 'i').test(line);
}

/** Whole lines that are page furniture, never article prose. */
export const WIDGET_LINES: ResiduePattern[] = [
  { pattern: /^(?:post|leave|add|write|submit)\s+(?:a|your|new)\s+(?:comment|reply|response)s?\s*[.:!]?$/i, label: 'comment widget' },
  { pattern: /^(?:\d+|no|one|view|show|load|hide|read)\s+(?:more\s+|all\s+)?comments?(?:\s*\(\d+\))?\s*[.:]?$/i, label: 'comment counter' },
  { pattern: /^comments?\s*(?:\(\d+\)|:)?$/i, label: 'comment widget' },
  { pattern: /^cancel\s+reply$/i, label: 'comment widget' },
  { pattern: /^your email address will not be published\.?/i, label: 'comment form' },
  { pattern: /^required fields are marked\s*\*?$/i, label: 'comment form' },
  { pattern: /^(?:name|email|website)\s*\*?$/i, label: 'comment form' },
  { pattern: /^save my name, email, and website in this browser/i, label: 'comment form' },
  { pattern: /^(?:share|like)\s+this:?$/i, label: 'sharing widget' },
  { pattern: /^(?:click to )?share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|email)\b.*$/i, label: 'sharing widget' },
  { pattern: /^(?:tweet|share|print|email|pin it|whatsapp)(?:\s*[|·•]\s*(?:tweet|share|print|email|pin it|whatsapp|facebook|twitter))+$/i, label: 'sharing widget' },
  { pattern: /^(?:you may also like|related (?:posts|articles|stories)|recommended for you|more from [\w ]{1,30}|trending now|popular posts|read next)\s*:?$/i, label: 'related-links block' },
  { pattern: /^(?:advertisement|sponsored(?: content)?|ad|skip to (?:main )?content|loading\.*|subscribe(?: now)?|sign up for (?:our|the) newsletter\.?)$/i, label: 'page furniture' },
  { pattern: /^(?:newer|older) posts?$/i, label: 'blog navigation' },
  { pattern: /^(?:subscribe to:?\s*)?post comments \(atom\)$/i, label: 'blog navigation' },
  { pattern: /^(?:labels|tags|categories|filed under)\s*:\s*\S.*$/i, label: 'blog metadata' },
  { pattern: /^(?:posted|published) by\s+\S.{0,60}\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?$/i, label: 'blog metadata' },
  { pattern: /^(?:this (?:site|website) uses cookies|we use cookies)\b.*$/i, label: 'cookie banner' },
  { pattern: /^all rights reserved\.?$|^©\s*\d{4}\b.*$|^copyright\s*©?\s*\d{4}\b.*$/i, label: 'page footer' },
];

/** Markup or template code inside plain text (searched anywhere in a line). */
export const MARKUP: ResiduePattern[] = [
  { pattern: /\bexpr:[a-z-]+\s*=\s*['"][^'"\n]{0,200}['"]\s*\/?>?/i, label: 'Blogger template attribute' },
  { pattern: /\bdata:(?:blog|post|view)\.[A-Za-z.]+/, label: 'Blogger template data reference' },
  // A closing tag, a bare tag (<p>, <br/>), or one with at least one attribute given a value (<a href="...">);
  // so tags whose attributes all lack a value (<div hidden>) are let pass, like "<Li Ka-shing Foundations Ltd>".
  { pattern: new RegExp(String.raw`<(?:\/(?:${TAG_NAMES})\s*|(?:${TAG_NAMES})(?:\s*\/?|\s[^<>\n]{0,300}?=[^<>\n]{0,300}))>`, 'i'), label: 'HTML tag', exempt: tickerLike },
  { pattern: /\{\{[^{}\n]{1,100}\}\}|\{%[^{}\n]{1,100}%\}/, label: 'template placeholder' },
  { pattern: /&(?:nbsp|amp|quot|lt|gt|#\d{2,6}|#x[0-9a-f]{2,5});/i, label: 'undecoded HTML entity' },
  { pattern: /\b(?:class|style|href|src|onclick)\s*=\s*["'][^"'\n]{0,200}["']/i, label: 'HTML attribute' },
];

/** A line holding only a small number: a like/share/comment counter left by the scraper. */
export const COUNTER_LINE = /^\d{1,6}$/;

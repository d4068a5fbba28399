// Job titles next to names: role words from the knowledge base, their qualifiers ("U.S.", "NATO's",
// "Kremlin") and modifiers (former, ex-, acting, -elect ...), before a name or in apposition after it.
import type { KnowledgeBase } from '../know/kb.js';
import { normKey } from '../know/normalize.js';
import { startsUpper } from './initial-case.js';
import { seen, wordStats } from './name-lexicon.js';
import type { Token } from './nlp.js';
import type { TitleInfo, TitleModifier } from './types.js';

export interface RoleMatch {
  /** First and one-past-last token index. */
  first: number;
  end: number;
  roleId: string;
  modifiers: TitleModifier[];
}

// A Map, not an object: a token such as "constructor" must not look like a modifier, and a lookup with every
// token's text as key made V8's keyed loads megamorphic (a fifth of the role matcher's time).
const MODIFIERS = new Map<string, TitleModifier>([
  ['former', 'former'], ['ex', 'ex'], ['late', 'late'], ['acting', 'acting'], ['outgoing', 'outgoing'], ['incoming', 'incoming'],
  ['interim', 'interim'], ['caretaker', 'interim'], ['then', 'then'], ['deputy', 'deputy'], ['future', 'future'], ['elect', 'elect'],
]);

const HYPHEN = /^[-‐‑–]$/;
const glued = (a: Token, b: Token) => a.end === b.start;
/** Token k is joined to token k + 2 by a hyphen with no spaces ("ex", "-", "President"). */
const hyphenGlued = (toks: Token[], k: number) =>
  !!toks[k + 2] && HYPHEN.test(toks[k + 1]?.text ?? '') && glued(toks[k], toks[k + 1]) && glued(toks[k + 1], toks[k + 2]);

/**
 * The lower-cased words of one token's text, memoised: `at` looks at up to 7 tokens from every position, so
 * without it each token went through `normKey` (NFKD and a dozen regexes) about 8 times — most of the
 * time of people extraction on a corpus. Token texts repeat, so the memo stays small; it is cleared when large.
 */
const WORDS_MEMO = new Map<string, string[]>();
function tokenWords(text: string): string[] {
  let ws = WORDS_MEMO.get(text);
  if (!ws) {
    if (WORDS_MEMO.size >= 200_000) WORDS_MEMO.clear();
    ws = normKey(text).split(' ').filter(Boolean);
    WORDS_MEMO.set(text, ws);
  }
  return ws;
}

const PLAIN_WORD = /^[A-Za-z]+$/;
/** A token's folded words; a plain ASCII word is just its lower case (most tokens: no fold, no memo lookup). */
const wordsOf = (t: Token): string[] => (t.words ??= PLAIN_WORD.test(t.text) ? [t.text.toLowerCase()] : tokenWords(t.text));

/**
 * Index of a plain ASCII word's first three letters, lower-cased (26 past its end), in PREFIX_SPACE;
 * NO_LETTERS for ASCII text without a letter (punctuation, figures: its folded words hold no letter, and
 * every role word and modifier is letters); -1 for any other text.
 */
function prefixIndex(text: string): number {
  let index = 0;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return -1;
    const lower = c | 0x20; // A-Z to a-z; nothing else lands in a-z
    if (lower < 0x61 || lower > 0x7a) continue;
    if (letters < 3) index = index * 27 + (lower - 0x61);
    letters++;
  }
  if (!text.length || (letters > 0 && letters < text.length)) return -1;
  if (!letters) return NO_LETTERS;
  for (let k = letters; k < 3; k++) index = index * 27 + 26;
  return index;
}
const NO_LETTERS = -2;
const PREFIX_SPACE = 27 ** 3;

/** Matches KB role names over tokens, case-insensitively, hyphens counting as spaces. */
export class RoleMatcher {
  private readonly byFirst = new Map<string, Array<{ words: string[]; roleId: string }>>();
  /**
   * Matches at each token of the last token list asked about (null: none): names ask `at` about the same
   * tokens many times (every token, then the seven before each name, the token after it ...).
   */
  private memoToks: Token[] | undefined;
  private memo: Array<RoleMatch | null> = [];
  /**
   * The three-letter prefixes of every role's first word and every modifier: a plain word with another prefix
   * starts no role (most tokens), told without lower-casing it or gathering its words.
   */
  private readonly prefixes = new Uint8Array(PREFIX_SPACE);
  /** Some role word has no letter (none does today): then letterless tokens are looked up too. */
  private letterless = false;

  constructor(kb: KnowledgeBase) {
    for (const role of kb.roles) {
      for (const name of [...role.names, role.id.replace(/-/g, ' ')]) {
        const words = normKey(name).split(' ').filter(Boolean);
        if (!words.length) continue;
        const list = this.byFirst.get(words[0]) ?? [];
        list.push({ words, roleId: role.id });
        this.byFirst.set(words[0], list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const w of [...this.byFirst.keys(), ...MODIFIERS.keys()]) {
      const p = prefixIndex(w);
      if (p >= 0) this.prefixes[p] = 1;
      if (!/[a-z]/.test(w)) this.letterless = true;
    }
  }

  /** Words from token i on (hyphens count as spaces: "ex-President" is two words), lower-cased, with their token indexes. */
  private words(toks: Token[], i: number, n: number): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (let k = i; k < toks.length && out.length < n; k++) {
      if (HYPHEN.test(toks[k].text)) continue;
      for (const w of wordsOf(toks[k])) out.push([w, k]);
    }
    return out;
  }

  /**
   * Cheap test before `at` gathers seven words: can a role start with the first word from token i on
   * (after a glued modifier: "ex-President")? Most tokens fail here.
   */
  private mayStartAt(toks: Token[], i: number): boolean {
    for (let k = i; k < toks.length; k++) {
      if (HYPHEN.test(toks[k].text)) continue;
      const ws = wordsOf(toks[k]);
      if (!ws.length) continue;
      if (this.byFirst.has(ws.length > 1 && MODIFIERS.get(ws[0]) ? ws[1] : ws[0])) return true;
      // "ex-President" written as three tokens
      return ws.length === 1 && !!MODIFIERS.get(ws[0]) && hyphenGlued(toks, k) && this.mayStartAt(toks, k + 2);
    }
    return false;
  }

  /** The longest role starting at token i ("Secretary of State", "Secretary-General", "President-elect"). */
  at(toks: Token[], i: number): RoleMatch | undefined {
    if (!toks[i]) return undefined;
    if (toks !== this.memoToks) {
      this.memoToks = toks;
      this.memo = [];
    }
    let m = this.memo[i];
    if (m === undefined) this.memo[i] = m = this.match(toks, i) ?? null;
    return m ?? undefined;
  }

  private match(toks: Token[], i: number): RoleMatch | undefined {
    // A role starts at a word (or a glued modifier's hyphen-less token), never at a comma before it:
    // "In March, President Obama" has the title "President", not "In March, President".
    if (!toks[i]) return undefined;
    // A plain word whose prefix no role word or modifier has, or letterless ASCII: mayStartAt would look it up in vain.
    const prefix = prefixIndex(toks[i].text);
    if ((prefix === NO_LETTERS && !this.letterless) || (prefix >= 0 && !this.prefixes[prefix])) return undefined;
    if (!wordsOf(toks[i]).length || !this.mayStartAt(toks, i)) return undefined;
    let ws = this.words(toks, i, 7);
    const lead: TitleModifier[] = [];
    // "ex-President", "then-Secretary": a modifier glued to the role in one token
    const gluedModifier = ws.length > 1 ? MODIFIERS.get(ws[0][0]) : undefined;
    if (gluedModifier && (ws[0][1] === ws[1][1] || (ws[1][1] === ws[0][1] + 2 && hyphenGlued(toks, ws[0][1])))) {
      lead.push(gluedModifier);
      ws = ws.slice(1);
    }
    const list = this.byFirst.get(ws[0]?.[0] ?? '');
    if (!list) return undefined;
    for (const { words, roleId } of list) {
      if (words.length > ws.length) continue;
      if (words.every((w, k) => ws[k][0] === w)) {
        let end = ws[words.length - 1][1] + 1;
        const modifiers: TitleModifier[] = [...lead];
        // "President-elect", "president elect"
        const a = toks[end];
        const b = toks[end + 1];
        if (a && b && HYPHEN.test(a.text) && glued(a, b) && b.text.toLowerCase() === 'elect') {
          modifiers.push('elect');
          end += 2;
        } else if (a && a.text.toLowerCase() === 'elect') {
          modifiers.push('elect');
          end += 1;
        }
        return { first: i, end, roleId, modifiers };
      }
    }
    return undefined;
  }

  /** The longest role ending just before token `end` (exclusive). */
  endingAt(toks: Token[], end: number): RoleMatch | undefined {
    let best: RoleMatch | undefined;
    for (let i = end - 1; i >= Math.max(0, end - 7); i--) {
      const m = this.at(toks, i);
      if (m && m.end === end) best = m;
    }
    return best;
  }
}

const isCap = (t: Token) => startsUpper(t.text);

/** A word the name statistics saw in lower case more often than capitalised ("Today", "Maybe"). */
function usuallyLowerCase(word: string): boolean {
  const s = wordStats(word);
  return !!s && s.lower > seen(s);
}
const isPossessive = (t: Token) => /^['’]s$/i.test(t.text);

/** Modifier words just before token `i` ("former", "Former", "ex-", "then-"), scanning left. */
function modifiersBefore(toks: Token[], i: number): { first: number; modifiers: TitleModifier[] } {
  const modifiers: TitleModifier[] = [];
  let first = i;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (HYPHEN.test(t.text) && k > 0 && glued(toks[k - 1], t)) continue; // "ex-", "then-"
    const m = MODIFIERS.get(t.text.toLowerCase());
    if (!m || m === 'elect') break;
    modifiers.unshift(m);
    first = k;
  }
  return { first, modifiers };
}

/**
 * The qualifier before a role: capitalised words and possessives ("U.S.", "NATO's", "The United
 * Nations", "European Commission", "Kremlin"). Returns the first token index of the qualifier.
 */
function qualifierStart(toks: Token[], roleFirst: number, floor: number): number {
  let q = roleFirst;
  for (let k = roleFirst - 1; k >= floor && roleFirst - k <= 5; k--) {
    const t = toks[k];
    if (isPossessive(t) && k > floor && isCap(toks[k - 1])) continue;
    if (isCap(t) && !/^(?:The|A|An)$/.test(t.text) && !MODIFIERS.get(t.text.toLowerCase())) {
      q = k;
      continue;
    }
    break;
  }
  return q;
}

function buildTitle(kb: KnowledgeBase, text: string, toks: Token[], from: number, role: RoleMatch, extraMods: TitleModifier[]): TitleInfo {
  const span = { start: toks[from].start, end: toks[role.end - 1].end };
  const titleText = text.slice(span.start, span.end);
  const offices = kb.officesByTitle(titleText);
  let body: string | undefined;
  for (let k = from; k < role.first; k++) {
    const p = kb.placeByName(toks[k].text);
    if (p) {
      body = p.id;
      break;
    }
  }
  if (!body && from < role.first) body = kb.placeByName(text.slice(toks[from].start, toks[role.first - 1].end))?.id;
  return {
    text: titleText,
    span,
    role: role.roleId,
    body,
    officeIds: offices.map((o) => o.id),
    modifiers: [...new Set([...extraMods, ...role.modifiers])],
  };
}

/**
 * A title right before a name starting at token `nameFirst`: "U.S. Secretary of State Marco Rubio",
 * "former President Donald Trump", "NATO's Secretary General, Jens Stoltenberg," (comma form).
 * `floor`: the first token the title may use (the sentence start).
 */
export function titleBefore(kb: KnowledgeBase, roles: RoleMatcher, text: string, toks: Token[], nameFirst: number, floor = 0): TitleInfo | undefined {
  let end = nameFirst;
  if (end - 1 >= floor && toks[end - 1].text === ',') end--;
  if (end <= floor) return undefined;
  const role = roles.endingAt(toks, end);
  if (!role || role.first < floor) return undefined;
  let q = qualifierStart(toks, role.first, floor);
  // A sentence's first word is capitalised anyway: "Today President Obama", "Yesterday Chancellor Merkel"
  // (a word written in lower case more often than not, and no office with it in the title).
  if (q < role.first && toks.slice(floor, q).every((t) => !wordsOf(t).length) && usuallyLowerCase(toks[q].text) && !kb.officesByTitle(text.slice(toks[q].start, toks[role.end - 1].end)).length) q++;
  const mods = modifiersBefore(toks, q);
  return buildTitle(kb, text, toks, q, role, mods.modifiers);
}

/**
 * A title in apposition after a name ending before token `nameEnd`: "Mark Rutte, the NATO chief",
 * "Zelensky, Ukraine's president,".
 */
export function titleAfter(kb: KnowledgeBase, roles: RoleMatcher, text: string, toks: Token[], nameEnd: number): TitleInfo | undefined {
  let k = nameEnd;
  if (toks[k]?.text !== ',') return undefined;
  k++;
  if (/^(?:the|a)$/i.test(toks[k]?.text ?? '')) k++;
  const modifiers: TitleModifier[] = [];
  for (;;) {
    const m = toks[k] && MODIFIERS.get(toks[k].text.toLowerCase());
    if (!m || m === 'elect') break;
    modifiers.push(m);
    k++;
    if (toks[k] && HYPHEN.test(toks[k].text)) k++;
  }
  const from = k;
  for (let r = k; r < Math.min(toks.length, k + 6); r++) {
    const role = roles.at(toks, r);
    if (role) {
      // only a qualifier (capitalised words, possessives) may stand between the article and the role
      for (let m = from; m < r; m++) if (!isCap(toks[m]) && !isPossessive(toks[m])) return undefined;
      // "president of France"
      let end = role.end;
      if (toks[end]?.text === 'of' && toks[end + 1] && isCap(toks[end + 1])) {
        end += 2;
        while (toks[end] && isCap(toks[end])) end++;
      }
      // the title must close the apposition, not introduce a name ("However, Ukrainian President Zelensky")
      if (toks[end] && !/^[,.;:)!?—–]$/.test(toks[end].text)) return undefined;
      return buildTitle(kb, text, toks, from, { ...role, end }, modifiers);
    }
    if (!isCap(toks[r]) && !isPossessive(toks[r])) return undefined;
  }
  return undefined;
}

// Rule: one person given incompatible status in one office by accounts of one story ("Governor" vs "former Governor").
import type { Span } from '../core/types.js';
import { toDay } from '../date/days.js';
import type { PersonFact, TitleInfo } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { normKey } from '../know/normalize.js';
import { MAX_PUBLICATION_GAP_DAYS, accountsByKey, consensus, listNames, shortName, storiesOf, type StoryAccount } from './story-helpers.js';
import type { CorpusEntry, CorpusFindingDraft, CorpusRule } from './types.js';

type Status = 'sitting' | 'former' | 'elect';

interface Account extends StoryAccount {
  person: PersonFact;
  title: TitleInfo;
  status: Status;
  /** The title with the words that give its status ("Former Governor"), as written. */
  span: Span;
  text: string;
}

/** A status word just before a title ("former", "ex-", "late", "incoming"): extractors keep it as a modifier, outside the title's span. */
const STATUS_BEFORE = /\b(?:former|ex-?|late|incoming|future)[\s-]*$/i;

function withStatusWords(text: string, title: TitleInfo): Span {
  const before = STATUS_BEFORE.exec(text.slice(Math.max(0, title.span.start - 12), title.span.start));
  return { start: before ? title.span.start - before[0].length : title.span.start, end: title.span.end };
}

/**
 * The status a title gives, or undefined when it says nothing comparable: "then-President" speaks of
 * the past on purpose, and "deputy" names another office.
 */
export function titleStatus(title: TitleInfo): Status | undefined {
  const m = new Set(title.modifiers);
  if (m.has('then') || m.has('deputy')) return undefined;
  if (m.has('former') || m.has('ex') || m.has('late')) return 'former';
  if (m.has('elect') || m.has('incoming') || m.has('future')) return 'elect';
  return 'sitting';
}

/** Whether the knowledge base records a term of this person in an office with the title's role. */
function kbKnowsTerms(kb: KnowledgeBase, person: PersonFact, title: TitleInfo): boolean {
  const id = person.personId;
  return !!id && kb.termsOf(id).some(({ office }) => office.role === title.role || (office.alsoRoles ?? []).includes(title.role ?? ''));
}

/**
 * A sitting title is a claim about the present only when the person speaks in it ("Governor Jane Doe
 * said", "said Governor Jane Doe"): "the team fired president Billy King" names the office he held then.
 */
const SPEAKS_AFTER = /^\s*(?:,[^,.;]{1,60},\s*)?(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|announced|stated|added|declared|wrote|tweeted|posted|warned|insisted|argued|claimed|urged|asked|called|vowed|promised)\b/i;
const SPEAKS_BEFORE = /\b(?:said|says|told|added|according\s+to)\s+$/i;

function speaks(text: string, person: PersonFact, title: TitleInfo): boolean {
  return SPEAKS_AFTER.test(text.slice(person.span.end, person.span.end + 90)) || SPEAKS_BEFORE.test(text.slice(Math.max(0, title.span.start - 30), title.span.start));
}

/**
 * Words of a change of office near a person ("sworn in", "resigned", "stepped down", "was elected"): a
 * story that tells the change has the title change with it, and "Governor-elect" on Thursday and
 * "Governor" on Sunday are both right.
 */
const TRANSITION = /\b(?:sworn in|swearing[- ]in|inaugurat\w*|t(?:ook|akes?|aking) office|assum\w+ office|resign\w*|step(?:s|ped|ping)? down|ousted|oust\w*|(?:was|were|been|is|be|got|get) (?:re-?)?elected|won the (?:election|race|vote|runoff)|succeed\w*|replac\w+|retir\w*|left office|leav\w+ office|term (?:ended|ends|expired))\b/i;
/** How far either side of a title the words of a change are looked for. */
const TRANSITION_REACH = 300;

function tellsChange(a: Account): boolean {
  const t = a.entry.doc.text;
  return TRANSITION.test(t.slice(Math.max(0, a.span.start - TRANSITION_REACH), a.span.end + TRANSITION_REACH));
}

/** The day a document is of: given (metadata, --date), or estimated from its own words, not only its story's. */
function ownDay(e: CorpusEntry): string | undefined {
  if (e.date.source === 'metadata' || e.date.source === 'flag') return e.date.value;
  return e.date.evidence.some((x) => x.agrees) ? e.date.value : undefined;
}

/** The same news cycle as sameNewsCycle, but each document by its own date, and undated ones never. */
function sameDays(a: CorpusEntry, b: CorpusEntry): boolean {
  const da = ownDay(a);
  const db = ownDay(b);
  return !!da && !!db && Math.abs(toDay(da) - toDay(db)) <= MAX_PUBLICATION_GAP_DAYS;
}

/** A full name ("Jane Doe"), not a surname alone, identifies a person the KB does not know. */
function personKey(p: PersonFact): string | undefined {
  if (p.personId) return `person:${p.personId}`;
  const name = normKey(p.name);
  return !p.short && name.includes(' ') ? `name:${name}` : undefined;
}

function* titledAccounts(entry: CorpusEntry, kb: KnowledgeBase): Iterable<[string, Account]> {
  for (const person of entry.facts.people) {
    const title = person.title;
    if (!title?.role) continue;
    const key = personKey(person);
    const status = titleStatus(title);
    // Where the KB holds the terms, the document's date decides (anachronistic-title, wrong-office-holder).
    if (!key || !status || kbKnowsTerms(kb, person, title)) continue;
    if (status === 'sitting' && !speaks(entry.doc.text, person, title)) continue;
    const span = withStatusWords(entry.doc.text, title);
    yield [`${key}|${title.role}`, { entry, at: title.span.start, person, title, status, span, text: entry.doc.text.slice(span.start, span.end) }];
  }
}

/** Both can be true on the same days: the same status, or two different bodies ("Governor of Ohio" / "of Texas"). */
const compatible = (a: Account, b: Account) => a.status === b.status || (!!a.title.body && !!b.title.body && a.title.body !== b.title.body);

const STATUS_WORDS: Record<Status, string> = { sitting: 'in office', former: 'a former holder', elect: 'not yet in office' };

export const conflictingTitle: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'conflicting-title',
    description: 'One person called a sitting, former or incoming holder of the same office by different accounts of one story.',
    defaultSeverity: 'warning',
    needs: ['people'],
    docs: {
      catches:
        'A person who speaks under a title in one article of a story ("Governor Jane Doe said") while another article of the same news days (dated within 3 days, each by its own date) says they held the office ("former Governor Jane Doe") or are about to ("Governor-elect Jane Doe"). For office holders the knowledge base knows, the document date decides instead (anachronistic-title, wrong-office-holder); "then-" titles speak of the past, a sitting title outside speech may name the office held at the time ("the team fired president X"), and a story that tells a change of office ("sworn in", "resigned") is left alone.',
      why: 'Whether someone is in office is a basic fact of a story; accounts that disagree on it cannot all be right, and the knowledge base cannot know every office.',
      example: {
        text: 'former Governor Jane Doe said the bill would pass',
        message: 'a and b call Jane Doe "Governor" (in office); c says "former Governor" (a former holder).',
      },
      fix: 'Check whether the person still holds the office on the story\'s date and correct the title that is wrong.',
    },
  },
  check({ entries, kb }) {
    const out: CorpusFindingDraft[] = [];
    for (const members of storiesOf(entries)) {
      for (const [, accounts] of accountsByKey(members, (e) => titledAccounts(e, kb))) {
        if (accounts.some(tellsChange)) continue;
        const split = consensus(accounts, (a, b) => a.entry !== b.entry, compatible, (a, b) => sameDays(a.entry, b.entry));
        if (!split) continue;
        const ref = split.agree[0];
        const verb = split.agree.length === 1 ? 'calls' : 'call';
        for (const d of split.dissent) {
          out.push({
            doc: d.entry.doc.id,
            span: d.span,
            message: `${listNames(split.agree.map((o) => shortName(o.entry)))} ${verb} ${ref.person.name} "${ref.text}" (${STATUS_WORDS[ref.status]}); ${shortName(d.entry)} says "${d.text}" (${STATUS_WORDS[d.status]}).`,
            actual: d.text,
            expected: ref.text,
            related: split.agree.map((o) => ({ doc: o.entry.doc.id, span: o.span, message: `${shortName(o.entry)}: "${o.text} ${o.person.name}"` })),
            data: { person: ref.person.personId ?? ref.person.name, role: ref.title.role, statuses: accounts.map((a) => ({ doc: a.entry.doc.id, title: a.text, status: a.status })) },
          });
        }
      }
    }
    return out;
  },
};

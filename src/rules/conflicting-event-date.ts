// Rule: the same event (talks in Istanbul, a ceasefire start, a visit) dated differently by accounts of one story.
import type { DateFact, EventFact } from '../extract/types.js';
import type { CorpusFindingDraft, CorpusEntry, CorpusRule } from './types.js';
import { toDay } from '../date/days.js';
import { daysOverlap, narrowlyDated, rangeOf } from './event-days.js';
import { accountsByKey, consensus, contextStems, listNames, sameNewsCycle, sharedStems, shortName, storiesOf, type StoryAccount } from './story-helpers.js';

interface Account extends StoryAccount {
  event: EventFact;
  date: DateFact;
  /** Possible days, given how precisely the document itself is dated. */
  lo: string;
  hi: string;
  context: Set<string>;
}

/** Content words two sentences must share (besides the event noun) to speak of the same event. */
const MIN_SHARED_CONTEXT = 2;

/** Two accounts speak of the same event when their sentences share content words (and, checked pairwise, the news cycle). */
const sameEvent = (a: Account, b: Account) =>
  a.entry !== b.entry && sharedStems(a.context, b.context, a.event.text) >= MIN_SHARED_CONTEXT;


/**
 * The same word for a day counted from each document's own date, on the same side of it ("today" and "today",
 * "on Monday" past in both); "began on Thursday" and "will begin on Thursday" still differ.
 */
const sameRelativeWord = (a: DateFact, b: DateFact) =>
  a.relative && b.relative && !a.anchor && !b.anchor && a.text.toLowerCase() === b.text.toLowerCase() && sameSide(a, b);

/** Neither date is before its document's date while the other is after it (the day itself goes with both). */
function sameSide(a: DateFact, b: DateFact): boolean {
  const sa = Math.sign(toDay(a.value) - toDay(a.ref));
  const sb = Math.sign(toDay(b.value) - toDay(b.ref));
  return sa === 0 || sb === 0 || sa === sb;
}

/**
 * The accounts' days can be one day, or they give the same relative word: then the texts agree, and the days
 * differ only because the documents are dated differently (a correction filed a day later still says "on
 * Monday"; "talks began today" in Monday's and in Thursday's paper are two days of talks). The dates of the
 * documents differ there, not the accounts.
 */
const agreeOnDay = (a: Account, b: Account) => daysOverlap(a, b) || sameRelativeWord(a.date, b.date);

/**
 * One account tells of an occurrence as done in its own article and over before the other, later article came
 * out, which tells of one still to come: two occurrences of a recurring event ("ministers met on March 30 in
 * Brussels" in April 26's paper, "a meeting in Brussels on May 18" in April 29's; "the committee was meeting in
 * New York this afternoon", then "talks reopen in New York on Tuesday"), not one event dated two ways.
 */
function doneThenComing(a: Account, b: Account): boolean {
  const da = a.entry.doc.meta.date;
  const db = b.entry.doc.meta.date;
  // Papers of one day that tell the talks as begun and as still to begin: one of them is wrong.
  if (!da || !db || da >= db) return false;
  // a tells its occurrence as done or under way in its own paper ("met on March 30", "this afternoon"), and it
  // was over, whatever the leeway of a's date, before b's paper came out; b tells of one still to come.
  return toDay(a.date.value) <= toDay(a.date.ref) && a.hi < db && b.lo > db;
}

/** Two accounts that could tell one occurrence: in one news cycle, and not one done before the other's article told it as coming. */
const comparable = (a: Account, b: Account) => sameNewsCycle(a.entry, b.entry) && !doneThenComing(a, b) && !doneThenComing(b, a);

/** Dates coarser than this say which occurrence of a recurring event is meant ("the 1985 crash", "bonds due 2012"), not its day. */
const COARSE_GRAINS = new Set<DateFact['grain']>(['year', 'decade']);

const RELATION: Record<number, string> = { [-1]: 'the day before', 0: 'the same day as', 1: 'the day after' };

/** "Thursday (2025-05-15)"; a day named by reference says which: "\"that same day\" (the same day as Sunday, 2025-05-11)". */
function describe(a: Account): string {
  const days = a.lo === a.hi ? a.lo : `${a.lo}..${a.hi}`;
  const ref = a.date.anchor;
  const anchor = ref && a.entry.facts.dates.find((d) => d.span.start === ref.at);
  if (ref && anchor) return `"${a.date.text}" (${RELATION[ref.shift] ?? `${ref.shift} days from`} ${anchor.text}, ${days})`;
  return `${a.date.text} (${days})`;
}

/**
 * Accounts that give three or more days that cannot be one another, and where later articles tell of
 * later days ("talks in New York" on Tuesday in one day's report, "this afternoon" in the next, "tomorrow"
 * in the one after): a series of meetings or an aftermath told day by day, not one event that outlets date
 * differently. Undated articles, or three outlets giving three days in one day's news, stay a conflict.
 */
function isSeries(accounts: Account[]): boolean {
  const published = accounts.map((a) => a.entry.doc.meta.date);
  if (published.some((d) => d === undefined) || new Set(published).size < 2) return false;
  // A later article never tells of an earlier day than an earlier article.
  for (const a of accounts) {
    for (const b of accounts) if (a.entry.doc.meta.date! < b.entry.doc.meta.date! && b.hi < a.lo) return false;
  }
  const sorted = [...accounts].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  let readings = 0;
  let end = '';
  for (const a of sorted) {
    if (readings === 0 || a.lo > end) {
      readings++;
      end = a.hi;
    } else if (a.hi > end) end = a.hi;
  }
  return readings >= 3;
}

/** Dated events with a place in one document, keyed by event noun and place. */
function* eventAccounts(entry: CorpusEntry): Iterable<[string, Account]> {
  for (const event of entry.facts.events) {
    if (event.date === undefined || event.place === undefined) continue;
    const place = entry.facts.places[event.place]?.placeId;
    const date = entry.facts.dates[event.date];
    const range = date && rangeOf(date, entry.facts.dates);
    if (!place || !range || COARSE_GRAINS.has(date.grain)) continue;
    // A relative date ("Thursday", "three weeks ago") means something only in a document dated to within two weeks.
    if (date.relative && !narrowlyDated(entry)) continue;
    const context = contextStems(entry.doc.text, entry.facts.sentences, event.span);
    yield [`${event.noun}@${place}`, { entry, at: event.span.start, event, date, lo: range[0], hi: range[1], context }];
  }
}

export const conflictingEventDate: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'conflicting-event-date',
    description: 'The same event given different dates by different accounts of one story.',
    defaultSeverity: 'error',
    needs: ['events', 'dates', 'places', 'people', 'elapsed', 'administrations'],
    docs: {
      catches:
        'An event named with the same kind of noun and place in several articles of a story ("talks in Istanbul", "ceasefire", "visit to Kyiv") whose dates, after resolving relative words ("Thursday", "tomorrow") against each article\'s own date and days named by reference ("earlier that same day", "the next day") from the day the article told before them, cannot be the same day. A dateline\'s date ("QUITO, March 9 -") tells when a story was filed and the day of saying ("Lukman said Friday he expects the meeting ...") when it was said: neither dates the event. A year ("the 1985 crash") names an occurrence, not a day; the same relative word in two articles dated differently ("talks began today") is not compared, nor a meeting an earlier article tells as held with one a later article tells as still to come (two occurrences).',
      why: 'When outlets disagree on when something happens, at least one is wrong; a fact-checker needs to see all accounts side by side.',
      example: {
        text: 'negotiations with Ukraine in Istanbul, Turkey, as early as December 15th',
        message: '001 and 002 date the talks in Istanbul to Thursday (2025-05-15); 000 says December 15th (2025-12-15).',
      },
      fix: 'Check the primary source for the date and correct the account that disagrees.',
    },
  },
  check({ entries }) {
    const out: CorpusFindingDraft[] = [];
    for (const members of storiesOf(entries)) {
      for (const [key, accounts] of accountsByKey(members, eventAccounts)) {
        const split = consensus(accounts, sameEvent, agreeOnDay, comparable);
        if (!split || isSeries([...split.agree, ...split.dissent])) continue;
        const [noun, placeId] = key.split('@');
        const placeText = split.agree[0].entry.facts.places[split.agree[0].event.place!]?.text ?? placeId;
        for (const d of split.dissent) {
          const others = split.agree;
          const verb = others.length === 1 ? 'dates' : 'date';
          out.push({
            doc: d.entry.doc.id,
            span: d.date.span,
            message: `${listNames(others.map((o) => shortName(o.entry)))} ${verb} the ${noun} in ${placeText} to ${describe(others[0])}; ${shortName(d.entry)} says ${describe(d)}.`,
            actual: d.date.text,
            expected: others[0].date.text,
            related: others.map((o) => ({ doc: o.entry.doc.id, span: o.date.span, message: `${shortName(o.entry)}: the ${noun} in ${placeText} on ${describe(o)}` })),
            data: { event: noun, place: placeId, dates: accounts.map((a) => ({ doc: a.entry.doc.id, text: a.date.text, from: a.lo, to: a.hi })) },
          });
        }
      }
    }
    return out;
  },
};

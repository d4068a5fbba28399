// Rule: the same event (talks, a visit, a signing) placed in different cities or countries by accounts of one story.
import { toDay } from '../date/days.js';
import type { DateFact, EventFact, PlaceFact } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { daysOverlap, narrowlyDated, rangeOf } from './event-days.js';
import { accountsByKey, consensus, contextStems, listNames, sameNewsCycle, sharedStems, shortName, storiesOf, type StoryAccount } from './story-helpers.js';
import type { CorpusEntry, CorpusFindingDraft, CorpusRule } from './types.js';

interface Account extends StoryAccount {
  event: EventFact;
  date: DateFact;
  place: PlaceFact;
  placeId: string;
  lo: string;
  hi: string;
  context: Set<string>;
}

/**
 * Events that happen in one place on one day. Attacks, storms and elections strike many places at once
 * ("strikes on Kyiv and Kharkiv on Sunday"): two places for them are two events, not a conflict.
 */
const ONE_PLACE_EVENTS = new Set(['talks', 'visit', 'agreement']);

/**
 * Dates whose first and last possible day lie further apart than this ("this week") do not tie two
 * accounts to one event; "today" (the day either side, for time zones) still does.
 */
const MAX_SPAN_DAYS = 2;

/** Content words two sentences must share (besides the event noun) to tell of the same event. */
const MIN_SHARED_CONTEXT = 3;

/** One event noun per story, dated to a day and placed; keyed by the noun. */
function* placedAccounts(entry: CorpusEntry): Iterable<[string, Account]> {
  for (const event of entry.facts.events) {
    if (!ONE_PLACE_EVENTS.has(event.noun) || event.date === undefined || event.place === undefined) continue;
    const place = entry.facts.places[event.place];
    const date = entry.facts.dates[event.date];
    const range = date && rangeOf(date, entry.facts.dates);
    // A dateline tells where the story was filed, not where the event was; "next week" is no one day.
    if (!place?.placeId || place.role === 'dateline' || !range || toDay(range[1]) - toDay(range[0]) > MAX_SPAN_DAYS) continue;
    if (date.relative && !narrowlyDated(entry)) continue;
    const context = contextStems(entry.doc.text, entry.facts.sentences, event.span);
    yield [event.noun, { entry, at: event.span.start, event, date, place, placeId: place.placeId, lo: range[0], hi: range[1], context }];
  }
}

/**
 * Whether two places can both be where one event was: the same place, a city and its country, or
 * anything with an organisation ("at NATO headquarters") or a region whose bounds the KB does not hold.
 * Two cities, or two countries, are two places.
 */
export function compatiblePlaces(kb: KnowledgeBase, a: string, b: string): boolean {
  if (a === b) return true;
  const pa = kb.place(a);
  const pb = kb.place(b);
  if (!pa || !pb || pa.kind === 'organisation' || pb.kind === 'organisation') return true;
  const countryOf = (p: typeof pa) => (p.kind === 'country' ? p.id : p.country);
  const ca = countryOf(pa);
  const cb = countryOf(pb);
  if (ca && cb && ca !== cb) return false;
  // In one country: two cities differ; a region or the country itself may hold the city.
  return !(pa.kind === 'city' && pb.kind === 'city');
}

export const conflictingPlace: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'conflicting-place',
    description: 'The same event placed in different cities or countries by different accounts of one story.',
    defaultSeverity: 'error',
    needs: ['events', 'dates', 'places'],
    docs: {
      catches:
        'Talks, a visit or an agreement told by several articles of a story for the same day, in sentences that share their words, but placed in two different cities, or in two different countries ("talks in Istanbul" against "talks in Geneva" on the same Thursday). A city and its country ("Istanbul", "Turkey") agree.',
      why: 'Where something happened is a basic fact; two outlets placing it in different cities means at least one of them is wrong.',
      example: {
        text: 'talks with Ukraine in Geneva as early as Thursday',
        message: 'a and b place the talks on Thursday (2025-05-15) in Istanbul; c says Geneva.',
      },
      fix: 'Check the primary source for the venue and correct the account that disagrees.',
    },
  },
  check({ entries, kb }) {
    const out: CorpusFindingDraft[] = [];
    const sameEvent = (a: Account, b: Account) =>
      a.entry !== b.entry && daysOverlap(a, b) && sharedStems(a.context, b.context, `${a.event.text} ${a.place.text} ${b.place.text}`) >= MIN_SHARED_CONTEXT;
    const agree = (a: Account, b: Account) => compatiblePlaces(kb, a.placeId, b.placeId);
    for (const members of storiesOf(entries)) {
      for (const [noun, accounts] of accountsByKey(members, placedAccounts)) {
        // The dates must overlap pairwise too: "same event" is made transitive, and a Thursday and a
        // Saturday account linked through a third are not one event.
        const split = consensus(accounts, sameEvent, agree, (a, b) => sameNewsCycle(a.entry, b.entry) && daysOverlap(a, b));
        if (!split) continue;
        const ref = split.agree[0];
        const day = ref.lo === ref.hi ? `${ref.date.text} (${ref.lo})` : `${ref.date.text} (${ref.lo}..${ref.hi})`;
        for (const d of split.dissent) {
          const verb = split.agree.length === 1 ? 'places' : 'place';
          out.push({
            doc: d.entry.doc.id,
            span: d.place.span,
            message: `${listNames(split.agree.map((o) => shortName(o.entry)))} ${verb} the ${noun} on ${day} in ${ref.place.text}; ${shortName(d.entry)} says ${d.place.text}.`,
            actual: d.place.text,
            expected: ref.place.text,
            related: split.agree.map((o) => ({ doc: o.entry.doc.id, span: o.place.span, message: `${shortName(o.entry)}: the ${noun} in ${o.place.text}` })),
            data: { event: noun, places: accounts.map((a) => ({ doc: a.entry.doc.id, text: a.place.text, place: a.placeId, from: a.lo, to: a.hi })) },
          });
        }
      }
    }
    return out;
  },
};

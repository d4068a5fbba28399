import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { UNRESOLVED_REF, extractDates, resolveDateFacts, unknownParserNames } from '../src/extract/dates.js';
import { CAN_HOLD_DATE } from '../src/extract/date-words.js';
import { splitSentences } from '../src/extract/sentences.js';
import type { DateFact } from '../src/extract/types.js';

function dates(text: string, ref?: string): DateFact[] {
  const doc = makeDocument({ file: 't.txt', text });
  return extractDates(doc, splitSentences(text), ref);
}

/** A compact view of a fact: text, value (and end), grain, stated parts. */
function view(f: DateFact): string {
  const s = Object.entries(f.stated)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${f.text} | ${f.value}${f.end ? '..' + f.end : ''} | ${f.grain}${f.relative ? ' rel' : ''} | ${s}`;
}

// 2025-05-11 is a Sunday.
const SUNDAY = '2025-05-11';

describe('extractDates: mentions, values, grain and stated parts', () => {
  it.each([
    ['Putin spoke on Thursday.', SUNDAY, ['Thursday | 2025-05-08 | weekday rel | weekday=4']],
    ['The summit ends on December 15th, officials said.', SUNDAY, ['December 15th | 2024-12-15 | day rel | month=12,day=15']],
    ['The summit will end on December 15th.', SUNDAY, ['December 15th | 2025-12-15 | day rel | month=12,day=15']],
    ['"Starting tomorrow, May 12th, Ukraine is ready," he said.', SUNDAY, ['tomorrow, May 12th | 2025-05-12 | day rel | month=5,day=12']],
    ['The forum runs May 8-10 in Kyiv.', SUNDAY, ['May 8-10 | 2025-05-08..2025-05-10 | day rel | month=5,day=8']],
    ['In a televised address late Sunday, Putin spoke.', SUNDAY, ['late Sunday | 2025-05-11 | weekday rel | weekday=0']],
    ['In June, he stated that Ukraine must give up.', SUNDAY, ['June | 2024-06-01 | month rel | month=6']],
    ['The talks will resume in June.', SUNDAY, ['June | 2025-06-01 | month rel | month=6']],
    ['They have not met since 2022.', SUNDAY, ['2022 | 2022-01-01 | year | year=2022']],
    // chrono reads "in the mon(ey)" as one month later: no date, though the sentence holds one
    ['Growth in the money supply slowed in March.', SUNDAY, ['March | 2025-03-01 | month rel | month=3']],
    ['Rates rose in the money markets for the second month.', SUNDAY, []],
    ['Exports fell last year.', SUNDAY, ['last year | 2024-01-01 | year rel | ']],
    ['The talks on Thursday, May 16 were short.', '2024-05-20', ['Thursday, May 16 | 2024-05-16 | day rel | month=5,day=16,weekday=4']],
    ['The talks could commence as early as Thursday in Istanbul.', SUNDAY, ['Thursday | 2025-05-15 | weekday rel | weekday=4']],
    ['Direct talks, slated to begin Thursday in Istanbul.', SUNDAY, ['Thursday | 2025-05-15 | weekday rel | weekday=4']],
    ['A ceasefire starting Monday was proposed.', SUNDAY, ['Monday | 2025-05-12 | weekday rel | weekday=1']],
    ['Russia launched a drone attack on Kyiv on Wednesday.', SUNDAY, ['Wednesday | 2025-05-07 | weekday rel | weekday=3']],
    // the present tense of a verb that schedules points forward
    ['Talks reopen in New York on Tuesday.', SUNDAY, ['Tuesday | 2025-05-13 | weekday rel | weekday=2']],
    ['The summit begins Friday in Geneva.', SUNDAY, ['Friday | 2025-05-16 | weekday rel | weekday=5']],
    // ... unless negated, or not a verb
    ['The talks in Geneva did not begin Monday as planned.', SUNDAY, ['Monday | 2025-05-05 | weekday rel | weekday=1']],
    ['Figures on housing starts Monday showed a sharp fall.', SUNDAY, ['Monday | 2025-05-05 | weekday rel | weekday=1']],
    ['The gunman opens fire at the rally in Dallas on Monday.', SUNDAY, ['Monday | 2025-05-05 | weekday rel | weekday=1']],
    // wire copy wrapped at ~70 columns: a weekday whose line holds no tense cue reads on over the soft line break
    ['OSLO, June 3 - Bus drivers across the whole region said they will\nwalk out for a full day on Monday, stopping all the routes.', SUNDAY, ['June 3 | 2025-06-03 | day rel | month=6,day=3', 'Monday | 2025-05-12 | weekday rel | weekday=1']],
    // ... but not over a line break that ends a headline or a paragraph
    ['PORT WORKERS WILL STRIKE\nPorts shut for 24 hours on Monday, after a long dispute.', SUNDAY, ['Monday | 2025-05-05 | weekday rel | weekday=1']],
    // ... and a month keeps its nearest year
    ['The harbour board of the capital said it had cut the dividend\npaid in June to all holders of the shares.', SUNDAY, ['June | 2025-06-01 | month rel | month=6']],
    // "speed" only ends like a past tense: "will" decides
    ["Officials will urge Tokyo to speed growth at Wednesday's meetings.", SUNDAY, ['Wednesday | 2025-05-14 | weekday rel | weekday=3']],
    // "the weekend" in a past-tense clause is the one before (chrono reads the coming one)
    ['The talks were extended through the weekend.', '2025-05-14', ['the weekend | 2025-05-10 | relative rel | ']],
    ['The talks will run through the weekend.', '2025-05-14', ['the weekend | 2025-05-17 | relative rel | ']],
    // "said" is nearest, but the clause points forward
    ['The minister said the weekend summit in Paris would focus on trade.', '2025-05-14', ['the weekend | 2025-05-17 | relative rel | ']],
    ['Putin also made reference to the 2022 draft agreement.', SUNDAY, ['2022 | 2022-01-01 | year | year=2022']],
    ['Victory was declared on 8 May 1945.', SUNDAY, ['8 May 1945 | 1945-05-08 | day | year=1945,month=5,day=8']],
    ['The war started in February 2022.', SUNDAY, ['February 2022 | 2022-02-01 | month | year=2022,month=2']],
    ['Prices rose in early 2011 and in mid-2012.', SUNDAY, ['early 2011 | 2011-01-01 | year | year=2011', 'mid-2012 | 2012-01-01 | year | year=2012']],
    ['Sales peaked late last July.', '2013-03-22', ['late last July | 2012-07-01 | month rel | month=7']],
    ['He will decide next May.', '2013-03-22', ['next May | 2013-05-01 | month rel | month=5']],
    ['In a statement released earlier today, Putin spoke.', SUNDAY, ['earlier today | 2025-05-11 | relative rel | ']],
    ['Talks are under way now.', SUNDAY, ['now | 2025-05-11 | relative rel | ']],
    ['The meeting began at 3:30 p.m. on Friday.', SUNDAY, ['3:30 p.m. on Friday | 2025-05-09 | weekday rel | hour=15,minute=30,weekday=5']],
    ['Boundary: it happened on Dec. 31, 1999 and Jan. 1, 2000.', SUNDAY, ['Dec. 31, 1999 | 1999-12-31 | day | year=1999,month=12,day=31', 'Jan. 1, 2000 | 2000-01-01 | day | year=2000,month=1,day=1']],
    ['Exports fell in July last year.', SUNDAY, ['July last year | 2024-07-01 | month rel | month=7']],
    ['The company said it had agreed to repay the loan by February.', '1989-10-30', ['February | 1990-02-01 | month rel | month=2']],
    ['Lenders extended the credit line through March, and gave him until mid-November.', '1989-10-30', ['March | 1989-03-01 | month rel | month=3', 'mid-November | 1989-11-01 | month rel | month=11']],
    ['He had sold the stake by February.', '1989-10-30', ['February | 1989-02-01 | month rel | month=2']],
    ['Prices have risen since February.', '1989-10-30', ['February | 1989-02-01 | month rel | month=2']],
    ['The envoy arrives this week.', SUNDAY, ['this week | 2025-05-11 | relative rel | ']],
    ['Sales rose earlier this year.', SUNDAY, ['earlier this year | 2025-01-01 | year rel | ']],
    ['He left around 7:15 p.m.', SUNDAY, ['around 7:15 p.m. | 2025-05-11 | relative rel | hour=19,minute=15']],
    ['Profit for fiscal 1989 rose.', SUNDAY, ['fiscal 1989 | 1989-01-01 | year | year=1989']],
    ['Talks resume after the weekend.', SUNDAY, ['the weekend | 2025-05-10 | relative rel | ']],
    // chrono's "ago" pattern is rewritten with unbounded runs of spaces (start-up): the same readings
    ['They met two years ago.', SUNDAY, ['two years ago | 2023-01-01 | year rel | ']],
    ['They met two  years, three months  ago.', SUNDAY, ['two  years, three months  ago | 2023-01-01 | year rel | ']],
  ])('%s', (text, ref, expected) => {
    expect(dates(text, ref).map(view)).toEqual(expected);
  });
});

describe('extractDates: not dates', () => {
  it.each([
    'Putin and Zelensky may still be at odds over the terms.',
    'May I ask a question?',
    'Trump May Visit Moscow Soon',
    'Ukraine has made significant strides in the war.',
    'Russia launched 524 aerial drones and 3000 troops.',
    'The protesters march on the capital.',
    'He sat down with reporters.',
    'The Sun reported the story.',
    'About 2000 people attended.',
    'The dividend is 1.25 a share.',
    'He ate 2 1/2 pies.',
    'Mar 48 closed at 110.25 and Feb 52 at 109.50.',
    'The board meets every Thursday and each July.',
    // counted from a time the story told, not from the day of writing
    'He was arrested and released three days later.',
    'Aid arrived within a week.',
    'In a late-night address he spoke.',
    // words that start like a month or weekday, and decimals, are no cue: chrono read "in the money" as "in the month"
    'Banks faced a shortage in the money market.',
  ])('%s', (text) => {
    expect(dates(text, SUNDAY).map(view)).toEqual([]);
  });

  it('May Day is a holiday name, not a day to resolve', () => {
    // chrono does not read "May Day" as a date; we keep it that way: the holiday's date depends on the country.
    expect(dates('Workers marched on May Day.', SUNDAY).map(view)).toEqual([]);
  });
});

// 1989-10-30 is a Monday in the fourth quarter.
const OCT89 = '1989-10-30';

describe('extractDates: quarters, seasons and vague references', () => {
  it.each([
    ['Third-quarter profit rose 5%.', OCT89, ['Third-quarter | 1989-07-01..1989-09-30 | quarter rel | ']],
    ['Net income in the third quarter fell.', OCT89, ['the third quarter | 1989-07-01..1989-09-30 | quarter rel | ']],
    ['Sales in the first quarter of 1990 may fall.', OCT89, ['the first quarter of 1990 | 1990-01-01..1990-03-31 | quarter | year=1990']],
    ['Earnings in the quarter rose.', OCT89, ['the quarter | 1989-07-01..1989-09-30 | quarter rel | ']],
    ['It compares with the year-earlier quarter.', OCT89, ['the year-earlier quarter | 1988-07-01..1988-09-30 | quarter rel | ']],
    ['Its fourth quarter was weak.', '1990-02-15', ['Its fourth quarter | 1989-10-01..1989-12-31 | quarter rel | ']],
    ['Next year\'s first quarter looks weak.', OCT89, ["Next year's first quarter | 1990-01-01..1990-03-31 | quarter rel | "]],
    ['The plant closed last fall.', '1998-03-05', ['last fall | 1997-09-01..1997-11-30 | season rel | ']],
    ['They will meet this summer.', '1998-03-05', ['this summer | 1998-06-01..1998-08-31 | season rel | ']],
    ['It happened in the winter of 1994.', '1998-03-05', ['the winter of 1994 | 1994-12-01..1995-02-28 | season | year=1994']],
    ['He recently left, and currently works abroad.', OCT89, ['recently | 1989-10-30 | vague rel | ', 'currently | 1989-10-30 | vague rel | ']],
    ['No deal is likely in the near future.', OCT89, ['the near future | 1989-10-30 | vague rel | ']],
    ['Mistakes were made in the past.', OCT89, ['the past | 1989-10-30 | vague rel | ']],
    ['More recently, talks stalled; right now they resume.', OCT89, ['More recently | 1989-10-30 | vague rel | ', 'right now | 1989-10-30 | relative rel | ']],
    ['Prices soared in the late 1970s and the \'90s.', OCT89, ['the late 1970s | 1970-01-01..1979-12-31 | decade | ', "the '90s | 1990-01-01..1999-12-31 | decade rel | "]],
    ['The store opens on Christmas Eve and closes after Thanksgiving.', OCT89, ['Christmas Eve | 1989-12-24 | day rel | ', 'Thanksgiving | 1989-11-23 | day rel | ']],
    ['Sales fell last Thanksgiving.', OCT89, ['last Thanksgiving | 1988-11-24 | day rel | ']],
    ['He returned before Easter 2024.', OCT89, ['Easter 2024 | 2024-03-31 | day | year=2024']],
    ['The vote is on Memorial Day.', '2025-05-11', ['Memorial Day | 2025-05-26 | day rel | ']],
    ['Profit for the fiscal year rose, as in the year before.', OCT89, ['the fiscal year | 1989-01-01..1989-12-31 | year rel | ']],
    ['Sales should recover by the end of the year.', OCT89, ['the end of the year | 1989-01-01..1989-12-31 | year rel | ']],
  ])('%s', (text, ref, expected) => {
    expect(dates(text, ref).map(view)).toEqual(expected);
  });

  it.each([
    'Stocks fall in a quarter of the markets.',
    'A quarter of the vote went to him.',
    'They toured the French Quarter.',
    'Prices fall as supply rises.',
    'The fall of the regime came quickly.',
    'Spring Street was closed.',
    'The past 20 years were hard.',
    'A quarter-point cut is expected.',
    'Christmas shopping was weak.',
    'The Easter holidays were quiet.',
    'Workers marched on May Day.',
  ])('not a period: %s', (text) => {
    expect(dates(text, OCT89).filter((f) => ['quarter', 'season', 'vague', 'decade'].includes(f.grain) || f.holiday).map(view)).toEqual([]);
  });

  it('the side of a vague reference', () => {
    expect(dates('He recently said so and currently agrees; in the future he may not.', OCT89).map((f) => f.vague)).toEqual(['past', 'present', 'future']);
  });

  it.each([
    ['Net income in the third quarter fell.', '1990-02-15', ['the third quarter | 1989-07-01..1989-09-30 | quarter rel | ']],
    ['Shops close on Christmas, and reopen in the fall.', '1990-02-15', ['Christmas | 1989-12-25 | day rel | ', 'the fall | 1990-09-01..1990-11-30 | season rel | ']],
    ['Last winter was mild.', '2020-01-15', ['Last winter | 2018-12-01..2019-02-28 | season rel | ']],
    ['Prices in the year 2000 and in the year 1994 were higher.', '1990-02-15', []],
  ])('re-resolved against a new reference date: %s', (text, ref, expected) => {
    const doc = makeDocument({ file: 't.txt', text });
    const facts = extractDates(doc, splitSentences(text), UNRESOLVED_REF);
    expect(resolveDateFacts(doc, facts, ref).filter((f) => f.period).map(view)).toEqual(expected);
  });

  it('re-resolves quarters against a new reference date', () => {
    const text = 'Net income in the third quarter fell.';
    const doc = makeDocument({ file: 't.txt', text });
    const facts = extractDates(doc, splitSentences(text), UNRESOLVED_REF);
    expect(resolveDateFacts(doc, facts, '1990-02-15').map(view)).toEqual(['the third quarter | 1989-07-01..1989-09-30 | quarter rel | ']);
  });
});

describe('extractDates without a reference date', () => {
  it('keeps the stated parts and resolves the rest against the placeholder', () => {
    const [f] = dates('The talks on Thursday, May 16 were short.');
    expect(f.ref).toBe(UNRESOLVED_REF);
    expect(f.stated).toEqual({ month: 5, day: 16, weekday: 4 });
    expect(f.value.slice(5)).toBe('05-16');
  });

  it.each([
    ['Trading resumed at midday.', 'midday | 2025-05-11 | relative rel | '],
    ['The session opens at 10 A.M. in Tokyo.', '10 A.M. | 2025-05-11 | relative rel | hour=10'],
  ])('a clock time or midday is a cue of its own: %s', (text, fact) => {
    expect(dates(text, SUNDAY).map(view)).toEqual([fact]);
  });
  it('skips sentences that cannot hold a date', () => {
    expect(dates('No calendar words here at all.')).toEqual([]);
  });
});

describe('CAN_HOLD_DATE: the sentence prefilter', () => {
  it.each([
    ['They met on March 3.', true],
    ['Due Sept. 5.', true],
    ['Markets close on Mondays.', true],
    ['Talks resume Thurs.', true],
    ['At 3.30 p.m. the vote began.', true],
    ['At 8AM they met.', true],
    ['Filed 2024-05-12.', true],
    ['Signed 12.5.2024.', true],
    ['Due 5/12.', true],
    ['At 10:30 they met.', true],
    ['Trading resumed at midday.', true],
    ['Sales rose in 1986.', true],
    ['Talks resume tomorrow.', true],
    ['In the second quarter sales rose.', true],
    ['The money went into the market.', false],
    ['Sales declined after the decision.', false],
    ['A satellite monitor was approved.', false],
    ['Profit rose 1.5 pct to 2.25 dlrs.', false],
    ['Friends of the Montreal marine unit agreed.', false],
  ] as Array<[string, boolean]>)('%s -> %s', (text, can) => {
    expect(CAN_HOLD_DATE.test(text)).toBe(can);
  });
});

describe('resolveDateFacts', () => {
  it.each([
    ['Talks could commence as early as Thursday.', '2025-05-18', '2025-05-22'],
    ['Putin spoke on Thursday.', '2025-05-18', '2025-05-15'],
    ['"Starting tomorrow, May 12th," he said.', '2026-05-11', '2026-05-12'],
    ['In June, he stated his terms.', '2026-01-10', '2025-06-01'],
    ['Exports fell last year.', '2019-03-01', '2018-01-01'],
  ])('%s against %s -> %s', (text, ref, value) => {
    const doc = makeDocument({ file: 't.txt', text });
    const first = extractDates(doc, splitSentences(text));
    const again = resolveDateFacts(doc, first, ref);
    expect(again.map((f) => f.value)).toEqual([value]);
    expect(again[0].ref).toBe(ref);
    expect(again[0].span).toEqual(first[0].span);
  });

  it('gives what extracting with the reference date gives', () => {
    const text = 'On Sunday Putin said talks would start Thursday; Zelensky replied tomorrow, May 12th, and in June 2024 and last year.';
    const doc = makeDocument({ file: 't.txt', text });
    const direct = extractDates(doc, splitSentences(text), SUNDAY);
    const resolved = resolveDateFacts(doc, extractDates(doc, splitSentences(text), '2019-02-02'), SUNDAY);
    expect(resolved).toEqual(direct);
  });

  it('keeps stated dates as they are', () => {
    const text = 'It was signed on 8 May 1945.';
    const doc = makeDocument({ file: 't.txt', text });
    const [f] = resolveDateFacts(doc, extractDates(doc, splitSentences(text), SUNDAY), '1990-01-01');
    expect(f.value).toBe('1945-05-08');
  });
});

describe('extractDates: days named by reference to the day before them', () => {
  const anaphors = (text: string, ref = SUNDAY) => dates(text, ref).filter((f) => f.anchor).map((f) => `${f.text} | ${f.value}`);
  it.each([
    ['Putin spoke on Sunday. Earlier that same day, drones hit Kyiv.', ['Earlier that same day | 2025-05-11']],
    ['The talks opened on Tuesday. The next day, they collapsed.', ['The next day | 2025-05-07']],
    ['The vote was held on May 3. The day before, protesters marched.', ['The day before | 2025-05-02']],
    ['They met on Monday. The next day they argued, and the following day they signed.', ['The next day | 2025-05-06', 'the following day | 2025-05-07']],
    ['He arrived yesterday and left later that day.', ['later that day | 2025-05-10']],
    ['The strike began on March 9. Details will be given at a press conference on the same day.', ['the same day | 2025-03-09']],
    // chrono's longer reading that starts in the phrase gives way, and the fact covers it
    ['The ceasefire began at midnight on Sunday. The next day at 9 a.m., talks resumed.', ['The next day at 9 a.m. | 2025-05-12']],
    // the day referred to is told a few sentences back, with no other date between
    ['Putin spoke late Sunday. He said talks were needed. He called it a chance. Earlier that same day, leaders met in Kyiv.', ['Earlier that same day | 2025-05-11']],
  ])('%s', (text, expected) => {
    expect(anaphors(text)).toEqual(expected);
  });

  it.each([
    // no day told before it
    'The day before the vote, protesters marched.',
    'Later that day, he resigned.',
    // the date told before it is a month, not a day
    'In June, he resigned. That day was sad.',
    // "the day before/after" something else counts from that thing
    'They met on Monday. The day after the vote, they argued.',
    // another year's same day
    'The bond pays interest on May 6 and matures on the same day in 1992.',
    'Profit was 7.9 billion on December 31, down from 9.3 billion on the same day last year.',
    // a stretch ahead of the writer, not a day of the story
    'Officials met on Monday. A decision is expected within the next day or two.',
    // a length of time between: the date before is not the day referred to
    'Troops entered the town on Sunday. They left a week later, and the next day the mayor returned.',
    // "the same day as" something else
    'Voting ends on Sunday. Results are due the same day as the count.',
    // the day told too far back
    'He arrived on Monday. He spoke. He ate. He slept. He read. That day was long.',
  ])('%s: none', (text) => {
    expect(anaphors(text)).toEqual([]);
  });

  it('moves with the day it refers to when resolved anew', () => {
    const text = 'The talks opened on Tuesday. The next day, they collapsed.';
    const doc = makeDocument({ file: 't.txt', text });
    const again = resolveDateFacts(doc, extractDates(doc, splitSentences(text), SUNDAY), '2025-05-18');
    expect(again.map((f) => f.value)).toEqual(['2025-05-13', '2025-05-14']);
  });
});

describe('chrono parsers named by this module', () => {
  it('all exist in chrono (a renamed parser would silently skip a drop, an unbounding or a gate)', () => {
    expect(unknownParserNames()).toEqual([]);
  });
});

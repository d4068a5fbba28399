import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { analyzeDocument } from '../src/engine.js';
import { testKb } from './helpers/kb.js';

const kb = testKb();
/** Each event as "noun@place text/date text". */
function events(text: string): string[] {
  const doc = makeDocument({ file: 't.txt', text, meta: { date: '2025-05-11', dateSource: 'metadata' } });
  const f = analyzeDocument(doc, kb, new Set(['events']));
  return f.events.map((e) => `${e.noun}@${e.place === undefined ? '-' : f.places[e.place].text}/${e.date === undefined ? '-' : f.dates[e.date].text}`);
}

describe('extractEvents: an event noun with the date and place its sentence gives it', () => {
  it.each([
    ['The talks could begin as early as Thursday in Istanbul.', ['talks@Istanbul/Thursday']],
    // an attack is placed by its target
    ['Russia launched a massive drone attack on Kyiv on Saturday, officials said.', ['attack@Kyiv/Saturday']],
    ['Strikes against Kharkiv on Sunday killed two.', ['attack@Kharkiv/Sunday']],
    // ... but not by what something else in the sentence is "on"
    ['The drone attack on Sunday came a day after the EU imposed new sanctions on Russia.', ['attack@-/Sunday']],
    // talks "on" a country are about it, not in it
    ['Talks on Ukraine resume on Thursday.', ['talks@-/Thursday']],
    // a dateline's date tells when the story was filed, not when the earthquake was
    ['QUITO, March 9 - Oil exports stopped after an earthquake in Ecuador, officials said.', []],
    ['QUITO, Ecuador, March 9 - Oil exports stopped after an earthquake on Thursday.', ['disaster@Ecuador/Thursday']],
    // ... nor is one with the agency after the date
    ['WASHINGTON, May 12 (Reuters) - The talks in Geneva ended after an earthquake.', []],
    // "said Tuesday's attack" names the attack's day
    ["Police said Tuesday's attack in Kabul killed 12 people.", ['attack@Kabul/Tuesday']],
    // the day something was said is not the day of the meeting it was said of
    ['OPEC president Rilwanu Lukman said Friday he expects the meeting in Vienna to be brief.', []],
    ['Finance Secretary Jaime Ongpin told reporters yesterday that talks in New York reopen on Tuesday.', ['talks@New York/Tuesday']],
    // a semicolon ends the clause that dates and places the event
    ['On Tuesday, Democrats vote in Arizona and Utah; on Saturday, Alaska and Hawaii hold caucuses.', ['election@Arizona/Tuesday']],
    // an event noun that begins an organisation's name is no event
    ['The candidates must file reports with the Federal Election Commission on Sunday in Washington.', []],
    // a date set apart from the noun by after/before/since/until is another time than the event's
    ["OSLO, June 3 - Bus drivers were back at work this morning after a strike in support of pay claims had kept the city's depots shut for two days yesterday.", ['labour strike@OSLO/yesterday']],
    ['Ministers will meet in Paris on Monday before the summit.', []],
    ['Talks in Geneva resume on Monday, a day after the election.', ['talks@Geneva/Monday']],
    // ... only next to the noun or the date, not across a clause, and not "the following Monday" or "before parliament"
    ['The talks, which resumed after a long break, ended in Geneva on Friday.', ['talks@Geneva/Friday']],
    ['Talks in Geneva resumed on the following Monday.', ['talks@Geneva/Monday']],
    ['The bill goes to a vote before parliament in Ankara on Tuesday.', ['election@Ankara/Tuesday']],
    ['The talks in Geneva collapsed after a walkout on Monday.', []],
    ['A truce in Gaza holds until Friday.', []],
    ['The truce agreed by the two sides in Doha holds until Friday.', []],
    // a strike over work and pay is no attack
    ['Dock workers will hold a 24-hour strike in Auckland on Monday.', ['labour strike@Auckland/Monday']],
    ['A strike by 3,000 nurses in Dublin began on Monday.', ['labour strike@Dublin/Monday']],
    ['The strike over pensions in Lyon on Monday closed schools.', ['labour strike@Lyon/Monday']],
    ['An air strike on Aleppo on Monday killed four.', ['attack@Aleppo/Monday']],
    // work words elsewhere in the sentence do not make a strike a stoppage of work
    ['A drone strike in Gaza on Monday killed five aid workers.', ['attack@Gaza/Monday']],
    ['Rescue workers searched the rubble after an air strike in Aleppo on Tuesday.', ['attack@Aleppo/Tuesday']],
    ['The chief of staff said the strike in Syria on Monday was justified.', ['attack@Syria/Monday']],
    ['Union leaders held talks in Oslo on Monday over pay.', ['talks@Oslo/Monday']],
    // event dates index all of the document's dates, vague ones ("recently") included
    ['Relations recently improved. The talks in Istanbul begin on Thursday.', ['talks@Istanbul/Thursday']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { align, quoteWords, sameWording } from '../src/story/quote-align.js';

describe('quoteWords: case, punctuation, apostrophes and hyphens ignored', () => {
  it.each([
    ["the host for this year's show", 'the host for this years show'],
    ['the host for this year ’ s show', 'the host for this years show'],
    ['the host for this year s show', 'the host for this years show'],
    ["You know what they say - the third time's the charm .", 'you know what they say the third times the charm'],
    ['a 22 - year - old resident', 'a 22 year old resident'],
    ['a 22-year-old resident', 'a 22 year old resident'],
    ["we don ' t know", 'we dont know'],
    ["people saying 'So - and - so should be Doctor Who'", 'people saying so and so should be doctor who'],
    ['critical analysis - - from the process', 'critical analysis from the process'],
    ['cut 2.5 million jobs, then 22 . 4 percent.', 'cut 2.5 million jobs then 22.4 percent'],
    ['about 1,200 people.', 'about 1,200 people'],
  ])('%s', (text, words) => {
    expect(quoteWords(text).join(' ')).toBe(words);
  });
});

describe('sameWording: house styles of one wording', () => {
  it.each([
    [['4bn'], ['4', 'billion'], true],
    [['eleventh'], ['11th'], true],
    [['twelfth'], ['12th'], true],
    [['data', 'center'], ['datacenter'], true],
    [['three'], ['3'], true],
    [['4bn'], ['4', 'million'], false],
    [['eleventh'], ['12th'], false],
    [['did'], ['will'], false],
    [['1,200'], ['1200'], true],
    [['cut', '2.5', 'million'], ['cut', '25', 'million'], false],
    [['1.5', 'percent'], ['15', 'percent'], false],
    [['1', '2', '3'], ['123'], false],
    // initials spelt out ("U.S." is "u s" once its points are dropped), but the pronoun "us" is no country
    [['u', 's'], ['united', 'states'], true],
    [['u', 'n'], ['united', 'nations'], true],
    [['us'], ['united', 'states'], false],
    [['u', 's'], ['united', 'kingdom'], false],
    // contractions, as they read once apostrophes are dropped, spelt out; not where the bare form is another word
    [['dont'], ['do', 'not'], true],
    [['theres'], ['there', 'is'], true],
    [['cannot'], ['can', 'not'], true],
    [['dont'], ['did', 'not'], false],
    [['its'], ['it', 'is'], false],
  ])('%j / %j -> %s', (a, b, same) => {
    expect(sameWording(a, b)).toBe(same);
  });
});

describe('align: only real changes of wording are shown', () => {
  it.each([
    ["the ideal host for this year's show", 'the ideal host for this year ’ s show', ''],
    ['to lend 22.4bn euros to Greece', 'to lend 22 . 4 billion euros to Greece', ''],
    ['By rolling back this 11th hour regulation we are ensuring', 'By rolling back this eleventh - hour regulation , we are ensuring', ''],
    ['transform their data centers and build', 'transform their datacenters and build', ''],
    ['how many kids did you kill today', 'how many kids will you kill today', '- did; + will'],
    ['fiscal restraint in the U.S., to support growth', 'fiscal restraint in the United States, to support growth', ''],
    ['a loan of 40 mln dlrs to the company', 'a loan of 40 million dollars to the company', ''],
    ["We don't want a trade war, there's no need", 'We do not want a trade war, there is no need', ''],
    // a word put for another at an end of the quotation is a change; more words on one side only are where it stops
    ['It would only take five minutes to list their successes', 'It would only take five minutes to list their accomplishments', '- successes; + accomplishments'],
    ['We are ready for talks with Kyiv', 'We are ready for talks with Kyiv tomorrow in Istanbul, as always', ''],
    ['clearly is a tax increase for all of us', 'if the Democrats insist that what they agreed is a tax increase for all of us', ''],
    // A partial quote is compared with the stretch it quotes, not with a stray "I" at the start of the fuller one.
    [
      "I just want to wish my successor all the best, because I know he's both a huge fan of the show and a really nice guy",
      "I know he's a huge fan of the show and a really nice guy",
      '- both',
    ],
    ['We are ready to talk to them today', 'We were ready to talk to them today', '- are; + were'],
    ['We are ready to talk to them today', 'We are not at all ready to talk to them today', '+ not at all'],
  ])('%s / %s', (a, b, diff) => {
    expect(align(quoteWords(b), quoteWords(a)).diff).toBe(diff);
  });
});

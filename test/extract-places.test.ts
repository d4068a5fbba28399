import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { extractPlaces } from '../src/extract/places.js';
import { splitSentences } from '../src/extract/sentences.js';
import { testKb } from './helpers/kb.js';

const kb = testKb();
const places = (text: string) => extractPlaces(makeDocument({ file: 't.txt', text }), kb, splitSentences(text));
const brief = (text: string) => places(text).map((p) => [p.text, p.placeId ?? null, p.role, p.demonym]);

describe('places', () => {
  it.each<[string, Array<[string, string | null, string, boolean]>]>([
    ['Officials in Kyiv and Moscow disagreed.', [['Kyiv', 'kyiv', 'mention', false], ['Moscow', 'moscow', 'mention', false]]],
    ['Ukrainian forces held the line.', [['Ukrainian', 'ukraine', 'mention', true]]],
    ['Putin proposed talks in Istanbul next week.', [['Istanbul', 'istanbul', 'venue', false]]],
    ['Istanbul, Turkey — Officials met on Friday.', [['Istanbul', 'istanbul', 'dateline', false], ['Turkey', 'turkey', 'dateline', false]]],
    ['Intro line.\nMoscow, Russia – The Kremlin said no.', [['Moscow', 'moscow', 'dateline', false], ['Russia', 'russia', 'dateline', false]]],
    ['WASHINGTON (Reuters) - Markets rose.', [['WASHINGTON', 'washington-dc', 'dateline', false]]],
    ['SALVADOR, Feb 26 - Showers continued in the Bahia zone.', [['SALVADOR', 'salvador', 'dateline', false]]],
  ])('%s', (text, want) => expect(brief(text)).toEqual(want));

  it('maps a demonym to its country', () => {
    const [p] = places('Russian officials declined.');
    expect(p).toMatchObject({ text: 'Russian', placeId: 'russia', country: 'russia', demonym: true });
  });

  it('gives a city its country', () => {
    expect(places('They met in Istanbul.')[0]).toMatchObject({ placeId: 'istanbul', country: 'turkey' });
  });
});

describe('not places', () => {
  it.each([
    ['Roast the turkey for three hours and rest it.'],
    ['SOCCER - LATE GOAL WINS IT.'],
    ['Workers marched on May Day.'],
    ['The Kremlin said nothing.'],
  ])('%s', (text) => expect(places(text)).toEqual([]));
});

import { describe, expect, it } from 'vitest';
import { foldForWink, sentences, tag } from '../src/extract/nlp.js';

const words = (text: string) => tag(text).map((t) => `${t.text}/${t.pos}`);

/** Tokens cover every non-space character once, in order, and gaps are white space only. */
function roundTrip(text: string): string {
  let at = 0;
  let rebuilt = '';
  for (const t of tag(text)) {
    const gap = text.slice(at, t.start);
    if (!/^\s*$/.test(gap) || t.end <= t.start) return `bad gap ${JSON.stringify(gap)} before ${t.text}`;
    rebuilt += gap + t.text;
    at = t.end;
  }
  rebuilt += text.slice(at);
  return rebuilt;
}

describe('foldForWink', () => {
  it.each([
    ['Erdoğan', 'Erdogan'],
    ['Łukasz Błaszczak', 'Lukasz Blaszczak'],
    ['Zelenskyy’s “talks” — 2025', 'Zelenskyy’s “talks” — 2025'],
    ['Café Müller', 'Café Müller'],
    ['Путин', 'xxxxx'],
  ])('%s -> %s', (input, out) => {
    expect(foldForWink(input)).toBe(out);
    expect(foldForWink(input)).toHaveLength(input.length);
  });
});

describe('tag', () => {
  it.each([
    ['Turkish President Tayyip Erdoğan spoke.', ['Turkish/PROPN', 'President/NOUN', 'Tayyip/PROPN', 'Erdoğan/PROPN', 'spoke/VERB', './PUNCT']],
    ['Putin’s offer', ['Putin/PROPN', '’s/PART', 'offer/NOUN']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it.each([
    'Turkish President Tayyip Erdoğan met Łukasz in Kyiv.',
    'He can’t go — “never,” she said.\u00a0U.S.-led talks, 2025.\n\nNew  paragraph\twith tabs.',
    'Ursula von der Leyen (EU) said: "We won\'t". Mr. Sikorski\'s aide agreed!',
  ])('offsets round-trip: %s', (text) => expect(roundTrip(text)).toBe(text));

  it('gives offsets into the whole text when tagging a span', () => {
    const text = 'First sentence. Jens Stoltenberg spoke.';
    const span = { start: 16, end: text.length };
    const toks = tag(text, span);
    expect(toks[0]).toMatchObject({ start: 16, end: 20, text: 'Jens', pos: 'PROPN' });
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences', () => {
  it('gives character spans', () => {
    const text = 'Putin spoke on Sunday. Zelensky replied on Monday.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Putin spoke on Sunday.', 'Zelensky replied on Monday.']);
  });
});

describe('independent of earlier calls', () => {
  // wink learns out-of-vocabulary tokens: once "Gazprom's." was read, a plain instance keeps "Gazprom's"
  // whole in later texts instead of splitting off "'s" (and tags differ). The adapter must not.
  const texts = [
    "Gazprom's chief said the deal would stand.",
    "It was Gazprom's.",
    "Zelenskiy's aide spoke to reporters in Kyiv.",
    "The plan was Zelenskiy's.",
    'Commerce Bancshares Inc\'s Texas unit said. Shares rose 5.5% to $12.',
    'The U.S.-led coalition and Kremlin-backed forces met, Erdoğan said.',
  ];
  const run = (order: number[]) => {
    const out: string[] = [];
    for (const i of order) out[i] = JSON.stringify(tag(texts[i]));
    return out;
  };
  it('tags a set of texts the same in forward and reverse order', () => {
    const forward = run(texts.map((_, i) => i));
    const reverse = run(texts.map((_, i) => texts.length - 1 - i));
    expect(reverse).toEqual(forward);
    expect(tag(texts[0]).map((t) => t.text).slice(0, 2)).toEqual(['Gazprom', "'s"]);
  });
});

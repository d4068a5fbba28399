import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/types.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { splitSentences } from '../src/extract/sentences.js';
import type { PersonFact } from '../src/extract/types.js';

/** Person mentions made by hand: every occurrence of each name in the text, one entity per entry. */
function peopleIn(text: string, names: [name: string, personId: string][]): PersonFact[] {
  const out: PersonFact[] = [];
  names.forEach(([name, personId], entity) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      out.push({ kind: 'person', span: { start: at, end: at + name.length }, text: name, name, personId, entity, short: !name.includes(' ') });
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}

const PEOPLE: [string, string][] = [
  ['Vladimir Putin', 'vladimir-putin'],
  ['Dmitry Peskov', 'dmitry-peskov'],
  ['Donald Trump', 'donald-trump'],
  ['Volodymyr Zelenskyy', 'volodymyr-zelenskyy'],
  ['Hillary Clinton', 'hillary-clinton'],
  ['Al-Awlaki', 'anwar-al-awlaki'],
  ['Kim Jong Un', 'kim-jong-un'],
  ['Li Wei', 'li-wei'],
  ['Xu Ming', 'xu-ming'],
];

function quotes(text: string) {
  const doc = { id: 't', file: 't', index: 0, text, meta: {} } as unknown as Document;
  // Short references ("Putin") are mentions of the same entity as the full name.
  const names: [string, string][] = PEOPLE.flatMap(([n, id]) => [[n, id] as [string, string]]);
  const people = peopleIn(text, names);
  for (const [full, id] of PEOPLE) {
    const short = full.split(' ').pop() as string;
    const entity = PEOPLE.findIndex(([n]) => n === full);
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      if (people.some((p) => p.span.start <= at && p.span.end >= at + short.length)) continue;
      people.push({ kind: 'person', span: { start: at, end: at + short.length }, text: short, name: short, personId: id, entity, short: true });
    }
  }
  people.sort((a, b) => a.span.start - b.span.start);
  return extractQuotes(doc, splitSentences(text), people);
}

interface Expected {
  text: string;
  speaker?: string;
  personId?: string;
  cue?: string;
  channel?: string;
  partial?: boolean;
  unterminated?: boolean;
}

const view = (q: ReturnType<typeof quotes>[number]): Expected => ({
  text: q.text,
  ...(q.speaker ? { speaker: q.speaker.text } : {}),
  ...(q.speaker?.personId ? { personId: q.speaker.personId } : {}),
  ...(q.cue ? { cue: q.cue } : {}),
  ...(q.channel ? { channel: q.channel } : {}),
  partial: q.partial,
  ...(q.unterminated ? { unterminated: true } : {}),
});

describe('extractQuotes: marks and speakers', () => {
  it.each<[string, string, Expected[]]>([
    [
      'curly, speaker after',
      '“We are ready to engage in direct talks,” Vladimir Putin declared in a televised address.',
      [{ text: 'We are ready to engage in direct talks', speaker: 'Vladimir Putin', personId: 'vladimir-putin', cue: 'declared', channel: 'in a televised address', partial: false }],
    ],
    [
      'straight, inverted "said X"',
      '"The talks are useful," said Dmitry Peskov, the Kremlin spokesman.',
      [{ text: 'The talks are useful', speaker: 'Dmitry Peskov', personId: 'dmitry-peskov', cue: 'said', partial: false }],
    ],
    [
      'speaker before with a colon, channel on a platform',
      'Donald Trump wrote on Truth Social: "Ukraine should agree to the talks immediately!"',
      [{ text: 'Ukraine should agree to the talks immediately!', speaker: 'Donald Trump', personId: 'donald-trump', cue: 'wrote', channel: 'on Truth Social', partial: false }],
    ],
    [
      'pronoun resolved to the last person named as subject',
      'Donald Trump met Volodymyr Zelenskyy on Friday. “It was a great meeting,” he stated.',
      [{ text: 'It was a great meeting', speaker: 'he', personId: 'donald-trump', cue: 'stated', partial: false }],
    ],
    [
      '"she" is no one whose first name is usually a man\'s',
      'Donald Trump spoke first. Later, Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.” She also said “videos of Donald Trump” were shown.',
      [
        { text: 'ISIS’ best recruiter.', speaker: 'She', personId: 'hillary-clinton', cue: 'said', partial: true },
        { text: 'videos of Donald Trump', speaker: 'She', personId: 'hillary-clinton', cue: 'said', partial: true },
      ],
    ],
    [
      'a subject in an earlier paragraph gives way to a person named in the pronoun\'s own paragraph',
      'Al-Awlaki is shown lecturing.\n\nThe idea came up in a debate in December, when a rival, Hillary Clinton, warned of it. “They are going to people,” she said.',
      [{ text: 'They are going to people', speaker: 'she', personId: 'hillary-clinton', cue: 'said', partial: false }],
    ],
    [
      'a name the English table gives women, "Kim", says nothing: "he" is Kim Jong Un',
      'Donald Trump met Kim Jong Un in Singapore on Tuesday. Kim Jong Un praised the meeting. “It was a historic day for our two nations,” he said.',
      [{ text: 'It was a historic day for our two nations', speaker: 'he', personId: 'kim-jong-un', cue: 'said', partial: false }],
    ],
    [
      'an honorific says the gender of a name the table does not know',
      'Mrs. Xu Ming spoke first. Mr. Li Wei said little. “We agreed on everything,” she said.',
      [{ text: 'We agreed on everything', speaker: 'she', personId: 'xu-ming', cue: 'said', partial: false }],
    ],
    [
      'paragraphs end at a blank line whatever the line endings',
      'Al-Awlaki is shown lecturing.\r\n\r\nThe idea came up in a debate in December, when a rival, Hillary Clinton, warned of it. “They are going to people,” she said.',
      [{ text: 'They are going to people', speaker: 'she', personId: 'hillary-clinton', cue: 'said', partial: false }],
    ],
    [
      'a pronoun after an unnamed speaker\'s quotation takes up that speaker, not the person named before it',
      'Donald Trump called off the tour, an aide said.\nThe aide, who declined to be named, said: "The schedule was simply too full."\nHe added that the summit was "a matter of timing."',
      [
        { text: 'The schedule was simply too full.', speaker: 'The aide', cue: 'said', partial: false },
        { text: 'a matter of timing.', speaker: 'He', cue: 'added', partial: true },
      ],
    ],
    [
      'an office title is a second reference to the person named, not an unnamed speaker',
      'Vladimir Putin toured the plant on Monday. "We will build more," the president said.\n"It is a success," he said.',
      [
        { text: 'We will build more', speaker: 'the president', cue: 'said', partial: false },
        { text: 'It is a success', speaker: 'he', personId: 'vladimir-putin', cue: 'said', partial: false },
      ],
    ],
    [
      'an unnamed speaker of the other gender does not take up the pronoun',
      'Donald Trump cancelled the trip. "The schedule was full," the spokeswoman said.\n"We will see," he said.',
      [
        { text: 'The schedule was full', speaker: 'the spokeswoman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'donald-trump', cue: 'said', partial: false },
      ],
    ],
    [
      'the unnamed speaker describes the person named ("Kremlin spokesman Dmitry Peskov" … "the spokesman")',
      'Kremlin spokesman Dmitry Peskov spoke first. "No decision has been made," the spokesman said.\n"We will see," he said.',
      [
        { text: 'No decision has been made', speaker: 'the spokesman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'dmitry-peskov', cue: 'said', partial: false },
      ],
    ],
    [
      'or describes the person in an appositive ("Dmitry Peskov, the Kremlin spokesman")',
      'Dmitry Peskov, the Kremlin spokesman, spoke first. "No decision has been made," the spokesman said.\n"We will see," he said.',
      [
        { text: 'No decision has been made', speaker: 'the spokesman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'dmitry-peskov', cue: 'said', partial: false },
      ],
    ],
    [
      'a phrase in apposition to a name describes it',
      '"Talks go on," Dmitry Peskov, a spokesman said.\n"We will see," he said.',
      [
        { text: 'Talks go on', speaker: 'a spokesman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'dmitry-peskov', cue: 'said', partial: false },
      ],
    ],
    [
      'a person named after the unnamed speaker takes the pronoun',
      '"Talks go on," the spokesman said. Donald Trump later spoke. "We will see," he said.',
      [
        { text: 'Talks go on', speaker: 'the spokesman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'donald-trump', cue: 'said', partial: false },
      ],
    ],
    [
      'an unnamed speaker out of reach no longer takes up the pronoun',
      `Donald Trump spoke. "Talks go on," the spokesman said. ${'The weather was mild and the streets were calm all day long. '.repeat(11)}"We will see," he said.`,
      [
        { text: 'Talks go on', speaker: 'the spokesman', cue: 'said', partial: false },
        { text: 'We will see', speaker: 'he', personId: 'donald-trump', cue: 'said', partial: false },
      ],
    ],
    [
      'according to, after the quote',
      '“No decision has been made,” according to Peskov.',
      [{ text: 'No decision has been made', speaker: 'Peskov', personId: 'dmitry-peskov', cue: 'according to', partial: false }],
    ],
    [
      'according to, before the quote',
      'According to Dmitry Peskov, "the president will not travel."',
      [{ text: 'the president will not travel.', speaker: 'Dmitry Peskov', personId: 'dmitry-peskov', cue: 'according to', partial: true }],
    ],
    [
      'partial quote inside the writer’s sentence',
      'Zelenskyy welcomed the offer, acknowledging it as a “positive sign that the Russians have finally begun to consider ending the war,” in a post via X.',
      [{ text: 'positive sign that the Russians have finally begun to consider ending the war', speaker: 'Zelenskyy', personId: 'volodymyr-zelenskyy', cue: 'acknowledging', channel: 'via X', partial: true }],
    ],
    [
      'one quote split by its attribution; the second part continues the speaker',
      '“We are ready,” Putin said. “We have always been ready.”',
      [
        { text: 'We are ready', speaker: 'Putin', personId: 'vladimir-putin', cue: 'said', partial: false },
        { text: 'We have always been ready.', speaker: 'Putin', personId: 'vladimir-putin', cue: 'said', partial: false },
      ],
    ],
    [
      'quotes inside quotes: single quotes stay inside the double-quoted one',
      '“He told me, ‘We will never give up,’ and I believed him,” Zelenskyy said.',
      [{ text: 'He told me, ‘We will never give up,’ and I believed him', speaker: 'Zelenskyy', personId: 'volodymyr-zelenskyy', cue: 'said', partial: false }],
    ],
    [
      'scare quotes around one word: a partial quote; the sentence subject is its speaker, with no speech verb',
      'Putin rejected European “ultimatums” on Saturday.',
      [{ text: 'ultimatums', speaker: 'Putin', personId: 'vladimir-putin', partial: true }],
    ],
    [
      'a non-person speaker phrase keeps its words and links to nobody',
      '“The offer stands,” the Kremlin said in a statement.',
      [{ text: 'The offer stands', speaker: 'the Kremlin', cue: 'said', channel: 'in a statement', partial: false }],
    ],
    [
      'a signed quote',
      '“Fear is not a policy.” ― Maria Lopez',
      [{ text: 'Fear is not a policy.', speaker: 'Maria Lopez', partial: false }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text).map(view)).toEqual(expected);
  });
});

describe('extractQuotes: paragraphs and bad marks', () => {
  it.each<[string, string, Expected[]]>([
    [
      'a quote running over two paragraphs (the first left open, the next reopened)',
      '“We will go to Istanbul,” Putin said. “The delegation is ready.\n\n“We expect an answer by Thursday.”\n\nThe Kremlin gave no details.',
      [
        { text: 'We will go to Istanbul', speaker: 'Putin', personId: 'vladimir-putin', cue: 'said', partial: false },
        { text: 'The delegation is ready.\n\n“We expect an answer by Thursday.', speaker: 'Putin', personId: 'vladimir-putin', cue: 'said', partial: false },
      ],
    ],
    [
      'an unterminated quote is cut at its paragraph end and does not swallow the next paragraph',
      'Putin said: “We are ready to talk\n\nZelenskyy said he would wait. “Only after a ceasefire,” Zelenskyy said.',
      [
        { text: 'We are ready to talk', speaker: 'Putin', personId: 'vladimir-putin', cue: 'said', partial: false, unterminated: true },
        { text: 'Only after a ceasefire', speaker: 'Zelenskyy', personId: 'volodymyr-zelenskyy', cue: 'said', partial: false },
      ],
    ],
    ['feet and inch marks open no quote', 'The guard, who is 5\'11" tall, stood by. A 12" screen showed the map.', []],
    ['ditto marks open no quote', 'Widgets   5   "   "\nGadgets   7   "   "', []],
    [
      'a tokenised closing mark, spaced on both sides, ends the quote after its punctuation',
      '"Politics plays a huge role in such decisions , " said Michael Hutchins , director of the society .',
      [{ text: 'Politics plays a huge role in such decisions', speaker: 'Michael Hutchins', cue: 'said', partial: false }],
    ],
    [
      'a spaced mark after a word closes nothing (the one after the comma does)',
      'Putin said "We are ready " to talk , " Peskov said .',
      [{ text: 'We are ready " to talk', speaker: 'Peskov', personId: 'dmitry-peskov', cue: 'said', partial: true }],
    ],
    ['no quote marks at all', 'Putin said the talks would start on Thursday.', []],
    ['empty quotes are not quotes', 'He said "" and left.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text).map(view)).toEqual(expected);
  });

  it('spans are exact and the outer span includes the marks', () => {
    const text = 'Putin said: “We are ready.” Then he left.';
    const [q] = quotes(text);
    expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(text.slice(q.outer.start, q.outer.end)).toBe('“We are ready.”');
    expect(text.slice(q.speaker!.span!.start, q.speaker!.span!.end)).toBe('Putin');
  });

  it('runs in linear time on 100,000 opening marks', () => {
    const opens = '“word '.repeat(100_000);
    const plain = 'plain '.repeat(100_000);
    const time = (t: string) => {
      const s = performance.now();
      quotes(t);
      return performance.now() - s;
    };
    time(plain);
    const tPlain = Math.max(time(plain), 5);
    const tOpens = time(opens);
    // Unterminated marks each end at the next one: the cost is per mark, not per mark pair.
    expect(quotes('“a “b “c').map((q) => q.text)).toEqual(['a', 'b', 'c']);
    expect(tOpens).toBeLessThan(tPlain * 40 + 1500);
  });
});

import { describe } from 'vitest';
import { alteredQuote } from '../../src/rules/altered-quote.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

describe('altered-quote', () => {
  ruleTable(alteredQuote, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // A faithful partial quotation is corroboration, not a conflict.
      [{ text: BASE, date: DATE }, { text: variant('"We are ready to engage in direct talks with the Ukrainian leadership tomorrow," Putin said in a televised address.', 'Putin said Moscow was "ready to engage in direct talks with the Ukrainian leadership" soon.'), date: DATE }],
      // Punctuation, case and quote marks do not matter.
      [{ text: BASE, date: DATE }, { text: variant('"We are ready to engage in direct talks with the Ukrainian leadership tomorrow,"', '“We are READY to engage in direct talks with the Ukrainian leadership — tomorrow,”'), date: DATE }],
      // Spelling variants and editorial brackets are not changes of wording.
      [{ text: BASE, date: DATE }, { text: variant('engage in direct talks', 'engage in direkt talks (in Istanbul)'), date: DATE }],
      // Nor are scraped or tokenised apostrophes, hyphens and house styles of numbers and compounds.
      [
        { text: variant('the Ukrainian leadership tomorrow', "Ukraine's leadership tomorrow"), date: DATE },
        { text: variant('the Ukrainian leadership tomorrow', 'Ukraine ’ s leadership tomorrow'), date: DATE },
      ],
      [
        { text: variant('engage in direct talks', 'engage in direct talks on a 4bn, long-term deal'), date: DATE },
        { text: variant('engage in direct talks', 'engage in direct talks on a 4 billion , long - term deal'), date: DATE },
      ],
      // One document carries both versions: the other quoting one of them word for word agrees with it.
      [
        { text: `${BASE}\nLater he added: "We are ready to engage in direct talks with the Kyiv regime tomorrow."`, date: DATE },
        { text: variant('with the Ukrainian leadership', 'with the Kyiv regime'), date: DATE },
      ],
      // An omission the writer marked with an ellipsis is no alteration.
      [{ text: BASE, date: DATE }, { text: variant('ready to engage in direct talks with', 'ready to engage … with'), date: DATE }],
      // Two people named as the speakers: two statements (whether one is misattributed is another rule's question).
      [{ text: BASE, date: DATE }, { text: variant('with the Ukrainian leadership tomorrow," Putin said', 'with the Kyiv regime tomorrow," Peskov said'), date: DATE }],
      // A common phrase is not a quotation: "at the bottom of the" with no other word in common.
      [
        { text: `${BASE}\nA campaign aide said the state "was at the bottom of our list and the hardest to reach" this year.`, date: DATE },
        { text: `${BASE}\nA pastor said such leaders should be "drowned at the bottom of the sea" for it.`, date: DATE },
      ],
    ],
    invalid: [
      {
        docs: [{ text: BASE, date: DATE, name: 'a.txt' }, { text: variant('with the Ukrainian leadership', 'with the Kyiv regime'), date: DATE, name: 'b.txt' }],
        findings: [{ text: 'We are ready to engage in direct talks with the Kyiv regime tomorrow', doc: 'b.txt', message: '- ukrainian leadership; + kyiv regime' }],
      },
      // Nearly all of the words, in order, though few are content words: one quotation, one word left out.
      {
        docs: [
          { text: `${BASE}\n"He was and will always be my hero," the singer wrote on Facebook.`, date: DATE, name: 'a.txt' },
          { text: `${BASE}\n"He was and will be my hero," the singer wrote on Facebook.`, date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'He was and will be my hero', doc: 'b.txt', message: '- always' }],
      },
      // A family name written first: "Zhang Wenbo" and "Zhang" may be one man.
      {
        docs: [
          { text: `${BASE}\nChinese negotiator Zhang Wenbo said: "We will never accept the new tariffs on our steel exports."`, date: DATE, name: 'a.txt' },
          { text: `${BASE}\nChinese negotiator Zhang said: "We will always accept the new tariffs on our steel exports."`, date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'We will always accept the new tariffs on our steel exports.', doc: 'b.txt', message: '- never; + always' }],
      },
      // "he" may be resolved to the wrong person (here Zelenskyy, the sentence before): it names no second speaker.
      {
        docs: [
          { text: BASE, date: DATE, name: 'a.txt' },
          { text: variant('with the Ukrainian leadership tomorrow," Putin said', 'with the Kyiv regime tomorrow," he said'), date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'We are ready to engage in direct talks with the Kyiv regime tomorrow', doc: 'b.txt', message: '- ukrainian leadership; + kyiv regime' }],
      },
    ],
  });
});

import { describe } from 'vitest';
import { scrapingResidue } from '../../src/rules/scraping-residue.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('scraping-residue', () => {
  ruleTable(scrapingResidue, {
    valid: [
      { text: 'Readers were asked to leave a reply on the council website before Friday.' },
      { text: 'The minister said: "Post a comment if you disagree," and laughed.' },
      { text: 'The list had three items:\n1. bread\n2. milk' },
      { text: 'Comments from the minister came late on Tuesday.' },
      { text: 'He scored 45 points in the final.\nThe crowd cheered.' },
      // Numbered sections of a list article.
      { text: 'Intro paragraph here.\n\n1\n\nThe first reason is the weather.\n\n2\n\nThe second reason is money.' },
      { text: 'The class sat the exam in the style of the old school.' },
      // Wire copy's companies and tickers in angle brackets, not HTML.
      { text: 'Harlow Petroleum <P> raised its posted prices by 50 cts.' },
      { text: 'HARLOW<P> CUTS CRUDE PRICES\nNEW YORK, May 4 - Harlow said.' },
      { text: 'It is made by Brenton Foods PLC <UL>.' },
      { text: 'Shares of Telegraph Co <A> and Norcom fell.' },
      { text: 'It agreed to buy contractor <P.W. Marsden> for three mln dlrs.' },
      { text: '<A/S Nordkyst Oil> said the field was commercial.' },
      { text: 'The privately held <Li Wen-hua Holdings Ltd> will receive shares.' },
      { text: 'Gulf units, Pinecrest Inc <A.TO> and Lakeside Ltd, were sold.' },
      { text: 'Shares of Harlow Co. <P> rose.' },
      // hard-wrapped: the ticker opens the next line
      { text: 'It bought the Toronto unit of Harlow Petroleum\n<P> for three mln dlrs.' },
    ],
    invalid: [
      { docs: { text: 'The talks ended.\n\nPost a Comment\n\n0 Comments' }, findings: [{ text: 'Post a Comment', message: 'comment widget' }, { text: '0 Comments', message: 'comment counter' }] },
      { docs: { text: 'Story text.\nLeave a Reply\nCancel reply' }, findings: [{ text: 'Leave a Reply' }, { text: 'Cancel reply' }] },
      { docs: { text: "expr:class='data:blog.pageType'>\n\nHeadline here" }, findings: [{ text: "expr:class='data:blog.pageType'>", message: 'Blogger template' }] },
      { docs: { text: 'Intro.\n<div class="share-buttons">\nMore text.' }, findings: [{ text: '<div class="share-buttons">', message: 'HTML tag' }] },
      { docs: { text: 'The vote was close.<p>Turnout was low.' }, findings: [{ text: '<p>', message: 'HTML tag' }] },
      // Upper case, but after a lower-case word, before a word, or closed on the line: markup.
      { docs: { text: 'The vote was close. <P> Turnout was low.' }, findings: [{ text: '<P>', message: 'HTML tag' }] },
      { docs: { text: 'Council Chamber <P>Turnout was low.' }, findings: [{ text: '<P>', message: 'HTML tag' }] },
      { docs: { text: 'Council Chamber <P> Turnout was low.</P>' }, findings: [{ text: '<P>', message: 'HTML tag' }] },
      // After a sentence's full stop, not a company's abbreviation; at a line's start after a sentence's end.
      { docs: { text: 'The bill passed, said Senator Smith. <P> The vote came late.' }, findings: [{ text: '<P>', message: 'HTML tag' }] },
      { docs: { text: 'The meeting ended on Monday.\n<P> The vote came late.' }, findings: [{ text: '<P>', message: 'HTML tag' }] },
      // The line is searched on past a ticker.
      { docs: { text: 'Harlow Petroleum <P> rose.<br/>' }, findings: [{ text: '<br/>', message: 'HTML tag' }] },
      { docs: { text: 'See <a href="/news/vote">the results</a> here.' }, findings: [{ text: '<a href="/news/vote">', message: 'HTML tag' }] },
      { docs: { text: 'Item one</li>' }, findings: [{ text: '</li>', message: 'HTML tag' }] },
      { docs: { text: 'Prices rose&nbsp;sharply.' }, findings: [{ text: '&nbsp;', message: 'undecoded HTML entity' }] },
      { docs: { text: 'Headline\n\n0\n45\n\nBody text starts here.' }, findings: [{ text: '0', message: 'stray counter' }, { text: '45', message: 'stray counter' }] },
      { docs: { text: 'Body.\nShare this:\nClick to share on Twitter (Opens in new window)' }, findings: [{ text: 'Share this:' }, { text: 'Click to share on Twitter (Opens in new window)' }] },
      // Line ends \r\n and a lone \r: the counters are still neighbours, and spans point into the raw text.
      { docs: { text: 'Headline\r\n\r\n0\r\n45\r\n\r\nBody text starts here.' }, findings: [{ text: '0', message: 'stray counter' }, { text: '45', message: 'stray counter' }] },
      { docs: { text: 'Body.\r  Post a Comment  \r12\r7' }, findings: [{ text: 'Post a Comment' }, { text: '12', message: 'stray counter' }, { text: '7', message: 'stray counter' }] },
      // The last line, with no line end after it.
      { docs: { text: 'Body text.\n\n0\n3' }, findings: [{ text: '0', message: 'stray counter' }, { text: '3', message: 'stray counter' }] },
      { docs: { text: 'Welcome {{ user.name }} to the site.' }, findings: [{ text: '{{ user.name }}', message: 'template placeholder' }] },
    ],
  });
});

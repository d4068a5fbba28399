import { describe } from 'vitest';
import { anachronisticTitle } from '../../src/rules/anachronistic-title.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('anachronistic-title', () => {
  ruleTable(anachronisticTitle, {
    valid: [
      { text: 'President Donald Trump said he wanted to meet Putin.', date: '2025-05-11' },
      { text: 'Former President Donald Trump held a rally in Ohio.', date: '2022-03-01' },
      { text: 'Former President Barack Obama endorsed the candidate.', date: '2025-05-11' },
      // The day after a term ends, "former" is right.
      { text: 'Former U.S. President Donald Trump left Washington for Florida.', date: '2021-01-20' },
      // A former holder of one office who holds another now.
      { text: 'Former Vice President Joe Biden announced his campaign.', date: '2019-04-25' },
      { text: 'President-elect Joe Biden named his cabinet.', date: '2020-11-24' },
      // Years after the inauguration, "-elect" is history; inside a quotation it is someone else's words.
      { text: 'An old memo called him President-elect Barack Obama.', date: '2016-10-25' },
      { text: 'The email read: "Former President Donald Trump is coming," a spokesman said.', date: '2025-05-11' },
      { text: "‘Former President Trump is wrong on this’: senator defends the grain deal", date: '2025-05-11' },
      // Looking ahead.
      { text: 'That will change once Obama is former president Obama.', date: '2016-08-19' },
    ],
    invalid: [
      // "'90s ... fan'" and "'til ... Smiths'" are no single-quoted stretches
      {
        docs: { text: "Fans rock 'til dawn as former President Trump dances, the Smiths' singer says", date: '2025-05-11' },
        findings: [{ text: 'former President Trump', message: 'since 2025-01-20' }],
      },
      {
        docs: { text: "Fans of '90s rock say former President Trump is 'the biggest fan' of the genre", date: '2025-05-11' },
        findings: [{ text: 'former President Trump', message: 'since 2025-01-20' }],
      },
      {
        docs: { text: "Fans of the '80s band say former President Trump is their biggest fan, the Smiths' singer says", date: '2025-05-11' },
        findings: [{ text: 'former President Trump', message: 'since 2025-01-20' }],
      },
      // A capitalised modifier opening the sentence is no unknown body before the role.
      {
        docs: { text: 'Former President Trump says he would sign the bill.', date: '2025-05-11' },
        findings: [{ text: 'Former President Trump', message: 'since 2025-01-20' }],
      },
      {
        docs: { text: 'Former U.S. President Donald Trump also weighed in on the situation.', date: '2025-05-11' },
        findings: [{ text: 'Former U.S. President Donald Trump', message: 'since 2025-01-20' }],
      },
      {
        // Inauguration day: he is president again.
        docs: { text: 'In the wake of the proposal, former President Donald Trump commented online.', date: '2025-01-20' },
        findings: [{ text: 'former President Donald Trump' }],
      },
      {
        docs: { text: 'President-elect Joe Biden signed executive orders in the Oval Office.', date: '2021-03-01' },
        findings: [{ text: 'President-elect Joe Biden', message: 'already taken office' }],
      },
    ],
  });
});

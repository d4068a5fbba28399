import { describe } from 'vitest';
import { wrongOfficeHolder } from '../../src/rules/wrong-office-holder.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('wrong-office-holder', () => {
  ruleTable(wrongOfficeHolder, {
    valid: [
      { text: 'NATO Secretary General Mark Rutte said the alliance would respond.', date: '2025-05-11' },
      { text: 'NATO Secretary General Jens Stoltenberg said the alliance would respond.', date: '2020-03-02' },
      // Boundary days: the successor holds the office on the day of the handover.
      { text: 'NATO Secretary General Mark Rutte arrived in Kyiv.', date: '2024-10-01' },
      { text: 'NATO Secretary General Jens Stoltenberg arrived in Kyiv.', date: '2024-09-30' },
      { text: 'Former NATO Secretary General Jens Stoltenberg spoke at the conference.', date: '2025-05-11' },
      { text: 'U.S. Secretary of State Marco Rubio met his Russian counterpart.', date: '2025-05-16' },
      { text: 'Russian President Dmitry Medvedev said on Monday that talks would resume.', date: '2012-05-06' },
      // Wire copy speaks of a fall from office; hard-wrapped lines included.
      { text: 'Prices rose after the resignation in January of\nNATO Secretary General Jens Stoltenberg, diplomats said.', date: '2025-05-11' },
      // An acting holder holds the office.
      { text: 'Russian President Vladimir Putin said on Monday that the campaign would go on.', date: '2000-02-07' },
      { text: 'Acting Russian President Vladimir Putin said on Monday that the campaign would go on.', date: '2000-02-07' },
      // Two people with the same surname: each in his own term.
      { text: 'President George H. W. Bush met reporters at the White House.', date: '1990-06-01' },
      { text: 'President George W. Bush met reporters at the White House.', date: '2003-06-01' },
      // Former presidents keep the bare title by courtesy; history is not an error.
      { text: 'President Bill Clinton signed the welfare law.', date: '2016-08-10' },
      { text: 'As secretary of state, Hillary Clinton used a private email server.', date: '2016-08-06' },
      { text: 'NATO Secretary General Jens Stoltenberg said in 2019 that the alliance was strong.', date: '2025-05-11' },
      // A surname alone identifies no one: two holders bore it, or its bearer never held the office.
      { text: 'U.S. President Bush says the economy is strong.', date: '2010-05-11' },
      { text: 'U.S. Secretary of State Biden says the talks will resume.', date: '2025-05-11' },
      { text: 'Crown Prince Salman of Bahrain says he gave nothing to the fund.', date: '2016-10-31' },
      // The courtesy title without a present act; another speaker's words in single quotes.
      { text: 'Statement by President Joe Biden on the floods in Texas', date: '2025-05-11' },
      { text: '‘President Biden is right’: senator defends the grain deal', date: '2025-05-11' },
      // Past narration and possessives keep the courtesy, whatever else the sentence holds.
      { text: 'President Biden signed the law, which is now in effect.', date: '2025-05-11' },
      { text: 'President Biden signed the climate act that is expected to cut costs.', date: '2025-05-11' },
      { text: "A new book about President Biden's final months in office is a bestseller.", date: '2025-05-11' },
      // A later holder named before taking office is a hypothesis.
      { text: 'A President Trump would build a wall, he said.', date: '2016-02-28' },
      // A person the knowledge base does not know cannot be checked.
      { text: 'Deputy Foreign Minister Sergei Ryabkov said the talks were useful.', date: '2025-05-11' },
      // No date: nothing to check against.
      { text: 'NATO Secretary General Jens Stoltenberg said the alliance would respond.' },
    ],
    invalid: [
      // A surname alone that only one holder of the office bore.
      {
        docs: { text: 'US President Biden predicts a deal by June.', date: '2025-05-11' },
        findings: [{ text: 'US President Biden', message: 'Donald Trump' }],
      },
      // A place after the name that the office belongs to keeps the person.
      {
        docs: { text: 'Crown Prince Salman of Saudi Arabia says the kingdom will raise output.', date: '2016-10-31' },
        findings: [{ text: 'Crown Prince Salman', message: 'Mohammed bin Nayef' }],
      },
      // A regnal number is no surname.
      {
        docs: { text: 'Queen Elizabeth II is hiring a housekeeper for the castle.', date: '2025-01-20' },
        findings: [{ text: 'Queen Elizabeth II', message: 'Queen Elizabeth II served 1952-02-06' }],
      },
      // The courtesy title does not cover acting now; a word opening the sentence is no body before the title.
      {
        docs: { text: 'President Joe Biden won applause on Friday for replacing two board members.', date: '2025-05-11' },
        findings: [{ text: 'President Joe Biden', message: 'Donald Trump' }],
      },
      {
        docs: { text: 'But President Biden has been learning that voters rarely reward him.', date: '2025-05-11' },
        findings: [{ text: 'President Biden', message: 'Donald Trump' }],
      },
      {
        docs: { text: 'President Biden says the talks will resume next week.', date: '2025-05-11' },
        findings: [{ text: 'President Biden', message: 'Donald Trump' }],
      },
      {
        docs: { text: "NATO's Secretary General, Jens Stoltenberg, said the talks must end the war.", date: '2025-05-11' },
        findings: [{ text: "NATO's Secretary General, Jens Stoltenberg", message: 'Mark Rutte' }],
      },
      {
        docs: { text: 'NATO Secretary General Jens Stoltenberg arrived in Kyiv.', date: '2024-10-01' },
        findings: [{ text: 'NATO Secretary General Jens Stoltenberg', message: 'Mark Rutte' }],
      },
      {
        // The day Putin returned to office, Medvedev's term had ended.
        docs: { text: 'Russian President Dmitry Medvedev said on Monday that talks would resume.', date: '2012-05-07' },
        findings: [{ text: 'Russian President Dmitry Medvedev', message: 'Vladimir Putin' }],
      },
      {
        docs: { text: 'Russian President Dmitry Medvedev said on Monday that talks would resume.', date: '2015-06-01' },
        findings: [{ text: 'Russian President Dmitry Medvedev', message: 'Vladimir Putin' }],
      },
      {
        docs: { text: 'U.S. Secretary of State Antony Blinken met his Russian counterpart.', date: '2025-05-16' },
        findings: [{ text: 'U.S. Secretary of State Antony Blinken', message: 'Marco Rubio' }],
      },
    ],
  });
});

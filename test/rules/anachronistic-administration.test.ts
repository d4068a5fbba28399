import { describe } from 'vitest';
import { anachronisticAdministration } from '../../src/rules/anachronistic-administration.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('anachronistic-administration', () => {
  ruleTable(anachronisticAdministration, {
    valid: [
      { text: 'The plan has strong backing from the Biden administration.', date: '2023-03-01' },
      { text: 'The plan has strong backing from the Trump administration.', date: '2025-05-11' },
      { text: 'Under the Obama administration in 2015, the deal was signed.', date: '2025-05-11' },
      { text: 'Critics of the former Biden administration said the deal was weak.', date: '2025-05-11' },
      // another speaker's reporting frame says nothing about the administration's tense
      { text: "Biden's White House Printers Were Often Jammed, New Memoir Says", date: '2025-05-11' },
      { text: 'Biden White House aides routinely shredded notes and sent them to the archives, report says', date: '2025-05-11' },
      { text: 'A senator says voters deserve a full account of the chaotic Biden administration as he files suit', date: '2025-05-11' },
      { text: 'Biden administration officials ignored the warnings, sources say', date: '2025-05-11' },
      { text: 'Officials say voters deserve an account of the chaotic Biden administration as he files suit', date: '2025-05-11' },
      // a modal perfect right after the mention is past
      { text: 'Biden White House May Have Coordinated With Agency Officials, Documents Show', date: '2025-05-11' },
      // the clause after the mention ends where another begins ("before the talks are due")
      { text: "The Biden administration's envoy left Kyiv before the talks are due to resume", date: '2025-05-11' },
      // the tense of the verb right after the mention decides
      { text: 'The Biden administration allowed some states to combine categories that are reported together.', date: '2025-05-11' },
      // the administration's things are not the administration acting now
      { text: 'Biden White House records are now in the hands of the archives.', date: '2025-05-11' },
      { text: "The Biden administration's tariffs remain in force.", date: '2025-05-11' },
      // a possessive does not end the noun phrase: "the Biden administration's response" is its response
      { text: "The committee will hold hearings on the Biden administration's response to the floods.", date: '2025-05-11' },
      // a modifier of another noun after a future verb of another subject ("the ... White House response")
      { text: 'The committee will hold hearings on the Biden White House response to the floods', date: '2025-05-11' },
    ],
    invalid: [
      {
        docs: { text: 'This call for de-escalation has strong backing from the Biden administration.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration', message: '2025-01-20' }],
      },
      {
        docs: { text: 'The Biden administration on Monday pledged another $1 billion in aid.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: "Biden's presidency is entering a new phase, aides say.", date: '2025-05-11' },
        findings: [{ text: "Biden's presidency", message: "Biden's presidency was over on 2025-05-11" }],
      },
      {
        docs: { text: 'Biden administration revokes mining lease in Minnesota', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'Biden administration to distribute free masks to the public', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'Biden administration expected to announce a boycott of the Games', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: "The move follows the Biden administration's announcement that it is sending more aid.", date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      // "would have to", "must have a": no modal perfect
      {
        docs: { text: 'The Biden administration would have to approve any sale of the company.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'The Trump administration must have a plan to reopen schools, critics say.', date: '2022-06-01' },
        findings: [{ text: 'Trump administration' }],
      },
      {
        docs: { text: 'Kyiv says the Biden administration should send more air defence systems.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'Biden administration officials say the sanctions are working.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'The Biden administration, facing pressure from allies, is weighing new sanctions.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'Kyiv says the Biden administration has promised more aid.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'Ukraine, officials said, has firm backing from the Biden administration.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration' }],
      },
      {
        docs: { text: 'The Trump administration announced new tariffs on steel on Monday.', date: '2022-06-01' },
        findings: [{ text: 'Trump administration', message: 'Joe Biden' }],
      },
    ],
  });
});

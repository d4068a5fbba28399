// Rule: "the X administration" or "X's government" when X was not in power on the document date.
import type { FindingDraft } from '../core/types.js';
import { addDays } from '../date/days.js';
import { administrationTerms, holderNames, officeLabel, termText } from '../date/claims.js';
import { sentenceAround, presentContext } from './context.js';
import { dateEvidence, daysToTest, windowOf } from './dated.js';
import type { DocumentRule } from './types.js';

/** How long after leaving office an administration is still likely to be named by mistake as the current one. */
const MAX_STALE_DAYS = 3 * 365;

/** Nouns for people who act for an administration. */
const AGENTS = /^(?:officials?|spokes(?:man|woman|men|women|person|people)|aides?|staff(?:ers?)?|envoys?|advis[eo]rs?|lawyers?|attorneys?|negotiators?|diplomats?|sources?|team|representatives?|secretary|ambassadors?|members?)$/i;

/** Nouns for what an administration does: their sentence's tense decides as the administration's own would. */
const ACTS = /^(?:announcements?|decisions?|moves?|orders?|requests?|proposals?|statements?|warnings?|calls?|demands?|offers?|responses?|plans?|efforts?|push|pressure|threats?|actions?|approval|refusal)$/i;

export const anachronisticAdministration: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'anachronistic-administration',
    description: '"The X administration" or "X\'s government" when X was not in power on the document date.',
    defaultSeverity: 'error',
    needs: ['people', 'administrations', 'dates', 'elapsed'],
    docs: {
      catches:
        'A present-tense reference to a leader\'s administration or government ("has strong backing from the Biden administration") in an article written when that leader was out of office, checked against head-of-state and head-of-government terms in the knowledge base.',
      why: 'It puts the wrong government behind a policy and is a typical error of copy assembled from old material.',
      example: {
        text: 'This call has strong backing from the Biden administration (article of May 2025)',
        message: 'The Biden administration was not in office on 2025-05-11: Joe Biden was President of the United States 2021-01-20 to 2025-01-20; Donald Trump held the office then.',
      },
      fix: 'Name the administration in office on the publication date, or make the past reference explicit ("the former Biden administration").',
    },
  },
  check({ doc, facts, date, kb }) {
    const w = windowOf(date);
    if (!w) return [];
    const out: FindingDraft[] = [];
    for (const a of facts.administrations) {
      const terms = administrationTerms(a, kb);
      if (terms.length === 0) continue;
      const bounds = terms.flatMap((t) => [t.term.from, ...(t.term.to ? [t.term.to] : [])]);
      if (daysToTest(w, bounds).some((day) => terms.some((t) => t.term.from <= day && (!t.term.to || day < t.term.to)))) continue;
      if (terms.some((t) => t.term.approx)) continue;
      // Historical references ("under the Obama administration in 2015", "the former Biden administration") are fine.
      if (a.historical) continue;
      // Its people and its acts are the administration acting ("Biden administration officials say", "it
      // follows the Biden administration's announcement"); its things are not ("Trump White House records
      // are now with the committee", "the Obama administration's rules remain"), whatever their tense.
      if (a.head && !AGENTS.test(a.head) && !ACTS.test(a.head)) continue;
      const sentence = sentenceAround(doc.text, facts.sentences, a.span);
      const at = { start: a.span.start - sentence.start, end: a.span.end - sentence.start };
      if (!presentContext(sentence.text, at, Number(w.on.slice(0, 4)), a.verb)) continue;
      // A government that only comes later is a hypothesis ("a Trump administration would ..."), not a stale reference.
      if (terms.every((t) => t.term.from > w.latest)) continue;
      // A government gone for years is history ("a look back to the Bush administration"); stale copy names the last one.
      const lastEnd = terms.flatMap((t) => (t.term.to && t.term.to <= w.latest ? [t.term.to] : [])).sort().pop();
      if (lastEnd && addDays(lastEnd, MAX_STALE_DAYS) < w.earliest) continue;
      const last = terms.filter((t) => t.term.from <= w.on).pop() ?? terms[0];
      const now = holderNames(kb, last.office.id, w.on);
      const name = kb.person(a.personId!)?.name ?? a.name;
      out.push({
        span: a.span,
        message: `${a.text.replace(/^the /i, 'The ')} ${/presidency$/i.test(a.text) ? 'was over' : 'was not in office'} on ${w.on}: ${name} was ${officeLabel(last.office, kb)} ${termText(last.term)}${now.length ? `; ${now.join(' and ')} held the office then` : ''}. [${dateEvidence(date)}]`,
        actual: a.text,
        expected: now.length ? `the ${now[0].split(' ').slice(-1)[0]} administration` : undefined,
        evidence: [dateEvidence(date), `${name}: ${terms.map((t) => `${officeLabel(t.office, kb)} ${termText(t.term)}`).join('; ')}`],
      });
    }
    return out;
  },
};

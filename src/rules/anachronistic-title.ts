// Rule: a title whose status contradicts the document date ("former" for a sitting holder, "-elect" after taking office).
import type { FindingDraft } from '../core/types.js';
import { officeLabel, titleClaim, termText, type TitleClaim } from '../date/claims.js';
import { addDays } from '../date/days.js';
import { futureContext, insideSingleQuotes, sentenceAround } from './context.js';
import { insideQuote, dateEvidence, daysToTest, titledSpan, windowOf, type Window } from './dated.js';
import type { DocumentRule } from './types.js';

function holds(c: TitleClaim, day: string): boolean {
  return c.terms.some((t) => t.term.from <= day && (!t.term.to || day < t.term.to));
}

/** True when the status the text gives is right on at least one day of the window. */
function statusFits(c: TitleClaim, w: Window): boolean {
  const bounds = c.terms.flatMap((t) => [t.term.from, ...(t.term.to ? [t.term.to] : [])]);
  // "former"/"-elect" is wrong only while the person sits in the office: with no term covering the window
  // the knowledge base may simply lack an earlier term (a former holder from before our records).
  return daysToTest(w, bounds).some((day) => {
    if (c.status === 'former') return !holds(c, day);
    // "-elect" long after the inauguration is history ("President-elect Obama said in 2008"): only the first year counts.
    if (c.status === 'elect') return !holds(c, day) || c.terms.some((t) => day < t.term.from && addDays(day, 120) >= t.term.from) || !c.terms.some((t) => t.term.from <= day && addDays(t.term.from, 365) >= day);
    return true;
  });
}

export const anachronisticTitle: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'anachronistic-title',
    description: 'A "former", "ex-" or "-elect" title that contradicts the document date.',
    defaultSeverity: 'error',
    needs: ['people', 'dates', 'elapsed', 'administrations', 'quotes'],
    docs: {
      catches:
        'A person called "former" or "ex-" holder of an office they held on the document date, or "-elect"/"incoming" after they took office. The office terms come from the knowledge base; the document date from metadata, --date, or the text itself.',
      why: 'Stale titles are the commonest sign of recycled or machine-written copy, and they misinform readers about who is in power.',
      example: {
        text: 'Former U.S. President Donald Trump also weighed in (article of May 2025)',
        message: 'Donald Trump is called "Former U.S. President", but he held the office of President of the United States on 2025-05-11 (since 2025-01-20).',
      },
      fix: 'Use the title that was true on the publication date ("President Donald Trump"), or date the article correctly.',
    },
  },
  check({ doc, facts, date, kb }) {
    const w = windowOf(date);
    if (!w) return [];
    const out: FindingDraft[] = [];
    for (const p of facts.people) {
      if (!p.title || insideQuote(facts.quotes, p.span)) continue;
      const c = titleClaim(p, kb, doc.text);
      if (!c || c.terms.length === 0 || (c.status !== 'former' && c.status !== 'elect')) continue;
      if (statusFits(c, w)) continue;
      const span = titledSpan(p, doc.text);
      const sentence = sentenceAround(doc.text, facts.sentences, span);
      if (insideSingleQuotes(sentence.text, p.span.start - sentence.start)) continue;
      if (futureContext(sentence.text, span.start - sentence.start)) continue;
      const title = doc.text.slice(span.start, p.title!.span.end).trim();
      const name = kb.person(c.personId)?.name ?? p.name;
      const current = c.terms.find((t) => t.term.from <= w.on && (!t.term.to || w.on < t.term.to)) ?? c.terms[c.terms.length - 1];
      const officeName = officeLabel(current.office, kb);
      const message =
        c.status === 'former'
          ? `${name} is called "${title}", but held the office (${officeName}) on ${w.on}: in office ${termText(current.term)}.`
          : `${name} is called "${title}", but had already taken office (${officeName}) by ${w.on}: in office ${termText(current.term)}.`;
      out.push({
        span,
        message: `${message} [${dateEvidence(date)}]`,
        actual: title,
        expected: title.replace(/\b(former|ex-?|incoming|-?elect)\b\s*/gi, '').trim() || officeName,
        evidence: [dateEvidence(date), `${name}: ${officeName} ${termText(current.term)}`],
      });
    }
    return out;
  },
};

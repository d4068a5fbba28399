// Rule: a sitting title given to someone who did not hold that office on the document date.
import type { FindingDraft } from '../core/types.js';
import { addDays } from '../date/days.js';
import { holderNames, officeLabel, termText, titleClaim } from '../date/claims.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { Office } from '../know/types.js';
import { actsNow, insideSingleQuotes, pastContext, sentenceAround } from './context.js';
import { insideQuote, dateEvidence, daysToTest, titledSpan, windowOf } from './dated.js';
import type { DocumentRule } from './types.js';

const MODIFIER_START = /^(?:former|ex-?|late|then-?|acting|interim|outgoing|incoming)\b/i;

/** How long after leaving office a holder is still likely to be named by mistake as the sitting one. */
const MAX_STALE_DAYS = 4 * 365;

/**
 * A place written after the name that none of the title's offices belongs to names someone else: "Crown
 * Prince Salman of Bahrain" is not King Salman, once Crown Prince of Saudi Arabia.
 */
function ofAnotherPlace(kb: KnowledgeBase, text: string, nameEnd: number, offices: Office[]): boolean {
  const m = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u.exec(text.slice(nameEnd, nameEnd + 60));
  const place = m && kb.placeByName(m[1]);
  if (!place) return false;
  return !offices.some((o) => o.body === place.id || o.body === place.country);
}

/** "Scholz" of "Olaf Scholz"; a regnal name stays whole ("Queen Elizabeth II", not "II"). */
const surnameOf = (name: string) => {
  const last = name.split(' ').slice(-1)[0];
  return /^[IVX]+$/.test(last) ? name : last;
};

export const wrongOfficeHolder: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'wrong-office-holder',
    description: 'A person given a sitting title for an office someone else held on the document date.',
    defaultSeverity: 'error',
    needs: ['people', 'dates', 'elapsed', 'administrations', 'quotes'],
    docs: {
      catches:
        'A title without "former" ("NATO Secretary General Jens Stoltenberg", "Russian President Dmitry Medvedev") attached to a person who was not in that office on the document date, checked against the office terms in the knowledge base; the message names who held the office then.',
      why: 'A wrong office holder misleads readers about who speaks for a government or an organisation, and usually means the copy was written from old material.',
      example: {
        text: "NATO's Secretary General, Jens Stoltenberg, said ... (article of May 2025)",
        message: 'Jens Stoltenberg was not Secretary-General of NATO on 2025-05-11: Mark Rutte held the office (since 2024-10-01); Stoltenberg served 2014-10-01 to 2024-10-01.',
      },
      fix: 'Name the person who held the office on the publication date, or write "former" if the earlier holder is meant.',
    },
  },
  check({ doc, facts, date, kb }) {
    const w = windowOf(date);
    if (!w) return [];
    const out: FindingDraft[] = [];
    const fullyNamed = new Set(facts.people.filter((q) => /\s/.test(q.name.trim())).map((q) => q.entity));
    for (const p of facts.people) {
      if (!p.title || insideQuote(facts.quotes, p.span)) continue;
      const c = titleClaim(p, kb, doc.text);
      if (!c || c.status !== 'sitting' || !c.specific) continue;
      // A lone word ("Michel") is too weak to identify a person unless the document names them in full, or
      // it resolved to a KB person who held the office the title names ("US President Biden"; a word the KB
      // holds for several people, "Bush", resolves to no one).
      if (!/\s/.test(p.name.trim()) && !fullyNamed.has(p.entity) && c.terms.length === 0) continue;
      if (ofAnotherPlace(kb, doc.text, p.span.end, c.offices)) continue;
      const bounds = c.offices.flatMap((o) => o.holders.flatMap((t) => [t.from, ...(t.to ? [t.to] : [])]));
      const inOffice = daysToTest(w, bounds).some((day) => c.terms.some((t) => t.term.from <= day && (!t.term.to || day < t.term.to)));
      if (inOffice) continue;
      // Future-only holders are hypotheses ("a President Trump would"), never flagged.
      if (c.terms.length && c.terms.every((t) => t.term.from > w.latest)) continue;
      const sentence = sentenceAround(doc.text, facts.sentences, p.span);
      if (insideSingleQuotes(sentence.text, p.span.start - sentence.start)) continue;
      const year = Number(w.on.slice(0, 4));
      // Former presidents and prime ministers keep the bare title by courtesy ("President Clinton"), unless
      // the sentence has them act now ("President Biden says ..."); a qualified title ("Russian President X",
      // "NATO Secretary General X") does not.
      const head = c.offices.every((o) => o.kind === 'head-of-state' || o.kind === 'head-of-government');
      if (head && p.title!.body === undefined && c.terms.length && !actsNow(sentence.text, p.span.end - sentence.start)) continue;
      const whole = titledSpan(p, doc.text);
      if (MODIFIER_START.test(doc.text.slice(whole.start, whole.end))) continue; // "former Federal Reserve chairman"
      const at = whole.start - sentence.start;
      if (/\bas\s+$/i.test(sentence.text.slice(0, at))) continue; // "as secretary of state, Hillary Clinton ..."
      if (pastContext(sentence.text, at, year)) continue;
      // A person who never held the office, named with a bare role ("vice president"), is more often a
      // misread apposition than an error: only qualified titles are checked then.
      if (c.terms.length === 0 && p.title!.body === undefined) continue;
      // Stale copy names a recent holder; a holder gone for years is a historical reference.
      const lastEnd = c.terms.flatMap((t) => (t.term.to && t.term.to <= w.latest ? [t.term.to] : [])).sort().pop();
      if (lastEnd && addDays(lastEnd, MAX_STALE_DAYS) < w.earliest) continue;
      // Only offices whose holder on that day is known can prove the title wrong.
      const office = c.offices[0];
      const holders = kb.holdersOn(office.id, w.on);
      if (holders.length === 0 || office.multiple) continue;
      if (c.terms.some((t) => t.term.approx) || holders.some((t) => t.approx)) continue;
      const name = kb.person(c.personId)?.name ?? p.name;
      const label = officeLabel(office, kb);
      const who = holders.map((t) => `${kb.person(t.person)?.name ?? t.person} (${termText(t)}${t.acting ? ', acting' : ''})`).join(' and ');
      const served = c.terms.length ? `; ${surnameOf(name)} served ${c.terms.map((t) => termText(t.term)).join(' and ')}` : `; ${name} never held it`;
      out.push({
        span: titledSpan(p, doc.text),
        message: `${name} was not ${label} on ${w.on}: ${who} held the office${served}. [${dateEvidence(date)}]`,
        actual: name,
        expected: holderNames(kb, office.id, w.on).join(' and '),
        evidence: [dateEvidence(date), `${label}: ${office.holders.map((t) => `${kb.person(t.person)?.name ?? t.person} ${termText(t)}`).slice(-4).join('; ')}`],
      });
    }
    return out;
  },
};

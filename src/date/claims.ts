// What a titled mention claims about time: which offices, whose terms, and in what status.
import type { AdministrationFact, PersonFact, TitleModifier } from '../extract/types.js';
import { SENTENCE_OPENERS } from '../extract/openers.js';
import type { KnowledgeBase } from '../know/kb.js';
import type { Office, Term } from '../know/types.js';

/** How the text places the person in the office. */
export type TitleStatus = 'sitting' | 'former' | 'elect' | 'acting' | 'historical';

export interface TitleClaim {
  person: PersonFact;
  personId: string;
  status: TitleStatus;
  /** Offices the title can name. */
  offices: Office[];
  /** The person's terms in those offices (empty when the person never held them). */
  terms: Array<{ office: Office; term: Term }>;
  /** The title named one specific office (a qualifier, or the only office of that role the person held). */
  specific: boolean;
}

const STATUS_OF: Partial<Record<TitleModifier, TitleStatus>> = {
  former: 'former',
  ex: 'former',
  late: 'historical',
  then: 'historical',
  elect: 'elect',
  incoming: 'elect',
  future: 'elect',
  acting: 'acting',
  interim: 'acting',
  outgoing: 'sitting',
};

export function statusOf(modifiers: TitleModifier[]): TitleStatus {
  for (const m of modifiers) {
    const s = STATUS_OF[m];
    if (s) return s;
  }
  return 'sitting';
}

/**
 * The text before an unqualified role ends in a name or acronym ("RNC spokesman", "Senate Majority
 * Leader"), not in a modifier or a word that opens sentences ("Former President", "But President").
 */
function unknownBodyBefore(before: string): boolean {
  const rest = before.replace(/\b(?:former|ex-?|then-?|late|acting|outgoing|incoming|interim)\s+$/i, '');
  const m = /(?:\b([A-Z][A-Za-z.&-]*)|[’']s)\s+$/.exec(rest);
  return !!m && !(m[1] && SENTENCE_OPENERS.has(m[1].toLowerCase()));
}

/**
 * The claim a person mention with a title makes, or undefined when there is nothing to check: no title,
 * an unknown person, a deputy, or a title naming no known office.
 */
export function titleClaim(p: PersonFact, kb: KnowledgeBase, text?: string): TitleClaim | undefined {
  if (!p.title || !p.personId || p.title.modifiers.includes('deputy')) return undefined;
  // An unqualified role right after a name or acronym we do not know ("RNC spokesman", "Senate Majority
  // Leader") belongs to that unknown body, not to every office of the role.
  if (text && p.title.body === undefined && unknownBodyBefore(text.slice(Math.max(0, p.title.span.start - 30), p.title.span.start))) return undefined;
  // A bare role with a modifier glued on ("President-elect", "ex-President") names every office of that role.
  const bare = p.title.role && p.title.body === undefined && kb.roleByName(p.title.text.replace(/^ex-|-elect$/i, '')) !== undefined;
  const ids = p.title.officeIds.length === 0 && bare ? kb.officesFor(p.title.role!).map((o) => o.id) : p.title.officeIds;
  const named = ids.map((id) => kb.office(id)).filter((o): o is Office => !!o);
  if (named.length === 0) return undefined;
  const held = kb.termsOf(p.personId).filter((t) => named.some((o) => o.id === t.office.id));
  const heldOffices = [...new Set(held.map((t) => t.office))];
  // An unqualified title ("President X") names whichever office of that role the person held.
  const qualified = p.title.body !== undefined || named.length === 1;
  const offices = heldOffices.length ? heldOffices : qualified ? named : [];
  if (offices.length === 0) return undefined;
  return {
    person: p,
    personId: p.personId,
    // "As secretary of state, Hillary Clinton ..." speaks of the time in office.
    status: /^as\s/i.test(p.title.text) ? 'historical' : statusOf(p.title.modifiers),
    offices,
    terms: held,
    specific: qualified || heldOffices.length === 1,
  };
}

/** Head-of-state or -government terms of a person: what "the X administration/government" refers to. */
export function administrationTerms(a: AdministrationFact, kb: KnowledgeBase): Array<{ office: Office; term: Term }> {
  if (!a.personId) return [];
  return kb.termsOf(a.personId).filter((t) => t.office.kind === 'head-of-state' || t.office.kind === 'head-of-government');
}

/** The holders of an office on a date, as "Name (since YYYY-MM-DD)". */
export function holderNames(kb: KnowledgeBase, officeId: string, date: string): string[] {
  return kb.holdersOn(officeId, date).map((t) => `${kb.person(t.person)?.name ?? t.person}${t.acting ? ' (acting)' : ''}`);
}

/** "2014-10-01 to 2024-10-01" or "since 2024-10-01". */
export function termText(t: Term): string {
  return t.to ? `${t.from} to ${t.to}` : `since ${t.from}`;
}

/** A readable name for an office: "Secretary-General of NATO", "President of the European Commission". */
export function officeLabel(office: Office, kb: KnowledgeBase): string {
  const long = office.names.find((n) => / of /.test(n) && !/^head of|^leader of/i.test(n));
  if (long) return long;
  const role = kb.role(office.role)?.names[0] ?? office.role;
  const body = kb.place(office.body)?.names[0] ?? office.body;
  const cap = role.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/\b(Of|The|And|For)\b/g, (w) => w.toLowerCase());
  return `${cap} of ${/^(United|Netherlands|Philippines|Czech|European|Holy)/.test(body) ? 'the ' : ''}${body}`;
}

// People named in a document with their titles, grouped into entities (full names, later surnames,
// transliteration variants), and "the Biden administration" references.
import type { Document, Span } from '../core/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { normKey } from '../know/normalize.js';
import type { Person } from '../know/types.js';
import { analyseNames, type NameMention } from './names.js';
import type { AdministrationFact, PersonFact } from './types.js';

interface Entity {
  id: number;
  personId?: string;
  /** Folded words of the longest name seen. */
  words: string[];
}

const wordsOf = (name: string) => normKey(name).split(' ').filter(Boolean);

/** The KB person a name denotes: the only candidate, or the one already met in the document. */
function pickPerson(candidates: Person[], entities: Entity[]): Person | undefined {
  if (candidates.length === 1) return candidates[0];
  for (let i = entities.length - 1; i >= 0; i--) {
    const hit = candidates.find((p) => p.id === entities[i].personId);
    if (hit) return hit;
  }
  return undefined;
}

/** An earlier entity this name refers to: same KB person, same folded name, or its surname/given name. */
function findEntity(entities: Entity[], words: string[], personId: string | undefined): Entity | undefined {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i];
    if (personId && e.personId === personId) return e;
    if (e.words.join(' ') === words.join(' ')) return e;
  }
  if (words.length === 1) {
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i];
      if (e.words.length > 1 && e.words[e.words.length - 1] === words[0]) return e;
    }
  }
  // "Donald Trump" after "Trump": the longer name extends the entity
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i];
    if (e.words.length === 1 && words.length > 1 && words[words.length - 1] === e.words[0]) return e;
  }
  return undefined;
}

function toFacts(kb: KnowledgeBase, mentions: NameMention[]): PersonFact[] {
  const entities: Entity[] = [];
  const out: PersonFact[] = [];
  for (const m of mentions) {
    if (m.cls !== 'person') continue;
    const words = wordsOf(m.text);
    const person = pickPerson(kb.peopleByName(m.text), entities);
    let entity = findEntity(entities, words, person?.id);
    if (!entity) {
      entity = { id: entities.length + 1, personId: person?.id, words };
      entities.push(entity);
    } else {
      if (!entity.personId && person) entity.personId = person.id;
      if (words.length > entity.words.length) entity.words = words;
    }
    const short = words.length === 1 && (entity.words.length > 1 || (person ? wordsOf(person.name).length > 1 : false));
    const fact: PersonFact = { kind: 'person', span: m.span, text: m.text, name: m.text, entity: entity.id, short };
    const personId = person?.id ?? entity.personId;
    if (personId) fact.personId = personId;
    if (m.title) fact.title = m.title;
    out.push(fact);
  }
  // a surname met before the full name ("Trump ... Donald Trump"): share the KB id found later
  for (const f of out) if (!f.personId) f.personId = entities[f.entity - 1].personId;
  for (const f of out) if (f.personId === undefined) delete f.personId;
  return out;
}

// Name words bounded to 40 letters: with `+` every capital inside a long run like "H-H-H-..." started a scan
// to the run's end (quadratic: 30,000 characters took 1.5 s).
const ADMINISTRATION = /\b(?:(former|previous|then|past)\s+)?([A-Z][\p{L}-]{1,40}(?:\s+[A-Z][\p{L}-]{1,40})?)(?:['’]s)?\s+(administration|government|presidency|White House)\b/gu;

function administrations(doc: Document, kb: KnowledgeBase, people: PersonFact[]): AdministrationFact[] {
  const out: AdministrationFact[] = [];
  const named = new Map(people.map((p) => [normKey(p.name), p.personId]));
  for (const m of doc.text.matchAll(ADMINISTRATION)) {
    const name = m[2].replace(/^(?:The|A|An) /, '');
    if (/^(?:The|His|Her|Their|Its|This|That|A|An)$/.test(name)) continue;
    const candidates = kb.peopleByName(name);
    const known = named.has(normKey(name));
    if (!candidates.length && !known) continue;
    if (kb.placeByName(name)) continue; // "the Russian government"
    const start = m.index + m[0].indexOf(name);
    const span = { start, end: m.index + m[0].length };
    const fact: AdministrationFact = { kind: 'administration', span, text: doc.text.slice(span.start, span.end), name };
    const personId = named.get(normKey(name)) ?? (candidates.length === 1 ? candidates[0].id : undefined);
    if (personId) fact.personId = personId;
    const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
    if (m[1] || /\bunder\s+the\s*$/i.test(before)) fact.historical = true;
    out.push(fact);
  }
  return out;
}

/** People and administrations named in the document. */
export function extractPeople(doc: Document, kb: KnowledgeBase, sentences: Span[]): { people: PersonFact[]; administrations: AdministrationFact[] } {
  const { mentions } = analyseNames(doc, kb, sentences);
  const people = toFacts(kb, mentions);
  return { people, administrations: administrations(doc, kb, people) };
}

/**
 * The person a pronoun at `offset` ("he", "she") most likely refers to: the last named person before it.
 * For quote speakers; titles-only mentions are not people, so they never win.
 */
export function resolvePronoun(people: PersonFact[], offset: number): PersonFact | undefined {
  let best: PersonFact | undefined;
  for (const p of people) if (p.span.end <= offset && (!best || p.span.start > best.span.start)) best = p;
  return best;
}

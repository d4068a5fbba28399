// People named in a document with their titles, grouped into entities (full names, later surnames,
// transliteration variants), and "the Biden administration" references.
import type { Document, Span } from '../core/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { normKey } from '../know/normalize.js';
import type { Person } from '../know/types.js';
import { genderOfHonorific, genderOfName, type Gender } from './name-gender.js';
import { analyseNames, type NameMention } from './names.js';
import { tag } from './nlp.js';
import type { AdministrationFact, PersonFact } from './types.js';

interface Entity {
  id: number;
  personId?: string;
  /** Folded words of the longest name seen. */
  words: string[];
}

const wordsOf = (name: string) => normKey(name).split(' ').filter(Boolean);

/**
 * The entities of a document so far, indexed by KB person, full name, last word (of longer names) and
 * single word, so that finding the entity of a mention does not scan every earlier entity (an article
 * with 10,000 names made that quadratic). Lists hold every entity ever filed under a key; a lookup takes
 * the latest (highest id) that still fits, as a scan from the end would.
 */
class Entities {
  readonly all: Entity[] = [];
  /** Mentions so far of each KB person, to tell which of two people sharing a surname a bare surname means. */
  private readonly counts = new Map<string, number>();
  private readonly byPerson = new Map<string, Entity[]>();
  private readonly byName = new Map<string, Entity[]>();
  private readonly byLast = new Map<string, Entity[]>();
  private readonly bySingle = new Map<string, Entity[]>();

  private static file(map: Map<string, Entity[]>, key: string, e: Entity): void {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  private static latest(list: Entity[] | undefined, fits: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of list ?? []) if ((!best || e.id > best.id) && fits(e)) best = e;
    return best;
  }

  /** Files the entity under its current keys (after it is created or its name or person changes). */
  index(e: Entity): void {
    if (e.personId) Entities.file(this.byPerson, e.personId, e);
    Entities.file(this.byName, e.words.join(' '), e);
    if (e.words.length > 1) Entities.file(this.byLast, e.words[e.words.length - 1], e);
    else if (e.words.length === 1) Entities.file(this.bySingle, e.words[0], e);
  }

  add(e: Entity): void {
    this.all.push(e);
    this.index(e);
  }

  /** Counts one more mention of a KB person. */
  mentioned(personId: string): void {
    this.counts.set(personId, (this.counts.get(personId) ?? 0) + 1);
  }

  /**
   * The KB person a name denotes: the only candidate, else the one the document has named most so far, and of
   * those the one met latest ("Hillary Clinton ... her husband, former President Bill Clinton ... Clinton said":
   * the article's Clinton is the one it keeps naming). An honorific's gender rules out the others ("Mrs. Clinton").
   */
  pickPerson(candidates: readonly Person[], gender?: Gender): Person | undefined {
    if (candidates.length === 1) return candidates[0];
    const fitting = gender ? candidates.filter((p) => genderOfName(p.name) === gender) : [];
    let best: { p: Person; id: number; n: number } | undefined;
    for (const p of fitting.length ? fitting : candidates) {
      const e = Entities.latest(this.byPerson.get(p.id), (x) => x.personId === p.id);
      const n = this.counts.get(p.id) ?? 0;
      if (e && (!best || n > best.n || (n === best.n && e.id > best.id))) best = { p, id: e.id, n };
    }
    return best?.p;
  }

  /** An earlier entity this name refers to: same KB person, same folded name, or its surname/given name. */
  find(words: string[], personId: string | undefined): Entity | undefined {
    const name = words.join(' ');
    const byPerson = personId ? Entities.latest(this.byPerson.get(personId), (e) => e.personId === personId) : undefined;
    const byName = Entities.latest(this.byName.get(name), (e) => e.words.join(' ') === name);
    const same = byPerson && byName ? (byPerson.id > byName.id ? byPerson : byName) : (byPerson ?? byName);
    if (same) return same;
    if (words.length === 1) {
      const hit = Entities.latest(this.byLast.get(words[0]), (e) => e.words.length > 1 && e.words[e.words.length - 1] === words[0]);
      if (hit) return hit;
    }
    // "Donald Trump" after "Trump": the longer name extends the entity
    const last = words[words.length - 1];
    if (words.length > 1) return Entities.latest(this.bySingle.get(last), (e) => e.words.length === 1 && e.words[0] === last);
    return undefined;
  }
}

function toFacts(kb: KnowledgeBase, text: string, mentions: NameMention[]): PersonFact[] {
  const entities = new Entities();
  const out: PersonFact[] = [];
  for (const m of mentions) {
    if (m.cls !== 'person') continue;
    const words = wordsOf(m.text);
    const person = entities.pickPerson(kb.peopleByName(m.text), genderOfHonorific(text.slice(Math.max(0, m.span.start - 12), m.span.start)));
    let entity = entities.find(words, person?.id);
    if (!entity) {
      entity = { id: entities.all.length + 1, personId: person?.id, words };
      entities.add(entity);
    } else {
      let changed = false;
      if (!entity.personId && person) {
        entity.personId = person.id;
        changed = true;
      }
      if (words.length > entity.words.length) {
        entity.words = words;
        changed = true;
      }
      if (changed) entities.index(entity);
    }
    const short = words.length === 1 && (entity.words.length > 1 || (person ? wordsOf(person.name).length > 1 : false));
    const fact: PersonFact = { kind: 'person', span: m.span, text: m.text, name: m.text, entity: entity.id, short };
    const personId = person?.id ?? entity.personId;
    if (personId) {
      fact.personId = personId;
      entities.mentioned(personId);
    }
    if (m.title) fact.title = m.title;
    out.push(fact);
  }
  // a surname met before the full name ("Trump ... Donald Trump"): share the KB id found later
  for (const f of out) if (!f.personId) f.personId = entities.all[f.entity - 1].personId;
  for (const f of out) if (f.personId === undefined) delete f.personId;
  return out;
}

// Name words bounded to 40 letters: with `+` every capital inside a long run like "H-H-H-..." started a scan
// to the run's end (quadratic: 30,000 characters took 1.5 s).
const ADMINISTRATION = /\b(?:(former|previous|then|past)\s+)?([A-Z][\p{L}-]{1,40}(?:\s+[A-Z][\p{L}-]{1,40})?)(?:['’]s)?\s+(administration|government|presidency|White House)\b/gu;

/** The words one of which every match of ADMINISTRATION ends with (it is case-sensitive). */
const ADMINISTRATION_HEADS = ['administration', 'government', 'presidency', 'White House'];

/** What follows an administration mention: the verb it governs, or the noun it modifies. */
interface AfterMention {
  verb?: string;
  head?: string;
}

/**
 * What follows a mention ending at `end`, from wink's tags of its sentence. The verb right after it: adverbs
 * are skipped ("is aggressively releasing"), and "to" with a verb is the headline future ("Biden
 * administration to investigate ..."). Else the noun it modifies, the last of the nouns and adjectives
 * after it ("Trump White House records", "the Biden administration's envoy"). Mentions are few, so tagging
 * their sentences costs little.
 */
function afterMention(text: string, sentence: Span, end: number): AfterMention {
  const toks = tag(text, sentence);
  let i = toks.findIndex((t) => t.start >= end);
  if (i < 0) return {};
  while (toks[i]?.pos === 'ADV') i++;
  const t = toks[i];
  if (!t) return {};
  // "expected to announce": a headline's future
  if (/^(?:expected|set|poised|slated|scheduled)$/i.test(t.text) && /^to$/i.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.pos === 'VERB') {
    return { verb: `${t.text} to ${toks[i + 2].text}` };
  }
  if (t.pos === 'VERB' || t.pos === 'AUX') return { verb: t.text };
  if (/^to$/i.test(t.text) && toks[i + 1]?.pos === 'VERB') return { verb: `to ${toks[i + 1].text}` };
  let k = /^['’]s$/i.test(t.text) ? i + 1 : i;
  let head: string | undefined;
  for (; toks[k] && /^(?:NOUN|PROPN|ADJ)$/.test(toks[k].pos); k++) if (toks[k].pos !== 'ADJ') head = toks[k].text;
  return head ? { head } : {};
}

function administrations(doc: Document, kb: KnowledgeBase, people: PersonFact[], sentences: Span[]): AdministrationFact[] {
  const out: AdministrationFact[] = [];
  // Nine documents in ten name none of these words: a search for them costs far less than the pattern's scan.
  if (!ADMINISTRATION_HEADS.some((w) => doc.text.includes(w))) return out;
  const named = new Map(people.map((p) => [normKey(p.name), p.personId]));
  ADMINISTRATION.lastIndex = 0;
  for (let m = ADMINISTRATION.exec(doc.text); m; m = ADMINISTRATION.exec(doc.text)) {
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
    const sentence = sentences.find((x) => x.start <= span.start && span.end <= x.end);
    const after = sentence ? afterMention(doc.text, sentence, span.end) : {};
    if (after.verb) fact.verb = after.verb;
    if (after.head) fact.head = after.head;
    out.push(fact);
  }
  return out;
}

/** People and administrations named in the document. */
export function extractPeople(doc: Document, kb: KnowledgeBase, sentences: Span[]): { people: PersonFact[]; administrations: AdministrationFact[] } {
  const { mentions } = analyseNames(doc, kb, sentences);
  const people = toFacts(kb, doc.text, mentions);
  return { people, administrations: administrations(doc, kb, people, sentences) };
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

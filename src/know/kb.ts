// KnowledgeBase: builds and queries the office-holder / people / places / events knowledge base
// from already parsed KB files. Pure (no fs): see load.ts for reading files.

import type {
  EventAnchor,
  KbData,
  KbFile,
  NameEntry,
  Office,
  Person,
  Place,
  Role,
  Term,
} from './types.js';
import { defaultSurname, foldCase, isShortAcronym, isValidDate, normKey, TITLE_MODIFIERS } from './normalize.js';

/** A problem in a KB file: `<file>: <json path>: <what is wrong>`. */
export class KbError extends Error {
  readonly file: string;
  readonly path: string;
  constructor(file: string, path: string, what: string) {
    super(`${file}: ${path || '(root)'}: ${what}`);
    this.name = 'KbError';
    this.file = file;
    this.path = path;
  }
}

interface Origin {
  file: string;
  path: string;
}

type Section = 'roles' | 'places' | 'people' | 'offices' | 'events';

const PLACE_KIND_RANK: Record<string, number> = { organisation: 0, country: 1, region: 2, city: 3 };

type TitleItem = { t: 'role'; id: string } | { t: 'place'; id: string } | { t: 'word'; w: string };

const MAX_SPAN = 7;
/** Entries kept in each lookup memo before it is cleared. */
const MEMO_LIMIT = 100_000;
const NO_PEOPLE: readonly Person[] = Object.freeze([]);

function pushMap<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) {
    if (!a.includes(v)) a.push(v);
  } else m.set(k, [v]);
}

function cmpTerm(a: Term, b: Term): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}

export class KnowledgeBase {
  readonly roles: Role[];
  readonly places: Place[];
  readonly people: Person[];
  readonly offices: Office[];
  readonly events: EventAnchor[];

  private readonly byId: {
    roles: Map<string, Role>;
    places: Map<string, Place>;
    people: Map<string, Person>;
    offices: Map<string, Office>;
    events: Map<string, EventAnchor>;
  };
  private readonly origins = new WeakMap<object, Origin>();
  private idx?: {
    role: Map<string, Role>;
    placeExact: Map<string, Place[]>;
    placeLower: Map<string, Place[]>;
    person: Map<string, Person[]>;
    event: Map<string, EventAnchor>;
    officeName: Map<string, Office[]>;
    maxPlaceTokens: number;
  };
  private termIdx?: Map<string, Array<{ office: Office; term: Term }>>;
  /**
   * Answers of placesByName and peopleByName's index by text: name analysis asks about the same words again
   * and again, and each question folds and lower-cases its text. Cleared when large.
   */
  private readonly placeMemo = new Map<string, Place[]>();
  private readonly personMemo = new Map<string, Person[] | null>();

  private constructor(
    byId: KnowledgeBase['byId'],
    origins: WeakMap<object, Origin>,
  ) {
    this.byId = byId;
    this.origins = origins;
    this.roles = [...byId.roles.values()];
    this.places = [...byId.places.values()];
    this.people = [...byId.people.values()];
    this.offices = [...byId.offices.values()];
    this.events = [...byId.events.values()];
  }

  /**
   * Builds a KB from parsed files. Later files extend / override earlier ones by id: an entry with
   * an existing id has its given fields replaced; an office's holders are merged by person+from.
   * Throws KbError on duplicate ids within one file, missing required fields, invalid dates and
   * references to unknown ids.
   */
  static build(files: KbFile[]): KnowledgeBase {
    const origins = new WeakMap<object, Origin>();
    const byId = {
      roles: new Map<string, Role>(),
      places: new Map<string, Place>(),
      people: new Map<string, Person>(),
      offices: new Map<string, Office>(),
      events: new Map<string, EventAnchor>(),
    };
    const sections: Section[] = ['roles', 'places', 'people', 'offices', 'events'];
    for (const { file, data } of files) {
      if (!data || typeof data !== 'object') continue;
      for (const sec of sections) {
        const list = (data as KbData)[sec] as Array<{ id: string }> | undefined;
        if (!list) continue;
        if (!Array.isArray(list)) throw new KbError(file, sec, 'must be a list');
        const seen = new Set<string>();
        list.forEach((raw, i) => {
          const path = `${sec}[${i}]`;
          if (!raw || typeof raw !== 'object' || typeof raw.id !== 'string' || !raw.id) {
            throw new KbError(file, `${path}.id`, 'missing id');
          }
          if (seen.has(raw.id)) throw new KbError(file, `${path}.id`, `duplicate id "${raw.id}" in this file`);
          seen.add(raw.id);
          const map = byId[sec] as Map<string, object>;
          const old = map.get(raw.id) as Record<string, unknown> | undefined;
          let merged: Record<string, unknown>;
          if (sec === 'offices') {
            merged = mergeOffice(old as Office | undefined, raw as unknown as Office, file, path, origins);
          } else {
            merged = { ...(old ?? {}), ...(raw as object) };
          }
          if (!old) origins.set(merged, { file, path });
          else origins.set(merged, origins.get(old) ?? { file, path });
          map.set(raw.id, merged);
        });
      }
    }
    // defaults + required fields
    for (const r of byId.roles.values()) {
      r.names = r.names ?? [];
    }
    for (const p of byId.places.values()) {
      p.names = p.names ?? [];
      p.demonyms = p.demonyms ?? [];
    }
    for (const p of byId.people.values()) {
      p.aliases = p.aliases ?? [];
      p.ambiguousAliases = p.ambiguousAliases ?? [];
    }
    for (const e of byId.events.values()) e.names = e.names ?? [];
    const kb = new KnowledgeBase(byId, origins);
    kb.check();
    return kb;
  }

  private where(o: object, sub = ''): Origin {
    const or = this.origins.get(o) ?? { file: '(unknown)', path: '' };
    return { file: or.file, path: or.path + sub };
  }

  private fail(o: object, sub: string, what: string): never {
    const w = this.where(o, sub);
    throw new KbError(w.file, w.path, what);
  }

  /** Structural checks after merging: required fields, dates, references. */
  private check(): void {
    const date = (o: object, sub: string, v: unknown) => {
      if (typeof v !== 'string' || !isValidDate(v)) this.fail(o, sub, `invalid date ${JSON.stringify(v)} (expected a real YYYY-MM-DD day)`);
    };
    for (const p of this.places) {
      if (!p.kind) this.fail(p, '.kind', 'missing kind');
      if (p.country && !this.byId.places.has(p.country)) this.fail(p, '.country', `unknown place "${p.country}"`);
      if (p.capital && !this.byId.places.has(p.capital)) this.fail(p, '.capital', `unknown place "${p.capital}"`);
      if (p.successor && !this.byId.places.has(p.successor)) this.fail(p, '.successor', `unknown place "${p.successor}"`);
    }
    for (const p of this.people) if (!p.name) this.fail(p, '.name', 'missing name');
    for (const r of this.roles) {
      for (const b of r.broader ?? []) if (!this.byId.roles.has(b)) this.fail(r, '.broader', `unknown role "${b}"`);
    }
    for (const e of this.events) {
      date(e, '.date', e.date);
      (e.dates ?? []).forEach((d, i) => date(e, `.dates[${i}]`, d));
      if (e.end !== undefined) date(e, '.end', e.end);
    }
    for (const o of this.offices) {
      if (!o.role) this.fail(o, '.role', 'missing role');
      if (!o.body) this.fail(o, '.body', 'missing body');
      if (!o.kind) this.fail(o, '.kind', 'missing kind');
      if (!this.byId.roles.has(o.role)) this.fail(o, '.role', `unknown role "${o.role}"`);
      for (const r of o.alsoRoles ?? []) if (!this.byId.roles.has(r)) this.fail(o, '.alsoRoles', `unknown role "${r}"`);
      if (!this.byId.places.has(o.body)) this.fail(o, '.body', `unknown place "${o.body}"`);
      o.names = o.names ?? [];
      o.holders = o.holders ?? [];
      for (const t of o.holders) {
        const or = this.origins.get(t);
        const f = (sub: string, what: string): never => {
          throw new KbError(or?.file ?? '(unknown)', (or?.path ?? '') + sub, what);
        };
        if (typeof t.person !== 'string' || !this.byId.people.has(t.person)) f('.person', `unknown person "${t.person}"`);
        if (typeof t.from !== 'string' || !isValidDate(t.from)) f('.from', `invalid date ${JSON.stringify(t.from)} (expected a real YYYY-MM-DD day)`);
        if (t.to !== undefined && t.to !== null) {
          if (typeof t.to !== 'string' || !isValidDate(t.to)) f('.to', `invalid date ${JSON.stringify(t.to)} (expected a real YYYY-MM-DD day)`);
          if (!(t.from < t.to)) f('.to', `term ends (${t.to}) before or on the day it starts (${t.from})`);
        }
      }
      (o.gaps ?? []).forEach((g, i) => {
        date(o, `.gaps[${i}].from`, g.from);
        date(o, `.gaps[${i}].to`, g.to);
      });
    }
  }

  role(id: string): Role | undefined {
    return this.byId.roles.get(id);
  }
  place(id: string): Place | undefined {
    return this.byId.places.get(id);
  }
  person(id: string): Person | undefined {
    return this.byId.people.get(id);
  }
  office(id: string): Office | undefined {
    return this.byId.offices.get(id);
  }
  event(id: string): EventAnchor | undefined {
    return this.byId.events.get(id);
  }

  /** File and JSON path an entry (role, place, person, office, term, event) came from. */
  originOf(entry: object): Origin | undefined {
    return this.origins.get(entry);
  }

  private index() {
    if (this.idx) return this.idx;
    const role = new Map<string, Role>();
    for (const r of this.roles) {
      for (const n of [r.id.replace(/-/g, ' '), ...r.names]) {
        const k = normKey(n);
        if (k && !role.has(k)) role.set(k, r);
      }
    }
    const placeExact = new Map<string, Place[]>();
    const placeLower = new Map<string, Place[]>();
    let maxPlaceTokens = 1;
    for (const p of this.places) {
      for (const n of [...p.names, ...p.demonyms]) {
        const f = stripThe(foldCase(n));
        if (!f) continue;
        maxPlaceTokens = Math.max(maxPlaceTokens, f.split(' ').length);
        pushMap(placeExact, f, p);
        if (!isShortAcronym(f)) pushMap(placeLower, f.toLowerCase(), p);
      }
    }
    for (const m of [placeExact, placeLower]) {
      for (const a of m.values()) a.sort((x, y) => (PLACE_KIND_RANK[x.kind] ?? 9) - (PLACE_KIND_RANK[y.kind] ?? 9));
    }
    const person = new Map<string, Person[]>();
    for (const p of this.people) {
      const sur = p.surname ? normKey(p.surname) : defaultSurname(p.name);
      const keys = [p.name, ...p.aliases, ...p.ambiguousAliases].map(normKey);
      if (sur) keys.push(sur);
      // "<first given name> <surname form>": "Volodymyr Zelensky" from name + alias "Zelensky"
      const given = normKey(p.name).split(' ')[0];
      const surForms = new Set<string>([sur, ...[...p.aliases, ...p.ambiguousAliases].map(normKey).filter((a) => a && !a.includes(' '))]);
      if (given && given !== sur) for (const s of surForms) if (s) keys.push(`${given} ${s}`);
      for (const k of keys) if (k) pushMap(person, k, p);
    }
    const event = new Map<string, EventAnchor>();
    for (const e of this.events) {
      for (const n of e.names) {
        const k = normKey(n);
        if (k && !event.has(k)) event.set(k, e);
      }
    }
    this.idx = { role, placeExact, placeLower, person, event, officeName: new Map(), maxPlaceTokens };
    // office names need the role/place indexes
    for (const o of this.offices) {
      for (const n of o.names) {
        const k = this.titleKey(this.canonTitle(n));
        if (k) pushMap(this.idx.officeName, k, o);
      }
    }
    return this.idx;
  }

  /** "Secretary-General", "spokeswoman" -> role (case-insensitive, normalised). */
  roleByName(text: string): Role | undefined {
    return this.index().role.get(normKey(text));
  }

  /**
   * "Russia", "Russian", "U.S.", "the Kremlin", "NATO's" -> place. Case-sensitive-ish: a name
   * matches case-insensitively when the text starts with a capital letter, but 2-3 letter acronyms
   * (US, UK, UN, EU) only with their exact case, so the pronoun "us" is not the United States.
   */
  placeByName(text: string): Place | undefined {
    return this.placesByName(text)[0];
  }

  /** All places a name can denote (Georgia: the country, the US state), most likely first. */
  placesByName(text: string): Place[] {
    let hit = this.placeMemo.get(text);
    if (hit === undefined) {
      if (this.placeMemo.size >= MEMO_LIMIT) this.placeMemo.clear();
      hit = this.lookupPlaces(text);
      this.placeMemo.set(text, hit);
    }
    return hit;
  }

  private lookupPlaces(text: string): Place[] {
    const idx = this.index();
    const f = stripThe(foldCase(text));
    if (!f) return [];
    const exact = idx.placeExact.get(f);
    if (exact) return exact;
    if (/^[A-Z]/.test(f)) return idx.placeLower.get(f.toLowerCase()) ?? [];
    return [];
  }

  /**
   * People a name can denote: canonical name, alias, ambiguous alias, surname, given name +
   * surname form. Diacritics, dots and case folded ("Erdogan" finds Erdoğan).
   */
  peopleByName(text: string): readonly Person[] {
    let hit = this.personMemo.get(text);
    if (hit === undefined) {
      if (this.personMemo.size >= MEMO_LIMIT) this.personMemo.clear();
      hit = this.index().person.get(normKey(stripHonorific(text))) ?? null;
      this.personMemo.set(text, hit);
    }
    // The index's own list, read-only, not a copy a call: name analysis asks once per name mention.
    return hit ?? NO_PEOPLE;
  }

  /** Canonicalises a title into role / place / word items (modifiers and articles dropped). */
  private canonTitle(title: string): TitleItem[] {
    const idx = this.idx ?? this.index();
    const toks = foldCase(title)
      .split(' ')
      .filter((w) => w && !TITLE_MODIFIERS.has(w.toLowerCase()) && !/^(the|a|an)$/i.test(w));
    const out: TitleItem[] = [];
    let i = 0;
    while (i < toks.length) {
      let best: TitleItem | undefined;
      let bestLen = 0;
      const maxJ = Math.min(toks.length, i + Math.max(MAX_SPAN, idx.maxPlaceTokens));
      for (let j = maxJ; j > i; j--) {
        const span = toks.slice(i, j).join(' ');
        const r = idx.role.get(span.toLowerCase());
        if (r) {
          best = { t: 'role', id: r.id };
          bestLen = j - i;
          break;
        }
        const p = this.placesByName(span)[0];
        if (p) {
          best = { t: 'place', id: p.id };
          bestLen = j - i;
          break;
        }
      }
      if (best) {
        out.push(best);
        i += bestLen;
      } else {
        out.push({ t: 'word', w: toks[i].toLowerCase() });
        i++;
      }
    }
    return out;
  }

  private titleKey(items: TitleItem[]): string {
    return items.map((x) => (x.t === 'role' ? `#${x.id}` : x.t === 'place' ? `@${x.id}` : x.w)).join(' ');
  }

  private roleMatches(office: Office, roleId: string): boolean {
    if (office.role === roleId || office.alsoRoles?.includes(roleId)) return true;
    const or = this.role(office.role);
    if (or?.broader?.includes(roleId)) return true;
    const r = this.role(roleId);
    return !!r?.matchesKinds?.includes(office.kind);
  }

  /**
   * Offices a whole title phrase denotes: "NATO's Secretary General", "Secretary-General of NATO",
   * "U.S. Secretary of State", "Russian President", "Kremlin spokesperson", "President of France",
   * "NATO chief", "the alliance's secretary general". Modifiers (former, then-, acting ...) are
   * ignored. A bare role ("President") returns all offices with that role. Unknown extra words
   * ("Deputy", "Foreign Ministry" without an explicit office name) give no office.
   */
  officesByTitle(title: string): Office[] {
    const idx = this.index();
    const items = this.canonTitle(title);
    if (!items.length) return [];
    const explicit = idx.officeName.get(this.titleKey(items));
    if (explicit) return [...explicit];
    const core = items.filter((x) => !(x.t === 'word' && x.w === 'of'));
    const roles = core.filter((x): x is { t: 'role'; id: string } => x.t === 'role');
    if (roles.length !== 1 || core.some((x) => x.t === 'word')) return [];
    const roleId = roles[0].id;
    const places = core
      .filter((x): x is { t: 'place'; id: string } => x.t === 'place')
      .map((x) => this.place(x.id)!)
      .filter(Boolean);
    if (!places.length) return this.officesFor(roleId);
    // most specific qualifier first: organisations, then countries, regions, cities; later first
    const ordered = places
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (PLACE_KIND_RANK[a.p.kind] ?? 9) - (PLACE_KIND_RANK[b.p.kind] ?? 9) || b.i - a.i)
      .map((x) => x.p);
    for (const p of ordered) {
      const direct = this.officesFor(roleId, p.id);
      if (direct.length) return direct;
    }
    for (const p of ordered) {
      // "Moscow's foreign minister", "Kremlin leader": fall back to the country it belongs to
      if (p.country) {
        const viaCountry = this.officesFor(roleId, p.country);
        if (viaCountry.length) return viaCountry;
      }
      // "Russian spokesperson": offices of organisations in that country (Kremlin spokesperson)
      if (p.kind === 'country') {
        const inner = this.offices.filter((o) => this.roleMatches(o, roleId) && this.place(o.body)?.country === p.id);
        if (inner.length) return inner;
      }
    }
    return [];
  }

  /** Offices with a role (including narrower roles and generic kind matches), optionally in a body. */
  officesFor(role: string, body?: string): Office[] {
    return this.offices.filter((o) => this.roleMatches(o, role) && (body === undefined || o.body === body));
  }

  /** Terms of an office covering a date (half-open [from, to)). */
  holdersOn(officeId: string, date: string): Term[] {
    const o = this.office(officeId);
    if (!o) return [];
    return o.holders.filter((t) => t.from <= date && (t.to === undefined || t.to === null || date < t.to));
  }

  /** All terms of a person, in date order. */
  termsOf(personId: string): Array<{ office: Office; term: Term }> {
    if (!this.termIdx) {
      const m = new Map<string, Array<{ office: Office; term: Term }>>();
      for (const office of this.offices) for (const term of office.holders) pushMap(m, term.person, { office, term });
      for (const a of m.values()) a.sort((x, y) => cmpTerm(x.term, y.term));
      this.termIdx = m;
    }
    return [...(this.termIdx.get(personId) ?? [])];
  }

  /** "Russia's full-scale invasion of Ukraine" -> event; the longest known name ending the text. */
  eventByName(text: string): EventAnchor | undefined {
    const idx = this.index();
    const k = normKey(text);
    if (!k) return undefined;
    const hit = idx.event.get(k);
    if (hit) return hit;
    const toks = k.split(' ');
    for (let i = 1; i < toks.length; i++) {
      const e = idx.event.get(toks.slice(i).join(' '));
      if (e) return e;
    }
    return undefined;
  }

  /** Every surface form, for building gazetteer matchers. */
  *names(): Iterable<NameEntry> {
    for (const p of this.people) {
      for (const text of [p.name, ...p.aliases, ...p.ambiguousAliases]) yield { text, kind: 'person', id: p.id };
    }
    for (const p of this.places) for (const text of [...p.names, ...p.demonyms]) yield { text, kind: 'place', id: p.id };
    for (const r of this.roles) for (const text of r.names) yield { text, kind: 'role', id: r.id };
    for (const o of this.offices) for (const text of o.names) yield { text, kind: 'office', id: o.id };
    for (const e of this.events) for (const text of e.names) yield { text, kind: 'event', id: e.id };
  }
}

function stripThe(f: string): string {
  return f.replace(/^(the|The|THE) /, '');
}

function stripHonorific(t: string): string {
  return t.replace(/^\s*(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\.?\s+/i, '');
}

function mergeOffice(
  old: Office | undefined,
  raw: Office,
  file: string,
  path: string,
  origins: WeakMap<object, Origin>,
): Record<string, unknown> {
  const holders: Term[] = old ? [...(old.holders ?? [])] : [];
  (raw.holders ?? []).forEach((t, j) => {
    const term = { ...t };
    origins.set(term, { file, path: `${path}.holders[${j}]` });
    const at = holders.findIndex((h) => h.person === term.person && h.from === term.from);
    if (at >= 0) holders[at] = term;
    else holders.push(term);
  });
  holders.sort(cmpTerm);
  const merged = { ...(old ?? {}), ...raw, holders } as Office;
  if (raw.gaps && old?.gaps) merged.gaps = [...old.gaps, ...raw.gaps];
  return merged as unknown as Record<string, unknown>;
}

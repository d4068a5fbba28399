// Consistency of the whole embedded KB (kb/**/*.yaml). Each check collects every problem so a
// failure lists them all.
import { describe, expect, it } from 'vitest';
import {
  KnowledgeBase,
  daysBetween,
  defaultSurname,
  isValidDate,
  normKey,
  foldCase,
  parseKbFile,
  validateKbData,
  defaultKbFiles,
  type KbData,
  type KbFile,
  type Office,
  type Term,
} from '../src/know/index.js';

/** Longest tolerated gap (days) between consecutive holders of a head-of-state/government office. */
const MAX_GAP_DAYS = 60;

const files: KbFile[] = defaultKbFiles().map((f) => ({ file: f, data: validateKbData(f, parseKbFile(f)) as KbData }));
const kb = KnowledgeBase.build(files);

// ---- pure check functions (exercised on the real KB and on small bad samples below) ----

export function duplicateIds(fs: KbFile[]): string[] {
  const out: string[] = [];
  for (const sec of ['roles', 'places', 'people', 'offices', 'events'] as const) {
    const seen = new Map<string, string>();
    for (const { file, data } of fs) {
      for (const e of (data[sec] ?? []) as Array<{ id: string }>) {
        const prev = seen.get(e.id);
        if (prev) out.push(`${sec} id "${e.id}" in ${prev} and ${file}`);
        else seen.set(e.id, file);
      }
    }
  }
  return out;
}

function fmt(t: Term): string {
  return `${t.person} ${t.from}..${t.to ?? ''}`;
}

export function overlaps(o: Office): string[] {
  if (o.multiple) return [];
  const out: string[] = [];
  const hs = [...o.holders].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 0; i < hs.length; i++) {
    for (let j = i + 1; j < hs.length; j++) {
      const a = hs[i];
      const b = hs[j];
      const aEnd = a.to ?? '9999-12-31';
      if (b.from < aEnd && !(a.overlapAllowed || b.overlapAllowed)) out.push(`${o.id}: ${fmt(a)} overlaps ${fmt(b)}`);
    }
  }
  return out;
}

export function gaps(o: Office, maxDays = MAX_GAP_DAYS): string[] {
  if (o.multiple || !['head-of-state', 'head-of-government'].includes(o.kind)) return [];
  const out: string[] = [];
  const hs = [...o.holders].sort((a, b) => (a.from < b.from ? -1 : 1));
  let end: string | undefined;
  for (const t of hs) {
    if (end !== undefined && t.from > end && daysBetween(end, t.from) > maxDays) {
      const known = (o.gaps ?? []).some((g) => g.from <= end! && g.to >= t.from);
      if (!known) out.push(`${o.id}: ${daysBetween(end, t.from)} days without a holder ${end}..${t.from} (list it in gaps: with a reason)`);
    }
    if (t.to === undefined) break;
    if (end === undefined || t.to > end) end = t.to;
  }
  return out;
}

/** Several sitting holders (no `to`) in a single-holder office. */
export function openEnded(o: Office): string[] {
  if (o.multiple) return [];
  const open = o.holders.filter((t) => t.to === undefined);
  return open.length > 1 ? [`${o.id}: ${open.length} terms without an end: ${open.map(fmt).join(', ')}`] : [];
}

export function ambiguousAliasProblems(k: KnowledgeBase): string[] {
  const owners = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (!key) return;
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(id);
  };
  for (const p of k.people) {
    add(normKey(p.name), p.id);
    for (const a of [...p.aliases, ...p.ambiguousAliases]) add(normKey(a), p.id);
    add(p.surname ? normKey(p.surname) : defaultSurname(p.name), p.id);
  }
  const out: string[] = [];
  for (const p of k.people) {
    for (const a of [p.name, ...p.aliases]) {
      const o = owners.get(normKey(a))!;
      if (o.size > 1) out.push(`${p.id}: "${a}" also denotes ${[...o].filter((x) => x !== p.id).join(', ')} (move it to ambiguousAliases)`);
    }
  }
  return out;
}

// ---- the checks on the embedded KB ----

describe('embedded KB consistency', () => {
  it('has data', () => {
    expect(kb.offices.length).toBeGreaterThan(50);
    expect(kb.people.length).toBeGreaterThan(200);
    expect(kb.places.length).toBeGreaterThan(300);
  });

  it('ids are unique across files', () => {
    expect(duplicateIds(files)).toEqual([]);
  });

  it('ids are slugs', () => {
    const bad: string[] = [];
    for (const sec of [kb.roles, kb.places, kb.people, kb.offices, kb.events]) {
      for (const e of sec) if (!/^[a-z0-9][a-z0-9-]*$/.test(e.id)) bad.push(e.id);
    }
    expect(bad).toEqual([]);
  });

  it('every reference resolves', () => {
    const bad: string[] = [];
    for (const o of kb.offices) {
      if (!kb.role(o.role)) bad.push(`${o.id}.role ${o.role}`);
      if (!kb.place(o.body)) bad.push(`${o.id}.body ${o.body}`);
      for (const t of o.holders) if (!kb.person(t.person)) bad.push(`${o.id}: person ${t.person}`);
    }
    for (const p of kb.places) {
      for (const ref of [p.country, p.capital, p.successor]) if (ref && !kb.place(ref)) bad.push(`${p.id}: place ${ref}`);
      if (p.capital && kb.place(p.capital)?.kind !== 'city') bad.push(`${p.id}: capital ${p.capital} is not a city`);
      if (p.capital && kb.place(p.capital)?.country !== p.id && p.kind === 'country' && !p.successor) bad.push(`${p.id}: capital ${p.capital} is in ${kb.place(p.capital)?.country}`);
    }
    expect(bad).toEqual([]);
  });

  it('every date is a real calendar date and every term starts before it ends', () => {
    const bad: string[] = [];
    for (const o of kb.offices) {
      for (const t of o.holders) {
        if (!isValidDate(t.from)) bad.push(`${o.id}: ${fmt(t)} from`);
        if (t.to !== undefined && !isValidDate(t.to)) bad.push(`${o.id}: ${fmt(t)} to`);
        if (t.to !== undefined && !(t.from < t.to)) bad.push(`${o.id}: ${fmt(t)} ends before it starts`);
        if (t.from > '2026-11-23') bad.push(`${o.id}: ${fmt(t)} starts in the future`);
      }
      for (const g of o.gaps ?? []) if (!(isValidDate(g.from) && isValidDate(g.to) && g.from < g.to)) bad.push(`${o.id}: gap ${g.from}..${g.to}`);
    }
    for (const e of kb.events) for (const d of [e.date, ...(e.dates ?? [])]) if (!isValidDate(d)) bad.push(`${e.id}: ${d}`);
    expect(bad).toEqual([]);
  });

  it('no overlapping terms in single-holder offices (acting holders included)', () => {
    expect(kb.offices.flatMap(overlaps)).toEqual([]);
  });

  it('at most one sitting holder per single-holder office', () => {
    expect(kb.offices.flatMap(openEnded)).toEqual([]);
  });

  it(`no unexplained gap over ${MAX_GAP_DAYS} days in heads of state and government`, () => {
    expect(kb.offices.flatMap((o) => gaps(o))).toEqual([]);
  });

  it('every alias denotes one person unless listed in ambiguousAliases', () => {
    expect(ambiguousAliasProblems(kb)).toEqual([]);
  });

  it('every person holds at least one office', () => {
    const holders = new Set(kb.offices.flatMap((o) => o.holders.map((t) => t.person)));
    expect(kb.people.filter((p) => !holders.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('every office name resolves back to its own office', () => {
    const bad: string[] = [];
    for (const o of kb.offices) {
      for (const n of o.names) {
        const found = kb.officesByTitle(n).map((x) => x.id);
        if (!found.includes(o.id)) bad.push(`${o.id}: "${n}" -> [${found.join(', ')}]`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('an explicit office name is not a bare role shared with other offices', () => {
    const bad: string[] = [];
    for (const o of kb.offices) {
      for (const n of o.names) {
        const r = kb.roleByName(n.replace(/^(the|a)\s+/i, ''));
        if (r && kb.officesFor(r.id).length > 1) bad.push(`${o.id}: "${n}" is just the role ${r.id}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('two offices do not share a role and body', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const o of kb.offices) {
      const k = `${o.role}@${o.body}`;
      if (seen.has(k)) bad.push(`${o.id} and ${seen.get(k)} are both ${k}`);
      seen.set(k, o.id);
    }
    expect(bad).toEqual([]);
  });

  it('a place name denotes one place of each kind', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const p of kb.places) {
      for (const n of new Set([...p.names, ...p.demonyms].map((x) => `${p.kind}:${foldCase(x).replace(/^The /i, '').toLowerCase()}`))) {
        const prev = seen.get(n);
        if (prev && prev !== p.id) bad.push(`${n}: ${prev} and ${p.id}`);
        seen.set(n, p.id);
      }
    }
    expect(bad).toEqual([]);
  });

  it('event names are unique', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const e of kb.events) {
      for (const n of e.names) {
        const k = normKey(n);
        if (seen.has(k) && seen.get(k) !== e.id) bad.push(`"${n}": ${seen.get(k)} and ${e.id}`);
        seen.set(k, e.id);
      }
    }
    expect(bad).toEqual([]);
  });
});

// ---- the checks themselves must be able to fail ----

describe('consistency checks detect problems', () => {
  const office = (holders: Term[], extra: Partial<Office> = {}): Office => ({
    id: 'x',
    role: 'president',
    body: 'us',
    kind: 'head-of-state',
    names: [],
    holders,
    ...extra,
  });

  it('overlap, also with an acting holder, unless allowed', () => {
    expect(overlaps(office([{ person: 'a', from: '2000-01-01', to: '2001-01-01' }, { person: 'b', from: '2000-06-01' }]))).toHaveLength(1);
    expect(overlaps(office([{ person: 'a', from: '2000-01-01' }, { person: 'b', from: '2000-06-01', to: '2000-07-01', acting: true }]))).toHaveLength(1);
    expect(overlaps(office([{ person: 'a', from: '2000-01-01' }, { person: 'b', from: '2000-06-01', to: '2000-07-01', overlapAllowed: true }]))).toHaveLength(0);
    expect(overlaps(office([{ person: 'a', from: '2000-01-01', to: '2000-06-01' }, { person: 'b', from: '2000-06-01' }]))).toHaveLength(0);
    expect(overlaps(office([{ person: 'a', from: '2000-01-01' }, { person: 'b', from: '2000-06-01' }], { multiple: true }))).toHaveLength(0);
  });

  it('gaps over the limit unless listed', () => {
    const hs = [{ person: 'a', from: '2000-01-01', to: '2000-06-01' }, { person: 'b', from: '2000-09-01' }];
    expect(gaps(office(hs))).toHaveLength(1);
    expect(gaps(office(hs, { gaps: [{ from: '2000-06-01', to: '2000-09-01', reason: 'vacancy' }] }))).toHaveLength(0);
    expect(gaps(office(hs, { kind: 'minister' }))).toHaveLength(0);
    expect(gaps(office([{ person: 'a', from: '2000-01-01', to: '2000-06-01' }, { person: 'b', from: '2000-07-01' }]))).toHaveLength(0);
  });

  it('two open-ended terms', () => {
    expect(openEnded(office([{ person: 'a', from: '2000-01-01' }, { person: 'b', from: '2001-01-01' }]))).toHaveLength(1);
  });

  it('duplicate ids across files', () => {
    const f = (file: string): KbFile => ({ file, data: { events: [{ id: 'e', names: [], date: '2000-01-01' }] } });
    expect(duplicateIds([f('a.yaml'), f('b.yaml')])).toEqual(['events id "e" in a.yaml and b.yaml']);
  });

  it('an alias shared by two people', () => {
    const k = KnowledgeBase.build([
      {
        file: 't.yaml',
        data: {
          people: [
            { id: 'a', name: 'Anna Smith', aliases: ['Smith'], ambiguousAliases: [] },
            { id: 'b', name: 'Bob Smith', aliases: [], ambiguousAliases: [] },
          ],
        },
      },
    ]);
    expect(ambiguousAliasProblems(k)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { activeRules, analyzeDocument, checkCorpus, joinAnalysis, neededFacts } from '../src/engine.js';
import { Clusters } from '../src/story/clusters.js';
import { emptyFacts } from '../src/extract/types.js';
import { groupStories } from '../src/story/group.js';
import { keyHash, storyKeyHashes, storyKeys } from '../src/story/keys.js';
import { readSides } from '../src/worker/extract-result.js';
import extractBatch from '../src/worker/extract-worker.js';
import { testKb } from './helpers/kb.js';

const BOMBING = [
  'A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing Woodburn police officer Tom Tennant and Oregon State Police bomb technician William Hakim. Woodburn police chief Scott Russell was critically injured. The explosive device was found outside the branch by bank employees.',
  'Investigators searched for clues Saturday after a bomb killed two officers at a West Coast Bank branch in Woodburn. Officer Tom Tennant and technician William Hakim died when the explosive device went off inside the branch; chief Scott Russell was critically injured, Oregon State Police said.',
  'The FBI offered a reward in the Woodburn bank bombing that killed Tom Tennant and William Hakim. The explosive device was carried into the West Coast Bank branch, where it exploded, and police chief Scott Russell remains critically injured, Oregon officials said.',
];
const SHOOTING = [
  'A man who had been fired from his job opened fire at an office Christmas party in Vancouver, killing Benjamin Banky, police said. Constable Tim Fanning said Eric Kirkpatrick surrendered after negotiations. Partygoers escaped from the Kitsilano office without injury.',
  'Eric Kirkpatrick was charged with first-degree murder after the shooting at a Christmas party in Vancouver that killed Benjamin Banky. Constable Tim Fanning said the gunman entered the Kitsilano office around 4 p.m. and surrendered after negotiations with police.',
  'Friends mourned Benjamin Banky, shot dead at an office Christmas party in Vancouver. Police constable Tim Fanning said Eric Kirkpatrick, recently fired, walked into the Kitsilano office and opened fire before he surrendered after negotiations.',
];

function stories(texts: string[]): Array<number | undefined> {
  const kb = testKb();
  const needs = neededFacts(activeRules({ kb, toolVersion: 'test' }));
  const docs = texts.map((text, i) => makeDocument({ file: `${i}.txt`, index: i, text }));
  return groupStories(docs, docs.map((d) => analyzeDocument(d, kb, needs)), kb).memberOf;
}

describe('groupStories', () => {
  it('groups the accounts of each event', () => {
    const of = stories([...BOMBING, ...SHOOTING]);
    expect(new Set(of.slice(0, 3)).size).toBe(1);
    expect(new Set(of.slice(3)).size).toBe(1);
    expect(of[0]).not.toBe(of[3]);
    expect(of[0]).toBeDefined();
  });
  it('does not chain two stories through one page that tells both', () => {
    // A news digest: the opening sentences of both events.
    const lead = (t: string) => t.slice(0, t.indexOf('. ') + 1);
    const digest = `${lead(SHOOTING[0])}\n${lead(BOMBING[0])} ${lead(BOMBING[1])}`;
    const of = stories([...BOMBING, ...SHOOTING, digest]);
    expect(of[0]).toBeDefined();
    expect(of[3]).toBeDefined();
    expect(of[0]).not.toBe(of[3]);
  });
});

describe('Clusters.similarity', () => {
  // Keys 0-2 tell story A, keys 3-5 story B; all weigh 1.
  const A = [0, 1, 2];
  const B = [3, 4, 5];
  const make = (docs: number[][]) => new Clusters(docs.map((d) => Int32Array.from(d)), () => 1, docs.map((d) => d.length));
  it.each([
    ['two documents sharing all keys', [A, A], [[0, 1]], [0, 1], 1],
    ['two documents sharing a third of their keys', [A, [0, 3, 4]], [], [0, 1], 1 / 3],
    ['a story and a fragment holding its keys', [A, A, A, A], [[0, 1], [2, 3]], [0, 2], 1],
    ['two stories bridged by one member that tells both', [A, A, A, B, B, [...A, ...B]], [[0, 1], [1, 2], [3, 4], [4, 5]], [0, 3], 1 / 3],
  ])('%s', (_name, docs, unions, [a, b], expected) => {
    const c = make(docs as number[][]);
    for (const [x, y] of unions as number[][]) c.union(x, y);
    expect(c.similarity(a as number, b as number)).toBeCloseTo(expected as number, 5);
  });
});


describe('story keys as hashes', () => {
  const kb = testKb();
  const needs = neededFacts(activeRules({ kb, toolVersion: 'test' }));
  const texts = [...BOMBING, ...SHOOTING];
  const docs = texts.map((text, i) => makeDocument({ file: `${i}.txt`, index: i, text }));
  const facts = docs.map((d) => analyzeDocument(d, kb, needs));

  it('are worked out with the facts, one per key, in the order met', () => {
    for (const [i, f] of facts.entries()) expect(f.storyKeys).toEqual(Float64Array.from([...storyKeys(docs[i], f).keys()].map(keyHash)));
  });
  it("the text's own keys, hashed apart with the dates side (in a worker), give the same hashes in the same order", () => {
    const sent = docs.map((d) => ({ id: d.id, file: d.file, text: d.text, meta: d.meta }));
    const names = readSides(extractBatch({ docs: sent, needs: [...needs], kbFiles: [], side: 'names' }), docs.length);
    const dates = readSides(extractBatch({ docs: sent, needs: [...needs], kbFiles: [], side: 'dates' }), docs.length);
    for (const [i, d] of docs.entries()) {
      expect(dates[i].textKeys?.length).toBeGreaterThan(0);
      expect(names[i].textKeys).toBeUndefined();
      const joined = joinAnalysis(d, names[i], dates[i], needs);
      expect(joined.storyKeys).toEqual(facts[i].storyKeys);
      expect(joined).toEqual(facts[i]);
    }
  });
  it('hashed from their parts equal the hashes of the key strings, for names outside ASCII too', () => {
    const doc = makeDocument({ file: 'n.txt', text: 'Officials in Ankara met them. The Black Sea talks went on.' });
    const person = (name: string, personId?: string) => ({ kind: 'person' as const, span: { start: 0, end: 1 }, text: name, name, entity: 1, short: false, ...(personId ? { personId } : {}) });
    // "ΟΔΟΣ": a whole-string toLowerCase ends in a final sigma, letter by letter it would not
    const f = { ...emptyFacts(), people: [person('Recep Tayyip ERDOĞAN'), person('İlham Aliyev'), person('ΟΔΟΣ'), person('MARK Rutte'), person('x', 'mark-rutte')] };
    const want = Float64Array.from([...storyKeys(doc, f).keys()].map(keyHash));
    expect(want.length).toBeGreaterThan(6);
    expect(storyKeyHashes(doc, f)).toEqual(want);
  });
  it('give one hash per distinct key and the same hash for the same key', () => {
    const all = new Set(docs.flatMap((d, i) => [...storyKeys(d, facts[i]).keys()]));
    expect(all.size).toBeGreaterThan(50);
    expect(new Set([...all].map(keyHash)).size).toBe(all.size);
    expect(keyHash('person:joe-biden')).toBe(keyHash('person:joe-biden'));
    expect(keyHash('a')).not.toBe(keyHash('b'));
    expect(Number.isSafeInteger(keyHash('proper:woodburn'))).toBe(true);
  });
  it('group as the keys themselves: facts without hashes (from the cache) give the same stories and story keys', () => {
    const withHashes = groupStories(docs, facts, kb);
    const without = groupStories(docs, facts.map(({ storyKeys: _h, ...f }) => f), kb);
    expect(without).toEqual(withHashes);
    // facts a caller kept as JSON: the typed array came back as an object of numbered keys
    expect(groupStories(docs, JSON.parse(JSON.stringify(facts)) as typeof facts, kb)).toEqual(withHashes);
    expect(withHashes.stories.length).toBe(2);
    expect(withHashes.stories[0].keys).toContain('proper:woodburn');
  });
  it('count a hash given twice in one document once', () => {
    const twice = facts.map((f) => ({ ...f, storyKeys: Float64Array.from([...(f.storyKeys ?? []), ...(f.storyKeys ?? [])]) }));
    expect(groupStories(docs, twice, kb)).toEqual(groupStories(docs, facts, kb));
    // Two documents sharing three keys stay apart (a lone document joins a neighbour from four), however
    // often a hash repeats; sharing four, they join.
    const pair = [0, 1].map((i) => makeDocument({ file: `p${i}.txt`, index: i, text: 'x' }));
    const three = [1, 2, 3];
    const keyed = (hs: number[]) => pair.map(() => ({ ...emptyFacts(), storyKeys: Float64Array.from(hs) }));
    expect(groupStories(pair, keyed(three), kb).memberOf).toEqual([undefined, undefined]);
    expect(groupStories(pair, keyed([...three, ...three]), kb).memberOf).toEqual([undefined, undefined]);
    expect(groupStories(pair, keyed([...three, 4]), kb).memberOf).toEqual([0, 0]);
  });
  it('are dropped once stories are grouped, and a second check of the same facts gives the same report', () => {
    const own = docs.map((d) => analyzeDocument(d, kb, needs));
    const first = checkCorpus(docs, own, { kb, toolVersion: 'test', now: '2026-12-01' });
    expect(own.every((f) => f.storyKeys === undefined)).toBe(true);
    expect(checkCorpus(docs, own, { kb, toolVersion: 'test', now: '2026-12-01' })).toEqual(first);
    expect(first.stories.length).toBe(2);
  });
  it('name a story by its most shared keys, ties in name order', () => {
    const { stories } = groupStories(docs, facts, kb);
    for (const s of stories) {
      expect(s.keys.length).toBe(8);
      expect(s.keys.every((k) => k.length > 0)).toBe(true);
    }
    // the same documents with their keys in another order (as a worker of another build might meet them)
    const shuffled = facts.map((f) => ({ ...f, storyKeys: Float64Array.from(f.storyKeys ?? []).reverse() }));
    expect(groupStories(docs, shuffled, kb).stories.map((s) => s.keys)).toEqual(stories.map((s) => s.keys));
  });
});

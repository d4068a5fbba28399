// Groups documents into stories (same events told by several outlets) with an inverted index over
// salient keys and union-find checked on the stories' key profiles: cost grows with the postings of rare
// keys, never with all pairs.
import type { StoryReport } from '../core/report.js';
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { Clusters } from './clusters.js';
import { keyHash, storyKeyHashes, storyKeys } from './keys.js';

export interface Stories {
  /** Story id of each document (by input position), undefined when it stands alone. */
  memberOf: Array<number | undefined>;
  stories: StoryReport[];
}

export interface GroupOptions {
  /** Minimum normalised overlap (0..1) for two documents to be told as one story. */
  threshold: number;
  /** Minimum number of shared keys. */
  minShared: number;
  /** Keys in more documents than this fraction of the corpus (and above `maxDfFloor`) are too common to link on. */
  maxDfFraction: number;
  maxDfFloor: number;
  /**
   * Nor are keys in more than this many documents, however large the corpus: a story is told by tens of
   * articles, not hundreds, and each such key costs the square of its document count.
   */
  maxDfCap: number;
}

export const DEFAULT_GROUPING: GroupOptions = { threshold: 0.2, minShared: 8, maxDfFraction: 0.1, maxDfFloor: 30, maxDfCap: 100 };

/** Two documents that may tell one story; `strong` when they pass the usual bar. */
interface Link {
  i: number;
  j: number;
  norm: number;
  strong: boolean;
}

/** A story at most this share of another's size is a fragment of it... */
const FRAGMENT_SHARE = 0.5;
/** ...and joins it when their members' keys overlap at this fraction of the usual bar. */
const FRAGMENT_FACTOR = 0.6;

/** A document left alone joins its best neighbour's story at this fraction of the usual bar. */
const ATTACH_FACTOR = 0.5;

/** Keys a story report names: those its members most share. */
const TIE_KEYS = 8;

/**
 * The key strings behind some hashes, from the story's members (in order) until each is found; only
 * the few documents needed build their keys again.
 */
function keyNames(wanted: number[], members: number[], docs: Document[], facts: DocFacts[]): (hash: number) => string {
  const names = new Map<number, string>();
  const missing = new Set(wanted);
  for (const m of members) {
    if (missing.size === 0) break;
    for (const key of storyKeys(docs[m], facts[m]).keys()) {
      const h = keyHash(key);
      if (missing.delete(h)) names.set(h, key);
    }
  }
  return (hash) => names.get(hash) ?? '';
}

export function groupStories(docs: Document[], facts: DocFacts[], _kb: KnowledgeBase, opts: GroupOptions = DEFAULT_GROUPING): Stories {
  const n = docs.length;
  // Keys interned as small numbers, each document's as an Int32Array in the order met: a map of strings per
  // document held about 3 million strings for 19,000 articles (memory the corpus stage never gave back).
  // Documents arrive with their keys' hashes (worked out by the worker that extracted them, see keys.ts);
  // the strings are only built again for the few keys a story report names.
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  /** The last document each key was met in: a hash met twice in one document counts once. */
  const lastDoc: number[] = [];
  const keys = docs.map((d, i) => {
    // Hashes that went through JSON (a caller's own store) are an object of numbered keys: built again.
    const given = facts[i].storyKeys;
    const hs = given instanceof Float64Array ? given : storyKeyHashes(d, facts[i]);
    const out = new Int32Array(hs.length);
    let k = 0;
    for (const h of hs) {
      let id = ids.get(h);
      if (id === undefined) {
        id = hashes.length;
        hashes.push(h);
        lastDoc.push(-1);
        ids.set(h, id);
      }
      if (lastDoc[id] === i) continue;
      lastDoc[id] = i;
      out[k++] = id;
    }
    return k === out.length ? out : out.slice(0, k);
  });
  const postings: number[][] = hashes.map(() => []);
  keys.forEach((ks, i) => {
    for (const id of ks) postings[id].push(i);
  });
  const maxDf = Math.min(opts.maxDfCap, Math.max(opts.maxDfFloor, Math.floor(opts.maxDfFraction * n)));
  const idfs = Float64Array.from(postings, (p) => (p.length > maxDf ? 0 : Math.log(1 + n / p.length)));
  const idf = (id: number) => idfs[id];
  const mass = keys.map((ks) => ks.reduce((s, id) => s + idf(id), 0));
  const uf = new Clusters(keys, (id) => (postings[id].length < 2 ? 0 : idf(id)), mass);
  // Pairs that may tell one story (down to the bar for fragments), joined strongest first once all are known.
  const links: Link[] = [];
  const weakCount = Math.ceil(opts.minShared * ATTACH_FACTOR);
  // Shared weight and count with each later document, in flat arrays (a map of objects per pair made the
  // garbage collector the largest cost on 19,000 documents); `touched` lists the documents to visit and reset.
  const sharedW = new Float64Array(n);
  const sharedC = new Int32Array(n);
  // (A typed array sorts numerically without a comparator: sorting them was a fifth of the grouping.)
  const touched = new Int32Array(n);
  let nTouched = 0;
  // Each document's best neighbour (-1: none), so that a document left alone can join its nearest story;
  // in flat arrays, not an object per improvement.
  const bestJ = new Int32Array(n).fill(-1);
  const bestNorm = new Float64Array(n);
  const bestC = new Int32Array(n);
  const offer = (a: number, b: number, norm: number, c: number) => {
    const cur = bestJ[a];
    if (cur < 0 || norm > bestNorm[a] || (norm === bestNorm[a] && b < cur)) {
      bestJ[a] = b;
      bestNorm[a] = norm;
      bestC[a] = c;
    }
  };
  for (let i = 0; i < n; i++) {
    nTouched = 0;
    for (const k of keys[i]) {
      const p = postings[k];
      if (p.length < 2 || p.length > maxDf) continue;
      const w = idf(k);
      // postings are in document order: only the later documents, from the end back to i
      for (let x = p.length - 1; x >= 0 && p[x] > i; x--) {
        const j = p[x];
        if (sharedC[j] === 0) touched[nTouched++] = j;
        sharedW[j] += w;
        sharedC[j] += 1;
      }
    }
    // visit in document order, whatever order the keys were met in
    const visit = touched.subarray(0, nTouched).sort();
    for (const j of visit) {
      const c = sharedC[j];
      // Overlap relative to the smaller document: a short wire item belongs with the long accounts it shares.
      const norm = sharedW[j] / (Math.min(mass[i], mass[j]) || 1);
      sharedW[j] = 0;
      sharedC[j] = 0;
      offer(i, j, norm, c);
      offer(j, i, norm, c);
      if (c >= weakCount && norm >= opts.threshold * ATTACH_FACTOR) links.push({ i, j, norm, strong: c >= opts.minShared && norm >= opts.threshold });
    }
  }
  // Two stories join only when their members broadly share keys: one document that mentions two events
  // (a digest, a page with a sidebar) no longer chains their stories into one.
  links.sort((a, b) => b.norm - a.norm || a.i - b.i || a.j - b.j);
  for (const { i, j, strong } of links) {
    if (strong && uf.find(i) !== uf.find(j) && uf.similarity(i, j) >= opts.threshold) uf.union(i, j);
  }
  // Then a fragment (a story at most half the size of another) joins the story it overlaps at a lower bar.
  for (const { i, j } of links) {
    const [si, sj] = [uf.sizeOf(i), uf.sizeOf(j)];
    if (uf.find(i) === uf.find(j) || Math.min(si, sj) > FRAGMENT_SHARE * Math.max(si, sj)) continue;
    if (uf.similarity(i, j) >= opts.threshold * FRAGMENT_FACTOR) uf.union(i, j);
  }
  for (let i = 0; i < n; i++) {
    // Sizes as they stand: a document that another one joined is no longer alone, so no chain of attachments.
    if (uf.sizeOf(i) !== 1 || bestJ[i] < 0) continue;
    if (bestNorm[i] >= opts.threshold * ATTACH_FACTOR && bestC[i] >= Math.ceil(opts.minShared * ATTACH_FACTOR)) uf.union(i, bestJ[i]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const memberOf: Array<number | undefined> = new Array(n).fill(undefined);
  const stories: StoryReport[] = [];
  for (const members of [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0] - b[0])) {
    const id = stories.length;
    for (const m of members) memberOf[m] = id;
    const counts = new Map<number, number>();
    for (const m of members) for (const k of keys[m]) counts.set(k, (counts.get(k) ?? 0) + 1);
    const score = ([k, c]: [number, number]) => c * idf(k);
    const shared = [...counts.entries()].filter(([, c]) => c > 1).sort((a, b) => score(b) - score(a));
    // The keys to name: the best TIE_KEYS, and any that tie with the last of them (names break ties).
    const last = shared[Math.min(TIE_KEYS, shared.length) - 1];
    const named = last ? shared.filter((e) => score(e) >= score(last)) : [];
    const nameOf = keyNames(named.map(([k]) => hashes[k]), members, docs, facts);
    const tie = named
      .sort((a, b) => score(b) - score(a) || (nameOf(hashes[a[0]]) < nameOf(hashes[b[0]]) ? -1 : 1))
      .slice(0, TIE_KEYS)
      .map(([k]) => nameOf(hashes[k]));
    stories.push({ id, documents: members.map((m) => docs[m].id), keys: tie });
  }
  return { memberOf, stories };
}

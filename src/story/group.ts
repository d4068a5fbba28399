// Groups documents into stories (same events told by several outlets) with an inverted index over
// salient keys and union-find checked on the stories' key profiles: cost grows with the postings of rare
// keys, never with all pairs.
import type { StoryReport } from '../core/report.js';
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { Clusters } from './clusters.js';
import { storyKeys } from './keys.js';

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

export function groupStories(docs: Document[], facts: DocFacts[], _kb: KnowledgeBase, opts: GroupOptions = DEFAULT_GROUPING): Stories {
  const n = docs.length;
  // Keys interned as numbers, each document's as an Int32Array in the order met: a map of strings per
  // document held about 3 million strings for 19,000 articles (memory the corpus stage never gave back).
  const ids = new Map<string, number>();
  const names: string[] = [];
  const keys = docs.map((d, i) => {
    const ks = storyKeys(d, facts[i]);
    const out = new Int32Array(ks.size);
    let k = 0;
    for (const key of ks.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = names.length;
        names.push(key);
        ids.set(key, id);
      }
      out[k++] = id;
    }
    return out;
  });
  const postings: number[][] = names.map(() => []);
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
    const tie = [...counts.entries()]
      .filter(([, c]) => c > 1)
      .sort((a, b) => b[1] * idf(b[0]) - a[1] * idf(a[0]) || (names[a[0]] < names[b[0]] ? -1 : 1))
      .slice(0, 8)
      .map(([k]) => names[k]);
    stories.push({ id, documents: members.map((m) => docs[m].id), keys: tie });
  }
  return { memberOf, stories };
}

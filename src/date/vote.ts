// Chooses the date interval most evidence agrees on: a sweep over interval end points, O(n log n).
import { fromDay, toDay } from './days.js';

/** One piece of evidence: the days it allows (a union of closed intervals of ISO dates) and its weight. */
export interface Vote {
  ranges: Array<[string, string]>;
  weight: number;
}

export interface VoteResult {
  earliest: string;
  latest: string;
  /** Total weight of the evidence that allows the chosen interval. */
  weight: number;
  /** Indices of the votes that allow the chosen interval. */
  agreeing: number[];
}

/**
 * A vote's ranges merged and as day numbers, computed once per ranges array: story members lend theirs
 * to every other member, and a day and month without a year shares one memoised array across a corpus.
 */
const DAYS = new WeakMap<Array<[string, string]>, Int32Array>();

function daysOf(v: Vote): Int32Array {
  let d = DAYS.get(v.ranges);
  if (!d) {
    const merged = mergeRanges(v.ranges);
    d = new Int32Array(merged.length * 2);
    merged.forEach(([a, b], k) => {
      d![2 * k] = toDay(a);
      d![2 * k + 1] = toDay(b);
    });
    DAYS.set(v.ranges, d);
  }
  return d;
}

/**
 * Room for vote indices in an edge key (day, then closing before opening, then vote index): 2^32 votes,
 * and keys stay exact doubles for days within ±1,000,000 of 1970 (the calendar is clamped to 1900-2035).
 */
const VOTE_BITS = 2 ** 32;

/**
 * The longest run of days with the highest total weight. Each vote counts once per day even when
 * its ranges overlap. Ties go to the latest run (news is about the present more than the past), then
 * to the longest. Edges are packed into one sorted Float64Array (a corpus stage dates every document of
 * a story against the evidence of all the others, so this runs often on long lists).
 */
export function bestInterval(votes: Vote[]): VoteResult | undefined {
  if (votes.length >= VOTE_BITS) throw new RangeError(`too many votes: ${votes.length}`);
  let n = 0;
  for (const v of votes) if (v.weight > 0) n += daysOf(v).length;
  if (n === 0) return undefined;
  // key = ((day * 2 + opening) * VOTE_BITS + vote): sorts by day, closing (-1) before opening (+1), then vote.
  const edges = new Float64Array(n);
  let k = 0;
  votes.forEach((v, i) => {
    if (v.weight <= 0) return;
    const d = daysOf(v);
    for (let r = 0; r < d.length; r += 2) {
      edges[k++] = (d[r] * 2 + 1) * VOTE_BITS + i;
      edges[k++] = ((d[r + 1] + 1) * 2) * VOTE_BITS + i;
    }
  });
  edges.sort();
  const dayOf = (key: number) => Math.floor(Math.floor(key / VOTE_BITS) / 2);
  const active = new Int32Array(votes.length);
  let weight = 0;
  let best: { start: number; end: number; weight: number } | undefined;
  for (let i = 0; i < edges.length; ) {
    const day = dayOf(edges[i]);
    while (i < edges.length && dayOf(edges[i]) === day) {
      const key = edges[i++];
      const vote = key - Math.floor(key / VOTE_BITS) * VOTE_BITS;
      const delta = Math.floor(key / VOTE_BITS) % 2 === 0 ? -1 : 1;
      const before = active[vote];
      active[vote] = before + delta;
      if (active[vote] === 0) weight -= votes[vote].weight;
      else if (before === 0) weight += votes[vote].weight;
    }
    const next = i < edges.length ? dayOf(edges[i]) : day;
    if (next <= day) continue;
    const w = round(weight);
    if (!best || w > best.weight || (w === best.weight && day >= best.start)) {
      best = { start: day, end: next - 1, weight: w };
    }
  }
  if (!best || best.weight <= 0) return undefined;
  const mid = best.start;
  const agreeing: number[] = [];
  votes.forEach((v, i) => {
    if (v.weight <= 0) return;
    const d = daysOf(v);
    for (let r = 0; r < d.length; r += 2) {
      if (d[r] <= mid && mid <= d[r + 1]) {
        agreeing.push(i);
        return;
      }
    }
  });
  return { earliest: fromDay(best.start), latest: fromDay(best.end), weight: best.weight, agreeing };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Sorts and merges overlapping ranges of one vote so it counts once per day. */
export function mergeRanges(ranges: Array<[string, string]>): Array<[string, string]> {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Array<[string, string]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) {
      if (r[1] > last[1]) last[1] = r[1];
    } else out.push([r[0], r[1]]);
  }
  return out;
}

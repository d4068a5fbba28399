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
 * The longest run of days with the highest total weight. Each vote counts once per day even when
 * its ranges overlap. Ties go to the latest run (news is about the present more than the past), then
 * to the longest.
 */
export function bestInterval(votes: Vote[]): VoteResult | undefined {
  type Edge = { day: number; delta: number; vote: number };
  const edges: Edge[] = [];
  votes.forEach((v, i) => {
    if (v.weight <= 0) return;
    for (const [a, b] of mergeRanges(v.ranges)) {
      edges.push({ day: toDay(a), delta: 1, vote: i });
      edges.push({ day: toDay(b) + 1, delta: -1, vote: i });
    }
  });
  if (edges.length === 0) return undefined;
  edges.sort((x, y) => x.day - y.day || x.delta - y.delta || x.vote - y.vote);
  const active = new Map<number, number>();
  let weight = 0;
  let best: { start: number; end: number; weight: number } | undefined;
  for (let i = 0; i < edges.length; ) {
    const day = edges[i].day;
    while (i < edges.length && edges[i].day === day) {
      const e = edges[i++];
      const n = (active.get(e.vote) ?? 0) + e.delta;
      if (n === 0) {
        active.delete(e.vote);
        weight -= votes[e.vote].weight;
      } else {
        if (!active.has(e.vote)) weight += votes[e.vote].weight;
        active.set(e.vote, n);
      }
    }
    const next = i < edges.length ? edges[i].day : day;
    if (next <= day) continue;
    const w = round(weight);
    if (!best || w > best.weight || (w === best.weight && day >= best.start)) {
      best = { start: day, end: next - 1, weight: w };
    }
  }
  if (!best || best.weight <= 0) return undefined;
  const mid = best.start;
  const agreeing = votes.flatMap((v, i) => (v.weight > 0 && v.ranges.some(([a, b]) => toDay(a) <= mid && mid <= toDay(b)) ? [i] : []));
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

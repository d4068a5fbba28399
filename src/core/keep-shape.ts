// Keeps the last object of each kind reachable, so that a full collection does not free the maps (shapes) of its kind.
//
// V8 holds the maps of class instances whose fields are added one by one (chrono's parsing contexts and
// results, the quote resolver) only weakly, through the transitions from the class's first map. When a full
// collection finds no instance alive, it frees those maps, and every optimised function that checks them is
// deoptimised, to be compiled again once it runs hot: 187-211 such deoptimisations in a `-j 1` run over
// Reuters-21578, about 40 at each full collection (`--trace-deopt`, "weak objects"); 55 with the objects
// kept here, mostly at the last collection. One live instance keeps the maps.

const kept = new Map<string, unknown>();

/** Keeps `value` reachable until the next call for the same kind. */
export function keepShape(kind: string, value: unknown): void {
  kept.set(kind, value);
}

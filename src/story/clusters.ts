// Stories being formed: union-find over documents, with each story's key profile (how many members hold
// each key) so that two stories join only when their members broadly share keys, not through one document.

export class Clusters {
  private parent: number[];
  private size: number[];
  /** Sum of the members' masses (total key weight), by root. */
  private massSum: Float64Array;
  /** Members holding each shareable key, by root; absent for a story of one (its keys are the document's). */
  private profiles = new Map<number, Map<number, number>>();

  /**
   * @param keys each document's key ids
   * @param weight weight of a key id (0 for keys that cannot link)
   * @param mass each document's total key weight
   */
  constructor(
    private readonly keys: Int32Array[],
    private readonly weight: (id: number) => number,
    mass: number[],
  ) {
    this.parent = keys.map((_, i) => i);
    this.size = keys.map(() => 1);
    this.massSum = Float64Array.from(mass);
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  sizeOf(x: number): number {
    return this.size[this.find(x)];
  }

  /** Members holding each key, for a root. */
  private profile(root: number): Map<number, number> {
    const p = this.profiles.get(root);
    if (p) return p;
    const own = new Map<number, number>();
    for (const k of this.keys[root]) if (this.weight(k) > 0) own.set(k, 1);
    return own;
  }

  /**
   * Overlap of the two stories of a and b (0..1): the weight of the keys they share, each counted at the
   * smaller of the shares of members holding it in either story, relative to the lighter story's average
   * member. For two single documents it is their shared weight relative to the lighter one.
   */
  similarity(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    const pa = this.profile(ra);
    const pb = this.profile(rb);
    const [small, large, ns, nl] = pa.size <= pb.size ? [pa, pb, this.size[ra], this.size[rb]] : [pb, pa, this.size[rb], this.size[ra]];
    let shared = 0;
    for (const [k, c] of small) {
      const d = large.get(k);
      if (d !== undefined) shared += this.weight(k) * Math.min(c / ns, d / nl);
    }
    const lighter = Math.min(this.massSum[ra] / this.size[ra], this.massSum[rb] / this.size[rb]);
    return shared / (lighter || 1);
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller root id stays the root (stable ids); the smaller profile is added into the larger.
    const [root, other] = ra < rb ? [ra, rb] : [rb, ra];
    const pr = this.profile(root);
    const po = this.profile(other);
    const [into, from] = pr.size >= po.size ? [pr, po] : [po, pr];
    for (const [k, c] of from) into.set(k, (into.get(k) ?? 0) + c);
    this.profiles.delete(other);
    this.profiles.set(root, into);
    this.parent[other] = root;
    this.size[root] += this.size[other];
    this.massSum[root] += this.massSum[other];
  }
}

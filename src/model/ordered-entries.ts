/**
 * A Map whose iteration order is a sequence number given with each entry,
 * not insertion order. Undoing a delete puts an entry back where it was:
 * re-inserting with its old sequence number marks the map unsorted, and the
 * next ordered read sorts once. Replacing an existing key keeps its place.
 */
export interface Sequenced<V> {
  readonly value: V;
  readonly seq: number;
}

export class OrderedEntries<K, V> {
  private map = new Map<K, Sequenced<V>>();
  private maxSeq = -Infinity;
  private sorted = true;

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  get(key: K): V | undefined {
    return this.map.get(key)?.value;
  }

  entry(key: K): Sequenced<V> | undefined {
    return this.map.get(key);
  }

  /** Sets or, with `undefined`, deletes the entry for `key`. */
  put(key: K, entry: Sequenced<V> | undefined): void {
    if (entry === undefined) {
      this.map.delete(key);
      return;
    }
    if (!this.map.has(key) && entry.seq < this.maxSeq) this.sorted = false;
    if (entry.seq > this.maxSeq) this.maxSeq = entry.seq;
    this.map.set(key, entry);
  }

  /** Values in sequence order. */
  values(): V[] {
    this.sort();
    const out = new Array<V>(this.map.size);
    let i = 0;
    for (const entry of this.map.values()) out[i++] = entry.value;
    return out;
  }

  /** Keys and values in sequence order. */
  entries(): Array<[K, V]> {
    this.sort();
    const out: Array<[K, V]> = [];
    for (const [key, entry] of this.map) out.push([key, entry.value]);
    return out;
  }

  /** Keys in sequence order. */
  keys(): K[] {
    this.sort();
    return [...this.map.keys()];
  }

  private sort(): void {
    if (this.sorted) return;
    this.map = new Map([...this.map].sort((a, b) => a[1].seq - b[1].seq));
    this.sorted = true;
  }
}

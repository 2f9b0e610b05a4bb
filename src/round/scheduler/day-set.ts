/** A set of planning-day indexes as a bitset: intersections of municipalities' free days stay cheap. */
export class DaySet {
  private readonly words: Uint32Array;

  constructor(readonly size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }

  static full(size: number): DaySet {
    const set = new DaySet(size);
    set.words.fill(0xffffffff);
    const spare = set.words.length * 32 - size;
    if (spare > 0) set.words[set.words.length - 1] >>>= spare;
    return set;
  }

  add(day: number): void {
    this.words[day >>> 5] |= 1 << (day & 31);
  }

  delete(day: number): void {
    this.words[day >>> 5] &= ~(1 << (day & 31));
  }

  has(day: number): boolean {
    return (this.words[day >>> 5] & (1 << (day & 31))) !== 0;
  }

  intersect(other: DaySet): DaySet {
    const result = new DaySet(this.size);
    for (let i = 0; i < this.words.length; i++) result.words[i] = this.words[i] & other.words[i];
    return result;
  }

  count(): number {
    let total = 0;
    for (const word of this.words) total += popcount(word);
    return total;
  }

  /** Day indexes in ascending order. */
  toArray(): number[] {
    const days: number[] = [];
    for (let day = 0; day < this.size; day++) if (this.has(day)) days.push(day);
    return days;
  }

  first(): number {
    for (let day = 0; day < this.size; day++) if (this.has(day)) return day;
    return -1;
  }

  last(): number {
    for (let day = this.size - 1; day >= 0; day--) if (this.has(day)) return day;
    return -1;
  }
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

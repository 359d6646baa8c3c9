/**
 * MinHash signatures with LSH bands, small and pure: no I/O, no clock, fixed seeds, so a
 * fingerprint made by one replica today matches one made by another next week.
 *
 * Why not a library: the npm packages for it (minhash 0.0.9, bloom-filters' MinHash) are either
 * unmaintained or bring a dozen dependencies and no banding; this is fifty lines and tested.
 */

export interface MinHashParams {
  /** Words per shingle. */
  shingle: number;
  /** LSH bands; a note is a candidate when any band matches. */
  bands: number;
  /** Signature values per band. */
  rows: number;
  /** A candidate is the same note when at least this share of signature values agree. */
  threshold: number;
}

/**
 * Tuned on the labelled pairs (bench/spray-pairs.ts sweeps them; test/sprays/pairs.test.ts holds the
 * bar): settings only, never texts. Word pairs keep a lightly reworded copy near (Jaccard ≥ 0.5)
 * while notes that only share a subject stay far apart (≤ 0.15); 16 bands of 2 find a pair at
 * Jaccard 0.5 with 99% odds, and the 32-value signature must then agree on 30%.
 */
export const MINHASH: MinHashParams = { shingle: 2, bands: 16, rows: 2, threshold: 0.3 };

/** murmur3's finalizer: a bijection on 32-bit integers that spreads every input bit. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finished with fmix32. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const seedCache = new Map<number, Uint32Array>();

/** The permutation seeds: a fixed splitmix-style sequence, the same in every process. */
export function seeds(count: number): Uint32Array {
  const cached = seedCache.get(count);
  if (cached) return cached;
  const out = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state);
  }
  seedCache.set(count, out);
  return out;
}

/** Hashes of the note's word shingles; a note shorter than one shingle is one shingle. */
export function shingleHashes(words: readonly string[], size: number): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length <= size) {
    out.add(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hash32(words.slice(i, i + size).join(' ')));
  return out;
}

/** The signature: per seed, the least permuted shingle hash. Empty when there are no words. */
export function signature(words: readonly string[], params: MinHashParams = MINHASH): Uint32Array {
  const shingles = shingleHashes(words, params.shingle);
  const length = params.bands * params.rows;
  if (shingles.size === 0) return new Uint32Array(0);
  const seed = seeds(length);
  const sig = new Uint32Array(length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < length; i++) {
      const value = fmix32(shingle ^ (seed[i] as number));
      if (value < (sig[i] as number)) sig[i] = value;
    }
  }
  return sig;
}

/** One hash per band, as a signed 32-bit integer (an SQL integer on both databases); the band's number is mixed in. */
export function bandHashes(sig: Uint32Array, params: MinHashParams = MINHASH): number[] {
  const out: number[] = [];
  for (let band = 0; band < params.bands; band++) {
    let h = fmix32(band + 1);
    for (let row = 0; row < params.rows; row++) h = fmix32(h ^ (sig[band * params.rows + row] as number));
    out.push(h | 0);
  }
  return out;
}

/** The share of equal positions: an estimate of the two notes' shingle Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Little-endian base64, the same on every machine. */
/** The same note: the two share an LSH band (what the index finds) and their signatures agree enough. */
export function sameNote(a: Uint32Array, b: Uint32Array, params: MinHashParams = MINHASH): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  const bandsA = bandHashes(a, params);
  const bandsB = bandHashes(b, params);
  return bandsA.some((h, i) => h === bandsB[i]) && similarity(a, b) >= params.threshold;
}

export function encodeSignature(sig: Uint32Array): string {
  const bytes = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32LE(sig[i] as number, i * 4);
  return bytes.toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

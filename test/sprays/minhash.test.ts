import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailIn, fingerprint, roleHash, senderHash, sprayKey } from '../../src/sprays/fingerprint.js';
import {
  bandHashes,
  decodeSignature,
  encodeSignature,
  hash32,
  MINHASH,
  sameNote,
  seeds,
  shingleHashes,
  signature,
  similarity,
} from '../../src/sprays/minhash.js';
import { noteWords } from '../../src/sprays/note-words.js';

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const NOTE =
  'I am applying for the Senior Data Engineer role on your payments team. I built the streaming pipeline at Acme that cut settlement delays from two days to four hours, and I have run Kafka and Flink in production for three years. Would you be open to referring me? If it is not a fit, no worries at all.';

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

describe('MinHash and LSH', () => {
  it('is deterministic: fixed seeds and hashes, the same in every process', () => {
    expect(hash32('referral')).toBe(hash32('referral'));
    expect(Array.from(seeds(4))).toEqual(Array.from(seeds(4)));
    expect(new Set(seeds(64)).size).toBe(64);
    expect(signature(words(NOTE))).toEqual(signature(words(NOTE)));
  });

  it('shingles words; a note shorter than a shingle is one shingle; no words, no signature', () => {
    expect(shingleHashes(['a', 'b', 'c', 'd'], 3).size).toBe(2);
    expect(shingleHashes(['a', 'b'], 3).size).toBe(1);
    expect(signature([]).length).toBe(0);
    expect(signature(['a']).length).toBe(MINHASH.bands * MINHASH.rows);
  });

  it('estimates Jaccard similarity of the shingle sets', () => {
    const a = words(NOTE);
    const b = [...a.slice(0, 30), 'quite', 'different', 'words', 'here', ...a.slice(40)];
    const exact = jaccard(shingleHashes(a, 3), shingleHashes(b, 3));
    const long = { ...MINHASH, bands: 64, rows: 4 };
    expect(Math.abs(similarity(signature(a, long), signature(b, long)) - exact)).toBeLessThan(0.1);
    expect(similarity(signature(a), signature(a))).toBe(1);
  });

  it('round-trips signatures through base64 and gives one signed 32-bit hash per band', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 60 }), (ws) => {
        const sig = signature(ws);
        expect(Array.from(decodeSignature(encodeSignature(sig)))).toEqual(Array.from(sig));
        const bands = bandHashes(sig);
        expect(bands).toHaveLength(MINHASH.bands);
        for (const h of bands) expect(h).toBe(h | 0);
      }),
    );
  });

  it('finds the same note with small edits, not a different note', () => {
    const a = signature(noteWords(NOTE));
    const edited = signature(noteWords(NOTE.replace('three years', 'four years').replace('no worries', 'no problem')));
    const other = signature(
      noteWords(
        'Hello! My cousin is looking for an internship in marketing this summer and loves your brand. Could you pass her CV along to someone in HR? She is a quick learner and very motivated.',
      ),
    );
    expect(sameNote(a, edited)).toBe(true);
    expect(sameNote(a, other)).toBe(false);
  });
});

describe('the note as the spray check reads it', () => {
  it('drops the greeting and the referrer’s name, which the sender swaps between copies', () => {
    const toAna = fingerprint(`Hi Ana,\n\n${NOTE} Thanks, Ana!`, ['Ana Silva']);
    const toBo = fingerprint(`Hey Bo —\n${NOTE} Thanks, Bo!`, ['Bo Chen']);
    expect(toAna?.signature).toBe(toBo?.signature);
    expect(noteWords('Dear Dr. Ana Silva, can you refer me for the SRE role?', ['Ana Silva'])).toEqual(
      'can you refer me for the sre role'.split(' '),
    );
  });

  it('reads Slack markup as plain words and drops raw user ids', () => {
    const read = noteWords('<@U0ABC1234> could you refer me for <https://x.co/j|the PM role>? &amp; thanks');
    expect(read).not.toContain('u0abc1234');
    expect(read).not.toContain('amp');
    expect(read.slice(0, 8)).toEqual(['could', 'you', 'refer', 'me', 'for', 'the', 'pm', 'role']);
  });

  it('has no fingerprint for a note with no words', () => {
    expect(fingerprint('Hi Ana!', ['Ana'])).toBeNull();
  });
});

describe('keyed hashes of sender and role', () => {
  const key = sprayKey('0123456789abcdef0123456789abcdef');

  it('hash a Slack user or a signed name and email, never keeping them', () => {
    const h = senderHash(key, { slackUserId: 'U123' });
    expect(h).toMatch(/^[\w-]{22}$/);
    expect(h).not.toContain('U123');
    expect(senderHash(key, { name: 'Maya Lee', email: 'maya@x.io' })).toBe(
      senderHash(key, { name: ' maya  lee ', email: 'MAYA@x.io' }),
    );
    expect(senderHash(key, { name: null, email: null })).toBeNull();
    expect(senderHash(sprayKey('another secret, another key........'), { slackUserId: 'U123' })).not.toBe(h);
  });

  it('keys a role by its words, so punctuation and case do not matter', () => {
    expect(roleHash(key, 'Senior PM, Platform')).toBe(roleHash(key, 'senior pm platform'));
    expect(roleHash(key, 'Senior PM')).not.toBe(roleHash(key, 'Data Engineer'));
  });

  it('finds the email a pasted note is signed with', () => {
    expect(emailIn('Best,\nMaya Lee\nmaya.lee@example.com | +1 555')).toBe('maya.lee@example.com');
    expect(emailIn('no address here')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../src/triage/shared/bounded-cache.js';

describe('boundedCache', () => {
  it('builds each key once, remembers null too, and lets the oldest go past its bound', () => {
    const built: string[] = [];
    const remember = boundedCache<string | null>(2);
    const get = (key: string) =>
      remember(key, () => {
        built.push(key);
        return key === 'none' ? null : key.toUpperCase();
      });
    expect(get('a')).toBe('A');
    expect(get('a')).toBe('A');
    expect(get('none')).toBeNull();
    expect(get('none')).toBeNull();
    expect(built).toEqual(['a', 'none']);
    get('b'); // the table is full: "a" leaves
    get('a');
    expect(built).toEqual(['a', 'none', 'b', 'a']);
  });
});

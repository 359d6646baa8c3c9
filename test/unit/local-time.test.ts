import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_END, DAY_START, isDaytime, knownTimeZone, localTime, nextDaytime } from '../../src/services/local-time.js';

describe('the referrer’s own clock', () => {
  it('reads the local date and hour in their time zone', () => {
    const at = new Date('2026-11-26T23:30:00Z');
    expect(localTime(at, 'UTC')).toEqual({ date: '2026-11-26', hour: 23 });
    expect(localTime(at, 'Asia/Tokyo')).toEqual({ date: '2026-11-27', hour: 8 });
    expect(localTime(at, 'America/Los_Angeles')).toEqual({ date: '2026-11-26', hour: 15 });
  });

  it('falls back to UTC for a missing or unknown time zone', () => {
    expect(knownTimeZone(undefined)).toBe('UTC');
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(knownTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('the next daytime is the coming morning, or the one after a used day', () => {
    expect(nextDaytime(new Date('2026-11-26T18:00:00Z'), 'Asia/Tokyo').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    const noonBerlin = new Date('2026-11-26T11:00:00Z');
    expect(nextDaytime(noonBerlin, 'Europe/Berlin').toISOString()).toBe('2026-11-26T11:00:00.000Z');
    expect(nextDaytime(noonBerlin, 'Europe/Berlin', '2026-11-26').toISOString()).toBe('2026-11-27T08:00:00.000Z');
  });

  it('across a daylight-saving change the morning is still 9 a.m. local', () => {
    // Berlin moves its clocks back on 2026-10-25: 9 a.m. is 07:00 UTC before and 08:00 UTC after.
    expect(nextDaytime(new Date('2026-10-24T20:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });

  it('whatever the instant and zone, the next daytime is daytime there, within two days, never earlier', () => {
    const zones = ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'America/Los_Angeles', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (from, zone) => {
          const next = nextDaytime(from, zone);
          const local = localTime(next, zone);
          expect(isDaytime(local)).toBe(true);
          expect(local.hour).toBeGreaterThanOrEqual(DAY_START);
          expect(local.hour).toBeLessThan(DAY_END);
          expect(next.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(next.getTime() - from.getTime()).toBeLessThan(2 * 86_400_000);
        },
      ),
    );
  });
});

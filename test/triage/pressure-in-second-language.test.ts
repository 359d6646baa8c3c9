import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Pressure as second-language English puts it (issue 22): a reply waited for on a clock ("I wait your answer
 * until Friday"), silence taken as the referrer's verdict ("otherwise I will think you don't care"), silence
 * called a slight ("nobody reply me, it is not professional"), and the writer's own deadline laid on the
 * referrer ("I need a job before March"). And a job board's notice of a message about a posting names no
 * role when the writer's own words ask for any post. Notes written for these tests.
 */

const team = referrerNamed('Joost');
const area = 'Bicycle frame building: steel and titanium frames, brazing, paint and final assembly';
const opening = 'Frame Brazer';
const pressure = (paste: string) => triage(paste, team(area, opening)).signals.pressure;

describe('pressure in second-language English', () => {
  it.each([
    "Hello Joost, I'm applying for the Frame Brazer role, I brazed frames in Porto for 4 years. Can you refer me? I wait your reply until Friday.",
    'Hello Joost, I am applying for the Frame Brazer role. Please can you refer me, otherwise I will think your workshop does not care about young people.',
    'Hello Joost, I wrote to your shop two times for the Frame Brazer role and nobody reply me, it is not professional. Can you refer me?',
    'Hello Joost, I need a job before March so please refer me for the Frame Brazer role.',
  ])('reads pressure in "%s"', (paste) => {
    expect(pressure(paste).present).toBe(true);
  });

  it.each([
    "Hi Joost, I'm applying for the Frame Brazer role. Would you refer me? I'll wait for your answer, no rush at all.",
    "Hi Joost, I know it's not very polite to write out of nowhere. I'm applying for the Frame Brazer role. Would you refer me?",
    'Hi Joost, nobody answered the phone at the shop, so I am writing here. Would you refer me for the Frame Brazer role?',
  ])('reads no pressure in "%s"', (paste) => {
    expect(pressure(paste).present).toBe(false);
  });
});

describe("a job board's notice of a posting, the writer asking for any post", () => {
  const board = (ask: string) =>
    [
      'Jobhub',
      'New message',
      'Tamsin K. sent you a message about: Frame Brazer – Velowerk (Utrecht)',
      '',
      `"Hi Joost, I rode your frames for years and I've done a welding course at night school. ${ask} Thanks, Tamsin"`,
    ].join('\n');

  it('names no role when the writer asks for any post in the workshop', () => {
    const result = triage(board('Could you refer me to any post in paint, assembly or the shop?'), team(area, opening));
    expect(result.signals.roleNamed.present).toBe(false);
  });

  it("keeps the notice's posting when the writer asks for it", () => {
    const result = triage(board('Could you refer me for the brazing job?'), team(area, opening));
    expect(result.signals.roleNamed.present).toBe(true);
  });
});

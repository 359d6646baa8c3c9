import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A platform's footer in its own voice (issue 22): "You're receiving this because you posted a job on …",
 * "This is an automated message". It says why the platform wrote to the referrer, not why the candidate
 * did, and offers the platform's way out, not the candidate's. Notes written for these tests.
 */

const team = referrerNamed('Marta');
const area = 'Bicycle frame building: brazed steel frames, custom geometry fitting and repair of vintage frames';

const notice = (footer: string) =>
  [
    'Cyclejobs.example',
    'New message',
    'Tomasz Wilk sent you a message about: Frame Builder',
    '',
    '"Hi Marta, I have brazed frames at a small workshop in Gdansk for four years. Could you refer me for the Frame Builder opening?"',
    '',
    footer,
  ].join('\n');

describe("a platform's footer is no one's words", () => {
  it.each([
    'You are receiving this email because you posted a job on Cyclejobs. Unsubscribe',
    "You're receiving this because you're an employer on Cyclejobs. If you don't know this candidate, you can decline without giving a reason.",
    'This is an automated message from Cyclejobs. Please do not reply.',
  ])('reads neither a why-me nor an easy out in "%s"', (footer) => {
    const { signals } = triage(notice(footer), team(area, 'Frame Builder'));
    expect(signals.whyMe.present).toBe(false);
    expect(signals.gracefulExit.present).toBe(false);
  });

  it("still reads the candidate's own reason and easy out around it", () => {
    const paste = notice('You are receiving this email because you posted a job on Cyclejobs.').replace(
      'Could you',
      'I heard your talk on lugged crowns at the Bespoke show, which is why I am writing to you. Could you',
    );
    const withExit = paste.replace('opening?"', 'opening? No worries if not."');
    const { signals } = triage(withExit, team(area, 'Frame Builder'));
    expect(signals.whyMe.present).toBe(true);
    expect(signals.gracefulExit.present).toBe(true);
  });
});

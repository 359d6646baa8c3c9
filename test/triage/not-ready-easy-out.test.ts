import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * An easy out that leaves the referrer to judge the candidate not ready yet (issue 22): "if you think I'm not
 * ready yet that's fine", written as chats write it, apostrophes dropped. The writer saying they are not ready
 * for something else ("I'm not ready to leave my job yet") is no easy out. Notes written for these tests.
 */

const team = referrerNamed('Priya');
const area = 'Wedding and events floristry: ceremony arches, table designs and a Saturday market stall';

describe('the referrer left to judge the candidate not ready', () => {
  it.each([
    "Hi Priya, Aoife from the Sunday market. I'm applying for the Junior Florist role. Would you mention me to the owner? If you think Im not ready yet thats fine, I'll keep practising.",
    "Hi Priya, I'm applying for the Junior Florist role and wondered if you'd recommend me. If you don't feel I'm ready, that's okay.",
  ])('reads an easy out in "%s"', (paste) => {
    expect(triage(paste, team(area, 'Junior Florist')).signals.gracefulExit.present).toBe(true);
  });

  it('reads none where the writer is not ready to leave a job', () => {
    const paste =
      "Hi Priya, I'm applying for the Junior Florist role. I'm not ready to leave my job yet but could start in spring. Would you recommend me?";
    expect(triage(paste, team(area, 'Junior Florist')).signals.gracefulExit.present).toBe(false);
  });
});

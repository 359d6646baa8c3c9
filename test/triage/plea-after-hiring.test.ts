import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { findRoles } from '../../src/triage/reading/roles.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * "if your shop is hiring pls refer me": the plea after "is hiring" is no doer being hired, though "refer"
 * ends like one (issue 22). A please-word opens no job title, and a word with "me" or "us" after it is a
 * verb. "y'all are hiring structural welders" still names the job. Notes written for these tests.
 */

const roles = (text: string) => findRoles(splitSentences(text)).map((m) => m.title);

describe('a plea after "is hiring" names no role', () => {
  it.each([
    'If your bakery is hiring pls refer me, I can start Monday.',
    'If the depot is hiring please consider me for anything.',
    'If the garage is hiring kindly refer us both.',
    'If your workshop is hiring, do remember me.',
  ])('reads no role in "%s"', (sentence) => {
    expect(roles(sentence)).toEqual([]);
  });

  it('still reads the doer being hired ("the yard is hiring boat painters")', () => {
    expect(roles('I heard the yard is hiring boat painters for the spring refits.')).toContain('boat painters');
  });
});

describe('an ask for any work, posted to a channel and to another besides', () => {
  const team = referrerNamed('Tomasz');
  const area = 'Climbing wall instruction: youth clubs, belay courses and route setting';
  it('is a broadcast with no role, so no', () => {
    const paste =
      "hey <@U0AB12CD3> + everyone in <#C09WALL11|setters-corner> 👋 new in town & after ANY climbing work — belay checks, kids' clubs, route washing, even reception. put the same in <#C09JOBS22|gigs> too. if your wall is hiring pls refer me!!";
    const result = triage(paste, team(area, 'Route Setter (weekends)'));
    expect(result.signals.roleNamed.present).toBe(false);
    expect(result.signals.broadcast.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });

  it('is no broadcast when one person is asked and a channel only mentioned', () => {
    const paste =
      "Hi Tomasz, Kasia from #belay-club said you run the youth sessions. I've instructed belay courses for three years. Could you refer me for the Route Setter (weekends) opening? No worries if not.";
    const result = triage(paste, team(area, 'Route Setter (weekends)'));
    expect(result.signals.broadcast.present).toBe(false);
  });

  it.each([
    'I posted the same question in #gear-talk too.',
    'Cross-posted to a few groups, sorry for the noise.',
    'hi @mo & everyone in #night-shift',
  ])('reads a broadcast in "%s"', (line) => {
    const result = triage(`${line} Is anyone hiring? Refer me please.`, team(area, 'Route Setter (weekends)'));
    expect(result.signals.broadcast.present).toBe(true);
  });

  it('reads no broadcast in "the same shift as everyone in my crew"', () => {
    const paste =
      'Hi Tomasz, I worked the same shift as everyone in my crew and posted my route plans in the wall log. Could you refer me for the Route Setter (weekends) role? Thanks.';
    expect(triage(paste, team(area, 'Route Setter (weekends)')).signals.broadcast.present).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BLURB_RULES } from '../../src/cli/writing.js';
import { triage } from '../../src/triage/index.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * The eighteenth blind batch's blurbs that spoke to the reader, said a sentence twice, ran long or lost
 * the result (issue 22), each a general rule: one who "doubled for" another stood in, which is no
 * change; a proof that runs on from the background is told by what it adds; an aside to the reader the
 * sentence ends on ("…, maybe you saw it") is the note's, not the channel's; a sentence whose subject is
 * the reader (a portal's bonus line) is no fact about the candidate; a quoted message's greeting and its
 * opening quote mark are not retold; evidence cut to a bare figure is read in its sentence. Notes written
 * for these tests.
 */

const team = referrerNamed('Priya');
const portalTeam = referrerNamed('Lena');
const brokenRules = (blurb: string) =>
  (Object.keys(BLURB_RULES) as Array<keyof typeof BLURB_RULES>).filter((rule) => BLURB_RULES[rule](blurb));

describe('a stand-in is no change', () => {
  it('takes the counted record as the result, not the sentence where someone "doubled for" the host', () => {
    const paste = [
      'Hi Priya, Lucho Barragán (he doubled for the host in your harbour pilot) told me to write - we crewed a ferry promo together in May.',
      "I'm applying for the Marine Camera Boat Operator role. I've driven camera boats on documentaries for four years, after eight seasons of dinghy racing.",
      'Chase runs, wake-free passes and rigging for drone launches, with no lost shots across 31 shoot days on open water.',
      "Would you refer me? If it's not the right block, no worries.",
      'Oriol',
    ].join('\n');
    const result = triage(
      paste,
      team('Marine unit for film and TV: camera boats and water safety', 'Marine Camera Boat Operator'),
    );
    expect(result.blurb).toContain('no lost shots across 31 shoot days');
    expect(result.blurb).not.toMatch(/doubled/);
    expect(brokenRules(result.blurb ?? '')).toEqual([]);
  });
});

describe('a proof that runs on from the background', () => {
  it('says the background once and adds the result that follows it', () => {
    const paste = [
      'Hi Priya, your talk at the Lisbon museum-lighting day on glare and old varnish stayed with me. I am applying for the Exhibition Lighting Designer role at Harbourside.',
      'The show I led from start to finish was "Salt Roads" in 2022: the track layout, the 2700K to 3000K dimming plan, and the conservation light budget.',
      'It drew 48,300 visitors in its first season and now tours three other museums in Spain.',
      'If you think the fit is real, would you refer me? And if the timing is wrong, no problem.',
      'Thanks, Inês',
    ].join('\n');
    const result = triage(paste, team('Exhibition lighting and gallery design', 'Exhibition Lighting Designer'));
    const blurb = result.blurb ?? '';
    expect(blurb).toContain('48,300 visitors');
    expect(blurb.split('conservation light budget').length).toBe(2);
    expect(brokenRules(blurb)).toEqual([]);
  });
});

describe('what the note says to the reader', () => {
  it('drops an aside to the reader that ends the result sentence', () => {
    const paste = [
      'Hi Priya, got a minute today?',
      "So I saw the Junior Brewer job on the notice board and I'd love to try for it. I'm on the bottling side 2 years now, but before that I did a year of cellar work at a brewpub in Gdańsk.",
      'Last spring on the bottling line I got label rejects down from 4.1% to 0.9% with the new sensor setup, maybe you saw it.',
      "Can you recommend me? If I'm not ready yet that's ok, tell me what to learn.",
      'Kasia',
    ].join('\n');
    const result = triage(paste, team('Brewing at Millrace: brewhouse, cellar and quality', 'Junior Brewer'));
    expect(result.blurb).toContain('from 4.1% to 0.9%');
    expect(BLURB_RULES.secondPerson(result.blurb ?? '')).toBe(false);
  });

  it("tells neither a portal's bonus line to the referrer nor the quoted message's greeting", () => {
    const paste = [
      'From: Harbor Careers <no-reply@harborlogistics.talentportal.example.com>',
      'Subject: Referral requested: Tomás Ferreira would like your referral',
      '',
      'Hi Lena,',
      '',
      'Tomás Ferreira has asked you to refer him for an open position.',
      '',
      'Position: Yard Planning Supervisor (Req 4471)',
      'Location: Savannah, GA',
      "Candidate's current title: Yard Planner - Coastal Freight Terminals",
      'How you know each other: LinkedIn connection',
      '',
      'Message from Tomás:',
      '"Good afternoon Mrs. Adler, I am keen on this position and I think my experience would be a strong match. I would be glad of your referral. Thanks."',
      '',
      '[ Refer Tomás ]   [ Decline ]',
      '',
      'Referrals must be submitted within 10 days of the request. You are eligible for a $2,000 referral bonus if your referral is hired and completes 120 days.',
    ].join('\n');
    const result = triage(paste, portalTeam('Container yard planning and gate operations', 'Yard Planning Supervisor'));
    const blurb = result.blurb ?? '';
    expect(blurb).toMatch(/^Tomás Ferreira is keen on this position/);
    expect(blurb).not.toMatch(/bonus|Good afternoon|result above/);
    expect(BLURB_RULES.secondPerson(blurb)).toBe(false);
  });
});

describe('evidence cut to a bare figure', () => {
  it('tells the figure in the sentence of the note that holds it, never as a sentence of its own', () => {
    const paste = [
      'Dear Ms Nair,',
      'My name is Tobias Lindqvist and I am finishing a doctorate in marine biology at Lund University.',
      'I would like to apply for the Dome Animation Artist position.',
      "In recent years I have moved more and more from fieldwork towards illustration: I draw the figures for our lab's public lectures, I learned Blender on weekends during my thesis, and I animated several plankton bloom sequences that 12,000 visitors saw in our faculty's small dome, which I converted to fisheye output myself.",
      'I understand a referral is a lot to ask from a stranger, and I fully understand if you would rather not. Would you be willing to refer me?',
      'Kind regards,',
      'Tobias Lindqvist',
    ].join('\n');
    const result = triage(paste, {
      name: 'Priya',
      teamArea: 'Science visualisation for the Brightwater 14 m dome theatre',
      openRoles: [{ title: 'Dome Animation Artist', url: 'https://jobs.example.com/1' }],
      workingLanguage: 'en',
    });
    const first = (result.blurb ?? '').split(/(?<=\.)\s+(?=\p{Lu})/u)[0] ?? '';
    expect(first).toContain('Tobias Lindqvist');
    expect(first).toContain('plankton bloom sequences');
    expect(first.match(/\p{L}+/gu)?.length).toBeGreaterThan(4);
  });
});

describe('an irregular past tense retold', () => {
  it('keeps "lit", "fed", "flew" and "wore" as they are, never "lits" or "feds"', () => {
    expect(toThirdPerson('I lit the main stage for 40 shows and I flew the follow spots.', 'Inês')).toBe(
      'Inês lit the main stage for 40 shows and they flew the follow spots.',
    );
    expect(toThirdPerson('I fed 200 birds a day and wore the keeper radio.', 'Tomasz')).toBe(
      'Tomasz fed 200 birds a day and wore the keeper radio.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note } from '../helpers/notes.js';

/**
 * What the fifteenth blind batch (wholesale bakery, neuropsychology testing, wastewater treatment,
 * archives, corporate travel, collision repair, medical coding, loss prevention) taught, on notes
 * written for these tests.
 */

describe('a before and after around the writer’s own change', () => {
  it.each([
    'Returns used to pile up for about a week; after I set up a daily triage, we clear them in two days.',
    'Missed pickups used to happen roughly twice a month; since I built the route sheet, we have had none.',
    'Our coding denials used to be about one in ten; once we rewrote the queries, it is closer to one in forty.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a career story told the same way is not a result', () => {
    const story = 'I used to be a teacher; after I moved to Ohio, I spent two years in retail.';
    expect(triage(note(story)).signals.proofPoint.present).toBe(false);
  });
});

describe('other results the batch wrote', () => {
  it.each([
    'My comeback rate was under 1% last year, lowest in our shop.',
    'I processed 2,300 files last year, double our annual target.',
    'I average 45 hours a week, about 20% more than our shop’s average.',
    'I have driven the route for four years with a perfect on-time record.',
    'My coding accuracy in the last audit was 98%.',
    'I had 0 comebacks last year.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it('a yes quotes the change, not the volume beside it', () => {
    const text =
      'Hi Sam, Priya on your team said to reach out. I’m applying for the Site Supervisor role. I support 900 users, and our tickets fell from 400 a month to 90. Would you refer me? Fine if not.';
    expect(triage(text).drafts?.yes).toContain('("our tickets fell from 400 a month to 90")');
  });
});

describe('why me from inside the building, and in capitals', () => {
  it.each([
    'I review a sample of your coders’ charts every month.',
    'I sit two floors down from your team.',
    'YOUR OPERATOR PETE AND I WORKED TOGETHER AT THE DAYTON PLANT.',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });
});

describe('deadlines, service asks and "any" roles', () => {
  it('a weekday deadline on the referral is pressure; one on an order is not', () => {
    expect(triage(note('I need you to submit the referral by Friday.')).signals.pressure.present).toBe(true);
    expect(triage('Hi Sam, I need 5,000 brochures by Friday. Who should I talk to?').signals.pressure.present).toBe(
      false,
    );
  });

  it('asking for someone at one of the referrer’s sites who does a thing is a service ask', () => {
    const text = 'Hi Sam, could you refer me to a tech at one of your shops who can give me an estimate this week?';
    expect(triage(text).signals.notAReferral.present).toBe(true);
    const exam = 'Hi Sam, could you refer us to one of your psychologists who does evaluations for kids?';
    expect(triage(exam).signals.notAReferral.present).toBe(true);
  });

  it('"any travel or hospitality role" names no role', () => {
    const text = "Hi all! I'm looking for any travel or hospitality role. If anyone can refer me, please DM me.";
    expect(triage(text).signals.roleNamed.present).toBe(false);
  });
});

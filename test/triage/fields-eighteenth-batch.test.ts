import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the eighteenth blind batch (wealth management, winery, donor services, car sales, ASL
 * interpreting, title and escrow, collections, millwork) taught, on notes written for these tests.
 */

describe('a role named by its title, however the sentence holds it', () => {
  it.each([
    'I am applying for the Sales Manager role.',
    'I want the Support Specialist job.',
    'I am looking the position of Line Cook for the summer.',
    'I am searching the role of Store Manager.',
  ])('reads "%s" as naming a role', (sentence) => {
    expect(
      triage(`Hi Sam, we met at the fair. ${sentence} Could you refer me? Fine if not.`).signals.roleNamed.present,
    ).toBe(true);
  });

  it.each(['I am open to any sales roles.', 'I played the role of Hamlet in college.'])(
    'a field alone, or a part in a play, is no role: "%s"',
    (sentence) => {
      expect(triage(`Hi Sam. ${sentence} Could you refer me?`).signals.roleNamed.present).toBe(false);
    },
  );
});

describe('why me: shared work, a word from the referrer, someone of the writer’s who knows them', () => {
  it.each([
    'We sat on the same hiring panel at the job fair.',
    'We played in the same pickup league last year.',
    "We've talked a few times at the farmers market.",
    'You told me to come back when I had my license.',
    'Lou from your front office told me to call you.',
    'I’m a friend of your estimator Dana Ruiz from the climbing gym.',
    'My aunt Rosa cleaned your office for years.',
    'You trained my cohort on the new intake system.',
    'Your installer Bruno worked with me at Apex Doors.',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('using the same tools as the referrer’s team is no tie', () => {
    expect(triage(note('We use the same scheduling software as your team.')).signals.whyMe.present).toBe(false);
  });
});

describe('results: clean records, rankings, recognition, before and now, a rate of work', () => {
  it.each([
    'I post about 90 invoices a day with zero posting rejections since March.',
    'We had zero late shipment complaints after I took over the dock.',
    'My close rate was the highest on the floor.',
    'I was the top seller in the region two years running.',
    'Clients ask for me by name.',
    'Missed pickups used to happen a few times a week; this year there have been two.',
    'I filed 240 returns without a single amended return.',
    'I draw about 50 donors a shift.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each(['I work about 45 hours a week.', 'I spend 10 hours a week on paperwork.'])(
    'hours worked or spent are no result: "%s"',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
    },
  );

  it('a reply quotes the change, not the rate of work beside it', () => {
    const text =
      'Hi Sam, we met at the expo. I’m applying for the Site Supervisor role. I run about 12 crews a week, and our injury count went from nine a year to one. Could you refer me? Fine if not.';
    const construction = profile('Construction: site supervisors and crews for commercial builds', [
      { title: 'Site Supervisor', url: 'https://careers.example.com/jobs/cn-1' },
    ]);
    const result = triage(text, construction);
    expect(result.recommendation).toBe('yes');
    expect(result.drafts?.yes).toContain('injury count went from nine a year to one');
  });
});

describe('asks that are not a referral, and notes sent to everyone', () => {
  it.each([
    'Hi Sam, could you refer my dad to one of your planners who works with retirees?',
    'Hi Sam, could you refer me to one of your agents who won’t rush us?',
    'Hi Sam, could you refer me to someone who can set up a payment plan?',
  ])('"%s" asks for a service', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });

  it('"messaging everyone I can find" is a broadcast', () => {
    const text = 'Hi, I’m messaging everyone I can find at the clinic. Could you refer me for any job?';
    expect(triage(text).signals.broadcast.present).toBe(true);
  });
});

describe('fit: interpreting specialties, and a background that only sounds like software', () => {
  const asl = profile('Interpreting: ASL interpreters for medical and legal appointments');

  it('a spoken-language interpreter role is outside a sign language team, and the reverse is in a mixed one', () => {
    const result = triage(ask('Spanish Medical Interpreter'), asl);
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toContain('sign language interpreting');
    const mixed = profile('Language services: medical interpreters for Spanish, Mandarin and ASL');
    expect(triage(ask('ASL Medical Interpreter'), mixed).fit.level).not.toBe('none');
    expect(triage(ask('Medical Interpreter'), asl).fit.level).toBe('strong');
  });

  it('two words that sound like software in a collector’s background do not make it partial', () => {
    const collections = profile('Collections: collectors and recovery specialists for our auto loan portfolio', [
      { title: 'Collections Specialist II', url: 'https://careers.example.com/jobs/co-1' },
    ]);
    const text =
      'Hi Sam, we met at the expo. I’m applying for the Collections Specialist II role. My kept rate was 70% against a floor average of 55%, with zero compliance findings on call audits. Could you refer me? Fine if not.';
    expect(triage(text, collections).fit.level).toBe('strong');
  });
});

describe('an opening titled by a loose seat', () => {
  const collections = profile('Collections: collectors and recovery specialists for our auto loan portfolio', [
    { title: 'Collections Specialist II', url: 'https://careers.example.com/jobs/co-1' },
  ]);

  it('is not the opening of a specific job that neither it nor the team area names', () => {
    const result = triage(ask('Collections Receptionist'), collections);
    expect(result.candidate.roleUrl).toBeNull();
    expect(result.recommendation).not.toBe('yes');
  });

  it('is still the opening of its own title, the level left off', () => {
    expect(triage(ask('Collections Specialist'), collections).candidate.roleUrl).toBe(
      'https://careers.example.com/jobs/co-1',
    );
  });

  it('a seat nobody holds, in a place the team area does not name, is outside it even when the note shares what the team makes', () => {
    const winery = profile('Winery production: winemakers and cellar workers for our estate wines');
    const text =
      'Hi Sam, I know you run production. I’m applying for the Tasting Room Associate job. I sold 140 wine club memberships last summer. Could you refer me? Fine if not.';
    expect(triage(text, winery).fit.level).toBe('none');
  });
});

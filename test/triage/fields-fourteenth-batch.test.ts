import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { ask, note, profile } from '../helpers/notes.js';

/**
 * What the fourteenth blind batch (funeral service, audiology, payroll, commercial plumbing, customs
 * brokerage, labor and delivery, land surveying, youth programs) taught, on notes written for these tests.
 */

describe('why me: someone of the referrer’s, and the tie between them', () => {
  it.each([
    'Your dispatcher Rhonda and I drove routes together for years.',
    'Your charge nurse Imani precepted me during my residency.',
    'Marco, one of your estimators, was my foreman at Turner.',
    'My old classmate gave me your name.',
    'My aunt told me to send you a note.',
    'Thanks to Lena for the intro!',
  ])('reads "%s" as why me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('a quoted introduction is why me, and the reply is warm about it', () => {
    const result = triage(
      "Sam, meet Rosa, who ran our tutoring program. Hi Sam, I'm applying for the Site Supervisor role. I cut no-shows by 30%. Would you refer me? Fine if not.\nRosa",
    );
    expect(result.signals.whyMe.present).toBe(true);
    expect(result.drafts?.no).toContain('pointed my way');
  });

  it('a name and "and I" is no tie when the name is the writer’s own', () => {
    expect(triage(note('My brother Jake and I both love the outdoors.')).signals.whyMe.present).toBe(false);
  });
});

describe('results the batch wrote in words', () => {
  it.each([
    'Month-end close used to take five days; since I rebuilt the accruals, it takes two.',
    'Our readmission rate fell from about a third to roughly a quarter.',
    'We staked nine miles of curb with zero re-stakes.',
    'I got every permit approved on first submittal.',
    'About 85% of my clients meet their goals within ten sessions.',
    'My accuracy on claims was the best of the office, 99.4%.',
    'I caught $48,000 in duplicate invoices last year.',
    'I shortened our intake by three days.',
    'I handle 150 calls a shift.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each([
    'I have zero years of management experience.',
    'Your team is the best in the state.',
    'I moved from the third floor to the ICU last year.',
  ])('does not read "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
  });
});

describe('pressure, service asks and mass outreach', () => {
  it.each(['Referrers get a bonus if I stay six months, so it’s a win-win!', 'Let me know once you’ve submitted it.'])(
    '"%s" is pressure',
    (sentence) => {
      expect(triage(note(sentence)).signals.pressure.present).toBe(true);
    },
  );

  it.each([
    'Hi Sam, could you refer my dad to one of your audiologists who can see him this month?',
    'Hi Sam, can you refer me to a plumber on your crew who could come out today?',
  ])('"%s" asks for a service, not a referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });

  it('the same words about a job are a job ask', () => {
    const text =
      'Hi Sam, could you refer me to one of your leads who can look at my résumé for the Site Supervisor role?';
    expect(triage(text).signals.notAReferral.present).toBe(false);
  });

  it('an admitted mass outreach reads as sent to everyone', () => {
    const text = "Hi Sam, I'm reaching out to a few people at your company. Any role works. Could you refer me?";
    expect(triage(text).signals.broadcast.present).toBe(true);
  });
});

describe('fit: specialties of one discipline, and disciplines the team does not list', () => {
  const ld = profile('Labor and delivery: L&D nurses and certified nurse midwives', [
    { title: 'Registered Nurse, Labor & Delivery', url: 'https://careers.example.com/jobs/ld-1' },
  ]);
  const withBackground = (who: string) =>
    `Hi Sam, we met at the nurse residency graduation. I'm ${who} and I'm applying for the Registered Nurse, Labor & Delivery role. Our fall rate dropped by half after I set up rounding. Could you refer me? Fine if not.`;

  it('a nurse of another specialty is partial for an L&D role', () => {
    const result = triage(withBackground('a med-surg nurse'), ld);
    expect(result.fit.level).toBe('partial');
    expect(result.fit.explanation).toContain('medical-surgical nursing');
    expect(result.recommendation).toBe('one_pager');
  });

  it('a nurse who names no specialty, or the same one, is not', () => {
    expect(triage(withBackground('a registered nurse'), ld).fit.level).toBe('strong');
    expect(triage(withBackground('an L&D nurse'), ld).fit.level).toBe('strong');
  });

  it('a nursing team covers a nurse of any specialty', () => {
    const nursing = profile('Nursing: charge nurses and staff nurses for the hospital');
    expect(triage(ask('ICU Nurse'), nursing).fit.level).not.toBe('none');
  });

  const audiology = profile('Audiology: audiologists and hearing instrument specialists for our ENT clinics', [
    { title: 'Clinical Audiologist, Pediatrics', url: 'https://careers.example.com/jobs/au-1' },
  ]);
  it('a known discipline the team does not list is outside it, whatever the background touches', () => {
    const text =
      "Hi Sam, I know you lead audiology. I'm applying for the Speech-Language Pathologist, Voice position. I see 30 voice patients a week, and 80% meet their therapy goals in eight sessions. Could you refer me? No worries if not.";
    const result = triage(text, audiology);
    expect(result.fit.level).toBe('none');
    expect(result.recommendation).toBe('no');
  });

  it('a plain job noun the team area does not name ("Secretary") is outside it', () => {
    expect(triage(ask('Unit Secretary'), audiology).fit.level).toBe('none');
  });
});

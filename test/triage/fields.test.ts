import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, disciplinesIn, roleDiscipline, teamDisciplines } from '../../src/triage/disciplines.js';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * Judgement outside product and engineering, one rule at a time, on notes written for these tests:
 * results written in words, introductions as the reason to ask, discipline as a second axis of fit,
 * polite pressure, and asks made for someone else.
 */
const profile = (teamArea: string, openRoles: Profile['openRoles'] = []): Profile =>
  ProfileSchema.parse({ name: 'Sam', teamArea, openRoles });
const proofOf = (sentence: string) =>
  triage(`Hi Sam, I'm applying for the Charge Nurse, Cardiac ICU role. ${sentence} Would you refer me?`).signals
    .proofPoint;

describe('results written in words', () => {
  it.each([
    'On my unit, complaints halved within a quarter after I changed the handover.',
    'After the redesign, sign-ups roughly tripled.',
    'Readmissions went from about nine a month to just under five.',
    'Month-end close used to take six days; now it takes two.',
    'Falls on the ward dropped from around a dozen a quarter to three.',
    'Returns processing time fell by half once I reorganised the dock.',
    'We went from missing the 6 a.m. delivery most weeks to never missing it.',
  ])('reads "%s" as a result', (sentence) => {
    expect(proofOf(sentence).present).toBe(true);
  });

  it.each([
    'I moved from Lisbon to Porto last year.',
    'I went from retail to nursing school.',
    'I doubled down on learning Excel.',
    'I doubled as the shift lead on weekends.',
    'I used to work nights, and now I work days.',
  ])('does not read "%s" as a result', (sentence) => {
    expect(proofOf(sentence).present).toBe(false);
  });

  it('a move between two things with no quantity is never a result, whatever the words', () => {
    const word = fc.constantFrom('Lisbon', 'support', 'retail', 'the night desk', 'sales', 'logistics', 'teaching');
    fc.assert(
      fc.property(word, word, fc.constantFrom('moved', 'went', 'switched', 'transferred'), (a, b, verb) => {
        // "two years ago" is a quantity, but after the "to": only a change from a quantity counts.
        expect(proofOf(`I ${verb} from ${a} to ${b} two years ago and loved it.`).present).toBe(false);
      }),
    );
  });
});

describe('introductions and shared work as the reason to ask', () => {
  const whyMe = (sentence: string) =>
    triage(`Hi Sam, ${sentence} I'm applying for the Store Manager, Downtown role. Would you refer me?`).signals.whyMe;

  it.each([
    'Priya Nair (she reported to you until last spring) suggested I write to you.',
    'My old manager at Fresco told me you are the person to ask.',
    'Looping you in as promised, thanks to Dev for the intro.',
    "I've already covered weekend shifts alongside your team at the Eastside store.",
    'You ran the merchandising review I presented at last spring.',
  ])('reads "%s" as why-me', (sentence) => {
    expect(whyMe(sentence).present).toBe(true);
  });
});

describe('discipline as a second axis of fit', () => {
  it('names disciplines only from phrases that name one, preferring the specific over the generic', () => {
    expect(disciplinesIn('Support tooling: help center, agent console').map((d) => d.id)).toEqual([]);
    expect(teamDisciplines('Growth engineering (backend): experiments, paywall services').map((d) => d.id)).toEqual([
      'backend',
    ]);
    expect(roleDiscipline('Senior Mechanical Engineer, Drivetrain')?.id).toBe('mechanical');
    expect(roleDiscipline('Android Engineer, Growth')?.id).toBe('mobile');
  });

  it('a generic engineering team covers every engineering specialty; a specialty covers only itself', () => {
    const mobile = roleDiscipline('iOS Engineer') as NonNullable<ReturnType<typeof roleDiscipline>>;
    expect(covers(teamDisciplines('Developer productivity engineering: build systems'), mobile)).toBe(true);
    expect(covers(teamDisciplines('Growth engineering (backend)'), mobile)).toBe(false);
  });

  it('a role in the domain but another discipline is outside the area, and the explanation says which two', () => {
    const backendLead = profile('Growth engineering (backend): experimentation services, paywall APIs, billing events');
    const result = triage(
      "Hi Sam, your post on paywall experiments is why I'm asking. I'm applying for the Android Engineer, Growth role. I cut crash rate by 40% on our paywall screens. Would you refer me? No worries if not.",
      backendLead,
    );
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(/mobile engineering role; your team .* is backend engineering/);
    expect(result.recommendation).toBe('no');
  });

  it('a sales lead asked for a support role: outside; asked for a sales role: inside', () => {
    const sales = profile('Enterprise sales: account executives for mid-market healthcare customers');
    const ask = (role: string) =>
      triage(
        `Hi Sam, we met at the HIMSS booth last year. I'm applying for the ${role} role. I grew my book of business by 35% last year. Would you refer me? No worries if not.`,
        sales,
      );
    expect(ask('Customer Support Specialist').fit.level).toBe('none');
    expect(ask('Account Executive, Mid-Market').fit.level).not.toBe('none');
  });

  it('a team area that names no discipline, or an opening of the referrer in that discipline, keeps the domain axis alone', () => {
    const note =
      "Hi Sam, your talk on checkout is why I'm asking. I'm applying for the Senior Backend Engineer, Checkout role. I cut payment failures by 20%. Would you refer me? No worries if not.";
    expect(triage(note, profile('Payments: checkout, billing, payouts')).fit.level).toBe('strong');
    const designLead = profile('Product design: checkout and billing flows', [
      { title: 'Senior Backend Engineer, Checkout' },
    ]);
    expect(triage(note, designLead).fit.level).not.toBe('none');
  });
});

describe('polite pressure and asks for someone else', () => {
  const base =
    "Hi Sam, I'm applying for the Night Shift Supervisor role. I cut mis-picks by 30% on my shift. Would you refer me?";
  it.each([
    "I've already let the recruiter know you'd be putting me forward.",
    "You'd get a nice referral bonus out of it too.",
    "Your old teammate Jo said you'd do this for him, so I hope you'll do it for me.",
  ])('"%s" is pressure, and a clean no', (sentence) => {
    const result = triage(`${base} ${sentence}`, profile('Warehouse operations: night shift, inbound'));
    expect(result.signals.pressure.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });

  it.each([
    'I represent several experienced ICU nurses and would like to introduce one to your unit; happy to share her profile once we agree on terms.',
    'Could you refer my candidate internally? I place analysts through Northwind Staffing.',
  ])('"%s" is an ask on someone else’s behalf, and a clean no that says why', (note) => {
    const result = triage(`Hello Sam, ${note}\nAlex`);
    expect(result.signals.onBehalf.present).toBe(true);
    expect(result.recommendation).toBe('no');
    expect(result.drafts.no).toMatch(/hear from directly/);
  });

  it('staffing as work the candidate did is not an agency', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Nurse Manager, Med-Surg role. I ran staffing for a 40-bed unit and cut agency shifts by 25%. Would you refer me? No worries if not.",
    );
    expect(result.signals.onBehalf.present).toBe(false);
  });
});

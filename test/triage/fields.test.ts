import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, disciplinesIn, roleDiscipline, teamDisciplines } from '../../src/triage/fit/disciplines.js';
import { triage } from '../../src/triage/index.js';
import { profile } from '../helpers/notes.js';

/**
 * Judgement outside product and engineering, one rule at a time, on notes written for these tests:
 * results written in words, introductions as the reason to ask, discipline as a second axis of fit,
 * polite pressure, and asks made for someone else.
 */
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
    'We turn rooms around in a day instead of a week.',
    'Patients now wait minutes, not hours.',
    'Our wait list went from months to days.',
    'Our store went from last to first in the district.',
    'My team closes tickets three times faster than before.',
    'We had a third fewer falls after I started hourly rounding.',
    'Complaints are down to a handful a year.',
    'Turnover on my shift is half what it was.',
    'Our survey scores are the highest they have ever been.',
    'Nobody on my crew has quit since I took over.',
    "We haven't had a single lost-time injury since I took over the safety program.",
    'We finished the season without a single injury.',
  ])('reads "%s" as a result', (sentence) => {
    expect(proofOf(sentence).present).toBe(true);
  });

  it.each([
    'I moved from Lisbon to Porto last year.',
    'I went from retail to nursing school.',
    'I doubled down on learning Excel.',
    'I doubled as the shift lead on weekends.',
    'I used to work nights, and now I work days.',
    "I've applied to 40 jobs without a single response.",
    'I moved from days to nights last year.',
    'We are down to the final two candidates.',
    'I was promoted twice in three years.',
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

describe('comparisons with no quantity changed are not results', () => {
  it('a preference between two shifts or places, however it is put, is never a result', () => {
    const shift = fc.constantFrom('days', 'nights', 'weekends', 'the front desk', 'the warehouse', 'Denver');
    const frame = fc.constantFrom(
      (a: string, b: string) => `I prefer working ${a} instead of ${b}.`,
      (a: string, b: string) => `I would rather be on ${a}, not ${b}.`,
      (a: string, b: string) => `I switched from ${a} to ${b} last spring.`,
    );
    fc.assert(
      fc.property(shift, shift, frame, (a, b, say) => {
        expect(proofOf(say(a, b)).present).toBe(false);
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
    'Your name came up when I asked around about the crew.',
    "We're both Purdue alumni.",
    'I found you through the alumni directory.',
    'I was your student in the 2019 welding class.',
    'You precepted me on 5 East.',
    'We have a lot of mutual connections.',
    'My old boss Terry speaks highly of you.',
    'Terry from your Denver office put me onto you.',
    'I shadowed your team for a day last year.',
  ])('reads "%s" as why-me', (sentence) => {
    expect(whyMe(sentence).present).toBe(true);
  });

  it.each([
    'Your name came up when I searched LinkedIn for store managers.',
    'I was a customer at your store for years.',
    'My fellow applicants all have more experience.',
  ])('does not read "%s" as why-me', (sentence) => {
    expect(whyMe(sentence).present).toBe(false);
  });
});

describe('discipline as a second axis of fit', () => {
  it('names disciplines only from phrases that name one, preferring the specific over the generic', () => {
    expect(disciplinesIn('Support tooling: help center, agent console').map((d) => d.id)).toEqual([]);
    // Domains that share a word with a discipline name none.
    for (const domain of [
      'Sales tools: CRM integrations',
      'Consumer finance app: budgeting',
      'Marketing tech platform: attribution',
      'Retail banking: accounts',
      'Data platform: pipelines, warehouse, streaming',
    ]) {
      expect(teamDisciplines(domain)).toEqual([]);
    }
    expect(teamDisciplines('Sales: account executives for mid-market').map((d) => d.id)).toEqual(['sales']);
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

describe('the candidate’s own discipline against the role’s', () => {
  const dataTeam = profile('Data platform: pipelines, warehouse, streaming, analytics infrastructure');
  const ask = (self: string, role: string) =>
    triage(
      `Hi Sam, your talk on streaming is why I'm asking. ${self} I'm applying for the ${role} role. I cut our pipeline costs by 30%. Would you refer me? No worries if not.`,
      dataTeam,
    ).fit;

  it('a data analyst asking for a data engineering role is partial at best, and the explanation says why', () => {
    const fit = ask("I'm a data analyst at a retailer.", 'Senior Data Engineer, Streaming');
    expect(fit.level).toBe('partial');
    expect(fit.explanation).toMatch(/describe themselves in data analytics, and the role is data engineering/);
  });

  it('the same discipline, or none named, leaves the fit as the domain reads it', () => {
    expect(ask("I'm a data engineer at a retailer.", 'Senior Data Engineer, Streaming').level).toBe('strong');
    expect(ask("I'm an engineer at a retailer.", 'Senior Data Engineer, Streaming').level).toBe('strong');
    expect(ask('I work at a retailer.', 'Senior Data Engineer, Streaming').level).toBe('strong');
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
    expect(result.drafts?.no).toMatch(/hear from directly/);
  });

  it.each([
    'I already applied for the Senior Financial Analyst role and the recruiter wants references. Would you be a reference for me?',
    'Quick question: who handles procurement for your handheld scanners? Could you refer me to whoever owns purchasing?',
  ])('"%s" is not a referral request: a clean no that says so', (body) => {
    const result = triage(`Hi Sam, ${body}\nMeg`);
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.recommendation).toBe('no');
    expect(result.drafts?.no).toMatch(/rather than a (?:job )?referral|isn't a job referral/);
  });

  it('staffing as work the candidate did is not an agency', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Nurse Manager, Med-Surg role. I ran staffing for a 40-bed unit and cut agency shifts by 25%. Would you refer me? No worries if not.",
    );
    expect(result.signals.onBehalf.present).toBe(false);
  });
});

describe('more of what the blind batch taught', () => {
  it.each([
    ['(Name)', 'Please refer me for the role.\n(Name)'],
    ['XYZ position at ABC Company', 'I am excited about the XYZ position at ABC Company. Please refer me.'],
    ['[specific question]', 'I wanted to ask you [specific question] about the team. Please refer me for the PM role.'],
  ])('a template placeholder in another shape, %s, is caught', (_shape, body) => {
    expect(triage(`Dear Hiring Manager, ${body}`).signals.placeholder.present).toBe(true);
  });

  it('a conditional easy out implies the ask ("if you cannot, it is okay")', () => {
    const note =
      'Hello Sam, I am applying the Support Specialist, Tier 2 position. The first reply time went from 4 hours to under 1 hour on my team. If it is not possible for you, it is okay.\nKasia';
    expect(triage(note).signals.noAsk.present).toBe(false);
    expect(triage(note.replace('If it is not possible for you, it is okay.', 'Thanks.')).signals.noAsk.present).toBe(
      true,
    );
  });

  it('the team’s name speaks first: a recruiting team that hires engineers is not an engineering team', () => {
    const recruiting = profile('Recruiting: technical recruiters and sourcers for engineering and data roles');
    expect(teamDisciplines(recruiting.teamArea).map((d) => d.id)).toEqual(['recruiting']);
    const result = triage(
      "Hi Sam, I know you hire for engineering. I'm applying for the Senior Data Engineer role. I cut pipeline costs by 30%. Would you refer me? No worries if not.",
      recruiting,
    );
    expect(result.fit.level).toBe('none');
  });

  it.each([
    ['quota attainment', 'I was 120% of quota last year.'],
    ['hires', 'I made 34 engineering hires last year with a 92% offer-accept rate.'],
  ])('a result counted in %s is a proof point', (_kind, sentence) => {
    expect(proofOf(sentence).present).toBe(true);
  });

  it.each([
    'Your webinar on selling to clinics is why I am asking you.',
    'I heard you speak about staffing models at the nursing conference.',
    'We were on the same panel at the retail summit.',
    'Ana from your team said you would be the right person to ask.',
  ])('"%s" is why-me', (sentence) => {
    expect(
      triage(`Hi Sam, ${sentence} I'm applying for the Store Manager role. Would you refer me?`).signals.whyMe.present,
    ).toBe(true);
  });
});

describe('properties of the new rules', () => {
  const note =
    "Hi Sam, your talk on handoffs is why I'm asking. I'm applying for the Charge Nurse, Cardiac ICU role. Falls on my unit halved last year. Would you refer me? No worries if not.\nJo";

  it('a placeholder in any of its shapes, anywhere in a good note, makes it a no', () => {
    const shapes = fc.constantFrom('(Name)', '(Company Name)', 'at XYZ company', '[specific question]', '[Company]');
    fc.assert(
      fc.property(shapes, fc.nat(), (shape, at) => {
        const sentences = note.split('. ');
        const i = at % sentences.length;
        sentences[i] = `${sentences[i]} ${shape}`;
        const result = triage(sentences.join('. '));
        expect(result.signals.placeholder.present).toBe(true);
        expect(result.recommendation).toBe('no');
      }),
    );
  });

  it('any ratio word next to a thing that changed is a result; the same thing without it is not', () => {
    const thing = fc.constantFrom('complaints', 'readmissions', 'returns', 'wait times', 'mis-picks', 'chargebacks');
    const ratio = fc.constantFrom('halved', 'roughly tripled', 'doubled', 'fell by half', 'dropped threefold');
    fc.assert(
      fc.property(thing, ratio, (t, r) => {
        expect(proofOf(`On my team, ${t} ${r} within a year.`).present).toBe(true);
        expect(proofOf(`On my team, I worked on ${t} for a year.`).present).toBe(false);
      }),
    );
  });
});

describe('pasted clutter, and the introduction inside it', () => {
  const note =
    "Hi Sam, following up on Dev's intro below. I'm applying for the Charge Nurse, Cardiac ICU role. Falls on my unit halved last year. Would you refer me? No worries if not.\nJasmine";

  it('a quoted introduction is kept as the why-me; the rest of the quoted mail is not read', () => {
    const thread = `${note}\n\nOn Mon, Nov 23, 2026 at 9:14 AM Dev Rao <dev@example.com> wrote:\n> Sam, meet Jasmine: my best charge nurse at Mercy. Looping you in as promised.\n> PS our parking lot is a mess, ha.\n> Dev`;
    const result = triage(thread);
    // The writer's own "following up on Dev's intro" is why-me first; without it, the quoted introduction is.
    expect(result.signals.whyMe.evidence).toMatch(/following up on Dev's intro/);
    const alone = triage(thread.replace("following up on Dev's intro below. ", ''));
    expect(alone.signals.whyMe.evidence).toMatch(/^Sam, meet Jasmine: my best charge nurse at Mercy/);
    expect(result.candidate.name).toBe('Jasmine');
    expect(result.recommendation).not.toBe('no');
    expect(JSON.stringify(result)).not.toContain('parking lot');
  });

  it('following up on someone else’s intro, or with what was asked for, is not a bump; on their own note it is', () => {
    expect(triage(note).signals.followUp.present).toBe(false);
    expect(
      triage(note.replace("on Dev's intro below", 'with the one-pager you asked for')).signals.followUp.present,
    ).toBe(false);
    expect(triage(note.replace("on Dev's intro below", 'on my note from last week')).signals.followUp.present).toBe(
      true,
    );
    expect(
      triage(note.replace("following up on Dev's intro below", 'just following up')).signals.followUp.present,
    ).toBe(true);
  });

  it('LinkedIn’s screen text goes: the name and headline above "View profile", read receipts, times', () => {
    const paste = `Jasmine Cole\nCharge Nurse at Mercy\nView profile\n\n${note.replace("following up on Dev's intro below. ", '')}\n\nSent from LinkedIn\nSeen by Sam at 9:42 AM\n9:42 AM`;
    const result = triage(paste);
    expect(result.candidate.name).toBe('Jasmine');
    expect(JSON.stringify(result.signals)).not.toMatch(/View profile|Seen by|Sent from LinkedIn/);
  });
});

describe('what the second blind batch taught', () => {
  const maths = profile('Middle school mathematics: grades 6 to 8 math teachers', [
    { title: 'Math Teacher, Grade 7', url: 'https://careers.example.com/jobs/ed-77' },
  ]);

  it('a teacher of another subject is outside a maths lead’s area; a shared job noun never ties a request to an opening', () => {
    const ask = (role: string) =>
      triage(
        `Dear Ms. Ortega, your workshop on number talks is why I'm writing. I'm applying for the ${role} position. My students' pass rate rose from 54% to 71%. Could you refer me? No worries if not.`,
        maths,
      );
    expect(ask('High School English Teacher').fit.level).toBe('none');
    expect(ask('High School English Teacher').recommendation).toBe('no');
    expect(ask('Math Teacher, Grade 7').fit.level).toBe('strong');
  });

  it('a parent writing for their child asks on someone else’s behalf', () => {
    const result = triage(
      'Dear Ms. Ortega, I am writing on behalf of my daughter, who just finished her teaching degree. Could you refer her for the Math Teacher, Grade 7 position?\nLinda',
    );
    expect(result.signals.onBehalf.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });

  it('"… is why I\'m asking you" names the reason, whatever the work is called', () => {
    const result = triage(
      "Hi Sam, your interview in Hotel Management magazine is why I'm asking you. I'm applying for the Front Office Manager role. Would you refer me?",
    );
    expect(result.signals.whyMe.present).toBe(true);
  });
});

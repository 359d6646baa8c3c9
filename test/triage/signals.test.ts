import { describe, expect, it } from 'vitest';
import type { SignalName } from '../../src/triage/index.js';
import { readRequest } from '../../src/triage/reading/reading.js';
import { noteContext } from '../../src/triage/signals/detectors.js';
import { detectSignals } from '../../src/triage/signals/signal-reading.js';

const signalsOf = (text: string, prior = 0) => detectSignals(noteContext(readRequest(text), prior));

/** Each row: a phrase that must raise the signal, and a near miss that must not. */
const CASES: Array<[SignalName, string, string]> = [
  [
    'notAReferral',
    'I already applied and the recruiter asked for references; would you be a reference for me?',
    'I already applied for the Charge Nurse role and would love a referral from you.',
  ],
  [
    'notAReferral',
    'Could you refer me to whoever owns purchasing for your warehouse scanners?',
    'Could you refer me for the Warehouse Supervisor role?',
  ],
  [
    'onBehalf',
    'I am reaching out on behalf of my client, a senior backend engineer, pending a fee agreement.',
    'I spent three years at a recruiting agency placing engineers, and now I want the Recruiting Lead role.',
  ],
  [
    'whyMe',
    'Your work on internal tools is close to what I want to do.',
    'Your talks are amazing and I love your company.',
  ],
  ['whyMe', 'We talked after the monetization panel at ProductCon.', "We haven't met, but you seem well connected."],
  [
    'whyMe',
    'I found you through your accessibility talk at Config.',
    "I saw you've been at the company for six years.",
  ],
  ['whyMe', 'Priya Natarajan suggested I reach out to you.', 'I am reaching out to many people this week.'],
  ['whyMe', 'You led the assistant launch last spring.', 'You might know someone in the ads org.'],
  [
    'whyMe',
    "Your team's work on ticket routing is exactly what I want to do next.",
    "Your company's benefits look great.",
  ],
  [
    'roleNamed',
    "I'm applying for the Senior PM, Ads Measurement role.",
    "I'd love a referral to any PM role at your company.",
  ],
  [
    'roleNamed',
    "I'm targeting platform PM roles at big companies.",
    "I'm exploring opportunities at big tech companies.",
  ],
  [
    'roleNamed',
    "I'm interested in the PM, Growth - Subscriptions opening.",
    "I'm trying to break into PM and I'm open to anything.",
  ],
  [
    'roleNamed',
    "I'm targeting data scientist roles in experimentation.",
    "I'm looking at a lot of different roles, including PM.",
  ],
  ['roleNamed', "I'm looking for design systems roles.", 'My friend is looking for a design job.'],
  ['roleNamed', "I'd love a PM role on your team.", "I'd love any role on your team."],
  [
    'roleNamed',
    'Saw this in #jobs: <https://careers.example.org/r/8810|iOS Engineer, Consumer App>.',
    "I'm a design student looking for a summer internship.",
  ],
  ['whyMe', "It's Dana, from our time together at Cloudcore.", 'During our time at Cloudcore we shipped a lot.'],
  ['whyMe', 'Since we last worked together I moved to storage.', 'Since then I have moved to storage.'],
  ['whyMe', 'Your RFC on hermetic toolchains is the reason I want this team.', 'Your RFC process seems slow.'],
  ['whyMe', 'Your write-up on scoped admin roles made me ask you.', 'I will write up my background.'],
  ['whyMe', 'I see your posts about platform as a product.', 'I see you are busy this month.'],
  ['proofPoint', 'I led a launch that cut onboarding time by 28%.', 'My work has mostly been retention and pricing.'],
  [
    'proofPoint',
    'I shipped an internal CLI used by 900 engineers.',
    "I've applied to 200 jobs and worked incredibly hard.",
  ],
  ['proofPoint', 'I got clean builds down from 41 to 12 minutes.', 'Could we do a 30 min call sometime?'],
  [
    'proofPoint',
    'I built dashboards that saved the marketing team 10 hours a week.',
    'I spent 3 weeks building dashboards for the marketing team.',
  ],
  ['proofPoint', 'I closed $3M in new ARR last year, 140% of quota.', 'I have a $3M question about quotas.'],
  [
    'proofPoint',
    'I led our design token migration across 12 products.',
    'I have worked on 12 products over my career.',
  ],
  [
    'proofPoint',
    'I built an SSO integration used by 200 enterprise customers.',
    'I talked to 200 enterprise customers last year.',
  ],
  [
    'proofPoint',
    'My tooling cut release prep by 2 days per sprint.',
    "I've been working on Bluetooth audio products for four years.",
  ],
  ['gracefulExit', 'No worries if not.', "I'd be so grateful if you could refer me."],
  ['gracefulExit', 'Refer me? Fine if no.', 'Is it fine if I send my resume?'],
  ['gracefulExit', 'If you prefer not, I understand completely.', 'I prefer remote work.'],
  [
    'gracefulExit',
    "If it's outside your world, totally understand.",
    'I would really appreciate a referral if you think I might be a fit.',
  ],
  ['gracefulExit', 'If you take a quick look and see a real match, would you refer me?', 'I know you are very busy.'],
  [
    'flattery',
    "I've followed your career for years and you're such an inspiration.",
    'Your work on internal tools is relevant to me.',
  ],
  ['flattery', 'I admire your path so much and your talks are amazing.', 'I attended your talk on design tokens.'],
  [
    'flattery',
    "You are honestly the smartest person in search I've ever followed, a true visionary.",
    'You are the hiring manager for the search team, I believe.',
  ],
  ['flattery', 'I would be so honored to work anywhere near you.', 'I would be glad to work on your team.'],
  [
    'pressure',
    "My family is depending on me landing something and I'd hate to let them down.",
    'My family moved to Lisbon last year.',
  ],
  [
    'adviceOnly',
    'Could I pick your brain over a 30 min coffee chat?',
    'Could we grab coffee, and if it fits, would you refer me?',
  ],
  [
    'pressure',
    "Please, you're my last hope. I really need this referral.",
    'I would value a referral if it makes sense.',
  ],
  ['pressure', 'I need an answer by tomorrow.', 'Applications close next month.'],
  ['followUp', 'Just bumping this once in case it got buried.', 'I just came across your post.'],
  ['placeholder', 'Hi [Name], I am applying.', 'I read [1] and the docs at [this link](https://x.example).'],
  ['placeholder', 'Hi {first_name}, could you refer me?', 'Our config uses JSON.'],
  ['placeholder', 'Thanks, <Your Name>', 'I think 3 < 5 and 7 > 2.'],
  [
    'resumeDump',
    'Please find attached my resume, portfolio, cover letter and case studies.',
    'Happy to send my resume if useful.',
  ],
  [
    'noAsk',
    'I saw the platform PM opening on your team. I led a launch that cut build times 30%.',
    'Would you be open to referring me for the platform PM role?',
  ],
];

describe('detectSignals', () => {
  it.each(CASES)('%s: raised by "%s", not by "%s"', (name, yes, no) => {
    const raised = signalsOf(yes)[name];
    expect(raised.present).toBe(true);
    expect(signalsOf(no)[name].present).toBe(false);
    if (raised.evidence) expect(readRequest(yes).text).toContain(raised.evidence);
  });

  it.each([
    ['Just bumping this once in case it got buried.', 1],
    ["I messaged you last week and twice before that and still haven't heard back.", 3],
    ['Following up again on my last two messages about the growth designer role.', 2],
    ["This is the fourth time I'm writing.", 3],
    ["I've messaged you twice now.", 2],
  ] as Array<[string, number]>)('counts bumps in "%s" as %i', (text, count) => {
    expect(signalsOf(text).followUp.count).toBe(count);
  });

  it('takes the bump count from the records when the wording says less', () => {
    const signals = signalsOf('Hi, could you refer me for the platform PM role?', 2);
    expect(signals.followUp).toMatchObject({ present: true, count: 2, evidence: null });
  });

  it('measures length on the body, not the greeting, sign-off or links', () => {
    const short = signalsOf('hi! could you refer me for this? https://careers.example.com/jobs/9911 thanks');
    expect(short.tooShort.present).toBe(true);
    const essay = signalsOf(
      `Hi Marcus,\n\n${'I have done many things in many places over the years. '.repeat(25)}\n\nBest,\nOli`,
    );
    expect(essay.tooLong.present).toBe(true);
    expect(essay.tooShort.present).toBe(false);
  });

  it('sees a job link as the named role when no title is given', () => {
    expect(signalsOf('Could you refer me for https://careers.example.com/jobs/9911 please').roleNamed.evidence).toBe(
      'https://careers.example.com/jobs/9911',
    );
  });
});

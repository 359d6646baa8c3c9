import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Whose ask it is, in the shapes the pasted training batch showed (issue 22), each rule on a note of its own. */

const forecasting = ProfileSchema.parse({
  name: 'Odile',
  teamArea: 'Data analytics for our grocery stores: demand forecasting, dashboards and store reporting',
  openRoles: [{ title: 'Senior Data Analyst, Forecasting', url: 'https://careers.example.com/jobs/da-311' }],
});

const RESULT = 'cut forecast error on fresh produce from 18% to 11% in one year';

describe('a relative passing on a wish is read as one, in more of the ways relatives write', () => {
  it('"its Marguerite from the library board, Theo\'s dad" is a parent: at most a one-pager', () => {
    const note = `Odile hi its Marguerite from the library board, Theo's dad. Theo is applying for the Senior Data Analyst, Forecasting job. At the co-op he ${RESULT}. Could you put in a good word for him? He is too modest to write you himself`;
    const out = triage(note, forecasting);
    expect(out.recommendation).toBe('one_pager');
    expect(out.candidate.name).toBe('Theo');
  });

  it('a subject line without a full stop does not hide "My wife, Ines Duarte," below it', () => {
    const note = [
      'From: Paul Duarte <paul.d@example.org>',
      'Sent: Monday, March 3, 2025 8:02 AM',
      'To: Odile <odile@example.com>',
      'Subject: Forecasting analyst opening - my wife',
      '',
      'Hi Odile,',
      '',
      'We met at the school fundraiser last spring. My wife, Ines Duarte, is applying for your Senior Data Analyst, Forecasting opening.',
      `At the co-op she ${RESULT}. Would you be open to referring her? No pressure at all.`,
      '',
      'Paul',
    ].join('\n');
    const out = triage(note, forecasting);
    expect(out.candidate.name).toBe('Ines Duarte');
    expect(out.recommendation).toBe('one_pager');
  });

  it('"my daughter in law Priya", without hyphens, is family, and "give her name to" is the ask', () => {
    const note = `Odile, great seeing you at the reunion. My daughter in law Priya is applying for the Senior Data Analyst, Forecasting role. She ${RESULT}. Any chance you could give her name to the hiring manager? No bother if not.`;
    const out = triage(note, forecasting);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.signals.gracefulExit.present).toBe(true);
    expect(out.recommendation).toBe('one_pager');
  });

  it('a mentor who says they have not worked with the candidate passes on a wish, not a vouch', () => {
    for (const said of ["I haven't worked with him directly", 'I only know him from the evening course']) {
      const note = `Hi Odile, we spoke on the same forecasting panel in May. I've been coaching Malik Osei through a data mentoring program; ${said}. He ${RESULT} and is applying for your Senior Data Analyst, Forecasting role. Would you consider referring him? Totally fine if not.`;
      const out = triage(note, forecasting);
      expect(out.candidate.name).toBe('Malik Osei');
      expect(out.recommendation).toBe('one_pager');
    }
  });
});

describe('a vouch from first-hand work is judged on its merits, however the work is said', () => {
  it.each([
    ['"I supervised X\'s thesis"', "I supervised Kenji Mori's master's thesis for two years."],
    ['"who rotated through my team"', "I'm writing about Kenji Mori, who rotated through my pricing team for a year."],
    ['"I worked with X"', 'I worked with Kenji Mori for three years at the co-op.'],
    ['"X, who built … for me"', 'Kenji Mori, who built every store dashboard for me last year, is great.'],
  ])('%s', (_, said) => {
    const note = `Odile, we met at the forecasting meetup in June. ${said} He ${RESULT}. He has applied for your Senior Data Analyst, Forecasting opening. I'd be grateful if you would refer him. If it isn't possible, I understand.`;
    const out = triage(note, forecasting);
    expect(out.candidate.name).toBe('Kenji Mori');
    expect(out.recommendation).toBe('yes');
  });

  it('"would you put her in?" asks for a referral, and the writer\'s own "I already put her in" is no offer', () => {
    const out = triage(
      `Odile, I worked with Hana Sato for two years at the co-op. She ${RESULT}. She applied to the Senior Data Analyst, Forecasting req and I already put her in through the referral portal. Would you put her in front of the hiring manager too? No pressure.`,
      forecasting,
    );
    expect(out.recommendation).toBe('yes');
  });
});

describe('an offer of people the writer does not name is a no', () => {
  it.each([
    'Would you be open to referring any of them for your Senior Data Analyst, Forecasting role?',
    'Would you consider referring this candidate for your Senior Data Analyst, Forecasting role?',
    'Our desk represents several analysts who could start next month for your Senior Data Analyst, Forecasting role.',
    "We'd like to present candidates for your Senior Data Analyst, Forecasting role through your referral program.",
  ])('%s', (ask) => {
    const note = `Hi Odile, I read your write-up on holiday demand. ${ask} One of them ${RESULT}. Best, Gil`;
    expect(triage(note, forecasting).recommendation).toBe('no');
  });
});

describe('what is not yet a referral for a posting', () => {
  it('a question about what a job pays asks for advice', () => {
    const out = triage(
      "Hey Odile, this is Rami, we met at Lena's wedding. I'm interviewing for a Senior Data Analyst role at your company. What's the salary range at that level? Totally fine if you can't share.",
      forecasting,
    );
    expect(out.signals.adviceOnly.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('a role that may open some day is a kind of work, not a posting: no yes', () => {
    const out = triage(
      `Hi Odile, Marta Lind suggested I write to you. At the co-op I ${RESULT}. If a Demand Forecasting Analyst position opens up on your team, would you keep me in mind and refer me? Totally understand if not.`,
      forecasting,
    );
    expect(out.recommendation).toBe('one_pager');
  });

  it('a forwarded note that asks "passing my name to her" is read as the note', () => {
    const note = [
      'Odile, forwarding this from a student in my evening course. Do with it what you will.',
      '',
      'Begin forwarded message:',
      '',
      'From: Tariq Amin <tariq@example.org>',
      'Subject: Forecasting role',
      '',
      'Hi Professor Wells,',
      `I'm applying for the Senior Data Analyst, Forecasting opening at Odile's company. At the co-op I ${RESULT}. Would you be comfortable passing my name to her?`,
      '',
      'Tariq',
    ].join('\n');
    const out = triage(note, forecasting);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.recommendation).not.toBe('no');
  });
});

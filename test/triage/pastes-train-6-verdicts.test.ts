import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * What the sixth training paste batch left on verdicts and names (issue 22): a pronoun or a function word
 * opening a sentence is never a name, and a possessive full name names the third person a note is about;
 * a gap the candidate states as work never done ("I never supervised a kitchen") or as a difference they
 * know of ("I know X and Y are different") makes the fit partial; a sentence that tells only how things
 * stood before gives way to the next sentence's outcome.
 */

const nursery = ProfileSchema.parse({
  name: 'Marguerite Olsen',
  teamArea: 'Botanic garden horticulture: glasshouse collections, propagation and the public display beds',
  openRoles: [{ title: 'Glasshouse Horticulturist', url: 'https://jobs.example.org/glasshouse-horticulturist' }],
});

describe('a teacher writing for a student', () => {
  const note = [
    'Dear Marguerite,',
    '',
    'You judged our spring showcase, so you may recall Tomasz Wierzbicki’s propagation trial on alpine cushions. Tomasz spent two terms in my lab and ran the mist bench for me this winter. He is applying for your Glasshouse Horticulturist opening and asked whether you might refer him; I offered to write instead.',
    '',
    'He raised strike rates on the hardest cuttings from about a third to nearly all of them. He has not yet run a public glasshouse, which I should say plainly.',
    '',
    'He is copied here. If the timing is wrong for you, I understand.',
    '',
    'Kind regards,',
    'Edith Carraway',
  ].join('\n');

  it('never names a pronoun, and reads the possessive full name as the candidate', () => {
    const out = triage(note, nursery);
    expect(out.candidate.name).toBe('Tomasz Wierzbicki');
    expect(out.writer).toBe('Edith Carraway');
    for (const draft of Object.values(out.drafts ?? {})) expect(draft).not.toMatch(/\bHe (?:send|know)\b|for He\b/);
  });

  it('a preposition opening a sentence is no given name: "Given Harlow’s new wing" names no one', () => {
    const note =
      'Hi Marguerite, I work with a very experienced glasshouse grower who is quietly looking. Given Harlow’s new tropical wing, I think they would suit your Glasshouse Horticulturist opening. Could you refer them or introduce me to your hiring manager? Happy to discuss terms.';
    expect(triage(note, nursery).candidate.name).toBeNull();
  });

  it('a firm’s possessive in an agency’s offer is no person: "Fernhill Nurseries’s new range" names no one', () => {
    const note = [
      'Hi Marguerite,',
      '',
      'I represent an outstanding glasshouse grower, twelve years under glass, who would be a great addition to Fernhill Nurseries’s new tropical range. I noticed your Glasshouse Horticulturist opening is live.',
      '',
      'I can send the anonymised CV on our usual terms (15% of first-year salary). A referral through you would speed things up.',
      '',
      'Best,',
      'Corin Ashdown',
      'Senior Consultant, Greenstaff Recruitment',
    ].join('\n');
    const out = triage(note, nursery);
    expect(out.candidate.name).toBeNull();
    expect(out.recommendation).toBe('no');
  });
});

const kitchen = ProfileSchema.parse({
  name: 'Rafael Quintero',
  teamArea: 'Hotel kitchens: banquet production, line cooking and kitchen management for a conference hotel',
  openRoles: [{ title: 'Banquet Kitchen Supervisor', url: 'https://jobs.example.com/banquet-kitchen-supervisor' }],
});

describe('a gap the candidate states against the role', () => {
  it('work never done that the role’s job does is a gap: partial fit, a one-pager', () => {
    const note =
      'Hi Rafael, I saw the Banquet Kitchen Supervisor opening on your careers page. I have been a sous chef on a hotel line for six years. I have never supervised a banquet kitchen, though I plate our weekend weddings. Last season I cut our plate waste from 14% to 6% across 40 weddings. Would you consider referring me? If not, no worries at all.';
    const out = triage(note, kitchen);
    expect(out.fit.level).toBe('partial');
    expect(out.fit.explanation).toContain('I have never supervised a banquet kitchen');
    expect(out.recommendation).toBe('one_pager');
  });

  it('"never managed to" says nothing of managing', () => {
    const manager = ProfileSchema.parse({ ...kitchen, openRoles: [{ title: 'Kitchen Manager' }] });
    const note =
      'Hi Rafael, I saw the Kitchen Manager opening. I have run the hot line at a 300-cover hotel for five years and cut our ticket times from 18 to 11 minutes. I never managed to finish culinary school, but I trained nine cooks. Would you consider referring me? If not, no worries.';
    expect(triage(note, manager).fit.explanation).not.toContain('managed to');
  });

  it('a difference the candidate says they know of, in the team’s words, is a gap', () => {
    const note =
      'Hi Rafael, I saw the Banquet Kitchen Supervisor opening. I run a 12-cook line at a steakhouse and cut our ticket times from 18 to 11 minutes last year. I know banquet production and line cooking are different, but I pick things up quickly. Would you consider referring me? Thanks either way.';
    const out = triage(note, kitchen);
    expect(out.fit.level).toBe('partial');
    expect(out.fit.explanation).toContain('are different');
    expect(out.recommendation).toBe('one_pager');
  });

  it('"I know it is different" about nothing of the role or the team is no gap', () => {
    const note =
      'Hi Rafael, I saw the Banquet Kitchen Supervisor opening. I have supervised the banquet kitchen at a 600-room conference hotel for four years and cut our plate waste from 14% to 6%. I know every city is different, but I am moving to yours in May. Would you consider referring me? If not, no worries at all.';
    expect(triage(note, kitchen).fit.level).toBe('strong');
  });
});

const clinic = ProfileSchema.parse({
  name: 'Oyelaran Bright',
  teamArea: 'Outpatient physiotherapy: sports injury rehab and post-surgical recovery',
  openRoles: [{ title: 'Senior Physiotherapist', url: 'https://jobs.example.com/senior-physio' }],
});

describe('a before-state sentence and the outcome after it', () => {
  it('the outcome the next sentence tells is the proof point, not the wait before it', () => {
    const note =
      'Hi Oyelaran, I saw the Senior Physiotherapist opening on your site. When I took over outpatients, new referrals waited up to four days for a full assessment. I split intake into two stages, and for the past year we have assessed 92% of referrals the same day; the last inspection found nothing on intake. Would you consider referring me? If not, no problem at all.';
    const proof = triage(note, clinic).signals.proofPoint;
    expect(proof.evidence).toContain('92% of referrals the same day');
    expect(proof.evidence).not.toContain('waited up to');
  });

  it('a before and after told in one sentence stays the proof point', () => {
    const note =
      'Hi Oyelaran, I saw the Senior Physiotherapist opening on your site. Return-to-sport clearance used to take ten weeks; after I rebuilt the protocol it takes six. I also mentor two junior physios. Would you consider referring me? If not, no problem at all.';
    const proof = triage(note, clinic).signals.proofPoint;
    expect(proof.evidence).toContain('used to take ten weeks');
  });
});

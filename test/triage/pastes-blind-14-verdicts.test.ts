import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';

/**
 * What the fourteenth blind batch's verdicts left (issue 22): a letter to a desk asking for any opening is a
 * broadcast; a form's role field left blank names no role; "I'm not a <job>" or "I realise that's a partial
 * match" makes the fit partial; a firm asking onto a buying list with its brochure and rates is a seller, the
 * signer its writer; a title's level ("Surveyor I at…") stays a numeral in the blurb.
 */

const brewery = ProfileSchema.parse({
  name: 'Ines Alvarado',
  teamArea: 'Brewhouse and packaging: brewing, cellaring, canning and quality',
  openRoles: [{ title: 'Cellar Operator', url: 'https://jobs.example.com/cellar-operator' }],
});
const fabrication = ProfileSchema.parse({
  name: 'Oskar Lindqvist',
  teamArea: 'Structural steel fabrication: welding, fitting, cutting and inspection',
  openRoles: [{ title: 'Pipe Welder (Structural)', url: 'https://jobs.example.com/pipe-welder' }],
});
const parks = ProfileSchema.parse({
  name: 'Harriet Osei',
  teamArea: 'Parks and open spaces: tree care, grounds maintenance and play areas',
  openRoles: [],
});
const assessor = ProfileSchema.parse({
  name: 'Margit Sørensen',
  teamArea: 'County property assessment: valuations, appeals and land records',
  openRoles: [{ title: 'Senior Property Appraiser', url: 'https://jobs.example.com/appraiser' }],
});

describe('a form letter to a desk', () => {
  it('"Dear Sir or Madam" with an ask for any suitable opening is a broadcast and a no', () => {
    const note =
      'Dear Sir or Madam,\nI would like to be considered for any suitable openings, brewing or driving, in ' +
      'your company. I have worked nine years in food production and hold a forklift licence. Please pass my ' +
      'details to the relevant department.\nYours faithfully,\nDariusz';
    const out = triage(note, brewery);
    expect(out.signals.broadcast.present).toBe(true);
    expect(out.signals.broadcast.evidence).toContain('any suitable openings');
    expect(out.recommendation).toBe('no');
  });

  it('a personal greeting with an ask for any opening is no broadcast', () => {
    const note =
      'Hi Ines,\nWe met at the cask ale festival in June. Are there any cellar openings on your team? Could you ' +
      'refer me?\nThanks,\nDariusz';
    expect(triage(note, brewery).signals.broadcast.present).toBe(false);
  });

  it('a desk greeting with a named role is no broadcast', () => {
    const note =
      'Dear Recruitment Manager,\nI am applying for the Cellar Operator role. At my current brewery I cut ' +
      'dry-hop losses from 6% to 2% in a year. Would you refer me?\nRegards,\nDariusz';
    expect(triage(note, brewery).signals.broadcast.present).toBe(false);
  });
});

describe('a role field left blank', () => {
  it('"Desired role: (none chosen)" in a portal email names no role, and any job asked is a no', () => {
    const note =
      'Referral Hub <noreply@hub.example.com>\n\nA colleague has a new request\n\nApplicant: Sunita Rao\n' +
      'Desired role: (none chosen)\nNote from applicant:\n"Any job is fine, brewing or office. I learn fast."\n';
    const out = triage(note, brewery);
    expect(out.signals.roleNamed.present).toBe(false);
    expect(out.recommendation).toBe('no');
  });
});

describe('a gap the candidate states about the role', () => {
  const ask =
    'Hi Oskar, Bea on your inspection crew suggested I write. I saw the Pipe Welder (Structural) opening. ' +
    'At the yard I cut rework on our beam fit-ups from 14% to 3% in a year.';
  it('"I\'m not a welder" makes the fit partial and the answer a one-pager', () => {
    const note = `${ask} I'm not a welder yet myself, though I hold my fitter ticket. Would you refer me? If not, no worries.`;
    const out = triage(note.replace(' yet myself', ''), fabrication);
    expect(out.fit.level).toBe('partial');
    expect(out.fit.explanation).toContain("I'm not a welder");
    expect(out.recommendation).toBe('one_pager');
  });

  it('"I understand it\'s a partial fit" makes the fit partial', () => {
    const note = `${ask} I understand it's a partial fit for a welding post. Would you refer me? If not, no worries.`;
    const out = triage(note, fabrication);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).toBe('one_pager');
  });

  it('"I\'m not a <word>" about something the role does not name leaves the fit alone', () => {
    const note = `${ask} I'm not a morning person, but I never miss a shift. Would you refer me? If not, no worries.`;
    expect(triage(note, fabrication).fit.level).toBe('strong');
  });
});

describe('a firm selling its services', () => {
  it('asking onto a preferred contractors list with its rate card is no referral; the signer writes it', () => {
    const note =
      'From: Callum Reid <callum@reidtreecare.example.co.uk>\nSubject: Tree surgery services\n\nDear Harriet,\n\n' +
      "I run a small arboriculture practice and we've pollarded the limes along two of the borough's avenues. " +
      'I would like to be put on your preferred contractors list for tree works. I enclose our rate card. ' +
      'Could you pass me on?\n\nBest wishes,\nCallum Reid\nReid Tree Care';
    const out = triage(note, parks);
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Callum Reid');
    expect(out.recommendation).toBe('no');
  });
});

describe("a title's level in the blurb", () => {
  it('"an Appraiser I at the county" keeps its numeral; the pronoun I is still retold', () => {
    expect(toThirdPerson("I'm an Appraiser I at the county and I love it.", 'Rosa Lind')).toBe(
      'Rosa Lind is an Appraiser I at the county and they love it.',
    );
    expect(toThirdPerson('In May I rebuilt the parcel map.', 'Rosa Lind')).toBe(
      'In May Rosa Lind rebuilt the parcel map.',
    );
  });

  it("a yes blurb keeps a level written after the job's noun", () => {
    const note =
      "Hi Margit, I heard your talk on mass appraisal at the state assessors meeting. I'm applying for the " +
      'Senior Property Appraiser opening. I have been a Valuer I with the city for four years and cut our appeal ' +
      'backlog from 900 to 250 cases. Would you consider referring me? If not, I understand.\nRosa Lind';
    const out = triage(note, assessor);
    expect(out.blurb).toContain('Valuer I with');
    expect(out.blurb).not.toContain('Valuer they');
  });
});

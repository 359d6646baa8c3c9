import { describe, expect, it } from 'vitest';
import { withoutRanks } from '../../src/triage/decision/ranked-names.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * Who is who in the fifteenth blind batch (issue 22): a name behind a rank or title and before "(ret.)"; a
 * candidate named in apposition to the writer's relation ("my former trainee, Ana Ruiz"); a relative's child
 * written without the apostrophe ("my nieces boy"); the fullest form given of one person; a signature block's
 * full name under a nickname sign-off and a "--" marker.
 */

const depot = ProfileSchema.parse({
  name: 'Greta Halvorsen',
  teamArea: 'Rail maintenance depot: signalling, track inspection and rolling stock repair',
  openRoles: [{ title: 'Signalling Technician', url: 'https://jobs.example.com/signalling-tech' }],
});

describe('a rank or title before a name', () => {
  it('reads the name behind a rank run and "(Ret.)"', () => {
    const note =
      'Greta,\n\nOscar here, we sat together at the depot safety forum.\n\n' +
      'Master Sergeant Dolores Achebe (Ret.) was a signals specialist under me for six years. She rebuilt our ' +
      'relay cabinets and cut fault call-outs from 30 a month to 9. She has applied for your Signalling Technician ' +
      'opening. Could you refer her? If not, no problem.\n\nOscar Lindgren';
    const out = triage(note, depot);
    expect(out.candidate.name).toBe('Dolores Achebe');
    expect(out.writer).toBe('Oscar Lindgren');
  });

  it('takes ranks, offices and religious titles off the names they stand before', () => {
    expect(withoutRanks('Judge Nadia Ferreira has')).toBe('Nadia Ferreira has');
    expect(withoutRanks('Lt. Cdr. Pieter Visser was')).toBe('Pieter Visser was');
    expect(withoutRanks('Sister Bernadette Kowal taught')).toBe('Bernadette Kowal taught');
  });

  it('leaves a job title, a possessive relative and a company alone', () => {
    expect(withoutRanks('Chief Technical Officer Nadia Ferreira is')).toBe('Chief Technical Officer Nadia Ferreira is');
    expect(withoutRanks('my Brother Tomas Ilic is')).toBe('my Brother Tomas Ilic is');
    expect(withoutRanks('General Dynamics hired me')).toBe('General Dynamics hired me');
  });
});

describe('the candidate set apart by a comma after the writer relation to them', () => {
  it('"my old night-shift trainee, First Last" names the candidate', () => {
    const note =
      'Hi Greta, Bronwyn from the Eastleigh yard here. Writing about my old night-shift trainee, Kwame Osei. ' +
      'He spent a year on points maintenance with me and cleared our inspection backlog. He has applied for the ' +
      'Signalling Technician role; if you could refer him I would be grateful, and no worries if not.\nBronwyn Tate';
    const out = triage(note, depot);
    expect(out.candidate.name).toBe('Kwame Osei');
    expect(out.writer).toBe('Bronwyn Tate');
  });

  it('a relative in the same place is no one the writer trained', () => {
    const note =
      'Hi Greta, my younger sister, Ilse Brandt, is looking for signalling work. She finished her level 3 ' +
      'course in June. Could you refer her for the Signalling Technician role?\nKarl Brandt';
    expect(triage(note, depot).candidate.name).toBe('Ilse Brandt');
  });
});

describe('a relative written without the apostrophe', () => {
  it('"my nieces girl" is someone the writer asks for, not the writer', () => {
    const note =
      'hi greta its Maureen from the allotment. My nieces girl just left college and wants work, any job at the ' +
      'depot would do. can you get her in?';
    const out = triage(note, depot);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Maureen');
  });

  it('"my brothers son" too', () => {
    const note =
      'Hello Greta, its Desmond from the bowls club. My brothers son is looking for an apprenticeship, anything ' +
      'going at your place?';
    const out = triage(note, depot);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Desmond');
  });
});

describe('the fullest form of one name', () => {
  it('a short form in the subject gives way to the fuller form in the body', () => {
    const note =
      'Subject: About my nephew Sam\n\nGreta,\n\nWe met at the open day last spring. My nephew Samuel has just ' +
      'finished his signalling apprenticeship and would love the Signalling Technician opening. Could you refer ' +
      'him?\n\nBest,\nHarold Quinn';
    expect(triage(note, depot).candidate.name).toBe('Samuel');
  });
});

describe('a nickname sign-off over a signature block under "--"', () => {
  it('the block name in full is the writer', () => {
    const note =
      'Hi Greta,\n\nWe met at the depot safety forum in May. I am applying for the Signalling Technician role: ' +
      'at Northline I cut relay faults by 40% in a year. Would you refer me? If not, no worries.\n\nThanks,\nFee' +
      '\n\n--\nFelicity Adeyemi-Rhodes\nSignalling Maintainer\nfliss.example.com';
    expect(triage(note, depot).candidate.name).toBe('Felicity Adeyemi-Rhodes');
  });

  it('a sign-off that is no short form of the block name stays', () => {
    const note =
      'Hi Greta,\n\nWe met at the depot safety forum in May. I am applying for the Signalling Technician role. ' +
      'Would you refer me?\n\nThanks,\nPip\n\n--\nOrla Byrne\nOffice Manager, Byrne Rail Hire';
    expect(triage(note, depot).candidate.name).toBe('Pip');
  });
});

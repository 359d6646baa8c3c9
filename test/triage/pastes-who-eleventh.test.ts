import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in the eleventh batch's shapes (issue 22): a survey's sender is its writer, an agency that
 * says "I represent" an unnamed person offers no candidate, and a former manager who names the one who
 * ran their crew vouches for them. Notes written for these tests.
 */

const team = referrerNamed('Alex');

describe('a note that asks for no one', () => {
  it("a researcher's survey is signed by its sender, who is no candidate", () => {
    const result = triage(
      [
        'Priyanka Deshmukh (External)  2:14 PM',
        'Hi Alex, I am a master’s student in urban planning. We are conducting a short survey on commuting habits among transit maintenance staff.',
        'Priyanka Deshmukh (External)  2:15 PM',
        'Could you fill it in and pass it to your crew? https://forms.example.org/commute-study',
      ].join('\n'),
      team('Rail fleet maintenance', 'Rolling Stock Technician'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Priyanka Deshmukh');
  });
});

describe('an agency that offers someone it does not name', () => {
  it('"I represent a seasoned planner" is a recruiter writing, with no candidate, and a no', () => {
    const result = triage(
      [
        'Subject: Confidential candidate - Fleet Planner',
        'From: Colm Hennessy <colm@harbourline-search.example.com>',
        '',
        'Hello Alex,',
        '',
        'I represent a seasoned fleet planner (with a national rail operator today) who cut unplanned depot moves by 22% last year. She would consider your Fleet Planner role and I can introduce her to you alone.',
        '',
        'Our fee is 18% of first-year salary, terms attached. Let me know this week.',
        '',
        'Best,',
        'Colm Hennessy',
        'Principal Consultant | Harbourline Search',
      ].join('\n'),
      team('Rail fleet maintenance and planning', 'Fleet Planner'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Colm Hennessy');
  });
});

describe("a former manager's first-hand vouch", () => {
  it('"Noor Haddad ran my evening crew … I was her line manager" names Noor as the candidate', () => {
    const result = triage(
      [
        'Gareth Pryce  4:05 PM',
        'Alex, hope the depot is treating you well.',
        'Noor Haddad ran my evening crew at the Cardiff depot for four years, and I was her line manager throughout. She brought brake-related defects down from 31 to 9 a quarter.',
        'She has applied for your Rolling Stock Technician opening and I would put my name on her any day. If it is not right for you, no problem at all.',
      ].join('\n'),
      team('Rail fleet maintenance', 'Rolling Stock Technician'),
    );
    expect(result.candidate.name).toBe('Noor Haddad');
    expect(result.writer).toBe('Gareth Pryce');
  });
});

describe("an InMail whose sender's name is only in its header", () => {
  it('the name line over the headline and "InMail · date" names the candidate', () => {
    const result = triage(
      [
        'Oluwaseun Adeyemi',
        'Depot Maintenance Planner at Westway Rail Services',
        'InMail · Jan 12',
        '',
        'Rolling Stock Technician role',
        '',
        'Hello Alex,',
        '',
        'I saw the Rolling Stock Technician role on your careers page. Since four years I plan bogie overhauls and I also do the brake testing on our Class 158 units. Would you be able to refer me? If it is not possible I fully understand.',
        '',
        'Kind regards',
        '',
        'Reply   Not interested',
      ].join('\n'),
      team('Rail fleet maintenance', 'Rolling Stock Technician'),
    );
    expect(result.candidate.name).toBe('Oluwaseun Adeyemi');
    expect(result.writer).toBeNull();
  });
});

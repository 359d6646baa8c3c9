import { describe, expect, it } from 'vitest';
import { namedSubject } from '../../src/triage/decision/named-subject.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * Whose ask it is (issue 22, point 5), in the shapes the third development batch showed: a named third
 * person whom the note's sentences are about, with the writer asking for them; a manager's first-hand
 * vouch; an agency that describes its candidate before naming them. And the other way: a candidate's own
 * note that speaks of a partner or a cousin stays their own.
 */

const physio = ProfileSchema.parse({
  name: 'Wendelin',
  teamArea: 'Outpatient musculoskeletal physiotherapy at Riverside Community Clinics',
  openRoles: [{ title: 'Senior Physiotherapist, MSK', url: 'https://jobs.example.org/riverside/msk-204' }],
});

describe('a relative writes about a named candidate, who is the subject of the note', () => {
  it('"I\'m emailing about my son, X" in a mail, with no "for him" in the ask', () => {
    const note = [
      'From: Birgit Lindqvist <birgit.l@example.net>',
      'To: Wendelin Aas <wendelin@riverside.example.org>',
      'Subject: The MSK physio post',
      '',
      'Dear Wendelin,',
      '',
      "You'll remember me from the allotment committee. I'm emailing about my son, Tobias Lindqvist-Ahmed.",
      '',
      "Tobias has worked as a band 5 physiotherapist at St Anne's for three years. He set up the knee class there that cut the waiting list from 60 people to 14. He has seen the Senior Physiotherapist, MSK post on your site.",
      '',
      'Is there anything you could do? If not, I understand entirely.',
      '',
      'With best wishes,',
      'Birgit',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Tobias Lindqvist-Ahmed');
    expect(out.writer).toBe('Birgit Lindqvist');
    expect(out.recommendation).toBe('one_pager');
  });

  it('an aunt on WhatsApp: "My niece X qualified…", "find her something", signed with her family title', () => {
    const note = [
      '[14/10/2026, 19:02] Ragnhild Berg: Wendelin hello, Ragnhild from the ferry choir',
      '[14/10/2026, 19:03] Ragnhild Berg: My niece Sunniva Berg qualified as a physio in July and has not found a post yet.',
      '[14/10/2026, 19:03] Ragnhild Berg: She is a lovely girl and very hard working.',
      '[14/10/2026, 19:04] Ragnhild Berg: Please find her something at the clinics, anything at all',
      '[14/10/2026, 19:04] Ragnhild Berg: Auntie Ragnhild',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Sunniva Berg');
    expect(out.writer).toContain('Ragnhild');
    expect(out.recommendation).toBe('no');
  });

  it('a husband on Telegram who signs "Dev (Anjali\'s husband)": the note is for Anjali', () => {
    const note = [
      'Dev Raman',
      'last seen recently',
      '',
      'Hello Wendelin, sorry for the message out of nowhere',
      'Anjali has been an MSK physio for six years and her clinic is closing in December.',
      "She's looking at anything in outpatients, she would happily take a band 6.",
      "She's too proud to ask people herself so I am.",
      "Dev (Anjali's husband, from the running club)",
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Anjali');
    expect(out.writer).toContain('Dev');
    expect(out.recommendation).not.toBe('yes');
  });
});

describe('a manager who vouches from first-hand work, with the candidate named, is judged on merits', () => {
  it.each([
    ['"someone on my own team" and "X has worked for me"', 'Ruairí Madden has worked for me since 2021.'],
    ['"X has been reporting to me"', 'Ruairí Madden has been reporting to me for three years.'],
  ])('%s', (_, said) => {
    const note = [
      'Hi Wendelin,',
      '',
      "We met at the CSP conference in Harrogate. Our Westgate clinic is closing, and I'd like to recommend someone from my own team for your Senior Physiotherapist, MSK post.",
      '',
      `${said} He cut our shoulder clinic's waiting time from 11 weeks to 4 in one year. He is calm with anxious patients and the juniors love him.`,
      '',
      "If you're open to referring him, he'll send his CV directly. If the timing is wrong, no problem at all.",
      '',
      'Best,',
      'Colm',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Ruairí Madden');
    expect(out.writer).toBe('Colm');
    expect(out.signals.onBehalf.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });
});

describe('an agency that describes its candidate, then names them with a title', () => {
  it('"I\'m representing a talented physiotherapist" … "Ms Ifeoma Chukwu holds": named, and still an agency\'s offer', () => {
    const note = [
      'Good morning Wendelin,',
      '',
      "I'm a consultant at CarePath Recruitment and I'm representing a talented senior physiotherapist for your Senior Physiotherapist, MSK post.",
      '',
      "Ms Ifeoma Chukwu holds HCPC registration and eight years' MSK experience. Last year her caseload discharge rate rose from 52% to 71%.",
      '',
      'Could you put her CV to the clinical lead? Ifeoma has other offers, so I need an answer by Friday.',
      '',
      'Kind regards,',
      'Seamus Doyle',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Ifeoma Chukwu');
    expect(out.writer).toBe('Seamus Doyle');
    expect(out.signals.onBehalf.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });
});

describe("a candidate's own note that speaks of a relative stays the candidate's own", () => {
  it('"my partner is finishing her PhD near you" names no one for the note to be about', () => {
    // The note as a whole is read by who.ts's other rules; this rule adds nothing to it.
    const body =
      "Hi Wendelin, my partner is finishing her PhD near you, so we're moving to Riverside in the spring.\nI've been an MSK physio at Hillcrest for five years and she says the clinics are great.\nShe has a year left.\nIs the Senior Physiotherapist, MSK post still open?";
    expect(namedSubject(body, body, ['Oskar Virtanen', 'Wendelin'])).toBeNull();
  });

  it('the writer or the one greeted is never the one the note is about', () => {
    const body = 'Noor Haddad here.\nNoor Haddad has led two clinics.\nShe is looking for a post.\nShe has applied.';
    expect(namedSubject(body, body, ['Noor Haddad'])).toBeNull();
    expect(namedSubject(body, body, [])).toEqual({ name: 'Noor Haddad', kin: false });
  });

  it('a named partner who is the subject of two sentences, in a note that asks for its writer', () => {
    const note = [
      'Hi Wendelin,',
      '',
      'My partner, Hanne Sørlie, starts a lectureship at the university in March. She found us a flat near the Riverside clinics. She says the area is lovely.',
      '',
      "I've spent six years as an MSK physio and cut our hip-clinic DNA rate from 18% to 7%. I'm applying for the Senior Physiotherapist, MSK post. If it isn't a fit, I understand.",
      '',
      'Best wishes,',
      'Leif Dahl',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Leif Dahl');
    expect(out.writer).toBeNull();
  });

  it('a cousin who works beside the referrer sent the writer: she is the go-between', () => {
    const note = [
      'Hi Wendelin,',
      '',
      'My cousin Pilar Reyes works on your team. Pilar said the MSK post is still open. She mentioned you like a short note.',
      '',
      "I've been a physiotherapist for seven years and I set up a falls class that cut readmissions by a third. Is the Senior Physiotherapist, MSK post still open? Happy to hear no.",
      '',
      'Thanks,',
      'Marisol Vega',
    ].join('\n');
    const out = triage(note, physio);
    expect(out.candidate.name).toBe('Marisol Vega');
    expect(out.writer).toBeNull();
  });
});

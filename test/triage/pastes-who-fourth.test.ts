import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';
import { resultAround } from '../../src/triage/writing/result-clause.js';
import { firstName } from '../../src/triage/writing/wording.js';

/** Who is who, and what a blurb keeps, in the shapes the fourth blind batch showed (issue 22). */

const lab = ProfileSchema.parse({
  name: 'Greta',
  teamArea: 'Water treatment operations: plant operators, lab analysts and process engineers',
  openRoles: [{ title: 'Process Engineer', url: 'https://careers.example.com/jobs/pe-31' }],
});

const ownAsk =
  'I run the filtration train at Ashford Water; last year I brought turbidity excursions from 14 a quarter to 2. I applied for your Process Engineer opening (https://careers.example.com/jobs/pe-31). Would you refer me? No worries if not.';

describe('mail names behind a banner or a title', () => {
  it("Outlook's first-contact tip above the header is a banner, not the note", () => {
    const note = `You don't often get email from tomas.reyes@example.org. Learn why this is important\n\nFrom: Tomas Reyes <tomas.reyes@example.org>\nSent: Monday, March 2, 2026 9:00 AM\nTo: Greta Lind\nSubject: Process Engineer\n\nHi Greta,\n\n${ownAsk}\n\nTomas`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Tomas Reyes');
    expect(out.recommendation).not.toBeNull();
  });

  it("a header's title goes before its quoted nickname is read", () => {
    const note = `From: Dr. Cornelius "Neil" Abara <neil@example.org>\nSubject: Process Engineer\nTo: Greta Lind <greta@example.com>\n\nGreta,\n\n${ownAsk}\n\nNeil`;
    expect(triage(note, lab).candidate.name).toBe('Cornelius Abara');
  });
});

describe('the one a writer speaks for', () => {
  it('a relative named with the name they go by in parentheses', () => {
    const note = `Hi Greta,\n\nMy husband Tae-yang (Sunny) Cho is applying for your Process Engineer role. He has run a desalination skid for six years.\n\nCould you put a word in for him? Fine if not.\n\nIlse`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Sunny Cho');
    expect(out.writer).toBe('Ilse');
  });

  it("'on behalf of my student X (goes by Y)' names the student in full", () => {
    const note = `Dear Greta,\n\nI am writing on behalf of my master's student Trần Thị Lan (goes by Lan), who finishes in May and is applying for your Process Engineer opening.\n\nI have supervised Lan for two years; she cut our pilot reactor's sludge yield by 30%.\n\nBest,\nHerbert Kline`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Trần Thị Lan');
    expect(out.writer).toBe('Herbert Kline');
  });

  it('a name opening on a lone initial is said whole; an agency describing a role, not a person, names no one', () => {
    expect(firstName('J. P. Okafor')).toBe('J. P. Okafor');
    expect(firstName('A.J. Whitlock')).toBe('A.J.');
    const note =
      "Hi Greta, I'm a recruiter at Brookline Search representing a strong candidate for your Engineer, Process opening. Could you refer her? Happy to send her CV.";
    expect(triage(note, lab).candidate.name).toBeNull();
  });

  it('an agency may describe the one it offers before naming them', () => {
    const note = `Hi Greta,\n\nI'm representing a seasoned process engineer, Ludmila Ostrova, PE, who is open to a move. Could you refer Ludmila for the Process Engineer role?\n\nRegards,\nBarnaby Holt\nHolt Technical Search`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Ludmila Ostrova');
    expect(out.writer).toBe('Barnaby Holt');
  });

  it('an offer of a group names no one in it, not the school that sends it', () => {
    const note = `Hi Greta,\n\nI place graduates for the Harbor Tech Institute, a night program in plant operations. Would you consider referring a few of our graduates for roles at Ashford Water? I can send profiles.\n\nFenella Rook\nPlacement Lead | Harbor Tech Institute`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Fenella Rook');
  });

  it('a cover saying someone asked for the note to be sent on makes its sender the carrier', () => {
    const note = `From: Pell, Osric <osric.pell@example.com>\nSent: Tuesday, March 3, 2026 8:00 AM\nTo: Lind, Greta <greta@example.com>\nSubject: FW: Process Engineer\n\nGreta - a neighbour asked me to pass this on. I can't speak to her work.\n\nOsric\n\n-----Original Message-----\nFrom: Wilhelmina Acosta <w.acosta@example.org>\nSent: Monday, March 2, 2026 9:00 PM\nTo: Pell, Osric <osric.pell@example.com>\nSubject: Process Engineer\n\nHi Osric, thanks for offering. Hi Greta - I'm applying for the Process Engineer opening and would appreciate a referral.\n\nWilhelmina`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Wilhelmina Acosta');
    expect(out.writer).toBe('Osric Pell');
  });

  it('two people greeted and introduced to each other: the one who is not the referrer is the candidate', () => {
    const note = `Greta, Oyelaran — introducing you two, as I said I would.\n\nGreta runs the plant at Ashford; Oyelaran Bankole has spent five years on membrane systems, where his fouling program cut cleaning cycles from 12 a year to 5. He hopes to join a treatment team.\n\nBest,\nMarguerite Lowe`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Oyelaran Bankole');
    expect(out.writer).toBe('Marguerite Lowe');
  });

  it("a chat label with a quoted nickname and a day before its time names the writer, not 'Yesterday'", () => {
    const label = (t: string) => `Cordelia "Dee" Marsh, Yesterday ${t}`;
    const note = `${label('3:01 PM')}\nhi Greta!\n${label('3:02 PM')}\nquick one: Piet Vos, who ran the clarifiers beside me at Ashby for 4 years, is applying for your Process Engineer role. I worked with him daily\n${label('3:03 PM')}\nhe cut polymer use 22% in one year. would you refer him? no worries if not`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Piet Vos');
    expect(out.writer).toBe('Cordelia Marsh');
  });

  it('a résumé pasted bare: the name on its first line, or in its Name: field', () => {
    const top = `IMOGEN ASHWORTH-BELL\nLeeds | +44 7700 900123 | imogen.ab@example.org\n\nSUMMARY\nPlant operator, eight years.`;
    const field = `CURRICULUM VITAE\n\nName: Chidubem Okafor\nDate of Birth: 02/03/1995\n\nEXPERIENCE\nLab analyst, Enugu Water Board`;
    expect(triage(top, lab).candidate.name).toBe('Imogen Ashworth-Bell');
    expect(triage(field, lab).candidate.name).toBe('Chidubem Okafor');
  });

  it("a community leader's 'one of our young people, X' is passed on, not an offer", () => {
    const note = `Dear Greta,\n\nI am writing about one of our young people, Tobiah Mensah. Tobiah finished his water operator certificate in June. He mentioned you have a Process Engineer opening. If you felt able to recommend him, it would mean a lot.\n\nBlessings,\nDeacon Abel Forde`;
    const out = triage(note, lab);
    expect(out.candidate.name).toBe('Tobiah Mensah');
    expect(out.writer).toBe('Abel Forde');
    expect(out.recommendation).not.toBe('yes');
  });
});

describe("a blurb's result and its numerals", () => {
  it('a level after an acronym is never the pronoun', () => {
    expect(toThirdPerson("I'm an RA I at Halden Labs.", 'Oona')).toBe('Oona is an RA I at Halden Labs.');
  });

  it('a share against a mark stays with the sum it measures, and a participle with its subject', () => {
    const clause = resultAround(
      'Last year I led the rebuild of the east clarifier, finished at $2.4m, 7% under the board budget, and I trained two operators.',
    );
    expect(clause).toContain('I led the rebuild of the east clarifier');
    expect(clause).toContain('7% under the board budget');
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Who is who in shapes the seventh blind batch showed (issue 22): titles, chat tops, mail openings, vouches. */

const yard = ProfileSchema.parse({
  name: 'Ines',
  teamArea: 'Warehouse operations: forklift drivers, pickers and shift leads',
  openRoles: [{ title: 'Shift Lead, Nights', url: 'https://jobs.example.com/lead-9' }],
});

const result = 'Last winter I cut mis-picks on my shift from 4% to 1% by redoing the slotting map.';
const ask = `I've applied for your Shift Lead, Nights opening (https://jobs.example.com/lead-9). ${result} Could you refer me? No worries if not.`;
const who = (note: string) => {
  const out = triage(note, yard);
  return { name: out.candidate.name, writer: out.writer ?? null };
};

describe('titles and departments are never names', () => {
  it('a role title in the subject is not the candidate; the person vouched for is', () => {
    const note = `Subject: Referral for Legal Counsel: Teodora Vlasic\n\nHi Ines,\n\nIt's Bram from the old depot. Teodora Vlasic and I ran the night dock together for two years. She has applied for your Shift Lead, Nights role and she halved our trailer wait times.\n\nIf you're happy to refer her, great. No problem if not.\n\nBest,\nBram Okafor\nSenior Legal Counsel`;
    const out = who(note);
    expect(out.name).toBe('Teodora Vlasic');
    expect(out.writer).toBe('Bram Okafor');
  });

  it('a department in the From line is no writer; the person signing is', () => {
    const note = `From: Student Services <students@example-college.example.com>\nTo: ines@example.com\nSubject: Our graduates\n\nHi Ines,\n\nI'm from the Student Services office. Would you refer some of our logistics graduates to your open roles?\n\nThanks,\nWilhelmina Osei\nEmployer Relations | Example College`;
    const out = who(note);
    expect(out.writer).toBe('Wilhelmina Osei');
    expect(out.name).toBeNull();
  });

  it('a kitchen title before a chat label is dropped like "Coach"', () => {
    const note = `[3/4/24, 9:01 PM] Chef Antoine: hey Ines!\n[3/4/24, 9:02 PM] Chef Antoine: my dishwasher Lio Fonoti has been with me 4 years, steady guy, never late\n[3/4/24, 9:02 PM] Chef Antoine: can you find something for him on your team? he'll do anything`;
    const out = who(note);
    expect(out.writer).toBe('Antoine');
    expect(out.name).toBe('Lio Fonoti');
  });
});

describe('chat shapes the name comes from', () => {
  it('a label with a lower-case particle and a time names the writer', () => {
    const note = `Maartje van den Broek  8:05 AM\nhi Ines, ${ask}`;
    expect(who(note).name).toBe('Maartje van den Broek');
  });

  it('a credential after the label is not read as a given name', () => {
    const note = `Kofi Boateng, MBA (He/Him)  10:12 AM\nHi Ines! ${ask}\nKofi Boateng, MBA (He/Him)  10:13 AM\nthanks either way`;
    expect(who(note).name).toBe('Kofi Boateng');
  });

  it("a relative's thread top over the app's status is the writer, not the candidate", () => {
    const note = `Rosalind Achterberg\nlast seen today at 20:14\nHi Ines, my nephew Tavita Leota drives forklift at a cold store in Tacoma and has applied for your Shift Lead, Nights job. Could you maybe refer him? Only if it feels right!`;
    const out = who(note);
    expect(out.writer).toBe('Rosalind Achterberg');
    expect(out.name).toBe('Tavita Leota');
  });
});

describe('mail openings the header is read from', () => {
  it('a subject line over the From field still gives the sender', () => {
    const note = `Subject: Shift Lead, Nights - referral?\nFrom: Zainab Oyelowo-Grant <z.og@example.com>\nTo: ines@example.com\n\nHi Ines,\n\nWe met at the safety day in May. ${ask}\n\nThanks,\nZainab`;
    expect(who(note).name).toBe('Zainab Oyelowo-Grant');
  });

  it('a Gmail sender line over "Attachments" and a date still names the sender', () => {
    const note = `Shift Lead question\n\nHenrik Solberg <h.solberg@example.se>\nAttachments\nTue, Apr 2, 7:40 PM\nto me\n\nHi Ines,\n\n${ask}\n\nHenrik`;
    expect(who(note).name).toBe('Henrik Solberg');
  });

  it('a name set off by commas before "has applied" is the person a letter vouches for', () => {
    const note = `Dear Ines,\n\nA former trainee of mine from the depot course, Amara Nwankwo, has applied for your Shift Lead, Nights position. She ran our busiest loading bay for a year.\n\nWould you be willing to refer her? Only if you think it right.\n\nWarm regards,\nProf. Edwin Castellanos`;
    const out = who(note);
    expect(out.name).toBe('Amara Nwankwo');
    expect(out.writer).toBe('Edwin Castellanos');
  });
});

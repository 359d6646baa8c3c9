import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * Who is who in the shapes the eighth blind batch brought (issue 22), each in new wording: read by what
 * a line is (a banner, a title line, a heading, a headline, a button, a sender over its recipients),
 * never by the app that printed it.
 */

const profile = warehouseReferrer;
const ask =
  "I'm applying for the Inbound Operations Supervisor role. I've run receiving at a 300k sq ft DC for four years, and after I moved us to dock appointments, trailer dwell fell from 22 to 8 hours. Would you be open to referring me? No worries if not.";
const who = (paste: string) => {
  const result = triage(paste, profile);
  return { name: result.candidate.name, writer: result.writer ?? null };
};

describe('the eighth batch: clutter that hid or stood in for a name', () => {
  it("a security tag's caution sentence is the mail system's, so the header under it is read", () => {
    const paste = [
      '[EXTERNAL] Exercise caution when opening links or attachments.',
      '',
      'From: Wendell Abernathy <w.abernathy@example.net>',
      'Subject: Inbound Operations Supervisor',
      '',
      'Hi Marta,',
      ask,
      'Thanks,',
      'Wendell',
    ].join('\n');
    expect(normalizeRequest(paste).text).not.toMatch(/caution/i);
    expect(who(paste).name).toBe('Wendell Abernathy');
  });

  it('a "Title | Company Co." line under an unsigned name is the signature, and a trade title is no name', () => {
    const paste = [
      'Marta -',
      '',
      "Writing for my apprentice Odalys Ferrante. She wants the Inbound Operations Supervisor job. She has run my receiving dock for two years and I've watched her cut trailer dwell from 20 to 9 hours.",
      '',
      'Desmond Achterberg',
      'Site Superintendent | Brannock Builders Co. | Local 412',
    ].join('\n');
    const { name, writer } = who(paste);
    expect(name).toBe('Odalys Ferrante');
    expect(writer).toBe('Desmond Achterberg');
  });

  it('a heading over a list ("Highlights:") is no speaker', () => {
    const paste = [
      'Hi Marta,',
      'I am representing a receiving lead (name held until terms are signed) for your Inbound Operations Supervisor role.',
      '',
      'Key points:',
      '- 12 years in inbound',
      '- Cut dock-to-stock from 3 days to 1',
      '',
      'My fee is 18% of first-year salary. Connect with me on LinkedIn!',
      '',
      'Regards,',
      'Priscilla Vandermeer',
    ].join('\n');
    expect(who(paste)).toEqual({ name: null, writer: 'Priscilla Vandermeer' });
  });

  it("an invitation page: the headline in title case is screen text, and its buttons are no one's name", () => {
    const paste = [
      'Invitations',
      'Manage all',
      '',
      'Tomasz Wierzbicki',
      'Inbound Receiving Lead at Corvel Bottling and Packaging Co',
      '8 mutual connections',
      '3 days ago',
      `"Hi Marta - ${ask} - Tomasz"`,
      'Reply to Tomasz',
      'Ignore   Accept',
    ].join('\n');
    expect(who(paste).name).toBe('Tomasz Wierzbicki');
    expect(normalizeRequest(paste).text).not.toMatch(/Ignore|Accept|Reply to/);
  });

  it("a phone mail app's sender over its recipients and a stamp, under a subject that is a question", () => {
    const paste = [
      'Inbox',
      '',
      'Could you refer me for the supervisor job?',
      '',
      'Trần Minh Khoa',
      'to me · 7:05 PM',
      'View details',
      '',
      'Hi Marta,',
      ask,
      'Best,',
      'Khoa Tran',
    ].join('\n');
    expect(who(paste).name).toBe('Trần Minh Khoa');
  });

  it('a sender over a "To:" line and a day stamp is mail, not a chat contact over a stamp', () => {
    const paste = [
      'Inbound Operations Supervisor - would you refer me?',
      '',
      'Marisol Quintanilla',
      'To: Marta Lindqvist',
      'Yesterday, 9:12 PM',
      '',
      'Hi Marta,',
      ask,
      'Thank you,',
      'Marisol Quintanilla',
      'Receiving Lead - Nights | DC 14 Reno, NV',
      'Corvel Bottling',
    ].join('\n');
    const result = triage(paste, profile);
    expect(result.candidate.name).toBe('Marisol Quintanilla');
    expect(result.drafts?.yes).toMatch(/^(?:Hi|Hey|Hello) Marisol\b/);
  });

  it("a résumé paste from a mail page: the header's full name over a nickname in the sign-off", () => {
    const paste = [
      'Outlook Mail',
      '',
      'My resume',
      '',
      'Bartholomew Okonkwo <bokonkwo@example.com>',
      'To: marta@example.com',
      'Tue, Mar 3 at 7:40 AM',
      '',
      'Hello, please see my resume below and tell me which jobs fit me.',
      '',
      'Thanks,',
      'Bart',
    ].join('\n');
    expect(who(paste).name).toBe('Bartholomew Okonkwo');
  });

  it("a referral form's Candidate field names whom it is for", () => {
    const paste = [
      'New referral request',
      '',
      'Candidate: Ingrid Sørensen-Lund',
      'Target role: Inbound Operations Supervisor',
      '',
      "Candidate's note:",
      '"I run receiving for a grocery DC and would love a referral for this role."',
    ].join('\n');
    expect(who(paste).name).toBe('Ingrid Sørensen-Lund');
  });
});

describe('the eighth batch: notes that ask for no one, and a forward pointed at', () => {
  it("a seller asking for a demo writes the note; there's no candidate", () => {
    const paste =
      'Hi Marta, DockSight schedules inbound trailers for DCs like yours and flags late carriers before they arrive. Would you be up for a 20-minute demo on Thursday? If not, just say so. Cheers, Rowan Pemberly';
    expect(who(paste)).toEqual({ name: null, writer: 'Rowan Pemberly' });
  });

  it('an expert network asking for a paid call writes the note; there is no candidate', () => {
    const paste =
      "Dear Marta, I'm Celestine Moreau with Vantage Expert Partners. A client is studying cold-chain warehousing and would value a paid 30-minute phone consult with you. We pay $250 per hour. Kind regards, Celestine Moreau";
    expect(who(paste)).toEqual({ name: null, writer: 'Celestine Moreau' });
  });

  it('a survey on how employee referrals are used asks for no one', () => {
    const paste =
      'Dear Marta, my name is Ezekiel Harcourt and I study how warehouses hire supervisors, including the role of employee referrals. Would you complete a 10-minute survey? If not, please ignore this. Ezekiel Harcourt';
    expect(who(paste)).toEqual({ name: null, writer: 'Ezekiel Harcourt' });
  });

  it("a cover pointing at the forwarded mail below is written for the forwarded mail's sender", () => {
    const paste = [
      'From: Gus Van Alstyne <gus@example.org>',
      'To: Marta Lindqvist',
      'Subject: Fwd: supervisor opening',
      '',
      'Marta - my neighbour’s daughter, read her note below. Sharp kid. Gus',
      '',
      '---------- Forwarded message ---------',
      'From: Noor Haddad-Whitlock <noor.hw@example.com>',
      'To: Gus Van Alstyne',
      'Subject: supervisor opening',
      '',
      'Hi Mr. Van Alstyne,',
      'Thank you for offering to pass this on. I saw the Inbound Operations Supervisor opening at Marta’s company; I lead a receiving shift at a grocery DC. I would love to be considered.',
      'Best,',
      'Noor Haddad-Whitlock',
    ].join('\n');
    expect(who(paste)).toEqual({ name: 'Noor Haddad-Whitlock', writer: 'Gus Van Alstyne' });
  });
});

describe('the eighth batch: speakers without a name on their line, and a notice that names one', () => {
  it('a username over its messages marks a speaker, and the note signs the name', () => {
    const paste = [
      'Direct Messages',
      'dock_wrangler88',
      '',
      'dock_wrangler88 — Today at 9:02 AM',
      "hey Marta, we've swapped notes in #inbound on the Warehouse Nerds server",
      ask,
      '— Leopold Mbeki-Strand (Leo)',
      'dock_wrangler88 — Today at 9:03 AM',
      'Message @dock_wrangler88',
    ].join('\n');
    expect(who(paste).name).toBe('Leopold Mbeki-Strand');
  });

  it('a forward copied without stamps ("Name: message") is a transcript, and its main speaker writes', () => {
    const paste = [
      '↪ Forwarded',
      'Gisela Brandão: Marta!! Forwarding you what my cousin Tiago sent me',
      '↪ Forwarded',
      'Tiago Ferraz: Gisela can you ask your friend if the DC is hiring a receiving lead?? I run nights at a grocery DC',
      'Gisela Brandão: He is a hard worker, he ran the dock for my uncle for years. Can you help him? Only if easy for you',
    ].join('\n');
    const { name, writer } = who(paste);
    expect(name).toMatch(/^Tiago\b/);
    expect(writer).toBe('Gisela Brandão');
  });

  it('a saved contact with a title ("Mrs Adaeze Obi:") is still a speaker', () => {
    const paste = [
      'Mrs Adaeze Obi:',
      'Good evening Marta, it is Adaeze, Emeka’s mother from the choir.',
      'My son Emeka wants the Inbound Operations Supervisor job at your DC. Can you put in a good word for him?',
      'Marta Lindqvist:',
      'Hello! Let me look.',
      'Mrs Adaeze Obi:',
      'Thank you ma.',
    ].join('\n');
    expect(who(paste).writer).toMatch(/^Adaeze\b/);
  });

  it("a job board's notice names the sender of the message quoted under it", () => {
    const paste = [
      'ShiftBoard',
      'New message from a job seeker',
      '',
      'Kwabena Asante-Mills is interested in: Inbound Operations Supervisor - Corvel Foods',
      '',
      'Message:',
      `"Hello Marta, ${ask}"`,
      '',
      'Reply through ShiftBoard to keep your email private.',
    ].join('\n');
    expect(who(paste).name).toBe('Kwabena Asante-Mills');
  });
});

describe('the eighth batch: the result a blurb retells', () => {
  it("a margin against the market's mark is the result, not the size of the deal beside it", () => {
    const paste =
      "Hi Marta, I'm applying for the Inbound Operations Supervisor role. On our last bond sale I built the pricing model for the $220 million sewer revenue bonds; the 2031 maturities priced 6 basis points inside comparable deals. Would you refer me? No worries if not. Best, Oyelaran Adebisi";
    const result = triage(paste, profile);
    expect(result.blurb ?? '').toMatch(/6 basis points inside comparable deals/);
  });
});

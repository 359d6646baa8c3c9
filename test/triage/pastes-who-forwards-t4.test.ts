import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in forwards, relatives, staffing firms and sellers (issue 22): a forward of a forward is
 * written by its outermost forwarder for the innermost note's sender, in Gmail, Outlook and a phone's
 * mail app; a relative named in capitals is the candidate; a staffing firm is an agency whether or not
 * it names whom it places; a seller posting in a group is a writer, no candidate. Notes written for
 * these tests.
 */

const team = referrerNamed('Alex');

describe('a forward of a forward', () => {
  it('Gmail, three deep: the outermost forwarder writes, the innermost sender asks', () => {
    const result = triage(
      [
        '---------- Forwarded message ---------',
        'From: Odile Brandvold <obrandvold@harborsmile.example.com>',
        'Date: Mon, Mar 3, 2025 at 8:10 AM',
        'Subject: Fwd: Fwd: Fwd: hygienist opening',
        'To: Alex Moreau <amoreau@harborsmile.example.com>',
        '',
        'Alex, passing this along as I said I would. I have not worked with her, so this is not a vouch. Her note is at the bottom.',
        'Odile',
        '',
        '---------- Forwarded message ---------',
        'From: Kwame Asante <kwame.asante@example.net>',
        'Date: Sun, Mar 2, 2025 at 6:40 PM',
        'Subject: Fwd: Fwd: hygienist opening',
        'To: Odile Brandvold <obrandvold@example.net>',
        '',
        'Odile, my neighbour asked me to send this on to your practice. Thanks!',
        '',
        '---------- Forwarded message ---------',
        'From: Teodora Vasilescu <teo.vasilescu@example.org>',
        'Date: Sun, Mar 2, 2025 at 5:02 PM',
        'Subject: Fwd: hygienist opening',
        'To: Kwame Asante <kwame.asante@example.net>',
        '',
        'Kwame, here it is, thank you so much.',
        '',
        '---------- Forwarded message ---------',
        'From: Teodora Vasilescu <teo.vasilescu@example.org>',
        'Date: Sun, Mar 2, 2025 at 4:55 PM',
        'Subject: hygienist opening',
        'To: Kwame Asante <kwame.asante@example.net>',
        '',
        'Dear Dr. Moreau,',
        '',
        "I'm applying for the Dental Hygienist opening at Harbor Smile and would be grateful if you would consider referring me.",
        '',
        'For four years I have run the perio recall schedule at Lakeside Dental: I cut our recall no-shows from 18% to 7% by moving reminders to text.',
        '',
        'If it is not a fit, I completely understand.',
        '',
        'Best regards,',
        'Teodora Vasilescu',
      ].join('\n'),
      team('Dental hygiene and patient care at a family practice', 'Dental Hygienist'),
    );
    expect(result.candidate.name).toBe('Teodora Vasilescu');
    expect(result.writer).toBe('Odile Brandvold');
  });

  it('Outlook "FW: FW:" with two original-message blocks: the innermost sender is the candidate', () => {
    const result = triage(
      [
        'From: Priscilla Nakamura <pnakamura@civicworks.example.gov>',
        'Sent: Tuesday, May 6, 2025 9:12 AM',
        'To: Alex Duarte <aduarte@civicworks.example.gov>',
        'Subject: FW: FW: GIS analyst - from a former intern',
        '',
        "Alex, see below from Hollis on the county side. I don't know the candidate. P.",
        '',
        'Priscilla Nakamura | Deputy Director | Civic Works',
        '',
        '-----Original Message-----',
        'From: Hollis Redbird <hredbird@county.example.gov>',
        'Sent: Monday, May 5, 2025 4:40 PM',
        'To: Priscilla Nakamura <pnakamura@civicworks.example.gov>',
        'Subject: FW: GIS analyst - from a former intern',
        '',
        'Priscilla, one of our best summer interns is looking at your team. Could you send it to whoever runs mapping?',
        'Hollis',
        '',
        '-----Original Message-----',
        'From: Saoirse Mbeki <saoirse.mbeki@example.edu>',
        'Sent: Monday, May 5, 2025 11:03 AM',
        'To: Hollis Redbird',
        'Subject: GIS analyst - from a former intern',
        '',
        'Hi Hollis,',
        '',
        "I'm applying for the GIS Analyst role at Civic Works. If you think it makes sense, could you pass my name along to someone there?",
        '',
        'Thank you,',
        'Saoirse Mbeki',
      ].join('\n'),
      team('GIS and mapping for city public works', 'GIS Analyst'),
    );
    expect(result.candidate.name).toBe('Saoirse Mbeki');
    expect(result.writer).toBe('Priscilla Nakamura');
  });

  it('a phone\'s mail app: "Fwd:" as the title, a bare sender, and the original message\'s asker', () => {
    const result = triage(
      [
        'Fwd: any openings at the depot?',
        'Rosalind Achterberg',
        'to me · 6:52 AM',
        '',
        "Alex, my nephew won't stop asking so here it is. I've never seen him on a forklift. Your call. -Roz",
        '',
        'Rosalind Achterberg | Inventory Planner | Northline Freight',
        'Sent from my iPhone',
        '',
        '-------- Original message --------',
        'From: Tobias Lindgren <tobias.lindgren99@example.com>',
        'Date: 3/9/25 11:20 PM (GMT-05:00)',
        'To: Rosalind Achterberg <rachterberg@northline.example.com>',
        'Subject: any openings at the depot?',
        '',
        'hey aunt roz can you get me in at the depot? im sick of delivery driving. i can lift anything and i show up on time. tell your boss im a good worker',
        'Tobias',
      ].join('\n'),
      team('Warehouse operations at a freight depot', 'Warehouse Associate'),
    );
    expect(result.candidate.name).toBe('Tobias Lindgren');
    expect(result.writer).toBe('Rosalind Achterberg');
  });
});

describe('a relative named in a note typed in capitals', () => {
  it('"MY NEPHEW … IS LOOKING" names the candidate; the header names the writer', () => {
    const result = triage(
      [
        'From: HAROLD KOWALCZYK <hkowal1951@aol.example.com>',
        'To: alex@millbrook.example.gov',
        'Subject: WORK FOR MY NEPHEW',
        '',
        'HI ALEX,',
        '',
        'THIS IS HAROLD FROM THE ROTARY BREAKFAST. MY NEPHEW DARIUS KOWALCZYK IS LOOKING FOR WORK, HE IS 24 AND HANDY WITH ENGINES. COULD YOU FIND HIM SOMETHING AT THE TOWN GARAGE?',
        '',
        'THANK YOU,',
        'HAROLD',
      ].join('\n'),
      team('Fleet maintenance for the town garage', 'Fleet Mechanic'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBe('Darius Kowalczyk');
    expect(result.writer).toBe('Harold Kowalczyk');
  });
});

describe('a staffing firm', () => {
  it('that names whom it places and works with them is an agency, not a first-hand vouch: a no', () => {
    const result = triage(
      [
        'From: Colette Imbert <cimbert@northgatetalent.example.com>',
        'Sent: Thursday, March 13, 2025 10:05 AM',
        'To: Alex Ruiz',
        'Subject: Candidate for your Payroll Specialist opening - Ilse Brandt',
        '',
        'Hi Alex,',
        '',
        'Northgate Talent would like to submit Ilse Brandt, a certified payroll professional with nine years of multi-state experience, for your Payroll Specialist opening. Ilse has been working with us on a contract in Denver.',
        '',
        'Could you refer her into your process? Any hire from this introduction within 12 months is subject to our introduction fee.',
        '',
        'Regards,',
        'Colette Imbert',
        'Client Director | Northgate Talent',
      ].join('\n'),
      team('Payroll and finance operations', 'Payroll Specialist'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBe('Ilse Brandt');
    expect(result.writer).toBe('Colette Imbert');
  });

  it('that names no one, in a business chat over its buttons, is written by whoever signs', () => {
    const result = triage(
      [
        'Good afternoon Alex! Shutdown season starts in May. Ironline has 25 certified welders ready to deploy.',
        '',
        'Can you refer our welders directly into your open Pipe Welder roles? Crews book up fast.',
        '',
        'Reply YES for our rates.',
        '– Priya, Partnerships',
        '2:14 PM',
        'Block   Report   Add to contacts',
      ].join('\n'),
      team('Refinery maintenance and turnarounds', 'Pipe Welder'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Priya');
  });
});

describe('a seller posting in a group', () => {
  it('a discount and "DM me for a price list" is a pitch: its sender is the writer, no candidate', () => {
    const result = triage(
      [
        'Line Cooks of Ohio',
        '2,310 members',
        '',
        'Mirela Dragomir, [Apr 2, 2025 at 3:15 PM]',
        'Forwarded from BladeWorks Supply',
        '@alex_kitchen hi Alex! our forged chef knives stay sharp twice as long as stamped ones. We offer 25% discount for kitchens that refer their purchasing manager this month! DM me for price list and samples',
      ].join('\n'),
      team('Banquet kitchen', 'Line Cook'),
    );
    expect(result.recommendation).toBe('no');
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Mirela Dragomir');
  });
});

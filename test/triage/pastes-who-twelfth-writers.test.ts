import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in the twelfth batch's shapes (issue 22): a supervisor who names one of their people by
 * trade between commas vouches for them; a teacher writing about an unnamed student offers no one; a
 * cover that says whose message it carries passes that message on, and when that message is itself
 * written for someone it names, its sender writes for them. Notes written for these tests.
 */

const team = referrerNamed('Priya');

describe('a supervisor names one of their people by trade, between commas', () => {
  it('"I have a sharp machinist, Tomasz Wrobel, ..." is a vouch for Tomasz, written by the supervisor', () => {
    const result = triage(
      [
        'Gwen Lacroix',
        'Active now',
        'Priya, Gwen from the Halvorsen fab shop, we sat on the apprenticeship board together last fall.',
        'I have a sharp machinist, Tomasz Wrobel, second shift lead, been under me four years.',
        'He wants to move into your CNC Programmer opening. He rewrote our fixture offsets and we dropped scrap on the housing line from 7% to 2% in one quarter.',
        'Could you refer him? He can send his résumé himself. No worries if not.',
        'Gwen',
      ].join('\n'),
      team('CNC machining and programming for an aerospace parts plant', 'CNC Programmer'),
    );
    expect(result.candidate.name).toBe('Tomasz Wrobel');
    expect(result.writer).toBe('Gwen Lacroix');
    expect(result.recommendation).not.toBe('no');
  });

  it('"I have a brother, ..." is no colleague of the writer', () => {
    const result = triage(
      'Hi Priya, I have a brother, Luka Maric, who lives near your plant. I am applying for your CNC Programmer role myself; could you refer me? I cut setup time on our mills from 40 to 25 minutes. No worries if not.\nMarta Maric',
      team('CNC machining and programming for an aerospace parts plant', 'CNC Programmer'),
    );
    expect(result.candidate.name).toBe('Marta Maric');
  });
});

describe('a teacher writes about a student they do not name', () => {
  it('no candidate, the teacher writes, and a no', () => {
    const result = triage(
      [
        'Student interested in your Assay Analyst job',
        'Inbox',
        '',
        'Dr. Margarethe Olsen <molsen@northfield-tech.example.edu>',
        'Mon, Mar 3, 10:02 AM',
        'to me',
        '',
        'Hello Priya,',
        '',
        'I run the analytical chemistry track at Northfield Tech, and one of my final-year students is quite keen on your Assay Analyst opening. He has completed our instrumental methods course with top marks. I would prefer to keep his name private for now, but I can have him email you if you are open to a referral.',
        '',
        'Best,',
        'Margarethe Olsen',
        'Senior Lecturer, Chemistry',
      ].join('\n'),
      team('Quality control lab for a generic drug maker', 'Assay Analyst'),
    );
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Margarethe Olsen');
    expect(result.recommendation).toBe('no');
  });
});

describe('a cover that says whose message it carries', () => {
  it('"my neighbour Sam sent me this" under a forward of Samuel\'s note: Samuel is the candidate, the forwarder writes', () => {
    const result = triage(
      [
        'From: Bernadette Quill <bquill@harborline.example.com>',
        'Date: Fri, May 9, 2025 at 8:12 AM',
        'Subject: Fwd: dock lead?',
        'To: Priya Raman <praman@harborline.example.com>',
        '',
        "Priya - my neighbour Sam sent me this last night. I don't know his work at all, just passing it on. Ignore if it's not useful.",
        'Bern',
        '',
        '---------- Forwarded message ---------',
        'From: Samuel Brennan <sam.brennan@example.net>',
        'Date: Thu, May 8, 2025 at 9:40 PM',
        'Subject: dock lead?',
        'To: Bernadette Quill <bern.quill@example.net>',
        '',
        'Bern, could you get this to whoever hires the Dock Lead at Harborline? I have run the inbound dock at a grocery DC for five years and train the new loaders. Cheers, Sam',
      ].join('\n'),
      team('Warehouse operations for a regional distribution center', 'Dock Lead'),
    );
    expect(result.candidate.name).toBe('Samuel Brennan');
    expect(result.writer).toBe('Bernadette Quill');
  });

  it('a message carried that is written for someone it names: that one is the candidate, its sender writes', () => {
    const result = triage(
      [
        '---------- Forwarded message ---------',
        'From: Dmitri Volkov <dvolkov@wkrn.example.com>',
        'Date: Mon, Jun 2, 2025 at 11:05 AM',
        'Subject: Fwd: Talia Osei',
        'To: Priya Raman <praman@wkrn.example.com>',
        '',
        'Priya, this came from Hollis (we were at WGAL together). No opening I know of on your desk, your call.',
        'D',
        '',
        '---------- Forwarded message ---------',
        'From: Hollis Ferreira <hferreira@wtvx.example.com>',
        'Date: Sun, Jun 1, 2025 at 6:30 PM',
        'Subject: Talia Osei',
        'To: Dmitri Volkov <dvolkov@wkrn.example.com>',
        '',
        'Dmitri,',
        '',
        "Our morning producer Talia Osei is relocating to Nashville this fall. She has stacked our 5 a.m. show for four years and never missed a slot. If you have anything on the producing side, she's worth a call.",
        '',
        'Hollis',
      ].join('\n'),
      team('Newsroom production for a local TV station', 'Producer'),
    );
    expect(result.candidate.name).toBe('Talia Osei');
    expect(result.writer).toBe('Hollis Ferreira');
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Whose ask it is, and the signals around it, in the shapes the fourth blind batch of pastes showed (issue 22). */

const kiln = ProfileSchema.parse({
  name: 'Beatriz',
  teamArea:
    'Kiln and glaze production for a ceramics manufacturer: glaze chemistry, firing schedules and quality control',
  openRoles: [
    { title: 'Glaze Chemist', url: 'https://jobs.example.com/glaze-chemist-77' },
    { title: 'Kiln Operations Lead', url: 'https://jobs.example.com/kiln-lead-78' },
  ],
});

const groundOps = ProfileSchema.parse({
  name: 'Tariq',
  teamArea: 'Airline ground operations at a regional hub: ramp, aircraft turnaround and station control',
  openRoles: [{ title: 'Ramp Control Coordinator', url: 'https://jobs.example.com/rcc-19' }],
});

const RESULT = 'cut glaze defects on the tableware line from 9% of pieces to 3%';

describe("a relative's or friend's note for a named candidate is a one-pager unless a real blocker holds", () => {
  it('an uncle who gives no reason for asking and leaves no easy out is still a one-pager', () => {
    const note = `Beatriz, this is Anselm, I am Rosalind's uncle. My niece Rosalind Achterberg is applying for the Glaze Chemist role at your plant. She is a hard worker. Could you put in a good word for her?`;
    const out = triage(note, kiln);
    expect(out.candidate.name).toBe('Rosalind Achterberg');
    expect(out.recommendation).toBe('one_pager');
  });

  it('a mother naming only the kind of work, with an outright ask, is a one-pager', () => {
    const note = `Hello Beatriz, it's Greta, Piet's mum from the allotment. My son Piet finished his materials degree and wants to work with glaze chemistry. If there is anything in glaze chemistry at your plant, could you put in a good word for him?`;
    expect(triage(note, kiln).recommendation).toBe('one_pager');
  });

  it('a relative who pressures is still a no', () => {
    const note = `Beatriz, my nephew Lorcan Bright is applying for the Glaze Chemist role. You owe me one after last summer, so please refer him by Friday.`;
    expect(triage(note, kiln).recommendation).toBe('no');
  });
});

describe('a writer who does not say who they are to a named candidate', () => {
  it('passes on their wish: at most a one-pager, never an offer', () => {
    const note = `Hi Beatriz, hope the move went well! Forwarding this for Odalys Ferrant. She saw the Glaze Chemist role on your site and is too shy to ask you herself. Could you put her name forward?`;
    const out = triage(note, kiln);
    expect(out.reasons[0]).toContain('passing on their wish');
    expect(out.recommendation).toBe('one_pager');
  });

  it('vouches when the note shows the candidate work first-hand, as an introduction does', () => {
    const note = [
      'Beatriz, meet Wendell Okafor. Wendell, meet Beatriz.',
      `Beatriz, Wendell rebuilt the glaze lab's test-tile process at Harrow Pottery and ${RESULT}. He's looking at your Glaze Chemist opening (https://jobs.example.com/glaze-chemist-77) and I told him you're the person to talk to.`,
      "I'll let you two take it from here. No obligation of course, if it isn't a fit just tell him.",
      '',
      'Marisa',
    ].join('\n');
    const out = triage(note, kiln);
    expect(out.signals.onBehalf.present).toBe(false);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });

  it('an offer of several unnamed people at once stays an offer', () => {
    const note = `Hi Beatriz, I run placements at a ceramics college. Our spring graduates have strong glaze lab hours. Would you be open to referring any of them for your Glaze Chemist role?`;
    expect(triage(note, kiln).recommendation).toBe('no');
  });
});

describe('signals the fourth batch showed', () => {
  it("the writer's own promptness is not pressure", () => {
    const note = `Hi Beatriz, we met at the Stoke glaze symposium. I'm applying for the Glaze Chemist role (https://jobs.example.com/glaze-chemist-77). At Harrow Pottery I ${RESULT}. If you're comfortable referring me I'll send my CV right away; if not, I completely understand.`;
    const out = triage(note, kiln);
    expect(out.signals.pressure.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });

  it('Outlook\'s "You don\'t often get email from" banner is not the note', () => {
    const note = [
      "You don't often get email from l.marchetti@example.org. Learn why this is important",
      '',
      'From: Livia Marchetti <l.marchetti@example.org>',
      'Sent: Monday, March 2, 2026 9:10 AM',
      'To: Beatriz <beatriz@example.com>',
      'Subject: Glaze Chemist',
      '',
      'Dear Beatriz,',
      '',
      `We met at the Stoke glaze symposium. I am applying for the Glaze Chemist role (https://jobs.example.com/glaze-chemist-77). At Harrow Pottery I ${RESULT}. Would you consider referring me? If it is not possible, I completely understand.`,
      '',
      'Livia',
    ].join('\n');
    const out = triage(note, kiln);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });

  it('a manager recalling a shared past and leaving "no harm done" gives a why-me and an easy out', () => {
    const note = `Tariq, long time since the Leeds days. One of my shift leads, Ruairí Walsh, is applying for your Ramp Control Coordinator opening (https://jobs.example.com/rcc-19). I've managed him for three years; last winter he cut average turnaround delay from 11 minutes to 4. If you're able to refer him, great, and if the timing's wrong, no harm done.`;
    const out = triage(note, groundOps);
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.signals.gracefulExit.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });

  it('a pilot asking a ground operations team is outside its area', () => {
    const note = `Hello Tariq, I am a First Officer with 3,000 hours on the A321. Kindly refer me to your pilot recruitment team.`;
    const out = triage(note, groundOps);
    expect(out.fit.level).toBe('none');
    expect(out.recommendation).toBe('no');
  });

  it('a student who says the role is probably aimed at people with more experience is a partial fit', () => {
    const note = `Hi Beatriz, we met at the Stoke glaze symposium. I'm finishing my ceramics BSc and saw the Glaze Chemist role (https://jobs.example.com/glaze-chemist-77). I know it's probably aimed at people with years in production, but would you consider referring me? My final project ${RESULT} on our studio line. Totally fine if not.`;
    const out = triage(note, kiln);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).toBe('one_pager');
  });
});

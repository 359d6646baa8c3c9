import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the seventh blind batch (fundraising, line work, libraries, inflight crews, clinical research,
 * machining, safety, tax) taught, one general rule at a time, on notes written for these tests.
 */
const opening = (title: string) => ({ title, url: 'https://careers.example.com/jobs/77' });

describe('a paste that opens with a mail header block', () => {
  const forward = [
    '---------- Forwarded message ---------',
    'From: Dana Cole',
    'To: Sam, Lee Park',
    'Subject: Intro: Lee <> Sam',
    '',
    'Sam, meet Lee, who ran receiving at our Reno site when I was there. I will let you two take it from here.',
    '',
    "Hi Sam, thanks to Dana for connecting us. I'm applying for the Dock Supervisor, Night Shift role. I cut dock-to-stock time from 9 hours to 4. Would you refer me? No pressure if not.",
    'Lee',
  ].join('\n');

  it('keeps the message under the header, introduction included, and drops the header lines', () => {
    const { text } = normalizeRequest(forward);
    expect(text).toMatch(/^Subject: Intro/);
    expect(text).toContain('Sam, meet Lee');
    expect(text).toContain('Would you refer me?');
    expect(text).not.toMatch(/Forwarded message|From: Dana|To: Sam/);
  });

  it('is read as the request it holds', () => {
    const team = profile('Warehouse operations: dock supervisors and receiving leads', [
      opening('Dock Supervisor, Night Shift'),
    ]);
    const result = triage(forward, team);
    expect(result.signals.whyMe.present).toBe(true);
    expect(result.signals.roleNamed.present).toBe(true);
    expect(result.candidate.name).toBe('Lee');
    expect(result.recommendation).toBe('yes');
  });

  it('a short reply is still the sender’s words, and a label like "FYI" is not', () => {
    expect(
      normalizeRequest('Sure, here it is.\nFrom: Sam\nSent: Monday\n\nHi Dana, could you send the link?').text,
    ).toBe('Sure, here it is.');
    const labelled = normalizeRequest(`FYI\n${forward}`).text;
    expect(labelled).toContain('Sam, meet Lee');
    expect(labelled).toContain('Would you refer me?');
  });

  it('a header below the sender’s own words still starts the history, which is dropped', () => {
    const reply = "Thanks Sam, here's the role link you asked for.\nFrom: Sam\nSent: Monday\nPS our old thread";
    expect(normalizeRequest(reply).text).toBe("Thanks Sam, here's the role link you asked for.");
  });
});

describe('an opening written in any case, with its commas left out', () => {
  const title = 'Journeyman Lineworker, Northern Region';
  const team = profile('Electric distribution: journeyman lineworkers and line crews', [opening(title)]);

  it('names the opening however it is capitalized', () => {
    const cased = fc.array(fc.boolean(), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(cased, fc.boolean(), (upper, comma) => {
        const words = ['journeyman', 'lineworker', 'northern', 'region'].map((w, i) =>
          upper[i] ? w[0]?.toUpperCase() + w.slice(1) : w,
        );
        const written = `${words[0]} ${words[1]}${comma ? ',' : ''} ${words[2]} ${words[3]}`;
        const result = triage(`hey sam - going for the ${written} spot. could you refer me?`, team);
        expect(result.candidate.roleUrl).toBe('https://careers.example.com/jobs/77');
      }),
    );
  });

  it('the same words in another order, or inside longer words, are not the opening', () => {
    expect(triage('hey sam, northern region journeyman lineworker here. refer me?', team).candidate.roleUrl).toBeNull();
    expect(triage('sam, I admire journeyman lineworkers. refer me?', team).candidate.roleUrl).toBeNull();
  });
});

describe('what a title holds', () => {
  it('"IT" in capitals and a model number joined by a hyphen are part of it', () => {
    const it1 = triage("Hi Sam, I'm applying for the IT Systems Administrator role. Would you refer me?");
    expect(it1.signals.roleNamed.evidence).toBe('IT Systems Administrator role');
    const fo = triage("Hi Sam, I'm applying for the First Officer, CRJ-900 position. Would you refer me?");
    expect(fo.signals.roleNamed.evidence).toBe('First Officer, CRJ-900 position');
  });

  it('in a note written in capitals, "IT" and other small words still end a title', () => {
    const shouted = triage('HI SAM I WANT IT SO MUCH AND THE DESIGNER ROLE IS MINE. REFER ME?');
    expect(shouted.signals.roleNamed.evidence ?? '').not.toMatch(/^IT\b|WANT/);
  });
});

describe('a job the team area does not name, with nothing of its domain', () => {
  const library = profile("Public library: children's and teen librarians and library assistants across our branches");

  it('is outside the area, and says why', () => {
    const result = triage(
      "Hi Sam, I'm applying for the IT Systems Administrator role. I moved 40 servers to the cloud. Would you refer me? No worries if not.",
      library,
    );
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toMatch(/"Administrator" is a job your team area does not name/);
    expect(result.recommendation).toBe('no');
  });

  it('a background in the area keeps it partial, for the referrer to look at', () => {
    const result = triage(
      "Hi Sam, I'm applying for the Outreach Coordinator role. I ran teen programs for our branches and teen attendance went from 35 to 160. Would you refer me?",
      library,
    );
    expect(result.fit.level).not.toBe('none');
  });

  it('a named role is never described as no role at all', () => {
    const result = triage("Hi Sam, I'm applying for the Executive Chef role. Would you refer me?", library);
    expect(result.fit.explanation).not.toMatch(/does not say which area or role/);
  });

  it('pilots are not cabin crew, nor cabin crew pilots', () => {
    const inflight = profile('Inflight: flight attendants and inflight supervisors at our Denver base');
    const cockpit = profile('Flight operations: pilots and first officers for the regional fleet');
    const ask = (role: string) => `Hi Sam, I'm applying for the ${role} role. I cut delays by 20%. Would you refer me?`;
    expect(triage(ask('First Officer, CRJ-900'), inflight).fit.level).toBe('none');
    expect(triage(ask('Flight Attendant'), cockpit).fit.level).toBe('none');
    expect(triage(ask('Flight Attendant'), inflight).fit.level).not.toBe('none');
  });
});

describe('who sent them, in any register', () => {
  it('reads "<person> said to <reach out>" and its kin as why-me', () => {
    const who = fc.constantFrom(
      'Carl',
      'my buddy Carl',
      'your associate Ben Ruiz',
      'mike sullivan',
      'your colleague Ed',
    );
    const sent = fc.constantFrom(
      'said to reach out',
      'said to hit you up',
      'told me to say hi',
      'said to give you a shout',
      'thought I should reach out',
      'said to drop you a line',
    );
    fc.assert(
      fc.property(who, sent, (w, s) => {
        expect(triage(note(`${w} ${s}.`)).signals.whyMe.present).toBe(true);
      }),
    );
  });

  it('a candidate’s own plan to write is not someone sending them', () => {
    expect(triage(note('I thought I should apply soon.')).signals.whyMe.present).toBe(false);
    expect(triage(note('My mentor said to apply widely.')).signals.whyMe.present).toBe(false);
  });
});

describe('easy outs said plainly', () => {
  it.each(["It's fine to say no.", "It's okay to say no.", "Please don't feel obligated.", 'Feel free to decline.'])(
    'reads "%s" as a graceful exit',
    (exit) => {
      expect(triage(note(exit)).signals.gracefulExit.present).toBe(true);
    },
  );

  it('feeling obliged to ask is not an out', () => {
    expect(triage(note('I feel obligated to ask for help.')).signals.gracefulExit.present).toBe(false);
  });
});

describe('results written as a share of a change, or as a clean record', () => {
  it('a hedged half is a result when it sizes a change', () => {
    const hedge = fc.constantFrom('roughly ', 'about ', 'more than ', 'nearly ', '');
    const thing = fc.constantFrom('setup time', 'strain injuries', 'rework', 'overtime');
    fc.assert(
      fc.property(hedge, thing, (h, t) => {
        expect(triage(note(`After my change, ${t} dropped by ${h}half.`)).signals.proofPoint.present).toBe(true);
        expect(triage(note(`I spend ${h}half my week on ${t}.`)).signals.proofPoint.present).toBe(false);
      }),
    );
  });

  it.each(['I moved 12 branches to a new system with no downtime.', 'Lead FA, 0 customer complaints in 2025.'])(
    'reads "%s" as a result',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
    },
  );

  it('having no downtime is not a result', () => {
    expect(triage(note('I have no downtime between shifts.')).signals.proofPoint.present).toBe(false);
  });

  it('the yes draft quotes the measured clause of a list, not a tenure', () => {
    const team = profile('Inflight: flight attendants', [opening('Flight Attendant, Denver Base')]);
    const result = triage(
      'Sam, Kim said to reach out. Flight Attendant, Denver Base. 6 years at Frontier, lead FA, top 5% in onboard sales. Would you refer me? Fine if not.\nKat',
      team,
    );
    expect(result.drafts?.yes).toContain('("top 5% in onboard sales")');
  });
});

describe('pressure through a favour or a gain, and asks that are not for work', () => {
  it.each([
    "My aunt said you'd be happy to refer me.",
    "I've told her you'll take care of it this week.",
    'I heard you get a $2,000 referral bonus.',
    "So it's free money for you!",
  ])('reads "%s" as pressure', (sentence) => {
    expect(triage(note(sentence)).signals.pressure.present).toBe(true);
  });

  it('a referrer who would be happy to talk is not pressured', () => {
    expect(triage(note("Dana said you'd be happy to talk about the team.")).signals.pressure.present).toBe(false);
  });

  it.each([
    'Hi Sam, our family would like to make a gift in memory of my father. Could you refer me to the right person?',
    'Hi Sam, I got a notice about the return your firm prepared. Could you refer me to someone who can sort it out?',
  ])('"%s" is not a job referral', (text) => {
    const result = triage(text);
    expect(result.signals.notAReferral.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });
});

describe('a compound with "you" in it', () => {
  it('"thank-you calls" does not address the reader, so the sentence is background and the blurb keeps it', () => {
    const team = profile("Development: major gifts officers for our children's hospital foundation", [
      opening('Major Gifts Officer'),
    ]);
    const result = triage(
      "Sam, we met at the AFP conference. I'm applying for the Major Gifts Officer role. At the shelter where I work now, our donor retention nearly doubled after I rebuilt the thank-you calls program. Could I ask you for a referral? Completely understand if not.\nBea",
      team,
    );
    expect(result.candidate.background).toMatch(/thank-you calls/);
    expect(result.blurb).toMatch(/thank-you calls/);
  });
});

import { describe, expect, it } from 'vitest';
import { teamDisciplines } from '../../src/triage/fit/disciplines.js';
import { triage } from '../../src/triage/index.js';
import { agentOf } from '../../src/triage/reading/agent.js';
import { parse } from '../../src/triage/reading/parsed.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';
import { structuralResult } from '../../src/triage/signals/proof.js';
import { profile } from '../helpers/notes.js';

/**
 * What the second development batch of pastes (issue 22: less common apps) taught, on notes written
 * for these tests.
 */

describe('a team whose area is selling fits selling roles', () => {
  const channel = profile('Channel sales of fleet telematics to regional trucking firms: partner deals and renewals');

  it('an account executive role is in a channel sales team’s area, not outside it', () => {
    const out = triage(
      'Hi Sam, we spoke at the FleetTech dinner. I am applying for the Account Executive, Partners role. ' +
        'Last year I closed $1.8M in new partner bookings. Would you refer me? Totally fine if not.\n\nIrina',
      channel,
    );
    expect(out.fit.level).not.toBe('none');
    expect(out.fit.explanation).not.toMatch(/builds the product|job your team area does not name/);
  });

  it('an application or product security team is security engineering', () => {
    for (const area of ['Product security: code review and secrets scanning', 'AppSec for our mobile apps']) {
      expect(teamDisciplines(area).map((d) => d.id)).toContain('security');
    }
  });
});

describe('a subject and an app’s notice are no bumps of their own', () => {
  it('a subject that follows up names the one bump its message makes', () => {
    const out = triage(
      'Quick follow-up: Data Engineer\nInbox\n\nPriya Raman <priya.raman@example.com>\nTue, Apr 8, 9:14 AM\nto me\n\n' +
        'Hi Sam,\n\nJust resending this in case it got buried. No rush.\n\nPriya',
    );
    expect(out.signals.followUp.count).toBe(1);
  });

  it('"X sent you a message", as a line or a subject, tells of this message', () => {
    const out = triage(
      'Subject: Tomás sent you a message on Meetwise\n\nTomás Ferreira sent you a message\n\n' +
        '"Hi Sam, thanks for the chat on Friday. I am applying for the Fleet Planner role. Could you refer me? No worries either way."',
    );
    expect(out.signals.followUp.present).toBe(false);
  });

  it('a subject that says how many bumps there were still counts them', () => {
    const out = triage(
      'Subject: Fifth email - Logistics Analyst\n\nHi Sam, writing again about the Logistics Analyst role. Could you refer me?\n\nDev',
    );
    expect(out.signals.followUp.count).toBe(4);
  });
});

describe('a follow-up numbered in figures', () => {
  it('"3rd follow-up" in a subject counts three, whatever the body says', () => {
    const out = triage(
      'Subject: 3rd follow-up - Yard Coordinator\n\nHi Sam, following up on my note about the Yard Coordinator role.\n\nNia',
    );
    expect(out.signals.followUp.count).toBe(3);
  });
});

describe('results the reader should and should not see', () => {
  it('"the best 20 minutes of my day" thanks someone; it ranks nothing', () => {
    expect(structuralResult('Thanks for the call, honestly the best 20 minutes of my day.')).toBeNull();
    expect(structuralResult('I was the fastest picker in our building.')).not.toBeNull();
  });

  it('what the writer’s checks blocked is a count of their work', () => {
    expect(structuralResult('My validation hooks have blocked 52 bad deploys this quarter.')).not.toBeNull();
  });

  it('"they" opening the clause after the writer’s own making is the things made', () => {
    const p = parse('I built the fraud rules, and they have intercepted 90 fake orders since May.');
    const at = p.tokens.findIndex((t) => t.t === 'intercepted');
    expect(agentOf(p, at)).toBe('writer');
    const other = parse('My manager hired two analysts; they have intercepted 90 fake orders since May.');
    expect(
      agentOf(
        other,
        other.tokens.findIndex((t) => t.t === 'intercepted'),
      ),
    ).not.toBe('writer');
  });

  it('a clean record in a clause of its own is the clause the blurb tells', () => {
    const privacy = profile('Privacy counsel: DPIAs, vendor contracts and regulator questions');
    const out = triage(
      'Hi Sam, we met at the privacy roundtable. I am applying for the Privacy Counsel role. ' +
        'I am an associate at Berg & Lund. For two years I have handled more than 30 vendor reviews and led our answer to a regulator audit of a client; the audit closed with no findings. ' +
        'Could you refer me? No worries if not.\n\nAstrid Berg',
      privacy,
    );
    expect(out.blurb ?? '').toContain('closed with no findings');
  });
});

describe('who is who on an app’s screen', () => {
  it('a profile button under a note names whom it is about, not who wrote it', () => {
    const out = triage(
      'Campuslink\nMessages\nJoaquin Reyes\nCareer Coach · Westbrook College\nApr 2, 2025 at 10:05 AM\n\nHi Sam,\n\n' +
        "I'm a career coach at Westbrook. One of our B.Sc. graduates, Leona Whitfield-Obi, has applied to your Lab Technician role. " +
        'She ran 200 assays in her capstone with no reruns. Would you consider referring her? No obligation at all.\n\n' +
        "Best,\nJoaquin Reyes\n\nView Leona's profile\nReply",
    );
    expect(out.writer).toBe('Joaquin Reyes');
    expect(out.candidate.name).toBe('Leona Whitfield-Obi');
  });

  it('a dotted degree before a word in lower case does not end the sentence', () => {
    const texts = splitSentences('She holds an M.Sc. degree in chemistry. She ran the lab.').map((s) => s.text);
    expect(texts).toEqual(['She holds an M.Sc. degree in chemistry.', 'She ran the lab.']);
  });

  it('"X, who reported to me" names the candidate of a former manager’s note', () => {
    const out = triage(
      'From: Abara, Ruth <ruth.abara@parcelo.example.com>\nSent: Tuesday, April 8, 2025 9:10 AM\nTo: Sam Reed <sam@example.com>\n' +
        "Subject: Karim Al-Masri - Fleet Planner\n\nSam,\n\nGood to see you at the expo. As promised, here's the planner I mentioned: " +
        "Karim Al-Masri, who reported to me for five years at Gridline before I moved to Parcelo. He's applying for your Fleet Planner opening.\n\n" +
        'Karim ran our northern lanes and cut empty miles 18% in a year. Happy to talk if useful; no hard feelings if not.\n\nRuth\n\nRuth Abara\nVP, Operations | Parcelo',
    );
    expect(out.candidate.name).toBe('Karim Al-Masri');
    expect(out.writer).toBe('Ruth Abara');
  });

  it('a nickname that ends the given name takes the contact’s full name', () => {
    const out = triage(
      'Jobsboard\nMessages\nElizabeth Carmody\nMar 3, 2025\nElizabeth Carmody\n' +
        "Hi Sam, I'm Beth, a scheduler at a 90-bed clinic. I'm applying for your Scheduling Analyst role. Could you refer me? No worries if not.\n" +
        '9:12 AM\nType a message',
    );
    expect(out.candidate.name).toBe('Elizabeth Carmody');
  });

  it('the app’s name over its list of chats is no contact', () => {
    const out = triage('Fishbowl\nChats\nFinance · xQ81\nApr 4\nhey can u refer me to anything\n11:02 PM\nMessage');
    expect(out.candidate.name).toBeNull();
    expect(out.drafts?.no ?? '').not.toMatch(/\bFishbowl\b/);
  });

  it('a mail header copied with tabs for colons is read as a header', () => {
    const out = triage(
      'Strong crane operator available\nFrom\tRhona Gill <rhona@liftstaff.example.com>\nTo\tsam@example.com\nDate\tMonday, April 7th, 2025 at 9:00 AM\n\n' +
        "Hi Sam,\n\nI'm a recruiter at LiftStaff, representing an experienced crane operator for your Crane Operator vacancy. Could you refer them internally?\n\nRhona Gill\nLiftStaff Ltd",
    );
    expect(out.writer).toBe('Rhona Gill');
    expect(out.candidate.name).toBeNull();
  });
});

describe('asks that are not for a job, and easy outs', () => {
  it('"refer me to the person in charge of purchasing" asks for a buyer', () => {
    const out = triage(
      'Hello Sam, I am Lin Wei of TagStream. We saw your Warehouse Lead posting. We sell RFID tags at low prices. ' +
        'Could you refer me to the person in charge of purchasing?',
    );
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it.each(['Feel free to just decline if the slot doesn’t work.', "Please don't feel any pressure."])(
    'reads "%s" as an easy out',
    (exit) => {
      const out = triage(`Hi Sam, I am applying for the Fleet Planner role. Could you refer me? ${exit}`);
      expect(out.signals.gracefulExit.present).toBe(true);
    },
  );
});

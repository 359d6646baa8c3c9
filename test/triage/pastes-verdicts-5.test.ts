import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Asks, why-me, pressure and easy outs in the shapes the fifth blind batch of pastes showed (issue 22), in new wording. */

const water = ProfileSchema.parse({
  name: 'Odile',
  teamArea: 'Water treatment operations for a city utility: plant operators, lab analysts and SCADA control',
  openRoles: [
    { title: 'Treatment Plant Operator', url: 'https://jobs.example.com/tpo-41' },
    { title: 'Lab Analyst II', url: 'https://jobs.example.com/lab-analyst-42' },
  ],
});

const school = ProfileSchema.parse({
  name: 'Rhiannon',
  teamArea: 'Learning support for a group of middle schools: learning support teachers and teaching assistants',
  openRoles: [{ title: 'Learning Support Teacher, Grades 6-8', url: 'https://jobs.example.com/lst-68' }],
});

const RESULT = 'cut chlorine dosing errors on the night shift from 14 a quarter to 2';

describe('an ask however it is worded', () => {
  it('said in the passive ("hoping to get put forward") is an ask', () => {
    const note = `Hi Odile, we met at the regional operators' workshop in Tulsa. I saw the Treatment Plant Operator opening and I'm hoping to get put forward for it if you're comfortable. At my plant I ${RESULT}. No worries if not.`;
    const out = triage(note, water);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });

  it('leave to send the papers a referral needs is an ask', () => {
    const note = `Hi Odile, I saw the Lab Analyst II posting. I ${RESULT} at my last plant. Could I send you my résumé?`;
    expect(triage(note, water).signals.noAsk.present).toBe(false);
  });

  it("someone else's application told to the referrer puts the ask", () => {
    const note = `Odile, hello from Brno! A chemist I supervised for three years, Tereza Novak, is applying for your Lab Analyst II role. She ${RESULT}. Please don't feel obliged.`;
    expect(triage(note, water).signals.noAsk.present).toBe(false);
  });

  it("a question after openings on the referrer's side is an ask", () => {
    const note =
      'hey Odile, is there anything coming up on your team for plant operators? I run the backwash schedule at the east plant.';
    expect(triage(note, water).signals.noAsk.present).toBe(false);
  });

  it('a "spot" is a role\'s head word', () => {
    const note = 'Hi Odile, I heard a Treatment Plant Operator spot may open in spring. Could you refer me?';
    expect(triage(note, water).signals.roleNamed.present).toBe(true);
  });

  it('a range after a capitalized word stays in the title', () => {
    const note = 'Hi Rhiannon, I am applying for the Learning Support Teacher 6-8 role. Would you refer me?';
    expect(triage(note, school).signals.roleNamed.evidence).toContain('Learning Support Teacher 6-8');
  });
});

describe('why the writer picked this referrer', () => {
  const whyMe = (note: string) => triage(note, water).signals.whyMe.present;

  it('a shared past named by the writer', () => {
    expect(
      whyMe('Odile! Marek here from the Riverside Plant days. Could you refer me for the Lab Analyst II role?'),
    ).toBe(true);
    expect(whyMe("It's Dana from the old east plant crew. Could you refer me for the Lab Analyst II role?")).toBe(true);
  });

  it('an acquaintance picked up again, or a meeting recalled', () => {
    expect(whyMe('Odile, long time 🙂 Could you refer me for the Lab Analyst II role?')).toBe(true);
    expect(
      whyMe('Great catching up with you at the AWWA summit. Could you refer me for the Lab Analyst II role?'),
    ).toBe(true);
    expect(whyMe('I hope you and the family are well. Could you refer me for the Lab Analyst II role?')).toBe(true);
  });

  it("work done beside the referrer, or the referrer seen at the writer's work", () => {
    expect(
      whyMe('We partnered on the lead-service survey last year. Could you refer me for the Lab Analyst II role?'),
    ).toBe(true);
    expect(
      whyMe('I was on shift when you toured our plant in March. Could you refer me for the Lab Analyst II role?'),
    ).toBe(true);
  });

  it("the referrer's own post about the opening, a group both belong to, a contact handed on", () => {
    expect(
      whyMe('I read your announcement in the operators channel about the Lab Analyst II role. Could you refer me?'),
    ).toBe(true);
    expect(
      whyMe(
        'I found you through the state water quality association directory. Could you refer me for the Lab Analyst II role?',
      ),
    ).toBe(true);
    expect(whyMe('I got your number from Beto Salazar. Could you refer me for the Lab Analyst II role?')).toBe(true);
  });

  it('a contact found on a website is no one who sent them', () => {
    expect(whyMe('I got your email from the utility website. Could you refer me for the Lab Analyst II role?')).toBe(
      false,
    );
  });
});

describe('pressure and bumps', () => {
  it('guilt over what the referrer owes, with a deadline on their evening, is a no', () => {
    const note =
      "Odile, it's Branka, Luka's aunt. Luka applied for your Treatment Plant Operator job a month ago and has heard nothing. After all our summers at the lake it's the least you could do. Ring me back tonight.";
    const out = triage(note, water);
    expect(out.signals.pressure.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('a family leaning on the job is pressure', () => {
    const note = 'Odile, please. My kids are relying on this job. Could you refer me for the Lab Analyst II role?';
    expect(triage(note, water).signals.pressure.present).toBe(true);
  });

  it("a thread's nudges add up to more than one bump", () => {
    const note = [
      'Irina Volkova',
      'Odile, I sent you my CV for the Lab Analyst II role on Monday. Did you get it?',
      'Wed 9:10 AM',
      'Irina Volkova',
      'Hi??',
      'Fri 6:45 PM',
    ].join('\n');
    const out = triage(note, water);
    expect(out.signals.followUp.count).toBeGreaterThan(1);
    expect(out.recommendation).toBe('no');
  });

  it('how little it costs the referrer, and offers elsewhere as a clock, are pressure', () => {
    const cheap = `Odile, could you refer me for the Lab Analyst II role? It only takes a minute and I ${RESULT}.`;
    expect(triage(cheap, water).signals.pressure.present).toBe(true);
    const clock = `Odile, could you refer Piotr for the Lab Analyst II role? He has two other offers, so time is of the essence.`;
    expect(triage(clock, water).signals.pressure.present).toBe(true);
  });

  it('a hypothetical send is no bump', () => {
    const note = 'Hi Odile, would it be alright if he sent you his CV for the Lab Analyst II role?';
    expect(triage(note, water).signals.followUp.present).toBe(false);
  });
});

describe('easy outs and results', () => {
  it('the choice left with the referrer is an easy out', () => {
    for (const out of ['Entirely up to you.', 'Your call, truly.', 'Either answer is helpful, thanks!']) {
      const note = `Hi Odile, could you refer me for the Lab Analyst II role? ${out}`;
      expect(triage(note, water).signals.gracefulExit.present).toBe(true);
    }
  });

  it('a rank written with a hyphen is a result', () => {
    const note =
      'Hi Odile, could you refer me for the Lab Analyst II role? Our lab finished top-5 in the state proficiency round.';
    expect(triage(note, water).signals.proofPoint.present).toBe(true);
  });

  it("a result told of the candidate by someone who supervised them is the candidate's", () => {
    const note =
      'Odile, Salome Ortiz ran the night shift at our plant while I was her supervisor. She raised first-pass turbidity compliance from 91% to 99% in a year. She is applying for your Treatment Plant Operator role. No pressure at all.';
    expect(triage(note, water).signals.proofPoint.present).toBe(true);
  });

  it('a candidate who says they are not yet the job is a partial fit', () => {
    const note = `Hi Odile, I saw the Treatment Plant Operator role. I'm not a licensed operator yet but at the brewery I ${RESULT}. Would you refer me? Either way, thanks.`;
    expect(triage(note, water).fit.level).toBe('partial');
  });
});

describe("the writer's first note quoted under a Gmail reply with a day-first date", () => {
  it('is read with the reply', () => {
    const note = [
      'Re: Lab Analyst',
      'Inbox',
      '',
      'Ayla Demir <ayla.demir@mail.example>',
      'Wed, 4 Jun, 08:20',
      'to me',
      '',
      'Hi Odile,',
      '',
      `Thanks for getting back to me. The role is the Lab Analyst II (https://jobs.example.com/lab-analyst-42). At my plant I ${RESULT}.`,
      '',
      'Ayla',
      '',
      'On Tue, 3 Jun 2025 at 17:02, Odile Marchand <odile@utility.example> wrote:',
      '> Hi Ayla, happy to look. Which posting, and what have you done in the lab?',
      '>',
      '> On Tue, 3 Jun 2025 at 09:11, Ayla Demir <ayla.demir@mail.example> wrote:',
      ">> Dear Odile, we met at the operators' workshop in Tulsa. Would you consider referring me? No worries if not.",
    ].join('\n');
    const out = triage(note, water);
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });
});

describe("a robot's own work is robotics", () => {
  const lab = ProfileSchema.parse({
    name: 'Kenji',
    teamArea: 'Robot arm research: grasping and motion planning for pick-and-place cells',
    openRoles: [{ title: 'Motion Planning Engineer', url: 'https://jobs.example.com/mpe-7' }],
  });

  it('a background told in planners and kinematics overlaps, whatever "mobile" or "warehouse" it also says', () => {
    const note =
      'Hi Kenji, Ana from the mobile-robot group (we shared a bench at the warehouse pilot). I wrote the local planner and the kinematics solver for our picker; cycle time fell from 9.5 s to 6.1 s. Could you refer me for the Motion Planning Engineer role? No worries if not.';
    expect(triage(note, lab).fit.level).toBe('strong');
  });
});

describe('more of the shapes', () => {
  it("a ranking's name is no count of results", () => {
    const note =
      'Hi Odile, I saw the Lab Analyst II role. For six years I have run water tests for Fortune 500 manufacturers. Could you refer me?';
    expect(triage(note, water).signals.proofPoint.present).toBe(false);
  });

  it("the referrer's own life known to the writer is a reason to ask them", () => {
    const knee = 'Odile, hope the shoulder is on the mend. Could you refer me for the Lab Analyst II role?';
    expect(triage(knee, water).signals.whyMe.present).toBe(true);
    const flat = 'Hope the new house is coming together! Could you refer me for the Lab Analyst II role?';
    expect(triage(flat, water).signals.whyMe.present).toBe(true);
  });

  it('a parent named by a place both know is a reason to ask them', () => {
    const note =
      "Evening Odile, it's Maud from Holy Cross, Bastien's mum. Bastien is applying for your Treatment Plant Operator role. Could you put in a good word for him?";
    expect(triage(note, water).signals.whyMe.present).toBe(true);
  });

  it('a graduate scheme is a role', () => {
    const note = 'Odile, my niece is keen on your graduate operator scheme. Could you put her name forward?';
    const out = triage(note, water);
    expect(out.signals.roleNamed.present).toBe(true);
    // "graduate" is the seat's level, not another field of the team's work
    expect(out.fit.level).not.toBe('none');
  });

  it('vacancies to share are no role', () => {
    const note = 'Dear Odile, could you share vacancies our students might apply to? We would circulate them.';
    expect(triage(note, water).signals.roleNamed.present).toBe(false);
  });
});

describe('an acquaintance said in other ways', () => {
  const whyMe = (note: string) => triage(note, water).signals.whyMe.present;

  it('an old tie said outright, or a meeting recalled without "with you"', () => {
    expect(whyMe('Odile, we go way back. Could you refer me for the Lab Analyst II role?')).toBe(true);
    expect(whyMe('Lovely catching up at the spring conference. Could you refer me for the Lab Analyst II role?')).toBe(
      true,
    );
  });

  it("the referrer's people seen at the writer's site, a workspace both are in, word passed on of them", () => {
    expect(
      whyMe(
        'I was site lead when your crew installed the new UV units. Could you refer me for the Lab Analyst II role?',
      ),
    ).toBe(true);
    expect(
      whyMe("I'm in this workspace through the operators' guild. Could you refer me for the Lab Analyst II role?"),
    ).toBe(true);
    expect(
      whyMe(
        'My neighbour mentioned you. She said you work at the utility. Could you refer me for the Lab Analyst II role?',
      ),
    ).toBe(true);
  });
});

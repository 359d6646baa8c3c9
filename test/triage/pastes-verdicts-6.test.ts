import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * Whose ask it is, pitches, roles told as news and stated moves, in the shapes the sixth blind batch of
 * pastes showed (issue 22), in new wording.
 */

const kitchen = ProfileSchema.parse({
  name: 'Beatriz',
  teamArea: 'Hospital food services: patient meal production, diet kitchen, cold chain and allergen control',
  openRoles: [{ title: 'Diet Kitchen Supervisor', url: 'https://jobs.example.com/diet-kitchen-sup-9' }],
});

const survey = ProfileSchema.parse({
  name: 'Oskar',
  teamArea: 'Land surveying for rail projects: topographic surveys, setting out, GNSS and total station work',
  openRoles: [{ title: 'Senior Land Surveyor', url: 'https://jobs.example.com/land-surveyor-31' }],
});

const research = ProfileSchema.parse({
  name: 'Ines',
  teamArea: 'UX research for the banking app: interviews, usability testing, diary studies',
  openRoles: [{ title: 'UX Researcher', url: 'https://jobs.example.com/uxr-12' }],
});

const RESULT = 'cut missed allergen flags on the tray line from 9 a month to 1';

describe('a vouch from first-hand work', () => {
  it('a manager who says "I\'m his line manager" vouches, and the result makes a yes', () => {
    const note = `Beatriz, evening! One of the cooks on my line, a good lad, is applying for your Diet Kitchen Supervisor role. I'm his line manager for three years. He ${RESULT}. If it's not possible, no problem at all.`;
    const out = triage(note, kitchen);
    expect(out.signals.onBehalf.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });

  it('a former lead whose candidate the note does not name in a way read is still no offer', () => {
    const note = `Hi Beatriz, hope the new kitchen is settling. I was her lead for two years at St Anne's. She's applying for your Diet Kitchen Supervisor role. She ${RESULT}. If it's not your thing, no worries.`;
    expect(triage(note, kitchen).recommendation).not.toBe('no');
  });

  it('"she has worked for me" with no result is a one-pager, not a no', () => {
    const note =
      "Dear Beatriz, I'm closing my café at Easter, so my head cook Marisol Quintero needs somewhere new. She has worked for me for nine years. I see you have a Diet Kitchen Supervisor post open. Would you consider her?";
    expect(triage(note, kitchen).recommendation).toBe('one_pager');
  });

  it('a shared desk is first-hand work', () => {
    const note =
      "Hi Beatriz, my colleague Tomasz Wrona (we've shared a desk in the planning office for four years) is applying for your Diet Kitchen Supervisor role. Could you refer him?";
    expect(triage(note, kitchen).recommendation).toBe('one_pager');
  });
});

describe('an agency, or anyone offering a candidate', () => {
  it('a firm presenting a named candidate under its fee terms is a no', () => {
    const note =
      'Dear Beatriz, Larchmont Talent is delighted to present Joaquim Reis for your Diet Kitchen Supervisor opening. Joaquim has run a hospital tray line for five years. Our standard fee applies to any hire. Let us know if you would like to interview him.';
    expect(triage(note, kitchen).recommendation).toBe('no');
  });

  it('a search firm that withholds the name is a no', () => {
    const note =
      "Dear Oskar, we act for a chartered surveyor currently leading a rail setting-out team who is quietly open to a move. We can't disclose their identity yet. Could you introduce them internally for the Senior Land Surveyor role?";
    expect(triage(note, survey).recommendation).toBe('no');
  });

  it('a college offering "one or more" of its students is a no', () => {
    const note =
      'Dear Mr Lind, a number of our geomatics students would love to join your Senior Land Surveyor team. Could you refer one or more of them? We can also send a CV bundle of suitable candidates.';
    expect(triage(note, survey).recommendation).toBe('no');
  });
});

describe('a pitch is not a referral request', () => {
  it("a vendor hooking on the referrer's opening, with customers as proof and a calendar link", () => {
    const note =
      "Hi Oskar, noticed you're hiring a Senior Land Surveyor. Crews like Brettmann and Halvor halved their rework with our drone scans. Worth a quick look on Thursday? Here's my calendar: example.com/cal";
    const out = triage(note, survey);
    expect(out.signals.notAReferral.present).toBe(true);
    expect(out.recommendation).toBe('no');
    expect(out.candidate.name).toBeNull();
  });

  it('a producer looking for a distributor, offering a tasting', () => {
    const note =
      'Dear Beatriz, we are looking for a distributor in the north for our aged sheep cheeses. Would you be open to tasting a few? I could bring samples next week.';
    expect(triage(note, kitchen).signals.notAReferral.present).toBe(true);
  });

  it('a candidate who names the hiring and asks to be referred is no pitch', () => {
    const note = `Hi Beatriz, I saw your team is hiring a Diet Kitchen Supervisor. I ${RESULT}. Would you refer me? No worries if not.`;
    expect(triage(note, kitchen).signals.notAReferral.present).toBe(false);
  });
});

describe('asks, roles and why-me in more words', () => {
  it('"mention my name to" is a referral ask', () => {
    const note = `Hi Beatriz, I've applied for the Diet Kitchen Supervisor role and would be glad if you could mention my name to the catering manager. I ${RESULT}.`;
    expect(triage(note, kitchen).signals.noAsk.present).toBe(false);
  });

  it('a hiring told as news names the role, in capitals or as a doer', () => {
    const capitals = triage(
      'Hi Oskar, my cousin saw your firm is hiring a Senior Land Surveyor. Could you refer him?',
      survey,
    );
    expect(capitals.signals.roleNamed.present).toBe(true);
    const doer = triage('Hi Oskar, my son saw you are hiring rail surveyors. Could you put a word in for him?', survey);
    expect(doer.signals.roleNamed.present).toBe(true);
  });

  it("a gathering both belong to, said beside the writer's name, is why-me", () => {
    const note =
      'Hi Oskar, Greta here from the allotment society. I applied for the Senior Land Surveyor role. Could you refer me?';
    expect(triage(note, survey).signals.whyMe.present).toBe(true);
  });

  it('a company after "here from" is no shared past', () => {
    const note =
      'Hi Oskar, Greta here from Tessel Geomatics. I applied for the Senior Land Surveyor role. Could you refer me?';
    expect(triage(note, survey).signals.whyMe.present).toBe(false);
  });

  it('a note sent round the company is a broadcast', () => {
    const note =
      'Hello Oskar, I am applying for the Senior Land Surveyor role and I am writing this message to several people at your company, so whoever can help, thanks!';
    expect(triage(note, survey).signals.broadcast.present).toBe(true);
  });
});

describe('results and stated moves', () => {
  it("the referrer's own measure, moved by the writer's work, is a result", () => {
    const note =
      "Hi Oskar, after we re-ran the control network on your viaduct job, your closure error went from 14 mm to 3 mm. I've applied for the Senior Land Surveyor role; could you refer me?";
    expect(triage(note, survey).signals.proofPoint.present).toBe(true);
  });

  it('a designer moving toward research is a partial fit', () => {
    const note =
      "Hi Ines, I read your piece on diary studies. I'm a graphic designer moving toward research; I ran eight usability sessions on our checkout and cut drop-off from 31% to 22%. Would you refer me for the UX Researcher role? No problem either way.";
    const out = triage(note, research);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).toBe('one_pager');
  });

  it('a move already made, told as history, is no gap', () => {
    const note =
      "Hi Ines, I read your piece on diary studies. I was a call-centre analyst before moving into research four years ago; since then I've run usability testing for our app and cut drop-off from 31% to 22%. Would you refer me for the UX Researcher role? No problem either way.";
    expect(triage(note, research).fit.level).toBe('strong');
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { splitSentences } from '../../src/triage/reading/sentences.js';
import { firstName } from '../../src/triage/writing/wording.js';

/**
 * What the tenth paste batch's verdicts left (issue 22): praise in the place of the work or the team
 * names neither a reason nor a role, nor does the team the writer hopes to join; a remark of the
 * referrer's that stayed with the writer is a reason, and "either one is fine", "tell me if I'm way
 * off" and their kin are easy outs; a chat's header (the writer's name and title) is no role asked
 * for; an aside to the reader ("as you may recall") is left out of the blurb; a given name written
 * short ("Ma. Luisa") is no sentence end and no short form alone.
 */

const garden = ProfileSchema.parse({
  name: 'Wilhelmina Osei',
  teamArea: 'Botanical garden horticulture: living collections, glasshouse propagation and plant records',
  openRoles: [
    { title: 'Propagation Technician', url: 'https://jobs.example.org/propagation-tech' },
    { title: 'Plant Records Officer', url: 'https://jobs.example.org/plant-records' },
  ],
});
const theatre = ProfileSchema.parse({
  name: 'Caspian Mbeki',
  teamArea: 'Theatre production: stage management, rehearsal scheduling and touring logistics',
  openRoles: [{ title: 'Touring Stage Manager', url: 'https://jobs.example.org/touring-sm' }],
});
const finance = ProfileSchema.parse({
  name: 'Lorcan Whitty',
  teamArea: 'Group finance: month-end close, intercompany reconciliations and treasury reporting',
  openRoles: [
    { title: 'Senior Accountant, Treasury', url: 'https://careers.example.com/senior-accountant-treasury-118' },
    { title: 'Staff Accountant', url: 'https://careers.example.com/staff-accountant-119' },
  ],
});

describe('praise in the place of the work or the team', () => {
  it('"your remarkable work" is no reason, and "your amazing team in whatever role" no role', () => {
    const note =
      'Your remarkable work!!\n\nHello Wilhelmina,\n\nI have to tell you how extraordinary your gardens are, you are ' +
      'truly an inspiration. Plants are my whole life and it would mean the world to join your amazing team in ' +
      'whatever role. Could you put in a referral for me?\n\nWarmly,\nJuniper Achterberg';
    const out = triage(note, garden);
    expect(out.signals.whyMe.present).toBe(false);
    expect(out.signals.roleNamed.present).toBe(false);
    expect(out.recommendation).toBe('no');
  });

  it('a talk of theirs the writer names is still a reason, praised or not', () => {
    const note =
      'Hello Wilhelmina, your brilliant talk on seed banking at the alpine society was why I wrote. I am applying ' +
      'for the Propagation Technician role; at Kew Lane nursery I raised our cutting strike rate from 55% to 80%. ' +
      'Would you refer me? No worries if not. Juniper Achterberg';
    const out = triage(note, garden);
    expect(out.signals.whyMe.present).toBe(true);
  });
});

describe('a remark of the referrer the writer kept, and easy outs in passing', () => {
  it('"your point about … stuck with me" is why them; "or tell me if I\'m way off? either one is fine" leaves a way out', () => {
    const note =
      'tamsin.onstage\nTamsin Greaves-Oduya · Stage manager\n\nhey Caspian! went to the talkback after the ' +
      'Fringe preview on Friday, your point about writing the calling script before tech stuck with me.\n' +
      'I saw the company is hiring a Touring Stage Manager. I have been an ASM on two regional tours (rehearsal ' +
      "calls, get-ins, show reports) but never the SM seat. would you refer me or tell me if I'm way off? either one is fine";
    const out = triage(note, theatre);
    expect(out.signals.whyMe.present).toBe(true);
    expect(out.signals.gracefulExit.present).toBe(true);
    expect(out.recommendation).toBe('one_pager');
  });

  it.each([
    'If the list is already filled, I understand.',
    "If you think I should wait a year, I'd honestly rather hear it from you.",
    'Only if it makes sense for you, of course.',
    "I don't want to put you in an awkward position.",
    'If not possible I understand.',
    'If you have someone lined up already just say so.',
  ])('"%s" is a way out', (exit) => {
    const note = `Hi Caspian, I saw the Touring Stage Manager opening and would be grateful for a referral. ${exit} Tamsin`;
    expect(triage(note, theatre).signals.gracefulExit.present).toBe(true);
  });

  it.each([
    'You and I sat on the same jury at the regional drama awards.',
    'We co-authored the touring safety checklist for the guild in 2022.',
    "It's Anouk from the stage managers guild in Bristol.",
    'A colleague from your old company, Petra Lind, said you would be the one to ask.',
    "Hi, it's Nell, from the Harbour Street rep days.",
    "Hello, Rhodri here, Bethan's nephew from the christening in Conwy.",
  ])('"%s" is why them', (why) => {
    const note = `${why} I saw the Touring Stage Manager opening; could you refer me? Thanks, Tamsin`;
    expect(triage(note, theatre).signals.whyMe.present).toBe(true);
  });
});

describe("a chat's header and an aside to the reader", () => {
  const chat =
    'Chat\nDeclan Furey  |  Staff Accountant, Treasury - Cork\n\nDeclan Furey  Monday 4:12 PM\nHey Lorcan, ' +
    'saw Senior Accountant, Treasury (118) went up on the intranet. I have closed the intercompany recs with you ' +
    'for two years now.\nDeclan Furey  Monday 4:13 PM\nIn Q3 I rebuilt the FX revaluation workbook and cut the ' +
    'close from 9 days to 6, as you may recall from the steering pack. Would you put me forward? Happy to hear ' +
    'it if I am not ready.\nDeclan Furey  Monday 4:13 PM\nhttps://careers.example.com/senior-accountant-treasury-118\n\nType a message';

  it("the writer's own title beside their name in the header is not the role they ask for", () => {
    const out = triage(chat, finance);
    expect(out.signals.roleNamed.evidence).toContain('Senior Accountant');
    expect(out.blurb).toContain('Senior Accountant, Treasury');
    expect(out.blurb).not.toContain('Staff Accountant');
  });

  it('the blurb leaves out the aside addressed to the reader', () => {
    const out = triage(chat, finance);
    expect(out.blurb).toContain('cut the close from 9 days to 6');
    expect(out.blurb).not.toMatch(/\byou\b|recall/i);
  });
});

describe('a given name written short', () => {
  it('"Ma. Luisa" ends no sentence and is the short form with the name after it', () => {
    expect(splitSentences('I am Ma. Luisa Reyes-Bautista from Cebu. Thank you.').map((s) => s.text)).toEqual([
      'I am Ma. Luisa Reyes-Bautista from Cebu.',
      'Thank you.',
    ]);
    expect(firstName('Ma. Luisa Reyes-Bautista')).toBe('Ma. Luisa');
    expect(firstName('Luisa Reyes-Bautista')).toBe('Luisa');
  });

  it('"& Co." inside a sentence ends nothing', () => {
    expect(splitSentences('I spent three years at Tan Reyes & Co. (Baker Tilly) on treasury audits.')).toHaveLength(1);
  });

  it('the blurb names her by the short form, and where she now lives is no background', () => {
    const note =
      'Referral request - Staff Accountant\nMa. Luisa Reyes-Bautista <mluisa.rb@example.com>\n\nGood afternoon Sir ' +
      'Lorcan,\n\nI am Ma. Luisa Reyes-Bautista, Sir Paolo Dimaculangan told me to write to you. I am now living in ' +
      'Cork with my sister since May (I have Stamp 4, no permit needed).\n\nMay I ask if you could refer me to the Staff ' +
      'Accountant position? I spent three years at Tan Reyes & Co. (Baker Tilly) on treasury audits for shipping ' +
      'clients. On one audit I found a €310,000 unrecorded intercompany payable that the client booked before ' +
      'sign-off.\n\nIf it is not possible, no problem Sir. God bless.\n\nRespectfully,\nMa. Luisa Reyes-Bautista';
    const out = triage(note, finance);
    expect(out.candidate.name).toBe('Ma. Luisa Reyes-Bautista');
    expect(out.blurb).toContain('Ma. Luisa is');
    expect(out.blurb).not.toMatch(/\bMa,|living in Cork|Stamp 4/);
    expect(out.blurb).toContain('€310,000');
  });
});

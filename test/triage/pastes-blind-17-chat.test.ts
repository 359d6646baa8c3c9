import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/**
 * Chats and mail the seventeenth blind batch of pastes misread (issue 22), in new wording: a chat's
 * reactions row and compose box under a message signed "— Name"; a Gmail header over a résumé whose
 * job lines look like a chat's label and date; "a <role words> post at yours"; and pressure said as a
 * demand on the referrer's clock, a threat to go over their head, or a count of asks.
 */

const kennels = ProfileSchema.parse({
  name: 'Ruairi',
  teamArea: 'Animal care at a rescue kennels: dog handling, behaviour assessments and rehoming',
  openRoles: [{ title: 'Kennel Assistant (Weekends)', url: 'https://jobs.example.org/kennels/ka-7' }],
});

describe('a chat message signed "— Name" under a username, above reactions and the compose box', () => {
  const paste = (signed: string) =>
    [
      '# volunteers  |  Northside Rescue Friends',
      'pip_walks_dogs — Today at 09:41',
      '@Ruairi hi! you posted in #volunteering that the kennels are hiring. I have walked the long-stay dogs every Saturday for a year and I am keen on the Kennel Assistant (Weekends) job. could you refer me, or should I just apply? no bother either way',
      signed,
      '🐶 3   ❤️ 2',
      'Reply',
      'Message #volunteers',
    ].join('\n');

  it('drops the reactions row and the compose box as screen text', () => {
    const intake = normalizeRequest(paste('— Pip'));
    expect(intake.text).not.toContain('🐶 3');
    expect(intake.text).not.toContain('Message #volunteers');
  });

  it('reads the dashed sign-off as the name, the period the chat gave it aside', () => {
    expect(triage(paste('— Pip'), kennels).candidate.name).toBe('Pip');
  });

  it('reads no name when the message is unsigned', () => {
    expect(triage(paste('thanks!'), kennels).candidate.name).toBeNull();
  });
});

const bakery = ProfileSchema.parse({
  name: 'Wendell',
  teamArea: 'Bakery production for a wholesale bread company: overnight dough mixing, ovens and shaping lines',
  openRoles: [{ title: 'Night Baker, Artisan Line', url: 'https://jobs.example.com/bakery/nb-22' }],
});

describe('a Gmail header atop the paste makes it mail, whatever the résumé under it holds', () => {
  const paste = [
    'Teodora Vlasceanu <teo.vlasceanu@mail.example.com>',
    'Thu, Feb 6, 6:40 AM',
    'to me',
    '',
    'Hi Wendell,',
    '',
    'We spoke at the sourdough workshop in Hamilton last spring. I am applying for the Night Baker, Artisan Line role and would be glad of a referral.',
    '',
    'I have run the overnight bench at a neighbourhood bakery for four years and cut our morning waste from 40 loaves to 12. I also helped the Riverside Market crew set up their proofing room.',
    '',
    'If it is not a fit, no problem at all.',
    '',
    'Thanks,',
    'Teodora',
    '',
    '--',
    'TEODORA VLASCEANU',
    'Hamilton, ON · 905-555-0199 · teo.vlasceanu@mail.example.com',
    '',
    'EXPERIENCE',
    'Lead Overnight Baker, Crumb & Crust Bakery — Mar 2021–present',
    '- Mix, shape and bake 600 loaves a night',
    '',
    'Market Crew (seasonal), Riverside Market — June 2019, June 2020',
    '- Stall setup, proofing room, deliveries',
  ].join('\n');

  it('reads the header’s sender, never a firm’s crew line, as the candidate', () => {
    const intake = normalizeRequest(paste);
    expect(intake.shape).toBe('email');
    expect(intake.clues.sender).toBe('Teodora Vlasceanu');
    const out = triage(paste, bakery);
    expect(out.candidate.name).toBe('Teodora Vlasceanu');
    for (const draft of Object.values(out.drafts ?? {})) expect(draft).not.toMatch(/Riverside|Market Crew/);
  });
});

const audiology = ProfileSchema.parse({
  name: 'Priya',
  teamArea:
    'Audiology department in a regional hospital: adult hearing assessments, hearing aid fitting and tinnitus clinics',
  openRoles: [{ title: 'Senior Audiologist, Tinnitus Service', url: 'https://jobs.example.net/hospital/aud-58' }],
});

describe('"a <role words> post at yours" names the role', () => {
  const note = (where: string) =>
    `hiya Priya, it's RB from the BSA study day in Leeds (we shared the coffee queue). spotted a senior audiologist tinnitus post ${where}?? I've been running tinnitus groups at the General for a while now. any chance you'd refer me? no worries if not`;

  it('reads the post at the referrer’s workplace as the role', () => {
    const out = triage(note('at yours'), audiology);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.recommendation).toBe('one_pager');
  });

  it('reads "at your hospital" the same way', () => {
    expect(triage(note('at your hospital'), audiology).signals.roleNamed.present).toBe(true);
  });

  it('does not take someone’s own post for an opening', () => {
    const text =
      'hiya Priya, loved your post at the conference about tinnitus groups. could you refer me somewhere? no worries if not';
    expect(triage(text, audiology).signals.roleNamed.present).toBe(false);
  });
});

const depot = ProfileSchema.parse({
  name: 'Marisol',
  teamArea: 'Bus depot maintenance: engine servicing, brake inspections and overnight fleet checks',
  openRoles: [{ title: 'Fleet Mechanic, Overnight', url: 'https://jobs.example.gov/transit/fm-3' }],
});

describe('pressure in a chat thread: a demand with a deadline, going over the referrer’s head, counted asks', () => {
  const thread = (third: string) =>
    [
      'Okafor, Dayo (Stores)',
      'Away',
      'Okafor, Dayo (Stores)  Monday 3:02 PM',
      'hi Marisol, Dayo from stores here',
      'Okafor, Dayo (Stores)  Monday 3:05 PM',
      'after the Fleet Mechanic, Overnight job, I already change the brake pads when the shift is short',
      'Okafor, Dayo (Stores)  10:15 AM',
      third,
      'Type a new message',
    ].join('\n');

  it('reads "need you to … today" as pressure', () => {
    const out = triage(thread('need you to put my name through today, the posting shuts thursday'), depot);
    expect(out.signals.pressure.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('reads a threat to go over the referrer’s head as pressure', () => {
    const out = triage(thread('would hate to go over your head with this one'), depot);
    expect(out.signals.pressure.present).toBe(true);
  });

  it('reads a count of asks as pressure, and as a follow-up that is not the first', () => {
    const out = triage(thread('4th time asking now'), depot);
    expect(out.signals.pressure.present).toBe(true);
    expect(out.signals.followUp.count).toBeGreaterThan(1);
  });

  it('reads "how many times do I have to ask" as pressure', () => {
    expect(triage(thread('how many times do I have to ask'), depot).signals.pressure.present).toBe(true);
  });

  it('leaves a plain ask without pressure', () => {
    const out = triage(thread('would you be up for referring me? no stress if not'), depot);
    expect(out.signals.pressure.present).toBe(false);
  });

  it('leaves "I don’t need you to … today" without pressure', () => {
    const out = triage(thread("I don't need you to sort it today, whenever suits. would you refer me?"), depot);
    expect(out.signals.pressure.present).toBe(false);
  });
});

describe('a numbered message counts the bumps before it, the ones the note shows among them', () => {
  it('reads "just bumping this", "checking in again" and "my 4th message" as three follow-ups, not five', () => {
    const text = [
      'Hi Marisol, I would love a referral for the Fleet Mechanic, Overnight job. I service my own van and rebuilt two gearboxes last winter.',
      '',
      'Hi Marisol, just bumping this!',
      '',
      'Checking in again, I know your week is full.',
      '',
      'Marisol, this is my 4th message about the mechanic job. Could you refer me?',
    ].join('\n');
    expect(triage(text, depot).signals.followUp.count).toBe(3);
  });
});

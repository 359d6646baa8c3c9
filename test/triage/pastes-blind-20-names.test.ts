import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Names in a form's, a card's, a signature's or a CV's shape that the twentieth blind batch and
 * pastes-train-7 missed (issue 22), in new wording: a job board's applicant card, a referral portal's
 * "requested an employee referral", a professional title before a name, a CV's name over its headline
 * and contact line, "X here" after a Slack mention or an emoji, and Welsh patronymic particles.
 */

const team = referrerNamed('Oona');
const bakery = team('Artisan bakery: sourdough production, lamination and the early bake crew', 'Lead Baker');
const nameOf = (text: string) => triage(text, bakery).candidate.name;

describe("a job board's applicant card", () => {
  it('reads the name alone on its line over "Applied to: …"', () => {
    const text = [
      'Reed',
      'New message from an applicant',
      'Answer within two days to stay a Quick Responder',
      '',
      'Saoirse Mbeki-Lindgren',
      'Applied to: Lead Baker · Crumb & Crust · Norwich',
      '',
      'Message:',
      "Hello Oona, I saw your post about the levain schedule. I've applied for the Lead Baker role and would value a referral. I run the night bake at a farm shop and cut our waste from 14% to 5% last year. No pressure at all.",
      '',
      'Reply    Archive',
    ].join('\n');
    expect(nameOf(text)).toBe('Saoirse Mbeki-Lindgren');
  });

  it('takes no sentence over an "Applied for:" line as a name', () => {
    const text = [
      'Hello Oona, I would value a referral.',
      'Applied for: Lead Baker',
      'I cut our waste from 14% to 5% last year. No pressure at all. Thanks, Anouk Verhoeven',
    ].join('\n');
    expect(nameOf(text)).toBe('Anouk Verhoeven');
  });
});

describe("a referral portal's notice", () => {
  it('reads "<Name> has requested an employee referral from you" from a no-reply sender', () => {
    const text = [
      'From: Crumb & Crust Talent <donotreply@talent.crumbcrust.example.com>',
      'To: Oona Blackwood',
      'Subject: Pending: a colleague-to-be is waiting on you',
      '',
      'Ikechukwu Adeyemi-Shaw has requested an employee referral from you.',
      '',
      'Role: Lead Baker',
      '',
      'Note from the applicant:',
      '"Hi Oona, your croissant workshop is why I write to you. I have laminated dough at a hotel for four years. If it is not for you, no problem."',
    ].join('\n');
    expect(nameOf(text)).toBe('Ikechukwu Adeyemi-Shaw');
  });
});

describe('a professional title before a name', () => {
  it('is no part of the name signed nor of the greeting back', () => {
    const text = [
      'Dear Engr. Oona,',
      '',
      "I am applying for the Lead Baker role and I'd be grateful if you could refer me. At my bakery I cut proofing losses by a third. If not possible, I understand.",
      '',
      'Kind regards,',
      'Engr. Babajide Oyelowo, MIFST',
      'Production Lead',
    ].join('\n');
    const result = triage(text, bakery);
    expect(result.candidate.name).toBe('Babajide Oyelowo');
    expect(result.drafts?.yes).toMatch(/\bBabajide\b/);
    expect(result.drafts?.yes).not.toMatch(/\bEngr?\b/);
  });
});

describe("a CV's name over its headline and contact line, under a note signed with a nickname", () => {
  it('reads the full name the CV is headed with', () => {
    const text = [
      "Hi Oona! We met at the bread festival in Bath. I'm applying for the Lead Baker role; could you refer me? I run the lamination bench at a café and we doubled croissant output this spring. Totally fine if not!",
      'Bex',
      '',
      'Rebecca Nwachukwu-Hall',
      'Pastry Chef de Partie · The Larder Café',
      'bex.nh@larder.example.co.uk · 07700 900 118',
      '',
      'EXPERIENCE',
      'Pastry Chef de Partie, The Larder Café, 2021–present',
    ].join('\n');
    expect(nameOf(text)).toBe('Rebecca Nwachukwu-Hall');
  });
});

describe('"<Name> here" after a greeting', () => {
  it('reads it after a Slack mention left as its id', () => {
    const text =
      "Hey <@U09QRSTUV> Temitope here - we spoke in #bread-heads about rye hydration. I'm applying for the Lead Baker role; would you refer me? I cut waste by 20% at my bakery. No worries if not.";
    expect(nameOf(text)).toBe('Temitope');
  });

  it('reads it after an emoji', () => {
    const text =
      "Morning Oona 🙂 Anwuli here! I'm applying for the Lead Baker role; would you refer me? I cut waste by 20% at my bakery. No worries if not.";
    expect(nameOf(text)).toBe('Anwuli');
  });
});

describe('Welsh patronymic particles inside a name', () => {
  it('keeps "ab" between the given name and the father\'s', () => {
    const text = [
      'Hi Oona,',
      '',
      "I'm applying for the Lead Baker role and would be grateful for a referral. I've baked in Llandeilo for six years. Happy to hear no.",
      '',
      'Best wishes,',
      'Owain ab Ieuan',
      'Baker · Carmarthen',
    ].join('\n');
    expect(nameOf(text)).toBe('Owain ab Ieuan');
  });

  it('keeps "ferch" in a header name', () => {
    const text = [
      'From: Catrin ferch Dafydd <catrin.fd@example.com>',
      'To: Oona Blackwood',
      'Subject: Lead Baker',
      '',
      "Hi Oona, I'm applying for the Lead Baker role; could you refer me? I cut our waste by 20%. No worries if not.",
    ].join('\n');
    expect(nameOf(text)).toBe('Catrin ferch Dafydd');
  });
});

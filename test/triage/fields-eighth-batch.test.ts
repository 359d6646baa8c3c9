import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { note, profile } from '../helpers/notes.js';

/**
 * What the eighth blind batch (wildland fire, speech-language pathology, commercial real estate,
 * brewing, port operations, architecture, casino table games, TV news) taught, on notes written for
 * these tests.
 */

describe('the referrer’s own opening is the ask', () => {
  it('beats a capitalized project named with "job" earlier in the note', () => {
    const team = profile('Architecture: project architects and designers for K-12 school buildings', [
      { title: 'Project Architect, K-12', url: 'https://careers.example.com/jobs/ar-11' },
    ]);
    const result = triage(
      "Hi Sam, Marcus, who was architect on your Jefferson Middle School job, suggested I write. I'm applying for the Project Architect, K-12 position. My last school finished 3 weeks early and 2% under budget. Would you refer me? It's okay to say no.\nYara",
      team,
    );
    expect(result.candidate.targetRole).toBe('Project Architect, K-12');
    expect(result.fit.level).toBe('strong');
    expect(result.recommendation).toBe('yes');
  });
});

describe('someone of theirs on the referrer’s team, or a place they shared', () => {
  it('reads "<relative> was on your <team>" as why-me', () => {
    const who = fc.constantFrom('My cousin Reyna', 'My brother', 'My old roommate', 'A friend of mine');
    const verb = fc.constantFrom('was on', 'works on', 'worked in', 'is on');
    const team = fc.constantFrom('hand crew', 'cellar team', 'night shift', 'poker room');
    fc.assert(
      fc.property(who, verb, team, (w, v, t) => {
        expect(triage(note(`${w} ${v} your ${t} and said to write.`)).signals.whyMe.present).toBe(true);
        expect(triage(note(`${w} ${v} a ${t} in Denver.`)).signals.whyMe.present).toBe(false);
      }),
    );
  });

  it.each([
    'Your analyst Priya Nair is a friend from Kellogg.',
    "We're both in the CREW Chicago mentorship program.",
    'I was in your breakout group in March.',
    'We sat together at the TOC Americas dinner in Panama.',
    'Dana said you might help.',
  ])('reads "%s" as why-me', (sentence) => {
    expect(triage(note(sentence)).signals.whyMe.present).toBe(true);
  });

  it('a friend who sent them is why-me, not an ask on someone else’s behalf', () => {
    const result = triage(note('My friend Dana suggested I write to you.'));
    expect(result.signals.whyMe.present).toBe(true);
    expect(result.signals.onBehalf.present).toBe(false);
  });
});

describe('results as a share, a rate, an honour, or against a target', () => {
  it('"<verb> N of M" is a result when the verb is a success', () => {
    const success = fc.constantFrom('caught', 'contained', 'won', 'closed', 'resolved', 'retained', 'completed');
    fc.assert(
      fc.property(success, fc.integer({ min: 2, max: 40 }), (verb, of) => {
        const sentence = `Last season we ${verb} ${of - 1} of ${of} starts.`;
        expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
        expect(triage(note(`Last season I read ${of - 1} of ${of} chapters.`)).signals.proofPoint.present).toBe(false);
      }),
    );
  });

  it.each([
    'I cleared 4,000 entries a year with a 99.6% accuracy rate.',
    'I was voted dealer of the year in 2024 out of 140 dealers.',
    'Last year I leased 95,000 square meters, it was 30% more than my target.',
    'Last year I closed 18 office leases in the West Loop.',
  ])('reads "%s" as a result', (sentence) => {
    expect(triage(note(sentence)).signals.proofPoint.present).toBe(true);
  });

  it.each(['I was named after my grandmother.', 'My target is a bigger market.'])(
    'does not read "%s" as a result',
    (sentence) => {
      expect(triage(note(sentence)).signals.proofPoint.present).toBe(false);
    },
  );
});

describe('asks for someone else, and asks that are not for work', () => {
  it.each([
    'Hi Sam, my roommate is a great brewer but too shy to ask you himself. Could you refer him for the Brewer II role?',
    'Hi Sam, my boyfriend is looking for a brewing job. Could you refer him?',
  ])('"%s" asks on someone else’s behalf: a no', (text) => {
    const result = triage(text);
    expect(result.signals.onBehalf.present).toBe(true);
    expect(result.recommendation).toBe('no');
  });

  it.each([
    'Hi Sam, my son needs a speech evaluation and the wait is four months. Can you refer me to someone who can see him sooner?',
    "Hi Sam, I'm up for a job at another firm and they asked for three professional references. Would you be one?",
  ])('"%s" is not a job referral', (text) => {
    expect(triage(text).signals.notAReferral.present).toBe(true);
  });
});

describe('a team named as an audience', () => {
  it('"introduce one of them to your oncology team" names no role; "join your oncology team" does', () => {
    const pharmacy = profile('Hospital pharmacy: clinical pharmacists on the oncology floors');
    const pitch = triage(
      'Hi Sam, I would love to introduce one of my pharmacists to your oncology team. Could you refer her?',
      pharmacy,
    );
    expect(pitch.signals.roleNamed.present).toBe(false);
    const join = triage("Hi Sam, I'd love to join your oncology team as a pharmacist. Could you refer me?", pharmacy);
    expect(join.signals.roleNamed.present).toBe(true);
  });
});

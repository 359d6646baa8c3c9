import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A letter that puts someone forward for one post ("writing to recommend <Name> for your <role> position",
 * "put him forward for the opening", "nominating <Name> for the <role> post") asks on that person's behalf,
 * as "please consider her" does (issue 22). A seller's or a firm's "recommend our people for your open roles"
 * puts no one forward for a post, and a writer who would not recommend someone asks nothing. Notes written
 * for these tests.
 */

const greens = referrerNamed('Perpetua')(
  'Grounds and turf care: sports pitches, irrigation, mowing crews',
  'Head Groundskeeper',
);

const asks = (sentence: string) =>
  !triage(`Dear Perpetua, ${sentence} Sincerely, Lowell`, greens).signals.noAsk.present;

describe('putting someone forward for a post is an ask', () => {
  it.each([
    'I am writing to recommend Ignatius Ferreira-Holm for your Head Groundskeeper position.',
    "I'd like to put her forward for the Head Groundskeeper opening at your club.",
    'With this letter I am nominating Dr. Sunniva Arkwright for the Head Groundskeeper post.',
    'I would happily recommend him for one of the groundskeeping roles you advertised.',
    'I am putting Cosmo Ibekwe forward for your Head Groundskeeper vacancy.',
  ])('reads "%s" as an ask', (sentence) => {
    expect(asks(sentence)).toBe(true);
  });

  it.each([
    'We recommend our trained turf graduates for your open positions this season.',
    'I would recommend Verdantix for your irrigation scheduling.',
    'I would not recommend him for the Head Groundskeeper position.',
    "Honestly, I wouldn't recommend her for the post.",
    'Fairway Staffing would like to put forward Cosmo Ibekwe for your Head Groundskeeper vacancy.',
  ])('reads "%s" as no ask', (sentence) => {
    expect(asks(sentence)).toBe(false);
  });
});

describe("a first-hand recommendation letter is judged as the writer's ask for the candidate", () => {
  it('is not turned away for want of an ask', () => {
    const letter = [
      'Dear Perpetua,',
      '',
      'I am writing to recommend Ignatius Ferreira-Holm for your Head Groundskeeper position. Ignatius worked under me for five years at Harrowgate Park, where he rebuilt our pitch drainage and cut weather cancellations from fourteen a season to three.',
      '',
      'Yours faithfully,',
      'Marisol Tendai',
    ].join('\n');
    const result = triage(letter, greens);
    expect(result.signals.noAsk.present).toBe(false);
    expect(result.candidate.name).toBe('Ignatius Ferreira-Holm');
    expect(result.writer).toBe('Marisol Tendai');
    expect(result.recommendation).not.toBe('no');
  });
});

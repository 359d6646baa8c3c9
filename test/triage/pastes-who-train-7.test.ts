import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Who is who in notes written for someone else (issue 22, pastes-train-7): a supervisor's vouch told of
 * "him" or "her" with no phrase that asks for them, a student named with a degree before the word
 * "student" and a nickname before "copied here", a parent's "Our Nell finishes", and the easy outs
 * such notes end on. Notes written for these tests.
 */

const kiln = referrerNamed('Tamsin')(
  'Ceramics studio: kiln firing, glaze chemistry and studio technician work',
  'Kiln Technician',
);

describe('a vouch told of "him" or "her", from work the writer saw', () => {
  const vouch = (middle: string) =>
    [
      'From: Odile Brennan <odile.brennan@potterycollege.example.org>',
      'Subject: Kiln Technician',
      '',
      'Dear Tamsin,',
      '',
      'We shared a stand at the Stoke clay fair last autumn.',
      middle,
      'He rebuilt our gas kiln controls, and firing losses went from 14% to 3% in a year. He also trains the first-years on glaze safety.',
      'If the post has gone or he is not what you need, no need to explain.',
      '',
      'Best,',
      'Odile',
    ].join('\n');

  it('"I have supervised his work": the writer vouches for the one the note is about', () => {
    const result = triage(
      vouch(
        'I am writing about Caspar Lindqvist, who is applying for your Kiln Technician post. I have supervised his work in our studio for three years.',
      ),
      kiln,
    );
    expect(result.candidate.name).toBe('Caspar Lindqvist');
    expect(result.writer).toBe('Odile Brennan');
    expect(result.recommendation).toBe('yes');
  });

  it('"because Caspar (cc\'d) is applying", "I managed him": named mid-sentence, with the easy out read', () => {
    const result = triage(
      vouch(
        "I'm in touch because Caspar (cc'd) is applying for the Kiln Technician post, and I managed him for three years.",
      ),
      kiln,
    );
    expect(result.candidate.name).toBe('Caspar');
    expect(result.writer).toBe('Odile Brennan');
    expect(result.signals.gracefulExit.present).toBe(true);
    expect(result.signals.noAsk.present).toBe(false);
  });

  it('a candidate who writes of a former boss as "he" is still asking for themselves', () => {
    const own = [
      'Hi Tamsin,',
      "I'm applying for the Kiln Technician role. My old tutor Bram said you'd be the one to ask. He ran the studio where I worked. He says you value careful firing logs.",
      'I cut our firing losses from 12% to 4% last year. Could you refer me? No worries if not.',
      'Ines Varga',
    ].join('\n');
    const result = triage(own, kiln);
    expect(result.candidate.name).toBe('Ines Varga');
    expect(result.writer).toBeNull();
  });
});

describe("a student named with a degree before the word, and a nickname before 'copied here'", () => {
  it('"my PhD student Xiadani Quispe (she goes by Dani), copied here": the candidate is the student', () => {
    const text = [
      'Dear Tamsin,',
      '',
      'We met at the glaze symposium in Bath. I am writing about my PhD student Xiadani Quispe (she goes by Dani), copied here, who is applying for your Kiln Technician post.',
      'I supervised her thesis: she redesigned our reduction firing schedule and cut cracked pieces from 20% to 6%. She runs the kiln room on her own now.',
      'I would be glad if you could refer her. If the timing is wrong, I understand.',
      '',
      'Regards,',
      'Prof. Lorcan Haddad',
    ].join('\n');
    const result = triage(text, kiln);
    expect(result.candidate.name).toBe('Xiadani Quispe');
    expect(result.writer).toBe('Lorcan Haddad');
  });
});

describe('a parent speaking of their own by a possessive, in the present tense', () => {
  it('"Our Nell finishes her course": Nell is the candidate, and a relative asks at most a one-pager', () => {
    const text = [
      'Dear Tamsin,',
      '',
      'Your neighbour Priscilla gave me your name when I mentioned our youngest at the allotment.',
      'Our Nell finishes her ceramics diploma in July and would love the Kiln Technician job you advertised. She fired every piece for her end-of-year show herself. She is very patient with the kilns.',
      'Would you be able to put in a good word for her?',
      '',
      'Kind regards,',
      'Winifred Achterberg',
    ].join('\n');
    const result = triage(text, kiln);
    expect(result.candidate.name).toBe('Nell');
    expect(result.writer).toBe('Winifred Achterberg');
    expect(result.recommendation).toBe('one_pager');
  });
});

describe('an easy out past a second condition', () => {
  it('"If it isn\'t suitable, or the timing is off, please don\'t worry at all" is an easy out', () => {
    const text =
      "Hi Tamsin, I'm applying for the Kiln Technician role. Your glaze talk in Leeds is why I'm writing. I cut our firing losses from 12% to 4%. Could you refer me? If it isn't suitable, or the timing is off, please don't worry at all.";
    expect(triage(text, kiln).signals.gracefulExit.present).toBe(true);
  });

  it('"if you\'re worried about the kiln, don\'t worry" offers no easy out', () => {
    const text =
      "Hi Tamsin, I'm applying for the Kiln Technician role. I cut our firing losses from 12% to 4%. Could you refer me? If you're worried about the old kiln, don't worry, I've fixed worse.";
    expect(triage(text, kiln).signals.gracefulExit.present).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/**
 * Mail copied with its subject on top, Outlook forwards without a marker, colleagues who worked beside
 * the candidate, agencies that say what they are, and gaps the writer admits, in the shapes the seventh
 * blind batch of pastes showed (issue 22), in new wording.
 */

const water = ProfileSchema.parse({
  name: 'Anouk',
  teamArea: 'Water treatment operations: process control, dosing, SCADA and compliance sampling',
  openRoles: [{ title: 'Senior Process Engineer', url: 'https://jobs.example.com/process-eng-77' }],
});

const RESULT = 'cut our coagulant dosing costs by 18% in one year';

describe('mail copied with the subject above the fields', () => {
  const mail = [
    'Subject: Senior Process Engineer - would you refer me?',
    'From: Ravi Okonkwo-Patel <ravi@example.org>',
    'Date: 3 April 2025 at 09:10:44 GMT+1',
    'To: anouk@example.com',
    '',
    'Hi Anouk,',
    '',
    `We met at the utilities process forum in Leeds last autumn. I'm applying for the Senior Process Engineer post. At my plant I ${RESULT}. Would you be willing to refer me? If not, no hard feelings at all.`,
    '',
    'Thanks,',
    'Ravi',
  ].join('\n');

  it('reads the whole message, not only the subject line', () => {
    const out = triage(mail, water);
    expect(out.signals.tooShort.present).toBe(false);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });
});

describe('an Outlook forward with no marker line above the forwarded header', () => {
  const forward = [
    'Subject: FW: Senior Process Engineer',
    '',
    'Anouk - sending this one your way. Ravi ran the plant next to mine for years and was great to work with. His note is below.',
    '',
    'From: Ravi Okonkwo-Patel <ravi@example.org>',
    'Sent: 2 April 2025 17:40',
    'To: Joost de Wit',
    'Subject: Senior Process Engineer',
    '',
    'Hi Joost,',
    '',
    `I've applied for the Senior Process Engineer post (ref 77). Would you be able to pass my name to whoever leads process engineering? I ${RESULT}.`,
    '',
    'If it is awkward, please do not worry.',
    'Ravi',
  ].join('\n');

  it('reads the forwarded note as the ask, not the cover alone', () => {
    const out = triage(forward, water);
    expect(out.signals.noAsk.present).toBe(false);
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.recommendation).not.toBe('no');
  });

  it('leaves a quoted reply under an ordinary subject alone', () => {
    const reply = forward.replace('Subject: FW: Senior Process Engineer', 'Subject: Senior Process Engineer');
    expect(triage(reply, water).signals.noAsk.present).toBe(true);
  });
});

describe('a colleague who worked beside the candidate', () => {
  it('vouches from first-hand work when they say the candidate "worked next to me"', () => {
    const note = `Anouk, quick one. Marta Oyelowo worked next to me on the night shift at the Riverside works for four years. She ${RESULT}. She's applied for your Senior Process Engineer opening. Would you be ok referring her? No problem if not.`;
    const out = triage(note, water);
    expect(out.signals.onBehalf.present).toBe(false);
    expect(out.recommendation).toBe('yes');
  });
});

describe('an agency that says what it is', () => {
  it('is a no even when it names its candidate and asks to put them forward', () => {
    const note = `Hi Anouk, I'm in touch with Marta Oyelowo, a process engineer with eight years in water. She's keen on your Senior Process Engineer role. As a recruitment agency we're not on your supplier list, so could you put her forward as a referral? We'd make it worth your while.`;
    const out = triage(note, water);
    expect(out.signals.onBehalf.present).toBe(true);
    expect(out.recommendation).toBe('no');
  });

  it('does not read "as a firm believer" as a firm', () => {
    const note = `Hi Anouk, we met at the utilities forum. As a firm believer in data-led dosing, I ${RESULT}. I'm applying for the Senior Process Engineer role; would you refer me? If not, no worries.`;
    expect(triage(note, water).signals.onBehalf.present).toBe(false);
  });
});

describe('what the note shows', () => {
  it('"you might remember me from…" says why the referrer was picked', () => {
    const note = `Hi Anouk, you might remember me from the dosing workshop in Utrecht. I'm applying for the Senior Process Engineer role. I ${RESULT}. Would you refer me?`;
    expect(triage(note, water).signals.whyMe.present).toBe(true);
  });

  it('"if it isn\'t possible, I quite understand" is an easy out', () => {
    const note = `Hi Anouk, I'm applying for the Senior Process Engineer role. I ${RESULT}. Could you refer me? If it isn't possible, I quite understand.`;
    expect(triage(note, water).signals.gracefulExit.present).toBe(true);
  });

  it('a writer who asks whether the move is too much of a stretch has a partial fit', () => {
    const note = `Hi Anouk, we met at the utilities forum. I run a small pumping station and I ${RESULT}. I saw the Senior Process Engineer opening. Could you refer me, or is that too much of a stretch? Thanks either way.`;
    const out = triage(note, water);
    expect(out.fit.level).toBe('partial');
    expect(out.recommendation).not.toBe('yes');
  });
});

describe('a chat app card for a shared link', () => {
  it('is no template placeholder', () => {
    const note = `Hi Anouk, we met at the utilities forum. I ${RESULT}. Is it possible for you to refer me for the senior process role? If not convenient it's OK\n[Link] Senior Process Engineer | Example Water`;
    expect(triage(note, water).signals.placeholder.present).toBe(false);
  });

  it('a "[Link]" left in a sentence still is one', () => {
    const note = `Hi Anouk, I'm applying for the Senior Process Engineer role, my portfolio is here: [Link]. Would you refer me?`;
    expect(triage(note, water).signals.placeholder.present).toBe(true);
  });
});

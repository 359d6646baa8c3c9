import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { readResult } from '../../src/triage/reading/read-result.js';
import { toThirdPerson } from '../../src/triage/writing/person.js';
import { resultAround } from '../../src/triage/writing/result-clause.js';

/**
 * Results the fifteenth blind batch of pastes showed unread (issue 22), in new wording: work handed on
 * with nothing to redo, a part of a whole the writer names first, a share of cases meeting a standard,
 * the work a clean record held over kept with it in the blurb; and "any A / B / C position", which
 * names no role.
 */

const printShop = ProfileSchema.parse({
  name: 'Rosalind',
  teamArea: 'Prepress and print production for a book publisher',
  openRoles: [{ title: 'Prepress Technician', url: 'https://jobs.example.com/print/prepress-7' }],
});

const note = (result: string) =>
  [
    'Hi Rosalind, we met at the Print Futures workshop in Leeds last spring.',
    'I have run imposition and preflight at Quarto Press for four years.',
    result,
    'Could you refer me for the Prepress Technician opening? No worries at all if not.',
    'Thanks, Ottilie Brandt',
  ].join('\n');

describe('work handed on with nothing to redo is a clean record', () => {
  it('reads "went directly to the printer without corrections" with no count or stretch of time', () => {
    const read = readResult('My imposed files went directly to the printer without corrections.');
    expect(read?.kind).toBe('clean-record');
  });

  it('makes a note with a role, a reason and that record a yes', () => {
    const out = triage(
      note('My imposed files for the spring list went directly to the printer without corrections.'),
      printShop,
    );
    expect(out.signals.proofPoint.present).toBe(true);
    expect(out.recommendation).toBe('yes');
  });

  it('is no result without the handing on: "I work without supervision"', () => {
    expect(readResult('I work without supervision on the night shift.')).toBeNull();
  });
});

describe('a part of a whole the writer names first, that reached a goal, is a share', () => {
  it('reads "Of the 52 files I preflighted, 50 were accepted by the printer on the first proof"', () => {
    const read = readResult(
      'Of the 52 files I preflighted this year, 50 passed the printer’s check on the first proof.',
    );
    expect(read?.kind).toBe('share');
    expect(read?.quantities.map((q) => q.value)).toEqual([52, 50]);
  });

  it('makes the note a yes', () => {
    const out = triage(
      note('Of the 52 files I preflighted this year, 50 passed the printer’s check on the first proof.'),
      printShop,
    );
    expect(out.recommendation).toBe('yes');
  });

  it('is someone else’s when another person did the work, and no share when the part outgrows the whole', () => {
    expect(readResult('Of the 20 books my supervisor checked, 19 passed on the first proof.')).toBeNull();
    expect(readResult('Of the 5 presses, 12 passed.')).toBeNull();
  });
});

describe('a share of cases meeting a standard is a result', () => {
  it('reads the standard before the share and after it', () => {
    expect(readResult('Since March we have turned proofs around next-day for 96% of titles.')?.kind).toBe('share');
    expect(readResult('93% of my jobs shipped to the bindery on schedule.')?.kind).toBe('share');
  });

  it('is no result without a standard: "I handle artwork for 40% of our titles"', () => {
    expect(readResult('I handle artwork for 40% of our titles.')).toBeNull();
  });

  it('is the clause the blurb takes over a clean record beside it', () => {
    const sentence =
      'I rebuilt the preflight checklist, and this year we have sent files on time for 95% of titles; the printer logged nothing against us.';
    expect(resultAround(sentence)).toContain('on time for 95% of titles');
  });
});

describe('a clean record keeps the work it held over', () => {
  it('takes the count told in the clause before the record', () => {
    const sentence =
      'I ran the press check for the autumn catalogue: 64 signatures, zero colour complaints from the client.';
    expect(resultAround(sentence)).toBe('64 signatures, zero colour complaints from the client');
  });

  it('retells a hyphenated verb after "I" as written', () => {
    expect(toThirdPerson('I hand-imposed 30 signatures and I co-wrote the spec.', 'Ottilie')).toBe(
      'Ottilie hand-imposed 30 signatures and they co-wrote the spec.',
    );
  });
});

describe('"any A / B / C position" names no role', () => {
  const dump = [
    'Dear Madam,',
    'Kindly find enclosed my CV for any prepress / print finishing / quality control / customer service position in your company.',
    'I hold a diploma in print media and know InDesign, Acrobat and Pitstop.',
    'Please forward me to the right position as per my experience.',
    'Yours faithfully,',
    'Hamid Qureshi',
  ].join('\n');

  it('reads no role, and the note is a no', () => {
    const out = triage(dump, printShop);
    expect(out.signals.roleNamed.present).toBe(false);
    expect(out.recommendation).toBe('no');
  });

  it('still reads a slash title with no "any": "the Prepress / Imaging Technician opening"', () => {
    const out = triage(
      note('Last year I cut plate remakes by 40%.').replace(
        'Prepress Technician opening',
        'Prepress / Imaging Technician opening',
      ),
      printShop,
    );
    expect(out.signals.roleNamed.present).toBe(true);
  });
});

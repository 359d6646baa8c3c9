import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/** Issue 22: a profile's top over a message, with no time stamp, still names the contact. */
describe('a profile top without a stamp', () => {
  it('reads the name before the middle dot when the app follows it', () => {
    const note = [
      'marisol_bakes',
      'Marisol Ochoa · Threads',
      'Active 12m ago',
      '',
      'heyyy! love every loaf your bakery puts out, honestly obsessed. any chance you could get me in the door there??',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Marisol Ochoa');
  });

  it('reads a follower count line, brackets and emoji off the name', () => {
    const note = [
      'teo.paints',
      'Teodora Ilić (Теодора) 🎨 · 41K followers',
      'teo.paints',
      '',
      'Hi Jonas!! Your studio is the dream. I paint murals for 41k people online and I would do any job at all there. Could you put me forward?',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Teodora Ilić');
  });

  it('takes a name printed twice over the message as the contact', () => {
    const note = [
      '~ Kwame Boateng Mensah',
      '+233 24 555 0199',
      'Kwame Boateng Mensah',
      'Good evening Ms. Adeyemi, a colleague shared your number. I run quay cranes in Tema and hope to move into planning; could you refer me for the planner opening? Thank you.',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBe('Kwame Boateng Mensah');
  });

  it('leaves a name over a note alone when nothing around it is an app', () => {
    const note = [
      'Sofia Lindqvist',
      '',
      'Dear Ahmed, I saw the analyst opening on your team and would love a referral. Thanks.',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).toBeNull();
  });

  it('never reads a street address before a middle dot as the contact', () => {
    const note = [
      'OLUWASEUN BANKOLE',
      '77 Juniper Hollow Lane · Tulsa, OK 74105',
      'April 2, 2026',
      '',
      'Dear Ms. Farrow, we spoke at the planning expo in March, and I would be grateful for your referral to the Buyer opening on your team.',
    ].join('\n');
    expect(normalizeRequest(note).clues.sender).not.toMatch(/Juniper/);
  });
});

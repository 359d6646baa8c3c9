import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { warehouseReferrer } from '../helpers/notes.js';

/**
 * One clock for the intake (issue 22): a time and a date look the same to every reader (intake/clock.ts),
 * so a chat's stamp lines and an export's stamped messages read "10h30", "9am", "21:04", a lower-case
 * "pm" and a day-first date alike. The stamps go; the messages, times they mention included, stay.
 */

const opening = 'Hi Marta, Ines from the cycling club gave me your number, I hope that is all right.';
const ask =
  "I'm going for the Inbound Operations Supervisor opening. At my current DC I rebuilt the receiving schedule and we went from 40 to 11 late trailers a week.";
const close = 'Would you feel comfortable referring me? Totally fine to say no.';
const later = 'Could we talk tomorrow at 9am before my shift?';

const read = (paste: string) => normalizeRequest(paste);
const name = (paste: string) => triage(paste, warehouseReferrer).candidate.name;

/** The message text survives, every stamp line is gone. */
function expectRead(paste: string, stamps: readonly string[]) {
  const { text } = read(paste);
  for (const message of [opening, ask, close]) expect(text).toContain(message.slice(0, 40));
  expect(text).toContain('tomorrow at 9am');
  for (const stamp of stamps) expect(text).not.toContain(stamp);
}

describe('one clock: the time forms every reader shares', () => {
  it('WhatsApp on iOS, US date, a lower-case "pm"', () => {
    const paste = [
      `[3/14/26, 9:02 PM] Baptiste Okonkwo-Lindqvist: ${opening}`,
      `[3/14/26, 9:03 PM] Baptiste Okonkwo-Lindqvist: ${ask}`,
      `[3/14/26, 9:04 pm] Baptiste Okonkwo-Lindqvist: ${close}`,
      `[3/15/26, 7:40 am] Baptiste Okonkwo-Lindqvist: ${later}`,
    ].join('\n');
    expectRead(paste, ['3/14/26', '9:02', '7:40', 'Baptiste']);
    expect(name(paste)).toBe('Baptiste Okonkwo-Lindqvist');
  });

  it('WhatsApp on Android, a dotted day-first date and a 24-hour time', () => {
    const paste = [
      `14.03.26, 21:04 - Baptiste Okonkwo-Lindqvist: ${opening}`,
      `14.03.26, 21:04 - Baptiste Okonkwo-Lindqvist: ${ask}`,
      `14.03.26, 21:05 - Baptiste Okonkwo-Lindqvist: ${close}`,
      `15.03.26, 07:12 - Baptiste Okonkwo-Lindqvist: ${later}`,
    ].join('\n');
    expectRead(paste, ['14.03.26', '21:04', '07:12']);
    expect(name(paste)).toBe('Baptiste Okonkwo-Lindqvist');
  });

  it('a log that stamps each message with a French "10h30" before the label', () => {
    const paste = [
      `10h30 Baptiste Okonkwo-Lindqvist: ${opening}`,
      `10h31 Baptiste Okonkwo-Lindqvist: ${ask}`,
      `10h31 Baptiste Okonkwo-Lindqvist: ${close}`,
      `10h45 Baptiste Okonkwo-Lindqvist: ${later}`,
    ].join('\n');
    expectRead(paste, ['10h3', '10h45']);
    expect(name(paste)).toBe('Baptiste Okonkwo-Lindqvist');
  });

  it('a text thread whose stamp lines read "9am", "Yesterday 10h30", "Fri, 14 Mar, 21:04"', () => {
    const paste = [
      'Baptiste Okonkwo-Lindqvist',
      'Fri, 14 Mar, 21:04',
      opening,
      ask,
      'Yesterday 10h30',
      close,
      '9am',
      later,
    ].join('\n');
    expectRead(paste, ['Fri, 14 Mar', '10h30', '\n9am']);
    expect(read(paste).text.split('\n')).not.toContain('9am');
    expect(name(paste)).toBe('Baptiste Okonkwo-Lindqvist');
  });

  it('a note listing times for a call keeps them: "9am Wednesday:" is no log line\'s stamp and speaker', () => {
    const paste = [
      'Hi Marta,',
      '',
      `${ask} ${close}`,
      'Times that work for a quick call:',
      '9am Wednesday: before my shift',
      '2 PM Thursday: any time after',
      '',
      'Thank you,',
      'Baptiste Okonkwo-Lindqvist',
    ].join('\n');
    const intake = read(paste);
    expect(intake.shape).not.toBe('chat');
    expect(intake.text).toContain('9am Wednesday: before my shift');
    expect(intake.text).toContain('2 PM Thursday: any time after');
  });

  it('a mail page whose day-first date sits between the sender and "to me" stays a mail', () => {
    const paste = [
      'Inbound supervisor opening',
      'Inbox',
      '',
      'Baptiste Okonkwo-Lindqvist',
      'Fri, 14 Mar, 21:04',
      'to me',
      '',
      opening,
      '',
      ask,
      '',
      close,
      '',
      'Baptiste',
    ].join('\n');
    const intake = read(paste);
    expect(intake.shape).toBe('email');
    expect(intake.clues.sender).toBe('Baptiste Okonkwo-Lindqvist');
    expect(intake.text).not.toMatch(/21:04|to me/);
    expect(intake.text).toContain(ask.slice(0, 40));
  });
});

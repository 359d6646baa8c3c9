import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * A chat the twentieth blind batch's names missed (issue 22), in new wording: a Signal thread whose contact
 * is saved as "Given (where the referrer knows them from)", under the app's name and its disappearing-messages
 * line, and whose message mentions LinkedIn. The app's name at the top makes it that app's thread, not a
 * LinkedIn page; and a greeting, then "<Name> from <the group>" where the clause ends, names the writer.
 */

const team = referrerNamed('Mona');
const kiln = team('Ceramics studio: kiln firing, glazing and the shop floor', 'Studio Assistant');

const thread = (opening: string) =>
  [
    'Marisol (pottery class)',
    'Signal',
    'Disappearing messages: On',
    'Yesterday',
    opening,
    'A friend shared your post on LinkedIn saying the studio needs a Studio Assistant. I fired and glazed for a community kiln for two years, about 300 pieces a month with no cracked loads.',
    'Could you put my name forward? No worries at all if it is not a fit.',
    '21:03 ✓✓',
    'Delivered',
  ].join('\n');

describe("a Signal thread with the contact's note in brackets", () => {
  it('reads the given name from the contact label, though the message mentions LinkedIn', () => {
    expect(triage(thread('Hello Mona, hope the new kiln is behaving!'), kiln).candidate.name).toBe('Marisol');
  });

  it("drops the app's name and its disappearing-messages line as screen text", () => {
    const read = normalizeRequest(thread('Hello Mona, hope the new kiln is behaving!'));
    expect(read.shape).toBe('chat');
    expect(read.text).not.toMatch(/Disappearing|Signal|Delivered/);
    expect(read.text).toContain('community kiln');
  });

  it('drops a line that sets the disappearing-message timer', () => {
    const paste = thread('Hi Mona!').replace(
      'Disappearing messages: On',
      'You set disappearing message time to 1 week',
    );
    expect(normalizeRequest(paste).text).not.toContain('disappearing');
  });
});

describe('a greeting, then the writer and where the reader knows them from', () => {
  const note = (opening: string) =>
    [
      opening,
      'I saw the studio is hiring a Studio Assistant. I glazed and fired for a community kiln for two years, 300 pieces a month.',
      'Would you be willing to refer me? Totally fine if not.',
    ].join('\n');

  it('names the writer: "Hey Mona, Idris from the Sunday running group 👋"', () => {
    expect(
      triage(note('Hey Mona, Idris from the Sunday running group 👋 hope your week is going well.'), kiln).candidate
        .name,
    ).toBe('Idris');
  });

  it('names the writer in full where the clause ends on a comma or a stop', () => {
    expect(
      triage(note('Good evening Mona, Idris Haddad from your old book club, hope all is well.'), kiln).candidate.name,
    ).toBe('Idris Haddad');
    expect(triage(note('Hi Mona, Idris from the pottery studio. Long time!'), kiln).candidate.name).toBe('Idris');
  });

  it('does not name a third person the sentence goes on about', () => {
    const said = note('Hi Mona, Tariq from the climbing wall suggested I write to you.');
    expect(triage(said, kiln).candidate.name).not.toBe('Tariq');
    const who = note('Hi Mona, Tariq from the climbing wall, who you met last spring, told me to write.');
    expect(triage(who, kiln).candidate.name).not.toBe('Tariq');
  });

  it('reads no name in a greeting from a place', () => {
    expect(triage(note('Hi Mona, greetings from the Bay Area! Hope you are well.'), kiln).candidate.name).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Issue 22: a chat app's message-request screen names the sender; its buttons and composer are screen text. */
describe("a message request's screen", () => {
  it('names the person who wants to send the message, not the composer button', () => {
    const paste = [
      'Message request',
      'Rhiannon Pryce wants to send you a message',
      'Rhiannon Pryce',
      'Lives in Swansea · Studied at Gower College',
      'TUE AT 19:40',
      'hey!! saw ur post in the forklift drivers group, do u know if ur warehouse is hiring pickers? could u put a word in',
      'ta x',
      'Accept   Delete   Block',
      'Aa',
    ].join('\n');
    const result = triage(paste, warehouseReferrer);
    expect(result.candidate.name).toBe('Rhiannon Pryce');
    expect(result.drafts?.no).toMatch(/^(?:Hi|Hey|Hello) Rhiannon\b/);
  });

  it('takes a row of request buttons and the composer under the note as screen text', () => {
    const paste = [
      'hey could u put a word in for me for the picker jobs at ur warehouse',
      'ta x',
      'Accept   Delete   Block',
      'Aa',
    ].join('\n');
    expect(triage(paste, warehouseReferrer).candidate.name).toBeNull();
  });

  it('keeps a short signed name under a note with no buttons', () => {
    const paste = ['Could you put a word in for me for the picker jobs at your warehouse?', 'Thanks,', 'Ana'].join(
      '\n',
    );
    expect(triage(paste, warehouseReferrer).candidate.name).toBe('Ana');
  });
});

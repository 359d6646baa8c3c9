import { describe, expect, it } from 'vitest';
import { finalLineName } from '../../src/triage/decision/final-line-name.js';

// Notes in languages the triage does not read: only the shape of the last lines tells a name.
describe('the name under a closing line, in a language the triage does not read', () => {
  it('reads one word under a line that closes with a comma or an exclamation mark', () => {
    expect(finalLineName('Bisa bantu saya? Terima kasih banyak, Pak!\nDewi')).toBe('Dewi');
    expect(finalLineName('Czy mógłbyś mnie polecić?\nPozdrawiam serdecznie,\nMarek')).toBe('Marek');
  });

  it('never takes a closing word written alone for a name', () => {
    expect(finalLineName('Czy mógłbyś mnie polecić? Dziękuję bardzo!\nPozdrawiam')).toBeNull();
    expect(finalLineName('Kan du rekommendera mig? Tack på förhand!\nHälsningar')).toBeNull();
    expect(finalLineName('Kun je mij aanbevelen? Alvast bedankt!\nGroetjes')).toBeNull();
  });

  it('reads no lone word under a sentence that does not close the note', () => {
    expect(finalLineName('Saya lulusan baru dari Bandung dan mencari pekerjaan.\nSegera')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { NOTES } from './lang-writer-notes.js';

/**
 * Issue 22, item 4, in every language the drafts are local in: a note written for someone else (a
 * manager's vouch, a parent's or an uncle's ask) is answered to its writer, by name and in the writer's
 * register, and every draft speaks of the candidate by name. Notes written for these tests.
 */

/** Each language's greeting, informal and formal: the greeted name follows it. */
const GREETING = /^(?:Hola,|Buenos días,|Oi,|Olá|Salut|Bonjour|Hallo|Guten Tag|Ciao|Gentile|Hey|Hi)\s+([^\s,:!]+)/u;

/** The three drafts of one of the notes, triaged with its own profile. */
function draftsOf(id: string) {
  const n = NOTES.find((x) => x.id === id);
  if (!n) throw new Error(`no note ${id}`);
  return triage(n.text, n.profile).drafts ?? { yes: '', one_pager: '', no: '' };
}

describe('local drafts to the writer of a named candidate', () => {
  it.each(NOTES.map((n) => [n.id, n] as const))('%s: greets the writer, names the candidate', (_, n) => {
    const out = triage(n.text, n.profile);
    expect(out.candidate.name?.split(' ')[0]).toBe(n.candidate);
    expect(out.writer?.split(' ')[0]).toBe(n.writer);
    const drafts = out.drafts ?? { yes: '', one_pager: '', no: '' };
    for (const draft of [drafts.yes, drafts.one_pager, drafts.no]) {
      expect(GREETING.exec(draft)?.[1]).toBe(n.writer);
      const body = draft.slice(draft.indexOf(n.writer) + n.writer.length);
      expect(body).toContain(n.candidate);
    }
  });

  it('the yes asks for the résumé to come from the candidate, by name', () => {
    const yes = (id: string) => draftsOf(id).yes;
    expect(yes('de-manager-du')).toMatch(/Kann Svenja mir den Lebenslauf direkt schicken\?/);
    expect(yes('fr-manager-tu')).toMatch(/demander à Yanis de m’envoyer son CV/);
    expect(yes('it-manager-tu')).toMatch(/Matteo può mandarmi direttamente il CV\?/);
    expect(yes('hi-en-manager-aap')).toMatch(/Ananya se kahiye ki apna resume seedha mujhe bhej de/);
  });

  it('the one-pager is asked of the candidate directly, and the no wishes the candidate well', () => {
    const drafts = draftsOf('pt-father');
    expect(drafts.one_pager).toMatch(/Prefiro que Beatriz me contacte diretamente, com um resumo de uma página/);
    expect(drafts.no).toMatch(/Não vou conseguir fazer a referência de Beatriz.*Espero que Beatriz encontre/s);
  });

  it('the register is the writer’s: Sie, usted, vous and Lei are answered in kind', () => {
    const first = (id: string) => draftsOf(id).one_pager;
    expect(first('de-aunt-sie')).toMatch(/^Guten Tag Ursula, vielen Dank, dass Sie wegen Timo/);
    expect(first('es-mother-usted')).toMatch(/^Buenos días, Mercedes:.*Con eso le doy/s);
    expect(first('fr-father-vous')).toMatch(/^Bonjour Gérard,.*Pourriez-vous demander à Élodie/s);
    expect(first('it-mother-lei')).toMatch(/^Gentile Rosaria,.*darLe/s);
    expect(first('hi-en-uncle-tum')).toMatch(/^Hey Manoj, thanks ki tumne Rohan/);
  });

  it('a German note that says du is answered with du, though "Sie hat…" is the candidate and "Ihr sucht…" the team', () => {
    const n = NOTES.find((x) => x.id === 'de-manager-du');
    expect(n?.text).toMatch(/\. Sie hat .*\n\nIhr sucht/s);
    expect(draftsOf('de-manager-du').yes).toMatch(/^Hallo Jörg, danke für deine Nachricht zu Svenja\./);
  });

  it('French lines never put "de" or "que" before the name: Élodie needs no elision', () => {
    for (const draft of Object.values(draftsOf('fr-father-vous'))) {
      expect(draft).toContain('Élodie');
      expect(draft).not.toMatch(/\b(?:de|que) Élodie/);
    }
  });
});

/**
 * Saying there is no hurry takes pressure away: "not urgent" is an easy out in every language, while a
 * plain "urgent" still presses.
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';

const pressed = (note: string) => triage(note, null).signals.pressure.present;

describe('no hurry is no pressure', () => {
  it.each([
    [
      'en',
      'Hi Sam, could you refer me for the Data Analyst role? Not urgent at all, and no worries if not. Thanks, Ana',
    ],
    ['en', 'Hi Sam, could you refer me for the Data Analyst role? Nothing urgent, and no worries if not. Thanks, Ana'],
    [
      'es',
      'Hola Sam, ¿me podrías referir para el puesto de Analista de Datos? No es urgente, y si no puedes, lo entiendo. Saludos, Ana',
    ],
    [
      'pt',
      'Olá Sam, você poderia me indicar para a vaga de Analista de Dados? Nada urgente, e se não puder, tudo bem. Abraço, Ana',
    ],
    [
      'fr',
      'Bonjour Sam, pourrais-tu me recommander pour le poste d’analyste de données ? Rien d’urgent, et si tu ne peux pas, aucun souci. Ana',
    ],
    [
      'fr',
      "Bonjour Sam, pourrais-tu me recommander pour le poste d'analyste de données ? Ce n'est pas urgent, et si tu ne peux pas, aucun souci. Ana",
    ],
    [
      'de',
      'Hallo Sam, könntest du mich für die Stelle als Data Analyst (m/w/d) empfehlen? Ist nicht dringend, und wenn es nicht passt, kein Problem. Grüße, Ana',
    ],
    [
      'it',
      'Ciao Sam, potresti segnalarmi per la posizione di Data Analyst? Non è urgente, e se non puoi, nessun problema. Ana',
    ],
    [
      'hi-en',
      'Hi Sam, aapki team mein Data Analyst ki opening dekhi, kya aap mujhe refer kar sakte ho? Koi jaldi nahi, na ho toh bhi theek hai. Thanks, Ana',
    ],
  ])('%s: %s', (_lang, note) => {
    expect(pressed(note)).toBe(false);
  });

  it.each([
    ['en', 'Hi Sam, this is urgent: please refer me for the Data Analyst role today. Ana'],
    ['es', 'Hola Sam, es urgente: refiéreme hoy para el puesto de Analista de Datos, por favor. Ana'],
    ['it', 'Ciao Sam, è urgente: segnalami oggi per la posizione di Data Analyst, per favore. Ana'],
    ['hi-en', 'Hi Sam, bahut urgent hai, aaj hi Data Analyst role ke liye refer kar do please. Ana'],
  ])('%s, a real hurry still presses: %s', (_lang, note) => {
    expect(pressed(note)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, after the third blind batch: a posting asked for by its kind in lower case, an earlier
 * message in the past perfect, German and Hinglish words the English title reader took for a title,
 * "one of the people I admire most", recognition as a result, and asks in everyday words. Notes written for these tests.
 */

const team = (teamArea: string, title?: string): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: title ? [{ title, url: 'https://jobs.example.com/1' }] : [],
  workingLanguage: 'en',
});

describe('a posting asked for by its kind, in lower case', () => {
  it.each([
    [
      'Hola Sara, quería pedirte que me recomiendes para el puesto de jefe de bodega. Llevo cinco años en logística.',
      'jefe de bodega',
    ],
    [
      'Oi Caio, me candidatei para a vaga de analista de cobrança. Trabalho com crédito há quatro anos.',
      'analista de cobrança',
    ],
    ['Ciao Marta, ti scrivo per il posto di capo ricevimento, lavoro in hotel da sei anni.', 'capo ricevimento'],
    [
      "Bonjour Léa, je postule au poste d'acheteuse junior chez vous. J'ai trois ans d'achats industriels.",
      'acheteuse junior',
    ],
  ])('%s', (note, title) => {
    expect(triage(note, team('Operations')).signals.roleNamed.evidence).toBe(title);
  });

  it('a job in general is no posting', () => {
    const result = triage(
      'Hola Sara, busco algo estable para el puesto de trabajo que sea. ¿Me ayudas?',
      team('Operations'),
    );
    expect(result.signals.roleNamed.present).toBe(false);
  });
});

describe('an earlier message in the past perfect is a bump', () => {
  it.each([
    'Ciao Marta, ti avevo scritto la settimana scorsa per la selezione di Addetta Paghe.',
    'Hola Sara, te había escrito hace unos días sobre la vacante de Analista de Pagos.',
    'Oi Caio, não sei se você viu minha mensagem sobre a vaga de Analista de Cobrança.',
  ])('%s', (note) => {
    expect(triage(note, team('Operations')).signals.followUp.present).toBe(true);
  });
});

describe('words the English title reader took for a title', () => {
  it('German: "für eine passende Position" names none', () => {
    const result = triage(
      'Guten Tag Frau Berger, ich wäre dankbar, wenn Sie mich für eine geeignete Position vorschlagen könnten.\n\nMit freundlichen Grüßen\nJan Roth',
      team('Controlling'),
    );
    expect(result.signals.roleNamed.present).toBe(false);
  });

  it('Hinglish: any opening in the team names none, as "any opening in your team" does in English', () => {
    const result = triage(
      'Hi Arjun, aapki Payments Ops team mein agar koi opening ho toh mera naam aage bhej sakte ho? Maine settlement delays 30% kam kiye.',
      team('Payments operations'),
    );
    expect(result.signals.roleNamed.present).toBe(false);
    expect(result.signals.noAsk.present).toBe(false);
  });
});

describe('flattery: one of the people I admire most', () => {
  it.each([
    'Olá Rita, és uma das profissionais que mais admiro na área. Podias dar uma palavrinha por mim?',
    'Hola Sara, eres una de las personas que más admiro del sector. ¿Podrías recomendarme?',
    "Bonjour Léa, vous êtes l'une des personnes que j'admire le plus dans le métier. Pourriez-vous me recommander ?",
    'Ciao Marta, sei una delle persone che più stimo nel settore. Mi segnaleresti?',
    'Hallo Jana, du bist eine der Personen, die ich am meisten bewundere. Kannst du mich empfehlen?',
  ])('%s', (note) => {
    expect(triage(note, team('Operations')).signals.flattery.present).toBe(true);
  });

  it('"uma palavrinha por mim" is an ask', () => {
    expect(
      triage('Olá Rita, podias dar uma palavrinha por mim para a vaga de Técnica de Manutenção?', team('Manutenção'))
        .signals.noAsk.present,
    ).toBe(false);
  });
});

describe('recognition the work earned is a result', () => {
  it('French: picked up and cited', () => {
    const result = triage(
      "Bonjour Léa, mon dossier sur les loyers a été repris par plusieurs radios nationales. Le poste de Journaliste Audio m'intéresse, pourriez-vous me recommander ?",
      team('Rédaction audio'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
  });

  it('German: an award the kitchen won; a gap in French makes the fit partial', () => {
    const result = triage(
      'Hallo Jana, in unserem Restaurant haben wir letztes Jahr den ersten Stern bekommen. Kannst du mich für die Stelle als Küchenchef empfehlen?',
      team('Küche und Gastronomie'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
    const gap = triage(
      "Bonjour Léa, je n'ai pas encore produit d'émission audio moi-même. Le poste de Réalisatrice Audio m'intéresse, pourriez-vous me recommander ?",
      team('Production audio'),
    );
    expect(gap.fit.level).not.toBe('strong');
  });
});

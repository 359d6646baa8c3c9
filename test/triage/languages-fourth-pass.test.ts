import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, after the third blind batch: a posting asked for by its kind in lower case, an earlier
 * message in the past perfect, German and Hinglish words the English title reader took for a title, or for a posting,
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

describe('words the English title reader took for a title, or for a posting', () => {
  it('German: "für eine passende Position" names none', () => {
    const result = triage(
      'Guten Tag Frau Berger, ich wäre dankbar, wenn Sie mich für eine geeignete Position vorschlagen könnten.\n\nMit freundlichen Grüßen\nJan Roth',
      team('Controlling'),
    );
    expect(result.signals.roleNamed.present).toBe(false);
  });

  it('Hinglish: any opening in a team is a kind of role, not a posting, so at most a one-pager', () => {
    const result = triage(
      'Hi Arjun, hum dono ek hi college se hain. Aapki Payments Ops team mein agar koi opening ho toh mera naam aage bhej sakte ho? Maine settlement delays 30% kam kiye. Nahi ho paaye toh koi baat nahi.',
      team('Payments operations', 'Payments Ops Analyst'),
    );
    expect(result.candidate.targetRole).toBe('Payments Ops team');
    expect(result.recommendation).not.toBe('yes');
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

  it('a quoted result leaves out the "mais" that joined it to a gap', () => {
    const result = triage(
      "Bonjour Léa, je n'ai jamais travaillé en radio, mais mon dossier sur les loyers a été repris par plusieurs radios nationales. Le poste de Journaliste Audio m'intéresse, pourriez-vous me recommander ?",
      team('Rédaction audio'),
    );
    expect(result.drafts?.yes).toContain('« mon dossier sur les loyers a été repris par plusieurs radios nationales »');
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

describe('everyday phrasings of each signal', () => {
  const ask: Record<string, string> = {
    es: 'Llevo seis años en compras y me interesa la vacante de Comprador Senior que abristeis en Sevilla. ¿Me recomendarías para ese puesto?',
    pt: 'Trabalho com compras há seis anos e vi a vaga de Comprador Sênior que vocês abriram em Recife. Você me indicaria para essa vaga?',
    fr: "Je travaille aux achats depuis six ans et le poste d'Acheteur Senior ouvert à Nantes m'intéresse. Pourriez-vous me recommander pour ce poste ?",
    de: 'Ich bin seit sechs Jahren im Einkauf und interessiere mich für die Stelle als Senior Einkäufer, die ihr in Köln ausgeschrieben habt. Würdest du mich dafür empfehlen?',
    it: 'Lavoro negli acquisti da sei anni e mi interessa la posizione di Buyer Senior che avete aperto a Torino. Mi segnaleresti per questa posizione?',
    'hi-en':
      'Main 6 saal se procurement mein hoon aur aapki company mein Senior Buyer ki opening dekhi Chennai mein. Kya aap mujhe is role ke liye refer kar sakte ho?',
  };
  const cases: [string, 'whyMe' | 'gracefulExit' | 'pressure' | 'followUp' | 'proofPoint', string][] = [
    ['es', 'gracefulExit', 'Sin ningún compromiso, de verdad.'],
    ['es', 'pressure', 'Eres mi única opción ahora mismo.'],
    ['es', 'pressure', 'Me lo debes desde lo de la mudanza.'],
    ['es', 'followUp', 'Disculpa mi insistencia, ¿alcanzaste a ver mi correo?'],
    ['es', 'proofPoint', 'En dos años logré duplicar los ahorros del área.'],
    ['pt', 'pressure', 'Preciso de uma resposta ainda hoje.'],
    ['pt', 'followUp', 'Desculpe a insistência, chegou a ver a minha mensagem?'],
    ['pt', 'proofPoint', 'Em um ano consegui triplicar as economias da área.'],
    ['fr', 'pressure', "J'ai besoin d'une réponse d'ici demain."],
    ['fr', 'followUp', "Pardon d'insister, as-tu eu le temps de lire mon mail ?"],
    ['de', 'whyMe', 'Wir haben vor drei Jahren gemeinsam bei einem Autozulieferer gearbeitet.'],
    ['de', 'pressure', 'Ich brauche dringend eine Antwort.'],
    ['de', 'followUp', 'Entschuldige, dass ich schon wieder störe: hast du meine Mail bekommen?'],
    ['it', 'whyMe', 'Siamo stati compagni di corso a Economia.'],
    ['it', 'gracefulExit', 'Non si preoccupi se non riesce.'],
    ['it', 'pressure', 'Ho bisogno di una risposta entro venerdì.'],
    ['hi-en', 'pressure', 'Aaj hi bata dena please.'],
    ['hi-en', 'pressure', 'Itna toh kar hi sakte ho mere liye.'],
    ['pt', 'pressure', 'Tu me deves uma, lembras?'],
    ['it', 'pressure', 'Dai, me lo devi dopo il trasloco.'],
    ['hi-en', 'followUp', 'Baar baar message karne ke liye sorry, mera message dekha kya?'],
  ];
  it.each(cases)('%s %s: %s', (code, signal, line) => {
    const result = triage(`${line} ${ask[code]}`, team('Einkauf, compras, achats, acquisti, procurement'));
    expect(result.language.code).toBe(code);
    expect(result.signals[signal].present).toBe(true);
  });
});

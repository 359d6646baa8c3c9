import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, what the languages-train batch taught, on notes written for these tests: results, asks,
 * easy outs, reasons and risks in each language's own words, and an opening's own title with its
 * local markers.
 */

const team = (teamArea: string, title?: string, workingLanguage: Profile['workingLanguage'] = 'en'): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: title ? [{ title, url: 'https://jobs.example.com/1' }] : [],
  workingLanguage,
});

describe('results in words', () => {
  it('a Spanish verb ending in an accented letter ("triplicó")', () => {
    const result = triage(
      'Hola Marta, vi tu charla sobre logística urbana. Me postulé a Jefa de Almacén. En mi empresa actual el nuevo sistema de picking que monté triplicó los pedidos preparados por turno. ¿Me recomendarías? Si no encaja, ningún drama.\n\nSara Gil',
      team('Operaciones de almacén y logística', 'Jefa de Almacén', 'es'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.signals.gracefulExit.present).toBe(true);
  });

  it('Portuguese halving with the object between verb and "à metade"', () => {
    const result = triage(
      'Oi Bruno, tudo bem? Me candidatei para Analista de Fraude. No meu time atual cortamos os estornos indevidos à metade com regras novas. Pode me indicar? Se não der, zero estresse.\n\nLia Souza',
      team('Prevenção a fraudes em pagamentos', 'Analista de Fraude', 'pt'),
    );
    expect(result.signals.proofPoint.evidence).toContain('à metade');
    expect(result.signals.gracefulExit.present).toBe(true);
  });

  it('a Portuguese figure against the usual average', () => {
    const result = triage(
      'Olá Sofia, candidatei-me à vaga de Gestor de Obra. Entreguei a última escola em 9 meses, enquanto a média da construtora era de 13. Podes recomendar-me?\n\nJoão Reis',
      team('Gestão de obra e construção pública', 'Gestor de Obra', 'pt'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
  });

  it('a Hinglish from-to with units and "kar diya"', () => {
    const result = triage(
      'Hi Karan, Data Engineer opening dekha. Pichhle saal maine nightly job ka runtime 90min se 20min kar diya. Kya aap refer kar sakte ho?\n\nAmit',
      team('Data platform engineering', 'Data Engineer'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
  });
});

describe('asks for someone else and reasons to write', () => {
  it('Italian "segnalarlo" and French "de la recommander" are asks', () => {
    const it1 = triage(
      'Ciao Anna, come stai? Marco ha lavorato con me per tre anni e so bene quanto vale. Ha visto che nel vostro ufficio acquisti cercate un Buyer Senior e mi ha chiesto se ti conosco. Te la sentiresti di segnalarlo?\n\nPaola',
      team('Acquisti e fornitori', 'Buyer Senior', 'it'),
    );
    expect(it1.signals.noAsk.present).toBe(false);
    const fr1 = triage(
      "Bonjour Léa, Inès a travaillé avec moi deux ans. Elle vise le poste d'Acheteuse Senior. Accepterais-tu de la recommander ?\n\nMarc",
      team('Achats et fournisseurs', 'Acheteuse Senior', 'fr'),
    );
    expect(fr1.signals.noAsk.present).toBe(false);
  });

  it('German "wir kennen uns flüchtig vom …" and "nur, wenn es für dich passt"', () => {
    const result = triage(
      'Hallo Nina, wir kennen uns flüchtig vom Laufclub. Ich habe mich als Buchhalterin beworben. Könntest du mich empfehlen? Natürlich nur, wenn es für dich passt.\n\nEva Roth',
      team('Finanzbuchhaltung', 'Buchhalterin', 'de'),
    );
    expect(result.signals.whyMe.present).toBe(true);
    expect(result.signals.gracefulExit.present).toBe(true);
  });

  it('Portuguese "a gente trabalhava junto" and Hinglish time since a shared past', () => {
    const pt = triage(
      'Oi Rita, tudo bem? Lembra de mim? A gente trabalhava junto na agência lá em Recife. Vi que vocês estão com a vaga de Redatora Sênior aberta e fiquei muito animada. Pode me indicar?\n\nNina',
      team('Conteúdo e redação publicitária', 'Redatora Sênior', 'pt'),
    );
    expect(pt.signals.whyMe.present).toBe(true);
    const hi = triage(
      'Hi Manish, Pune office ke baad bahut time ho gaya! Data Analyst ki opening dekhi. Refer kar sakte ho? Koi jaldi nahi.\n\nRavi',
      team('Business analytics', 'Data Analyst'),
    );
    expect(hi.signals.whyMe.present).toBe(true);
    expect(hi.signals.gracefulExit.present).toBe(true);
  });

  it('Hinglish: a name, an aside in brackets, then "ne bola ki tumse …"', () => {
    const result = triage(
      'Hi Dev, Pooja Shah (tumhare saath QA mein hai) ne bola ki tumse baat karun. QA Engineer ki opening dekhi. Refer kar doge?\n\nTara',
      team('Quality engineering', 'QA Engineer'),
    );
    expect(result.signals.whyMe.present).toBe(true);
  });
});

describe('risks', () => {
  it('Hinglish pressure: a deadline laid on the referrer, "ignore mat karo", and a count in figures', () => {
    const result = triage(
      'Bhai 3rd message hai ye. Data Analyst wala refer kar do, parso last date hai. Dekh ke ignore mat karo please.',
      team('Business analytics', 'Data Analyst'),
    );
    expect(result.signals.pressure.present).toBe(true);
    expect(result.signals.followUp.count).toBeGreaterThan(1);
    expect(result.recommendation).toBe('no');
  });

  it("a recruiter's one unnamed candidate in Portuguese, Spanish, French and Italian", () => {
    const notes = [
      'Olá Pedro, estou acompanhando um profissional muito sólido para a vaga de Analista de Risco. Pode fazer a indicação?',
      'Hola Pedro, estoy trabajando con una candidata muy sólida para la vacante de Analista de Riesgo. ¿Podrías referirla?',
      "Bonjour Pierre, j'accompagne actuellement une candidate très solide pour le poste d'Analyste Risque. Pourriez-vous la recommander ?",
      'Ciao Piero, sto seguendo un candidato molto solido per la posizione di Analista Rischi. Potresti segnalarlo?',
    ];
    for (const note of notes) expect(triage(note, team('Risk')).signals.onBehalf.present, note).toBe(true);
  });

  it('Hinglish: an agency\'s "profiles ready hain"', () => {
    const result = triage(
      'Hi Vikram, humare paas Data Analyst ke liye 3 profiles ready hain. Aap portal se submit kar dijiye.',
      team('Business analytics', 'Data Analyst'),
    );
    expect(result.signals.onBehalf.present).toBe(true);
  });
});

describe('fit', () => {
  it("an opening's own title with a local level marker is that opening", () => {
    const result = triage(
      'Oi Thiago, a gente trabalhava junto no banco. Tô de olho na vaga de Product Designer Júnior de vocês. Redesenhei o cadastro e dobramos a conversão. Consegue me indicar? Se não der, tudo bem.\n\nCaio',
      team('Produto – cartões e crédito', 'Product Designer Júnior', 'pt'),
    );
    expect(result.fit.level).toBe('strong');
  });

  it('French regulatory affairs ("chargée d\'affaires réglementaires") is not sales', () => {
    const result = triage(
      "Bonjour Paul, je suis pharmacienne. Je vise le poste de Chargée d'affaires réglementaires. Pourriez-vous me recommander ?\n\nAnne",
      team('Affaires réglementaires pharmaceutiques', "Chargée d'affaires réglementaires", 'fr'),
    );
    expect(result.fit.explanation).not.toContain('sales');
  });

  it('an opening named plain, without its contract marker, is that opening', () => {
    const result = triage(
      "Bonjour Claire, je m'appelle Hugo Petit. J'ai vu que votre service cherche un monteur vidéo pour la rentrée. Je monte des reportages depuis trois ans. Pourriez-vous me recommander ?\n\nHugo Petit",
      team('Production vidéo et montage', 'Monteur vidéo (H/F)', 'fr'),
    );
    expect(result.signals.roleNamed.evidence).toBe('monteur vidéo');
    expect(result.fit.level).toBe('strong');
  });
});

describe("a tie through the referrer's family", () => {
  const cases: Array<[string, Profile['workingLanguage']]> = [
    [
      'Hola Pablo, soy Inés, amiga de tu madre del club de lectura. Mi sobrino busca trabajo como Contable y vio vuestra vacante. ¿Podrías recomendarlo?',
      'es',
    ],
    [
      'Olá Pedro, sou a Marta, vizinha dos teus pais em Braga. O meu filho viu a vossa vaga de Contabilista. Podias recomendá-lo?',
      'pt',
    ],
    [
      'Ciao Paolo, sono Franca, amica di tua madre dai tempi della scuola. Mio figlio ha visto che cercate un Contabile. Potresti segnalarlo?',
      'it',
    ],
    [
      'Hallo Paul, ich bin Heike, eine Nachbarin deiner Eltern in Kiel. Mein Sohn hat gesehen, dass ihr einen Buchhalter sucht. Könntest du ihn empfehlen?',
      'de',
    ],
    [
      'Namaste Pawan beta, main Kavita aunty, aapki mummy ke yoga group se. Mera beta Accountant ki opening dekh raha hai. Refer kar doge?',
      'hi-en',
    ],
  ];
  for (const [note, code] of cases) {
    it(code as string, () => {
      expect(triage(note, team('Finance and accounting', undefined, code)).signals.whyMe.present).toBe(true);
    });
  }
});

describe('the quoted result', () => {
  it('a link in brackets before the result does not hold the rest of the sentence as one clause', () => {
    const result = triage(
      'Hola Lucía, te escribo porque estuve en tu charla en Codemotion. Vi que buscáis Analista de Datos (https://jobs.example.com/1) y encajo: el año pasado, con un modelo nuevo de previsión, bajamos las roturas de stock un 22 %. ¿Me recomendarías? Si no puedes, lo entiendo perfectamente.\n\nMarta Ruiz',
      team('Analítica de datos de retail', 'Analista de Datos', 'es'),
    );
    expect(result.recommendation).toBe('yes');
    expect(result.drafts?.yes).toContain('("bajamos las roturas de stock un 22 %")');
  });
});

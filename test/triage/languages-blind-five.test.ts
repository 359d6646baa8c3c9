import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, what the fifth blind batch taught, on notes written for these tests: the ways a writer ties
 * themselves to the referrer, results said with verbs and counts of each language, an ask for someone
 * else, a gap the candidate admits, a role no opening is in, and who wrote a note for someone else.
 */

const team = (teamArea: string, ...titles: string[]): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: titles.map((title, i) => ({ title, url: `https://jobs.example.com/${i + 1}` })),
});

describe('why this referrer, in the writer’s own words', () => {
  // One note a language first, each its own test: the first note in a language compiles its patterns.
  it.each([
    'Hola Alex, Marcos Vidal me dio tu teléfono y me dijo que te escribiera. Trabajo hace cinco años en un almacén de Zaragoza. ¿Me podrías referir para Jefe de Almacén?',
    'Olá Alex! Peguei o seu número no grupo de ex-alunos da Unicamp. Sou analista de estoque há quatro anos. Você me indicaria para a vaga de Coordenador de Armazém?',
    "Bonjour Alex, on avait bossé ensemble chez un transporteur à Nantes. Je suis chef d'équipe en entrepôt depuis six ans. Pourrais-tu me recommander pour le poste de Responsable d'Entrepôt ?",
    'Hallo Alex, wie besprochen schicke ich dir die Stelle. Ich bin seit sechs Jahren Lagerleiter in Kassel. Würdest du mich für die Stelle Leiter Lager empfehlen?',
    'Ciao Alex, sono Giorgio Neri, quello del corso di fotografia a Torino! Lavoro da sei anni come capo magazzino a Novara. Mi segnaleresti per Responsabile Magazzino?',
  ])('names a tie the referrer will recognise: %s', (note) => {
    expect(triage(note, team('Logística de almacenes')).signals.whyMe.present).toBe(true);
  });

  it.each([
    'Hola Alex, las dos hicimos el máster de logística en Deusto. ¿Me referirías para Jefa de Almacén?',
    'Hola Alex, vi tu mensaje en #operaciones sobre el nuevo almacén de Getafe. ¿Me referirías para Jefa de Almacén?',
    'Oi Alex, a gente conversou no workshop de dados em Curitiba. Você me indicaria para a vaga de Analista?',
    "Bonjour Alex, j'ai vu sur LinkedIn que vous pilotez l'ouverture du nouvel entrepôt. Pourriez-vous me recommander ?",
    'Hallo Alex, lange nicht gesehen, seit dem Projekt in Hannover! Würdest du mich empfehlen?',
    'Ciao Alex, siamo tutti e due di Bergamo e ho visto che lavori in logistica. Mi segnaleresti?',
  ])('another shape of the same tie: %s', (note) => {
    expect(triage(note, team('Logística de almacenes')).signals.whyMe.present).toBe(true);
  });
});

describe('results in each language’s own verbs and counts', () => {
  it.each([
    ['de', 'Ich habe die Ausschussquote in der Montage von 6 % auf 2 % gedrückt.'],
    ['it', 'Da quando ho rifatto il processo, i reclami dei clienti sono calati del 20% in un anno.'],
    ['pt', 'O fechamento do mês levava 3 dias e agora sai em 4 horas.'],
    ['fr', 'Ma série de vidéos pédagogiques a atteint 250 000 vues en six semaines.'],
    ['es', 'El tablero que armé detectó 140 siniestros dudosos el primer trimestre.'],
  ])('%s: a result is read', (_code, sentence) => {
    const note = `${sentence}\n\n${
      {
        de: 'Würdest du mich für die Stelle Qualitätsleiter empfehlen?',
        it: 'Mi segnaleresti per Responsabile Qualità?',
        pt: 'Você me indicaria para a vaga de Controller?',
        fr: 'Pourrais-tu me recommander pour le poste de Responsable Formation ?',
        es: '¿Me podrías referir para Analista de Fraude?',
      }[_code]
    }`;
    expect(triage(note, team('Operaciones')).signals.proofPoint.present).toBe(true);
  });
});

describe('an ask made for someone else', () => {
  it.each([
    'Hola Alex, Lucía Ferrer trabajó conmigo cuatro años y bajó las devoluciones del 8 % al 3 %. ¿La podrías recomendar para Jefa de Almacén? Si no se puede, tranquilo.\n\nUn abrazo,\nPedro',
    'Hallo Alex, Jonas Keller war drei Jahre bei mir im Team und hat die Durchlaufzeit von 9 auf 5 Tage verkürzt. Magst du ihn für die Stelle Leiter Lager empfehlen? Wenn nicht, kein Problem.\n\nViele Grüße\nAnke Brandt',
  ])('is an ask, and the candidate is the one named: %s', (note) => {
    const result = triage(note, team('Logística de almacenes'));
    expect(result.signals.noAsk.present).toBe(false);
    expect(result.candidate.name).toMatch(/^(?:Lucía Ferrer|Jonas Keller)$/);
  });

  it('the writer named after a Hinglish "writing for" is not the candidate, nor is the pronoun that follows', () => {
    const result = triage(
      'Hi Alex,\n\nMain Kavya Menon ke liye likh raha hoon. Woh 2 saal mere under analyst thi aur usne churn 12% se 7% tak laaya. Kya tum usse refer kar sakte ho?\n\nRegards,\nRahul Iyer',
      team('Customer analytics', 'Senior Analyst'),
    );
    expect(result.candidate.name).toBe('Kavya Menon');
    expect(result.writer).toBe('Rahul Iyer');
  });

  it('a search firm’s mandate in German is an offer, signed by the recruiter', () => {
    const result = triage(
      'Sehr geehrte Frau Alex,\n\nwir betreuen im Rahmen eines exklusiven Mandats eine erfahrene Einkaufsleiterin, die sich verändern möchte. Wären Sie bereit, die Kandidatin intern zu empfehlen?\n\nMit freundlichen Grüßen\n\nKlaus Berger\nPartner | Berger Search GmbH',
      team('Einkauf und Beschaffung'),
    );
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toBe('Klaus Berger');
    expect(result.recommendation).toBe('no');
  });
});

describe('fit', () => {
  it('a gap the candidate admits in Italian keeps the fit partial', () => {
    const result = triage(
      'Ciao Alex, da tre anni pianifico gli acquisti per una catena di negozi e ho ridotto le scorte del 15%. So bene che la logistica portuale è un altro mondo, ma mi candiderei come Pianificatore Portuale. Mi segnaleresti?',
      team('Logistica portuale: pianificazione delle banchine, terminal container', 'Pianificatore Portuale'),
    );
    expect(result.fit.level).toBe('partial');
  });

  it('a role in a line of work none of the openings is in, sharing no word with the area, is outside it', () => {
    const result = triage(
      'Ciao Alex, sono sviluppatrice frontend da quattro anni e ho portato il tempo di caricamento da 4 a 1 secondo. Ho visto che cercate un Frontend Developer React. Mi segnaleresti?',
      team('Cantina: vendemmia, vinificazione, affinamento in botte', 'Enologo Senior', 'Product Manager Wine Club'),
    );
    expect(result.fit.level).toBe('none');
  });

  it('a role in initials that spell one of the openings is not judged outside by its discipline', () => {
    const result = triage(
      'Ciao Alex, ho visto che cercate un APM. Mi segnaleresti? Se non puoi, nessun problema.',
      team('Cantina: vendemmia, vinificazione, affinamento in botte', 'Enologo Senior', 'Assistant Project Manager'),
    );
    expect(result.fit.level).not.toBe('none');
    expect(result.fit.explanation).not.toMatch(/none of your openings/);
  });

  it('a producer at the newsroom is not read as an editor by the place she works', () => {
    const result = triage(
      "Salut Alex, je suis productrice à la rédaction numérique depuis 2020 et j'ai lancé un podcast : 90'000 écoutes en 2 mois. Tu serais d'accord de me recommander pour Product Owner Audio ?",
      team('Audio numérique : podcasts, plateformes, audience', 'Product Owner Audio'),
    );
    expect(result.fit.explanation).not.toMatch(/reporting|editing/);
  });
});

describe('the result the blurb quotes', () => {
  it('a cost that moved, said first, is quoted over a share said after it', () => {
    const result = triage(
      'Olá Alex, vi a vaga de Analista de Transportes (https://jobs.example.com/1). No ano passado refiz as rotas e o custo por entrega caiu de R$ 12,40 para R$ 8,10, com a pontualidade subindo de 90% para 96%. Você me indicaria? Se não der, tudo bem.\n\nAbraço,\nRenata Lopes',
      { ...team('Logística e transportes', 'Analista de Transportes'), workingLanguage: 'pt' },
    );
    expect(result.recommendation).toBe('yes');
    expect(result.blurb).toContain('12,40');
  });

  it('what the work led to is quoted over the scope before it', () => {
    const result = triage(
      "Bonjour Alex, j'ai vu le poste d'Ingénieur Énergie (https://jobs.example.com/1). L'an dernier, j'ai équipé 30 sites en solaire, ce qui a réduit la facture de gasoil de 25 % sur ces sites. Pourriez-vous me recommander ? Sinon, aucun souci.\n\nCordialement,\nAline Koffi",
      { ...team('Énergie des sites télécom', 'Ingénieur Énergie'), workingLanguage: 'fr' },
    );
    expect(result.blurb).toContain('25 %');
  });
});

describe('who signed', () => {
  it('a short self-introduction with the full name in brackets gives the full name', () => {
    const result = triage(
      'Oi Alex, aqui é a Bia (Beatriz Lima), da turma de Direito! Uma amiga minha, a Paula Reis, quer a vaga de Analista Jurídica aí. Você conseguiria indicar ela?\n\nBeijo',
      team('Jurídico', 'Analista Jurídica'),
    );
    expect(result.writer).toBe('Beatriz Lima');
    expect(result.candidate.name).toBe('Paula Reis');
  });

  it('a name after thanks and an emoji on a one-line note is the writer’s', () => {
    const result = triage('Ciao Alex, mi daresti una mano a entrare da voi? Grazie 🙏 Marta', team('Editoria'));
    expect(result.candidate.name).toBe('Marta');
  });

  it('a chat’s compose box under a note in an unread language is not its signature', () => {
    const result = triage(
      'Merhaba Alex,\n\nAnkara’da bir lojistik şirketinde beş yıldır depo sorumlusu olarak çalışıyorum ve şirketinizdeki açık pozisyonlar için başvurmak istiyorum. Bana yardımcı olabilir misiniz?\n\nSaygılarımla,\nEmre\n\nMesaj yazın…\nGönder',
      team('Logistics'),
    );
    expect(result.candidate.name).toBe('Emre');
  });
});

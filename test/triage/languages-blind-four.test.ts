import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, what the fourth blind batch taught, on notes written for these tests: a recruiter who keeps
 * the candidate's name back, an agency that was only the writer's past, why-me and easy outs in each
 * language's own words, results counted in copies or against the planned time, a line of work in the
 * referrer's team wanted before any posting fits, and a signature of several lines under the closing.
 */

const team = (teamArea: string, title?: string): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: title ? [{ title, url: 'https://jobs.example.com/1' }] : [],
});

describe('who asks for whom', () => {
  // One note a language, each its own test: the first note in a language compiles that language's patterns.
  it.each([
    'Hola Alex, desde nuestra consultora estamos acompañando a un candidato muy sólido para vuestra vacante de Analista de Fraude. Todavía no puedo compartir su nombre, pero te mando el CV ciego si te interesa.',
    'Olá Alex, represento uma candidata muito forte para a vaga de Analista de Fraude. Ainda não posso partilhar o nome, mas envio o CV anónimo.',
    "Bonjour Alex, je ne peux pas encore vous communiquer son nom, mais le profil colle parfaitement au poste d'Analyste Fraude.",
    'Ciao Alex, per riservatezza non posso ancora condividere il suo nome, ma il profilo è perfetto per Analista Frodi.',
    'Hallo Alex, ihren Namen darf ich leider noch nicht nennen, aber sie passt genau auf die Stelle Betrugsanalystin.',
  ])('a recruiter who will not name the candidate yet asks on their behalf: %s', (note) => {
    expect(triage(note, team('Prevención de fraude')).signals.onBehalf.present).toBe(true);
  });

  it('an agency named as where the writer once interned is their past, not their trade', () => {
    const result = triage(
      'Sehr geehrter Herr Brandt, während meines Praktikums bei einer Personalberatung habe ich 25 Fachkräfte für Kliniken gewonnen. Würden Sie mich für die Stelle Recruiterin Pflege empfehlen? Falls nicht, danke ich Ihnen trotzdem.\n\nMit freundlichen Grüßen\nJana Hofer',
      team('Recruiting für Pflegeberufe', 'Recruiterin Pflege'),
    );
    expect(result.signals.onBehalf.present).toBe(false);
    expect(result.signals.gracefulExit.present).toBe(true);
    expect(result.signals.proofPoint.present).toBe(true);
  });

  it('a former boss who wants to recommend someone is making the ask', () => {
    const result = triage(
      'Hola Alex, te quiero recomendar a una persona que trabajó tres años conmigo: Inés Prado, para la vacante de Jefa de Almacén. Bajó las roturas de stock del 9 % al 2 %. Si no encaja, cero problema.\n\nRaúl',
      team('Logística y almacenes', 'Jefa de Almacén'),
    );
    expect(result.signals.noAsk.present).toBe(false);
  });
});

describe('why this referrer', () => {
  const cases: [string, string, string][] = [
    [
      'es',
      'Hola Alex:\n\nLeo tus artículos sobre logística inversa cada semana. Trabajo desde hace cuatro años como coordinadora de devoluciones en un operador de Zaragoza. ¿Me referirías para la vacante de Analista de Devoluciones?\n\nUn saludo,\nMarta Gil',
      'Logística inversa y devoluciones',
    ],
    [
      'es',
      'Hola Alex:\n\nSoy Tomás, el del taller de almacenes en Valencia, no sé si te acuerdas. Trabajo desde hace cuatro años como jefe de turno en un almacén de Sagunto. ¿Me referirías para la vacante de Jefe de Almacén?\n\nUn saludo,\nTomás Ruiz',
      'Logística y almacenes',
    ],
    [
      'pt',
      'Olá Alex,\n\nSomos as duas antigas alunas do ISEG, embora de cursos diferentes. Trabalho há cinco anos na gestão de armazéns de uma empresa de distribuição em Lisboa. Poderia indicar-me para a vaga de Analista de Logística?\n\nCumprimentos,\nRita Lopes',
      'Logística e armazéns',
    ],
    [
      'pt',
      'Caro Alex,\n\nObrigada ao Professor Rui Matos pela apresentação. Trabalho há cinco anos na gestão de armazéns de uma empresa de distribuição em Lisboa. Poderia indicar-me para a vaga de Analista de Logística?\n\nCumprimentos,\nRita Lopes',
      'Logística e armazéns',
    ],
    [
      'fr',
      "Bonjour Alex,\n\nJe vous ai écoutée aux Rencontres de la logistique à Lille. Je suis cheffe d'équipe dans un entrepôt de Roubaix depuis cinq ans. Pourriez-vous me recommander pour le poste de Responsable d'entrepôt ?\n\nBien à vous,\nLéa Martin",
      'Logistique et entrepôts',
    ],
    [
      'fr',
      "Bonjour Alex,\n\nVous étiez intervenant au master de Grenoble ; c'est votre cours qui m'a donné envie de changer de métier. Je suis cheffe d'équipe dans un entrepôt de Roubaix depuis cinq ans. Pourriez-vous me recommander pour le poste de Responsable d'entrepôt ?\n\nBien à vous,\nLéa Martin",
      'Logistique et entrepôts',
    ],
    [
      'de',
      'Sehr geehrter Herr Brandt,\n\nIhren Namen habe ich von meinem Professor an der TU Graz. Ich arbeite seit vier Jahren als Disponentin in einem Lager in Linz. Würden Sie mich für die Stelle Lagerleiterin empfehlen?\n\nMit freundlichen Grüßen\nJana Hofer',
      'Lagerlogistik und Versand',
    ],
  ];
  for (const [code, note, area] of cases) {
    it(`reads the tie in ${code}: "${note.slice(0, 50)}…"`, () => {
      expect(triage(note, team(area)).signals.whyMe.present).toBe(true);
    });
  }

  it('the referrer\'s "retour d\'expérience" is their talk, not advice asked for; applying with their backing is the ask', () => {
    const result = triage(
      "Bonjour Alex,\n\nVotre retour d'expérience sur la fibre à Abidjan m'a marqué. Je suis technicien transmission depuis trois ans à Bouaké. J'ai vu l'offre d'Ingénieur Transmission et je souhaiterais postuler avec votre recommandation.\n\nCordialement,\nKoffi Yao",
      team('Réseaux de transmission', 'Ingénieur Transmission'),
    );
    expect(result.signals.adviceOnly.present).toBe(false);
    expect(result.signals.noAsk.present).toBe(false);
  });
});

describe('easy outs and results', () => {
  it('"não há qualquer problema" is an easy out', () => {
    const note =
      'Olá Alex,\n\nTrabalho há cinco anos na gestão de armazéns em Lisboa. Poderia indicar-me para a vaga de Analista de Logística? Se não puder, não há qualquer problema.\n\nRita Lopes';
    expect(triage(note, team('Logística e armazéns')).signals.gracefulExit.present).toBe(true);
  });

  it('copies sold are a result', () => {
    const note =
      'Gentile Alex,\n\nlavoro da sei anni come redattore in una casa editrice di Torino. Ho curato una guida di viaggio che ha superato le 9.500 copie vendute. Mi segnalerebbe per la posizione di Redattore Turismo?\n\nCordiali saluti,\nPaolo Neri';
    expect(triage(note, team('Editoria turistica')).signals.proofPoint.present).toBe(true);
  });

  it('a time against the planned one is a result', () => {
    const pt =
      'Olá Alex,\n\nTrabalho há seis anos no licenciamento de parques eólicos. No ano passado obtive a licença ambiental de um parque em quatro meses, em vez dos nove previstos. Poderia indicar-me para a vaga de Engenheira de Licenciamento?\n\nRita Lopes';
    const es =
      'Hola Alex:\n\nTrabajo hace seis años en auditoría interna de un banco en Lima. El año pasado cerré la auditoría anual en tres semanas en lugar de las seis previstas. ¿Me referirías para la vacante de Auditora Senior?\n\nMarta Gil';
    expect(triage(pt, team('Energias renováveis')).signals.proofPoint.present).toBe(true);
    expect(triage(es, team('Auditoría interna')).signals.proofPoint.present).toBe(true);
  });
});

describe('a line of work in the team, wanted before a posting fits', () => {
  const notes: [string, string][] = [
    [
      'Hola Alex:\n\nTrabajo hace seis años en atención al cliente de un banco en Lima. Me interesa mucho el área de prevención de fraude de tu equipo. No veo una vacante publicada; si se abre alguna, ¿me referirías? Si no, lo entiendo perfectamente.\n\nMarta Gil',
      'Riesgos: prevención de fraude y monitoreo',
    ],
    [
      "Bonjour Alex,\n\nJe suis pharmacienne depuis six ans dans un laboratoire à Lille. J'aimerais évoluer vers un poste plus orienté vers la pharmacocinétique, et votre équipe me plaît. Si un poste de ce type s'ouvrait, me recommanderiez-vous ?\n\nLéa Martin",
      'Pharmacologie clinique et pharmacocinétique',
    ],
    [
      'Ciao Alex,\n\nlavoro da quattro anni in un magazzino alimentare vicino a Verona. Mi piacerebbe entrare nel tuo team, anche in un ruolo junior, per esempio nella logistica in entrata. Se si aprisse qualcosa, mi segnaleresti?\n\nGiulia Fabbri',
      'Supply chain: logistica in entrata e magazzini',
    ],
    [
      'Sehr geehrter Herr Brandt,\n\nich arbeite seit drei Jahren in der Buchhaltung eines Zulieferers in Graz. Mich interessiert besonders das Controlling für Werke. Eine passende Ausschreibung habe ich noch nicht gefunden; falls sich etwas ergibt, würden Sie mich empfehlen?\n\nJana Hofer',
      'Werkscontrolling',
    ],
  ];
  for (const [note, area] of notes) {
    it(`names a kind of role, which leaves the posting to the referrer: "${note.slice(0, 50)}…"`, () => {
      const result = triage(note, team(area));
      expect(result.signals.roleNamed.present).toBe(true);
      expect(result.recommendation).not.toBe('yes');
    });
  }
});

describe('a shared past, said the way each language says it', () => {
  const cases: [string, string][] = [
    [
      'Hola Alex:\n\nSoy Nuria Pons; estudiamos las dos en la Universidad de Granada, aunque en cursos distintos. Trabajo hace cinco años como analista de crédito en Almería. ¿Me referirías para la vacante de Analista de Riesgos?\n\nNuria',
      'Riesgo de crédito',
    ],
    [
      '¡Hola Alex! ¡Cuánto tiempo sin hablar! Trabajo hace cinco años como analista de crédito en Almería. ¿Me referirías para la vacante de Analista de Riesgos?\n\nNuria Pons',
      'Riesgo de crédito',
    ],
    [
      'Oi Alex, tudo bem? A gente se falou no congresso de logística em Curitiba. Sou analista de transportes há três anos em Joinville. Você me indicaria para a vaga de Analista de Frete?\n\nCamila Rocha',
      'Logística e transportes',
    ],
    [
      'Oi Alex! Aqui é a Joana, da turma de Administração da UFSC. Sou analista de transportes há três anos em Joinville. Você me indicaria para a vaga de Analista de Frete?\n\nJoana Costa',
      'Logística e transportes',
    ],
    [
      "Bonjour Alex,\n\nOn s'était croisées au salon Vinexpo à Bordeaux, tu te souviens peut-être. Je suis acheteuse vins depuis six ans à Libourne. Accepterais-tu de me recommander pour le poste d'Acheteuse Vins ?\n\nClaire Noël",
      'Achats vins et spiritueux',
    ],
    [
      'Ciao Alex,\n\nseguo da anni la rubrica sui vini naturali che curi sul blog. Lavoro da quattro anni come sommelier in un ristorante di Alba. Mi segnaleresti per la posizione di Buyer Vini?\n\nMarco Riva',
      'Acquisti vini',
    ],
    [
      'Hallo Alex,\n\nlange nichts gehört! Ich bin seit fünf Jahren Einkäuferin bei einem Weinhändler in Mainz. Würdest du mich für die Stelle Einkäuferin Wein empfehlen?\n\nLea Schmitt',
      'Einkauf Wein und Spirituosen',
    ],
    [
      'Sehr geehrte Frau Alex,\n\nwir waren 2022 zusammen im Mentoring-Programm der IHK; Sie waren Mentorin in meiner Gruppe. Ich bin seit fünf Jahren Einkäuferin in Mainz. Würden Sie mich für die Stelle Einkäuferin Wein empfehlen?\n\nLea Schmitt',
      'Einkauf Wein und Spirituosen',
    ],
    [
      'Hi Alex, hum XLRI ke HRM batch mein saath the. Main abhi ek cement plant mein HR manager hoon, 4 saal se. Aapki team ka HRBP role dekha, kya aap refer kar sakte ho?\n\nAnkit Jain',
      'Plant HR',
    ],
    [
      'Hi Alex, Bangalore ke HR meetup mein aapse mila tha. Main abhi ek cement plant mein HR manager hoon, 4 saal se. Aapki team ka HRBP role dekha, kya aap refer kar sakte ho?\n\nAnkit Jain',
      'Plant HR',
    ],
    [
      'Namaste Alex ji, aapke papa ke saath main bank mein kaam karta tha, unhone hi aapka number diya. Meri beti Pooja ne MBA kiya hai aur HRBP role ke liye apply karna chahti hai. Kya aap usko refer kar denge?\n\nRamesh Gupta',
      'Plant HR',
    ],
  ];
  for (const [note, area] of cases) {
    it(`reads the tie: "${note.slice(0, 50)}…"`, () => {
      expect(triage(note, team(area)).signals.whyMe.present).toBe(true);
    });
  }

  it('an easy out in German and French, and praise in French and Italian', () => {
    const de =
      'Hi Alex, ich bin seit acht Jahren Prüfstandstechniker in Köln. Würdest du mich für die Stelle Prüfingenieur empfehlen? Wenn das zu weit weg ist, sag mir ruhig ehrlich Bescheid.\n\nTim';
    const fr =
      "Salut Alex ! Je suis technicienne BIM depuis six ans à Lyon. Tu accepterais de me recommander pour le poste de Coordinatrice BIM ? Dans tous les cas, merci d'avance !\n\nInès";
    expect(triage(de, team('Prüfstände und Erprobung')).signals.gracefulExit.present).toBe(true);
    expect(triage(fr, team('Coordination BIM')).signals.gracefulExit.present).toBe(true);
    const praiseFr =
      "Bonjour Madame Alex,\n\nJe trouve votre trajectoire vraiment inspirante. Je travaille dans l'assurance et j'aimerais vous demander quelques conseils pour entrer dans le luxe.\n\nZoé Marchand";
    const praiseIt =
      'Ciao Alex!! Ti seguo su TikTok da una vita, sei bravissima. Studio design e vorrei qualche consiglio per entrare nel settore.\n\nSara';
    expect(triage(praiseFr, team('Marketing luxe')).signals.flattery.present).toBe(true);
    expect(triage(praiseIt, team('Marketing moda')).signals.flattery.present).toBe(true);
  });

  it('a candidate who says they lack the title the role asks for is a partial fit', () => {
    const note =
      "Bonjour Alex,\n\nJe suis dessinatrice BIM depuis huit ans à Rennes. J'ai vu le poste d'Architecte BIM chez vous. Je ne suis pas architecte diplômée, mais je maîtrise Revit. Tu accepterais de me recommander ?\n\nMaud Leroy";
    expect(triage(note, team('Architecture et BIM', 'Architecte BIM')).fit.level).toBe('partial');
  });
});

describe('a signature of several lines', () => {
  it('is not counted as the note, however many lines follow the closing', () => {
    const body = 'Je travaille depuis cinq ans en pharmacovigilance. '.repeat(4);
    const note = `Madame Alex,\n\n${body}\n\nBien cordialement,\n\nDr Léa Martin\nPharmacienne\nChargée de pharmacovigilance\n06 00 00 00 00\n(elle)`;
    const result = triage(note, team('Pharmacovigilance'));
    expect(result.signals.tooLong.words).toBeLessThan(40);
  });
});

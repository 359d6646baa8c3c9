import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, the notes in the six languages and their English versions: what the paired notes and the
 * second blind batch taught, on notes written for these tests.
 */

const fraudTeam: Profile = {
  name: 'Olivier',
  teamArea:
    'Machine learning for card-payment fraud detection: feature pipelines, model training and real-time scoring',
  openRoles: [{ title: 'Lead Data Scientist, Fraud', url: 'https://careers.example.com/jobs/ds-fraud-1' }],
};

describe('a gap stated about the team’s own work makes the fit partial', () => {
  it.each([
    [
      'en',
      'Hi Olivier, we met at NeurIPS. I applied for the Lead Data Scientist, Fraud role. For five years I have built claim-fraud models at an insurer; my model recovered $3.2M last year. I have never worked on card transactions or in real time. Would you refer me? No worries if not.',
    ],
    [
      'fr',
      "Salut Olivier, on s'est croisés à NeurIPS. J'ai postulé au poste de Lead Data Scientist, Fraud. Depuis cinq ans je construis des modèles de fraude chez un assureur; mon modèle a permis de récupérer 3,2 M$ l'an dernier. Par contre, je n'ai jamais travaillé sur des transactions par carte ni en temps réel. Est-ce que tu pourrais me recommander? Pas de souci sinon.",
    ],
  ])('%s', (_language, text) => {
    const result = triage(text, fraudTeam);
    expect(result.fit.level).toBe('partial');
    expect(result.recommendation).toBe('one_pager');
  });
});

describe('English phrasings the paired notes use', () => {
  const base = 'Hi Dana, I applied for the Senior Analyst, Pricing role. Last year I cut pricing errors by 40%.';

  it.each([
    "If it doesn't feel right, don't worry.",
    "If you don't think it's suitable, don't worry.",
    "If that doesn't feel right for you, I of course understand.",
  ])('an easy out: "%s"', (exit) => {
    expect(triage(`${base} Would you refer me? ${exit}`).signals.gracefulExit.present).toBe(true);
  });

  it.each([
    'Dr Thomas Egli, with whom you worked until 2023, recommended that I get in touch with you.',
    'Thanks to Patrícia for the introduction.',
    "I saw your tweet that the backend team is hiring, so I thought I'd ask you.",
  ])('a reason to ask this referrer: "%s"', (why) => {
    expect(triage(`Hi Dana, ${why} ${base.slice(10)} Would you refer me?`).signals.whyMe.present).toBe(true);
  });

  it('a bump said without "you": "I\'m messaging again, I messaged last week too"', () => {
    const result = triage("Karan sir, I'm messaging again, I messaged last week too. Please refer me for SDE II.");
    expect(result.signals.followUp.present).toBe(true);
  });

  it.each([
    'Your career commands admiration: you embody the excellence of our industry.',
    'I am certain that a person of your stature will give me my chance.',
  ])('praise at its most formal is flattery: "%s"', (praise) => {
    expect(triage(`Sir, ${praise} I would like to join your company.`).signals.flattery.present).toBe(true);
  });

  it('a coffee or a short call to hear about their day-to-day is advice', () => {
    const text =
      "Hi Sandra, I'm doing a master's in biology and wondering whether data management is for me. Would you have time for a coffee or a short call? I'd like to ask you what your day-to-day looks like.";
    expect(triage(text).signals.adviceOnly.present).toBe(true);
  });
});

describe('which role a note names', () => {
  const backend: Profile = {
    name: 'Karan',
    teamArea: 'Backend for the live-classes platform: video sessions, scheduling and payments',
    openRoles: [{ title: 'SDE II, Backend', url: 'https://careers.example.com/jobs/sde2-backend' }],
  };

  it('a batch job the writer worked on is no opening; "any opening on the backend side" is a kind, not the posting', () => {
    const text =
      "Hey Karan, I saw your tweet that the backend team is hiring. I've done Java backend at a fintech for 4 years. Last year we moved the payment reconciliation job from batch to event-driven, which took reconciliation from 6 hours to 20 minutes. If there's any opening on the backend side that matches my profile, could you refer me? No stress if not.";
    const result = triage(text, backend);
    expect(result.signals.roleNamed.evidence).toBe('opening on the backend side');
    expect(result.recommendation).toBe('one_pager');
  });

  it('the same in Hinglish: "Backend side koi bhi opening"', () => {
    const text =
      'Hey Karan, aapka tweet dekha ki backend team hire kar rahi hai. Main 4 saal se fintech mein Java backend karta hoon. Pichhle saal humne payment reconciliation job ko batch se event-driven banaya, jisse time 6 ghante se 20 minute ho gaya. Backend side koi bhi opening ho jo mere profile se match kare, toh refer kar sakte ho? Nahi ho paaye toh koi tension nahi.';
    expect(triage(text, backend).recommendation).toBe('one_pager');
  });

  it('a title the team is said to be hiring, right before its job link, is the role, in any language', () => {
    const finance: Profile = {
      name: 'Roberta',
      teamArea: 'Group treasury: cash forecasting, liquidity, bank relationships and FX hedging',
      openRoles: [],
    };
    const text =
      "Hi Roberta, we were at school together. I saw that your group is looking for a Responsabile Marketing Digitale (https://careers.example.com/jobs/mkt-402). I've done digital marketing for six years and increased online sales by 40%. Could you refer me anyway? If you can't, no problem.";
    const result = triage(text, finance);
    expect(result.candidate.targetRole).toBe('Responsabile Marketing Digitale');
    expect(result.fit.level).toBe('none');
  });

  it('"Clinical Data Management" is no shortened "Clinical Data Manager" opening', () => {
    const cdm: Profile = {
      name: 'Sandra',
      teamArea: 'Clinical data management for oncology trials',
      openRoles: [{ title: 'Clinical Data Manager (80–100 %)', url: 'https://careers.example.com/jobs/cdm' }],
    };
    const text =
      'Hoi Sandra, ich studiere Biologie und überlege, ob Clinical Data Management etwas für mich wäre. Hättest du Zeit für einen Kaffee?';
    expect(triage(text, cdm).signals.roleNamed.present).toBe(false);
  });

  it('"alguma vaga de enfermagem que tenham aberta" names a kind of role, for the referrer to match', () => {
    const text =
      'Olá Joana, fomos colegas de curso. Há cinco anos faço triagem telefónica; os reinternamentos desceram de 21 % para 14 %. Achas que me podias referenciar para alguma vaga de enfermagem que tenham aberta? Se não der, não faz mal.';
    const result = triage(text);
    expect(result.signals.roleNamed.evidence).toBe('enfermagem');
    expect(result.recommendation).not.toBe('yes');
  });
});

describe('phrases of the other languages', () => {
  it.each([
    [
      'it',
      'Ciao Giulia, ho visto che cercate un Revenue Manager. Ti andrebbe di segnalarmi? Se non ti torna, tranquilla.',
    ],
    ['de', 'Wären Sie bereit, mich zu empfehlen? Falls das nicht passt, habe ich selbstverständlich Verständnis.'],
    [
      'es',
      'Buenas tardes, Catalina. Soy supervisora de recepción en un hotel de Cartagena. ¿Usted estaría dispuesta a referirme para esa vacante? Si prefiere no hacerlo, quedo igual muy agradecida.',
    ],
    ['pt', 'Achas que podias indicá-lo para a vaga? Se não der, não há stress nenhum, claro.'],
    [
      'fr',
      'Accepteriez-vous de transmettre ma candidature ? Je comprendrais naturellement que vous préfériez ne pas le faire.',
    ],
  ])('an easy out in %s', (_code, text) => {
    expect(triage(text).signals.gracefulExit.present).toBe(true);
  });

  it.each([
    "Bonjour Julien, je suis ingénieur qualité. L'an dernier, j'ai mis en place des revues mensuelles, et les retours clients pour défaut fournisseur sont passés de septante à vingt-deux par an.",
    "Madame, je suis avocate. J'ai négocié la documentation d'un crédit syndiqué de CHF 420 mio, signé en six semaines.",
    'Sehr geehrte Frau Nowak, ich bin in der Qualitätssicherung. Die Kundenreklamationen wegen Fremdkörpern konnten wir mit dem neuen Detektionskonzept halbieren.',
    'Harpreet sir, main 4 saal se test engineer hoon. Humne test slot planning change ki, toh hamari lab ki weekly test capacity do guna ho gayi.',
  ])('a result: "%s"', (text) => {
    expect(triage(text).signals.proofPoint.present).toBe(true);
  });

  it('a quoted Italian introduction is a reason to write', () => {
    const text =
      'Gentile Dott.ssa Neri,\n\nmi sono candidato alla posizione di Revenue Manager di area. Da cinque anni seguo il revenue di tre hotel; il RevPAR è cresciuto del 18% in un anno.\n\nSarebbe disposta a segnalarmi? Altrimenti, nessun problema.\n\nCordiali saluti,\nRiccardo Fabbri\n\nIl giorno gio 13 mar 2025 alle ore 11:04 Filippo Sarti <filippo@example.com> ha scritto:\n> Giulia, ti presento Riccardo: ha lavorato con me per quattro anni ed è il revenue manager più bravo che conosca.\n> Filippo';
    expect(triage(text).signals.whyMe.evidence).toContain('ti presento Riccardo');
  });
});

describe('who wrote, in the other languages', () => {
  it('a French letter signs after "Je vous prie d’agréer…", whatever its length', () => {
    const text =
      "Madame,\n\nJe postule au poste d'Associate. Accepteriez-vous de transmettre ma candidature ?\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nLéa Rochat\nAvocate\n+41 79 482 16 05";
    expect(triage(text).candidate.name).toBe('Léa Rochat');
  });

  it('a full name given in the note beats the nickname it is signed with', () => {
    const text =
      'Hey Karthik! Kaise ho? Main Mumbai se Siddharth Naik, hum dono same hostel mein the. Senior Analyst role dekha. Kya tum refer kar sakte ho?\n\nCheers,\nSid';
    expect(triage(text).candidate.name).toBe('Siddharth Naik');
  });

  it('the name under a pasted CV’s heading, not the CV’s last list item', () => {
    const text =
      'Boa noite\nSegue meu currículo\n\nCURRÍCULO\nAna Cláudia Bittencourt Rosa\nTécnica em Enfermagem\n\nCURSOS\n- Primeiros Socorros (8h)\n- Informática Básica';
    expect(triage(text).candidate.name).toBe('Ana Cláudia Bittencourt Rosa');
  });

  it('a title before a signed name is not the name: "DI Magdalena Hofer"', () => {
    const text =
      'Sehr geehrte Frau Nowak,\n\nich habe mich auf die Stelle als Qualitätsmanagerin beworben. Wären Sie bereit, mich zu empfehlen?\n\nMit freundlichen Grüßen\n\nDI Magdalena Hofer\nStv. Leitung Qualitätsmanagement\nKäserei Mondsee GmbH';
    expect(triage(text).candidate.name).toBe('Magdalena Hofer');
  });

  it('a LinkedIn paste in Italian names its sender by the line over each message', () => {
    const text =
      'Rosaria Catalano\nProcess Engineering Manager presso EtnaSemi\nVisualizza profilo\n\nCarmelo Russo  · 1 mar\nSalve, sono un ingegnere elettronico, mi può referenziare in EtnaSemi? Grazie\n\nScrivi un messaggio…\nInvia';
    expect(triage(text).candidate.name).toBe('Carmelo Russo');
  });
});

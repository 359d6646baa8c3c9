import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Issue 23, what the third blind batch taught, on notes written for these tests: titles in quotes and
 * after "dass ihr … sucht", a rewrite that is no bump, ordinals counted in every language, who vouches
 * and who only told the writer, pressure, why-me and easy outs in each language's own words.
 */

const team = (teamArea: string, title?: string, workingLanguage: Profile['workingLanguage'] = 'en'): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: title ? [{ title, url: 'https://jobs.example.com/1' }] : [],
  workingLanguage,
});

describe('a title the note names', () => {
  it('in quotes after the word for a posting', () => {
    const result = triage(
      'Hallo Jonas, ich habe mich auf die Stelle „Data Engineer Plattform“ beworben. Seit drei Jahren baue ich Datenpipelines; letztes Jahr haben wir die Ladezeit halbiert. Würdest du mich empfehlen? Wenn nicht, kein Problem.\n\nViele Grüße\nMia Krause',
      team('Datenplattform: Pipelines, Data Warehouse und Datenqualität'),
    );
    expect(result.signals.roleNamed.evidence).toBe('Data Engineer Plattform');
  });

  it('after "selezione per" in Italian', () => {
    const result = triage(
      'Ciao Paolo, ho visto che avete aperto la selezione per Analista Crediti Senior. Lavoro da cinque anni in una banca e ho ridotto le sofferenze del 20%. Mi segnaleresti? Se non è possibile, nessun problema.\n\nLuca Bassi',
      team('Analisi del credito alle imprese'),
    );
    expect(result.candidate.targetRole).toBe('Analista Crediti Senior');
  });

  it('before "sucht", with the verb at the end of the German clause', () => {
    const result = triage(
      'Hallo Jonas, ich habe gelesen, dass die Firma einen Bauleiter für den Tiefbau sucht. Ich bin seit acht Jahren Polier. Kannst du mich empfehlen?\n\nTim Ernst',
      team('Bauleitung im Tiefbau'),
    );
    expect(result.candidate.targetRole).toBe('Bauleiter für den Tiefbau');
  });
});

describe('Hinglish', () => {
  const payments = team('Payments risk operations', 'Risk Analyst');
  const ask = 'Maine Risk Analyst ke liye apply kiya hai. Kya aap refer kar sakte ho?';

  it('rewriting work is no bump, writing again is', () => {
    const rewrite = triage(
      `Hi Karthik, maine checkout ke rules dobara likhe aur chargebacks 30% kam ho gaye. ${ask}`,
      payments,
    );
    expect(rewrite.signals.followUp.present).toBe(false);
    const again = triage(`Hi Karthik, main phir se likh raha hoon, shayad message miss ho gaya. ${ask}`, payments);
    expect(again.signals.followUp.present).toBe(true);
  });

  it('"reference dena tha" is the writer passing someone on; "mera reference de do" asks for one', () => {
    const passing =
      'Karthik bhai, ek reference dena tha. Meri team mein Neha Joshi thi, usne fraud loss 40% kam kiya. Risk Analyst ke liye refer kar do.';
    expect(triage(passing, payments).signals.notAReferral.present).toBe(false);
    expect(triage(passing, payments).candidate.name).toBe('Neha Joshi');
    expect(
      triage('Karthik ji, kya aap mera reference de sakte ho visa ke liye?', payments).signals.notAReferral.present,
    ).toBe(true);
  });

  it('a measure that rose on its own, "tension mat lena", and a count of earlier messages', () => {
    const result = triage(
      `Hi Karthik, pichhle saal approval rate 12% badha. ${ask} Nahi ho paaye toh tension mat lena.`,
      payments,
    );
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.signals.gracefulExit.present).toBe(true);
    const bumps = triage(`Karthik sir, maine kal bhi 3 baar message kiya tha. ${ask}`, payments);
    expect(bumps.signals.followUp.count).toBe(3);
  });

  it('guilt and a deadline on the referrer are pressure', () => {
    for (const line of ['Aapka kya jayega ek baar refer karne mein?', 'Aaj raat tak bata dena please.']) {
      expect(triage(`Hi Karthik. ${ask} ${line}`, payments).signals.pressure.present).toBe(true);
    }
  });
});

describe('a message counted by its ordinal, in every language', () => {
  it.each([
    ['fr', "Bonjour Claire, c'est ma troisième relance au sujet du poste de Chargé de Conformité."],
    ['es', 'Hola Ana, este es mi tercer mensaje sobre la vacante de Analista de Riesgos.'],
    [
      'de',
      'Hallo Jonas, ich schreibe dir nun zum dritten Mal wegen der Stelle als Controller, weil ich noch nichts gehört habe.',
    ],
  ])('%s', (_language, text) => {
    expect(triage(text, team('Compliance')).signals.followUp.count).toBe(2);
  });
});

describe('who writes and for whom', () => {
  it('someone who worked with the writer, asked for in the third person, is the candidate', () => {
    const result = triage(
      'Olá Inês, escrevo-te por causa do Rui Costa, que trabalhou comigo dois anos na obra de Sines. Reduziu os atrasos em 15%. Achas que o podias indicar para a vaga de Engenheiro de Obra? Se não der, não há problema.\n\nBeijinhos,\nSofia Matos',
      team('Engenharia de obra'),
    );
    expect([result.candidate.name, result.writer]).toEqual(['Rui Costa', 'Sofia Matos']);
  });

  it('unless they now work beside the referrer and sent the writer', () => {
    const result = triage(
      'Hola Lucía, me llamo Marta Gil. Pablo Ruiz, que trabajó conmigo en Valencia y ahora está en tu equipo, me dijo que te escribiera. Postulé a la vacante de Jefa de Almacén. ¿Me recomendarías?\n\nMarta Gil',
      team('Operaciones de almacén'),
    );
    expect(result.candidate.name).toBe('Marta Gil');
  });

  it('German kin in the genitive, and a courtesy title before the name', () => {
    const kin = triage(
      'Hallo Jonas, ich schreibe dir wegen meiner Tochter Lea. Sie hat die Stelle als Pflegefachfrau gesehen. Könntest du sie empfehlen?\n\nViele Grüße\nPetra Lang',
      team('Pflege'),
    );
    expect(kin.candidate.name).toBe('Lea');
    const vouch = triage(
      'Sehr geehrte Frau Roth, ich möchte Ihnen Herrn Jonas Berg empfehlen, der vier Jahre in meinem Team gearbeitet hat. Er hat die Ausschussquote um 30 % gesenkt. Er interessiert sich für die Stelle Qualitätsingenieur. Könnten Sie ihn empfehlen?\n\nMit freundlichen Grüßen\nKarl Weiss',
      team('Qualitätssicherung'),
    );
    expect([vouch.candidate.name, vouch.writer]).toEqual(['Jonas Berg', 'Karl Weiss']);
  });

  it('a relative who told the writer of the referrer is the mutual contact, not the candidate', () => {
    const result = triage(
      'Hallo Jonas, meine Schwester Anna hat gemeint, du arbeitest bei der Stadtwerke und kannst helfen. Ich bin Elektrikerin und habe die Stelle als Netzmonteurin gesehen. Kannst du mich empfehlen?\n\nJana Vogel',
      team('Netzbetrieb'),
    );
    expect(result.candidate.name).toBe('Jana Vogel');
    expect(result.signals.whyMe.present).toBe(true);
  });

  it('a recruiter who names no candidate writes, and is not the candidate', () => {
    const result = triage(
      'Hallo Herr Huber, ich bin Personalberaterin und betreue aktuell einen erfahrenen Kandidaten aus der Logistik. Können Sie das Profil weiterleiten?\n\nMit besten Grüßen\nSabine Kurz',
      team('Logistik'),
    );
    expect(result.signals.onBehalf.present).toBe(true);
    expect([result.candidate.name, result.writer]).toEqual([null, 'Sabine Kurz']);
  });
});

describe('reasons, easy outs and pressure in each language', () => {
  it.each([
    ['es', 'Hola Ana, las dos somos antiguas alumnas del IE y te escribo por la vacante de Analista de Pricing.'],
    ['pt', 'Oi Rafael, conforme você sugeriu no evento, te escrevo sobre a vaga de Analista de Dados.'],
    [
      'pt',
      'Prezada Camila, boa noite. Sou enfermeira há seis anos num hospital de Ribeirão Preto. Acompanho suas publicações sobre qualidade hospitalar e gostaria de me candidatar à vaga de Enfermeira Sênior.',
    ],
    ['fr', "Bonjour Sophie, votre nom m'a été donné par une amie commune, au sujet du poste d'Analyste."],
    [
      'de',
      'Liebe Frau Meier, vielen Dank, dass Anna uns vorgestellt hat. Es geht um die Stelle als Aktuarin, für die ich mich sehr interessiere.',
    ],
    ['de', 'Hallo Stefan, Herr Ott meinte, ich solle mich direkt an Sie wenden.'],
    [
      'it',
      'Buongiorno Marco, ho lavorato da voi due estati come cameriere e vorrei tornare per la stagione che viene.',
    ],
  ])('why me, %s: "%s"', (_language, text) => {
    expect(triage(text, team('Analytics')).signals.whyMe.present).toBe(true);
  });

  it.each([
    [
      'pt',
      'Olá Camila, tudo bem? Sou enfermeira há seis anos e vi a vaga de Enfermeira Sênior no hospital. Poderia me indicar para a vaga? Caso não seja possível, agradeço mesmo assim.',
    ],
    [
      'de',
      'Hallo Stefan, ich habe die Stelle als Analyst gesehen. Magst du mich empfehlen? Wenn das nicht klappt, alles gut.',
    ],
    [
      'de',
      'Guten Tag Herr Ott, ich interessiere mich für die Stelle als Analyst. Würden Sie mich empfehlen? Wenn das nicht möglich ist, habe ich dafür natürlich Verständnis.',
    ],
    [
      'it',
      'Ciao Marco, ho visto la posizione di Analista e mi piacerebbe molto. Potresti segnalarmi? Se non si può non fa niente.',
    ],
  ])('an easy out, %s: "%s"', (_language, text) => {
    expect(triage(text, team('Analytics')).signals.gracefulExit.present).toBe(true);
  });

  it('French: counting on the referrer and a date set for them are pressure', () => {
    const result = triage(
      "Bonjour Claire, je compte vraiment sur vous pour le poste d'Analyste, la date limite est vendredi. Merci de me répondre rapidement.",
      team('Analytics'),
    );
    expect(result.signals.pressure.present).toBe(true);
  });
});

describe('Spanish pressure and a Portuguese result in words', () => {
  it('"no te cuesta nada" and "necesito que me recomiendes" lean on the referrer', () => {
    for (const line of ['Necesito que me recomiendes esta semana.', 'Escríbeme, no te cuesta nada.']) {
      const text = `Hola Tomás, postulé a la vacante de Ingeniero de Confiabilidad en la minera. ${line}`;
      expect(triage(text, team('Confiabilidad')).signals.pressure.present).toBe(true);
    }
  });

  it('work delivered "dentro do prazo" is a result; "fazer a transição para" another field is a gap', () => {
    const result = triage(
      'Bom dia Inês, sou engenheiro eletrotécnico e fiz o projeto de duas subestações, ambas entregues no ano passado dentro do prazo. Gostaria de fazer a transição para o solar e candidatei-me à vaga de Engenheiro de Projeto Solar. Poderia referenciar-me? Compreendo perfeitamente se não for possível.\n\nRui Lopes',
      team('Engenharia de projeto solar', 'Engenheiro de Projeto Solar'),
    );
    expect(result.signals.proofPoint.present).toBe(true);
    expect(result.fit.level).toBe('partial');
  });
});

describe('fit', () => {
  it('Italian: a wish to move into the field is a gap the candidate states', () => {
    const result = triage(
      'Buongiorno Elena, sono formatore in un’azienda e vorrei spostarmi sulla formazione dei docenti. Ho visto la selezione per Progettista Didattico. Abbiamo portato il completamento dei corsi dal 40% al 70%. Potrebbe segnalarmi? In caso contrario, nessun problema.\n\nMarco Neri',
      team('Progettazione didattica e corsi per la formazione dei docenti.', 'Progettista Didattico'),
    );
    expect(result.fit.level).toBe('partial');
  });

  it('German: a branch manager, however the title is ordered, is retail work', () => {
    const result = triage(
      'Grüezi Herr Meier, ich habe mich auf die Stelle «Leiter/in Filiale Basel» beworben. Ich führe seit fünf Jahren eine Filiale und habe den Umsatz um 10 % gesteigert. Könnten Sie mich empfehlen?\n\nNora Frei',
      team('Logistik-IT: Lagerverwaltungssystem und Transportplanung'),
    );
    expect(result.fit.level).toBe('none');
  });
});

describe('writing', () => {
  it('a blurb from facts keeps to 75 words when the quoted result is long', () => {
    const result = triage(
      'Hi Meera, maine Nursing Quality Manager role ke liye apply kiya hai. Pichhle do saal mein humne post-op patients ke liye naya sepsis bundle implement kiya, nurses ko train kiya aur mortality rate aadha kar diya, audit mein bhi zero major finding aayi. Kya aap refer kar sakti hain? Nahi ho paaye toh koi baat nahi.\n\nRekha',
      team(
        'Nursing quality and clinical operations for the cardiac care units across our hospitals in the capital region and the north',
        'Nursing Quality Manager',
      ),
    );
    const blurb = result.blurb ?? '';
    expect(blurb.replace(/https?:\S+/g, '').match(/\S+/g)?.length ?? 0).toBeLessThanOrEqual(75);
  });

  it('a result quoted with the "sin …" that ends it, and a share moved by a verb first', () => {
    const esTeam = team('Derecho laboral', 'Asociado Laboral', 'es');
    const joined = triage(
      'Hola Javier, me presento a la vacante de Asociado Laboral. El último despido colectivo que llevé lo cerramos con acuerdo, sin una sola demanda posterior. ¿Me recomendarías? Si no, ningún problema.\n\nEva Soler',
      esTeam,
    );
    expect(joined.blurb).toContain('lo cerramos con acuerdo, sin una sola demanda posterior');
    const first = triage(
      'Hola Javier, me presento a la vacante de Asociado Laboral. Bajamos los costes un 12% con el nuevo convenio; la rotación pasó de 20% a 15%. ¿Me recomendarías? Si no, ningún problema.\n\nEva Soler',
      esTeam,
    );
    expect(first.blurb).toContain('12%');
  });

  it('a notice and a list of attachments under the name are not the note', () => {
    const mail = triage(
      "Bonjour Madame Baud,\n\nJe vous transmets mon dossier pour le poste d'Analyste KYC. Pourriez-vous me recommander ?\n\nAvec mes meilleures salutations,\nNicolas Roy\n\nPièces jointes : CV_Roy.pdf, Lettre_Roy.pdf",
      team('Conformité'),
    );
    expect(mail.candidate.name).toBe('Nicolas Roy');
    const notice = triage(
      'Hallo Herr Huber,\n\nich habe mich als Fertigungsplaner beworben. Würden Sie mich empfehlen?\n\nMit besten Grüßen\nOle Brandt\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte.',
      team('Fertigungsplanung'),
    );
    expect(notice.candidate.name).toBe('Ole Brandt');
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

/** Who is who in the shapes the pasted and other-language training batches showed (issue 22). */

const kitchen = ProfileSchema.parse({
  name: 'Odile',
  teamArea: 'Kitchen operations: line cooks, sous chefs and prep for a restaurant group',
  openRoles: [{ title: 'Sous Chef', url: 'https://careers.example.com/jobs/sc-12' }],
});

const ask =
  'I run the grill line at Copper Table; last spring I cut ticket times from 18 to 11 minutes. I applied for your Sous Chef opening. Would you refer me? No worries if not.';

describe("a chat's writer is the contact who says most, in every transcript shape", () => {
  it.each([
    ['Teams, a label and a time', 'Imogen Varga 8:14 PM', 'Odile Brun 9:02 PM'],
    ["Google Chat's comma", 'Imogen Varga, 8:14 PM', 'Odile Brun, 9:02 PM'],
    ["Telegram's bracketed stamp", 'Imogen Varga, [04.02.2025 20:14]', 'Odile Brun, [04.02.2025 21:02]'],
    ["LinkedIn's app, a dot and a time", 'Imogen Varga • 8:14 PM', 'Odile Brun • 9:02 PM'],
  ])('%s', (_, writerLabel, referrerLabel) => {
    const note = `${writerLabel}\nHi Odile, we met at the Lyon food fair.\n${writerLabel}\n${ask}\n${referrerLabel}\nhey, good to hear from you`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Imogen Varga');
    expect(out.writer).toBeNull();
  });

  it('Signal and Messenger print the name alone over each run of messages', () => {
    const note = `Imogen Varga\nHi Odile, we met at the Lyon food fair.\nImogen Varga\n${ask}\nSent 2/4/2025, 8:20 PM`;
    expect(normalizeRequest(note).clues.sender).toBe('Imogen Varga');
    expect(triage(note, kitchen).candidate.name).toBe('Imogen Varga');
  });

  it('a WhatsApp group\'s name over "X added Y" is not who wrote', () => {
    const note = [
      '[4/2/25, 8:00:01 PM] Lyon Cooks Alumni: Pierre Lamy added Imogen Varga',
      '[4/2/25, 8:01:10 PM] Pierre Lamy: welcome!',
      '[4/2/25, 8:05:00 PM] Imogen Varga: thanks! @Odile you are at the restaurant group, right?',
      `[4/2/25, 8:06:00 PM] Imogen Varga: ${ask}`,
    ].join('\n');
    expect(triage(note, kitchen).candidate.name).toBe('Imogen Varga');
  });

  it('a day and a time alone ("Sat 9:02 PM") names no one', () => {
    const note = `Imogen Varga\nSat 9:02 PM\n\n${ask}\n\nSat 9:40 PM\nthanks, will look`;
    expect(normalizeRequest(note).clues.sender).toBe('Imogen Varga');
  });

  it('in a LinkedIn group thread, the introducer speaks once and the candidate writes the ask', () => {
    const note = [
      'Group conversation',
      'Odile Brun, Pierre Lamy, Imogen Varga',
      '',
      'Pierre Lamy  8:55 AM',
      'Putting you two in touch! Imogen cooked beside me for two years.',
      '',
      'Imogen Varga  9:40 AM',
      'Thanks Pierre! Hi Odile, nice to meet you.',
      ask,
      'Happy to send a résumé.',
      '',
      'Write a message…',
    ].join('\n');
    expect(triage(note, kitchen).candidate.name).toBe('Imogen Varga');
  });
});

describe("a note that tells of a relative or one of the writer's people is about them", () => {
  it.each([
    [
      'my younger brother Tomas is',
      'my younger brother Tomas is finishing culinary school and wants to get onto a line',
      'Tomas',
    ],
    [
      "my cousin's husband Tomas Berg has",
      "my cousin's husband Tomas Berg has run a pastry station for six years",
      'Tomas Berg',
    ],
    [
      'my son in law Tomas is',
      'my son in law Tomas is a line cook at a hotel and would love the Sous Chef job',
      'Tomas',
    ],
  ])('%s', (_, said, name) => {
    const note = `Chat with Ruth Okafor\nRuth Okafor 7:02 PM\nhey Odile! ${said}. do you think your group has anything? He's a hard worker`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe(name);
    expect(out.writer).toBe('Ruth Okafor');
  });

  it.each([
    [
      'a relative who works beside the referrer and sent the writer',
      'Hi Odile, my uncle Tomas works in your pastry kitchen and said to write. ',
    ],
    ["news of a relative's health", 'Hi Odile, my mother is in your care home and doing well. '],
  ])('%s is no candidate: the writer asks for themselves', (_, said) => {
    expect(triage(`${said}${ask}\nImogen`, kitchen).candidate.name).toBe('Imogen');
  });

  it('"my niece is a …" names no candidate, and the writer is still the writer', () => {
    const out = triage(
      'Hi Odile, it is Ruth Okafor from the market. My niece is a pastry cook, just moved here. Is your group hiring? She is flexible.',
      kitchen,
    );
    expect(out.candidate.name).toBeNull();
    expect(out.writer).toBe('Ruth Okafor');
  });

  it.each([
    ['"One of my old cooks, X, is looking"', 'One of my old line cooks, Tomas Berg, is looking.'],
    ['"I worked with X for N years"', 'I worked with Tomas Berg for 4 years at Copper Table.'],
    ['"Got a guy X who…"', 'Got a guy Tomas Berg who ran my fryer station for two years.'],
  ])('%s, then "he" twice, is a vouch for X', (_, said) => {
    const note = `Odile, it's Ruth Okafor. ${said} He cut our ticket times from 18 to 11 minutes. He's applying for your Sous Chef opening. Would you put him forward?`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Tomas Berg');
    expect(out.writer).toBe('Ruth Okafor');
  });

  it('the person a note for someone else speaks of by name is the candidate ("X, a …" then "X has")', () => {
    const note =
      "Hi Odile, I'm a career coach and I'm working with a client you may like: Tomas Berg, a line cook with eight years on busy grills. Tomas has run a station of four. Would you consider referring him for the Sous Chef role?\n\nBest,\nRuth Okafor";
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Tomas Berg');
    expect(out.writer).toBe('Ruth Okafor');
  });

  it('a courtesy title and a surname name the writer ("this is Mrs. Okafor from church")', () => {
    const out = triage(
      'Odile this is Mrs. Okafor from church. My grandson Tomas Okafor has cooked at the Hilton for 5 years. Could you help him get in? Bless you',
      kitchen,
    );
    expect(out.candidate.name).toBe('Tomas Okafor');
    expect(out.writer).toBe('Okafor');
  });
});

describe('a writer who introduces someone in their own words writes for them', () => {
  it.each([
    ['meet', 'Odile, meet Tomas Berg. Tomas ran the grill at Copper Table for three years and wants a sous chef seat.'],
    ['looping in', 'Looping in Tomas Berg, who cooked for me for three years. Tomas is looking for a sous chef seat.'],
    ["cc'ing", "Cc'ing Tomas Berg here. Tomas and I cooked together and he wants a sous chef seat."],
  ])('"%s X" then X again: X is the candidate and the introducer the writer', (_, said) => {
    const note = `Ruth Okafor <ruth@example.com>\nMon, Feb 3, 9:12 AM\nto me, Tomas\n\n${said}\n\nOver to you two!\n\nRuth`;
    const out = triage(note, kitchen);
    expect(out.candidate.name).toBe('Tomas Berg');
    expect(out.writer).toBe('Ruth Okafor');
  });

  it('a candidate who mentions meeting someone once is still the candidate', () => {
    const note = `Hi Odile, Ruth said I should meet Pierre Lamy at some point. ${ask}\n\nImogen Varga`;
    expect(triage(note, kitchen).candidate.name).toBe('Imogen Varga');
  });
});

describe('names in the other languages', () => {
  const cocina = ProfileSchema.parse({ ...kitchen, workingLanguage: 'en' });

  it.each([
    [
      'pt',
      'Oi Odile! Vi a vaga de Sous Chef. Trabalho há seis anos na grelha e reduzi o tempo dos pedidos de 18 para 11 minutos. Você me indicaria?\n\nBeijinhos, Carla Nunes',
      'Carla Nunes',
    ],
    [
      'it',
      'Ciao Odile! Ho visto che nel vostro gruppo cercano un Sous Chef e mi piacerebbe tanto provarci. Da sei anni lavoro alla griglia di un albergo e ho ridotto i tempi delle comande da 18 a 11 minuti. Mi segnaleresti? Se non te la senti, non fa niente!\nBaci, Carla',
      'Carla',
    ],
    [
      'it',
      'Ciao Odile, sono Carla Neri. Ho visto la posizione di Sous Chef e da sei anni lavoro alla griglia. Mi segnaleresti? Se non puoi, nessun problema!',
      'Carla Neri',
    ],
    [
      'fr',
      "Coucou Odile ! C'est Carla Nunes, on était dans la même promo à l'école hôtelière de Lyon. J'ai vu passer le poste de Sous Chef dans ton groupe et je suis vraiment motivée. Est-ce que tu pourrais me recommander ? Si ce n'est pas possible, pas de souci.\n\nBises",
      'Carla Nunes',
    ],
    [
      'de',
      'Hallo Odile,\n\nich bin Carla Neumann, seit sechs Jahren am Grill in einem Hotel. Ich habe mich als Sous Chef beworben. Würdest du mich empfehlen?',
      'Carla Neumann',
    ],
    [
      'hi-en',
      'Hello Odile, main Dr. Carla Menon, abhi ek hotel mein chef hoon. Sous Chef role mein bahut interest hai. Kya aap refer kar sakte ho?',
      'Carla Menon',
    ],
  ])('%s: %#', (_, note, name) => {
    expect(triage(note, cocina).candidate.name).toBe(name);
  });

  it('a French signature with its pronouns ("Elle/la") still gives the name above it', () => {
    const note =
      "Bonjour Odile,\n\nJ'ai postulé au poste de Sous Chef. Accepteriez-vous de me recommander ?\n\nBien cordialement,\n\nCarla Nunes, CAP Cuisine\nChef de partie\n06 12 34 56 78\nElle/la";
    expect(triage(note, cocina).candidate.name).toBe('Carla Nunes');
  });

  it.each([
    [
      'es',
      'Hola Odile: Tomás Vidal trabajó conmigo cuatro años en la cocina del hotel; yo fui su jefe directo. ¿Lo recomendarías para el puesto de Sous Chef?\n\nUn saludo,\nRuth Okafor',
    ],
    [
      'pt',
      '[04/02/2025 14:33] Ruth Okafor: Lembra do Tomás Vidal, que era cozinheiro no meu time no hotel? Ele quer a vaga de Sous Chef. Consegue indicar ele?',
    ],
    [
      'it',
      "[04/02/25, 09:13] Ruth Okafor: Ti ricordi Tomás Vidal? Era nel mio team in cucina, l'ho seguito io per 4 anni. Te la sentiresti di segnalarlo per il posto di Sous Chef?",
    ],
    [
      'it',
      "Ciao Odile, come stai? Un mio caro amico, Tomás Vidal, sta cercando un posto da Sous Chef e ho visto che nel vostro gruppo ce n'è uno aperto. Te la sentiresti di segnalarlo? Se non si può, nessun problema.\nRuth Okafor",
    ],
    [
      'hi-en',
      '[04/02/24, 10:06 AM] Ruth Okafor: Ek banda hai, Tomás Vidal, 3 saal mere under tha as line cook. Sous Chef wali opening dekh raha hai, refer kar sakte ho?',
    ],
  ])('%s: one the writer worked with or knows is the candidate (%#)', (_, note) => {
    const out = triage(note, cocina);
    expect(out.candidate.name).toBe('Tomás Vidal');
    expect(out.writer).toBe('Ruth Okafor');
  });
});

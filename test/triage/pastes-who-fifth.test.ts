import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** Who is who in the shapes the fifth blind batch showed (issue 22): where pasted notes put a name. */

const depot = ProfileSchema.parse({
  name: 'Alexandra',
  teamArea: 'Cold-chain warehouse operations: shift supervisors, inventory planners and dock leads',
  openRoles: [{ title: 'Inventory Planner', url: 'https://jobs.example.com/ip-7' }],
});

const result = 'Last winter I cut our cycle-count variance from 3.1% to 0.6% across two chilled sites.';
const ask = `I'm applying for your Inventory Planner role (https://jobs.example.com/ip-7). ${result} Would you refer me? No problem if not.`;
const who = (note: string) => {
  const out = triage(note, depot);
  return { name: out.candidate.name, writer: out.writer ?? null };
};

describe("a mail client's screen around the note", () => {
  it("Gmail's day-first date line sets its header apart: the sender's full name over the short one signed", () => {
    const note = `Inventory Planner\nInbox\n\nNicolás Ferreyra <nico.f@example.org>\nTue, 3 Jun, 08:41\nto me\n\nHi Alexandra,\n\n${ask}\n\nThanks,\nNico`;
    expect(who(note).name).toBe('Nicolás Ferreyra');
  });

  it("a mail server's 'External sender, be careful' line above an Outlook header leaves the note to read", () => {
    const note = `WARNING: External sender. Be careful with links and attachments.\n\nFrom: Ingrid Solberg <ingrid@example.org>\nSent: 4 June 2025 10:02\nTo: Alexandra\nSubject: Inventory Planner\n\nHi Alexandra,\n\n${ask}\n\nIngrid Solberg`;
    const out = triage(note, depot);
    expect(out.candidate.name).toBe('Ingrid Solberg');
    expect(out.candidate.targetRole).toBe('Inventory Planner');
  });

  it("LinkedIn's degree on a line of its own under the name, and its InMail date and buttons, are screen text", () => {
    const note = `Kwame Mensah-Boateng\n · 3rd\nPlanner at Coldline Foods\nInMail · Mar 3\n\nHi Alexandra,\n\n${ask}\n\nKwame\n\nReply\nNot interested`;
    expect(who(note).name).toBe('Kwame Mensah-Boateng');
  });

  it('a résumé pasted alone is named by its top line, never by a heading such as CERTIFICATIONS', () => {
    const note =
      'LIAM O’CONNELL\nCork, Ireland | +353 87 123 4567 | liam.oc@example.org\n\nSUMMARY\nInventory planner, six years in chilled distribution.\n\nCERTIFICATIONS\nAPICS CPIM · Lean Six Sigma Green Belt';
    expect(who(note).name).toMatch(/^Liam O['’]Connell$/);
  });
});

describe('a chat transcript names its writer by its label', () => {
  it("WhatsApp's web stamp puts the time first; a colleague who sat beside the writer is the candidate", () => {
    const note = `[07:55, 02/06/2025] Tomasz Nowak: Morning Alexandra!\n[07:56, 02/06/2025] Tomasz Nowak: Rosa Vidal who ran the blast-freezer dock with me for three years is after your Inventory Planner role. Sharpest planner I know.\n[07:56, 02/06/2025] Tomasz Nowak: could you refer her? all good if not`;
    expect(who(note)).toEqual({ name: 'Rosa Vidal', writer: 'Tomasz Nowak' });
  });

  it('a link sent as a message of its own is part of the note, not a signature', () => {
    const note = `[18:02, 03/06/2025] +44 7700 900456: Hi Alexandra, this is Sione Tupou, we met at the cold-chain expo. I saw the Inventory Planner opening and I've planned stock for two chilled sites. Would you refer me? No pressure\n[18:03, 03/06/2025] +44 7700 900456: https://jobs.example.com/ip-9`;
    const out = triage(note, depot);
    expect(out.candidate.name).toBe('Sione Tupou');
    expect(out.candidate.links).toContain('https://jobs.example.com/ip-9');
  });

  it("Google Chat's label before a short weekday and time is the name alone", () => {
    const note = `Hana Kobayashi, Wed 9:05 AM\nHi Alexandra! ${ask}`;
    expect(who(note).name).toBe('Hana Kobayashi');
  });

  it("'I'm from the … group here' gives no name; the Telegram label does", () => {
    const note = `Tariq Aziz, [05.06.25 19:40]\nHi Alexandra, I'm from the Cold Chain Pros group here on Telegram. ${ask}`;
    expect(who(note).name).toBe('Tariq Aziz');
  });

  it("a message written to the writer and passed on is signed by the candidate ('Hi Auntie Rose, … Thanks, Kofi')", () => {
    const note = `[6:10 pm, 01/06/2025] Rose Addo: Alexandra love, passing this on from my neighbour's boy\n[6:10 pm, 01/06/2025] Rose Addo: Hi Auntie Rose, could you ask your friend at the depot about planner jobs? I've done two years of stock control at Brakes. Thanks, Kofi\n[6:11 pm, 01/06/2025] Rose Addo: lovely lad`;
    expect(who(note)).toEqual({ name: 'Kofi', writer: 'Rose Addo' });
  });
});

describe('the writer names themselves', () => {
  it("'its dana from…' opening a text in lower case", () => {
    expect(who('hi alexandra its dana from the forklift course, could u refer me for a planner job? thx').name).toBe(
      'Dana',
    );
  });

  it("'I'm Name — I run…' and 'it's Name - I was…' end the name at the dash", () => {
    expect(who(`Hi Alexandra! I'm Beatriz Lobo — I run night inventory at Frostway. ${ask}`).name).toBe('Beatriz Lobo');
    expect(who(`Hey Alexandra, it's Callum Reid - I was on your dock audit in May. ${ask}`).name).toBe('Callum Reid');
  });
});

describe('a note written for someone else names them where the writer says who they are', () => {
  it("a text in lower case: 'it's lou, kim's brother'", () => {
    const note =
      "hey alexandra it's lou, kim's brother. kim's been a stock controller for 4 yrs and wants a planner job at your place, could u refer her?";
    expect(who(note)).toEqual({ name: 'Kim', writer: 'Lou' });
  });

  it("'Omar here (Lina's dad, …)'", () => {
    const note =
      "Hi Alexandra, Omar here (Lina's dad, we met at the school fete). Lina is applying for your Inventory Planner role; she cut waste at her depot by a fifth. Could she send you her CV?";
    expect(who(note)).toEqual({ name: 'Lina', writer: 'Omar' });
  });

  it("a friend named after the place the writer knows them from: 'my old neighbour from Leeds, Harriet Cole,'", () => {
    const note =
      'Hi Alexandra, my old neighbour from Leeds, Harriet Cole, is applying for your Inventory Planner role. She runs stock for a chilled wholesaler. Could you refer her?\n\nMarta';
    expect(who(note)).toEqual({ name: 'Harriet Cole', writer: 'Marta' });
  });

  it("a colleague named by the writer's team: 'Bongani Dube on our night shift crew has applied'", () => {
    const note =
      "Hi Alexandra - Bongani Dube on our night shift crew has applied for your Inventory Planner role. I've worked with him for two years; he brought our pick errors down from 40 a week to 6. Would you refer him?\n\nPriscilla Moyo";
    expect(who(note)).toEqual({ name: 'Bongani Dube', writer: 'Priscilla Moyo' });
  });

  it("'Writing about someone I supervised…: Name (cc'd)' and 'Our buyer Name is applying'", () => {
    const first =
      "Hi Alexandra,\n\nWriting about someone I supervised for three years at Polar Foods: Ines Carvalho (cc'd). She is applying for your Inventory Planner role and halved our write-offs.\n\nBest,\nGeoff";
    expect(who(first)).toEqual({ name: 'Ines Carvalho', writer: 'Geoff' });
    // "someone I supervised" says the writer saw the work: a vouch, not a wish passed on.
    expect(triage(first, depot).reasons[0]).toContain('vouching from first-hand work');
    const second =
      "Hi Alexandra, Geoff Park here. Our buyer Ileana Pop is applying for your Inventory Planner role. I've worked alongside her for five years and she cut stockouts by a third. Would you refer her?";
    expect(who(second)).toEqual({ name: 'Ileana Pop', writer: 'Geoff Park' });
  });

  it("'Forwarding Name's CV' from a parent who signs the cover", () => {
    const note =
      "Alexandra,\n\nForwarding Mateo's CV below. He's just finished his logistics degree and is keen on your Inventory Planner role. Could you put his name forward?\n\nBest,\nLucía\n\nBegin forwarded message:\n\nFrom: Mateo Ruiz <mateo.ruiz@example.org>\nSubject: CV\nTo: Lucía Ruiz <lucia@example.org>\n\nhere it is mum x";
    expect(who(note)).toEqual({ name: 'Mateo Ruiz', writer: 'Lucía' });
  });

  it('an agency describing the one it offers, then naming them with their credentials in parentheses', () => {
    const note =
      "Hi Alexandra,\n\nI'm working with an experienced inventory lead, Yusra Haddad (CPIM, nine years in cold chain). Could you refer her for the Inventory Planner role? Our usual fee would apply.\n\nRegards,\nDeclan Moore\nNorthgate Talent";
    expect(who(note)).toEqual({ name: 'Yusra Haddad', writer: 'Declan Moore' });
  });

  it("'Name and I worked side by side…' and 'Name's applying' in an introducer's Slack note", () => {
    const note =
      "Alexandra — Joaquín Ortega and I worked side by side at Frostway for four years. Joaquín's applying for your Inventory Planner role; he cut our dock dwell time from 50 minutes to 20. Would you be up for referring?";
    expect(who(note).name).toBe('Joaquín Ortega');
  });
});

describe('forwards and introductions', () => {
  it('the one who forwards a note written to them, signing the cover, writes to the referrer', () => {
    const note = `Might suit your team — up to you!\nGus\n\nBegin forwarded message:\n\nFrom: Priya Raman <priya.r@example.org>\nSubject: Inventory Planner\nTo: Augustus Hale <gus@example.org>\n\nHi Gus,\n\nYou said you know Alexandra at the depot. ${ask}\n\nPriya`;
    expect(who(note)).toEqual({ name: 'Priya Raman', writer: 'Gus' });
  });

  it("a forwarded note greeting its go-between by title and family name ('Hi Prof. Lang,')", () => {
    const note = `Alexandra — one of my former students asked me to pass this on. Your call.\n\nDr. Miriam Lang\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Owen Pryce <owen.p@example.org>\nSubject: planner role\nTo: Miriam Lang <m.lang@example.edu>\n\nHi Prof. Lang,\n\nCould you pass my name to Alexandra? ${ask}\n\nOwen`;
    expect(who(note)).toEqual({ name: 'Owen Pryce', writer: 'Miriam Lang' });
  });

  it('an introducer greets the referrer by a short form of their name: the other one is the candidate', () => {
    const note =
      'Alex, Farida — connecting you two as promised.\n\nAlex: Farida Sultani ran stock control at our Dundee site while I was her manager and cut shrink by 30%. She is keen on your Inventory Planner role.\n\nFarida: Alex runs planning at the depot.\n\nEnjoy!\nMorag Innes';
    expect(who(note)).toEqual({ name: 'Farida Sultani', writer: 'Morag Innes' });
  });

  it("an unsigned cover ('she's my neighbour's daughter') over a forwarded mail: its sender asks, its addressee writes", () => {
    const note =
      "fyi, no idea if she's any good, she's my neighbour's daughter. ignore if not useful\n\nBegin forwarded message:\n\nFrom: Tegan Price <tegan.p@example.org>\nDate: 2 June 2025 at 20:14:09 BST\nTo: Wyn Jones <wyn.j@example.org>\nSubject: jobs\n\nHi Wyn! Mum said you know people at the depot?? I'm after anything in stock or dispatch. Thanks so much!\n\nTegan";
    expect(who(note)).toEqual({ name: 'Tegan Price', writer: 'Wyn Jones' });
  });

  it('a business introduced by its owner is no candidate', () => {
    const note =
      "Introducing Maple Ridge Orchards - cold storage for apples?\n\nHi Alexandra,\n\nI'm the second generation at Maple Ridge Orchards. We are looking for a cold-store partner for next season's crop. Would you be open to a call?\n\nRegards,\nEthan Moss";
    const out = who(note);
    expect(out.name).not.toBe('Maple Ridge Orchards');
    expect(out.writer).toBeNull();
  });
});

describe('when unsure, no name rather than a wrong one', () => {
  it('a colleague who suggested the note is no candidate of a note the writer sends for themselves', () => {
    const note = `Hi Alexandra, Priya Shah on your planning team suggested I reach out. ${ask}\n\nBest,\nMarcus Lee`;
    expect(who(note)).toEqual({ name: 'Marcus Lee', writer: null });
  });

  it("a possessive 'its … from' names no one, and neither do words like 'Everyone' or 'I'm'", () => {
    const note = `The depot moved its team from Leeds last spring and I'm keen to follow. Everyone on the floor knows me. ${ask}`;
    expect(who(note).name).toBeNull();
  });
});

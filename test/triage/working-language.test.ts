/**
 * Issue 23: the blurb in the referrer's working language, and fit vocabulary read only for the
 * languages in play (the note's, the team area's).
 */
import { describe, expect, it } from 'vitest';
import { teamDisciplines } from '../../src/triage/fit/disciplines.js';
import { languagesInPlay } from '../../src/triage/fit/languages.js';
import { triage } from '../../src/triage/index.js';
import { plainTitle } from '../../src/triage/reading/local-titles.js';
import { ProfileSchema, unknownWorkingLanguage } from '../../src/triage/shared/profile.js';

const GERMAN_NOTE = `Hallo Jonas,

Lena Vogt aus deinem Checkout-Team hat mir geraten, dich direkt anzuschreiben. Ich habe mich auf die Stelle als Senior Backend Engineer (Kotlin) – Checkout beworben (https://jobs.example.com/stellen/be-3317).

Seit vier Jahren baue ich bei einem Modehändler den Zahlungsdienst in Kotlin. Nachdem ich die Idempotenz-Schlüssel für alle Zahlungsarten eingeführt habe, sind die doppelten Abbuchungen um die Hälfte gesunken.

Würdest du mich empfehlen? Falls es nicht passt, ist das völlig in Ordnung.

Viele Grüße
Malte Jensen`;

const ENGLISH_NOTE = `Hi Priya,

Your talk on internal tools at PlatformCon is why I'm writing. I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821). For the past three years I've built deploy tooling at Acme; last quarter I cut our CI times from 40 to 12 minutes.

Would you be open to referring me? No worries if not.

Thanks,
Amara Okafor`;

const profile = (workingLanguage: string, teamArea: string, title: string, url: string) =>
  ProfileSchema.parse({ name: 'R', teamArea, openRoles: [{ title, url }], workingLanguage });

const checkout = (wl: string) =>
  profile(
    wl,
    'Backend-Entwicklung Checkout & Payments: Warenkorb, Zahlungsarten, Betrugsprüfung und Rechnungsstellung',
    'Senior Backend Engineer (Kotlin) – Checkout',
    'https://jobs.example.com/stellen/be-3317',
  );
const platform = (wl: string) =>
  profile(
    wl,
    'Platform & internal tools: developer platform, internal tooling, CI/CD, APIs',
    'Senior PM, Developer Platform',
    'https://careers.example.com/jobs/4821',
  );

const sentences = (blurb: string) => blurb.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/** The invariants of every blurb: three sentences, the candidate named, the result held, the link kept. */
function expectBlurb(blurb: string | null, name: string, quote: string, url: string) {
  expect(blurb).not.toBeNull();
  const text = blurb as string;
  expect(sentences(text)).toHaveLength(3);
  expect(text).toContain(name);
  expect(text).toContain(quote);
  expect(text).toContain(url);
  for (const s of sentences(text)) expect(s).toMatch(/[.!?]$/);
}

describe('the blurb in the working language', () => {
  it('writes a German note to a Spanish-working team in Spanish, quoting the result in German', () => {
    const r = triage(GERMAN_NOTE, checkout('es'));
    expect(r.recommendation).toBe('yes');
    expectBlurb(r.blurb, 'Malte', 'um die Hälfte gesunken', 'https://jobs.example.com/stellen/be-3317');
    expect(r.blurb).toContain('se ha postulado a la vacante de');
    expect(r.blurb).toContain('(en alemán: «');
    // The drafts stay in the note's language.
    expect(r.drafts?.yes).toMatch(/Lebenslauf/);
  });

  it('writes an English note to a French-working team in French', () => {
    const r = triage(ENGLISH_NOTE, platform('fr'));
    expectBlurb(r.blurb, 'Amara', '40 to 12 minutes', 'https://careers.example.com/jobs/4821');
    expect(r.blurb).toContain('a postulé');
    expect(r.blurb).toContain('(en anglais : « ');
    expect(r.drafts?.yes).toMatch(/^Hey|^Hi/);
  });

  it.each([
    ['pt', 'candidatou-se', '(em alemão: “'],
    ['it', 'ha presentato la candidatura', '(in tedesco: «'],
    ['de', 'hat sich auf die Stelle', 'beschreibt das Ergebnis so: „'],
  ])('writes the German note in %s', (wl, frame, quoteLead) => {
    const r = triage(GERMAN_NOTE, checkout(wl));
    expectBlurb(r.blurb, 'Malte', 'um die Hälfte gesunken', 'https://jobs.example.com/stellen/be-3317');
    expect(r.blurb).toContain(frame);
    expect(r.blurb).toContain(quoteLead);
  });

  it('keeps English, and the English retelling of an English note, by default and for Hinglish', () => {
    const plain = triage(ENGLISH_NOTE, ProfileSchema.parse({ ...platform('en'), workingLanguage: undefined }));
    expect(triage(ENGLISH_NOTE, platform('en')).blurb).toBe(plain.blurb);
    expect(triage(ENGLISH_NOTE, platform('hi-en')).blurb).toBe(plain.blurb);
  });

  it('says so when the note has no result, and points at none', () => {
    const note = GERMAN_NOTE.replace(/Nachdem ich[^.]*\./, '');
    const blurb = triage(note, checkout('es')).blurb ?? '';
    expect(blurb).toContain('todavía no ha compartido un resultado concreto');
    expect(blurb).not.toContain('ese resultado');
  });
});

describe('workingLanguage in the profile', () => {
  it('reads a regional tag as its language', () => {
    expect(ProfileSchema.parse({ teamArea: 'x', workingLanguage: 'pt-BR' }).workingLanguage).toBe('pt');
    expect(ProfileSchema.parse({ teamArea: 'x', workingLanguage: 'FR' }).workingLanguage).toBe('fr');
  });

  it('writes the blurb in English for a code it does not write in, and says why', () => {
    expect(ProfileSchema.parse({ teamArea: 'x', workingLanguage: 'ja' }).workingLanguage).toBe('en');
    expect(unknownWorkingLanguage({ teamArea: 'x', workingLanguage: 'ja' })).toMatch(
      /"ja" is not a language the blurb is written in \(en, es, .*\); the blurb is in English/,
    );
    expect(unknownWorkingLanguage({ teamArea: 'x', workingLanguage: 'pt-BR' })).toBeNull();
    expect(unknownWorkingLanguage({ teamArea: 'x' })).toBeNull();
  });
});

describe('fit vocabulary, scoped to the languages in play', () => {
  it('reads French names only where French is in play', () => {
    expect(teamDisciplines('Commercial printing: press operators and prepress technicians').map((d) => d.id)).toEqual(
      [],
    );
    expect(teamDisciplines('Équipe commerciale grands comptes', ['en', 'fr']).map((d) => d.id)).toContain('sales');
  });

  it('puts the team area’s language in play beside the note’s', () => {
    const spanishTeam = ProfileSchema.parse({ teamArea: 'Backend de pagos: pasarela de pagos y prevención de fraude' });
    expect(languagesInPlay('de', spanishTeam)).toEqual(['en', 'es', 'de']);
    expect(languagesInPlay('en', platform('en'))).toEqual(['en']);
  });

  it('takes gender, level and contract markers off a local title', () => {
    expect(plainTitle('Softwareentwickler (m/w/d)', ['en', 'de'])).toBe('Softwareentwickler');
    expect(plainTitle('Chef de projet (H/F) CDI', ['en', 'fr'])).toBe('Chef de projet');
    expect(plainTitle('Engenheira(o) de Software Pleno', ['en', 'pt'])).toBe('Engenheira de Software');
    expect(plainTitle('Desarrollador Frontend Sr. (React)', ['en', 'es'])).toBe('Desarrollador Frontend (React)');
    expect(plainTitle('Ingegnere gestionale a tempo indeterminato', ['en', 'it'])).toBe('Ingegnere gestionale');
  });
});

describe('a kind of role in the referrer’s own words, in an English blurb for a Hinglish note', () => {
  const note = `Hello Meera ji,

Main Tanvi Kulkarni, Pune se. Aapne last year NASSCOM ke payments summit pe settlement ops pe talk di thi, wahi se aapka naam yaad hai.

Abhi main ek wallet company mein reconciliation team lead karti hoon. Pichle saal humne manual breaks 1,200 se 300 per month tak le aaye.

Aapki Settlement Operations team mein agar koi opening ho toh please mera naam aage bhej dena. Koi jaldi nahi, na ho toh bhi bilkul theek hai.

Thanks,
Tanvi`;
  const result = triage(
    note,
    ProfileSchema.parse({
      name: 'Meera',
      teamArea: 'Settlement operations and reconciliation for card and UPI payments',
      openRoles: [{ title: 'Lead, Settlement Operations', url: 'https://jobs.example.in/so-77' }],
      workingLanguage: 'en',
    }),
  );

  it('names the team as the note does, then the opening, never the opening twice', () => {
    expect(result.blurb).toMatch(/the Settlement Operations team, and our Lead, Settlement Operations opening/);
    expect(result.blurb?.match(/Lead, Settlement Operations/g)).toHaveLength(1);
  });
});

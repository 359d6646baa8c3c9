import { describe, expect, it } from 'vitest';
import { detectLanguage, TriageResultSchema, triage } from '../../src/triage/index.js';

const JAPANESE =
  '森 春香 様\n\n突然のご連絡、失礼いたします。山本 直樹と申します。\n\n現在、御社で募集中の「Localization Producer (Japanese)」のポジションに応募いたしました。\nhttps://careers.example.com/jobs/loc-45\n\n山本 直樹';

describe('the note’s language', () => {
  it('is English for an English note, without a library call deciding it', () => {
    expect(
      detectLanguage('Hi Priya, I am applying for the Senior PM role and would love a referral if you think it fits.'),
    ).toEqual({
      code: 'en',
      supported: true,
    });
  });

  it('is the main language when the role title, link and signature are English', () => {
    const note =
      'Hola Marta: me he presentado a la vacante de Data Engineer Senior, Pricing (https://careers.example.com/jobs/1). Llevo cinco años como ingeniero de datos y me encantaría que me recomendaras si lo ves claro.\n\nBest,\nJohn Smith';
    expect(detectLanguage(note).code).toBe('es');
    expect(
      detectLanguage(
        'Oi Thiago, tudo bem? Vi que abriu a vaga de Senior Android Engineer no time de vocês e já me candidatei. Você toparia me indicar pra vaga?',
      ).code,
    ).toBe('pt');
  });

  it('tells Hinglish from English by its Hindi function words', () => {
    const note =
      'Hi Aditya, main Rohan hoon, COEP 2019 batch. Aapki team mein SRE side pe koi bhi opening ho toh kya aap mujhe refer kar sakte hain? Agar fit nahi lagta toh bilkul koi baat nahi.';
    expect(detectLanguage(note)).toEqual({ code: 'hi-en', supported: true });
  });

  it('names a language the triage does not read', () => {
    expect(detectLanguage(JAPANESE)).toEqual({ code: 'ja', supported: false });
  });
});

describe('a note in a language the triage does not read', () => {
  const result = triage(JAPANESE, { teamArea: 'Localization', openRoles: [] });

  it('gets no verdict, no drafts and no blurb, and says which language it is and which the app reads', () => {
    expect(result.recommendation).toBeNull();
    expect(result.language).toEqual({ code: 'ja', supported: false });
    expect(result.drafts).toBeNull();
    expect(result.blurb).toBeNull();
    expect(result.reasons[0]).toMatch(/Japanese/);
    expect(result.reasons[0]).toMatch(/English/);
    expect(Object.values(result.signals).every((s) => !s.present)).toBe(true);
  });

  it('keeps its links, and the result matches the contract', () => {
    expect(result.candidate.links).toContain('https://careers.example.com/jobs/loc-45');
    expect(TriageResultSchema.parse(result)).toEqual(result);
  });

  it('reads a result stored before languages as English', () => {
    const stored = { ...triage('Hi, could you refer me for the Senior PM role? Totally fine if not.') } as Record<
      string,
      unknown
    >;
    delete stored.language;
    expect(TriageResultSchema.parse(stored).language).toEqual({ code: 'en', supported: true });
  });
});

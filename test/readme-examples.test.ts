/** The README's pasted and other-language examples, run as the README says they run. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../src/triage/index.js';

const read = (path: string) => readFileSync(new URL(`../examples/${path}`, import.meta.url), 'utf8');
const run = (note: string, profile: string) => triage(read(note), ProfileSchema.parse(JSON.parse(read(profile))));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const said = (text: string) => expect(readme).toContain(text.replace(/\s+/g, ' '));

describe('the README examples', () => {
  it('LinkedIn: a yes for Ines Calder, quoting her result', () => {
    const r = run('pastes/linkedin.txt', 'pastes/profile.json');
    expect([r.recommendation, r.candidate.name, r.writer]).toEqual(['yes', 'Ines Calder', null]);
    const opening = r.drafts?.yes.split(' is the kind of result')[0] ?? '';
    said(opening);
  });

  it('Outlook: a yes for Sam Ortega, without the post-nominal, the introduction as the why-me', () => {
    const r = run('pastes/outlook.txt', 'pastes/profile.json');
    expect([r.recommendation, r.candidate.name, r.writer]).toEqual(['yes', 'Sam Ortega', null]);
    expect(r.signals.whyMe.evidence).toMatch(/^Nadia, meet Sam Ortega/);
  });

  it('WhatsApp: a one-pager, Mateo the candidate, Rosa the writer the reply greets', () => {
    const r = run('pastes/whatsapp.txt', 'pastes/profile.json');
    expect([r.recommendation, r.candidate.name, r.writer]).toEqual(['one_pager', 'Mateo Delgado', 'Rosa Delgado']);
    said((r.drafts?.one_pager ?? '').split(' in their own words')[0] ?? '');
  });

  it('Spanish and German: a yes with the reply in the note’s language', () => {
    const es = run('languages/es.txt', 'languages/profile-es.json');
    expect([es.recommendation, es.language]).toEqual(['yes', { code: 'es', supported: true }]);
    said((es.drafts?.yes ?? '').split(' ¿Me mandas tu CV?')[0] ?? '');
    const de = run('languages/de.txt', 'languages/profile-de.json');
    expect([de.recommendation, de.candidate.name, de.language]).toEqual([
      'yes',
      'Malte Jensen',
      { code: 'de', supported: true },
    ]);
    said((de.drafts?.yes ?? '').split(', hinter der ich stehen kann')[0] ?? '');
  });

  it('Japanese: no verdict, the line the README shows', () => {
    const r = run('languages/ja.txt', 'languages/profile-ja.json');
    expect([r.recommendation, r.language.supported, r.drafts, r.blurb]).toEqual([null, false, null, null]);
    said(r.reasons[0] ?? '');
  });
});

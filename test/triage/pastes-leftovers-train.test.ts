import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

/** What the development batch left (issue 22): an opening named by its initials, as colleagues say it. */

const plant = ProfileSchema.parse({
  name: 'Delphine',
  teamArea: 'Quality for a stamping plant: quality engineers, inspectors and supplier audits',
  openRoles: [
    { title: 'Quality Engineer, Stamping', url: 'https://jobs.example.com/qe-stamping' },
    { title: 'Receiving Inspector', url: 'https://jobs.example.com/inspector' },
  ],
});

describe("an opening named by its job words' initials", () => {
  it('"as a QE" names the Quality Engineer opening, written in full in the blurb and replies', () => {
    const note =
      'Delphine, hi! My old tech Tomasz Wrona is looking. He ran first-article checks for me for three years. ' +
      "He'd be great as a QE, whatever you have going at the plant. Could you pass his name along? Happy to vouch.\n\nGreg Sowa";
    const out = triage(note, plant);
    expect(out.signals.roleNamed.present).toBe(true);
    expect(out.signals.roleNamed.evidence).toBe('QE');
    expect(out.candidate.targetRole).toBe('Quality Engineer, Stamping');
    expect(out.blurb ?? '').not.toMatch(/\bthe QE role\b/);
    expect(out.drafts?.one_pager).toContain('Quality Engineer, Stamping');
  });

  it('"your QE opening" is that opening too, and a title written out is read before the initials', () => {
    const opening = triage(
      "Hi Delphine, I've been eyeing your QE opening. I ran first-article checks for 3 years and cut scrap 20%. Could you refer me?\n\nTomasz",
      plant,
    );
    expect(opening.candidate.targetRole).toBe('Quality Engineer, Stamping');
    const both = triage(
      "Hi Delphine, a friend said your QE opening is still up. I've applied for the Quality Engineer, Stamping role. Could you refer me?\n\nTomasz",
      plant,
    );
    expect(both.signals.roleNamed.evidence).toContain('Quality Engineer, Stamping');
  });

  it('initials without an article, in lower case, or saying what the writer is, name no opening', () => {
    const past = triage(
      'Hi Delphine, Tomasz Wrona was my QE for three years and he is looking now. Could you pass his name along?\n\nGreg',
      plant,
    );
    expect(past.signals.roleNamed.present).toBe(false);
    const self = triage(
      "Hi Delphine, I'm the QE who ran your supplier audits last spring. Could you refer me? No worries if not.\n\nTomasz",
      plant,
    );
    expect(self.signals.roleNamed.present).toBe(false);
    const lower = triage(
      'Hi Delphine, could you refer me as a qe? I ran first-article checks for 3 years.\n\nTomasz',
      plant,
    );
    expect(lower.signals.roleNamed.present).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ProfileSchema, triage } from '../../src/triage/index.js';

const profile = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, CI/CD',
  openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
});

describe('a note sent on the candidate’s behalf (the registry’s worked example)', () => {
  const agency =
    "Hi Priya, I'm reaching out on behalf of my client, a PM who cut CI time by 35% at her last company. She'd be a great fit for your Senior PM, Developer Platform role. Would you refer her? Happy to share her details pending a fee agreement.";

  it('is a clean no, however strong the candidate sounds, and the reply says why', () => {
    const result = triage(agency, profile);
    expect(result.signals.onBehalf).toMatchObject({ present: true });
    expect(result.recommendation).toBe('no');
    expect(result.reasons[0]).toMatch(/on the candidate's behalf/);
    expect(result.drafts?.no).toMatch(/refer people I hear from directly/);
  });

  it('does not fire on a candidate who works in recruiting', () => {
    const result = triage(
      "Hi Priya, I've placed 40 engineers in two years as a technical recruiter and I'm applying for the Senior PM, Developer Platform role. Would you refer me? No worries if not.",
      profile,
    );
    expect(result.signals.onBehalf.present).toBe(false);
  });
});

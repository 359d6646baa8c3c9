import { describe, expect, it } from 'vitest';
import { type Profile, ProfileSchema, triage } from '../../src/triage/index.js';

const profile = (teamArea: string, openRoles: Profile['openRoles'] = []): Profile =>
  ProfileSchema.parse({ teamArea, openRoles });

const ASK = 'Would you be open to referring me? No worries if not.';

describe('fit', () => {
  it.each([
    [
      'PM: platform',
      'Platform & internal tools: developer platform, CI/CD, APIs',
      "I'm targeting platform PM roles. I built CI tooling used by 300 engineers.",
      'strong',
    ],
    [
      'engineer: infra',
      'Infrastructure engineering: Kubernetes, storage, reliability (SRE)',
      "I'm applying for the SRE role on the storage team. I cut p99 latency 40% on our Kubernetes clusters.",
      'strong',
    ],
    [
      'designer: design systems',
      'Product design: design systems, accessibility',
      "I'm applying for the Design Systems Designer opening. I maintain our component library of 140 components.",
      'strong',
    ],
    [
      'data: experimentation',
      'Data science: experimentation, causal inference',
      "I'm targeting data scientist roles in experimentation. I ran 200 A/B tests a year at Shoplane.",
      'strong',
    ],
    [
      'role in area, background elsewhere',
      'Platform & internal tools: developer platform',
      "I'm interested in platform PM roles. I've been a consumer PM on a photo-sharing app where I grew weekly actives 20%.",
      'partial',
    ],
    [
      'role outside the area',
      'Platform & internal tools: developer platform',
      "I'm applying for the Senior PM, Ads Measurement role. I shipped attribution that raised advertiser retention 12%.",
      'none',
    ],
    [
      'what they want to do is not what they have done',
      'Security engineering: identity, authentication',
      "I'm a billing engineer and I've always wanted to get into identity and authentication.",
      'unknown',
    ],
    [
      'no area named',
      'Growth: retention, pricing',
      "I'm a product manager with several years of experience. Could you refer me?",
      'unknown',
    ],
  ])('%s', (_name, team, text, level) => {
    expect(triage(`${text} ${ASK}`, profile(team)).fit.level).toBe(level);
  });

  it('uses the referrer’s own words as extra terms', () => {
    const result = triage(
      `I'm applying for the hotel bookings PM role. I rebuilt hotel bookings search and lifted conversion 8%. ${ASK}`,
      profile('Travel: hotel bookings, loyalty'),
    );
    expect(result.fit.level).toBe('strong');
    expect(result.fit.matched).toContain('hotel bookings');
  });

  it('is unknown without a profile, and says how to fix it', () => {
    const result = triage(`I'm applying for the platform PM role. I cut build times 30%. ${ASK}`, null);
    expect(result.fit.level).toBe('unknown');
    expect(result.fit.explanation).toMatch(/team area/i);
    expect(result.recommendation).not.toBe('yes');
  });

  it('counts a link to one of the referrer’s open roles as in scope', () => {
    const team = profile('Platform: developer platform', [
      { title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' },
    ]);
    const result = triage(
      `Could you refer me for https://careers.example.com/jobs/4821 ? I cut deploy time 50% at Acme. ${ASK}`,
      team,
    );
    expect(result.fit.level).toBe('strong');
    expect(result.candidate.roleUrl).toBe('https://careers.example.com/jobs/4821');
  });

  it('does not let "ML platform" in an AI team area make platform roles a match', () => {
    const result = triage(
      `I'm targeting platform PM roles. I cut CI time 40%. ${ASK}`,
      profile('AI products: LLM features, assistants, ML platform'),
    );
    expect(result.fit.level).toBe('none');
  });
});

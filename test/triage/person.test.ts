import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toThirdPerson } from '../../src/triage/writing/person.js';

describe('toThirdPerson', () => {
  it.each([
    ['I led a launch that cut onboarding time by 28%.', 'Amara', 'Amara led a launch that cut onboarding time by 28%.'],
    ["I've built workflow products for engineers.", 'Amara', 'Amara has built workflow products for engineers.'],
    ['I maintain our component library.', 'Ana', 'Ana maintains their component library.'],
    [
      "I'm a designer and I also lead my team's audits.",
      'Ana',
      "Ana is a designer and they also lead their team's audits.",
    ],
    ['My work has been retention and pricing.', 'Lena', "Lena's work has been retention and pricing."],
    [
      'I was the PM for our chatbot; we moved it to an LLM flow.',
      'Ravi',
      'Ravi was the PM for their chatbot; they moved it to an LLM flow.',
    ],
    ['I recently shipped SSO for us.', 'Sam', 'Sam recently shipped SSO for them.'],
    ['I run the CI team and I fix flaky tests.', 'Wei', 'Wei runs the CI team and they fix flaky tests.'],
    ['I led a launch.', null, 'They led a launch.'],
    ["I'm a designer.", null, 'They are a designer.'],
    ["I've shipped it.", null, 'They have shipped it.'],
  ])('%s', (input, name, expected) => {
    expect(toThirdPerson(input, name)).toBe(expected);
  });

  it('leaves capital I inside acronyms alone', () => {
    expect(toThirdPerson('I built the AI and CI tooling for I/O heavy jobs.', 'Kai')).toBe(
      'Kai built the AI and CI tooling for I/O heavy jobs.',
    );
  });
});

describe('toThirdPerson on the labelled set of tenses and shapes (test/fixtures/third-person.json)', () => {
  const set = JSON.parse(readFileSync(new URL('../fixtures/third-person.json', import.meta.url), 'utf8')) as {
    name: string;
    cases: Array<{ input: string; want: string }>;
  };
  it.each(set.cases)('$input', ({ input, want }) => {
    expect(toThirdPerson(input, set.name)).toBe(want);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REQUEST_CHARS,
  normalizeRequest,
  ProfileSchema,
  SIGNAL_NAMES,
  TriageResultSchema,
  triage,
} from '../../src/triage/index.js';

const profile = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, CI/CD',
});

const SLACK_PIECES = [
  '<@U123>',
  '&lt;!here&gt;',
  '&lt;@U1&gt;',
  '<@U1|bob>',
  '<#C1|general>',
  '<!here>',
  '<!channel>',
  '<!everyone>',
  '<!subteam^S1|@pms>',
  '<https://x.example/jobs/1|job>',
  '<https://x.example/a>',
  '&amp;',
  '&lt;',
  '&gt;',
  '*bold*',
  '_it_',
  '~s~',
  '`c`',
  ':wave:',
  '\u200D',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\r\n',
  '\n\n',
  '> ',
  '[Name]',
  '{first_name}',
  'I led a launch that cut CI time by 35%. ',
  'platform PM role ',
  'Would you refer me? ',
  'No worries if not. ',
  '👩‍💻',
  '🇺🇦',
  '@here',
  '@channel',
  'On Mon, Bob wrote:',
  '--',
  '<',
  '>',
  '|',
  'https://',
  '(',
  ')',
];

/** Text built from Slack markup, pings, invisible characters and note fragments in any order. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...SLACK_PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...SLACK_PIECES), fc.string({ maxLength: 20 })), { maxLength: 40 })
    .map((p) => p.join(' ')),
);

function outputs(result: ReturnType<typeof triage>): string[] {
  return [
    ...Object.values(result.drafts ?? {}),
    result.blurb ?? '',
    result.summary ?? '',
    ...result.reasons,
    result.fit.explanation,
  ];
}

// Hundreds of triages in one test: a busy 2-core machine needs more than the suite's 20 s for them.
const MANY_TRIAGES_MS = 60_000;

describe('hostile input', () => {
  it(
    'never throws, always returns a valid result whose evidence is quoted from the note',
    () => {
      fc.assert(
        fc.property(hostileText, fc.boolean(), (text, withProfile) => {
          const result = triage(text, withProfile ? profile : null);
          TriageResultSchema.parse(result);
          const plain = normalizeRequest(text).text;
          for (const name of SIGNAL_NAMES) {
            const evidence = result.signals[name].evidence;
            if (evidence !== null) expect(plain).toContain(evidence);
          }
        }),
        { numRuns: 400 },
      );
    },
    MANY_TRIAGES_MS,
  );

  it(
    'no output can ping a channel or open Slack markup',
    () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          for (const out of outputs(triage(text, profile))) {
            expect(out).not.toMatch(/<[!@#]/);
            expect(out).not.toMatch(/[@＠](?:here|channel|everyone)\b/i);
          }
        }),
        { numRuns: 400 },
      );
    },
    MANY_TRIAGES_MS,
  );

  // A regular expression that backtracks catastrophically would hang here; the suite's timeout catches it.
  it.each([
    ['one letter', 'a'.repeat(MAX_REQUEST_CHARS)],
    ['one space-separated word', 'refer '.repeat(MAX_REQUEST_CHARS / 6)],
    ['open angle brackets', '<'.repeat(MAX_REQUEST_CHARS)],
    ['nested Slack markup', '<@U1|<#C1|<!here|'.repeat(2000) + '>'.repeat(6000)],
    ['a huge URL', `https://x.example/${'a'.repeat(MAX_REQUEST_CHARS - 20)}`],
    ['emphasis markers', '*_~`'.repeat(MAX_REQUEST_CHARS / 4)],
    ['unclosed emphasis', `*${'word '.repeat(7000)}`],
    ['emoji codes', ':a'.repeat(MAX_REQUEST_CHARS / 2)],
    ['brackets', '[Name'.repeat(MAX_REQUEST_CHARS / 5)],
    ['pronouns', 'I '.repeat(MAX_REQUEST_CHARS / 2)],
    ['numbers', '1,2.3 '.repeat(MAX_REQUEST_CHARS / 6)],
    ['digits with percent', `${'9'.repeat(MAX_REQUEST_CHARS - 1)}%`],
    ['from-to runs', 'from 1 to '.repeat(MAX_REQUEST_CHARS / 10)],
    ['quote lines', '> x\n'.repeat(MAX_REQUEST_CHARS / 4)],
    ['zero-width joiners', '\u200D'.repeat(MAX_REQUEST_CHARS)],
    ['right-to-left marks in words', 'refer\u202Eme '.repeat(MAX_REQUEST_CHARS / 10)],
    ['emoji sequences', '👩‍👩‍👧‍👦'.repeat(MAX_REQUEST_CHARS / 11)],
    ['control characters', '\u0001\u0002\u0003 '.repeat(MAX_REQUEST_CHARS / 4)],
  ])('%s, 40,000 characters', (_name, text) => {
    const result = triage(text, profile);
    expect(TriageResultSchema.safeParse(result).success).toBe(true);
  });

  it('reads only the first 40,000 characters of anything longer', () => {
    const note = 'I led a launch that cut CI time by 35%. ';
    const result = triage(`${'x '.repeat(MAX_REQUEST_CHARS)}${note}`, profile);
    expect(result.signals.proofPoint.present).toBe(false);
  });
});

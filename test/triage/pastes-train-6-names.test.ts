import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/**
 * Names in the shapes of pastes-train-6 (issue 22): a full name a chat handle gives in passing, a
 * signature's name line over a "Title, Employer" line with no closing above, a one-word nickname under
 * a contact's or sender's full name, and a full name in brackets after the one signed. Notes written
 * for these tests.
 */

const team = referrerNamed('Marta')('Operations', 'Operations Lead');

describe('a full name given in passing', () => {
  it('"real name is …" names the writer over a handle', () => {
    const result = triage(
      [
        'kestrel_runs — Today at 9:02 AM',
        "hi Marta, I'm kit from the dispatch forum. I saw the Dispatch Coordinator opening and I've run night dispatch for four years, cutting missed pickups from 9% to 2%.",
        'kestrel_runs — Today at 9:03 AM',
        'could you refer me? no worries if not (my real name is Kit Okafor, it is on my CV)',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Kit Okafor');
  });

  it('"my full name is …" after a nickname names the writer in full', () => {
    const result = triage(
      'Hi Marta, Jo here from the depot! I saw the Dispatch Coordinator opening; I cut missed pickups from 9% to 2%. Would you refer me? No worries if not (my full name is Joanna Price, as on the application).',
      team,
    );
    expect(result.candidate.name).toBe('Joanna Price');
  });
});

describe('a name line over a title line, with no closing', () => {
  it('initials signed, then the name and "Title, Employer": the name line in full', () => {
    const result = triage(
      [
        'Hi Marta,',
        "I'm applying for the Dispatch Coordinator role. At Harbor Freightways I cut missed pickups from 9% to 2%. Would you refer me? No worries if not.",
        '',
        '— S.Y.',
        '',
        'Seo-yeon Yoon',
        'Night Dispatch Lead, Harbor Freightways',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Seo-yeon Yoon');
  });
});

describe("a one-word name under a contact's full name", () => {
  it('a thread\'s contact header keeps its full name under "it\'s Bex"', () => {
    const result = triage(
      [
        'Rebecca Thornbury',
        'Signal',
        '',
        'Today 18:40',
        "hey Marta, it's Bex from the climbing wall! I saw the Dispatch Coordinator opening, I've done night dispatch for three years. could you refer me? totally fine if not",
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Rebecca Thornbury');
  });

  it('every line\'s sender label keeps its full name under "Nell here"', () => {
    const result = triage(
      [
        '[11/04/2025, 08:10] Eleanor Quigley: Morning Marta, Nell here from the depot days',
        "[11/04/2025, 08:11] Eleanor Quigley: I've applied for the Dispatch Coordinator job; I cut missed pickups from 9% to 2% last year",
        '[11/04/2025, 08:12] Eleanor Quigley: Would you refer me? If not, no bother',
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Eleanor Quigley');
  });

  it('a word of the full name is still its owner\'s ("it\'s Quigley")', () => {
    const result = triage(
      [
        '[11/04/2025, 08:10] Eleanor Quigley: Morning Marta, Quigley here from the depot days',
        "[11/04/2025, 08:11] Eleanor Quigley: I've applied for the Dispatch Coordinator job; would you refer me? no bother if not",
      ].join('\n'),
      team,
    );
    expect(result.candidate.name).toBe('Quigley');
  });
});

describe('a full name in brackets after the one signed', () => {
  it('"Mick (Michal Nowak)" is Michal Nowak', () => {
    const result = triage(
      "Hi Marta, I saw the Dispatch Coordinator opening. I've cut missed pickups from 9% to 2% at my depot. Would you refer me? No pressure at all.\nMick (Michal Nowak)",
      team,
    );
    expect(result.candidate.name).toBe('Michal Nowak');
  });
});

import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Issue 22: after a mention or a greeting, "Full Name, I applied …" is the writer naming themselves. */
describe('a full name given after a mention', () => {
  it('beats the chat handle the message is posted under', () => {
    const paste = [
      'Forklift Folk — #jobs',
      'PalletKing99 — 11/02/2025 09:14',
      '@Grace | Northgate Logistics morning! any news on my application? Darnell Ashby, I applied for the picker role last month',
      'PalletKing99 — 11/02/2025 09:15',
      'drove reach trucks for 3 years at a cold store',
    ].join('\n');
    const result = triage(paste, warehouseReferrer);
    expect(result.candidate.name).toBe('Darnell Ashby');
    expect(result.drafts?.no).toMatch(/^(?:Hi|Hey|Hello) Darnell\b/);
  });

  it('reads it after a greeting that ends its sentence', () => {
    const paste =
      'Hey, hope your week is going well! Marisol Vega, I interviewed with your team in March. Could you refer me for the inventory lead role?';
    expect(triage(paste, warehouseReferrer).candidate.name).toBe('Marisol Vega');
  });

  it('does not read a full name the greeting addresses with a comma', () => {
    const paste = 'Hello, Grace Holloway, I applied for the picker role last month. Could you refer me? Thanks, Tom';
    expect(triage(paste, warehouseReferrer).candidate.name).toBe('Tom');
  });

  it('does not read a named bar after a rank-like word as a person', () => {
    const paste =
      'Hey! Sgt. Pepper Jones, I worked the door at Sgt. Pepper’s Bar for two years. Could you refer me for the security role? Thanks, Ola';
    expect(triage(paste, warehouseReferrer).candidate.name).not.toBe('Pepper’s Bar');
  });
});

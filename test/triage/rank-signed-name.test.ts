import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { warehouseReferrer } from '../helpers/notes.js';

/** Issue 22: a service member signs with a rank; the rank is no part of the name the replies use. */
describe('a name signed with its rank', () => {
  it('drops an abbreviated rank under a military closing', () => {
    const paste = [
      'Mr. Okafor,',
      '',
      'I leave the Marine Corps in June after six years running a supply warehouse, and I am applying for your inventory lead opening. Would you be willing to refer me?',
      '',
      'V/r,',
      'SSgt Imani Brooks',
    ].join('\n');
    const result = triage(paste, warehouseReferrer);
    expect(result.candidate.name).toBe('Imani Brooks');
    expect(Object.values(result.drafts ?? {}).join('\n')).not.toMatch(/SSgt/);
  });

  it('drops a spelled-out rank before a full name', () => {
    const paste = [
      'Hello, I am applying for your inventory lead opening after eight years in navy logistics. Could you refer me?',
      '',
      'Very respectfully,',
      'Petty Officer Luis Carrasco',
    ].join('\n');
    expect(triage(paste, warehouseReferrer).candidate.name).toBe('Luis Carrasco');
  });

  it('keeps a one-word name after what could be a rank', () => {
    const paste = [
      'Hi, could you refer me for the inventory lead opening? I ran a parts store for five years.',
      '',
      'Thanks,',
      'Justice Adeyemi',
    ].join('\n');
    expect(triage(paste, warehouseReferrer).candidate.name).toBe('Justice Adeyemi');
  });
});

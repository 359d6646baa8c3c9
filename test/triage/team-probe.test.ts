import { describe, expect, it } from 'vitest';
import { roleDiscipline } from '../../src/triage/fit/disciplines.js';
import { type Profile, triage } from '../../src/triage/index.js';
import { BLIND_BATCHES, loadOwnCorpus } from '../helpers/corpus.js';
import { ask, profile } from '../helpers/notes.js';

/**
 * A standing probe of every team in the project's fixtures: a job from another field, named under
 * the team's own field word ("Payments Accountant", "Nursing Warehouse Associate"), shares the
 * team's words but is not its job, so it is never a yes. A job counts as the team's own when the
 * team area or an opening says a word of that job's field (vet nurses on a veterinary team).
 */
const JOBS: Array<[job: string, field: RegExp]> = [
  ['Receptionist', /reception|front desk/i],
  ['Janitor', /janitor|custodial|housekeeping/i],
  ['Cashier', /cashier/i],
  ['Truck Driver', /driver|trucking|transport/i],
  ['Security Guard', /security/i],
  ['Accountant', /accountant|accounting|finance|tax/i],
  ['Sales Representative', /sales|representative|account executive/i],
  ['Paralegal', /legal|counsel|paralegal|attorney/i],
  ['Warehouse Associate', /warehouse|fulfil|distribution|pick and pack/i],
  ['Nurse', /nurse|nursing|\bRNs?\b|veterinary/i],
  ['Pharmacist', /pharmac/i],
  ['Recruiter', /recruit|talent/i],
];

function fixtureTeams(): Profile[] {
  const teams = new Map<string, Profile>();
  for (const file of ['own-corpus.json', ...BLIND_BATCHES]) {
    for (const team of Object.values(loadOwnCorpus(file).profiles)) teams.set(team.teamArea, team);
  }
  return [...teams.values()];
}

describe('another field’s job under a team’s own field word is never a yes, for every fixture team', () => {
  const cases = fixtureTeams().flatMap((team) => {
    const said = [team.teamArea, ...team.openRoles.map((r) => r.title)].join(' ');
    const name = (team.teamArea.split(':')[0] ?? '').trim();
    const fieldWord = name.split(/\s+/).pop() ?? '';
    return JOBS.filter(([, field]) => !field.test(said)).map(([job]) => [`${fieldWord} ${job}`, team] as const);
  });

  // Over a thousand triages in one test: a busy 2-core machine needs more than the suite's 20 s for them.
  it('holds for each of well over a thousand pairs', () => {
    expect(cases.length).toBeGreaterThan(1000);
    const yeses = cases
      .filter(([role, team]) => triage(ask(role), team).recommendation === 'yes')
      .map(([role, team]) => `${role} -> ${team.teamArea}`);
    expect(yeses).toEqual([]);
  }, 60_000);
});

describe('the job noun names the discipline, not the word before it', () => {
  it.each([
    ['Mobile Accountant', 'finance'],
    ['Mobile Sales Representative', 'sales'],
    ['Nursing Warehouse Associate', 'warehouse'],
    ['Brand Designer role on the marketing team', 'design'],
    ['Engineering Manager, Mobile', 'mobile'],
    ['Dental Software Engineer', 'software'],
    ['Growth Marketing Manager', 'marketing'],
  ])('%s is %s', (title, id) => {
    expect(roleDiscipline(title)?.id).toBe(id);
  });

  it('reads the same title the same way whatever was read before it', () => {
    const first = roleDiscipline('Culinary Nurse role')?.id;
    roleDiscipline('Registered Nurse, Labor & Delivery');
    expect(roleDiscipline('Culinary Nurse role')?.id).toBe(first);
    expect(first).toBe('nursing');
  });
});

describe('a team that names only product areas builds the product', () => {
  const payments = profile('Payments: checkout, billing, payouts');

  it('keeps engineering, design and product roles in the area', () => {
    for (const role of ['Payments Software Engineer', 'Payments Product Designer', 'Payments Android Engineer']) {
      expect(triage(ask(role), payments).fit.level).toBe('strong');
    }
  });

  it('puts another discipline outside it, and says why', () => {
    const result = triage(ask('Payments Accountant'), payments);
    expect(result.fit.level).toBe('none');
    expect(result.fit.explanation).toContain('builds the product');
    expect(result.recommendation).toBe('no');
  });
});

describe('legal is a discipline', () => {
  const legal = profile('Legal: commercial contracts and privacy counsel for our SaaS business');

  it('puts a job of another discipline under the legal name outside the area', () => {
    for (const role of ['Legal Accountant', 'Legal Software Engineer', 'Legal Sales Representative']) {
      const result = triage(ask(role), legal);
      expect(result.fit.level).toBe('none');
      expect(result.fit.explanation).toContain('legal');
    }
  });

  it('does not read counselling as counsel', () => {
    const counseling = profile('Behavioral health: counselors who counsel families after discharge');
    expect(triage(ask('Legal Counsel'), counseling).fit.level).toBe('none');
  });
});

describe('whom a team works for is not its discipline', () => {
  it('reads safety specialists for distribution centers as a safety team, not warehouse operations', () => {
    const ehs = profile('Environmental health and safety: safety specialists for our distribution centers');
    expect(triage(ask('Safety Warehouse Associate'), ehs).recommendation).not.toBe('yes');
  });

  it('asks an HR team for an HR result, not a sales one', () => {
    const people = profile('People operations: HR business partners and employee relations for the sales org');
    const result = triage('Hi Sam, could you refer me for the HR Business Partner role? No worries if not.', people);
    expect(result.drafts?.one_pager).not.toMatch(/quota|a deal/i);
  });
});

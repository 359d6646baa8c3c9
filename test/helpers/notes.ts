import { type Profile, ProfileSchema } from '../../src/triage/index.js';

/** Builders for the notes the per-field tests write: one sentence under test, the rest held still. */

/** A referrer named Sam with this team area and these openings. */
export const profile = (teamArea: string, openRoles: Profile['openRoles'] = []): Profile =>
  ProfileSchema.parse({ name: 'Sam', teamArea, openRoles });

/** A referrer by name with one opening in their team area: the referrer of the who-is-who tests. */
export const referrerNamed =
  (name: string) =>
  (teamArea: string, title: string): Profile => ({
    name,
    teamArea,
    openRoles: [{ title, url: 'https://jobs.example.com/1' }],
    workingLanguage: 'en',
  });

/** A note asking for a named role, with the sentence under test in the middle. */
export const note = (middle: string) =>
  `Hi Sam, I'm applying for the Site Supervisor role. ${middle} Would you refer me?`;

/** A complete ask for a role, with a reason, a result and an easy out: only the fit is left to decide. */
export const ask = (role: string) =>
  `Hi Sam, I know you lead the team. I'm applying for the ${role} role. I cut delays by 20%. Could you refer me? No worries if not.`;

/** Marta, who runs warehouse operations with one opening: the referrer of the pasted-note tests. */
export const warehouseReferrer: Profile = ProfileSchema.parse({
  name: 'Marta',
  teamArea: 'Warehouse operations: inbound receiving, slotting, pick accuracy and dock scheduling',
  openRoles: [{ title: 'Inbound Operations Supervisor', url: 'https://careers.example.com/jobs/ios-310' }],
});

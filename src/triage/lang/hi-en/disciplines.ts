import { LIST as EN } from '../en/disciplines.js';
import type { Discipline } from '../types.js';

/**
 * Job titles in Hinglish notes are English ("software engineer", "staff nurse"); what Hinglish adds is
 * the Indian titles and the romanized Hindi words for a trade. Keyed by English's discipline ids.
 */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = {
  pm: 'product wale | pm role',
  software: 'coder | coding wala | sde(-?[123])? | sde ?(i|ii|iii) | software developer',
  frontend: 'ui developer | react developer | angular developer',
  backend: 'java developer | node developer | python developer | golang developer',
  data: 'mis (executive|analyst) | mis',
  finance: 'chartered accountant | ca | ca firm | munim | munshi | accounts (executive|department)',
  sales: 'bde | business development executive | sales executive | field sales',
  support: 'customer care | call cent(er|re) | bpo | voice process | non-voice process',
  marketing: 'digital marketing executive | seo executive',
  recruiting: 'hr recruiter | hr executive | ta partner',
  nursing: 'staff nurse | gnm | anm | b\\.?sc nursing | nursing officer | nursing sister',
  'labor-delivery': 'labour room | prasuti',
  pharmacy: 'chemist | dawai ki dukaan | medical store',
  warehouse: 'godown | godaam | gowdown',
  retail: 'showroom manager | shop manager',
  logistics: 'transport (manager|incharge) | fleet manager',
  construction: 'site (engineer|supervisor|incharge) | thekedar',
  civil: 'pwd engineer | ae civil | je civil',
  culinary: 'rasoiya | halwai | khansama | cook',
  'front-of-house': 'waiter | steward',
  legal: 'vakeel | vakil | advocate',
  'case-management': 'samajik karyakarta',
  'teaching-math': "maths (teacher|sir|ma'am|mam) | ganit (shikshak|adhyapak|teacher)",
  'teaching-english': "english (sir|ma'am|mam) | angrezi (shikshak|teacher)",
  'teaching-science': "science (sir|ma'am|mam|teacher) | vigyan (shikshak|teacher)",
  'teaching-history': 'sst teacher | social science teacher | itihas (shikshak|teacher)',
  photography: 'cameraman | photographer',
  reporting: 'patrakar | sampadak | reporter',
  interpreting: 'dubhashiya | dubhashiye',
  localization: 'anuvadak | anuvaad',
  veterinary: 'pashu chikitsak | pashu doctor | vet doctor',
  dental: 'daant ke doctor | bds doctor | mds',
  ems: 'ambulance (driver|staff) | 108 ambulance',
  'field-service': 'ac (technician|mechanic) | fridge mechanic',
  installation: 'fitter | fitting wala',
  tax: 'tax consultant | gst (consultant|practitioner) | tax practitioner',
  audit: 'articleship | article assistant | statutory audit',
  'branch-banking': 'bank po | bank clerk | bank cashier',
  lending: 'loan agent | loan executive | home loan executive',
  'physical-therapy': 'physiotherapist | bpt',
  'flight-deck': 'cpl pilot | commercial pilot',
  'cabin-crew': 'air hostess',
};

/** The disciplines fit knows, with Hinglish titles beside the English ones. */
export const LIST: Array<[Discipline, string]> = EN.map(([discipline, phrases]) => {
  const extra = DISCIPLINE_NAMES[discipline.id];
  return [discipline, extra ? `${phrases} | ${extra}` : phrases];
});

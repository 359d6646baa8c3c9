/**
 * Whether a team area that names no discipline and lists no people builds a product (issue 22): its
 * name or most of its list are product areas ("Payments: checkout, billing, payouts", "Devices: embedded firmware,
 * Bluetooth, battery life"). One product word among a field's own work ("the collections database"
 * beside loans, art handling and condition reporting at a museum) does not make it a software team.
 */
import type { TermMatcher } from '../reading/areas.js';

const holdsProductArea = (part: string, matcher: TermMatcher) =>
  matcher.match(part).some((hit) => hit.term.area !== null);

/**
 * The team's name (before its colon) holds a product area's term, or at least half the items listed
 * after it do (split at commas, semicolons and "and"); an area with no list is judged by its terms anywhere.
 */
export function namesProductAreas(teamArea: string, matcher: TermMatcher): boolean {
  const [name = '', ...rest] = teamArea.split(':');
  if (holdsProductArea(name, matcher)) return true;
  const listed = rest
    .join(':')
    .split(/[;,]|\s(?:and|&|\+)\s/iu)
    .map((part) => part.trim())
    .filter((part) => /\p{L}{2}/u.test(part));
  const product = listed.filter((part) => holdsProductArea(part, matcher));
  return product.length * 2 >= listed.length;
}

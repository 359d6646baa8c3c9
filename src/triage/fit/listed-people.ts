import { alternation, wordAlternation } from '../shared/phrases.js';
import { wordSet } from '../shared/words.js';

/** Plural job nouns ("bankers", "hygienists", "mechanics", "staff"), when a list item ends in one. */
const JOB_PLURAL = new RegExp(
  `^${alternation(`
  [a-z-]+(ers|ors|ists|ians|ants|ics)
  ${wordAlternation(`
    managers | leads | agents | specialists | associates | technicians | assistants | staff | crews | nurses | chefs
    cooks | clerks | guards | pilots | aides | emts | rns | maids | valets | analysts | coaches | captains | mates
    deckhands | hands | chemists
  `)}
`)}$`,
);
/** Who a team serves, not who is on it: "checkout for merchants", "tools for our engineers". */
const AUDIENCE = wordSet(
  'customers users merchants sellers buyers partners members clients advertisers creators riders drivers guests ' +
    'patients students residents families growers farmers employees developers engineers others orders centers',
);

/**
 * The people a team area lists as its own ("branch managers, personal bankers and tellers"): each
 * item of its list that ends in a plural job noun, unless the item says whom the team serves.
 */
export function listedPeople(teamArea: string): string[] {
  const list = teamArea.includes(':') ? teamArea.slice(teamArea.indexOf(':') + 1) : teamArea;
  // "assistant coaches for women's basketball": the people come before whom or what they are for.
  return list
    .split(/[,;()]|\s+&\s+|\s+and\s+/)
    .map((item) => (item.split(/\s+(?:for|to|serving|used by|at|across|on)\s+/i)[0] ?? '').trim())
    .filter((item) => {
      const last = item.split(/\s+/).pop()?.toLowerCase() ?? '';
      return JOB_PLURAL.test(last) && !AUDIENCE.has(last);
    });
}

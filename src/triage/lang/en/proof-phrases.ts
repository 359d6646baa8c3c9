/**
 * English phrase data: What makes them relevant: a result, a number, a change the writer made.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { wordAlternation } from '../../shared/phrases.js';

export const PROOF_IMPACT_VERB = `
  cut
  cutting
  reduc\\w*
  increas\\w*
  rais\\w*
  lift\\w*
  gr[eo]w\\w*
  improv\\w*
  doubl\\w*
  tripl\\w*
  sav\\w*
  boost\\w*
  drove
  driv\\w*
  launch\\w*
  ship\\w*
  led
  lead\\w*
  built
  build\\w*
  scal\\w*
  decreas\\w*
  lower\\w*
  generat\\w*
  deliver\\w*
  moved
  opened
  drew
  found
  recover\\w*
  attract\\w*
  receiv\\w*
  won
  beat
  halv\\w*
  shrank
  shrunk
  dropped
  brought
  accelerat\\w*
  expand\\w*
  maintain\\w*
  adopt\\w*
  used by
  serv\\w*
  own\\w*
  hit
  exceed\\w*
  rewr[io]te\\w*
  went (from|up|down)
  rose
  fell
  jump\\w*
  climb\\w*
  reach\\w*
  migrat\\w*
  redesign\\w*
  automat\\w*
  introduc\\w*
  creat\\w*
  develop\\w*
  implement\\w*
  ran
  run
  design\\w*
  rolled out
  roll\\w* out
  got
  enabl\\w*
  unlock\\w*
  process\\w*
  handl\\w*
  cover\\w*
  took
  support\\w*
  # sales results: "closed $3M in new ARR", "120% of quota"
  (of|to) (my |our |the )?(quota|target|plan|goal)
  attain\\w*
  # recruiting results: "made 34 engineering hires"
  hired
  placed
  filled
  made \\d+
  closed
  closing
  signed
  sold
  sell\\w*
  distribut(ed|ing)
  provid(ed|ing)
  install(ed|ing)
  organi[sz](ed|ing)
  recruit(ed|ing)
  funded
  leased
  added
  # verbs only: "security", "preventive" and "collections" are nouns a note uses for its work
  caught
  catching
  prevent(ed|ing)
  eliminat(ed|ing)
  collect(ed|ing)
  secured
  achiev(ed|ing)
  earn(ed|ing)
  scored
`;

/**
 * A length, not millions: a number, a space and "m" before a word in lower case ("our small 8 m dome",
 * "in 28 m of water"). Millions are written "8m", "$8M", or before a capital ("1.2 m RMSE" stays a figure).
 * Read case-sensitively, unlike the metric it masks.
 */
export const LENGTH_IN_METRES = String.raw`\b\d[\d,.]*\s+m(?=\s+\p{Ll})`;

/** Units that make a number an outcome: "28%", "3x", "$2M", "40 bps". */
export const METRIC_UNIT =
  '(?:%|percent|pct|x\\b|×|k\\b|m\\b|mm\\b|b\\b|million|billion|bn\\b|points?\\b|pts\\b|pp\\b|bps\\b)';

/** Things a result counts: "200 enterprise customers", "12 teams". */
export const COUNTED = wordAlternation(`
  users | customers | engineers | developers | teams | components | merchants | advertisers | clients
  companies | accounts | stores | sellers | partners | people | employees | designers | services
  apps | countries | markets | downloads | installs | subscribers | members | creators | requests
  transactions | orders | daily | weekly | monthly | dau | mau | wau | arr | mrr | events | messages
  queries | sessions | visits | bookings | rides | deliveries | listings | tickets | builds | deploys
  deployments | pms | analysts | scientists | product teams | lines | repos | repositories | students
  patients | drivers | hosts | sites | screens | tests | products | features | platforms | regions
  brands | languages | microservices | hires | placements | roles | positions | reqs | offers | candidates
  youth | families | households | residents | children | kids | volunteers | trainees | apprentices | staff
  crews | suppliers | vendors | claims | cases | permits | inspections | covers | meals | beds | shifts
  visitors | attendees | readers | viewers | listeners | donors | applicants | applications | growers | farmers
  packages | memberships | units | contracts | deals | policies | loans | assessments | audits
  homes | houses | apartments | housing units | cars | vehicles | trucks
  calls | charts | entries | returns | shipments | containers | services | repairs | surveys | grads | new grads | nurses
  files | closings | transfers | encounters | appointments | alerts | boxes | tanks | tons | donors | draws
  miles | echoes | studies | scans | exams | treatments | procedures
  batches | square feet | sq ft
`);

/** A ranking's name is no count: "Fortune 500 clients", "FTSE 100 firms", "Inc. 5000 startups". */
const NOT_A_LIST_NAME = String.raw`(?<!\b(?:fortune|inc\.?|s&p|ftse|russell|forbes|nasdaq|nikkei|dax|cac) )`;

export const PROOF_METRIC = `
  \\b\\d[\\d,.]*[\\s-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  ${NOT_A_LIST_NAME}\\b\\d[\\d,.]*\\+?\\s(?:[a-z][a-z-]{2,20}\\s){0,2}${COUNTED}\\b
`;

/** A quantity, in figures or in words: what makes "from X to Y" a result rather than a move between jobs. */
export const QUANTITY = `(?:\\d|${wordAlternation(`
  one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fifteen | twenty
  thirty | forty | fifty | sixty | hundreds? | thousands? | dozens? | half | most | every | never | none
  zero | all | constant | constantly | daily | nightly | weekly | rare | rarely | once | twice
  (a|one|two) (third|quarter|fifth|tenth)s? | a (day|week|month|year|dozen|handful) | several | a few | a couple
  an? (hour|minute|shift|morning|afternoon|half hour|half day) | hardly | barely | seldom | almost never
`)}\\b)`;

/** Results written in words: "complaints halved", "sign-ups roughly tripled", "fell by half", "used to take six weeks; now it takes two". */
export const PROOF_IN_WORDS = `
  \\b(two|three|four|five|ten)fold\\b
  # "used to" not after "I ", looked back for from the end of "used to": a leading look-behind would be
  # tried at every position of every sentence, this one only where "used to" is.
  \\bused to(?<!\\bI used to) [\\w-]+\\b[^.!?]{0,80}?\\b(now|these days|nowadays|lately|since then|this (year|season|quarter|month|spring|summer|fall|winter))\\b[^.!?]{0,40}?${QUANTITY}
  # after the writer's change, a clean record or a small rate: "since I set up scouting, we haven't lost a single room"
  \\b(since|after|once|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,40}?\\b(maybe |only |just |about |roughly |under |fewer than )?(one|two|a couple|a few|once|twice) (a|an|per|each) (day|week|month|quarter|year|shift)\\b
  \\b(the )?(same|next)[- ](day|week|shift|morning)\\b[^.!?]{0,20}\\binstead of\\b
  # a before and after around the writer's own change: "credits used to expire at about a fifth; after I set up reports, almost none do"
  \\b(by|in) (about |roughly |nearly |almost |around |over |more than |close to |well over )?(a|one|two)[- ](third|quarter|fifth|tenth)s?\\b
  \\b(finish|deliver|complet|hand|open|launch|ship|clos|wrap|top|turn|came|come)\\w*\\b[^.!?]{0,40}?\\b(${QUANTITY}[\\w,.-]*|a) (days?|weeks?|months?) (ahead of (schedule|plan|time)|before (the )?(plan|schedule|deadline)|early)\\b
  \\b\\d[\\d,]* (out )?of (them|those|the \\d[\\d,]*|\\d[\\d,]*|my \\d[\\d,]*)\\b[^.!?]{0,30}\\b(moved|stayed|kept|got|passed|found|returned|went|hired|promoted|placed|completed|graduated|became|made|earned|won|reached|qualified|signed)\\b
  \\b(led|got|pushed|prompted|forced|persuaded|convinced) (the )?[\\w-]+( [\\w-]+)? to (hire|change|drop|adopt|fund|pass|cut|clear|reverse|launch|create|open|close|end|fix|add|ban|restore|replace|rewrite|withdraw|refund|recall)\\b
  \\bwon (a|an|the|two|three|several) ([\\w'’-]+ ){0,3}(award|prize|competition|contest|grant|tender|bid)s?\\b
  \\b(with|and) (no|zero) ([\\w&-]+ ){0,2}(claims|complaints|downtime|outages?|data loss|lost data|errors|injuries|incidents|accidents|violations|citations|callbacks|comebacks|complications|reactions|infections|adverse events|defects|rejections|deviations|spills|leaks|failures|recalls|[\\w-]+ batches|missed (deadlines|shipments|payrolls?|pay runs))\\b
  # a share of those served reaching a goal: "80% meet their therapy goals"
  \\b(my|our)\\b[^.!?]{0,40}\\b(accuracy|satisfaction|retention|attendance|completion|pass|first-time fix|on-time|success|win|close|fill|yield)( rate)?\\b[^.!?]{0,40}?\\b(was|is|of|at)\\b[^.!?]{0,40}\\d[\\d.]*\\s?%
  \\b(closed|signed|won|landed) (our |the |my |their )?(first )?(two|three|four|five|six|seven|eight|nine|ten|\\d+) ([\\w-]+ ){0,2}(contracts|deals|accounts|customers|clients|logos|leases|transactions|listings|sales|recruits|players|athletes)\\b
  # ("the best in the state" is praise of the referrer, not a result)
  \\b(ranked|finished|came in|placed|rated)( as)? (#1|first|top|number one|the best|the top)\\b
  # a public body acting on the work: "the city council passed an ordinance citing it", "the board changed the rule because of our report"
  \\b(council|legislature|lawmakers|board|commission|congress|parliament|senate|assembly|regulators?|ministry|governor|mayor|court)\\b[^.!?]{0,30}?\\b(passed|adopted|enacted|changed|revised|reversed|banned|funded|ordered|voted|launched|opened)\\b[^.!?]{0,60}?\\b(citing|because of|in response to|on the strength of|based on)\\b
  # a clean stretch: "we went 14 months with zero CLABSIs", "ran two years without a single recall"
  \\b(went|gone|go|going|ran|run|running) (\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (straight |consecutive |full )?(days|weeks|months|years|quarters|seasons|shifts) (with (zero|no)|without (a|a single|any|one))\\b
  # work done inside a time bound: "had all 300 guests seated in under 20 minutes", "cleared the backlog in less than a week"
  \\b(got|had|turned|cleared|served|seated|plated|finished|delivered|shipped|closed|resolved|restored|evacuated|fed)\\b[^.!?]{0,50}?\\b(in|within) (just )?(under|less than) (\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (seconds?|minutes?|hours?|days?|weeks?)\\b
  # money under what was set: "the job came in $410K under the GMP"
  \\$\\d[\\d,.]*\\s?([KkMm]|million|thousand)? (under|below) (the |our |its )?(budget|GMP|guaranteed maximum price|estimate|bid|plan|forecast|target)\\b
  # a margin against a market's mark: "the bonds priced 9 basis points inside comparable deals", "closed 40 bps under the benchmark"
  \\b\\d[\\d,.]*\\s?(basis points?|bps|bp) (inside|under|below|tighter than|better than|ahead of) (the |our |its )?(comparable|comps\\b|benchmark|market|index|peers?|MMD|curve)
  # done ahead of a named deadline, not only of "schedule": "had the clinic open three days ahead of the inspection deadline"
  \\b(had|got|brought|put|finish|deliver|complet|hand|open|launch|ship|clos|wrap|turn|came|come)\\w*\\b[^.!?]{0,50}?\\b(${QUANTITY}[\\w,.-]*|a) (days?|weeks?|months?) ahead of (the |our |its |their |a |an )?([\\w'’-]+ ){0,3}(deadline|due date|target date|go-live)\\b
  # a record set on the job: "our crew posted the fastest month of the contract", "had the best shift on the line"
  \\b(did|had|set|posted|ran|made|hit|achieved|broke|delivered|logged)\\b (the |a |our |its )?(best|fastest|highest|biggest|record|top|safest) ([\\w-]+ )?(day|week|month|shift|quarter|season|year|run|pour|cycle)s? (of|on|in|for) (the |our |this |that |its )?([\\w-]+ )?(project|site|job|plant|line|team|crew|season|company|year|contract|tunnel|mine|shop|store|region|district|unit|ward|build)\\b
  # a tally set off after the work it came from: "three seasons on the ward, 1,400 births attended", "(60 boats relaunched)"
  (^|[,;:(–—] ?)\\d[\\d,]* ([a-z-]+ )?(?!(years|months|weeks|days|hours|shifts|seasons|applications|jobs)\\b)[a-z-]+s (foaled|calved|lambed|delivered|attended|served|treated|rescued|repaired|restored|installed|completed|resolved|shipped|harvested|rehomed|placed|fitted|commissioned)\\b
  # a record held among peers: "his shift had the best safety record in the building"
  \\b(had|has|have|kept|posted|earned) the (best|top|highest|lowest|fewest) ([\\w-]+ ){0,2}(record|score|scores|rating|ratings|numbers|results)\\b
  # few needed doing again: "more than 600, and only 5 needed to be remade"
  \\bonly (\\d+|one|two|three|four|five|a few|a handful)( of them)? (needed|had|were|was|came back|got)( to be)? (remade|redone|returned|sent back|replaced|reworked|rejected|refunded)\\b
  # recognition that is a result: "patients ask for me by name"
  \\b(ask|asks|asked|request|requests|requested) (for )?me by name\\b
  # a change written without "from": "cut dwell 28h to 19h", "brought turnaround 5 days to 2", "delinquency 9% to 3%"
  \\b(sold|shipped|closed|handled|processed|made|served|booked|installed|produced|delivered|hired|placed|caught|fixed|resolved)\\b[^.!?]{0,30}\\b(twice|three times) as many\\b
  \\bfrom (well |far |just )?(over|above|below|under|outside) (the |its |our )?(limit|target|threshold|standard|goal|benchmark|budget)\\b[^.!?]{0,30}?\\bto\\b
  # comparisons written out: "in a day instead of a week", "minutes, not hours", "from months to days"
  \\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s? instead of (about |roughly |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s?\\b
  # a point in a calendar, moved: "the pack now lands on day 2 of close instead of day 6", "live by week 3 rather than week 8"
  \\b(day|week|month|sprint|shift|hour) \\d+\\b[^.!?]{0,30}?\\b(instead of|rather than|not) (day|week|month|sprint|shift|hour) \\d+\\b
  \\b(seconds, not (minutes|hours)|minutes, not (hours|days)|hours, not (days|weeks)|days, not (weeks|months)|weeks, not months)\\b
  \\bfrom (years to (months|weeks|days)|months to (weeks|days|hours)|weeks to (days|hours)|days to (hours|minutes)|hours to minutes)\\b
  \\bfrom (last|worst|bottom|dead last|near the bottom) to (first|top|best|the top|second|third)\\b
  \\b(twice|two|three|four|five|ten|\\d+) times (as )?(faster|fast|quicker|more|fewer|higher|lower|better)\\b
  \\b(this|last|that) (year|summer|season|quarter|month|winter|spring|fall)\\b[^.!?]{0,30}\\b(didn't|did not|never|haven't|have not|hasn't) [\\w-]+( [\\w-]+){0,2} (once|a single time)\\b
  \\b(every|each) [\\w-]+( [\\w-]+)? on (time|schedule|budget)\\b
  \\b(approved|passed|accepted|cleared) ((on|at|in) )?(the )?first (cycle|submission|submittal|review|try|attempt|pass|round)\\b
  # signed off first time by whoever judges the work: "the inspector signed the panel off at the first walk-through"
  \\b(signed|signs) ([\\w'’-]+ ){0,3}off ((on|at|after|in) )?(the|their|his|her|its|our|a) first (visit|inspection|review|walk-?through|try|attempt|pass|round|submission|look|sitting|audit|check)\\b
  \\b(a|one) (third|quarter|half|fifth) (fewer|less|more|faster|lower|higher|shorter)\\b
  \\bthe (highest|lowest|best|fastest|fewest) (they|it)('ve| have| has)? (ever )?been\\b
  # a clean record since the writer's change: "nobody has quit since I took over"
  \\b(nobody|no one|not one|none of (them|us|my [\\w-]+)) ([\\w-]+ ){0,3}(has|have|had) (quit|left|failed|fallen|been hurt|been injured|missed|complained)\\b[^.!?]{0,30}\\bsince (I|we)\\b
  \\b(haven't|have not|hasn't|has not|never) (had|seen|lost|missed) (a single|one|any|another) [\\w-]+( [\\w-]+)? since (I|we)\\b
  # kept beside the structural reader: phrasings it does not read yet (test/triage/fields-*-batch tests)
  \\b(where|whereas|while|compared to when) (we|it|they|I|there) used to [\\w-]+\\b[^.!?]{0,30}?${QUANTITY}
  \\b(caught|contained|won|closed|passed|resolved|saved|kept|converted|retained|finished|completed) (\\d+|all) (out )?of (the |our |my |their )?\\d+\\b
  \\b(cut|cutting|reduc\\w*|brought|dropped|lowered|raised|grew|increased|improved|shrank|trimmed)\\b ([\\w-]+ ){0,3}\\d[\\d,.]*\\s?(h|hrs?|hours?|mins?|minutes?|days?|weeks?|%|k|m|ms|s)? ?(to|down to|up to) \\d
  \\bpassed (every|each|all) ([\\w-]+ ){0,3}(inspections?|audits?|reviews?|exams?|surveys?|checks?)\\b
  \\b(is|are)( now)? (half|a third|a quarter|a fraction|double|twice|triple) (of )?what (it|they) (was|were|used to be)\\b
  \\bwithout (a single|one single) (?!(response|reply|callback|interview|offer|day off|break)\\b)[\\w-]+
  # a clean record held: "our infection rate stayed at zero for 14 consecutive months"
  \\b(stayed|remained|held|was held|was kept|kept) (at )?(zero|nil|0)( [\\w-]+){0,2} for (\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (consecutive |straight |running )?(days|weeks|months|quarters|years|shifts)\\b
  # work delivered clean: "filed on time with no corrections requested", "shipped on schedule with zero defects"
  \\bon (time|schedule|budget),? (and |with )(no|zero|not a single) (corrections?|errors?|defects?|rework|findings?|complaints?|deficiencies|rejections?)\\b
`;

/**
 * A rate of work, in the first person: "I draw about 60 patients a shift", "I close 25 claims a week".
 * A volume, not a change: it counts as a result only when nothing stronger is there, and a reply quotes
 * it last. Hours worked or spent are no rate of work.
 */
export const PROOF_WORK_RATE = String.raw`\bI (?!(?:work|worked|spend|spent|commute|study|studied|volunteer|sleep|train|practice|drive)\b)[a-z]+ (?:about |around |roughly |nearly |over |up to |some |close to )?\d[\d,.]*\+? (?:[\w-]+ ){0,3}(?:an|per|a|each) (?:hour|shift|day|night|week|month|year)\b`;

/**
 * A change from one quantity to another ("from about nine a month to just under five"): a quantity
 * before the "to", so a move between places or jobs ("from Lisbon to Porto two years ago") is not
 * one; and a result only beside a verb of change.
 */
export const PROOF_FROM_TO = `\\bfrom\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?\\bto\\b`;

/** Numbers that count effort or asks, not results: "applied to 40 jobs", "a 15-minute call". */
export const NOT_A_PROOF = `
  # what a vendor's product would do for the reader, not what the writer did
  (demo|pilot|trial|call) (would|will|could|can) show
  applied (to|for) \\d
  \\d+ (applications|jobs|interviews|rejections)
  \\d+[- ]?min(ute)?s? (call|chat|coffee|of your time)
  # a reward offered to the reader, not a result: "a complimentary pass (value €690)", "each response receives a £10 voucher"
  (pass|ticket|seat|registration|package|voucher)e?s? \\((value|worth|rrp|normally) [€$£¥]
  (receives?|receiving|get|gets|earn|earns|will receive) (a|an) [€$£¥]\\s?\\d+ ([\\w-]+ )?(voucher|e-voucher|gift card|gift certificate|honorarium|credit)
`;

/**
 * How things stood before the writer's change, told alone: "new arrivals waited up to three days", "it used to
 * take most of a shift". Its outcome, when the next sentence tells it, is the result (signals/proof.ts).
 */
export const BEFORE_STATE = String.raw`\b(?:(?:waited|had to wait|(?:was|were) waiting|would (?:wait|take|sit)|could (?:wait|take)|took|sat) (?:for )?(?:up to|as long as|upwards of|anywhere from)|used to (?:take|wait|sit|last|run|be))\b`;
/** A turn inside the same sentence, to what came after: "…; now it takes two", "until I rebuilt it". */
export const BEFORE_TURN = String.raw`[;—–]|\b(?:now|today|these days|nowadays|since|until|till|after|then|but|instead|cut|reduced|brought|dropped|fell|halved|down to)\b`;

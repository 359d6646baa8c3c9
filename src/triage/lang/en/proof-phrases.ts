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

export const PROOF_METRIC = `
  \\b\\d[\\d,.]*[\\s-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b\\d[\\d,.]*\\+?\\s(?:[a-z][a-z-]{2,20}\\s){0,2}${COUNTED}\\b
  \\bfrom \\d[\\d,.]*\\s?%?(?: [\\w-]+){0,3} to \\d
`;

/** Time given back is an outcome too ("saved the team 10 hours a week"), but only next to a verb of saving. */
export const PROOF_TIME_SAVED = String.raw`\b(?:sav\w*|cut\w*|reduc\w*|shav\w*|trim\w*|lower\w*|decreas\w*|halv\w*|shorten\w*|freed up|frees up)\b[^.!?]{0,60}?\b(?:\d[\d,.]*\s?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) )(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|shifts?|nights?|sprints?|quarters?|ftes?|(?:person|engineer|nurse|staff|man)[- ](?:hours?|days?|weeks?))\b`;

/** Throughput, a rate that changed: "we now pick 220 units an hour, up from 150", "from 40 to 65 orders a shift". */
export const PROOF_RATE = `
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?\\b(up|down) from (about |around |roughly )?\\d
  \\b\\d[\\d,.]* ([\\w-]+ ){0,2}(an|per|a|each) (hour|shift|day|week|month|night)\\b[^.!?]{0,30}?(\\b(up|down)\\b|\\b(from|to|instead of) (about |around |roughly |nearly |just )?\\d)
  \\bfrom \\d[\\d,.]* to \\d[\\d,.]* ([\\w-]+ ){0,2}(an|per|a|each) (hour|shift|day|week|month|night)\\b
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
  \\b(halved|doubled|tripled|quadrupled)\\b(?! (down|as|up)\\b)
  \\b(by|in) (about |roughly |nearly |almost |around |over |more than |close to |well over )?half\\b
  \\b(two|three|four|five|ten)fold\\b
  (?<!\\bI )\\bused to (take|be|cost|need|require|run|get)\\b[^.!?]{0,80}?\\b(now|today|(it|that|this|they) (only )?(takes?|costs?|needs?|runs?))\\b[^.!?]{0,40}?${QUANTITY}
  (?<!\\bI )\\bused to [\\w-]+\\b[^.!?]{0,80}?\\b(now|these days|nowadays|lately|since then|this (year|season|quarter|month|spring|summer|fall|winter))\\b[^.!?]{0,40}?${QUANTITY}
  \\b(where|whereas|while|compared to when) (we|it|they|I|there) used to [\\w-]+\\b[^.!?]{0,30}?${QUANTITY}
  # after the writer's change, a clean record or a small rate: "since I set up scouting, we haven't lost a single room"
  \\b(since|after|once|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,40}?\\b((haven't|have not|hasn't|has not|never|didn't|did not) (had|seen|lost|missed|failed|dropped|been) (a single|one|any|another)|(not one|none|no one|nobody|not a single [\\w-]+) (has|have|had|was|were|is|are))\\b
  \\b(since|after|once|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,40}?\\b(maybe |only |just |about |roughly |under |fewer than )?(one|two|a couple|a few|once|twice) (a|an|per|each) (day|week|month|quarter|year|shift)\\b
  \\b(the )?(same|next)[- ](day|week|shift|morning)\\b[^.!?]{0,20}\\binstead of\\b
  # a before and after around the writer's own change: "credits used to expire at about a fifth; after I set up reports, almost none do"
  (?<!\\bI )\\bused to [\\w-]+\\b[^.!?]{0,80}?[;,]\\s*(since|after|once|when|now that) (I|we)\\b[^.!?]{0,80}?,[^.!?]{0,60}?${QUANTITY}
  \\b(by|in) (about |roughly |nearly |almost |around |over |more than |close to |well over )?(a|one|two)[- ](third|quarter|fifth|tenth)s?\\b
  \\bhalf the (time|cost|price|budget|staff|headcount)\\b
  \\b(finish|deliver|complet|hand|open|launch|ship|clos|wrap|top|turn|came|come)\\w*\\b[^.!?]{0,40}?\\b(${QUANTITY}[\\w,.-]*|a) (days?|weeks?|months?) (ahead of (schedule|plan|time)|before (the )?(plan|schedule|deadline)|early)\\b
  \\b\\d[\\d,]* (out )?of (them|those|the \\d[\\d,]*|\\d[\\d,]*|my \\d[\\d,]*)\\b[^.!?]{0,30}\\b(moved|stayed|kept|got|passed|found|returned|went|hired|promoted|placed|completed|graduated|became|made|earned|won|reached|qualified|signed)\\b
  \\b(led|got|pushed|prompted|forced|persuaded|convinced) (the )?[\\w-]+( [\\w-]+)? to (hire|change|drop|adopt|fund|pass|cut|clear|reverse|launch|create|open|close|end|fix|add|ban|restore|replace|rewrite|withdraw|refund|recall)\\b
  \\bwon (a|an|the|two|three|several) ([\\w-]+ ){0,3}(award|prize|competition|contest|grant|tender|bid)s?\\b
  \\b(stopped|no longer) (missing|being needed|needing|happening|breaking|failing|losing|bouncing|escalating)\\b
  \\b(haven't|have not|hasn't|has not|never) (missed|lost|failed|dropped|had a)\\b[^.!?]{0,40}\\b(in|for|since) (\\d+|two|three|four|five|six|eight|nine|ten|twelve|a|over a) (days?|weeks?|months?|years?|quarters?)\\b
  \\b(zero|0) ([\\w-]+ ){0,2}(missed|lost|late|failed|dropped|missing|recordable|repeat|rework|errors|defects|complaints|incidents|injuries|findings|callbacks|comebacks|accidents|violations|rejections|deviations|chargebacks)\\b
  \\b(with|and) (no|zero) ([\\w&-]+ ){0,2}(claims|complaints|downtime|outages?|data loss|lost data|errors|injuries|incidents|accidents|violations|citations|callbacks|comebacks|complications|reactions|infections|adverse events|defects|rejections|deviations|spills|leaks|failures|recalls|[\\w-]+ batches|missed (deadlines|shipments|payrolls?|pay runs))\\b
  # a clean record: "with zero re-stakes", "0 re-stakes"
  \\b(with|and) (zero|0) ([\\w-]+ ){0,2}(?!(years?|months?|weeks?|days?|hours?|experience)\\b)[\\w-]+s\\b
  \\b(zero|0) re-?[a-z]+s\\b
  \\b(every|each|all)( of (my|our|the))? [\\w-]+s? (approved |passed |accepted |cleared )?(on|at) (the )?first (submittal|submission|try|attempt|pass|review|inspection|round)\\b
  # a share of those served reaching a goal: "80% meet their therapy goals"
  \\b\\d[\\d.]*\\s?% (of (my|our|the|their) [\\w-]+( [\\w-]+)? )?(meet|met|reach|reached|hit|pass|passed|achieve|achieved|complete|completed|graduate|graduated)\\b
  \\b(my|our)\\b[^.!?]{0,40}\\b(accuracy|satisfaction|retention|attendance|completion|pass|first-time fix|on-time|success|win|close|fill|yield)( rate)?\\b[^.!?]{0,40}?\\b(was|is|of|at)\\b[^.!?]{0,40}\\d[\\d.]*\\s?%
  \\b(closed|signed|won|landed) (our |the |my |their )?(first )?(two|three|four|five|six|seven|eight|nine|ten|\\d+) ([\\w-]+ ){0,2}(contracts|deals|accounts|customers|clients|logos|leases|transactions|listings|sales|recruits|players|athletes)\\b
  \\b(caught|found|flagged|stopped|prevented) \\d[\\d,]* ([\\w-]+ ){0,2}(errors|defects|welds|mistakes|frauds?|issues|bugs|leaks|cases)\\b
  \\b\\d[\\d,.]*\\s?%? (against|versus|vs\\.?|compared (to|with)) (a|the|our|their) ([\\w-]+ ){0,2}(average|benchmark|baseline|norm)\\b
  \\b(up|down) from (about |around |roughly )?(one|two|three|four|five|six|seven|eight|nine|ten|a dozen|twenty)\\b
  \\b(caught|contained|won|closed|passed|resolved|saved|kept|converted|retained|finished|completed) (\\d+|all) (out )?of (the |our |my |their )?\\d+\\b
  \\b\\d[\\d.]*% (accuracy|on-time|fill|first-call resolution|satisfaction|retention|pass|close|win|success|attendance|completion|collection|acceptance|approval|yield)( rate)?\\b
  \\b(voted|named|chosen|selected) (as )?(the )?([\\w-]+ ){0,3}(of the (year|month|quarter)|best [\\w-]+|top [\\w-]+)\\b
  \\b(more|higher|better|above|over|ahead of) (than )?(my |our |the |their )?(quota|target|plan|goal|budget|forecast)\\b
  \\d[\\d,.]*%?\\s*(→|->|=>)\\s*\\d
  \\b\\d[\\d,.]*\\s?(%|percent|days?|weeks?|months?) (under|below|ahead of) (budget|plan|target|forecast|schedule)\\b
  # the candidate's ranking: "best in our shop", "top of my dealership", "ranked #1 in the region"
  # ("the best in the state" is praise of the referrer, not a result)
  \\b(best|top|first|highest|lowest|fewest|fastest|#1|number one)( [\\w-]+)? (in|of|at|on) (our|my) ([\\w-]+ )?(shop|store|team|region|district|company|class|office|branch|department|dealership|unit|crew|territory|market|state|country|shift|line|route|floor)\\b
  \\b(ranked|finished|came in|placed|rated)( as)? (#1|first|top|number one|the best|the top)\\b
  \\b(my|our)\\b[^.!?]{0,40}\\b(was|were) the (best|top|highest)( [\\w-]+)? (in|of|at|on) the (shop|store|team|office|branch|department|unit|crew|plant|company|class|floor|lot|line|route|territory|region|district|dealership|board|leaderboard)\\b
  # a ranking in plain words: "I was the first in sales for 18 months", "top seller on the floor"
  \\b(was|were|am|finished|ended|ranked) (the )?(first|top|best|number one|#1|highest) (seller|salesperson|rep|agent|performer|producer|closer|collector|in sales|in (the )?(region|district|company|branch|store|office))\\b
  # a rate before and after the writer's change: "about one in ten; after I set up a checklist, closer to one in fifty"
  \\b(one|\\d+) in (\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\\b[^.!?]{0,80}\\b(after|since|once|now that) (I|we)\\b[^.!?]{0,80}\\b(one|\\d+) in (\\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\\b
  # everyone the writer trained passed: "6 new sonographers who all passed their registry on the first attempt"
  \\b(all|every one|each)( of them)? (passed|cleared|got)\\b[^.!?]{0,30}\\b(on|at) (the|their) first (try|attempt|sitting|time)\\b
  \\bnever (had|got|received|drew) (a|an|one|any) ([\\w-]+ ){0,2}(citation|violation|complaint|injury|accident|claim|finding|callback|recall|lawsuit)s?\\b
  \\bnever (had|saw) (a|one|any) [\\w-]+ (come loose|fail|leak|crack|break|fall|rejected|returned|sent back|recalled)\\b
  # few needed doing again: "more than 600, and only 5 needed to be remade"
  \\bonly (\\d+|one|two|three|four|five|a few|a handful)( of them)? (needed|had|were|was|came back|got)( to be)? (remade|redone|returned|sent back|replaced|reworked|rejected|refunded)\\b
  \\b(I|we|(my|our) [\\w-]+) (was|were|am|are|is) the (first|top|best|highest|number one|#1)( [\\w-]+)? (in|of|at|on) the (factory|plant|company|region|district|state|country|city|chain|network|hospital|school|league|station|market|zone|agency|office|branch)\\b
  \\bnone of (them|my|the|our)\\b[^.!?]{0,40}\\b(failed|had a failed|had any failed)\\b
  \\bthe (best|top|highest|lowest|fastest) ([\\w-]+ ){0,2}(score|rating|rate|numbers?|results?|record|reviews?) (of all|in the|among|of any)\\b
  # recognition that is a result: "patients ask for me by name"
  \\b(ask|asks|asked|request|requests|requested) (for )?me by name\\b
  # a clean record beside a volume: "closed 180 files without one wire fraud incident"
  \\b\\d[\\d,]* ([\\w-]+ ){0,2}without (a single |one |any |a )([\\w-]+ ){0,2}(errors?|incidents?|mistakes?|complaints?|claims?|injur(y|ies)|accidents?|defects?|violations?|findings?|callbacks?|loss(es)?|problems?|issues?|returns?|chargebacks?)\\b
  # a change written without "from": "cut dwell 28h to 19h", "brought turnaround 5 days to 2", "delinquency 9% to 3%"
  \\b\\d[\\d.]*\\s?% to \\d[\\d.]*\\s?%
  \\b\\d[\\d,]* ([\\w-]+ ){0,2}without (missing|losing|dropping|failing|cancell?ing) (a|one|any)\\b
  \\b(cut|cutting|reduc\\w*|brought|dropped|lowered|raised|grew|increased|improved|shrank|trimmed)\\b ([\\w-]+ ){0,3}\\d[\\d,.]*\\s?(h|hrs?|hours?|mins?|minutes?|days?|weeks?|%|k|m|ms|s)? ?(to|down to|up to) \\d
  \\b(took|take|takes|cost|costs|needed|needs|ran|runs|used|uses)\\b[^.!?]{0,30}\\b(about |roughly |nearly |almost |less than )?(half|a third|a quarter) as (long|much|many)\\b
  \\b(sold|shipped|closed|handled|processed|made|served|booked|installed|produced|delivered|hired|placed|caught|fixed|resolved)\\b[^.!?]{0,30}\\b(twice|three times) as many\\b
  \\b(dropped|fell|went down|came down|shrank|declined) to (almost |nearly |practically |virtually |just about )?(none|zero|nothing)\\b
  \\bfrom (well |far |just )?(over|above|below|under|outside) (the |its |our )?(limit|target|threshold|standard|goal|benchmark|budget)\\b[^.!?]{0,30}?\\bto\\b
  # comparisons written out: "in a day instead of a week", "minutes, not hours", "from months to days"
  \\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s? instead of (about |roughly |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (second|minute|hour|day|week|month|shift|quarter|year)s?\\b
  \\b(seconds, not (minutes|hours)|minutes, not (hours|days)|hours, not (days|weeks)|days, not (weeks|months)|weeks, not months)\\b
  \\bfrom (years to (months|weeks|days)|months to (weeks|days|hours)|weeks to (days|hours)|days to (hours|minutes)|hours to minutes)\\b
  \\bfrom (last|worst|bottom|dead last|near the bottom) to (first|top|best|the top|second|third)\\b
  \\b(twice|two|three|four|five|ten|\\d+) times (as )?(faster|fast|quicker|more|fewer|higher|lower|better)\\b
  \\b(twice|three times|four times|half) as (much|many|fast|quickly|often|high|long|far) as (they|it|we|I|she|he) (did|used to|were|was|had)\\b
  \\bnow\\b[^.!?]{0,80}?\\bused to (take|need|cost|run|last)\\b[^.!?]{0,30}?${QUANTITY}
  \\b(this|last|that) (year|summer|season|quarter|month|winter|spring|fall)\\b[^.!?]{0,30}\\b(didn't|did not|never|haven't|have not|hasn't) [\\w-]+( [\\w-]+){0,2} (once|a single time)\\b
  \\b(have |has )?never (missed|lost|failed|blown|dropped) (a|one|any|an) (deadline|filing|payroll|shipment|delivery|inspection|audit|shift|day|order)\\b
  \\b(every|each) [\\w-]+( [\\w-]+)? on (time|schedule|budget)\\b
  \\bwon ([\\w-]+ ){0,3}of the (year|month|quarter)\\b
  \\b(had|have had|with) (zero|no|0) (?!(offers|interviews|responses|replies|callbacks|jobs|luck)\\b)[\\w-]+s\\b[^.!?]{0,30}\\b(in|for|over|across) (\\d+|two|three|four|five|six|seven|eight|nine|ten|a) (days?|weeks?|months?|years?|seasons?|quarters?|shifts?)\\b
  \\b\\d[\\d,.]*\\s?%?( [\\w-]+){0,2} (against|versus|vs\\.?) \\d
  \\bpassed (every|each|all) ([\\w-]+ ){0,3}(inspections?|audits?|reviews?|exams?|surveys?|checks?)\\b
  \\b(no one|none|not one)( of them)? (was|were|has been|have been|came) (returned|sent back|rejected|redone)\\b
  \\bnone of (them|my|the|our)\\b[^.!?]{0,30}\\b(had|got|received|drew) (an? |any )?([\\w-]+ )?(observations?|findings?|deficienc\\w+|citations?|complaints?|defects?|errors?)
  \\bwon \\d[\\d,]* ([\\w-]+ ){0,2}(prizes|awards|medals|competitions|titles|championships|contests)\\b
  \\b(approved|passed|accepted|cleared) (on|at) (the )?first (cycle|submission|submittal|review|try|attempt|pass|round)\\b
  \\b(my|our) ([\\w-]+ ){1,2}(had|has|was|were|posted|got) the (best|top|highest|lowest|fastest|fewest) ([\\w-]+ ){0,3}(of|in|at) (the|our|my) ([\\w-]+ )?(station|shop|store|team|office|branch|department|unit|crew|plant|company|region|district|hub|site)\\b
  \\b[\\w-]+ rate (of|at|under|below|was) (only |just |under |below )?\\d[\\d.]*\\s?%
  (^|[\\s(])\\+\\d[\\d,.]*\\s?(%|pts?|points?|bps)
  \\b(a|one) (third|quarter|half|fifth) (fewer|less|more|faster|lower|higher|shorter)\\b
  \\b(is|are|was|were|got|came|went)( now)? (down|up) to (about |roughly |just |only )?(a handful|a few|a couple|one|two|three|four|five|six|seven|eight|nine|ten|\\d)\\b
  \\b(is|are)( now)? (half|a third|a quarter|a fraction|double|twice|triple) (of )?what (it|they) (was|were|used to be)\\b
  \\bthe (highest|lowest|best|fastest|fewest) (they|it)('ve| have| has)? (ever )?been\\b
  # a clean record since the writer's change: "nobody has quit since I took over"
  \\b(nobody|no one|not one|none of (them|us|my [\\w-]+)) ([\\w-]+ ){0,3}(has|have|had) (quit|left|failed|fallen|been hurt|been injured|missed|complained)\\b[^.!?]{0,30}\\bsince (I|we)\\b
  \\b(haven't|have not|hasn't|has not|never) (had|seen|lost|missed) (a single|one|any|another) [\\w-]+( [\\w-]+)? since (I|we)\\b
  \\bwithout (a single|one single) (?!(response|reply|callback|interview|offer|day off|break)\\b)[\\w-]+
  \\b(double|triple|twice|three times|four times) (of |what )?(our |the |its |their |my )?([\\w-]+ )?(normal|usual|previous|average|baseline|last year|target|goal|quota|plan)\\b
  \\b\\d[\\d,.]*\\s?%? (more|higher|better|faster|above|less|lower|fewer|below) (than )?(a|the|our|their|my) ([\\w'’-]+ ){0,2}(average|benchmark|baseline|norm|target|quota)\\b
  \\b(perfect|spotless|clean) ([\\w-]+ ){0,2}(record|attendance)\\b
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
`;

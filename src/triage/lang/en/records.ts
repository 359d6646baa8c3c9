/**
 * Lists are phrases separated by "|" (over as many lines as suit the reader); the reading stage splits them once, at load.
 *
 * English words for results that are not a change between two numbers (clean records, shares, gains,
 * ranks, counts), for the counts that are no result (a job search, experience, size, prices), and
 * for the edges of clauses.
 */
/** A clean record: what stopped happening. */
export const CLEAN_RECORD_WORDS = `
  zero | no | not one | not a single | none | without | never | nobody | no one
`;
export const CLEAN_RECORD_VERBS = `
  haven't | hasn't | didn't | haven't had | have not | has not | did not | never
`;
export const CLEAN_RECORD_NOUNS = `
  stuck | spoil | contaminat | lost-time |
  observation | deficienc | exception | write-up | grievance | out-of-stock | stockout | mishandl |
  reject | loose | infect | adverse | dead-air | disruption | jam | miss | missed | lost | loss | late | fail |
  error | fault | defect | rework | redo | remake | complaint | incident | injur | accident | violation | citation |
  finding | callback | comeback | rejection | deviation | chargeback | recordable | repeat | outage | downtime |
  leak | spill | burst | crack | recall | return | claim | infection | fall | complication | reaction | breach |
  escalation | bug | crash | delay | write-off | writeoff | shortage | stockout | quit | turnover | no-show |
  dose | deadline | sev | page | fine | re- | stop | off-air | exceedanc | exceedenc | excursion | damage | breakage | drop |
  redraw | correction$ | corrections$ | revision | resubmi | reshoot | retake
`;
/** Work handed on as it was, so "without" needs no stretch of time: "went straight into the report without redraws". */
export const STRAIGHT_WORDS = `
  straight | directly
`;
/** A span of time a clean record holds over: "since I took over", "two winters", "in 18 months". */
export const RECORD_SPAN_WORDS = `
  since | in | for | over | across | during | through | throughout | all | this | last
`;

/** A share reaching a goal, or a rate the writer owns: "92% passed", "our retention rate of 97%". */
export const GOAL_VERB_STEMS = `
  driv | generat |
  resolv | use$ | used$ | adopt |
  got$ | brought$ | helped$ |
  met$ | meet$ | meets$ | reach | hit$ | pass | achiev | complet | graduat | renew | retain | return | stay |
  kept$ | convert | clos | won$ | approv | accept | hired | placed | promot | certif
`;
export const RATE_NOUN_STEMS = `
  accept | rebook | close | show | rate | retention | renewal | accuracy | satisfaction | attendance |
  completion | on-time | fill | yield | uptime | availability | nps | csat | score | conversion | utilization |
  occupancy | compliance | adherence | resolution | first-pass | first-time | collection | win | pass
`;

/** Money or time given back or brought in: "saved $1.4M", "brought in €40k". */
export const GAIN_VERB_STEMS = `
  block | prevent | stopp |
  sav | earned$ | generat | recover | recoup | won$ | closed$ | raised$ | freed$ | avoid | secured$ | sold$ |
  added$ | unlocked$ | landed$ | captured$ | collected$ | clawed$ | returned$
`;
/** Nouns that make money after it a gain: "$200k in annual savings". */
export const GAIN_NOUN_STEMS = `
  saving | revenue | profit | recover | sales | arr | margin | cost avoid
`;

/** Nouns a gain noun may name the kind of ("revenue bonds", "a savings account"): the sum is then their size, no gain. */
export const GAIN_NOUN_HEADS = `
  bond | account | fund | note | loan | desk | team | department | call
`;

/** A standard each case of a share met: "same-day screening for 97% of bookings", "on time for 98% of orders". */
export const STANDARD_MARKS = `
  same-day | same day | next-day | next day | on-time | on time | on schedule | on budget | under budget |
  ahead of schedule | in full | first-time | first time | first-pass | first pass | error-free
`;

/** A rank the writer holds: "ranked #1", "top of the region", "2nd of 30". */
export const RANK_VERB_STEMS = `
  rank | finish | placed$ | came$ | rated$ | named$ | voted$ | ended$ | scored$
`;
export const COPULAS = `
  was | were | am | i'm | are | is | been | stayed | remained
`;
export const RANK_WORDS = `
  the most |
  top | best | highest | lowest | fastest | fewest | first | #1 | number one
`;
export const RANK_SCOPES = `
  in | of | on | at | among | across | out of
`;

/** Reach: what the writer's work was taken up by: "adopted by 12 product teams". */
export const REACH_WORDS = `
  adopted by | used by | rolled out to | in use at | relied on by
`;
/** Taken up by buyers or users, after a count of what the writer made: "9 tonnes sold", "40,000 copies downloaded". */
export const UPTAKE_VERBS = `
  sold | downloaded | installed | ordered | bought | booked | streamed
`;

/** Counts that are no result: the search for a job, experience, the size of what one manages, prices. */
export const JOB_SEARCH_NOUNS = `
  application | applications | role | roles | job | jobs | position | positions | opening | openings | interview
  | interviews | rejection | rejections | offer | offers | recruiter | recruiters | message | messages | email |
  emails
`;
export const JOB_SEARCH_VERBS = `
  applied | apply | applying | interviewed | messaged | emailed | reached
`;
export const EXPERIENCE_WORDS = `
  experience | old | ago | tenure | career | background
`;
export const SIZE_WORDS = `
  team | staff | crew | reports | budget | beds | headcount | people | direct
`;
export const PRICE_WORDS = `
  cost | costs | price | priced | salary | pay | paid | rate | fee | charge | charges
`;
export const MANAGE_VERB_STEMS = `
  manag | lead | led | run | ran | oversee | oversaw | supervis | own | head
`;

/** Verbs of working at a volume, never a change: "I process 300 claims a week" ranks last. */
export const EFFORT_VERBS = `
  work | worked | spend | spent | commute | study | studied | volunteer | sleep | train | drive
`;

/** Clause edges inside a sentence: a result is quoted from its clause, not the whole sentence. */
export const CLAUSE_MARKS = `
  ; | : | — | –
`;
export const CLAUSE_OPENERS = `
  but | and | so | which | while | whereas | although | though
`;

/** The writer's own action that a before and after turns on: "used to …; since I …, …". */
export const USED_TO = `
  used to | would often | was always | were always
`;
/** How often or how much, in words: what the after of a "used to" may be measured in. */
export const FREQUENCY_WORDS = `
  weekly | daily | nightly | monthly | hourly |
  none | nothing | never | rarely | rare | hardly | barely | seldom | almost | nearly | every | each | all |
  most | few | half | always | constant | constantly | common | regular | routine | on time | same day |
  same-day | within | only | no | zero | once | twice | fewer | less | faster
`;
/** Money brought in, in two words: "brought in $2.4M". */
export const GAIN_PHRASES = `
  brought in | bring in | pulled in | took in | billed | booked | grossed | generated
`;
/** What a share of is measured against: "130% of my goal". */
export const GOAL_NOUNS = `
  normal | usual | average | baseline |
  goal | quota | target | plan | budget | forecast | benchmark
`;
/** A clean record in a phrase: "a perfect on-time record". */
export const RECORD_ADJECTIVES = `
  perfect | spotless | clean | flawless | unblemished
`;
export const RECORD_NOUNS = `
  record | attendance | inspection | inspections | audit | audits
`;
/** Verbs a rank is held with: "had the highest retention of all agents". */
export const HOLD_VERBS = `
  had | have | got | posted | received | earned | hold | held
`;

/** Verbs that count what the writer's work won, caught or prevented: "caught 40 bad welds", "won 14 prizes". */
export const TALLY_VERBS = `
  won | caught | flagged | prevented | stopped | signed | landed | recruited | placed | certified | promoted |
  found | recovered | averted | resolved | closed | blocked | intercepted
`;
/** Verbs of a test passed at a mark: "passed the CRR at 225 wpm", "cleared the exam with a 92". */
export const PASS_VERBS = `
  passed | scored | cleared | qualified | tested | certified
`;
/** Words that hold a count to a deadline: "traced 40 contacts within 48 hours". */
export const DEADLINE_WORDS = `
  within | inside | under
`;
/** What a rank is never held in: "the best shape of my life". */
export const NOT_RANK_SCOPES = `
  life | lives | career | dreams
`;
/** What "half the" may be measured in: "in half the time". */
export const HALF_THE_NOUNS = `
  time | cost | price | budget | effort | staff | headcount | steps | errors
`;
/** Titles of the year that are a rank: "voted dealer of the year". */
export const TITLE_PERIODS = `
  year | month | quarter | season
`;
/** Verbs that give a title: "voted", "named", "won". */
export const TITLE_VERBS = `
  voted | named | won | chosen | selected | awarded | picked
`;
/** Verbs of stopping: "we stopped missing the pickup", "the backfills stopped being needed". */
export const STOP_WORDS = `
  stopped | no longer | never again
`;
/** A first attempt that passed: "every permit on first submittal", "passed every checkride on the first try". */
export const FIRST_TRY_NOUNS = `
  try | attempt | submittal | submission | pass | cycle | review | round | inspection | sitting | go
`;
/** Verbs that grow a team, whose numbers are its size, not a result: "grew my team from 4 to 12". */
export const GROWTH_VERBS = `
  grew | grown | grow | expanded | scaled | built | hired | doubled | tripled | staffed
`;

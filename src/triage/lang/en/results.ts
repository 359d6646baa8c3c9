/**
 * Lists are phrases separated by "|" (over as many lines as suit the reader); the reading stage splits them once, at load.
 *
 * English words a result is read with: verbs of change, the cues that link a before and an after,
 * the writer and the others who may be the agent, clean-record nouns, and the counts that are no result.
 */

/** Verbs of change, by direction. A stem matches its forms: "reduc" reads reduce, reduced, reducing. */
export const DOWN_VERB_STEMS = `
  cut | reduc | lower | decreas | dropp | drop | fell$ | fall | shrank | shrunk | shrink | trimm | trim | slash
  | shorten | shaved | shave | declin | eliminat | minimi | brought$ | bring$ | took$ | sped$ | speed | came$ |
  went$ | gone$
`;
export const UP_VERB_STEMS = `
  beat$ | exceed | surpass | outperform | outpac |
  rais | increas | lift | grew$ | grow | improv | boost | doubl | tripl | quadrupl | rose$ | rise | risen$ |
  climb | jump | expand | push | scal | accelerat | gain | moved$ | move$ | got$ | get$ | turned$
`;
/** Verbs that carry their own multiplier: "complaints halved", "sign-ups tripled". */
export const MULTIPLYING_VERBS: Readonly<Record<string, number>> = {
  halved: 0.5,
  halving: 0.5,
  doubled: 2,
  doubling: 2,
  tripled: 3,
  tripling: 3,
  quadrupled: 4,
};

/** Verbs of change too common to read alone: they need "down to", "up to", "by" or "from…to". */
export const GENERIC_CHANGE_VERBS = `
  brought | bring | took | came | went | gone | got | get | moved | move | turned | push | pushed
`;
/** Comparatives after a quantity: "40% fewer callbacks", "three times faster". */
export const COMPARATIVES = `
  faster | quicker | fewer | less | lower | higher | more | better | cheaper | shorter | smaller | bigger |
  larger | above | below | under | over
`;

/** Words that link a before and an after within a sentence. */
export const FROM_WORDS = `
  from
`;
export const TO_WORDS = `
  to | into | down to | up to | under | below
`;
export const ARROWS = `
  → | -> | => | ⟶
`;
export const UP_FROM_WORDS = `
  up from | down from | compared to | compared with | versus | vs
`;
export const INSTEAD_WORDS = `
  instead of | rather than | not | versus | vs | against
`;
export const BEFORE_WORDS = `
  used to | was | were | before | last year | previously | had been
`;
export const AFTER_WORDS = `
  now | today | these days | this year | nowadays | since then | after | since | once | now that | then
`;
/** Words of a change by an amount or to a level: "by 28%", "to 19 minutes". */
export const BY_WORDS = `
  by
`;

/** The writer and their team as agent. */
export const WRITER_WORDS = `
  i | we | i've | we've | i'd | we'd | me | us | myself | ourselves
`;
export const WRITER_POSSESSIVES = `
  my | our
`;
/** Someone else as agent: "my manager cut", "your team grew to 40", "she doubled". */
export const OTHER_PRONOUNS = `
  he | she | they | you | he's | she's | they've | you've
`;
export const READER_POSSESSIVES = `
  your | yours
`;
/** People after "my" who are not the writer's team: "my manager", "my predecessor". */
export const OTHER_PEOPLE = `
  manager | boss | supervisor | director | predecessor | successor | colleague | coworker | co-worker | friend | mentor | husband | wife | partner | brother | sister | father | mother | dad | mom | ceo | vp | cto | founder | professor
`;

/** Modals that make a clause a guess or a promise, not a result: "could cut", "will halve". */
export const MODAL_WORDS = `
  could | would | will | might | may | should | can | shall | must
`;
/** Words of intent, a wish or a plan, when followed by "to", "is", "of" or "for": "we aim to", "the goal is". */
export const INTENT_WORDS = `
  aim | aiming | aims | hope | hoping | plan | planning | plans | goal | target | want | wants | trying | try |
  expect | expected | projected | estimate | estimated | potential | going | able | help | helping
`;
export const INTENT_LINKS = `
  to | is | was | of
`;
/** Words that make a clause a condition: "if we cut". */
export const CONDITION_WORDS = `
  if | unless | imagine | suppose
`;

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
  error | defect | rework | redo | remake | complaint | incident | injur | accident | violation | citation |
  finding | callback | comeback | rejection | deviation | chargeback | recordable | repeat | outage | downtime |
  leak | spill | burst | crack | recall | return | claim | infection | fall | complication | reaction | breach |
  escalation | bug | crash | delay | write-off | writeoff | shortage | stockout | quit | turnover | no-show |
  dose | deadline | sev | page | fine | re-
`;
/** A span of time a clean record holds over: "since I took over", "two winters", "in 18 months". */
export const RECORD_SPAN_WORDS = `
  since | in | for | over | across | all | this | last
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
  found | recovered | averted | resolved | closed
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

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
/** Nouns after a quantity that give a model's size against the real thing ("a 50% scale rig"), not a change. */
export const PROPORTION_NOUNS = `
  scale
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
/**
 * What the reader, opening a sentence, only knows or saw of the writer's doing ("You may remember how we cut…",
 * "You saw our stand"): the doing stays the writer's. Any other "You did…" is the reader's own.
 */
export const READER_KNOWING = `
  know | knew | remember | recall | saw | see | heard | hear | mentioned | asked | said | told | probably | might | may
`;
/** People after "my" who are not the writer's team: "my manager", "my predecessor". */
export const OTHER_PEOPLE = `
  manager | boss | supervisor | director | predecessor | successor | colleague | coworker | co-worker | friend | mentor | husband | wife | partner | brother | sister | father | mother | dad | mom | ceo | vp | cto | founder | professor
  son | daughter | kid | kids | child | children | nephew | niece | cousin | aunt | uncle | roommate | neighbor | neighbour
  controller | cfo | coo | cio | principal | preceptor | attending | foreman | superintendent | owner | trainer | teacher | coach
`;

/** Modals that make a clause a guess or a promise, not a result: "could cut", "will halve". */
export const MODAL_WORDS = `
  could | would | will | might | may | should | can | shall | must
`;
/** Words of intent, a wish or a plan, when followed by "to", "is", "of" or "for": "we aim to", "the goal is". */
export const INTENT_WORDS = `
  aim | aiming | aims | hope | hoping | plan | planning | plans | goal | target | want | wants | trying | try |
  expect | expected | projected | estimate | estimated | potential | going | able | help | helping |
  okr | okrs | objective | objectives | kpi | ambition | intention | mission
`;
export const INTENT_LINKS = `
  to | is | was | of
`;
/** Words that make a clause a condition: "if we cut". */
export const CONDITION_WORDS = `
  if | unless | imagine | suppose
`;

/** Words that date a measure on their own, with no verb of change: "when I started … ; now …". */
export const TIME_MARKERS = `
  when i | when we | after i | after we | since i | since we | once i | once we
  at the start | at first | originally | back then | in the beginning | to begin with | previously | used to
  now | today | these days | nowadays | lately | recently | currently | since then | so far
`;

/** The markers above that all mean now. */
export const NOW_MARKERS = `
  now | today | these days | nowadays | lately | recently | currently | so far
`;

/** Words that date a measure before a period: "last winter", "this season", "the past six months". */
export const TIME_DEICTICS = `
  last | this | that | past | the last | the past | over the last | over the past | in the last | in the past
`;

/** Periods a deictic dates ("this winter"), besides the units of time and the months. */
export const TIME_PERIODS = `
  season | winter | summer | spring | autumn | fall | term | semester | quarter | year | month | week | shift
  weekend | monday | tuesday | wednesday | thursday | friday | saturday | sunday | audit | inspection | survey
`;

/** A verb in the past before one measure and in the present before the other: "took 42 minutes … takes 27". */
export const PAST_VERBS = `
  took | was | were | had | cost | needed | ran | averaged | sat | stood | hovered | used
`;
export const PRESENT_VERBS = `
  takes | is | are | has | costs | needs | runs | averages | sits | stands | hovers | uses | take | need | run | average
`;
/** What the writer made, as a clause's subject after their own doing: "I wrote the rules; they've caught 40 bugs". */
export const MADE_THINGS_PRONOUNS = `
  they | they've
`;
/**
 * What English calls "she": a vessel or a machine the writer worked on ("I re-rigged the ketch, and she
 * passed survey clean"), when the sentence names one before the pronoun; else "she" is a person.
 */
export const VESSEL_PRONOUNS = `
  she | she's
`;
export const VESSEL_NOUNS = `
  ship | boat | vessel | yacht | superyacht | sloop | ketch | yawl | schooner | cutter | catamaran | trimaran |
  dinghy | ferry | tanker | trawler | tug | tugboat | barge | freighter | frigate | submarine | aircraft | airframe |
  plane | jet | locomotive | engine
`;
/** What opens a clause inside a sentence, before its subject: "…; they", "…, and they". */
export const CLAUSE_JOINS = `
  ; | , | and | — | –
`;

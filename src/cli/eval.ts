import { styleText } from 'node:util';
import { type CaseOutcome, type Corpus, CorpusSchema } from './corpus.js';
import { draftCounts } from './draft-writing.js';
import { evaluateCorpus, totals } from './evaluate.js';
import { describeZodError, readTextFile, UsageError } from './input.js';
import { peopleCounts, peopleProblems } from './people.js';
import { writingCounts } from './writing.js';

/** The writing lines: each blurb and draft invariant with its count. Returns how many breaches in all. */
function printWriting(corpus: Corpus, outcomes: readonly CaseOutcome[]): number {
  // What a blurb may state: the note (and the one it answers), its Slack author, and the referrer's profile.
  const sources = corpus.cases.map((c) =>
    [
      c.text,
      c.previous ?? '',
      c.author ?? '',
      JSON.stringify(c.profile ? (corpus.profiles[c.profile] ?? {}) : {}),
    ].join('\n'),
  );
  const writing = writingCounts(
    outcomes.map((o) => o.got),
    sources,
  );
  const broken = Object.values(writing.counts).reduce((n, c) => n + c, 0);
  console.log(
    `writing: ${writing.blurbs} blurbs; ${Object.entries(writing.counts)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  const profiles = corpus.profiles;
  const drafts = draftCounts(
    outcomes.map((o, i) => {
      const profile = profiles[corpus.cases[i]?.profile ?? ''];
      const openingTitles = profile?.openRoles?.map((role) => role.title) ?? [];
      return { result: { ...o.got, openingTitles }, referrerName: profile?.name ?? null };
    }),
  );
  const draftsBroken = Object.values(drafts).reduce((n, c) => n + c, 0);
  console.log(
    `drafts: ${outcomes.length * 3}; ${Object.entries(drafts)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  return broken + draftsBroken + printPeople(corpus, outcomes);
}

/** Who is who and what a yes blurb claims, on the cases labelled for it (issue 22). Returns the breaches. */
function printPeople(corpus: Corpus, outcomes: readonly CaseOutcome[]): number {
  const people = peopleCounts(outcomes.map((o, i) => ({ c: corpus.cases[i] as Corpus['cases'][number], got: o.got })));
  if (people.judged === 0) return 0;
  const pct = ((100 * people.namesRight) / people.judged).toFixed(1);
  console.log(
    `people: names right ${people.namesRight}/${people.judged} (${pct}%); ${Object.entries(people.counts)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  return Object.values(people.counts).reduce((n, c) => n + c, 0);
}

/**
 * Scores the triage against a corpus: each case (expected vs got, and why), then the totals.
 * Exits 1 when any case is a severe mistake (yes for a no, or no for a yes) or a blurb or draft breaks a
 * writing invariant, 2 for unusable input.
 */
async function run(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) throw new UsageError('usage: npm run eval -- CORPUS.json [--verbose]');
  let json: unknown;
  try {
    json = JSON.parse(await readTextFile(path, 'corpus'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`corpus "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CorpusSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(`corpus "${path}" does not match the corpus format: ${describeZodError(parsed.error)}`);

  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  const outcomes = evaluateCorpus(parsed.data);
  for (const o of outcomes) {
    const mark = o.severe
      ? paint('red', 'SEVERE')
      : o.acceptable
        ? paint('green', 'ok    ')
        : paint('yellow', 'miss  ');
    const fit = o.expected.fit ? ` fit ${o.expected.fit}→${o.got.fit.level}` : '';
    console.log(`${mark} ${o.id}: expected ${o.expected.recommendation}, got ${o.got.recommendation}${fit}`);
    if (!o.acceptable || verbose) console.log(`       why: ${o.got.reasons[0] ?? ''}`);
    for (const wrong of o.wrongSignals) console.log(`       signal ${wrong}`);
    if (o.fitRight === false) console.log(`       fit: ${o.got.fit.explanation}`);
    const c = parsed.data.cases.find((k) => k.id === o.id);
    const people = c ? peopleProblems(c, o.got) : [];
    if (people.length > 0)
      console.log(`       people: ${people.join(', ')} (name ${o.got.candidate.name}, writer ${o.got.writer ?? null})`);
  }
  const t = totals(outcomes);
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  console.log('');
  console.log(
    `verdicts acceptable ${t.acceptable}/${t.cases} (exact ${t.exact}), severe mistakes ${t.severe}, ` +
      `signals right ${t.signalsRight}/${t.signalsJudged} (${pct(t.signalsRight, t.signalsJudged)}), ` +
      `fit right ${t.fitRight}/${t.fitJudged} (${pct(t.fitRight, t.fitJudged)})`,
  );
  const broken = printWriting(parsed.data, outcomes);
  // A blurb or a reply that breaks an invariant goes out with the referrer's name on it.
  return t.severe > 0 || broken > 0 ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    console.error(`refer-triage eval: ${error.message}`);
    process.exitCode = 2;
  },
);

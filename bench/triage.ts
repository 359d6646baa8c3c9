import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorpusSchema } from '../src/cli/corpus.js';
import { evaluateCorpus, totals } from '../src/cli/evaluate.js';
import { MAX_REQUEST_CHARS, type Profile, ProfileSchema, triage } from '../src/triage/index.js';
import { heading, ms, row, summarize, timeRuns } from './stats.js';

const profile = ProfileSchema.parse({
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, internal tooling, CI/CD, APIs',
  openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
});

const PARAGRAPH =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821). " +
  "For the past three years I've built workflow products for engineers, and last quarter I led a launch that cut " +
  'new-hire onboarding time by 28%. Your work on internal tools is close to what I want to do next. ' +
  'Would you be open to referring me? No worries if not.\n';

/** A realistic note of about `chars` characters: the paragraph repeated, as a rambling note would. */
function noteOf(chars: number): string {
  return PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length)).slice(0, chars);
}

function quality(label: string, path: string): void {
  if (!existsSync(path)) {
    row(label, 'not found, skipped');
    return;
  }
  const t = totals(evaluateCorpus(CorpusSchema.parse(JSON.parse(readFileSync(path, 'utf8')))));
  row(
    label,
    `acceptable ${t.acceptable}/${t.cases}, severe ${t.severe}, signals ${((100 * t.signalsRight) / t.signalsJudged).toFixed(1)}%, fit ${t.fitRight}/${t.fitJudged}`,
  );
}

async function jsonlThroughput(count: number): Promise<{ perSecond: number; maxRssMb: number }> {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ text: `${noteOf(600 + (i % 7) * 200)} #${i}`, profile: { teamArea: profile.teamArea } }),
  ).join('\n');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./jsonl-child.ts', import.meta.url))],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let outLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) outLines++;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const start = process.hrtime.bigint();
  child.stdin.end(`${lines}\n`);
  await new Promise((resolve) => child.on('close', resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (outLines !== count) throw new Error(`--jsonl wrote ${outLines} lines for ${count} requests: ${stderr}`);
  const report = JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as { maxRssKb: number };
  return { perSecond: count / seconds, maxRssMb: report.maxRssKb / 1024 };
}

/** Every note of the project's own fixtures with its referrer: what "a typical note" means here. */
function fixtureNotes(): Array<{ text: string; profile: Profile | null }> {
  const dir = new URL('../test/fixtures/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /^(?:own-corpus|fields-blind(?:-\d+)?|writing-blind)\.json$/.test(f));
  return files.flatMap((file) => {
    const corpus = CorpusSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    return corpus.cases.map((c) => ({
      text: c.text,
      profile: c.profile ? (corpus.profiles[c.profile] ?? null) : null,
    }));
  });
}

/** Each fixture note timed on its own, once the code is warm: the median is the typical note. */
function typicalNote(): void {
  const notes = fixtureNotes();
  for (let round = 0; round < 20; round++) for (const n of notes) triage(n.text, n.profile);
  const samples = notes.flatMap((n) => timeRuns(() => triage(n.text, n.profile), 10, 0));
  const stats = summarize(samples);
  const chars = summarize(notes.map((n) => n.text.length)).median;
  row(`typical note (${notes.length} notes, median ${chars} chars)`, `${ms(stats.median)} / ${ms(stats.p99)}`);
}

/**
 * Shapes that once took seconds (a pattern rescanning the rest of the text from every position, a
 * per-line look at the whole paste): each 40,000 characters, the most the triage reads.
 */
const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['emoji sequences', '👩‍👩‍👧‍👦'.repeat(MAX_REQUEST_CHARS / 11)],
  ['quote lines', '> x\n'.repeat(MAX_REQUEST_CHARS / 4)],
  ['one long word', 'a'.repeat(MAX_REQUEST_CHARS)],
  ['blank lines', '\n'.repeat(MAX_REQUEST_CHARS)],
  ['short lines', 'x\n'.repeat(MAX_REQUEST_CHARS / 2)],
  ['name lines', 'Bob Smith\n'.repeat(MAX_REQUEST_CHARS / 10)],
  ["'*_~' markup", '*_~'.repeat(MAX_REQUEST_CHARS / 3)],
  ['<@U123> mentions', '<@U123>'.repeat(MAX_REQUEST_CHARS / 7)],
  ['numbers', '1,2.3 '.repeat(MAX_REQUEST_CHARS / 6)],
  ['from-to runs', 'from 1 to '.repeat(MAX_REQUEST_CHARS / 10)],
  ['emoji codes', ':a'.repeat(MAX_REQUEST_CHARS / 2)],
  ['flags', '🇺🇦'.repeat(MAX_REQUEST_CHARS / 4)],
  ['combining accents', 'e\u0301'.repeat(MAX_REQUEST_CHARS / 2)],
  ['right-to-left marks in words', 'refer\u202Eme '.repeat(MAX_REQUEST_CHARS / 10)],
];

function hostileShapes(): void {
  console.log('  hostile shapes, 40,000 characters each (median of 10):');
  for (const [name, text] of HOSTILE)
    row(`    ${name}`, ms(summarize(timeRuns(() => triage(text, profile), 10, 2)).median));
}

export async function benchTriage(): Promise<void> {
  heading('Triage quality');
  quality('shared dev corpus', fileURLToPath(new URL('../../shared/corpus/dev.json', import.meta.url)));
  quality('shared one-pager pairs', fileURLToPath(new URL('../../shared/corpus/loop-dev.json', import.meta.url)));
  quality(
    'shared notes in other fields',
    fileURLToPath(new URL('../../shared/corpus/fields-dev.json', import.meta.url)),
  );
  quality('own fixtures', fileURLToPath(new URL('../test/fixtures/own-corpus.json', import.meta.url)));

  heading('Triage speed (single thread)');
  typicalNote();
  const two = noteOf(2048);
  const twoStats = summarize(timeRuns(() => triage(two, profile), 3000));
  row('2 KB request, median / p99', `${ms(twoStats.median)} / ${ms(twoStats.p99)}`);
  // The row above starts after 200 warm-up runs, while V8 is still optimizing; a running app has long
  // since warmed up, so this row measures the same note once the optimized code is in place.
  const steady = summarize(timeRuns(() => triage(two, profile), 3000, 3000));
  row('2 KB request, warmed up (3,000 runs first)', `${ms(steady.median)} / ${ms(steady.p99)}`);
  const forty = noteOf(40_000);
  const fortyStats = summarize(timeRuns(() => triage(forty, profile), 200, 20));
  row('40,000-character request, median / p99', `${ms(fortyStats.median)} / ${ms(fortyStats.p99)}`);
  const worst = summarize(timeRuns(() => triage('<@U1|'.repeat(8000), profile), 50, 5));
  row('40,000 characters of nested markup, median', ms(worst.median));
  hostileShapes();
  console.log('  growth with length (median, and per KB):');
  for (const size of [5_000, 10_000, 20_000, 40_000]) {
    const note = noteOf(size);
    const median = summarize(timeRuns(() => triage(note, profile), 100, 10)).median;
    row(`    ${size.toLocaleString('en')} characters`, `${ms(median)}  (${ms(median / (size / 1024))}/KB)`);
  }

  heading('Batch: npm run triage -- --jsonl');
  const batch = await jsonlThroughput(10_000);
  row('10,000 requests', `${batch.perSecond.toFixed(0)} requests/s, peak RSS ${batch.maxRssMb.toFixed(0)} MB`);
}

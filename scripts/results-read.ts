/**
 * How many labelled results the triage reads: for every case labelled with `expect.result`, whether
 * the proof point it finds holds the labelled result (its numbers, or most of its words); for a case
 * labelled `result: null`, whether it finds none. Usage: npx tsx scripts/results-read.ts CORPUS.json…
 */
import { readFileSync } from 'node:fs';
import { type Profile, ProfileSchema, triage } from '../src/triage/index.js';

interface LabelledCase {
  id: string;
  profile: string | null;
  text: string;
  previous?: string;
  expect: { result?: string | null; signals?: { proofPoint?: boolean } };
}

const numbersOf = (text: string) => text.match(/\d[\d.,]*/g) ?? [];
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** The evidence holds the label: every number of it, or at least 60% of its words. */
export function holds(evidence: string, label: string): boolean {
  const numbers = numbersOf(label);
  if (numbers.length > 0) return numbers.every((n) => evidence.includes(n));
  const words = wordsOf(label);
  const have = new Set(wordsOf(evidence));
  return words.length > 0 && words.filter((w) => have.has(w)).length / words.length >= 0.6;
}

for (const path of process.argv.slice(2)) {
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as { profiles: Record<string, unknown>; cases: LabelledCase[] };
  let labelled = 0;
  let read = 0;
  let nulls = 0;
  let falseResults = 0;
  let proofLabels = 0;
  let proofRight = 0;
  const misses: string[] = [];
  for (const c of corpus.cases) {
    const proofLabel = c.expect.signals?.proofPoint;
    if (!('result' in c.expect) && proofLabel === undefined) continue;
    const profile: Profile | null = c.profile ? ProfileSchema.parse(corpus.profiles[c.profile]) : null;
    const got = triage(c.text, profile, { previous: c.previous ?? null }).signals.proofPoint;
    if (proofLabel !== undefined) {
      proofLabels++;
      if (got.present === proofLabel) proofRight++;
    }
    if (!('result' in c.expect)) continue;
    if (c.expect.result === null || c.expect.result === undefined) {
      nulls++;
      if (got.present) {
        falseResults++;
        misses.push(`  false result ${c.id}: ${got.evidence}`);
      }
      continue;
    }
    labelled++;
    if (got.present && got.evidence && holds(got.evidence, c.expect.result)) read++;
    else misses.push(`  missed ${c.id}: "${c.expect.result}" (read: ${got.evidence ?? 'none'})`);
  }
  const share = labelled ? ((100 * read) / labelled).toFixed(1) : '-';
  const labels =
    labelled + nulls ? `results read ${read}/${labelled} (${share}%), false results ${falseResults}/${nulls}; ` : '';
  console.log(`${path}: ${labels}proofPoint labels right ${proofRight}/${proofLabels}`);
  if (process.env.VERBOSE) console.log(misses.join('\n'));
}

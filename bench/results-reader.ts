/**
 * The structural reader of results measured against today's phrase lists, on every corpus.
 * Run: npx tsx bench/results-reader.ts [--misses] [--false] [--branches]
 * Never opens test/fixtures/results-blind.json: a blind batch kept for the first run after the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normalizeRequest } from '../src/triage/intake/normalize.js';
import { readResult } from '../src/triage/reading/read-result.js';
import { splitSentences as triageSentences } from '../src/triage/reading/sentences.js';
import { splitSentences } from '../src/triage/reading/split-sentences.js';
import type { ResultReading } from '../src/triage/reading/types.js';
import { findProof } from '../src/triage/signals/detectors.js';
import * as P from '../src/triage/signals/patterns.js';

// Blind batches, kept for the first run after the change they test: never read while tuning.
const BLIND = new Set(['results-blind.json', 'pastes-blind.json', 'languages-blind.json']);
const flags = new Set(process.argv.slice(2));

interface Case {
  id: string;
  text: string;
  expect?: { result?: string; signals?: { proofPoint?: unknown } };
}

function corpora(): { name: string; cases: Case[] }[] {
  const dirs = ['../shared/corpus', 'test/fixtures'];
  const out: { name: string; cases: Case[] }[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json') || BLIND.has(file)) continue;
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (data && typeof data.profiles === 'object' && Array.isArray(data.cases))
        out.push({ name: file, cases: data.cases });
    }
  }
  return out;
}

interface Read {
  sentence: string;
  reading: ResultReading;
}

function readNote(text: string): Read[] {
  const found: Read[] = [];
  let previous: string | undefined;
  for (const { text: sentence } of splitSentences(text)) {
    const reading = readResult(sentence, previous === undefined ? {} : { previous });
    if (reading) found.push({ sentence, reading });
    previous = sentence;
  }
  return found;
}

const label = (c: Case): boolean | undefined => {
  const v = c.expect?.signals?.proofPoint;
  if (typeof v === 'boolean') return v;
  if (v && typeof v === 'object' && 'present' in v) return Boolean((v as { present: unknown }).present);
  return c.expect?.result ? true : undefined;
};
const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const strong = (r: Read[]): Read[] => r.filter((x) => x.reading.kind !== 'volume');
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

function baseline(text: string): boolean {
  return findProof(triageSentences(normalizeRequest(text).text)).present;
}

interface Tally {
  pos: number;
  posRead: number;
  posReadAny: number;
  posBase: number;
  neg: number;
  negRead: number;
  negReadAny: number;
  negBase: number;
  results: number;
  resultSpan: number;
  resultSentence: number;
}

const empty = (): Tally => ({
  pos: 0,
  posRead: 0,
  posReadAny: 0,
  posBase: 0,
  neg: 0,
  negRead: 0,
  negReadAny: 0,
  negBase: 0,
  results: 0,
  resultSpan: 0,
  resultSentence: 0,
});

function tallyCase(t: Tally, c: Case, corpus: string): void {
  const truth = label(c);
  if (truth === undefined) return;
  const reads = readNote(c.text);
  const read = strong(reads).length > 0;
  const base = baseline(c.text);
  if (truth) {
    t.pos++;
    t.posRead += read ? 1 : 0;
    t.posReadAny += reads.length ? 1 : 0;
    t.posBase += base ? 1 : 0;
    if (!reads.length && flags.has('--misses'))
      console.log(`MISS ${corpus} ${c.id}: ${c.expect?.result ?? c.text.replace(/\s+/g, ' ')}`);
  } else {
    t.neg++;
    t.negRead += read ? 1 : 0;
    t.negReadAny += reads.length ? 1 : 0;
    t.negBase += base ? 1 : 0;
    for (const r of strong(reads))
      if (flags.has('--false'))
        console.log(`FALSE ${corpus} ${c.id} [${r.reading.kind} ${r.reading.cue}]: ${r.sentence}`);
  }
  const result = c.expect?.result;
  if (!result) return;
  t.results++;
  const want = squash(result);
  t.resultSpan += reads.some((r) => squash(r.sentence.slice(...r.reading.span)).includes(want)) ? 1 : 0;
  t.resultSentence += reads.some((r) => squash(r.sentence).includes(want)) ? 1 : 0;
}

function add(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

function row(name: string, t: Tally): string {
  const results = t.results
    ? `  labelled results: in span ${t.resultSpan}/${t.results}, in a read sentence ${t.resultSentence}/${t.results}`
    : '';
  return `${name.padEnd(24)} proof:true read ${t.posRead}/${t.pos} (${pct(t.posRead, t.pos)}; +volume ${pct(t.posReadAny, t.pos)}; lists ${pct(t.posBase, t.pos)})  proof:false read ${t.negRead}/${t.neg} (+volume ${t.negReadAny}; lists ${t.negBase}/${t.neg})${results}`;
}

/** Split a phrase list into its top-level branches: "(?:a|b(c|d))" gives a and b(c|d). */
function branches(re: RegExp): string[] {
  let src = re.source;
  if (src.startsWith('(?:') && src.endsWith(')') && topLevel(src.slice(3, -1))) src = src.slice(3, -1);
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(src.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(src.slice(last));
  return parts;
}

/** Whether the inside of an outer group is balanced on its own (so the group wraps the whole source). */
function topLevel(inner: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

const LISTS: Record<string, RegExp> = {
  PROOF_METRIC: P.PROOF_METRIC,
  PROOF_IN_WORDS: P.PROOF_IN_WORDS,
  PROOF_FROM_TO: P.PROOF_FROM_TO,
  PROOF_WORK_RATE: P.PROOF_WORK_RATE,
};

function branchReport(all: { name: string; cases: Case[] }[]): void {
  const sentences = all.flatMap((c) =>
    c.cases.flatMap((k) => triageSentences(normalizeRequest(k.text).text).map((s) => s.text)),
  );
  const read = sentences.map((s, i) => readResult(s, i > 0 ? { previous: sentences[i - 1] } : {}) !== null);
  console.log(`\nPhrase branches against the reader, on ${sentences.length} sentences of every corpus`);
  let fired = 0;
  let covered = 0;
  let mostly = 0;
  let count = 0;
  for (const [name, re] of Object.entries(LISTS)) {
    const list = branches(re).map((src) => new RegExp(src, re.flags.replace('g', '')));
    let listFired = 0;
    let listCovered = 0;
    list.forEach((branch, b) => {
      count++;
      const hits = sentences.map((s, i) => (branch.test(s) ? i : -1)).filter((i) => i >= 0);
      if (!hits.length) return;
      const both = hits.filter((i) => read[i]).length;
      fired++;
      listFired++;
      if (both === hits.length) {
        covered++;
        listCovered++;
      } else if (both / hits.length >= 0.8) mostly++;
      if (flags.has('--branches'))
        console.log(`  ${name}[${b}] fires ${hits.length}, read ${both}: ${branch.source.slice(0, 90)}`);
    });
    console.log(
      `  ${name.padEnd(16)} ${list.length} branches, ${listFired} fire, the reader reads every sentence of ${listCovered}`,
    );
  }
  console.log(
    `  ALL ${count} branches: ${fired} fire on some sentence; the reader reads every sentence of ${covered} (coverable, could retire), 80%+ of ${mostly} more`,
  );
}

function note150(all: { name: string; cases: Case[] }[]): string[] {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  return all.flatMap((c) => c.cases.map((k) => k.text)).filter((t) => words(t) >= 120 && words(t) <= 180);
}

function timeNotes(notes: string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const note of notes) {
      const t0 = performance.now();
      readNote(note);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

function timeBaseline(notes: string[]): number {
  const times: number[] = [];
  for (let r = 0; r < 150; r++) {
    for (const note of notes) {
      const t0 = performance.now();
      baseline(note);
      if (r >= 100) times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

function speedReport(all: { name: string; cases: Case[] }[]): void {
  const notes = note150(all);
  timeNotes(notes, 100);
  const times = timeNotes(notes, 50);
  const q = (f: number) => (times[Math.floor(f * (times.length - 1))] ?? 0).toFixed(4);
  console.log(
    `\nSpeed: ${notes.length} notes of 120-180 words (split + readResult per sentence): median ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms`,
  );
  const lists = timeBaseline(notes);
  console.log(
    `  the phrase lists on the same notes (normalize + split + findProof), same machine: median ${lists.toFixed(4)} ms`,
  );
  const unit = notes.join('\n');
  for (const size of [2_500, 10_000, 40_000]) {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    timeNotes([text], 5);
    const t = timeNotes([text], 15);
    const median = t[Math.floor(t.length / 2)] ?? 0;
    console.log(
      `  ${String(size).padStart(6)} chars: ${median.toFixed(3)} ms (${((1000 * median) / size).toFixed(3)} µs a char)`,
    );
  }
}

function main(): void {
  const all = corpora();
  const total = empty();
  console.log('Results read by structure, against the phrase lists (findProof), per corpus');
  for (const corpus of all) {
    const t = empty();
    for (const c of corpus.cases) tallyCase(t, c, corpus.name);
    add(total, t);
    console.log(row(corpus.name, t));
  }
  console.log(row('ALL', total));
  console.log(
    `  recall on proof:true ${pct(total.posRead, total.pos)} (lists ${pct(total.posBase, total.pos)}); read on proof:false ${pct(total.negRead, total.neg)} (lists ${pct(total.negBase, total.neg)})`,
  );
  const precision = total.posRead / Math.max(1, total.posRead + total.negRead);
  console.log(`  precision by case (true reads / all reads on labelled cases) ${(100 * precision).toFixed(1)}%`);
  branchReport(all);
  speedReport(all);
}

main();

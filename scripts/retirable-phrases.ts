/**
 * Which result phrases the structural reader covers: a phrase line is retirable when, on every corpus
 * sentence it fires on, the reader reads a result too. Usage: npx tsx scripts/retirable-phrases.ts PROOF_IN_WORDS
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeRequest } from '../src/triage/intake/normalize.js';
import { en } from '../src/triage/lang/en/index.js';
import { readResult } from '../src/triage/reading/read-result.js';
import { splitSentences } from '../src/triage/reading/sentences.js';
import { phraseLines } from '../src/triage/shared/phrases.js';

const BLIND = new Set(['results-blind.json', 'pastes-blind.json', 'languages-blind.json']);
const sentences: string[] = [];
for (const dir of ['../shared/corpus', 'test/fixtures'])
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json') || BLIND.has(f)) continue;
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (!Array.isArray(d.cases) || typeof d.profiles !== 'object') continue;
    for (const c of d.cases)
      for (const s of splitSentences(normalizeRequest(c.text).text))
        sentences.push(s.text.replace(/\bhttps?:\/\/\S+/g, ' '));
  }
const read = sentences.map((s, i) => {
  const r = readResult(s, i > 0 ? { previous: sentences[i - 1] } : {});
  return r !== null && r.kind !== 'volume';
});
const which = (process.argv[2] ?? 'PROOF_IN_WORDS') as 'PROOF_IN_WORDS';
const lines = phraseLines((en as Record<string, string>)[which] as string);
let retire = 0,
  fire = 0;
lines.forEach((line, i) => {
  const re = new RegExp(line, 'i');
  const hits = sentences.map((s, j) => (re.test(s) ? j : -1)).filter((j) => j >= 0);
  if (!hits.length) {
    console.log(`NEVER ${i}`);
    return;
  }
  fire++;
  const both = hits.filter((j) => read[j]).length;
  if (both === hits.length) {
    retire++;
    console.log(`RETIRE ${i} (${hits.length})`);
  } else console.log(`KEEP ${i} ${both}/${hits.length}`);
});
console.log({ lines: lines.length, fire, retire });

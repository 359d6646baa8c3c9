import { readFileSync } from 'node:fs';
import { type MinHashParams, sameNote, signature } from '../src/sprays/minhash.js';
import { noteWords, roleKey } from '../src/sprays/note-words.js';
import { triage } from '../src/triage/index.js';

/**
 * `npx tsx bench/spray-pairs.ts`: sweeps the MinHash thresholds (shingle size, bands × rows, the
 * similarity bar) over the labelled pairs and prints precision and recall for each setting. Only
 * settings are tuned, never texts. The sender and recipient rules and the role key are as in the app.
 */
interface Side {
  sender: string;
  recipient: string;
  text: string;
}
const { pairs } = JSON.parse(readFileSync('test/fixtures/spray-pairs.json', 'utf8')) as {
  pairs: Array<{ spray: boolean; kind: string; a: Side; b: Side }>;
};
const role = (s: Side) => roleKey(triage(s.text).candidate.targetRole);
const prepared = pairs.map((p) => ({
  ...p,
  eligible: p.a.sender === p.b.sender && p.a.recipient !== p.b.recipient && role(p.a) === role(p.b),
  words: [noteWords(p.a.text), noteWords(p.b.text)] as const,
}));
const lost = prepared.filter((p) => p.spray && !p.eligible).length;
console.log(`spray pairs lost before matching (sender, recipient or role key differ): ${lost}`);
const results: string[] = [];
for (const shingle of [1, 2, 3, 4]) {
  for (const [bands, rows] of [
    [8, 4],
    [16, 2],
    [10, 3],
    [16, 4],
    [20, 3],
    [32, 2],
    [12, 2],
  ] as const) {
    for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
      const params: MinHashParams = { shingle, bands, rows, threshold };
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const p of prepared) {
        const flagged = p.eligible && sameNote(signature(p.words[0], params), signature(p.words[1], params), params);
        if (flagged && p.spray) tp++;
        else if (flagged) fp++;
        else if (p.spray) fn++;
      }
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp / (tp + fn);
      results.push(
        `${precision >= 0.98 && recall >= 0.9 ? '*' : ' '} shingle ${shingle}, ${bands}×${rows}, ≥${threshold}: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% (fp ${fp}, fn ${fn})`,
      );
    }
  }
}
console.log(results.join('\n'));

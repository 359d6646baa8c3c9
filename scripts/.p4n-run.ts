import { readFileSync } from 'node:fs';
import { triage } from '/work/wt-p4n/src/triage/index.js';
const [file, ...ids] = process.argv.slice(2);
const d = JSON.parse(readFileSync(file, 'utf8'));
for (const c of d.cases) {
  if (!ids.some((i: string) => c.id.startsWith(i))) continue;
  const prof = d.profiles?.[c.profile] ?? c.profile;
  const r: any = triage(c.text, prof);
  console.log('=====', c.id, 'expect', c.expect.candidateName, '/', c.expect.writerName);
  console.log('rec', r.recommendation, 'cand', JSON.stringify(r.candidate), 'writer', r.writer);
  console.log('reply:', (r.reply?.text ?? r.reply ?? '').toString().slice(0, 300));
  console.log('blurb:', r.blurb?.text ?? r.blurb);
}

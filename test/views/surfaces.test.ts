import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage, checkView } from '../helpers/block-kit.js';
import { loadOwnCorpus } from '../helpers/corpus.js';
import { REFERRER_PROFILE, recordOf, settingsSurfaces, surfacesOf, visibleTexts } from '../helpers/surfaces.js';

/**
 * What a person should never see, over every view and message the app builds, for varied notes:
 * a stored state's name, a raw ISO date, a raw Slack user id, or a word cut in half.
 */
const EXAMPLE = readFileSync(new URL('../../examples/request.txt', import.meta.url), 'utf8');
const VARIED = {
  'the README example': EXAMPLE,
  'mentions the referrer and a mutual contact by Slack id':
    "Hi <@U0PRIYA01>, <@U0MUTUAL77|dana> said you'd be the right person. I'm applying for the Senior PM, Developer Platform role. Last quarter I moved 90 services onto the new deploy pipeline and cut CI time by 35%. Would you refer me? No worries if not.\nAmara Okafor",
  'long words near every cut': `I'm applying for the Senior PM, Developer Platform role. ${'Internationalization-infrastructure-modernization '.repeat(12)}moved ninety services onto the pipeline. Would you refer me? No worries if not.\nNoor Haddad`,
  'a clean no: pressure and flattery':
    "Hey! You're such an inspiration. Any PM role at your company? Please refer me today, I messaged you twice already. I really need this.",
  'a one-pager: role, no proof':
    "Hi, I'm applying for the Senior PM, Developer Platform role. Could you refer me? No worries if not.",
  'outside the area':
    "Hi, I'd love a referral for the Account Executive role in sales. I closed $2M last year. No worries if not.",
  'dates and a résumé dump':
    'Re: referral (sent 2026-11-30)\nHi, attaching my CV, cover letter, portfolio and transcripts. Please look through and see what fits. Thanks!',
};
const corpus = loadOwnCorpus().cases.filter((_, i) => i % 6 === 0);
const NOTES: Array<[string, string]> = [
  ...Object.entries(VARIED),
  ...corpus.map((c) => [c.id, c.text] as [string, string]),
];

const STATE_WORDS =
  /\b(?:pending|undecided|one_pager\w*|resume_requested|not_moving_forward|blurb_\w+|kept_waiting|triaged)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_USER_ID = /(?<![\w<@])@?[UW][A-Z0-9]{7,}\b|(?<!<)@[UW][A-Z0-9]{7,}\b/;

/** Every whole word the texts behind a triage hold: a word shown before "…" must be one of them. */
function sourceWords(text: string): Set<string> {
  const r = recordOf(text);
  const all = [text, JSON.stringify(r.result), JSON.stringify(REFERRER_PROFILE)].join(' ');
  return new Set(all.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function problemsIn(texts: string[], words: Set<string>, note: string): string[] {
  const problems: string[] = [];
  for (const t of texts) {
    // A note that itself carries a date (or an id) may be quoted: only the app's own words are held to this.
    const own = t
      .split('\n')
      .filter((line) => !line.startsWith('>') && !line.startsWith('&gt;'))
      .join('\n');
    if (STATE_WORDS.test(t)) problems.push(`state word: ${t.match(STATE_WORDS)?.[0]}`);
    if (ISO_DATE.test(own) && !ISO_DATE.test(note)) problems.push(`ISO date: ${own.match(ISO_DATE)?.[0]}`);
    const withoutMentions = t.replace(/<@[UW][A-Z0-9]+>|<#C[A-Z0-9]+(?:\|[^>]*)?>/g, '');
    if (RAW_USER_ID.test(withoutMentions)) problems.push(`raw user id: ${withoutMentions.match(RAW_USER_ID)?.[0]}`);
    for (const m of t.matchAll(/([\p{L}\p{N}]+)…/gu)) {
      if (!words.has(m[1] as string)) problems.push(`word cut in half: "${m[1]}…"`);
    }
  }
  return problems;
}

describe('every surface reads as a person would', () => {
  it.each(NOTES)('%s', (_name, note) => {
    const words = sourceWords(note);
    for (const surface of [...surfacesOf(note), ...settingsSurfaces()]) {
      const where = `${surface.name}`;
      const check = surface.kind === 'message' ? checkMessage : checkView;
      expect(check(surface.payload as never), where).toEqual([]);
      expect(problemsIn(visibleTexts(surface.payload), words, note), where).toEqual([]);
    }
  });

  it('the checks themselves catch each thing (so a pass means something)', () => {
    const words = sourceWords(EXAMPLE);
    expect(problemsIn(['moved 90 services onto t…'], words, EXAMPLE)).toEqual(['word cut in half: "t…"']);
    expect(problemsIn(['Blurb state: blurb_posted'], words, EXAMPLE)).toHaveLength(1);
    expect(problemsIn(['They asked before (2026-12-06)'], words, EXAMPLE)).toHaveLength(1);
    expect(problemsIn(['Hi @U0PRIYA01, and U0PRIYA01'], words, EXAMPLE)).toHaveLength(1);
    expect(problemsIn(['Hi <@U0PRIYA01> in <#C0123456789>, the role…'], words, EXAMPLE)).toEqual([]);
  });

  it('a mention in the note shows in a modal as the person (<@U…>), which notifies no one there', () => {
    const note = VARIED['mentions the referrer and a mutual contact by Slack id'];
    const modal = surfacesOf(note).find((s) => s.name === 'triage modal (yes)');
    const text = visibleTexts(modal?.payload).join('\n');
    expect(text).toContain('<@U0PRIYA01>');
    expect(text).not.toMatch(/(?<!<)@U0PRIYA01/);
  });

  it('the thread reply names the top risk the full triage flags', () => {
    const note = VARIED['a clean no: pressure and flattery'];
    const thread = surfacesOf(note).find((s) => s.name === 'thread summary');
    const text = visibleTexts(thread?.payload).join('\n');
    expect(text).toMatch(/Top risk: /);
    expect(text).not.toContain('Nothing important is missing');
  });

  it('notification text never names a stored state', () => {
    for (const s of surfacesOf(EXAMPLE).filter((x) => x.kind === 'message')) {
      expect(String(s.payload.text), s.name).not.toMatch(/:\s*(?:draft|posting|posted|discarded|none)\s*$/);
    }
  });
});

import * as P from './patterns.js';
import type { Reading } from './reading.js';
import { isJobUrl, type RoleMention } from './roles.js';
import type { Signal, Signals } from './schema.js';
import type { Sentence } from './sentences.js';

const ABSENT: Signal = { present: false, evidence: null };
const MAX_EVIDENCE = 280;
const TOO_LONG_WORDS = 220;
const TOO_SHORT_WORDS = 20;

function present(evidence: string): Signal {
  return { present: true, evidence };
}

/** The sentence is the evidence; a very long one is cut to the matched words so views stay readable. */
function evidenceFor(sentence: Sentence, match: RegExpExecArray | RegExpMatchArray): string {
  if (sentence.text.length <= MAX_EVIDENCE) return sentence.text;
  return match[0];
}

function firstMatch(sentences: readonly Sentence[], pattern: RegExp): Signal {
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (match) return present(evidenceFor(sentence, match));
  }
  return ABSENT;
}

function firstOf(sentences: readonly Sentence[], patterns: readonly RegExp[]): Signal {
  for (const sentence of sentences) {
    for (const pattern of patterns) {
      const match = pattern.exec(sentence.text);
      if (match) return present(evidenceFor(sentence, match));
    }
  }
  return ABSENT;
}

/** A number that shows an outcome, next to a verb of doing, in the candidate's own sentence. */
export function findProof(sentences: readonly Sentence[]): Signal {
  for (const sentence of sentences) {
    const text = sentence.text.replace(/\bhttps?:\/\/\S+/g, ' ');
    if (P.NOT_A_PROOF.test(text) && !/%|percent/.test(text)) continue;
    const metric = P.PROOF_METRIC.exec(text);
    if (metric && P.PROOF_IMPACT_VERB.test(text)) return present(evidenceFor(sentence, metric));
    const saved = P.PROOF_TIME_SAVED.exec(text);
    if (saved) return present(evidenceFor(sentence, saved));
  }
  return ABSENT;
}

/** How many earlier messages the note mentions: "I messaged you last week and twice before that" is three. */
export function countBumps(sentences: readonly Sentence[]): number {
  let total = 0;
  for (const { text } of sentences) {
    if (!P.FOLLOW_UP.test(text)) continue;
    let count = 0;
    const quantities = [...text.matchAll(P.QUANTIFIER)].map((m) => ({ index: m.index ?? 0, n: quantity(m) }));
    const used = new Set<number>();
    for (const contact of text.matchAll(P.CONTACT_VERB)) {
      const after = (contact.index ?? 0) + contact[0].length - (contact[1]?.length ?? 0);
      const attached = quantities.find((q) => q.index >= after && q.index <= after + (contact[1]?.length ?? 0));
      if (attached) used.add(attached.index);
      count += attached ? attached.n : 1;
    }
    for (const q of quantities) if (!used.has(q.index)) count += q.n;
    const ordinal = P.ORDINAL_MESSAGE.exec(text);
    if (ordinal) count = Math.max(count, ORDINALS[ordinal[1]?.toLowerCase() ?? ''] ?? 1);
    total += Math.max(count, 1);
  }
  return Math.min(total, 10);
}

const ORDINALS: Record<string, number> = { second: 1, third: 2, fourth: 3, fifth: 4 };
const WORD_COUNTS: Record<string, number> = {
  once: 1,
  twice: 2,
  'two times': 2,
  'three times': 3,
  thrice: 3,
  'four times': 4,
  'five times': 5,
  'a few times': 3,
  'several times': 3,
  'multiple times': 3,
  'a couple times': 2,
  'a couple of times': 2,
};
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, few: 3, 'couple of': 2 };

function quantity(match: RegExpMatchArray): number {
  if (match[2]) return Number(match[2]);
  const phrase = (match[1] ?? '').toLowerCase();
  const earlier = /^(?:last|previous|earlier) (two|three|four|few|couple of|\d{1,2}) /.exec(phrase);
  if (earlier) return NUMBER_WORDS[earlier[1] ?? ''] ?? Number(earlier[1]);
  return WORD_COUNTS[phrase] ?? 1;
}

function findPlaceholder(text: string): Signal {
  for (const pattern of P.PLACEHOLDER_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return present(match[0]);
  }
  return ABSENT;
}

function findResumeDump(reading: Reading): Signal {
  const lines = reading.text.split('\n').map((l) => l.trim());
  const headers = lines.filter((l) => P.RESUME_HEADER.test(l));
  if (headers.length >= 2) return present(headers[0] as string);
  const bullets = lines.filter((l) => /^(?:[-•*▪◦]|\d{1,2}[.)])\s+\S/.test(l));
  if (bullets.length >= 6) return present(bullets[0] as string);
  const kinds = P.ATTACHMENT_KINDS.filter(([, pattern]) => pattern.test(reading.text)).length;
  const attached = firstMatch(reading.sentences, P.ATTACHED);
  if (!attached.present || kinds === 0) return ABSENT;
  // A pile of attachments, or one with "tell me which roles fit": either way the referrer does the matching.
  if (kinds >= 3) return attached;
  return firstMatch(reading.body, P.FIT_OUTSOURCED);
}

function bodySpan(reading: Reading): string | null {
  const first = reading.body[0];
  const last = reading.body[reading.body.length - 1];
  return first && last ? reading.text.slice(first.start, last.end) : null;
}

/** The role the triage treats as the ask: one naming a posting beats a track; earlier beats later. */
export function chooseRole(roles: readonly RoleMention[]): RoleMention | null {
  return roles.find((r) => r.posting) ?? roles[0] ?? null;
}

export function detectSignals(reading: Reading, priorRequests = 0): Signals {
  const body = reading.body;
  const role = chooseRole(reading.roles);
  const jobUrl = reading.urls.find(isJobUrl);
  const roleNamed = role ? present(role.evidence) : jobUrl ? present(jobUrl) : ABSENT;

  const referralAsk = firstMatch(body, P.REFERRAL_ASK);
  const adviceAsk = firstMatch(body, P.ADVICE_ASK);
  const bump = firstMatch(body, P.FOLLOW_UP);
  const bumps = Math.max(bump.present ? countBumps(body) : 0, priorRequests);
  // A bump known only from the records has no words in this note to quote.
  const followUp = { ...(bump.present ? bump : { present: bumps > 0, evidence: null }), count: bumps };

  const words = reading.bodyWords;
  const longEnough = words > TOO_LONG_WORDS || (reading.paragraphs >= 4 && words > 180);
  return {
    whyMe: firstOf(body, P.WHY_ME_PATTERNS),
    roleNamed,
    proofPoint: findProof(body),
    gracefulExit: firstMatch(body, P.GRACEFUL_EXIT),
    flattery: firstMatch(body, P.FLATTERY),
    adviceOnly: adviceAsk.present && !referralAsk.present ? adviceAsk : ABSENT,
    pressure: firstMatch(body, P.PRESSURE),
    followUp,
    placeholder: findPlaceholder(reading.text),
    tooLong: { ...(longEnough ? present(body[0]?.text ?? '') : ABSENT), words },
    tooShort: { ...(words < TOO_SHORT_WORDS ? { present: true, evidence: bodySpan(reading) } : ABSENT), words },
    resumeDump: findResumeDump(reading),
    broadcast: firstMatch(reading.sentences, P.BROADCAST),
    noAsk: referralAsk.present || adviceAsk.present || bump.present ? ABSENT : { present: true, evidence: null },
  };
}

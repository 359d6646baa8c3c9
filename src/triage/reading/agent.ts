/**
 * Who did it, and whether it happened: the writer or their team as agent ("I", "we", "our crew";
 * a passive beside the writer's own action), never someone else ("my manager cut", "your team grew");
 * and a result, not a wish or a plan ("we aim to", "could cut").
 */
import type { Parsed } from './parsed.js';
import { RESULT_WORDS as W } from './result-words.js';
import type { Agent } from './types.js';

export type Who = Agent | 'other';

/** What token i says of the agent, if anything: the writer, the team, or someone else. */
function agentAt(p: Parsed, i: number): Who | null {
  const t = p.tokens[i]?.t ?? '';
  if (t === 'i' || t === 'me' || t === 'myself' || t.startsWith("i'")) return 'writer';
  if (W.writer.has(t)) return 'team';
  if (W.otherPronouns.has(t) || W.readerPossessive.has(t)) return 'other';
  if (W.writerPossessive.has(t)) {
    // "my manager", "my old supervisor", "my former boss".
    if ([1, 2].some((d) => W.otherPeople.has(p.tokens[i + d]?.t ?? ''))) return 'other';
    return t === 'my' ? 'writer' : 'team';
  }
  return null;
}

/** The nearest word naming the agent before `anchor` in its clause, then in the clauses before it. */
function nearestBefore(p: Parsed, anchor: number, sameClauseOnly: boolean): Who | null {
  for (let i = anchor - 1; i >= 0; i--) {
    if (sameClauseOnly && p.clause[i] !== p.clause[anchor]) return null;
    const who = agentAt(p, i);
    if (who === 'other' && thingsMade(p, i)) return nearestBefore(p, i, false);
    if (who) return who;
  }
  return null;
}

/**
 * "I wrote the lint rules; they've caught 40 bugs": "they" opening the clause after the writer's own
 * doing, in the same sentence, is what the writer made, not another person.
 */
function thingsMade(p: Parsed, i: number): boolean {
  const t = p.tokens[i]?.t ?? '';
  const opens = i > 0 && (p.clause[i - 1] !== p.clause[i] || W.clauseJoins.has(p.tokens[i - 1]?.t ?? ''));
  const made = W.madeThings.has(t) || (W.vesselPronouns.has(t) && namesAVessel(p, i));
  if (!made || !opens) return false;
  const before = nearestBefore(p, i, false);
  return before === 'writer' || before === 'team';
}

/** A vessel named before token i ("a 40 m ketch", "the boats"), whom a later "she" may be. */
const namesAVessel = (p: Parsed, i: number): boolean =>
  p.tokens.slice(0, i).some((tok) => W.vessels.has(tok.t) || W.vessels.has(tok.t.replace(/s$/, '')));

/** Whether the nearest word naming the agent before `anchor` is a pronoun ("she took…"), not a person named by role ("my supervisor"). */
export function agentIsAPronoun(p: Parsed, anchor: number): boolean {
  for (let i = anchor - 1; i >= 0; i--) {
    if (agentAt(p, i)) return W.otherPronouns.has(p.tokens[i]?.t ?? '');
  }
  return false;
}

/**
 * "After we re-sequenced the plant, your kW/ton went from 0.92 to 0.68": the reader's own measure, moved by
 * the writer's work told in the clause before ("after", "once" or "when" with "I" or "we").
 */
function writersWorkOnReaders(p: Parsed, anchor: number): Who | null {
  const own = p.tokens.findIndex((tok, i) => i < anchor && ['after', 'once', 'when'].includes(tok.t));
  const who = own < 0 ? null : agentAt(p, own + 1);
  if (who !== 'writer' && who !== 'team') return null;
  for (let i = anchor - 1; i > own + 1; i--) {
    if (!agentAt(p, i)) continue;
    // "your manager cut…" is a person's doing; "your plant kW/ton" is a measure.
    const person = [1, 2].some((d) => W.otherPeople.has(p.tokens[i + d]?.t ?? ''));
    return W.readerPossessive.has(p.tokens[i]?.t ?? '') && !person ? who : null;
  }
  return null;
}

/**
 * "You did the koi on my forearm (the one that took 3 sessions)": a sentence that opens with the reader doing
 * something tells the reader's deed, whatever of the writer's it touches, unless the writer acts in it too
 * ("You hired me and I cut…") or the reader only knows of it ("You may remember how we…").
 */
function readersDeed(p: Parsed, anchor: number): boolean {
  if (p.tokens[0]?.t !== 'you' || W.readerKnowing.has(p.tokens[1]?.t ?? '') || W.modals.has(p.tokens[1]?.t ?? ''))
    return false;
  return !p.tokens.slice(1, anchor).some(({ t }) => /^(?:i|we)(?:['’]\w+)?$/.test(t));
}

export function agentOf(p: Parsed, anchor: number): Who {
  if (readersDeed(p, anchor)) return 'other';
  const inClause = nearestBefore(p, anchor, true);
  if (inClause === 'other') return writersWorkOnReaders(p, anchor) ?? inClause;
  if (inClause) return inClause;
  const before = nearestBefore(p, anchor, false);
  if (before === 'writer' || before === 'team') return before;
  for (let i = anchor + 1; i < p.tokens.length; i++) {
    const who = agentAt(p, i);
    if (who === 'writer' || who === 'team') return who;
  }
  return before ?? 'unstated';
}

/** A wish, a plan, a guess or a condition in the clause before the cue: "we aim to cut", "could halve". */
export function hypothetical(p: Parsed, anchor: number): boolean {
  for (let i = anchor; i >= 0 && i >= anchor - 14 && p.clause[i] === p.clause[anchor]; i--) {
    const t = p.tokens[i]?.t ?? '';
    if (W.modals.has(t) || W.conditions.has(t) || t.endsWith("'ll")) return true;
    if (W.intent.has(t) && W.intentLinks.has(p.tokens[i + 1]?.t ?? '')) return true;
    // "the plan is to take…", "my OKR this half is to cut…": a duty or a plan, not a result.
    if (t === 'to' && W.copulas.has(p.tokens[i - 1]?.t ?? '') && i < anchor) return true;
  }
  return false;
}

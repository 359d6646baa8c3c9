/**
 * What the drafts in another language are written from (local-drafts.ts, local-for-someone.ts): the
 * language's reply wording, the register the note addresses the referrer in, and the pieces every such
 * letter shares: the greeting, the role as the language names it, the signature.
 */
import { REPLIES, type Register, type ReplyWording } from '../lang/replies.js';
import type { Reading } from '../reading/reading.js';
import { aboutCandidate, type DraftContext, signature } from './reply-kit.js';
import { defangMentions, firstName } from './wording.js';

export interface LocalContext extends DraftContext {
  wording: ReplyWording;
  language: string;
  /** 1 when the note addresses the referrer formally. */
  register: 0 | 1;
}

const PATTERNS = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let compiled = PATTERNS.get(source);
  if (!compiled) {
    compiled = new RegExp(source, 'u');
    PATTERNS.set(source, compiled);
  }
  return compiled;
}

/**
 * The wording and register a note in another language is answered in, or null for English. A note
 * that says du is informal, whatever else reads as formal ("Sie hat…" is the candidate).
 */
export function localWording(reading: Reading): Pick<LocalContext, 'wording' | 'language' | 'register'> | null {
  const { code } = reading.language;
  const wording = REPLIES[code];
  if (!wording) return null;
  const says = (source: string | undefined) =>
    source !== undefined && reading.body.some((s) => pattern(source).test(s.text));
  const register = says(wording.formal) && !says(wording.informal) ? 1 : 0;
  return { wording, language: code, register };
}

export function fill(template: string, slots: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
}

export const say = (ctx: LocalContext, line: Register, slots?: Record<string, string>) =>
  fill(line[ctx.register], slots);

/** The writer of a named candidate is greeted, the candidate otherwise; no name, no name greeted. */
function greetingOf(ctx: LocalContext): string {
  const name = firstName(aboutCandidate(ctx) ? (ctx.writer ?? null) : ctx.candidate.name);
  return name ? say(ctx, ctx.wording.hi, { name }) : say(ctx, ctx.wording.hiThere);
}

export function roleOf(ctx: LocalContext): string {
  const title = ctx.fit.openRole?.title ?? ctx.candidate.targetRole;
  return title ? fill(ctx.wording.role.named, { role: title }) : ctx.wording.role.unnamed;
}

export const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function letter(ctx: LocalContext, parts: readonly string[]): string {
  return defangMentions(`${greetingOf(ctx)} ${parts.filter(Boolean).join(' ')}${signature(ctx)}`);
}

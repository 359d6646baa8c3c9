import type { Blocker } from '../decision/recommend.js';
import { languageName } from '../intake/language.js';
import { BLURBS } from '../lang/blurbs.js';
import type { Reading } from '../reading/reading.js';
import { type BlurbContext, writeBlurb } from './blurb.js';
import { type DraftContext, draftNo, draftOnePager, draftYes } from './drafts.js';
import { writeFactsBlurb } from './facts-blurb.js';
import { writeLocalBlurb } from './local-blurb.js';
import { localNo, localOnePager, localQuote, localWording, localYes } from './local-drafts.js';

/**
 * The blurb, in the working language (the profile's `workingLanguage`, English by default): in English,
 * retold from an English note and built from facts otherwise; in another language, built from facts
 * in that language's own sentences, the result quoted as the note says it.
 */
export function blurbFor(ctx: BlurbContext, reading: Reading): string {
  const { code } = reading.language;
  const working = ctx.profile?.workingLanguage ?? 'en';
  const wording = BLURBS[working];
  if (wording) {
    return writeLocalBlurb(ctx, wording, localQuote(ctx.signals.proofPoint.evidence, code), code, working);
  }
  if (code === 'en') return writeBlurb(ctx);
  return writeFactsBlurb(ctx, localQuote(ctx.signals.proofPoint.evidence, code), languageName(code));
}

/** The three replies: in the note's language when it is not English (writing/local-drafts.ts). */
export function writeDrafts(
  ctx: DraftContext,
  blocker: Blocker | null,
  reading: Reading,
): { yes: string; one_pager: string; no: string } {
  const local = localWording(reading);
  if (local) {
    const localCtx = { ...ctx, ...local };
    return { yes: localYes(localCtx), one_pager: localOnePager(localCtx), no: localNo(localCtx) };
  }
  return {
    yes: draftYes(ctx),
    one_pager: draftOnePager(ctx),
    no: draftNo({ ...ctx, blocker: blocker ?? (ctx.fit.level === 'none' ? 'outsideArea' : null) }),
  };
}

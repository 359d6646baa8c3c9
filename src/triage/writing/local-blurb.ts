/**
 * The blurb in the referrer's working language when it is not English (contracts.md: `workingLanguage`):
 * three sentences built from facts (the candidate's name, the role and its link, the result, the
 * overlap with the team area) in that language's own sentences (lang/<code>/blurb.ts), never
 * translated. The result is quoted as the note says it, with its language named when it is another.
 */
import { languageName } from '../intake/language.js';
import type { BlurbWording } from '../lang/blurbs.js';
import type { RoleMention } from '../reading/roles.js';
import { withoutEndPunctuation } from '../shared/text.js';
import type { BlurbContext } from './blurb.js';
import { defangMentions, firstName } from './wording.js';

type Slots = Readonly<Record<string, string>>;

const MAX_WORDS = 75;

function say(template: string, slots: Slots): string {
  const text = withoutEndPunctuation(template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? '').trim());
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const quoted = (w: BlurbWording, text: string) => `${w.quote[0]}${text}${w.quote[1]}`;

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function roleSentence(ctx: BlurbContext, w: BlurbWording, slots: Slots): string {
  const { role } = ctx;
  const open = ctx.fit.openRole;
  // The role as the note names it; the opening's own title when they are the same or the note says "your team".
  const title = (r: RoleMention) =>
    open && (r.ownTeam || r.title.toLowerCase() === open.title.toLowerCase()) ? open.title : r.title;
  if (role && (role.posting || !open)) {
    return say(role.posting ? w.role.posting : w.role.named, { ...slots, title: title(role) });
  }
  if (open && role && !role.ownTeam) return say(w.role.matched, { ...slots, title: role.title, opening: open.title });
  if (open) return say(w.role.opening, { ...slots, opening: open.title });
  return say(slots.url ? w.role.link : w.role.unnamed, slots);
}

function fitSentence(ctx: BlurbContext, w: BlurbWording, slots: Slots, own: boolean, shownResult: boolean): string {
  // The team's name without its asides: "(console et PC)" makes the sentence longer, not clearer.
  const team = ctx.profile ? (ctx.profile.teamArea.split(':')[0] ?? '').replace(/\s*\([^()]*\)/g, '').trim() : '';
  const overlap = ctx.fit.matched
    .filter((m) => !ctx.role?.evidence.toLowerCase().includes(m.toLowerCase()) && !/^(?:for|to|with)\b/i.test(m))
    .slice(0, 3)
    .map((m) => (own ? m : quoted(w, m)));
  const withTeam = { ...slots, team: quoted(w, team) };
  if (team && overlap.length > 0) return say(w.fit.overlap, { ...withTeam, overlap: list(overlap, w.and) });
  if (team && ctx.fit.level === 'strong') return say(shownResult ? w.fit.strongWithResult : w.fit.strong, withTeam);
  if (team && ctx.fit.level === 'partial') return say(w.fit.partial, withTeam);
  return say(shownResult ? w.fit.caseWithResult : w.fit.case, slots);
}

/**
 * Three sentences: the role with its link, the result quoted (or that there is none yet), and the fit.
 * `noteLanguage` is the note's; a result in the working language itself is quoted without naming it.
 */
export function writeLocalBlurb(
  ctx: BlurbContext,
  w: BlurbWording,
  quote: string | null,
  noteLanguage: string,
  working: string,
): string {
  const name = firstName(ctx.candidate.name) ?? w.someone;
  const url = ctx.candidate.roleUrl ?? '';
  const slots: Slots = { name, url, link: url ? ` (${url})` : '' };
  const own = noteLanguage === working;
  const result = quote
    ? say(own ? w.result.same : w.result.other, {
        ...slots,
        quote: quoted(w, quote),
        language: w.languageNames[noteLanguage] ?? languageName(noteLanguage),
      })
    : say(w.result.none, slots);
  const first = [roleSentence(ctx, w, slots), result];
  const blurb = [...first, fitSentence(ctx, w, slots, own, quote !== null)].join(' ');
  // The channel reads 75 words at most: a long role and result leave the fit its short form.
  const words = blurb.split(/\s+/).length;
  const short = words > MAX_WORDS ? [...first, fitSentence(ctx, w, slots, own, false)].join(' ') : blurb;
  return defangMentions(short);
}

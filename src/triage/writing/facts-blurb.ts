/** The blurb of a note in another language, written in the referrer's working language (issue 23). */
import type { RoleMention } from '../reading/roles.js';
import type { Profile } from '../shared/profile.js';
import { type BlurbContext, fitSentence, roleSentence, shortFit, wordCount } from './blurb.js';
import { defangMentions, firstName } from './wording.js';

/**
 * A kind of role named in the referrer's own words ("Merchant Risk team" beside their "Senior Associate,
 * Merchant Risk" opening) reads as it is in the working language; other words stay the note's language.
 */
function inReferrersWords(title: string, profile: Profile | null): boolean {
  const profileText = `${profile?.teamArea ?? ''} ${profile?.openRoles.map((r) => r.title).join(' ') ?? ''}`;
  const own = new Set(profileText.toLowerCase().match(/\p{L}+/gu) ?? []);
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((w) => w === 'team' || own.has(w));
}

/**
 * The blurb of a note in another language, in the working language (English): built from facts (the
 * name, the role and its link, the overlap with the team area), with the result quoted as written,
 * in the note's language, since a clause in another language cannot be retold word for word.
 */
export function writeFactsBlurb(ctx: BlurbContext, quote: string | null, languageName: string): string {
  const name = ctx.candidate.name;
  const verb = (singular: string, plural: string) => (name ? singular : plural);
  const shortName = firstName(name) ?? 'They';
  const result = quote
    ? `${shortName} ${verb('puts', 'put')} the result this way (in ${languageName}: “${quote}”).`
    : '';
  // The role as its title: the words around it ("la vacante de …") are the note's language, not the blurb's.
  const open = ctx.fit.openRole;
  // A posting is named as the note names it ("PM II, Growth"), the opening's own title when it is the same one.
  const title = (role: RoleMention) =>
    role.posting || !open
      ? open && role.title.toLowerCase() !== open.title.toLowerCase() && role.posting
        ? role.title
        : (open?.title ?? role.title)
      : role.title.toLowerCase() !== open.title.toLowerCase() && inReferrersWords(role.title, ctx.profile)
        ? `the ${role.title}`
        : `the ${open.title} role`;
  const titled = { ...ctx, role: ctx.role && { ...ctx.role, evidence: title(ctx.role) } };
  const sentences = [roleSentence(titled, shortName, verb), result, fitSentence(titled, Boolean(result))].filter(
    Boolean,
  );
  // A long quote leaves room for the fit's short form only, as in the English blurb.
  if (wordCount(sentences.join(' ')) > 75) sentences[sentences.length - 1] = shortFit(ctx);
  return defangMentions(sentences.join(' '));
}

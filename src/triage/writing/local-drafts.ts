/**
 * The three drafts in the note's own language, from that language's reply wording (lang/replies.ts),
 * with the same invariants as English: a reply asks only for what the note lacks, quotes at most the
 * one clause that holds the result, and is signed with the referrer's name. The register follows the
 * note: a note that says usted, vous, Sie or Lei is answered the same way.
 */
import { COUNT_WORDS, OF_THEM } from '../lang/counts-back.js';
import { TIME_UNITS } from '../lang/time-units.js';
import { clausesOf, withoutEndPunctuation, withoutLinks } from '../shared/text.js';
import { patternsFor } from '../signals/patterns.js';
import { localNoFor, localOnePagerFor, localYesFor } from './local-for-someone.js';
import { capitalized, type LocalContext, letter, roleOf, say } from './local-kit.js';
import { aboutCandidate, teamName } from './reply-kit.js';

export { type LocalContext, localWording } from './local-kit.js';

/** The clause of the proof point that holds the result, as written; the whole sentence when no clause does alone. */
export function localQuote(evidence: string | null, language: string): string | null {
  const proof = evidence ? withoutLinks(evidence).trim() : undefined;
  if (!proof) return null;
  const P = patternsFor(language);
  const holds = (clause: string) =>
    [P.PROOF_METRIC, P.PROOF_IN_WORDS, P.PROOF_FROM_TO, P.PROOF_WORK_RATE].some((p) => p.test(clause));
  const clauses = clausesOf(proof);
  const holding = clauses.filter(holds);
  // Of two results in one sentence, one in words ("a la mitad") or a share that moved ("caiu de 6,2% para 4,5%")
  // over a bare score ("o Gini de 0,41 para 0,52"); with none read, the clause with the last figure.
  // A time against the planned one ("em sete meses, em vez dos doze previstos") reads across its comma.
  const planned = clauses.find(
    (c, i) => i > 0 && AGAINST_PLAN.test(c) && P.PROOF_IN_WORDS.test(`${clauses[i - 1]}, ${c}`),
  );
  const moved =
    planned ?? holding.find((c) => P.PROOF_IN_WORDS.test(c) || (P.PROOF_FROM_TO.test(c) && MEASURED.test(c)));
  // A share moved by a verb before it ("bajamos los kilómetros por entrega 18%; … pasaron de 91% a 97%") is the one they lead with.
  const before = moved && !P.PROOF_IN_WORDS.test(moved) ? holding.slice(0, holding.indexOf(moved)) : [];
  const clause =
    before.find((c) => MEASURED.test(c) && P.PROOF_IMPACT_VERB.test(c)) ??
    moved ??
    // What the work led to ("…de 46 sites, ce qui a réduit la consommation de 38 %") is its result, not the scope before it.
    holding.find((c) => CONSEQUENCE.test(c) && P.PROOF_IMPACT_VERB.test(c)) ??
    // A count reached with a verb of result ("ha superato le 18.000 copie") says more than a tally of a few words ("12 titoli in tre anni").
    (holding[0] && isTally(holding[0]) ? holding.find((c) => P.PROOF_IMPACT_VERB.test(c)) : undefined) ??
    holding[0] ??
    (clauses.length > 1 ? clauses.filter((c) => /\d/.test(c)).at(-1) : undefined) ??
    proof;
  // "…, sin una sola demanda posterior" says how the clause before it ended: quoted with it.
  const previous = clauses[clauses.indexOf(clause) - 1];
  const adjunct = WITHOUT.test(clause) || AGAINST_USUAL.test(clause) || AGAINST_PLAN.test(clause);
  const whole = adjunct && previous ? `${previous}, ${clause}` : clause;
  return withoutEndPunctuation(withWhatItCounts(proof, whole).replace(LEADING_AND, ''));
}

/** "…para duas delas em sete meses", "two of them": a count of something named earlier in the sentence. */
const COUNTS_BACK = new RegExp(`\\b(?:\\d+|${COUNT_WORDS}) (?:${OF_THEM})\\b`, 'i');
/** A label before the sentence's point ("Em termos concretos:", "En resumen:"): a few words and a colon. */
const LEAD_IN = /^[^:.!?]{0,40}:\s+/;

/** A quote that counts back into the clauses before it is quoted from where its sentence starts, after any label. */
function withWhatItCounts(proof: string, quote: string): string {
  if (!COUNTS_BACK.test(quote)) return quote;
  const sentence = proof.replace(LEAD_IN, '');
  const end = sentence.indexOf(quote);
  return end > 0 ? sentence.slice(0, end + quote.length) : quote;
}

/** A clause that opens with "without" is an adjunct of the one before. */
const WITHOUT = /^(?:sin|sem|sans|ohne|senza|bina|without)\s/i;

/** "…, quando a média andava nos 24" measures the clause before against the usual: quoted with it. */
const AGAINST_USUAL =
  /^(?:quando|enquanto|cuando|mientras|alors que|tandis que|mentre|quando|während|jabki|when|while) (?:a|la|le|il|der|the) (?:média|media|moyenne|Durchschnitt|average)\b/i;

/** "…, em vez dos doze previstos": the clause before against the plan or the usual, quoted with it. */
const AGAINST_PLAN =
  /^(?:em vez d|ao invés d|en lugar d|en vez d|au lieu d|invece d|anziché|statt|anstatt|instead of)/i;

const PERCENT = /\d\s?%/;
/** A clause that tells what the one before led to: "ce qui a réduit…", "lo que redujo…", "wodurch…". */
const CONSEQUENCE = /^(?:ce qui|lo que|lo cual|o que|il che|cosa che|wodurch|womit|which)\s/i;
/** A figure and a few words with no verb of result, as in a list after a colon: "12 titoli in tre anni". */
const isTally = (clause: string) => (clause.match(/\S+/g) ?? []).length <= 6;
/**
 * A share, a sum or a time: what makes a from-to a change ("caiu de R$ 14,80 para R$ 9,60", "de 9 dias para
 * 48 horas"), where bare figures ("o Gini de 0,41 para 0,52") are a score.
 */
const MEASURED = new RegExp(`${PERCENT.source}|[$€£]|R\\$|\\d[\\d.,]*\\s?(?:${TIME_UNITS})(?![\\p{L}])`, 'iu');

/** "y la latencia bajó…", "mais mon enquête a été reprise…": the quote starts at the result, not at the word that joined it to the clause before. */
const LEADING_AND = /^(?:y|e|et|und|and|aur|ed|pero|mas|mais|aber|ma|però|lekin|but)\s+/i;

export function localYes(ctx: LocalContext): string {
  const { yes } = ctx.wording;
  const quote = localQuote(ctx.signals.proofPoint.evidence, ctx.language);
  if (aboutCandidate(ctx)) return localYesFor(ctx, quote);
  return letter(ctx, [
    say(ctx, yes.open),
    say(ctx, yes.yes, { role: roleOf(ctx) }),
    quote ? say(ctx, yes.why, { quote }) : '',
    say(ctx, ctx.candidate.roleUrl ? yes.needResume : yes.needLinkAndResume),
  ]);
}

/** What a one-pager should bring: the first piece the note lacks, never one it has. */
function piece(ctx: LocalContext): string {
  const { pieces } = ctx.wording;
  if (ctx.missing.includes('proof')) return say(ctx, pieces.proof);
  if (ctx.missing.includes('fitOverlap')) return say(ctx, pieces.fitOverlap, { team: teamName(ctx) });
  if (ctx.missing.includes('ask')) return say(ctx, pieces.ask);
  if (ctx.missing.includes('whyMe')) return say(ctx, pieces.whyMe);
  return say(ctx, pieces.other);
}

export function localOnePager(ctx: LocalContext): string {
  if (aboutCandidate(ctx)) return localOnePagerFor(ctx);
  const { onePager } = ctx.wording;
  const close = ctx.fit.level === 'strong' || ctx.fit.level === 'partial';
  return letter(ctx, [
    say(ctx, onePager.open),
    close ? say(ctx, onePager.fitClose) : '',
    say(ctx, ctx.candidate.roleUrl ? onePager.ask : onePager.askWithLink),
    piece(ctx),
    ctx.missing.includes('name') ? say(ctx, ctx.wording.pieces.name) : '',
    say(ctx, onePager.close),
  ]);
}

export function localNo(ctx: LocalContext): string {
  if (aboutCandidate(ctx)) return localNoFor(ctx);
  const { no } = ctx.wording;
  const blocker = ctx.blocker ?? (ctx.fit.level === 'none' ? 'outsideArea' : null);
  const body =
    blocker === 'outsideArea'
      ? say(ctx, no.outsideArea, { role: capitalized(roleOf(ctx)), team: teamName(ctx) })
      : blocker === 'roleNamed' || blocker === 'tooMuchMissing'
        ? say(ctx, no.noRole)
        : blocker === 'adviceOnly'
          ? say(ctx, no.advice)
          : say(ctx, no.clear);
  return letter(ctx, [say(ctx, no.open), body]);
}

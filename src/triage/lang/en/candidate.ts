/**
 * English phrase data: Who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const BACKGROUND = `
  I('ve| have)? (been|spent|worked|built|led|run|ran|managed|maintain(ed)?|own(ed)?|shipped|designed|launched|grew|scaled)
  I('m| am) (a|an|the|on|currently|now)\\b
  [Mm]y (work|background|experience|focus|career)
  for the (past|last) \\w+ (years?|months?)
  over the (past|last)
  ([Oo]n|[Aa]t) [\\w -]{1,30}, I\\b
  ^(On|At) [\\w -]{1,30} I\\b
`;

/** What the candidate wants to do next, not what they have done: "I've always wanted to get into security". */
export const ASPIRATION = `
  \\b((always )?want(ed)?|hop(e|ing)|dream(ed)? of|aspir(e|ing)|eager|keen|excited|looking|love|like) to (get|break|move|transition|switch|pivot|work|be|join|learn|grow|do)\\b[^.!?]*
  \\b(interested in|passionate about)\\b[^.!?]*
`;

/** Where they met the referrer ("we met at a security meetup", "we were in the same CMCA course"): a place, not the candidate's experience. */
export const MEETING_PLACE = String.raw`\b(?:met|meet|spoke|talked|chatted|heard you|saw you|listened to you)\b[^.;!?]{0,15}?\b(?:at|during|in|on)\b[^.;!?,]{0,60}|\b(?:we were|we sat|we studied) (?:in|at|on) the same\b[^.;!?,]{0,60}`;

/** The reader addressed; "a thank-you call" addresses no one. */
export const SECOND_PERSON = String.raw`(?<![\w-])(?:you|your|yours|yourself)(?![\w-])`;

/** The writer speaking of themselves or their team: a sentence about the candidate. */
export const FIRST_PERSON = String.raw`\b(?:I|I'm|I've|my|we|our|me)\b`;

export const SELF_NAME = String.raw`\b(?:[Mm]y name is|[Tt]his is) ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)`;

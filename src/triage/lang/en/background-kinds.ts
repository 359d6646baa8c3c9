/**
 * English phrase data: the background a candidate tells in their own words, and a labelled line that counts their time at the work.
 */

/** What they do or have done, in their own words. */
export const BACKGROUND_BY_WORK = `
  I('ve| have)? (been|spent|worked|built|led|run|ran|managed|maintain(ed)?|own(ed)?|shipped|designed|launched|grew|scaled)
  # where they live is no background: "I'm now based in Leeds", "I am currently living in Ohio"
  I('m| am) (a|an|the|on|currently|now)\\b(?! (based|living|located|settled|residing|relocating|moving)\\b)
  [Mm]y (work|background|experience|focus|career)
  for the (past|last) \\w+ (years?|months?)
  over the (past|last)
  ([Oo]n|[Aa]t) [\\w -]{1,30}, I\\b
  ^(On|At) [\\w -]{1,30} I\\b
`;

/**
 * "Quick background: 4 seasons as a guide at …", "Background – 6 yrs as …": a labelled line with no subject
 * that counts the time given to the work. Group 1 is the label, to be left for the candidate as subject.
 */
export const LABELLED_TIME = String.raw`^((?:quick |brief |short |some )?(?:background|bio|context|about me)\s*[:–—-]\s*)(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:seasons?|years?|yrs|months?)\s+(?:as|at|in|on|with|running|doing)\b)`;

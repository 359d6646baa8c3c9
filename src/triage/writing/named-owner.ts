/**
 * A result told of "my" work with no "I" in it ("In 2024 my error rate was 1%") would open the blurb with
 * no one named: the first "my" is the candidate's name, as the first "I" is.
 */
export function namedOwner(text: string, name: string | null): string {
  if (!name || /(^|[^\w-])I(?=[\s',]|$)/.test(text) || text.includes(name)) return text;
  return text.replace(/\b[Mm]y\b/, `${name}'s`);
}

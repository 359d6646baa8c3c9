import { hasWords } from './intake.js';

/**
 * "Hana, meet Luis." and then "Hana — Luis and I worked together…": what the introducer tells the one
 * introduced to (the referrer) about the candidate is the introduction too.
 */
export function withAddressedLines(quoted: readonly string[], introductions: readonly string[]): string[] {
  const to = introductions.flatMap((l) => /^(\p{Lu}[\p{L}'-]+)\s*[,—–-]\s*meet\b/u.exec(l.trim())?.[1] ?? []);
  if (to.length === 0) return [...introductions];
  const addressed = quoted.filter((l) => {
    const head = /^(\p{Lu}[\p{L}'-]+)\s*[—–:,-]\s+\S/u.exec(l.trim())?.[1];
    return head && to.includes(head) && !introductions.includes(l) && hasWords([l], 8);
  });
  return [...introductions, ...addressed];
}

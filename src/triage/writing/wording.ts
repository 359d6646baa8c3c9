/** Wording helpers for the drafts and the blurb: stable picks, safe mentions, quotes. */

/** A stable pick: the same note always gets the same wording, different notes get different ones. */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += Math.max(1, Math.floor(text.length / 512))) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function pick<T>(options: readonly T[], seed: number, salt = 0): T {
  return options[(seed + salt * 7919) % options.length] as T;
}

/** Words such as "@here" must never become a mention when the text is pasted or posted in Slack. */
export function defangMentions(text: string): string {
  // Every line of every draft passes here; most hold no "@" or "<" at all, and are returned as they are.
  if (!/[@＠<]/.test(text)) return text;
  return text.replace(/([@＠])(here|channel|everyone)\b/gi, '$1\u200B$2').replace(/<(?=[!@#])/g, '<\u200B');
}

export function firstName(name: string | null): string | null {
  const words = name?.split(/\s+/) ?? [];
  const first = words[0] ?? null;
  // A name opening on a lone initial ("R. K. Subramanian") is said whole: "R." names no one.
  if (first && /^\p{Lu}\.$/u.test(first)) return name as string;
  // A given name written short ("Ma. Cristina Dela Cruz", María) is said with the name after it: "Ma." alone names no one.
  if (first && /^\p{Lu}\p{Ll}{1,3}\.$/u.test(first) && words[1]) return `${first} ${words[1]}`;
  return first;
}

/** Evidence in quotes, cut to a readable length, without its own end punctuation (the reason supplies it). */
export function quote(text: string | null): string {
  const bare = (text ?? '').replace(/[.!?]+$/, '');
  return `"${bare.length > 140 ? `${bare.slice(0, 137)}…` : bare}"`;
}

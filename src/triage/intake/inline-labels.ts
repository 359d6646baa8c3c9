/**
 * A transcript copied without its stamps ("Renata Oliveira: can you help him?"): each message on one line
 * after its sender's name and a colon. One such line may be a sentence's own label ("Note: …"), so a
 * label is read only when the paste holds two lines or more of that shape, each a person's full name.
 */
import { labelAsName, nameShaped } from './header-line.js';

/** A full name, two words or more: a form's one-word field ("Contact: …", "Qualification: …") is no sender. */
const INLINE = /^((?:~\s?)?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}): (\S.*)$/u;

/** The name-shaped labels before a colon, when two lines or more carry one. */
export function inlineLabels(lines: readonly string[]): ReadonlySet<string> {
  const found = lines.flatMap((l) => {
    const label = INLINE.exec(l.trim())?.[1];
    return label && nameShaped(labelAsName(label.replace(/^~\s?/, ''))) ? [label] : [];
  });
  return new Set(found.length >= 2 ? found : []);
}

/** A line's label and message, when it opens on one of the paste's labels. */
export function inlineLabel(line: string, labels: ReadonlySet<string>): { label: string; message: string } | undefined {
  if (labels.size === 0) return undefined;
  const m = INLINE.exec(line.trim());
  return m?.[1] && labels.has(m[1]) ? { label: m[1].replace(/^~\s?/, ''), message: m[2] ?? '' } : undefined;
}

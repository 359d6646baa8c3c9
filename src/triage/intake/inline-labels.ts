/**
 * A transcript copied without its stamps ("Renata Oliveira: can you help him?"): each message on one line
 * after its sender's name and a colon. One such line may be a sentence's own label ("Note: …"), so a
 * label is read only when the paste holds two lines or more of that shape, each a person's full name.
 */
import { labelAsName, nameShaped } from './header-line.js';

/**
 * A full name, two words or more: a form's one-word field ("Contact: …", "Qualification: …") is no sender.
 * A one-word name is one with the emoji a contact is saved with ("Jen 🍸: …"), which no form's field carries.
 */
const INLINE =
  /^((?:~\s?)?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})(\s?(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+)?: (\S.*)$/u;

/** A label's name, when the line opens on one: two words or more, or one beside a saved contact's emoji. */
function labelIn(line: string): RegExpExecArray | null {
  const m = INLINE.exec(line);
  return m?.[1] && (m[2] || /\s/.test(m[1].replace(/^~\s?/, ''))) ? m : null;
}

/** The name-shaped labels before a colon, when two lines or more carry one. */
export function inlineLabels(lines: readonly string[]): ReadonlySet<string> {
  const found = lines.flatMap((l) => {
    const label = labelIn(l.trim())?.[1];
    return label && nameShaped(labelAsName(label.replace(/^~\s?/, ''))) ? [label] : [];
  });
  return new Set(found.length >= 2 ? found : []);
}

/** A line's label and message, when it opens on one of the paste's labels. */
export function inlineLabel(line: string, labels: ReadonlySet<string>): { label: string; message: string } | undefined {
  if (labels.size === 0) return undefined;
  const m = labelIn(line.trim());
  return m?.[1] && labels.has(m[1]) ? { label: m[1].replace(/^~\s?/, ''), message: m[3] ?? '' } : undefined;
}

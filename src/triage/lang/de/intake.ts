/**
 * German phrase data: What the intake keeps from a paste: an introduction by a third person, and the
 * header of quoted mail.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Anna, darf ich dir Jonas vorstellen", "ich verbinde euch"). */
export const INTRODUCTION = `
  darf ich (Ihnen|dir|euch) [A-Z][a-z]+ vorstellen
  (möchte|will) (Ihnen|dir|euch) [A-Z][a-z]+ vorstellen
  (ich )?(verbinde|vernetze) (Sie|euch|dich) (beide|hiermit|gern|gerne|miteinander)
  (bringe|bring) (Sie|euch) (beide )?(zusammen|in Kontakt)
  (setze|nehme) (Sie|dich|euch) (in|ins) (CC|Kopie)
`;

/**
 * The line that opens quoted history in a German mail client: "Am 03.02.2025 um 10:12 schrieb Anna
 * Weber <a@x.de>:", "-----Ursprüngliche Nachricht-----", "Von: …".
 * Not read yet: the intake reads English headers in code (intake/normalize.ts); kept here for it.
 */
export const QUOTED_HEADER = String.raw`^(?:am .{1,200} schrieb .{0,200}:|-{2,} ?(?:ursprüngliche nachricht|weitergeleitete nachricht|original message) ?-{2,}|von ?: .{1,200}|anfang der weitergeleiteten (?:nachricht|e-mail)\s?:)$`;

/**
 * Italian phrase data: What the intake keeps from a paste: an introduction by a third person, and the
 * header of quoted mail.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Giulia, ti presento Marco", "vi metto in contatto"). */
export const INTRODUCTION = `
  (ti|vi|le) presento [A-Z][a-z]+\\b
  (vi|ti|la) metto in contatto
  (metto|ti metto|vi metto|la metto) in copia
  (felice|content[oa]) di (presentarvi|presentarti|mettervi in contatto)
`;

/**
 * The line that opens quoted history in an Italian mail client: "Il giorno lun 3 feb 2025 alle ore
 * 10:12 Giulia Rossi <g@x.it> ha scritto:", "-------- Messaggio originale --------", "Da: …".
 * Not read yet: the intake reads English headers in code (intake/normalize.ts); kept here for it.
 */
export const QUOTED_HEADER = String.raw`^(?:il giorno .{1,200} ha scritto\s?:|(?:lun|mar|mer|gio|ven|sab|dom)\b.{1,200} ha scritto\s?:|-{2,} ?(?:messaggio originale|messaggio inoltrato|original message) ?-{2,}|da ?: .{1,200}|inizio messaggio inoltrato\s?:)$`;

/**
 * French phrase data: What the intake keeps from a paste: an introduction by a third person, and the
 * header of quoted mail.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Claire, je te présente Julien", "je vous mets en relation"). */
export const INTRODUCTION = `
  je (vous|te) présente [A-Z][a-z]+\\b
  (je (vous|te)|je me permets de (vous|te)) (mets|mettre) en (relation|contact)
  (heureux|heureuse|ravi|ravie) de (vous|te) (présenter|mettre en relation)
  (je mets|je (vous|te) mets) en copie
  (mise|mettre) en relation (entre|avec) (vous|toi)
`;

/**
 * The line that opens quoted history in a French mail client: "Le lun. 3 févr. 2025 à 10:12, Marie
 * <m@x.fr> a écrit :", "-------- Message d'origine --------", "De : …", "Début du message réexpédié :".
 * Not read yet: the intake reads English headers in code (intake/normalize.ts); kept here for it.
 */
export const QUOTED_HEADER = String.raw`^(?:le .{1,200} a écrit\s?:|-{2,} ?(?:message d'origine|message transféré|message original) ?-{2,}|de ?: .{1,200}|début du message (?:réexpédié|transféré)\s?:)$`;

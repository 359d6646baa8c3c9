/**
 * Hinglish phrase data: What the intake keeps from a paste: an introduction by a third person, and the
 * header of quoted mail.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** An introduction by a third person ("Rohan, inse milo: Priya", "aap dono ko connect kar raha hoon"). */
export const INTRODUCTION = `
  (inse|inhe|inko|unse) milo
  (ye|yeh) hain [A-Z][a-z]+\\b
  meet [A-Z][a-z]+\\b
  (aap dono ko|tum dono ko|dono ko) (connect|introduce|milwa)\\w*
  looping (you|in)
  (intro|introduce) (kara|karwa|kar) (raha|rahi|de)
`;

/**
 * The line that opens quoted history: Hinglish mail runs in English mail clients ("On Mon, 3 Feb
 * 2025 at 10:12, Priya <p@x.in> wrote:").
 * Not read yet: the intake reads these in code (intake/normalize.ts); kept here for it.
 */
export const QUOTED_HEADER =
  '^(?:on .{1,200} wrote:|-{2,} ?(?:original|forwarded) message ?-{2,}|from: .{1,200}|begin forwarded message:)$';

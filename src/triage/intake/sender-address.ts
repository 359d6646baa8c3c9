/**
 * The mailbox a sender writes from, as a clue to their name (issue 22): "From: Jay Zhou
 * <wenjie.zhou@…>" writes from a mailbox in the formal name a signature may give in full.
 */

/** A header line's address: "<local@domain>", or a bare address after the field's name. */
const ADDRESS = /<([^<>\s@]{1,64})@[^<>\s]+>|^\s*[\p{L}-]{2,12} ?:\s*([^<>\s@]{1,64})@\S+\s*$/u;

/**
 * The local part of the address on the first of the top lines that names the sender (lower case),
 * or null: a mailbox on any other line is someone else's.
 */
export function senderAddress(text: string, sender: string | null): string | null {
  if (!sender) return null;
  for (const line of text.split('\n', 40)) {
    if (!line.includes(sender)) continue;
    const m = ADDRESS.exec(line);
    if (m) return (m[1] ?? m[2] ?? '').toLowerCase() || null;
  }
  return null;
}

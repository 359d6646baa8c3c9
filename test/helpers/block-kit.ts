/**
 * Slack's Block Kit hard limits (shared/docs/slack-reference.md §1), checked on every view and
 * message the app sends in the tests. Returns human-readable violations; empty means within limits.
 */
type Json = Record<string, unknown>;

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);
const textOf = (v: unknown) => (v && typeof v === 'object' ? ((v as Json).text as string | undefined) : undefined);

function checkElement(el: Json, where: string, out: string[]): void {
  if (len(el.action_id) > 255) out.push(`${where}: action_id over 255`);
  if (el.type === 'button') {
    if (len(textOf(el.text)) > 75) out.push(`${where}: button text over 75`);
    if (len(el.value) > 2000) out.push(`${where}: button value over 2000`);
    if (len(el.url) > 3000) out.push(`${where}: button url over 3000`);
  }
  if (len(textOf(el.placeholder)) > 150) out.push(`${where}: placeholder over 150`);
  if (el.type === 'plain_text_input') {
    const max = (el.max_length as number | undefined) ?? 3000;
    if (max < 1 || max > 3000) out.push(`${where}: max_length out of 1–3000`);
    if (len(el.initial_value) > max) out.push(`${where}: initial_value longer than max_length`);
  }
  for (const option of [...((el.options as Json[]) ?? []), ...(el.initial_option ? [el.initial_option as Json] : [])]) {
    if (len(textOf(option.text)) > 75) out.push(`${where}: option text over 75`);
    if (len(option.value) > 75) out.push(`${where}: option value over 75`);
  }
}

function checkBlocks(blocks: Json[], max: number, out: string[]): number {
  if (blocks.length > max) out.push(`${blocks.length} blocks, over ${max}`);
  let text = 0;
  blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type as string})`;
    if (len(block.block_id) > 255) out.push(`${where}: block_id over 255`);
    const t = textOf(block.text);
    if (block.type === 'header' && len(t) > 150) out.push(`${where}: header over 150`);
    if (block.type === 'section') {
      if (t !== undefined && (len(t) < 1 || len(t) > 3000)) out.push(`${where}: section text not 1–3000 (${len(t)})`);
      const fields = (block.fields as Json[]) ?? [];
      if (fields.length > 10) out.push(`${where}: over 10 fields`);
      for (const f of fields) if (len(textOf(f)) > 2000) out.push(`${where}: field over 2000`);
      if (block.accessory) checkElement(block.accessory as Json, `${where} accessory`, out);
      text += len(t) + fields.reduce((n, f) => n + len(textOf(f)), 0);
    }
    if (block.type === 'context') {
      const elements = (block.elements as Json[]) ?? [];
      if (elements.length > 10) out.push(`${where}: over 10 elements`);
      text += elements.reduce((n, e) => n + len(textOf(e)), 0);
    }
    if (block.type === 'actions') {
      const elements = (block.elements as Json[]) ?? [];
      if (elements.length > 25) out.push(`${where}: over 25 elements`);
      for (const e of elements) checkElement(e, where, out);
    }
    if (block.type === 'input') {
      if (len(textOf(block.label)) > 2000) out.push(`${where}: label over 2000`);
      if (len(textOf(block.hint)) > 2000) out.push(`${where}: hint over 2000`);
      checkElement(block.element as Json, where, out);
    }
  });
  return text;
}

export function checkView(view: Json): string[] {
  const out: string[] = [];
  const isModal = view.type === 'modal';
  checkBlocks((view.blocks as Json[]) ?? [], 100, out);
  if (isModal) {
    for (const key of ['title', 'submit', 'close']) if (len(textOf(view[key])) > 24) out.push(`modal ${key} over 24`);
    const hasInput = ((view.blocks as Json[]) ?? []).some((b) => b.type === 'input');
    if (hasInput && !view.submit) out.push('modal with an input has no submit');
  }
  if (len(view.private_metadata) > 3000) out.push('private_metadata over 3000');
  if (len(view.callback_id) > 255) out.push('callback_id over 255');
  if (JSON.stringify(view).length > 250_000) out.push('view over 250 kB');
  return out;
}

export function checkMessage(message: Json): string[] {
  const out: string[] = [];
  const blocks =
    typeof message.blocks === 'string' ? (JSON.parse(message.blocks) as Json[]) : ((message.blocks as Json[]) ?? []);
  const text = checkBlocks(blocks, 50, out);
  if (text > 12_000) out.push(`message block text ${text}, over 12,000`);
  if (len(message.text) > 40_000) out.push('message text over 40,000');
  return out;
}

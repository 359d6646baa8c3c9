/**
 * Block Kit as Slack validates it, one rule per documented constraint, checked on every view and
 * message the app sends in the tests (the fake Slack refuses what a rule rejects, as Slack does).
 * Sources: docs.slack.dev/reference/block-kit (blocks, block elements, composition objects) and
 * shared/docs/slack-reference.md §1 and §8. Each rule has a test in test/helpers/block-kit.test.ts.
 */
type Json = Record<string, unknown>;

export type Surface = 'modal' | 'home' | 'message';

export interface Violation {
  rule: RuleId;
  where: string;
  detail: string;
}

export type RuleId =
  | 'initial-option'
  | 'option-count'
  | 'text-length'
  | 'plain-text-only'
  | 'emoji-on-plain-only'
  | 'verbatim-on-mrkdwn-only'
  | 'unique-block-id'
  | 'unique-action-id'
  | 'element-count'
  | 'url-length'
  | 'id-length'
  | 'modal-fields'
  | 'size';

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Collects violations while walking a surface. */
class Walk {
  readonly out: Violation[] = [];
  add(rule: RuleId, where: string, detail: string): void {
    this.out.push({ rule, where, detail });
  }

  /** A text object: 1–max characters, and emoji/verbatim only on the type that has them. */
  text(value: unknown, where: string, max: number, plainOnly: boolean): number {
    if (!isObject(value)) return 0;
    const n = len(value.text);
    if (n < 1 || n > max) this.add('text-length', where, `text is ${n} characters; allowed 1–${max}`);
    if (plainOnly && value.type !== 'plain_text')
      this.add('plain-text-only', where, `must be plain_text, is ${String(value.type)}`);
    if ('emoji' in value && value.type !== 'plain_text')
      this.add('emoji-on-plain-only', where, 'emoji on a mrkdwn text object');
    if ('verbatim' in value && value.type !== 'mrkdwn')
      this.add('verbatim-on-mrkdwn-only', where, 'verbatim on a plain_text text object');
    return n;
  }
}

const OPTION_LIMITS: Record<string, [number, number]> = {
  radio_buttons: [1, 10],
  checkboxes: [1, 10],
  static_select: [1, 100],
  multi_static_select: [1, 100],
  overflow: [1, 5],
};
/** Option text in select menus and overflow menus must be plain_text; radio buttons and checkboxes take mrkdwn too. */
const PLAIN_OPTION_ELEMENTS = new Set(['static_select', 'multi_static_select', 'overflow']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function checkOptions(w: Walk, el: Json, where: string): void {
  const limits = OPTION_LIMITS[String(el.type)];
  if (!limits) return;
  const options = [...list(el.options), ...list(el.option_groups).flatMap((g) => list(g.options))];
  if (options.length < limits[0] || options.length > limits[1])
    w.add('option-count', where, `${options.length} options; allowed ${limits[0]}–${limits[1]}`);
  options.forEach((o, i) => {
    w.text(o.text, `${where} option ${i}`, 75, PLAIN_OPTION_ELEMENTS.has(String(el.type)));
    if (len(o.value) > 75) w.add('text-length', `${where} option ${i}`, 'value over 75');
  });
  // "An option object that exactly matches one of the options within options": text, its type, and value.
  const initial = [...(el.initial_option ? [el.initial_option] : []), ...list(el.initial_options)];
  for (const chosen of initial) {
    if (!options.some((o) => same(o, chosen)))
      w.add('initial-option', where, `initial option ${JSON.stringify(chosen)} is not one of the options`);
  }
}

function checkElement(w: Walk, el: Json, where: string): void {
  if (len(el.action_id) > 255) w.add('id-length', where, 'action_id over 255');
  if (el.type === 'button') {
    w.text(el.text, `${where} button`, 75, true);
    if (len(el.value) > 2000) w.add('text-length', where, 'button value over 2000');
    if (len(el.url) > 3000) w.add('url-length', where, 'button url over 3000');
  }
  if ('placeholder' in el) w.text(el.placeholder, `${where} placeholder`, 150, true);
  if (el.type === 'plain_text_input') {
    const max = (el.max_length as number | undefined) ?? 3000;
    if (max < 1 || max > 3000) w.add('text-length', where, 'max_length out of 1–3000');
    if (len(el.initial_value) > max) w.add('text-length', where, 'initial_value longer than max_length');
  }
  checkOptions(w, el, where);
}

/** Every element of a block, for the action_id rule. */
function elementsOf(block: Json): Json[] {
  return [
    ...list(block.elements),
    ...(isObject(block.element) ? [block.element] : []),
    ...(isObject(block.accessory) ? [block.accessory] : []),
  ];
}

function checkBlock(w: Walk, block: Json, where: string): number {
  if (len(block.block_id) > 255) w.add('id-length', where, 'block_id over 255');
  const actionIds = elementsOf(block)
    .map((e) => e.action_id)
    .filter((id) => typeof id === 'string');
  if (new Set(actionIds).size !== actionIds.length)
    w.add('unique-action-id', where, `repeated action_id in ${actionIds.join(', ')}`);
  switch (block.type) {
    case 'header':
      return w.text(block.text, `${where} header`, 150, true);
    case 'section': {
      const fields = list(block.fields);
      if (fields.length > 10) w.add('element-count', where, 'over 10 fields');
      let n = block.text ? w.text(block.text, `${where} text`, 3000, false) : 0;
      fields.forEach((f, i) => {
        n += w.text(f, `${where} field ${i}`, 2000, false);
      });
      if (isObject(block.accessory)) checkElement(w, block.accessory, `${where} accessory`);
      return n;
    }
    case 'context': {
      const elements = list(block.elements);
      if (elements.length > 10) w.add('element-count', where, 'over 10 elements');
      return elements.reduce(
        (n, e, i) => n + (e.type === 'image' ? 0 : w.text(e, `${where} element ${i}`, 3000, false)),
        0,
      );
    }
    case 'actions': {
      const elements = list(block.elements);
      if (elements.length > 25) w.add('element-count', where, 'over 25 elements');
      elements.forEach((e, i) => {
        checkElement(w, e, `${where} element ${i}`);
      });
      return 0;
    }
    case 'input':
      w.text(block.label, `${where} label`, 2000, true);
      if (block.hint) w.text(block.hint, `${where} hint`, 2000, true);
      if (isObject(block.element)) checkElement(w, block.element, `${where} element`);
      return 0;
    default:
      return 0;
  }
}

function checkBlocks(w: Walk, blocks: Json[], max: number): number {
  if (blocks.length > max) w.add('element-count', 'blocks', `${blocks.length} blocks; at most ${max}`);
  const ids = blocks.map((b) => b.block_id).filter((id) => typeof id === 'string');
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) w.add('unique-block-id', 'blocks', `block_id repeated: ${repeated.join(', ')}`);
  return blocks.reduce((n, block, i) => n + checkBlock(w, block, `block ${i} (${String(block.type)})`), 0);
}

/** A view for views.open / update / push / publish. */
export function strictView(view: Json): Violation[] {
  const w = new Walk();
  const isModal = view.type === 'modal';
  checkBlocks(w, list(view.blocks), 100);
  if (isModal) {
    w.text(view.title, 'modal title', 24, true);
    if (view.submit) w.text(view.submit, 'modal submit', 24, true);
    if (view.close) w.text(view.close, 'modal close', 24, true);
    const hasInput = list(view.blocks).some((b) => b.type === 'input');
    if (hasInput && !view.submit) w.add('modal-fields', 'modal', 'a modal with an input block needs submit');
  }
  if (len(view.private_metadata) > 3000) w.add('id-length', 'view', 'private_metadata over 3000');
  if (len(view.callback_id) > 255) w.add('id-length', 'view', 'callback_id over 255');
  if (JSON.stringify(view).length > 250_000) w.add('size', 'view', 'over 250 kB');
  return w.out;
}

/** A message for chat.postMessage / update / postEphemeral (blocks may arrive JSON-encoded). */
export function strictMessage(message: Json): Violation[] {
  const w = new Walk();
  const raw = message.blocks;
  const blocks = typeof raw === 'string' ? list(JSON.parse(raw)) : list(raw);
  const text = checkBlocks(w, blocks, 50);
  if (text > 12_000) w.add('size', 'message', `block text ${text} characters; Slack refuses about 12,000 and more`);
  if (len(message.text) > 40_000) w.add('size', 'message', 'text over 40,000');
  return w.out;
}

/** A view_submission ack that answers with errors: each key must name an input block of that view. */
export function strictErrorsAck(view: Json, ack: unknown): Violation[] {
  if (!isObject(ack) || ack.response_action !== 'errors' || !isObject(ack.errors)) return [];
  const inputs = new Set(
    list(view.blocks)
      .filter((b) => b.type === 'input')
      .map((b) => b.block_id),
  );
  return Object.keys(ack.errors)
    .filter((key) => !inputs.has(key))
    .map((key) => ({
      rule: 'modal-fields' as const,
      where: 'errors ack',
      detail: `"${key}" is not an input block_id of the view`,
    }));
}

const describe = (v: Violation) => `${v.where}: ${v.detail} [${v.rule}]`;

export const checkView = (view: Json): string[] => strictView(view).map(describe);
export const checkMessage = (message: Json): string[] => strictMessage(message).map(describe);

/** The error Slack answers for these problems: invalid_arguments for a mismatched initial option, else invalid_blocks. */
export const slackErrorFor = (problems: Violation[]): string =>
  problems.some((p) => p.rule === 'initial-option') ? 'invalid_arguments' : 'invalid_blocks';

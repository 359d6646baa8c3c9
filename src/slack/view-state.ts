import * as z from 'zod';

/** view.state.values as Slack sends it, parsed rather than trusted. */
const ElementStateSchema = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_conversation: z.string().nullish(),
    selected_channel: z.string().nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
  })
  .loose();
export const ViewStateSchema = z.record(z.string(), z.record(z.string(), ElementStateSchema));
export type ViewState = z.infer<typeof ViewStateSchema>;

export function parseViewState(values: unknown): ViewState {
  const parsed = ViewStateSchema.safeParse(values ?? {});
  return parsed.success ? parsed.data : {};
}

/** The element state for an input, matching block ids that carry a suffix ("reply:yes"). */
function element(state: ViewState, input: { block: string; action: string }) {
  const block = state[input.block] ?? Object.entries(state).find(([id]) => id.startsWith(`${input.block}:`))?.[1];
  return block?.[input.action];
}

export function textValue(state: ViewState, input: { block: string; action: string }): string | null {
  return element(state, input)?.value ?? null;
}

export function selectedValue(state: ViewState, input: { block: string; action: string }): string | null {
  return element(state, input)?.selected_option?.value ?? null;
}

/** The values ticked in a checkboxes element (none when the input was left empty). */
export function checkedValues(state: ViewState, input: { block: string; action: string }): string[] {
  return (element(state, input)?.selected_options ?? []).map((o) => o.value);
}

export function selectedConversation(state: ViewState, input: { block: string; action: string }): string | null {
  const e = element(state, input);
  return e?.selected_conversation ?? e?.selected_channel ?? null;
}

/** The block id an input currently has, for error messages on suffixed blocks. */
export function blockIdOf(state: ViewState, input: { block: string }): string {
  return state[input.block]
    ? input.block
    : (Object.keys(state).find((id) => id.startsWith(`${input.block}:`)) ?? input.block);
}

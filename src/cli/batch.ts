import { createInterface } from 'node:readline';
import * as z from 'zod';
import { type Profile, ProfileSchema, triage } from '../triage/index.js';
import { describeZodError } from './input.js';

const BatchLineSchema = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'text is empty'),
  profile: ProfileSchema.nullish(),
  author: z.string().max(200).nullish(),
  previous: z.string().nullish(),
});

/** Triage one JSON line; a bad line becomes an error object so the batch goes on. */
export function triageLine(line: string, fallbackProfile: Profile | null): object {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON: each line must be {"text": "...", "profile": {...}}' };
  }
  const parsed = BatchLineSchema.safeParse(json);
  if (!parsed.success) return { error: describeZodError(parsed.error) };
  const { text, profile, author, previous } = parsed.data;
  return triage(text, profile ?? fallbackProfile, { authorName: author ?? null, previous });
}

/** Streams JSON lines in and out, in order, honouring back-pressure so memory stays flat on huge batches. */
export async function runBatch(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  fallbackProfile: Profile | null,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const line of lines) {
    count++;
    const result = line.trim() ? triageLine(line, fallbackProfile) : { error: 'empty line' };
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
  }
  return count;
}

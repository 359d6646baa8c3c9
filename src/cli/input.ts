import { open, readFile } from 'node:fs/promises';
import type * as z from 'zod';
import { type Profile, ProfileSchema, unknownWorkingLanguage } from '../triage/index.js';

/** Bad input the user can fix; the command line prints its message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function unreadable(error: unknown, path: string, what: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
  return new UsageError(`cannot read ${what} "${path}" (${why}): check the path`);
}

export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(error, path, what);
  }
}

/** Opens a file as a stream, failing early with a fix-it message rather than mid-batch. */
export async function openReadable(path: string, what: string): Promise<NodeJS.ReadableStream> {
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    throw unreadable(error, path, what);
  }
}

/** One line per problem, naming the field: "openRoles.0.url: an open role URL must start with http://". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

export function parseProfile(json: unknown, source: string): Profile {
  const parsed = ProfileSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`invalid profile in ${source}: ${describeZodError(parsed.error)}`);
  const fallback = unknownWorkingLanguage(json);
  if (fallback) process.stderr.write(`note: profile in ${source}: ${fallback}\n`);
  return parsed.data;
}

export async function loadProfile(path: string): Promise<Profile> {
  const raw = await readTextFile(path, 'profile file');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(
      `profile file "${path}" is not valid JSON (${(error as Error).message}): fix the JSON or use --team "TEXT"`,
    );
  }
  return parseProfile(json, `"${path}"`);
}

export function profileFromTeam(team: string): Profile {
  return parseProfile({ teamArea: team }, '--team');
}

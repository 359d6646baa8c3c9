import { parseArgs } from 'node:util';
import { MAX_REQUEST_CHARS, type Profile, triage } from '../triage/index.js';
import { runBatch } from './batch.js';
import { loadProfile, openReadable, profileFromTeam, readStdin, readTextFile, UsageError } from './input.js';
import { formatReport } from './report.js';

const USAGE =
  'usage: npm run --silent triage -- [--profile FILE | --team "TEXT"] [--previous FIRST_FILE] [--json] [FILE | -]  (or --jsonl)';

interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        team: { type: 'string' },
        previous: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

/** Runs the command line; returns the exit code (2 for input the user must fix, else 0). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.profile && values.team) throw new UsageError('use either --profile FILE or --team "TEXT", not both');
    if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}; ${USAGE}`);
    const profile: Profile | null = values.profile
      ? await loadProfile(values.profile)
      : values.team !== undefined
        ? profileFromTeam(values.team)
        : null;
    const file = positionals[0];
    if (values.jsonl && values.previous)
      throw new UsageError('--previous is for one note; in --jsonl, give each line its own "previous" field');
    if (values.jsonl) {
      const input = file && file !== '-' ? await openReadable(file, 'batch file') : io.stdin;
      await runBatch(input, io.stdout, profile);
      return 0;
    }
    if (!file && io.stdin.isTTY) throw new UsageError(`no request given: pass a FILE or pipe the note in; ${USAGE}`);
    const text = file && file !== '-' ? await readTextFile(file, 'request file') : await readStdin(io.stdin);
    if (!text.trim())
      throw new UsageError('the request is empty: paste the referral note into the file or standard input');
    if (text.length > MAX_REQUEST_CHARS) {
      io.stderr.write(
        `note: the request is ${text.length} characters; only the first ${MAX_REQUEST_CHARS} were read\n`,
      );
    }
    const previous = values.previous ? await readTextFile(values.previous, 'previous note file') : null;
    if (previous !== null && !previous.trim())
      throw new UsageError(`the previous note "${values.previous}" is empty: give the first note the person sent`);
    const result = triage(text, profile, { previous });
    const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, color));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`refer-triage: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2), process).then((code) => {
    process.exitCode = code;
  });
}

import { main } from '../src/cli/triage.js';

/** Runs the real --jsonl command line, then reports its own peak memory for the parent benchmark. */
const code = await main(['--jsonl'], process);
process.stderr.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, code })}\n`);

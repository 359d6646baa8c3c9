import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/triage.js';
import { TriageResultSchema } from '../../src/triage/index.js';
import { fakeIo } from '../helpers/io.js';

const NOTE = `Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Your talk on internal tools is why I'm asking. Would you refer me? No worries if not.\nAmara`;
const dir = mkdtempSync(join(tmpdir(), 'refer-triage-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const profilePath = file(
  'profile.json',
  JSON.stringify({ name: 'Priya', teamArea: 'Platform & internal tools: developer platform, CI/CD' }),
);

describe('triage command line', () => {
  it('prints one TriageResult with --json, reading standard input', async () => {
    const { io, out } = fakeIo(NOTE);
    expect(await main(['--json', '--profile', profilePath], io)).toBe(0);
    const result = TriageResultSchema.parse(JSON.parse(out()));
    expect(result.recommendation).toBe('yes');
    expect(result.drafts?.yes.trimEnd().endsWith('Priya')).toBe(true);
  });

  it('reads a file, and --team alone is enough for fit', async () => {
    const { io, out } = fakeIo(null);
    expect(await main(['--json', '--team', 'Platform: developer platform, CI/CD', file('note.txt', NOTE)], io)).toBe(0);
    expect(JSON.parse(out()).fit.level).toBe('strong');
  });

  it('triages without a profile, with fit unknown', async () => {
    const { io, out } = fakeIo(NOTE);
    expect(await main(['--json', '-'], io)).toBe(0);
    expect(JSON.parse(out()).fit.level).toBe('unknown');
  });

  it('prints a readable report without colour when piped', async () => {
    const { io, out } = fakeIo(NOTE);
    expect(await main(['--profile', profilePath], io)).toBe(0);
    const report = out();
    expect(report.split('\n')[0]).toBe('YES: refer them');
    for (const heading of [
      'The five questions',
      'Risk flags',
      'Fit: strong',
      'Draft reply: yes (recommended)',
      'Blurb',
    ]) {
      expect(report).toContain(heading);
    }
    expect(report).not.toContain('\u001b[');
  });

  it('colours the report on a terminal', async () => {
    const { io, out } = fakeIo(NOTE, { tty: true });
    await main(['--profile', profilePath], io);
    expect(out()).toContain('\u001b[');
  });

  it.each([
    ['an empty request', [], '   \n', /request is empty/],
    ['a missing file', ['/nonexistent/note.txt'], '', /cannot read request file .*no such file/],
    ['a missing profile', ['--profile', '/nonexistent/p.json'], NOTE, /cannot read profile file/],
    ['a profile that is not JSON', ['--profile', file('bad.json', '{nope')], NOTE, /not valid JSON/],
    ['a profile without teamArea', ['--profile', file('empty.json', '{"name":"P"}')], NOTE, /teamArea/],
    ['both --profile and --team', ['--profile', profilePath, '--team', 'x'], NOTE, /either --profile/],
    ['an unknown option', ['--verbose'], NOTE, /Unknown option/],
    ['two files', ['a.txt', 'b.txt'], NOTE, /expected one FILE/],
    ['a missing previous note', ['--previous', '/nonexistent/first.txt'], NOTE, /cannot read previous note file/],
    ['an empty previous note', ['--previous', file('empty-first.txt', ' \n')], NOTE, /previous note .* is empty/],
    ['--previous with --jsonl', ['--jsonl', '--previous', file('first0.txt', NOTE)], '', /"previous" field/],
  ])('exits 2 with a one-line fix-it message for %s', async (_name, args, stdin, message) => {
    const { io, out, err } = fakeIo(stdin);
    expect(await main(args as string[], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(message);
    expect(err().trim().split('\n')).toHaveLength(1);
  });

  it('asks for input instead of waiting on a terminal', async () => {
    const { io, err } = fakeIo(null);
    expect(await main([], io)).toBe(2);
    expect(err()).toMatch(/no request given/);
  });

  it('batch mode: one output line per input line, in order, errors inline', async () => {
    const lines = [
      JSON.stringify({ text: NOTE, profile: { teamArea: 'Platform: developer platform' } }),
      '{not json',
      JSON.stringify({ text: '   ' }),
      JSON.stringify({ text: 'hey can u refer me' }),
      JSON.stringify({ text: NOTE, profile: { name: 'x' } }),
    ];
    const { io, out } = fakeIo(`${lines.join('\n')}\n`);
    expect(await main(['--jsonl'], io)).toBe(0);
    const results = out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results).toHaveLength(5);
    expect(results[0].recommendation).toBe('yes');
    expect(results[1].error).toMatch(/not valid JSON/);
    expect(results[2].error).toMatch(/text is empty/);
    expect(results[3].recommendation).toBe('no');
    expect(results[4].error).toMatch(/teamArea/);
  });

  it('--previous judges a one-pager together with the note it answers', async () => {
    const first = file(
      'first.txt',
      "Hi Priya, your talk on internal tools is why I'm asking. I'm applying for the Senior PM, Developer Platform role. Would you refer me? No worries if not.\nAmara",
    );
    const onePager =
      'Hi Priya, here is the one-pager you asked for: I led a launch that cut CI time by 35%. Role: https://careers.example.com/jobs/4821\nAmara';
    const alone = fakeIo(onePager);
    await main(['--json', '--profile', profilePath], alone.io);
    expect(JSON.parse(alone.out()).recommendation).not.toBe('yes');

    const withFirst = fakeIo(onePager);
    expect(await main(['--json', '--profile', profilePath, '--previous', first], withFirst.io)).toBe(0);
    const result = TriageResultSchema.parse(JSON.parse(withFirst.out()));
    expect(result.recommendation).toBe('yes');
    expect(result.onePager?.nowHas).toEqual(['a proof point', 'the role link']);

    const report = fakeIo(onePager);
    await main(['--profile', profilePath, '--previous', first], report.io);
    expect(report.out()).toContain('Read with their first note. Now has: a proof point and the role link.');

    const firstText = readFileSync(first, 'utf8');
    const team = { teamArea: 'Platform: developer platform, CI/CD' };
    const lines = [
      { text: onePager, profile: team },
      { text: onePager, profile: team, previous: firstText },
    ];
    const batch = fakeIo(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    await main(['--jsonl'], batch.io);
    const [plain, linked] = batch
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(plain.onePager).toBeUndefined();
    expect(linked.recommendation).toBe('yes');
    expect(linked.onePager.nowHas).toContain('a proof point');
  });

  it('batch mode uses --team as the default profile', async () => {
    const { io, out } = fakeIo(`${JSON.stringify({ text: NOTE })}\n`);
    await main(['--jsonl', '--team', 'Platform: developer platform'], io);
    expect(JSON.parse(out()).fit.level).toBe('strong');
  });

  it('runs as documented: npm run --silent triage', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npm', ['run', '--silent', 'triage', '--', '--json', file('n2.txt', NOTE)]);
    expect(JSON.parse(stdout).recommendation).toBe('one_pager');
    await expect(run('npm', ['run', '--silent', 'triage', '--', '/nonexistent'])).rejects.toMatchObject({ code: 2 });
  });
});

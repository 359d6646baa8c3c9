import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { triageModalModel } from '../../src/presenters/triage.js';
import { buildTriageModal } from '../../src/views/triage-modal.js';
import { recordOf } from '../helpers/surfaces.js';

/**
 * The README's example modal, drawn as Slack would (../shared/tools/blockkit-preview) and measured in
 * headless Chromium: the reply box starts on the first screen. Runs with `npm run test:drawn`, which
 * needs Chromium (`apt-get install chromium`); .ci/run installs it.
 */
const RENDERER = fileURLToPath(new URL('../../../shared/tools/blockkit-preview/render.mjs', import.meta.url));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const EXAMPLE = readFileSync(new URL('../../examples/request.txt', import.meta.url), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'drawn-modal-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MEASURE = `<script>
const modal = document.querySelector('.modal').getBoundingClientRect().top;
const reply = document.querySelector('.textinput.multi').getBoundingClientRect().top;
document.body.setAttribute('data-reply-top', String(Math.round(reply - modal)));
</script>`;

describe('the drawn triage modal', () => {
  it('has the renderer beside the project and Chromium installed', () => {
    expect(existsSync(RENDERER), `no renderer at ${RENDERER}`).toBe(true);
    expect(CHROMIUM, 'Chromium is not installed: apt-get install -y chromium fonts-lato').toBeDefined();
  });

  it('for the README example, the reply box starts within the first 700 pixels', () => {
    const model = triageModalModel(recordOf(EXAMPLE), {
      answer: 'yes',
      hiringChannel: 'C0123456789',
      earlier: null,
      hasProfile: true,
    });
    writeFileSync(join(scratch, '001-modal.json'), JSON.stringify(buildTriageModal(model)));
    execFileSync('node', [RENDERER, '--calls', scratch, '--out', join(scratch, 'out'), '--no-png'], { stdio: 'pipe' });
    const html = readdirSync(join(scratch, 'out', 'html')).find((f) => f.endsWith('.html')) as string;
    const page = join(scratch, 'measured.html');
    writeFileSync(page, readFileSync(join(scratch, 'out', 'html', html), 'utf8') + MEASURE);
    const dom = execFileSync(
      CHROMIUM as string,
      ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=700,2000', '--dump-dom', `file://${page}`],
      { stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
    ).toString();
    const top = Number(/data-reply-top="(\d+)"/.exec(dom)?.[1]);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThanOrEqual(700);
  }, 90_000);
});

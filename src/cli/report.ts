import { styleText } from 'node:util';
import { describeChange, questionRows, riskRows, type TriageResult } from '../triage/index.js';

type Style = Exclude<Parameters<typeof styleText>[0], readonly unknown[]>;

const VERDICT: Record<NonNullable<TriageResult['recommendation']>, [string, Style]> = {
  yes: ['YES: refer them', 'green'],
  one_pager: ['SEND ME A ONE-PAGER', 'yellow'],
  no: ['A CLEAN NO', 'red'],
};

/** The terminal report: the answer first, then why, then everything needed to act on it. */
export function formatReport(result: TriageResult, color: boolean): string {
  const paint = (style: Style | Style[], text: string): string => (color ? styleText(style, text) : text);
  const [label, tone]: [string, Style] = result.recommendation
    ? VERDICT[result.recommendation]
    : ['NO VERDICT: a language the triage does not read', 'magenta'];
  const out: string[] = [];
  const section = (title: string) => out.push('', paint('bold', title));
  out.push(paint(['bold', tone], label));
  for (const reason of result.reasons) out.push(`  • ${reason}`);
  if (result.onePager) out.push(paint('dim', `  ${describeChange(result.onePager)}`));

  section('The five questions');
  for (const q of questionRows(result)) {
    const mark = q.answered ? paint('green', '✓') : paint('red', '✗');
    out.push(`  ${mark} ${q.question}${q.evidence ? paint('dim', `  "${q.evidence}"`) : ''}`);
  }

  section('Risk flags');
  const risks = riskRows(result);
  if (risks.length === 0) out.push(paint('dim', '  none'));
  for (const risk of risks) {
    const extra = risk.count ? ` (${risk.count} bump${risk.count === 1 ? '' : 's'})` : '';
    out.push(
      `  ${paint('yellow', '!')} ${risk.label}${extra}${risk.evidence ? paint('dim', `  "${risk.evidence}"`) : ''}`,
    );
  }

  section(`Fit: ${result.fit.level}`);
  out.push(`  ${result.fit.explanation}`);
  if (result.fit.matched.length) out.push(paint('dim', `  matched: ${result.fit.matched.join(', ')}`));

  if (result.language.code !== 'en') out.push('', paint('dim', `Language: ${result.language.code}`));
  for (const kind of ['yes', 'one_pager', 'no'] as const) {
    if (!result.drafts) break;
    const chosen = kind === result.recommendation;
    section(`Draft reply: ${kind}${chosen ? ' (recommended)' : ''}`);
    out.push(indent(result.drafts[kind]));
  }
  if (result.blurb) {
    section('Blurb for the hiring channel');
    out.push(indent(result.blurb));
  }
  return `${out.join('\n')}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

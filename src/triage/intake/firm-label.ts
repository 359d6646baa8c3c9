/**
 * A firm's name where a speaker's label stands (issue 22): Slack Connect prints the sender's organisation
 * over their message ("Fenwick Valves Ltd (external)"), and the message says which firm its writer
 * speaks for ("Omar from Fenwick here"). A label that starts with that firm's name is the firm's, no
 * person's: it goes, as the app's screen text does, and the writer is read from their own words.
 */
import { FIRM_SELF_INTRO } from '../lang/en/intake.js';
import { headerLine } from './header-line.js';

const FROM_FIRM = new RegExp(FIRM_SELF_INTRO, 'u');
const firstWord = (name: string) => name.split(/\s+/)[0]?.toLowerCase() ?? '';

/** The lines without the labels that name the firm the writer says they are from. */
export function withoutFirmLabels(lines: readonly string[]): readonly string[] {
  const intro = FROM_FIRM.exec(lines.join('\n'));
  const firm = intro?.[1] ?? intro?.[2];
  if (!firm) return lines;
  const isFirm = (line: string) => {
    const header = line.length <= 80 ? headerLine(line) : null;
    return header !== null && firstWord(header.name) === firstWord(firm);
  };
  return lines.some(isFirm) ? lines.filter((l) => !isFirm(l)) : lines;
}

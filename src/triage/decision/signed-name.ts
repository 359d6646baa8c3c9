/** The name a note is signed with: the sign-off, the signature's name line, a name at the end of the last line. */
import { INLINE_SIGN_OFF } from '../lang/en/candidate.js';
import { endsWithListItem, isClosingLine, type Reading } from '../reading/reading.js';
import { inNoteScript } from './name-script.js';
import { asName, isClosing } from './names.js';
import { CONTACT_LINE } from './resume-name.js';
import { fullOverShort } from './self-named.js';

const INLINE = new RegExp(INLINE_SIGN_OFF, 'u');

/** The name a sign-off gives: "Best, Dana", the line under "Gratefully,", then the signature's name line. */
export function signOffName(reading: Reading, note: string): string | null {
  const { code } = reading.language;
  // Another language's closing ("Viele Grüße", "Un abrazo") is no name: its own closing lines are passed over.
  // Signed on the closing's line ("Beijinhos, Marta Sequeira"), the name is what follows its comma.
  const lines =
    code === 'en'
      ? reading.signOffLines
      : reading.signOffLines.flatMap((l) => (isClosingLine(l, code) ? (/,\s*([^,]+)$/.exec(l)?.slice(1) ?? []) : [l]));
  // The signature's lines go on from the sign-off's: a name written again in another script may be on either side.
  // The sign-off's lines are the text's last: the line over them is beside the first.
  const textLines = reading.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const around = [...textLines, ...reading.intake.clues.signature];
  const script = { text: reading.text, around, from: textLines.length - lines.length };
  const signed = firstName(lines, note, code, script) ?? inlineSignOff(reading, note);
  // A closing the intake set apart with the signature ("Au plaisir," over the name) is passed over too.
  const full = signatureName(reading, note);
  // "Dan" over "Daniel Okafor", "Dee" over "Deirdre Okafor-Lynch": the signature's full name when it is the same
  // person's, the one-word sign-off a short form of its given name (self-named.ts fullOverShort).
  const first = signed?.split(/\s+/)[0]?.toLowerCase();
  if (signed && full && first && full.toLowerCase().startsWith(first) && full.length > signed.length) return full;
  return (signed && full && !/\s/.test(signed) ? fullOverShort(signed, full) : signed) ?? full;
}

/** A name signed at the end of the note's last line, after a dash, a closing or a sentence. */
function inlineSignOff(reading: Reading, note: string): string | null {
  const lines = reading.text.split('\n');
  if (endsWithListItem(lines)) return null;
  // A chat message gets its period from the intake (chat.ts), a sign-off's too: "Cheers, Ruth." signs as "Cheers, Ruth".
  const last = lines.at(-1) ?? '';
  const line = reading.intake.shape === 'chat' ? last.replace(/(?<=\p{L})\.$/u, '') : last;
  return asName(INLINE.exec(line.slice(-90))?.[1], note);
}

/** Unsigned by a closing, a short last line may still be the name ("Brian, Apex Health Staffing"). */
export function lastLineName(reading: Reading, note: string): string | null {
  const last = reading.text.split('\n').at(-1)?.trim() ?? '';
  // A contact line ("Columbus, OH | ji@…") starts with a place, not a name.
  return !CONTACT_LINE.test(last) && last.length <= 60 && !/[.!?]$/.test(last) && reading.signOffLines.length === 0
    ? firstName([last], note, reading.language.code)
    : null;
}

/** The signature's name line: the first line of the block under the sign-off, without a closing or a rule set apart with it. */
export function signatureName(reading: Reading, note: string): string | null {
  const { code } = reading.language;
  // A rule over the block ("—", "-- ") sets it apart and holds no letter: the name is the line under it.
  const named = reading.intake.clues.signature.filter(
    (l) => /\p{L}/u.test(l) && !isClosing(l) && !isClosingLine(l, code),
  );
  return firstName(named.slice(0, 1), note);
}

function firstName(
  lines: readonly string[],
  note: string,
  code = 'en',
  script?: { text: string; around: readonly string[]; from: number },
): string | null {
  for (const [at, line] of lines.entries()) {
    // "Best, Dana" (or "Beijinhos, Marta") names after the closing; "Brian, Apex Health Staffing" before the comma.
    const comma = /^([^,]{1,30}),\s*(.+)$/.exec(line);
    const closing = comma && (isClosing(comma[1] ?? '') || isClosingLine(comma[1] ?? '', code));
    const name = comma && closing ? asName(comma[2], note) : asName(line, note);
    if (name) return script ? inNoteScript(name, script.around, script.from + at, note, script.text) : name;
  }
  return null;
}

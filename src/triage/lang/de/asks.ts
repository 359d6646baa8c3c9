/**
 * German phrase data: What the writer asks for: a referral, advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * A list is read with `\b` before each phrase, and JavaScript draws `\b` only around ASCII letters: no
 * phrase starts with an umlaut ("über" comes after a word), and in a whole-word list none ends with one.
 * Both registers: Sie and du.
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  mich\\b[^.!?]{0,80}\\b(intern )?(empfehlen|weiterempfehlen|vorschlagen|ins Spiel bringen)
  (meinen Namen|meine Bewerbung|meinen Lebenslauf|mein Profil|meinen CV|meine Unterlagen) (intern |gern |bitte )?(weiterleiten|weitergeben|weiterreichen|einreichen|vorschlagen|empfehlen)
  (meinen Lebenslauf|meine Bewerbung|meinen CV|mein Profil|meine Unterlagen) an (den|die|das) ([\\wÀ-ÿ-]+ )?(Hiring Manager|Hiring Managerin|Recruiter|Recruiterin|Team|Personalabteilung|HR|Fachbereich|Teamleitung) (weiterleiten|weitergeben|schicken|geben)
  (empfehlen|empfiehlst) (Sie|du) mich
  (interne |eine )?(Mitarbeiterempfehlung|Empfehlung|Referral)(?!(sprogramm|programm|prämie|bonus|-Programm| Programm| Prämie| Bonus|sbonus|sprämie))
  ein gutes Wort (für mich )?(einlegen|einlegst)
  mich (dem|der) (Hiring Manager|Hiring Managerin|Recruiter|Recruiterin|Teamleiter|Teamleiterin|Personalabteilung) vorstellen
  # for someone else: "magst du ihn empfehlen?", "könnten Sie sie intern vorschlagen?"
  (magst|kannst|könntest|würdest|willst|möchtest) du (ihn|sie) ([\\wÀ-ÿ-]+ ){0,4}(empfehlen|weiterempfehlen|vorschlagen|ins Spiel bringen)
  (können|könnten|würden|möchten|mögen) Sie (ihn|sie) ([\\wÀ-ÿ-]+ ){0,4}(empfehlen|weiterempfehlen|vorschlagen|ins Spiel bringen)
  ihn\\b[^.!?]{0,60}\\b(intern )?(empfehlen|weiterempfehlen|vorschlagen|ins Spiel bringen)
`;

export const ADVICE_ASK = `
  (auf einen|einen|zum) (kurzen |virtuellen )?Kaffee
  Kaffee (trinken|treffen|chat)
  (kurzes|kurzen) (Telefonat|Gespräch|Call|Austausch|Videocall|Kennenlernen)
  \\d+ ?(Minuten|Min\\.?) (Ihrer|deiner) Zeit
  \\d+[- ]?(minütiges?|minütigen|Minuten)[- ]?(Telefonat|Gespräch|Call|Austausch)
  (Ihren|deinen|Ihre|deine|einen|ein paar|einige) (Rat|Tipps?|Ratschläge)
  (Ihre|deine) (Einschätzung|Meinung|Erfahrungen?) (zu|dazu)
  (Mentor|Mentorin|Mentoring)
  mehr über (Ihren|deinen) (Werdegang|Weg|Einstieg|Arbeitsalltag) (erfahren|hören)
  wie (Sie|du) (den Einstieg|es) (geschafft|gefunden)
  Informationsgespräch
  (mich )?beraten
`;

/** "Sagen Sie mir, welche Stellen passen": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\b(sag|sagen Sie|lass|lassen Sie) (mir|mich) (gern |gerne )?(wissen|Bescheid),? (welche|ob) (Stellen?|Rollen?|Positionen?|Teams?|Jobs?)
  \\b(irgendeine|jede) (Stelle|Rolle|Position),? die (Sie|du) (für )?(passend|sinnvoll)
  \\b(sag|sagen Sie) (mir )?(gern|gerne|bitte)?,? (welche|ob) (Stellen?|Rollen?|Positionen?|Teams?|Jobs?)
  \\bwas (auch immer )?(Sie|du) für passend (halten|hältst)
  \\bwelche (Stellen|Rollen|Positionen) (würden|könnten) (zu mir )?passen
`).join('|');

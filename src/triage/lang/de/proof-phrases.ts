/**
 * German phrase data: What makes them relevant: a result, a number, a change the writer made.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Numbers are written the German and Swiss way too: "4,5 %", "2.300", "2'300", "1,2 Mio. €".
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

/** Verbs of a result, read as whole words: stems and participles ("senk\w*", "gesenkt"). */
export const PROOF_IMPACT_VERB = `
  senk\\w*
  gesenkt
  reduzier\\w*
  verkürz\\w*
  verringer\\w*
  minimier\\w*
  steiger\\w*
  gesteigert
  erhöh\\w*
  verbesser\\w*
  verdoppel\\w*
  verdoppelt
  verdreifach\\w*
  halbier\\w*
  eingespart
  einspar\\w*
  spar\\w*
  gespart
  beschleunig\\w*
  launch\\w*
  gelauncht
  eingeführt
  einführ\\w*
  aufgebaut
  geleitet
  leite\\w*
  entwickel\\w*
  entwickelt
  migrier\\w*
  automatisier\\w*
  optimier\\w*
  umgesetzt
  erreicht
  erreich\\w*
  \\sübertroffen
  \\sübertr\\w*
  gewonnen
  abgeschlossen
  verkauft
  eingestellt
  rekrutier\\w*
  ausgebaut
  skalier\\w*
  generier\\w*
  geliefert
  betreut
  verantwortet
  gestiegen
  gesunken
  gewachsen
  gesteuert
  implementier\\w*
  gestartet
  gegründet
  gebaut
  verhindert
  behoben
  # sales results: "120 % des Ziels", "Quote übertroffen"
  (des|der|meines|unseres) (Ziels|Ziele|Quote|Umsatzziels|Plans)
  gehoben
  angehoben
  gedrückt
  hochgeschraubt
  zurückgegangen
  geklettert
  gekürzt
  abgebaut
  vervierfacht
  aufgedeckt
  erkannt
`;

/** Units that make a number an outcome: "28 %", "3x", "2 Mio. €", "40 Basispunkte". */
export const METRIC_UNIT =
  '(?:%|Prozent\\b|Prozentpunkte?\\b|x\\b|×|fach\\b|k\\b|Mio\\.?|Millionen\\b|Mrd\\.?|Milliarden\\b|Tsd\\.?|T€|Punkte?\\b|Basispunkte\\b|bp\\b)';

/** Things a result counts: "200 Kunden", "12 Teams". */
export const COUNTED = wordAlternation(`
  Nutzer | Nutzerinnen | Nutzende | Kunden | Kundinnen | Entwickler | Entwicklerinnen | Teams | Händler | Konten | Filialen
  Partner | Menschen | Personen | Mitarbeitende | Mitarbeiter | Mitarbeiterinnen | Services | Dienste | Apps | Länder | Märkte
  Downloads | Installationen | Abonnenten | Mitglieder | Anfragen | Transaktionen | Bestellungen | Aufträge | Sitzungen
  Besuche | Buchungen | Fahrten | Lieferungen | Tickets | Patienten | Patientinnen | Schüler | Schülerinnen | Studierende
  Standorte | Produkte | Features | Projekte | Verträge | Kandidaten | Einstellungen | Bewerbungen | Fälle | Schadensfälle
  Pakete | Fahrzeuge | Betten | Anrufe | Rechnungen | Leads | Deals | Abschlüsse | Besucher | Leser | Zuschauer | Spender
  Tonnen | Wohnungen | Einheiten | Azubis | Auszubildende | Familien | Mahlzeiten | Sendungen | Paletten
  Exemplare | Bücher | Titel | Abos | Fachkräfte | Pflegekräfte | Arbeitskräfte
  Aufrufe | Views | Streams | Hörer | Hörerinnen | Follower | Impressionen | Klicks | Abrufe
`);

/** A number, German and Swiss grouping included: "2.300", "2'300", "4,5". */
const NUM = String.raw`\d[\d.,']*(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?`;
const B = String.raw`(?<![\wÀ-ÿ])`;
const E = String.raw`(?![\wÀ-ÿ])`;

export const PROOF_METRIC = alternation(`
  \\b${NUM}[\\s\\u00a0\\u202f-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b${NUM}[\\s\\u00a0\\u202f]?(€|Euro\\b|EUR\\b|CHF\\b|Franken\\b|Dollar\\b)
  \\b${NUM}\\+?\\s([a-zäöüß-]{2,20}\\s){0,2}${COUNTED}${E}
  ${B}von ${NUM}\\s?%?( [\\wÀ-ÿ-]+){0,3} auf \\d
`);

/** Time given back, before or after its verb: "spart dem Team 10 Stunden pro Woche", "zwei Tage pro Sprint eingespart". */
export const PROOF_TIME_SAVED = String.raw`${B}(?:spar[\wÀ-ÿ]*|gespart|eingespart|einspar[\wÀ-ÿ]*|verkürz[\wÀ-ÿ]*|reduzier[\wÀ-ÿ]*|gesenkt|senk[\wÀ-ÿ]*|halbiert|freigespielt)${E}[^.!?]{0,60}?(?:\d[\d,.]*\s?|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig) )(?:Stunden|Std\.?|h|Minuten|Min\.?|Tage|Tagen|Wochen|Monate|Monaten|Schichten|Sprints|Quartale|FTE|Personentage|Manntage)${E}|(?:\d[\d,.]*\s?|${B}(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig) )(?:Stunden|Std\.?|h|Minuten|Min\.?|Tage|Wochen|Monate|Schichten|Sprints|FTE|Personentage|Manntage)${E}[^.!?]{0,60}?${B}(?:gespart|eingespart|einsparen|verkürzt|reduziert|gesenkt|freigespielt|frei)${E}`;

/** Throughput, a rate that changed: "220 Pakete pro Stunde statt vorher 150", "von 40 auf 65 Aufträge pro Schicht". */
export const PROOF_RATE = alternation(`
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?${B}(statt|anstatt|anstelle von|gegenüber|vorher|zuvor|früher) (etwa |rund |ungefähr |knapp )?\\d
  \\b\\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(pro|je|am|die|in der|im) (Stunde|Schicht|Tag|Woche|Monat|Nacht)${E}[^.!?]{0,30}?(${B}(statt|vorher|zuvor|früher|gegenüber)|\\bvon \\d)
  ${B}von \\d[\\d,.]* auf \\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(pro|je|am|die|in der|im) (Stunde|Schicht|Tag|Woche|Monat|Nacht)${E}
`);

/** A quantity, in figures or in words: what makes "von X auf Y" a result. */
export const QUANTITY = `(?:\\d|${B}${wordAlternation(`
  zwei | drei | vier | fünf | sechs | sieben | acht | neun | zehn | elf | zwölf | fünfzehn | zwanzig | dreißig | vierzig
  fünfzig | hundert(?:e)? | tausend(?:e)? | Dutzend(?:e)? | Hälfte | halb | halbe | die meisten | keine[nr]? | null | alle
  jede[nrs]? | nie | niemals | selten | täglich | wöchentlich | monatlich | einmal | zweimal | (?:ein|zwei) (?:Drittel|Viertel|Fünftel|Zehntel)
  ein paar | mehrere | wenige | kaum | fast nie
`)}${E})`;

/** Results written in words: "um die Hälfte gesenkt", "halbiert", "in zwei Tagen statt zwei Wochen". */
export const PROOF_IN_WORDS = alternation(`
  ${B}um (die |rund die |fast die |mehr als die |knapp die |gut die )?Hälfte ([\\wÀ-ÿ-]+ ){0,2}?(gesenkt|reduziert|verringert|verkürzt|gesunken|gefallen|zurückgegangen|gestiegen|erhöht|gesteigert|gewachsen)${E}
  ${B}um (ein|zwei) (Drittel|Viertel) ([\\wÀ-ÿ-]+ ){0,2}?(gesenkt|reduziert|verringert|verkürzt|gesunken|gestiegen|erhöht|gesteigert)${E}
  ${B}(halbiert|halbieren|verdoppelt|verdoppeln|verdreifacht|verdreifachen|vervierfacht|verzehnfacht)${E}
  ${B}(doppelt|dreimal|viermal|zehnmal|\\d+-?mal) so (schnell|viele|viel|hoch|groß|gut)${E}
  ${B}(zwei|drei|vier|fünf|zehn|\\d+)fach(e|en|er)? (so |höher|schneller|mehr)
  ${B}(nur noch|bloß noch) (halb so|die Hälfte|ein Drittel|ein Viertel|(zwei|drei|vier|fünf|\\d+) (Tage|Stunden|Minuten|Wochen))
  ${B}(früher|vorher|bisher|zuvor)${E}[^.!?]{0,80}?${B}(heute|jetzt|inzwischen|mittlerweile|nun)${E}[^.!?]{0,40}?${QUANTITY}
  ${B}(in|innerhalb von) (einem|einer|zwei|drei|vier|fünf|\\d+) (Tag|Tagen|Stunde|Stunden|Woche|Wochen|Minuten) (statt|anstatt|anstelle von) (einer|einem|zwei|drei|vier|fünf|sechs|acht|zehn|\\d+)? ?(Tag|Tagen|Stunde|Stunden|Woche|Wochen|Monat|Monaten|Minuten)${E}
  ${B}(null|keine|keinen|kein einziges?|keinen einzigen) ([\\wÀ-ÿ-]+ ){0,2}(Ausfälle|Ausfall|Fehler|Reklamationen|Beschwerden|Unfälle|Unfall|Vorfälle|Vorfall|Verzögerungen|Mängel|Abweichungen)( mehr)? (seit|in|im)${E}
  ${B}(bester|beste|bestes|erster|erste|Nummer eins|Platz (1|eins)) ([\\wÀ-ÿ-]+ )?(im|in der|in meinem|in unserem|der|des) (Team|Region|Filiale|Unternehmen|Vertrieb|Jahrgang|Standort|Bereich|Deutschland|Österreich|Schweiz)${E}
  ${B}(Mitarbeiter|Mitarbeiterin|Verkäufer|Verkäuferin) des (Jahres|Monats|Quartals)${E}
  \\d[\\d,.]*\\s?%?\\s*(→|->|=>)\\s*\\d
  ${B}(Ziel|Ziele|Quote|Plan|Budget|Umsatzziel|Vertriebsziel)(e|s)? (um \\d[\\d,.]*\\s?% )?(übertroffen|übererfüllt|überschritten)${E}
  ${B}(vor dem Zeitplan|unter (dem )?Budget)${E}
  # recognition won by the work: "wo wir 2023 einen Stern bekommen haben", "den Innovationspreis gewonnen"
  ${B}(den|einen|die|eine|das|ein|zweiten|zweite|dritten|dritte|ersten|erste)( [\\wÀ-ÿ-]+)?( [\\wÀ-ÿ-]*(Preis|Auszeichnung|Award|Stern|Haube|Zertifizierung|Ausschreibung|Wettbewerb)) (gewonnen|bekommen|erhalten|erkocht|verliehen bekommen)${E}
  ${B}auf Anhieb (bestanden|abgenommen|freigegeben|genehmigt)${E}
  ${B}im ersten (Anlauf|Versuch) (bestanden|abgenommen|freigegeben|genehmigt)${E}
  \\b\\d[\\d,.]*\\s?% (der|meiner|unserer) [\\wÀ-ÿ-]+( [\\wÀ-ÿ-]+)? (haben|hat) ([\\wÀ-ÿ-]+ ){0,3}(erreicht|bestanden|geschafft|gefunden)${E}
  # what used to take long, and takes little now: the before and the after, each with its unit
  \\b(dauerte|dauerten|brauchte|brauchten|benötigte|kostete) [^.;!?]{0,40}?\\d[\\d.,]* ?(Stunden?|Std\\.?|Minuten?|Min\\.?|Tagen?|Tage|Wochen?|Monate?n?|Sekunden?)(?![\\wÀ-ÿ])[^.;!?]{0,80}?\\b(jetzt|heute|inzwischen|mittlerweile|nun|nur noch)\\b[^.;!?]{0,40}?\\d[\\d.,]* ?(Stunden?|Std\\.?|Minuten?|Min\\.?|Tagen?|Tage|Wochen?|Monate?n?|Sekunden?)(?![\\wÀ-ÿ])
`);

/** A rate of work, in the first person: "ich bearbeite rund 60 Fälle pro Tag". */
export const PROOF_WORK_RATE = String.raw`${B}[Ii]ch (?!(?:arbeite|verbringe|pendle|studiere|schlafe|trainiere|fahre|bin)\b)[\wÀ-ÿ]+ (?:etwa |rund |ungefähr |circa |ca\. |bis zu |über |im Schnitt |durchschnittlich )?\d[\d.,]*\+? (?:[\wÀ-ÿ-]+ ){0,3}(?:pro|je|am|die|in der|im) (?:Stunde|Schicht|Tag|Nacht|Woche|Monat|Jahr)${E}`;

/** A change from one quantity to another ("von neun pro Monat auf knapp fünf"); a move is "von München nach Berlin". */
export const PROOF_FROM_TO = `${B}von${E}[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?${B}auf${E}`;

/** Numbers that count effort or asks, not results: "auf 40 Stellen beworben", "ein 15-minütiges Telefonat". */
export const NOT_A_PROOF = `
  (Demo|Pilot|Test) (würde|wird|könnte|kann) (zeigen|beweisen)
  (bei|auf) (über |mehr als )?\\d+ (Stellen|Jobs|Firmen|Unternehmen) beworben
  \\d+ (Bewerbungen|Absagen|Vorstellungsgespräche|Stellen)
  \\d+[- ]?(Minuten|Min\\.?|minütiges?|minütigen)[- ]?(Call|Telefonat|Gespräch|Ihrer Zeit|deiner Zeit)
`;

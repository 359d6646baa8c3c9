/**
 * German phrase data: What makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Regular expressions written as source draw word edges with `(?<![\wÀ-ÿ])`, since `\b` ignores umlauts.
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

/** What a referrer is called in praise: "Sie sind ein echtes Vorbild", "du bist der Hammer". */
export const PRAISE = wordAlternation(`
  Inspiration | Vorbild | inspirierend | Legende | Genie | Vision(?:är|ärin) | unglaublich | großartig | genial
  brillant | der Beste | die Beste | beeindruckend | ein Idol | der Hammer | eine Koryphäe | Rockstar
`);

export const FLATTERY = `
  (unglaublich|wahnsinnig|total|extrem|äußerst|mega) beeindruckend
  (ich )?(verfolge|bewundere|folge) (Sie|dich|Ihren|deinen|Ihre|deine|Ihnen|dir) (schon )?(seit|Werdegang|Karriere|Arbeit|Beiträgen?|Posts)
  (großer|riesiger|echter|absoluter) Fan (von Ihnen|von dir|Ihrer|deiner)
  (Sie sind|du bist) (wirklich |echt |so |einfach |total |absolut ){0,2}(ein |eine )?(echtes |echter |echte |großes |großer |wahres |wahrer |absolutes |absolute )?${PRAISE}
  (Ihr|dein|Ihre|deine) (Werdegang|Lebenslauf|Karriere|Weg|Arbeit|Profil|Laufbahn) (ist|war) (wirklich |echt |so |einfach |absolut |total )?(beeindruckend|inspirierend|unglaublich|großartig|herausragend|bemerkenswert|phänomenal|vorbildlich)
  (so|sehr|total|unglaublich) inspirierend
  (beeindruckende|inspirierende|unglaubliche|großartige) (Karriere|Laufbahn)
  (beeindruckender|inspirierender|unglaublicher|großartiger) (Werdegang|Weg|Lebenslauf)
  (eine|welche) Ehre,? (Sie|dich|Ihnen|dir) (zu )?(schreiben|kontaktieren)
  bewundere (Sie|dich) (sehr|schon lange|zutiefst)
  (einer|eine) der (Menschen|Personen|Leute|Frauen|Männer), die ich (am meisten|sehr) (bewundere|schätze)
`;

export const PRESSURE = `
  brauche (heute|bis morgen|sofort|dringend) (noch )?(eine )?Antwort
  (das ist|du bist|Sie sind) meine (letzte|einzige) (Chance|Hoffnung)
  (meine|unsere|Sie sind meine|du bist meine) (letzte|einzige) (Hoffnung|Chance)
  (mein|meine) (Visum|Aufenthaltstitel|Aufenthaltserlaubnis|Zukunft|Miete|Existenz|Familie|Karriere) hängt (davon|von (Ihnen|dir|dieser|diesem|Ihrer|deiner)) ab
  (brauche|benötige) (diese|die|Ihre|deine) Empfehlung (dringend|heute|sofort|bis morgen|unbedingt)
  (brauche|benötige) (das|den Job|diese Stelle|diesen Job) (wirklich|unbedingt|dringend)
  verzweifelt
  (flehe|bitte) (Sie|dich) (an|inständig)
  bitte,? bitte
  (?<!(nicht|nicht so|gar nicht|überhaupt nicht|kein|keine) )(dringend|eilig|asap|so schnell wie möglich|umgehend)
  bis (morgen|heute Abend|Ende der Woche|spätestens)
  (empfehl|weiterleit|antwort|einreich|meld)[\\wÀ-ÿ]*\\b[^.!?]{0,40}\\bbis (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)
  (immer )?noch keine (Antwort|Rückmeldung)
  warum (haben Sie|hast du) (mir )?(noch )?nicht (geantwortet|reagiert)
  (Sie schulden|du schuldest) mir
  (lassen Sie|lass) mich (nicht|jetzt nicht) hängen
  (zähle|verlasse mich|zählen) auf (Sie|dich)
  (würde|das würde) mir (die Welt|unglaublich viel|alles|sehr viel) bedeuten
  (habe mich|hab mich) (schon |bereits )?(bei|auf) (über |mehr als )?\\d+ (Stellen|Jobs|Firmen|Unternehmen) beworben
  (Sie bekommen|du bekommst|Sie erhalten|du erhältst|Sie kriegen|du kriegst) (auch |ja |dann )?(eine|die) (Empfehlungsprämie|Prämie|Bonus)
  (eine|die) Empfehlungsprämie (für Sie|für dich|gibt es|zahlt|bekommen)
  Win[- ]Win
  (habe|hab) (dem|der) ([\\wÀ-ÿ-]+ ){0,2}(Recruiter|Recruiterin|Hiring Manager|Personalabteilung|Teamleiter|Teamleiterin|HR) (schon |bereits )?(gesagt|erzählt|mitgeteilt),? dass (Sie|du)
  (Ihren|deinen) Namen (schon |bereits )?als (Referenz|Empfehlungsgeber|Empfehlungsgeberin) angegeben
  (Sie müssen|du musst) mich (empfehlen|einstellen|weiterleiten)
  (meine Familie|meine Kinder|meine Eltern) (ist|sind|zählen|zählt) (auf mich angewiesen|darauf angewiesen|auf mich)
  (werde|schreibe) (Ihnen|dir) (so lange|weiter) (schreiben|bis)
  (antworten Sie|antworte) (bitte )?(schnell|bald|umgehend)
`;

export const CONTACTED =
  '(geschrieben|angeschrieben|kontaktiert|eine Nachricht geschickt|eine Mail geschickt|eine E-Mail geschickt|Nachrichten geschickt|angerufen|angepingt|gemailt)';

export const FOLLOW_UP = `
  dass ich (nochmal|noch einmal|schon wieder|wieder) (nerve|störe)
  (hast du|haben Sie) meine (Nachricht|Mail|E-Mail) (gesehen|gelesen|bekommen)
  (hake|frage) (kurz |noch ?mal |nochmals |erneut |freundlich ){0,2}nach
  (kurz |freundlich |höflich |noch ?mal )?nachhaken
  (kurze|freundliche|kleine) (Erinnerung|Nachfrage)
  (melde mich|schreibe|wende mich) (noch ?mal|nochmals|erneut|wieder)
  (bezüglich|zu|wegen) meiner (letzten|vorherigen|früheren) (Nachricht|Mail|E-Mail)
  (Ihnen|dir|Sie|dich) (schon |bereits )?([\\wÀ-ÿ]+ ){0,3}${CONTACTED}
  falls (meine Nachricht|meine Mail|sie|es) (untergegangen|verloren gegangen) ist
  (meine|die) (letzten|vorherigen|beiden|zwei) (Nachrichten|Mails|E-Mails)
  (zweite|dritte|vierte)[nrs]? (Nachricht|Mail|Versuch|Anlauf)
  (wollte|möchte) (noch ?mal|nur) (kurz )?nachfragen
  zum (zweiten|dritten|vierten|fünften|wiederholten|x-ten) Mal
`;

/**
 * "Ich habe Ihnen schon zweimal geschrieben": German puts the count before the verb, so the match ends
 * where the verb begins (a lookahead) and its group holds the words between, where a count may stand.
 */
export const CONTACT_VERB = `(?<![\\wÀ-ÿ])(?:Ihnen|dir|Sie|dich) (?:schon |bereits )?((?:[\\wÀ-ÿ-]+ ){0,3})(?=(?:${CONTACTED.slice(1, -1)})(?![\\wÀ-ÿ]))`;

/** A count of contacts; the second group holds digits. Counts in words ("zweimal") are read as one. */
export const QUANTIFIER = String.raw`(?<![\wÀ-ÿ])(einmal|zweimal|dreimal|viermal|fünfmal|mehrmals|mehrfach|x-mal|ein paar Mal|schon öfter|(\d{1,2}) ?-?mal|(?:meine|die) (?:letzten|vorherigen|beiden|zwei|drei) (?:letzten )?(?:Nachrichten|Mails|E-Mails))(?![\wÀ-ÿ])`;

/** A bump that says it is not the first: "ich melde mich nochmals", "meine beiden letzten Nachrichten". */
export const REPEATED_BUMP = String.raw`(?<![\wÀ-ÿ])(?:(?:melde mich|hake|frage|schreibe) (?:noch ?mal|nochmals|erneut|wieder)|(?:noch ?mal|nochmals|erneut) (?:nachhaken|nachfragen|melden)|meine (?:beiden |zwei |drei |letzten |vorherigen |früheren ){1,2}(?:Nachrichten|Mails|E-Mails))(?![\wÀ-ÿ])`;

/** "Meine dritte Nachricht": the first group is the ordinal word. */
export const ORDINAL_MESSAGE = String.raw`(?<![\wÀ-ÿ])(zweite|dritte|vierte|fünfte)[nrs]? (?:Nachricht|Mail|E-Mail|Versuch|Anlauf|Mal)(?![\wÀ-ÿ])`;

/** Template text left in: "[Vorname]", "{{firma}}", "<Name>", "%STELLE%", "XXX", "Herr Mustermann". */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  [
    '[',
    {
      source: String.raw`\[(?:Ihr |Ihre |dein |deine )?(?:Vorname|Nachname|Name|vollständiger Name|Firma|Firmenname|Unternehmen|Stelle|Position|Stellenbezeichnung|Jobtitel|Titel|Team|Abteilung|Datum|Link|Ansprechpartner|Ansprechpartnerin|Empfänger|Empfängerin)\](?!\()`,
      flags: 'i',
    },
  ],
  [
    '[',
    {
      source: String.raw`\[(?:hier )?(?:einfügen|ergänzen|eintragen|ausfüllen)\b[^\]\n]{0,40}\]|\[[^\]\n]{0,40} einfügen\]`,
      flags: 'i',
    },
  ],
  ['[', { source: String.raw`\[[A-ZÄÖÜ][A-ZÄÖÜ_ ]{2,30}\](?!\()`, flags: '' }],
  ['{', { source: String.raw`\{\{?\s*[a-zäöüß][a-zäöüß_. ]{0,30}\s*\}?\}`, flags: 'i' }],
  [
    '<',
    {
      source: String.raw`<(?:vorname|nachname|name|firma|unternehmen|stelle|position|ihr name|einfügen[^<>\n]{0,30})>`,
      flags: 'i',
    },
  ],
  ['%', { source: '%[A-ZÄÖÜ_]{2,30}%', flags: '' }],
  ['XXX', { source: String.raw`\bX{3,}\b`, flags: '' }],
  ['(', { source: String.raw`\((?:Vorname|Nachname|Name|Firma|Unternehmen|Stelle|Stellenbezeichnung)\)`, flags: 'i' }],
  ['Muster', { source: String.raw`\bMuster(?:mann|frau|firma|unternehmen|GmbH|AG|stadt)\b`, flags: '' }],
  [' X', { source: String.raw`\b(?:bei|in) (?:der )?(?:Firma|Unternehmen) X\b`, flags: 'i' }],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a client, a relative. */
export const ON_BEHALF = `
  (ich betreue|wir betreuen|ich arbeite mit|wir arbeiten mit) (derzeit |aktuell )?(mehrere|einige|verschiedene) (Profile|Kandidat(inn)?en)
  (mein|meine) ([\\wÀ-ÿ]+ )?(Sohn|Tochter|Neffe|Nichte|Bruder|Schwester|Cousin|Cousine|Freund|Freundin|Partner|Partnerin|Mann|Frau|Mitbewohner|Mitbewohnerin|Nachbar|Nachbarin|Patenkind) (hat gerade|hat eben|ist auf der Suche|sucht|braucht|würde gern|möchte|hat (sein|ihr) [\\wÀ-ÿ]+ (abgeschlossen|beendet))
  (ihm|ihr|ihnen) (einen|eine) (Job|Stelle|Arbeit|Ausbildungsplatz|Praktikumsplatz|Praktikum) (besorgen|verschaffen|vermitteln|geben)
  (könnten Sie|kannst du|würden Sie|würdest du) (ihn|sie) (bitte )?(empfehlen|weiterempfehlen|vorschlagen)
  (zu schüchtern|zu nervös),? um (Sie|dich) (selbst )?zu fragen
  traut sich nicht,? (Sie|dich) (selbst )?zu fragen
  im (Auftrag|Namen) (meines|meiner|unseres|unserer|eines|einer) (Mandanten|Mandantin|Kunden|Kundin|Kandidaten|Kandidatin|Klienten|Klientin)
  (mein|meine|unser|unsere) (Mandant|Mandantin|Kandidat|Kandidatin|Klient|Klientin) (ist|hat|würde|sucht|möchte)
  # "ich betreue aktuell einen sehr erfahrenen Kandidaten": one candidate of a recruiter's, unnamed
  (ich betreue|wir betreuen|ich vertrete|wir vertreten) (derzeit |aktuell |gerade )?(einen|eine) ([\\wÀ-ÿ]+ ){0,3}(Kandidaten|Kandidatin|Bewerber|Bewerberin)
  # an agency named as where the writer worked ("während meines Praktikums bei einer Personalvermittlung") is their past, not their trade
  (?<!(bei|in|für) (einer|einem|der) )(Personalvermittlung|Personalberatung|Personalberater|Personalberaterin|Headhunter|Vermittlungsagentur|Vermittlungsprovision|Vermittlungsgebühr|Provisionsvereinbarung)
  # the candidate kept anonymous: "ihren Namen darf ich noch nicht nennen"
  (seinen|ihren) Namen (darf|kann) ich (Ihnen |dir )?(noch |leider noch |leider )?nicht (nennen|verraten|mitteilen|weitergeben)
  (vertrete|vertreten) (einen|eine|mehrere) (Kandidaten|Kandidatin|Bewerber|Bewerberin|Fachkräfte|Entwickler)
  (schreibe|melde mich) (im Namen|für) (meines|meiner|meinen|meine) ([\\wÀ-ÿ]+ )?(Sohnes|Tochter|Bruders|Schwester|Freundes|Freundin|Neffen|Nichte|Sohn|Bruder|Freund)
`;

/** Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction. */
export const NOT_A_REFERRAL = `
  (als|meine) (Referenz|Referenzperson) (zur Verfügung stehen|angeben|dienen|fungieren)
  (ein|eine|das) (Arbeitszeugnis|Referenzschreiben|Empfehlungsschreiben)
  (Referenz|Referenzperson) für mich
  wer (bei Ihnen |bei euch |bei dir )?(ist )?(für )?(den |die )?(Einkauf|Beschaffung|Lieferanten|Partnerschaften|Lohnabrechnung) (zuständig|verantwortlich)
  (zuständig|verantwortlich) für (den |die )?(Einkauf|Beschaffung|Lieferanten|Partnerschaften)
  (kurze |kleine )?(Demo|Produktdemo) (zeigen|vorstellen|vereinbaren)
  (Geschäftsmöglichkeit|Partnerschaftsanfrage|Kooperationsanfrage|Investitionsmöglichkeit|Vertriebspartnerschaft)
  wir sind (ein|eine) ([\\wÀ-ÿ-]+ ){0,2}(Anbieter|Lieferant|Hersteller|Händler|Distributor|Dienstleister)
  (eine Spende|spenden möchten|spenden wollen)
`;

/** Asks to be sent to someone who does a thing for them, read only in sentences with no talk of a job. */
export const SERVICE_ASK = `
  (mit|an) (der Person|jemandem|jemanden|demjenigen|derjenigen)( [\\wÀ-ÿ]+)?,? (die|der|den) (für )?([\\wÀ-ÿ-]+ ){0,2}(Einkauf|Beschaffung|Lieferanten|Abrechnung|Verträge|Versicherung|Erstattung|Bestellungen?)
  (mit|an) (jemandem|jemanden|der Person)( [\\wÀ-ÿ]+)?,? (die|der) (mir )?([\\wÀ-ÿ-]+ ){0,3}(helfen|weiterhelfen|beschleunigen|klären|übersetzen|freigeben|bearbeiten) (kann|könnte)
  (an|mit) (einen|eine|Ihren|Ihre|deinen|deine|einem|einer) (Arzt|Ärztin|Anwalt|Anwältin|Notar|Notarin|Techniker|Berater|Beraterin|Spezialisten) (verweisen|vermitteln|verbinden)
`;

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK = String.raw`(?<![\wÀ-ÿ])(?:(?<!ich )Stellen?(?! (?:mich|ich|euch|uns|Ihnen|dir|fest|sicher|vor)\b)|Stellenanzeigen?|Stellenangebot|Jobs?|Bewerbung(?:en)?|bewerbe|beworben|Vorstellungsgespräch(?:e)?|Lebenslauf|CV|Positionen?|Rolle|Recruiting|Recruiter(?:in)?|Ausschreibung|Praktikum|Werkstudent(?:in)?|Festanstellung|Einstellung|eingestellt)(?![\wÀ-ÿ])`;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST = String.raw`(?:^|\s)@(?:here|channel|everyone|alle)\b|(?<![\wÀ-ÿ])(?:hallo|hi|hey|liebe|servus|moin) (?:zusammen|alle|allerseits|in die Runde|Leute)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(?:schreibe|kontaktiere|frage|schicke diese Nachricht an) (?:mehrere|viele|einige|alle|möglichst viele) (?:Leute|Personen|Kontakte|Mitarbeitende|Mitarbeiter)(?![\wÀ-ÿ])`;

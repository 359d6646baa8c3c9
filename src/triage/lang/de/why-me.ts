/**
 * German phrase data: Why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * German puts the participle last ("Sie haben das Payments-Team aufgebaut"), so a few words may stand between.
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

/** What the referrer made or did that a candidate can point to: "Ihr Vortrag über…", "dein Artikel zu…". */
export const REFERRER_WORK = wordAlternation(`
  Arbeit | Werdegang | Erfahrung | Team | Rolle | Vortrag | Talk | Beitrag | Post | Artikel | Blog | Blogpost | Video
  Buch | Launch | Projekt | Forschung | Panel | Podcast | Newsletter | Thread | Session | Keynote | Paper | Workshop
  Webinar | Kurs | Vorlesung | Präsentation | Seminar | Folge | Leitfaden | Bericht | Interview | Kolumne | Wechsel | Weg
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  Arbeit | Vortrag | Talk | Beitrag | Artikel | Projekt | Team | Podcast | Keynote | Panel | Werdegang
`);

export const REFERRER_DID = wordAlternation(`
  geleitet | aufgebaut | gegründet | gestartet | gelauncht | entwickelt | geschrieben | veröffentlicht | gehalten
  präsentiert | organisiert | moderiert | geteilt | gepostet | eingestellt | betreut | gecoacht | mitgewirkt
  verantwortet | skaliert | designt | entworfen | unterrichtet | empfohlen | geholfen | gewechselt | vorgestellt
`);

export const SEEN_WORK = wordAlternation(`
  Vortrag | Talk | Beitrag | Post | Artikel | Panel | Podcast | Arbeit | Paper | Thread | Kommentar | Session
  Webinar | Workshop | Vorlesung | Präsentation | Seminar | Folge | Meetup | Keynote | Demo | Newsletter
  Interview | Blog | Buch | Video | Kurs | Repo | Bibliothek | Projekt | Masterclass
`);

const CAP = String.raw`[A-ZÄÖÜ][\p{L}'-]+`;
const WORD = String.raw`[\wÀ-ÿ-]+`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "der Nachbar deiner Eltern", "eine Freundin Ihrer Mutter".
  {
    source: String.raw`(?<![\p{L}])(?:Freund(?:in)?|Nachbar(?:in)?|Kolleg(?:e|in)|Klassenkamerad(?:in)?|Bekannte[rn]?) (?:deiner|deines|Ihrer|Ihres) (?:Eltern|Mutter|Vaters|Tochter|Sohnes|Schwester|Bruders|Frau|Mannes|Familie|Tante|Onkels)(?![\p{L}])`,
    flags: 'iu',
  },
  // A course shared, or an offer to get in touch: "wir kennen uns vom Lehrgang", "mir angeboten, mich bei Ihnen zu melden".
  {
    source: String.raw`(?<![\p{L}])(?:wir kennen uns (?:(?:flüchtig|gut|noch|ja|schon|persönlich|entfernt|nur|übrigens) )?(?:vom|von der|von einem|von einer|aus dem|aus der|seit)|(?:mir|uns) (?:damals )?angeboten, (?:mich|uns) bei (?:Ihnen|dir) zu melden)`,
    flags: 'iu',
  },
  {
    // "Ihre Kollegin Anna Weber hat mir geraten…", "dein Teamleiter Jonas meinte…"
    source: String.raw`(?<![\p{L}])(?:Ihr|Ihre|dein|deine) (?:ehemalige[rn]? )?(?:Kollege|Kollegin|Teamkollege|Teamkollegin|Manager|Managerin|Teamleiter|Teamleiterin|Chef|Chefin|Mitarbeiter|Mitarbeiterin) ${CAP}(?: ${CAP})?,? (?:hat|meinte|sagte|empfahl|riet|ist|war|und ich|arbeitet)\b`,
    flags: 'u',
  },
  {
    // "Anna Weber hat mir geraten, mich bei Ihnen zu melden"
    source: String.raw`\b${CAP}(?: ${CAP})? (?:hat|hatte) mir (?:geraten|empfohlen|vorgeschlagen|nahegelegt|gesagt)\b`,
    flags: 'u',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:Ihren|deinen|Ihre|deine|Ihr|dein|Ihrem|deinem|Ihrer|deiner) (?:${WORD} )?${REFERRER_WORK}(?:e|en|s|n)? (?:über|zu|zum|zur|bei|auf|im|in|von|rund um)(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:Sie haben|du hast|hast du|haben Sie) (?:${WORD} ){0,5}?${REFERRER_DID}(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:Sie sind|du bist) (?:im|in der|bei|Leiter|Leiterin|verantwortlich|zuständig|Teil|Teamleiter|Teamleiterin)(?![\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])wir (?:haben|hatten) (?:schon |bereits |mal |damals |früher |vor (?:ein paar|einigen|zwei|drei|vier|fünf|vielen|\d+) Jahren )?(?:zusammen|gemeinsam)|(?<![\wÀ-ÿ])wir (?:kennen uns|haben uns) (?:[\wÀ-ÿ-]+ ){0,14}?(?:kennengelernt|getroffen|gesprochen|unterhalten|von|aus|über)(?![\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:Ihren|deinen|Ihre|deine|Ihr|dein) (?:${WORD} ){0,2}?${SEEN_WORK}(?:e|en|s|n)? (?:${WORD} ){0,6}?(?:gelesen|gesehen|gehört|angeschaut|angesehen|verfolgt|besucht|entdeckt)(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    phrases: `
    (geraten|empfohlen|vorgeschlagen|nahegelegt),? (mich )?(an (Sie|dich) zu wenden|bei (Ihnen|dir) zu melden|(Ihnen|dir) zu schreiben|(Sie|dich) zu kontaktieren|(Sie|dich) anzuschreiben)
    (meinte|sagte|sagt|meint),? (Sie|du) (wären|wärst|seien|seist|sind|bist) (die richtige|der richtige|genau die richtige|genau der richtige) (Person|Ansprechpartner|Ansprechpartnerin|Ansprechperson)
    (hat|gab) mir (Ihren|deinen) (Namen|Kontakt|Nummer|E-Mail)
    (wir waren|waren wir) ([\\wÀ-ÿ-]+ ){0,3}zusammen (im|in der|in einer|beim|auf der|an der|bei)
    (Sie waren|du warst) (meine |mein )?(Mentor|Mentorin|Dozent|Dozentin|Professor|Professorin|Betreuer|Betreuerin|Ausbilder|Ausbilderin|Referent|Referentin|Trainer|Trainerin) (in|bei|im|an|für)
    lange nichts (mehr )?(voneinander )?gehört
    (Ihren|deinen|Ihre|deine) (Namen|Kontakt|Kontaktdaten|Nummer|E-Mail-Adresse|Adresse) (habe|hab|bekam|erhielt) ich von
    (wir waren|waren wir) (im|in der|beim|auf der|an der) (selben|gleichen) (Team|Jahrgang|Kurs|Studiengang|Firma|Uni|Schule|Projekt|Bootcamp|Abteilung)
    (habe|hab) (mit (Ihnen|dir)|in (Ihrem|deinem) Team) (zusammen)?gearbeitet
    (ich war|ich habe) (in|bei) (Ihrem|deinem) (Team|Projekt|Bereich)
    (Sie haben|du hast) mich (damals )?(betreut|eingearbeitet|ausgebildet|eingestellt|gecoacht|unterrichtet|gefördert)
    (ich war|war ich) (Ihr|Ihre|dein|deine) (Praktikant|Praktikantin|Werkstudent|Werkstudentin|Student|Studentin|Azubi|Auszubildende|Mentee|Kollege|Kollegin)
    (beide|wir beide) (Alumni|Absolventen|Absolventinnen|ehemalige) (der|von|des)
    (Alumni|Ehemaligen)[- ]?(Netzwerk|Verteiler|Gruppe|Verein)
    (habe|hab) (Sie|dich) (auf|bei|beim|in|während) ([\\wÀ-ÿ-]+ ){0,3}(kennengelernt|getroffen|gehört|gesehen|sprechen hören)
    (danke|vielen Dank) (an [A-Z][\\wÀ-ÿ-]+ )?für (die|das) (Vorstellung|Kennenlernen|Vernetzung|Intro)
    (spricht|sprach|redet) (sehr |nur )?(gut|positiv|in höchsten Tönen) (von|über) (Ihnen|dich|dir)
    (Sie|du) (hatten|hattest) mir (damals )?(gesagt|geraten|angeboten)
    (mein|meine) (Onkel|Tante|Vater|Mutter|Bruder|Schwester|Cousin|Cousine|Freund|Freundin|Nachbar|Nachbarin) [A-Z][\\wÀ-ÿ'-]+ (arbeitet|hat) (mit (Ihnen|dir)|in (Ihrem|deinem) Team|bei (Ihnen|dir))
  `,
  },
  { source: String.raw`\b${CAP}, darf ich (?:Ihnen|dir|euch) ${CAP}(?: ${CAP})? vorstellen`, flags: 'u' },
  // Someone who sent them, named before a clause about them: "Herr Brandl, mit dem Sie gearbeitet haben, hat mir geraten, mich an Sie zu wenden".
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:hat|hatte|haben) mir (?:geraten|empfohlen|vorgeschlagen|nahegelegt),? mich (?:direkt |gern |gerne |ruhig |einfach )?(?:an Sie|an dich|bei Ihnen|bei dir)(?![\wÀ-ÿ])`,
    flags: 'u',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])mit (?:dem|der|denen) (?:Sie|du) (?:${WORD} ){0,6}?(?:zusammengearbeitet|gearbeitet|studiert)(?![\wÀ-ÿ])`,
    flags: 'u',
  },
  // Sent by someone: "Herr Brandl meinte, ich solle mich direkt an Sie wenden", "Florian hat gemeint, du arbeitest bei der Stadt",
  // "Herzlichen Dank, dass Reto uns verbunden hat".
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:meinte|sagte|riet|schrieb),? ich (?:solle|sollte|soll|könne|könnte) mich (?:direkt |gern |gerne |ruhig |einfach )?(?:an Sie|an dich|an euch|bei Ihnen|bei dir|bei euch)|(?:hat|hatte) (?:mir )?(?:gemeint|gesagt|erzählt),? (?:dass )?(?:du|Sie) |dass ${CAP}(?: ${CAP})? uns (?:verbunden|vorgestellt|bekannt gemacht|zusammengebracht|in Kontakt gebracht) ha(?:t|ben)(?![\wÀ-ÿ])`,
    flags: 'u',
  },
  // A shared past: "wir haben beide an der ZHAW studiert", "wir waren beide bei …".
  { source: String.raw`(?<![\wÀ-ÿ])wir (?:haben|hatten|waren|sind) beide(?![\wÀ-ÿ])`, flags: 'iu' },
  // How they got the referrer's contact: "deine Mama hat mir deine Nummer gegeben", "über das Alumni-Netzwerk".
  {
    source: String.raw`(?<![\p{L}])(?:(?:hat|hatte|haben) mir (?:deine|Ihre|eure) (?:Nummer|Handynummer|Telefonnummer|Kontaktdaten|E-Mail|Mail|Adresse|Mailadresse) (?:gegeben|geschickt|weitergegeben|weitergeleitet|vermittelt|gesteckt)|(?:deine|Ihre) (?:Nummer|Kontaktdaten|Adresse|E-Mail) (?:habe ich|hab ich) von)(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:Alumni|Ehemaligen)-?(?:Netzwerk|Gruppe|Liste|Verteiler|Verein|Treffen|Portal)s?(?![\p{L}])`,
    flags: 'iu',
  },
  // A past they shared, or a talk already had: "lange nicht gehört", "seit unserer Zeit bei Siemens", "wie besprochen".
  {
    source: String.raw`(?<![\p{L}])(?:(?:lange|ewig|länger) nicht (?:mehr )?(?:gehört|gesehen|gesprochen)|seit unserer (?:gemeinsamen )?Zeit (?:bei|in|im|an|am)|(?:aus|in) (?:deinem|Ihrem|unserem|dem gleichen|demselben) (?:Jahrgang|Semester|Studiengang)|wie (?:(?:telefonisch|kurz|eben|gestern|vorhin|neulich|am Telefon) )?(?:besprochen|vereinbart|abgesprochen|ausgemacht))(?![\p{L}])`,
    flags: 'iu',
  },
  // Where they met or heard the referrer: "danke fürs Zuhören auf der Fachtagung", "hab in #werkstatt gesehen".
  {
    source: String.raw`(?<![\p{L}])(?:fürs|für das) (?:Zuhören|Gespräch|Kennenlernen|Treffen) (?:auf|bei|in|im|am|an)(?![\p{L}])|(?<![\p{L}])(?:in|im) (?:#[\p{L}\d_-]+|(?:dem |unserem )?(?:Channel|Kanal) [^.!?]{0,30}?) (?:gesehen|gelesen|mitbekommen)(?![\p{L}])`,
    flags: 'iu',
  },
];

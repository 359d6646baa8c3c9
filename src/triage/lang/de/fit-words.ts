import type { FitWords } from '../types.js';

/**
 * German fit vocabulary (see lang/fit-vocabulary.ts): area words, the job nouns of German titles,
 * compounds included ("Softwareentwickler", "Prozessingenieur"), and what a title adds that is not the
 * job ("(m/w/d)", "(w/m/d)", "*in", ":in", "(80–100 %)", "unbefristet").
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    platform:
      'interne Plattform | Entwicklerplattform | interne Werkzeuge | interne Tools | Entwicklerwerkzeuge | kontinuierliche Integration | Deployment | Deployments | Entwicklererfahrung',
    growth:
      'Wachstum | Kundenbindung | Neukundengewinnung | Konversion | Abonnements | Monetarisierung | Preisgestaltung',
    ai: 'künstliche Intelligenz | maschinelles Lernen | generative KI | KI | Sprachmodelle | Bildverarbeitung',
    ads: 'Werbung | Anzeigen | Werbetreibende',
    enterprise: 'Geschäftskunden | Unternehmenskunden | Berechtigungen | Kundenverwaltung',
    consumer: 'Endkunden | soziale Netzwerke | Spiele | Community',
    payments:
      'Zahlungen | Zahlungsverkehr | Zahlungsarten | Zahlungsdienst | Bezahlung | Abrechnung | Rechnungsstellung | Kreditkarten | Warenkorb | Betrugsprüfung',
    marketplaces:
      'Onlinehandel | Online-Shop | Onlineshop | Warenkorb | Katalog | Logistik | letzte Meile | Lieferungen | Bestellungen',
    data: 'Datenanalyse | Datenplattform | Datenengineering | Data Science | Datenqualität | Dashboards | Business Intelligence | Berichtswesen',
    security:
      'Sicherheit | IT-Sicherheit | Cybersicherheit | Datenschutz | Identität | Authentifizierung | Betrug | Betrugserkennung | Betrugsprävention | Compliance',
    mobile: 'mobile | App | Apps | mobile Anwendungen',
    design: 'Designsystem | Barrierefreiheit | Oberflächengestaltung | Produktdesign | Benutzerfreundlichkeit',
    research: 'Nutzerforschung | Nutzerinterviews | UX-Forschung',
    marketing: 'Marke | Kommunikation | Kampagnen | Inhalte',
    infrastructure:
      'Infrastruktur | Zuverlässigkeit | Cloud | Observability | Monitoring | Rufbereitschaft | Verfügbarkeit | Datenbanken | verteilte Systeme',
    search: 'Suche | Suchmaschine | Empfehlungen | Personalisierung',
    productivity: 'Produktivität | Zusammenarbeit',
    health:
      'Gesundheit | Gesundheitswesen | klinisch | Klinik | Krankenhaus | Patienten | Telemedizin | Medizintechnik',
    education: 'Bildung | Ausbildung | Weiterbildung | Studierende | Schüler | Kurse',
    hardware: 'Hardware | Geräte | Firmware | eingebettete Systeme | Embedded | Elektronik | Robotik',
  },
  JOB_NOUNS: {
    developer: 'entwickler entwicklerin entwicklerinnen programmierer programmiererin',
    engineer: 'ingenieur ingenieurin',
    manager: 'leiter leiterin leitung manager managerin verantwortlicher verantwortliche',
    lead: 'teamleiter teamleiterin',
    coordinator: 'koordinator koordinatorin',
    analyst: 'analyst analystin',
    designer: 'designer designerin gestalter gestalterin',
    scientist: 'wissenschaftler wissenschaftlerin',
    specialist: 'spezialist spezialistin referent referentin sachbearbeiter sachbearbeiterin',
    consultant: 'berater beraterin',
    technician: 'techniker technikerin',
    assistant: 'assistent assistentin',
    nurse: 'pflegefachkraft pflegefachfrau pflegefachmann krankenpfleger krankenschwester',
    accountant: 'buchhalter buchhalterin',
    buyer: 'einkäufer einkäuferin',
    teacher: 'lehrer lehrerin',
    representative: 'vertriebler vertrieblerin außendienstler',
  },
  TITLE_MARKERS: String.raw`\((?:[mwdfx]\s?\/\s?){2,3}[mwdfx]?\)|(?<=\p{L})(?:\*in(?:nen)?|:in(?:nen)?|\/in(?:nen)?|\(in\)|In(?=\s|$))(?!\p{L})|\(\d{2,3}\s?[–-]\s?\d{2,3}\s?%\)|\(?\d{2,3}\s?%\)?(?!\S)|(?<![\p{L}])(?:unbefristet|Vollzeit|Teilzeit|Junior|Senior)(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:ich bin|ich arbeite als|ich war|arbeite ich als|bin ich)(?: derzeit| aktuell| seit \S+ \S+)? (?:als )?([\p{L}&-]+(?: (?!(?:bei|beim|für|seit)(?![\p{L}]))[\p{L}&-]+){0,4})`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:(?:mir ist klar|ich weiß|ich weiss)(?:,)? dass [^.!?]{0,80}?(?:etwas anderes|eine andere Welt|ein anderes Feld|ein anderer Beruf|ganz anders|neu für mich) ist|(?:wäre|ist) (?:noch )?neu für mich|nicht (?:ganz |wirklich )?mein Fachgebiet|(?:keine|noch keine|wenig) (?:direkte |praktische )?Erfahrung (?:in|im|mit)|Quereinst(?:ieg|eiger|eigerin)|Branchenwechsel|Berufswechsel|mir ist klar, dass das ein Sprung ist)(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:ich habe (?:noch )?(?:nie|nicht|keine)(?: direkt)? (?:mit|an|in|im)\b[^.!?;]{0,60}?(?:gearbeitet|entwickelt|gebaut|geleitet|zu tun gehabt)|(?:mit|an|in) [^.!?;]{1,60} habe ich (?:noch )?(?:nie|nicht|keine Erfahrung))(?![\p{L}])`,
};

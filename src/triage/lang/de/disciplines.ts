import { LIST as EN } from '../en/disciplines.js';
import type { Discipline } from '../types.js';

/** English's disciplines by id: one id, one label, one family in every language. */
function d(id: string): Discipline {
  const found = EN.find(([discipline]) => discipline.id === id);
  if (!found) throw new Error(`no discipline ${id}`);
  return found[0];
}

/**
 * The disciplines fit knows, named in German: job titles as German postings write them
 * ("Softwareentwickler (m/w/d)", "Pflegefachkraft", "Entwickler*in"; the suffix after the noun is
 * left to the reader). Phrases are split on " | " and read between `\b`s, which JavaScript draws only
 * around ASCII letters: a title that starts with an umlaut ("Übersetzer") is read only after a word.
 */
export const LIST: Array<[Discipline, string]> = [
  [
    d('pm'),
    'Produktmanager(in|innen)? | Product Manager(in)? | Product Owner(in)? | Produktmanagement | Produktverantwortliche[rn]?',
  ],
  [
    d('design'),
    'Designer(in|innen)? | UX[-/ ]?Designer(in)? | UI[-/ ]?Designer(in)? | Produktdesign(er|erin)? | Mediengestalter(in)? | Kommunikationsdesigner(in)? | UX[- ]Research(er|erin)?',
  ],
  [
    d('frontend'),
    'Frontend[- ]?Entwickler(in|innen)? | Frontend[- ]?Engineer(in)? | Webentwickler(in|innen)? | Frontend[- ]?Entwicklung',
  ],
  [d('backend'), 'Backend[- ]?Entwickler(in|innen)? | Backend[- ]?Engineer(in)? | Backend[- ]?Entwicklung | Backend'],
  [d('mobile'), '(Mobile|App|iOS|Android)[- ]?Entwickler(in|innen)? | (App|Mobile)[- ]?Entwicklung'],
  [d('data-engineering'), 'Data Engineer(in)? | Dateningenieur(in)? | Data[- ]Engineering'],
  [
    d('infrastructure'),
    'DevOps([- ]Engineer(in)?)? | Systemadministrator(in|en)? | Cloud[- ]?(Engineer|Architekt|Ingenieur)(in)? | Plattform[- ]?Engineer(in)? | Site Reliability | SRE | Infrastruktur[- ]?(Engineer|Ingenieur)(in)?',
  ],
  [
    d('security'),
    'IT[- ]?Sicherheit | Informationssicherheit | Security[- ]?Engineer(in)? | Sicherheitsingenieur(in)? | IT[- ]?Security | Cyber[- ]?Security | Penetrationstester(in)? | Informationssicherheitsbeauftragte[rn]?',
  ],
  [d('ml'), 'Machine[- ]Learning[- ]Engineer(in)? | ML[- ]Engineer(in)? | KI[- ]?(Entwickler|Engineer|Ingenieur)(in)?'],
  [
    d('software'),
    'Softwareentwickler(in|innen)? | Software[- ]Entwickler(in)? | Softwareingenieur(in|e)? | Software[- ]?Engineer(in)? | Softwareentwicklung | Anwendungsentwickler(in)? | Fachinformatiker(in)? | Programmierer(in)? | Informatiker(in)? | Entwickler(in|innen)?',
  ],
  [
    d('data'),
    'Datenanalyst(in|en)? | Data Analyst(in)? | Data Scientist(in)? | Datenwissenschaftler(in)? | Business Intelligence | BI[- ]Analyst(in)? | Datenanalyse',
  ],
  [
    d('finance'),
    'Controller(in)? | Controlling | Buchhalter(in)? | Buchhaltung | Finanzbuchhalter(in)? | Finanzbuchhaltung | Finanzanalyst(in)? | Rechnungswesen | Treasury | Bilanzbuchhalter(in)?',
  ],
  [
    d('sales'),
    'Vertrieb | Vertriebsmitarbeiter(in)? | Vertriebler(in)? | Account Executive | Account Manager(in)? | Key Account Manager(in)? | Außendienst(mitarbeiter|mitarbeiterin)? | Vertriebsinnendienst | Vertriebsleiter(in)? | Business Development',
  ],
  [
    d('support'),
    'Kundenservice | Kundendienst | Kundensupport | Kundenbetreuung | Kundenberater(in)? | Customer Success | Support[- ]?Mitarbeiter(in)? | IT[- ]?Support | Helpdesk | Service[- ]?Desk | First[- ]Level[- ]Support | Callcenter',
  ],
  [
    d('marketing'),
    'Marketing[- ]?Manager(in)? | Online[- ]?Marketing | Performance[- ]?Marketing | Content[- ]?Marketing | Marketingabteilung | Marketingleiter(in)? | Produktmarketing | SEO | Marketing(?=[- ]?(Team|Abteilung))',
  ],
  [
    d('recruiting'),
    'Recruiter(in)? | Recruiting | Personalbeschaffung | Talent Acquisition | Personalberater(in)? | Talent[- ]?Sourcer(in)?',
  ],
  [
    d('nursing'),
    'Pflegefachkraft | Pflegefachkräfte | Pflegefachfrau | Pflegefachmann | Gesundheits- und Krankenpfleger(in)? | Krankenpfleger(in)? | Krankenschwester(n)? | Pflegekraft | Pflegekräfte | Pflegedienstleitung | Stationsleitung | Altenpfleger(in)? | Pflegedienst',
  ],
  [d('labor-delivery'), 'Hebamme(n)? | Entbindungspfleger | Kreißsaal | Geburtshilfe'],
  [
    d('critical-care'),
    'Intensivpfleger(in)? | Intensivpflege | Intensivstation | Fachkrankenpfleger(in)? für Intensiv(pflege| und Anästhesie)?',
  ],
  [d('med-surg'), 'Pflegefachkraft (für die|auf der|in der) (Chirurgie|Inneren|Normalstation) | Normalstation'],
  [d('emergency-nursing'), 'Notaufnahme | Notfallpflege | Zentrale Notaufnahme'],
  [d('pharmacy'), 'Apotheker(in|innen)? | Apotheke | PTA | pharmazeutisch-technische[rn]? Assistent(in)?'],
  [
    d('clinical-pharmacy'),
    'Krankenhausapotheker(in)? | Klinikapotheker(in)? | Stationsapotheker(in)? | klinische Pharmazie | Krankenhausapotheke',
  ],
  [d('dietetics'), 'Diätassistent(in)? | Ernährungsberater(in)? | Ernährungswissenschaftler(in)? | Ernährungstherapie'],
  [
    d('warehouse'),
    'Lagerist(in)? | Lagermitarbeiter(in)? | Lagerleiter(in)? | Lagerlogistik | Fachkraft für Lagerlogistik | Kommissionierer(in)? | Logistikzentrum | Verteilzentrum | Versandlager',
  ],
  [
    d('retail'),
    'Filialleiter(in)? | Filialleitung | Leiter(/in|in)? (der )?Filiale | Marktleiter(in)? | Marktleitung | Einzelhandel | Store ?Manager(in)? | Kaufmann im Einzelhandel | Kauffrau im Einzelhandel',
  ],
  [
    d('mechanical'),
    'Maschinenbauingenieur(in)? | Maschinenbau | Konstrukteur(in)? | Ingenieur(in)? (für|im) Maschinenbau | Entwicklungsingenieur(in)? Mechanik',
  ],
  [d('physical-therapy'), 'Physiotherapeut(in|innen|en)? | Physiotherapie | Krankengymnast(in)?'],
  [d('occupational-therapy'), 'Ergotherapeut(in|innen|en)? | Ergotherapie | Handtherapie'],
  [d('speech-therapy'), 'Logopäde | Logopädin | Logopäden | Logopädie | Sprachtherapeut(in)?'],
  [
    d('counseling'),
    'Psychotherapeut(in|innen|en)? | Psychologe | Psychologin | Psycholog(en|innen) | psychologische[rn]? Berater(in)? | Suchtberater(in)?',
  ],
  [
    d('legal'),
    'Jurist(in|en|innen)? | Syndikusrechtsanwalt | Syndikusrechtsanwältin | Rechtsanwalt | Rechtsanwältin | Anwalt | Anwältin | Rechtsabteilung | Legal Counsel | Unternehmensjurist(in)?',
  ],
  [d('paralegal'), 'Rechtsanwaltsfachangestellte[rn]? | ReFa | Paralegal'],
  [
    d('case-management'),
    'Sozialarbeiter(in|innen)? | Sozialpädagog(e|in|en|innen) | Soziale Arbeit | Fallmanager(in)? | Case Manager(in)?',
  ],
  [d('construction'), 'Bauleiter(in)? | Oberbauleiter(in)? | Bauleitung | Polier(in)? | Bauüberwachung'],
  [
    d('architecture'),
    'Architekt(in)? (für|im) Hochbau | Hochbauarchitekt(in)? | Landschaftsarchitekt(in)? | Innenarchitekt(in)? | Architekturbüro',
  ],
  [
    d('culinary'),
    'Koch | Köchin | Köche | Küchenchef(in)? | Küchenleitung | Küchenleiter(in)? | Sous[- ]?Chef | Chefkoch | Chefköchin | Jungkoch | Beikoch | Konditor(in)? | Küchenhilfe',
  ],
  [
    d('front-of-house'),
    'Servicekraft | Servicekräfte | Kellner(in)? | Barkeeper(in)? | Sommelier(e)? | Restaurantfachmann | Restaurantfachfrau | Oberkellner(in)? | Chef de Rang',
  ],
  [
    d('procurement'),
    'Einkäufer(in)? | Strategischer Einkauf | Einkauf | Beschaffung | Einkaufsleiter(in)? | Category Manager(in)?',
  ],
  [
    d('logistics'),
    'Disponent(in)? | Logistiker(in)? | Speditionskaufmann | Speditionskauffrau | Logistikmanager(in)? | Transportplaner(in)? | Fuhrparkleiter(in)? | Transportlogistik',
  ],
  [
    d('quality'),
    'Qualitätsingenieur(in)? | Qualitätsmanagement | Qualitätssicherung | Qualitätsmanager(in)? | Qualitätsprüfer(in)? | Lieferantenqualität',
  ],
  [
    d('tooling'),
    'Prozessingenieur(in)? | Fertigungsingenieur(in)? | Werkzeugkonstrukteur(in)? | Werkzeugmacher(in)? | Arbeitsvorbereitung | Verfahrenstechniker(in)?',
  ],
  [
    d('reporting'),
    'Journalist(in|en|innen)? | Redakteur(in|e|innen)? | Volontär(in)? | Redaktion | Chefredakteur(in)? | Korrespondent(in)?',
  ],
  [
    d('photography'),
    'Fotograf(in|en|innen)? | Bildredakteur(in)? | Fotojournalist(in)? | Videograf(in)? | Kameramann | Kamerafrau',
  ],
  [
    d('claims'),
    'Schadenregulierer(in)? | Schadensachbearbeiter(in)? | Schadenmanagement | Schadenbearbeitung | Schadensregulierung | Kfz[- ]?Sachverständige[rn]?',
  ],
  [d('underwriting'), 'Underwriter(in)? | Underwriting | Risikoprüfer(in)? | Risikoprüfung'],
  [
    d('veterinary'),
    'Tierarzt | Tierärztin | Tierärzte | Tiermedizinische[rn]? Fachangestellte[rn]? | TFA | Tierklinik | Tiermedizin',
  ],
  [
    d('aircraft-maintenance'),
    'Fluggerätmechaniker(in)? | Fluggeräteelektroniker(in)? | Flugzeugmechaniker(in)? | Luftfahrzeugtechnik | Flugzeugwartung | Line Maintenance',
  ],
  [d('cabin-crew'), 'Flugbegleiter(in|innen)? | Kabinenpersonal | Purser(ette)? | Kabinenchef(in)?'],
  [
    d('flight-deck'),
    'Pilot(in|en|innen)? | Verkehrspilot(in)? | Flugkapitän(in)? | Erster Offizier | Erste Offizierin | Copilot(in)?',
  ],
  [
    d('dental'),
    'Zahnarzt | Zahnärztin | Zahnärzte | Zahnmedizinische[rn]? Fachangestellte[rn]? | ZFA | Dentalhygieniker(in)? | Kieferorthopäde | Kieferorthopädin | Zahnarztpraxis',
  ],
  [d('civil'), 'Bauingenieur(in|e|innen)? | Bauingenieurwesen | Tiefbau | Straßenbau | Verkehrsplaner(in)?'],
  [d('structural'), 'Tragwerksplaner(in)? | Statiker(in)? | Tragwerksplanung | Tragwerksingenieur(in)?'],
  [
    d('events'),
    'Eventmanager(in)? | Veranstaltungsplaner(in)? | Eventplaner(in)? | Veranstaltungskaufmann | Veranstaltungskauffrau | Eventmanagement | Veranstaltungsmanagement',
  ],
  [
    d('property-management'),
    'Immobilienverwalter(in)? | Hausverwalter(in)? | Hausverwaltung | Property Manager(in)? | Objektmanager(in)? | Immobilienkaufmann | Immobilienkauffrau',
  ],
  [
    d('lending'),
    'Kreditberater(in)? | Kreditsachbearbeiter(in)? | Baufinanzierungsberater(in)? | Baufinanzierung | Kreditanalyst(in)? | Finanzierungsberater(in)?',
  ],
  [
    d('branch-banking'),
    'Bankkaufmann | Bankkauffrau | Bankberater(in)? | Privatkundenberater(in)? | Filialleiter(in)? Bank',
  ],
  [d('ems'), 'Notfallsanitäter(in)? | Rettungssanitäter(in)? | Rettungsdienst | Rettungsassistent(in)?'],
  [
    d('field-service'),
    'Servicetechniker(in)? | Kundendiensttechniker(in)? | Anlagenmechaniker(in)?( SHK)? | Kältetechniker(in)? | Heizungsbauer(in)? | SHK',
  ],
  [d('installation'), 'Monteur(in|e|innen)? | Installateur(in|e)? | Montageteam | Elektroinstallateur(in)?'],
  [d('merchandising'), 'Merchandiser(in)? | Merchandise[- ]Planer(in)? | Warenplanung | Sortimentsplaner(in)?'],
  [d('admissions'), 'Zulassungsstelle | Studierendensekretariat | Zulassungsbüro'],
  [d('interpreting'), 'Dolmetscher(in|innen)? | Dolmetschen | Konferenzdolmetscher(in)?'],
  [d('sign-language'), 'Gebärdensprachdolmetscher(in|innen)? | Gebärdensprache'],
  [
    d('localization'),
    'Lokalisierung | Lokalisierungsmanager(in)? | Fachübersetzer(in)? | Literaturübersetzer(in)? | \\sÜbersetzer(in|innen)?',
  ],
  [d('curatorial'), 'Kurator(in|en|innen)? | Sammlungsleiter(in)? | Registrar(in)? | Museumskurator(in)?'],
  [
    d('facilities'),
    'Facility Manager(in)? | Facility Management | Gebäudemanagement | Hausmeister(in)? | Haustechniker(in)? | Gebäudetechnik',
  ],
  [
    d('audit'),
    'Wirtschaftsprüfer(in)? | Prüfungsassistent(in)? | Abschlussprüfung | Interne Revision | Revisor(in)? | Auditor(in)?',
  ],
  [
    d('tax'),
    'Steuerberater(in)? | Steuerfachangestellte[rn]? | Steuerabteilung | Steuerberatung | Steuerfachwirt(in)?',
  ],
  [d('epidemiology'), 'Epidemiolog(e|in|en|innen) | Epidemiologie | Biostatistiker(in)? | Infektionsepidemiologie'],
  [d('teaching-math'), 'Mathematiklehrer(in)? | Mathelehrer(in)? | (Lehrer(in)?|Lehrkraft) für Mathematik'],
  [d('teaching-english'), 'Englischlehrer(in)? | (Lehrer(in)?|Lehrkraft) für Englisch'],
  [
    d('teaching-science'),
    '(Biologie|Chemie|Physik|Naturwissenschafts)lehrer(in)? | (Lehrer(in)?|Lehrkraft) für (Biologie|Chemie|Physik)',
  ],
  [
    d('teaching-history'),
    '(Geschichts|Sozialkunde|Politik)lehrer(in)? | (Lehrer(in)?|Lehrkraft) für (Geschichte|Sozialkunde)',
  ],
];

/** The same names keyed by discipline id, as lang/fit-vocabulary.ts reads every language's. */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  LIST.map(([discipline, phrases]) => [discipline.id, phrases]),
);

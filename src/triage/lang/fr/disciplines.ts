import { LIST as EN } from '../en/disciplines.js';
import type { Discipline } from '../types.js';

/** English's disciplines by id: one id, one label, one family in every language. */
function d(id: string): Discipline {
  const found = EN.find(([discipline]) => discipline.id === id);
  if (!found) throw new Error(`no discipline ${id}`);
  return found[0];
}

/**
 * The disciplines fit knows, named in French: job titles as French postings write them ("Développeur
 * Back-end H/F", "Infirmier(ère) en réanimation"). Phrases are split on " | " and read between `\b`s,
 * which JavaScript draws only around ASCII letters: a final "é" stays optional ("qualit(é|e)?") and no
 * phrase starts with an accented letter.
 */
export const LIST: Array<[Discipline, string]> = [
  [d('pm'), 'chefs? de produit | product managers? | product owners? | responsables? produit | gestion de produit'],
  [
    d('design'),
    "designers? | designeu(r|se)s? | (ux|ui|ux/ui) designers? | design (produit|ux|ui|graphique|d'interaction|de service) | concepteu(r|rice)s? ux | chercheu(r|se)s? ux",
  ],
  [
    d('frontend'),
    'développeu(r|se)s? (front[- ]?end|front|web) | ingénieur(e)?s? front[- ]?end | intégrat(eur|rice)s? web | développement front[- ]?end',
  ],
  [
    d('backend'),
    'développeu(r|se)s? (back[- ]?end|back|serveur) | ingénieur(e)?s? back[- ]?end | développement back[- ]?end | back[- ]?end',
  ],
  [
    d('mobile'),
    'développeu(r|se)s? (mobile|android|ios) | ingénieur(e)?s? (mobile|android|ios) | développement (mobile|android|ios)',
  ],
  [
    d('data-engineering'),
    'data engineers? | ingénieur(e)?s? (de |des )?données | ingénieur(e)?s? data | analytics engineers?',
  ],
  [
    d('infrastructure'),
    'ingénieur(e)?s? (infrastructure|infra|fiabilit(é|e)?|systèmes?|cloud|devops|plateforme) | devops | sres? | administrat(eur|rice)s? systèmes?',
  ],
  [
    d('security'),
    'ingénieur(e)?s? (en )?(cyber)?sécurit(é|e)? | analystes? (soc|cybersécurit(é|e)?) | pentesteu(r|se)s? | rssi | cybersécurit(é|e)?',
  ],
  [
    d('ml'),
    'ingénieur(e)?s? (en )?(machine learning|ml|apprentissage automatique|ia|intelligence artificielle) | ml engineers?',
  ],
  [
    d('software'),
    'ingénieur(e)?s? logiciels? | ingénieur(e)?s? (en )?(développement|informatique|études et développement) | développeu(r|se)s? | développement logiciel | programmeu(r|se)s? | ingénieur(e)?s? | ingénierie | génie logiciel',
  ],
  [
    d('data'),
    'data analysts? | analystes? (de )?données | data scientists? | analystes? (bi|data|produit) | business intelligence | science des données',
  ],
  [
    d('finance'),
    'contrôleu(r|se)s? de gestion | contrôle de gestion | comptables? | comptabilit(é|e)? | analystes? financi(er|ère)s? | trésorerie | direction financière | fp&a',
  ],
  [
    d('sales'),
    "commerciale?s? | commerciaux | ingénieur(e)?s? d'affaires | business developers? | chargée?s? d'affaires(?! r[ée]glementaires?)(?! juridiques?)(?! m[ée]dicales?)(?! publiques?)(?! scientifiques?) | account executives? | account managers? | développement commercial | responsables? grands comptes | key account managers?",
  ],
  [
    d('support'),
    'service client | relation client | support client | chargée?s? de clientèle | conseill(er|ère)s? clientèle | customer success | support (niveau |n)[12] | techniciens? support | help ?desk',
  ],
  [
    d('marketing'),
    'marketing (digital|produit|de contenu|client|opérationnel) | (chargée?s?|responsables?|chefs? de projet|direction|service) marketing | growth marketers? | marketeu(r|se)s? | seo',
  ],
  [
    d('recruiting'),
    'recrut(eur|euse|eurs|euses) | chargée?s? de recrutement | talent acquisition | sourceu(r|se)s? | chasseu(r|se)s? de têtes',
  ],
  [d('nursing'), 'infirmi(er|ère|ers|ères) | soins infirmiers | cadres? de santé | infirmier\\(ère\\)'],
  [d('labor-delivery'), 'sages?-femmes? | salle de naissance | obstétrique | infirmi(er|ère)s? (en )?maternit(é|e)?'],
  [
    d('critical-care'),
    'infirmi(er|ère)s? (en |de )?(réanimation|soins intensifs|réa) | réanimation | soins intensifs | soins critiques',
  ],
  [d('med-surg'), 'médecine[- ]chirurgie | infirmi(er|ère)s? (en |de )?(médecine|chirurgie)'],
  [d('emergency-nursing'), "infirmi(er|ère)s? (aux |des |d')?urgences"],
  [d('pharmacy'), 'pharmacien(ne)?s? | pharmacie | préparat(eur|rice)s? en pharmacie'],
  [d('dietetics'), 'diététicien(ne)?s? | diététique | nutritionnistes? | nutrition clinique'],
  [
    d('clinical-pharmacy'),
    "pharmacien(ne)?s? (clinicien(ne)?s?|hospitali(er|ère)s?|d'officine hospitalière) | pharmacie (clinique|hospitalière)",
  ],
  [
    d('warehouse'),
    "préparat(eur|rice)s? de commandes | caristes? | magasinie(r|ère)s? | (chefs?|responsables?) d'entrepôt | plateforme logistique | centre de distribution | entrepôt",
  ],
  [
    d('retail'),
    '(directeu(r|rice)s?|responsables?|managers?) de magasin | chefs? de rayon | grande distribution | commerce de détail',
  ],
  [d('mechanical'), 'ingénieur(e)?s? (en )?mécanique | génie mécanique'],
  [d('physical-therapy'), 'kinésithérapeutes? | kinés? | kinésithérapie | physiothérapeutes? | physiothérapie'],
  [d('occupational-therapy'), 'ergothérapeutes? | ergothérapie'],
  [d('speech-therapy'), 'orthophonistes? | orthophonie'],
  [
    d('counseling'),
    'psychologues? | psychothérapeutes? | conseill(er|ère)s? (en santé mentale|psychologique) | psychologue clinicien(ne)?',
  ],
  [
    d('legal'),
    "juristes? | avocate?s? | direction juridique | service juridique | conseil juridique | legal counsel | juristes? d'entreprise",
  ],
  [d('paralegal'), 'assistante?s? juridiques? | paralegals?'],
  [
    d('case-management'),
    'assistante?s? (de service )?socia(l|le|ux|les) | travailleu(r|rs|se|ses) sociaux | travailleu(r|se)s? sociale?s?',
  ],
  [
    d('construction'),
    'conducteu(r|rice)s? de travaux | chefs? de chantier | ingénieur(e)?s? travaux | btp | directeu(r|rice)s? de travaux',
  ],
  [
    d('architecture'),
    "architectes? (dplg|hmonp|d'intérieur|paysagistes?|du patrimoine|de projet) | agence d'architecture",
  ],
  [
    d('culinary'),
    'chefs? (de cuisine|cuisiniers?|de partie|pâtissiers?) | sous-chefs? | cuisinie(r|ère)s? | commis de cuisine | pâtissie(r|ère)s?',
  ],
  [
    d('front-of-house'),
    "serveu(r|se)s? | barmans? | barmaids? | sommeli(er|ère)s? | maîtres? d'hôtel | chefs? de rang",
  ],
  [
    d('procurement'),
    'acheteu(r|se)s? | (responsables?|direction|service) (des )?achats | approvisionneu(r|se)s? | achats',
  ],
  [
    d('logistics'),
    'responsables? (transport|logistique) | logisticien(ne)?s? | affréteu(r|se)s? | exploitante?s? transport | planificat(eur|rice)s? transport',
  ],
  [
    d('quality'),
    'ingénieur(e)?s? qualit(é|e)? | qualiticien(ne)?s? | responsables? qualit(é|e)? | contrôle qualit(é|e)? | assurance qualit(é|e)?',
  ],
  [d('tooling'), 'ingénieur(e)?s? (méthodes|process|procédés|industrialisation) | méthodes industrielles'],
  [
    d('reporting'),
    'journalistes? | rédact(eur|rice)s?( en chef)? | secrétaires? de rédaction | correspondante?s? | rédaction',
  ],
  [d('photography'), 'photographes? | photojournalistes? | vidéastes? | iconographes?'],
  [d('claims'), 'gestionnaires? (de )?sinistres? | experts? (en )?sinistres? | régleu(r|se)s? de sinistres'],
  [d('underwriting'), 'souscript(eur|rice)s? | souscription'],
  [d('veterinary'), 'vétérinaires? | auxiliaires? (spécialisée?s? )?vétérinaires? | clinique vétérinaire'],
  [
    d('aircraft-maintenance'),
    'mécanicien(ne)?s? (aéronautiques?|avion|aéronef) | techniciens? (de )?maintenance aéronautique | maintenance aéronautique',
  ],
  [d('cabin-crew'), "hôtesses? de l'air | stewards? | personnel navigant commercial | pnc | chefs? de cabine"],
  [d('flight-deck'), 'pilotes? de ligne | commandants? de bord | officiers? pilotes? | copilotes?'],
  [
    d('dental'),
    'dentistes? | chirurgien(ne)?s?[- ]dentistes? | assistante?s? dentaires? | orthodontistes? | hygiénistes? dentaires?',
  ],
  [d('civil'), "ingénieur(e)?s? (en )?génie civil | génie civil | ingénieur(e)?s? (vrd|ouvrages d'art)"],
  [d('structural'), 'ingénieur(e)?s? (structure|structures|calcul|en structure)'],
  [
    d('events'),
    "chefs? de projet (é|è)v(é|è)nementiel | chargée?s? (de projet )?(é|è)v(é|è)nementiel | organisat(eur|rice)s? d'(é|è)v(é|è)nements | wedding planners?",
  ],
  [
    d('property-management'),
    'gestionnaires? (locatifs?|de biens|immobiliers?|de copropriét(é|e)s?) | gestion locative | administrat(eur|rice)s? de biens',
  ],
  [
    d('lending'),
    'conseill(er|ère)s? (en )?crédit | chargée?s? de prêts | courtie(r|ère)s? en (crédit|prêt)s?( immobiliers?)? | analystes? crédit',
  ],
  [
    d('branch-banking'),
    "conseill(er|ère)s? (bancaires?|particuliers) | directeu(r|rice)s? d'agence bancaire | guichetie(r|ère)s?",
  ],
  [d('ems'), 'ambulancie(r|ère)s? | smur | samu | secouristes?'],
  [d('field-service'), "techniciens? (de maintenance|sav|cvc|d'intervention) | frigoristes? | chauffagistes? | cvc"],
  [d('installation'), 'installat(eur|rice)s? | poseu(r|se)s?'],
  [d('merchandising'), "merchandis(eur|euse|eurs|euses|ing) | planificat(eur|rice)s? (de l'offre|merchandising)"],
  [d('admissions'), '(chargée?s?|responsables?|service) des admissions | admissions'],
  [d('interpreting'), 'interprètes? | interprétariat | interprétation'],
  [d('localization'), 'traduct(eur|rice)s? | traduction | localisation | chefs? de projet localisation'],
  [
    d('curatorial'),
    "conservat(eur|rice)s?( du patrimoine| de musée)? | régisseu(r|se)s? des collections | commissaires? d'exposition",
  ],
  [d('facilities'), 'services généraux | responsables? services généraux | facility managers?'],
  [d('audit'), 'auditeu(r|rs|rice|rices) | audit (interne|externe|financier) | commissaires? aux comptes'],
  [d('tax'), 'fiscalistes? | fiscalit(é|e)? | juristes? fiscaux | avocate?s? fiscalistes?'],
  [
    d('epidemiology'),
    "biostatisticien(ne)?s? | veille sanitaire | (médecins?|ingénieur(e)?s?|chargée?s? d'études) (en )?épidémiologie",
  ],
  [
    d('teaching-math'),
    'professeu(r|rs|re|res) de (mathématiques|maths) | enseignante?s? (en |de )(mathématiques|maths) | profs? de maths',
  ],
  [d('teaching-english'), "professeu(r|rs|re|res) d'anglais | enseignante?s? d'anglais | profs? d'anglais"],
  [
    d('teaching-science'),
    'professeu(r|rs|re|res) de (physique|chimie|svt|sciences|biologie|physique-chimie) | enseignante?s? (en |de )(physique|chimie|svt|sciences|biologie)',
  ],
  [
    d('teaching-history'),
    "professeu(r|rs|re|res) d'histoire(-géographie| géographie)? | enseignante?s? d'histoire | profs? d'histoire",
  ],
];

/** The same names keyed by discipline id, as lang/fit-vocabulary.ts reads every language's. */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  LIST.map(([discipline, phrases]) => [discipline.id, phrases]),
);

import type { Discipline } from '../types.js';

/**
 * The disciplines fit knows, each with the phrases that name it (see disciplines.ts for how they are
 * read). A vocabulary table: one discipline per entry, so adding a field is a one-entry diff.
 */
export const LIST: Array<[Discipline, string]> = [
  [
    { id: 'pm', label: 'product management', family: 'product' },
    'product managers? | product management | product owners? | pms? | apm | group pm | product lead',
  ],
  [
    { id: 'design', label: 'design', family: 'design' },
    'designers? | (product|growth|ux|ui|visual|interaction|service|content|brand|game|economy|level) design | ux research(ers?)?',
  ],
  [
    { id: 'frontend', label: 'frontend engineering', family: 'software' },
    'front[- ]?end (engineer(ing|s)?|developers?|development) | web (engineer|developer)s?',
  ],
  [
    { id: 'backend', label: 'backend engineering', family: 'software' },
    'back[- ]?end( (engineer(ing|s)?|developers?|development))? | server[- ]side (engineer(ing|s)?|developers?)',
  ],
  [
    { id: 'mobile', label: 'mobile engineering', family: 'software' },
    '(mobile|android|ios)( (engineer(ing|s)?|developers?|development|apps?))?',
  ],
  [
    { id: 'graphics', label: 'graphics engineering', family: 'software' },
    '(graphics|rendering|shader) (programm(ers?|ing)|engineer(ing|s)?|developers?)',
  ],
  [
    { id: 'data-engineering', label: 'data engineering', family: 'software' },
    'data engineer(ing|s)? | data platform engineer(ing|s)? | analytics engineer(ing|s)?',
  ],
  [
    { id: 'infrastructure', label: 'infrastructure engineering', family: 'software' },
    'infrastructure engineer(ing|s)? | site reliability | sres? | devops | platform engineer(ing|s)?',
  ],
  [
    { id: 'security', label: 'security engineering', family: 'software' },
    'security engineer(ing|s)? | application security | appsec | product security',
  ],
  [
    { id: 'ml', label: 'machine learning engineering', family: 'software' },
    'ml engineer(ing|s)? | machine learning engineer(ing|s)?',
  ],
  [
    { id: 'software', label: 'software engineering', family: 'software' },
    'software engineer(ing|s)? | software developers? | engineers? | engineering',
  ],
  [
    { id: 'data', label: 'data analytics', family: 'data' },
    'data analysts? | data analytics | data scien(ce|tists?) | business intelligence | bi analysts? | product analysts? | analytics team',
  ],
  [
    { id: 'finance', label: 'finance', family: 'finance' },
    'fp&a | financial (planning|analysts?) | finance(?= (team|department|function|partners?|org)\\b|\\s*$) | corporate finance | accountants? | accounting | controllers? | treasury',
  ],
  [
    { id: 'sales', label: 'sales', family: 'sales' },
    'sales(?= (team|reps?|representatives?|org|leads?|leaders?|managers?|development|executives?|consultants?|associates?|specialists?|advisors?|engineers?)\\b|\\s*$) | (enterprise|inside|outside|field|channel|b2b|public[- ]sector|mid-market|smb|strategic) sales | account executives? | aes? | sdrs? | bdrs? | account managers? | business development',
  ],
  [
    { id: 'support', label: 'customer support', family: 'support' },
    'customer (support|service|success) | support (team|agents?|specialists?|engineers?|leads?|managers?|team leads?) | tier[- ]?[12] | help ?desk',
  ],
  [
    { id: 'marketing', label: 'marketing', family: 'marketing' },
    'marketing(?= (team|managers?|leads?|org|department|specialists?|coordinators?|associates?)\\b|\\s*$) | marketers? | (content|lifecycle|growth|product|email|performance) marketing | seo | demand generation | brand managers?',
  ],
  [
    { id: 'recruiting', label: 'recruiting', family: 'recruiting' },
    'recruit(ers?|ing) | talent acquisition | sourcers?',
  ],
  [{ id: 'nursing', label: 'nursing', family: 'clinical' }, 'nurses? | nursing | rns? | nurse managers?'],
  [
    { id: 'labor-delivery', label: 'labor and delivery nursing', family: 'clinical', specialtyOf: 'nursing' },
    'labou?r (and|&) delivery | l&d (nurs(e|es|ing)|rns?|units?) | (obstetric(al)?|ob) nurs(e|es|ing)',
  ],
  [
    { id: 'critical-care', label: 'critical care nursing', family: 'clinical', specialtyOf: 'nursing' },
    'critical care( (nurs(e|es|ing)|rns?|units?))? | icu (nurs(e|es|ing)|rns?) | intensive care (nurs(e|es|ing)|units?)',
  ],
  [
    { id: 'med-surg', label: 'medical-surgical nursing', family: 'clinical', specialtyOf: 'nursing' },
    'med[- ]?surg(ical)?( (nurs(e|es|ing)|rns?|units?|floors?))? | medical[- ]surgical( (nurs(e|es|ing)|units?))?',
  ],
  [
    { id: 'emergency-nursing', label: 'emergency nursing', family: 'clinical', specialtyOf: 'nursing' },
    '(er|ed|emergency (department|room)) nurs(e|es|ing) | emergency nurs(e|es|ing)',
  ],
  [{ id: 'pharmacy', label: 'pharmacy', family: 'clinical' }, 'pharmacists? | pharmacy'],
  [
    { id: 'dietetics', label: 'dietetics', family: 'clinical' },
    'dietitians? | dieticians? | dietetics | clinical nutrition | nutritionists? | diet technicians?',
  ],
  [
    { id: 'clinical-pharmacy', label: 'clinical pharmacy', family: 'clinical', within: 'pharmacy' },
    '(clinical|oncology|inpatient|hospital|icu|critical care|pediatric|ambulatory care) pharmac(ists?|y)',
  ],
  [
    { id: 'warehouse', label: 'warehouse operations', family: 'operations' },
    'warehouse (operations|associates?|supervisors?|managers?|staff|teams?|shifts?) | fulfil?ment (cent(er|re)s?|operations|associates?) | pick and pack | distribution cent(er|re)s? | operations supervisors? | logistics operations',
  ],
  [
    { id: 'retail', label: 'retail store operations', family: 'operations' },
    'retail (store )?operations | retail stores? | store managers? | store operations | assistant store managers?',
  ],
  [{ id: 'mechanical', label: 'mechanical engineering', family: 'hardware' }, 'mechanical engineer(ing|s)?'],
  [
    { id: 'physical-therapy', label: 'physical therapy', family: 'rehab' },
    'physical therap(y|ists?) | physiotherap(y|ists?) | physios?',
  ],
  [
    { id: 'occupational-therapy', label: 'occupational therapy', family: 'rehab' },
    'occupational therap(y|ists?) | hand therap(y|ists?)',
  ],
  [
    { id: 'speech-therapy', label: 'speech therapy', family: 'rehab' },
    'speech(-language)? (therap(y|ists?)|patholog(y|ists?))',
  ],
  [{ id: 'athletic-training', label: 'athletic training', family: 'rehab' }, 'athletic (trainers?|training)'],
  [
    { id: 'counseling', label: 'clinical counseling and therapy', family: 'behavioral' },
    'clinical therapists? | (mental health|behavioral health) (counsel(l)?ors?|therapists?|clinicians?) | counsel(l)?ors? | psychotherapists? | licensed clinical social workers? | lcsws? | marriage and family therapists?',
  ],
  [
    { id: 'legal', label: 'legal counsel', family: 'legal' },
    '(general|privacy|product|commercial|employment|corporate|legal|in-house|associate|senior|deputy|assistant) counsel | attorneys? | lawyers? | legal(?= (team|department|counsel)\\b|\\s*$)',
  ],
  [{ id: 'paralegal', label: 'paralegal', family: 'legal' }, 'paralegals? | legal assistants?'],
  [{ id: 'spiritual-care', label: 'spiritual care', family: 'behavioral' }, 'chaplains? | chaplaincy | spiritual care'],
  [
    { id: 'case-management', label: 'case management and social work', family: 'behavioral' },
    'case managers? | case management | social workers? | social work | family support workers?',
  ],
  [
    { id: 'construction', label: 'construction site management', family: 'construction' },
    '(assistant )?superintendents? | site (engineers?|managers?|supervisors?) | construction(?= (managers?|management|project managers?|team|crews?)\\b|\\s*$) | project engineers? | field engineers? | foremen | foreman',
  ],
  [
    { id: 'architecture', label: 'architecture', family: 'construction' },
    'project architects? | design architects? | landscape architects? | licensed architects? | architectural (designers?|design)',
  ],
  [
    { id: 'culinary', label: 'kitchen and culinary', family: 'hospitality' },
    '(sous |head |executive |pastry |line )?chefs? | line cooks? | prep cooks? | cooks | culinary | kitchen (staff|team|managers?|leads?)',
  ],
  [
    { id: 'front-of-house', label: 'front-of-house service', family: 'hospitality' },
    'front[- ]of[- ]house | bartenders? | waitstaff | sommeliers? | servers and (hosts|bartenders)',
  ],
  [
    { id: 'procurement', label: 'procurement and buying', family: 'supply-chain' },
    'procurement(?= (team|department|function|org|specialists?|managers?|leads?)\\b|\\s*$) | purchasing (managers?|agents?|team) | (senior |junior )?buyers? | strategic sourcing | sourcing (managers?|specialists?|team) | category managers?',
  ],
  [
    { id: 'logistics', label: 'transportation and logistics', family: 'supply-chain' },
    'transportation (managers?|planners?|team|coordinators?) | logistics (managers?|coordinators?|team|planners?) | freight (managers?|coordinators?|team) | load planners? | (?<!(police|fire|safety|911|ems|emergency|and) )dispatchers?',
  ],
  [
    { id: 'emergency-dispatch', label: 'emergency dispatch', family: 'public-safety' },
    '911 (call[- ]takers?|dispatchers?) | call[- ]takers? | (police|fire|public safety|ems|emergency) (and (police|fire|ems) )?dispatch(ers?)?',
  ],
  [
    { id: 'law-enforcement', label: 'law enforcement', family: 'public-safety' },
    'police officers? | patrol officers? | sheriff.s deput(y|ies) | deputy sheriffs? | state troopers?',
  ],
  [
    { id: 'quality', label: 'quality engineering', family: 'manufacturing' },
    'quality engineer(ing|s)? | supplier quality( engineers?)? | quality (assurance|control) (engineers?|inspectors?|team|managers?) | quality inspectors?',
  ],
  [
    { id: 'tooling', label: 'tooling and process engineering', family: 'manufacturing' },
    'mold design(ers?| engineers?)? | tool(ing)? (engineers?|designers?) | manufacturing engineer(ing|s)? | process engineer(ing|s)?',
  ],
  [
    { id: 'reporting', label: 'reporting and editing', family: 'editorial' },
    'reporters? | journalis(m|ts?) | (copy |news |metro |city )?editors? | metro desk | newsroom | correspondents? | editorial',
  ],
  [
    { id: 'photography', label: 'photography and visuals', family: 'editorial' },
    'photographers? | photojournalis(m|ts?) | photo editors? | visuals team | videographers?',
  ],
  [
    { id: 'claims', label: 'claims adjusting', family: 'insurance' },
    'claims (adjusters?|adjusting|examiners?|handlers?|team|representatives?) | adjusters? | insurance claims',
  ],
  [{ id: 'underwriting', label: 'underwriting', family: 'insurance' }, 'underwrit(ers?|ing)'],
  [
    { id: 'veterinary', label: 'veterinary care', family: 'veterinary' },
    'veterinar(y|ians?) (technicians?|techs?|care|medicine|hospital|nurses?)? | veterinarians? | vet techs? | veterinary',
  ],
  [
    { id: 'aircraft-maintenance', label: 'aircraft maintenance', family: 'aviation' },
    'aircraft (maintenance|mechanics?|technicians?) | a&p mechanics? | line maintenance( technicians?)? | avionics technicians?',
  ],
  [
    { id: 'cabin-crew', label: 'cabin crew', family: 'aviation' },
    'flight attendants? | cabin crew | inflight (supervisors?|crew|team) | pursers?',
  ],
  [{ id: 'flight-deck', label: 'piloting', family: 'aviation' }, 'pilots? | first officers? | flight officers?'],
  [
    { id: 'ground-ops', label: 'airport ground operations', family: 'aviation' },
    'ground (operations|handling|ops) | ramp (agents?|operations|control|supervisors?|coordinators?) | aircraft turnarounds? | station (operations|control)',
  ],
  [
    { id: 'dental', label: 'dental care', family: 'dental' },
    'dental (hygienists?|assistants?|hygiene) | hygienists? | dentists? | dental | orthodontic (assistants?|treatment coordinators?) | orthodontists? | orthodontics',
  ],
  [
    { id: 'civil', label: 'civil engineering', family: 'civil' },
    'civil engineer(ing|s)? | roadway design | drainage design | transportation engineer(ing|s)?',
  ],
  [{ id: 'structural', label: 'structural engineering', family: 'civil' }, 'structural engineer(ing|s)?'],
  [
    { id: 'events', label: 'event planning', family: 'events' },
    'event (planners?|planning|managers?|producers?|coordinators?) | events(?= (team|department)\\b|\\s*$)',
  ],
  [
    { id: 'property-management', label: 'property management', family: 'real-estate' },
    'leasing (agents?|consultants?|managers?) | community managers? | property managers? | property management',
  ],
  [
    { id: 'lending', label: 'lending', family: 'banking' },
    '(mortgage |loan |lending )?loan officers? | mortgage (loan )?(officers?|brokers?|lending) | underwriters? of loans',
  ],
  [
    { id: 'branch-banking', label: 'branch banking', family: 'banking' },
    'personal bankers? | tellers? | branch managers? | relationship bankers? | universal bankers?',
  ],
  [
    { id: 'ems', label: 'emergency medical services', family: 'emergency' },
    'paramedics? | emts? | emergency medical (services|technicians?) | ambulance crews?',
  ],
  [
    { id: 'field-service', label: 'HVAC and field service', family: 'trades' },
    '(hvac|field service|service) technicians? | field service | hvac installers? | hvac',
  ],
  [{ id: 'installation', label: 'installation', family: 'trades' }, '(?<!hvac )installers? | install crews?'],
  [
    { id: 'merchandising', label: 'merchandise planning', family: 'retail-planning' },
    'merchandise planners? | merchandise planning | allocation analysts? | merchandisers? | merchandising',
  ],
  [
    { id: 'retail-buying', label: 'retail buying', family: 'retail-planning', specialtyOf: 'merchandising' },
    '(fashion|apparel|retail|merchandise|womenswear|menswear|footwear) buy(ers?|ing) | buy(ers?|ing) (for|of) (dresses|knitwear|denim|tops|outerwear|footwear|accessories|womenswear|menswear|kidswear|swimwear|lingerie) | buying and merchandising',
  ],
  [
    { id: 'admissions', label: 'admissions', family: 'education-admin' },
    'admissions? (counsel(l)?ors?|officers?|office|team) | undergraduate admissions | admissions',
  ],
  [{ id: 'agronomy', label: 'agronomy', family: 'agriculture' }, 'agronom(y|ists?) | crop advis(e|o)rs?'],
  [{ id: 'interpreting', label: 'interpreting', family: 'language' }, 'interpreters? | interpreting'],
  [
    { id: 'sign-language', label: 'sign language interpreting', family: 'language', specialtyOf: 'interpreting' },
    '(asl|sign language|american sign language|deaf|cdi)( [\\w-]+)? interpret(ers?|ing)',
  ],
  [
    { id: 'spoken-language', label: 'spoken language interpreting', family: 'language', specialtyOf: 'interpreting' },
    '(spanish|mandarin|cantonese|arabic|french|portuguese|russian|vietnamese|korean|haitian creole|somali|tagalog|polish|japanese|german|italian|hindi|punjabi|urdu|farsi|amharic|bilingual)( [\\w-]+)? interpret(ers?|ing)',
  ],
  [
    { id: 'localization', label: 'localization and translation', family: 'language' },
    'translators? | translation | locali[sz]ation (project )?managers? | locali[sz]ation',
  ],
  [
    { id: 'curatorial', label: 'curatorial work', family: 'museum' },
    '(assistant |associate )?curators? | curatorial | collections (staff|managers?) | registrars?',
  ],
  [
    { id: 'facilities', label: 'facilities', family: 'operations' },
    'facilities (managers?|technicians?|team) | facilities',
  ],
  [
    { id: 'audit', label: 'audit', family: 'accounting' },
    'auditors? | audit (seniors?|associates?|managers?|partners?) | external audit | internal audit',
  ],
  [{ id: 'tax', label: 'tax', family: 'accounting' }, 'tax (seniors?|associates?|managers?|accountants?|advisors?)'],
  [
    { id: 'epidemiology', label: 'epidemiology', family: 'public-health' },
    'epidemiolog(y|ists?) | disease surveillance | biostatisticians?',
  ],
  [
    { id: 'teaching-math', label: 'mathematics teaching', family: 'teaching' },
    'math(ematics)? (teachers?|teaching|department|program) | mathematics',
  ],
  [
    { id: 'teaching-english', label: 'English teaching', family: 'teaching' },
    'english (language arts )?(teachers?|teaching|department) | english language arts | ela teachers?',
  ],
  [
    { id: 'teaching-science', label: 'science teaching', family: 'teaching' },
    '(science|biology|chemistry|physics) (teachers?|teaching|department)',
  ],
  [
    { id: 'teaching-history', label: 'history and social studies teaching', family: 'teaching' },
    '(history|social studies) (teachers?|teaching|department)',
  ],
];

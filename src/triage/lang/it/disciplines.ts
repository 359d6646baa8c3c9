import { LIST as EN } from '../en/disciplines.js';
import type { Discipline } from '../types.js';

/** English's disciplines by id: one id, one label, one family in every language. */
function d(id: string): Discipline {
  const found = EN.find(([discipline]) => discipline.id === id);
  if (!found) throw new Error(`no discipline ${id}`);
  return found[0];
}

/**
 * The disciplines fit knows, named in Italian: job titles as Italian postings write them
 * ("Sviluppatore Back-end", "Infermiere/a", "Responsabile Qualità"). Phrases are split on " | " and
 * read between `\b`s, which JavaScript draws only around ASCII letters: a final "à" stays optional
 * ("qualit(à|a)?").
 */
export const LIST: Array<[Discipline, string]> = [
  [d('pm'), 'product manager | product owner | responsabili? (di )?prodotto | gestione (del )?prodotto'],
  [
    d('design'),
    'designer | (ux|ui|ux/ui) designer | progettist[ai] ux | graphic designer | grafic[oa] | ux research(er)?',
  ],
  [
    d('frontend'),
    'sviluppat(ore|ori|rice|rici) (front[- ]?end|web) | front[- ]?end developer | ingegner[ei] front[- ]?end | sviluppo front[- ]?end',
  ],
  [
    d('backend'),
    'sviluppat(ore|ori|rice|rici) back[- ]?end | back[- ]?end developer | sviluppo back[- ]?end | back[- ]?end',
  ],
  [d('mobile'), 'sviluppat(ore|ori|rice|rici) (mobile|android|ios|app) | sviluppo (mobile|app)'],
  [d('data-engineering'), 'data engineer | ingegner[ei] (dei )?dati'],
  [
    d('infrastructure'),
    'devops | sistemist[ai] | amministrat(ore|rice) di sistema | cloud engineer | site reliability | sre | ingegner[ei] (cloud|infrastruttur[ae])',
  ],
  [
    d('security'),
    'sicurezza informatica | cyber ?security | security engineer | ingegner[ei] (della )?sicurezza | analist[ai] (soc|sicurezza) | penetration tester',
  ],
  [
    d('ml'),
    'machine learning engineer | ml engineer | ingegner[ei] (di |del )?machine learning | ingegner[ei] (ia|ai|intelligenza artificiale)',
  ],
  [
    d('software'),
    'sviluppat(ore|ori|rice|rici) software | ingegner[ei] (del )?software | software engineer | programmat(ore|ori|rice|rici) | sviluppo software | sviluppat(ore|ori|rice|rici) | ingegneria informatica | informatic[oa]',
  ],
  [d('data'), 'data analyst | analist[ai] (dei )?dati | data scientist | business intelligence | analista bi'],
  [
    d('finance'),
    'controller | controllo di gestione | contabil[ei] | contabilit(à|a)? | amministrazione e finanza | analist[ai] finanziari[oa]? | tesoreria',
  ],
  [
    d('sales'),
    'commercial[ei] | venditor[ei] | venditrice | account manager | account executive | key account( manager)? | business developer | sviluppo commerciale | area manager | agente di commercio | addett[oa] alle vendite',
  ],
  [
    d('support'),
    'assistenza clienti | customer care | customer service | customer success | servizio clienti | help ?desk | supporto (clienti|tecnico) | operat(ore|rice) call center',
  ],
  [
    d('marketing'),
    'marketing (manager|specialist|digitale|operativo|strategico) | (responsabile|ufficio|addett[oa]) marketing | digital marketing | growth marketing | seo | social media manager',
  ],
  [
    d('recruiting'),
    'recruiter | talent acquisition | selezionat(ore|rice) | ricerca e selezione | addett[oa] alla selezione',
  ],
  [
    d('nursing'),
    'infermier[ei] | infermiera | infermieristic[oa] | coordinat(ore|rice) infermieristic[oa] | infermiere/a',
  ],
  [d('labor-delivery'), 'ostetric[ai] | sala parto | ostetricia'],
  [d('critical-care'), 'terapia intensiva | rianimazione | infermier[ei] (di|in) (terapia intensiva|rianimazione)'],
  [d('med-surg'), 'infermier[ei] (di|in) (medicina|chirurgia) | reparto di (medicina|chirurgia)'],
  [d('emergency-nursing'), "pronto soccorso | infermier[ei] (di|del|in) pronto soccorso | medicina d'urgenza"],
  [d('pharmacy'), 'farmacist[ai] | farmacia'],
  [d('clinical-pharmacy'), 'farmacist[ai] (ospedalier[oaie]|clinic[oaie]) | farmacia (ospedaliera|clinica)'],
  [d('dietetics'), 'dietist[ai] | nutrizionist[ai] | dietologo | nutrizione clinica'],
  [
    d('warehouse'),
    'magazzinier[ei] | magazziniera | addett[oi] al magazzino | responsabile (di )?magazzino | capo magazzino | centro di distribuzione | mulettist[ai]',
  ],
  [
    d('retail'),
    'store manager | direttore (del |di )?negozio | responsabile (del |di )?punto vendita | capo reparto | grande distribuzione | vendita al dettaglio',
  ],
  [d('mechanical'), 'ingegner[ei] meccanic[oi] | ingegneria meccanica | progettista meccanico'],
  [d('physical-therapy'), 'fisioterapist[ai] | fisioterapia'],
  [d('occupational-therapy'), 'terapist[ai] occupazional[ei] | terapia occupazionale | ergoterapist[ai]'],
  [d('speech-therapy'), 'logopedist[ai] | logopedia'],
  [d('counseling'), 'psicolog[oai] | psicologhe | psicoterapeut[ai] | counselor | psicoterapia'],
  [
    d('legal'),
    "avvocat[oaie] | avvocatessa | legale interno | ufficio legale | giurist[ai] | giurist[ai] d'impresa | legal counsel | consulente legale",
  ],
  [d('paralegal'), 'paralegal | praticante avvocato | assistente legale'],
  [
    d('case-management'),
    'assistent[ei] social[ei] | educat(ore|rice) professional[ei] | operat(ore|rice) social[ei] | case manager',
  ],
  [
    d('construction'),
    'direttore (dei )?lavori | direttrice (dei )?lavori | capo ?cantiere | responsabile di cantiere | geometra di cantiere',
  ],
  [
    d('architecture'),
    "architett[oi] (progettista|paesaggista|d'interni) | studio di architettura | progettista architettonic[oa] | architettura del paesaggio",
  ],
  [
    d('culinary'),
    'cuoc[oa] | cuochi | chef | sous[- ]chef | capo cuoco | chef de partie | aiuto cuoco | pasticcier[ei] | pasticciera | commis di cucina',
  ],
  [
    d('front-of-house'),
    'camerier[ei] | cameriera | barista | barman | sommelier | chef de rang | addett[oa] di sala | responsabile di sala',
  ],
  [
    d('procurement'),
    'buyer | addett[oa] (agli )?acquisti | ufficio acquisti | responsabile acquisti | approvvigionamenti',
  ],
  [
    d('logistics'),
    'responsabile logistica | addett[oa] alla logistica | pianificat(ore|rice) (dei )?trasporti | spedizionier[ei] | trasporti e logistica',
  ],
  [
    d('quality'),
    'ingegner[ei] (della )?qualit(à|a)? | responsabile qualit(à|a)? | controllo qualit(à|a)? | assicurazione qualit(à|a)? | quality engineer | quality assurance | qualit(à|a) (e |di )?(filiera|fornitori) | (ufficio|sistema|gestione) qualit(à|a)',
  ],
  [
    d('tooling'),
    'ingegner[ei] di processo | ingegneria di processo | tecnologo di processo | attrezzist[ai] | progettista stampi | ingegner[ei] (di )?produzione',
  ],
  [
    d('reporting'),
    'giornalist[ai] | redatt(ore|ori|rice|rici) | caporedatt(ore|rice) | corrispondent[ei] | redazione | praticante giornalista',
  ],
  [d('photography'), 'fotograf[oaie] | fotoreporter | videomaker | photo editor'],
  [
    d('claims'),
    'liquidat(ore|ori|rice|rici)( sinistri)? | liquidazione (dei )?sinistri | perit[oi] assicurativ[oi] | gestione sinistri | ufficio sinistri',
  ],
  [d('underwriting'), 'underwriter | sottoscritt(ore|rice) | assunzione (dei )?rischi'],
  [
    d('veterinary'),
    'veterinari[oa] | medico veterinario | tecnico veterinario | clinica veterinaria | assistente veterinari[oa]',
  ],
  [
    d('aircraft-maintenance'),
    'tecnic[oi] (di )?manutenzione aeronautica | manutenzione aeronautica | meccanic[oi] aeronautic[oi] | tecnico aeronautico',
  ],
  [d('cabin-crew'), 'assistent[ei] di volo | hostess | steward | personale di cabina | capo cabina'],
  [d('flight-deck'), 'pilot[ai] (di linea|commercial[ei]) | primo ufficiale | copilota'],
  [
    d('dental'),
    'dentist[ai] | odontoiatr[ai] | igienist[ai] dental[ei] | assistente alla poltrona | ortodontist[ai] | studio dentistico',
  ],
  [d('civil'), 'ingegner[ei] civil[ei] | ingegneria civile | progettista (stradale|idraulico|di infrastrutture)'],
  [
    d('structural'),
    'ingegner[ei] struttural[ei] | ingegner[ei] strutturista | strutturista | calcolo strutturale | progettista strutturale',
  ],
  [
    d('events'),
    'event manager | organizzat(ore|rice) di eventi | wedding planner | event planner | organizzazione (di )?eventi',
  ],
  [d('property-management'), 'property manager | amministrat(ore|rice) di condominio | gestione immobiliare'],
  [
    d('lending'),
    'consulente (del )?credito | analist[ai] (del )?credito | addett[oa] (ai|al) (mutui|fidi|crediti) | mediat(ore|rice) creditizi[oa] | gestore (mutui|fidi)',
  ],
  [
    d('branch-banking'),
    'cassier[ei] (di banca|bancari[oa]) | cassiera bancaria | consulente bancari[oa] | gestore (della )?clientela privati | direttore di filiale | operat(ore|rice) di sportello',
  ],
  [d('ems'), 'soccorritor[ei] | soccorritrice | operatore del 118 | autista soccorritore | paramedico'],
  [
    d('field-service'),
    "tecnico (manutentore|frigorista|caldaista|dell'assistenza) | tecnic[oi] (di |dell')?assistenza tecnica | frigorist[ai] | manutentor[ei]",
  ],
  [d('installation'), 'installat(ore|ori|rice|rici) | montat(ore|ori|rice|rici) | posat(ore|ori|rice|rici)'],
  [d('merchandising'), 'merchandiser | visual merchandiser | merchandising | merchandise planner'],
  [d('admissions'), 'ufficio ammissioni | ammissioni | segreteria studenti'],
  [d('interpreting'), 'interpret[ei] | interpretariato | interpretazione'],
  [d('sign-language'), 'interpret[ei] (di |della )?(lis|lingua dei segni) | lingua dei segni'],
  [d('localization'), 'traduttor[ei] | traduttrice | traduzione | localizzazione | localization manager'],
  [
    d('curatorial'),
    'curat(ore|ori|rice|rici)( museal[ei]| di mostre)? | conservat(ore|rice) (museale|di museo) | registrar',
  ],
  [d('facilities'), 'facility manager | facility management | servizi generali | manutenzione edifici'],
  [
    d('audit'),
    'revisor[ei]( contabil[ei]| dei conti| legal[ei])? | auditor | audit (interno|esterno) | internal audit | revisione contabile',
  ],
  [
    d('tax'),
    'fiscalist[ai] | consulente fiscale | commercialist[ai] | tax (manager|specialist|advisor) | ufficio fiscale',
  ],
  [d('epidemiology'), 'epidemiolog[oai] | epidemiologia | biostatistic[oa]'],
  [d('teaching-math'), '(insegnante|docente|professor(e|essa)|prof) di matematica'],
  [d('teaching-english'), '(insegnante|docente|professor(e|essa)|prof) di (inglese|lingua inglese)'],
  [d('teaching-science'), '(insegnante|docente|professor(e|essa)|prof) di (scienze|fisica|chimica|biologia)'],
  [d('teaching-history'), '(insegnante|docente|professor(e|essa)|prof) di (storia|lettere)'],
];

/** The same names keyed by discipline id, as lang/fit-vocabulary.ts reads every language's. */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  LIST.map(([discipline, phrases]) => [discipline.id, phrases]),
);

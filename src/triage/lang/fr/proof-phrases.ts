/**
 * French phrase data: What makes them relevant: a result, a number, a change the writer made.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Numbers are written the French way too: "4,5 %", "2 300", "1,2 M€".
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

/**
 * Verbs of a result, read as whole words. JavaScript's `\b` ignores accents, so a participle in "é"
 * is read by its stem ("augment\w*" reads "augmenté"), and a verb that starts with "é" by the space
 * before it ("\séconomis").
 */
export const PROOF_IMPACT_VERB = `
  rédui\\w*
  réduct\\w*
  diminu\\w*
  baiss\\w*
  augment\\w*
  hauss\\w*
  amélior\\w*
  doubl\\w*
  tripl\\w*
  multipli\\w*
  divis\\w*
  \\séconomis\\w*
  \\sélimin\\w*
  gagn\\w*
  accélér\\w*
  lanc\\w*
  livr\\w*
  dirig\\w*
  pilot\\w*
  men(?=é)
  constru\\w*
  développ\\w*
  déploy\\w*
  automatis\\w*
  migr\\w*
  con(çu|çue|cevoir|çois)
  cr(?=é[eé])
  mis en (place|œuvre|production)
  optimis\\w*
  atteint\\w*
  dépass\\w*
  génér\\w*
  recrut\\w*
  embauch\\w*
  form(?=é)
  sign\\w*
  vend\\w*
  conclu\\w*
  remport\\w*
  fait passer
  passée? de
  port(?=é)
  réalis\\w*
  refon\\w*
  réécri\\w*
  ouvert
  attir\\w*
  fidélis\\w*
  trait(?=é)
  gér(?=é)
  supervis\\w*
  encadr\\w*
  chut\\w*
  grimp\\w*
  progress\\w*
  récupér\\w*
  résol\\w*
  sécuris\\w*
  obtenu
  # sales results: "120 % de l'objectif", "objectif dépassé"
  (de|à) (mon |notre |l')?(objectif|quota)
  détect\\w*
  identifié\\w*
`;

/** Units that make a number an outcome: "28 %", "x3", "2 M€", "40 points". */
export const METRIC_UNIT =
  '(?:%|pour ?cent|x\\b|×|k€|m€|md€|k\\b|m\\b|millions?\\b|milliards?\\b|mds?\\b|points?\\b|pts\\b|pb\\b)';

/** Things a result counts: "200 clients", "12 équipes". */
export const COUNTED = wordAlternation(`
  utilisateurs | utilisatrices | clients | clientes | ingénieurs | développeurs | équipes | commerçants | comptes
  magasins | boutiques | partenaires | personnes | salariés | collaborateurs | employés | services | applications | pays
  marchés | téléchargements | abonnés | membres | requêtes | transactions | commandes | sessions | visites | réservations
  livraisons | annonces | tickets | patients | patientes | étudiants | élèves | sites | produits | fonctionnalités
  dossiers | contrats | candidats | recrutements | embauches | postes | bénévoles | familles | repas | lits | appels
  colis | véhicules | camions | agences | écoles | projets | factures | sinistres | ventes | leads | deals | magasins
  exemplaires | livres | titres | abonnements
  visiteurs | lecteurs | inscrits | adhérents | stagiaires | apprentis | chantiers | logements | tonnes | km
  écoutes | vues | auditeurs | auditrices | followers | impressions | lectures | streams
`);

/** A number, French grouping included: "2 300", "2.300", "4,5". */
const NUM = String.raw`\d[\d.,]*(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?`;

export const PROOF_METRIC = alternation(`
  (?<![\\wÀ-ÿ])(CHF|EUR|USD|GBP|CAD)\\s?${NUM}
  \\b${NUM}[\\s\\u00a0\\u202f-]?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b${NUM}[\\s\\u00a0\\u202f]?(€|euros?\\b|k€|m€|dollars?\\b)
  \\b${NUM}\\+?\\s([a-zà-ÿ'-]{2,20}\\s){0,2}${COUNTED}(?![\\wÀ-ÿ])
  (?<![\\wÀ-ÿ])de ${NUM}\\s?%?( [\\wÀ-ÿ-]+){0,3} à \\d
`);

/** Time given back ("fait gagner 10 heures par semaine à l'équipe"), only next to a verb of saving. */
export const PROOF_TIME_SAVED = String.raw`(?<![\wÀ-ÿ])(?:économis[\wÀ-ÿ]*|gagn[\wÀ-ÿ]*|fait gagner|rédui[\wÀ-ÿ]*|divis[\wÀ-ÿ]*|raccourci[\wÀ-ÿ]*|libér[\wÀ-ÿ]*|diminu[\wÀ-ÿ]*)(?![\wÀ-ÿ])[^.!?]{0,60}?(?:\d[\d,.]*\s?|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) )(?:heures?|h|minutes?|min|jours?|semaines?|mois|nuits?|sprints?|trimestres?|etp|jours?[- ]hommes?)(?![\wÀ-ÿ])`;

/** Throughput, a rate that changed: "220 colis par heure contre 150 avant". */
export const PROOF_RATE = alternation(`
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?(?<![\\wÀ-ÿ])(contre|au lieu de|en hausse par rapport à|en baisse par rapport à|alors qu'on était à) (environ |à peu près |près de )?\\d
  \\b\\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(par|chaque) (heure|poste|jour|journée|semaine|mois|nuit|garde|équipe)(?![\\wÀ-ÿ])[^.!?]{0,30}?((?<![\\wÀ-ÿ])(contre|au lieu d)|\\bde \\d)
  (?<![\\wÀ-ÿ])de \\d[\\d,.]* à \\d[\\d,.]* ([\\wÀ-ÿ-]+ ){0,2}(par|chaque) (heure|poste|jour|journée|semaine|mois|nuit|garde)(?![\\wÀ-ÿ])
`);

/** A quantity, in figures or in words: what makes "de X à Y" a result rather than a move between jobs. */
export const QUANTITY = `(?:\\d|(?<![\\wÀ-ÿ])${wordAlternation(`
  deux | trois | quatre | cinq | six | sept | huit | neuf | dix | onze | douze | quinze | vingt | trente | quarante
  cinquante | soixante | septante | huitante | octante | nonante | cent | centaines? | milliers? | douzaines? | dizaines? | moitié | la plupart | aucune? | zéro
  tous | toutes | chaque | jamais | rarement | quotidien(?:ne)? | hebdomadaire | une fois | (?:un|deux) (?:tiers|quart|cinquième|dixième)s?
  une (?:journée|semaine|heure|matinée) | quelques | plusieurs | presque jamais | quasiment jamais
`)}(?![\\wÀ-ÿ]))`;

/** Results written in words: "réduit de moitié", "divisé par trois", "en deux jours au lieu de deux semaines". */
export const PROOF_IN_WORDS = alternation(`
  # a level raised: "faire passer la certification du niveau de base au niveau supérieur"
  \\bdu (niveau|grade) ([a-zàâçéèêëîïôûù]+ ){0,2}au (niveau|grade) (supérieur|maximal|le plus élevé|avancé|higher)(?![a-zàâçéèêëîïôûù])
  (?<![\\wÀ-ÿ])(réduite?s?|diminuée?s?|baissée?s?|coupée?s?|divisée?s?|chuté|baissé|diminué|reculé)( [\\wÀ-ÿ'-]+){0,3}? (de moitié|par (deux|trois|quatre|cinq|dix|\\d+)|d'un (tiers|quart)|des deux tiers)(?![\\wÀ-ÿ])
  (?<![\\wÀ-ÿ])(doublée?s?|triplée?s?|quadruplée?s?|multipliée?s? par (deux|trois|quatre|cinq|dix|\\d+))(?![\\wÀ-ÿ])
  (?<![\\wÀ-ÿ])(deux|trois|quatre|cinq|dix|\\d+) fois (plus|moins) (vite|rapide|rapidement|de|d'|élevé|nombreux)
  (?<![\\wÀ-ÿ])moitié moins (de|d'|long|cher)
  # recognition the work earned: "mon reportage a été repris par la radio nationale", "primé au festival"
  (?<![\\wÀ-ÿ])(a|ont) été (reprise?s?|citée?s?|primée?s?|récompensée?s?|distinguée?s?) (par|au|à la|à l'|aux|dans|lors)(?![\\wÀ-ÿ])
  (?<![\\wÀ-ÿ])(remporté|gagné|obtenu|décroché) (le|un|une|la|deux|trois) ([\\wÀ-ÿ'-]+ ){0,2}(prix|trophée|concours|appel d'offres|médaille|étoile)(?![\\wÀ-ÿ])
  (?<![\\wÀ-ÿ])(avant|auparavant|autrefois|jusqu'ici),? (il fallait|ça prenait|cela prenait|on mettait|ça coûtait|cela coûtait|on avait)\\b[^.!?]{0,60}?(aujourd'hui|désormais|maintenant)[^.!?]{0,40}?${QUANTITY}
  (?<![\\wÀ-ÿ])en (une?|deux|trois|quatre|cinq|six|dix|\\d+) (jours?|heures?|semaines?|minutes?|mois) au lieu d(e |')(une?|deux|trois|quatre|cinq|six|huit|dix|quinze|\\d+)? ?(jours?|heures?|semaines?|mois|minutes?)
  (?<![\\wÀ-ÿ])(zéro|aucune?|plus aucune?|pas une? seule?) ([\\wÀ-ÿ-]+ ){0,2}(incident|erreur|réclamation|plainte|accident|défaut|retard|panne|rupture|retour|non-conformité)s?( depuis| en| sur)
  (?<![\\wÀ-ÿ])(premier|première|meilleur|meilleure|numéro un|n°\\s?1|top \\d+) ([\\wÀ-ÿ-]+ )?(de|du|des|sur) (la |le |l'|mon |ma |notre |nos )?(région|équipe|magasin|agence|entreprise|promo|promotion|classement|boutique|vendeurs|commerciaux|france)
  (?<![\\wÀ-ÿ])(élue?|nommée?|désignée?) ([\\wÀ-ÿ-]+ ){0,3}(de l'année|du mois|du trimestre)
  \\d[\\d,.]*\\s?%?\\s*(→|->|=>)\\s*\\d
  (?<![\\wÀ-ÿ])(au[- ]dessus|au-delà) (de|du) (mon |notre |l')?(objectif|quota|budget|prévisionnel)
  (?<![\\wÀ-ÿ])(objectifs?|quotas?) (dépassés?|atteints?|explosés?)
  (?<![\\wÀ-ÿ])en avance sur (le|les) (planning|délais|calendrier)
  (?<![\\wÀ-ÿ])(jamais|aucun|pas un seul) ([\\wÀ-ÿ-]+ ){0,2}(incident|accident|retard|réclamation|erreur|échec|défaut)s? depuis (que j'ai|que nous avons|mon arrivée)
  (?<![\\wÀ-ÿ])(tous|toutes|chacun)( de mes| des)? ([\\wÀ-ÿ-]+ )?(validée?s?|réussie?s?|admise?s?|reçue?s?) (du|au) premier (coup|essai|passage)
  \\b\\d[\\d,.]*\\s?% (des|de mes|de nos) [\\wÀ-ÿ-]+( [\\wÀ-ÿ-]+)? (ont|a) (atteint|réussi|obtenu|validé|trouvé)
  # what used to take long, and takes little now: the before and the after, each with its unit
  \\b(prenait|durait|demandait|mettait|fallait) [^.;!?]{0,40}?\\d[\\d.,]* ?(heures?|h|minutes?|min|jours?|semaines?|mois|secondes?)(?![\\wÀ-ÿ])[^.;!?]{0,80}?\\b(maintenant|désormais|aujourd'hui|aujourd’hui|ne prend plus que|plus que)\\b[^.;!?]{0,40}?\\d[\\d.,]* ?(heures?|h|minutes?|min|jours?|semaines?|mois|secondes?)(?![\\wÀ-ÿ])
`);

/** A rate of work, in the first person: "je traite environ 60 dossiers par jour". */
export const PROOF_WORK_RATE = String.raw`(?<![\wÀ-ÿ])(?:je |j')(?!(?:travaille|passe|étudie|dors|fais du sport|fais)\b)[\wÀ-ÿ]+ (?:environ |près de |jusqu'à |plus de |en moyenne |quelque )?\d[\d\s.,]*\+? (?:[\wÀ-ÿ'-]+ ){0,3}(?:par|chaque) (?:heure|poste|jour|journée|nuit|garde|semaine|mois|an|année)(?![\wÀ-ÿ])`;

/** A change from one quantity to another ("de neuf par mois à moins de cinq"). */
export const PROOF_FROM_TO = `(?<![\\wÀ-ÿ])de\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?(?<![\\wÀ-ÿ])à(?![\\wÀ-ÿ])`;

/** Numbers that count effort or asks, not results: "postulé à 40 offres", "un appel de 15 minutes". */
export const NOT_A_PROOF = `
  (démo|pilote|essai) (montrera|pourrait montrer|vous montrera|permettra de montrer)
  (postulé|candidaté) (à|pour) \\d
  \\d+ (candidatures|offres|entretiens|refus|postes)
  \\d+ ?min(utes)? (d'appel|d'échange|de votre temps|de ton temps|de visio)
`;

/**
 * French phrase data: Why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

/** What the referrer made or did that a candidate can point to: "votre conférence sur…", "ton article à propos de…". */
export const REFERRER_WORK = wordAlternation(`
  travail | parcours | expérience | équipe | rôle | conférence | intervention | talk | post | publication | article
  billet | blog | vidéo | livre | lancement | projet | recherche | table ronde | podcast | newsletter | fil | session
  keynote | atelier | webinaire | webinar | formation | cours | présentation | séminaire | épisode | guide | rapport
  interview | chronique | thèse | témoignage | reconversion | transition
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  travail | conférence | intervention | talk | post | article | projet | équipe | podcast | keynote | session | parcours
`);

export const REFERRER_DID = wordAlternation(`
  dirigé | mené | piloté | lancé | créé | fondé | construit | conçu | écrit | publié | présenté | animé | organisé
  partagé | recruté | encadré | accompagné | développé | monté | géré | travaillé sur | répondu | commenté
  recommandé | aidé | quitté | rejoint | fait | donné | enseigné | formé | parlé
`);

export const SEEN_WORK = wordAlternation(`
  conférence | intervention | talk | post | article | table ronde | podcast | travail | publication | session
  webinaire | webinar | atelier | présentation | épisode | masterclass | meetup | keynote | démo | newsletter
  interview | blog | livre | vidéo | cours | projet | dépôt | bibliothèque | fil | témoignage | billet | formation
`);

const CAP = String.raw`[A-ZÀ-Ý][\p{L}'-]+`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "le voisin de tes parents", "une amie de votre mère".
  {
    source: String.raw`(?<![\p{L}])(?:ami|amie|voisin|voisine|collègue|camarade(?: de [\p{L}]+)?) de (?:tes|vos|ton|ta|votre) (?:parents|père|mère|fils|fille|frère|sœur|soeur|oncle|tante|cousin|cousine|famille|mari|femme)(?![\p{L}])`,
    flags: 'iu',
  },
  // Sent by someone, or invited earlier: "sur la recommandation de Me Berthoud", "comme vous me l'aviez proposé".
  {
    source: String.raw`(?<![\p{L}])(?:sur (?:la )?(?:recommandation|les conseils|le conseil|les recommandations) d(?:e |['’])|comme (?:vous me l['’]aviez|tu me l['’]avais|vous me l['’]avez|tu me l['’]as) (?:proposé|suggéré|conseillé|demandé))`,
    flags: 'iu',
  },
  {
    // "votre collègue Julie Martin m'a conseillé…", "ta manager Inès, qui…"
    source: String.raw`(?<![\p{L}])(?:[Vv]otre|[Tt]on|[Tt]a) (?:ancienne? )?(?:collègue|collaborat(?:eur|rice)|manager|responsable|binôme|associée?|stagiaire|alternante?|cheffe?) ${CAP}(?: ${CAP})?,? (?:qui|m'a|m'avait|pense|et moi|était|est mon|est ma|a été)\b`,
    flags: 'u',
  },
  {
    // "Julie m'a conseillé de vous écrire"
    source: String.raw`\b${CAP} (?:m'a|m'avait|nous a) (?:conseillé|suggéré|recommandé|proposé|dit|donné) (?:de (?:vous|te) (?:contacter|écrire|solliciter|parler)|votre (?:nom|contact)|ton (?:nom|contact))`,
    flags: 'u',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:votre|ton|ta|vos|tes) ${REFERRER_WORK}s?(?: [\\wÀ-ÿ-]+)? (?:sur|à propos d[eu']|autour d[eu']|chez|au sein d[eu']|lors d[eu']|concernant|pendant|à)(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:vous avez|tu as|vous aviez|tu avais|t'as) (?:récemment |aussi |déjà |justement )?${REFERRER_DID}(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:vous êtes|tu es|t'es) (?:dans l'équipe|sur l'équipe|à la tête d|en charge d|responsable d|manager d|lead d|chef d)`,
    flags: 'i',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:nous (?:avons|nous sommes) (?:déjà )?(?:travaillé|échangé|collaboré|parlé|rencontrés|croisés)|on (?:a|s'est) (?:déjà )?(?:travaillé|bossé|échangé|collaboré|parlé|rencontrés?|croisés?))(?![\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    source: `(?<![\\wÀ-ÿ])(?:vu|lu|écouté|regardé|suivi|assisté à|découvert|participé à) (?:votre|ton|ta|vos|tes) (?:[\\wÀ-ÿ'-]+ ){0,2}?${SEEN_WORK}s?(?![\\wÀ-ÿ])`,
    flags: 'i',
  },
  {
    phrases: `
    (m'a|m'avait|m'ont) (conseillé|suggéré|recommandé|proposé|dit) de (vous|te) (contacter|écrire|solliciter|parler|demander|joindre)
    (m'a|m'avait) (dit|assuré) que (vous|tu) (étiez|étais|seriez|serais) (la bonne personne|le bon contact|la personne à contacter)
    (m'a|m'avait) (donné|transmis|passé|filé) (votre|ton) (nom|contact|adresse|numéro|mail)
    (on|nous) (était|étions|a été|avons été) (dans|à) (la même|le même) (promo|promotion|équipe|école|classe|boîte|projet|master)
    (on|nous) (a|avons) (fait|suivi) (la même|le même) (école|formation|master|promo|stage|bootcamp|prépa|cours|programme|cursus|maîtrise|MBA|classe|DUT|BTS|licence)
    (j'ai|on a|nous avons) (travaillé|bossé|collaboré) (avec|ensemble|aux côtés de) (vous|toi)
    (j'ai|j'étais|j'ai été) (travaillé |été )?(dans|sur|avec) (votre|ton|ta) (équipe|projet|service|pôle)
    (vous|tu) (m'avez|m'as) (encadré|encadrée|formé|formée|recruté|recrutée|managé|managée|appris|accompagné|accompagnée)
    (j'étais|j'ai été) (votre|ton|ta) (stagiaire|alternante?|étudiante?|élève|apprentie?|collègue|binôme)
    (ancien|ancienne|anciens) (élèves?|collègues?|de l'école|du master) (comme|que) (vous|toi)
    (tous les deux|tous deux|toutes les deux) (diplômés|diplômées|anciens|passés|issus) (de|par)
    (réseau|annuaire|groupe|association) des (alumni|anciens)
    je (vous|t') ai (rencontrée?|croisée?|entendue?|écoutée?|vue?) (à|au|aux|lors d|pendant)
    (vous étiez|tu étais) (intervenante?|conférencière|conférencier|formatrice|formateur|professeure?|enseignante?|chargée? de cours) (à|au|aux|dans|lors d|pendant)
    (c'est|c'était) (votre|ton|ta|ce|cette) (cours|conférence|intervention|présentation|article|formation|atelier|talk) qui (m'a|m'avait) (décidée?|convaincue?|donné envie|poussée?|amenée?)
    (vous|tu) (m'aviez|m'avais) (dit|conseillé|proposé|invité)
    (merci|grâce) (à [A-ZÀ-Ý][\\wÀ-ÿ-]+ )?pour (la mise en relation|la présentation|l'introduction|le contact)
    (on est|on était|nous sommes|nous étions) (tous|toutes) (les )?deux (à|au|aux|dans|sur|en|chez)
    (ingénieure?|diplômée?|ancienne?|élève|étudiante?|alumni) (de |du |de l'|des )?[A-ZÀ-Ý][\\wÀ-ÿ-]+ comme (toi|vous)
    (ta|votre) (réponse|intervention|astuce|publication|vidéo) ([\\wÀ-ÿ'-]+ ){0,6}(m'a|m'avait) (sauvée?|aidée?|débloquée?|dépannée?|appris)
    (parle|parlé|dit) (beaucoup |énormément |le plus grand )?(de )?bien de (vous|toi)
    (mon|ma) (oncle|tante|père|mère|frère|sœur|soeur|cousin|cousine|ami|amie|voisin|voisine|conjoint|conjointe) ([A-Z][a-zà-ÿ'-]+ )?(a travaillé|travaille|a bossé|bosse) (avec|pour|dans) (vous|toi|votre|ton|ta)
  `,
  },
  { source: String.raw`\b${CAP}, (?:je te présente|je vous présente) ${CAP}`, flags: 'u' },
  // Where they talked and the referrer's own invitation to write; a name passed on: "votre nom m'a été donné par…".
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:merci (?:encore |beaucoup )?pour (?:l['’]échange|notre échange|la discussion|notre discussion|notre conversation|la conversation|votre proposition de (?:vous|t['’]) écrire)|votre proposition de vous écrire|(?:votre|ton) nom m['’]a été (?:donné|transmis|communiqué)|m['’]a (?:donné|transmis|communiqué) (?:votre|ton) (?:nom|contact|adresse))(?![\wÀ-ÿ])`,
    flags: 'iu',
  },
  // A shared past, said the way people say it: "on s'est parlé au salon", "on était ensemble en master".
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:on s'est|on s'était|nous nous sommes|nous nous étions) (?:déjà )?(?:jasé|parlé|vus?|croisée?s?|rencontrée?s?|connue?s?)(?![\wÀ-ÿ])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:on était|nous étions|on a été|nous avons été) (?:ensemble|dans la même (?:promo|promotion|classe|équipe|école|boîte))(?![\wÀ-ÿ])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:nous sommes|on est) (?:tous|toutes) (?:les )?deux (?:ancien|ancienne|diplômé|diplômée|passé|passée|issu|issue)s?(?![\wÀ-ÿ])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\wÀ-ÿ])(?:votre|ton|ta) (?:panel|table ronde|intervention|conférence|atelier|keynote) (?:sur|à|au|lors)(?![\wÀ-ÿ])`,
    flags: 'iu',
  },
  // How they got the referrer's contact: "Paul m'a donné ton numéro", "le groupe des anciens de l'INSA".
  {
    source: String.raw`(?<![\p{L}])(?:m['’](?:a|avait) (?:donné|transmis|passé|filé|refilé|communiqué) (?:ton|votre|tes|vos) (?:numéro|contact|coordonnées|mail|e-mail|adresse)|j['’]ai eu (?:ton|votre) (?:numéro|contact|adresse|mail) (?:par|grâce à|via))(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:groupe|réseau|annuaire|liste|association|communauté) (?:des |d['’])(?:anciens|anciennes|alumni|diplômés|diplômées)(?![\p{L}])`,
    flags: 'iu',
  },
  // A past they shared, told in the pluperfect: "on avait travaillé ensemble", "depuis nos années à Lyon".
  {
    source: String.raw`(?<![\p{L}])(?:(?:on avait|nous avions) (?:déjà )?(?:travaillé|bossé|collaboré|échangé|étudié)|depuis (?:nos années|notre temps|l['’]époque) (?:à|au|aux|de|du|chez|d['’])|(?:de|dans) (?:ta|votre|notre|la même) (?:promo|promotion|cohorte))(?![\p{L}])`,
    flags: 'iu',
  },
  // What they saw of the referrer's work: "j'ai vu sur LinkedIn que vous travaillez sur…", "ton message dans #achats".
  {
    source: String.raw`(?<![\p{L}])(?:j['’]ai vu|j['’]ai lu|j['’]ai appris)(?: [^.!?]{0,30}?)? que (?:vous travaillez|tu travailles|vous dirigez|tu diriges|vous pilotez|tu pilotes|vous menez|tu mènes|vous gérez|tu gères)(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:vu|lu) (?:ton|votre) (?:message|post|commentaire|annonce) (?:dans|sur) (?:#|le canal|le groupe|slack|linkedin)`,
    flags: 'iu',
  },
  // Who they are to the referrer, or a talk already had: "c'est Paul, celui du cours de voile", "comme convenu".
  {
    source: String.raw`(?<![\p{L}])(?:(?:c['’]est|je suis) ${CAP}(?: ${CAP})?,? (?:celui|celle) (?:du|de la|des|de l['’])|comme (?:convenu|on en a parlé|on en avait parlé|on se l['’]est dit|discuté))`,
    flags: 'iu',
  },
];

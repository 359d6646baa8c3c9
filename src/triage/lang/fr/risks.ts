/**
 * French phrase data: What makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Regular expressions written as source draw word edges with `(?<![\wÀ-ÿ])`, since `\b` ignores accents.
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

/** What a referrer is called in praise: "vous êtes une source d'inspiration", "t'es le meilleur". */
export const PRAISE = wordAlternation(`
  inspiration | source d'inspiration | inspirante? | légende | génie | mod[eè]le | visionnaire | exceptionnelle?
  incroyable | brillante? | extraordinaire | formidable | géniale? | au top | la meilleure | le meilleur | une référence
  (?:le|la) plus (?:talentueuse?|brillante?|inspirante?|douée?)
`);

export const FLATTERY = `
  je (vous|te) suis depuis (longtemps|des années|des mois)
  je (suis|lis) (vos|tes) (publications|posts|vidéos|articles|contenus) depuis (longtemps|des années|des mois|toujours)
  je trouve (votre|ton|ta) ([a-zà-ÿ]+ )?(parcours|carrière|travail|profil|trajectoire) (vraiment |tellement |absolument |juste )?(incroyable|impressionnante?|inspirante?|exceptionnelle?|remarquable|extraordinaire|admirable|exemplaire)
  (j'admire|j'adore|je suis fan de) (votre|ton|ta|vos|tes) (parcours|travail|carrière|posts|publications|contenu)
  je (vous|t')admire
  (grand|grande|énorme|immense) (fan|admirat(eur|rice))
  (vous êtes|tu es|t'es) (vraiment |tellement |juste |sincèrement |honnêtement ){0,2}(un |une )?((vrai|vraie|véritable|immense|grande?) )?${PRAISE}
  (votre|ton|ta) ([a-zà-ÿ]+ )?(parcours|carrière|travail|profil|trajectoire|réussite) (est|a été) (vraiment |tellement |juste |absolument )?(incroyable|impressionnante?|inspirante?|exceptionnelle?|remarquable|extraordinaire|admirable|exemplaire)
  (une telle|quelle|une vraie) (source d')?inspiration
  tellement inspirante?
  (l'une|l’une|l'un|l’un|une|un) des (personnes|professionnels|professionnelles|femmes|hommes) que j('|’)admire le plus
  je suis (votre|ton) parcours depuis (des années|longtemps|toujours)
  (honorée?|un honneur)( pour moi)? de (vous|te) (écrire|contacter|solliciter)
  force (l'|l’)admiration
  (vous incarnez|tu incarnes) (l'|l’)?
  (une personne|quelqu'un|quelqu’un|un homme|une femme) de (votre|ton|ta) (envergure|stature|trempe|calibre)
  (parcours|carrière|trajectoire) (impressionnante?|incroyable|inspirante?|exemplaire|remarquable|hors du commun)
  (votre|ton|ta) (parcours|carrière|travail|trajectoire) (m'impressionne|m'inspire|me fascine|m'épate)
  (l'un|l'une) des (professionnels|professionnelles|personnes|leaders|expertes?|managers) les plus (brillant|talentueu|inspirant|respecté|doué)
  (est|sont|êtes|es) (une |un )?(vraie |véritable |grande |immense )?source d'inspiration
  à quel point (votre|ton|ta) (parcours|carrière|travail|trajectoire)
`;

export const PRESSURE = `
  j'ai besoin d'une réponse (aujourd'hui|rapidement|vite|avant|d'ici)
  (mon|ma|c'est mon|c'est ma|vous êtes mon|tu es mon|vous êtes ma|tu es ma) (dernier|dernière|seul|seule) (espoir|chance|recours)
  (mon|ma|notre) (visa|titre de séjour|avenir|loyer|emploi|famille|carrière) (en )?dépend
  j'ai (vraiment|absolument|désespérément) besoin (de (ce|cette|votre|ton)|d'un|que (vous|tu))
  désespér(ée?|ément)
  je (vous en|t'en) (supplie|prie)
  s'il (vous|te) pla(î|i)t,? s'il (vous|te) pla(î|i)t
  (?<!(pas|rien d'|rien d’|n'est pas|pas très|pas si) ?)(c'est )?(urgent|très urgent|au plus vite|asap)
  (avant|d'ici|pour) (demain|ce soir|la fin de (la )?(journée|semaine))
  (recomm|coopt|envo|répon|transm)\\w*\\b[^.!?]{0,40}\\b(avant|d'ici) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
  toujours pas (de réponse|eu de réponse|eu de retour|de retour)
  (je n'ai|j'ai) (toujours )?pas (eu|reçu) de (réponse|retour)
  pourquoi (vous ne m'avez|tu ne m'as|tu m'as) (toujours )?pas répondu
  (vous me devez|tu me dois)
  ne me (laissez|laisse) pas tomber
  (je compte|on compte|ma famille compte) (vraiment |beaucoup |énormément |tellement )?sur (vous|toi|moi)
  (ça|cela) (représente|représenterait|voudrait dire) (énormément|tout) pour moi
  (j'ai|on a) (déjà )?postulé à (plus de )?\\d+
  (vous toucherez|tu toucheras|vous aurez|tu auras|vous recevrez|tu recevras) (une|la|votre|ta) prime
  (une|la) prime de cooptation (pour (vous|toi)|au passage|en plus)
  gagnant[- ]gagnant
  (j'ai )?(déjà )?(dit|prévenu|informé|annoncé) (au|à la|le|la|les) (recruteu\\w*|manager|rh|responsable|équipe)\\b[^.!?]{0,30}\\bque (vous|tu)
  (j'ai )?(mis|indiqué|donné) (votre|ton) nom comme (référent|référence|parrain|marraine)
  (vous devez|tu dois|il faut que (vous|tu)) (me recommander|me coopter|m'aider|m'embaucher)
  (ma famille|mes enfants|mes parents) (compte|comptent|dépend|dépendent) (sur|de) moi
  je (vais )?(continuer|continuerai) (à|de) (vous|t') (écrire|relancer)
  (répondez|réponds)(-moi)? (vite|rapidement|svp|s'il)
  merci de (me )?(répondre|revenir vers moi) (vite|rapidement|au plus vite|sans tarder|dans la journée)
  (la date limite|la clôture|la deadline) (est|tombe|c'est) (demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
  (vous|tu) (m'avez|m'as) promis
`;

export const CONTACTED =
  '(écrit|envoyé (un|plusieurs|deux|trois) (messages?|mails?|e-mails?|mots?)|contactée?|relancée?|sollicitée?|pingée?)';

export const FOLLOW_UP = `
  (désolée?|pardon) d'insister
  (avez-vous|as-tu) (pu|eu le temps de) (voir|lire) mon (message|mail|e-mail)
  (je me permets de |petite |simple )?relanc(e|er)\\b
  (je (vous|te) )?relance\\b
  (je reviens|je me permets de revenir) vers (vous|toi)
  (pour |je fais )?suite à mon (précédent |dernier )?(message|mail|e-mail)
  (je (vous|t')ai|j'avais) (déjà )?${CONTACTED}
  au cas où (mon message|mon mail|il|ce message) (serait|aurait été|soit) (passé inaperçu|perdu|noyé|tombé)
  (mon|mes) (précédent|précédents|dernier|derniers) (messages?|mails?|e-mails?)
  (deuxième|troisième|quatrième|seconde?) (relance|message|mail|tentative)
  (nouvelle|énième) relance
  (je reviens|je relance|je vous écris|je t'écris) (à nouveau|encore|une nouvelle fois)
  petit up\\b
  (je )?up (ce|mon) message
`;

/** "Je vous ai écrit deux fois": the contact, with up to three words after it where a count may stand. */
export const CONTACT_VERB = `(?<![\\wÀ-ÿ])(?:vous|t')\\s?ai (?:déjà )?(?:${CONTACTED.slice(1, -1)})((?: [\\wÀ-ÿ]+){0,3})`;

/** A count of contacts; the second group holds digits. Counts in words ("deux fois") are read as one. */
export const QUANTIFIER = String.raw`(?<![\wÀ-ÿ])(une fois|deux fois|trois fois|quatre fois|cinq fois|(\d{1,2}) fois|plusieurs fois|à plusieurs reprises|à maintes reprises|quelques fois|maintes fois|(?:mes|les) (?:deux|trois|quatre) (?:derniers |précédents )?(?:messages|mails|e-mails))(?![\wÀ-ÿ])`;

/** A bump that says it is not the first: "je me permets de vous relancer à nouveau", "mes précédents messages". */
export const REPEATED_BUMP = String.raw`(?<![\wÀ-ÿ])(?:(?:vous|te) relancer? (?:à nouveau|encore|une nouvelle fois|une fois de plus|une énième fois)|mes (?:deux |trois |plusieurs )?(?:précédents|derniers|anciens) (?:messages|mails|e-mails)|mes (?:deux|trois|plusieurs) (?:messages|mails|e-mails)|(?:nouvelle|énième) relance)(?![\wÀ-ÿ])`;

/** "Deuxième relance": the first group is the ordinal word. */
export const ORDINAL_MESSAGE = String.raw`(?<![\wÀ-ÿ])(deuxième|troisième|quatrième|cinquième|seconde?) (?:message|mail|e-mail|relance|tentative|fois)(?![\wÀ-ÿ])`;

/** Template text left in: "[Prénom]", "{{prenom}}", "<entreprise>", "%POSTE%", "XXX". */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  [
    '[',
    {
      source: String.raw`\[(?:votre |ton |ta |son |sa )?(?:prénom|prenom|nom|nom complet|nom de famille|entreprise|nom de l'entreprise|société|poste|intitulé du poste|intitulé|titre du poste|équipe|date|lien|manager|destinataire|contact|référent)\](?!\()`,
      flags: 'i',
    },
  ],
  ['[', { source: String.raw`\[(?:insérer|ajouter|compléter|indiquer|mettre|saisir)\b[^\]\n]{0,40}\]`, flags: 'i' }],
  ['[', { source: String.raw`\[[A-ZÀ-Ý][A-ZÀ-Ý_ ]{2,30}\](?!\()`, flags: '' }],
  ['{', { source: String.raw`\{\{?\s*[a-zà-ÿ][a-zà-ÿ_. ]{0,30}\s*\}?\}`, flags: 'i' }],
  [
    '<',
    {
      source: String.raw`<(?:prénom|prenom|nom|entreprise|société|poste|intitulé|équipe|votre nom|nom de l'entreprise|insérer[^<>\n]{0,30})>`,
      flags: 'i',
    },
  ],
  ['%', { source: '%[A-ZÀ-Ý_]{2,30}%', flags: '' }],
  ['XXX', { source: String.raw`\bX{3,}\b`, flags: '' }],
  [
    '(',
    { source: String.raw`\((?:votre |ton )?(?:prénom|nom|entreprise|société|poste|intitulé du poste)\)`, flags: 'i' },
  ],
  [' X', { source: String.raw`\b(?:chez|dans|rejoindre) (?:l'entreprise|la société|le groupe) X\b`, flags: 'i' }],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a client, a relative. */
export const ON_BEHALF = `
  (je travaille|nous travaillons|j'accompagne|nous accompagnons) (actuellement )?avec (plusieurs|quelques|divers) (profils|candidat(e)?s)
  (mon|ma) ([a-zà-ÿ]+ )?(fils|fille|neveu|nièce|frère|sœur|soeur|cousin|cousine|ami|amie|conjoint|conjointe|mari|femme|copain|copine|colocataire|voisin|voisine|filleul|filleule) (vient de (finir|terminer|sortir|décrocher|obtenir)|cherche|recherche|aimerait|a besoin|voudrait)
  (lui|leur) trouver (un|du) (travail|poste|emploi|job|stage|boulot)
  (pourriez-vous|pourrais-tu|peux-tu|pouvez-vous|vous pourriez|tu pourrais) (le|la|les) (recommander|coopter|pistonner|pousser)
  (trop timide|n'ose pas|n'osent pas) (pour )?(vous |te )?(le )?demander
  (au nom|pour le compte) (de mon|de ma|de nos|d'un|d'une) (client|cliente|clients|candidat|candidate|candidats)
  (mon|ma|notre|nos) (client|cliente|candidat|candidate|candidats) (est|a|serait|cherche|recherche|souhaite)
  (un|une) (candidat|candidate|profil) que (je représente|j'accompagne|nous représentons)
  (cabinet|agence) de (recrutement|placement|chasse de têtes|portage)
  # the candidate kept anonymous: "je ne peux pas encore vous communiquer son nom"
  je ne (peux|puis) pas (encore )?(vous |te )?(communiquer|donner|révéler|dévoiler|transmettre) son nom
  (honoraires|frais) de (placement|recrutement|l'agence|chasse)
  (je représente|nous représentons) (un|une|plusieurs|des) (candidats?|candidates?|profils?)
  # a recruiter's one candidate, unnamed: "j'accompagne actuellement un candidat excellent"
  (je travaille|nous travaillons|j'accompagne|nous accompagnons) (actuellement )?(avec )?(un|une) (candidat|candidate|profil)\\b
  (je vous écris|je t'écris|j'écris) (au nom|de la part) de (mon|ma) ([a-zà-ÿ]+ )?(fils|fille|frère|sœur|soeur|ami|amie|neveu|nièce|cousin|cousine|conjoint|conjointe|collègue)
`;

/** Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction. */
export const NOT_A_REFERRAL = `
  (servir de|faire office de) (référent|référence)
  (d'être|accepter d'être|accepteriez-vous d'être|accepterais-tu d'être) (ma|mon|une de mes|un de mes) (référence|référent)s?
  (une|des|ma|votre) lettres? de recommandation
  qui (gère|s'occupe des|s'occupe de|est en charge des|est responsable des|décide des) (achats|approvisionnements|fournisseurs|partenariats|la paie|la facturation|prestataires)
  (présenter|mettre en relation) (à|avec) (votre|vos|la) (acheteu\\w*|décideu\\w*|direction des achats|service achats)
  (une|petite|courte) (courte |petite )?démo (de notre|pour (vous )?montrer)
  (opportunité|proposition) (de partenariat|commerciale|d'affaires|d'investissement)
  nous sommes (un|une) ([a-zà-ÿ]+ ){0,2}(fournisseur|distributeur|fabricant|revendeur|prestataire|éditeur de logiciel)
  (faire|faisant|verser) (un|une) (don|donation)
  mon (dossier|remboursement|sinistre|prêt|rendez-vous) (est )?(bloqué|en attente|refusé|en retard)
`;

/** Asks to be sent to someone who does a thing for them, read only in sentences with no talk of a job. */
export const SERVICE_ASK = `
  (me mettre en (relation|contact) avec|m'orienter vers|me présenter à|me rediriger vers) (la personne|quelqu'un|celui|celle) (qui|en charge)\\b[^.!?]{0,40}\\b(achats|fournisseurs|partenariats|facturation|contrats|devis|assurances?|remboursements?|dossier|commandes?)
  (me mettre en (relation|contact) avec|m'orienter vers|me présenter à|me rediriger vers) (quelqu'un|la personne|celui|celle) qui (peut|pourrait|saurait) (m'aider|accélérer|régler|traiter|débloquer|traduire|examiner|valider|signer)
  (me mettre en (relation|contact) avec|m'orienter vers|me rediriger vers) (un|une|votre|vos|l'un de vos) (médecin|avocat|notaire|spécialiste|technicien|conseiller|kiné|dentiste)s?
`;

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK = String.raw`(?<![\wÀ-ÿ])(?:recrut[\wÀ-ÿ]*|embauch[\wÀ-ÿ]*|entretiens?|cv|candidatures?|postes?|offres? d'emploi|emplois?|jobs?|stages?|alternances?|cdi|cdd|rôles?|cooptation)(?![\wÀ-ÿ])`;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST = String.raw`(?:^|\s)@(?:here|channel|everyone|tous)\b|(?<![\wÀ-ÿ])(?:bonjour|salut|coucou|hello) (?:à tous|à toutes|tout le monde|à toutes et à tous|la team|les amis)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(?:j'écris|j'envoie ce message|je contacte|je sollicite|je m'adresse) (?:à )?(?:plusieurs|de nombreuses|beaucoup de|toutes les|un maximum de|un grand nombre de) (?:personnes|contacts|salariés|collaborateurs)(?![\wÀ-ÿ])`;

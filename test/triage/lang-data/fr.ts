import type { LanguageTable } from './table.js';

/** French: vous and tu, accents, French numbers ("4,5 %", "2 300"), French postings ("H/F"). */
export const FR: LanguageTable = {
  keys: {
    REFERRAL_ASK: {
      match: [
        'Accepteriez-vous de me coopter pour le poste de Chef de projet (H/F) ?',
        "Tu pourrais transmettre mon CV à l'équipe de recrutement ?",
        "Pourriez-vous me recommander en interne pour l'offre Data Analyst ?",
        'Est-ce que tu pourrais glisser un mot pour moi auprès du manager ?',
        'Serait-il possible que tu me cooptes sur ce poste ?',
      ],
      miss: "J'ai vu que votre entreprise a une prime de cooptation intéressante.",
    },
    ADVICE_ASK: {
      match: [
        'Auriez-vous 15 minutes de votre temps pour un échange ?',
        'On pourrait prendre un café la semaine prochaine ?',
        "J'aimerais beaucoup avoir tes conseils sur la reconversion.",
      ],
      miss: 'Je bois un café chaque matin avant de coder.',
    },
    FIT_OUTSOURCED: {
      match: [
        'Dites-moi quels postes me correspondraient le mieux.',
        "Dis-moi si des offres t'semblent ok, n'importe quel poste qui te semble adapté.",
      ],
      miss: 'Je vise le poste de Développeur Back-end (H/F) publié hier.',
    },
    ANSWERS_AN_ASK: {
      match: [
        "Comme vous me l'avez demandé, voici ma synthèse en une page.",
        'Suite à ta réponse, voici un peu plus de détails sur mon parcours.',
        'Merci pour votre retour rapide !',
      ],
      miss: "Je vous demande votre aide pour le poste d'infirmière.",
    },
    IMPLIED_ASK: {
      match: ['Si vous ne pouvez pas, je comprendrai.', "Et si c'est pas le bon moment, dis-le moi simplement."],
      miss: 'Si vous avez des questions, je suis disponible.',
    },
    GRACEFUL_EXIT: {
      match: [
        "Sans souci si ce n'est pas possible.",
        'Aucun problème si tu ne peux pas, je comprendrais tout à fait.',
        'Ne vous sentez surtout pas obligée.',
        'Sentez-vous libre de refuser.',
      ],
      miss: 'Il y a eu un problème avec mon dossier.',
    },
    PRAISE: { match: ['une véritable inspiration', 'la plus brillante'], miss: 'une collègue' },
    FLATTERY: {
      match: [
        "Vous êtes une vraie source d'inspiration pour moi.",
        "J'admire ton parcours depuis des années, t'es vraiment une légende.",
        'Votre parcours est tellement inspirant !',
      ],
      miss: 'Votre équipe construit la plateforme de paiement.',
    },
    PRESSURE: {
      match: [
        "C'est ma dernière chance, mon titre de séjour en dépend.",
        "Je t'en supplie, réponds-moi vite.",
        "J'ai besoin de la recommandation avant demain.",
        "Vous toucherez une prime en plus, c'est gagnant-gagnant.",
      ],
      miss: 'Je suis disponible dès demain pour un appel.',
    },
    CONTACTED: { match: ['contacté', 'envoyé un message'], miss: 'contactez' },
    FOLLOW_UP: {
      match: [
        'Je me permets de vous relancer concernant mon message.',
        'Je reviens vers toi au cas où mon message serait passé inaperçu.',
        'Petit up de mon précédent message !',
      ],
      miss: "Je vous écris au sujet de l'offre publiée hier.",
    },
    CONTACT_VERB: {
      match: ['Je vous ai écrit deux fois la semaine dernière.', "Je t'ai déjà contacté sur LinkedIn."],
      miss: 'Vous avez écrit un très bel article.',
    },
    QUANTIFIER: {
      match: ['Je vous ai écrit 3 fois.', 'Je vous ai relancé à plusieurs reprises.', 'mes deux derniers messages'],
      miss: 'Je suis une formation.',
    },
    REPEATED_BUMP: {
      match: [
        'Je me permets de vous relancer une nouvelle fois.',
        'Suite à mes précédents messages restés sans réponse.',
      ],
      miss: 'Je me permets de vous contacter.',
    },
    ORDINAL_MESSAGE: {
      match: ["C'est ma deuxième relance.", "C'est la troisième fois que je vous écris."],
      miss: 'Deuxième année de master.',
    },
    PLACEHOLDER_PATTERNS: {
      match: ['Bonjour [Prénom],', 'Je serais ravi de rejoindre {{entreprise}}.', 'le poste de [INTITULÉ DU POSTE]'],
      miss: 'Bonjour Marie, [lien ci-dessous](https://exemple.fr)',
    },
    ON_BEHALF: {
      match: [
        'Ma fille vient de finir son master et cherche un premier poste.',
        'Je représente un candidat très qualifié ; nos honoraires de placement sont de 20 %.',
        'Pourriez-vous le recommander ? Il est trop timide pour vous le demander lui-même.',
      ],
      miss: "Ma manager m'a conseillé de postuler.",
    },
    NOT_A_REFERRAL: {
      match: [
        "Accepteriez-vous d'être ma référence pour ce poste ?",
        'Nous sommes un fournisseur de logiciels RH et cherchons qui gère les achats.',
      ],
      miss: 'Pourriez-vous me recommander pour le poste ?',
    },
    SERVICE_ASK: {
      match: [
        "Pourriez-vous me mettre en relation avec la personne qui s'occupe des achats ?",
        "Tu peux m'orienter vers quelqu'un qui pourrait débloquer mon dossier ?",
      ],
      miss: 'Pourriez-vous me mettre en relation avec le manager du poste ?',
    },
    JOB_TALK: {
      match: ['Je postule au poste de Chef de projet (H/F).', 'Je cherche un CDI en alternance.'],
      miss: 'Je suis passé par la composition du projet.',
    },
    BROADCAST: {
      match: ['Bonjour à tous, je cherche un poste.', "J'écris à plusieurs personnes de l'entreprise."],
      miss: 'Bonjour Julie, je me permets de vous écrire.',
    },
    REFERRER_WORK: { match: ['conférence', 'parcours'], miss: 'cantine' },
    REFERRER_WORK_NAMED: { match: ['intervention', 'podcast'], miss: 'voiture' },
    REFERRER_DID: { match: ['piloté', 'travaillé sur'], miss: 'mangé' },
    SEEN_WORK: { match: ['webinaire', 'table ronde'], miss: 'vacances' },
    WHY_ME_PATTERNS: {
      match: [
        "Votre collègue Julie Martin m'a conseillé de vous écrire.",
        "J'ai lu votre article sur la migration vers Kubernetes.",
        'On a bossé ensemble chez Criteo il y a trois ans.',
        "Tu as piloté la refonte du paiement, c'est pour ça que je t'écris.",
      ],
      miss: "J'ai trouvé votre profil en cherchant sur Google.",
    },
    PROOF_IMPACT_VERB: {
      match: ["J'ai réduit le temps de build.", 'Nous avons économisé 40 000 €.', "J'ai augmenté la conversion."],
      miss: 'Je suis curieuse et rigoureuse.',
    },
    METRIC_UNIT: { match: ['%', 'millions'], miss: 'kilos' },
    COUNTED: { match: ['utilisateurs', 'commandes'], miss: 'idées' },
    PROOF_METRIC: {
      match: ['La conversion a progressé de 4,5 %.', 'Nous servons 2 300 clients par jour.', 'un CA de 1,2 M€'],
      miss: "J'ai 5 ans d'expérience.",
    },
    QUANTITY: { match: ['deux', 'la moitié'], miss: 'une' },
    PROOF_IN_WORDS: {
      match: [
        "J'ai réduit de moitié le temps de traitement des tickets.",
        'Les inscriptions ont doublé en un an.',
        'On livre en deux jours au lieu de deux semaines.',
        'Le taux de churn a été divisé par trois.',
      ],
      miss: "J'ai réduit ma consommation de café.",
    },
    PROOF_WORK_RATE: {
      match: ['Je traite environ 60 dossiers par jour.', "J'accueille 40 patients par garde."],
      miss: 'Je travaille 39 heures par semaine.',
    },
    PROOF_FROM_TO: {
      match: ['Le délai est passé de douze jours à quatre.', 'de 9 incidents par mois à moins de 5'],
      miss: "J'ai déménagé de Lyon à Paris.",
    },
    NOT_A_PROOF: {
      match: ["J'ai postulé à 40 offres sans réponse.", 'Un appel de 15 minutes de votre temps suffirait.'],
      miss: 'Nous avons signé 40 contrats.',
    },
    BACKGROUND: {
      match: [
        "J'ai piloté l'équipe paiement pendant trois ans.",
        'Depuis cinq ans je développe des API.',
        'Mon parcours est atypique.',
      ],
      miss: 'Votre équipe recrute.',
    },
    ASPIRATION: {
      match: ["J'ai toujours voulu travailler dans la cybersécurité.", 'Je suis passionnée par la santé publique.'],
      miss: "J'ai travaillé dans la cybersécurité.",
    },
    MEETING_PLACE: {
      match: ["On s'est rencontrés au meetup Python de Lyon.", 'Nous avons échangé lors du salon VivaTech.'],
      miss: "J'ai développé une API de paiement.",
    },
    FIRST_PERSON: {
      match: ["J'ai réduit les délais de moitié.", 'Notre équipe a livré le projet.'],
      miss: 'Tu as écrit un bel article.',
    },
    SECOND_PERSON: {
      match: ['Pourriez-vous me coopter ?', "Je t'écris au sujet du poste.", 'Ton équipe recrute.'],
      miss: 'Nous avons un rendez-vous demain.',
    },
    SELF_NAME: {
      match: ["Je m'appelle Camille Durand.", "Moi c'est Léa, développeuse."],
      miss: 'Je suis développeuse.',
    },
    ATTACHMENT_KINDS: {
      match: ['Vous trouverez mon CV en pièce jointe.', 'Ma lettre de motivation et mes études de cas.'],
      miss: 'Je lis beaucoup de romans.',
    },
    ATTACHED: {
      match: ['Mon CV est ci-joint.', 'Vous trouverez en pièce jointe mon portfolio.', 'Voici mon profil LinkedIn.'],
      miss: 'Je vous rejoins demain.',
    },
    RESUME_HEADER: { match: ['EXPÉRIENCE PROFESSIONNELLE', 'Compétences :'], miss: 'Mes compétences en Python' },
    GREETING: {
      match: ['Bonjour Marie,', 'Madame, Monsieur,', 'Salut Karim !'],
      miss: 'Bonjour, je vous écris pour le poste de Data Analyst.',
    },
    GREETING_PREFIX: { match: ['Bonjour Marie, je vous écris', 'Salut ! Je suis Léa'], miss: 'Bonjourno a tutti' },
    SIGN_OFF: {
      match: ['Bien cordialement,', "Merci d'avance !", 'Belle journée', 'Bien à toi'],
      miss: 'Merci de me recommander pour le poste de Data Analyst chez vous',
    },
    INTRODUCTION: {
      match: ["Claire, je te présente Julien, dont je t'ai parlé.", 'Je me permets de vous mettre en relation.'],
      miss: 'Je me présente : Julien, ingénieur.',
    },
  },
  quotedHeader: {
    match: [
      'Le lun. 3 févr. 2025 à 10:12, Marie Dupont <marie@exemple.fr> a écrit :',
      "-------- Message d'origine --------",
      'De : Marie Dupont <marie@exemple.fr>',
    ],
    miss: 'Le poste a été publié la semaine dernière.',
  },
  disciplines: {
    match: [
      ['Développeur Back-end H/F', 'backend'],
      ['Développeuse Front-end (H/F)', 'frontend'],
      ['Ingénieur logiciel senior', 'software'],
      ['Chef de produit', 'pm'],
      ['Infirmière en réanimation', 'critical-care'],
      ["Infirmier(ère) diplômé(e) d'État", 'nursing'],
      ['Ingénieur qualité fournisseurs', 'quality'],
      ['Ingénieure sécurité', 'security'],
      ['Contrôleur de gestion', 'finance'],
      ['Chargée de recrutement', 'recruiting'],
      ['Conducteur de travaux', 'construction'],
      ['Kinésithérapeute', 'physical-therapy'],
      ['Professeure de mathématiques', 'teaching-math'],
      ['Chargé de projet événementiel', 'events'],
    ],
    miss: 'Chef de projet (H/F)',
  },
};

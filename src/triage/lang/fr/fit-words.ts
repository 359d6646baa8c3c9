import type { FitWords } from '../types.js';

/**
 * French fit vocabulary (see lang/fit-vocabulary.ts): area words, the job nouns of French titles
 * ("Chef de projet (H/F)", "Chargé·e d'affaires", "Ingénieur qualité") and what a title adds that is
 * not the job ("(H/F)", "(F/H)", "·e", "(ne)", "CDI", "CDD").
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    platform:
      'plateforme interne | plateforme développeurs | outils internes | outillage interne | outils de développement | intégration continue | déploiement continu | déploiements | expérience développeur',
    growth:
      'croissance | rétention | activation | acquisition | conversion | tunnel de conversion | abonnements | monétisation | tarification',
    ai: 'intelligence artificielle | apprentissage automatique | ia générative | modèles de langage | vision par ordinateur',
    ads: 'publicité | annonces | annonceurs | publicité programmatique',
    enterprise: 'entreprises | gestion des comptes | droits d’accès | relation client',
    consumer: 'grand public | réseaux sociaux | jeux vidéo | jeu vidéo | communauté',
    payments:
      'paiements | paiement | encaissement | facturation | cartes bancaires | banque privée | prêts | rapprochement | portefeuille',
    marketplaces:
      'commerce en ligne | e-commerce | boutique en ligne | panier | catalogue | logistique | dernier kilomètre | livraisons | commandes',
    data: 'analyse de données | ingénierie des données | science des données | entrepôt de données | tableaux de bord | informatique décisionnelle | qualité des données',
    security:
      'sécurité | cybersécurité | vie privée | confidentialité | identité | authentification | fraude | lutte contre la fraude | conformité | anti-blanchiment | lutte anti-blanchiment',
    mobile: 'mobile | application mobile | applications mobiles',
    design: 'design system | système de design | accessibilité | conception d’interfaces | design produit | ergonomie',
    research: 'recherche utilisateur | recherche ux | entretiens utilisateurs',
    marketing: 'marque | communication | réseaux sociaux | campagnes | contenus',
    infrastructure:
      'infrastructure | fiabilité | cloud | observabilité | supervision | astreinte | astreintes | disponibilité | bases de données | systèmes distribués',
    search: 'recherche | moteur de recherche | recommandations | personnalisation',
    productivity: 'productivité | collaboration',
    health:
      'santé | clinique | patients | télémédecine | téléconsultation | hôpital | diagnostic | dispositifs médicaux',
    education: 'éducation | enseignement | formation | étudiants | élèves | cours',
    hardware: 'matériel | objets connectés | firmware | systèmes embarqués | électronique | robotique',
  },
  JOB_NOUNS: {
    developer: 'développeur développeuse développeurs programmeur programmeuse',
    engineer: 'ingénieur ingénieure ingénieurs',
    manager: 'responsable directeur directrice chef gestionnaire',
    lead: 'référent référente',
    coordinator: 'coordinateur coordinatrice',
    analyst: 'analyste analystes',
    designer: 'designer designeuse concepteur conceptrice',
    scientist: 'scientifique',
    specialist: 'spécialiste expert experte',
    consultant: 'consultant consultante',
    technician: 'technicien technicienne',
    assistant: 'assistant assistante',
    nurse: 'infirmier infirmière',
    accountant: 'comptable',
    buyer: 'acheteur acheteuse approvisionneur',
    teacher: 'professeur professeure enseignant enseignante',
    representative: 'commercial commerciale chargé chargée',
  },
  TITLE_MARKERS: String.raw`\((?:H\/F|F\/H|h\/f|f\/h|H\/F\/X|F\/H\/X)\)|(?<=\p{L})(?:\((?:e|es|ne|se|euse|rice|ère)\)|·(?:e|ne|se|euse|rice|ère)s?(?!\p{L}))|(?<![\p{L}])(?:CDI|CDD|temps plein|confirmée?|senior|junior)(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:je suis|j'ai été|j’ai été|je travaille comme|je travaille en tant que|je suis actuellement)(?: actuellement| aujourd'hui)? (?:un |une |l'|l’)?([\p{L}&-]+(?: (?!(?:à|au|aux|chez|auprès|pour|depuis)(?![\p{L}]))[\p{L}&'’-]+){0,4})`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:je sais (?:bien )?que [^.!?]{0,80}?(?:c'est|c’est|est) (?:autre chose|un autre métier|un autre monde|un monde différent|très différent)|ce n['’]est pas (?:tout à fait |vraiment )?mon domaine|(?:je n'ai pas|je n’ai pas|sans) (?:encore )?(?:d'|d’)?expérience (?:directe|concrète)|(?:me reconvertir|reconversion)|passer côté [\p{L}-]{3,25}|je sais que (?:c'est|c’est) un (?:grand )?saut|je ne suis (?:pas|ni) (?:encore )?[\p{L}-]{3,25} (?:diplômée?|certifiée?|inscrite? à l['’]ordre|membre de l['’]ordre)|(?:trop loin|loin) du profil)(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:je n['’]ai (?:jamais|pas encore|encore jamais|jamais vraiment) (?:travaillé|conçu|construit|géré|dirigé|piloté|fait|occupé|touché|développé|réalisé|produit|animé|monté|tourné|enseigné|vendu)|je ne connais pas (?:encore )?)(?![\p{L}])[^.!?;]{0,80}`,
};

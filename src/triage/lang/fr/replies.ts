/** French replies, in the referrer's voice (see lang/replies.ts for the slots): tu or vous, as the note has it. */
import type { ReplyWording } from '../reply-types.js';

export const fr: ReplyWording = {
  formal: String.raw`(?<![\p{L}])(?:[Vv]ous|[Vv]otre|[Vv]os)(?![\p{L}])`,
  hi: ['Salut {name},', 'Bonjour {name},'],
  hiThere: ['Bonjour,', 'Bonjour,'],
  role: { named: 'le poste de {role}', unnamed: 'ce poste' },
  yes: {
    open: ['Merci pour ton message, très clair.', 'Merci pour votre message, très clair.'],
    yes: ['Je te recommande volontiers pour {role}.', 'Je vous recommande volontiers pour {role}.'],
    why: [
      'Ce que tu décris (« {quote} ») est exactement le genre de résultat que je peux défendre.',
      'Ce que vous décrivez (« {quote} ») est exactement le genre de résultat que je peux défendre.',
    ],
    needResume: [
      'Tu peux m’envoyer ton CV ? Dès que je l’ai, je fais la recommandation et je te préviens quand c’est enregistré ; ensuite, c’est l’équipe recrutement qui prend le relais.',
      'Pourriez-vous m’envoyer votre CV ? Dès que je l’ai, je fais la recommandation et je vous préviens quand c’est enregistré ; ensuite, c’est l’équipe recrutement qui prend le relais.',
    ],
    needLinkAndResume: [
      'Tu peux m’envoyer le lien exact de l’offre et ton CV ? Dès que je les ai, je fais la recommandation et je te préviens.',
      'Pourriez-vous m’envoyer le lien exact de l’offre et votre CV ? Dès que je les ai, je fais la recommandation et je vous préviens.',
    ],
  },
  onePager: {
    open: ['Merci pour ton message.', 'Merci pour votre message.'],
    fitClose: [
      'Le poste est proche du travail de mon équipe, alors j’aimerais le regarder sérieusement.',
      'Le poste est proche du travail de mon équipe, je souhaite donc l’examiner sérieusement.',
    ],
    ask: ['Tu peux m’envoyer une synthèse d’une page ?', 'Pourriez-vous m’envoyer une synthèse d’une page ?'],
    askWithLink: [
      'Tu peux m’envoyer une synthèse d’une page et le lien exact de l’offre ?',
      'Pourriez-vous m’envoyer une synthèse d’une page et le lien exact de l’offre ?',
    ],
    close: ['Avec ça, je pourrai te donner une vraie réponse.', 'Avec cela, je pourrai vous donner une vraie réponse.'],
  },
  pieces: {
    proof: [
      'Ce qui me manque, c’est un résultat concret : une chose que tu as faite et ce qu’elle a changé, idéalement chiffrée.',
      'Ce qui me manque, c’est un résultat concret : une chose que vous avez faite et ce qu’elle a changé, idéalement chiffrée.',
    ],
    fitOverlap: [
      'Ce qui me manque, c’est en quoi ton expérience se transpose à {team}.',
      'Ce qui me manque, c’est en quoi votre expérience se transpose à {team}.',
    ],
    ask: [
      'Ça m’aiderait aussi de savoir précisément ce que tu attends de moi.',
      'Cela m’aiderait aussi de savoir précisément ce que vous attendez de moi.',
    ],
    whyMe: [
      'Une ligne sur pourquoi tu penses que mon équipe est la bonne m’aiderait aussi.',
      'Une ligne sur pourquoi vous pensez que mon équipe est la bonne m’aiderait aussi.',
    ],
    other: [
      'Avec ton parcours, le poste et pourquoi ça colle, je peux transmettre facilement.',
      'Avec votre parcours, le poste et pourquoi cela correspond, je peux transmettre facilement.',
    ],
    name: [
      'Et donne-moi ton nom complet : ton message ne porte que tes initiales, et il me faut un nom pour la recommandation.',
      'Et merci de m’indiquer votre nom complet : votre message ne porte que vos initiales, et il me faut un nom pour la recommandation.',
    ],
  },
  // Never "de {name}" nor "que {name}": a name opening on a vowel would need the elision (d’Aminata, qu’Élodie).
  about: {
    thanks: ['Merci de m’avoir écrit pour {name}.', 'Merci de m’avoir écrit pour {name}.'],
    thinking: ['Merci d’avoir pensé à moi pour {name}.', 'Merci d’avoir pensé à moi pour {name}.'],
    yes: ['Je recommande volontiers {name} pour {role}.', 'Je recommande volontiers {name} pour {role}.'],
    why: [
      'Un résultat comme « {quote} », c’est exactement ce que je peux défendre.',
      'Un résultat comme « {quote} », c’est exactement ce que je peux défendre.',
    ],
    needResume: [
      'Tu peux demander à {name} de m’envoyer son CV directement ? Dès que je l’ai, je fais la recommandation et je préviens {name} quand c’est enregistré.',
      'Pourriez-vous demander à {name} de m’envoyer son CV directement ? Dès que je l’ai, je fais la recommandation et je préviens {name} quand c’est enregistré.',
    ],
    needLinkAndResume: [
      'Tu peux demander à {name} de m’envoyer le lien exact de l’offre et son CV directement ? Dès que je les ai, je fais la recommandation et je préviens {name}.',
      'Pourriez-vous demander à {name} de m’envoyer le lien exact de l’offre et son CV directement ? Dès que je les ai, je fais la recommandation et je préviens {name}.',
    ],
    ask: [
      'Tu peux demander à {name} de m’écrire directement, avec une synthèse d’une page ?',
      'Pourriez-vous demander à {name} de m’écrire directement, avec une synthèse d’une page ?',
    ],
    askWithLink: [
      'Tu peux demander à {name} de m’écrire directement, avec une synthèse d’une page et le lien exact de l’offre ?',
      'Pourriez-vous demander à {name} de m’écrire directement, avec une synthèse d’une page et le lien exact de l’offre ?',
    ],
    pieces: {
      proof: [
        'Ce qui me manque, c’est un résultat concret obtenu par {name}, idéalement chiffré.',
        'Ce qui me manque, c’est un résultat concret obtenu par {name}, idéalement chiffré.',
      ],
      fitOverlap: [
        'Ce qui me manque, c’est comment {name} mettrait son expérience au service de {team}.',
        'Ce qui me manque, c’est comment {name} mettrait son expérience au service de {team}.',
      ],
      ask: [
        'Ça m’aiderait aussi de savoir précisément quelle aide {name} attend de moi.',
        'Cela m’aiderait aussi de savoir précisément quelle aide {name} attend de moi.',
      ],
      whyMe: [
        'Une ligne sur pourquoi {name} pense que mon équipe est la bonne m’aiderait aussi.',
        'Une ligne sur pourquoi {name} pense que mon équipe est la bonne m’aiderait aussi.',
      ],
      other: [
        'Avec un mot sur le parcours, le poste et pourquoi ça colle, je peux transmettre facilement.',
        'Avec un mot sur le parcours, le poste et pourquoi cela correspond, je peux transmettre facilement.',
      ],
    },
    decline: [
      'Je ne vais pas pouvoir recommander {name} cette fois, et je préfère le dire clairement plutôt que de laisser la question en suspens.',
      'Je ne vais pas pouvoir recommander {name} cette fois, et je préfère le dire clairement plutôt que de laisser la question en suspens.',
    ],
    outsideArea: [
      '{role} est en dehors de mon périmètre ({team}) : je ne saurais pas juger de l’adéquation.',
      '{role} est en dehors de mon périmètre ({team}) : je ne saurais pas juger de l’adéquation.',
    ],
    noRole: [
      'Je ne recommande que pour un poste précis que je peux défendre : si {name} trouve une offre qui correspond, un message court avec le lien et un résultat concret rendront la demande bien plus simple.',
      'Je ne recommande que pour un poste précis que je peux défendre : si {name} trouve une offre qui correspond, un message court avec le lien et un résultat concret rendront la demande bien plus simple.',
    ],
    close: [
      'Je souhaite plein de réussite à {name} dans ses recherches.',
      'Je souhaite à {name} pleine réussite dans ses recherches.',
    ],
  },
  no: {
    open: ['Merci d’avoir pensé à moi.', 'Merci d’avoir pensé à moi.'],
    outsideArea: [
      '{role} est en dehors de mon périmètre ({team}) : je ne saurais pas juger de l’adéquation et je ne suis pas la bonne personne pour te recommander. Bonne chance !',
      '{role} est en dehors de mon périmètre ({team}) : je ne saurais pas juger de l’adéquation et je ne suis pas la bonne personne pour vous recommander. Bonne chance.',
    ],
    noRole: [
      'Je ne recommande que pour un poste précis que je peux défendre, donc je passe pour l’instant. Si tu trouves une offre qui te correspond, un message court avec le lien et un résultat concret rendront la demande bien plus simple.',
      'Je ne recommande que pour un poste précis que je peux défendre, je passe donc pour l’instant. Si vous trouvez une offre qui vous correspond, un message court avec le lien et un résultat concret rendront la demande bien plus simple.',
    ],
    advice: [
      'Je n’ai pas de créneau pour des échanges de conseil en ce moment, et je préfère te le dire clairement. Bonne chance pour ta reconversion.',
      'Je n’ai pas de créneau pour des échanges de conseil en ce moment, et je préfère vous le dire clairement. Bonne chance pour votre reconversion.',
    ],
    clear: [
      'Je ne peux pas t’aider sur ce coup-là, et je préfère te le dire clairement plutôt que de te laisser attendre. J’espère que tu trouveras vite le bon poste.',
      'Je ne peux pas vous aider sur ce point, et je préfère vous le dire clairement plutôt que de vous laisser attendre. J’espère que vous trouverez vite le bon poste.',
    ],
  },
};

import type { BlurbWording } from '../blurb-types.js';

/** The blurb in Portuguese, for a hiring channel that works in Portuguese (writing/local-blurb.ts). */
export const BLURB: BlurbWording = {
  someone: 'A pessoa',
  quote: ['“', '”'],
  and: 'e',
  languageNames: {
    en: 'inglês',
    es: 'espanhol',
    pt: 'português',
    fr: 'francês',
    de: 'alemão',
    it: 'italiano',
    'hi-en': 'hinglish',
  },
  role: {
    posting: '{name} candidatou-se à vaga de {title}{link}',
    named: '{name} procura uma posição de {title}{link}',
    matched: '{name} procura uma posição de {title}, e a nossa vaga de {opening} é a que corresponde{link}',
    opening: '{name} candidatou-se à nossa vaga de {opening}{link}',
    link: '{name} candidatou-se à vaga do link {url}',
    unnamed: '{name} pede uma indicação sem nomear ainda uma vaga concreta',
  },
  result: {
    other: '{name} descreve assim o resultado (em {language}: {quote})',
    same: '{name} descreve assim o resultado: {quote}',
    none: '{name} ainda não partilhou um resultado concreto',
  },
  fit: {
    overlap: 'A experiência com {overlap} encaixa diretamente no que a nossa equipa {team} faz',
    strongWithResult:
      'A vaga está em cheio na nossa área {team}, e esse resultado é exatamente o tipo de prova que procuramos',
    strong: 'A vaga está em cheio na nossa área {team}',
    partial: 'O encaixe com a nossa área {team} é parcial, por isso tudo depende de quanto da experiência se transfere',
    caseWithResult: 'A mensagem explica bem porquê esta vaga e sustenta-o com um resultado concreto',
    case: 'A mensagem explica bem porquê esta vaga',
  },
};

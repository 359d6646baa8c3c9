/**
 * Portuguese phrase data (Brazil and Portugal): what the writer asks for, the easy out, and a note
 * that answers the referrer's own ask. Você, tu, o senhor / a senhora and the Portuguese "consigo" are read.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  (me )?indicar( pra| para| à| a)? (vaga|posição|cargo)
  indicar-me
  (me|você me|tu me) (indicaria|indicasse|indica)\\b
  toparia me indicar
  referenciar-me
  (me )?referenciar\\b
  recomendar-me
  me recomendar\\b
  (me )?recomendaria\\b
  (uma )?indicação( interna)?
  (encaminhar|passar|repassar) (o )?meu (currículo|curriculo|cv|perfil)
  (dar|falar|dizer) uma (boa )?(palavra|palavrinha)
  (em |de )?me (indicar|indique|indicasse)\\b(?! (um|uma|o caminho|alguém|algum|alguma|livros?|cursos?))
`;

export const ADVICE_ASK = `
  (tomar|tomarmos) um caf(é|e)
  um caf(é|e) (virtual|rápido)
  bate[- ]papo
  (uma )?conversa (rápida|breve)
  (uns |umas )?\\d+ minutos( do seu tempo| do teu tempo)?
  (seus|teus|alguns) conselhos
  (seu|teu|um) conselho
  orientação
  mentoria
  (fazer|te fazer|lhe fazer) (umas |algumas )?perguntas
  como (você|tu) (fez|fizeste) a (transição|mudança)
`;

export const FIT_OUTSOURCED = phraseLines(`
  \\bqualquer (vaga|cargo|posição|coisa)\\b
  \\bo que (tiver|houver)\\b
  \\ba vaga que (você )?(achar|considerar)\\b
`).join('|');

export const ANSWERS_AN_ASK = `
  como (você |tu )?(pediu|pediste|sugeriu|sugeriste|combinamos)
  conforme (pedido|combinado|sugerido)
  segue (o|meu) (one[- ]?pager|resumo)
  obrigad[oa] pela (resposta|sugestão)
`;

export const IMPLIED_ASK = `
  se não (puder|puderes|for possível|der)\\b
  caso não (possa|seja possível|dê)\\b
`;

export const GRACEFUL_EXIT = `
  (não há|sem|nada de|zero) (stress|estresse)
  zero (problema|pressão|crise|compromisso)
  entendo se (você |vc |tu |a senhora |o senhor )?(preferir|não puder|não der|não for)
  sem (problema|problemas)( nenhum)?
  não (há|tem) problema( nenhum)?
  não (há|tem) (qualquer|nenhum) problema
  tudo bem se não
  (entendo|compreendo) (perfeitamente|totalmente|completamente)
  vou entender
  (se|caso) (achar|ache|aches|perceba) que não (faz sentido|é o caso)
  se não (fizer|fazer) sentido
  se não, não (há|tem) problema
  sem compromisso
  sem pressão
  não há crise
  se não( der| puder)?,? (tudo bem|não há (crise|problema)|sem problema)
  não se preocupe
  não te preocupes
  fique (à vontade|a vontade) para (dizer não|recusar)
  se não rolar
  de boa\\b
  (fica|fique|fiques) (tranquil[oa]|à vontade|a vontade)
  não faz mal( nenhum)?
  se não\\b[^.!?]{0,40}\\b(tudo bem|sem problema|sem problemas|entendo|compreendo|tranquil[oa]|de boa|não faz mal)
  tudo bem (também|igual|na mesma)
  (agradeço|obrigad[oa]) (mesmo assim|de qualquer (jeito|forma|maneira)|na mesma)
`;

/**
 * Portuguese phrase data: a result, a number, a change the writer made. Decimal commas and local
 * grouping ("4,5 %", "2.300") are numbers; a result in words ("caiu pela metade") is one.
 * Data only: signals/local-proof.ts reads it beside English (findProof reads English alone).
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

export const PROOF_IMPACT_VERB = `
  reduzi\\w*
  reduz\\w*
  aument\\w*
  ca(iu|íram|iram)
  diminu\\w*
  melhor\\w*
  dobr\\w*
  tripl\\w*
  economiz\\w*
  cort\\w*
  cresc\\w*
  subi\\w*
  baix\\w*
  pass(ou|amos|aram)
  fech\\w*
  alcanc\\w*
  conquist\\w*
  gan\\w*
  multiplic\\w*
  desc(eu|eram|emos|i)\\b
  encurt\\w*
  elev(ou|amos|ei|aram)\\b
  aceler\\w*
  # a result against a target: "ficou 3,2 % acima do P50", "abaixo do orçamento"
  acima d[oae]s?
  abaixo d[oae]s?
  bat(eu|emos|i|eram)
  ating\\w*
  cheg(ou|amos|aram) a
  detect\\w*
  identific(ou|amos|aram)
`;

export const METRIC_UNIT = '(?:%|por ?cento|pontos?\\b|pp\\b|milh(?:ões|ão)\\b|mil\\b|k\\b|x\\b|€|euros\\b|reais\\b)';

export const COUNTED = wordAlternation(`
  usuários | utilizadores | clientes | pedidos | reservas | lojas | equipes | equipas | pessoas | vendas
  funcionários | transações | tickets | chamados | contas | projetos | pacientes | alunos | contratos
  serviços | países | mercados | downloads | assinantes | parceiros | fornecedores | entregas | apólices
  exemplares | cópias | livros | títulos | assinaturas
  visualizações | views | reproduções | ouvintes | seguidores | impressões | visitas | leitores | acessos
  sinistros | reclamações | alertas | fraudes | processos
`);

const N = String.raw`\d[\d.,'’]*`;

export const PROOF_METRIC = alternation(`
  \\b${N}\\s?${METRIC_UNIT}
  [$€£]\\s?\\d
  R\\$\\s?\\d
  \\b${N}\\+?\\s(?:[a-záéíóúâêôãõç-]{2,20}\\s){0,2}${COUNTED}
  \\b(de|desde) ${N}\\s?%?( [\\wáéíóúâêôãõç-]+){0,3} (para|até|a) (menos de |cerca de |uns |umas |só |apenas )?\\d
`);

export const PROOF_TIME_SAVED = String.raw`\b(?:economiz\w*|reduzi\w*|reduz\w*|cort\w*|ca[ií]\w*|encurt\w*|baix\w*)\b[^.!?]{0,60}?\b(?:\d[\d.,]*\s?|(?:duas|dois|três|quatro|cinco|seis|sete|oito|dez|doze|quinze|vinte|trinta) )(?:horas?|minutos?|dias|semanas?|meses)\b`;

export const PROOF_RATE = alternation(`
  \\b${N} ([\\wáéíóúâêôãõç-]+ ){0,2}(por|ao|à|a cada) (hora|turno|dia|semana|mês)\\b[^.!?]{0,30}?\\b(de|desde|contra) (uns |umas )?\\d
`);

export const QUANTITY = `(?:\\d|${wordAlternation(`
  um | uma | dois | duas | três | quatro | cinco | seis | sete | oito | nove | dez | doze | quinze | vinte
  trinta | quarenta | cinquenta | cem | centenas | milhares | dezenas? | metade | quase nunca | nunca | zero
`)}\\b)`;

export const PROOF_IN_WORDS = alternation(`
  \\b(dobrar|duplicar|triplicar|quadruplicar) (o|a|os|as|nosso|nossa|nossos|nossas)\\b
  # a level raised: "levamos a certificação do nível básico ao nível superior"
  \\bdo (nível|grau|rating) [a-záéíóúâêôãõç]+ ao (nível|grau|rating) (superior|máximo|mais alto|avançado|higher)(?![a-záéíóúâêôãõç])
  \\b\\d+ (dias|meses|anos|semanas|plantões) (seguidos |consecutivos )?sem (nenhum|nenhuma|qualquer)\\b
  \\bpela metade\\b
  # a time against the planned or usual one: "em sete meses, em vez dos doze previstos"
  \\bem ${QUANTITY} (horas|dias|semanas|meses|anos)\\b,? (em vez d|ao invés d|contra )[^.;!?]{0,12}${QUANTITY}
  # the object between the verb and the half: "reduzimos a taxa de falha à metade"
  \\b(reduz\\w*|cort\\w*|diminu\\w*|baix\\w*|ca[ií]\\w*)\\b[^.;!?]{0,60} (à|a|para a|até a|pela) metade\\b
  # a figure against the usual one: "em 14 meses, quando a média andava nos 24"
  \\d[^.;!?]{0,80}\\b(quando|enquanto|contra|face a|frente a) (a|uma) média\\b[^.;!?]{0,40}\\d
  # delivered on time, said of the work done: "três parques, todos ligados à rede dentro do prazo"
  \\b(ligad[oa]s?|entregues?|conclu[ií]d[oa]s?|terminad[oa]s?|inaugurad[oa]s?) [^.;!?]{0,30}\\bdentro do prazo\\b
  \\b(dobrou|dobramos|dobraram|duplicou|duplicámos|duplicamos|triplicou|triplicamos|triplicaram)\\b
  \\b(reduzimos|reduzi|reduziu|caiu|caíram|cortamos|cortámos) (quase |mais de )?(para a|em|a) metade\\b
  # what used to take long, and takes little now: the before and the after, each with its unit
  \\b(levava|demorava|durava|tomava|consumia) [^.;!?]{0,40}?\\d[\\d.,]* ?(horas?|minutos?|min|dias?|semanas?|meses|segundos?)(?![\\wÀ-ÿ])[^.;!?]{0,80}?\\b(agora|hoje|hoje em dia|passou a)\\b[^.;!?]{0,40}?\\d[\\d.,]* ?(horas?|minutos?|min|dias?|semanas?|meses|segundos?)(?![\\wÀ-ÿ])
`);

export const PROOF_WORK_RATE = String.raw`\b(?:gerencio|atendo|fecho|processo|cuido de|resolvo) (?:uns |umas |mais de |cerca de )?\d[\d.,]*\+? (?:[\wáéíóúâêôãõç-]+ ){0,3}(?:por|ao|à|a cada) (?:hora|turno|dia|semana|m[eê]s|ano)\b`;

export const PROOF_FROM_TO = `\\b(de|desde)\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?\\b(para|até)\\b (menos de |cerca de |uns |umas |só |apenas )?\\d`;

export const NOT_A_PROOF = `
  (me )?candidatei a (mais de )?\\d
  \\d+ (candidaturas|entrevistas|recusas)
  \\d+ minutos (do seu tempo|do teu tempo|para)
`;

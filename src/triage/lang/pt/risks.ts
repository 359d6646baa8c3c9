/**
 * Portuguese phrase data: what makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

export const PRAISE = wordAlternation(`
  inspiração | referência | ídolo | gênio | génio | exemplo | incrível | a melhor | o melhor
`);

export const FLATTERY = `
  admiro (muito |demais )?(a sua|o seu|sua|seu|a tua|o teu|tua|teu|você)
  (te|lhe) (acompanho|sigo) (há|desde)
  (você é|és|a senhora é|o senhor é) (uma |um )?(grande |verdadeira |verdadeiro )?${PRAISE}
  (uma|um) (grande |verdadeira |verdadeiro )?inspiração
  (uma|um) (grande|verdadeira|verdadeiro|enorme) referência
  (é|és) (uma |um )?referência (para mim|pra mim|na área|no mercado|no setor)
  (sou (muito )?fã|grande fã)
  (sua|tua) trajetória é (incrível|impressionante|inspiradora)
  (incrível|impressionante|inspiradora) trajetória
  (uma das|um dos) (pessoas|profissionais|nomes|líderes) que (eu )?mais (admiro|respeito|sigo)
  (tenho )?(acompanhado|acompanho|seguido|sigo) (o teu|o seu|a tua|a sua|teu|seu|tua|sua) (percurso|trabalho|carreira|trajetória)
  (é|és|são|foi) (muito |tão |super |realmente |mesmo |sempre )?(inspirador|inspiradora|inspiradores|inspiradoras)\b
`;

export const PRESSURE = `
  preciso de (uma )?resposta (hoje|ainda hoje|até|o quanto antes|já)
  (você|tu) me (deve|deves) (essa|uma|isso)
  minha (última|ultima|única) (esperança|chance|opção)
  (?<!(nada|não é|nao é|não|nao) )urgente(mente)?
  o quanto antes
  (respondw*|responder|resposta|retorno) até (amanhã|hoje|sexta|segunda)
  (referência|indicação) é decisiva
  o mais rápido possível
  (hoje|amanhã) mesmo
  (te|lhe) (imploro|suplico)
  por favor,? por favor
  desesperad[oa]
  preciso muito (dessa|desta|dessa vaga|desta vaga|da sua ajuda)
  (meu|minha) (visto|família|vida) depende
`;

export const CONTACTED =
  '(te escrevi|lhe escrevi|te mandei|lhe mandei|te enviei|lhe enviei|escrevi para você|mandei mensagem)';

export const FOLLOW_UP = `
  desculp(a|e) (insistir|a insistência)
  (conseguiu|conseguiste|chegou a|chegaste a) (ver|ler) (a )?minha mensagem
  caso a (minha |última )?mensagem (se )?(tenha|tivesse) (se )?perdido
  volto a (este|esse) assunto
  volto a escrever
  voltando a escrever
  ${CONTACTED}
  minha mensagem (anterior|da semana passada|do outro dia)
  a minha mensagem da semana passada
  (para o caso de|caso|no caso de) (a )?minha mensagem
  se ter perdido
  (segunda|terceira|quarta) (mensagem|tentativa)
  reforçando (minha|a minha) mensagem
  não sei se (você )?(viu|chegou a ver|leu|viste|chegaste a ver)
`;

export const CONTACT_VERB = `\\b(?:${CONTACTED.slice(1, -1)})((?: \\w+){0,3})`;

export const QUANTIFIER = String.raw`\b(uma vez|duas vezes|três vezes|(\d{1,2}) vezes|várias vezes)\b`;

export const REPEATED_BUMP = String.raw`\b(?:volto a escrever (?:de novo|mais uma vez)|minhas (?:duas|três|várias|últimas) mensagens)\b`;

export const ORDINAL_MESSAGE = String.raw`\b(segunda|terceira|quarta|quinta) (?:mensagem|tentativa)\b`;

export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  ['[', { source: String.raw`\[(?:NOME|EMPRESA|CARGO|VAGA|ÁREA|AREA|NOME DA EMPRESA)[^\]\n]{0,30}\]`, flags: 'i' }],
  ['{', { source: String.raw`\{\{?\s*(?:nome|empresa|cargo|vaga)\s*\}?\}`, flags: 'i' }],
];

export const ON_BEHALF = `
  (estou trabalhando|estamos trabalhando|estou a trabalhar|trabalho) com (vários|alguns|uns|diversos) (perfis|candidat[oa]s)
  em nome de (um|uma|meu|minha|nosso) (cliente|candidat[oa])
  # a recruiter's one candidate, unnamed: "estou trabalhando com um candidato excelente"
  (estou trabalhando|estamos trabalhando|estou a trabalhar|estou acompanhando|estou a acompanhar|represento) (com )?(um|uma) (candidat[oa]|perfil|profissional)\\b
  (meu (filho|sobrinho|irmão|primo)|minha (filha|sobrinha|irmã|prima)) (acabou de|está procurando|procura|precisa)
  (poderia|pode|podias) (indicá-lo|indicá-la|recomendá-lo|recomendá-la)\\b
  (somos|trabalho em) uma (agência|consultoria) de (recrutamento|seleção)
  # the candidate kept anonymous: "ainda não posso partilhar o nome"
  não (posso|podemos) (ainda |por enquanto )?(compartilhar|partilhar|revelar|divulgar|dizer|passar) o (seu |nome d[oa] )?nome
`;

export const NOT_A_REFERRAL = `
  ser (minha|uma) referência
  uma carta de recomendação
  (me apresentar|me colocar em contato) (a|com) (o|a) (responsável|pessoa) (de|por) compras
`;

export const SERVICE_ASK = `
  (me apresentar|me colocar em contato) (a|com) quem (cuida|decide|gerencia|compra)
`;

export const JOB_TALK = String.raw`\b(?:vagas?|cargos?|empregos?|trabalho|processos? seletivos?|contrata\w+|entrevistas?|curr[ií]culo|cv)\b`;

export const BROADCAST = String.raw`\bol[áa] a todos\b|\b(?:escrevendo|escrevo|estou escrevendo) (?:para|a) (?:várias|muitas|vários|muitos|diversas|diversos) (?:pessoas|profissionais|contatos|contactos)\b`;

/**
 * Portuguese phrase data: why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

export const REFERRER_WORK = wordAlternation(`
  palestra | apresentação | artigo | post | publicação | workshop | sessão | webinar | podcast | entrevista
  livro | curso | keynote | painel | thread | vídeo | projeto | trabalho | time | equipa | equipe
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  palestra | artigo | post | projeto | time | equipa | equipe | podcast | keynote | painel
`);

export const REFERRER_DID = wordAlternation(`
  falou | contou | explicou | apresentou | publicou | escreveu | liderou | montou | compartilhou | partilhou
`);

export const SEEN_WORK = wordAlternation(`
  palestra | apresentação | artigo | post | workshop | sessão | webinar | podcast | meetup | keynote | painel
  vídeo | livro | curso
`);

const WORK = String.raw`(?:palestra|apresenta[cç][aã]o|artigo|post|publica[cç][aã]o|workshop|sess[aã]o|webinar|podcast|entrevista|livro|curso|keynote|painel|v[ií]deo)`;
const NAME = String.raw`[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\p{L}'-]+(?: [A-ZÁÉÍÓÚÂÊÔÃÕÇ][\p{L}'-]+){0,2}`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "vizinha dos teus pais", "colega de turma do seu filho".
  {
    source: String.raw`(?<![\p{L}])(?:amig[oa]s?|vizinh[oa]s?|coleg[ao]s?(?: de [\p{L}]+)?|conhecid[oa]s?) d(?:a|o|os|as) (?:sua|seu|seus|suas|tua|teu|teus|tuas) (?:pais|mãe|pai|filh[oa]s?|irmão|irmã|irm[ãa]os|espos[oa]|marido|mulher|ti[oa]s?|prim[oa]s?|avó|avô|família)(?![\p{L}])`,
    flags: 'iu',
  },
  // A shared past or someone who sent them: "fomos colegas na residência", "somos da mesma turma", "ouvi você naquele podcast", "foi o professor quem me disse".
  {
    source: String.raw`(?<![\p{L}])(?:fomos colegas|(?:somos|éramos|fomos) (?:os dois |as duas |ambos |ambas )?d[ao] mesm[ao] (?:turma|curso|time|equipa|equipe|faculdade|escola|empresa)|somos (?:os dois|as duas|ambos|ambas) d[oa]|(?:somos|fomos|éramos) (?:os dois|as duas|ambos|ambas) (?:antig[oa]s |ex-)?(?:alun[oa]s|colegas|estudantes|formad[oa]s)|ouvi (?:voc[eê]|vc|te|o senhor|a senhora)(?![\p{L}])|quem me (?:disse|falou|indicou|passou))`,
    flags: 'iu',
  },
  {
    source: String.raw`\b(?:assisti|vi|li|ouvi|acompanhei|estive n[ao]) (?:[àa] |o )?(?:sua|tua|seu|teu|vossa) (?:[\p{L}-]+ ){0,2}?${WORK}`,
    flags: 'iu',
  },
  { source: String.raw`\b(?:sua|tua|sua|seu|teu) ${WORK} (?:sobre|n[ao]|d[ao])\b`, flags: 'iu' },
  { source: String.raw`\b(?:voc[eê]|tu) (?:falou|falaste|apresentou|contou|explicou) sobre\b`, flags: 'iu' },
  {
    source: String.raw`\b(?:a gente se (?:conheceu|falou|viu|cruzou|encontrou)|nos falamos|nos cruzamos|nos conhecemos|conhecemo-nos|conversamos|estivemos juntos|estivemos juntas|estudamos juntos|estudamos juntas|trabalhamos juntos|trabalhamos juntas|estudamos (?:os dois|as duas)|a gente (?:trabalhava|trabalhou|estudava|estudou) junt[oa]s?|trabalhávamos junt[oa]s|estudávamos junt[oa]s)(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`\b(?:sugeriu|recomendou|disse|falou)(?: que)? (?:eu )?(?:falasse|falar|escrevesse|escrever|entrasse em contato|procurasse|contactasse) (?:consigo|contigo|com voc[eê]|com a senhora|com o senhor)`,
    flags: 'iu',
  },
  {
    source: String.raw`\b${NAME},? que (?:foi|[eé]|trabalhou|trabalha|esteve)\b[^.!?]{0,80}\b(?:consigo|contigo|com voc[eê]|no seu time|na sua equipa|na sua equipe|no teu time)`,
    flags: 'u',
  },
  { source: String.raw`\bme passou (?:o )?seu contato\b`, flags: 'iu' },
  // The referrer asked for the note, or someone sent them: "conforme você sugeriu", "sugeriu que eu te procurasse".
  {
    source: String.raw`\b(?:conforme|como) (?:voc[eê]|vc|tu|o senhor|a senhora) (?:sugeriu|pediu|disse|combinou|sugeriste|pediste|falou)\b|\b(?:sugeriu|recomendou|disse|pediu)(?: que)? (?:eu )?(?:te|lhe|a|o) (?:procurasse|contactasse|contatasse|escrevesse|mandasse)\b|\bme (?:contou|disse|falou) que (?:voc[eê]|vc|tu|a senhora|o senhor)\b`,
    flags: 'iu',
  },
  {
    source: String.raw`\b(?:acompanho|sigo|leio) (?:as |os )?(?:suas|seus|tuas|teus) (?:publica[cç](?:[aã]o|[oõ]es)|posts?|artigos?|palestras?|v[ií]deos?|textos?)\b`,
    flags: 'iu',
  },
  // Who they are to the referrer, by the class they shared: "aqui é o Diego, da turma de Engenharia".
  {
    source: String.raw`\b(?:[Aa]qui é|[Ss]ou|[Éé]) (?:o|a) \p{Lu}[\p{L}'-]+,? d[ao] (?:nossa |mesma )?(?:turma|faculdade|república|residência|escola|equipa|equipe)\b`,
    flags: 'u',
  },
  // An introduction: "obrigada à Patrícia pela apresentação", "como a Patrícia comentou".
  { source: String.raw`\b[Oo]brigad[oa] (?:[àa]|ao) ${NAME} pela (?:apresenta[cç][aã]o|indica[cç][aã]o)`, flags: 'u' },
  {
    source: String.raw`\b(?:como|conforme) (?:a |o )?${NAME} (?:comentou|disse|falou|sugeriu|mencionou)\b`,
    flags: 'u',
  },
  // "Há quanto tempo, desde o mestrado": a long time since a past they shared.
  {
    source: String.raw`\b(?:h[aá] )?quanto tempo\b[^.!?]{0,6}\bdesde (?:o|a|os|as) (?:mestrado|faculdade|curso|licenciatura|doutorado|doutoramento|MBA|est[aá]gio|escola|col[eé]gio|resid[eê]ncia|interc[aâ]mbio|tempo)\b`,
    flags: 'iu',
  },
  // A shared past: "fomos colegas de curso", "éramos da mesma turma".
  { source: String.raw`\b(?:fomos|éramos) (?:colegas|companheir[oa]s)\b`, flags: 'iu' },
  {
    source: String.raw`\b(?:fomos|éramos|estudamos) (?:d[ao]|n[ao]) mesm[ao] (?:turma|curso|faculdade|equipa|equipe|time)\b`,
    flags: 'iu',
  },
  // How they got the referrer's contact: "me passou seu número", "peguei seu contato no grupo de ex-alunos".
  {
    source: String.raw`(?<![\p{L}])(?:me (?:passou|passaram|deu|deram) (?:o )?(?:seu|teu) (?:contato|contacto|n[uú]mero|telefone|celular|whats(?:app)?|zap|e-?mail)|peguei (?:o )?(?:seu|teu) (?:contato|contacto|n[uú]mero|telefone|celular|whats(?:app)?|zap|e-?mail) (?:n[oa]|com|d[oa]|atrav[eé]s|pel[oa]))(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:grupo|lista|rede|comunidade|associa[cç][aã]o) d(?:e|os|as) (?:ex-?alun[oa]s|antig[oa]s alun[oa]s|egress[oa]s|formad[oa]s|alumni)(?![\p{L}])`,
    flags: 'iu',
  },
  // A talk or a past they shared: "a gente conversou no meetup", "desde os nossos tempos na fábrica".
  {
    source: String.raw`(?<![\p{L}])(?:a gente (?:j[aá] )?(?:conversou|trocou uma ideia|bateu um papo|trabalhou junt[oa]s?|estudou junt[oa]s?)|desde (?:os )?(?:nossos|aqueles) tempos (?:n[oa]s?|d[oa]s?|em)|(?:como|conforme) (?:combinamos|conversamos|falamos|combinado|conversado))(?![\p{L}])`,
    flags: 'iu',
  },
  // A cohort they shared, after the writer's name: "aqui é a Bia (Beatriz Lima), da turma de Direito".
  {
    source: String.raw`(?<![\p{L}])(?:[Aa]qui é|[Ss]ou|[Éé]) (?:o |a )?${NAME}[^.!?]{0,40}?,? d[ao] (?:sua |tua |nossa |mesma )?(?:turma|promo[cç][aã]o|gera[cç][aã]o|faculdade|gradua[cç][aã]o|rep[uú]blica)(?![\p{L}])`,
    flags: 'u',
  },
];

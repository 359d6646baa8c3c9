/**
 * Portuguese names of the disciplines fit knows (lang/en/disciplines.ts has them all, with their
 * labels): read beside English's, since team areas and role titles are written in Portuguese too.
 * Data only: fit/disciplines.ts compiles it once, with every registered language's.
 */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = {
  pm: 'product managers? | gerentes? de produto | gest[aã]o de produto',
  design: 'designers? | design de (produto|interfaces|servi[cç]os)',
  frontend: 'desenvolvedor(a|es|as)?(\\(a\\))? (front[- ]?end|web) | engenheir[oa]s?(\\(a\\))? (front[- ]?end|web)',
  backend: 'desenvolvedor(a|es|as)?(\\(a\\))? back[- ]?end | engenheir[oa]s?(\\(a\\))? back[- ]?end',
  mobile:
    'desenvolvedor(a|es|as)?(\\(a\\))? (mobile|android|ios) | engenharia mobile | engenheir[oa]s?(\\(a\\))? (mobile|android|ios)',
  'data-engineering': 'engenheir[oa]s?(\\(a\\))? de dados | engenharia de dados',
  software:
    'engenheir[oa]s?(\\(a\\))? de software | desenvolvedor(a|es|as)?(\\(a\\))? de software | engenharia de software',
  data: 'analistas? de dados | cientistas? de dados',
  sales: 'comerciais? | executiv[oa]s? de (vendas|contas)',
  support: 'atendimento ao cliente | suporte (t[eé]cnico|ao cliente)',
  retail: 'gerentes? de loja | encarregad[oa]s? de loja',
  logistics: 'opera[cç][oõ]es log[ií]sticas | coordenador(a)?(\\(a\\))? de opera[cç][oõ]es',
  nursing: 'enfermeir[oa]s?',
  recruiting: 'recrutador(a|es)?',
  finance: 'analistas? financeir[oa]s?',
};

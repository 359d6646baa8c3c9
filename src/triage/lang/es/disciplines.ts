/**
 * Spanish names of the disciplines fit knows (lang/en/disciplines.ts has them all, with their
 * labels): read beside English's, since team areas and role titles are written in Spanish too.
 * Data only: fit/disciplines.ts compiles it once, with every registered language's.
 */
export const DISCIPLINE_NAMES: Readonly<Record<string, string>> = {
  pm: 'product managers? | jef[ae]s? de producto | gesti[oó]n de producto | responsables? de producto',
  design: 'diseñador(a|es|as)? | diseño (de producto|ux|ui|de interfaces|de servicios|visual)',
  frontend:
    'desarrollador(a|es|as)? (front[- ]?end|web) | ingenier[oa]s? (front[- ]?end|web) | desarrollo (front[- ]?end|web)',
  backend: 'desarrollador(a|es|as)? back[- ]?end | ingenier[oa]s? back[- ]?end | desarrollo back[- ]?end',
  mobile:
    'desarrollador(a|es|as)? (m[oó]vil|android|ios) | ingenier[oa]s? (m[oó]vil|android|ios) | desarrollo m[oó]vil',
  'data-engineering': 'ingenier[oa]s? de datos | ingenier[ií]a de datos',
  software: 'ingenier[oa]s? de software | desarrollador(a|es|as)? de software | ingenier[ií]a de software',
  data: 'analistas? de datos | cient[ií]fic[oa]s? de datos | anal[ií]tica de datos',
  sales: 'comerciales? | ejecutiv[oa]s? de (ventas|cuentas)',
  support: 'atenci[oó]n al cliente | soporte (t[eé]cnico|al cliente)',
  retail: 'responsables? de tienda | encargad[oa]s? de tienda | gerentes? de tienda | dependient[ae]s?',
  logistics: 'operaciones log[ií]sticas',
  nursing: 'enfermer[oa]s?',
  recruiting: 'selecci[oó]n de personal | t[eé]cnic[oa]s? de selecci[oó]n',
  finance: 'analistas? financier[oa]s?',
  underwriting: 'suscripci[oó]n de riesgos | suscriptor(a|es)?',
};

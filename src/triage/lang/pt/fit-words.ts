import type { FitWords } from '../types.js';

/**
 * Portuguese fit vocabulary, Brazil and Portugal (see lang/fit-vocabulary.ts): area words, the job
 * nouns of titles ("Engenheira de Software Pleno", "Coordenador(a) de Operações") and what a title adds
 * that is not the job ("(a)", "Pleno", "Júnior", "Sênior"/"Sénior", "PJ", "CLT").
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    platform:
      'plataforma interna | plataforma de desenvolvimento | ferramentas internas | ferramentas de desenvolvimento | integração contínua | entrega contínua | experiência do desenvolvedor',
    growth:
      'crescimento | retenção | ativação | aquisição de usuários | aquisição de clientes | conversão | funil | assinaturas | monetização | precificação',
    ai: 'inteligência artificial | aprendizado de máquina | aprendizagem automática | ia generativa | modelos de linguagem | visão computacional',
    ads: 'publicidade | anúncios | anunciantes | mídia programática',
    enterprise: 'empresas | gestão de contas | permissões | sucesso do cliente',
    consumer: 'consumidor | redes sociais | jogos | comunidade',
    payments:
      'pagamentos | pagamento | cobrança | faturação | faturamento | cartões | empréstimos | conciliação | carteira digital | maquininha | pix | transferências',
    marketplaces:
      'comércio eletrónico | comércio eletrônico | loja online | loja virtual | carrinho | catálogo | logística | última milha | entregas | pedidos | fulfillment',
    data: 'análise de dados | engenharia de dados | ciência de dados | armazém de dados | painéis | inteligência de negócio | qualidade de dados',
    security:
      'segurança | cibersegurança | privacidade | identidade | autenticação | fraude | prevenção de fraude | conformidade | compliance',
    mobile: 'mobile | aplicativo | aplicativos | aplicação móvel | app móvel',
    design: 'sistema de design | acessibilidade | design de interfaces | design de produto | usabilidade',
    research: 'pesquisa com usuários | pesquisa de ux | entrevistas com usuários',
    marketing: 'marca | comunicação | redes sociais | campanhas | conteúdo',
    infrastructure:
      'infraestrutura | confiabilidade | nuvem | observabilidade | monitoramento | monitorização | plantão | disponibilidade | bases de dados | sistemas distribuídos',
    search: 'busca | pesquisa | recomendações | personalização',
    productivity: 'produtividade | colaboração',
    health:
      'saúde | clínico | clínica | pacientes | doentes | telemedicina | teleconsulta | teleconsultas | hospital | enfermagem',
    education: 'educação | ensino | formação | estudantes | alunos | cursos | professores',
    hardware: 'dispositivos | firmware | sistemas embarcados | sistemas embebidos | eletrónica | eletrônica | robótica',
  },
  JOB_NOUNS: {
    developer: 'desenvolvedor desenvolvedora desenvolvedores programador programadora',
    engineer: 'engenheiro engenheira engenheiros engenheiras',
    manager: 'gerente gestor gestora responsável diretor diretora chefe',
    lead: 'líder',
    coordinator: 'coordenador coordenadora',
    analyst: 'analista analistas',
    designer: 'designer',
    scientist: 'cientista',
    specialist: 'especialista',
    consultant: 'consultor consultora',
    technician: 'técnico técnica',
    assistant: 'assistente auxiliar',
    nurse: 'enfermeiro enfermeira',
    accountant: 'contabilista contador contadora',
    buyer: 'comprador compradora',
    teacher: 'professor professora',
    representative: 'executivo executiva vendedor vendedora',
  },
  TITLE_MARKERS: String.raw`(?<=\p{L})(?:\((?:a|o|as|os)\)|\/(?:a|o)(?!\p{L}))|(?<![\p{L}])(?:Pleno|Plena|Júnior|Junior|Jr|Sênior|Sénior|Senior|Sr)\.?(?![\p{L}])|(?<![\p{L}])(?:PJ|CLT|contrato sem termo)(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:sou|trabalho como|trabalhei como|atuo como|atuei como)(?: atualmente| hoje)? (?:um |uma |o |a )?([\p{L}&-]+(?: (?!(?:para|desde|junto)(?![\p{L}]))[\p{L}&-]+){0,4})`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:(?:eu )?sei que [^.!?]{0,80}?(?:é|seja) (?:outra coisa|outro mundo|outra área|outro ramo|bem diferente|muito diferente)|não é (?:bem |exatamente )?a minha área|(?:não tenho|sem|ainda não tenho|me falta|falta-me) (?:muita )?experiência (?:direta|directa|prévia)|(?:quero|gostaria de) mudar de área|transição de carreira|(?:fazer|faço|fazendo|quero fazer) a transição para|sei que (?:é|seria) um salto)(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:(?:nunca|ainda não|não) (?:trabalhei|projetei|construí|geri|gerenciei|liderei|fiz|mexi|desenvolvi))(?![\p{L}])[^.!?;]{0,80}`,
};

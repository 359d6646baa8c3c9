import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { withoutQuotedHistory } from '../../src/triage/intake/quoted-history.js';

const FRONTEND = {
  name: 'Lucía',
  teamArea: 'Frontend web: la web de reservas, diseño de interfaces y rendimiento',
  openRoles: [{ title: 'Senior Frontend Developer', url: 'https://jobs.example.com/fe-1' }],
};

const ES_INFORMAL =
  'Hola Lucía:\n\nTe escribo porque estuve en tu charla sobre rendimiento web en la JSConf. Me he presentado al puesto de Desarrollador Frontend Sr. en tu equipo. Llevo seis años con React y TypeScript; el año pasado el tiempo de carga de nuestra web bajó a la mitad.\n\n¿Me recomendarías? Si no puedes, lo entiendo perfectamente.\n\nUn saludo,\nAna Gómez';

const ES_FORMAL =
  'Estimada Lucía:\n\nLe escribo porque coincidimos en la JSConf. Me he presentado a la vacante de Senior Frontend Developer (https://jobs.example.com/fe-1). Gestiono 2.300 tiendas online y reduje los errores de 120 a 15 al mes.\n\n¿Le importaría recomendarme? Si no es posible, no se preocupe.\n\nAtentamente,\nAna Gómez\n\nEl mar, 3 mar 2026 a las 10:02, Pedro Ruiz <pedro@example.com> escribió:\n> Hola Ana, te paso el contacto de Lucía. Me debes una, Pedro';

const PT_BR =
  'Oi Lucía, tudo bem?\n\nSou a Carla, a gente se conheceu na JSConf. Me candidatei à vaga de Engenheira de Software Pleno no seu time. Trabalho há cinco anos com React e o tempo de build caiu pela metade depois que eu migrei para Vite.\n\nVocê toparia me indicar? Se não der, sem problema.\n\nAbraço,\nCarla Souza';

const PT_PT =
  'Olá Lucía, bom dia.\n\nA Marta Lopes, que trabalhou consigo na equipa de frontend, sugeriu que falasse consigo. Candidatei-me à vaga de Senior Frontend Developer: https://jobs.example.com/fe-1\n\nNo último ano aumentei a conversão do checkout de 2,1 % para 4,5 % com a nova página de pagamento.\n\nSe lhe parecer que faz sentido, estaria disposta a referenciar-me? Se não, não há problema nenhum.\n\nCom os melhores cumprimentos,\nBeatriz Carvalho';

describe('Spanish', () => {
  it('reads a strong note in tú: every question, a local role title, a result in words', () => {
    const r = triage(ES_INFORMAL, FRONTEND);
    expect(r.language).toEqual({ code: 'es', supported: true });
    expect(r.recommendation).toBe('yes');
    expect(r.candidate.name).toBe('Ana Gómez');
    expect(r.candidate.targetRole).toBe('Desarrollador Frontend Sr.');
    expect(r.signals.proofPoint.evidence).toMatch(/bajó a la mitad/);
    for (const name of ['whyMe', 'roleNamed', 'gracefulExit'] as const) expect(r.signals[name].present).toBe(true);
  });

  it('answers in Spanish, tú for tú, signed, quoting only the clause with the result', () => {
    const { drafts } = triage(ES_INFORMAL, FRONTEND);
    expect(drafts?.yes).toMatch(/^Hola, Ana: .*Te recomiendo con gusto/);
    expect(drafts?.yes).toContain('("el año pasado el tiempo de carga de nuestra web bajó a la mitad")');
    expect(drafts?.yes).not.toMatch(/Llevo seis años/);
    for (const draft of Object.values(drafts ?? {})) expect(draft.trimEnd().endsWith('\n\nLucía')).toBe(true);
  });

  it('reads usted and answers in usted; local grouping is a number; quoted history is not the note', () => {
    const r = triage(ES_FORMAL, FRONTEND);
    expect(r.recommendation).toBe('yes');
    expect(r.signals.proofPoint.evidence).toMatch(/2\.300 tiendas/);
    expect(r.drafts?.yes).toMatch(/Le recomiendo con gusto/);
    expect(r.drafts?.yes).toMatch(/¿Me envía su CV\?/);
    expect(r.candidate.name).toBe('Ana Gómez');
    expect(JSON.stringify(r)).not.toMatch(/Me debes una/);
    expect(withoutQuotedHistory(ES_FORMAL, 'es')).not.toMatch(/escribió/);
  });

  it('keeps the blurb in the working language, from facts, with the result quoted as written', () => {
    const { blurb } = triage(ES_INFORMAL, FRONTEND);
    expect(blurb).toMatch(/^Ana is applying for/);
    expect(blurb).toContain('(in Spanish: “el año pasado el tiempo de carga de nuestra web bajó a la mitad”)');
  });
});

describe('Portuguese', () => {
  it('reads Brazilian Portuguese: "caiu pela metade" is a result, "Engenheira de Software Pleno" a role', () => {
    const r = triage(PT_BR, FRONTEND);
    expect(r.language).toEqual({ code: 'pt', supported: true });
    expect(r.candidate.targetRole).toBe('Engenheira de Software Pleno');
    expect(r.signals.proofPoint.evidence).toMatch(/caiu pela metade/);
    expect(r.signals.whyMe.present).toBe(true);
    expect(r.signals.gracefulExit.present).toBe(true);
    expect(r.drafts?.yes).toMatch(/^Oi, Carla! .*Indico você com prazer/);
  });

  it('reads European Portuguese with "consigo", decimal commas, and answers formally', () => {
    const r = triage(PT_PT, FRONTEND);
    expect(r.recommendation).toBe('yes');
    expect(r.signals.whyMe.evidence).toMatch(/Marta Lopes/);
    expect(r.signals.proofPoint.evidence).toMatch(/de 2,1 % para 4,5 %/);
    expect(r.drafts?.yes).toMatch(/Pode enviar-me o seu CV\?/);
    expect(r.drafts?.yes?.trimEnd().endsWith('\n\nLucía')).toBe(true);
  });

  it('matches a local title to the team’s discipline, and asks in a one-pager only for what the note lacks', () => {
    const software = {
      name: 'Lucía',
      teamArea: 'Engenharia de software: a web de reservas e o checkout',
      openRoles: [],
    };
    expect(triage(PT_BR, software).fit.level).not.toBe('none');
    const r = triage(
      PT_BR.replace(/ e o tempo de build caiu pela metade depois que eu migrei para Vite/, ''),
      software,
    );
    expect(r.recommendation).toBe('one_pager');
    expect(r.drafts?.one_pager).toMatch(/O que me falta é um resultado concreto/);
    expect(r.drafts?.one_pager).not.toMatch(/por que você acha que o meu time/);
  });
});

import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';
import { localQuote } from '../../src/triage/writing/local-drafts.js';

/**
 * What the fourth languages batch left (issue 23): a result that counts back into the clause before it
 * ("três delas", "two of them") names nothing alone, so it is quoted with what it counts.
 */

const grid: Profile = {
  name: 'Alex',
  teamArea: 'Energias renováveis: subestações e ligação à rede',
  openRoles: [{ title: 'Engenheiro de Ligação à Rede', url: 'https://jobs.example.com/rede-3' }],
};

const counted =
  'coordenei a construção de cinco subestações em Trás-os-Montes, com 320 MW no total, e consegui a ligação à rede para três delas em oito meses, em vez dos doze previstos.';

describe('a clause that counts back is quoted with what it counts', () => {
  it('the quote starts where the sentence does, after its label', () => {
    const quote = localQuote(`Resumindo: ${counted}`, 'pt') ?? '';
    expect(quote.startsWith('coordenei a construção de cinco subestações')).toBe(true);
    expect(quote).toContain('320 MW');
    expect(quote.endsWith('em vez dos doze previstos')).toBe(true);
  });

  it('a time against the plan that counts nothing back is still quoted alone', () => {
    const alone = counted.replace('a ligação à rede para três delas', 'a licença ambiental');
    expect(localQuote(alone, 'pt')).toBe('consegui a licença ambiental em oito meses, em vez dos doze previstos');
  });

  it('the blurb holds both the scale and the time', () => {
    const note = `Olá Alex,\n\nCandidatei-me à vaga de Engenheiro de Ligação à Rede (https://jobs.example.com/rede-3). Em concreto, ${counted} Poderia recomendar-me? Se não for possível, compreendo.\n\nCumprimentos,\nMarta Sequeira`;
    const out = triage(note, grid);
    expect(out.blurb).toContain('320 MW');
    expect(out.blurb).toContain('três delas');
  });
});

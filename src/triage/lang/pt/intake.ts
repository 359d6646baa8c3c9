/**
 * Portuguese phrase data: what the intake keeps from a paste: an introduction by a third person.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const INTRODUCTION = `
  (quero|queria) (te|lhe|vos) apresentar
  apresento-(te|lhe|vos)
  (coloco|ponho) (vocês|vos) em contato
`;

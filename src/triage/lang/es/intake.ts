/**
 * Spanish phrase data: what the intake keeps from a paste: an introduction by a third person.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const INTRODUCTION = `
  (te|le|os) presento a
  (quería|quiero) presentar(te|le|os)
  (os|les) pongo en contacto
`;

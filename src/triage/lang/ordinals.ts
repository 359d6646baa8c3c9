/**
 * The ordinal words each language's ORDINAL_MESSAGE captures ("troisième relance", "dritte Nachricht",
 * "teesra message"), by how many messages came before: a third message follows two. Data only:
 * signals/detectors.ts counts bumps with it beside English's own.
 */
export const ORDINAL_BUMPS: Readonly<Record<string, number>> = {
  // es, pt, it
  segundo: 1,
  segunda: 1,
  tercer: 2,
  tercero: 2,
  tercera: 2,
  terceiro: 2,
  terceira: 2,
  terzo: 2,
  terza: 2,
  cuarto: 3,
  cuarta: 3,
  quarto: 3,
  quarta: 3,
  quinto: 4,
  quinta: 4,
  secondo: 1,
  seconda: 1,
  // fr
  deuxième: 1,
  second: 1,
  seconde: 1,
  troisième: 2,
  quatrième: 3,
  cinquième: 4,
  // de
  zweite: 1,
  dritte: 2,
  vierte: 3,
  fünfte: 4,
  // hi-en
  doosra: 1,
  dusra: 1,
  doosri: 1,
  dusri: 1,
  teesra: 2,
  tisra: 2,
  teesri: 2,
  tisri: 2,
  chautha: 3,
  chauthi: 3,
  // written in figures, as Hinglish and English do: "4th message"
  '2nd': 1,
  '3rd': 2,
  '4th': 3,
  '5th': 4,
};

/**
 * The short words a team area in another language joins its own words with ("pianificazione della
 * produzione", "logística para el frío"): they are no word of the team's work, so a note that shares
 * only them does not touch the area (fit/fit.ts). English's are fit's own FILLER. Data only.
 */
export const AREA_GLUE: Readonly<Record<string, string>> = {
  es: 'para como desde entre sobre hacia hasta según sino pero dentro todos todas',
  pt: 'para pelo pela pelos pelas como desde entre sobre até numa nuns dentro todos todas',
  fr: 'pour dans avec sans entre vers chez leur leurs sous depuis toutes tous',
  de: 'oder sowie für über durch zwischen beim eine einer eines einem einen alle sich',
  it: 'della dello delle degli dell alla allo alle agli dalla dallo dalle dagli nella nello nelle negli sulla sullo sulle sugli come per con tutti tutte',
  'hi-en': 'aur liye wala wali wale',
};

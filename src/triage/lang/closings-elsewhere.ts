/**
 * Closings and thanks that a note in a language the triage does not read may end on, alone on a line
 * ("Pozdrawiam", "Groetjes"): never a name, whatever their capital.
 */
export const CLOSINGS_ELSEWHERE = `
  pozdrawiam | pozdrowienia | dziękuję | dziekuje | groetjes | groeten | bedankt
  saygılar | saygılarımla | teşekkürler | hälsningar | hilsen | mvh | tack | takk | kiitos | terveisin
  pozdrav | pozdravy | pozdravem | děkuji | üdv | üdvözlettel | köszönöm | salam | salut
  mulțumesc | multumesc | cheers | regards | thanks | gracias | obrigado | obrigada | grazie | merci
  danke | grüße | grüsse | gruße | grusse
`;

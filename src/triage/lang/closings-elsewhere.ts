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
  감사합니다 | 고맙습니다 | 감사드립니다 | 谢谢 | 謝謝 | 多谢 | 感谢 | 感謝 | 此致 | 敬礼
  ありがとうございます | よろしくお願いします | よろしくお願いいたします | 宜しくお願いします
`;

/**
 * Hinglish phrase data (romanized Hindi mixed with English): What the writer asks for: a referral,
 * advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Romanized Hindi has no fixed spelling: each phrase takes the common ones ("nahi|nahin|nhi",
 * "kar|kr", "aap|ap"). English words a Hinglish note really uses ("refer", "CV", "role") stay.
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  refer (kar|kr) ?(do|dijiye|dijie|denge|doge|sakte|sakti|skte|de|dein|den|dena)
  (mujhe|mereko|muje|mujhko) (refer|recommend)\\b
  (mera|meri|mere) (cv|resume|profile|naam|application) (aage )?(forward|share|pass|refer|bhej|de|badha) (kar|kr|do|dijiye|denge)
  (mera|meri|mere) (cv|resume|profile|naam|application) aage (bhej|badha|forward|pass|de) (sakte|sakti|skte|sakoge|sakogi|doge|dena|do)
  (mera|meri) (cv|resume|profile) (hiring manager|hr|recruiter|team) (tak|ko) (pahuncha|pohncha|pahucha|bhej|forward|pass)
  referral (de|mil|chahiye|chaiye|chahie|dila|dilwa)\\w*
  referral(?! (program|bonus|link|code))
  (achha|accha|acha|ek) word (daal|dal|bol) (do|dijiye|denge|dena)
  (naam|name) (aage )?(badha|bada|suggest|recommend) (do|dijiye|denge|kar do|kar dijiye)
  sifarish
`;

export const ADVICE_ASK = `
  (coffee|chai) (pe|par) (mil|baat|chat)\\w*
  (ek )?(quick |chhoti |choti |short )?(call|baat|chat) (kar|kr) (sakte|sakti|lein|le|skte)\\w*
  \\d+ ?(min|minute|mins|minutes) (ka|ki|ke) (call|baat|time)
  (aapka|aapki|aapke|tumhara|tumhari|apka|apki|apke) (guidance|advice|salah|sujhav|margdarshan|tips)
  guidance (chahiye|chaiye|chahie|de|mil|dijiye)\\w*
  (kuch )?(tips|advice|salah|suggestions?) (de|dijiye|chahiye|chaiye|do|dena)\\w*
  mentor(ship|ing)?
  (aapne|tumne) (kaise|kese) (start|shuru|switch|break)\\w*
`;

/** "Bata dijiye konsa role sahi rahega": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\b(bata|batao|bataiye|bataye|batayein|batana) (do |dijiye |dena )?(kaunsa|konsa|kaun sa|kaunse|konse|kaun si|koi bhi) (role|roles|position|opening|team)
  \\b(koi bhi|jo bhi|kuch bhi) (role|position|opening|job) (chalega|chalegi|theek hai|thik hai|ho)\\b
  \\b(aapko|apko) jo (bhi )?(sahi|theek|thik|suitable) (lage|lagta)
`).join('|');

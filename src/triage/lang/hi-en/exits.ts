/**
 * Hinglish phrase data: The easy out, and a note that answers an ask of the referrer.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = `
  (jaisa|jaise) (aapne|apne|tumne) (bola|kaha|pucha|poocha|suggest kiya|maanga|manga)( tha)?
  (aapke|apke|tumhare) (kehne|kahne) (pe|par)
  (ye|yeh|yah) (raha|rahi|rahe) (mera|meri|mere) (one[- ]?pager|summary|profile)
  (one[- ]?pager|summary) (bhej|attach) (raha|rahi|diya|di|kar diya)
  (reply|jawab|response) (ke liye|k liye|keliye) (thanks|thank you|shukriya|dhanyavaad|dhanyawad)
  (thoda|thodi|kuch) (aur )?(details|detail|context|jaankari|jankari) (mere bare|mere baare)
`;

/** An easy out that only makes sense after an ask ("agar nahi ho paaye toh koi baat nahi"): the ask is implied. */
export const IMPLIED_ASK = `
  (agar|if) (aap |ap |tum )?(nahi|nahin|nhi|nai|na) (kar|kr|ho) ?(paaye|paye|paayein|payein|sakte|sakein|sake|pao|paa)
  (agar|if) (ye |yeh |yah )?(possible|mumkin|sambhav) (nahi|nahin|nhi|na) (hai|ho|h)
  (agar|if) (aapko|apko|tumhe|tumko) (theek|thik|comfortable|sahi) (nahi|nahin|nhi|na) (lage|lagta|laga)
`;

export const GRACEFUL_EXIT = `
  koi (baat|dikkat|problem|pressure|tension|issue|pareshani|zabardasti|jaldi|force) (nahi|nahin|nhi|nai)
  (bilkul|bilkool|totally|poori tarah) (theek|thik|samajh|samaj)
  (main|mai|mein|me) (samajh|samaj) (jaunga|jaungi|jaoonga|jaoongi|sakta|sakti|lunga|lungi)
  (samajh|samaj) (sakta|sakti|jaunga|jaungi) (hoon|hu|hun)
  (no|zero) (pressure|tension|worries|problem)
  (chalega|chalegi|theek hai|thik hai|koi baat nahi),? (agar|if) (nahi|nahin|nhi|na)
  (nahi|nahin|nhi|na) (ho|hua|hota|ho paaya|ho paya) (to|toh|tho) (bhi )?(koi baat nahi|theek|thik|chalega|no problem|no worries|samajh)
  (mana|manaa|na) (kar|kr) (dena|sakte|do|dijiye)\\b[^.!?]{0,20}\\b(theek|thik|chalega|koi baat|no problem|fine)
  (obligation|pressure|zabardasti) (mat|na) (samjhna|samjhiye|samjho|feel karna|lena|lijiye)
  reply (karna )?(zaroori|zaruri|jaruri) (nahi|nahin|nhi)
  (no|zero|koi) (issues?|problems?|worries|tension|pressure|dikkat)
  (tension|pressure|stress|load) (mat|mt|na) (le|lo|lena|lijiye|lijiyega|lijiye ga)
`;

/**
 * Hinglish phrase data: What makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

import { type RegexData, wordAlternation } from '../../shared/phrases.js';
import { PLACEHOLDER_PATTERNS as ENGLISH_PLACEHOLDERS } from '../en/risks.js';

/** What a referrer is called in praise: "aap toh legend ho", "sir aap inspiration hain". */
export const PRAISE = wordAlternation(`
  inspiration | role model | legend | idol | genius | amazing | awesome | kamaal | kamal | zabardast | jhakaas
  sabse best | best | hero | superstar | rockstar | prerna | prernasrot
`);

export const FLATTERY = `
  (aap|tum) (bahut|bohot|bohut|kaafi|itne|itni|sach mein) (inspiring|amazing|great|impressive) (ho|hain|hai)\\b
  (aap|ap|tum) (toh |to |sach mein |sach me |really |bahut |bohot |bhot |ek dum |ekdum ){0,2}(ek |mere |meri |hamare |hamari |humari |humare )?(${PRAISE}) (ho|hain|hai|h)\\b
  (aapko|apko|aapka|apka|aapki|apki|aapke|apke|tumhe|tumhara) (kaafi |kafi |bahut |bohot |bhot |kab se |kabse |saalon se |saalo se |long time se )?(follow|admire|fan)
  (bada|badi|bahut bada|bohot bada|huge|big) fan
  (aapka|apka|aapki|apki|tumhara|tumhari) ((journey|career|profile|kaam|work|safar) ){1,2}(bahut |bohot |bhot |kaafi |sach mein |really |itni |itna |kitni |kitna |so |very )?(inspiring|amazing|kamaal|kamal|zabardast|prernadayak|awesome|impressive) (hai|h|tha|rahi|raha)
  (aap|ap|tum) (se|sey) (bahut|bohot|bhot|kaafi) (inspired|prerit|motivated) (hoon|hu|hun|hua|hui)
  (honour|honor|sammaan|izzat) (ki baat )?(hai|h) (ki|ke) (main|mai) (aapko|apko) (likh|message)
`;

export const PRESSURE = `
  aaj hi (reply|jawab|bata|batana|confirm)\\w*
  itna (toh|to) kar (hi )?(sakte|sakti|skte) (ho|hain)
  (meri|mera) (aakhri|aakhiri|akhri|last|ek hi|only) (umeed|ummeed|hope|chance|sahara)
  (mera|meri) (visa|ghar|family|parivaar|future|bhavishya|rent|kiraya|naukri) (iss|is|isi|ispe|is pe|iss pe) ?(par|pe)? ?(depend|nirbhar|tika)
  (bahut|bohot|bhot|sach mein|really) (zaroorat|zarurat|jarurat|zaroori|desperate) (hai|h)\\b
  desperate(ly)?
  (please|plz|pls)[ ,]+(please|plz|pls)
  haath jod(kar|ke|ta|ti)?
  (jald se jald|asap|abhi ke abhi|turant)
  # "koi jaldi nahi" (no rush) is an easy out, not a hurry
  (?<!(koi|koi bhi|no|bina|bilkul) )(urgent|jaldi)(?! (nahi|nahin|nhi|na|mat|nahi hai|nahin hai))
  (aaj|kal|aaj raat|weekend|friday|monday|eod) tak (chahiye|chaiye|chahie|kar do|kar dijiye|bhej do|submit)
  (abhi tak|ab tak) (koi )?(reply|jawab|response) (nahi|nahin|nhi|na) (aaya|aya|mila)
  (aapne|tumne) (reply|jawab) (kyun|kyu|kyon) (nahi|nahin|nhi) (kiya|diya)
  (aap|ap|tum) (pe|par) (hi )?(depend|bharosa|bharose|umeed) (kar|hai|h)
  (mujhe|muje|mereko) (mana|manaa) (mat|na) (karna|kariye|kijiye|karo)
  (bahut|bohot|bhot) (mehnat|mehenat) (ki|kiya|kari) (hai|h)
  \\d+ (jagah|companies|jobs) (pe |par |mein |me )?(apply|applied) (kar|kiya|kr)
  (aapko|apko|tumko|tumhe) (bhi )?(referral )?bonus (milega|mil jayega|mil jaega)
  win[- ]win
  (maine|mene) (hr|recruiter|manager|hiring manager) (ko|se) (bol|keh|bata) (diya|di|rakha)( hai)? (ki|ke) (aap|ap|tum)
  (ghar|family|parivaar|ghar wale|gharwale) (mujh|mere) (pe|par) (depend|nirbhar)
  # guilt: "aapka kya jayega?", a deadline on the referrer: "aaj raat tak bata dena", a reproach: "seen karke reply nahi kiya"
  (aapka|apka|tumhara) kya (jayega|jaega|jaayega|jata|jaata|bigdega|bigadta)
  (aaj|kal|aaj raat|kal subah|weekend|friday|monday|eod) tak (bata|reply|jawab|refer|confirm)\\w*
  (seen|dekh) (karke|kar ke|kar|ke) (bhi )?(reply|jawab) (nahi|nahin|nhi) (kiya|diya|di)
  (seen|dekh|padh) (karke|kar ke|kar|ke) (ignore|avoid|chhod)\\w* (mat|na|mt)
  ignore (mat|mt|na) (karo|kariye|kijiye|karna)
  # a deadline laid on the referrer: "kal last date hai"
  (aaj|kal|parso|friday|monday|sunday) (hi )?(last|aakhri|akhri|aakhiri) (date|din|tareekh|day)
`;

export const CONTACTED =
  '((message|msg|mail|email|dm|ping|call|text)( bhi)? (kiya|kia|kara|kari|ki|bheja|bheji|dala|dali)|likha|contact kiya|yaad dilaya)';

export const FOLLOW_UP = `
  baar baar (disturb|pareshan|message)\\w*
  (mera )?(message|msg) dekha (kya|aapne)
  (bas |just )?(follow[- ]?up|followup) (kar|kr|le|karna|karne)\\w*
  (bas |just )?(remind|yaad dila)\\w*
  (fir|phir|firse|phirse|fir se|phir se|dobara|dubara) (se )?((message|msg|ping|yaad)\\w*|likh (raha|rahi|rahe)|likhna pad)
  (aapko|apko|aap ko|tumko|tumhe) ((pehle|phle|pichhle hafte|last week|kal|do baar|ek baar|teen baar|kai baar|already) ){0,2}${CONTACTED}
  # "maine pichhle hafte bhi 2 baar message kiya tha": an earlier time or a count says it was to the referrer
  (maine|mene) ((pehle|phle|pichhle hafte|pichle hafte|last week|kal|parso|already)( bhi)? )?((do|teen|char|\\d+|kai) (baar|bar) )${CONTACTED}
  (maine|mene) (pehle|phle|pichhle hafte|pichle hafte|last week|kal|parso|already)( bhi)? ${CONTACTED}
  (mera|meri) (pichhla|pichla|last|pehla|previous) (message|msg|mail)
  (agar|shayad) (mera )?(message|msg|mail) (miss|dab|kho|lost) (ho gaya|ho gya|hua|gaya)
  bump\\b
  (doosra|dusra|teesra|tisra|second|third) (message|msg|reminder)
  \\d(st|nd|rd|th) (message|msg|reminder|mail|ping)
  (\\d+(st|nd|rd|th)|second|third|fourth|fifth|doosri|dusri|teesri|tisri|chauthi) (time|baar|bar) (message|msg|ping|likh|remind|mail)
`;

/**
 * "Maine aapko do baar message kiya": the count comes before the verb, so the match ends where the verb
 * begins (a lookahead) and its group holds the words between, where a count may stand.
 */
export const CONTACT_VERB = `\\b(?:aapko|apko|aap ko|tumko|tumhe|aapse|apse|maine|mene)\\s((?:[\\w']+ ){0,5})(?=(?:${CONTACTED})\\b)`;

/** A count of contacts; the second group holds digits. Counts in words ("do baar") are read as one. */
export const QUANTIFIER = String.raw`\b(ek baar|ek bar|do baar|do bar|teen baar|teen bar|char baar|chaar baar|paanch baar|(\d{1,2}) (?:baar|bar|times)|kai baar|kayi baar|kai bar|bahut baar|bohot baar|baar baar|twice|multiple times|(?:pichhle|pichle|last) (?:do|teen|2|3) (?:messages|msgs|mails))\b`;

/** A bump that says it is not the first: "phir se message kar raha hoon", "mere pichhle do messages". */
export const REPEATED_BUMP = String.raw`\b(?:(?:fir|phir|firse|phirse|fir se|phir se|dobara|dubara|ek aur baar) (?:se )?(?:(?:message|msg|ping|remind|follow up)\w*|likh (?:raha|rahi|rahe)|likhna pad)|(?:mere|meri) (?:pichhle|pichle|purane|last) (?:do |teen |2 |3 )?(?:messages|msgs|mails)|(?:mere|meri) (?:do|teen|2|3) (?:messages|msgs|mails))\b`;

/** "Ye mera teesra message hai": the first group is the ordinal word ("second"/"third" are counted). */
export const ORDINAL_MESSAGE = String.raw`\b(doosra|dusra|doosri|dusri|teesra|tisra|teesri|tisri|chautha|chauthi|second|third|fourth|\d(?:st|nd|rd|th)) (?:message|msg|mail|reminder|baar|bar|time|attempt)\b`;

/** Template text left in: Hinglish notes are written from English templates ("[Name]"), and "[naam]". */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  ...ENGLISH_PLACEHOLDERS,
  ['[', { source: String.raw`\[(?:aapka |apka |tumhara )?(?:naam|company ka naam|role ka naam|post)\]`, flags: 'i' }],
];

/** Someone asking for a candidate who is not writing themselves: an agency, a client, a relative. */
export const ON_BEHALF = `
  (mera|meri) ([\\w]+ )?(beta|beti|bhai|bhanja|bhanji|bhatija|bhatiji|cousin|dost|friend|behen|bahen|sister|brother|pati|patni|wife|husband) (ne )?(abhi )?(graduate|pass out|passout|btech|b\\.tech|degree|job dhoondh|job dhund|job search|naukri dhoondh|naukri dhund)\\w*
  (mera|meri|mere) ([\\w]+ )?(beta|beti|bhai|bhanja|bhanji|bhatija|bhatiji|cousin|dost|behen|bahen) (ko|ke liye) (job|naukri|kaam|internship|placement)
  (usko|usse|unko|use|unhe) (job|naukri|kaam) (dila|dilwa|lagwa)\\w*
  (usko|use|unko|unhe|uska|unka) (refer|recommend) (kar|kr)
  (sharmila|sharmili|sharmata|sharmati|jhijhak)\\w*
  (mere|hamare|humare) (client|candidate)s? (ke liye|ki taraf se|ka|ki|hai|h)
  (placement|consultancy|recruitment agency|staffing|agency) (fee|charges|company|firm)
  (hum|ham) (ek )?(consultancy|placement agency|staffing firm|recruitment agency) (hain|hai|h|se)
  (ki|ke) (taraf|behalf) se (likh|message|request)\\w*
  # a consultancy's stock and its fee: "humare paas 5-6 nurses ki profiles hain", "service charge 8.33% of CTC"
  (humare|hamare|hmare|hamaare) paas\\b[^.!?]{0,80}\\bprofiles? (ready |tayyar |taiyar |available |shortlisted )?(hain|hai|h)
  (service|placement|recruitment|consultancy) (charge|charges|fee|fees)\\b[^.!?]{0,30}\\b(CTC|salary|package)
`;

/**
 * Asks that are not for a job referral: a reference, a buyer for what they sell, a business introduction.
 * "Ek reference dena tha" is the writer's own wish to pass a candidate on (Indian English's "reference"
 * for a referral), not an ask to be one.
 */
export const NOT_A_REFERRAL = `
  (reference|referee) (ban\\w*|de(?!na (tha|thi|hai|chahta|chahti|chahte)\\b)\\w*)
  (recommendation|reference) letter
  (procurement|purchase|purchasing|vendor|buying) (kaun|kon) (dekhta|dekhti|handle|sambhalta|manage)\\w*
  (kaun|kon) (dekhta|dekhti|handle karta|sambhalta) (hai|h) (procurement|purchase|vendors?|payroll|partnerships?)
  demo (dikha|de|dena|karna|karwa)\\w*
  (business|partnership|investment) (opportunity|proposal|deal)
  (hum|ham) (ek )?(\\w+ )?(supplier|vendor|distributor|manufacturer|reseller) (hain|hai|h)
  (donation|daan|chanda) (dena|karna|dena chahte)
`;

/** Asks to be sent to someone who does a thing for them, read only in sentences with no talk of a job. */
export const SERVICE_ASK = `
  (kisi aise|kisi) (banda|bande|insaan|person|vyakti)\\w* (se|tak) (milwa|connect|introduce|baat karwa)\\w*\\b[^.!?]{0,40}\\b(jo|who)\\b[^.!?]{0,30}\\b(help|madad|sahayata|fix|solve|approve|process|dekh)
  (jo|who) (procurement|purchase|vendors?|billing|payroll|insurance|claim|refund|loan) (dekhta|dekhti|handle|sambhalta)\\w*[^.!?]{0,30}\\b(unse|usse|inse|se|tak) (milwa|connect|introduce)\\w*
  (doctor|lawyer|vakeel|vakil|agent) (se|tak) (milwa|connect|baat karwa)\\w*
`;

/** Words of a job search: a sentence with them asks about work, however it is phrased. */
export const JOB_TALK = String.raw`\b(?:hiring|hires?|interviews?|r[ée]sum[ée]s?|cvs?|roles?|positions?|openings?|jobs?|naukri|naukari|vacanc(?:y|ies)|recruit\w*|placements?|internships?)\b`;

/** A note sent to everyone at once is not a personal ask, whatever it says. */
export const BROADCAST = String.raw`(?:^|\s)@(?:here|channel|everyone)\b|\b(?:hi|hello|hey|namaste|namaskar) (?:everyone|all|sabko|sab log|sabhi|doston|friends|guys)\b|\b(?:sabko|sab logon ko|bahut logon ko|kai logon ko|sabhi ko|har kisi ko) (?:message|msg|mail|likh)\w*`;

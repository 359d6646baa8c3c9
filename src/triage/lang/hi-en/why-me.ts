/**
 * Hinglish phrase data: Why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Hindi puts the verb last ("aapne payments team build kiya"), so a few words may stand between.
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

/** What the referrer made or did that a candidate can point to: "aapka talk AI pe", "aapki post wali". */
export const REFERRER_WORK = wordAlternation(`
  kaam | work | journey | background | experience | team | role | talk | post | article | blog | video | book | kitaab
  launch | project | research | panel | podcast | newsletter | thread | session | keynote | paper | webinar | workshop
  lecture | class | course | presentation | seminar | episode | interview | safar
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  kaam | work | talk | post | article | project | team | podcast | keynote | session | journey
`);

export const REFERRER_DID = wordAlternation(`
  lead | build | launch | ship | start | shuru | banaya | banayi | likha | likhi | present | share | post | organize
  host | mentor | hire | design | scale | manage | run | chalaya | sikhaya | padhaya | help | madad
`);

export const SEEN_WORK = wordAlternation(`
  talk | post | article | panel | podcast | kaam | work | video | session | webinar | workshop | lecture | presentation
  seminar | episode | meetup | keynote | newsletter | interview | blog | book | kitaab | course | project | repo | thread
  reel | youtube video | tweet
`);

const CAP = String.raw`[A-Z][\p{L}'-]+`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "aapki mummy ke kitty group se", "tumhare papa ke dost".
  {
    source: String.raw`(?<![\p{L}])(?:aapki|apki|tumhari|aapke|apke|tumhare) (?:mummy|mumma|mom|maa|papa|dad|pitaji|baba|babuji|abba|abbu|ammi|dada|dadi|nana|nani|parents|bhai|behen|didi|bhabhi|jiju|chacha|chachi|mama|mami|bua|mausi)(?: ji)? (?:ke|ki|ka) (?:[\p{L}-]+ ){0,2}?(?:se|dost|friend|saath|padosi|neighbour)(?![\p{L}])`,
    flags: 'iu',
  },
  // Worked beside the referrer before: "pehle aapke saath Novus CRO mein tha".
  { source: String.raw`\b(?:aapke|apke|tumhare) saath [^.!?]{0,40}?\b(?:tha|thi|the|kaam kiya)\b`, flags: 'iu' },
  {
    // "Aapke colleague Rohan Mehta ne bola…"
    source: String.raw`\b(?:[Aa]apke|[Aa]pke|[Tt]umhare|[Aa]apki|[Aa]pki|[Tt]umhari) (?:colleague|team ?mate|manager|dost|friend|senior|junior|saathi|lead) ${CAP}(?: ${CAP})? (?:ji |bhai |sir )?ne\b`,
    flags: 'u',
  },
  {
    // "Rohan bhai ne aapka naam diya", "Priya ne bola ki aap sahi insaan ho"
    source: String.raw`\b${CAP}(?: ${CAP})? (?:ji |bhai |sir |ma'am |didi )?ne (?:mujhe |muje )?(?:aapka|apka|aapke|apke|aapki|apki|tumhara) (?:naam|number|contact|reference|profile)|\b${CAP}(?: ${CAP})? (?:\([^()]{0,60}\) )?(?:ji |bhai |sir |ma'am |didi )?ne (?:mujhe |muje )?(?:bola|kaha|suggest kiya|recommend kiya|bataya) (?:ki|ke) (?:aap|ap|main|mai|tum)\w*`,
    flags: 'u',
  },
  // A long time since a past they shared: "Pune office ke baad kaafi time ho gaya".
  {
    source: String.raw`\bke baad (?:kaafi|bahut|bohot|itna|kitna) (?:time|samay|waqt|din|saal) (?:ho gaya|ho gya|ho gaye|ho gye)\b`,
    flags: 'i',
  },
  {
    source: `\\b(?:aapka|apka|aapki|apki|aapke|apke|tumhara|tumhari|tumhare|your) (?:[\\w-]+ ){0,2}?${REFERRER_WORK}s? (?:on|pe|par|about|ke baare|ke bare|wala|wali|wale)\\b`,
    flags: 'i',
  },
  { source: `\\b(?:aapne|tumne|aap ne) (?:[\\w-]+ ){0,4}?${REFERRER_DID}\\b`, flags: 'i' },
  {
    source: String.raw`\b(?:aap|ap|tum) (?:[\w-]+ ){0,2}?(?:team|company) (?:mein|me|main) (?:ho|hain|hai|h)\b|\b(?:aap|ap) (?:[\w-]+ ){0,2}(?:lead|manage|head) (?:karte|karti|kar rahe|kar rahi) (?:ho|hain|hai|h)\b`,
    flags: 'i',
  },
  {
    source: String.raw`\b(?:hum|ham|humne|hamne) (?:pehle |already |saath |ek saath |sath |dono )?(?:mile|mil chuke|kaam kiya|saath kaam|sath kaam|baat ki|ek hi team|same team|ek hi college|same college)\b`,
    flags: 'i',
  },
  {
    source: `\\b(?:maine|mene|main ne) (?:aapka|apka|aapki|apki|aapke|apke|tumhara|tumhari|your) (?:[\\w-]+ ){0,3}?${SEEN_WORK}s? (?:[\\w-]+ ){0,3}?(?:dekha|dekhi|padha|padhi|suna|suni|attend|follow)\\w*`,
    flags: 'i',
  },
  // Their work, seen or heard, with the verb last and no "maine": "aapka 'UPI fraud' wala thread padha tha".
  {
    source: `\\b(?:aapka|apka|aapki|apki|aapke|apke|tumhara|tumhari|tumhare) [^.!?]{0,60}?${SEEN_WORK}s? (?:[\\w-]+ ){0,2}?(?:padha|padhi|suna|suni|dekha|dekhi|attend kiya|attend ki)\\b`,
    flags: 'i',
  },
  // Where they met, the place before the verb: "hum Pune chapter ki meetings mein mile the", "meetup mein aapse mila tha".
  {
    source: String.raw`\b(?:hum|ham) (?:[\w-]+ ){0,6}?(?:mein|me|pe|par) (?:mile|mili|mil chuke) (?:the|thi|tha|hain|hai)\b|\b(?:aapse|apse|tumse) (?:[\w-]+ ){0,3}?(?:mila|mili|mile) (?:tha|thi|the)\b`,
    flags: 'i',
  },
  // A class or team they shared, named before "saath": "hum IIM ke PGP batch mein saath the".
  {
    source: String.raw`\b(?:hum|ham) (?:[\w-]+ ){0,6}?(?:batch|class|college|school|hostel|team|company|office|course)(?: mein| me)? (?:saath|sath|ek saath) (?:the|thi|tha|padhe|padhte the|kaam karte the)\b`,
    flags: 'i',
  },
  // Someone who passed on the referrer's address: "unhone hi aapka email diya".
  {
    source: String.raw`\b(?:unhone|unhon ne|usne|inhone) (?:hi |bhi )?(?:mujhe |muje )?(?:aapka|apka|aapki|apki|tumhara) (?:email|mail|number|contact|naam|linkedin)(?: id)? (?:diya|di|share kiya|bheja)\b`,
    flags: 'i',
  },
  {
    phrases: `
    (ne|ji ne) (mujhe |muje )?(aapse|apse|tumse|aapko|apko) (baat karne|contact karne|milne|message karne|likhne|puchhne|poochne|reach out karne) (ko|ke liye|ka) (bola|kaha|suggest kiya|recommend kiya)
    (ne|ji ne) (bola|kaha|bataya) (ki|ke) (aap|ap|tum) (sahi|best|right) (insaan|person|banda|bande|contact) (ho|hain|hai|h|hoge|honge)
    (aapka|apka|aapki|apki|tumhara) (naam|number|contact|reference) (diya|di|mila|suggest kiya)
    (hum|ham) (dono )?(same|ek hi|ek) (college|team|batch|company|school|class|project|bootcamp|hostel) (mein|me|main|se|ke)
    (maine|mene) (aapke|apke|tumhare) (saath|sath|under|team mein|team me) (kaam|internship|project)
    (aapne|tumne) (mujhe|muje) (mentor|train|guide|hire|padha|sikha|interview)\\w*
    (main|mai) (aapka|apka|aapki|apki|tumhara|tumhari) (intern|student|junior|mentee|trainee|colleague|teammate) (tha|thi|hoon|hu|rah chuka|rah chuki)
    (alumni|alumnus|alum|passout|pass out) (hain|hoon|hu|hai|h|network|group)
    (aapko|apko|tumko) (conference|event|meetup|college|fest|webinar) (mein|me|main|pe|par) (dekha|suna|mila|mili)
    (intro|introduction|connect) (ke liye|k liye|keliye) (thanks|shukriya|dhanyavaad)
    (aapki|apki|tumhari) (bahut |bohot |bhot )?(tareef|taarif) (karte|karti|kar rahe|ki)
  `,
  },
  { source: String.raw`\b${CAP}, (?:meet|inse milo|ye hain|yeh hain) ${CAP}`, flags: 'u' },
  // Their work, seen or heard, named before the verb: "aapka ProductCon wala talk dekha tha", "aapko session mein suna tha".
  {
    source: `\\b(?:aapka|apka|aapki|apki|aapke|apke|tumhara|tumhari|tumhare) (?:[\\w#-]+ ){0,4}?${SEEN_WORK}s? (?:[\\w-]+ ){0,2}?(?:dekha|dekhi|padha|padhi|suna|suni|attend)\\w*`,
    flags: 'i',
  },
  { source: String.raw`\b(?:aapko|apko|tumhe|tumko) (?:[\w-]+ ){0,8}?(?:suna|dekha) (?:tha|thi)\b`, flags: 'i' },
  // A shared past: "hum dono BITS se hain".
  { source: String.raw`\b(?:hum|ham) dono\b`, flags: 'i' },
];

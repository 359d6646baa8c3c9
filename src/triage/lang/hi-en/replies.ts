/**
 * Hinglish replies, in the referrer's voice (see lang/replies.ts for the slots): romanized Hindi with
 * English, the way such notes are written; "aap" throughout, and "tum" for a note that uses it.
 */
import type { ReplyWording } from '../reply-types.js';

export const hiEn: ReplyWording = {
  // Hinglish notes to a referrer use "aap"; the informal register is for notes that say "tum"/"tu".
  formal: String.raw`(?<![\p{L}])(?:aap|aapka|aapki|aapke|aapse|aapko)(?![\p{L}])`,
  hi: ['Hey {name},', 'Hi {name},'],
  hiThere: ['Hi,', 'Hi,'],
  role: { named: '{role} role', unnamed: 'yeh role' },
  yes: {
    open: ['clear message ke liye thanks.', 'itna clear message likhne ke liye thanks.'],
    yes: ['Tumhe {role} ke liye refer karke khushi hogi.', 'Aapko {role} ke liye refer karke khushi hogi.'],
    why: [
      'Jo tumne likha ("{quote}"), yahi woh result hai jiske liye vouch karna aasaan hai.',
      'Jo aapne likha ("{quote}"), yahi woh result hai jiske liye vouch karna aasaan hai.',
    ],
    needResume: [
      'Apna resume bhej do? Milte hi referral submit ho jayega aur tumhe update mil jayega; uske baad recruiting team dekhegi.',
      'Apna resume bhej dijiye? Milte hi referral submit ho jayega aur aapko update mil jayega; uske baad recruiting team dekhegi.',
    ],
    needLinkAndResume: [
      'Exact job link aur apna resume bhej do? Dono milte hi referral submit ho jayega aur tumhe update mil jayega.',
      'Exact job link aur apna resume bhej dijiye? Dono milte hi referral submit ho jayega aur aapko update mil jayega.',
    ],
  },
  onePager: {
    open: ['message ke liye thanks.', 'message ke liye thanks.'],
    fitClose: [
      'Yeh role meri team ke kaam ke kaafi paas hai, isliye ise dhyan se dekhna hai.',
      'Yeh role meri team ke kaam ke kaafi paas hai, isliye ise dhyan se dekhna hai.',
    ],
    ask: ['Ek one-page summary bhej do?', 'Ek one-page summary bhej dijiye?'],
    askWithLink: [
      'Ek one-page summary aur exact job link bhej do?',
      'Ek one-page summary aur exact job link bhej dijiye?',
    ],
    close: ['Phir proper jawab dena aasaan hoga.', 'Phir aapko proper jawab dena aasaan hoga.'],
  },
  pieces: {
    proof: [
      'Mujhe ek concrete result chahiye: tumne kya kiya aur usse kya badla, ho sake toh number ke saath.',
      'Mujhe ek concrete result chahiye: aapne kya kiya aur usse kya badla, ho sake toh number ke saath.',
    ],
    fitOverlap: [
      'Mujhe yeh samajhna hai ki tumhara experience {team} se kaise judta hai.',
      'Mujhe yeh samajhna hai ki aapka experience {team} se kaise judta hai.',
    ],
    ask: [
      'Yeh bhi bata do ki tum mujhse exactly kya chahte ho.',
      'Yeh bhi bata dijiye ki aap mujhse exactly kya chahte hain.',
    ],
    whyMe: [
      'Ek line ki tumhe meri team hi sahi kyun lagti hai, woh bhi help karegi.',
      'Ek line ki aapko meri team hi sahi kyun lagti hai, woh bhi help karegi.',
    ],
    other: [
      'Tumhara background, role aur fit kyun banta hai, yeh ho toh forward karna aasaan hai.',
      'Aapka background, role aur fit kyun banta hai, yeh ho toh forward karna aasaan hai.',
    ],
    name: [
      'Aur apna poora naam bhi bhej do: message mein sirf initials hain, aur referral ke liye naam chahiye.',
      'Aur apna poora naam bhi bhej dijiye: message mein sirf initials hain, aur referral ke liye naam chahiye.',
    ],
  },
  // "{name} se bolo ki … bhej de": the candidate's part is asked through the writer, in words that say no gender.
  about: {
    thanks: ['{name} ke baare mein message ke liye thanks.', '{name} ke baare mein likhne ke liye thanks.'],
    thinking: ['thanks ki tumne {name} ke liye mujhe yaad kiya.', 'thanks ki aapne {name} ke liye mujhe yaad kiya.'],
    yes: ['{name} ko {role} ke liye refer karke khushi hogi.', '{name} ko {role} ke liye refer karke khushi hogi.'],
    why: [
      '"{quote}" jaisa result hi woh cheez hai jiske liye vouch karna aasaan hai.',
      '"{quote}" jaisa result hi woh cheez hai jiske liye vouch karna aasaan hai.',
    ],
    needResume: [
      '{name} se bolo ki apna resume seedha mujhe bhej de. Milte hi referral submit ho jayega aur {name} ko update mil jayega.',
      '{name} se kahiye ki apna resume seedha mujhe bhej de. Milte hi referral submit ho jayega aur {name} ko update mil jayega.',
    ],
    needLinkAndResume: [
      '{name} se bolo ki exact job link aur apna resume seedha mujhe bhej de. Dono milte hi referral submit ho jayega aur {name} ko update mil jayega.',
      '{name} se kahiye ki exact job link aur apna resume seedha mujhe bhej de. Dono milte hi referral submit ho jayega aur {name} ko update mil jayega.',
    ],
    ask: [
      '{name} se bolo ki ek one-page summary seedha mujhe bhej de.',
      '{name} se kahiye ki ek one-page summary seedha mujhe bhej de.',
    ],
    askWithLink: [
      '{name} se bolo ki ek one-page summary aur exact job link seedha mujhe bhej de.',
      '{name} se kahiye ki ek one-page summary aur exact job link seedha mujhe bhej de.',
    ],
    pieces: {
      proof: [
        'Mujhe {name} ka ek concrete result chahiye, ho sake toh number ke saath.',
        'Mujhe {name} ka ek concrete result chahiye, ho sake toh number ke saath.',
      ],
      fitOverlap: [
        'Mujhe yeh samajhna hai ki {name} ka experience {team} se kaise judta hai.',
        'Mujhe yeh samajhna hai ki {name} ka experience {team} se kaise judta hai.',
      ],
      ask: [
        'Yeh bhi pata chale ki {name} ko mujhse exactly kya chahiye.',
        'Yeh bhi pata chale ki {name} ko mujhse exactly kya chahiye.',
      ],
      whyMe: [
        'Ek line ki {name} ko meri team hi sahi kyun lagti hai, woh bhi help karegi.',
        'Ek line ki {name} ko meri team hi sahi kyun lagti hai, woh bhi help karegi.',
      ],
      other: [
        '{name} ka background, role aur fit kyun banta hai, yeh ho toh forward karna aasaan hai.',
        '{name} ka background, role aur fit kyun banta hai, yeh ho toh forward karna aasaan hai.',
      ],
    },
    decline: [
      'Is baar {name} ko refer karna mere liye possible nahi hoga, aur wait karwane se behtar hai seedha bata doon.',
      'Is baar {name} ko refer karna mere liye possible nahi hoga, aur wait karwane se behtar hai seedha bata doon.',
    ],
    outsideArea: [
      '{role} meri area ({team}) se bahar hai, toh fit judge karna mushkil hai.',
      '{role} meri area ({team}) se bahar hai, toh fit judge karna mushkil hai.',
    ],
    noRole: [
      'Mere referrals sirf specific roles ke liye hote hain jinke liye vouch kiya ja sake: {name} ko koi matching posting mile toh link aur ek result ke saath chhota sa message kaafi aasaan kar dega.',
      'Mere referrals sirf specific roles ke liye hote hain jinke liye vouch kiya ja sake: {name} ko koi matching posting mile toh link aur ek result ke saath chhota sa message kaafi aasaan kar dega.',
    ],
    close: ['{name} ki search ke liye all the best!', '{name} ki search ke liye all the best.'],
  },
  no: {
    open: ['mujhe yaad karne ke liye thanks.', 'mujhe yaad karne ke liye thanks.'],
    outsideArea: [
      '{role} meri area ({team}) se bahar hai, toh fit judge karna mushkil hai aur refer karne ke liye main sahi insaan nahi hoon. All the best!',
      '{role} meri area ({team}) se bahar hai, toh fit judge karna mushkil hai aur aapko refer karne ke liye main sahi insaan nahi hoon. All the best!',
    ],
    noRole: [
      'Mere referrals sirf specific roles ke liye hote hain jinke liye vouch kiya ja sake, toh abhi ke liye pass. Koi matching posting mile toh link aur ek result ke saath chhota sa message bhejna, kaafi aasaan ho jayega.',
      'Mere referrals sirf specific roles ke liye hote hain jinke liye vouch kiya ja sake, toh abhi ke liye pass. Koi matching posting mile toh link aur ek result ke saath chhota sa message bhejiye, kaafi aasaan ho jayega.',
    ],
    advice: [
      'Abhi advice calls ke liye mere paas time nahi hai, yeh seedha bata dena behtar hai. All the best!',
      'Abhi advice calls ke liye mere paas time nahi hai, yeh aapko seedha bata dena behtar hai. All the best!',
    ],
    clear: [
      'Is mein meri taraf se help nahi ho payegi, aur wait karwane se behtar hai seedha bata doon. Umeed hai jaldi sahi role mil jayega.',
      'Is mein meri taraf se aapki help nahi ho payegi, aur wait karwane se behtar hai seedha bata doon. Umeed hai aapko jaldi sahi role mil jayega.',
    ],
  },
};

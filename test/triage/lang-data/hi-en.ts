import type { LanguageTable } from './table.js';

/** Hinglish: aap and tum, common romanized spellings (nahi/nhi, kar/kr), Indian numbers (lakh, crore). */
export const HI_EN: LanguageTable = {
  keys: {
    REFERRAL_ASK: {
      match: [
        'Kya aap mujhe SDE-2 role ke liye refer kar sakte hain?',
        'Bhai please refer kar do, job link neeche hai.',
        'Mera CV hiring manager tak pahuncha dijiye.',
        'Kya mujhe referral mil sakta hai?',
      ],
      miss: 'Aapki company ka referral program kaafi accha hai.',
    },
    ADVICE_ASK: {
      match: [
        'Kya hum 15 min ka call kar sakte hain?',
        'Aapki guidance chahiye career switch ke liye.',
        'Kabhi chai pe milte hain?',
      ],
      miss: 'Main roz subah chai peeta hoon.',
    },
    FIT_OUTSOURCED: {
      match: ['Aap bata dijiye konsa role mere liye sahi rahega.', 'Koi bhi role chalega bhai.'],
      miss: 'Main SDE-2 backend role ke liye apply kar raha hoon.',
    },
    ANSWERS_AN_ASK: {
      match: [
        'Jaisa aapne bola tha, ye raha mera one-pager.',
        'Reply ke liye thanks!',
        'Thodi aur details mere baare mein neeche hain.',
      ],
      miss: 'Aapne kaisa weekend bitaya?',
    },
    IMPLIED_ASK: {
      match: ['Agar aap nahi kar paaye toh bhi theek hai.', 'Agar ye possible nahi hai toh bata dena.'],
      miss: 'Agar aapke paas time ho toh baat karte hain.',
    },
    GRACEFUL_EXIT: {
      match: [
        'Koi baat nahi agar nahi ho paaye.',
        'Nahi ho paya toh bhi koi baat nahi.',
        'Main samajh jaunga, no pressure.',
        'Koi dikkat nahi agar aap mana kar dein.',
      ],
      miss: 'Koi baat karni thi aapse.',
    },
    PRAISE: { match: ['legend', 'zabardast'], miss: 'colleague' },
    FLATTERY: {
      match: [
        'Sir aap toh legend ho!',
        'Main aapko kaafi time se follow kar raha hoon, bada fan hoon.',
        'Aapka career journey bahut inspiring hai.',
      ],
      miss: 'Aapki team payments platform bana rahi hai.',
    },
    PRESSURE: {
      match: [
        'Ye meri aakhri umeed hai, mera visa isi pe depend karta hai.',
        'Please please bhai, urgent hai.',
        'Aaj tak chahiye referral.',
        'Abhi tak koi reply nahi aaya.',
      ],
      miss: 'Main kal se join kar sakta hoon.',
    },
    CONTACTED: { match: ['message kiya', 'mail bheja'], miss: 'messages' },
    FOLLOW_UP: {
      match: [
        'Bas follow up kar raha tha.',
        'Maine aapko pichhle hafte message kiya tha.',
        'Phir se message kar raha hoon, shayad miss ho gaya.',
      ],
      miss: 'Main SDE-2 role ke baare mein likh raha hoon.',
    },
    CONTACT_VERB: {
      match: ['Maine aapko do baar message kiya.', 'Maine aapko last week mail bheja tha.'],
      miss: 'Aapne bahut accha article likha.',
    },
    QUANTIFIER: { match: ['Maine 3 baar message kiya.', 'kai baar', 'do baar'], miss: 'Bar mein mile the.' },
    REPEATED_BUMP: {
      match: ['Phir se message kar raha hoon.', 'Mere pichhle do messages ka reply nahi aaya.'],
      miss: 'Main message kar raha hoon.',
    },
    ORDINAL_MESSAGE: {
      match: ['Ye mera teesra message hai.', 'Second reminder bhai.'],
      miss: 'Doosra round interview ka.',
    },
    PLACEHOLDER_PATTERNS: {
      match: ['Hi [Name],', 'Namaste [naam] ji,', 'Main {{company}} join karna chahta hoon.'],
      miss: 'Hi Rohan, [link yahan](https://example.in)',
    },
    ON_BEHALF: {
      match: [
        'Mera bhai abhi graduate hua hai, job dhoondh raha hai.',
        'Usko refer kar do please.',
        'Hum ek placement agency hain, fee sirf 8.33% hai.',
      ],
      miss: 'Mere manager ne bola ki main apply karoon.',
    },
    NOT_A_REFERRAL: {
      match: ['Kya aap mere reference ban sakte ho?', 'Hum ek software vendor hain, procurement kaun dekhta hai?'],
      miss: 'Kya aap mujhe refer kar sakte ho?',
    },
    SERVICE_ASK: {
      match: [
        'Kisi aise bande se milwa do jo mera claim process kar sake.',
        'Jo billing dekhta hai unse connect karwa do.',
      ],
      miss: 'Hiring manager se connect karwa do.',
    },
    JOB_TALK: {
      match: ['Mujhe naukri chahiye.', 'SDE-2 role ke liye apply kiya.'],
      miss: 'Kal milte hain chai pe.',
    },
    BROADCAST: {
      match: ['Hello everyone, job chahiye.', 'Maine sabko message kiya hai company mein.'],
      miss: 'Hello Rohan bhai, ek request thi.',
    },
    REFERRER_WORK: { match: ['talk', 'safar'], miss: 'khana' },
    REFERRER_WORK_NAMED: { match: ['post', 'podcast'], miss: 'gaadi' },
    REFERRER_DID: { match: ['banaya', 'lead'], miss: 'khaya' },
    SEEN_WORK: { match: ['webinar', 'youtube video'], miss: 'chhutti' },
    WHY_ME_PATTERNS: {
      match: [
        'Aapke colleague Rohan Mehta ne bola ki aapse baat karun.',
        'Priya ne mujhe aapka naam diya.',
        'Maine aapka LinkedIn post Kafka pe padha.',
        'Aapne payments team build kiya, isliye aapko likh raha hoon.',
      ],
      miss: 'Google pe search karke aapka profile mila.',
    },
    PROOF_IMPACT_VERB: {
      match: ['Maine build time kam kar diya.', 'Conversion 20% badhaya.', 'Humne latency reduce ki.'],
      miss: 'Main mehnati aur curious hoon.',
    },
    METRIC_UNIT: { match: ['lakh', 'crore'], miss: 'kilo' },
    COUNTED: { match: ['customers', 'dukaanein'], miss: 'ideas' },
    PROOF_METRIC: {
      match: ['Revenue 2 crore tak pahuncha.', '₹50 lakh ki saving hui.', '1,20,000 users ko serve kiya.'],
      miss: 'Mere paas 5 saal ka experience hai.',
    },
    QUANTITY: { match: ['aadha', 'do'], miss: 'ek' },
    PROOF_IN_WORDS: {
      match: [
        'Maine ticket resolution time aadha kar diya.',
        'Signups double ho gaye ek saal mein.',
        'Pehle 3 din lagte the, ab sirf 1 din.',
        'Hum do guna tez deliver karte hain.',
      ],
      miss: 'Maine aadha khana khaya.',
    },
    PROOF_WORK_RATE: {
      match: ['Main roz lagbhag 60 cases handle karti hoon.', 'I close 25 claims a week.'],
      miss: 'Main 9 ghante roz kaam karta hoon.',
    },
    PROOF_FROM_TO: {
      match: ['Delivery time 12 din se 4 din kar diya.', 'from 9 incidents a month to under 5'],
      miss: 'Main Delhi se Mumbai shift ho gaya.',
    },
    NOT_A_PROOF: {
      match: ['Maine 40 companies mein apply kiya.', '15 min ka call kaafi hoga.'],
      miss: 'Humne 40 deals close ki.',
    },
    BACKGROUND: {
      match: [
        'Maine 3 saal payments team mein kaam kiya.',
        'Pichhle 4 saal se main backend developer hoon.',
        'Mera experience fintech mein hai.',
      ],
      miss: 'Aapki team hiring kar rahi hai.',
    },
    ASPIRATION: {
      match: ['Main security mein switch karna chahta hoon.', 'Mujhe product management mein interest hai.'],
      miss: 'Maine security mein kaam kiya.',
    },
    MEETING_PLACE: {
      match: ['Hum Bangalore wale PyCon meetup pe mile the.', 'We met at the Nasscom summit.'],
      miss: 'Maine payment API banayi.',
    },
    FIRST_PERSON: {
      match: ['Maine MTTR aadha kar diya.', 'Humne release time ghataya.'],
      miss: 'Aapka talk bahut accha tha.',
    },
    SECOND_PERSON: {
      match: ['Kya aap mujhe refer kar sakte ho?', 'Tumhara kaam dekha.', 'Aapko message kiya.'],
      miss: 'Maine apne project pe kaam kiya.',
    },
    SELF_NAME: {
      match: ['Mera naam Priya Sharma hai.', 'Main Rahul hoon, backend developer.'],
      miss: 'Main Google mein kaam karta hoon.',
    },
    ATTACHMENT_KINDS: {
      match: ['Resume attach kiya hai.', 'Marksheet aur certificates bhi bhej raha hoon.'],
      miss: 'Main novels padhta hoon.',
    },
    ATTACHED: {
      match: ['Resume attach kar diya hai.', 'Link neeche hai.', 'CV saath mein bhej raha hoon.'],
      miss: 'Main kal aa raha hoon.',
    },
    RESUME_HEADER: { match: ['EDUCATIONAL QUALIFICATION', 'Career Objective:'], miss: 'Mere skills Python mein hain' },
    GREETING: {
      match: ['Hi Rohan bhai,', 'Namaste Sir ji,', 'Hello!'],
      miss: 'Hi, main SDE-2 role ke baare mein likh raha hoon.',
    },
    GREETING_PREFIX: { match: ['Hi Rohan, main', 'Namaste sir, main'], miss: 'Himanshu here' },
    SIGN_OFF: {
      match: ['Thanks in advance', 'Dhanyavaad', 'Regards, Priya', 'Bahut shukriya!'],
      miss: 'Thanks aap refer kar doge toh bahut help hogi mere liye bhai',
    },
    INTRODUCTION: {
      match: ['Rohan, inse milo: Priya.', 'Aap dono ko connect kar raha hoon.'],
      miss: 'Main apna introduction deta hoon.',
    },
  },
  quotedHeader: {
    match: [
      'On Mon, 3 Feb 2025 at 10:12, Priya Sharma <priya@example.in> wrote:',
      '---------- Forwarded message ---------',
    ],
    miss: 'On Monday main free hoon.',
  },
  disciplines: {
    match: [
      ['SDE-2 Backend', 'backend'],
      ['Software Developer', 'software'],
      ['Staff Nurse (GNM)', 'nursing'],
      ['Chartered Accountant', 'finance'],
      ['BDE', 'sales'],
      ['Maths teacher', 'teaching-math'],
      ['Site Engineer', 'construction'],
      ['Customer care executive', 'support'],
      ['GST consultant', 'tax'],
      ['Pashu chikitsak', 'veterinary'],
    ],
    miss: 'Project coordinator',
  },
};

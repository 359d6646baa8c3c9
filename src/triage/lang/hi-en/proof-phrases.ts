/**
 * Hinglish phrase data: What makes them relevant: a result, a number, a change the writer made.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Numbers are written the Indian way too: "1,20,000", "2 lakh", "₹3 crore".
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

/** Verbs of a result, read as whole words: Hindi verbs ("kam kar diya", "badhaya") and the English ones Hinglish uses ("reduce kiya"). */
export const PROOF_IMPACT_VERB = `
  kam (kiya|kar diya|kar di|kiye|ho gaya|ho gayi|hua|hui)
  ghata(ya|yi|ye| diya| di)
  badha(ya|yi|ye| diya| di)
  badh (gaya|gayi|gaye)
  # intransitive, the measure as subject: "sales 38% badha", "revenue badhi"
  badh[aie]
  bacha(ya|yi|ye| liya| li| diye)
  aadha (kiya|kar diya|ho gaya)
  double (kiya|kar diya|ho gaya)
  sudhar(a|i|aa| diya)
  bana(ya|yi|ye)
  chala(ya|yi)
  jeet(a|i|e)
  (haasil|hasil|pura|poora) kiya
  reduc\\w*
  increas\\w*
  improv\\w*
  launch\\w*
  build
  built
  led
  lead\\w*
  sav\\w*
  gr[eo]w\\w*
  scal\\w*
  automat\\w*
  migrat\\w*
  cut
  doubl\\w*
  halv\\w*
  boost\\w*
  deliver\\w*
  ship\\w*
  driv\\w*
  hired
  closed
  achiev\\w*
  # sales results: "target ka 120%", "target se zyada"
  target (ka|ki|se)
  ghat (ke|kar|gaya|gayi|gaye)
  gir (gaya|gayi|gaye|ke)
  # "shelf share 11% se 17% le gayi", "NPS 60 tak pahunchaya"
  le (gaya|gayi|gaye|gya|gyi|aaya|aayi|aaye)
  pahunchaya|pahunchayi|pahunchaye
  (pe|par|tak) (aa gaya|aa gayi|aa gaye|aa gya|pahunch gaya|pahunch gayi|le aaye|le aaya|le aayi)
`;

/** Units that make a number an outcome: "28%", "3x", "2 lakh", "5 crore". */
export const METRIC_UNIT =
  '(?:%|percent\\b|pct\\b|x\\b|×|k\\b|lakhs?\\b|lacs?\\b|crores?\\b|cr\\b|million\\b|mn\\b|billion\\b|bn\\b|points?\\b|pts\\b|bps\\b)';

/** Things a result counts: "200 customers", "12 dukaanein". */
export const COUNTED = wordAlternation(`
  users | customers | clients | engineers | developers | teams | merchants | sellers | stores | dukaan | dukaanein | log
  logon | employees | students | bachche | bachon | patients | mareez | orders | transactions | downloads | installs
  tickets | leads | deals | cases | calls | deliveries | rides | bookings | kisan | farmers | villages | gaon | schools
  hires | candidates | applications | accounts | branches | sites | projects | products | features | shipments | parcels
  operators | technicians | trainees
`);

export const PROOF_METRIC = alternation(`
  \\b\\d[\\d,.]*[\\s-]?${METRIC_UNIT}
  [$€£₹]\\s?\\d
  \\b(Rs\\.?|INR)\\s?\\d
  \\b\\d[\\d,.]*\\+?\\s([a-z][a-z-]{2,20}\\s){0,2}${COUNTED}\\b
  # a unit may stand by each figure: "p99 1.8s se 600ms kar diya", "40 min se 25 min"
  \\b\\d[\\d,.]*\\s?(%|ms|s|sec|secs|min|mins|hrs?|k|L|cr)?( [\\w-]+){0,3} se \\d[\\d,.]*\\s?(%|ms|s|sec|secs|min|mins|hrs?|k|L|cr)? (tak|par|pe|ho gaya|ho gayi|kar diya|kiya)\\b
  # the after of a before: "ab wahi suite 50 minute mein chal jaati hai", "ab sirf 2 din lagte hain"
  \\bab\\b[^.!?;,]{0,30}?\\b\\d[\\d,.]*\\s?(ghante|ghanta|hours?|minutes?|minute|mins?|din|days?|seconds?|secs?|hafte|weeks?)\\b
`);

/** Time given back, before or after its verb: "team ke 10 ghante har hafte bachaye", "saved 2 days". */
export const PROOF_TIME_SAVED = String.raw`\b(?:bach[aei]\w*|sav\w*|kam (?:kiya|kar diya|ho gaya)|reduc\w*|cut)\b[^.!?]{0,60}?\b(?:\d[\d,.]*\s?|(?:do|teen|char|chaar|paanch|panch|chhe|saat|aath|das|bees|tees) )(?:ghante|ghanta|hours?|hrs?|minute|minutes|mins?|din|days?|hafte|hafta|weeks?|mahine|months?|sprints?)\b|(?:\b\d[\d,.]*\s?|\b(?:do|teen|char|chaar|paanch|panch|das|bees) )(?:ghante|ghanta|hours?|hrs?|minutes?|mins?|din|days?|hafte|weeks?|mahine|months?)\b[^.!?]{0,40}?\b(?:bach[aei]\w*|save\w*|kam (?:kiye|kiya|kar diye|kar diya|ho gaye))`;

/** Throughput, a rate that changed: "ab 220 parcels per hour, pehle 150", "40 se 65 orders per shift". */
export const PROOF_RATE = alternation(`
  \\b\\d[\\d,.]*\\+?\\s?[^.!?]{0,40}?\\b(pehle|pahle|previously|earlier|up from|down from) (sirf |bas |lagbhag |around )?\\d
  \\b\\d[\\d,.]* ([\\w-]+ ){0,2}(per|har|ek|roz|daily|a|an) (ghante|hour|shift|din|day|hafte|week|mahine|month)\\b[^.!?]{0,30}?\\b(pehle|pahle|up|down|instead of)\\b
  \\b\\d[\\d,.]* se \\d[\\d,.]* ([\\w-]+ ){0,2}(per|har|ek|roz) (ghante|hour|shift|din|day|hafte|week|mahine|month)\\b
`);

/** A quantity, in figures or in words: what makes "X se Y" a result. */
export const QUANTITY = `(?:\\d|\\b${wordAlternation(`
  do | teen | char | chaar | paanch | panch | chhe | saat | aath | nau | das | bees | tees | chalis | pachas | sau
  hazaar | hazar | hazaron | saikdon | aadha | aadhi | aadhe | half | zyada tar | zyadatar | koi nahi | zero | sab
  sabhi | har | kabhi nahi | roz | rozana | daily | weekly | ek tihai | ek chauthai | kuch | kai | two | three | four | five | ten
`)}\\b)`;

/** Results written in words: "aadha kar diya", "double ho gaya", "pehle 3 din lagte the, ab 1 din". */
export const PROOF_IN_WORDS = alternation(`
  # a figure moved to another by the writer: "p99 1.8s se 600ms kar diya" (the verb says the change)
  \\b\\d[\\d,.]*\\s?(%|ms|s|sec|secs|min|mins|hrs?|k|L|cr)?( [\\w-]+){0,2} se \\d[\\d,.]*\\s?(%|ms|s|sec|secs|min|mins|hrs?|k|L|cr)? (kar diya|kar di|kar diye|ho gaya|ho gayi|ho gaye|pe aa gaya|par aa gaya|tak aa gaya|tak laaye|tak le aaye)\\b
  \\b(aadha|aadhi|aadhe|adha|half) (kar diya|kar di|kar diye|kiya|kiye|ho gaya|ho gayi|ho gaye|reh gaya|reh gayi|rah gaya|rah gayi)\\b
  \\b(double|dugna|dugni|duguna|do guna|dogna|triple|tigna|teen guna|char guna|chaugna|das guna|\\d+ guna) (kar diya|kar di|kiya|ho gaya|ho gayi|ho gaye)\\b
  \\b(do|teen|char|paanch|das|\\d+) (guna|gunaa|times) (tez|fast|faster|zyada|jyada|kam|more|less)\\b
  \\b(halved|doubled|tripled)\\b
  \\b(pehle|pahle|earlier)\\b[^.!?]{0,80}?\\b(ab|abhi|aajkal|now)\\b[^.!?]{0,40}?${QUANTITY}
  \\b(zero|ek bhi) (\\w+ ){0,2}(complaints?|errors?|incidents?|galti|galtiyan|shikayat|shikayatein|accidents?|defects?|delays?)\\b
  \\b(number one|no\\.? ?1|#1|first|top|pehla|pehle number|sabse upar|sabse aage) (\\w+ )?(in|mein|me|pe|par) (team|region|zone|branch|company|batch|state|district|city|store)\\b
  \\b(team|region|zone|branch|company|batch|state|district) (mein|me|main) (number one|no\\.? ?1|#1|first|top|pehla|pehle number|sabse upar|sabse aage)\\b
  \\b(employee|performer|seller|salesperson) of the (year|month|quarter)\\b
  \\d[\\d,.]*\\s?%?\\s*(→|->|=>)\\s*\\d
  \\b(target|quota|goal) (se )?(zyada|jyada|upar|aage|exceed|cross|achieve|hit|pura|poora)\\w*
  \\b(pehli|first) (baar|attempt|try) (mein|me|main) (pass|clear|approve)\\w*
`);

/** A rate of work, in the first person: "main roz lagbhag 60 cases handle karti hoon", "I close 25 claims a week". */
export const PROOF_WORK_RATE = String.raw`\b(?:main|mai)\b[^.!?]{0,20}?\b(?:roz|daily|har din|per day|ek din mein|har shift|per shift|har hafte|per week|har mahine|per month) (?:lagbhag |around |approx |karib |kareeb |almost )?\d[\d,]*\+? (?:[\w-]+ ){0,3}?(?:handle|close|process|solve|dekh|karta|karti|karte|bechta|bechti|sell|deliver|call|attend)\w*|\bI (?!(?:work|worked|spend|spent|commute|study)\b)[a-z]+ (?:about |around |roughly )?\d[\d,.]*\+? (?:[\w-]+ ){0,3}(?:an|per|a|each) (?:hour|shift|day|night|week|month)\b`;

/** A change from one quantity to another: "12 din se 4 din kar diya", "from 9 a month to under 5". */
export const PROOF_FROM_TO = `\\bfrom\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?\\bto\\b|${QUANTITY}[^;!?]{0,30}?\\bse\\b[^;!?]{0,30}?${QUANTITY}[^;!?]{0,30}?\\b(?:kar diya|kar di|kiya|ho gaya|ho gayi|ho gaye|tak|par|pe|aa gaya|aa gayi|la diya)\\b`;

/** Numbers that count effort or asks, not results: "40 jagah apply kiya", "15 min ka call". */
export const NOT_A_PROOF = `
  demo (dikhayega|dikhaega|dikha dega|se pata chalega)
  \\d+ (jagah|companies|company|jobs) (pe |par |mein |me )?(apply|applied)
  (applied|apply kiya) (to|for|on)? ?\\d+
  \\d+ (applications|rejections|interviews)
  \\d+ ?(min|minute|mins|minutes) (ka|ki|ke) (call|baat|time)
`;

/**
 * English phrase data: The easy out, and a note that answers an ask of the referrer.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = `
  as you (suggested|asked|requested)
  as (requested|discussed|promised)
  (here is|here's|heres|attached is|sharing|sending) (my|the) one[- ]?pager
  one[- ]?pager (you asked for|as requested)
  (you asked|asking) (me )?for (a|my|the|more)
  (following|per|further to) your (reply|request|suggestion|note|message)
  (a bit|a little|some) more (about me|detail|details|context)
  thanks for (replying|getting back|your reply)
`;

/** An easy out that only makes sense after an ask ("if you cannot, it is okay"): the ask is implied. */
export const IMPLIED_ASK = `
  if (you )?(can't|cannot|can not|are not able|aren't able|couldn't)\\b
  if (it('s| is) )?not (possible|a good time)
  if (you'd )?(rather|prefer) not
  # a fit left to the referrer's judgement puts the candidate to them: "if it isn't a fit, just tell her"
  if (it|this|she|he|they)( isn't| is not| aren't| are not|'s not|’s not) (a |the right )?(fit|match)\\b
  # leave asked to send the papers a referral needs: "would it be ok if she sent you her CV?", "can I send you my résumé?"
  (can|could|may|would it be (ok|okay|alright|fine) if|is it (ok|okay|alright|fine) if) (I|she|he|they|we) (send|sent|forward|forwarded|share|shared|pass|passed) (you|along|over)( along| over)? (my|her|his|their|a) (resume|résumé|cv|portfolio|profile)(?![a-z])
  # a question after openings on the referrer's side: "do you know if payroll has anything open?", "is there anything coming up on your team?"
  (is there|are there|has|have|do you have|got) (anything|any (roles?|openings?|positions?|spots?|jobs?|vacanc(y|ies))) (open|going|coming up|available)\\b
  get (him|her|them|me) in front of you\\b
  # someone else's application told to the referrer is put to them: "She is applying for your Perception role"
  # (the subject is a third person, named or not: "I" and "we" never take "is" or "has")
  # a note in brackets may follow the name: "Tom (copied here) is applying"
  ([a-z]+('s|’s|( \\([^()]{1,30}\\))?,? is|,? has)|they('re|’re| are| have|'ve))( just| already| now)? (applying|applied|going to apply|about to apply|put in|putting in) (for|to)\\b
  # an introduction handed over: "I'll let you two take it from here"
  (I'll|I will) let (you two|you both|the two of you) (take it from here|connect|talk|take it on)\\b
`;

export const GRACEFUL_EXIT = `
  no worries
  # leave to find it hard: "If it is difficult, please don't worry"
  if (it('s| is)|this is|that('s| is)) (too )?(difficult|hard|awkward|a problem|too much)\\b[^.!?]{0,30}\\b(don't|do not|no need to|never) worry\\b
  # a promise not to chase: "just let me know and I won't follow up", "I won't bother you again"
  (won't|won’t|will not) (follow up|chase|bother you|pester you|trouble you|reach out again|write again|message you again|email you again)\\b
  # the choice left with the referrer: "Entirely up to you", "Your call"
  ((entirely|totally|completely|fully|absolutely|all) )?up to you\\b
  your call\\b
  of course,? I('d| would)? (completely |totally |fully )?understand\\b
  either (answer|response|reply) (is|would be) (helpful|fine|ok|okay|great|useful|welcome)\\b
  # an answer either way, said on its own after the ask: "…or tell me no? Either is ok"; "front desk or chairside, either one is fine" picks no answer
  ^either( one)? (is|would be) (helpful|fine|ok|okay|great|useful|welcome)\\b
  # a no invited outright: "or tell me if I'm off base", "I'd honestly rather hear that from you"
  tell me (honestly |straight |frankly )?if (I'm|I am) (off base|way off|not (the right |a )?(fit|match)|not ready|reaching|a long shot)\\b
  (I'd|I would) (honestly |genuinely |much |really )?rather hear (that|it|so|a no)\\b
  # a no the writer will carry back to the candidate: "if the bench is full, say so and I'll let her know"
  if [^.!?]{0,40}\\b(tell me|say so|let me know|just say)( so)?( plainly| straight| honestly| frankly| directly)?,? and I('ll| will) (pass (it|that|the word|that news) on|let (him|her|them) know|tell (him|her|them))\\b
  # the opening already filled, named and accepted: "If the crew is full I understand", "if you have your own guy already just say so"
  if [^.!?,]{0,30}\\b(is|are)( already)? (full|filled|taken|closed|staffed)\\b,? (I )?(completely |totally |fully )?understand\\b
  if [^.!?]{0,40}\\balready\\b[^.!?]{0,15}\\b(just )?(say so|tell me|let me know)\\b
  # a condition the ask may fail, then leave not to worry, past a second condition: "If it isn't suitable, or the timing is off, please don't worry at all"
  if [^.!?]{0,25}\\b(isn't|is not|doesn't|does not|won't|will not|can't|cannot)\\b[^.!?]{0,60}\\b(please )?(don't|do not|never) worry\\b
  only if it makes sense\\b
  # the referrer's judgement that the candidate is not ready yet, accepted: "if you think I'm not ready yet, that's ok", "if you don't feel she's ready, that's fine"
  if you (think|feel|reckon|decide|believe) (I('m|’m| am)|Im|(s?he|it)('s|’s| is)|they('re|’re| are)) not (yet )?(ready|experienced enough|there)( yet)?,? (then )?(that('s|’s| is)|thats|it('s|’s| is)|its) (ok|okay|fine|alright|all right|understandable)\\b
  if you (don't|do not|dont) (think|feel|reckon|believe) (I('m|’m| am)|Im|(s?he|it)('s|’s| is)|they('re|’re| are)) (ready|experienced enough|there)( yet)?,? (then )?(that('s|’s| is)|thats|it('s|’s| is)|its) (ok|okay|fine|alright|all right|understandable)\\b
  (don't|do not) want to put you in (a|an) ([\\w-]+ )?(spot|position)\\b
  if not\\b[^.!?]{0,25}\\bI (completely |totally |fully |do )?understand\\b
  no problem
  no sweat
  no bother
  only if you('re| are| feel) (comfortable|happy|sure)
  no pressure
  zero pressure
  no obligation
  no hard feelings
  no harm done
  if the timing( is|'s|’s)( not right| wrong| off| bad)
  if the timing isn't right
  no stress
  (totally|completely|fully|absolutely) understand
  (totally|completely|perfectly|absolutely|entirely|100%|100 percent) (fine|okay|ok)
  all good if (not|you can't|you cannot|you can not|it's a no)
  understand if (not|you|it|this)
  understood if\\b
  if not[,.!]
  if not$
  either way
  feel free to (say no|pass|ignore|decline)
  (fine|okay|ok) if (not|no)\\b
  if (it'?s|this is|that'?s|it is|this isn'?t|it isn'?t) not (a |the right |quite )?(fit|match|possible|something)
  if (it'?s|this is|that'?s) (outside|not something)
  if you('re| are) not comfortable
  if you('d| would) rather not
  if you('d| would)? prefer not
  \\bunderstand (completely|totally|entirely|fully)\\b
  no need to (reply|respond|explain)
  (fine|okay|ok|alright|all right) (for you )?to (say no|decline|pass)
  (don't|do not|never) feel (any )?(obligated|obliged|pressured|bad|obligation|pressure)
  # a meeting asked for, with leave to turn it down: "just decline if it doesn't suit"
  (just |simply )?decline (it )?if (it|this|that|the (time|slot))( doesn't| does not| won't| isn't)
  (happy|fine|glad|ok|okay) to (take|hear|get) (a |your )?no\\b
  # the matter dropped if the referrer does not take it up: "happy to drop it otherwise", "if not, glad to leave it there"
  (happy|glad|fine|content|ok|okay) to (drop|leave|park) (it|this|the matter)( there)?,? (otherwise|if not)\\b
  (otherwise|if not),? (I'm |I am |I'd be |I would be )?(happy|glad|fine|content|ok|okay) to (drop|leave|park) (it|this|the matter)\\b
  if you (can't|cannot|can not|are unable to|aren't able to|are not able( to)?|don't have time)\\b[^.!?]{0,30}\\b(understand|fine|ok|okay|no problem|no worries)\\b
  # "If not no issue at all", "if not, no issues": the no accepted in the writer's words
  if not\\b[^.!?]{0,25}\\b(okay|ok|fine|alright|all good|no issues?)\\b
  if [^.!?,]{0,25}\\b(doesn't|does not|isn't|is not|won't|will not|don't|do not)\\b[^.!?,]{0,30}, (I )?(of course |completely |totally |fully |quite |perfectly |entirely )?(understand|don't worry|do not worry)\\b
  if [^.!?,]{0,25}\\b(doesn't|does not|isn't|is not|won't|will not)\\b[^.!?,]{0,30},? I('ll| will) (of course |completely |totally |fully )?(understand|get it)\\b
  if (you )?(take a (quick )?look and )?(see|find|think there('s| is)) a (real|legitimate|genuine|clear) (match|fit)
`;

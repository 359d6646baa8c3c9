/**
 * German phrase data: The easy out, and a note that answers an ask of the referrer.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

/** A note that says it answers the referrer's own ask: the one-pager, or the more they asked for. */
export const ANSWERS_AN_ASK = `
  wie (von Ihnen |von dir )?(gewünscht|besprochen|vorgeschlagen|erbeten|versprochen|vereinbart)
  (anbei|hier|hiermit) (ist |sende ich |schicke ich |kommt )?(mein|meine|der|die|das) (One[- ]?Pager|Kurzprofil|Zusammenfassung|einseitige)
  (bezugnehmend auf|in Bezug auf|zu) (Ihre|deine) (Antwort|Nachricht|Rückmeldung|Bitte)
  (danke|vielen Dank|herzlichen Dank) (für (Ihre|deine) (schnelle )?(Antwort|Rückmeldung)|fürs Antworten)
  (etwas|ein paar|ein bisschen) mehr (Details|Kontext|Informationen) (zu mir)?
`;

/** An easy out that only makes sense after an ask ("falls das nicht geht, ist das okay"): the ask is implied. */
export const IMPLIED_ASK = `
  falls (nicht|das nicht geht|es nicht klappt|es nicht passt|Sie (das )?nicht können|du (das )?nicht kannst)
  wenn (es|das) nicht (geht|möglich ist|passt|klappt)
  (wenn|falls) (Sie|du) (lieber )?nicht (können|kannst|möchten|möchtest|wollen|willst)
`;

export const GRACEFUL_EXIT = `
  (ganz |völlig |absolut |überhaupt )?kein (Problem|Stress|Druck|Thema)
  keine (Sorge|Sorgen|Verpflichtung|Eile)
  (ohne|ganz ohne) (Druck|Verpflichtung|Zwang)
  (hätte|habe) ich (dafür |da )?(natürlich |selbstverständlich |selbstredend |vollstes |volles |absolut |vollkommen ){0,2}Verständnis
  (ich habe|ich hätte) (dafür |da )?(natürlich |selbstverständlich |selbstredend |vollstes |volles |absolut |vollkommen ){0,2}Verständnis
  (verstehe|verstünde) ich (das |es )?(natürlich|vollkommen|total|völlig|absolut|komplett|gut|auch)
  ich (verstehe|verstünde) (das |es )?(natürlich|vollkommen|total|völlig|absolut|komplett)
  (natürlich|vollkommen|total|völlig|absolut) (verständlich|okay|ok|in Ordnung)
  (ist|wäre) (das )?(auch |völlig |total |absolut |natürlich )?(okay|ok|in Ordnung|kein Problem|verständlich),? (falls|wenn) (nicht|es nicht|Sie|du)
  (fühlen Sie sich|fühl dich) (bitte )?(nicht|keinesfalls|auf keinen Fall) (verpflichtet|unter Druck gesetzt)
  (Sie können|du kannst) (gern |gerne |auch |jederzeit )?(ablehnen|nein sagen|absagen)
  (ein|ein klares) Nein ist (auch |völlig |total )?(okay|ok|in Ordnung)
  (so oder so|wie auch immer),? (vielen )?Dank
  (falls|wenn) nicht,? (kein Problem|alles gut|auch okay|auch ok|ist das okay|ist das völlig in Ordnung|verstehe ich das)
  (wenn|falls) (das|es) nicht (geht|klappt|passt|möglich ist),? (alles gut|auch okay|auch ok|kein Problem|kein Stress|kein Thema)
  alles gut,? (falls|wenn) (nicht|es nicht)
  keine Antwort (nötig|erforderlich|notwendig)
  kein Ding
  # "wenn das zu weit weg ist, sag gern ehrlich Bescheid": a no is welcome
  (wenn|falls) [^.!?]{0,40}(sag|sagen Sie|sagt) (mir )?(gern|gerne|ruhig|einfach)( ehrlich| offen)? Bescheid
  # "selbstverständlich nur, wenn es für Sie stimmt": the ask is the referrer's to judge
  nur,? (wenn|falls) (es|das) (für Sie|für dich|Ihnen|dir) (stimmt|passt|in Ordnung ist|okay ist|ok ist|recht ist)
  (danke|vielen Dank|merci) (dir |Ihnen |euch )?trotzdem
  (danke|bedanke) ich (mich )?(dir |Ihnen |euch )?(trotzdem|dennoch|jedenfalls)
  trotzdem (danke|vielen Dank)
  (verstehe|verstünde) ich (das |es )?selbstverständlich
  (ist|wäre) (das )?selbstverständlich (völlig |total |absolut )?(okay|ok|in Ordnung|kein Problem)
`;

/** German replies, in the referrer's voice (see lang/replies.ts for the slots): du or Sie, as the note has it. */
import type { ReplyWording } from '../reply-types.js';

export const de: ReplyWording = {
  formal: String.raw`(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer)(?![\p{L}])`,
  informal: String.raw`(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[mnrs]?)?)(?![\p{L}])`,
  hi: ['Hallo {name},', 'Guten Tag {name},'],
  hiThere: ['Hallo,', 'Guten Tag,'],
  role: { named: 'die Stelle „{role}“', unnamed: 'diese Stelle' },
  yes: {
    open: ['danke für deine klare Nachricht.', 'vielen Dank für Ihre klare Nachricht.'],
    yes: ['Ich empfehle dich gern für {role}.', 'Ich empfehle Sie gern für {role}.'],
    why: [
      'Was du beschreibst („{quote}“), ist genau die Art Ergebnis, hinter der ich stehen kann.',
      'Was Sie beschreiben („{quote}“), ist genau die Art Ergebnis, hinter der ich stehen kann.',
    ],
    needResume: [
      'Schickst du mir deinen Lebenslauf? Sobald ich ihn habe, reiche ich die Empfehlung ein und sage dir Bescheid; ab dann liegt es beim Recruiting-Team.',
      'Würden Sie mir Ihren Lebenslauf schicken? Sobald ich ihn habe, reiche ich die Empfehlung ein und gebe Ihnen Bescheid; ab dann liegt es beim Recruiting-Team.',
    ],
    needLinkAndResume: [
      'Schickst du mir den genauen Link zur Stelle und deinen Lebenslauf? Sobald ich beides habe, reiche ich die Empfehlung ein und sage dir Bescheid.',
      'Würden Sie mir den genauen Link zur Stelle und Ihren Lebenslauf schicken? Sobald ich beides habe, reiche ich die Empfehlung ein und gebe Ihnen Bescheid.',
    ],
  },
  onePager: {
    open: ['danke für deine Nachricht.', 'vielen Dank für Ihre Nachricht.'],
    fitClose: [
      'Die Stelle liegt nah an der Arbeit meines Teams, deshalb möchte ich sie mir in Ruhe ansehen.',
      'Die Stelle liegt nah an der Arbeit meines Teams, deshalb möchte ich sie mir in Ruhe ansehen.',
    ],
    ask: [
      'Schickst du mir eine einseitige Zusammenfassung?',
      'Würden Sie mir eine einseitige Zusammenfassung schicken?',
    ],
    askWithLink: [
      'Schickst du mir eine einseitige Zusammenfassung und den genauen Link zur Stelle?',
      'Würden Sie mir eine einseitige Zusammenfassung und den genauen Link zur Stelle schicken?',
    ],
    close: ['Dann kann ich dir eine echte Antwort geben.', 'Dann kann ich Ihnen eine echte Antwort geben.'],
  },
  pieces: {
    proof: [
      'Was mir noch fehlt, ist ein konkretes Ergebnis: etwas, das du gemacht hast, und was es verändert hat, am besten mit einer Zahl.',
      'Was mir noch fehlt, ist ein konkretes Ergebnis: etwas, das Sie gemacht haben, und was es verändert hat, am besten mit einer Zahl.',
    ],
    fitOverlap: [
      'Was mir noch fehlt, ist, wie sich deine Erfahrung auf {team} übertragen lässt.',
      'Was mir noch fehlt, ist, wie sich Ihre Erfahrung auf {team} übertragen lässt.',
    ],
    ask: [
      'Hilfreich wäre auch, genau zu wissen, was ich für dich tun soll.',
      'Hilfreich wäre auch, genau zu wissen, was ich für Sie tun soll.',
    ],
    whyMe: [
      'Ein Satz dazu, warum du gerade mein Team für passend hältst, würde auch helfen.',
      'Ein Satz dazu, warum Sie gerade mein Team für passend halten, würde auch helfen.',
    ],
    other: [
      'Mit deinem Werdegang, der Stelle und warum es passt, kann ich es leicht weitergeben.',
      'Mit Ihrem Werdegang, der Stelle und warum es passt, kann ich es leicht weitergeben.',
    ],
    name: [
      'Und schreib mir bitte deinen vollen Namen: Deine Nachricht trägt nur deine Initialen, und für eine Empfehlung brauche ich einen Namen.',
      'Und nennen Sie mir bitte Ihren vollen Namen: Ihre Nachricht trägt nur Ihre Initialen, und für eine Empfehlung brauche ich einen Namen.',
    ],
  },
  about: {
    thanks: ['danke für deine Nachricht zu {name}.', 'vielen Dank für Ihre Nachricht zu {name}.'],
    thinking: [
      'danke, dass du wegen {name} an mich gedacht hast.',
      'vielen Dank, dass Sie wegen {name} an mich gedacht haben.',
    ],
    yes: ['Ich empfehle {name} gern für {role}.', 'Ich empfehle {name} gern für {role}.'],
    why: [
      'Ein Ergebnis wie „{quote}“ ist genau das, worauf ich mich in einer Empfehlung stützen kann.',
      'Ein Ergebnis wie „{quote}“ ist genau das, worauf ich mich in einer Empfehlung stützen kann.',
    ],
    needResume: [
      'Kann {name} mir den Lebenslauf direkt schicken? Sobald ich ihn habe, reiche ich die Empfehlung ein und sage {name} Bescheid.',
      'Könnte {name} mir den Lebenslauf direkt schicken? Sobald ich ihn habe, reiche ich die Empfehlung ein und gebe {name} Bescheid.',
    ],
    needLinkAndResume: [
      'Kann {name} mir den genauen Link zur Stelle und den Lebenslauf direkt schicken? Sobald ich beides habe, reiche ich die Empfehlung ein und sage {name} Bescheid.',
      'Könnte {name} mir den genauen Link zur Stelle und den Lebenslauf direkt schicken? Sobald ich beides habe, reiche ich die Empfehlung ein und gebe {name} Bescheid.',
    ],
    ask: [
      'Am liebsten wäre mir, {name} meldet sich direkt bei mir, mit einer einseitigen Zusammenfassung.',
      'Am liebsten wäre mir, {name} meldet sich direkt bei mir, mit einer einseitigen Zusammenfassung.',
    ],
    askWithLink: [
      'Am liebsten wäre mir, {name} meldet sich direkt bei mir, mit einer einseitigen Zusammenfassung und dem genauen Link zur Stelle.',
      'Am liebsten wäre mir, {name} meldet sich direkt bei mir, mit einer einseitigen Zusammenfassung und dem genauen Link zur Stelle.',
    ],
    pieces: {
      proof: [
        'Was mir noch fehlt, ist ein konkretes Ergebnis von {name}, am besten mit einer Zahl.',
        'Was mir noch fehlt, ist ein konkretes Ergebnis von {name}, am besten mit einer Zahl.',
      ],
      fitOverlap: [
        'Was mir noch fehlt, ist, wie sich die Erfahrung von {name} auf {team} übertragen lässt.',
        'Was mir noch fehlt, ist, wie sich die Erfahrung von {name} auf {team} übertragen lässt.',
      ],
      ask: [
        'Hilfreich wäre auch, genau zu wissen, was {name} sich von mir wünscht.',
        'Hilfreich wäre auch, genau zu wissen, was {name} sich von mir wünscht.',
      ],
      whyMe: [
        'Ein Satz dazu, warum {name} gerade mein Team für passend hält, würde auch helfen.',
        'Ein Satz dazu, warum {name} gerade mein Team für passend hält, würde auch helfen.',
      ],
      other: [
        'Mit dem Werdegang, der Stelle und warum es passt, kann ich es leicht weitergeben.',
        'Mit dem Werdegang, der Stelle und warum es passt, kann ich es leicht weitergeben.',
      ],
    },
    decline: [
      'Ich kann {name} hier leider nicht empfehlen, und das sage ich lieber gleich klar, als es in der Schwebe zu lassen.',
      'Ich kann {name} hier leider nicht empfehlen, und das sage ich lieber gleich klar, als es in der Schwebe zu lassen.',
    ],
    outsideArea: [
      '{role} liegt außerhalb meines Bereichs ({team}), deshalb könnte ich die Passung nicht beurteilen.',
      '{role} liegt außerhalb meines Bereichs ({team}), deshalb könnte ich die Passung nicht beurteilen.',
    ],
    noRole: [
      'Ich empfehle nur für eine konkrete Stelle, hinter der ich stehen kann: Wenn {name} eine passende Ausschreibung findet, machen eine kurze Nachricht mit dem Link und ein Ergebnis, auf das {name} stolz ist, es viel leichter.',
      'Ich empfehle nur für eine konkrete Stelle, hinter der ich stehen kann: Wenn {name} eine passende Ausschreibung findet, machen eine kurze Nachricht mit dem Link und ein Ergebnis, auf das {name} stolz ist, es viel leichter.',
    ],
    close: ['Ich drücke {name} die Daumen für die Suche.', 'Ich wünsche {name} viel Erfolg bei der Suche.'],
  },
  no: {
    open: ['danke, dass du an mich gedacht hast.', 'vielen Dank, dass Sie an mich gedacht haben.'],
    outsideArea: [
      '{role} liegt außerhalb meines Bereichs ({team}), deshalb könnte ich die Passung nicht beurteilen und bin nicht die richtige Person für eine Empfehlung. Viel Erfolg!',
      '{role} liegt außerhalb meines Bereichs ({team}), deshalb könnte ich die Passung nicht beurteilen und bin nicht die richtige Person für eine Empfehlung. Viel Erfolg.',
    ],
    noRole: [
      'Ich empfehle nur für eine konkrete Stelle, hinter der ich stehen kann, deshalb muss ich vorerst passen. Wenn du eine passende Ausschreibung findest, machen eine kurze Nachricht mit dem Link und ein Ergebnis, auf das du stolz bist, es viel leichter.',
      'Ich empfehle nur für eine konkrete Stelle, hinter der ich stehen kann, deshalb muss ich vorerst passen. Wenn Sie eine passende Ausschreibung finden, machen eine kurze Nachricht mit dem Link und ein Ergebnis, auf das Sie stolz sind, es viel leichter.',
    ],
    advice: [
      'Für Beratungsgespräche fehlt mir gerade die Zeit, und das sage ich lieber gleich offen. Viel Erfolg beim Wechsel!',
      'Für Beratungsgespräche fehlt mir gerade die Zeit, und das sage ich Ihnen lieber gleich offen. Viel Erfolg beim Wechsel.',
    ],
    clear: [
      'Dabei kann ich dir leider nicht helfen, und das sage ich lieber klar, als dich warten zu lassen. Ich drücke dir die Daumen für die richtige Stelle.',
      'Dabei kann ich Ihnen leider nicht helfen, und das sage ich lieber klar, als Sie warten zu lassen. Ich wünsche Ihnen, dass Sie bald die richtige Stelle finden.',
    ],
  },
};

import type { LanguageTable } from './table.js';

/** German: Sie and du, umlauts, German and Swiss numbers ("4,5 %", "2.300", "2'300"), "(m/w/d)" postings. */
export const DE: LanguageTable = {
  keys: {
    REFERRAL_ASK: {
      match: [
        'Könnten Sie mich intern für die Stelle als Softwareentwickler (m/w/d) empfehlen?',
        'Kannst du meinen Lebenslauf an die Hiring Managerin weiterleiten?',
        'Würdest du ein gutes Wort für mich einlegen?',
      ],
      miss: 'Ihr Unternehmen hat ein tolles Empfehlungsprogramm.',
    },
    ADVICE_ASK: {
      match: [
        'Hätten Sie 15 Minuten Ihrer Zeit für ein kurzes Gespräch?',
        'Wollen wir auf einen Kaffee gehen?',
        'Ich würde mich über deine Tipps zum Quereinstieg freuen.',
      ],
      miss: 'Ich trinke morgens Kaffeesahne.',
    },
    FIT_OUTSOURCED: {
      match: ['Sagen Sie mir gern, welche Stellen passen könnten.', 'Lass mich wissen, ob Rollen bei euch frei sind.'],
      miss: 'Ich bewerbe mich auf die Stelle als Backend-Entwicklerin.',
    },
    ANSWERS_AN_ASK: {
      match: [
        'Wie von Ihnen gewünscht, anbei mein One-Pager.',
        'Vielen Dank für deine schnelle Antwort!',
        'Hier ein paar mehr Details zu mir.',
      ],
      miss: 'Ich wünsche Ihnen ein schönes Wochenende.',
    },
    IMPLIED_ASK: {
      match: ['Falls das nicht geht, melde ich mich woanders.', 'Wenn du lieber nicht möchtest, sag einfach Bescheid.'],
      miss: 'Falls Sie Fragen haben, melden Sie sich gern.',
    },
    GRACEFUL_EXIT: {
      match: [
        'Kein Problem, falls nicht.',
        'Ich hätte natürlich vollstes Verständnis, wenn es nicht klappt.',
        'Fühl dich bitte nicht verpflichtet.',
        'Ein Nein ist völlig in Ordnung.',
      ],
      miss: 'Das war ein großes Problem im Projekt.',
    },
    PRAISE: { match: ['Vorbild', 'der Hammer'], miss: 'Kollegin' },
    FLATTERY: {
      match: [
        'Sie sind ein echtes Vorbild für mich.',
        'Ich verfolge deine Arbeit schon seit Jahren, du bist echt eine Legende.',
        'Ihr Werdegang ist wirklich beeindruckend!',
      ],
      miss: 'Ihr Team baut die Zahlungsplattform.',
    },
    PRESSURE: {
      match: [
        'Sie sind meine letzte Hoffnung, mein Aufenthaltstitel hängt davon ab.',
        'Ich brauche die Empfehlung bis morgen.',
        'Du bekommst ja auch eine Empfehlungsprämie, Win-Win!',
        'Warum haben Sie noch nicht geantwortet?',
      ],
      miss: 'Ich kann ab morgen anfangen.',
    },
    CONTACTED: { match: ['angeschrieben', 'eine Nachricht geschickt'], miss: 'schreiben' },
    FOLLOW_UP: {
      match: [
        'Ich wollte nur kurz nachfragen, ob Sie meine Nachricht gesehen haben.',
        'Ich habe Ihnen letzte Woche geschrieben.',
        'Falls meine Nachricht untergegangen ist: hier nochmal.',
      ],
      miss: 'Ich schreibe Ihnen wegen der Stelle als Data Analyst.',
    },
    CONTACT_VERB: {
      match: ['Ich habe Ihnen schon zweimal geschrieben.', 'Ich hab dich letzte Woche angeschrieben.'],
      miss: 'Sie haben einen tollen Artikel geschrieben.',
    },
    QUANTIFIER: { match: ['Ich habe Ihnen 3 Mal geschrieben.', 'schon mehrmals', 'zweimal'], miss: 'Ich mag Malerei.' },
    REPEATED_BUMP: {
      match: [
        'Ich melde mich nochmals wegen meiner Anfrage.',
        'Meine beiden letzten Nachrichten blieben unbeantwortet.',
      ],
      miss: 'Ich melde mich wegen der Stelle.',
    },
    ORDINAL_MESSAGE: { match: ['Das ist meine dritte Nachricht.', 'Zweiter Versuch!'], miss: 'Im dritten Semester.' },
    PLACEHOLDER_PATTERNS: {
      match: ['Hallo [Vorname],', 'Sehr geehrter Herr Mustermann,', 'die Stelle bei {{firma}}'],
      miss: 'Hallo Anna, [hier der Link](https://beispiel.de)',
    },
    ON_BEHALF: {
      match: [
        'Meine Tochter hat gerade ihr Studium abgeschlossen und sucht eine Stelle.',
        'Ich schreibe im Auftrag meines Mandanten; die Vermittlungsprovision beträgt 20 %.',
        'Könnten Sie ihn bitte empfehlen? Er ist zu schüchtern, um Sie selbst zu fragen.',
      ],
      miss: 'Meine Teamleiterin hat mir geraten, mich zu bewerben.',
    },
    NOT_A_REFERRAL: {
      match: [
        'Könnten Sie als Referenz zur Verfügung stehen?',
        'Wer ist bei Ihnen für den Einkauf zuständig? Wir sind ein Anbieter von HR-Software.',
      ],
      miss: 'Könnten Sie mich für die Stelle empfehlen?',
    },
    SERVICE_ASK: {
      match: [
        'Können Sie mich mit der Person verbinden, die für den Einkauf zuständig ist?',
        'Könntest du mich an jemanden vermitteln, der mir beim Antrag helfen kann?',
      ],
      miss: 'Können Sie mich mit der Hiring Managerin verbinden?',
    },
    JOB_TALK: {
      match: ['Ich bewerbe mich auf die Stelle.', 'Mein Lebenslauf ist angehängt.'],
      miss: 'Ich stelle mich kurz vor.',
    },
    BROADCAST: {
      match: ['Hallo zusammen, ich suche einen Job.', 'Ich schreibe möglichst viele Leute bei euch an.'],
      miss: 'Hallo Anna, ich schreibe Ihnen wegen der Stelle.',
    },
    REFERRER_WORK: { match: ['Vortrag', 'Werdegang'], miss: 'Kantine' },
    REFERRER_WORK_NAMED: { match: ['Artikel', 'Podcast'], miss: 'Auto' },
    REFERRER_DID: { match: ['aufgebaut', 'veröffentlicht'], miss: 'gegessen' },
    SEEN_WORK: { match: ['Webinar', 'Vorlesung'], miss: 'Urlaub' },
    WHY_ME_PATTERNS: {
      match: [
        'Ihre Kollegin Anna Weber hat mir geraten, mich bei Ihnen zu melden.',
        'Ich habe Ihren Vortrag auf der JSConf in Berlin gesehen.',
        'Du hast das Payments-Team aufgebaut, deshalb schreibe ich dir.',
        'Wir haben uns auf dem Alumni-Treffen der TU München kennengelernt.',
      ],
      miss: 'Ich habe Ihr Profil über die Google-Suche gefunden.',
    },
    PROOF_IMPACT_VERB: {
      match: [
        'Ich habe die Build-Zeit gesenkt.',
        'Wir haben die Quote übertroffen.',
        'Ich habe die Conversion gesteigert.',
      ],
      miss: 'Ich bin neugierig und zuverlässig.',
    },
    METRIC_UNIT: { match: ['Prozent', 'Mio.'], miss: 'Kilo' },
    COUNTED: { match: ['Kunden', 'Bestellungen'], miss: 'Ideen' },
    PROOF_METRIC: {
      match: ['Die Conversion stieg um 4,5 %.', 'Wir betreuen 2.300 Kunden.', "Umsatz von 2'300 CHF", '1,2 Mio. €'],
      miss: 'Ich habe 5 Jahre Erfahrung.',
    },
    QUANTITY: { match: ['zwei', 'die Hälfte'], miss: 'eine' },
    PROOF_IN_WORDS: {
      match: [
        'Ich habe die Bearbeitungszeit um die Hälfte gesenkt.',
        'Die Anmeldungen haben sich verdoppelt.',
        'Wir liefern in zwei Tagen statt zwei Wochen.',
        'Die Fehlerquote wurde halbiert.',
      ],
      miss: 'Ich habe die Hälfte des Buches gelesen.',
    },
    PROOF_WORK_RATE: {
      match: ['Ich bearbeite rund 60 Fälle pro Tag.', 'Ich betreue etwa 12 Patienten pro Schicht.'],
      miss: 'Ich arbeite 39 Stunden pro Woche.',
    },
    PROOF_FROM_TO: {
      match: ['Die Durchlaufzeit ging von zwölf Tagen auf vier zurück.', 'von 9 Vorfällen im Monat auf unter 5'],
      miss: 'Ich bin von München nach Berlin gezogen.',
    },
    NOT_A_PROOF: {
      match: ['Ich habe mich auf über 40 Stellen beworben.', 'Ein 15-minütiges Telefonat würde reichen.'],
      miss: 'Wir haben 40 Verträge abgeschlossen.',
    },
    BACKGROUND: {
      match: [
        'Ich habe drei Jahre lang das Payments-Team geleitet.',
        'Seit fünf Jahren entwickle ich APIs.',
        'Mein Werdegang ist ungewöhnlich.',
      ],
      miss: 'Ihr Team sucht Verstärkung.',
    },
    ASPIRATION: {
      match: ['Ich möchte in die IT-Sicherheit wechseln.', 'Ich interessiere mich sehr für Public Health.'],
      miss: 'Ich habe in der IT-Sicherheit gearbeitet.',
    },
    MEETING_PLACE: {
      match: ['Wir haben uns auf der JSConf in Berlin kennengelernt.', 'Wir haben uns beim Python-Meetup getroffen.'],
      miss: 'Ich habe eine Zahlungs-API entwickelt.',
    },
    FIRST_PERSON: {
      match: ['Ich habe die Ausfälle halbiert.', 'Unser Team hat es geliefert.'],
      miss: 'Du hast einen tollen Vortrag gehalten.',
    },
    SECOND_PERSON: {
      match: ['Könnten Sie mich empfehlen?', 'Ich schreibe dir wegen der Stelle.', 'Dein Team sucht Leute.'],
      miss: 'Wir haben morgen einen Termin.',
    },
    SELF_NAME: {
      match: ['Ich heiße Jonas Becker.', 'Mein Name ist Lea Schmidt.'],
      miss: 'Ich bin Softwareentwickler.',
    },
    ATTACHMENT_KINDS: {
      match: ['Anbei mein Lebenslauf.', 'Mein Anschreiben und meine Zeugnisse.'],
      miss: 'Ich lese gern Romane.',
    },
    ATTACHED: {
      match: ['Mein Lebenslauf ist angehängt.', 'Im Anhang finden Sie mein Portfolio.', 'Anbei mein Profil.'],
      miss: 'Ich hänge gern am Wochenende ab.',
    },
    RESUME_HEADER: { match: ['BERUFSERFAHRUNG', 'Kenntnisse:'], miss: 'Meine Kenntnisse in Python' },
    GREETING: {
      match: ['Hallo Anna,', 'Sehr geehrte Frau Dr. Weber,', 'Moin Jonas!', 'Servus!'],
      miss: 'Hallo, ich schreibe wegen der Stelle als Data Analyst.',
    },
    GREETING_PREFIX: { match: ['Hallo Anna, ich schreibe', 'Liebe Frau Weber, ich'], miss: 'Halloween ist vorbei' },
    SIGN_OFF: {
      match: ['Mit freundlichen Grüßen', 'Viele Grüße aus Hamburg', 'LG', 'Vielen Dank im Voraus!'],
      miss: 'Danke, dass Sie mich für die Stelle als Data Analyst empfehlen würden',
    },
    INTRODUCTION: {
      match: ['Anna, darf ich dir Jonas vorstellen?', 'Ich verbinde euch beide hiermit.'],
      miss: 'Ich stelle mich kurz vor: Jonas, Entwickler.',
    },
  },
  quotedHeader: {
    match: [
      'Am 03.02.2025 um 10:12 schrieb Anna Weber <anna@beispiel.de>:',
      '-----Ursprüngliche Nachricht-----',
      'Von: Anna Weber <anna@beispiel.de>',
    ],
    miss: 'Am Montag habe ich Zeit.',
  },
  disciplines: {
    match: [
      ['Softwareentwickler (m/w/d)', 'software'],
      ['Backend-Entwicklerin (m/w/d)', 'backend'],
      ['Pflegefachkraft (m/w/d) Intensivstation', 'critical-care'],
      ['Pflegefachkraft (w/m/d)', 'nursing'],
      ['Produktmanager*in', 'pm'],
      ['Controller (m/w/d)', 'finance'],
      ['Physiotherapeutin', 'physical-therapy'],
      ['Bauleiter Hochbau', 'construction'],
      ['Fachinformatiker für Anwendungsentwicklung', 'software'],
      ['Steuerfachangestellte', 'tax'],
      ['Mathematiklehrerin', 'teaching-math'],
      ['Fachübersetzer Englisch', 'localization'],
    ],
    miss: 'Projektleiter (m/w/d)',
  },
};

import type { FitWords } from '../types.js';

/**
 * Italian fit vocabulary (see lang/fit-vocabulary.ts): area words, the job nouns of Italian titles
 * ("Ingegnere gestionale", "Responsabile CRM", "Sviluppatore/trice") and what a title adds that is
 * not the job ("(M/F)", "/trice", "a tempo indeterminato", "Senior").
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    platform:
      'piattaforma interna | strumenti interni | strumenti di sviluppo | integrazione continua | rilascio continuo | rilasci | esperienza degli sviluppatori',
    growth:
      'crescita | fidelizzazione | acquisizione clienti | conversione | abbonamenti | monetizzazione | prezzi | pricing dinamico',
    ai: 'intelligenza artificiale | apprendimento automatico | ia generativa | modelli linguistici | visione artificiale',
    ads: 'pubblicità | annunci | inserzionisti',
    enterprise: 'aziende | gestione account | permessi | gestione clienti',
    consumer: 'consumatori | social network | videogiochi | community',
    payments: 'pagamenti | pagamento | fatturazione | incassi | carte | prestiti | riconciliazione | portafoglio',
    marketplaces:
      'commercio elettronico | e-commerce | negozio online | negozi online | carrello | catalogo | logistica | ultimo miglio | consegne | ordini',
    data: 'analisi dei dati | ingegneria dei dati | scienza dei dati | data warehouse | cruscotti | business intelligence | qualità dei dati',
    security:
      'sicurezza | sicurezza informatica | cybersicurezza | privacy | identità | autenticazione | frodi | antifrode | conformità',
    mobile: 'mobile | app | applicazioni mobili | app mobile',
    design: 'design system | accessibilità | progettazione di interfacce | design di prodotto | usabilità',
    research: 'ricerca utente | ricerca ux | interviste agli utenti',
    marketing: 'marchio | comunicazione | campagne | contenuti | programma fedeltà | programmi fedeltà',
    infrastructure:
      'infrastruttura | affidabilità | cloud | osservabilità | monitoraggio | reperibilità | disponibilità | basi di dati | database | sistemi distribuiti',
    search: 'ricerca | motore di ricerca | raccomandazioni | personalizzazione',
    productivity: 'produttività | collaborazione',
    health: 'salute | sanità | clinico | clinica | pazienti | telemedicina | ospedale | farmacovigilanza',
    education: 'istruzione | formazione | studenti | corsi | docenti',
    hardware: 'dispositivi | firmware | sistemi embedded | elettronica | robotica | automazione',
  },
  JOB_NOUNS: {
    developer: 'sviluppatore sviluppatrice sviluppatori programmatore programmatrice',
    engineer: 'ingegnere ingegneri',
    manager: 'responsabile direttore direttrice capo',
    lead: 'referente',
    coordinator: 'coordinatore coordinatrice',
    analyst: 'analista analisti',
    designer: 'designer progettista',
    scientist: 'scienziato scienziata',
    specialist: 'specialista esperto esperta addetto addetta',
    consultant: 'consulente',
    technician: 'tecnico tecnica',
    assistant: 'assistente',
    nurse: 'infermiere infermiera',
    accountant: 'contabile ragioniere',
    buyer: 'buyer compratore',
    teacher: 'insegnante docente professore professoressa',
    representative: 'commerciale agente venditore venditrice',
  },
  TITLE_MARKERS: String.raw`\((?:M\/F|F\/M|m\/f|f\/m|M\/F\/X)\)|(?<=\p{L})(?:\/(?:trice|essa|a|e)(?!\p{L})|\((?:trice|essa|a|e)\))|(?<![\p{L}])(?:a tempo (?:in)?determinato|tempo pieno|Senior|Junior)(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:sono|lavoro come|ho lavorato come|faccio (?:il|la|l'|l’))(?: attualmente| oggi)? (?:un |una |uno |un')?([\p{L}&-]+(?: (?!(?:presso|per|da)(?![\p{L}]))[\p{L}&-]+){0,4})`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:(?:lo )?so (?:bene )?che [^.!?]{0,80}?(?:è|sia) (?:un'altra cosa|un’altra cosa|un altro mondo|un altro mestiere|un mondo diverso|un ambito diverso|molto divers[oa])|non è (?:proprio |esattamente )?il mio (?:campo|settore|ambito|mestiere)|(?:non ho|senza|ho poca) (?:ancora )?esperienza (?:diretta|concreta|specifica)|(?:cambiare settore|cambio di settore|riconvertirmi|riconversione)|(?:vorrei|mi piacerebbe|voglio) spostarmi (?:su|sul|sulla|sullo|sugli|sulle|verso)|so che è un salto)(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:non ho (?:mai|ancora|ancora mai) (?:lavorato|progettato|costruito|gestito|guidato|fatto|seguito|toccato|sviluppato))(?![\p{L}])[^.!?;]{0,80}`,
};

/**
 * Units of time in the languages the triage reads, for telling a change in a measure ("de 9 dias
 * para 48 horas") from a change in a bare score. Data only: one alternation, longest forms first.
 */
export const TIME_UNITS = [
  'minutes|minutos|minuten|minuti|minute|minuto|min',
  'horas|hora|heures|heure|stunden|stunde|std|ore|ora|hours|hour|hrs|h',
  'días|dias|día|dia|jours|jour|tagen|tage|tag|giorni|giorno|days|day',
  'semanas|semana|semaines|semaine|wochen|woche|settimane|settimana|weeks|week',
  'meses|mes|mês|mois|monaten|monate|monat|mesi|mese|months|month',
  'segundos|segundo|secondes|seconde|sekunden|sekunde|secondi|secondo|seconds|second|s',
].join('|');

/**
 * French phrase data: The note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^(?:bonjour|bonsoir|salut|coucou|hello|cher|chère|chers|madame|monsieur|bonne (?:journée|soirée))(?:,?\s+@?[\p{L}\p{N}_.'-]+){0,3}\s*[,!:.—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:bonjour|bonsoir|salut|coucou|hello|cher|chère)(?![\p{L}])(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  cordialement
  bien cordialement
  très cordialement
  bien à (vous|toi)
  (belle|bonne|excellente) (journée|soirée|semaine)
  merci
  merci beaucoup
  merci d'avance
  merci par avance
  merci encore
  mille mercis
  amicalement
  bien amicalement
  bises
  bisous
  à (bientôt|très vite|plus)
  salutations
  sincères salutations
  respectueusement
  bonne continuation
  au plaisir
  dans l'attente de (votre|ta) réponse
  # the formal letter's closing formula: "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées."
  (je vous prie d['’]|je vous prie de |veuillez )(agréer|recevoir|croire)[^\\n]{0,90}?(salutations|considération|sentiments|respect)
  amitiés
  bien amitiés
  mes amitiés
  toutes mes amitiés
  je t['’]embrasse
  bonne fin de journée
`)}(?![\\p{L}])[\\s\\p{L}!,.'-]{0,40}$`;

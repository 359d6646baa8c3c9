/**
 * Spanish phrase data: who the candidate is: their background, what they want next, their own name.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */

export const BACKGROUND = String.raw`\b(?:[Ll]levo (?:\w+ )?(?:años|meses)|[Tt]rabajo (?:como|en|con)|[Tt]rabajé|[Ss]oy (?:un|una|ingenier|desarrollador|diseñador|analista|product|data|jefe)|[Mm]i (?:experiencia|trayectoria|perfil)|[Dd]urante los últimos|[Ee]n los últimos|[Hh]e (?:trabajado|liderado|montado|gestionado))`;

export const ASPIRATION = String.raw`\b(?:me encantar[ií]a|quiero|quisiera|me gustar[ií]a|busco|estoy buscando|tengo (?:muchas )?ganas de) (?:sumarme|unirme|trabajar|aprender|crecer|dar el salto|cambiar|formar parte|entrar)\b[^.!?]*`;

export const MEETING_PLACE = String.raw`\b(?:nos conocimos|coincidimos|estuve|hablamos|charlamos)\b[^.;!?]{0,15}?\b(?:en|durante)\b[^.;!?,]{0,60}`;

/** The reader addressed, tú, vos or usted. */
export const SECOND_PERSON = String.raw`(?<![\wáéíóúñ-])(?:tú|tu|tus|te|ti|contigo|vos|usted|ustedes|vuestro|vuestra|vuestros|os)(?![\wáéíóúñ-])`;

export const FIRST_PERSON = String.raw`(?<![\wáéíóúñ-])(?:yo|mi|mis|me|llevo|trabajo|trabajé|soy|estoy|nuestro|nuestra|nosotros|pasamos|monté|hice|lideré|gestiono)(?![\wáéíóúñ-])`;

export const SELF_NAME = String.raw`\b(?:[Mm]e llamo|[Mm]i nombre es|[Ss]oy|[Tt]e escribe|[Ll]e escribe|[Oo]s escribe) ([A-ZÁÉÍÓÚÑ][\p{L}'-]+(?: [A-ZÁÉÍÓÚÑ][\p{L}'-]+)?)`;

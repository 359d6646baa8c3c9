import type { FitWords } from '../types.js';

/**
 * Spanish fit vocabulary (see lang/fit-vocabulary.ts): how team areas and notes in Spanish name the
 * product areas, the job nouns of Spanish titles ("Desarrollador Frontend Sr.", "Jefa de Producto"),
 * and what a title adds that is not the job ("(H/M)", "Sr.", "Ssr", "indefinido").
 */
export const FIT_WORDS: FitWords = {
  AREAS: {
    platform:
      'plataforma interna | plataforma de desarrollo | herramientas internas | herramientas de desarrollo | integración continua | despliegue continuo | despliegues | experiencia de desarrollador',
    growth:
      'crecimiento | retención | activación | adquisición de usuarios | conversión | embudo | suscripciones | monetización | precios',
    ai: 'inteligencia artificial | aprendizaje automático | ia generativa | modelos de lenguaje | visión por computador | visión artificial',
    ads: 'publicidad | anuncios | anunciantes | publicidad programática',
    enterprise: 'empresas | administración de cuentas | permisos | gestión de clientes',
    consumer: 'consumidor | redes sociales | videojuegos | comunidad',
    payments:
      'pagos | pasarela de pagos | cobros | facturación | tarjetas | préstamos | conciliación | billetera | monedero | transferencias',
    marketplaces:
      'comercio electrónico | tienda online | tienda en línea | carrito | catálogo | logística | última milla | entregas | pedidos',
    data: 'analítica | análisis de datos | ingeniería de datos | ciencia de datos | almacén de datos | cuadros de mando | inteligencia de negocio | calidad de dato | calidad de datos',
    security:
      'seguridad | ciberseguridad | privacidad | identidad | autenticación | fraude | prevención de fraude | cumplimiento normativo',
    mobile: 'móvil | aplicación móvil | aplicaciones móviles | app móvil',
    design: 'sistema de diseño | accesibilidad | diseño de interfaces | diseño de producto | usabilidad',
    research: 'investigación de usuarios | investigación ux | entrevistas con usuarios',
    marketing: 'marca | comunicación | redes sociales | posicionamiento | campañas | contenidos',
    infrastructure:
      'infraestructura | fiabilidad | nube | observabilidad | monitorización | guardias | disponibilidad | bases de datos | sistemas distribuidos',
    search: 'búsqueda | buscador | recomendaciones | personalización',
    productivity: 'productividad | colaboración',
    health: 'salud | sanidad | clínico | clínica | pacientes | telemedicina | hospital',
    education: 'educación | formación | estudiantes | alumnos | cursos | docentes',
    hardware: 'dispositivos | firmware | sistemas embebidos | electrónica | robótica',
  },
  JOB_NOUNS: {
    developer: 'desarrollador desarrolladora desarrolladores desarrolladoras programador programadora',
    engineer: 'ingeniero ingeniera ingenieros ingenieras',
    manager: 'gerente responsable jefe jefa director directora encargado encargada',
    lead: 'líder',
    coordinator: 'coordinador coordinadora',
    analyst: 'analista analistas',
    designer: 'diseñador diseñadora',
    scientist: 'científico científica',
    specialist: 'especialista',
    consultant: 'consultor consultora',
    technician: 'técnico técnica',
    assistant: 'asistente auxiliar',
    nurse: 'enfermero enfermera',
    accountant: 'contable contador contadora',
    buyer: 'comprador compradora',
    teacher: 'profesor profesora docente maestro maestra',
    representative: 'ejecutivo ejecutiva comercial agente',
  },
  TITLE_MARKERS: String.raw`\((?:H\/M|M\/H|M\/F|F\/M|h\/m|m\/f)\)|(?<=\p{L})(?:\((?:a|o|as|os)\)|\/(?:a|o)(?!\p{L}))|(?<![\p{L}])(?:Sr|Ssr|Jr|Sn)\.?(?![\p{L}])|(?<![\p{L}])(?:Semi ?Senior|Junior|Júnior|Sénior|Senior)(?![\p{L}])|(?<![\p{L}])(?:contrato )?indefinido(?![\p{L}])`,
  SELF_NAMED: String.raw`(?<![\p{L}])(?:soy|trabajo como|trabajé como|me dedico a|ejerzo como)(?: actualmente| ahora)? (?:un |una |el |la )?([\p{L}&-]+(?: (?!(?:al|para|desde)(?![\p{L}]))[\p{L}&-]+){0,4})`,
  STATED_GAP_ADMITTED: String.raw`(?<![\p{L}])(?:(?:ya )?s[eé] que [^.!?]{0,80}?(?:es|sea) (?:otra cosa|otro mundo|otro rubro|otro oficio|un mundo distinto|algo (?:muy )?distinto|muy distint[oa])|no es (?:exactamente |del todo )?mi (?:campo|área|rubro|sector)|(?:no tengo|sin|me falta|aún no tengo|todavía no tengo) (?:mucha )?experiencia (?:directa|real|previa)|quiero (?:cambiar|pasarme) de (?:sector|área|rubro)|cambio de sector|reconvertirme|s[eé] que (?:es|sería) un salto)(?![\p{L}])`,
  STATED_GAP: String.raw`(?<![\p{L}])(?:(?:nunca|todavía no|aún no|no) (?:he|había) (?:trabajado|diseñado|construido|gestionado|dirigido|llevado|hecho|tocado|desarrollado))(?![\p{L}])[^.!?;]{0,80}`,
};

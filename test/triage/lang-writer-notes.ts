import type { Profile } from '../../src/triage/index.js';
import { referrerNamed } from '../helpers/notes.js';

/** Notes written for someone else in each language the drafts are local in, for lang-writer-replies.test.ts. */

const team = referrerNamed('Alex Moreau');

export interface WriterNote {
  id: string;
  text: string;
  profile: Profile;
  writer: string;
  candidate: string;
}

export const NOTES: WriterNote[] = [
  {
    id: 'es-manager-tu',
    writer: 'Inés',
    candidate: 'Joaquín',
    profile: team('Logística: planificación de rutas y almacenes', 'Planificador de Rutas'),
    text: `Hola Alex, ¿qué tal? Coincidimos en el congreso de logística de Valencia, en la mesa de transporte.

Te escribo por Joaquín Ferrer, que trabajó conmigo tres años en el centro de distribución de Zaragoza. Rediseñó las rutas de reparto de la zona norte y bajó los kilómetros recorridos un 22% en seis meses; lo seguí de cerca.

Vi que buscáis un Planificador de Rutas. ¿Te animarías a recomendarlo? Si no puedes, lo entiendo perfectamente.

Un abrazo,
Inés Carrasco`,
  },
  {
    id: 'es-mother-usted',
    writer: 'Mercedes',
    candidate: 'Álvaro',
    profile: team('Logística: planificación de rutas y almacenes', 'Jefe de Almacén'),
    text: `Buenos días, señor Moreau:

Le escribo de parte de mi hijo, Álvaro Giménez, que lleva dos años como encargado de turno en un almacén de Getafe. Es muy responsable y le encantaría trabajar en su empresa. ¿Podría usted ayudarle con el puesto de Jefe de Almacén?

Muchas gracias de antemano,
Mercedes Giménez`,
  },
  {
    id: 'pt-manager-voce',
    writer: 'Renata',
    candidate: 'Otávio',
    profile: team('Engenharia de dados: pipelines e qualidade de dados', 'Engenheiro de Dados'),
    text: `Oi Alex, tudo bem? Aqui é a Renata Lobo, a gente se conheceu no meetup de dados em Recife.

Queria te indicar o Otávio Brandão, que trabalhou comigo dois anos no time de dados da fintech. Ele reescreveu os pipelines de conciliação e o tempo de processamento caiu de 6 horas para 40 minutos. Acompanhei de perto.

Vi que vocês estão com a vaga de Engenheiro de Dados aberta. Você toparia indicar o Otávio? Se não der, tranquilo.

Abraço,
Renata Lobo`,
  },
  {
    id: 'pt-father',
    writer: 'Joaquim',
    candidate: 'Beatriz',
    profile: team('Engenharia de dados: pipelines e qualidade de dados', 'Analista de Dados'),
    text: `Olá Alex, bom dia. Sou o Joaquim Teles, pai da Beatriz Teles. Conhecemo-nos no jantar do clube de remo em Coimbra.

A minha filha acabou o mestrado em estatística e gostava muito de trabalhar na vossa empresa. Se lhe parecer possível, poderia recomendá-la para a vaga de Analista de Dados?

Com os melhores cumprimentos,
Joaquim Teles`,
  },
  {
    id: 'fr-manager-tu',
    writer: 'Hélène',
    candidate: 'Yanis',
    profile: team('Maintenance industrielle : fiabilité des lignes', 'Technicien de Maintenance'),
    text: `Salut Alex,

On s'est croisés au salon de la maintenance à Lille, au stand des capteurs. Je t'écris pour te recommander Yanis Haddad, qui a travaillé avec moi pendant quatre ans à l'usine de Roubaix. Il a mis en place la maintenance préventive sur la ligne 3 et les arrêts non planifiés ont baissé de 35 %. J'ai suivi le projet du début à la fin.

Tu cherches un Technicien de Maintenance, non ? Tu accepterais de recommander Yanis ? Si ce n'est pas possible, aucun souci.

Bises,
Hélène Vidal`,
  },
  {
    id: 'fr-father-vous',
    writer: 'Gérard',
    candidate: 'Élodie',
    profile: team('Maintenance industrielle : fiabilité des lignes', 'Responsable Fiabilité'),
    text: `Bonjour Monsieur Moreau,

Je suis Gérard Lemoine. Nous nous sommes rencontrés à la fête du village à Annecy. Je vous écris pour ma fille, Élodie Lemoine, qui termine son BTS et cherche un premier emploi. Pourriez-vous la recommander pour le poste de Responsable Fiabilité ?

Je vous remercie par avance,
Gérard Lemoine`,
  },
  {
    id: 'de-manager-du',
    writer: 'Jörg',
    candidate: 'Svenja',
    profile: team('Einkauf: Rohstoffe und Lieferanten', 'Einkäufer:in Rohstoffe'),
    text: `Hallo Alex,

ich bin Jörg Brandt, wir kennen uns von der Einkäufertagung in Köln. Svenja Albers war drei Jahre in meinem Team im Einkauf bei einem Chemiehändler in Duisburg. Sie hat die Lieferantenverträge neu verhandelt und die Materialkosten um 11 % gesenkt, das habe ich selbst begleitet.

Ihr sucht gerade eine:n Einkäufer:in Rohstoffe. Magst du Svenja empfehlen? Wenn es nicht passt, ist das völlig okay.

Viele Grüße
Jörg Brandt`,
  },
  {
    id: 'de-aunt-sie',
    writer: 'Ursula',
    candidate: 'Timo',
    profile: team('Einkauf: Rohstoffe und Lieferanten', 'Strategischer Einkäufer'),
    text: `Sehr geehrter Herr Moreau,

mein Name ist Ursula Kern, wir haben uns beim Sommerfest des Tennisvereins in Bonn kennengelernt. Ich schreibe Ihnen für meinen Neffen Timo Kern, der gerade sein Studium abgeschlossen hat. Könnten Sie ihn für die Stelle als Strategischer Einkäufer empfehlen?

Mit freundlichen Grüßen
Ursula Kern`,
  },
  {
    id: 'it-manager-tu',
    writer: 'Chiara',
    candidate: 'Matteo',
    profile: team('Customer care: assistenza clienti e qualità', 'Team Leader Customer Care'),
    text: `Ciao Alex,

sono Chiara Longo, ci siamo conosciuti al convegno sul customer care a Torino. Ti scrivo per Matteo Rinaldi, che ha lavorato due anni nel mio team a Genova. Ha riorganizzato i turni del contact center e i tempi di attesa sono scesi da 9 a 4 minuti. L'ho seguito da vicino.

Ho visto che cercate un Team Leader Customer Care. Ti andrebbe di segnalarlo? Se non è possibile, nessun problema.

Un saluto,
Chiara Longo`,
  },
  {
    id: 'it-mother-lei',
    writer: 'Rosaria',
    candidate: 'Davide',
    profile: team('Customer care: assistenza clienti e qualità', 'Operatore Customer Care'),
    text: `Gentile dottor Moreau,

sono Rosaria Esposito, la mamma di Davide Esposito. Ci siamo conosciuti alla cresima di mio nipote a Salerno. Mio figlio si è appena diplomato e vorrebbe lavorare nella Sua azienda. Potrebbe segnalarlo per la posizione di Operatore Customer Care?

La ringrazio molto,
Rosaria Esposito`,
  },
  {
    id: 'hi-en-manager-aap',
    writer: 'Harpreet',
    candidate: 'Ananya',
    profile: team('Supply chain: warehouse operations and inventory', 'Inventory Planner'),
    text: `Hi Alex, main Harpreet Gill, hum Gurgaon wale supply chain summit mein mile the.

Ananya Iyer mere team mein 3 saal thi, Manesar warehouse mein. Usne inventory counting process redesign kiya aur stock mismatch 18% se 4% pe aa gaya. Maine khud dekha hai.

Aapke yahan Inventory Planner ka role open hai. Kya aap Ananya ko refer kar sakte hain? Agar possible nahi hai toh koi baat nahi.

Thanks,
Harpreet Gill`,
  },
  {
    id: 'hi-en-uncle-tum',
    writer: 'Manoj',
    candidate: 'Rohan',
    profile: team('Supply chain: warehouse operations and inventory', 'Warehouse Supervisor'),
    text: `Hey Alex, Manoj Saxena here, tumhare papa ka purana dost, Lucknow wala. Mera bhatija Rohan Saxena abhi B.Com khatam karke job dhoondh raha hai. Tum usko Warehouse Supervisor role ke liye refer kar doge kya? Bahut help ho jayegi.

Manoj Saxena`,
  },
];

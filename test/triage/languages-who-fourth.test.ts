import { describe, expect, it } from 'vitest';
import { type Profile, triage } from '../../src/triage/index.js';

/**
 * Who is who in notes in other languages, as they arrive: mail rules and header fields in the note's
 * own language, LinkedIn's name line as other languages print it, writers who led or married the
 * candidate, and names signed under a title or a closing set apart with the signature. Notes written
 * for these tests.
 */

const team = (teamArea: string, title: string, workingLanguage: Profile['workingLanguage'] = 'en'): Profile => ({
  name: 'Alex',
  teamArea,
  openRoles: [{ title, url: 'https://jobs.example.com/1' }],
  workingLanguage,
});

describe("a mail client's header in the note's own language", () => {
  it('a Portuguese reply over "-----Mensagem original-----" is signed by its writer, not the quoted one', () => {
    const result = triage(
      [
        'Olá Marta,',
        '',
        'Como falámos, candidatei-me à vaga de Técnico de Manutenção. Na fábrica de Aveiro reduzi as paragens não planeadas de 30 para 12 horas por mês. Podes recomendar-me? Se não der, não há problema.',
        '',
        'Cumprimentos,',
        'Hugo Matos',
        '+351 913 000 111',
        '',
        '-----Mensagem original-----',
        'De: Marta Lopes',
        'Enviada: 2 de maio de 2025 10:02',
        'Para: Hugo Matos',
        'Assunto: RE: vaga',
        '',
        'Olá Hugo, manda-me os detalhes. Marta',
      ].join('\n'),
      team('Manutenção industrial', 'Técnico de Manutenção', 'pt'),
    );
    expect(result.candidate.name).toBe('Hugo Matos');
    expect(result.writer ?? null).toBeNull();
  });

  it('a French former manager forwarding the candidate\'s mail under "Message transféré" vouches for its sender', () => {
    const result = triage(
      [
        'Bonjour Claire,',
        '',
        "Je te fais suivre le message de Lucas ci-dessous. J'ai été son responsable pendant trois ans à l'usine de Douai. Il vise le poste de Technicien Méthodes chez vous ; il a réduit les rebuts de 25 % sur sa ligne. Accepterais-tu de le recommander ? Sans obligation.",
        '',
        'Amicalement,',
        'Paul Girard',
        '',
        '---------- Message transféré ----------',
        'De : Lucas Moreau',
        'Date : mar. 6 mai 2025 à 08:40',
        'À : Paul Girard',
        'Objet : Technicien Méthodes',
        '',
        'Bonjour Paul, tu connais quelqu’un chez eux ? Merci, Lucas',
      ].join('\n'),
      team('Méthodes et industrialisation', 'Technicien Méthodes', 'fr'),
    );
    expect(result.candidate.name).toBe('Lucas Moreau');
    expect(result.writer).toBe('Paul Girard');
  });
});

describe("LinkedIn's screen in other languages", () => {
  it('a French name line with its degree ("· 2e") and a time written "14 h 05" name the sender and leave the note', () => {
    const result = triage(
      [
        'Inès Laurent · 2e',
        'Cheffe de projet data chez Norelle · Lille',
        'Voir le profil',
        '',
        'Inès Laurent  14 h 05',
        "Bonjour Alex, j'ai suivi ton atelier sur la qualité des données. Je postule au poste de Data Engineer : j'ai divisé par trois le temps de nos chargements nocturnes. Pourrais-tu me recommander ? Aucun souci sinon.",
      ].join('\n'),
      team('Ingénierie des données', 'Data Engineer', 'fr'),
    );
    expect(result.candidate.name).toBe('Inès Laurent');
    expect(result.drafts?.yes).not.toContain('14 h 05');
  });
});

describe('a writer who vouches or passes on a wish, in their own language', () => {
  it('Spanish: "alguien que trabajó conmigo …: Name" is the candidate, the writer who names themselves the writer', () => {
    const result = triage(
      'Hola Pilar! Te escribe Tomás Ibarra, nos cruzamos en un congreso de farmacia. Te quiero recomendar a alguien que trabajó conmigo cuatro años: Valeria Campos, jefa de calidad en nuestro laboratorio. Vi que buscan una Responsable de Calidad; con ella las desviaciones abiertas bajaron a la mitad. Si no encaja, ningún problema.\nAbrazo,\nTomás',
      team('Calidad farmacéutica', 'Responsable de Calidad', 'es'),
    );
    expect(result.candidate.name).toBe('Valeria Campos');
    expect(result.writer).toContain('Tomás');
  });

  it('German: a husband writing "wegen meiner Frau, Name Doppel-Name" passes on her wish', () => {
    const result = triage(
      'Hallo Jonas,\n\nich schreibe dir wegen meiner Frau, Katrin Berger-Lutz. Sie ist Buchhalterin und möchte zu euch in die Finanzabteilung wechseln. Könntest du sie empfehlen? Wenn nicht, kein Problem.\n\nGrüße\nFelix',
      team('Finanzbuchhaltung', 'Finanzbuchhalter (m/w/d)', 'de'),
    );
    expect(result.candidate.name).toBe('Katrin Berger-Lutz');
    expect(result.writer).toBe('Felix');
  });

  it('German: "für einen ehemaligen Mitarbeiter: Name" after a colon is the one vouched for', () => {
    const result = triage(
      'Sehr geehrte Frau Braun,\n\nich schreibe Ihnen für einen ehemaligen Mitarbeiter: Daniel Koch war drei Jahre Disponent in meinem Lager. Er hat die Fehlerquote beim Kommissionieren von 4 % auf 1 % gesenkt. Er bewirbt sich auf Ihre Stelle als Teamleiter Lager. Falls es nicht passt, ist das völlig in Ordnung.\n\nMit freundlichen Grüßen\nPetra Hahn',
      team('Lagerlogistik', 'Teamleiter Lager (m/w/d)', 'de'),
    );
    expect(result.candidate.name).toBe('Daniel Koch');
    expect(result.writer).toBe('Petra Hahn');
  });

  it('Hinglish: "Name 3 saal meri team mein … thi" is vouched for by the one who led her', () => {
    const result = triage(
      'Hi Rohan, Suresh Iyer here. Pooja Nair 3 saal meri team mein QA Analyst thi, aur usne regression suite ka time 6 ghante se 1 ghante kar diya. Aapki QA Lead wali opening ke liye kya aap use refer kar sakte ho? Na ho toh koi baat nahi.\n\nRegards,\nSuresh Iyer',
      team('Quality engineering', 'QA Lead'),
    );
    expect(result.candidate.name).toBe('Pooja Nair');
    expect(result.writer).toBe('Suresh Iyer');
  });
});

describe("a recruiter's unnamed candidate, in another language", () => {
  it('Spanish "estamos representando a una candidata …" is an offer: the recruiter writes, no candidate is named', () => {
    const result = triage(
      'Hola Alex, ¿cómo estás? Soy Carla Méndez, de Puente Talento. Estamos representando a una candidata muy sólida: diez años en tesorería corporativa y certificación CFA. Encajaría en vuestra vacante de Tesorera Sr. Todavía no puedo compartir su nombre, pero si me confirmas que la puedes referir te paso el CV. Saludos,\nCarla',
      team('Tesorería corporativa', 'Tesorera Sr.', 'es'),
    );
    expect(result.candidate.name).toBeNull();
    expect(result.writer).toContain('Carla');
    expect(result.recommendation).toBe('no');
  });
});

describe('names given or signed in other languages', () => {
  it('French "Je suis Prénom Nom, …" names the writer', () => {
    const result = triage(
      "Salut Alex, je suis Nadia Ben Salah, on s'est croisés au meetup Rust de Lyon. Je postule au poste de Développeuse Backend ; j'ai réduit de moitié la latence de notre API de paiement. Tu serais d'accord pour me recommander ? Pas de souci sinon.\n\nMerci !",
      team('Développement backend', 'Développeuse Backend', 'fr'),
    );
    expect(result.candidate.name).toBe('Nadia Ben Salah');
  });

  it('a French signature under a title ("Dr"), with a pronoun line "(il)", gives the name', () => {
    const result = triage(
      [
        'Madame Roux,',
        '',
        "J'ai suivi votre cours sur la sécurité du médicament. Je postule au poste de Pharmacien Qualité ; j'ai fait passer les réclamations traitées à temps de 70 % à 96 %. Accepteriez-vous de me recommander ? Je comprendrai tout à fait si ce n'est pas possible.",
        '',
        'Bien cordialement,',
        '',
        'Dr Julien Faure',
        'Pharmacien – Assurance qualité',
        '06 11 22 33 44',
        '(il)',
      ].join('\n'),
      team('Assurance qualité pharmaceutique', 'Pharmacien Qualité', 'fr'),
    );
    expect(result.candidate.name).toBe('Julien Faure');
  });
});

describe('a name given in a language the triage does not read, in a script without case', () => {
  it.each([
    [
      'Korean',
      '안녕하세요! 저는 박서연이라고 합니다. 데이터 분석가 자리에 추천해 주실 수 있을까요?\n감사합니다',
      '박서연',
    ],
    [
      'Japanese',
      'はじめまして。佐藤健太と申します。データアナリストの求人に推薦していただけませんか。\nよろしくお願いします',
      '佐藤健太',
    ],
    ['Chinese', '你好！我叫李明轩，想申请数据分析师的职位，能帮我内推吗？\n谢谢', '李明轩'],
  ])('%s: the name joined to its particle is the candidate', (_, note, name) => {
    const result = triage(note, team('Data analytics', 'Data Analyst'));
    expect(result.recommendation).toBeNull();
    expect(result.candidate.name).toBe(name);
  });
});

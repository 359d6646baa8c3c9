/** Portuguese replies, in the referrer's voice (see lang/replies.ts for the slots); the formal register is Portugal's. */
import type { ReplyWording } from '../reply-types.js';

export const pt: ReplyWording = {
  formal: String.raw`(?<![\p{L}])(?:consigo|a senhora|o senhor|lhe parecer|se lhe)(?![\p{L}])`,
  hi: ['Oi, {name}!', 'Olá {name}, bom dia.'],
  hiThere: ['Oi!', 'Olá, bom dia.'],
  role: { named: 'a vaga de {role}', unnamed: 'esta vaga' },
  yes: {
    open: ['Obrigado pela mensagem, bem clara.', 'Obrigado pela mensagem, muito clara.'],
    yes: ['Indico você com prazer para {role}.', 'Faço a referência com todo o gosto para {role}.'],
    why: [
      'O que você conta ("{quote}") é exatamente o tipo de resultado que eu consigo defender.',
      'O que descreve ("{quote}") é exatamente o tipo de resultado que consigo defender.',
    ],
    needResume: [
      'Você me manda seu currículo? Assim que eu receber, faço a indicação e te aviso quando entrar; daí em diante fica com o time de recrutamento.',
      'Pode enviar-me o seu CV? Assim que o receber, faço a referência e aviso quando estiver submetida; a partir daí fica com a equipa de recrutamento.',
    ],
    needLinkAndResume: [
      'Você me manda o link exato da vaga e seu currículo? Assim que eu receber, faço a indicação e te aviso quando entrar.',
      'Pode enviar-me o link exato da vaga e o seu CV? Assim que os receber, faço a referência e aviso quando estiver submetida.',
    ],
  },
  onePager: {
    open: ['Obrigado por me escrever.', 'Obrigado pelo contacto.'],
    fitClose: [
      'A vaga é próxima do trabalho do meu time, então quero olhar com calma.',
      'A vaga está próxima do trabalho da minha equipa, por isso quero analisá-la com calma.',
    ],
    ask: ['Você me manda um resumo de uma página?', 'Pode enviar-me um resumo de uma página?'],
    askWithLink: [
      'Você me manda um resumo de uma página e o link exato da vaga?',
      'Pode enviar-me um resumo de uma página e o link exato da vaga?',
    ],
    close: ['Com isso eu te dou uma resposta de verdade.', 'Com isso consigo dar-lhe uma resposta a sério.'],
  },
  pieces: {
    proof: [
      'O que me falta é um resultado concreto: algo que você fez e o que mudou, de preferência com um número.',
      'O que me falta é um resultado concreto: algo que fez e o que mudou, de preferência com um número.',
    ],
    fitOverlap: [
      'O que me falta é entender como a sua experiência se liga a {team}.',
      'O que me falta é perceber como a sua experiência se liga a {team}.',
    ],
    ask: [
      'Também ajudaria saber exatamente o que você gostaria que eu fizesse.',
      'Também ajudaria saber exatamente o que gostaria que eu fizesse.',
    ],
    whyMe: [
      'Uma linha sobre por que você acha que o meu time é o certo também ajudaria.',
      'Uma linha sobre porque acha que a minha equipa é a certa também ajudaria.',
    ],
    other: [
      'Com a sua experiência, a vaga e por que você se encaixa, fica fácil eu encaminhar.',
      'Com a sua experiência, a vaga e porque se enquadra, fica fácil encaminhar.',
    ],
    name: [
      'E me diga o seu nome completo: a mensagem só tem as suas iniciais, e preciso de um nome para fazer a indicação.',
      'E peço o seu nome completo: a mensagem só traz as suas iniciais, e preciso de um nome para fazer a indicação.',
    ],
  },
  about: {
    thanks: ['Obrigado por me escrever sobre {name}.', 'Obrigado pela mensagem sobre {name}.'],
    thinking: ['Obrigado por pensar em mim para ajudar {name}.', 'Obrigado por ter pensado em mim para ajudar {name}.'],
    yes: ['Indico {name} com prazer para {role}.', 'Recomendo {name} com todo o gosto para {role}.'],
    why: [
      'Um resultado como "{quote}" é exatamente o que eu consigo defender.',
      'Um resultado como "{quote}" é exatamente o que consigo defender.',
    ],
    needResume: [
      '{name} pode me mandar o currículo diretamente? Assim que eu receber, faço a indicação e aviso {name} quando entrar.',
      '{name} pode enviar-me o CV diretamente? Assim que o receber, faço a referência e aviso {name} quando estiver submetida.',
    ],
    needLinkAndResume: [
      '{name} pode me mandar o link exato da vaga e o currículo diretamente? Assim que eu receber, faço a indicação e aviso {name}.',
      '{name} pode enviar-me o link exato da vaga e o CV diretamente? Assim que os receber, faço a referência e aviso {name}.',
    ],
    ask: [
      'Prefiro que {name} fale comigo diretamente, com um resumo de uma página.',
      'Prefiro que {name} me contacte diretamente, com um resumo de uma página.',
    ],
    askWithLink: [
      'Prefiro que {name} fale comigo diretamente, com um resumo de uma página e o link exato da vaga.',
      'Prefiro que {name} me contacte diretamente, com um resumo de uma página e o link exato da vaga.',
    ],
    pieces: {
      proof: [
        'O que me falta é um resultado concreto de {name}, de preferência com um número.',
        'O que me falta é um resultado concreto de {name}, de preferência com um número.',
      ],
      fitOverlap: [
        'O que me falta é entender como a experiência de {name} se liga a {team}.',
        'O que me falta é perceber como a experiência de {name} se liga a {team}.',
      ],
      ask: [
        'Também ajudaria saber exatamente o que {name} gostaria que eu fizesse.',
        'Também ajudaria saber exatamente o que {name} gostaria que eu fizesse.',
      ],
      whyMe: [
        'Uma linha sobre por que {name} acha que o meu time é o certo também ajudaria.',
        'Uma linha sobre porque {name} acha que a minha equipa é a certa também ajudaria.',
      ],
      other: [
        'Com a experiência de {name}, a vaga e por que se encaixa, fica fácil eu encaminhar.',
        'Com a experiência de {name}, a vaga e porque se enquadra, fica fácil encaminhar.',
      ],
    },
    decline: [
      'Não vou conseguir indicar {name} desta vez, e prefiro dizer com clareza do que deixar vocês esperando.',
      'Não vou conseguir fazer a referência de {name} desta vez, e prefiro dizê-lo com clareza a deixar a resposta em suspenso.',
    ],
    outsideArea: [
      '{role} fica fora da minha área ({team}), então eu não saberia avaliar o encaixe.',
      '{role} fica fora da minha área ({team}), por isso não saberia avaliar o enquadramento.',
    ],
    noRole: [
      'Só indico para uma vaga específica que eu consiga defender: se {name} encontrar uma vaga que combine, uma mensagem curta com o link e um resultado concreto ajuda muito.',
      'Só faço referências para uma vaga específica que consiga defender: se {name} encontrar uma vaga adequada, uma mensagem curta com o link e um resultado concreto ajuda muito.',
    ],
    close: ['Torço para {name} achar a vaga certa logo.', 'Espero que {name} encontre a vaga certa em breve.'],
  },
  no: {
    open: ['Obrigado por lembrar de mim.', 'Obrigado por ter pensado em mim.'],
    outsideArea: [
      '{role} fica fora da minha área ({team}), então eu não saberia avaliar o encaixe e não sou a pessoa certa para te indicar. Boa sorte!',
      '{role} fica fora da minha área ({team}), por isso não saberia avaliar o enquadramento e não sou a pessoa certa para fazer esta referência. Boa sorte.',
    ],
    noRole: [
      'Só indico para uma vaga específica que eu consiga defender, então por agora vou passar. Se encontrar uma vaga que combine, uma mensagem curta com o link e um resultado do qual você se orgulha ajuda muito.',
      'Só faço referências para uma vaga específica que consiga defender, por isso, para já, vou passar. Se encontrar uma vaga adequada, uma mensagem curta com o link e um resultado de que se orgulhe ajuda muito.',
    ],
    advice: [
      'No momento não tenho espaço para conversas de orientação, e prefiro dizer isso com clareza. Boa sorte na transição!',
      'De momento não tenho disponibilidade para conversas de orientação, e prefiro dizê-lo com clareza. Boa sorte na transição.',
    ],
    clear: [
      'Não consigo ajudar com isso, e prefiro dizer com clareza do que te deixar esperando. Torço para você achar a vaga certa logo.',
      'Não consigo ajudar com isto, e prefiro dizê-lo com clareza a deixar a resposta em suspenso. Espero que encontre a vaga certa em breve.',
    ],
  },
};

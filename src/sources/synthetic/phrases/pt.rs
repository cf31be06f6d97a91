//! Portuguese: Portugal (RGPD) and Brazil (LGPD).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "pt",
    locales: &[("pt-PT", 45), ("pt-BR", 55)],
    first_names: &[
        "Ana", "Beatriz", "Mariana", "Inês", "Joana", "Carolina", "Fernanda", "Juliana", "Camila",
        "João", "Pedro", "Tiago", "Rui", "Miguel", "Gonçalo", "Lucas", "Gabriel", "Rafael",
        "Bruno", "Thiago",
    ],
    last_names: &[
        "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
        "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Almeida", "Ribeiro", "Carvalho",
        "Lima", "Araújo",
    ],
    email_domains: &["gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "live.com.pt", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    decimal_comma: true,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &["Olá,", "Bom dia,", "Boa tarde,", "Exmos. Senhores,", "Prezados,", "Olá equipa {co},", "Oi,"]),
        ("greet_formal", &["Exmos. Senhores,", "Ao Encarregado de Proteção de Dados,", "Prezados Senhores,"]),
        ("hi", &["olá ", "oi ", "", "", "", "Bom dia, "]),
        ("thanks", &["Cumprimentos,", "Com os melhores cumprimentos,", "Obrigado,", "Obrigada,", "Atenciosamente,", "Abraço,"]),
        ("sign", &["{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nEnviado do meu iPhone", "{thanks}\n{name}\n{email}"]),
        ("sign_formal", &["Com os melhores cumprimentos,\n\n{name}", "Atenciosamente,\n\n{name}"]),
        ("street", &["Rua da Liberdade", "Avenida da República", "Rua Augusta", "Rua das Flores", "Avenida Paulista", "Rua Direita"]),
        ("city", &["1{d}00-{d}{d}{d} Lisboa", "4{d}00-{d}{d}{d} Porto", "3000-{d}{d}{d} Coimbra", "01{d}{d}{d}-000 São Paulo", "20{d}{d}{d}-000 Rio de Janeiro"]),
        ("address", &["{name}\n{street}, {d}{d}\n{city}", "{name}\n{street} {d}{d}{d}\n{city}"]),
        ("acct", &["A minha conta está registada com o e-mail {email}.", "Meu e-mail é {email}.", "Conta: {email}"]),
        ("data", &["os meus dados pessoais", "todos os meus dados", "todos os dados que têm sobre mim"]),
        ("product", &["os auscultadores", "a máquina de café", "o casaco", "a capa do telemóvel", "o aspirador", "os ténis", "a mochila"]),
        ("agent", &["Assistente: {co}, bom dia, fala a Rita, em que posso ajudar?\n"]),
        ("agent_verify", &["Assistente: Claro. Pode confirmar o e-mail da conta?\nCliente: Sim, {email}.\n"]),
        ("agent_close", &["Assistente: Fica registado, vai receber uma confirmação por e-mail.\nCliente: Obrigado, até logo."]),
        ("deadline", &["no prazo de um mês previsto no RGPD", "no prazo legal", "no prazo de 15 dias previsto na LGPD"]),
        ("greet_br", &["Prezados Senhores,", "Ao Encarregado pelo Tratamento de Dados Pessoais,", "Prezado(a) Encarregado(a) de Proteção de Dados,"]),
        ("prazo_rgpd", &["no prazo de um mês previsto no RGPD", "sem demora injustificada e, o mais tardar, no prazo de um mês"]),
        ("prazo_lgpd", &["no prazo de 15 dias previsto na LGPD", "no prazo legal"]),
        ("queixa_pt", &[" Na falta de resposta, apresentarei reclamação à Comissão Nacional de Proteção de Dados (CNPD).", ""]),
        ("queixa_br", &[" Na falta de resposta, apresentarei petição à Autoridade Nacional de Proteção de Dados (ANPD).", ""]),
        ("escalate", &[" Na falta de resposta, apresentarei reclamação à CNPD.", " Caso contrário, farei uma denúncia à ANPD.", ""]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}podem enviar-me uma cópia dos meus dados?",
            "que dados vocês têm sobre mim[?| exatamente?]",
            "quero saber quais informações vocês guardam sobre mim",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mudei de [operadora|banco|ginásio] e fiquei [curioso|curiosa]: [o que é que|o que] vocês [guardam|têm guardado|sabem] de mim? [mandem-me|me manda|quero ver] [tudo|uma cópia][ pf| por favor|]",
            "apareceu-me um anúncio [super específico|estranhíssimo|que sabia demais] depois de usar a app da {co}. [que informação|quais dados|que info] vocês [recolhem|juntam|armazenam] sobre mim? [quero a lista completa|quero ver tudo]",
            "tinha uma conta antiga na {co}[ com o mail {email}|], [nem me lembrava|já nem me lembrava dela]. dá pra ver [o que ficou registado|que dados ainda estão aí|o histórico que vcs têm de mim]?",
            "[oi|olá|boa noite] {co}, [quero|queria] um [resumo|relatório|export em pdf] de [toda a informação pessoal|todos os dados pessoais] que [vocês têm|vcs têm] [na minha conta|na minha ficha|sobre mim]. [é um direito meu|tenho direito a isso pelo RGPD|a LGPD garante isso][ né?|]",
            "[preocupado|preocupada|meio paranoico] com privacidade depois [daquele vazamento|da fuga de dados que saiu nas notícias]. [podem|vocês podem|conseguem] me dizer [exatamente|] que [dados|informações] meus vocês [têm|guardam] e [pra que usam|com quem partilham]?",
            "app [fixe|boa|ok] mas [não encontro|nao acho] em lado nenhum onde ver os dados que [guardam|tem] sobre mim. [como peço|como solicito|onde peço] uma cópia[?| disso?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [pedi|solicitei] [uma cópia dos meus dados|acesso aos meus dados] e [ninguém responde|nada]. @{co} quero saber que dados pessoais [têm|vocês têm|vcs tem] sobre mim!",
            "⭐ @{co} [quero ver|mostrem-me|me mostrem] [tudo o que|todos os dados que] [guardam|armazenam|recolheram] sobre mim[. é meu direito|, RGPD art. 15|, a LGPD garante isso|]",
            "app [razoável|até boa|ok], mas [onde|como] [peço|solicito] uma [cópia|lista] dos meus dados pessoais? [já mandei mensagem e nada|o suporte não sabe responder]. [2 estrelas|⭐⭐]",
            "@{co} [bom dia|boa tarde|oi], [podem|podiam|vcs podem] [enviar-me|me enviar|me mandar] [um relatório|um resumo|uma cópia] [com|de] [toda a informação|todas as informações] que [têm|tem] [de mim|a meu respeito]? [obrigado|obrigada|valeu]",
            "[péssimo|horrível] atendimento. quero saber [exatamente|] que dados [meus|] a {co} [tem|guarda] e com quem [partilha|compartilha], e há [semanas|um mês] que [espero|aguardo] resposta. [1 estrela|⭐]",
            "que informação [é que|] a {co} [sabe|tem] sobre mim? [exijo|quero] [acesso|ver] [aos meus dados|os meus dados] [já|agora]. #privacidade",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço|posso fazer] para [ver|saber] que dados [pessoais|] vocês têm sobre mim?",
            "[podem|vocês podem|vcs podem] me [mandar|enviar] uma cópia [dos meus dados|das minhas informações pessoais]?",
            "é possível [saber|ver] [que informações|quais dados] a {co} [guarda|tem guardados] [de mim|sobre mim]?",
            "onde [consigo|posso] [pedir|solicitar|descarregar] [uma cópia de|] tudo o que [têm|tem] registado sobre mim?",
            "o que tenho de fazer para [vocês me mostrarem|me mostrarem] [os meus dados pessoais|meus dados]? [quero saber o que têm|]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nGostaria de receber uma cópia de {data}[, incluindo o histórico de encomendas|]. {acct}\n\n{sign}",
            "{greet}\n\nNos termos do [artigo 15.º do RGPD|art. 18 da LGPD], solicito que me informem que dados pessoais tratam sobre mim, para que finalidade e a quem foram comunicados. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Pedido de acesso aos dados pessoais ([artigo 15.º do RGPD|art. 18 da LGPD])\n\nVenho por este meio exercer o meu direito de acesso e solicitar uma cópia de todos os dados pessoais que a {co} trata a meu respeito. {acct} Solicito ainda informação sobre as finalidades do tratamento, as categorias de dados, os destinatários a quem foram comunicados, o prazo de conservação, a origem dos dados e a existência de decisões automatizadas, incluindo a definição de perfis.\n\nAguardo resposta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[apaguem|excluam] a minha conta[ e todos os meus dados|][ por favor|.|]",
            "quero que os meus dados sejam [apagados|eliminados|excluídos]",
            "como faço para excluir minha conta de vez?",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "já não uso [a app|o serviço|isto] há [meses|anos|séculos]. [deletem|removam|encerrem] a [minha conta|conta {email}] e [tudo o que tiverem|todas as informações] sobre mim[ pf| pfv| por favor|]",
            "{hi}mudei [pra|para] a concorrência e não quero deixar rasto aqui. [quero|queria] a conta [encerrada|fechada|deletada] [de vez|definitivamente] e os dados [removidos|destruídos|limpos] [tb|também]",
            "[tive uma experiência péssima|fui muito mal atendido|fiquei super desiludida] com a {co}. [não quero|nao quero] [mais nada|nenhum registo] meu convosco: [deletem|removam|limpem] tudo[!|.|]",
            "encontrei uma conta velha [com o meu mail|em meu nome] {email} que nem sabia que existia. como [deleto|removo|elimino] isso [e os dados junto|com o histórico e tudo]?",
            "[oi|olá] {co}, [dá pra|é possível|podem] [deletar|remover] [o meu perfil|meu cadastro|a minha conta] [e tudo o que está associado|com todos os dados]? [preocupo-me com|tô preocupado com|ando preocupada com a] privacidade",
            "[desinstalei a app|cancelei a assinatura|terminei o contrato] mas [a conta|o cadastro] continua lá. [quero sumir daí|quero ser esquecido|quero o direito ao esquecimento]: [removam|deletem] [todos os meus dados|tudo]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [apaguem|excluam|eliminem] a minha conta [e todos os meus dados|e os meus dados|] [de uma vez|já]!",
            "⭐ [impossível|não dá para] [apagar|excluir|deletar] a conta [pela app|no app]. @{co} [quero|exijo] a minha conta [apagada|excluída|eliminada] e os [meus dados|dados pessoais] [removidos|apagados] [hoje|já|urgente]",
            "@{co} [pedi|solicitei] [a exclusão|o apagamento|a eliminação] dos meus dados [há|faz] [um mês|duas semanas] e [a conta ainda está ativa|continuo a receber coisas|nada]. [apaguem tudo|excluam tudo] [de vez|por favor]",
            "[desinstalei|apaguei] a app mas a conta [continua lá|ainda existe]. [como removo|como excluo|como encerro] [a minha conta|meu perfil] e [apago|deleto] os meus dados? [2 estrelas|⭐⭐] até resolverem",
            "nao quero mais nada com a {co}. [deletem|apaguem|excluam] [meu perfil|minha conta] [e tudo que tiverem de mim|com todos os dados]",
            "[direito ao esquecimento|direito ao apagamento], {co}! [quero|exijo] que [eliminem|apaguem] todos os dados pessoais [que têm sobre mim|associados a {email}]. ⭐",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço|posso fazer] para [apagar|excluir|eliminar] [a minha conta|minha conta] [de vez|definitivamente|]?",
            "[podem|vocês podem|vcs podem] [apagar|excluir|eliminar] [todos os meus dados|a minha conta e os meus dados]?",
            "é possível [excluir|apagar] [minha conta|o meu perfil] e [todas as informações|os dados] que vocês [têm|guardam] de mim?",
            "onde [eu|] [excluo|apago|cancelo e apago] a [minha|] conta? [quero que apaguem tudo|não quero que fique nada guardado|]",
            "a quem [escrevo|devo escrever|mando mensagem] para [apagarem|eliminarem] [os meus dados pessoais|meus dados] [de vez|]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJá não utilizo [os vossos serviços|a aplicação] e peço que eliminem a minha conta e {data}. Agradeço confirmação.\n\n{sign}",
            "{greet}\n\nNos termos do [artigo 17.º do RGPD|art. 18, VI da LGPD], solicito a eliminação de {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Pedido de apagamento de dados pessoais (artigo 17.º do RGPD)\n\nVenho por este meio solicitar o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito. {acct} Os dados deixaram de ser necessários para a finalidade que motivou a sua recolha e retiro qualquer consentimento que tenha dado.\n\nSolicito ainda que informem os destinatários a quem os meus dados tenham sido comunicados e que me confirmem por escrito o apagamento {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "o meu apelido está mal escrito na conta, é {last}",
            "podem corrigir a minha data de nascimento? está errada",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mudei de casa [no mês passado|há pouco|recentemente] e as [faturas|encomendas|cartas] ainda vão para a morada antiga. [atualizem|alterem|mudem] [a minha morada|o meu endereço] para {street}, {d}{d}[ pf|, obrigado|]",
            "o meu nome [tá|está] [errado|com um erro|mal digitado] no cadastro, o certo é {name}. [dá pra arrumar|podem acertar isso|conseguem ajustar]?",
            "[recebi|chegou-me] uma fatura com [o NIF|o CPF|o número de contribuinte] [errado|trocado|de outra pessoa]. [atualizem|arrumem|acertem] os meus dados [de faturação|cadastrais] [pf|por favor|urgente]",
            "troquei de [número|telemóvel|celular] e o [número antigo|número velho] ainda tá na conta. [mudem|atualizem|substituam] para 9{d}{d} {d}{d}{d} {d}{d}{d}[ pf|, obg|]",
            "casei e [mudei|alterei] o [apelido|sobrenome]. [como atualizo|como altero|podem atualizar] [o nome|os meus dados] [na conta|no perfil] para {name}?",
            "{hi}o e-mail [da conta|no meu perfil] está [desatualizado|velho], o [atual|certo] é {email}. [mudem|atualizem|troquem] isso [pf|por favor|pra mim]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. o meu nome [está|aparece] [errado|mal escrito] na [conta|fatura|app] e [não dá|não consigo] para [corrigir|mudar]. @{co} [corrijam|alterem] isso!",
            "@{co} [mudei de casa|me mudei] e a morada [continua|ainda está] a antiga. [atualizem|corrijam] o meu endereço para {street}, {city}[ por favor|, pf|]",
            "⭐⭐ a data de nascimento [no meu perfil|na minha conta] está [errada|incorreta] e [o suporte|ninguém] [não a corrige|resolve]. [quero os meus dados corrigidos|corrijam os meus dados pessoais][!|]",
            "[meu|o meu] [número de telemóvel|telefone|celular] [mudou|está desatualizado] e [a app não deixa|não consigo] [editar|alterar]. [podem atualizar|atualizem] os meus dados[?|, por favor]",
            "[trocaram|confundiram] o meu apelido [com o de outra pessoa|no cadastro]. [retifiquem|corrijam] [os meus dados|o meu cadastro|a minha ficha] [já|urgente], {co}. [1 estrela|⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço|posso fazer] para [corrigir|alterar|atualizar] [a minha morada|meu endereço] [na conta|no cadastro|]? [mudei de casa|está errada|]",
            "[podem|vocês podem|vcs podem] [corrigir|mudar] [a minha data de nascimento|meu nome|o meu apelido]? está [errado|errada] [no sistema|na ficha|]",
            "é possível [atualizar|trocar] [o número de telemóvel|meu número de celular] [que vocês têm|do meu cadastro]? o antigo já não é meu",
            "onde [posso|consigo] [corrigir|editar] [os meus dados pessoais|meus dados cadastrais]? [o nome está mal escrito|a morada está desatualizada|]",
            "o que tenho [de|que] fazer para [corrigirem|vocês corrigirem] [o meu nome|meu sobrenome] [no sistema|na conta]? [tem um erro|está escrito errado]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[A morada registada|A data de nascimento registada|O meu nome] na minha conta [está incorreta|está errada|está desatualizada]. Solicito a sua retificação. [Morada correta: {street}, {d}{d}, {city}|Data correta: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "não vendam os meus dados a terceiros[ por favor|]",
            "não quero que os meus dados sejam partilhados com [anunciantes|parceiros|terceiros]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[li|vi] [nas notícias|no twitter|num artigo] que a {co} [repassa|comercializa|passa] dados de clientes a [data brokers|empresas de publicidade|corretoras de dados]. os meus [não|nao]! [quero ficar de fora disso|tirem-me dessa lista de partilha|não autorizo essa venda]",
            "[desde que criei conta|depois de comprar {product}] comecei a receber [chamadas|mensagens|spam] de empresas [que nunca ouvi falar|que não conheço]. [tenho a certeza que|de certeza que] o meu [número|contacto|e-mail] foi [passado|vendido] a alguém. [parem de|não quero que continuem a] [compartilhar|partilhar|repassar] os meus dados com [outras empresas|terceiros]",
            "{hi}[onde fica|cadê|onde está] a opção [\"não vender os meus dados\"|\"do not sell\"|de não partilhar dados com parceiros] na app? quero [ativar|ligar] isso [já|hoje]",
            "[ok|tudo bem] usarem os meus dados pra entregar as encomendas, mas [vender|repassar|ceder] [a|pra] [anunciantes|marcas parceiras|terceiros] não. [desativem|bloqueiem|cancelem] essa partilha na [minha conta|conta {email}]",
            "[revoltado|irritada|chateado] com isto: os meus dados [valem dinheiro|são meus], não são [mercadoria|pra vender]. [a partir de hoje|daqui pra frente] [proíbo a {co} de os vender|não autorizo a {co} a vendê-los|não permito que a {co} os repasse] a [quem quer que seja|terceiros|empresas de marketing]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. a {co} [vende|passa|partilha] os dados dos clientes a [terceiros|parceiros|empresas de publicidade]. [não vendam|parem de vender] os meus dados!",
            "@{co} [recebo|comecei a receber] [chamadas|ligações|sms] de [empresas que nunca contactei|parceiros vossos] desde que [me registei|me cadastrei]. [parem de partilhar|não compartilhem] os meus dados com [terceiros|ninguém]!",
            "⭐ [quero|exijo] que [os meus dados|as minhas informações] [não sejam vendidos|não sejam vendidas|deixem de ser cedidos] a [data brokers|corretores de dados|anunciantes|parceiros comerciais]. [onde está a opção?|a app nem tem essa opção]",
            "[não vendam|nao vendam] [meus dados|as minhas informações pessoais]. [ponto|simples assim]. @{co}",
            "[li os termos|li a política de privacidade] e [vocês|vcs] [partilham|compartilham] dados com [anunciantes|parceiros]?? [parem já de|deixem de] [fazer isso com os meus|passar os meus a terceiros]. [2 estrelas|⭐⭐]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vocês [vendem|passam|compartilham] [os meus dados|meus dados] a [terceiros|parceiros|anunciantes]? se sim, como [faço para|posso] [parar|impedir] isso?",
            "[podem|vocês podem|vcs podem] [deixar de|parar de] [vender|partilhar|compartilhar] [as minhas informações|meus dados] com [parceiros|terceiros|empresas de publicidade]?",
            "é possível [impedir|bloquear] que a {co} [venda|passe] [os meus dados|meus dados pessoais] a [outras empresas|data brokers|anunciantes]?",
            "onde [desativo|desligo|marco] a opção de [não vender|não partilhar|não compartilhar] [os meus dados|meus dados] com terceiros?",
            "o que tenho [de|que] fazer para vocês [não venderem|pararem de vender] [as minhas informações|meus dados] [a ninguém|a terceiros]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nOponho-me à venda e partilha dos meus dados pessoais com terceiros, em especial para fins publicitários. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[cancelar subscrição|descadastrar|SAIR|STOP]",
            "parem de me enviar [publicidade|e-mails promocionais|SMS][!|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "recebo [3|4|5] [newsletters|emails de promo] por dia de vocês, [é spam puro|isso é spam|é demais]. [tirem-me|me tirem|me tira] da [mailing list|lista de e-mails|lista de marketing][ pf|!|]",
            "[chega de|basta de|acabem com as] [chamadas|ligações] a oferecer [promoções|pacotes|upgrades]! [não quero|nao quero] ser contactado pra marketing[, obrigado|]",
            "o link de [unsubscribe|cancelar inscrição|descadastro] no fundo do [email|e-mail] [não funciona|dá erro|leva a uma página em branco]. como saio da newsletter?",
            "{hi}[desinscrevam|removam] o {email} de todas as [campanhas|comunicações promocionais|listas de promoções][ pf|, obrigada|]",
            "[comprei|pedi] {product} uma vez e [desde então|agora] é [SMS|mensagem no whatsapp|email] com [desconto|promoção|black friday] todo dia. [dispenso publicidade|não quero mais ofertas], [como desligo isso?|desliguem isso.]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [spam|publicidade] [todos os dias|a toda a hora]. [tirem-me|me tirem|me removam] da [newsletter|lista de emails|mailing list]!",
            "@{co} [já cliquei em|já carreguei em] cancelar subscrição [três|mil] vezes e continuo a receber [emails promocionais|promoções|newsletters]. [parem|chega]!",
            "⭐ [sms|mensagens] de [promoção|promoções|ofertas] [às 8 da manhã|ao domingo|sem parar]. [não quero|nao quero] mais [publicidade|marketing|sms promocionais] da {co}",
            "[quero|queria] [descadastrar|cancelar a inscrição|me descadastrar] [da newsletter|dos emails de marketing] [mas o link não funciona|e não há link]. [resolvam|por favor]. ⭐⭐",
            "[parem de me ligar|parem de ligar] [com|a oferecer] [promoções|propostas|ofertas]! @{co} [retirem o meu número|tirem o meu contacto] das [campanhas|chamadas de marketing]",
            "[unsubscribe|descadastrar] [por favor|pfv]. [não aguento mais|chega de] [spam|tanta publicidade] no [email|meu email]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] [deixar de receber|parar de receber] [os vossos e-mails|emails] de [promoções|publicidade|ofertas]?",
            "[podem|vocês podem|vcs podem] [parar de|deixar de] me mandar [newsletter|sms com promoções|mensagens publicitárias]?",
            "é possível [cancelar a subscrição|descadastrar meu e-mail|sair da lista] da [newsletter|lista de marketing]?",
            "onde [eu|] [cancelo|desativo|tiro] [os emails de marketing|as notificações de ofertas|a newsletter]? [recebo todo dia|não aguento mais|]",
            "o que tenho [de|que] fazer para [pararem|vocês pararem] de me ligar [com promoções|a oferecer coisas|pra vender planos]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPeço que removam {email} de todas as vossas listas de marketing. Já cancelei a subscrição várias vezes e continuo a receber a newsletter.\n\n{sign}",
            "{greet}\n\nOponho-me ao tratamento dos meus dados para marketing direto. Não quero receber mais comunicações comerciais. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "retiro o meu consentimento para [o rastreamento|os cookies|a localização]",
            "desativem o rastreio na minha conta por favor",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[na altura|quando me inscrevi] aceitei que usassem [as minhas fotos|a minha foto|o meu vídeo] [nas redes sociais|no site|no catálogo] de vocês, mas [mudei de ideias|mudei de ideia|já não quero]. [revogo|retiro] essa autorização[ pf|]",
            "[autorizei|deixei] a app [recolher|ver] a minha localização [no início|sem pensar], mas [acho estranho|me incomoda|não me sinto bem com isso]. [já não autorizo|deixo de autorizar]: [revoguem|cancelem] esse consentimento no meu perfil",
            "a app de [treino|saúde|corrida] guarda [os meus batimentos|os meus dados de saúde|o meu sono] com o meu consentimento, mas [preocupo-me|tô preocupada|ando preocupado] com privacidade. [quero revogar|revogo|retiro] [o consentimento|a autorização] para esses dados de saúde",
            "[aceitei|cliquei em aceitar] [todos os cookies|os cookies de analytics|os cookies de tracking] [sem ler|à pressa] e agora [não encontro|nao acho] onde voltar atrás. [quero revogar|como revogo] esse consentimento?",
            "{hi}[já não autorizo|não autorizo mais] a gravação das minhas chamadas com o apoio ao cliente [nem|e] o uso das gravações pra [treino|treinar a IA]. [revogo o consentimento|retiro o meu sim] a partir de hoje",
            "[desliguem|desativem] a personalização [baseada no meu histórico|com base no que eu vejo][ na minha conta|]: o consentimento que dei [quando me registei|no cadastro] [fica sem efeito|já não vale]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. a app [pede|usa] a localização [o tempo todo|mesmo fechada]. [retiro|revogo] o [meu consentimento|consentimento] para [localização|rastreamento de localização]!",
            "@{co} [já não autorizo|não autorizo mais] o uso das [minhas fotos|fotos que publiquei|minhas gravações] [nas vossas campanhas|em publicidade|no site]. [retiro o consentimento|revogo a autorização] que dei",
            "⭐⭐ aceitei os cookies sem querer e [agora|] [não consigo|não dá para] [desativar|voltar atrás]. [quero retirar|retiro] o meu consentimento [para cookies|para o rastreamento]",
            "[dei|tinha dado] consentimento para [usarem os meus dados de saúde|a análise dos meus treinos|a personalização] mas [mudei de ideias|já não quero]. [retiro|revogo] esse consentimento[, {co}|]",
            "@{co} [desliguem|parem] o [rastreamento|tracking] [da minha conta|das minhas atividades]. [não dou mais o meu consentimento|retiro a minha autorização|retiro o consentimento]. ⭐",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] [retirar|revogar] o consentimento [da localização|do rastreio de localização|de geolocalização] que dei na app?",
            "[podem|vocês podem|vcs podem] [deixar de usar|parar de usar] [as minhas fotos|minha foto] [que autorizei|na vossa página|nos anúncios]? já não [autorizo|dou autorização]",
            "é possível [retirar|cancelar] a [autorização|permissão] que dei para [usarem|tratarem] [os meus dados de saúde|minhas gravações de voz]?",
            "onde [eu|] [revogo|retiro] o [consentimento|aceite] dos [cookies|cookies de rastreamento|dados de análise]? [mudei de ideias|não quero mais|]",
            "o que tenho [de|que] fazer para [retirar|revogar] o consentimento [de personalização|para análise do meu uso] que aceitei [quando me registei|no cadastro]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nRetiro o consentimento que dei para o tratamento dos meus dados [para publicidade personalizada|para definição de perfis|para geolocalização]. {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}onde está a minha encomenda {order}?",
            "meu pedido {order} ainda não chegou[, o rastreio está parado há dias|]",
            "{greet}\n\nFiz uma encomenda no dia {date} (n.º {order}) e ainda não recebi a confirmação de envio.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nFui cobrado duas vezes pela encomenda {order} ({amount} €). Podem devolver o valor duplicado?\n\n{sign}",
            "podem reenviar a fatura do pedido {order}? não encontro",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nDevolvi {product} há duas semanas (encomenda {order}) e ainda não recebi o reembolso de {amount} €.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview], hard_negative: false, texts: &[
            "a aplicação fecha sempre que tento pagar",
            "[1 estrela|2 estrelas]. desde a atualização não consigo entrar",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "ótima app, entrega super rápida!",
            "obrigado ao apoio ao cliente, foram impecáveis",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Uma pergunta: os dados do meu cartão ficam guardados convosco? Só quero ter a certeza de que é seguro.",
            "onde encontro a vossa política de privacidade? o link não funciona",
            "gosto muito que não vendam os dados dos clientes, continuem assim!",
            "a app precisa mesmo de acesso à localização para funcionar? [só curiosidade|prefiro não dar]",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nPeço o cancelamento da minha assinatura no fim do período atual. Quero manter a conta.\n\n{sign}",
            "{hi}como [cancelo|pauso] o meu plano premium? quero continuar com a conta [e o histórico|]",
            "passem-me para o plano gratuito, por favor, fico com a conta",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Desde que me registei na {co} vejo anúncios que sabem [demasiado|coisas demais] sobre mim. Quero saber exatamente que dados recolheram sobre mim e com quem os partilharam.",
            "Depois [da fuga de dados|do incidente de segurança] que saiu nas notícias, quero saber que informações minhas estão guardadas nos vossos sistemas. [Podem dizer-me?|Enviem-me o detalhe, por favor.]",
            "{hi}que informação vocês têm exatamente sobre mim? [localização, contactos, compras?|quero ver tudo]",
            "{greet}\n\no meu [advogado|contabilista|banco] pede-me uma lista de todos os dados que a {co} tem sobre mim. Podem enviar-me uma cópia do meu processo?\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de pedido: [Direito de acesso|Cópia dos meus dados pessoais|Acesso aos dados]\nNome: {name}\nE-mail: {email}\nDetalhes: [Peço uma cópia de {data}.|Quero saber que dados têm sobre mim e a quem os comunicaram.|Exportação completa, incluindo as conversas com o apoio ao cliente.]",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[é a terceira vez que peço|já pedi duas vezes]: [APAGUEM A MINHA CONTA|apaguem de vez a minha conta] e todos os meus dados[!|!!|.]",
            "na app [não há nenhum botão para apagar a conta|não há forma de eliminar a conta]. quero que [a minha conta|tudo] desapareça, com todos os meus dados",
            "[Não é desativar, é APAGAR.|Não quero ter conta convosco.] Eliminem [os meus dados|tudo o que é meu] dos vossos sistemas[ ou vou à CNPD|].",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Não quero que a {co} guarde qualquer registo meu. Quando eu [cancelar|sair], não deve ficar nada.",
            "A minha [mãe|avó] faleceu [no mês passado|recentemente] e gostaria que a conta e os dados pessoais dela fossem removidos dos vossos registos.",
            "Alguém [me registou|criou uma conta] com {email} [sem autorização|por engano]. Removam o meu e-mail e todos os dados associados da vossa base de dados.",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "[Casei-me|Mudei de apelido] e agora chamo-me {last}. Nas vossas cartas continua o apelido antigo, por favor [alterem|atualizem os meus dados].",
            "As vossas cartas continuam a chegar à minha morada antiga. Desde [março|o ano passado] moro na {street} {d}{d}, {city}. Corrijam a minha morada no vosso sistema, por favor.",
            "{hi}no meu perfil [a data de nascimento está errada|o telefone está errado|o meu nome está mal escrito], podem [retificar|corrigir]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de pedido: [Oposição à cedência de dados|Não vender os meus dados|Não partilhar os meus dados]\nNome: {name}\nE-mail: {email}\nMensagem: [Oponho-me à venda ou cedência dos meus dados a terceiros.|Não partilhem os meus dados com os vossos parceiros comerciais.|Nenhuma cedência a corretores de dados.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Desde que comprei convosco recebo chamadas de [seguradoras|empresas desconhecidas|call centers]. Não quero que os meus dados sejam [vendidos|cedidos] a outras empresas.",
            "{hi}vocês partilham os meus dados com [anunciantes|outras empresas|corretores de dados]? se sim, [parem com isso|não autorizo]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[já cancelei a subscrição três vezes|o link para sair da lista não funciona] e continuo a receber [a vossa newsletter|publicidade|SMS promocionais] [todos os dias|sem parar]. [Parem!|Que chatice.|Chega.]",
            "[CHEGA DE PUBLICIDADE|chega de publicidade por favor|parem com os e-mails promocionais][!|.] {email}",
            "{hi}tirem-me da [vossa mailing list|todas as listas de marketing] [por favor|já]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Nunca aceitei que usassem [as minhas gravações de voz|as minhas fotos|as minhas conversas] para treinar [a vossa IA|os vossos algoritmos]. Parem, por favor.",
            "Só aceitei [os cookies|os termos] porque não havia alternativa. Considerem o meu consentimento retirado.",
            "{hi}não usem mais os meus [dados de localização|dados de saúde|históricos de compras] para [recomendações|publicidade|análises], retiro o consentimento",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "como me inscrevo na vossa newsletter? o formulário [dá erro|não carrega]",
            "{greet}\n\ninscrevi-me na newsletter mas nunca recebi o código de boas-vindas de 10%. Podem reenviá-lo?\n\n{sign}",
            "na newsletter [de hoje|da semana passada] o link para a promoção de {product} não funciona",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "como [apago|retiro] um artigo do carrinho?",
            "ainda posso cancelar a encomenda {order}? enganei-me no tamanho",
            "apaguei sem querer a minha lista de desejos, dá para recuperar?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de pedido: [Retirada do consentimento|Retirar o meu consentimento|Revogação do consentimento]\nNome: {name}\nE-mail: {email}\nMensagem: [Retiro o meu consentimento para [a definição de perfis|publicidade personalizada|a geolocalização].|Deixem de tratar os meus dados com base no meu consentimento.|Consentimento para rastreamento e análises retirado.]",
            "{hi}[retiro o meu consentimento|revogo o consentimento], [chega de análises dos meus dados|nada de rastreamento|nada de personalização][ por favor|]",
        ]},
        Family { intent: None, also: &[], name: "invoice_copy", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: true, texts: &[
            "{greet}\n\npodem enviar-me uma cópia da fatura da encomenda {order}? Preciso dela para [o IRS|a minha empresa|as despesas]. {acct}\n\n{sign}",
            "{hi}podem reenviar a fatura da encomenda {order}? [não encontro o e-mail|não aparece na minha conta]",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "[oi|olá], [esqueci-me da|esqueci a] [palavra-passe|senha] e o [email|link] de recuperação não chega. [podem ajudar?|o que faço?]",
            "[quero|queria] mudar do plano [básico|mensal] para o [premium|anual], como faço?",
            "[os meus dados estão seguros|meus dados estão seguros] com vocês? [vi|li] [uma notícia|umas notícias] sobre [ataques|hackers] [e fiquei preocupado|e fiquei preocupada|]",
            "onde é que vejo as [minhas faturas|faturas antigas] na [app|conta]?",
            "[cancelei a newsletter|me descadastrei] sem querer [haha|kkk|]. como [volto a subscrever|me inscrevo de novo]?",
            "dá para [adicionar|associar] um segundo [email|e-mail] à [minha conta|conta]? [o {email} é|uso] o do trabalho",
            "vocês têm app para [tablet|ipad]? [no telemóvel funciona bem|no celular funciona]",
            "[a minha encomenda|meu pedido] {order} ainda não chegou[, já passou uma semana|].[ obrigado pela ajuda rápida ontem!|] [como ativo as notificações|como ligo as notificações] pra saber quando sai?",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[estou a falar com|tô falando com] um [robô|bot] ou uma pessoa?",
            "[qual é o teu nome|como te chamas|qual seu nome]?",
            "[conta-me|me conta] [alguma coisa|algo] sobre ti[ haha|]",
            "[o que é que sabes|o que vc sabe] sobre [máquinas de café|ténis de corrida|celulares]?",
            "vocês [estão abertos|abrem] ao domingo?",
            "[que tempo faz|como está o tempo] hoje [em Lisboa|no Rio|aí]?",
            "[hahaha ok|kkkk ok|ah ok, obrigado|boa noite, até amanhã]",
            "[conheces|vc conhece] algum restaurante bom [aqui perto|no centro]? [estou aborrecido|tô entediado|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "consentimento para [rastreamento|cookies|localização|definição de perfis] retirado[ por favor|]",
            "não quero mais que usem os meus dados para [análises|perfis|personalização]. retiro o meu consentimento",
            "{hi}onde posso retirar o consentimento [ao tratamento dos dados|ao rastreamento]? já não quero",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Portability, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVou mudar de fornecedor e pretendo exercer o meu direito à portabilidade dos dados[ (artigo 20.º do RGPD)|]. Solicito que me enviem {data} num formato estruturado, de uso corrente e de leitura automática[, por exemplo CSV ou JSON|]. {acct}\n\n{sign}",
            "{greet}\n\nVou trocar de empresa e quero exercer meu direito à portabilidade dos dados (art. 18, V da LGPD). Peço que enviem {data} em formato estruturado e interoperável[, como CSV ou JSON|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nContestei a exatidão [da minha morada|da minha data de nascimento|da dívida registada na minha conta]. Enquanto verificam, solicito a limitação do tratamento dos meus dados[ (artigo 18.º do RGPD)|]: podem conservá-los, mas não os utilizem para mais nada. {acct}\n\n{sign}",
            "{greet}\n\nSolicito o bloqueio dos meus dados (art. 18, IV da LGPD) enquanto a divergência sobre [meu endereço|meu cadastro|a cobrança indevida] não for resolvida. Os dados não devem ser usados até lá. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPor motivos relacionados com a minha situação particular, oponho-me ao tratamento dos meus dados pessoais [para fins de análise|para definição de perfis de cliente|para avaliação de crédito] com base no vosso interesse legítimo[ (artigo 21.º, n.º 1, do RGPD)|]. Peço que cessem esse tratamento. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nO meu pedido de [pagamento em prestações|crédito|abertura de conta] foi recusado automaticamente em poucos segundos. Não aceito que a decisão seja tomada exclusivamente com base em tratamento automatizado[ (artigo 22.º do RGPD)|]; peço a intervenção de uma pessoa para reapreciar o pedido e que me expliquem os motivos. {acct}\n\n{sign}",
            "{greet}\n\nMeu pedido de [crédito|parcelamento] foi negado automaticamente. Com base no art. 20 da LGPD, solicito a revisão dessa decisão, tomada unicamente com base em tratamento automatizado, e informações sobre os critérios utilizados. {acct}\n\n{sign}",
        ]},
        // ---- formal letters in the legal register (RGPD for Portugal, LGPD for Brazil), the
        // other labels, combined requests
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Exercício do direito de retificação (artigo 16.º do RGPD)\n\nOs dados pessoais que a {co} conserva a meu respeito estão inexatos. [A minha data de nascimento está registada como {date}, o que não é correto.|O meu apelido está mal escrito nos vossos registos; a grafia correta é {last}.|Nos vossos registos consta uma dívida que liquidei integralmente em {date}.|Continuam a utilizar a minha morada antiga; resido agora na {street}, {d}{d}, {city}.] {acct}\n\nNos termos do artigo 16.º do Regulamento Geral sobre a Proteção de Dados, tenho o direito de obter, sem demora injustificada, a retificação dos dados pessoais inexatos que me digam respeito. Solicito que corrijam os vossos registos, que comuniquem a retificação a cada destinatário nos termos do artigo 19.º e que ma confirmem por escrito {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Correção de dados incompletos, inexatos ou desatualizados (art. 18, III da LGPD)\n\nVenho, com fundamento no art. 18, inciso III, da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais), requerer a correção dos meus dados cadastrais: [meu nome está grafado de forma errada; o correto é {name}|minha data de nascimento está registrada incorretamente|meu endereço está desatualizado; moro atualmente na {street} {d}{d}{d}, {city}|consta um débito que já foi quitado em {date}]. {acct}\n\nSolicito que a correção seja comunicada aos agentes com os quais os dados tenham sido compartilhados e que me seja confirmada {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Retirada do consentimento (artigo 7.º, n.º 3, do RGPD)\n\nVenho por este meio retirar, com efeitos imediatos, todos os consentimentos que prestei à {co} para o tratamento dos meus dados pessoais, nomeadamente para a definição de perfis e publicidade personalizada. {acct}\n\nSolicito que me confirmem por escrito quais os tratamentos que foram cessados {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Revogação do consentimento (art. 8º, § 5º, e art. 18, IX da LGPD)\n\nVenho, por meio desta, revogar o consentimento que forneci à {co} para o tratamento dos meus dados pessoais, em especial para [publicidade personalizada|compartilhamento com parceiros|análise do meu perfil de consumo]. {acct}\n\nSolicito a confirmação da revogação {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Oposição à cedência e venda dos meus dados pessoais\n\nTive conhecimento de que a {co} cede ou vende dados dos seus clientes a [parceiros comerciais|empresas de marketing|corretores de dados]. Venho por este meio opor-me a qualquer cedência, aluguer ou venda dos meus dados pessoais a terceiros e, caso esta se baseie no meu consentimento, retiro-o. {acct}\n\nSolicito ainda que me indiquem, nos termos do artigo 15.º do RGPD, a que destinatários os meus dados já foram comunicados, {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Oposição ao compartilhamento e à venda dos meus dados pessoais\n\nTomei conhecimento de que a {co} compartilha dados de clientes com [parceiros comerciais|empresas de publicidade|birôs de dados]. Com base na LGPD, não autorizo o compartilhamento nem a venda dos meus dados pessoais a terceiros e, se houver consentimento anterior, revogo-o. Solicito ainda, nos termos do art. 18, VII, a informação das entidades com as quais meus dados foram compartilhados. {acct}\n\nAguardo resposta {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Oposição ao tratamento para efeitos de comercialização direta (artigo 21.º, n.º 2, do RGPD)\n\nVenho por este meio opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis relacionada com essa comercialização. Nos termos do artigo 21.º, n.º 3, do RGPD, os meus dados deixam de poder ser tratados para esse fim. A oposição abrange e-mail, correio, telefone e SMS. {acct}\n\nSolicito que me confirmem {prazo_rgpd} que os meus dados foram retirados de todas as listas de marketing.{queixa_pt}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}posso exportar os meus dados em [CSV|JSON|ficheiro]? vou mudar de operador",
            "vocês conseguem transferir meus [dados|pedidos|dados da conta] direto pro meu novo fornecedor?",
            "preciso dos meus dados num formato legível por máquina[, como faço?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vou [migrar|passar] pra [outra plataforma|a concorrência|outra app] e [quero|queria] levar [o meu histórico|as minhas playlists|o meu histórico de compras] [comigo|junto]. [tem como|dá pra|há forma de] [baixar|fazer download de] tudo num [arquivo|ficheiro] [csv|json]?",
            "{hi}[onde fica|cadê] o botão de [export|exportar dados|download dos dados]? [preciso|quero] [um backup|uma cópia em json|um csv] dos meus dados pra [importar|carregar] noutro serviço",
            "[mudei|troquei] de [banco|operadora|ginásio|seguradora] e o novo [pediu|quer] o meu histórico. [vocês conseguem|podem] [mandar|enviar] os meus dados [direto|diretamente] [pra eles|à nova empresa] [em formato digital|num ficheiro estruturado]?",
            "[quero|queria] [fazer download|o export] de [todas as minhas fotos e posts|os dados da minha conta|os meus contactos e mensagens] [num formato|em formato] que dê pra [abrir|importar] noutra app. [é possível|dá|consegue]?",
            "[print|pdf] não serve, [preciso|quero] [os meus dados|o histórico da conta] em [CSV|JSON|ficheiro estruturado] pra [levar|transferir] pra [outro fornecedor|a nova app]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [não dá para|não há forma de] [exportar|descarregar|baixar] os meus dados [em CSV|num ficheiro|num arquivo]. [quero|preciso de] levá-los para [outra app|outro serviço]!",
            "@{co} [vou mudar|estou a mudar|to mudando] para a concorrência. [enviem-me|me mandem] [todos os meus dados|o meu histórico] em [CSV|JSON|formato legível] [pra|para] importar [lá|no novo serviço]",
            "⭐⭐ [app boa|gosto da app] mas [cadê|onde está] o [export|exportar dados]? [direito à portabilidade|portabilidade de dados] [existe|é lei]. [quero|exijo] os meus dados [num ficheiro|em json|em csv]",
            "[transfiram|enviem|passem] os meus dados [diretamente|] para [o meu novo banco|a nova operadora|o novo fornecedor], {co}. [portabilidade|LGPD art. 18|RGPD art. 20]. ⭐",
            "[quero|queria] [baixar|descarregar] [as minhas playlists|o meu histórico|as minhas fotos e dados] num [arquivo|ficheiro] que dê [pra|para] [abrir noutro sítio|importar em outro app]. [como faço|é possível]?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] [exportar|baixar|descarregar] os meus dados [em CSV|em JSON|num ficheiro|num arquivo] pra [levar|passar] para outro [serviço|app|banco]?",
            "[podem|vocês podem|vcs podem] [enviar|transferir] [os meus dados|meu histórico] diretamente para [a nova operadora|o meu novo banco|outro fornecedor]?",
            "é possível [receber|ter] [todos os meus dados|o meu histórico] num [ficheiro|arquivo] [CSV|JSON|legível por máquina] para [mudar de|migrar para outro] serviço?",
            "onde [consigo|posso] [exportar|baixar] [as minhas playlists e dados|meus dados] num formato que [outro app|outro serviço] consiga importar?",
            "a quem [peço|devo pedir] a portabilidade [dos meus dados|do meu histórico] para [outra empresa|o novo fornecedor]? [vou mudar de fornecedor|quero levar tudo]",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Exercício do direito de portabilidade dos dados (artigo 20.º do RGPD)\n\nNos termos do artigo 20.º do Regulamento Geral sobre a Proteção de Dados, solicito que me forneçam os dados pessoais que forneci à {co}, nomeadamente [os dados da minha conta, o histórico de encomendas e as preferências|o meu perfil, as transações e os conteúdos carregados|os dados de contrato e de consumo], num formato estruturado, de uso corrente e de leitura automática, como CSV ou JSON. {acct}[ Sempre que tecnicamente possível, peço que os transmitam diretamente ao meu novo fornecedor.|]\n\nAgradeço resposta {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Portabilidade dos dados (art. 18, V da LGPD)\n\nCom fundamento no art. 18, inciso V, da Lei Geral de Proteção de Dados Pessoais, requeiro a portabilidade dos meus dados pessoais a [outro fornecedor de serviço|outra instituição financeira|outra operadora], em formato estruturado e interoperável. {acct}\n\nAguardo o atendimento da solicitação {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "não usem os meus dados até corrigirem [a minha morada|a minha data de nascimento|o erro na fatura]",
            "vocês podem bloquear meus dados enquanto [a reclamação|a contestação] não for resolvida? não é pra apagar, só não usar",
            "{hi}peço a limitação do tratamento dos meus dados até isto estar esclarecido",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[tenho|abri] [uma disputa|uma reclamação|um processo] com vocês por causa [da fatura|de uma cobrança errada|do pedido {order}]. até isso [se resolver|estar resolvido], [congelem|suspendam|ponham em pausa] o uso dos meus dados, mas [não apaguem nada|NÃO apaguem nada|guardem tudo]",
            "[o meu advogado|a minha advogada] disse pra pedir: não [deletem|apaguem] os meus dados porque vou precisar deles [em tribunal|num processo], mas [parem de os usar|não os usem pra mais nada] [entretanto|por enquanto]",
            "[vocês dizem que|segundo vocês] os meus dados estão certos, eu digo que [não|estão errados]. enquanto [verificam|confirmam|checam], [pausem|suspendam|travem] [o tratamento|qualquer uso] deles[ por favor| pf|]",
            "{hi}não quero apagar a conta, só [quero|queria] que [fique|ficasse] [congelada|em stand-by|bloqueada] [e que ninguém mexa nos meus dados|sem uso dos meus dados] até [eu decidir|resolvermos o problema]",
            "contestei [a cobrança|o débito] de {amount} [no dia|em] {date}. [não mexam|nao mexam] nos meus dados [enquanto isso|até haver resposta] - [limitem|restrinjam] o uso, [sem apagar|sem eliminar nada]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [contestei|reclamei d]a cobrança [e continuam|e vocês continuam] a usar os meus dados. [suspendam|bloqueiem|congelem] o tratamento [até resolverem|enquanto isso não se resolve]. [não é para apagar|não apaguem nada]!",
            "@{co} [os meus dados estão errados|a minha morada está errada] [e ainda não verificaram|e estão a verificar]. [até lá|enquanto isso], [não usem|parem de usar] os meus dados [para nada|pra nada]. [mas não apaguem|não quero que apaguem]",
            "⭐⭐ [preciso que guardem|guardem] os meus dados [porque|pois] [vou para tribunal|vou abrir um processo|tenho uma ação contra vocês], mas [parem de os tratar|não os usem para mais nada] [entretanto|por enquanto]",
            "[não quero|nao quero] apagar a conta, só quero que [congelem|bloqueiem|suspendam] o uso dos meus dados [por agora|temporariamente]. {co}, [isto é possível?|limitem o tratamento, pf]",
            "[limitação do tratamento|restrição do tratamento], @{co}! [mantenham os dados|guardem tudo] [mas não mexam neles|sem os usar] até [a minha reclamação|a disputa] [ser resolvida|terminar]. ⭐",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] [suspender|congelar|bloquear] o [uso|tratamento] dos meus dados enquanto [a reclamação|a disputa] não [for resolvida|se resolve]? não quero apagar",
            "[podem|vocês podem|vcs podem] [parar de usar|deixar de usar] [os meus dados|meus dados] [por agora|por enquanto] sem [apagar|excluir] [nada|a conta]?",
            "é possível [limitar|restringir] o tratamento dos meus dados [até verificarem|enquanto verificam] se [a morada|as informações] [está correta|estão corretas]?",
            "onde [peço|solicito] para [congelarem|bloquearem] [os meus dados|meus dados] [sem os apagar|sem excluir]? preciso deles para [um processo|uma ação judicial]",
            "o que tenho [de|que] fazer para vocês [guardarem|manterem] [os meus dados|meus dados] mas [não os usarem|não usarem] para nada [até|enquanto] [o caso se resolve|a contestação está em curso]?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Pedido de limitação do tratamento (artigo 18.º do RGPD)\n\nContesto a exatidão dos dados que a {co} conserva a meu respeito, em particular [a minha morada|a minha data de nascimento|o registo de uma dívida por pagar]. {acct} Nos termos do artigo 18.º, n.º 1, alínea a), do RGPD, solicito a limitação do tratamento dos meus dados durante o período necessário para verificarem a sua exatidão.\n\nDurante a limitação, os dados só podem ser conservados e não podem ser objeto de qualquer outro tratamento sem o meu consentimento. Peço que me informem antes de a limitação ser levantada, conforme o artigo 18.º, n.º 3, e que ma confirmem {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Bloqueio de dados (art. 18, IV da LGPD)\n\nCom fundamento no art. 18, inciso IV, da LGPD, requeiro o bloqueio dos meus dados pessoais [tratados em desconformidade com a lei|desnecessários para a prestação do serviço|objeto de contestação quanto à sua exatidão] até que a questão seja resolvida. {acct}\n\nSolicito a confirmação do bloqueio {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "oponho-me a que usem os meus dados para [as vossas análises|o vosso scoring|estudos internos][.|!|]",
            "{hi}como faço pra me opor ao tratamento dos meus dados com base no legítimo interesse? tá na política de privacidade",
            "parem de analisar os meus [dados de utilização|dados de localização] para fins próprios, oponho-me",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[descobri|vi] na [política de privacidade|letra miudinha] que vocês [fazem profiling|traçam um perfil] [do meu comportamento|dos meus hábitos de compra] com base no \"interesse legítimo\". [não concordo|não aceito|discordo] e [quero que parem|exijo que parem] com isso no meu caso",
            "por que [é que|] os meus dados [vão|são passados] pras outras empresas do grupo {co}? [não autorizei|nunca pedi isso]. [me oponho|oponho-me|sou contra] a essa partilha interna",
            "{hi}[não quero|nao quero] entrar nas vossas [estatísticas|análises de comportamento|métricas de analytics]. [tirem|excluam] os meus dados [disso|dessas análises], [sou contra esse tratamento|discordo desse tratamento]",
            "a {co} [calcula|faz] um [score|\"score de risco\"|perfil de risco] sobre mim [sem eu saber|com os meus dados de compra]? [isso comigo não|nao concordo]: [me oponho|oponho-me] a esse tratamento [pela|com base na] minha situação [pessoal|particular]",
            "[fiquei a saber|soube] que [monitorizam|rastreiam|analisam] [como uso a app|cada clique meu] pra \"melhorar o serviço\" [por interesse legítimo|alegando interesse legítimo]. [não quero isso|isso não é comigo]: [oponho-me|me oponho] a esse uso dos meus dados",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [a {co}|vocês] [faz|fazem] [perfil|profiling|análise de comportamento] de [tudo|cada clique]. [oponho-me|me oponho|sou contra] a [esse tratamento|isso] com os meus dados!",
            "@{co} [não autorizei|não aceito] que [analisem|estudem] o meu [comportamento|uso da app] [para o vosso \"interesse legítimo\"|com base em interesse legítimo]. [oponho-me|me oponho] [a isso|a esse tratamento]",
            "⭐⭐ descobri que [partilham|compartilham] os meus dados com [as outras empresas do grupo|o resto do grupo]. [não concordo|oponho-me] e [quero que parem|parem com isso][, não é marketing, é o tratamento em si|]",
            "[não quero|nao quero] os meus dados usados [em|para] [scoring|pontuação de risco|análise de crédito interna] [só porque|com a desculpa de que] [é interesse legítimo|vos convém]. [exerço o direito de oposição|oposição, art. 21]",
            "[parem de|deixem de] [fazer análises|usar analytics|fazer estatísticas] com os [meus dados|dados da minha conta]. [oposição|objeção] ao tratamento. ⭐",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] me opor [à análise do meu comportamento|ao perfil que vocês fazem de mim|à definição de perfis]?",
            "[podem|vocês podem|vcs podem] [parar de|deixar de] [analisar|usar] [as minhas compras|meus hábitos de compra] para [criar um perfil|fazer estatísticas]? eu me oponho",
            "é possível [opor-me|me opor] à [partilha|compartilhação] dos meus dados [com as outras empresas do grupo|dentro do grupo {co}]?",
            "onde [apresento|faço] [oposição|uma objeção] ao tratamento [com base no interesse legítimo|por interesse legítimo] da {co}?",
            "o que tenho [de|que] fazer para [não usarem|vocês não usarem] [os meus dados|meus dados] no [scoring de crédito|modelo antifraude|perfil de risco]? [não concordo com isso|oponho-me]",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Exercício do direito de oposição (artigo 21.º, n.º 1, do RGPD)\n\nSegundo a vossa política de privacidade, a {co} trata os meus dados pessoais [para avaliar a minha solvabilidade|para fins de análise e melhoria dos serviços|para segmentar os clientes] com base no seu interesse legítimo (artigo 6.º, n.º 1, alínea f), do RGPD). Oponho-me a esse tratamento por motivos relacionados com a minha situação particular: [fui vítima de usurpação de identidade|exerço uma profissão que exige confidencialidade quanto à minha localização|o tratamento já me causou prejuízos]. {acct}\n\nDeixam de poder tratar os meus dados para esses fins, salvo se apresentarem razões imperiosas e legítimas que prevaleçam sobre os meus interesses, direitos e liberdades. Peço que me confirmem a cessação do tratamento {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Oposição ao tratamento de dados (art. 18, § 2º da LGPD)\n\nCom fundamento no art. 18, § 2º, da Lei Geral de Proteção de Dados Pessoais, manifesto minha oposição ao tratamento dos meus dados pessoais [para análise de comportamento|para formação de perfil|para fins de pesquisa interna], realizado sem o meu consentimento com base no legítimo interesse da {co}, por não atender ao disposto na lei. {acct}\n\nSolicito que o tratamento seja interrompido e confirmado {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "recusaram [o meu crédito|o pagamento em prestações|a abertura de conta] [automaticamente|com um algoritmo]. quero que uma pessoa veja isso",
            "{hi}essa decisão foi automática? quero revisão por uma pessoa",
            "não quero ser avaliado por [um algoritmo|uma IA]. quem pode rever o meu pedido?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[minha conta|a minha conta] foi [bloqueada|suspensa|desativada] [do nada|sem aviso] e [o suporte|o chat] só diz que \"o sistema detetou atividade suspeita\". [quero|exijo] que um humano [analise|reveja|olhe pro] meu caso, não um robô",
            "[candidatei-me|me candidatei] [à vaga|ao estágio|ao emprego] e fui [rejeitado|rejeitada|eliminado] em [2 minutos|segundos]. [foi um bot|foi um algoritmo] que decidiu? [quero|queria] [uma revisão humana|que alguém de carne e osso veja o meu cv]",
            "{hi}o [cartão|empréstimo|aumento de limite] foi [negado|recusado] [pela app|pelo sistema] [sem explicação|em segundos]. que critérios o algoritmo usou? [quero contestar isso|vou contestar] [e falar com uma pessoa|junto de um humano]",
            "[o preço|o prémio do seguro|a mensalidade] que a app me [mostra|cobra] é [muito mais alto|o dobro] do que [o do meu amigo|dos outros]. [foi o algoritmo?|é cálculo automático?] [quero|exijo] que [alguém|um funcionário] [reveja|verifique] isso [manualmente|à mão]",
            "[ser recusado|levar um não] por [uma máquina|um robô|um algoritmo] [sem falar com ninguém|sem ninguém ver] não dá. [contesto|quero contestar] a [decisão|recusa] [do pedido {order}|do meu pedido de crédito] e [quero intervenção humana|peço que um humano decida]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrela. [crédito|empréstimo|financiamento] [recusado|negado] [em 2 segundos|na hora] por um algoritmo. [quero|exijo] que uma pessoa [reveja|analise] o meu pedido!",
            "@{co} [bloquearam|suspenderam] a minha conta [automaticamente|pelo sistema] sem explicação. [quero|peço] revisão [humana|por um humano] e [saber|que me expliquem] [porquê|por que motivo|qual foi o critério]",
            "⭐ o [sistema|algoritmo] [rejeitou|recusou] a minha candidatura [sem ninguém olhar|sem nenhuma pessoa ver]. [contesto|não aceito] essa decisão automática[. quero falar com um humano|, quero uma revisão]",
            "[porque é que|por que] o [preço|seguro|prémio] [para mim|que me mostram] é [mais caro|diferente]? [se foi o algoritmo|se foi decidido automaticamente], [expliquem a lógica|quero saber como funciona] e [que alguém reveja|revejam manualmente]. ⭐⭐",
            "[decisão automatizada|decisão automática] [injusta|errada]! @{co} [um humano|uma pessoa] [tem de|precisa] [rever|analisar] o [meu caso|bloqueio|cartão recusado]. [art. 22 RGPD|art. 20 LGPD]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}como [faço para|posso] [contestar|recorrer de] [a recusa do empréstimo|o crédito recusado] que [o sistema|o algoritmo] decidiu sozinho?",
            "[uma pessoa pode|alguém pode|vcs podem pôr alguém a] [rever|analisar] [o bloqueio da minha conta|a decisão de recusa]? foi [automática|feita por algoritmo]",
            "é possível [falar com|ter] um humano [a rever|pra rever] a [decisão automática|decisão do algoritmo] que [recusou|rejeitou] [o meu pedido|minha candidatura]?",
            "onde [posso|consigo] [pedir|saber] [a lógica|os critérios] que o algoritmo usou para [me recusar o crédito|subir o meu preço|bloquear minha conta]?",
            "a quem [escrevo|devo escrever] para [contestar|pedir revisão humana de] [a decisão automática|uma decisão tomada por sistema] [sobre o meu crédito|na minha candidatura]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Decisões individuais automatizadas (artigo 22.º do RGPD)\n\nEm {date}, o meu pedido de [crédito|pagamento em prestações|abertura de conta] foi recusado [em poucos segundos|automaticamente] e sem qualquer justificação. Entendo que esta decisão se baseia exclusivamente no tratamento automatizado, incluindo a definição de perfis, e que me afeta significativamente. {acct}\n\nNos termos do artigo 22.º do RGPD, solicito:\n\n1. a intervenção humana, ou seja, a reapreciação do pedido por uma pessoa com poder para alterar a decisão;\n2. informações úteis sobre a lógica subjacente e os principais fatores da decisão;\n3. a possibilidade de manifestar o meu ponto de vista e contestar a decisão.\n\nAgradeço resposta {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Revisão de decisão automatizada (art. 20 da LGPD)\n\nEm {date}, meu pedido de [crédito|parcelamento|abertura de conta] foi negado de forma automática. Com fundamento no art. 20 da Lei nº 13.709/2018, solicito a revisão dessa decisão, tomada unicamente com base em tratamento automatizado de dados pessoais, bem como informações claras e adequadas a respeito dos critérios e procedimentos utilizados. {acct}\n\nAguardo retorno {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Retirada do consentimento (artigo 7.º, n.º 3) e pedido de apagamento (artigo 17.º do RGPD)\n\nVenho por este meio retirar, com efeitos imediatos, todos os consentimentos que prestei à {co} para o tratamento dos meus dados pessoais. Não existindo outro fundamento jurídico para o tratamento, solicito igualmente, nos termos do artigo 17.º, n.º 1, alínea b), o apagamento de todos os dados que me digam respeito. {acct}\n\nPeço que me confirmem por escrito a retirada e o apagamento {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Revogação do consentimento e eliminação dos dados (art. 18, VI e IX da LGPD)\n\nRevogo o consentimento fornecido à {co} e requeiro, com fundamento no art. 18, incisos VI e IX, da LGPD, a eliminação dos meus dados pessoais tratados com base nesse consentimento. {acct}\n\nAguardo a confirmação {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Oposição à comercialização direta (artigo 21.º, n.º 2, do RGPD) e retirada do consentimento (artigo 7.º, n.º 3)\n\nOponho-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis relacionada. Retiro ainda todos os consentimentos prestados à {co} para receber comunicações comerciais por e-mail, SMS ou telefone. {acct}\n\nPeço que me confirmem {prazo_rgpd} que os meus dados foram retirados de todas as listas de marketing.{queixa_pt}\n\n{sign_formal}",
            "{greet}\n\nPeço que me retirem de todas as listas de marketing. Revogo também o consentimento que dei no cadastro para [newsletter e ofertas|ligações e SMS promocionais|ofertas personalizadas]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Direito de acesso (artigo 15.º) e direito de portabilidade (artigo 20.º do RGPD)\n\nSolicito uma cópia de todos os dados pessoais que a {co} trata a meu respeito, bem como as informações previstas no artigo 15.º, n.º 1. {acct} Além disso, nos termos do artigo 20.º, peço que me forneçam os dados que vos forneci num formato estruturado, de uso corrente e de leitura automática, para os poder transmitir a outro fornecedor.\n\nAgradeço resposta {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_br}\n\nAssunto: Acesso e portabilidade dos dados (art. 18, II e V da LGPD)\n\nRequeiro acesso a todos os meus dados pessoais tratados pela {co} e, com fundamento no art. 18, inciso V, a portabilidade desses dados em formato estruturado e interoperável, para transferi-los a outro fornecedor. {acct}\n\nAguardo resposta {prazo_lgpd}.{queixa_br}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Oposição (artigo 21.º, n.º 1) e limitação do tratamento (artigo 18.º, n.º 1, alínea d), do RGPD)\n\nPor motivos relacionados com a minha situação particular, oponho-me ao tratamento dos meus dados [para definição de perfis|para fins de análise|para avaliação de solvabilidade] com base no vosso interesse legítimo. {acct} Enquanto não se verificar se os vossos motivos legítimos prevalecem sobre os meus, solicito a limitação do tratamento nos termos do artigo 18.º, n.º 1, alínea d).\n\nPeço que me confirmem ambas as medidas {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAssunto: Retificação (artigo 16.º) e limitação do tratamento (artigo 18.º, n.º 1, alínea a), do RGPD)\n\nOs dados que conservam a meu respeito estão inexatos: [consta uma falta de pagamento que nunca ocorreu|a minha data de nascimento está errada|utilizam uma morada onde não vivo há anos]. {acct} Solicito a sua retificação nos termos do artigo 16.º e, enquanto verificam a sua exatidão, a limitação do tratamento nos termos do artigo 18.º, n.º 1, alínea a), em particular que não os comuniquem a centrais de responsabilidades de crédito.\n\nPeço que me confirmem a retificação {prazo_rgpd}.{queixa_pt}\n\n{sign_formal}",
            "{greet}\n\nNo meu cadastro [a data de nascimento está errada|o endereço está errado|o histórico de pagamentos está errado]. Peço que corrijam e que não usem nem compartilhem esses dados até o erro ser corrigido. {acct}\n\n{sign}",
        ]},
    ],
};

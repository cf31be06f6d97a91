//! Spanish: Spain and Mexico (RGPD/LOPDGDD wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "es",
    locales: &[("es-ES", 60), ("es-MX", 25), ("es-US", 15)],
    first_names: &[
        "María", "Lucía", "Carmen", "Laura", "Marta", "Paula", "Elena", "Sara", "Ana", "Isabel",
        "Sofía", "Javier", "Carlos", "José", "Antonio", "Manuel", "David", "Daniel", "Alejandro",
        "Pablo", "Sergio", "Álvaro", "Jorge", "Raúl", "Andrés", "Diego", "Guadalupe", "Fernando",
    ],
    last_names: &[
        "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
        "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
        "Romero", "Navarro", "Torres", "Domínguez", "Ramos", "Castillo", "Ortega", "Núñez",
    ],
    email_domains: &["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com", "prodigy.net.mx"],
    decimal_comma: true,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &["Hola,", "Buenos días,", "Buenas tardes,", "Hola equipo de {co},", "Estimados señores:", "Muy señores míos:", "Buenas,"]),
        ("greet_formal", &["Muy señores míos:", "Estimados señores:", "A la atención del Delegado de Protección de Datos:"]),
        ("hi", &["hola ", "buenas ", "", "", "", "Hola, ", "buenos días, "]),
        ("thanks", &["Saludos,", "Un saludo,", "Gracias,", "Muchas gracias,", "Atentamente,", "Saludos cordiales,"]),
        ("sign", &["{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nEnviado desde mi iPhone", "{thanks}\n{name}\n{email}"]),
        ("sign_formal", &["Atentamente,\n\n{name}", "Sin otro particular, les saluda atentamente,\n\n{name}"]),
        ("street", &["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia", "Calle Real", "Avenida Reforma"]),
        ("city", &["280{d}{d} Madrid", "080{d}{d} Barcelona", "460{d}{d} Valencia", "410{d}{d} Sevilla", "500{d}{d} Zaragoza", "06{d}{d}0 Ciudad de México", "Los Ángeles, CA 900{d}{d}", "Miami, FL 331{d}{d}"]),
        ("address", &["{name}\n{street}, {d}{d}, {d}º\n{city}", "{name}\n{street} {d}{d}\n{city}"]),
        ("acct", &["Mi cuenta está registrada con el correo {email}.", "Mi correo es {email}.", "Cuenta: {email}", "Estoy registrado/a con la dirección {email}."]),
        ("data", &["mis datos personales", "todos mis datos", "todos los datos que tienen sobre mí", "los datos personales que conservan sobre mí"]),
        ("product", &["los auriculares", "la cafetera", "la chaqueta", "la funda del móvil", "la aspiradora", "las zapatillas", "la lámpara", "la mochila"]),
        ("agent", &["Agente: {co}, buenos días, le atiende Lucía, ¿en qué puedo ayudarle?\n"]),
        ("agent_verify", &["Agente: Claro. ¿Me puede indicar el correo de la cuenta?\nCliente: Sí, {email}.\n", "Agente: De acuerdo. ¿Su fecha de nacimiento?\nCliente: El {date}.\n"]),
        ("agent_close", &["Agente: Queda registrado, le llegará una confirmación por correo.\nCliente: Gracias, adiós."]),
        ("deadline", &["en el plazo de un mes previsto en el RGPD", "sin dilación indebida y, en todo caso, en el plazo de un mes"]),
        ("escalate", &[" De no recibir respuesta, presentaré una reclamación ante la Agencia Española de Protección de Datos.", ""]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿me pueden enviar una copia de [mis datos|todos mis datos]?",
            "qué datos [tienen|tenéis] sobre mí[?| exactamente?]",
            "quiero saber qué información [guardan|guardáis] de mí",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}me he cambiado de [compañía|banco|gimnasio] y me ha entrado la curiosidad: ¿qué [sabéis|saben|tienen guardado] de mí? [mandadme|mándenme|pásenme] [todo|una copia][ porfa| por favor|]",
            "me salió un anuncio [demasiado específico|rarísimo|que sabía demasiado] después de usar la app de {co}. [que info|qué información|que datos] [recopilan|almacenan|tienen] sobre mi? [quiero verlo todo|quiero la lista completa]",
            "tenía una cuenta vieja en {co}[ con el correo {email}|] y [ni me acordaba|ya ni me acordaba de ella]. ¿se puede ver [qué quedó registrado|qué datos siguen ahí|el historial que tenéis de mí]?",
            "[hola|buenas|buenas noches] {co}, [quiero|quisiera] un [resumen|informe|export en pdf] de [toda la info personal|todos los datos personales] que [tienen|tenéis] [en mi cuenta|en mi ficha|sobre mí]. [es mi derecho|el RGPD me lo permite|tengo derecho de acceso][ no?|]",
            "[preocupado|preocupada|un poco paranoico] con la privacidad después de [la filtración|lo que salió en las noticias]. ¿me [pueden|podéis] decir [exactamente|] qué datos míos [guardan|guardáis] y [para qué los usan|con quién los comparten]?",
            "la app [esta bien|mola|está ok] pero no encuentro [en ningun lado|por ningún sitio] dónde ver los datos que [guardan|tienen] de mi. [como pido|dónde solicito|cómo consigo] una copia[?| de eso?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [pedí|solicité] [una copia de mis datos|acceso a mis datos] y [nadie contesta|nada de nada]. @{co} quiero saber qué datos personales [tenéis|tienen] sobre mí!",
            "⭐ @{co} [quiero ver|enseñadme|muéstrenme] [todo lo que|todos los datos que] [guardáis|guardan|habéis recopilado|han recopilado] sobre mí[. es mi derecho|, RGPD art. 15|]",
            "la app [está bien|no está mal], pero [dónde|cómo] [pido|solicito] una [copia|lista] de mis datos personales? [ya escribí al soporte y nada|el soporte no sabe responder]. [2 estrellas|⭐⭐]",
            "@{co} [hola|buenas], [me podéis|me pueden] [enviar|mandar|pasar] [un informe|un resumen|una copia] de [toda la información|todos los datos] que [tenéis|tienen] [de mí|sobre mí]? [gracias|graciass]",
            "[pésima|horrible] atención. quiero saber [exactamente|] qué datos [míos|] [tiene|guarda] {co} y con quién los [comparte|cede], y llevo [semanas|un mes] esperando respuesta. [1 estrella|⭐]",
            "que informacion tiene {co} de mi?? [exijo|quiero] [acceso a mis datos|ver mis datos] [ya|ahora]. #privacidad",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [puedo|hago para] [ver|saber] qué datos [personales|] tenéis [de mí|sobre mí]?",
            "¿[me podéis|me pueden|podrías] [mandar|enviar|pasar] una copia de [mis datos|toda mi información personal]?",
            "es posible saber [que|qué] [informacion|información|datos] [guarda|tiene] {co} sobre mi?",
            "¿dónde [puedo|se puede] [pedir|solicitar|descargar] [una copia de|] todo lo que tenéis [guardado|registrado] sobre mí?",
            "¿qué tengo que hacer para que me [digáis|digan|enseñéis] [qué datos míos tenéis|los datos que tienen de mí]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMe gustaría recibir una copia de {data}[, incluido el historial de pedidos|]. {acct}\n\n{sign}",
            "{greet}\n\nEn virtud del artículo 15 del RGPD, solicito que me informen de qué datos personales tratan sobre mí, con qué finalidad y a quién se han comunicado. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de acceso (artículo 15 del RGPD)\n\nPor medio del presente escrito ejerzo mi derecho de acceso y solicito que me faciliten copia de todos los datos personales que {co} trata sobre mí. {acct} Solicito asimismo información sobre los fines del tratamiento, las categorías de datos, los destinatarios a los que se han comunicado, el plazo de conservación, el origen de los datos y la existencia de decisiones automatizadas, incluida la elaboración de perfiles.\n\nRuego me contesten {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[borren|borrad|eliminen] mi cuenta[ y todos mis datos|][ por favor|.|]",
            "quiero que [borren|eliminen] mis datos [ya|cuanto antes|]",
            "¿cómo elimino mi cuenta [definitivamente|para siempre]?",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hace [meses|años|siglos] que no uso [la app|el servicio|esto]. [cierren|cerrad|dad de baja] [mi cuenta|la cuenta {email}] y [suprimid|quiten] [todo lo que tengan|toda la info] sobre mí[ porfa| pf| por favor|]",
            "{hi}me he pasado a la competencia y no quiero dejar rastro aquí. [quiero|quisiera] la cuenta [cerrada|dada de baja] [del todo|definitivamente] y los datos [suprimidos|destruidos|fuera] [tb|también]",
            "[tuve una experiencia horrible|me atendieron fatal|me llevé una decepción enorme] con {co}. no quiero [nada|ningún registro] mío con vosotros: [quitad|suprimid|borrad] todo[!|.|]",
            "encontré una cuenta antigua [con mi correo|a mi nombre] {email} que ni sabía que existía. ¿cómo la [cierro|quito|doy de baja] [y los datos también|con historial y todo]?",
            "[hola|buenas] {co}, [se puede|es posible|pueden] [quitar|suprimir|dar de baja] [mi perfil|mi registro|mi cuenta] [con todo lo asociado|junto con todos los datos]? me preocupa la privacidad",
            "[desinstalé la app|cancelé la suscripción|terminé el contrato] pero [la cuenta|el perfil] sigue ahí. [quiero desaparecer de ahí|quiero que me olviden|ejerzo el derecho al olvido]: [supriman|quiten] [todos mis datos|todo]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [borrad|borren|eliminad|eliminen] mi cuenta [y todos mis datos|y mis datos|] [de una vez|ya]!",
            "⭐ [imposible|no hay forma de] [borrar|eliminar|dar de baja] la cuenta [desde la app|en la app]. @{co} [quiero|exijo] mi cuenta [borrada|eliminada] y mis [datos|datos personales] [borrados|suprimidos] [hoy|ya|urgente]",
            "@{co} [pedí|solicité] [la supresión|el borrado|la eliminación] de mis datos hace [un mes|dos semanas] y [la cuenta sigue activa|sigo recibiendo cosas|nada]. [borradlo todo|bórrenlo todo] [de una vez|por favor]",
            "[desinstalé|borré] la app pero la cuenta [sigue ahí|todavía existe]. [cómo elimino|cómo borro|cómo cierro] [mi cuenta|mi perfil] y [borro|elimino] mis datos? [2 estrellas|⭐⭐] hasta que lo arreglen",
            "no quiero saber nada mas de {co}. [borren|eliminen|borrad] [mi perfil|mi cuenta] [y todo lo que tengan de mí|con todos los datos]",
            "[derecho al olvido|derecho de supresión], {co}! [quiero|exijo] que [supriman|borren|eliminen] todos los datos personales [que tienen sobre mí|asociados a {email}]. ⭐",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [borro|elimino|doy de baja] mi cuenta [para siempre|definitivamente|del todo]?",
            "¿[podéis|pueden|me podéis] [borrar|eliminar] [todos mis datos|mi cuenta y mis datos]?",
            "se puede [eliminar|borrar] [mi cuenta|mi perfil] y [toda la informacion|todos los datos] que teneis de mi?",
            "¿dónde [se borra|elimino|cierro y borro] la cuenta? [quiero que no quede nada|quiero que borréis todo|]",
            "¿a quién [escribo|tengo que escribir] para que [borren|eliminen|borréis] [mis datos personales|mis datos] [de vuestra base de datos|del todo|]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nYa no utilizo [sus servicios|la aplicación] y les pido que eliminen mi cuenta y {data}. Les agradecería una confirmación.\n\n{sign}",
            "{greet}\n\nDe acuerdo con el artículo 17 del RGPD, solicito la supresión de {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de supresión (artículo 17 del RGPD)\n\nPor la presente solicito la supresión sin dilación indebida de todos los datos personales que me conciernen. {acct} Los datos ya no son necesarios para los fines para los que fueron recogidos y retiro cualquier consentimiento que hubiera otorgado.\n\nLes ruego que comuniquen la supresión a los destinatarios a los que se hayan comunicado mis datos y que me confirmen por escrito la supresión {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi apellido está mal escrito en la cuenta, es {last}",
            "¿pueden corregir mi fecha de nacimiento? está mal",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "me [mudé|he mudado] [el mes pasado|hace poco|hace unas semanas] y [las facturas|los pedidos|las cartas] siguen llegando a la dirección vieja. [actualicen|cambien|pongan] [mi dirección|mi domicilio] a {street} {d}{d}[ porfa|, gracias|]",
            "mi nombre [sale|aparece|está] [mal|con una errata|mal escrito] en el perfil, el bueno es {name}. [lo pueden arreglar|me lo cambiáis|se puede modificar]?",
            "[me llegó|recibí] una factura con [el DNI|el NIF|el RFC] [equivocado|cambiado|de otra persona]. [actualicen|arreglen|cambien] mis datos de facturación [porfa|por favor|urgente]",
            "cambié de [número|móvil|celular] y el [número viejo|antiguo] sigue en la cuenta. [pónganme|cambiadlo a|actualícenlo a] el 6{d}{d} {d}{d}{d} {d}{d}{d}[ porfa|, gracias|]",
            "me casé y [cambié|ahora uso otro] apellido. ¿[cómo actualizo|cómo cambio|me pueden cambiar] [el nombre|mis datos] [en la cuenta|en el perfil] a {name}?",
            "{hi}el correo [de la cuenta|de mi perfil] está [desactualizado|viejo], el [actual|bueno] es {email}. [cámbienlo|actualizadlo|pónganlo] [porfa|por favor|cuando puedan]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. mi nombre [está|sale] [mal escrito|equivocado] en la [cuenta|factura|app] y [no hay manera de|no puedo] [corregirlo|cambiarlo]. @{co} [corregidlo|corríjanlo]!",
            "@{co} [me mudé|me he mudado] y la dirección [sigue siendo|todavía es] la antigua. [actualicen|corrijan|actualizad] mi dirección a {street} {d}, {city}[ por favor|, porfa|]",
            "⭐⭐ la fecha de nacimiento [de mi perfil|en mi cuenta] está [mal|equivocada] y [el soporte no la corrige|nadie lo arregla]. [quiero que corrijan mis datos|rectifiquen mis datos personales][!|]",
            "[mi número de teléfono|mi móvil|mi celular] [ha cambiado|está desactualizado] y [la app no deja|no puedo] [editarlo|cambiarlo]. [podéis actualizar|pueden actualizar] mis datos[?|, por favor]",
            "[pusieron|tienen] mi apellido [mal|con el de otra persona] [en el registro|en mi ficha]. [rectifiquen|corrijan] [mis datos|mi ficha] [ya|urgente], {co}. [1 estrella|⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [cambio|corrijo|actualizo] [mi dirección|mi domicilio] [en la cuenta|en vuestro sistema|]? [me he mudado|está mal|]",
            "¿[podéis|pueden|me podéis] [corregir|cambiar] [mi fecha de nacimiento|mi apellido|mi nombre]? [está mal|sale mal escrito] [en la ficha|en el sistema|]",
            "es posible [actualizar|cambiar] el [numero|número] de [movil|móvil|teléfono] que teneis? el antiguo ya no es mio",
            "¿dónde [puedo|se pueden] [corregir|modificar] [mis datos personales|mis datos]? [el nombre está mal|la dirección está desactualizada|]",
            "¿qué tengo que hacer para que [corrijáis|corrijan] [mi nombre|mi segundo apellido] [en el sistema|en la cuenta]? [tiene una errata|está mal escrito]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[La dirección que tienen registrada|Mi fecha de nacimiento|Mi nombre] [no es correcta|está mal|está desactualizada]. Solicito su rectificación[ conforme al artículo 16 del RGPD|]. [Dirección correcta: {street} {d}{d}, {city}|Fecha correcta: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "no vendan mis datos a terceros[ por favor|]",
            "no quiero que compartan mis datos con [anunciantes|empresas de publicidad|terceros]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[leí|vi] [en las noticias|en twitter|en un artículo] que {co} [pasa|comercializa|revende] datos de clientes a [data brokers|empresas de publicidad|otras marcas]. los míos [no|NO]! [quiero quedar fuera de eso|no autorizo esa venta|sáquenme de esa cesión]",
            "[desde que me registré|desde que compré {product}] me llegan [llamadas|mensajes|spam] de empresas que [no conozco|ni sé quiénes son]. seguro que [mi número|mi contacto|mi correo] [se lo pasaron|lo vendieron] a alguien. [dejen de pasar|dejen de ceder|no quiero que sigan pasando] mis datos a [otras empresas|terceros]",
            "{hi}[donde está|dónde encuentro|dónde se pone] la opción de [\"no vender mis datos\"|\"do not sell\"|no compartir datos con socios] en la app? quiero [activarla|marcarla] [ya|hoy]",
            "[vale|ok|bien] que usen mis datos para enviarme los pedidos, pero [venderlos|pasarlos|cederlos] a [anunciantes|marcas asociadas|terceros] no. [desactiven|bloqueen|quiten] esa cesión en [mi cuenta|la cuenta {email}]",
            "[indignado|harta|mosqueado] con esto: mis datos [valen dinero|son míos], no son [mercancía|para vender]. [desde hoy|a partir de ahora] [prohíbo a {co} que los venda|no autorizo a {co} a venderlos|no permito que {co} los ceda] a [nadie|terceros|empresas de marketing]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. {co} [vende|pasa|comparte] los datos de sus clientes a [terceros|socios|empresas de publicidad]. [no vendáis|no vendan|dejad de vender] mis datos!",
            "@{co} [recibo|empecé a recibir] [llamadas|sms] de [empresas que no conozco|vuestros \"socios\"] desde que me registré. [dejad de compartir|no compartan] mis datos con [terceros|nadie]!",
            "⭐ [quiero|exijo] que [mis datos no se vendan|mis datos no se cedan|mi información no se venda] a [data brokers|brókers de datos|anunciantes|socios comerciales]. [dónde está la opción?|la app ni tiene esa opción]",
            "[no vendan|no vendáis|no vendas] [mis datos|mi info personal]. [punto|así de simple]. @{co}",
            "[he leído|leí] la política de privacidad y [compartís|comparten] datos con [anunciantes|socios]?? [dejad de pasar|dejen de pasar] los míos a terceros. [2 estrellas|⭐⭐]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿vendéis [mis datos|mi información] a [terceros|empresas de publicidad|anunciantes]? ¿cómo [lo paro|hago para que no lo hagáis]?",
            "¿[podéis|pueden|podríais] dejar de [vender|compartir|ceder] [mis datos|mi información personal] a [terceros|socios|anunciantes]?",
            "se puede [evitar|impedir] que {co} [venda|pase|ceda] mis datos a [otras empresas|data brokers|terceros]?",
            "¿dónde [desactivo|marco|está] la opción de [no vender|no compartir] [mis datos|mi información personal] con terceros?",
            "¿qué tengo que hacer para que no [vendáis|vendan|cedáis] [mis datos|mi información] a [nadie|terceros|otras empresas]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMe opongo a la cesión y venta de mis datos personales a terceros, en particular con fines publicitarios. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[BAJA|baja|darme de baja]",
            "dejen de enviarme [publicidad|correos promocionales|SMS][ por favor|!|]",
            "¿cómo me doy de baja del boletín? el enlace no funciona",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "me llegan [3|4|5] [newsletters|mails de promo] al día de vosotros, [es spam puro|esto es spam|es demasiado]. [sacadme|sáquenme|quitadme] de la [mailing list|lista de correo|lista de marketing][ porfa|!|]",
            "[basta de|se acabaron las|paren las] llamadas ofreciéndome [promociones|tarifas|upgrades]! no quiero que me contacten para [publicidad|marketing][, gracias|]",
            "el link de [unsubscribe|cancelar suscripción|desuscribirse] [al final del correo|del mail] [no va|da error|lleva a una página en blanco]. ¿cómo dejo de recibir la newsletter?",
            "{hi}[quiten|eliminen] {email} de todas sus [campañas|comunicaciones comerciales|listas de ofertas][ porfa|, gracias|]",
            "[compré|pedí] {product} una vez y [desde entonces|ahora] es [SMS|whatsapp|mail] con [descuentos|ofertas|black friday] todos los días. [no quiero más ofertas|paso de la publicidad], [cómo lo desactivo?|desactívenlo ya.]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [spam|publicidad] [todos los días|a todas horas]. [sacadme|sáquenme|quitadme] de la [newsletter|lista de correos|lista de envíos]!",
            "@{co} [ya le di|ya he dado] a darme de baja [tres|mil] veces y sigo recibiendo [correos promocionales|promociones|newsletters]. [parad|basta ya]!",
            "⭐ [sms|mensajes] de [ofertas|promociones] [a las 8 de la mañana|en domingo|sin parar]. no quiero [más publicidad|más marketing|más sms promocionales] de {co}",
            "quiero [darme de baja|desuscribirme|cancelar la suscripción] [de la newsletter|de los correos de marketing] [pero el enlace no funciona|y no hay enlace]. [arréglenlo|por favor]. ⭐⭐",
            "[dejen de llamarme|dejad de llamarme] [con|para ofrecer] [ofertas|promociones]! @{co} [quitad|quiten] mi número de las [campañas|llamadas comerciales]",
            "[baja|unsubscribe] [por favor|porfa]. [no aguanto más|basta de] [spam|tanta publicidad] en [el correo|mi email]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [me doy de baja de|dejo de recibir|quito] [la newsletter|vuestros correos de ofertas|los emails de publicidad]?",
            "¿[podéis|pueden|podríais] dejar de mandarme [sms de promociones|correos publicitarios|ofertas]?",
            "es posible [darse de baja|salir] de la lista de [correo|publicidad|marketing]?",
            "¿dónde [desactivo|quito|cancelo] [los emails comerciales|las notificaciones de ofertas|la suscripción]? [me llegan todos los días|estoy harto|estoy harta|]",
            "¿qué tengo que hacer para que dejéis de llamarme [con ofertas|para venderme cosas|con promociones]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLes ruego que eliminen {email} de todas sus listas de correo comercial. Me he dado de baja varias veces y sigo recibiendo sus boletines.\n\n{sign}",
            "{greet}\n\nMe opongo al tratamiento de mis datos con fines de mercadotecnia directa. No deseo recibir más comunicaciones comerciales. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "retiro mi consentimiento [para el seguimiento|para las cookies|para la geolocalización]",
            "desactiven el rastreo de mi cuenta por favor",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[en su día|cuando me apunté] acepté que usarais [mis fotos|mi foto|mi vídeo] [en redes|en la web|en el catálogo], pero [he cambiado de opinión|ya no quiero|me lo he pensado mejor]. [revoco|retiro] ese permiso[ porfa|]",
            "[dejé|permití] que la app [recogiera|viera] mi ubicación [al principio|sin pensarlo], pero [me da mal rollo|me incomoda|no me hace gracia]. [ya no lo autorizo|dejo de autorizarlo]: [revoquen|anulen] ese consentimiento en mi perfil",
            "la app de [entreno|salud|running] guarda [mis pulsaciones|mis datos de salud|mi sueño] con mi consentimiento, pero me preocupa la privacidad. [quiero revocar|revoco|retiro] [el consentimiento|la autorización] para esos datos de salud",
            "[acepté|le di a aceptar] [todas las cookies|las cookies de analítica|las cookies de tracking] [sin leer|con prisas] y ahora no encuentro dónde echarme atrás. [quiero revocar|cómo revoco] ese consentimiento?",
            "{hi}ya no autorizo la grabación de mis llamadas con atención al cliente [ni|y] el uso de las grabaciones para [formación|entrenar la IA]. [revoco mi consentimiento|retiro mi sí] desde hoy",
            "[apaguen|desactiven] la personalización [basada en mi historial|según lo que veo][ en mi cuenta|]: el consentimiento que di [al registrarme|en el alta] [queda retirado|ya no vale]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. la app [pide|usa] la ubicación [todo el rato|incluso cerrada]. [retiro|revoco] mi consentimiento para [la ubicación|el seguimiento de ubicación]!",
            "@{co} ya no autorizo el uso de [mis fotos|las fotos que subí|mis grabaciones] en [vuestras campañas|publicidad|la web]. [retiro el consentimiento|revoco la autorización] que di",
            "⭐⭐ acepté las cookies sin querer y [ahora|] no [puedo|hay forma de] [desactivarlas|echarme atrás]. [quiero retirar|retiro] mi consentimiento [para las cookies|para el rastreo]",
            "[di|había dado] mi consentimiento para [usar mis datos de salud|analizar mis entrenamientos|la personalización] pero [he cambiado de opinión|ya no quiero]. [retiro|revoco] ese consentimiento[, {co}|]",
            "@{co} [desactivad|desactiven|parad] el [rastreo|tracking] [de mi cuenta|de mi actividad]. [ya no doy mi|retiro mi] [consentimiento|autorización]. ⭐",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [retiro|revoco|quito] el consentimiento [de la ubicación|de geolocalización|para rastrear mi ubicación] que di en la app?",
            "¿[podéis|pueden] dejar de usar [mis fotos|mi foto|mi imagen] [en vuestra web|en los anuncios|]? [ya no lo autorizo|retiro el permiso que di]",
            "es posible retirar la [autorizacion|autorización|permiso] que di para [tratar|usar] [mis datos de salud|mis grabaciones de voz]?",
            "¿dónde [retiro|revoco] el consentimiento de [las cookies|las cookies de seguimiento|analítica]? [he cambiado de opinión|ya no quiero|]",
            "¿qué tengo que hacer para retirar el consentimiento [de personalización|para analizar cómo uso la app] que acepté [al registrarme|al darme de alta]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nRetiro el consentimiento que di para el tratamiento de mis datos [con fines de publicidad personalizada|para análisis de mis compras|para la localización][ (art. 7.3 RGPD)|]. {acct}\n\n{sign}",
            "{greet}\n\nYa no consiento que {co} utilice mis datos para [elaborar perfiles|enviarme ofertas personalizadas|analizar mis compras]. Retiro mi consentimiento y les pido que cesen dicho tratamiento. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de solicitud: [Eliminar mi cuenta|Supresión de datos|Derecho de supresión]\nNombre: {name}\nCorreo: {email}\nComentarios: [Quiero que borren mi cuenta y mis datos.|]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "¿puedo cambiar la dirección de entrega del pedido {order}?",
            "¿hacen envíos a [Canarias|Portugal|Andorra]? ¿cuánto cuesta?",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}¿dónde está mi pedido {order}?",
            "mi pedido {order} todavía no ha llegado[, el seguimiento no se actualiza|]",
            "{greet}\n\nHice un pedido el {date} (n.º {order}) y aún no he recibido la confirmación de envío.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nMe han cobrado dos veces el pedido {order} ({amount} €). ¿Pueden devolverme el importe duplicado?\n\n{sign}",
            "¿me pueden mandar otra vez la factura del pedido {order}? no la encuentro",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nDevolví {product} hace dos semanas (pedido {order}) y todavía no me han reembolsado los {amount} €.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview], hard_negative: false, texts: &[
            "la app se cierra cada vez que intento pagar",
            "[1 estrella|2 estrellas]. desde la última actualización no puedo iniciar sesión",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "muy buena app, el envío llegó rapidísimo[!|]",
            "gracias al equipo de atención al cliente, me ayudaron muchísimo",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Una pregunta: ¿guardan los datos de mi tarjeta? Solo quiero asegurarme de que es seguro.",
            "¿dónde está su política de privacidad? no la encuentro en la app",
            "Me encanta que no vendáis los datos de los clientes, ¡seguid así!",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nPor favor, cancelen mi suscripción al final del periodo actual. Quiero mantener la cuenta.\n\n{sign}",
            "¿cómo pauso mi suscripción sin perder los puntos?",
            "{hi}pasadme al plan gratuito, por favor, me quedo con la cuenta",
            "quiero [cancelar|anular] la suscripción premium pero [no la cuenta|mantener mis pedidos]",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "¿cómo quito un artículo del carrito?",
            "¿todavía puedo cancelar el pedido {order}? me equivoqué de talla",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Desde que me registré en {co} veo anuncios que saben [demasiado|muchísimo] sobre mí. Quiero saber exactamente qué datos han recopilado de mí y con quién los han compartido.",
            "Después de [la filtración de datos|el incidente de seguridad] que salió en las noticias quiero saber qué información mía tienen guardada. [¿Me lo pueden decir?|Envíenme el detalle, por favor.]",
            "{hi}¿qué información tenéis exactamente sobre mí? [ubicación, contactos, compras?|quiero verla toda]",
            "{greet}\n\nmi [abogado|gestor|banco] me pide un listado de todos los datos que {co} tiene sobre mí. ¿Podrían enviarme una copia de mi expediente?\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de solicitud: [Derecho de acceso|Copia de mis datos personales|Acceso a mis datos]\nNombre: {name}\nCorreo: {email}\nDetalles: [Solicito una copia de {data}.|Quiero saber qué datos tienen sobre mí y a quién se los han cedido.|Exportación completa, incluidas las conversaciones con soporte.]",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[es la tercera vez que lo pido|ya lo he pedido dos veces]: [BORRAD MI CUENTA|eliminad de una vez mi cuenta] y todos mis datos[!|!!|.]",
            "en la app [no hay ningún botón para borrar la cuenta|no hay forma de eliminar la cuenta]. quiero que [mi cuenta|todo] desaparezca, con todos mis datos",
            "[No desactivar, BORRAR.|No quiero tener cuenta con vosotros.] Eliminad [mis datos|todo lo mío] de vuestros sistemas[ o iré a la AEPD|].",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "No quiero que {co} conserve ningún registro mío. Cuando [cancele|me dé de baja], que no quede nada.",
            "Mi [madre|padre] falleció [el mes pasado|hace poco] y quisiera que su cuenta y sus datos personales se eliminen de sus registros.",
            "Alguien [me registró|creó una cuenta] con {email} [sin mi permiso|por error]. Eliminen mi correo y todos los datos asociados de su base de datos.",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Me [casé|cambié el apellido] y ahora me apellido {last}. En sus cartas sigue apareciendo el apellido antiguo, por favor [cámbienlo|actualicen mis datos].",
            "Sus cartas siguen llegando a mi dirección antigua. Desde [marzo|el año pasado] vivo en {street} {d}{d}, {city}. Corrijan mi dirección en su sistema, por favor.",
            "{hi}en mi perfil [la fecha de nacimiento está mal|el teléfono es incorrecto|mi nombre está mal escrito], ¿lo podéis [rectificar|corregir]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de solicitud: [Oposición a la cesión de datos|No vender mis datos|No compartir mis datos]\nNombre: {name}\nCorreo: {email}\nMensaje: [Me opongo a la venta o cesión de mis datos a terceros.|No compartan mis datos con sus socios comerciales.|Nada de cesión a brókeres de datos.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Desde que compré con ustedes me llaman [aseguradoras|empresas desconocidas|comerciales]. No quiero que mis datos se [vendan|cedan] a otras empresas.",
            "{hi}¿compartís mis datos con [anunciantes|otras empresas|brókeres de datos]? si es así, [dejad de hacerlo|no lo autorizo]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[ya me di de baja tres veces|el enlace para darse de baja no funciona] y sigo recibiendo [vuestras newsletters|publicidad|SMS promocionales] [cada día|sin parar]. [¡Parad ya!|Qué pesados.|Basta.]",
            "[NO MÁS PUBLICIDAD|no más publicidad por favor|basta de correos promocionales][!|.] {email}",
            "{hi}sacadme de [vuestra lista de correo|todas las listas de marketing] [por favor|ya]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Nunca acepté que usaran [mis grabaciones de voz|mis fotos|mis chats] para entrenar [su IA|sus algoritmos]. Dejen de hacerlo, por favor.",
            "Solo acepté [las cookies|las condiciones] porque no había otra opción. Consideren retirado mi consentimiento.",
            "{hi}no uséis más mis [datos de ubicación|datos de salud|compras] para [recomendaciones|publicidad|análisis], retiro mi consentimiento",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "¿cómo me suscribo a vuestra newsletter? el formulario [da error|no carga]",
            "{greet}\n\nme suscribí a la newsletter pero nunca recibí el código de bienvenida del 10 %. ¿Me lo pueden reenviar?\n\n{sign}",
            "en la newsletter [de hoy|de la semana pasada] el enlace a la oferta de {product} no funciona",
        ]},
        Family { intent: None, also: &[], name: "invoice_copy", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: true, texts: &[
            "{greet}\n\n¿podrían enviarme una copia de la factura del pedido {order}? La necesito para [la declaración de la renta|mi empresa|los gastos]. {acct}\n\n{sign}",
            "{hi}¿me podéis mandar un duplicado de la factura del pedido {order}? [no encuentro el correo|no aparece en mi cuenta]",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "[hola|buenas], [se me olvidó|olvidé] la contraseña y no me llega el [correo|enlace] de recuperación. [me ayudáis?|me pueden ayudar?|qué hago?]",
            "quiero [cambiar|pasarme] del plan [básico|mensual] al [premium|anual], cómo lo hago?",
            "[mis datos están seguros|están seguros mis datos] con vosotros? [vi|leí] [una noticia|algo] sobre [hackeos|ataques] [y me quedé preocupado|y me quedé preocupada|]",
            "dónde veo [mis facturas|las facturas antiguas] en la [app|cuenta]?",
            "me di de baja de la newsletter sin querer [jaja|jeje|]. cómo me [vuelvo a suscribir|suscribo otra vez]?",
            "se puede [añadir|agregar] un segundo [correo|email] a [mi cuenta|la cuenta]? [el {email} es|uso] el del trabajo",
            "[tenéis|tienen] app para [tablet|ipad]? [en el móvil va bien|en el celular funciona]",
            "mi pedido {order} todavía no ha llegado[, ya pasó una semana|].[ gracias por la ayuda tan rápida de ayer!|] [cómo activo las notificaciones|cómo pongo los avisos] para saber cuándo sale?",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "¿[estoy hablando|hablo] con un [bot|robot] o con una persona?",
            "¿[cómo te llamas|cuál es tu nombre]?",
            "[cuéntame|cuentame] algo sobre ti[ jaja|]",
            "¿qué sabes de [cafeteras|zapatillas de running|móviles]?",
            "¿[abrís|estáis abiertos] los domingos?",
            "¿qué tiempo hace hoy [en Madrid|ahí|por allí]?",
            "[jajaja vale|jaja ok|vale, gracias|buenas noches, hasta mañana]",
            "¿[conoces|me recomiendas] algún restaurante bueno [por aquí|cerca]? [me aburro|estoy aburrido|]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}puedo [cancelar|dar de baja|anular] mi [suscripción|plan|membresía] [premium|plus|familiar] a final de [mes|año|periodo]? la cuenta la quiero mantener",
            "como [desactivo|quito|apago] la renovación automática de mi [suscripción|tarifa|contrato]? [gracias|grax|]",
            "me podéis pausar la [caja|entrega|box] [en julio|en agosto|el mes que viene|dos semanas]? [nos vamos de vacaciones|estamos fuera|me voy de viaje]",
            "como termino la prueba gratis antes de que me [cobren|cobreis|pasen el cargo]? [todavia no quiero la version de pago|de momento no me convence|]",
            "quiero pasar de [premium|la tarifa pro|el plan anual] a [la tarifa básica|la versión gratis|el plan mensual], [me sale muy caro|no uso todas las funciones|ahora tengo que ahorrar]",
            "me podéis cambiar al plan [familiar|anual|business]? la diferencia me la cobráis [ya|hoy|a prorrata]?",
            "{greet}\n\nquiero cancelar mi pedido recurrente de [cápsulas de café|pienso para el gato|lentillas|vitaminas] a partir de la próxima entrega. [Todavía me queda bastante.|Me mudo pronto.|Ahora lo compro en la tienda.] Mi cuenta sigue igual.\n\n{sign}",
            "{greet}\n\n¿podrían cambiar la fecha de cobro del día 1 al [15|28|último día del mes]? [Cobro la nómina más tarde.|Me viene mejor para el presupuesto.] Lo demás de mi [tarifa|suscripción|contrato] se queda igual.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}no puedo [entrar|iniciar sesión|acceder a la app], me sale [contraseña incorrecta|credenciales no válidas|ha ocurrido un error] [todo el rato|cada vez|] [😩|]",
            "como [restablezco|cambio] la contraseña? el enlace [no me llega|ha caducado|no funciona]",
            "no me llega el código [por SMS|de verificación|2FA], ya lo he intentado [tres|cinco|varias] veces",
            "tengo movil nuevo, como [paso|configuro] la app de autenticación [al nuevo|otra vez]? sin el codigo no puedo entrar",
            "se me ha bloqueado la cuenta por demasiados [intentos fallidos|errores de contraseña], [como la desbloqueo|me la podéis desbloquear|qué hago]?",
            "[como cierro sesión|me podéis cerrar la sesión] en todos los dispositivos? [entré desde el portátil de un amigo|perdí mi móvil antiguo|me dejé la sesión abierta en algún sitio]",
            "la app me [echa|saca|cierra la sesión] [todo el rato|cada dos minutos|sin parar] [desde la actualización|en el iphone|en android] [qué pesadez|vaya rollo|]",
            "{greet}\n\ndesde hace [dos días|una semana|un tiempo] no consigo iniciar sesión. He [restablecido|cambiado] la contraseña pero tampoco me acepta la nueva. ¿Podrían revisar qué pasa? {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}mi código [de descuento|promocional|del cupón] [no funciona|dice que ha caducado|no se aplica al pagar], sabéis por qué?",
            "hay [descuento para estudiantes|ofertas de black friday|rebajas de verano|código de bienvenida] [este año|ahora|pronto]?",
            "cuántos puntos tengo en la tarjeta de fidelidad y [qué puedo conseguir con ellos|cuándo caducan|los puedo usar online]?",
            "[invité a una amiga|mi colega se registró con mi enlace] pero [todavía no|nunca] me llegó [el bono|la recompensa|el saldo] por invitación",
            "[en la newsletter|en el SMS|en el correo] ponía un [20|30|15] % en [todo|zapatillas|toda la web] este finde, vale también [para artículos rebajados|en tienda|con mi cupón]?",
            "dónde me apunto a la newsletter para que me den el [código de bienvenida|10 % de descuento|cupón de primera compra]? [🙂|]",
            "{greet}\n\nme regalaron [un cheque regalo|un vale de {amount}|un código de cumpleaños] vuestro pero no sé cómo usarlo [en la web|en la app|en tienda]. ¿Se puede combinar con [las rebajas|la oferta actual]?\n\n{sign}",
            "{greet}\n\nme suscribí a vuestra newsletter [ayer|la semana pasada] pero nunca me llegó el código de bienvenida. [¿Me lo podéis reenviar?|¿Sigue valiendo para mi primer pedido?] Me gustaría usarlo en [la nueva colección|las ofertas de primavera].\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de solicitud: [Retirada del consentimiento|Retirar mi consentimiento|Revocación del consentimiento]\nNombre: {name}\nCorreo: {email}\nMensaje: [Retiro mi consentimiento para [la elaboración de perfiles|la publicidad personalizada|el seguimiento de mi ubicación].|Dejen de tratar mis datos con base en mi consentimiento.|Consentimiento para seguimiento y análisis retirado.]",
            "{hi}[retiro mi consentimiento|revoco el consentimiento], [no más análisis de mis datos|nada de rastreo|nada de personalización][ por favor|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ya no doy mi consentimiento para [las cookies|el seguimiento|la geolocalización|los perfiles]",
            "desactivad la elaboración de perfiles en mi cuenta, retiro el permiso",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Retirada del consentimiento (artículo 7.3 del RGPD)\n\nPor medio de la presente retiro, con efectos inmediatos, todos los consentimientos que otorgué a {co} para el tratamiento de mis datos personales, en particular para la elaboración de perfiles y la publicidad personalizada. {acct}\n\nLes ruego que me confirmen por escrito qué tratamientos han cesado {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Portability, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVoy a cambiarme a otra compañía y quiero ejercer mi derecho a la portabilidad de los datos[ (artículo 20 del RGPD)|]. Les pido que me envíen {data} en un formato estructurado, de uso común y lectura mecánica[, como CSV o JSON|][, o que los transmitan directamente a mi nuevo proveedor|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nHe impugnado la exactitud de [mi dirección|mi fecha de nacimiento|la deuda que figura en mi cuenta]. Mientras lo comprueban, solicito la limitación del tratamiento de mis datos[ (artículo 18 del RGPD)|]: pueden conservarlos, pero no utilizarlos. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMe opongo, por motivos relacionados con mi situación particular, al tratamiento de mis datos personales [con fines de análisis|para elaborar perfiles de cliente|para evaluar mi solvencia] basado en su interés legítimo[ (artículo 21.1 del RGPD)|]. Les ruego que dejen de tratarlos. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMi solicitud de [financiación|pago aplazado|alta como cliente] fue rechazada de forma automática en cuestión de segundos. No deseo ser objeto de una decisión basada únicamente en un tratamiento automatizado[ (artículo 22 del RGPD)|]. Solicito que una persona revise mi caso y que me expliquen los motivos. {acct}\n\n{sign}",
        ]},
        // ---- formal letters in the legal register, the other labels, combined requests
        Family { intent: Rectification, also: &[], name: "legal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de rectificación (artículo 16 del RGPD)\n\nLos datos personales que {co} conserva sobre mí son inexactos. [Mi fecha de nacimiento figura como {date}, lo cual es incorrecto.|Mi apellido está mal escrito en sus registros; la grafía correcta es {last}.|En sus registros consta una deuda que pagué íntegramente el {date}.|Siguen utilizando mi antigua dirección; ahora resido en {street} {d}{d}, {city}.] {acct}\n\nDe conformidad con el artículo 16 del Reglamento General de Protección de Datos, tengo derecho a obtener sin dilación indebida la rectificación de los datos personales inexactos que me conciernen. Les solicito que corrijan sus registros, que lo comuniquen a cada destinatario conforme al artículo 19 y que me confirmen la rectificación por escrito {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Solicitud de corrección de información personal inexacta (Código Civil de California, sección 1798.106)\n\nSoy residente de California. De acuerdo con la Ley de Privacidad del Consumidor de California (CCPA), modificada por la CPRA, solicito que {co} corrija la información personal inexacta que mantiene sobre mí: [mi nombre está mal escrito|mi dirección de correo ya no es válida|mi dirección postal está desactualizada]. {acct} Puedo aportar documentación que respalde la corrección.\n\nLes ruego que me confirmen la corrección en un plazo de 45 días.\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "legal_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nConforme a la Ley de Privacidad del Consumidor de California (CCPA), solicito que eliminen mi información personal y que indiquen a sus proveedores de servicios que hagan lo mismo. {acct}\n\n{sign}",
            "{greet}\n\nSoy residente de California y ejerzo mi derecho a que se elimine mi información personal (sección 1798.105 de la CCPA). Les pido que borren todos los datos que {co} ha recopilado sobre mí. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: No vendan ni compartan mi información personal (Código Civil de California, secciones 1798.120 y 1798.135)\n\nSoy residente de California. En virtud de la sección 1798.120 de la Ley de Privacidad del Consumidor de California, modificada por la CPRA, les indico que no vendan ni compartan mi información personal, tampoco con fines de publicidad conductual entre contextos. {acct}\n\nLes pido además que comuniquen esta decisión a los terceros a quienes hayan vendido o compartido mis datos y que no me pidan que vuelva a dar mi autorización durante al menos doce meses.\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Oposición a la cesión y venta de mis datos personales\n\nHe sabido que {co} cede o vende datos de sus clientes a [empresas de publicidad|comercializadoras de datos|socios comerciales]. Por medio del presente escrito me opongo a cualquier cesión, alquiler o venta de mis datos personales a terceros y, si esta se basa en mi consentimiento, lo retiro. {acct}\n\nLes solicito asimismo que me indiquen, conforme al artículo 15 del RGPD, a qué destinatarios se han comunicado ya mis datos, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de oposición a la mercadotecnia directa (artículo 21.2 del RGPD)\n\nPor medio del presente escrito me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella. Conforme al artículo 21.3 del RGPD, mis datos dejarán de tratarse para dichos fines. La oposición abarca las comunicaciones por correo electrónico, correo postal, teléfono y SMS. {acct}\n\nLes ruego que me confirmen {deadline} que mis datos han sido excluidos de todas sus listas publicitarias.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿puedo exportar mis datos en [CSV|JSON|un archivo]? me cambio de compañía",
            "¿pueden pasar mis [datos|historial de pedidos|datos de la cuenta] directamente a mi nuevo proveedor?",
            "necesito mis datos en un formato legible por máquina[, ¿cómo lo hago?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "me voy a [migrar|pasar] a [otra plataforma|la competencia|otra app] y [quiero|quisiera] llevarme [mi historial|mis playlists|mi historial de compras]. [hay forma de|se puede|me dejáis] [descargar|bajar] todo en un [archivo|fichero] [csv|json]?",
            "{hi}[dónde está|donde esta] el botón de [export|exportar datos|descarga de datos]? [necesito|quiero] [un backup|una copia en json|un csv] de mis datos para [importarlos|subirlos] a otro servicio",
            "[cambié|me cambié] de [banco|compañía|gimnasio|aseguradora] y el nuevo me [pide|pidió] mi historial. ¿[pueden|podéis] [mandar|enviar] mis datos [directamente|directo] [a ellos|a la nueva empresa] [en formato digital|en un fichero estructurado]?",
            "[quiero|quisiera] [hacer una descarga|el export] de [todas mis fotos y posts|los datos de mi cuenta|mis contactos y mensajes] en un formato que se pueda [abrir|importar] en otra app. [se puede|es posible]?",
            "[una captura|un pdf] no me sirve, [necesito|quiero] [mis datos|el historial de la cuenta] en [CSV|JSON|un fichero estructurado] para [llevarlos|transferirlos] a [otro proveedor|la nueva app]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. no hay forma de [exportar|descargar|bajar] mis datos [en CSV|en un archivo]. [quiero|necesito] llevármelos a [otra app|otro servicio]!",
            "@{co} me [cambio|paso] a la competencia. [enviadme|envíenme|mandadme] [todos mis datos|mi historial] en [CSV|JSON|un formato legible] para importarlos [allí|en el nuevo servicio]",
            "⭐⭐ [la app está bien|me gusta la app] pero [dónde está|dónde narices está] el [export|botón de exportar]? la [portabilidad de datos|portabilidad] es [un derecho|ley]. [quiero|exijo] mis datos [en un archivo|en json|en csv]",
            "[transferid|transfieran|enviad] mis datos [directamente|] a [mi nuevo banco|la nueva compañía|el nuevo proveedor], {co}. [portabilidad|RGPD art. 20]. ⭐",
            "quiero [descargar|bajarme] [mis playlists|mi historial|mis fotos y datos] en un archivo que pueda [abrir en otro sitio|importar en otra app]. [cómo lo hago|se puede]?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [exporto|descargo|saco] mis datos [en CSV|en JSON|en un archivo] para [llevarlos|pasarlos] a otro [servicio|banco|proveedor]?",
            "¿[podéis|pueden|me podéis] [enviar|transferir|pasar] [mis datos|mi historial] directamente a [mi nueva compañía|mi nuevo banco|otro proveedor]?",
            "es posible [recibir|tener] [todos mis datos|mi historial] en un archivo [CSV|JSON|legible por máquina] para cambiarme de [servicio|compañia|compañía]?",
            "¿dónde [puedo|se pueden] [exportar|descargar] mis datos en un formato que [otra app|otro servicio] pueda importar?",
            "¿a quién [pido|le pido] la portabilidad de [mis datos|mi historial] a [otra empresa|otro proveedor]? [me cambio de compañía|quiero llevármelo todo]",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho a la portabilidad de los datos (artículo 20 del RGPD)\n\nDe conformidad con el artículo 20 del Reglamento General de Protección de Datos, solicito que me faciliten los datos personales que he proporcionado a {co}, en particular [los datos de mi cuenta, mi historial de pedidos y mis preferencias|mi perfil, mis transacciones y los contenidos que he subido|mis datos de contrato y de consumo], en un formato estructurado, de uso común y lectura mecánica, como CSV o JSON. {acct}[ Cuando sea técnicamente posible, les pido que los transmitan directamente a mi nuevo proveedor.|]\n\nLes ruego que atiendan esta solicitud {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "no usen mis datos hasta que corrijan [mi dirección|mi fecha de nacimiento|el error de la factura]",
            "¿pueden [bloquear|congelar] mis datos mientras dura [la reclamación|el conflicto]? no borrarlos, solo no usarlos",
            "{hi}pido la limitación del tratamiento de mis datos hasta que se aclare esto",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[tengo|abrí] [una disputa|una reclamación|un pleito] con vosotros por [la factura|un cargo erróneo|el pedido {order}]. hasta que [se resuelva|esté resuelto], [congelad|suspendan|paren] el uso de mis datos, pero [no borréis nada|NO borren nada|guarden todo]",
            "[mi abogado|mi abogada] me dijo que lo pidiera: no [borren|supriman] mis datos porque [los voy a necesitar|me hacen falta] [en el juicio|para una demanda], pero [dejen de usarlos|no los usen para nada más] [mientras tanto|por ahora]",
            "[ustedes dicen que|según vosotros] mis datos están bien, yo digo que [no|están mal]. mientras lo [comprueban|verifican|revisan], [pausen|suspendan|paralicen] [el tratamiento|cualquier uso] de esos datos[ porfa| por favor|]",
            "{hi}no quiero borrar la cuenta, solo [quiero|quisiera] que [quede|se quede] [congelada|en pausa|bloqueada] [y que nadie toque mis datos|sin usar mis datos] hasta que [lo decida|se arregle el problema]",
            "reclamé [el cargo|el cobro] de {amount} del {date}. [no toquen|no toquéis] mis datos [mientras tanto|hasta que haya respuesta]: [limiten|restrinjan] su uso, [sin borrarlos|sin eliminar nada]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [reclamé|impugné] el cargo y [seguís|siguen] usando mis datos. [suspended|suspendan|bloqueen|congelad] el tratamiento [hasta que se resuelva|mientras tanto]. [no es para borrar|no borréis nada]!",
            "@{co} [mis datos están mal|mi dirección está mal] [y aún no lo habéis comprobado|y lo están revisando]. [hasta entonces|mientras tanto], [no uséis|no usen|dejad de usar] mis datos [para nada|para ninguna cosa]. [pero no los borréis|no quiero que los borren]",
            "⭐⭐ [necesito que conservéis|conserven] mis datos [porque|ya que] [voy a juicio|voy a poner una demanda|tengo un pleito con vosotros], pero [dejad de tratarlos|no los uséis para nada más] [mientras tanto|por ahora]",
            "no quiero borrar la cuenta, solo que [congeléis|bloqueen|suspendan] el uso de mis datos [por ahora|temporalmente]. {co}, [se puede?|limitad el tratamiento, porfa]",
            "[limitación del tratamiento|bloqueo de mis datos], @{co}! [guardad|conserven] los datos [pero sin usarlos|sin tocarlos] hasta que [mi reclamación|la disputa] [se resuelva|termine]. ⭐",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [bloqueo|congelo|suspendo] el [uso|tratamiento] de mis datos mientras se resuelve [la reclamación|la disputa]? no quiero borrarlos",
            "¿[podéis|pueden] dejar de usar [mis datos|mi información] [por ahora|de momento] sin [borrar|eliminar] [nada|la cuenta]?",
            "es posible limitar el tratamiento de mis datos [hasta que comprobeis|mientras comprobáis] si [la direccion|la dirección|los datos] [es correcta|son correctos]?",
            "¿dónde [pido|solicito] que [bloqueéis|congeléis] mis datos sin borrarlos? los necesito para [una demanda|un juicio|una reclamación legal]",
            "¿qué tengo que hacer para que [conservéis|guardéis] mis datos pero no los [uséis|toquéis] para nada [mientras|hasta que] [se resuelve la disputa|termine la reclamación]?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho a la limitación del tratamiento (artículo 18 del RGPD)\n\nImpugno la exactitud de los datos que {co} conserva sobre mí, en particular [mi dirección postal|mi fecha de nacimiento|la anotación de una deuda impagada]. {acct} De conformidad con el artículo 18.1.a) del RGPD, solicito que limiten el tratamiento de mis datos durante el plazo que les permita verificar su exactitud.\n\nMientras dure la limitación, mis datos solo podrán conservarse y no podrán ser objeto de ningún otro tratamiento sin mi consentimiento. Les ruego que me informen antes de levantar la limitación, como exige el artículo 18.3, y que me la confirmen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "me opongo a que usen mis datos para [sus análisis|su sistema de puntuación|estudios internos][.|!|]",
            "{hi}¿cómo me opongo al tratamiento basado en su interés legítimo? lo pone en su política de privacidad",
            "dejen de analizar mis [datos de uso|datos de ubicación] para sus propios fines, me opongo",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[descubrí|vi] en [la política de privacidad|la letra pequeña] que [hacéis profiling|me hacen un perfil] [de mi comportamiento|de mis hábitos de compra] alegando \"interés legítimo\". [no estoy de acuerdo|no lo acepto|discrepo] y [quiero que paren|exijo que dejen] de hacerlo conmigo",
            "¿por qué mis datos [van|se pasan] a las otras empresas del grupo {co}? [no lo autoricé|nunca lo pedí]. [me opongo|estoy en contra] de ese intercambio interno",
            "{hi}no quiero entrar en vuestras [estadísticas|analíticas de comportamiento|métricas]. [saquen|excluid] mis datos de [eso|esos análisis], [estoy en contra de ese tratamiento|me opongo a ese tratamiento]",
            "¿{co} [calcula|hace] un [score|\"score de riesgo\"|perfil de riesgo] sobre mí [sin que yo lo sepa|con mis datos de compra]? [eso conmigo no|no estoy de acuerdo]: me opongo a ese tratamiento por mi situación [personal|particular]",
            "[me enteré de|supe] que [monitorizan|rastrean|analizan] [cómo uso la app|cada clic que hago] para \"mejorar el servicio\" [por interés legítimo|alegando interés legítimo]. [eso no lo quiero|paso de eso]: me opongo a ese uso de mis datos",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [{co} hace|hacéis] [perfiles|profiling|análisis de comportamiento] de [todo|cada clic]. [me opongo a|estoy en contra de] [ese tratamiento|eso] de mis datos!",
            "@{co} no acepto que [analicéis|analicen|estudien] mi [comportamiento|uso de la app] [por vuestro \"interés legítimo\"|alegando interés legítimo]. [me opongo|ejerzo mi derecho de oposición]",
            "⭐⭐ [descubrí|me he enterado de] que [compartís|comparten] mis datos con [las demás empresas del grupo|el resto del grupo]. [no estoy de acuerdo|me opongo] y [quiero que paréis|paren ya][, no es publicidad, es el tratamiento en sí|]",
            "no quiero mis datos usados para [scoring|puntuación de riesgo|análisis de solvencia interno] [solo porque|con la excusa de que] [es interés legítimo|os conviene]. [oposición, art. 21|me opongo a ese tratamiento]",
            "[dejad de|dejen de] [hacer análisis|usar analytics|sacar estadísticas] con [mis datos|los datos de mi cuenta]. [oposición|me opongo] al tratamiento. ⭐",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo me opongo a que [analicéis mi comportamiento|hagáis un perfil de mí|me perfiléis]?",
            "¿[podéis|pueden] dejar de [analizar|usar] [mis compras|mis hábitos de compra] para [hacerme un perfil|estadísticas]? me opongo",
            "es posible oponerse a que [compartais|compartáis] mis datos con [las otras empresas del grupo|el resto del grupo {co}]?",
            "¿dónde presento [mi oposición|una oposición] al tratamiento [basado en el interés legítimo|por interés legítimo] de {co}?",
            "¿qué tengo que hacer para que no [uséis|usen] mis datos en [el scoring de crédito|el sistema antifraude|el perfil de riesgo]? [no estoy de acuerdo|me opongo]",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de oposición (artículo 21.1 del RGPD)\n\nSegún su política de privacidad, {co} trata mis datos personales [para evaluar mi solvencia|con fines de análisis y mejora de sus servicios|para segmentar a su clientela] sobre la base de su interés legítimo (artículo 6.1.f del RGPD). Me opongo a dicho tratamiento por motivos relacionados con mi situación particular: [he sido víctima de una suplantación de identidad|ejerzo una profesión que exige mantener la confidencialidad de mi paradero|este tratamiento ya me ha causado perjuicios]. {acct}\n\nNo podrán seguir tratando mis datos con esos fines salvo que acrediten motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades. Les ruego que me confirmen el cese del tratamiento {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "me han rechazado [la financiación|el pago a plazos|la cuenta] [automáticamente|con un algoritmo]. quiero que lo revise una persona",
            "{hi}¿esta decisión la tomó un sistema automático? pido que la revise un empleado",
            "no quiero que me evalúe [un algoritmo|su IA]. ¿quién puede revisar mi caso?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[me bloquearon|me suspendieron|me desactivaron] la cuenta [de la nada|sin avisar] y [soporte|el chat] solo dice que \"el sistema detectó actividad sospechosa\". [quiero|exijo] que un humano [revise|mire] mi caso, no un robot",
            "[me postulé|me apunté] [a la vacante|a las prácticas|al puesto] y me [rechazaron|descartaron] en [2 minutos|segundos]. ¿[lo decidió un bot|fue un algoritmo]? [quiero|quisiera] [una revisión humana|que alguien de verdad mire mi cv]",
            "{hi}[me denegaron la tarjeta|me rechazaron el préstamo|me denegaron la subida de límite] [en la app|desde el sistema] [sin explicación|en segundos]. ¿qué criterios usó el algoritmo? [quiero impugnar|voy a recurrir] esa decisión [y hablar con una persona|ante un humano]",
            "[el precio|la prima del seguro|la cuota] que me [sale|cobra] la app es [mucho más alto|el doble] que [el de mi amigo|el de los demás]. [¿lo calcula un algoritmo?|¿es automático?] [quiero|exijo] que [alguien|un empleado] lo revise [a mano|manualmente]",
            "que me rechace [una máquina|un robot|un algoritmo] [sin hablar con nadie|sin que nadie lo mire] no es normal. [impugno|quiero impugnar] la [decisión|denegación] [del pedido {order}|de mi solicitud de crédito] y [pido intervención humana|pido que decida una persona]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 estrella. [[crédito|préstamo] [rechazado|denegado]|financiación [rechazada|denegada]] [en 2 segundos|al instante] por un algoritmo. [quiero|exijo] que una persona [revise|mire] mi solicitud!",
            "@{co} [bloquearon|suspendieron] mi cuenta [automáticamente|por el sistema] sin explicación. [quiero|pido] una revisión [humana|por una persona] y [saber|que me expliquen] [por qué|qué criterio usaron]",
            "⭐ el [sistema|algoritmo] [rechazó|denegó] mi [candidatura|solicitud] [sin que nadie la mirara|sin intervención humana]. [impugno|no acepto] esa decisión automática[. quiero hablar con un humano|, quiero una revisión]",
            "[por qué|xq] [el precio|el seguro] [que me sale|para mí] es [más caro|distinto]? [si lo decidió el algoritmo|si es automático], [explicad la lógica|quiero saber cómo funciona] y [que alguien lo revise|revisadlo a mano]. ⭐⭐",
            "[decisión automatizada|decisión automática] [injusta|errónea]! @{co} [un humano|una persona] [tiene que|debe] [revisar|analizar] [mi caso|el bloqueo|la tarjeta rechazada]. [art. 22 RGPD|]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}¿cómo [recurro|reclamo|impugno] [la denegación del préstamo|el crédito rechazado] que decidió [el algoritmo|el sistema] solo?",
            "¿[podéis hacer que|puede ser que] una persona [revise|mire] [el bloqueo de mi cuenta|la decisión]? [fue automática|lo decidió un algoritmo]",
            "es posible que un humano revise la [decision|decisión] [automatica|automática] que [rechazo|rechazó] mi [solicitud|candidatura]?",
            "¿dónde [puedo|se puede] [pedir|saber] [la lógica|los criterios] que usó el algoritmo para [denegarme el crédito|subirme el precio|bloquearme la cuenta]?",
            "¿a quién [escribo|le escribo] para [impugnar|pedir revisión humana de] [la decisión automática|una decisión tomada por el sistema] sobre [mi crédito|mi solicitud]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Decisiones individuales automatizadas (artículo 22 del RGPD)\n\nEl {date} mi solicitud de [financiación|pago aplazado|alta como cliente] fue denegada [en cuestión de segundos|de forma automática] y sin explicación alguna. Entiendo que esta decisión se basa únicamente en un tratamiento automatizado, incluida la elaboración de perfiles, y que me afecta significativamente. {acct}\n\nDe conformidad con el artículo 22 del RGPD, solicito:\n\n1. la intervención humana: que una persona con capacidad para modificar la decisión revise mi solicitud;\n2. información significativa sobre la lógica aplicada y los principales factores de la decisión;\n3. la posibilidad de expresar mi punto de vista e impugnar la decisión.\n\nLes ruego que me respondan {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Retirada del consentimiento (artículo 7.3) y solicitud de supresión (artículo 17 del RGPD)\n\nPor medio del presente escrito retiro, con efecto inmediato, todos los consentimientos que he otorgado a {co} para el tratamiento de mis datos personales. Al no existir otra base jurídica para el tratamiento, solicito asimismo, conforme al artículo 17.1.b) del RGPD, la supresión de todos los datos que me conciernen. {acct}\n\nLes ruego que me confirmen por escrito la retirada y la supresión {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nRetiro mi consentimiento para el tratamiento de mis datos y les pido que eliminen mi cuenta y {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Oposición a la mercadotecnia directa (artículo 21.2 del RGPD) y retirada del consentimiento (artículo 7.3)\n\nMe opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella. Retiro además todos los consentimientos otorgados a {co} para recibir comunicaciones comerciales por correo electrónico, SMS o teléfono. {acct}\n\nLes ruego que me confirmen {deadline} que mis datos se han eliminado de todas sus listas publicitarias.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPor favor, sáquenme de todas sus listas de publicidad. Además, retiro el consentimiento que di al registrarme para [el boletín y las ofertas|las llamadas y SMS comerciales|las ofertas personalizadas]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Derecho de acceso (artículo 15) y derecho a la portabilidad (artículo 20 del RGPD)\n\nSolicito una copia de todos los datos personales que {co} trata sobre mí, junto con la información prevista en el artículo 15.1. {acct} Además, conforme al artículo 20, les pido que me faciliten los datos que yo les he proporcionado en un formato estructurado, de uso común y lectura mecánica, para poder transmitirlos a otro proveedor.\n\nLes ruego que respondan {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Oposición (artículo 21.1) y limitación del tratamiento (artículo 18.1.d del RGPD)\n\nPor motivos relacionados con mi situación particular, me opongo al tratamiento de mis datos [para elaborar perfiles|con fines de análisis|para evaluar mi solvencia] basado en su interés legítimo. {acct} Mientras se verifica si sus motivos legítimos prevalecen sobre los míos, solicito la limitación del tratamiento conforme al artículo 18.1.d).\n\nLes ruego que me confirmen ambas medidas {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Rectificación (artículo 16) y limitación del tratamiento (artículo 18.1.a del RGPD)\n\nLos datos que conservan sobre mí son inexactos: [figura un impago que nunca se produjo|mi fecha de nacimiento es errónea|utilizan una dirección en la que no vivo desde hace años]. {acct} Solicito su rectificación conforme al artículo 16 y, mientras comprueban su exactitud, la limitación de su tratamiento conforme al artículo 18.1.a), en particular que no se comuniquen a ficheros de solvencia.\n\nLes ruego que me confirmen la rectificación {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nEn sus registros [mi fecha de nacimiento|mi dirección|mi historial de pagos] está mal. Les pido que lo corrijan y que no usen ni compartan esos datos hasta que esté corregido. {acct}\n\n{sign}",
        ]},
    ],
};

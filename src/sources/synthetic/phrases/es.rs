//! Spanish: Spain and Mexico (RGPD/LOPDGDD wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "es",
    locales: &[("es-ES", 70), ("es-MX", 30)],
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
        ("city", &["280{d}{d} Madrid", "080{d}{d} Barcelona", "460{d}{d} Valencia", "410{d}{d} Sevilla", "500{d}{d} Zaragoza", "06{d}{d}0 Ciudad de México"]),
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
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMe gustaría recibir una copia de {data}[, incluido el historial de pedidos|]. {acct}\n\n{sign}",
            "{greet}\n\nEn virtud del artículo 15 del RGPD, solicito que me informen de qué datos personales tratan sobre mí, con qué finalidad y a quién se han comunicado. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de acceso (artículo 15 del RGPD)\n\nPor medio del presente escrito ejerzo mi derecho de acceso y solicito que me faciliten copia de todos los datos personales que {co} trata sobre mí. {acct} Solicito asimismo información sobre los fines del tratamiento, las categorías de datos, los destinatarios a los que se han comunicado, el plazo de conservación, el origen de los datos y la existencia de decisiones automatizadas, incluida la elaboración de perfiles.\n\nRuego me contesten {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[borren|borrad|eliminen] mi cuenta[ y todos mis datos|][ por favor|.|]",
            "quiero que [borren|eliminen] mis datos [ya|cuanto antes|]",
            "¿cómo elimino mi cuenta [definitivamente|para siempre]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nYa no utilizo [sus servicios|la aplicación] y les pido que eliminen mi cuenta y {data}. Les agradecería una confirmación.\n\n{sign}",
            "{greet}\n\nDe acuerdo con el artículo 17 del RGPD, solicito la supresión de {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAsunto: Ejercicio del derecho de supresión (artículo 17 del RGPD)\n\nPor la presente solicito la supresión sin dilación indebida de todos los datos personales que me conciernen. {acct} Los datos ya no son necesarios para los fines para los que fueron recogidos y retiro cualquier consentimiento que hubiera otorgado.\n\nLes ruego que comuniquen la supresión a los destinatarios a los que se hayan comunicado mis datos y que me confirmen por escrito la supresión {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi apellido está mal escrito en la cuenta, es {last}",
            "¿pueden corregir mi fecha de nacimiento? está mal",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[La dirección que tienen registrada|Mi fecha de nacimiento|Mi nombre] [no es correcta|está mal|está desactualizada]. Solicito su rectificación[ conforme al artículo 16 del RGPD|]. [Dirección correcta: {street} {d}{d}, {city}|Fecha correcta: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "no vendan mis datos a terceros[ por favor|]",
            "no quiero que compartan mis datos con [anunciantes|empresas de publicidad|terceros]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMe opongo a la cesión y venta de mis datos personales a terceros, en particular con fines publicitarios. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[BAJA|baja|darme de baja]",
            "dejen de enviarme [publicidad|correos promocionales|SMS][ por favor|!|]",
            "¿cómo me doy de baja del boletín? el enlace no funciona",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLes ruego que eliminen {email} de todas sus listas de correo comercial. Me he dado de baja varias veces y sigo recibiendo sus boletines.\n\n{sign}",
            "{greet}\n\nMe opongo al tratamiento de mis datos con fines de mercadotecnia directa. No deseo recibir más comunicaciones comerciales. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "retiro mi consentimiento [para el seguimiento|para las cookies|para la geolocalización]",
            "desactiven el rastreo de mi cuenta por favor",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nRetiro el consentimiento que di para el tratamiento de mis datos [con fines de publicidad personalizada|para análisis de mis compras|para la localización][ (art. 7.3 RGPD)|]. {acct}\n\n{sign}",
            "{greet}\n\nMe opongo a la elaboración de perfiles a partir de mis datos y solicito que cesen dicho tratamiento. {acct}\n\n{sign}",
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
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo de solicitud: [Retirada del consentimiento|Retirar mi consentimiento|Revocación del consentimiento]\nNombre: {name}\nCorreo: {email}\nMensaje: [Retiro mi consentimiento para [la elaboración de perfiles|la publicidad personalizada|el seguimiento de mi ubicación].|Dejen de tratar mis datos con base en mi consentimiento.|Consentimiento para seguimiento y análisis retirado.]",
            "{hi}[retiro mi consentimiento|revoco el consentimiento], [no más análisis de mis datos|nada de rastreo|nada de personalización][ por favor|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ya no doy mi consentimiento para [las cookies|el seguimiento|la geolocalización|los perfiles]",
            "desactivad la elaboración de perfiles en mi cuenta, retiro el permiso",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
    ],
};

//! Irish: Ireland (an Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS) wording, an Coimisiún
//! um Chosaint Sonraí as the supervisory authority), prices in euro with a decimal point.
//!
//! Irish-language surnames change with the bearer's gender (Ó Briain / Ní Bhriain) and the
//! generator picks first and last names independently, so `last_names` holds forms both women
//! and men carry (de Búrca, Murphy).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "ga",
    locales: &[("ga-IE", 100)],
    first_names: &[
        "Seán", "Pádraig", "Ciarán", "Eoin", "Niall", "Cormac", "Darragh", "Oisín", "Cian", "Liam",
        "Tomás", "Colm", "Aoife", "Siobhán", "Niamh", "Caoimhe", "Áine", "Máire", "Sinéad", "Róisín",
        "Orla", "Gráinne", "Saoirse", "Méabh",
    ],
    last_names: &[
        "de Búrca", "de Paor", "de Barra", "de Brún", "de Róiste", "Murphy", "Kelly", "O'Sullivan",
        "Walsh", "Byrne", "Ryan", "O'Brien", "Doyle", "McCarthy", "Gallagher", "Kennedy", "Lynch",
        "Quinn", "Nolan", "Daly",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "eircom.net", "hotmail.com", "outlook.com", "yahoo.ie",
        "icloud.com", "live.ie",
    ],
    decimal_comma: false,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &[
            "A chara,", "Dia daoibh,", "Haigh,", "A chairde,", "A fhoireann {co},", "Dia daoibh, a chairde,",
        ]),
        ("greet_formal", &[
            "A chara,", "A Oifigigh Cosanta Sonraí, a chara,",
            "{co}\nChuig: An tOifigeach Cosanta Sonraí\n\nA chara,",
        ]),
        ("hi", &["haigh, ", "dia daoibh, ", "", "", "", "Haigh, ", "a chairde, ", "Dia daoibh! "]),
        ("thanks", &[
            "Le meas,", "Go raibh maith agaibh,", "Slán,", "Le gach dea-ghuí,", "Go raibh míle maith agaibh,",
            "Beir bua,", "Mo bhuíochas roimh ré,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSeolta ó m'iPhone", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Is mise, le meas,\n\n{name}", "Le meas,\n\n{name}\n{email}", "Is mise le meas,\n\n\n{name}"]),
        ("street", &[
            "Sráid an Mhuilinn", "Bóthar na Trá", "Sráid na Siopaí", "Bóthar an Chaisleáin", "Ascaill na Páirce",
            "Sráid Doiminic", "Bóthar na Mara", "Lána an Tobair", "Sráid na hEaglaise", "Bóthar an Stáisiúin",
        ]),
        ("city", &[
            "Gaillimh H91 [A|C|E|K|R|T]{d}[F|K|P|W]{d}", "Baile Átha Cliath 2 D02 [E|F|K|W]{d}{d}[A|C|H]",
            "Baile Átha Cliath 8 D08 [E|F|K|W]{d}{d}[A|C|H]", "Corcaigh T12 [A|E|K|X]{d}[C|F|P]{d}",
            "Luimneach V94 [A|E|K|X]{d}[C|F|P]{d}", "Port Láirge X91 [A|E|K]{d}[C|F|P]{d}",
            "Indreabhán, Co. na Gaillimhe H91 [A|C|E]{d}[F|K|P]{d}", "Gaoth Dobhair, Co. Dhún na nGall F92 [A|C|E]{d}[F|K|P]{d}",
            "An Daingean, Co. Chiarraí V92 [A|C|E]{d}[F|K|P]{d}",
        ]),
        ("address", &["{name}\n[1|2|3|4|5|6|7|8|9]{d} {street}\n{city}", "{name}\n[1|2|3|4|5|6|7|8|9] {street}\n{city}", "{name}\nÁrasán [1|2|3|4|5|6|7|8|9], [1|2|3|4|5|6|7|8|9]{d} {street}\n{city}"]),
        ("acct", &[
            "Tá mo chuntas cláraithe faoin seoladh ríomhphoist {email}.", "Is é {email} mo sheoladh ríomhphoist.",
            "Tá an cuntas in ainm {name}, ríomhphost {email}.", "Cuntas: {email}",
            "Is féidir teacht orm faoin seoladh {email}.",
        ]),
        ("product", &[
            "cluasáin", "meaisín caife", "seaicéad geimhridh", "clúdach fóin", "bróga reatha", "lampa deisce",
            "banc cumhachta", "uaireadóir cliste", "mata ióga", "folúsghlantóir",
        ]),
        ("law_gen", &["den RGCS", "den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS)", "de Rialachán (AE) 2016/679"]),
        ("deadline", &[
            "laistigh de mhí amháin ón tráth a bhfaightear an t-iarratas seo", "gan moill mhíchuí agus ar aon chuma laistigh de mhí amháin",
            "faoin {date}", "laistigh den tréimhse a leagtar síos in Airteagal 12(3) den RGCS",
        ]),
        ("escalate", &[
            " Mura bhfaighidh mé freagra laistigh den tréimhse sin, déanfaidh mé gearán leis an gCoimisiún um Chosaint Sonraí.",
            " Murach sin, coimeádaim an ceart gearán a dhéanamh leis an gCoimisiún um Chosaint Sonraí.", "",
        ]),
    ],
    families: &[
        // ---- access (Airteagal 15)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cé na sonraí atá agaibh fúm[?|??]",
            "{hi}an féidir libh cóip de mo chuid sonraí a sheoladh chugam[?| le bhur dtoil]",
            "ba mhaith liom a fheiceáil cad atá [stóráilte|coinnithe] agaibh fúm",
            "conas is féidir liom mo chuid sonraí go léir a íoslódáil[?| ón aip?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}chonaic mé fógra [ar facebook|ar insta] a raibh [an iomarca|barraíocht] eolais aige fúm[...|.] cén t-eolas [atá bailithe agaibh|a bhailigh sibh] fúm i ndáiríre?",
            "fuair mé seanchuntas le {co} a bhí dearmadta agam. [an bhféadfadh sibh a insint dom|insígí dom] cén t-eolas pearsanta atá cláraithe agaibh fúm[?|??]",
            "tá imní orm faoi phríobháideachas agus ba mhaith liom a fháil amach go díreach cad atá ar eolas ag {co} fúm. [an seolfadh sibh chugam é?|conas a gheobhaidh mé é?]",
            "an bhfuil aon rud fum in bhur gcoras? [chlaraigh me le|is e mo riomhphost] {email}[, ba bhrea liom e ar fad a fheiceail| - seolaigi chugam gach a bhfuil agaibh]",
            "{hi}[ceist faoi phríobháideachas|ceist thapa]: cén data pearsanta fúm atá á úsáid agaibh agus cá bhfuair sibh é[?|??]",
            "cad atá taifeadta fúm agaibh? [ainm, seoladh, stair cheannacháin?|an stair ar fad?] [ba mhaith liom é ar fad a fháil|cuirigí chugam é] le bhur dtoil",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. níl sé le feiceáil áit ar bith cad iad na sonraí a [bhailíonn|choinníonn] an aip fúm. @{co} seolaigí cóip de mo chuid sonraí pearsanta chugam!",
            "⭐ [tá an aip ceart go leor|oibríonn an aip], ach tá mé ag fanacht le [coicís|mí] ar [chóip de mo chuid sonraí|liosta den mhéid atá agaibh fúm]. [níl sé sin ceart.|go dona.]",
            "@{co} cad iad na [sonraí|sonraí pearsanta] atá agaibh fúm? [ba mhaith liom gach rud a fheiceáil|taispeánaigí dom iad] le bhur dtoil",
            "[2 réalta.|⭐⭐] faoin RGCS tá sé de cheart agam a fháil amach cad atá [cláraithe|stóráilte] fúm ag {co}. [cá bhfuil mo chóip?|seolaigí chugam é, sin é.]",
            "cad ata ar eolas agaibh fum @{co}?? ta me ag iarraidh [mo chuid sonrai go leir|gach a bhfuil agaibh fum] [anois|chomh luath agus is feidir]. data access request pls",
            "[1 réalta.|⭐] d'iarr mé trí huaire mo chuid sonraí a fheiceáil agus [níor tháinig freagra ar bith|ní fhaighim ach freagraí uathoibríocha]. [taispeánaigí dom faoi dheireadh cad atá agaibh fúm.|cad atá sibh a cheilt?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a gheobhaidh mé amach [cé na sonraí pearsanta|cén t-eolas] atá agaibh fúm?",
            "an féidir libh cóip de mo chuid sonraí go léir a chur chugam?",
            "an bhfuil sé indéanta [liosta|achoimre] a fháil den eolas ar fad atá ag {co} fúm?",
            "{hi}cá bhfeicfidh mé cad atá ar eolas agaibh fúm? .i. na sonraí go léir atá cláraithe orm",
            "cad a chaithfidh me a dheanamh chun coip de mo shonrai pearsanta a fhail?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nBa mhaith liom cóip a fháil de na sonraí pearsanta atá á bpróiseáil agaibh fúm[, lena n-áirítear stair na n-orduithe agus sonraí teagmhála|]. {acct}\n\n{sign}",
            "{greet}\n\nLeis seo, tá mo cheart rochtana á fheidhmiú agam[ faoi Airteagal 15 den RGCS|]. Cuirigí in iúl dom, le bhur dtoil, cé na sonraí pearsanta fúm atá á bpróiseáil agaibh, cén fáth, agus cé dóibh ar nochtadh iad. {acct}\n\n{sign}",
            "{greet}\n\nBa mhaith liom a fháil amach cé na sonraí pearsanta atá ag {co} fúm agus cá bhfuair sibh iad. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Iarratas ar rochtain ar shonraí pearsanta faoi Airteagal 15 {law_gen}\n\nDe bhun Airteagal 15 de Rialachán (AE) 2016/679, iarraim oraibh a dheimhniú an bhfuil sonraí pearsanta a bhaineann liom á bpróiseáil agaibh. {acct} Más amhlaidh atá, iarraim oraibh na nithe seo a leanas a chur ar fáil dom:\n\n1. cóip de na sonraí pearsanta atá á bpróiseáil;\n2. críocha na próiseála;\n3. catagóirí na sonraí pearsanta lena mbaineann;\n4. na faighteoirí nó catagóirí faighteoirí, go háirithe faighteoirí i dtríú tíortha;\n5. an tréimhse a mheastar a stórálfar na sonraí;\n6. aon fhaisnéis atá ar fáil faoi fhoinse na sonraí, mura uaimse a bailíodh iad;\n7. faisnéis faoi aon chinnteoireacht uathoibrithe, lena n-áirítear próifíliú.\n\nIarraim oraibh freagra a thabhairt {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nÁbhar: Ceart rochtana an ábhair sonraí (Airteagal 15 den RGCS)\n\nMar ábhar sonraí, iarraim cóip de na sonraí pearsanta go léir atá á bpróiseáil ag {co} fúm, mar aon leis an bhfaisnéis a luaitear i bpointí (a) go (h) d'Airteagal 15(1) den RGCS. {acct}\n\nBeidh mé ag súil le bhur bhfreagra {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (Airteagal 17)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}scriosaigí mo chuntas[ agus mo chuid sonraí go léir| go buan|], le bhur dtoil[.|!|]",
            "ba mhaith liom go scriosfaí [mo chuntas|mo chuid sonraí go léir][ láithreach| go hiomlán|][.|!|]",
            "conas is féidir liom mo chuntas a scriosadh [go buan|go hiomlán][?|??]",
            "scriosaigí gach a bhfuil agaibh fúm[, go raibh maith agaibh|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}níl an aip in úsáid agam níos mó. [dúnaigí mo chuntas|dúnaigí m'account] agus bainigí gach eolas fúm as an gcóras[.|, le bhur dtoil]",
            "fuair mé seanchuntas le {co} ó [2015|laethanta na hollscoile|i bhfad ó shin]. ba mhaith liom fáil réidh leis agus le gach sonra a bhaineann leis, [glanaigí amach é ar fad|déanaigí delete ar gach rud] le bhur dtoil",
            "conas a dhéanfaidh mé delete ar [m'account|mo phróifíl][?|??] [ní aimsím é sna socruithe|níl aon chnaipe san aip]",
            "[tar éis na drochsheirbhíse sin|tar éis drochthaithí] níl mé ag iarraidh a bheith i mo chustaiméir agaibh níos mó. bainigí mo phróifíl agus mo chuid sonraí ar fad as bhur gcóras",
            "an féidir mo phróifíl a [ghlanadh amach go hiomlán|bhaint ar fad]? níl mé ag iarraidh go bhfanfadh aon rud fúm ag {co}",
            "glanaigi amach gach rud fum le bhur dtoil – [ainm, uimhir fon, stair cheannachain|grianghraif agus gach rud]. [ta me ag laghdu mo lorg digiteach|ag glanadh suas ar line ata me]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. @{co} scriosaigí mo chuntas, [níl aon chnaipe san aip chuige|ní aimsím conas é a scriosadh]",
            "⭐ aip uafásach. ba mhaith liom go scriosfaí [mo chuntas|mo phróifíl] agus mo chuid sonraí go léir. [láithreach.|anois.]",
            "@{co} [conas|cá háit] a scriosaim an cuntas? [chuardaigh mé gach áit|ní aimsím é]. bainigí gach eolas fúm, le bhur dtoil",
            "[2 réalta.|⭐⭐] [níl an aip in úsáid agam níos mó|ní úsáidim an tseirbhís a thuilleadh] agus ba mhaith liom go [scriosfadh|mbainfeadh] sibh mo chuid sonraí pearsanta go léir as bhur [bhfreastalaithe|gcóras]. [faoin RGCS|tá sé de cheart agam].",
            "delete my account [pls|anois] @{co}, scriosaigi m'account",
            "[1 réalta.|⭐] [d'iarr mé mí ó shin go scriosfaí mo chuntas|chuir mé iarratas scriosta isteach i bhfad ó shin] agus tá mé fós ag fáil [ríomhphost|fógraí] uaibh. [scriosaigí|glanaigí amach] mé [as an gcóras|go hiomlán] [ANOIS|láithreach]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a scriosfaidh mé mo chuntas [go hiomlán|go buan]?",
            "an féidir libh mo [chuntas|phróifíl] agus gach sonra fúm a scriosadh?",
            "an bhfuil sé indéanta gach eolas fúm a bhaint de bhur gcóras?",
            "{hi}cé chuige a scríobhfaidh mé chun mo chuntas a scriosadh?",
            "conas mo shonrai pearsanta go leir a scriosadh?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNíl [bhur seirbhís|an aip|mo chuntas le {co}] in úsáid agam a thuilleadh agus iarraim oraibh mo chuntas agus mo chuid sonraí pearsanta go léir a scriosadh. [Deimhnígí an scriosadh liom, le bhur dtoil.|Bheinn buíoch as deimhniú gairid.|]\n\n{sign}",
            "{greet}\n\nIarraim oraibh leis seo mo chuid sonraí pearsanta go léir a léirscriosadh gan moill mhíchuí[ faoi Airteagal 17 den RGCS|]. {acct}\n\n{sign}",
            "{greet}\n\nChláraigh mé [anuraidh|tamall ó shin] le haghaidh ordú amháin. Dúnaigí an cuntas agus scriosaigí mo chuid sonraí go léir, le bhur dtoil. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Iarratas ar léirscriosadh sonraí pearsanta („an ceart go ndéanfaí dearmad“) faoi Airteagal 17 {law_gen}\n\nDe bhun Airteagal 17(1) de Rialachán (AE) 2016/679, iarraim oraibh na sonraí pearsanta go léir a bhaineann liom a léirscriosadh gan moill mhíchuí. {acct} Níl na sonraí riachtanach a thuilleadh i ndáil leis na críocha ar bailíodh iad.\n\nMá nocht sibh mo chuid sonraí do thríú páirtithe, iarraim oraibh iad a chur ar an eolas faoin léirscriosadh, de réir Airteagal 19 den RGCS. Má chuireann oibleagáid dhlíthiúil coinneála cosc ar léirscriosadh iomlán, cuirigí in iúl dom cé na sonraí a choinneofar, cén bunús dlí atá leis sin agus cá fhad a choinneofar iad.\n\nIarraim oraibh an léirscriosadh a dheimhniú i scríbhinn {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nÁbhar: Dúnadh cuntais agus scriosadh sonraí\n\nTá an ceart atá agam faoi Airteagal 17 den RGCS á fheidhmiú agam, agus iarraim oraibh mo chuntas le {co} a dhúnadh agus na sonraí pearsanta go léir a bhaineann leis a scriosadh, lena n-áirítear ó chóipeanna cúltaca nuair is féidir sin go teicniúil. {acct}\n\nCuirigí in iúl dom na bearta a rinneadh {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[an tríú huair|arís|faoi dhó cheana]: SCRIOSAIGÍ MO CHUNTAS agus mo chuid sonraí go léir[!|!!]",
            "níl [cnaipe scriosta san aip|aon bhealach ann an cuntas a scriosadh san aip]. ba mhaith liom go n-imeodh [an cuntas|gach rud], mo chuid sonraí san áireamh",
        ]},
        // ---- rectification (Airteagal 16)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tá mo shloinne litrithe mícheart sa chuntas, is é {last} an leagan ceart",
            "an féidir libh mo dháta breithe a cheartú? [tá sé mícheart|tá an bhliain mícheart]",
            "[tá mo sheoladh agaibh as dáta|tá m'uimhir fóin agaibh mícheart][, athraígí é le bhur dtoil|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}d'aistrigh mé [go hárasán nua|go baile eile] agus chuaigh [an bille|an beart] chuig an seanseoladh. an féidir libh mo shonraí a nuashonrú? is é {street} {d}{d}, {city} an ceann nua",
            "fuair mé [bille|sonrasc] le [hainm mícheart|hainm nach liomsa] air, {name} is ainm dom. [an féidir libh é a shocrú sa chóras?|cuirigí ina cheart sa taifead é le bhur dtoil]",
            "tá [uimhir nua|uimhir fóin póca nua] agam, níl an seancheann ag obair níos mó. [an bhféadfadh sibh í a nuashonrú|cuirigí an ceann nua isteach] [sa chuntas|sa phróifíl] le bhur dtoil",
            "[botún beag|earráid] i mo phróifíl: tá [bliain mo bhreithe|mo sheoladh ríomhphoist|m'uimhir PPS] curtha isteach mícheart. conas is féidir é a chur ina cheart[?|??]",
            "[tar éis na bainise|le déanaí] d'athraigh mé mo shloinne, an féidir libh é a nuashonrú? is é {last} an ceann nua",
            "tá [mo sheanseoladh|m'uimhir fóin mhícheart] fós le feiceáil san aip, cé gur thriail mé féin é sin a athrú. [socraígí é le bhur dtoil|an féidir libh é a cheartú?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. [tá mo sheoladh mícheart|tá m'ainm litrithe mícheart] san aip agus ní ligeann sí dom é a athrú. @{co} [ceartaigí é|socraigí é] le bhur dtoil",
            "@{co} tá [uimhir fóin mhícheart|mo sheanseoladh|dáta breithe mícheart] agaibh dom. [ceartaigí é le bhur dtoil|nuashonraigí é], [bhog mé teach|d'athraigh mé m'uimhir]",
            "⭐⭐ téann na beartáin i gcónaí chuig [an seanseoladh|an seoladh mícheart] mar nár [nuashonraigh|cheartaigh] sibh mo shonraí. is é mo sheoladh nua [1|2|3|4|5]{d} {street}.",
            "[ta mo shloinne litrithe micheart|ainm micheart ar mo phroifil] agaibh @{co}, [an feidir libh e a cheartu?|ceartaigi e pls]",
            "[2 réalta.|⭐] tá mo dháta breithe mícheart in bhur gcóras agus [níl áit ar bith|ní aimsím áit ar bith] lena athrú. ba chóir gurb é {date} é. [ceartaigí é le bhur dtoil.|an féidir libh é a shocrú?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a athróidh mé [mo sheoladh? tá sé mícheart agaibh|m'uimhir fóin? tá sí as dáta agaibh]",
            "an féidir libh mo shloinne a cheartú? [tá sé litrithe mícheart|tá botún ann]",
            "an bhfuil sé indéanta mo dháta breithe a cheartú? [tá sé mícheart|tá an bhliain mícheart]",
            "{hi}cá ndéanfaidh mé mo sheoladh a nuashonrú? d'aistrigh mé, is é {street} 1{d} an seoladh nua",
            "cad a dheanfaidh me chun go gceartoidh sibh m'uimhir fhoin? ta si as data",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Tá an seoladh atá agaibh i mo chomhad as dáta. Ceartaígí na sonraí, le bhur dtoil[, faoi Airteagal 16 den RGCS|]. Is é {d}{d} {street}, {city} mo sheoladh nua.|Tá m'ainm litrithe mícheart. Ceartaígí na sonraí, le bhur dtoil[, faoi Airteagal 16 den RGCS|]. Is é {name} an leagan ceart.|Tá an dáta breithe i mo chuntas mícheart. Ceartaígí é, le bhur dtoil[, faoi Airteagal 16 den RGCS|]. Is é {date} an dáta ceart.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[D'athraigh mé mo shloinne, ach tá an seanainm fós i bhur gcóras.|D'aistrigh mé teach, ach tá an seanseoladh fós i bhur gcóras.] Nuashonraígí mo shonraí, le bhur dtoil. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Iarratas ar cheartú sonraí pearsanta míchruinne faoi Airteagal 16 {law_gen}\n\nTá na sonraí pearsanta atá á bpróiseáil ag {co} fúm míchruinn: [cuireadh isteach mo dháta breithe go mícheart|tá m'ainm litrithe go mícheart|taifeadadh riaráiste íocaíochta nach ann dó]. {acct}\n\nDe bhun Airteagal 16 de Rialachán (AE) 2016/679, iarraim oraibh na sonraí sin a cheartú gan mhoill agus na faighteoirí a chur ar an eolas de réir Airteagal 19. Deimhnígí an ceartúchán i scríbhinn {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ná [díolaigí|tugaigí] mo chuid sonraí do thríú páirtithe, le bhur dtoil",
            "níl mé sásta go ndíolfaí mo chuid sonraí le [comhpháirtithe fógraíochta|bróicéirí sonraí|comhlachtaí eile]",
            "cá háit ar féidir liom diúltú do roinnt mo chuid sonraí le comhpháirtithe?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[go tobann|as áit ar bith] tá [glaonna|spam|téacsanna] ag teacht chugam ó chomhlachtaí nár chuala mé riamh fúthu. an bhfuil sibh ag scaipeadh mo shonraí teagmhála? stopaigí é sin le bhur dtoil",
            "{hi}níl mé ag iarraidh go gcuirfeadh {co} m'eolas ar aghaidh chuig [partners|comhlachtaí fógraíochta|data brokers]. cá háit a múchfaidh mé é sin[?|??]",
            "léigh mé bhur bpolasaí príobháideachais agus feicim go roinneann sibh sonraí le [tríú páirtithe|comhlachtaí comhpháirtíochta]. ní theastaíonn uaim go mbeadh mo chuid sonraí páirteach ann",
            "níl an cnaipe do not sell [ann|ag obair] san aip. [le bhur dtoil|impím oraibh,] ná cuirigí m'eolas ar aghaidh chuig aon duine eile",
            "stopaigí ag scaipeadh [mo sheoladh ríomhphoist|m'uimhir fóin] ar chomhlachtaí eile, [tá spam ag teacht ó gach áit anois|fuair mé téacs ó chomhlacht nach n-aithním]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. [ná díolaigí mo chuid sonraí|stopaigí ag díol mo chuid sonraí] @{co}!",
            "⭐ fuair mé amach go [ndíolann|roinneann] {co} sonraí úsáideoirí le [fógróirí|tríú páirtithe|bróicéirí sonraí]. níl mé ag iarraidh go [dtabharfaí mo chuid sonraí do dhuine ar bith|ndíolfaí mo chuid sonraí le héinne]. [stopaigí.|go raibh maith agaibh.]",
            "@{co} ní thugaim cead daoibh mo chuid eolais a [dhíol|roinnt] le [comhpháirtithe|fógróirí|tríú páirtithe]. [conas é sin a mhúchadh?|deimhnígí é, le bhur dtoil]",
            "[2 réalta.|⭐⭐] [aip mhaith ach|níl sí go dona ach] [deir na téarmaí|deir an polasaí príobháideachais] gur féidir libh mo chuid sonraí a [thabhairt|roinnt] le [tríú páirtithe|comhlachtaí comhpháirtíochta]. níl mé ag iarraidh go rachadh mo chuid sonraí lasmuigh de {co}.",
            "na diolaigi agus na roinnigi mo chuid sonrai [le daoine eile|le triu pairtithe] @{co} go raibh maith agaibh. do not sell or share",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a chuirfidh mé stop libh mo shonraí a dhíol le [tríú páirtithe|fógróirí|bróicéirí sonraí]?",
            "an féidir libh stopadh de mo chuid sonraí a dhíol?",
            "an bhfuil sé indéanta cosc a chur oraibh mo shonraí a roinnt le [comhpháirtithe|fógróirí]?",
            "{hi}an ndíolann sibh mo shonraí ar aghaidh? más ea, conas é sin a stopadh?",
            "ca gcuirfidh me stop le {co} mo shonrai a dhiol?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLeis seo, déanaim agóid i gcoinne mo chuid sonraí pearsanta a thabhairt nó a dhíol le tríú páirtithe, go háirithe chun críocha fógraíochta. {acct}\n\n{sign}",
            "{greet}\n\nIs cosúil gur bhain mo chuid sonraí [comhlacht teileamhargaíochta|díoltóir liostaí seoltaí] amach. Ná tugaigí mo chuid sonraí do [chomhpháirtithe|thríú páirtithe] a thuilleadh, le bhur dtoil. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Toirmeasc ar mo chuid sonraí pearsanta a thabhairt nó a dhíol le tríú páirtithe\n\nCuirim in iúl daoibh nach dtoilím le mo chuid sonraí pearsanta a dhíol, a ligean ar cíos ná a thabhairt ar bhealach ar bith eile do thríú páirtithe, lena n-áirítear líonraí fógraíochta agus bróicéirí sonraí. {acct} Más ar mo thoiliú atá sin bunaithe, tarraingím siar é; más ar leasanna dlisteanacha atá sé bunaithe, déanaim agóid ina choinne faoi Airteagal 21 {law_gen}.\n\nCuirigí in iúl dom cé na faighteoirí ar tugadh mo chuid sonraí dóibh go dtí seo, agus deimhnígí {deadline} gur cuireadh deireadh leis sin.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (Airteagal 21(2))
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[le bhur dtoil, |]ná seolaigí [fógraí|nuachtlitreacha|ríomhphoist phromóisin|téacsanna fógraíochta] chugam níos mó[!|.|]",
            "[bainigí mé den liosta|ba mhaith liom díliostáil ón nuachtlitir]",
            "stopaigí ag seoladh [tairiscintí|fógraí|promóisin] chugam[!|.|]",
            "conas is féidir liom díliostáil ó bhur ríomhphoist[?|, níl an nasc ag obair]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[tá mo bhosca isteach lán de|faighim gach lá] [ríomhphoist mhargaíochta|newsletters] uaibh, [tá mé bréan díobh|níl siad uaim]. [unsubscribe le bhur dtoil|ní theastaíonn aon phost margaíochta uaim]",
            "níl an nasc unsubscribe [ag obair|ach ag tabhairt earráide]. [an bhféadfadh sibh {email} a bhaint den liosta postála|bainigí {email} den mailing list]?",
            "ní theastaíonn glaonna díolacháin uaim níos mó, [an tríú ceann an tseachtain seo|dúirt mé \"níl\" go minic]. [ná glaoigí orm le tairiscintí|níl aon tairiscint ar an bhfón uaim]",
            "níl mé ag iarraidh [téacsanna promóisin|SMS le tairiscintí] ó {co} níos mó, [tháinig ceann ag 7 ar maidin|níl ann ach spam]",
            "{hi}[cheannaigh mé rud uair amháin|cheannaigh mé {product} uair amháin] agus ó shin i leith faighim [fógraí|newsletters] [gach aon lá|gan stad]. níl mé ag iarraidh a bheith ar an liosta sin",
            "conas a mhúchaim na ríomhphoist mhargaíochta? ba mhaith liom an cuntas a choinneáil, gan [an spam|na tairiscintí] amháin",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. [turscar|spam] gach lá. @{co} [bainigí den liosta seoltaí mé|díliostálaigí mé] [ANOIS|le bhur dtoil]",
            "⭐ [níl an nasc díliostála ag obair|bhrúigh mé unsubscribe agus tá na ríomhphoist fós ag teacht]. ná seolaigí [nuachtlitreacha|ríomhphoist fógraíochta|tairiscintí] chugam níos mó [!!|, d'iarr mé é trí huaire cheana]",
            "@{co} [ná seolaigí SMS chugam níos mó|ní theastaíonn tairiscintí SMS uaim] le bhur dtoil, [níl fógraí uaim|níl aon suim agam in bhur dtairiscintí]",
            "[2 réalta.|⭐⭐] [táirgí maithe|oibríonn an aip go maith] ach tá [na ríomhphoist mhargaíochta|an fhógraíocht ríomhphoist] [dochreidte|thar fóir]. níl aon [nuachtlitir|ríomhphost fógraíochta] uaim ó {co} a thuilleadh agus [ná cuirigí glaonna díolacháin orm|ná glaoigí orm le tairiscintí] ach oiread.",
            "UNSUBSCRIBE!! [na seolaigi an nuachtlitir chugam|bainigi den liosta me] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a dhíchláróidh mé ón [nuachtlitir|liosta ríomhphoist]?",
            "an féidir libh stopadh de [ríomhphoist fógraíochta|SMS le tairiscintí|nuachtlitreacha] a chur chugam?",
            "an bhfuil sé indéanta fáil réidh leis na [téacsanna fógraíochta|glaonna díolacháin] seo go léir?",
            "{hi}cá ndíliostálfaidh mé ón nuachtlitir? tá an iomarca ríomhphost á fháil agam uaibh",
            "cad a dheanfaidh me chun nach gcuirfidh sibh fograi chugam i riomhphost?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nBainigí an seoladh {email} de gach liosta margaíochta, le bhur dtoil. Dhíliostáil mé [faoi dhó cheana|níos mó ná uair amháin], ach tá an nuachtlitir ag teacht chugam fós.\n\n{sign}",
            "{greet}\n\nDéanaim agóid i gcoinne úsáid mo chuid sonraí chun críocha margaíochta dírí[ (Airteagal 21(2) den RGCS)|]. Ná seolaigí fógraí chugam níos mó, ná trí ríomhphost ná trí théacs. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Agóid i gcoinne próiseáil sonraí pearsanta chun críocha margaíochta dírí (Airteagal 21(2) {law_gen})\n\nDe bhun Airteagal 21(2) agus (3) de Rialachán (AE) 2016/679, déanaim agóid i gcoinne próiseáil mo chuid sonraí pearsanta chun críocha margaíochta dírí, lena n-áirítear próifíliú a bhaineann le margaíocht den sórt sin. {acct}\n\nIarraim oraibh stop a chur le teachtaireachtaí fógraíochta ar gach bealach (ríomhphost, téacs, guthán, post) agus é sin a dheimhniú {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (Airteagal 7(3))
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tarraingím siar mo thoiliú [do na fianáin|don rianú|do phróiseáil mo chuid sonraí][.|!|]",
            "[múchaigí|stopaigí] rianú [mo shuímh|mo chuntais], le bhur dtoil",
            "níl mé sásta a thuilleadh go n-úsáidfeadh sibh mo chuid sonraí le haghaidh [fógraí pearsantaithe|anailíse|próifílithe]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[chuir mé tic|thug mé cead] de thimpiste [don tracking|do gach fianán|do rochtain ar mo shuíomh] nuair a chláraigh mé. [ba mhaith liom é sin a chealú|conas a chealóidh mé é?]",
            "{hi}thug mé cead daoibh [mo ghrianghraf|mo chuid grianghraf|an físeán díom] a úsáid [ar instagram|ar bhur suíomh gréasáin]. d'athraigh mé m'intinn agus cealaím an cead sin",
            "níl mé ag iarraidh a thuilleadh go roinnfeadh [an t-uaireadóir|an aip] [mo shonraí sláinte|mo shonraí codlata|mo ráta croí] libh. [cealaím an cead|níl cead agaibh níos mó], conas a dhéanaim é sin?",
            "cead location: [ní theastaíonn uaim é a bheith ar siúl|tá mé á chealú]. [níl gá don aip a fhios a bheith aici cá bhfuil mé|níl mé ag iarraidh go leanfaí mé]",
            "ghlac mé le [cookies|fianáin] ar bhur suíomh ach is oth liom é, [cealaím an toiliú sin|ba mhaith liom é a chur ar ceal]. [fianáin riachtanacha amháin|gan analytics ar bith]",
            "[cealaím|cuirim ar ceal] an cead a thug mé do [mholtaí pearsantaithe|analytics|úsáid mo thaifeadtaí gutha]. [cá háit a n-athraím é?|múchaigí é le bhur dtoil]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. [rianaíonn an aip mo shuíomh|bíonn a fhios ag an aip i gcónaí cá bhfuil mé] de lá agus d'oíche. @{co} [tarraingím siar mo thoiliú|cuirim deireadh le mo thoiliú] do shonraí suímh",
            "⭐ ghlac mé le [fianáin agus rianú|tracking] [de thimpiste|tamall ó shin] agus ba mhaith liom an toiliú sin a tharraingt siar. [cén fáth nach bhfuil cnaipe ann?|cá ndéanaim é sin?]",
            "@{co} níl cead agaibh [mo ghrianghraif|mo ghrianghraf] a úsáid in bhur [bhfógraí|n-ábhar margaíochta] níos mó. [tarraingím siar|cealaím] an toiliú a thug mé [anuraidh|an uair sin]",
            "[2 réalta.|⭐⭐] [thug mé cead|lig mé] don aip [mo shonraí sláinte|mo shonraí codlata|mo shonraí buille croí] a úsáid ach níl sé sin uaim níos mó. [tarraingím siar mo thoiliú|cealaím an cead sin] agus [ná húsáidigí iad níos mó|stopaigí á bpróiseáil].",
            "tarraingim siar mo thoiliu [d'anailisiocht|do phearsanu|d'abhar pearsantaithe] @{co}, [nil se uaim nios mo|no thanks]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a tharraingeoidh mé siar mo thoiliú le haghaidh [rianú suímh|fianáin agus rianú|úsáid mo ghrianghraf]?",
            "an féidir liom an toiliú a thug mé [do phróiseáil mo shonraí sláinte|do thaifeadadh glaonna|d'ábhar pearsantaithe] a tharraingt siar?",
            "an bhfuil sé indéanta an toiliú [d'anailísíocht|do rianú] a chealú? [ní cheadaím é a thuilleadh|níl mé sásta leis a thuilleadh]",
            "{hi}cá dtarraingeoidh mé siar an cead a thug mé daoibh mo [ghrianghraif|thaifeadtaí gutha|shuíomh] a úsáid?",
            "conas mo thoiliu d'fhianain a tharraingt siar?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLeis seo, tarraingím siar mo thoiliú le próiseáil mo chuid sonraí pearsanta [le haghaidh fógraíochta pearsantaithe|chun críocha anailíse|le haghaidh seirbhísí suímh][ (Airteagal 7(3) den RGCS)|]. {acct}\n\n{sign}",
            "{greet}\n\nNuair a chláraigh mé, thug mé toiliú go n-úsáidfí [mo chuid sonraí le haghaidh anailís margaíochta|mo thaifeadtaí gutha chun samhlacha a oiliúint]. Níl sé sin uaim a thuilleadh – measaigí go bhfuil mo thoiliú tarraingthe siar. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Toiliú a tharraingt siar faoi Airteagal 7(3) {law_gen}\n\nLeis seo, tarraingím siar, le héifeacht ón lá inniu amach, gach toiliú a thug mé do {co} chun mo chuid sonraí pearsanta a phróiseáil, go háirithe le haghaidh próifílithe agus fógraíochta pearsantaithe. {acct}\n\nDeimhnígí i scríbhinn {deadline} cé na próiseálacha ar cuireadh deireadh leo.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (Airteagal 20)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}an féidir libh mo chuid sonraí a easpórtáil i [CSV|JSON|Excel]? tá mé ag athrú soláthraí",
            "ba mhaith liom [mo stair|mo chuid sonraí|mo sheinmliostaí] a aistriú chuig soláthraí eile, conas a dhéanfainn é sin?",
            "{hi}an féidir liom mo chuid sonraí go léir a íoslódáil in aon chomhad amháin le huaslódáil in áit eile?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tá mé ag bogadh chuig [banc eile|oibreoir eile|aip eile]. [an bhféadfadh sibh|an féidir libh] mo chuid sonraí a sheoladh [díreach chucu|go díreach chuig an gcomhlacht nua]?",
            "an féidir [an stair ar fad|mo chuid workouts|mo stair cheannacháin] a export-áil mar chomhad [json|csv]? tá mé ag bogadh go [Strava|Google|aip eile]",
            "{hi}teastaíonn mo chuid sonraí uaim i bhformáid is féidir le córas eile a léamh, le go n-uaslódálfainn chuig comhlacht eile iad – tá mé ag fágáil {co}",
            "ní thugann an cnaipe [download my data|data export] ach [PDF|screenshots]. [teastaíonn csv nó json uaim|teastaíonn formáid uaim is féidir le córas eile a iompórtáil] chun é a thabhairt chuig an [soláthraí|comhlacht] nua",
            "tá mé ag athrú go [soláthraí leictreachais eile|comhlacht árachais eile|giomnáisiam eile] ag deireadh na míosa. an féidir libh [stair m'úsáide|mo chuid sonraí] a chur [go díreach|go leictreonach] chuig an gcomhlacht nua?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. [níl aon bhealach|níl sé indéanta] do chuid sonraí a easpórtáil [as an aip|]. @{co} seolaigí [mo chuid sonraí go léir|mo chuid sonraí] chugam i gcomhad [CSV|JSON]",
            "⭐ tá mé ag aistriú chuig [seirbhís eile|aip eile] agus ba mhaith liom [stair mo chuid traenála|mo chuid sonraí|mo sheinmliostaí] a thabhairt liom. [cá bhfuil an cnaipe easpórtála?|cén fáth nach bhfuil easpórtáil ann?]",
            "@{co} [an féidir libh mo chuid sonraí a sheoladh|seolaigí mo chuid sonraí] díreach chuig [mo sholáthraí nua|an comhlacht nua] a bhfuil mé ag aistriú chuige? [iniomparthacht sonraí faoin RGCS|tá sé de cheart agam]",
            "[2 réalta.|⭐⭐] [d'iarr mé|tá mé ag iarraidh] mo chuid sonraí i bhformáid [atá inléite ag meaisín|struchtúrtha] ([CSV|JSON]) chun iad a aistriú áit eile agus ní bhfuair mé ach [PDF|gabháil scáileáin|faic]. ní leor é sin.",
            "ta mo chuid sonrai uaim [i gcsv|i json|i gcomhad] chun [iad a aistriu|dul chuig solathrai eile] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a gheobhaidh mé mo shonraí i gcomhad [CSV|JSON] chun iad a aistriú chuig seirbhís eile?",
            "an féidir libh mo shonraí a chur go díreach chuig an [soláthraí nua|gcomhlacht nua] a bhfuil mé ag aistriú chuige?",
            "an bhfuil sé indéanta mo shonraí go léir a fháil i bhformáid [inléite ag meaisín|chomhaid] le go dtógfaidh mé in áit eile iad?",
            "{hi}cá [n-íoslódálfaidh|n-easpórtálfaidh] mé mo shonraí mar [CSV|JSON]? tá mé ag aistriú chuig [soláthraí|seirbhís] eile",
            "cad a dheanfaidh me chun mo shonrai a fhail i gcomhad json do sholathrai eile?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nTá mé ag athrú soláthraí agus ba mhaith liom mo cheart chun iniomparthachta sonraí a fheidhmiú[ (Airteagal 20 den RGCS)|]. Seolaigí mo chuid sonraí pearsanta chugam i bhformáid struchtúrtha atá inléite ag meaisín (m.sh. CSV nó JSON), le bhur dtoil. {acct}\n\n{sign}",
            "{greet}\n\nMás féidir sin go teicniúil, iarraim oraibh mo chuid sonraí a sheoladh go díreach chuig mo sholáthraí nua. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: An ceart chun iniomparthachta sonraí a fheidhmiú faoi Airteagal 20 {law_gen}\n\nDe bhun Airteagal 20(1) de Rialachán (AE) 2016/679, iarraim oraibh na sonraí pearsanta a chuir mé ar fáil do {co} a thabhairt dom i bhformáid struchtúrtha, a úsáidtear go coitianta agus atá inléite ag meaisín. {acct} [De réir Airteagal 20(2), iarraim go dtarchuirfí na sonraí go díreach chuig an rialaitheoir nua, nuair is féidir sin go teicniúil.|]\n\nIarraim oraibh an t-iarratas seo a chomhlíonadh {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (Airteagal 18)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[reoigí|cuirigí bac ar] mo chuid sonraí, le bhur dtoil, go dtí go [réiteofar an t-aighneas|seiceálfaidh sibh an earráid]",
            "ná scriosaigí mo chuid sonraí, ach ná [húsáidigí|próiseálaigí] iad ach oiread go dtí go ndéanfaidh mé gearán",
            "ba mhaith liom go gcuirfeadh sibh srian le próiseáil mo chuid sonraí[ go dtí go gceartófar mo sheoladh|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}tá mé ag easaontú leis an mbille [uimh. {order}|ón {date}]. cuirigí mo chuid sonraí [ar fionraí|ar sos] go dtí go mbeidh sé socraithe, ach ná caithigí aon rud amach",
            "fuair mé bille mícheart, [níl an tsuim ceart|níl aon rud dlite uaim]. fad is atá sibh á sheiceáil, fágaigí m'eolas gan úsáid – coinnígí é, sin an méid",
            "deir [mo dhlíodóir|m'aturnae] go mbeidh [na taifeadtaí|sonraí ordú {order}] ag teastáil uaim [sa chúirt|don chás]. ná bainigí iad, ach ná bainigí úsáid eile astu go fóill",
            "níl mé ag iarraidh [an cuntas|na sonraí] a scriosadh, níl uaim ach go stopfaí gach úsáid a bhaintear astu [go sealadach|ar feadh tamaill] [go dtí go gceartófar an earráid|fad is atá mo ghearán á fhiosrú]",
            "an féidir libh mo chuid sonraí a [ghlasáil|chur faoi shrian] [fad is atá an Coimisiún um Chosaint Sonraí ag féachaint ar mo ghearán|fad is atá mé ag fanacht le freagra]? fanaidís i dtaisce ach gan úsáid",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [ná scriosaigí aon rud|ná scriosaigí mo chuid sonraí] ach stopaigí á n-úsáid [fad atá an t-aighneas ar siúl|go dtí go réiteofar an cás]. [go raibh maith agaibh.|]",
            "1 réalta. [rinne mé gearán|chuir mé in aghaidh an bhille] agus tá sibh fós ag [próiseáil|úsáid] m'eolais. [reoigí|blocálaigí] mo chuid sonraí go dtí go mbeidh sé réitithe, ach ná scriosaigí iad.",
            "⭐ [tá mo chuid sonraí mícheart|tá an t-eolas fúm mícheart]. ba mhaith liom go [gcuirfeadh sibh srian ar an bpróiseáil|stopfadh sibh á n-úsáid] fad atá sibh ag [seiceáil an bhfuil siad cruinn|dul tríothu]. ach ná scriosaigí iad.",
            "[2 réalta.|⭐⭐] tá [na sonraí|na taifid] ag teastáil uaim mar [fhianaise sa chúirt|fhianaise i gcás] in bhur n-aghaidh, mar sin [ná scriosaigí iad|ní féidir iad a scriosadh] ach [stopaigí gach próiseáil|ná húsáidigí iad] go fóill @{co}",
            "[coinnigi|just coinnigi] mo chuid sonrai ach [na husaidigi iad|stopaigi a bproiseail] go foill @{co}, na scriosaigi [faic|aon rud]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "an féidir libh próiseáil mo shonraí a reo fad is atá [an gearán á fhiosrú|sibh ag seiceáil an bhfuil siad ceart]? ach ná scriosaigí iad",
            "an bhfuil sé indéanta próiseáil mo shonraí a shrianadh [go fóill|go sealadach] gan iad a scriosadh?",
            "conas a iarrfaidh mé oraibh stopadh de mo shonraí a úsáid [faoi láthair|go dtí go réiteofar an díospóid] ach iad a choinneáil? teastaíonn siad uaim le haghaidh [cás dlí|mo dhlíodóra]",
            "{hi}cé chuige a scríobhfaidh mé chun próiseáil mo shonraí a bhlocáil go sealadach? [ná scriosaigí tada|níor cheart go gcaillfí iad]",
            "conas proiseail mo shonrai a shrianadh gan iad a scriosadh?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nFad is atá [cruinneas mo chuid sonraí á sheiceáil agaibh|an t-aighneas faoi mo bhille ar siúl], iarraim oraibh srian a chur le próiseáil mo chuid sonraí pearsanta[ faoi Airteagal 18 den RGCS|]. Is féidir libh iad a stóráil, ach ná húsáidigí iad. {acct}\n\n{sign}",
            "{greet}\n\nNá scriosaigí [taifeadadh ár nglao gutháin|na sonraí faoi ordú uimhir {order}], le bhur dtoil, mar tá siad de dhíth orm le haghaidh [cás dlí|gearáin]. Ina áit sin, cuirigí srian lena bpróiseáil. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Iarratas ar shrian a chur le próiseáil faoi Airteagal 18 {law_gen}\n\n[De bhun Airteagal 18(1)(a) de Rialachán (AE) 2016/679, déanaim agóid faoi chruinneas na sonraí pearsanta atá á bpróiseáil agaibh fúm, agus iarraim srian ar an bpróiseáil go ceann tréimhse a chuirfidh ar bhur gcumas cruinneas na sonraí a fhíorú.|De bhun Airteagal 18(1)(c) de Rialachán (AE) 2016/679, iarraim srian ar an bpróiseáil, toisc go bhfuil na sonraí de dhíth orm chun éilimh dhlíthiúla a bhunú, a fheidhmiú nó a chosaint.|De bhun Airteagal 18(1)(d) de Rialachán (AE) 2016/679, iarraim srian ar an bpróiseáil go dtí go bhfíorófar an bhfuil forais dhlisteanacha {co} sáraitheach ar mo chuidse.] {acct}\n\nCuirigí ar an eolas mé sula mbainfear an srian, de réir Airteagal 18(3), agus deimhnígí cur i bhfeidhm an tsriain {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (Airteagal 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "déanaim agóid i gcoinne [an phróifílithe|anailís ar m'iompar|próiseáil mo chuid sonraí] a dhéanann sibh ar bhonn „leasa dhlisteanaigh“",
            "níl mé sásta go mbeadh sibh ag [déanamh anailíse ar|faire ar] an gcaoi a n-úsáidim an aip. stopaigí é",
            "{hi}conas is féidir liom agóid a dhéanamh i gcoinne próiseáil mo chuid sonraí le haghaidh [anailíse|measúnú riosca|staitisticí]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "chonaic mé sa pholasaí príobháideachais go ndéanann sibh próifílí de chustaiméirí [bunaithe ar a gcuid ceannachán|bunaithe ar a n-iompar] ar bhonn leasa dhlisteanaigh. [cuirim i gcoinne sin|ná déanaigí é sin liomsa]",
            "{hi}tá mé i gcoinne go n-úsáideann {co} [mo stair cheannacháin le haghaidh scóráil chreidmheasa|mo chuid sonraí laistigh den ghrúpa comhlachtaí]. ná déanaigí é sin i mo chás-sa",
            "[is scanrúil liom|creepy] go gcláraíonn sibh gach click a dhéanaim san aip le haghaidh anailíse. [níl mé ag iarraidh a bheith páirteach in bhur analytics|cuirim i gcoinne na hanailíse iompair sin]",
            "ní maith liom go dtugann [an banc|sibh] scór dom bunaithe ar [m'idirbhearta|mo chaiteachas] gan cead a iarraidh. [cuirim ina choinne|deirim \"níl\" leis an bpróiseáil sin]",
            "cad é an „leas dlisteanach“ seo? cuirim i gcoinne go [ndéanfaí anailís ar thaifeadtaí mo ghlaonna|n-úsáidfí stair mo shuímh le haghaidh staitisticí] ar an mbonn sin",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. déanann an aip anailís ar [m'iompar|gach rud a dhéanaim] chun próifíl a chruthú. @{co} [cuirim ina choinne sin|cuirim in aghaidh na próifílithe sin]!",
            "⭐ [is cuma liom|ní chuireann sé aon difríocht] cad a thugann sibh air – „leas dlisteanach“ – [cuirim i gcoinne|ní ghlacaim leis] go [ndéanann sibh anailís ar mo nósanna ceannaigh|n-úsáideann sibh mo chuid sonraí le haghaidh anailísíochta]. [stopaigí.|is leor sin.]",
            "@{co} cuirim in aghaidh go [roinntear mo chuid sonraí laistigh den ghrúpa|seoltar mo chuid sonraí idir comhlachtaí an ghrúpa]. [níor aontaigh mé riamh leis sin.|]",
            "[2 réalta.|⭐⭐] [úsáideann {co} mo chuid sonraí|úsáideann sibh mo chuid sonraí] le haghaidh [measúnú riosca|scóráil calaoise|scóráil creidmheasa] bunaithe ar „leas dlisteanach“. cuirim in aghaidh na próiseála sin [faoi Airteagal 21|] agus ba mhaith liom go stopfadh sibh í.",
            "object to [profiling|anailis ar m'iompar] agaibh @{co}, [stopaigi|stopaigi ag anailisiu orm]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "conas a dhéanfaidh mé agóid i gcoinne na próifílithe a dhéanann sibh ar bhonn leasanna dlisteanacha?",
            "an féidir liom agóid a dhéanamh in aghaidh úsáid mo shonraí le haghaidh [scóráil chreidmheasa|measúnú riosca|anailís iompair]?",
            "an bhfuil sé indéanta cur i gcoinne mo shonraí a roinnt laistigh den [ghrúpa|ghrúpa cuideachtaí]?",
            "{hi}cá seolfaidh mé agóid i gcoinne [anailís a dhéanamh ar m'iompar|próifíl a dhéanamh díom]?",
            "conas agoid a dheanamh i gcoinne proiseala ar bhonn leasanna dlisteanacha? ni theastaionn proifiliu uaim",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nDéanaim agóid i gcoinne próiseáil mo chuid sonraí pearsanta ar bhonn bhur leasanna dlisteanacha[ (Airteagal 21(1) den RGCS)|], go háirithe le haghaidh [anailís ar m'iompar mar úsáideoir|measúnú ar riosca creidmheasa|staitisticí inmheánacha]. Cuirigí deireadh leis an bpróiseáil sin, le bhur dtoil. {acct}\n\n{sign}",
            "{greet}\n\nDeirtear i bhur mbeartas príobháideachais go [ndéanann sibh anailís ar shonraí úsáide na haipe|roinneann sibh sonraí laistigh den ghrúpa] ar bhonn leasanna dlisteanacha. Ní aontaím leis sin agus déanaim agóid i gcoinne na próiseála sin. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Agóid faoi Airteagal 21(1) {law_gen}\n\nDe bhun Airteagal 21(1) de Rialachán (AE) 2016/679, déanaim agóid i gcoinne próiseáil mo chuid sonraí pearsanta atá bunaithe ar Airteagal 6(1)(f) (leasanna dlisteanacha an rialaitheora), lena n-áirítear [próifíliú bunaithe ar m'iompar|measúnú ar m'acmhainn íocaíochta|taifeadadh agus anailís ar mo ghlaonna]. {acct} Ar fhorais a bhaineann le mo chás ar leith, measaim gur mó an tábhacht atá le mo leasanna.\n\nIarraim oraibh deireadh a chur leis an bpróiseáil sin, mura léiríonn sibh forais dhlisteanacha chomhéigneacha, agus freagra a thabhairt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (Airteagal 22)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "diúltaíodh go huathoibríoch d'iarratas iasachta uaim. ba mhaith liom go mbreathnódh [duine|ball foirne] air",
            "chuir bhur gcóras bac ar [mo chuntas|mo chárta] gan aon mhíniú. [cé a chinn air sin?|ar chinn duine ar bith air sin fiú?]",
            "níl mé sásta go ndéanfadh algartam cinneadh fúm, [iarraim athbhreithniú daonna|ba mhaith liom go bhféachfadh ball foirne air]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "fuair mé diúltú [don rótharraingt|don chárta creidmheasa|don íocaíocht ina dtráthchodanna] [i 3 soicind|láithreach bonn]. ríomhaire a rinne an cinneadh, is léir. [an féidir le duine fíor féachaint air?|ba mhaith liom go ndéanfadh duine den fhoireann athmheas air]",
            "{hi}chuir an aip [cosc orm|ban orm] [go huathoibríoch|as a stuaim féin] agus níl a fhios agam cén fáth. [mínígí conas a tháinig an córas ar an gcinneadh sin|cad iad na rialacha taobh thiar de?] agus iarraim ar dhuine é a sheiceáil",
            "[an praghas|an costas árachais] a fuair mé, [ríomhadh go huathoibríoch é|tháinig sé ó algartam éigin] agus tá sé [áiféiseach|i bhfad níos airde ná mar a fuair mo chara]. ba mhaith liom go ndéanfadh fostaí [é a athríomh|athbhreithniú air]",
            "caitheadh amach m'iarratas ar [phost|árasán] [ag córas éigin|gan duine ar bith á léamh fiú]. [tá mé ag agóid in aghaidh an chinnidh uathoibríoch seo|ní ghlacaim le cinneadh meaisín mar sin] agus iarraim measúnú daonna",
            "chuir bhur [AI|gcóras] bratach ar m'íocaíocht mar chalaois agus reodh an cárta. [conas a oibríonn an measúnú sin?|cad air a raibh an cinneadh bunaithe?] ba mhaith liom go bhféachfadh [duine fíor|fostaí] air",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 réalta. diúltaíodh [m'iarratas iasachta|m'iarratas] [go huathoibríoch|ag algartam] i [soicind|gcúpla soicind]. @{co} ba mhaith liom go ndéanfadh [duine daonna|ball foirne] athbhreithniú air!",
            "⭐ [cuireadh bac ar mo chuntas|dúnadh mo chuntas] ag [córas uathoibríoch|algartam] gan míniú ar bith. [éilím|ba mhaith liom] go ndéanfadh [fíordhuine|duine éigin] [athbhreithniú ar an gcinneadh|athbhreithniú air].",
            "@{co} [cén fáth|conas] ar chinn [an ríomhaire|an t-algartam] [nach bhfaighinn íocaíocht i dtráthchodanna|go mbeadh praghas níos airde orm|go ndiúltófaí dom]? [mínígí an loighic|ba mhaith liom míniú] agus [ligigí do dhuine daonna é a athbhreithniú|tá athbhreithniú daonna uaim].",
            "[2 réalta.|⭐⭐] [dhiúltaigh cinneadh uathoibríoch|dhiúltaigh algartam] [iasacht|cárta creidmheasa|íocaíocht i dtráthchodanna] dom agus níl duine ar bith in ann a rá cén fáth. [tá mé ag agóid in aghaidh an chinnidh seo|ní ghlacaim leis an gcinneadh seo] agus ba mhaith liom go ndéanfadh [ball foirne athbhreithniú air|duine daonna measúnú ar mo chás].",
            "[dhiultaigh an riomhaire m'iarratas|duirt an coras nil] agus [nior fhech duine ar bith air|nior sheiceail aon duine e]. ta athbhreithniu ag [duine daonna|duine agaibh] uaim @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "an féidir le [duine|fostaí] athbhreithniú a dhéanamh ar an diúltú do m'iarratas ar iasacht? rinne [algartam|an córas] an cinneadh go huathoibríoch",
            "conas a dhéanfaidh mé achomharc ar chinneadh uathoibríoch [mo chuntas a bhlocáil|m'iarratas a dhiúltú]?",
            "an féidir míniú a fháil ar conas a chinn [an t-algartam|an córas] mé a dhiúltú? agus go bhféachfadh duine air arís?",
            "{hi}cé a sheiceálann é seo má dhiúltaigh an ríomhaire [iasacht|creidmheas] dom go huathoibríoch? ba mhaith liom go ndéanfadh fostaí athbhreithniú air",
            "cen fath ar bhlocail an coras mo chuntas go huathoibrioch? an feidir le duine feachaint air?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nDiúltaíodh [i gceann cúpla soicind|go huathoibríoch] d'iarratas uaim ar [iasacht|íocaíocht i dtráthchodanna|árachas]. Iarraim go ndéanfadh ball foirne athbhreithniú ar an gcinneadh agus go míneodh sibh cé na critéir a úsáideadh[ (Airteagal 22 den RGCS)|]. {acct}\n\n{sign}",
            "{greet}\n\nChuir córas uathoibríoch braite calaoise [bac ar|srian le] mo chuntas. Iarraim idirghabháil dhaonna agus deis mo thaobh féin den scéal a chur in iúl. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Cinnteoireacht aonair uathoibrithe (Airteagal 22 {law_gen})\n\nAr an {date}, [diúltaíodh d'iarratas iasachta uaim|dúnadh mo chuntas|diúltaíodh d'iarratas poist uaim] gan ball foirne a bheith páirteach ann. {acct} De bhun Airteagal 22 de Rialachán (AE) 2016/679, dearbhaím nach mian liom a bheith faoi réir cinnidh atá bunaithe ar phróiseáil uathoibrithe amháin, lena n-áirítear próifíliú.\n\nIarraim idirghabháil dhaonna ón rialaitheoir, deis mo dhearcadh a chur in iúl agus an cinneadh a chonspóid, chomh maith le faisnéis bhrífhoirtil faoin loighic a úsáideadh (Airteagal 15(1)(h)). Iarraim oraibh freagra a thabhairt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Toiliú a tharraingt siar agus iarratas ar léirscriosadh sonraí pearsanta (Airteagal 7(3) agus Airteagal 17 {law_gen})\n\nLeis seo, tarraingím siar gach toiliú a thug mé do {co} agus, de bhun Airteagal 17(1)(b) den RGCS, iarraim go léirscriosfaí na sonraí pearsanta go léir a bhaineann liom. {acct}\n\nDeimhnígí an léirscriosadh {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nTarraingím siar mo thoiliú le próiseáil mo chuid sonraí agus iarraim oraibh mo chuntas a scriosadh mar aon le mo chuid sonraí go léir. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Agóid i gcoinne margaíochta dírí agus toiliú a tharraingt siar\n\nDe bhun Airteagal 21(2) {law_gen}, déanaim agóid i gcoinne próiseáil mo chuid sonraí pearsanta chun críocha margaíochta dírí. Ina theannta sin, de réir Airteagal 7(3), tarraingím siar mo thoiliú le nuachtlitreacha agus teachtaireachtaí tráchtála a fháil. {acct}\n\nDeimhnígí {deadline} gur baineadh mo chuid sonraí de gach liosta margaíochta.{escalate}\n\n{sign_formal}",
            "{greet}\n\nTarraingím siar mo thoiliú don nuachtlitir agus déanaim agóid i gcoinne margaíocht dhíreach de gach cineál. Ná seolaigí fógraí chuig {email} níos mó.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Iarratas faoi Airteagail 15 agus 20 {law_gen}\n\nIarraim faisnéis faoi na sonraí pearsanta atá á bpróiseáil agaibh fúm, agus cóip díobh, de réir Airteagal 15 den RGCS. Ina theannta sin, de réir Airteagal 20, iarraim go gcuirfí na sonraí a chuir mé ar fáil daoibh chugam i bhformáid atá inléite ag meaisín (CSV nó JSON). {acct}\n\nBeidh mé ag súil le bhur bhfreagra {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Agóid (Airteagal 21(1)) agus srian ar phróiseáil (Airteagal 18(1)(d) {law_gen})\n\nDéanaim agóid i gcoinne próiseáil mo chuid sonraí ar bhonn leasa dhlisteanaigh le haghaidh [anailís ar m'iompar|próifíliú inmheánach|measúnú riosca]. Go dtí go bhfíorófar an bhfuil bhur bhforais dhlisteanacha sáraitheach ar mo leasanna, iarraim go gcuirfí srian leis an bpróiseáil. {acct}\n\nIarraim oraibh freagra a thabhairt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nÁbhar: Ceartúchán (Airteagal 16) agus srian ar phróiseáil (Airteagal 18(1)(a) {law_gen})\n\nTá na sonraí i mo chuntas míchruinn: [tá an seoladh mícheart|tá m'ainm litrithe go mícheart|taifeadadh fiach atá íoctha cheana]. Iarraim oraibh iad a cheartú agus srian a chur lena bpróiseáil fad a bheidh siad á bhfíorú. {acct}\n\nDeimhnígí é sin {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Ábhar: [Scriosadh cuntais|Léirscriosadh sonraí pearsanta|Iarratas faoi Airteagal 17 den RGCS]\nAinm: {name}\nRíomhphost: {email}\nTeachtaireacht: [Scriosaigí mo chuntas agus mo chuid sonraí go léir, le bhur dtoil.|Níor mhaith liom a bheith cláraithe libh a thuilleadh.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Ábhar: [Rochtain ar shonraí pearsanta|Iarratas faoi Airteagal 15 den RGCS|Cóip de mo chuid sonraí]\nAinm: {name}\nRíomhphost: {email}\nTeachtaireacht: [Seolaigí cóip chugam de na sonraí atá agaibh fúm, le bhur dtoil.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}cá bhfuil m'ordú {order}[?|??]",
            "níor tháinig ordú {order} fós[, níor bhog an rianú le laethanta|. An bhfuil aon scéal?|]",
            "{greet}\n\nChuir mé ordú isteach ar an {date} (uimhir {order}) ach níor fuair mé deimhniú seolta fós. Cathain a sheolfar é?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nGearradh €{amount} orm faoi dhó [as ordú uimhir {order}|as mo shíntiús]. Aisíocaigí an ró-íocaíocht, le bhur dtoil.\n\n{sign}",
            "cén fáth a bhfuil €{amount} ar mo shíntiús anois? [ní raibh sé luaite áit ar bith|an botún é seo?]",
            "{hi}an féidir libh an sonrasc d'ordú {order} a sheoladh chugam arís? [ní féidir liom teacht air|tá sé de dhíth orm don chuntasaíocht]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "an féidir liom an seoladh seachadta d'ordú {order} a athrú fós?",
            "an seachadann sibh chuig [na hoileáin|Tuaisceart Éireann|taisceadán beartán]? cé mhéad a chosnaíonn an seachadadh?",
            "d'fhág an cúiréir an beart [ag na comharsana|taobh amuigh den doras]. [níl sé sin ceart|ba chóir dó glaoch roimh ré an chéad uair eile]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "an bhfuil an táirge „{product}“ ar fáil [i ndath dubh|i méid níos mó|i dathanna eile]?",
            "{greet}\n\nCathain a bheidh an táirge „{product}“ ar fáil arís? Ba mhaith liom dhá cheann a ordú.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ní féidir liom logáil isteach agus níl an ríomhphost athshocraithe pasfhocail ag teacht[. níl sé sa turscar ach oiread|]",
            "{hi}rinne mé dearmad ar mo phasfhocal agus téann an cód logála isteach chuig mo sheanuimhir. cad ba cheart dom a dhéanamh?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nChuir mé an táirge „{product}“ ar ais [coicís ó shin|trí seachtaine ó shin] (ordú uimhir {order}) ach níor fuair mé aisíocaíocht €{amount} fós.\n\n{sign}",
            "tháinig an táirge „{product}“ [briste|lochtach]. [ba mhaith liom m'airgead ar ais|iarraim táirge eile ina áit]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Ceist: an stórálann sibh sonraí mo chárta? Ba mhaith liom a bheith cinnte go bhfuil gach rud slán.",
            "cá bhfaighidh mé bhur mbeartas príobháideachais? [níl an nasc ag bun an leathanaigh ag obair|ní féidir liom teacht air san aip]",
            "Is maith liom nach ndíolann sibh sonraí custaiméirí. Sin an fáth a gceannaím uaibh!",
            "An gcomhlíonann {co} an RGCS? Táimid ag smaoineamh ar shíntiús gnó don fhoireann.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "conas is féidir liom clárú don nuachtlitir? [tá earráid san fhoirm|ní lódálann an fhoirm]",
            "{greet}\n\nChláraigh mé don nuachtlitir ach ní bhfuair mé an cód lascaine 10% riamh. An féidir libh é a sheoladh arís?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nCuirigí deireadh le mo shíntiús ag deireadh na tréimhse reatha, le bhur dtoil. Ba mhaith liom mo chuntas a choinneáil.\n\n{sign}",
            "conas is féidir liom mo shíntiús a chur ar sos gan [mo phointí|mo liosta ceanán] a chailleadh?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "conas a bhainim earra den chiseán?",
            "an féidir liom ordú {order} a chealú fós? roghnaigh mé an méid mícheart",
            "scrios mé [mo sheoladh seachadta|an cárta sábháilte] de thimpiste, conas is féidir liom é a chur ar ais?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Go raibh maith agaibh, fuair mé an deimhniú gur scriosadh mo chuid sonraí. Tá gach rud i gceart.",
            "cá háit ar féidir liom socruithe na nuachtlitreach a athrú? ba mhaith liom tairiscintí díolacháin a fháil freisin",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[rinne mé dearmad ar mo phasfhocal|ní féidir liom logáil isteach san aip] agus [ní thagann|níor tháinig] an ríomhphost athshocraithe. [cad ba chóir dom a dhéanamh?|an féidir libh cabhrú?]",
            "{hi}conas a [athraím mo phlean|uasghrádaím go premium|aistrím go plean níos saoire]?",
            "an bhfuil mo chuid sonraí slán agaibh? [fiosracht amháin|níl ann ach ceist], [níl aon rud á iarraidh agam|gach rud go breá]",
            "cá bhfeicim [mo shonraisc|na billí] san aip?",
            "{hi}dhíliostáil mé ón nuachtlitir de thimpiste[, úps|]. conas a chláraím arís?",
            "an féidir liom [dara seoladh ríomhphoist|ríomhphost eile] a chur leis an gcuntas?",
            "an bhfuil aip agaibh [do thaibléid|don ipad]? [agus conas a chuirim na fógraí ar siúl?|]",
            "níor tháinig m'ordú {order} fós[.|..] [dála an scéil, go raibh maith agaibh as an gcabhair thapa an uair dheireanach!|an féidir libh seiceáil?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "an [bota|róbat] thú nó [duine ceart|fíorduine]?",
            "{hi}cad is ainm duit?",
            "cad is féidir leat a dhéanamh?",
            "inis dom rud éigin fút féin",
            "[hahaha|haha|lol] ok[| go raibh maith agat]",
            "an mbíonn sibh ar oscailt [ar an Domhnach|ag an deireadh seachtaine]?",
            "[cén chaoi a bhfuil an aimsir inniu?|an bhfuil bialann mhaith ar eolas agat?|tá leadrán orm|oíche mhaith]",
            "cad atá ar eolas agat faoi [chluasáin|mheaisíní caife|uaireadóirí cliste]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "ba mhaith liom [mo shíntiús Premium|mo phlean Plus|mo bhallraíocht sa ghiomnáisiam] a chealú [ag deireadh na míosa|ón mhí seo chugainn|tar éis na tréimhse billeála seo], ach coinnigh an cuntas",
            "an féidir liom mo [bhosca|bhallraíocht|shíntiús] a chur ar sos [do mhí Iúil|do mhí Lúnasa|ar feadh coicíse|ar feadh míosa]?",
            "conas [auto-renew|an athnuachan uathoibríoch] a [mhúchadh|chasadh as]?",
            "conas deireadh a chur leis an [triail saor in aisce|free trial] sula ngearrtar [airgead orm|ar mo chárta]?",
            "[ba mhaith liom aistriú ón bplean bliantúil go dtí an plean míosúil|ba mhaith liom aistriú ón bplean míosúil go dtí an plean bliantúil|ba mhaith liom uasghrádú go [Premium|Pro|Family], cé mhéad breise a bheidh le híoc?]",
            "an féidir an dáta billeála a athrú go dtí an [1ú|15ú|20ú|25ú] lá den mhí?[| gearrtar orm ró-luath faoi láthair]",
            "{greet}\n\nBa mhaith liom mo phlean a athrú ó [Premium|Pro|Family] go [Basic|Lite|Standard] ón gcéad tréimhse billeála eile. Coinnigh an cuntas mar atá, níl uaim ach plean níos saoire.\n\n{sign}",
            "{greet}\n\nAn bhféadfadh sibh stop a chur le m'ordú rialta ([pónairí caife|lionsaí tadhaill|vitimíní|bia madraí]) ó {date} ar aghaidh? [Tosóidh mé arís é nuair a bheidh sé uaim.|Ba mhaith liom leanúint ar aghaidh i gceann cúpla mí.]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "ní féidir liom logáil isteach[ san aip| i mo chuntas|], [deir sé go bhfuil an pasfhocal mícheart|tagann earráid aníos|níl ann ach roth ag casadh]",
            "rinne mé dearmad ar mo phasfhocal, conas [é a athshocrú|ceann nua a fháil]?",
            "níl [an cód 2FA|an cód fíoraithe|an cód SMS|an cód aonuaire] ag teacht[ chuig mo ghuthán|], bhrúigh mé 'seol arís' [trí huaire|cúpla uair]",
            "fuair mé fón nua, conas a logálfaidh mé isteach anois má tá [an aip fíordheimhnithe|Google Authenticator] ar an seanfhón?",
            "tá mo chuntas faoi ghlas tar éis [cúpla iarracht mhícheart|an iomarca iarrachtaí], cad a dhéanfaidh mé?",
            "ta an aip do mo logail amach [an t-am ar fad|gach cupla noimead|o rinne me an nuashonru], cen fath?",
            "{greet}\n\nBa mhaith liom logáil amach ó gach gléas – [d'fhág mé mo chuntas oscailte ar ríomhaire eile|chaill mé mo tháibléad|goideadh mo ghuthán]. Conas é sin a dhéanamh, agus ar cheart dom an pasfhocal a athrú freisin?\n\n{sign}",
            "{greet}\n\nTá mé ag iarraidh mo phasfhocal a athshocrú le [huair an chloig|leathlá|dhá lá], ach [níl an nasc ag teacht|níl an nasc ag obair|taispeánann an nasc earráid]. Cad eile is féidir liom a thriail?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "an bhfuil an [cód lascaine|cúpón] [WELCOME10|EARRACH20|SALE15] fós bailí?",
            "conas clárú don [nuachtlitir|newsletter] agus an [10|15]% lascaine a fháil ar an gcéad ordú?",
            "fuair mé [téacs|an nuachtlitir|ríomhphost] faoin [sladmhargadh|Black Friday|lascaine 30%], an bhfuil an tairiscint bailí [sa siopa|san aip|ar líne] freisin?",
            "[cé mhéad pointe dílseachta atá agam agus conas iad a úsáid?|conas na pointí atá bailithe agam a úsáid?|an dtéann na pointí as feidhm?]",
            "nil an cod lascaine ag obair sa chisean, deir se go bhfuil se [as feidhm|imithe in eag|neamhbhaili don earra seo]",
            "an bhfaighidh mé [bónas|lascaine|creidmheas] má chláraíonn cara le mo nasc?",
            "{greet}\n\nChonaic mé [20% lascaine|seachadadh saor in aisce|tairiscint dhá cheann ar phraghas aon cheann amháin] sa nuachtlitir, ach níor cuireadh an tairiscint i bhfeidhm ar ordú {order}. An féidir libh an difríocht a aisíoc?\n\n{sign}",
            "{greet}\n\nAn bhfuil cártaí bronntanais agaibh [don Nollaig|do bhreithlá|do Lá na Máthar]? Agus an bhfuil sladmhargadh beartaithe agaibh [go luath|an mhí seo]? Ba mhaith liom fanacht leis na lascainí sula gceannóidh mé.\n\n{sign}",
        ]},
    ],
};

//! Maltese: Malta (GDPR / Regolament (UE) 2016/679 wording, the Information and Data Protection
//! Commissioner (IDPC) as the supervisory authority), prices in euro with a decimal point.
//!
//! Maltese assimilates the article to the next word (tal-GDPR, tar-Regolament), so the law is a
//! slot that carries its own article (`{law_of}`).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "mt",
    locales: &[("mt-MT", 100)],
    first_names: &[
        "Joseph", "Maria", "John", "Michael", "Mark", "Paul", "Carmel", "Rita", "Doris", "Daniel",
        "Luke", "Matthew", "Nicole", "Sarah", "Claire", "Roberta", "Kurt", "Stephanie", "Christine",
        "Jean", "Kenneth", "Karl", "Graziella", "Antonella", "Ryan", "Francesca",
    ],
    last_names: &[
        "Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard",
        "Spiteri", "Azzopardi", "Mifsud", "Agius", "Pace", "Cassar", "Caruana", "Ellul", "Sammut",
        "Abela", "Fenech", "Xuereb", "Debono", "Bonello", "Muscat", "Schembri", "Cachia",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com",
        "maltanet.net", "onvol.net", "go.net.mt", "icloud.com",
    ],
    decimal_comma: false,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &[
            "Bonġu,", "Għażiż Sinjur/Sinjura,", "Hello,", "Bonġu lit-tim ta' {co},", "Għeżież,",
            "Għażiż tim tas-servizz tal-klijenti,", "Il-għodwa t-tajba,",
        ]),
        ("greet_formal", &[
            "Għażiż Sinjur/Sinjura,", "Lill-Uffiċjal tal-Protezzjoni tad-Data,\n\nGħażiż Sinjur/Sinjura,",
            "{co}\nAttenzjoni: L-Uffiċjal tal-Protezzjoni tad-Data (DPO)\n\nGħażiż Sinjur/Sinjura,",
        ]),
        ("hi", &["hi, ", "hello, ", "bonġu, ", "", "", "", "Bonġu, ", "ħelow, "]),
        ("thanks", &["Grazzi,", "Grazzi bil-quddiem,", "Saluti,", "Tislijiet,", "Grazzi ħafna,", "Nirringrazzjakom,"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nMibgħut mill-iPhone tiegħi", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Dejjem tiegħek,\n\n{name}", "Tiegħek fidilment,\n\n{name}\n{email}", "Tislijiet,\n\n\n{name}"]),
        ("street", &[
            "Triq il-Kbira", "Triq San Pawl", "Triq ir-Repubblika", "Triq il-Merkanti", "Triq it-Torri",
            "Triq il-Kappillan Mifsud", "Triq Birkirkara", "Triq il-Wied", "Triq Santa Marija", "Triq il-Knisja",
        ]),
        ("city", &[
            "Il-Belt Valletta VLT 1{d}{d}{d}", "Tas-Sliema SLM 1{d}{d}{d}", "Birkirkara BKR 4{d}{d}{d}",
            "Ħal Qormi QRM 2{d}{d}{d}", "Il-Mosta MST 1{d}{d}{d}", "In-Naxxar NXR 2{d}{d}{d}",
            "Ir-Rabat RBT 1{d}{d}{d}", "Il-Gżira GZR 1{d}{d}{d}", "Ir-Rabat, Għawdex VCT 1{d}{d}{d}",
        ]),
        ("address", &["{name}\n[1|2|3|4|5|6|7|8|9]{d}, {street}\n{city}", "{name}\nFlat [1|2|3|4|5|6|7|8|9], [1|2|3|4|5|6|7|8|9]{d}, {street}\n{city}", "{name}\n\"[Dar il-Paċi|Villa Rosa|Sunny Flat]\", {street}\n{city}"]),
        ("acct", &[
            "Il-kont tiegħi huwa rreġistrat bl-indirizz {email}.", "L-indirizz elettroniku tiegħi huwa {email}.",
            "Il-kont huwa f'isem {name}, email {email}.", "Kont: {email}", "Tistgħu ssibuni bl-email {email}.",
        ]),
        ("product", &[
            "headphones", "magna tal-kafè", "ġakketta tax-xitwa", "cover tal-mowbajl", "żraben tal-ġiri",
            "lampa tal-iskrivanija", "power bank", "smartwatch", "tapit tal-yoga", "vacuum cleaner",
        ]),
        ("law_of", &["tal-GDPR", "tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR)", "tar-Regolament (UE) 2016/679"]),
        ("deadline", &[
            "fi żmien xahar minn meta tasal din it-talba", "mingħajr dewmien żejjed u fi kwalunkwe każ fi żmien xahar",
            "sa mhux aktar tard mill-{date}", "fiż-żmien stabbilit fl-Artikolu 12(3) tal-GDPR",
        ]),
        ("escalate", &[
            " Jekk ma nirċevix tweġiba f'dan iż-żmien, se nressaq ilment quddiem il-Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data (IDPC).",
            " Inkella, nirriżerva d-dritt li nressaq ilment lill-IDPC.", "",
        ]),
    ],
    families: &[
        // ---- access (Artikolu 15)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}liema data għandkom dwari[?|??]",
            "{hi}tistgħu tibagħtuli [kopja tad-data tiegħi|il-data kollha li għandkom dwari][?| jekk jogħġobkom]",
            "nixtieq nara x'informazzjoni [għandkom|żammejtu] dwari",
            "kif nista' nniżżel id-data kollha tiegħi[?| mill-app?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}rajt ad fuq [facebook|insta] li kien jaf [wisq|ħafna affarijiet] dwari[...|.] x'data [ġbartu|qed iżżommu] fuqi eżatt?",
            "sibt [account|kont] qadim ma' {co} li kont insejtu. [nista' nkun naf|tgħiduli] x'informazzjoni personali għandkom irreġistrata fuqi[?|??]",
            "qed ninkwieta fuq il-privacy tiegħi u rrid inkun naf eżatt x'taf {co} fuqi. [tistgħu tibagħtuli kollox b'email?|kif nitlob dak kollu li għandkom?]",
            "hemm xi haga dwari fis-sistema taghkom? [irregistrajt b'din l-email:|l-email tieghi hi] {email}[, nixtieq nara kollox| – ibaghtuli dak kollu li ghandkom]",
            "{hi}[mistoqsija ta' privacy|quick question]: x'personal data qed tużaw fuqi u minn fejn ġibtuha[?|??]",
            "x'għandkom miktub fuqi fis-sistema? [isem, ID card, indirizz, xiri?|l-istorja kollha?] [irrid naraha kollha|ibagħtuhieli pls]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. ma tista' tara mkien x'data [tiġbor|iżżomm] l-app fuqek. @{co} ibagħtuli kopja tad-data personali tiegħi!",
            "⭐ [l-app taħdem|mhux ħażin], imma ilni [ġimagħtejn|xahar] nistenna [kopja tad-data tiegħi|lista ta' x'għandkom fuqi]. [mhux aċċettabbli.|ħażin.]",
            "@{co} x'[data|informazzjoni personali] għandkom fuqi? [irrid nara kollox|uruni] pls",
            "[2 stilel.|⭐⭐] skont il-GDPR għandi dritt inkun naf x'hemm [irreġistrat|maħżun] fuqi għand {co}. [fejn hi l-kopja tad-data tiegħi?|ibagħtuhieli u ħalas.]",
            "x'tafu fuqi eżatt @{co}?? irrid [id-data kollha tieghi|kull ma ghandkom fuqi] [issa|mill-aktar fis]. data access request pls",
            "[1 stilla.|⭐] tlett darbiet [tlabt|staqsejt] biex nara d-data tiegħi u [ebda risposta|ngħata biss auto-reply]. [uruni darba għal dejjem x'qed iżżommu fuqi.|x'qed taħbu?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "x'għandi nagħmel biex tgħiduli x'[personal data|data personali] għandkom fuqi?",
            "hemm mod kif nara l-[informazzjoni|data] kollha li {co} qed iżżomm dwari?",
            "possibbli nirċievi copy ta' kull ma għandkom dwari?",
            "{hi}lil min nikteb biex inkun naf x'data għandkom fuqi?",
            "ghandkom data fuqi? x'inhi ezatt? nista' narawha?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNixtieq nitlob kopja tad-data personali li tipproċessaw dwari[, inkluż l-istorja tal-ordnijiet u d-dettalji ta' kuntatt|]. {acct}\n\n{sign}",
            "{greet}\n\nB'din l-email qed nagħmel użu mid-dritt ta' aċċess tiegħi[ skont l-Artikolu 15 tal-GDPR|]. Jekk jogħġobkom għarrfuni liema data personali tipproċessaw dwari, għal liema skop u lil min ġiet żvelata. {acct}\n\n{sign}",
            "{greet}\n\nNixtieq inkun naf x'data personali għandha {co} dwari u minn fejn ġibtuha. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Talba għal aċċess għad-data personali skont l-Artikolu 15 {law_of}\n\nB'referenza għall-Artikolu 15 tar-Regolament (UE) 2016/679, nitlobkom tikkonfermaw jekk qed tipproċessaw data personali li tikkonċernani. {acct} Jekk iva, nitlobkom tipprovduli:\n\n1. kopja tad-data personali li qed tiġi pproċessata;\n2. l-għanijiet tal-ipproċessar;\n3. il-kategoriji tad-data personali kkonċernata;\n4. ir-riċevituri jew il-kategoriji ta' riċevituri, b'mod partikolari f'pajjiżi terzi;\n5. il-perjodu previst ta' żamma tad-data;\n6. kwalunkwe informazzjoni dwar is-sors tad-data, jekk ma nġabritx mingħandi;\n7. l-eżistenza ta' teħid ta' deċiżjonijiet awtomatizzat, inkluż it-tfassil ta' profili.\n\nNitlobkom twieġbu {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nSuġġett: Eżerċizzju tad-dritt ta' aċċess (Artikolu 15 tal-GDPR)\n\nBħala suġġett tad-data, nitlob kopja tad-data personali kollha li {co} tipproċessa dwari, flimkien mal-informazzjoni msemmija fl-Artikolu 15(1)(a) sa (h) tal-GDPR. {acct}\n\nNistenna t-tweġiba tagħkom {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (Artikolu 17)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jekk jogħġobkom ħassru l-kont tiegħi[ u d-data kollha tiegħi| għal kollox|][.|!|]",
            "[irrid li l-kont tiegħi jitħassar|irrid li d-data tiegħi titħassar][ minnufih| għal kollox|][.|!|]",
            "kif nista' nħassar il-kont tiegħi [għal kollox|għal dejjem][?|??]",
            "ħassru kull ma għandkom dwari[, grazzi|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}m'għadnix nuża l-app, [tistgħu tagħlqu|agħlqu] l-account tiegħi u [neħħu|armu] l-informazzjoni kollha fuqi[?|.]",
            "sibt account qadim ma' {co} minn [2015|żmien l-università|żmien ilu]. irrid neħles minnu flimkien mad-data kollha, [naddfu kollox|iddeletjaw kollox] pls",
            "kif niddeletja [l-account|il-profile] tiegħi[?|??] [ma nsibhiex fis-settings|m'hemmx buttuna fl-app]",
            "[wara din l-esperjenza|wara servizz hekk ħażin] ma rridx nibqa' klijent tagħkom. [neħħu|ikkanċellaw] il-profil tiegħi u d-data kollha tiegħi mis-sistema",
            "tistgħu tneħħu [l-account|il-profil] tiegħi kompletament? ma rrid jibqa' xejn fuqi għand {co}",
            "pls naddfu kollox fuqi, [isem, numru tat-telefon, purchase history, kollox|ritratti u kollox]. [qed innaqqas id-digital footprint tieghi|qed naghmel clean up online]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. @{co} ħassru l-account tiegħi, [m'hemmx buttuna fl-app|ma nsibx kif inħassru]",
            "⭐ app terribbli. irrid li [l-kont tiegħi|il-profil tiegħi] u d-data kollha tiegħi jitħassru. [minnufih.|issa.]",
            "@{co} [kif|minn fejn] niddeletja l-account? [fittixt kullimkien|ma nsibux]. neħħu l-informazzjoni kollha tiegħi pls",
            "[2 stilel.|⭐⭐] [m'għadnix nuża l-app|m'għadnix nuża s-servizz] u rrid li [tħassru|tneħħu] d-data personali kollha tiegħi mis-[servers|sistema] tagħkom. [skont il-GDPR|għandi dritt għal dan].",
            "delete my account [pls|issa] @{co}, ma rridx nibqa' hawn",
            "[1 stilla.|⭐] [xahar ilu tlabt li jitħassar il-kont|ilni żmien li bgħatt talba biex titħassar id-data] u għadni nirċievi [emails|notifications]. [ħassruni|neħħuni] [mis-sistema|għal kollox] [ISSA|minnufih]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "x'irrid nagħmel biex tħassruli l-account [darba għal dejjem|kompletament]?",
            "tistgħu tneħħu l-profil tiegħi u d-data kollha li għandkom fuqi?",
            "possibbli titħassar id-data personali kollha tiegħi mis-sistema tagħkom?",
            "{hi}lil min nikteb biex jagħmlu delete tal-account tiegħi?",
            "kif naghmel delete tal-account u tad-data kollha tieghi?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMa għadnix nuża [s-servizz tagħkom|l-app|l-kont tiegħi ma' {co}] u nitlobkom tħassru l-kont tiegħi u d-data personali kollha tiegħi. [Jekk jogħġobkom ikkonfermawli t-tħassir.|Napprezza konferma qasira.|]\n\n{sign}",
            "{greet}\n\nB'din qed nitlob li tħassru d-data personali kollha tiegħi mingħajr dewmien żejjed[ skont l-Artikolu 17 tal-GDPR|]. {acct}\n\n{sign}",
            "{greet}\n\n[Sena ilu|Ftit ilu] fetaħt kont għal ordni waħda biss. Jekk jogħġobkom agħlqu l-kont u ħassru d-data kollha tiegħi. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Talba għat-tħassir tad-data personali („id-dritt li wieħed jintesa“) skont l-Artikolu 17 {law_of}\n\nB'referenza għall-Artikolu 17(1) tar-Regolament (UE) 2016/679, nitlob li tħassru mingħajr dewmien żejjed id-data personali kollha li tikkonċernani. {acct} Id-data m'għadhiex meħtieġa għall-għanijiet li għalihom inġabret.\n\nJekk żvelajtu d-data tiegħi lil partijiet terzi, nitlobkom tinfurmawhom bit-tħassir, skont l-Artikolu 19 tal-GDPR. Jekk obbligu legali ta' żamma jimpedixxi t-tħassir sħiħ, nitlobkom tgħarrfuni liema data se tinżamm, fuq liema bażi u għal kemm żmien.\n\nNitlobkom tikkonfermaw it-tħassir bil-miktub {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nSuġġett: Għeluq tal-kont u tħassir tad-data\n\nQed neżerċita d-dritt tiegħi taħt l-Artikolu 17 tal-GDPR u nitlob l-għeluq tal-kont tiegħi ma' {co} u t-tħassir tad-data personali kollha marbuta miegħu, inkluż mill-backups fejn dan ikun teknikament possibbli. {acct}\n\nNitlobkom tinfurmawni bil-passi meħuda {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[għat-tielet darba|għal darb'oħra|diġà ktibt darbtejn]: ĦASSRU L-KONT TIEGĦI u d-data kollha[!|!!]",
            "fl-app [m'hemmx buttuna biex tħassar il-kont|ma tistax tħassar il-kont]. irrid li [il-kont|kollox] jispiċċa, flimkien mad-data tiegħi",
        ]},
        // ---- rectification (Artikolu 16)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "il-kunjom tiegħi miktub ħażin fil-kont, il-korrett huwa {last}",
            "tistgħu tikkoreġu d-data tat-twelid tiegħi? [mhix korretta|is-sena ħażina]",
            "[l-indirizz tiegħi għandkom qadim|in-numru tat-telefon tiegħi għandkom ħażin][, jekk jogħġobkom biddluh|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}bdilt id-dar [għal flat ġdid|għal raħal ieħor] u [il-bill|il-pakkett] mar fl-indirizz il-qadim. tistgħu taġġornaw id-dettalji tiegħi? il-ġdid hu {street} {d}{d}, {city}",
            "wasalni [bill|invoice] b'[isem ħażin|isem li mhux tiegħi], jien jisimni {name}. [tistgħu tirranġawh fis-sistema?|pls ibdluh fir-rekords]",
            "għandi [numru ġdid|mobile number ġdid], il-qadim m'għadux jaħdem. [tistgħu taġġornawh|pls updatjawh] [fl-account|fil-profil]?",
            "[żball żgħir|żball] fil-profil tiegħi: [is-sena tat-twelid|in-numru tal-ID card|l-email] imdaħħla ħażin. kif nirranġaha[?|??]",
            "[wara t-tieġ|dan l-aħħar] bdilt il-kunjom, tistgħu taġġornawh? il-ġdid hu {last}",
            "l-app għadha turi [l-indirizz il-qadim tiegħi|numru tat-telefon ħażin] minkejja li ppruvajt nibdlu jien. [irranġawh pls|tistgħu tikkoreġuh?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. [l-indirizz tiegħi miktub ħażin|ismi miktub ħażin] u l-app ma tħallinix nibdlu. @{co} [ikkoreġuh|irranġawh] pls",
            "@{co} għandkom [numru tat-telefon ħażin|l-indirizz il-qadim tiegħi|data tat-twelid ħażina] fuqi. [jekk jogħġobkom ikkoreġuh|aġġornawh], [bdilt id-dar|bdilt in-numru]",
            "⭐⭐ il-pakketti qed imorru dejjem [fl-indirizz il-qadim|f'indirizz ħażin] għax ma [aġġornajtux|ikkoreġejtux] id-dettalji tiegħi. issa noqgħod {street} [1|2|3|4|5]{d}.",
            "[il-kunjom tieghi miktub hazin|isem hazin fuq il-profile] ghandkom @{co}, [tistghu tirrangawh?|fix it pls]",
            "[2 stilel.|⭐] id-data tat-twelid tiegħi ħażina fis-sistema tagħkom u [m'hemm imkien|ma nsib imkien] fejn nibdilha. suppost hi {date}. [ikkoreġuha pls.|tistgħu tirranġawha?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif nibdel l-indirizz tiegħi? dak li għandkom [m'għadux korrett|qadim]",
            "tistgħu tirranġawli l-isem? [miktub ħażin|hemm spelling mistake]",
            "possibbli tikkoreġu n-numru tat-telefon tiegħi? [għandkom wieħed qadim|mhux tajjeb]",
            "{hi}fejn nagħmel update tal-indirizz? bdilt id-dar, l-indirizz il-ġdid huwa {street} 1{d}",
            "x'naghmel biex tikkoreguli d-data tat-twelid? mhix tajba fis-sistema",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[L-indirizz li għandkom fir-rekords tagħkom m'għadux korrett. Jekk jogħġobkom irrettifikaw id-data[ skont l-Artikolu 16 tal-GDPR|]. L-indirizz il-ġdid huwa {d}{d}, {street}, {city}.|Ismi miktub ħażin. Jekk jogħġobkom irrettifikaw id-data[ skont l-Artikolu 16 tal-GDPR|]. Il-korrett huwa: {name}.|Id-data tat-twelid fil-kont tiegħi mhix korretta. Jekk jogħġobkom ikkoreġuha[ skont l-Artikolu 16 tal-GDPR|]. Id-data korretta hija {date}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Biddilt il-kunjom iżda fis-sistema tagħkom għad hemm il-kunjom il-qadim.|Biddilt l-indirizz iżda fis-sistema tagħkom għad hemm l-indirizz il-qadim.] Jekk jogħġobkom aġġornaw id-dettalji tiegħi. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Talba għar-rettifika ta' data personali mhux eżatta skont l-Artikolu 16 {law_of}\n\nInnutajt li d-data personali li {co} tipproċessa dwari mhix eżatta: [id-data tat-twelid tiegħi ddaħħlet ħażin|ismi miktub ħażin|jirriżulta dewmien fil-ħlas li ma jeżistix]. {acct}\n\nB'referenza għall-Artikolu 16 tar-Regolament (UE) 2016/679, nitlob li din id-data tiġi rrettifikata mingħajr dewmien u li r-riċevituri tagħha jiġu infurmati skont l-Artikolu 19. Nitlobkom tikkonfermaw ir-rettifika bil-miktub {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jekk jogħġobkom [tbigħux|tgħaddux] id-data tiegħi lil terzi",
            "ma rridx li d-data tiegħi [tinbiegħ|tingħadda] lil [imsieħba tar-reklamar|data brokers|kumpaniji oħra]",
            "fejn nista' nirrifjuta li d-data tiegħi tinqasam mal-imsieħba tagħkom?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[f'daqqa waħda|minn imkien] qed jaslu [calls|spam|messaġġi] minn kumpaniji li qatt ma smajt bihom. qed tagħtu l-kuntatti tiegħi lil ħaddieħor? waqqfu pls",
            "{hi}ma rridx li {co} [tibgħat|taqsam] l-info tiegħi lil [partners|kumpaniji tal-advertising|data brokers]. fejn nitfi dan[?|??]",
            "qrajt il-privacy policy tagħkom u nara li [tipprovdu|tagħtu] data lil [third parties|kumpaniji msieħba]. ma rridx li d-data tiegħi tkun parti minn dan",
            "il-buttuna do not sell [m'hemmx|ma taħdimx] fl-app. [pls|jekk jogħġobkom] tagħtux l-informazzjoni tiegħi lil ħadd ieħor",
            "ieqfu xxerrdu [l-email|in-numru tal-mowbajl] tiegħi ma' kumpaniji oħra, [qed jasalni spam minn kullimkien|wasalni SMS minn kumpanija li ma nafhiex]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. [tbigħux id-data tiegħi|stop selling my data] @{co}!",
            "⭐ sirt naf li {co} [taqsam|tbigħ] id-data tal-users ma' [advertisers|third parties|data brokers]. ma rridx li d-data tiegħi [tingħata lil ħadd|tinbiegħ lil ħaddieħor]. [waqqfu.|grazzi.]",
            "@{co} ma nagħtikomx permess [tbigħu|tgħaddu] l-informazzjoni tiegħi lil [partners|reklamanti|terzi persuni]. [kif nitfi dan?|ikkonfermaw pls]",
            "[2 stilel.|⭐⭐] [l-app tajba imma|mhux ħażin imma] [fit-terms jgħid|il-privacy policy tgħid] li tistgħu [tgħaddu|taqsmu] d-data tiegħi ma' [third parties|kumpaniji sħab]. ma rridx li d-data tiegħi toħroġ barra minn {co}.",
            "tbighux u taqsmux id-data tieghi [ma' haddiehor|mat-third parties] @{co} grazzi. do not sell or share",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif nista' nwaqqafkom milli tbigħu d-data tiegħi lil [third parties|advertisers|data brokers]?",
            "tistgħu tieqfu tbigħu l-informazzjoni personali tiegħi?",
            "hemm opt-out biex id-data tiegħi ma tinqasamx ma' [partners|kumpaniji oħra|reklamaturi]?",
            "{hi}qed tbigħu d-data tiegħi? jekk iva, kif inwaqqaf dan?",
            "fejn naghmel 'do not sell my data'? ma rridx li {co} tbiegh id-data tieghi",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nB'din l-email noġġezzjona għall-għoti u l-bejgħ tad-data personali tiegħi lil partijiet terzi, speċjalment għal skopijiet ta' reklamar. {acct}\n\n{sign}",
            "{greet}\n\n[Sibt|Indunajt] li d-data tiegħi spiċċat għand [kumpanija tat-telemarketing|kumpanija li tbigħ listi ta' indirizzi]. Jekk jogħġobkom tgħaddux aktar id-data tiegħi lil [imsieħba|terzi]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Projbizzjoni fuq l-għoti u l-bejgħ tad-data personali tiegħi lil partijiet terzi\n\nB'din l-ittra ninfurmakom li ma naqbilx li d-data personali tiegħi tinbiegħ, tinkera jew tingħadda b'xi mod ieħor lil partijiet terzi, inklużi netwerks tar-reklamar u data brokers. {acct} Jekk dan l-għoti huwa bbażat fuq il-kunsens tiegħi, qed nirtirah; jekk huwa bbażat fuq interess leġittimu, noġġezzjona għalih skont l-Artikolu 21 {law_of}.\n\nNitlobkom tgħarrfuni lil liema riċevituri ngħatat id-data tiegħi s'issa u tikkonfermaw li dan waqaf {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (Artikolu 21(2))
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[jekk jogħġobkom |]m'għadnix irrid [riklami|newsletters|emails promozzjonali|SMS promozzjonali][!|.|]",
            "[neħħuni mil-lista tan-newsletter|irrid nagħmel unsubscribe min-newsletter]",
            "ieqfu ibagħtuli [offerti|riklami|promozzjonijiet][!|.|]",
            "kif nagħmel unsubscribe mill-emails tagħkom[?|, il-link ma jaħdimx]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[l-inbox tiegħi mimli|kuljum jasluni] [promo emails|mailings] mingħandkom, [xbajt|ma rridx aktar]. [opt me out pls|irrid noħroġ minn kull mailing list]",
            "il-link tal-unsubscribe [ma jaħdimx|jagħti error]. [tistgħu tneħħu {email}|aqtgħu {email}] mill-mailing list?",
            "biżżejjed sales calls, [it-tielet waħda din il-ġimgħa|għidtilkom le diversi drabi]. [tċemplulix aktar b'offerti|m'għandix bżonn offerti bit-telefon]",
            "ma rridx iktar [SMS promo|messaġġi ta' offerti] minn {co}, [wieħed wasal is-7 ta' filgħodu|dan spam biss]",
            "{hi}[xtrajt darba biss|xtrajt {product} darba] u minn dakinhar [kuljum|bla waqfien] jasluni [ads|newsletters] b'email. ma rridx inkun f'dik il-lista",
            "kif nitfi l-marketing emails? l-account irrid inżommu, imma mingħajr [spam|promos]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. [spam|emails ta' reklami] kuljum. @{co} [neħħuni mill-mailing list|unsubscribe me] [ISSA|pls]",
            "⭐ [il-link tal-unsubscribe ma jaħdimx|għafast unsubscribe u xorta qed jaslu l-emails]. tibagħtulix aktar [newsletters|promo emails|offerti] [!!|, tlabt tlett darbiet diġà]",
            "@{co} [tibagħtulix aktar SMS|biżżejjed SMS b'offerti] pls, [ma rridx reklami|m'inhix interessat fl-offerti tagħkom]",
            "[2 stilel.|⭐⭐] [il-prodotti tajbin|l-app taħdem tajjeb] imma [l-emails tal-marketing|ir-reklami bl-email] [esaġerati|too much]. ma rrid l-ebda [newsletter|email ta' reklami] aktar minn {co} u [l-ebda promo call|iċemplulix b'offerti] lanqas.",
            "UNSUBSCRIBE!! [tibaghtulix aktar in-newsletter|hassruni mil-lista] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif nagħmel unsubscribe mill-newsletter?",
            "tistgħu tieqfu tibagħtuli [emails tar-reklami|SMS bl-offerti|newsletters]?",
            "possibbli ma nirċevix aktar [promo calls|SMS promozzjonali|emails ta' offerti]?",
            "{hi}fejn noħroġ mill-mailing list? qed nirċievi wisq emails mingħandkom",
            "x'naghmel biex ma tibaghtulix aktar reklami bl-email?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJekk jogħġobkom neħħu l-indirizz {email} mil-listi kollha tal-marketing. Għamilt unsubscribe [diġà darbtejn|aktar minn darba] imma għadni nirċievi n-newsletter tagħkom.\n\n{sign}",
            "{greet}\n\nNoġġezzjona għall-użu tad-data tiegħi għal skopijiet ta' kummerċjalizzazzjoni diretta[ (Artikolu 21(2) tal-GDPR)|]. Jekk jogħġobkom tibagħtulix aktar riklami, la bl-email u lanqas bl-SMS. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Oġġezzjoni għall-ipproċessar tad-data personali għal skopijiet ta' kummerċjalizzazzjoni diretta (Artikolu 21(2) {law_of})\n\nB'referenza għall-Artikolu 21(2) u (3) tar-Regolament (UE) 2016/679, noġġezzjona għall-ipproċessar tad-data personali tiegħi għal skopijiet ta' kummerċjalizzazzjoni diretta, inkluż it-tfassil ta' profili relatat ma' dan. {acct}\n\nNitlobkom twaqqfu l-komunikazzjonijiet promozzjonali minn kull mezz (email, SMS, telefon, posta) u tikkonfermaw dan {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (Artikolu 7(3))
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "qed nirtira l-kunsens tiegħi għall-[cookies|intraċċar|ipproċessar tad-data tiegħi][.|!|]",
            "jekk jogħġobkom [itfu|waqqfu] l-intraċċar tal-[post fejn ninsab|kont tiegħi]",
            "m'għadnix naqbel li tużaw id-data tiegħi għal [riklami personalizzati|analiżi|profiling]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "bi żball [għafast accept all cookies|ippermettejt it-tracking|tajt permess tal-location] meta rreġistrajt. [irrid nieħdu lura|kif nista' nieħdu lura?]",
            "{hi}kont tajtkom permess tużaw [ir-ritratt tiegħi|ir-ritratti tiegħi|il-video tiegħi] [fuq l-instagram|fuq il-website tagħkom]. bdilt fehmti u qed nieħu l-permess lura",
            "ma rridx aktar li [l-arloġġ|il-fitness tracker] jaqsam [id-data tas-saħħa|id-data tal-irqad|il-heart rate] tiegħi magħkom. [qed nieħu l-permess lura|qed inneħħi l-kunsens], kif nagħmel?",
            "il-permess tal-location: [ma rridux mixgħul aktar|qed nieħdu lura]. [l-app m'għandhiex għalfejn taf fejn ninsab|ma rridx li jsegwuni]",
            "aċċettajt il-[cookies|tracking cookies] fuq is-sit tagħkom imma ddispjaċieni, [qed nieħu l-kunsens lura|irrid inreġġa' lura dik l-għażla]. [necessary cookies biss pls|l-ebda analytics]",
            "[qed nirtira|qed nieħu lura] il-permess li tajt għal [rakkomandazzjonijiet personalizzati|analytics|l-użu tar-recordings tal-vuċi tiegħi]. [fejn nibdlu?|itfuh pls]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. [l-app qed issegwi l-location tiegħi|l-app dejjem taf fejn jien] 24/7. @{co} qed [nirtira l-kunsens tiegħi|niġbed lura l-kunsens] għall-location data",
            "⭐ aċċettajt [il-cookies u t-tracking|it-tracking] [bi żball|żmien ilu] u rrid nirtira dak il-kunsens. [għaliex m'hemmx buttuna?|fejn nagħmilha?]",
            "@{co} m'għadx tistgħu tużaw [ir-ritratti tiegħi|ir-ritratt tiegħi] [fir-reklami|fil-marketing]. qed [nirtira|niġbed lura] l-kunsens li tajt [is-sena l-oħra|dak iż-żmien]",
            "[2 stilel.|⭐⭐] [kont tajt permess|ħallejt] lill-app tuża [d-data tas-saħħa tiegħi|is-sleep data|il-heart rate data] imma issa ma rridx aktar. [qed nirtira l-kunsens|nieħu lura dak il-permess] u [tużawhiex aktar|tipproċessawhiex aktar].",
            "qed nirtira l-kunsens ghall-[analytics|personalisation|kontenut personalizzat] @{co}, [ma rridx aktar|no thanks]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif nirtira l-kunsens li tajt għal [location tracking|cookies u tracking|l-użu tar-ritratti tiegħi]?",
            "nista' nirtira l-consent li tajt biex tipproċessaw [id-data tas-saħħa tiegħi|ir-recordings tal-calls tiegħi]?",
            "possibbli nneħħi l-kunsens għall-[analytics|tracking|personalisation]? [m'għadnix naqbel|ma rridx aktar]",
            "{hi}fejn nirtira l-permess li tużaw [ir-ritratti tiegħi|il-vuċi tiegħi|il-lokazzjoni tiegħi]?",
            "kif nirtira l-kunsens ghall-cookies?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nB'din l-email qed nirtira l-kunsens tiegħi għall-ipproċessar tad-data personali tiegħi [għal reklamar personalizzat|għal skopijiet ta' analiżi|għal-lokalizzazzjoni][ (Artikolu 7(3) tal-GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nMeta rreġistrajt tajt il-kunsens biex [id-data tiegħi tintuża għal analiżi tal-marketing|ir-reġistrazzjonijiet tal-vuċi tiegħi jintużaw biex jitħarrġu mudelli]. M'għadnix irrid dan – jekk jogħġobkom ikkunsidraw il-kunsens tiegħi bħala rtirat. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Irtirar tal-kunsens skont l-Artikolu 7(3) {law_of}\n\nB'din l-ittra qed nirtira, b'effett mil-lum 'il quddiem, il-kunsensi kollha li tajt lil {co} għall-ipproċessar tad-data personali tiegħi, b'mod partikolari għat-tfassil ta' profili u għar-reklamar personalizzat. {acct}\n\nNitlobkom tikkonfermaw bil-miktub liema pproċessar twaqqaf {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (Artikolu 20)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}tistgħu tesportaw id-data tiegħi f'[CSV|JSON|Excel]? qed nibdel il-fornitur",
            "irrid nittrasferixxi [l-istorja tiegħi|id-data tiegħi|il-playlists tiegħi] għand fornitur ieħor, kif nagħmel?",
            "{hi}nista' nniżżel id-data kollha tiegħi f'fajl wieħed biex intellgħu x'imkien ieħor?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "qed [naqleb|immur] għand [bank ieħor|operatur ieħor|app oħra]. [tistgħu tibagħtu|hemm mod tibagħtu] d-data tiegħi [direttament lilhom|dritt għandhom]?",
            "nista' nagħmel export tal-[history kollha|workouts|purchase history] bħala fajl [json|csv]? irrid niċċaqlaq għal [Strava|Google|app oħra]",
            "{hi}għandi bżonn id-data tiegħi f'format li sistema oħra tista' taqrah, biex intellagħha għand kumpanija oħra – qed nitlaq minn {co}",
            "il-buttuna [download my data|data export] tagħti [PDF|screenshots] biss. [għandi bżonn csv jew json|irrid format li sistema oħra tista' timporta] biex ngħaddi [għand il-provider il-ġdid|għand il-kumpanija l-ġdida]",
            "mix-xahar id-dieħel se nibdel [l-insurance|il-gym|il-mobile provider]. tistgħu tgħaddu [l-istorja tal-użu|id-data] tiegħi [direttament|elettronikament] lill-kumpanija l-ġdida?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. [m'hemmx mod|ma tistax] tagħmel export tad-data tiegħek [mill-app|]. @{co} ibagħtuli [id-data kollha tiegħi|id-data tiegħi] f'file [CSV|JSON]",
            "⭐ qed naqleb għal [servizz ieħor|app oħra] u rrid nieħu miegħi [il-workout history|id-data tiegħi|il-playlists tiegħi]. [fejn hi l-buttuna tal-export?|għaliex m'hemmx export?]",
            "@{co} [tistgħu tibagħtu|ibagħtu] d-data tiegħi direttament [lill-provider il-ġdid li sejjer għandu|lill-kumpanija l-ġdida li sejjer għandha]? [data portability taħt il-GDPR|għandi dritt għal dan]",
            "[2 stilel.|⭐⭐] [tlabt|għandi bżonn] id-data tiegħi f'format [machine-readable|li jinqara mill-kompjuter] ([CSV|JSON]) biex nittrasferiha x'imkien ieħor u rċevejt [PDF biss|screenshot|xejn]. mhux biżżejjed.",
            "irrid id-data tieghi [f'csv|f'json|f'file] biex [nittrasferiha|immur ma' provider iehor] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif nista' nieħu d-data tiegħi f'file [CSV|JSON] biex nittrasferiha għal servizz ieħor?",
            "tistgħu tibagħtu d-data tiegħi direttament lill-[provider il-ġdid|kumpanija l-ġdida] li sejjer għandha?",
            "possibbli nieħu d-data kollha tiegħi f'format [machine-readable|li jinqara mill-kompjuter] biex nieħuha x'imkien ieħor?",
            "{hi}fejn nagħmel export tad-data tiegħi bħala [CSV|JSON]? qed naqleb għal [provider|servizz] ieħor",
            "x'naghmel biex niehu d-data tieghi f'json file ghal provider iehor?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nQed nibdel il-fornitur u nixtieq neżerċita d-dritt tiegħi għall-portabbiltà tad-data[ (Artikolu 20 tal-GDPR)|]. Jekk jogħġobkom ibagħtuli d-data personali tiegħi f'format strutturat li jinqara minn magna (eż. CSV jew JSON). {acct}\n\n{sign}",
            "{greet}\n\nJekk ikun teknikament possibbli, nitlobkom tibagħtu d-data tiegħi direttament lill-fornitur il-ġdid tiegħi. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Eżerċizzju tad-dritt għall-portabbiltà tad-data skont l-Artikolu 20 {law_of}\n\nB'referenza għall-Artikolu 20(1) tar-Regolament (UE) 2016/679, nitlob li tipprovduli d-data personali li pprovdejt lil {co} f'format strutturat, użat b'mod komuni u li jinqara minn magna. {acct} [Skont l-Artikolu 20(2), nitlob li d-data tintbagħat direttament lill-kontrollur il-ġdid, fejn dan ikun teknikament fattibbli.|]\n\nNitlobkom tissodisfaw din it-talba {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (Artikolu 18)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jekk jogħġobkom [ibblokkaw|iffriżaw] id-data tiegħi sakemm [tissolva l-kwistjoni|tivverifikaw l-iżball]",
            "tħassrux id-data tiegħi, imma lanqas [tużawha|tipproċessawha] sakemm nressaq ilment",
            "irrid li tirrestrinġu l-ipproċessar tad-data tiegħi[ sakemm tikkoreġu l-indirizz|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}qed nikkontesta l-bill [nru {order}|tal-{date}]. [poġġu d-data tiegħi on hold|żommu d-data tiegħi fuq hold] sakemm tiċċara l-kwistjoni, imma tarmu xejn",
            "wasalni bill ħażin, [l-ammont ma jaqbilx|m'għandi nħallas xejn]. sakemm tiċċekkjaw, l-informazzjoni tiegħi għandha tibqa' mhux użata – żommuha biss",
            "[l-avukat tiegħi|il-lawyer tiegħi] qalli li se jkolli bżonn [ir-recordings|id-data tal-ordni {order}] [il-qorti|għall-każ]. tneħħuhomx, imma għalissa tużawhomx għal xejn ieħor",
            "ma rridx niddeletja [l-account|id-data], irrid biss li twaqqfu kull użu tagħha [temporanjament|għal ftit żmien] [sakemm jiġi kkoreġut l-iżball|sakemm jiġi investigat l-ilment tiegħi]",
            "tistgħu [issakkru|tillimitaw] id-data tiegħi [sakemm l-IDPC jeżamina l-ilment|sakemm nistenna t-tweġiba]? tibqa' maħżuna imma ma tintużax",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [tħassru xejn|tħassrux id-data tiegħi] imma tużawhiex [sakemm tkun għaddejja l-kwistjoni|sakemm jissolva l-każ]. [grazzi.|]",
            "1 stilla. [għamilt ilment|ikkontestajt il-bill] u xorta qed [tipproċessaw|tużaw] l-informazzjoni tiegħi. [iffriżaw|ibblukkaw] id-data tiegħi sakemm jissolva, imma tħassruhiex.",
            "⭐ [id-data tiegħi ħażina|l-informazzjoni fuqi mhix korretta]. irrid li [tillimitaw l-ipproċessar|tieqfu tużawha] sakemm [tivverifikaw jekk hix korretta|tiċċekkjawha]. imma tħassruhiex.",
            "[2 stilel.|⭐⭐] għandi bżonn [id-data|l-informazzjoni] bħala [evidenza fil-qorti|prova f'kawża] kontrikom, allura [tħassruhiex|ma tistgħux tħassruha] imma [waqqfu kull ipproċessar|tużawhiex] għalissa @{co}",
            "[ibqghu zommu|zommu] d-data tieghi imma [tuzawhiex|tipprocessawhiex] ghalissa @{co}, thassru xejn. just restrict it",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tistgħu tiffriżaw l-ipproċessar tad-data tiegħi sakemm [jiġi investigat l-ilment|tiċċekkjaw jekk hix korretta]? però la tħassruhiex",
            "possibbli tirrestrinġu l-ipproċessar tad-data tiegħi [għalissa|temporanjament] mingħajr ma titħassar?",
            "kif nitlob li tieqfu tużaw id-data tiegħi [għalissa|sakemm tissolva d-disputa] imma żżommuha? għandi bżonnha għal [każ legali|l-avukat tiegħi]",
            "{hi}lil min nikteb biex jimblokkaw temporanjament l-ipproċessar tad-data tiegħi? la tħassru xejn",
            "kif nirrestrinġi l-ipprocessar tad-data tieghi minghajr ma tithassar?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nSakemm [tivverifikaw l-eżattezza tad-data tiegħi|tiġi solvuta l-kwistjoni dwar il-kont tiegħi], nitlobkom tirrestrinġu l-ipproċessar tad-data personali tiegħi[ skont l-Artikolu 18 tal-GDPR|]. Tistgħu żżommuha, imma tużawhiex. {acct}\n\n{sign}",
            "{greet}\n\nJekk jogħġobkom tħassrux [ir-reġistrazzjoni tat-telefonata tagħna|id-data tal-ordni numru {order}], għax għandi bżonnha għal [kawża legali|ilment]. Minflok, nitlobkom tirrestrinġu l-ipproċessar tagħha. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Talba għar-restrizzjoni tal-ipproċessar skont l-Artikolu 18 {law_of}\n\n[B'referenza għall-Artikolu 18(1)(a) tar-Regolament (UE) 2016/679, nikkontesta l-eżattezza tad-data personali li tipproċessaw dwari u nitlob ir-restrizzjoni tal-ipproċessar għal perjodu li jippermettilkom tivverifikaw l-eżattezza tagħha.|B'referenza għall-Artikolu 18(1)(c) tar-Regolament (UE) 2016/679, nitlob ir-restrizzjoni tal-ipproċessar għax għandi bżonn id-data għall-istabbiliment, l-eżerċizzju jew id-difiża ta' talbiet legali.|B'referenza għall-Artikolu 18(1)(d) tar-Regolament (UE) 2016/679, nitlob ir-restrizzjoni tal-ipproċessar sakemm jiġi vverifikat jekk ir-raġunijiet leġittimi ta' {co} jipprevalux fuq tiegħi.] {acct}\n\nNitlobkom tinfurmawni qabel ma titneħħa r-restrizzjoni, skont l-Artikolu 18(3), u tikkonfermaw l-applikazzjoni tagħha {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (Artikolu 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "noġġezzjona għall-[profiling|analiżi tal-imġiba tiegħi|ipproċessar tad-data tiegħi] li tiġġustifikaw bl-„interess leġittimu“",
            "ma naqbilx li [tanalizzaw|timmonitorjaw] kif nuża l-app. ieqfu",
            "{hi}kif nista' noġġezzjona għall-ipproċessar tad-data tiegħi għal [analiżi|valutazzjoni tar-riskju|statistika]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "rajt fil-privacy policy li tagħmlu profili tal-klijenti [skont ix-xiri|skont l-imġiba] għax għandkom „interess leġittimu“. [jien kontra dan|ma rridx hekk għalija]",
            "{hi}jien kontra li {co} [tuża l-purchase history tiegħi għall-credit scoring|taqsam id-data tiegħi ma' kumpaniji oħra tal-grupp]. fil-każ tiegħi tagħmlux",
            "[creepy|skomdu] li tirreġistraw kull click li nagħmel fl-app għall-analiżi. [ma rridx inkun parti mill-analytics tagħkom|nopponi din l-analiżi tal-behaviour]",
            "ma jogħġobnix li jagħtuni score skont [it-tranżazzjonijiet tiegħi|kif nonfoq] mingħajr ma jistaqsuni. [nopponi|ngħid le għal dan l-ipproċessar]",
            "x'inhu dan l-„interess leġittimu“? jien nopponi li fuq din il-bażi [ir-recordings tat-telefonati tiegħi jiġu analizzati|il-location history tiegħi tintuża għall-istatistika]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. l-app [tanalizza|issegwi] kull [imġiba|użu] tiegħi biex tibni profil. @{co} [noġġezzjona għal dan|noġġezzjona għal dan il-profiling]!",
            "⭐ [ma jimpurtanix|ma jagħmilx differenza] kif issejħulu „interess leġittimu“, jien [noġġezzjona|ma naqbilx] li [tanalizzaw kif nixtri|tużaw id-data tiegħi għall-analytics]. [waqqfu.|biżżejjed.]",
            "@{co} noġġezzjona li d-data tiegħi [tinqasam fi ħdan il-grupp|tgħaddi bejn il-kumpaniji tal-grupp]. [qatt ma qbilt ma' dan.|]",
            "[2 stilel.|⭐⭐] [{co} tuża d-data tiegħi|qed tużaw id-data tiegħi] għal [risk assessment|fraud scoring|credit scoring] abbażi ta' „interess leġittimu“. noġġezzjona għal dan l-ipproċessar [taħt l-Artikolu 21|] u rrid li tieqfu.",
            "object to [profiling|l-analizi tal-imgiba tieghi] ghandkom @{co}, [waqqfu|ieqfu tanalizzawni]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kif noġġezzjona għall-profiling li tagħmlu fuq il-bażi ta' legitimate interest?",
            "nista' noġġezzjona li tużaw id-data tiegħi għal [credit scoring|fraud scoring|analiżi tal-imġiba]?",
            "possibbli noġġezzjona li d-data tiegħi tinqasam fi ħdan il-[grupp|group of companies]?",
            "{hi}fejn nibgħat oġġezzjoni biex ma [tanalizzawx l-imġiba tiegħi|tagħmlulix profiling]?",
            "kif noggezzjona ghall-ipprocessar ibbazat fuq legitimate interests? ma rridx profiling",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNoġġezzjona għall-ipproċessar tad-data personali tiegħi bbażat fuq l-interess leġittimu tagħkom[ (Artikolu 21(1) tal-GDPR)|], b'mod partikolari għal [analiżi tal-imġiba tiegħi bħala utent|valutazzjoni tar-riskju tal-kreditu|statistika interna]. Nitlobkom twaqqfu dan l-ipproċessar. {acct}\n\n{sign}",
            "{greet}\n\nFil-politika tal-privatezza tagħkom jgħid li abbażi tal-interess leġittimu [tanalizzaw id-data tal-użu tal-app|taqsmu d-data fi ħdan il-grupp]. Ma naqbilx u noġġezzjona għal dan l-ipproċessar. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Oġġezzjoni skont l-Artikolu 21(1) {law_of}\n\nB'referenza għall-Artikolu 21(1) tar-Regolament (UE) 2016/679, noġġezzjona għall-ipproċessar tad-data personali tiegħi bbażat fuq l-Artikolu 6(1)(f) (l-interessi leġittimi tal-kontrollur), inkluż [it-tfassil ta' profili abbażi tal-imġiba tiegħi|il-valutazzjoni tal-affidabbiltà kreditizja tiegħi|ir-reġistrazzjoni u l-analiżi tat-telefonati tiegħi]. {acct} Għal raġunijiet relatati mas-sitwazzjoni partikolari tiegħi, inqis li l-interessi tiegħi jipprevalu.\n\nNitlobkom twaqqfu dan l-ipproċessar, sakemm ma turux raġunijiet leġittimi u konvinċenti, u twieġbu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (Artikolu 22)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "l-applikazzjoni tiegħi għal self ġiet miċħuda awtomatikament. irrid li [persuna|impjegat] jarahha",
            "is-sistema tagħkom ibblokkatli [l-kont|il-kard] mingħajr ebda spjegazzjoni. [min iddeċieda dan?|iddeċidiet persuna xejn?]",
            "ma rridx li algoritmu jiddeċiedi fuqi, [nitlob reviżjoni minn persuna|irrid li jarah impjegat]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ħadt le għal [overdraft|self personali|credit card] [fi 3 sekondi|f'ħakka t'għajn]. ovvjament kompjuter iddeċieda. [jista' xi ħadd veru jarah?|irrid li xi ħadd mill-istaff jerġa' jeżaminah]",
            "{hi}l-app [ibbannjatni|ibblokkatli l-account] [awtomatikament|waħedha] u ma nafx għalfejn. [spjegawli kif is-sistema waslet għal din id-deċiżjoni|x'regoli hemm wara dan?] u ħa jarah xi ħadd",
            "[il-prezz|il-premium tal-insurance] li ħadt [ġie kkalkulat awtomatikament|ħareġ minn xi algorithm] u hu [assurd|ħafna ogħla minn ta' ħabib tiegħi]. irrid li impjegat [jikkalkulah mill-ġdid|jirrevedih]",
            "l-applikazzjoni tiegħi għal [xogħol|appartament] ġiet [rifjutata|miċħuda] [minn xi sistema|mingħajr ma qrieha ħadd]. [qed nikkontesta din id-deċiżjoni awtomatika|ma naċċettax deċiżjoni ta' magna] u rrid valutazzjoni minn bniedem",
            "l-[AI|is-sistema] tagħkom immarkat il-ħlas tiegħi bħala frodi u ffriżat il-card. [kif taħdem din il-valutazzjoni?|fuq xiex ibbażat id-deċiżjoni?] irrid li [bniedem veru|impjegat] jarah",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stilla. l-[applikazzjoni għas-self|applikazzjoni] tiegħi ġiet miċħuda [awtomatikament|minn algoritmu] f'[sekonda|ftit sekondi]. @{co} irrid li [bniedem|xi ħadd mill-istaff] jirrevedi dan!",
            "⭐ [l-account tiegħi ġie bblokkat|il-kont tiegħi ngħalaq] minn [sistema awtomatika|algoritmu] bla ebda spjegazzjoni. [nitlob|irrid] li [bniedem veru|xi ħadd] [jirrevedi d-deċiżjoni|jerġa' jħares lejha].",
            "@{co} [għaliex|kif] iddeċieda [il-kompjuter|l-algoritmu] li [ma nistax inħallas bin-nifs|għandi prezz ogħla|ngħata le]? [spjegawli l-loġika|irrid spjegazzjoni] u [ħallu bniedem jirrevediha|irrid human review].",
            "[2 stilel.|⭐⭐] [deċiżjoni awtomatika|algoritmu] ċaħadli [self|credit card|pagament bin-nifs] u ħadd ma jista' jgħidli għaliex. qed [nikkontesta din id-deċiżjoni|nappella minn din id-deċiżjoni] u rrid li [membru tal-istaff jerġa' jeżaminaha|bniedem jivvaluta l-każ tiegħi].",
            "[applikazzjoni michuda mill-kompjuter|is-sistema qaltli le] u hadd [lanqas hares|ma iccekkja]. irrid [bniedem|xi hadd minnkom] jirrevedi @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tista' persuna [tirrevedi|tara mill-ġdid] ir-rifjut tas-self tiegħi? id-deċiżjoni ħadha [algoritmu|is-sistema] awtomatikament",
            "kif nikkontesta deċiżjoni awtomatika li [jiġi bblokkjat l-account tiegħi|tiġi rrifjutata l-applikazzjoni tiegħi]?",
            "possibbli tispjegawli kif [l-algoritmu|is-sistema] ddeċieda li jirrifjutani? u li bniedem jerġa' jarah?",
            "{hi}min jiċċekkja jekk il-kompjuter irrifjutali [self|kreditu|loan] awtomatikament? nixtieq li impjegat jerġa' jeżaminah",
            "ghaliex is-sistema bblokkjatli l-account awtomatikament? jista' xi hadd veru jirrevedih?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nL-applikazzjoni tiegħi għal [self|ħlas bin-nifs|assigurazzjoni] ġiet miċħuda [fi ftit sekondi|awtomatikament]. Nitlob li d-deċiżjoni tiġi eżaminata mill-ġdid minn impjegat u li tispjegawli fuq liema kriterji ttieħdet[ (Artikolu 22 tal-GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nIl-kont tiegħi ġie [sospiż|ristrett] minn sistema awtomatika kontra l-frodi. Nitlob intervent uman u l-opportunità li nesprimi l-fehma tiegħi. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Teħid ta' deċiżjonijiet individwali awtomatizzat (Artikolu 22 {law_of})\n\nFil-{date}, [l-applikazzjoni tiegħi għal self ġiet miċħuda|il-kont tiegħi ngħalaq|l-applikazzjoni tiegħi għax-xogħol ġiet miċħuda] mingħajr l-involviment ta' impjegat. {acct} B'referenza għall-Artikolu 22 tar-Regolament (UE) 2016/679, niddikjara li ma rridx inkun soġġett għal deċiżjoni bbażata biss fuq ipproċessar awtomatizzat, inkluż it-tfassil ta' profili.\n\nNitlob intervent uman min-naħa tal-kontrollur, l-opportunità li nesprimi l-fehma tiegħi u nikkontesta d-deċiżjoni, kif ukoll informazzjoni sinifikanti dwar il-loġika użata (Artikolu 15(1)(h)). Nitlobkom twieġbu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Irtirar tal-kunsens u talba għat-tħassir tad-data personali (Artikoli 7(3) u 17 {law_of})\n\nB'din l-ittra qed nirtira l-kunsensi kollha li tajt lil {co} u, abbażi tal-Artikolu 17(1)(b) tal-GDPR, nitlob it-tħassir tad-data personali kollha li tikkonċernani. {acct}\n\nNitlobkom tikkonfermaw it-tħassir {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nQed nirtira l-kunsens tiegħi għall-ipproċessar tad-data u nitlobkom tħassru l-kont tiegħi flimkien mad-data kollha tiegħi. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Oġġezzjoni għall-kummerċjalizzazzjoni diretta u rtirar tal-kunsens\n\nB'referenza għall-Artikolu 21(2) {law_of}, noġġezzjona għall-ipproċessar tad-data personali tiegħi għal skopijiet ta' kummerċjalizzazzjoni diretta. Fl-istess ħin, skont l-Artikolu 7(3), qed nirtira l-kunsens tiegħi biex nirċievi newsletters u komunikazzjonijiet kummerċjali. {acct}\n\nNitlobkom tikkonfermaw {deadline} li d-data tiegħi tneħħiet mil-listi kollha tal-marketing.{escalate}\n\n{sign_formal}",
            "{greet}\n\nQed nirtira l-kunsens tiegħi għan-newsletter u noġġezzjona għal kull forma ta' kummerċjalizzazzjoni diretta. Tibagħtux aktar riklami lil {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Talba skont l-Artikoli 15 u 20 {law_of}\n\nNitlobkom tagħtuni informazzjoni dwar id-data personali li tipproċessaw dwari u kopja tagħha, skont l-Artikolu 15 tal-GDPR. Barra minn hekk, skont l-Artikolu 20, nitlob li d-data li pprovdejtilkom tingħatali f'format li jinqara minn magna (CSV jew JSON). {acct}\n\nNistenna t-tweġiba tagħkom {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Oġġezzjoni (Artikolu 21(1)) u restrizzjoni tal-ipproċessar (Artikolu 18(1)(d) {law_of})\n\nNoġġezzjona għall-ipproċessar tad-data tiegħi abbażi tal-interess leġittimu għal [analiżi tal-imġiba tiegħi|profiling intern|valutazzjoni tar-riskju]. Sakemm jiġi vverifikat jekk ir-raġunijiet leġittimi tagħkom jipprevalux fuq l-interessi tiegħi, nitlob ir-restrizzjoni tal-ipproċessar. {acct}\n\nNitlobkom twieġbu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSuġġett: Rettifika (Artikolu 16) u restrizzjoni tal-ipproċessar (Artikolu 18(1)(a) {law_of})\n\nId-data fil-kont tiegħi mhix eżatta: [l-indirizz huwa ħażin|ismi miktub ħażin|jidher dejn li diġà tħallas]. Nitlob ir-rettifika tagħha u, matul il-verifika, ir-restrizzjoni tal-ipproċessar tagħha. {acct}\n\nNitlobkom tikkonfermaw {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Suġġett: [Tħassir tal-kont|Tħassir tad-data personali|Talba skont l-Artikolu 17 tal-GDPR]\nIsem: {name}\nEmail: {email}\nMessaġġ: [Jekk jogħġobkom ħassru l-kont tiegħi u d-data kollha.|M'għadnix irrid ikolli kont magħkom.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Suġġett: [Aċċess għad-data personali|Talba skont l-Artikolu 15 tal-GDPR|Kopja tad-data tiegħi]\nIsem: {name}\nEmail: {email}\nMessaġġ: [Jekk jogħġobkom ibagħtuli kopja tad-data li għandkom dwari.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}fejn hi l-ordni tiegħi {order}[?|??]",
            "l-ordni {order} għadha ma waslitx[, it-tracking ilu ma jinbidel għal diversi ġranet|. Hemm xi aġġornament?|]",
            "{greet}\n\nGħamilt ordni fil-{date} (numru {order}) u għadni ma rċevejtx konferma li ntbagħtet. Meta se tintbagħat?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Għall-ordni numru {order}|Għas-sottoskrizzjoni tiegħi] l-ammont ta' €{amount} tnaqqas darbtejn mill-kard tiegħi. Jekk jogħġobkom irrifondjawli l-ammont żejjed.\n\n{sign}",
            "għaliex is-sottoskrizzjoni tiegħi issa tiswa €{amount}? [ma kien miktub imkien|dan żball?]",
            "{hi}tistgħu tibagħtuli l-invoice tal-ordni {order} mill-ġdid? [ma nistax insibha|għandi bżonnha għall-kontabilità]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "għadni nista' nbiddel l-indirizz tal-kunsinna tal-ordni {order}?",
            "tikkonsenjaw [Għawdex|f'parcel locker|l-uffiċċju]? kemm tiswa l-kunsinna?",
            "il-kurrier ħalla l-pakkett [għand il-ġirien|barra l-bieb]. [mhux sew|id-darba li jmiss iċempel qabel]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "għandkom il-prodott „{product}“ [bl-iswed|f'daqs akbar|f'kuluri oħra]?",
            "{greet}\n\nMeta se jerġa' jkun disponibbli l-prodott „{product}“? Nixtieq nordna tnejn.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ma nistax nidħol fil-kont u l-email biex nirrisettja l-password mhix tasal[. lanqas fl-ispam m'hemm|]",
            "{hi}insejt il-password u l-kodiċi tal-login qed imur fuq in-numru l-antik. x'nagħmel?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nIrritornajt il-prodott „{product}“ [ġimagħtejn|tliet ġimgħat] ilu (ordni numru {order}) u għadni ma rċevejtx ir-rifużjoni ta' €{amount}.\n\n{sign}",
            "il-prodott „{product}“ wasal [imkisser|difettuż]. [irrid il-flus lura|nitlob sostituzzjoni]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Mistoqsija: iżżommu d-dettalji tal-kard tiegħi? Irrid inkun naf li kollox sigur.",
            "fejn nista' nsib il-politika tal-privatezza tagħkom? [il-link fil-qiegħ tal-paġna ma jaħdimx|ma nsibhiex fl-app]",
            "Jogħġobni li ma tbigħux id-data tal-klijenti. Għalhekk nixtri mingħandkom!",
            "{co} hija konformi mal-GDPR? Qed naħsbu f'sottoskrizzjoni kummerċjali għat-tim tagħna.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kif nissottoskrivi għan-newsletter? il-formola [tagħti żball|ma tillowdjax]",
            "{greet}\n\nIssottoskrivejt għan-newsletter imma qatt ma rċevejt il-kodiċi tal-10% skont. Tistgħu tibagħtuhuli mill-ġdid?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nJekk jogħġobkom ikkanċellaw is-sottoskrizzjoni tiegħi fl-aħħar tal-perjodu attwali. Il-kont irrid inżommu.\n\n{sign}",
            "kif nista' nissospendi s-sottoskrizzjoni mingħajr ma nitlef [il-punti|il-lista tal-favoriti]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kif inħassar prodott mill-basket?",
            "għadni nista' nikkanċella l-ordni {order}? għażilt id-daqs il-ħażin",
            "ħassart bi żball [l-indirizz tal-kunsinna, kif inżidu|il-kard salvata, kif inżidha] mill-ġdid?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Grazzi, irċevejt il-konferma li d-data tiegħi tħassret. Kollox sew.",
            "fejn nista' nbiddel is-settings tan-newsletter? nixtieq nirċievi wkoll offerti tal-bejgħ",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[insejt il-password|ma nistax nilloggja fl-app] u l-email tal-password reset [ma tasalx|mhix tidħol]. [x'nagħmel?|tistgħu tgħinuni?]",
            "{hi}kif [nibdel il-pjan|nagħmel upgrade għal premium|immur għal pjan irħas]?",
            "id-data tiegħi safe magħkom? [kurżità biss|qed nistaqsi biss], [kollox sew|mhux qed nitlob xejn]",
            "fejn nara [l-invoices tiegħi|il-kontijiet] fl-app?",
            "{hi}għamilt unsubscribe min-newsletter bi żball[, oops|]. kif nerġa' nissottoskrivi?",
            "nista' nżid [email oħra|it-tieni indirizz tal-email] mal-account?",
            "għandkom app [għat-tablets|għall-ipad]? [u kif nixgħel in-notifications?|]",
            "l-ordni tiegħi {order} għadha ma waslitx[.|..] [btw grazzi tal-għajnuna malajr l-aħħar darba!|tistgħu tiċċekkjaw?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "int [bot|robot] jew [persuna vera|bniedem veru]?",
            "{hi}x'jismek?",
            "[x'tista' tagħmel?|what can you do?]",
            "għidli xi ħaġa fuqek",
            "[hahaha|haha|lol] ok[| grazzi]",
            "[tiftħu nhar ta' Ħadd?|miftuħin fil-weekend?]",
            "[kif inhu t-temp illum?|taf xi restaurant tajjeb?|qed indejjaq|il-lejl it-tajjeb|good night]",
            "x'taf dwar [headphones|smartwatches|vacuum cleaners]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}irrid nikkanċella l-[premium|pjan Plus|abbonament annwali] [fl-aħħar tax-xahar|meta jiġġedded], imma l-kont inżommu",
            "kif nitfi l-auto-renew [tas-subscription|tal-membership|tal-pjan]?",
            "nista' nwaqqaf il-[box|kunsinna ta' kull xahar] għal [Lulju|Awwissu|xahrejn]? [se nsiefer|se nkun barra minn Malta|]",
            "nixtieq ninżel mill-[Premium|Family|Pro] [għall-Basic|għall-pjan ta' kull xahar|għall-irħas pjan], [jiswa wisq|ftit nużah|]",
            "kif intemm il-free trial qabel ma [tieħdu l-flus mill-kard|jibda l-ħlas]?",
            "tistgħu ċċaqilqu d-data tal-ħlas [għall-10 tax-xahar|għall-aħħar tax-xahar|ġimgħa 'l quddiem]? [is-salarju jidħol aktar tard|]",
            "{greet}\n\nNixtieq [nagħmel upgrade għall-pjan annwali|naqleb għall-pjan Family|nerġa' lura għall-pjan bażiku] mit-tiġdid li jmiss. Il-kont jibqa' attiv kif inhu, jinbidel il-pjan biss.\n\nTistgħu tikkonfermawli l-prezz il-ġdid?\n\n{sign}",
            "{greet}\n\nJekk jogħġobkom waqqfu l-ordni rikorrenti tal-[kafè|ikel tal-qattus|lentijiet tal-kuntatt] (ordni {order}). [Għad għandi biżżejjed id-dar|Biddilt il-marka|Għalissa m'għandix bżonn aktar]. Il-kont nibqa' nużah għal ordnijiet oħra.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}ma nistax nilloggja, jgħidli [password ħażina|li d-dettalji mhumiex korretti|error]",
            "insejt il-password u l-link biex nirresettjaha ma [jasalx|wasalx][, lanqas fl-ispam|]",
            "il-kodiċi [tal-verifika|2FA|bl-SMS] mhux qed jasal, kif nidħol fil-kont?",
            "biddilt il-mowbajl u l-app tal-authenticator baqgħet fuq il-qadim, kif ngħaddiha għall-ġdid?",
            "il-kont ġie bblokkjat wara [ħafna tentattivi|3 tentattivi ħżiena], kemm irrid nistenna?",
            "l-app [dejjem|kull ftit minuti] tagħmilli log out, [hemm xi bug?|jiġri lili biss?]",
            "{greet}\n\nNixtieq [nibdel il-password|nagħmel password ġdida] u nagħmel log out mill-apparati kollha, għax [dħalt minn kompjuter pubbliku|tlift il-mowbajl il-qadim|ma niftakarx fejn għadni logged in]. Kif nagħmel?\n\n{sign}",
            "{greet}\n\nMinn [ilbieraħ|dalgħodu|ftit jiem ilu] ma nistax nidħol fl-app: [wara l-login terġa' lura għall-iskrin tal-bidu|jitla' skrin abjad|tibqa' tillowdja]. Diġà [installajt l-app mill-ġdid|għamilt clear cache|ippruvajt minn mowbajl ieħor].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}il-kodiċi tal-iskont [tan-newsletter|tal-SMS|tal-welcome] ma jaħdimx, jgħid [expired|invalid|li skada]",
            "meta jibda [is-sale tas-sajf|is-sale tax-xitwa|il-Black Friday]?",
            "fejn nirreġistra għan-newsletter biex nieħu [l-10% skont|il-kodiċi ta' merħba|kunsinna b'xejn]?",
            "kemm għandi loyalty points u kif nużahom [fl-ordni li jmiss|biex nieħu skont]?",
            "stedint [lil ħabiba tiegħi|lil ħija|kollega] imma l-bonus tar-referral ma rċevejtux, għaliex?",
            "l-offerta [2 għal 1|ta' 20% skont|tal-free delivery] li bgħattuli bl-SMS tgħodd ukoll [fil-ħanut|fuq l-app|fuq affarijiet li diġà huma fuq sale]?",
            "{greet}\n\nFin-newsletter tagħkom kien hemm [kodiċi|voucher] ta' €{amount}, imma fiċ-checkout ma jiġix applikat [għall-ordni|fil-basket|meta nixtri {product}]. Tistgħu tiċċekkjaw?\n\n{sign}",
            "{greet}\n\nIrċevejt gift card [għal għeluq sninti|għall-Milied] u nixtieq inkun naf jekk nistax nużaha flimkien mal-loyalty points fuq l-ordni {order}.\n\n{sign}",
        ]},
    ],
};

//! Slovak: Slovakia (GDPR as "všeobecné nariadenie o ochrane údajov"; the DPO is the
//! "zodpovedná osoba"; supervisory authority the Úrad na ochranu osobných údajov SR).
//!
//! Slovak surnames take a feminine form (Kováč, Kováčová) and past tenses agree with the writer's
//! gender, while the generator draws first and last names independently and Slovak has next to
//! no surnames women and men share: the senders are women (female first names, -ová surnames),
//! so the feminine verbs in e-mails that carry the name agree with it.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "sk",
    locales: &[("sk-SK", 100)],
    first_names: &[
        "Mária", "Anna", "Jana", "Zuzana", "Katarína", "Eva", "Lucia", "Martina", "Monika",
        "Veronika", "Andrea", "Ivana", "Simona", "Petra", "Lenka", "Barbora", "Kristína",
        "Dominika", "Michaela", "Soňa",
    ],
    last_names: &[
        "Horváthová", "Kováčová", "Vargová", "Tóthová", "Nagyová", "Baloghová", "Szabóová",
        "Molnárová", "Lukáčová", "Nováková", "Kollárová", "Némethová", "Oravcová", "Šimková",
        "Polláková", "Hudáková", "Gajdošová", "Krajčírová", "Bartošová", "Mrázová",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "azet.sk", "centrum.sk", "zoznam.sk", "post.sk", "pobox.sk",
        "atlas.sk", "hotmail.com", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Dobrý deň,", "Dobrý deň,", "Zdravím,", "Vážení,", "Dobrý deň, tím {co},", "Vážená pani, vážený pán,"]),
        ("greet_formal", &["Vážená pani, vážený pán,", "Vážení,", "Vážená zodpovedná osoba,", "Dobrý deň,"]),
        ("hi", &["dobrý deň, ", "ahoj, ", "", "", "", "zdravím, ", "Dobrý deň, "]),
        ("thanks", &["S pozdravom", "Ďakujem a pozdravujem", "Pekný deň", "S pozdravom a vďakou", "Vopred ďakujem.\nS pozdravom"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first} {last}\n\nOdoslané z iPhonu",
        ]),
        ("sign_formal", &["S pozdravom\n\n{name}", "S úctou\n\n{name}", "S pozdravom\n\n\n{name}\n{email}"]),
        ("street", &[
            "Hlavná", "Štúrova", "Obchodná", "Hviezdoslavova", "Mlynská", "Záhradnícka", "Kollárova",
            "Bernolákova", "Jesenského", "Družstevná", "Sládkovičova", "Nám. SNP",
        ]),
        ("city", &[
            "8[1|2|3|4]{d} 0{d} Bratislava", "040 01 Košice", "080 01 Prešov", "010 01 Žilina",
            "974 01 Banská Bystrica", "949 01 Nitra", "917 01 Trnava", "911 01 Trenčín", "036 01 Martin",
            "058 01 Poprad",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}{d}/[1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("to_dpo", &[
            "{co} s.r.o.\nzodpovedná osoba", "{co} a.s.\nk rukám zodpovednej osoby (DPO)",
            "{co}\nOddelenie ochrany osobných údajov",
        ]),
        ("acct", &[
            "Účet je registrovaný na e-mail {email}.", "E-mail k môjmu účtu: {email}.", "Môj účet: {email}",
            "Účet je vedený na meno {name} ({email}).",
        ]),
        ("ident", &[
            "Na overenie mojej totožnosti uvádzam meno a priezvisko {name}, adresu uvedenú v záhlaví a e-mailovú adresu {email}, pod ktorou je vedený môj zákaznícky účet.",
            "Môj zákaznícky účet je vedený pod e-mailovou adresou {email}. Ak budete na overenie totožnosti potrebovať ďalšie údaje, dajte mi prosím vedieť.",
            "Identifikačné údaje: {name}, e-mail {email}, adresa v záhlaví tohto listu.",
        ]),
        ("data_gen", &[
            "mojich osobných údajov", "všetkých mojich osobných údajov", "všetkých údajov, ktoré o mne uchovávate",
            "všetkých údajov, ktoré sa ma týkajú",
        ]),
        ("product", &[
            // Masculine inanimate: nominative and accusative coincide.
            "kávovar", "mixér", "batoh", "monitor", "vysávač", "kočík", "notebook", "stan", "kufor",
            "fén", "bicykel",
        ]),
        ("deadline", &[
            "bez zbytočného odkladu, najneskôr však do jedného mesiaca od doručenia tejto žiadosti",
            "v lehote jedného mesiaca podľa čl. 12 ods. 3 GDPR", "najneskôr do {date}",
        ]),
        ("escalate", &[
            " Ak v stanovenej lehote nedostanem odpoveď, podám na Úrad na ochranu osobných údajov Slovenskej republiky návrh na začatie konania.",
            " V opačnom prípade sa obrátim na Úrad na ochranu osobných údajov SR.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}môžete mi poslať [kópiu|výpis|prehľad] [mojich údajov|všetkých mojich osobných údajov][?| prosím?]",
            "aké [údaje|informácie] o mne [máte uložené|evidujete|spracúvate][?|??]",
            "chcem vedieť, čo všetko o mne [máte|ukladáte][, vďaka|]",
            "ako si môžem stiahnuť [svoje dáta|všetky svoje dáta] z [aplikácie|účtu][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[vyskočila na mňa|zobrazila sa mi] reklama, ktorá o mne vedela [až príliš veľa|podozrivo veľa], a [fakt ma to vydesilo|nepáči sa mi to]. [aké info|aké údaje] o mne [vediete|máte v systéme]? [pošlite mi kópiu|chcem to vidieť celé]",
            "kedysi som mala u vás účet [pred rokmi|asi v roku 201{d}] a [úplne som naň zabudla|až teraz som si spomenula]. čo o mne [v databáze|u vás] [zostalo|ešte je]? [chcem to vidieť|pošlite mi to na {email}]",
            "dobry den, [mozem sa dozvediet|chcem vediet] ake [informacie|udaje|data] o mne drzite? [kopiu|zoznam] by som [privitala|brala][, dik|, vdaka|]",
            "odkiaľ [máte|poznáte] [moje číslo|moju adresu|môj dátum narodenia]?? [čo ďalšie|aké ďalšie údaje] o mne [máte|držíte]? [chcem kompletný zoznam|pošlite mi to čierne na bielom]",
            "v appke [nie je|nevidím] nikde [možnosť|tlačidlo], ako zistiť, aké [dáta|údaje] ste o mne [nazbierali|zhromaždili]. [pošlite mi ich mailom|chcem kópiu na {email}][, prosím|]",
            "chcem [kópiu|úplný prehľad] všetkého, čo o mne viete[, aj komu ste to dali|, vrátane histórie objednávok]. [po tom úniku dát v správach mám obavy|robím si starosti o svoje súkromie]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Appka chce prístup ku všetkému, ale nikde neukáže, aké údaje o mne [ukladá|zbiera]. @{co}, [pošlite mi kópiu mojich osobných údajov|chcem vidieť, čo všetko o mne máte].",
            "1 hviezdička. Už [týždne|mesiac] čakám na [kópiu|výpis] svojich osobných údajov a [nikto neodpovedá|prehadzujete si ma medzi oddeleniami].",
            "@{co} aké [údaje|osobné údaje|informácie] o mne [máte|evidujete|uchovávate]? [Pýtam sa verejne, lebo na e-maily neodpovedáte.|Odpovedzte konečne!]",
            "[2 hviezdičky|⭐⭐]. Funguje to [celkom dobre|v pohode], ale chcem vedieť, aké dáta o mne appka [zbiera|zhromažďuje], a v nastaveniach [nič nie je|o tom nič nenájdem]. [Pošlite mi kópiu na {email}.|Čakám na výpis.]",
            "[chcem vidiet|ukazte mi] ake data o mne mate @{co}[!|!!] 1 hviezda kym neodpoviete",
            "Podľa GDPR mám právo na prístup k svojim údajom. [@{co}|{co}], [kedy dostanem tú kópiu?|kde je odpoveď na moju žiadosť?] Zatiaľ [1 hviezdička|⭐].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [zistím|sa dozviem], aké [údaje|osobné údaje] o mne [máte|uchovávate]?",
            "môžete mi [poslať|zaslať] kópiu mojich osobných údajov[ na {email}|]?",
            "ako zistim ake data o mne mate?",
            "[kde|odkiaľ] si môžem [stiahnuť|vyžiadať] prehľad [údajov|informácií], ktoré ste o mne nazbierali?",
            "čo mám urobiť, aby ste mi [ukázali|povedali], aké osobné údaje o mne [vediete|máte uložené]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nprosím o zaslanie kópie {data_gen}[, vrátane histórie objednávok a kontaktných údajov|]. {acct}\n\n{sign}",
            "{greet}\n\n[v súlade s čl. 15 GDPR|na základe práva na prístup k osobným údajom] Vás žiadam o informáciu, či spracúvate moje osobné údaje, a ak áno, o ich kópiu, účely spracúvania a zoznam príjemcov, ktorým boli poskytnuté. {acct}\n\n{sign}",
            "{greet}\n\nmohli by ste mi prosím povedať, aké osobné údaje o mne {co} uchováva a na aký účel? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o prístup k osobným údajom podľa čl. 15 GDPR\n\n{greet_formal}\n\nna základe čl. 15 nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 (všeobecné nariadenie o ochrane údajov, ďalej len „GDPR“) Vás žiadam o potvrdenie, či spracúvate osobné údaje, ktoré sa ma týkajú. Ak áno, žiadam o:\n\n1. kópiu všetkých mojich osobných údajov, ktoré spracúvate;\n2. informáciu o účeloch spracúvania;\n3. kategórie dotknutých osobných údajov;\n4. príjemcov alebo kategórie príjemcov, najmä v tretích krajinách;\n5. predpokladanú dobu uchovávania;\n6. zdroj údajov, ak neboli získané odo mňa;\n7. informáciu, či dochádza k automatizovanému rozhodovaniu vrátane profilovania.\n\n{ident}\n\nProsím o vybavenie žiadosti {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Uplatnenie práva dotknutej osoby na prístup (článok 15 všeobecného nariadenia o ochrane údajov)\n\n{greet_formal}\n\nako dotknutá osoba týmto uplatňujem svoje právo na prístup k osobným údajom. Žiadam o bezplatné poskytnutie kópie všetkých osobných údajov, ktoré o mne spoločnosť {co} spracúva, spolu s informáciami podľa čl. 15 ods. 1 písm. a) až h) GDPR. Kópiu mi prosím zašlite v elektronickej podobe na adresu {email}.\n\n{ident}\n\nOdpoveď očakávam {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o prístup k osobným údajom (čl. 15 GDPR) a o ich poskytnutie v strojovo čitateľnom formáte (čl. 20 GDPR)\n\n{greet_formal}\n\npodľa čl. 15 GDPR Vás žiadam o informáciu, aké osobné údaje o mne spracúvate, na aký účel, komu boli poskytnuté a ako dlho ich budete uchovávať. Zároveň podľa čl. 20 GDPR žiadam, aby ste mi údaje, ktoré spracúvate na základe zmluvy, poskytli v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte (CSV alebo JSON), aby ich bolo možné preniesť k inému prevádzkovateľovi.\n\n{ident}\n\nProsím o vybavenie {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nprosím o prehľad všetkých údajov, ktoré o mne máte, a zároveň o ich export v strojovo čitateľnom formáte (CSV, JSON), aby som si ich mohla preniesť k inému poskytovateľovi. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[zmažte|zrušte] mi prosím účet[ aj všetky moje dáta| aj so všetkými údajmi|][.|!|]",
            "chcem, aby [moje údaje boli vymazané|môj účet bol zrušený][, a to hneď|!|.|]",
            "ako si môžem [úplne|definitívne|natrvalo] zmazať účet[?|??]",
            "[zmažte|vymažte] [prosím |]všetko, čo o mne máte",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[prechádzam ku konkurencii|už u vás nakupovať nebudem] po [tej anabáze s objednávkou {order}|tom hroznom prístupe podpory]. [zatvorte mi účet|odstráňte mi profil] [aj so všetkými údajmi|vrátane všetkých osobných údajov][.|!]",
            "práve som zistila, že mám starý [účet|profil] [na {email}|z roku 201{d}], o ktorom [som ani nevedela|som úplne zabudla]. [môžete ho odstrániť|zlikvidujte ho] [úplne|aj so všetkými dátami]?",
            "[odstrante|zruste] mi ucet [aj vsetky data|nadobro], [uz ho nepouzivam|mam lepsiu appku]",
            "[1 hviezdička|jedna hviezda]. [appka je na nič a |]nikde nie je, ako sa [ruší|natrvalo odstraňuje] účet. [chcem, aby moje údaje od vás zmizli|nech je všetko preč]",
            "nechcem, aby na vašich serveroch ostalo [čokoľvek|ani stopy] po mne. [vyčistite|odstráňte] [všetky moje údaje|môj profil aj všetko v ňom] a [potvrďte mi to|napíšte mi], keď to bude hotové",
            "[po všetkých tých únikoch dát|po tom poslednom data breachi v správach] už nechcem, aby ste mali moje údaje. [odstráňte|zlikvidujte] [môj účet|všetko] [raz a navždy|natrvalo]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hviezdička. [Zmažte mi účet|Vymažte môj profil] a [všetky údaje|všetko, čo o mne máte], [nechcem s vami mať nič spoločné|už ma to nebaví].",
            "@{co} [kde je tlačidlo na zmazanie účtu|ako sa v tejto aplikácii ruší účet]?? Chcem [ho zmazať natrvalo|ho zrušiť aj so všetkými svojimi dátami].",
            "⭐ V aplikácii sa nedá [zmazať|zrušiť] profil. @{co}, [zmažte|vymažte] môj účet a moje osobné údaje, [prosím|okamžite].",
            "appku som uz [odinstalovala|zmazala], teraz zmazte aj moj ucet so vsetkymi datami @{co}",
            "Píšem sem, lebo [na e-maily neodpovedáte|podpora mlčí]: [odstráňte|vymažte] [môj profil|moju registráciu] a [všetky moje údaje|moje osobné údaje] zo svojich systémov[ podľa čl. 17 GDPR|]. Dovtedy [1 hviezdička|⭐].",
            "[Jedna hviezda|1/5]. Chcem, aby ste o mne [zmazali|vymazali] všetko, nie iba [deaktivovali|skryli] účet.",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [zmažem|zruším] svoj účet [natrvalo|úplne]?",
            "môžete [zmazať|vymazať] všetky moje údaje[ aj s profilom|]?",
            "ako sa maze profil? chcem aby vsetko o mne zmizlo",
            "[kde|ako] si môžem zmazať profil aj s osobnými údajmi?",
            "komu mám napísať, aby ste [zmazali|zrušili] môj účet a všetko, čo o mne máte?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Vaše služby|aplikáciu|účet v {co}] už nepoužívam, preto Vás žiadam o zrušenie účtu a vymazanie {data_gen}. [Prosím o potvrdenie vymazania.|Vopred ďakujem za krátke potvrdenie.|]\n\n{sign}",
            "{greet}\n\ntýmto Vás žiadam o vymazanie {data_gen}[ podľa čl. 17 GDPR| v súlade s článkom 17 GDPR|]. {acct}\n\n{sign}",
            "{greet}\n\núčet som si u Vás založila len kvôli jednej objednávke a už ho nepotrebujem. Prosím o jeho zrušenie a vymazanie všetkých súvisiacich údajov. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o vymazanie osobných údajov podľa čl. 17 GDPR (právo „na zabudnutie“)\n\n{greet_formal}\n\nv súlade s čl. 17 ods. 1 všeobecného nariadenia o ochrane údajov (GDPR) Vás žiadam o bezodkladné vymazanie všetkých osobných údajov, ktoré sa ma týkajú. Osobné údaje už nie sú potrebné na účely, na ktoré sa získavali, a na ich ďalšie spracúvanie neexistuje žiadny právny základ.\n\n{ident}\n\nAk ste moje osobné údaje poskytli ďalším príjemcom, informujte ich prosím o vymazaní v súlade s čl. 19 GDPR. Ak úplnému vymazaniu bráni zákonná povinnosť uchovávania, oznámte mi, ktoré údaje, z akého dôvodu a ako dlho budete uchovávať.\n\nVymazanie mi prosím písomne potvrďte {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Vymazanie osobných údajov a zrušenie zákazníckeho účtu\n\n{greet_formal}\n\nžiadam o zrušenie môjho zákazníckeho účtu v spoločnosti {co} a o vymazanie všetkých osobných údajov, ktoré o mne spracúvate, podľa článku 17 nariadenia (EÚ) 2016/679. Vymazanie sa týka aj záloh, marketingových databáz a údajov poskytnutých sprostredkovateľom.\n\n{ident}\n\nO vykonaní vymazania ma prosím informujte {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Odvolanie súhlasu (čl. 7 ods. 3 GDPR) a žiadosť o vymazanie osobných údajov (čl. 17 GDPR)\n\n{greet_formal}\n\ntýmto odvolávam všetky súhlasy so spracúvaním mojich osobných údajov, ktoré som udelila spoločnosti {co}, najmä súhlas so zasielaním marketingových ponúk a s profilovaním. Keďže súhlas bol jediným právnym základom spracúvania, zároveň podľa čl. 17 ods. 1 písm. b) GDPR žiadam o vymazanie všetkých mojich osobných údajov.\n\n{ident}\n\nProsím o písomné potvrdenie odvolania súhlasu aj vykonania vymazania {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nodvolávam súhlas so spracúvaním svojich údajov a zároveň Vás žiadam o zmazanie účtu aj všetkých dát, ktoré o mne máte. {acct}\n\n{sign}",
            "{hi}odvolávam súhlas so spracúvaním údajov a chcem zmazať účet aj so všetkými dátami",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mám [v účte |]zle napísané [priezvisko, správne je {last}|meno, správne je {name}]",
            "môžete mi opraviť dátum narodenia? [nie je správny|je tam zlý rok]",
            "[moja adresa v profile nie je aktuálna, prosím opravte ju|moje telefónne číslo v účte je zlé, prosím opravte ho]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[presťahovala som sa|bývam teraz inde] a [vyúčtovanie|faktúra] [chodí|prišla] na starú adresu. [nová adresa je|zapíšte novú adresu]: {street} {d}{d}, {city}",
            "v profile [svieti|je uvedené] [skomolené|pokrútené] meno, [správne je|má tam byť] {name}. [dajte to do poriadku|zmeňte to] [prosím|keď budete môcť]",
            "mam nove cislo, [je to|nove cislo je] 09{d}{d} {d}{d}{d} {d}{d}{d}. [mozete ho aktualizovat|prepiste ho] v mojom ucte?",
            "[vydala som sa|po svadbe mám nové priezvisko] a [potrebujem|chcem], aby v účte bolo {last}[, inak to nesedí s občiankou|]",
            "[blahoželanie k narodeninám|narodeninový voucher] [chodí|prišiel] [v zlý deň|v úplne inom mesiaci] haha. [narodila som sa|dátum narodenia je v skutočnosti] [1|2]{d}. [1|2|3|4|5|6|7|8|9]. 19[6|7|8|9]{d}, [zadajte ho správne|aktualizujte to v systéme]",
            "[chodia mi|dostávam] faktúry so zlými údajmi, lebo v systéme [je stará adresa|je zle meno|je staré číslo]. [aktualizujte|zaktualizujte] moje údaje[, prosím| čo najskôr]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} mám v profile [zlú|starú] adresu a v aplikácii sa nedá zmeniť. [Opravte ju|Prepíšte ju], [prosím|ďakujem].",
            "1 hviezdička. Moje meno je [všade|v profile aj na faktúrach] napísané zle a píšem vám kvôli tomu [už mesiace|už tretíkrát]. Opravte ho konečne: {name}.",
            "⭐⭐ Dátum narodenia v aplikácii [je zle|nesedí] a pole [je zamknuté|sa nedá upraviť]. [Opravte ho|Zmeňte ho] na {date}, [vďaka|prosím].",
            "mam [novy|iny] telefon a adresu, ale v profile su stale tie stare @{co}. [aktualizujte ich|opravte ich] prosim",
            "@{co} [aktualizujte|upravte] mi údaje v profile - [vydala som sa a mám nové priezvisko|presťahovala som sa|mám nové číslo], a v aplikácii sa to [nedá|nejde]. Za to [1 hviezdička|⭐].",
            "[Máte o mne zlé údaje|Moje údaje u vás nie sú správne] a [preto ide zásielka na starú adresu|preto mi nechodia SMS]. [Opravte ich|Chcem, aby ste ich opravili][!|, @{co}]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [opravím|zmením] [svoju adresu|dátum narodenia|svoje meno] v profile? [Je tam zle|Nesedí to].",
            "môžete mi [opraviť|upraviť] priezvisko? Je napísané zle, správne je {name}.",
            "ako zmenim staru adresu? teraz byvam {street}, {city}",
            "kde si môžem [aktualizovať|zmeniť] telefónne číslo? [To staré už nie je moje|To v profile je zlé].",
            "čo mám urobiť, aby ste opravili nesprávny dátum narodenia? Správne je {date}.",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[adresa, ktorú u Vás mám uvedenú, už nie je aktuálna. Prosím o opravu[ podľa čl. 16 GDPR|]. Nová adresa: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|dátum narodenia v mojom účte nie je správny. Prosím o opravu[ podľa čl. 16 GDPR|]. Správny dátum narodenia: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|priezvisko v mojom účte je nesprávne napísané. Prosím o opravu[ podľa čl. 16 GDPR|]. Správne: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nprosím o aktualizáciu mojich údajov – [po sobáši mám nové priezvisko {last}|od minulého mesiaca bývam na adrese {street} [1|2|3|4|5|6|7|8|9], {city}|mám nové telefónne číslo 09{d}{d} {d}{d}{d} {d}{d}{d}]. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o opravu nesprávnych osobných údajov podľa čl. 16 GDPR\n\n{greet_formal}\n\nv systéme spoločnosti {co} sú o mne vedené nesprávne osobné údaje: [chybne uvedený dátum narodenia|nesprávne napísané priezvisko|neexistujúci dlh po splatnosti|neaktuálna adresa trvalého pobytu]. Podľa čl. 16 všeobecného nariadenia o ochrane údajov mám právo na to, aby prevádzkovateľ bez zbytočného odkladu opravil nesprávne osobné údaje, ktoré sa ma týkajú. [Správne údaje: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Doklad o správnosti údajov prikladám.]\n\n{ident}\n\nŽiadam o opravu {deadline} a o informovanie všetkých príjemcov, ktorým boli nesprávne údaje poskytnuté (čl. 19 GDPR).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Oprava osobných údajov (čl. 16 GDPR) a obmedzenie spracúvania (čl. 18 ods. 1 písm. a) GDPR)\n\n{greet_formal}\n\nnapádam správnosť osobných údajov, ktoré o mne vediete, konkrétne [údaja o údajnom nezaplatenom dlhu|uvedeného dátumu narodenia|adresy bydliska]. Žiadam o ich opravu podľa čl. 16 GDPR. Zároveň podľa čl. 18 ods. 1 písm. a) GDPR žiadam o obmedzenie spracúvania týchto údajov počas obdobia, kým overíte ich správnosť; dovtedy ich prosím nepoužívajte ani neposkytujte tretím stranám.\n\n{ident}\n\nProsím o vybavenie {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nvo Vašom systéme mám nesprávne [uvedenú adresu|zadaný dátum narodenia|zapísaný dlh {amount} €] a kvôli tomu [mi chodia upomienky|mi zamietli objednávku]. Prosím o opravu a dovtedy o pozastavenie spracúvania týchto údajov[ (čl. 18 GDPR)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "prosím, [nepredávajte|neposkytujte] moje údaje [tretím stranám|ďalším firmám|reklamným partnerom]",
            "nechcem, aby sa moje dáta [predávali|posielali] [ďalším firmám|dátovým brokerom|partnerom]",
            "kde môžem zakázať zdieľanie svojich údajov s [partnermi|tretími stranami][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[práve čítam|práve vidím], že [zdieľate|odovzdávate] [dáta zákazníkov|zákaznícke dáta] [inzerentom|data brokerom|partnerom]. [tie moje nikomu nedávajte|mňa z toho vynechajte]",
            "[od registrácie u vás|odkedy mám u vás účet] mi [volajú|píšu] firmy, o ktorých [som v živote nepočula|vôbec neviem]. [kto im dal moje číslo? |][prestaňte preposielať moje údaje tretím stranám|moje údaje nikam nepúšťajte]",
            "[nepredavajte|nedavajte] moje data [tretim stranam|inym firmam|inzerentom], [nesuhlasim s tym|na to nemate suhlas]",
            "máte niekde [nastavenie|tlačidlo] „do not sell“ [v appke|v aplikácii|na webe]? nechcem, aby moje údaje [išli ďalej|sa ďalej predávali] [cudzím firmám|iným firmám]",
            "[ok|fajn] produkty, ale [nie je ok|nesúhlasím], aby ste [obchodovali s mojimi osobnými údajmi|zarábali na mojich osobných údajoch] [s partnermi|s tretími stranami]. [zastavte akékoľvek zdieľanie|žiadny predaj] [hneď|odteraz]",
            "moje údaje zostávajú u vás a [nikde inde|u nikoho iného]. [žiadny predaj|žiadne preposielanie ďalej] a [ani sharing|ani zdieľanie] s [advertisermi|reklamnými sieťami], [jasné?|dohodnuté?]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hviezdička. [Nepredávajte|Prestaňte predávať] moje dáta [inzerentom|tretím stranám|partnerom][, @{co}|]!",
            "@{co} [odkiaľ|ako to, že] [nejaká cudzia firma|nejaké call centrum] má moje číslo?? [Prestaňte zdieľať|Neposúvajte] moje údaje [svojim partnerom|tretím osobám|nikomu].",
            "⭐ Aplikácia [predáva|preprodáva] dáta používateľov [data brokerom|reklamným sieťam]. Nechcem, aby sa moje dáta [predávali|zdieľali] komukoľvek.",
            "[nepredavajte|nezdielajte] moje data tretim stranam @{co}, [nesuhlasim s tym|nikto sa ma nepytal]",
            "[Vraj|Ukázalo sa, že] {co} predáva dáta [partnerom|inzerentom]. Moje údaje z toho vyraďte - [nie sú na predaj|nedovoľujem s nimi obchodovať]. [2 hviezdičky|⭐⭐]",
            "@{co} kde je [voľba|tlačidlo] [Nepredávať moje údaje|Do not sell my data]? [Prestaňte ich zdieľať|Neposúvajte ich] [inzerentom|data brokerom].",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [zastavím|zakážem] [predaj|zdieľanie] svojich údajov tretím stranám?",
            "môžete moje údaje [nepredávať|neposkytovať] [inzerentom|partnerom|dátovým brokerom]?",
            "ako zariadim aby ste moje data nepredavali inym firmam?",
            "[kde|ako] môžem odmietnuť, aby sa moje údaje [zdieľali|odovzdávali] [vašim partnerom|iným firmám]?",
            "[predávate|odovzdávate] moje údaje iným firmám? Ak áno, čo mám urobiť, aby ste s tým [prestali|skončili]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nnesúhlasím s tým, aby ste moje osobné údaje poskytovali alebo predávali tretím stranám, najmä na reklamné účely. Prosím o okamžité ukončenie takého zdieľania. {acct}\n\n{sign}",
            "{greet}\n\n[od registrácie u Vás mi volajú cudzie firmy|chodia mi ponuky od firiem, ktoré vôbec nepoznám]. Neposkytujte prosím moje údaje [partnerom|nikomu ďalšiemu] a nepredávajte ich. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Nesúhlas s poskytovaním a predajom osobných údajov tretím stranám\n\n{greet_formal}\n\nnesúhlasím s poskytovaním, zdieľaním ani predajom svojich osobných údajov tretím stranám, najmä dátovým brokerom, reklamným sieťam a obchodným partnerom spoločnosti {co}. Súhlas s takýmto poskytovaním nebol udelený a podľa čl. 6 GDPR naň nemáte právny základ. Žiadam, aby ste každé takéto poskytovanie ukončili a moje údaje odteraz nikomu neposkytovali.\n\n{ident}\n\nProsím o písomné potvrdenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prosím, |]už žiadne [reklamy|newslettery|reklamné e-maily|SMS s ponukami][!|.|]",
            "[odhlásiť|chcem sa odhlásiť z newslettera|odhláste ma prosím z newslettera]",
            "prestaňte mi posielať [reklamu|ponuky|tie maily][!|.|]",
            "ako sa odhlásim z newslettera[?|, odkaz nefunguje]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[každý deň|každé ráno] mi chodia [3-4|dva-tri] [maily|e-maily] s akciami, [mám toho plnú schránku|už ma to štve]. [vyraďte ma zo zoznamu|dajte mi unsubscribe]",
            "[stop|dost] s tymi sms s ponukami, [uz nechcem|otravuje ma to]. [vyradte ma zo zoznamu|uz mi nepiste]",
            "odkaz na [odhlásenie|unsubscribe] [dole v newsletteri|v maile] [hádže error|sa nenačíta]. [môžete ma vyradiť vy?|zastavte mi tie maily sami]",
            "zase mi [volali|volal niekto] [z {co}|od vás] kvôli [ponuke|novému paušálu|akcii]. [také hovory nechcem|žiadne ďalšie reklamné telefonáty], [poznačte si to|dajte ma na zoznam, kam sa nevolá]",
            "[1 hviezdička|jedna hviezda], lebo [spamové|reklamné] maily neprestávajú [nikdy|ani náhodou]. [zarazte to|chcem, aby to skončilo] [okamžite|hneď]",
            "raz som u vás [nakúpila|kúpila {product}] a odvtedy mám schránku [plnú|zavalenú] [reklám|newsletterov|promo mailov]. [stačilo|už nechcem], [vyškrtnite {email} z mailing listu|žiadny ďalší marketing]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hviezdička. [Spam|SPAM] každý deň! [Odhláste ma z newslettera|Vyraďte ma z mailing listu|Prestaňte posielať reklamné e-maily], @{co}.",
            "@{co} [odhlásila som sa|klikla som na odhlásiť] už [trikrát|stokrát] a stále mi chodia [promo e-maily|newslettery|reklamné SMS]. [Zastavte to|Vyraďte ma zo svojich zoznamov] [hneď|konečne]!",
            "⭐ Aplikácia je [ok|fajn], ale [reklamné správy|newslettery a SMS s ponukami] [sú na nevydržanie|ma vytáčajú]. Nechcem od vás [žiadnu reklamu|žiadne akcie a ponuky].",
            "[prestante|dost uz] s [reklamou|spamom|ponukami] @{co}, [odhlaste ma|vyradte ma] z [newslettera|zoznamu]",
            "[Zase mi volali|Volali mi] z {co} s [ponukou|akciou] [o deviatej večer|v nedeľu]. [Už mi nevolajte s reklamou|Vyraďte moje číslo z reklamných hovorov]. [1 hviezdička|⭐]",
            "@{co} chcem sa odhlásiť z [marketingových správ|vášho newslettera|reklamných e-mailov], ale odkaz na odhlásenie [nefunguje|hádže chybu].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako sa [odhlásim|odhlásiť] z [newslettera|reklamných e-mailov|promo SMS]?",
            "môžete mi prestať posielať [reklamy|ponuky|akcie] [e-mailom|cez SMS]?",
            "ako sa odhlasim z newslettera? pisete mi kazdy den",
            "kde sa dá [zrušiť odber reklamných správ|vypnúť zasielanie marketingových ponúk]?",
            "čo mám urobiť, aby ste mi [nevolali|prestali volať] s [ponukami|akciami]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nprosím o vyradenie adresy {email} zo všetkých marketingových rozosielok. Odhlasovací odkaz nefunguje a newsletter mi chodí ďalej.\n\n{sign}",
            "{greet}\n\nneželám si dostávať obchodné ponuky – e-mailom, SMS ani poštou.[ Podľa čl. 21 ods. 2 GDPR namietam spracúvanie mojich údajov na účely priameho marketingu.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Námietka proti spracúvaniu osobných údajov na účely priameho marketingu (čl. 21 ods. 2 GDPR)\n\n{greet_formal}\n\nv súlade s čl. 21 ods. 2 všeobecného nariadenia o ochrane údajov namietam spracúvanie svojich osobných údajov na účely priameho marketingu vrátane profilovania, ktoré s ním súvisí. Podľa čl. 21 ods. 3 GDPR sa moje osobné údaje na tieto účely už nesmú spracúvať. Zároveň Vás žiadam, aby ste mi prestali zasielať nevyžiadané obchodné správy.\n\n{ident}\n\nŽiadam o vyradenie zo všetkých marketingových zoznamov {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Odvolanie súhlasu a námietka proti priamemu marketingu\n\n{greet_formal}\n\ntýmto podľa čl. 7 ods. 3 GDPR odvolávam súhlas so zasielaním obchodných ponúk a so spracúvaním svojich osobných údajov na marketingové účely, ktorý som udelila pri registrácii. Zároveň podľa čl. 21 ods. 2 GDPR namietam akékoľvek ďalšie spracúvanie mojich údajov na účely priameho marketingu vrátane profilovania.\n\n{ident}\n\nProsím o potvrdenie {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nodvolávam súhlas so zasielaním [newslettera|personalizovaných ponúk|reklamných SMS] a neželám si, aby ste moje údaje ďalej používali na marketing. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "odvolávam súhlas [so sledovaním|so spracúvaním údajov|s cookies][.|!|]",
            "[vypnite|zastavte] prosím [sledovanie polohy|sledovanie] pri mojom účte",
            "už nesúhlasím s tým, aby ste moje dáta používali na [personalizovanú reklamu|profilovanie|analýzy]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[všimla som si|zisťujem], že appka [zbiera moju polohu|vie, kde som], aj keď [je zavretá|ju nepoužívam]. [beriem späť|ruším] povolenie na polohu, ktoré som vám dala",
            "cookies som [odklikla|potvrdila] [bez rozmýšľania|narýchlo] na „prijať všetko“ – chyba. [súhlas beriem späť|už nesúhlasím], [vypnite tracking|žiadny tracking] pri mojom [profile|účte]",
            "[odvolavam|beriem spat] suhlas s [pouzitim mojich fotiek|polohou|cookies]. [uz to nepouzivajte|stop]",
            "[moja fotka|moje video] zo súťaže [visí|je stále] na vašom webe. vtedy som [súhlasila|povedala áno], ale teraz už [nie|nesúhlasím], [súhlas odvolávam|beriem ho späť]",
            "[vo fitness appke|v aplikácii k hodinkám] som povolila [používanie|vyhodnocovanie] [mojich zdravotných dát|dát o tepe]. [rozmyslela som si to|ľutujem to], [to povolenie ruším|už ich nespracúvajte]",
            "už nechcem [personalizáciu|personalised obsah] podľa [toho, čo robím|mojej histórie]. [súhlas z registrácie|to „áno“, čo som klikla pri registrácii,] [už neplatí|týmto odvolávam]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Aplikácia [stále sleduje|stále chce] moju polohu. [Odvolávam svoj súhlas|Už nesúhlasím] [so sledovaním polohy|s používaním mojej polohy], @{co}.",
            "1 hviezdička. Súhlas [s cookies|so sledovaním] som dala [bez čítania|omylom] a v nastaveniach sa nedá [vziať späť|zrušiť]. [Odvolávam svoj súhlas|Beriem svoj súhlas späť] - [prestaňte ma sledovať|vypnite tracking].",
            "@{co} súhlas s [použitím mojich fotiek|zverejnením mojich fotiek] [vo vašich reklamách|na vašom Instagrame] [týmto odvolávam|beriem späť]. [Už ich nepoužívajte.|Prestaňte ich používať.]",
            "[odvolavam|rusim] suhlas so spracuvanim [zdravotnych udajov|udajov o zdravi] v aplikacii, uz ich nespracuvajte",
            "[2 hviezdičky|⭐⭐]. Pri registrácii som zaškrtla súhlas s [personalizovanými odporúčaniami|personalizáciou] a [oľutovala som to|zmenila som názor]. [Chcem ho odvolať|Odvolávam ho], a v nastaveniach [to nejde|to nikde nie je].",
            "@{co} [odvolávam|ruším] svoj súhlas s [nahrávaním hovorov|nahrávaním mojich hovorov] s podporou. [Už ma nenahrávajte.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [odvolám|zruším] súhlas so [sledovaním polohy|cookies|používaním mojich fotiek]?",
            "môžem odvolať súhlas, ktorý som dala k [zdravotným údajom|analytike|personalizácii]?",
            "ako odvolam suhlas s polohou?",
            "[kde|ako] môžem [vziať späť|odvolať] súhlas s [používaním mojich nahrávok|sledovaním]? Už s tým nesúhlasím.",
            "čo mám urobiť, aby ste prestali používať [moje fotky|moje hlasové nahrávky|moju polohu]? Vtedy som súhlasila, ale teraz súhlas beriem späť.",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\ntýmto odvolávam svoj súhlas so spracúvaním osobných údajov [na personalizovanú reklamu|na analytické účely|na vyhodnocovanie polohy][ (čl. 7 ods. 3 GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\npri registrácii bol vopred zaškrtnutý súhlas so zdieľaním údajov na [analýzy|personalizáciu]. Tento súhlas odvolávam a prosím, aby ste s týmto spracúvaním prestali. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Odvolanie súhlasu so spracúvaním osobných údajov podľa čl. 7 ods. 3 GDPR\n\n{greet_formal}\n\ntýmto s účinnosťou odo dňa doručenia tohto listu odvolávam všetky súhlasy so spracúvaním svojich osobných údajov, ktoré boli udelené spoločnosti {co}, najmä súhlas [s profilovaním a personalizovanou reklamou|so spracúvaním údajov o polohe|so spracúvaním biometrických údajov|s analýzou mojich nákupov]. Od okamihu odvolania nemáte na toto spracúvanie právny základ.\n\n{ident}\n\nŽiadam o písomné potvrdenie, ktoré spracúvanie bolo ukončené, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}môžem dostať svoje dáta v [CSV|JSON|nejakom strojovo čitateľnom formáte]? [prechádzam inam|chcem ich preniesť do inej služby]",
            "ako [prenesiem|presuniem] [svoje dáta|históriu|playlisty|fotky] k inému poskytovateľovi[?|]",
            "potrebujem export všetkých svojich dát kvôli prechodu k [inému operátorovi|inej banke|konkurencii]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[prechádzam ku|odchádzam ku] [konkurencii|inej platforme|inej firme] a chcem si [zobrať so sebou|odniesť] [celú históriu|svoje dáta] v [csv|json|csv súbore]. [ako spravím export?|spravte mi export]",
            "mozete mi vyexportovat data do [csv|json]? [menim appku|idem k inemu poskytovatelovi] a chcem si ich tam nahrat",
            "[môžete poslať|pošlite] [rovno|priamo] [mojej novej banke|môjmu novému poskytovateľovi] [moje dáta|históriu transakcií] v [elektronickej podobe|súbore, ktorý ich systém načíta]?[ zmluvu s nimi už mám podpísanú|]",
            "[mením|prechádzam na inú] appku a [prídem o|stratím] [tréningy|playlisty|poznámky]. [dá sa to stiahnuť ako súbor|dajte mi json súbor], [aby som to mohla naimportovať inde?|kvôli importu do novej appky]",
            "[2 hviezdičky|1 hviezdička]: [chýba|nie je tu] [export|vývoz] dát. [chcem svoje dáta|chcem celú históriu] v [machine-readable|strojovo čitateľnom] súbore, [aby som mohla odísť inam|kvôli prechodu na inú službu]",
            "[roky|vyše päť rokov] u vás mám [fotky|tréningy|históriu], ale [končím|odchádzam inam]. [dajte mi to v jsone alebo csv|potrebujem súbor, ktorý prečíta aj tá nová appka]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Prechádzam k [inej aplikácii|konkurencii] a [chcem|potrebujem] svoje dáta [v CSV|v JSON-e|v súbore], lenže [export chýba|tlačidlo na export nefunguje]. @{co}, [pošlite mi ich|dajte mi ich].",
            "1 hviezdička. [Žiadny export dát!|Chýba export dát!] Chcem [svoju históriu|celú históriu nákupov] [v strojovo čitateľnom formáte|v CSV alebo JSON], aby som ju mohla preniesť [inam|k inému poskytovateľovi].",
            "@{co} [chcem|žiadam o] [súbor so svojimi dátami|export svojich dát] [v JSON-e|v CSV], ktorý nahrám do [novej aplikácie|novej služby]. [Kedy?|Čakám už týždne.]",
            "chcem exportovat svoje data do csv a preniest ich k inemu poskytovatelovi @{co}, poslite mi ich",
            "Podľa GDPR mám právo na prenosnosť. [Preneste|Pošlite] moje dáta [priamo|rovno] novému poskytovateľovi[, nie PDF na papieri|]. [2 hviezdičky|⭐⭐]",
            "[Mením poskytovateľa|Odchádzam od {co}] a potrebujem [export svojich dát|svoje dáta v CSV] pre [novú službu|nového poskytovateľa]. [Pridajte tlačidlo na stiahnutie|Pošlite mi to na {email}].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako si [stiahnem|vyexportujem] svoje dáta do súboru [CSV|JSON], aby som ich preniesla [inam|k inej službe]?",
            "môžete moje dáta [poslať|odovzdať] priamo [novému poskytovateľovi|inej firme]?",
            "ako si stiahnem data v CSV? prechadzam k inemu poskytovatelovi",
            "[kde|odkiaľ] si môžem [stiahnuť|vyexportovať] všetky svoje dáta v [strojovo čitateľnom formáte|JSON], aby som ich [preniesla|nahrala] [ku konkurencii|do inej aplikácie]?",
            "čo mám urobiť, aby ste moje dáta [odovzdali|preniesli] [inému poskytovateľovi|do novej služby]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[prechádzam k inému poskytovateľovi|mením dodávateľa] a chcem využiť právo na prenosnosť údajov[ podľa čl. 20 GDPR|]. Prosím o zaslanie {data_gen} v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte (napr. CSV alebo JSON). {acct}\n\n{sign}",
            "{greet}\n\nprosím o prenos mojich údajov [o spotrebe|z vernostného programu|z tréningového denníka] priamo k novému poskytovateľovi vo formáte, ktorý dokáže načítať. Ide o prenosnosť údajov podľa čl. 20 ods. 2 GDPR. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o prenosnosť osobných údajov podľa čl. 20 GDPR\n\n{greet_formal}\n\nna základe čl. 20 ods. 1 všeobecného nariadenia o ochrane údajov Vás žiadam o poskytnutie osobných údajov, ktoré sa ma týkajú a ktoré automatizovane spracúvate na základe môjho súhlasu alebo zmluvy, v štruktúrovanom, bežne používanom a strojovo čitateľnom formáte[ (napr. CSV, JSON alebo XML)|].[ Ak je to technicky možné, preneste ich podľa čl. 20 ods. 2 GDPR priamo novému prevádzkovateľovi, ktorého kontaktné údaje Vám oznámim.|]\n\n{ident}\n\nProsím o vybavenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "môžete [pozastaviť|zmraziť] spracúvanie mojich údajov, kým sa nevyrieši [moja reklamácia|ten spor|chyba v účte]?",
            "nemažte moje dáta, ale zatiaľ ich [nijako |]nepoužívajte, [potrebujem ich ako dôkaz|rieši to môj právnik]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[mám u vás reklamáciu|riešime spolu spor] kvôli [poplatku|objednávke {order}] a kým sa to [nevyrieši|nevyjasní], [nepoužívajte|nesiahajte na] moje údaje. [mazanie nechcem|ale nemažte ich], len nech sú [zablokované|zmrazené]",
            "údaje, čo o mne máte, sú [nesprávne|sporné] a [stále ich overujete|zatiaľ sa preverujú]. [dovtedy|kým nebude jasno] [ich zmrazte|ich nespracúvajte], [ale nemažte ich|len ich uchovajte]",
            "nemazte moje udaje, potrebujem ich na [sud|nas spor], ale [zmrazte|zastavte] ich spracuvanie kym to neskonci",
            "[môj právnik|právnik] [hovorí|odporúča], nech [si tie dáta necháte|dáta nemažete], lebo [budú potrebné na súde|sú to dôkazy]. [len zablokujte akékoľvek iné použitie|len ich dovtedy na nič iné nepoužívajte]",
            "[nie vymazanie|mazanie nie], chcem [pauzu|stopku] v spracúvaní [na chvíľu|dočasne], [kým neodpoviete na moju sťažnosť|kým sa nepreverí tá chyba v údajoch]. [dá sa?|ide to?]",
            "{hi}kým [beží súd|nerozhodne ombudsman], [nepoužívajte moje údaje na nič|zastavte akékoľvek používanie mojich údajov]. [ale uchovajte ich|nemažte ich], budem ich potrebovať",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} rozporujem platbu {amount} € - [kým sa to nevyrieši|do konca sporu] [prestaňte spracúvať|nepoužívajte] moje údaje, [ale nemažte ich|len ich nemažte].",
            "1 hviezdička. Moje údaje u vás [nie sú správne|sú chybné] a [stále ich používate|používate ich na všetko]. Kým ich preveríte, [obmedzte ich spracúvanie|zmrazte ich] - [nemažte ich|o vymazanie nežiadam].",
            "⭐ [Podala som sťažnosť na {co}|Mám s vami spor] a dáta budem potrebovať [na súde|na súdne konanie]. [Nemažte ich|Nič nemažte], ale [prestaňte ich používať|zablokujte ich používanie] [zatiaľ|do rozhodnutia].",
            "nemazte moje data, len ich [zmrazte|prestante pouzivat] kym sa nevyriesi spor @{co}",
            "@{co} nechcem [zrušiť|zmazať] profil, chcem len [dočasne zastaviť|zmraziť] spracúvanie svojich údajov. [Je to také ťažké?|Je to jasné?]",
            "[Obmedzte|Zablokujte] spracúvanie mojich osobných údajov [podľa čl. 18 GDPR|v súlade s GDPR] [do vyriešenia sporu|počas overovania]. [Vymazanie nechcem.|Nemažte ich.] [2 hviezdičky|⭐⭐]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}môžete [dočasne|zatiaľ] [zastaviť|zmraziť] spracúvanie mojich údajov, ale [nemazať ich|bez vymazania]?",
            "ako [obmedzím|zablokujem] používanie svojich údajov, kým [overujete, či sú správne|trvá spor]? [Mazať ich|Vymazať ich] nechcem.",
            "mozete mi zmrazit data kym sa nevyriesi spor? nemazte ich",
            "[kde|ako] môžem požiadať o [obmedzenie|zablokovanie] spracúvania? Potrebujem ich [kvôli súdnemu sporu|na právny nárok], takže ich [nemažte|prosím nemažte].",
            "čo mám urobiť, aby ste moje údaje [uchovali|nechali uložené], ale [nepoužívali ich|nespracúvali ich] [zatiaľ|kým sa to nevyjasní]?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[do vybavenia mojej sťažnosti|kým nepreveríte sporné údaje v mojom účte] Vás žiadam o obmedzenie spracúvania mojich osobných údajov[ podľa čl. 18 GDPR|]. Údaje prosím uchovajte, ale inak ich nepoužívajte. {acct}\n\n{sign}",
            "{greet}\n\nmoje údaje sa chystáte vymazať, ale potrebujem ich [na uplatnenie nároku na súde|ako dôkaz v reklamačnom konaní]. Namiesto vymazania preto žiadam o obmedzenie ich spracúvania[ (čl. 18 ods. 1 písm. c) GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť o obmedzenie spracúvania osobných údajov podľa čl. 18 GDPR\n\n{greet_formal}\n\npodľa čl. 18 ods. 1 všeobecného nariadenia o ochrane údajov žiadam o obmedzenie spracúvania svojich osobných údajov, pretože [spracúvanie je nezákonné a namiesto vymazania žiadam o obmedzenie ich použitia|údaje už nepotrebujete, ale ja ich potrebujem na preukázanie, uplatňovanie alebo obhajovanie právnych nárokov|napádam ich správnosť a tá ešte nebola overená]. Počas obmedzenia sa moje údaje môžu iba uchovávať; iné spracúvanie je prípustné len s mojím súhlasom alebo z dôvodov uvedených v čl. 18 ods. 2 GDPR. Pred zrušením obmedzenia ma prosím informujte (čl. 18 ods. 3 GDPR).\n\n{ident}\n\nProsím o potvrdenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nesúhlasím s tým, že [vyhodnocujete moje nákupy|analyzujete, čo robím v aplikácii|zdieľate moje údaje v rámci skupiny] kvôli nejakému oprávnenému záujmu. [prestaňte s tým|chcem to zastaviť]",
            "ako môžem namietať proti [spracúvaniu mojich dát|sledovaniu jazdy|vyhodnocovaniu môjho správania]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[v podmienkach stojí|v podmienkach čítam], že [robíte profil|robíte profiling] podľa [mojich nákupov|môjho správania v appke] s odvolaním na „oprávnený záujem“. [zásadne nesúhlasím a chcem, aby to u mňa skončilo|neprijímam to, som proti]",
            "[prečo|akým právom] [preposielate|posielate] moje dáta [ostatným firmám v skupine|dcérskym spoločnostiam] kvôli „interným potrebám“? [som proti|nesúhlasím], [nech to prestane|nechcem to]",
            "nesuhlasim, aby ste analyzovali moje spravanie [na statistiky|na analytics] len kvoli vasmu opravnenemu zaujmu. [mam namietku|zastavte to]",
            "appka [pre vodičov|od poisťovne] [zaznamenáva|vyhodnocuje], ako šoférujem, [„kvôli bezpečnosti“|kvôli fraud detection|kvôli scoringu]. [strašne ma to štve|úprimne sa mi to nepáči] a [oficiálne s tým nesúhlasím|som proti tomu]",
            "[nevidím dôvod|nechápem, prečo musíte] [hodnotiť|robiť scoring] každého zákazníka podľa [transakcií|nákupov]. [čo sa týka mňa|pri mojom profile] [som proti a chcem, aby to skončilo|nesúhlasím]",
            "počujte, {co}, [prečo|načo] váš algoritmus [sliedi, čo robím|rozoberá moje zvyky] [kvôli vašim „štatistikám“|kvôli „zlepšovaniu služieb“]? [nesúhlasím, pri mojom profile to zastavte|som proti, s mojimi dátami nie]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hviezdička. [Aplikácia|{co}] ma [profiluje|analyzuje moje správanie] na každom kroku. [Namietam to|Proti tomu profilovaniu podávam námietku] - [prestaňte s tým|nerobte to s mojimi dátami].",
            "@{co} [vznášam|podávam] námietku proti [analýze svojho správania|profilovaniu] na základe vášho [oprávneného záujmu|„oprávneného záujmu“]. [Prestaňte s tým.|Nechcem to.]",
            "⭐ [Zdieľate moje dáta|Moje údaje sa posúvajú] [v rámci skupiny|medzi firmami v skupine] vraj kvôli oprávnenému záujmu. Podávam námietku [proti tomu|podľa čl. 21 GDPR].",
            "namietam [profilovanie|analyzu mojho spravania] v [aplikacii|appke], nechcem aby ste ma hodnotili podla mojich zvykov @{co}",
            "[Podávam námietku|Mám námietku] proti [kreditnému scoringu|hodnoteniu rizika] na základe mojich údajov. [Prestaňte ich na to spracúvať.|] [2 hviezdičky|1 hviezdička]",
            "@{co} [nesúhlasím s tým|odmietam], aby ste [sledovali|analyzovali], ako používam aplikáciu, pre [svoju analytiku|svoje štatistiky]. [Namietam toto spracúvanie.|Mám právo namietať a využívam ho.]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [vznesiem námietku|podám námietku] proti [profilovaniu|analýze svojho správania]?",
            "môžete moje údaje nepoužívať na [profilovanie|credit scoring|interné analýzy] na základe oprávneného záujmu? [Nesúhlasím s tým|Namietam to].",
            "ako podam namietku proti profilovaniu? nechcem aby ste analyzovali moje spravanie",
            "[kde|komu] môžem [podať|poslať] námietku proti [zdieľaniu mojich údajov v rámci skupiny|analýze mojich návykov]?",
            "čo mám urobiť, aby ste prestali s [mojím profilovaním|analýzou môjho správania], ktoré robíte z [oprávneného záujmu|vlastného záujmu]?",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nvo Vašich zásadách ochrany súkromia uvádzate, že moje údaje spracúvate [na analýzu zákazníckeho správania|na zlepšovanie služieb|na hodnotenie vodičov] na základe oprávneného záujmu. Proti tomuto spracúvaniu namietam[ podľa čl. 21 ods. 1 GDPR|] a žiadam, aby ste s ním prestali. {acct}\n\n{sign}",
            "{greet}\n\nnechcem, aby spoločnosť {co} [vyhodnocovala moju aktivitu|používala moje údaje na štatistiky] len preto, že to považuje za svoj oprávnený záujem. Týmto proti takému spracúvaniu namietam. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Námietka proti spracúvaniu osobných údajov podľa čl. 21 ods. 1 GDPR\n\n{greet_formal}\n\nv súlade s čl. 21 ods. 1 všeobecného nariadenia o ochrane údajov namietam spracúvanie svojich osobných údajov, ktoré vykonávate na základe oprávneného záujmu podľa čl. 6 ods. 1 písm. f) GDPR, konkrétne [analýzu môjho nákupného správania|spracúvanie údajov o polohe môjho vozidla|zdieľanie mojich údajov v rámci skupiny|vyhodnocovanie toho, ako službu využívam]. Dôvodom je moja konkrétna situácia: [z údajov možno odvodiť citlivé informácie o mojom zdraví a rodine|takéto spracúvanie nezodpovedá primeraným očakávaniam zákazníka]. Žiadam, aby ste spracúvanie ukončili, pokiaľ nepreukážete nevyhnutné oprávnené dôvody, ktoré prevažujú nad mojimi záujmami, právami a slobodami.\n\n{ident}\n\nProsím o odpoveď {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Námietka (čl. 21 ods. 1 GDPR) a žiadosť o obmedzenie spracúvania (čl. 18 ods. 1 písm. d) GDPR)\n\n{greet_formal}\n\nnamietam spracúvanie svojich osobných údajov na účely [profilovania zákazníkov|predchádzania podvodom|interných analýz], ktoré vykonávate na základe oprávneného záujmu. Zároveň podľa čl. 18 ods. 1 písm. d) GDPR žiadam o obmedzenie spracúvania týchto údajov až do overenia, či Vaše oprávnené dôvody prevažujú nad mojimi oprávnenými dôvodmi.\n\n{ident}\n\nProsím o vybavenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "moju žiadosť o [úver|splátky|poistenie] zamietol automat. chcem, aby to posúdil [človek|skutočný človek|niekto z vašich pracovníkov]",
            "ako je možné, že mi [systém|algoritmus] zablokoval účet bez [ľudského posúdenia|vysvetlenia]? chcem preskúmanie človekom",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[prišla mi správa|mám notifikáciu], že žiadosť o [úver|leasing|nákup na splátky] je zamietnutá [za dve minúty|za pár sekúnd]. [to určite rozhodol stroj|jasné, že to spravil algoritmus]. chcem, aby sa na to [pozrel|znova pozrel] [človek|niekto živý] a [vysvetlil mi|povedal], prečo",
            "účet [je zamknutý|je zablokovaný] [automaticky|systémom] kvôli „podozrivej aktivite“, [a to úplne bez dôvodu|pritom sa nič nestalo]. [chcem kontrolu človekom|trvám na tom, aby to prešiel niekto z personálu], nie [ďalšieho bota|automatické odpovede]",
            "vas system mi zamietol ziadost [automaticky|za minutu]. [chcem|trvam na tom], aby to presiel [clovek|zivy pracovnik] a povedal mi [preco|podla akych kriterii]",
            "[prečo|ako je možné, že] [cena|poistka] pre mňa vychádza [dvakrát|oveľa] drahšie ako [kamarátke|kolegyni]? [ak to počítal algoritmus|keď to systém ráta automaticky], [chcem vysvetlenie logiky|nech to skontroluje človek]",
            "posielam [žiadosť o prácu|CV] a o 5 minút [príde|je tu] [zamietnutie|„žiaľ, nie“] [automaticky|zo systému]. [nikto to nečítal|žiadny človek to nevidel], [chcem, nech to posúdi človek|chcem ľudské posúdenie]",
            "[znížili ste mi limit na karte|zamietli ste mi úver] [bez toho, aby so mnou ktokoľvek hovoril|jedným automatickým mailom]. [kto o tom rozhodol, nejaký program?|zjavne o tom rozhodol nejaký program.] chcem [preskúmanie človekom|aby to videl pracovník] a vysvetlenie [kritérií|logiky]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hviezdička. Žiadosť o [úver|pôžičku] mi [automaticky zamietli|zamietol algoritmus] [za pár sekúnd|za 3 sekundy] bez akéhokoľvek vysvetlenia. [Chcem, aby ju preskúmal človek|Chcem, aby to posúdil skutočný človek].",
            "@{co} môj účet [bol zablokovaný|bol pozastavený] [automaticky|vaším systémom] [bez dôvodu|bez varovania]. [Chcem preskúmanie pracovníkom|Chcem, aby sa na to pozrel človek], nie odpoveď od [bota|automatu].",
            "⭐ [Algoritmus|Systém] mi [zamietol žiadosť|odmietol splátky|nastavil vyššiu cenu] a nikto nevie vysvetliť prečo. [Napádam toto rozhodnutie|Nesúhlasím s automatickým rozhodnutím] a [chcem vedieť, podľa akej logiky vzniklo|žiadam, aby ho preskúmal človek].",
            "automaticky ste mi zamietli pozicku, chcem aby to [preskumal clovek|posudil niekto zivy] @{co}",
            "[2 hviezdičky|⭐⭐]. Počítač povie NIE a hotovo? [Napádam|Neprijímam] automatické rozhodnutie o [mojom úvere|lízingu] a [žiadam o ľudský zásah|chcem vysvetlenie logiky].",
            "@{co} podľa čl. 22 GDPR [žiadam o|mám právo na] ľudský zásah: [zablokovanie účtu|zamietnutie úveru] je [rozhodnutie stroja|automatizované rozhodnutie] a napádam ho.",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ako [napadnem|rozporujem] rozhodnutie [algoritmu|systému], ktorý mi [zamietol úver|zablokoval účet]?",
            "môže [človek|pracovník] [znova posúdiť|preskúmať] [zamietnutie mojej pôžičky|zablokovanie môjho profilu]? Rozhodlo sa o tom [automaticky|programom].",
            "moze to zamietnutie preskumat clovek? system mi uver zamietol automaticky",
            "[kde|komu] mám napísať, aby automatické rozhodnutie [o mojej cene|o zamietnutí mojej žiadosti] preskúmal človek?",
            "[prečo|ako] [systém|algoritmus] rozhodol, že mi [úver|pôžičku] nedá? Môžete mi [vysvetliť logiku|vysvetliť, ako rozhodnutie vzniklo] a dať to [preskúmať človekom|skontrolovať živému človeku]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[moja žiadosť o nákup na splátky|moja žiadosť o spotrebiteľský úver|moja registrácia] bola zamietnutá automaticky, bez zásahu človeka. Podľa čl. 22 GDPR žiadam o preskúmanie rozhodnutia Vaším pracovníkom a o vysvetlenie, ako sa k rozhodnutiu dospelo. {acct}\n\n{sign}",
            "{greet}\n\nVáš systém mi [automaticky znížil limit|zablokoval účet|ponúkol výrazne horšie podmienky] a nikto mi nevie povedať prečo. Nechcem byť predmetom rozhodnutia, ktoré robí iba algoritmus – žiadam o ľudské posúdenie. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVec: Žiadosť podľa čl. 22 GDPR – automatizované individuálne rozhodovanie\n\n{greet_formal}\n\ndňa {date} [bola zamietnutá moja žiadosť o úver|bol zablokovaný môj zákaznícky účet|mi bola určená výrazne vyššia cena poistenia], a to výlučne na základe automatizovaného spracúvania vrátane profilovania, ktoré má na mňa právne účinky alebo ma podobne významne ovplyvňuje. Podľa čl. 22 všeobecného nariadenia o ochrane údajov mám právo, aby sa na mňa takéto rozhodnutie nevzťahovalo. Žiadam preto o:\n\n1. ľudský zásah zo strany prevádzkovateľa a nové posúdenie veci pracovníkom;\n2. zmysluplné informácie o použitom postupe, ako aj o význame a predpokladaných dôsledkoch takéhoto spracúvania;\n3. možnosť vyjadriť svoje stanovisko a napadnúť rozhodnutie.\n\n{ident}\n\nProsím o vybavenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kde je moja objednávka {order}[?|??]",
            "objednávka {order} stále neprišla[, sledovanie zásielky sa už týždeň nehýbe|. Viete niečo?|]",
            "{greet}\n\nobjednávku číslo {order} som zaplatila {date} a doteraz neprišlo potvrdenie o odoslaní. Kedy bude tovar odoslaný?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nza [objednávku {order}|predplatné] mi bola dvakrát stiahnutá suma {amount} €. Prosím o vrátenie sumy stiahnutej navyše.\n\n{sign}",
            "prečo ma predplatné zrazu stojí {amount} €? [nikde o tom nič nebolo|je to chyba?]",
            "{hi}môžete mi znova poslať faktúru k objednávke {order}? [neviem ju nájsť|potrebujem ju do účtovníctva]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "dá sa ešte zmeniť doručovacia adresa pri objednávke {order}?",
            "posielate aj do Česka? a koľko stojí doprava?",
            "kuriér nechal balík [u susedov|pred dverami v daždi], [to nie je v poriadku|dá sa to nejako zariadiť inak?]",
            "môžem si objednávku vyzdvihnúť [v Z-BOXe|vo výdajnom mieste|na pošte]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "máte {product} aj v [čiernej farbe|inej veľkosti|iných farbách]?",
            "{greet}\n\nkedy budete mať znova na sklade {product}? Mám záujem o dva kusy.\n\n{sign}",
            "vzťahuje sa na {product} záruka 24 mesiacov?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n{product} z objednávky {order} som vrátila pred [dvoma|troma] týždňami a peniaze ({amount} €) mi zatiaľ neprišli.\n\n{sign}",
            "reklamujem {product}, [nefunguje|má chybu|prišiel poškodený]. [chcem peniaze späť|prosím o výmenu]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "neviem sa prihlásiť a e-mail na obnovenie hesla nechodí[, ani v spame nič nie je|]",
            "{hi}[zabudol|zabudla] som heslo a overovacia SMS chodí na staré číslo. čo s tým?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super aplikácia|skvelé služby|spokojnosť], [všetko rýchlo doma|funguje bez problémov|určite znova objednám][!|]",
            "chcem len poďakovať, [vaša podpora|pani na linke] mi [veľmi rýchlo|skvele] pomohla!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nprosím o zrušenie [predplatného|prémiového predplatného] ku koncu obdobia. Účet si chcem ponechať.\n\n{sign}",
            "ako môžem pozastaviť predplatné, aby som [neprišiel|neprišla] o [body|uložené položky]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Len otázka: ukladáte si údaje o mojej platobnej karte? Chcem mať istotu, že je to bezpečné.",
            "kde nájdem vaše zásady ochrany osobných údajov? [odkaz v pätičke nefunguje|v aplikácii ich neviem nájsť]",
            "Oceňujem, že nepredávate dáta zákazníkov. Preto nakupujem u vás!",
            "Spĺňa {co} GDPR? Zvažujeme firemné predplatné a potrebujeme zmluvu so sprostredkovateľom.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "ako zmažem položku z košíka?",
            "môžem ešte zrušiť objednávku {order}? [pomýlil|pomýlila] som si veľkosť",
            "omylom som [zmazal|zmazala] adresu v profile, ako ju tam vrátim?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "ako sa prihlásim na odber newslettera? formulár [hádže chybu|sa nenačíta]",
            "{greet}\n\npo prihlásení na newsletter mi neprišiel zľavový kód na 10 %. Môžete mi ho poslať znova?\n\n{sign}",
            "v [dnešnom|minulom] newsletteri nefungoval odkaz na akciu na {product}",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Pri registrácii som [dal|dala] súhlas s newsletterom – dostanem vďaka tomu aj zľavu na prvý nákup?",
            "{greet}\n\nmôžete mi vysvetliť, na čo slúži súhlas so spracúvaním údajov v aplikácii? Nič nechcem rušiť, len tomu chcem rozumieť.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}neviem sa prihlásiť do účtu, [píše zlé heslo|heslo nefunguje]. [ako ho zmením|poraďte]?",
            "chcem [prejsť na ročný tarif|zmeniť tarif na lacnejší], [ako na to|kde to v aplikácii nájdem]?",
            "[sú u vás moje dáta v bezpečí|ako chránite moje dáta]? [len sa pýtam|len zvedavosť, všetko je ok]",
            "kde v profile [vidím|nájdem] svoje faktúry?",
            "omylom som sa odhlásila z newslettera, ako sa znova prihlásim na odber?",
            "môžem k účtu pridať [druhý e-mail|ešte jednu e-mailovú adresu]?",
            "[máte aplikáciu aj pre tablet|ako zapnem v aplikácii notifikácie]?",
            "[objednávka {order} stále neprišla, kde je?|vďaka za rýchlu pomoc, už všetko funguje!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[s kým hovorím|kto si], si bot?",
            "si [skutočný človek|živý človek] alebo [robot|bot]?",
            "[zháňam|chcem kúpiť] {product}, [čo mi odporučíš|ktorý je dobrý]?",
            "[povedz mi niečo o sebe|ako sa voláš]?",
            "[čo vieš robiť|s čím mi vieš pomôcť]?",
            "[nepoznáš nejakú dobrú reštauráciu|aké je dnes počasie|máte otvorené v nedeľu]?",
            "[hahaha ok|ok vďaka|nudím sa] :)",
            "[dobrú noc|pekný večer]! [čo si myslíš o futbale|ako sa máš]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}chcem zrušiť [predplatné|členstvo|prémiový balík|permanentku do fitka] [ku koncu mesiaca|od budúceho mesiaca], účet si [nechávam|ponechám]",
            "dá sa [pozastaviť|prerušiť] [box|predplatné|rozvoz] na [júl|august|dva týždne]? budem [preč|na dovolenke]",
            "ako [vypnem|zruším] [automatické obnovenie|auto-renew|automatické predĺženie][ predplatného| členstva|]?",
            "ako ukončím [skúšobnú verziu|free trial|skúšobný mesiac], skôr než mi [strhnete|naúčtujete] platbu?",
            "prosim prepnut [tarif|balik] [z rocneho na mesacny|z Premium na Basic|na lacnejsi] [od dalsieho obdobia|co najskor]",
            "{hi}ako [spravím upgrade|prejdem] na [Premium|rodinný balík|ročné predplatné]? [koľko to stojí|doplácam len rozdiel]?",
            "{greet}\n\n[prosím o zrušenie|žiadam o ukončenie] [pravidelnej objednávky kávy|mesačného predplatného|automatického predĺženia zmluvy] [ku koncu mesiaca|k {date}]. Účet a vernostnú kartu si chcem ponechať.\n\n{sign}",
            "{greet}\n\ndá sa [posunúť|zmeniť] dátum [platby|fakturácie|strhnutia platby] na [20. deň v mesiaci|koniec mesiaca]? Výplatu dostávam až neskôr.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}neviem sa prihlásiť, [píše nesprávne heslo|hlási neplatné prihlasovacie údaje|účet je zamknutý po niekoľkých zlých pokusoch], čo s tým?",
            "nechodí mi [SMS kód|overovací kód|kód na dvojfázové overenie] [už pol hodiny|ani po niekoľkých pokusoch]",
            "ako si [zmením|resetujem] heslo? odkaz [v e-maile nefunguje|mi vôbec neprišiel]",
            "mam novy mobil a [autentifikator|Google Authenticator] zostal v starom, ako sa teraz prihlasim?",
            "ako sa odhlásim zo všetkých zariadení? na [počítači v práci|starom tablete] ostal otvorený účet",
            "[aplikácia|appka] ma [stále|neustále] odhlasuje, heslo musím zadávať [každý deň|zakaždým znova]",
            "{greet}\n\n[nemôžem|nedarí sa mi] sa prihlásiť do [e-shopu|aplikácie|zákazníckeho účtu]. [Reset hesla|Obnovenie hesla] [nefunguje|končí chybou] a e-mail s odkazom neprichádza. {acct}\n\n{sign}",
            "{greet}\n\n[mám nový telefón|vymenila som telefón] a overovacia aplikácia je v tom starom. Ako prenesiem dvojfázové overenie? Číslo telefónu zostáva rovnaké.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}môj [zľavový kód|kód z newslettera|voucher] [nefunguje|píše neplatný], [platí ešte|dokedy platí]?",
            "koľko mám [vernostných bodov|bodov na karte] a ako ich [uplatním|využijem]?",
            "kedy [začína|bude] [výpredaj|Black Friday|letný výpredaj]? [čakám na zľavu na kávovar|mám vyhliadnutý notebook]",
            "ako sa prihlásim na odber newslettera, aby som dostala [uvítaciu zľavu|zľavu 10 %|welcome kód]?",
            "prisla mi sms s [ponukou|akciou] [-20 %|1+1 zadarmo], plati to aj [v kamennej predajni|na e-shope]?",
            "za [odporúčanie kamarátke|pozvanie kamaráta] má byť bonus [10 €|zľava], [kde ho nájdem|ešte sa neobjavil]",
            "{greet}\n\nv poslednom newsletteri je [ponuka dopravy zadarmo|zľava 15 % na celý sortiment]. Dá sa uplatniť aj na [zlacnený tovar|objednávku {order}]?\n\n{sign}",
            "{greet}\n\n[darčeková poukážka|voucher] v hodnote {amount} [sa nedá uplatniť|v košíku nefunguje]. Platí ešte? Kód mám [na bločku|v e-maile].\n\n{sign}",
        ]},
    ],
};

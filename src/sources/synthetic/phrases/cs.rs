//! Czech: Czech Republic (GDPR in the wording of the Czech text, "obecné nařízení o ochraně
//! osobních údajů"; supervisory authority ÚOOÚ).
//!
//! Czech surnames take a feminine form (Novák, Nováková) and first-person past tenses agree with
//! the writer's gender, while the generator draws first and last names independently: the
//! surnames are ones that do not change with gender, and the templates keep the writer's gender
//! out of the verbs (present tense, passive).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "cs",
    locales: &[("cs-CZ", 100)],
    first_names: &[
        "Jana", "Petra", "Lucie", "Kateřina", "Eva", "Hana", "Tereza", "Veronika", "Martina",
        "Lenka", "Markéta", "Barbora", "Michaela", "Zuzana", "Alena", "Klára", "Anna", "Jiří",
        "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk",
        "Václav", "Michal", "Ondřej", "Lukáš", "Jakub", "David", "Vojtěch", "Radek", "Filip",
    ],
    last_names: &[
        // Surnames with one form for women and men (adjectival -í, possessive -ů, -ých).
        "Krejčí", "Kočí", "Janů", "Petrů", "Matějů", "Pavlů", "Jakoubů", "Šimů", "Vondrů",
        "Černých", "Dlouhých", "Malých", "Bílých", "Šťastných", "Mladých", "Tichých", "Boží",
        "Hrubých", "Kubů", "Lukášů",
    ],
    email_domains: &[
        "seznam.cz", "seznam.cz", "gmail.com", "gmail.com", "email.cz", "centrum.cz", "volny.cz",
        "post.cz", "outlook.cz", "icloud.com", "atlas.cz", "tiscali.cz",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Dobrý den,", "Dobrý den,", "Vážení,", "Dobrý den, vážení,",
            "Zdravím,", "Vážená paní, vážený pane,",
        ]),
        ("greet_formal", &[
            "Vážená paní, vážený pane,", "Vážení,", "Vážená paní pověřenkyně, vážený pane pověřenče,",
            "Dobrý den,",
        ]),
        ("hi", &["dobrý den, ", "ahoj, ", "dobrý den ", "", "", "", "zdravím, ", "Dobrý den, "]),
        ("thanks", &["S pozdravem", "Děkuji a zdravím", "Díky, zdravím", "S přáním hezkého dne", "Předem děkuji.\nS pozdravem", "Pěkný den"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first} {last}\n\nOdesláno z iPhonu", "{thanks}\n{first}",
        ]),
        ("sign_formal", &[
            "S pozdravem\n\n{name}", "S úctou\n\n{name}", "S pozdravem\n\n\n{name}\n{email}",
            "S pozdravem\n\n{name}\n\nPříloha: kopie průkazu totožnosti (osobní údaje kromě jména a adresy začerněny)",
        ]),
        ("street", &[
            "Vinohradská", "Masarykova", "Nádražní", "Husova", "Palackého", "Komenského", "Školní",
            "Lidická", "Žižkova", "Havlíčkova", "Sokolská", "Jiráskova", "Na Výsluní", "Zahradní",
        ]),
        ("city", &[
            "1{d}0 00 Praha {d}", "602 00 Brno", "61{d} 00 Brno", "301 00 Plzeň", "702 00 Ostrava",
            "779 00 Olomouc", "370 01 České Budějovice", "460 01 Liberec", "500 02 Hradec Králové",
            "530 02 Pardubice", "586 01 Jihlava", "400 01 Ústí nad Labem", "760 01 Zlín",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}{d}/[1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}"]),
        ("to_dpo", &[
            "{co} s.r.o.\npověřenec pro ochranu osobních údajů", "{co} a.s.\nk rukám pověřence pro ochranu osobních údajů",
            "{co}\nOddělení ochrany osobních údajů",
        ]),
        ("acct", &[
            "Účet je registrovaný na e-mail {email}.", "E-mail k mému účtu: {email}.",
            "Zákaznický účet vedu pod adresou {email}.", "Můj účet: {email}",
            "Účet je vedený na jméno {name} ({email}).",
        ]),
        ("ident", &[
            "Pro ověření mé totožnosti uvádím jméno a příjmení {name}, adresu uvedenou v záhlaví a e-mailovou adresu {email}, pod kterou je veden můj zákaznický účet.",
            "Můj zákaznický účet je veden pod e-mailovou adresou {email}. Pokud budete k ověření totožnosti potřebovat další údaje, sdělte mi to prosím.",
            "Identifikační údaje: {name}, e-mail {email}, adresa viz záhlaví tohoto dopisu.",
        ]),
        ("data_gen", &[
            "mých osobních údajů", "všech mých osobních údajů", "veškerých údajů, které o mně uchováváte",
            "všech údajů, které se mě týkají", "mých dat",
        ]),
        ("product", &[
            // Masculine inanimate or neuter: the templates use them in the accusative.
            "kávovar", "mixér", "batoh", "monitor", "vysavač", "kočárek", "notebook", "stan", "kufr",
            "fén", "horské kolo", "křeslo",
        ]),
        ("deadline", &[
            "bez zbytečného odkladu, nejpozději však do jednoho měsíce od doručení této žádosti",
            "ve lhůtě jednoho měsíce podle čl. 12 odst. 3 GDPR", "nejpozději do {date}",
        ]),
        ("escalate", &[
            " Pokud ve stanovené lhůtě neobdržím odpověď, podám stížnost u Úřadu pro ochranu osobních údajů.",
            " V opačném případě se obrátím na Úřad pro ochranu osobních údajů (ÚOOÚ).", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}můžete mi poslat [kopii|výpis|přehled] [mých údajů|všech mých osobních údajů][?| prosím?]",
            "jaké [údaje|informace] o mně [máte uložené|evidujete|zpracováváte][?|??]",
            "chci vědět, co všechno o mně [máte|ukládáte][, díky|]",
            "jak si můžu stáhnout [svoje data|všechna svoje data] z [aplikace|účtu][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[vyskočila na mě|ukázala se mi] reklama, která o mně věděla [až moc|podezřele moc], a [trochu mě to děsí|nelíbí se mi to]. [jaký info|jaké údaje] o mně [vedete|máte v systému]? [pošlete mi kopii|chci to vidět všechno]",
            "mám u vás [starý účet|účet] [z doby před lety|asi z roku 201{d}], [úplně zapomenutý|dávno nepoužívaný]. co o mně [v databázi|u vás] [zůstalo|ještě je]? [chci to vidět|pošlete mi to na {email}]",
            "dobry den, [muzu se dozvedet|chci vedet] jaky [informace|udaje|data] o me drzite? [kopie|seznam] by byl [super|fajn][, diky|]",
            "odkud [máte|znáte] [moje číslo|moji adresu|moje datum narození]?? [co dalšího|jaké další údaje] o mně [máte|držíte]? [chci kompletní seznam|pošlete mi to černé na bílém]",
            "v appce [není|nevidím] nikde [možnost|tlačítko], jak zjistit, jaký [data|údaje] jste o mně [nasbírali|shromáždili]. [pošlete mi je mailem|chci kopii na {email}][, prosím|]",
            "chci [kopii|úplný přehled] všeho, co o mně víte[, i komu jste to předali|, včetně historie objednávek]. [po tom úniku dat ve zprávách mám obavy|dělám si starosti o svoje soukromí]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Appka chce přístup ke všemu, ale nikde neukáže, jaké údaje o mně [ukládá|sbírá]. @{co}, [pošlete mi kopii mých osobních údajů|chci vidět, co všechno o mně máte].",
            "1 hvězdička. Už [týdny|měsíc] čekám na [kopii|výpis] svých osobních údajů a [nikdo neodpovídá|přehazujete si mě mezi odděleními].",
            "@{co} jaké [údaje|osobní údaje|informace] o mně [máte|evidujete|uchováváte]? [Ptám se veřejně, protože na e-maily neodpovídáte.|Odpovězte konečně!]",
            "[2 hvězdičky|⭐⭐]. Funguje to [celkem dobře|v pohodě], ale chci vědět, jaká data o mně appka [sbírá|shromažďuje], a v nastavení [nic není|o tom nic nenajdu]. [Pošlete mi kopii na {email}.|Čekám na výpis.]",
            "[chci videt|ukazte mi] jaky data o me mate @{co}[!|!!] 1 hvezda dokud neodpovite",
            "Podle GDPR mám právo na přístup ke svým údajům. [@{co}|{co}], [kdy dostanu tu kopii?|kde je odpověď na moji žádost?] Zatím [1 hvězdička|⭐].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [zjistím|se dozvím], jaké [údaje|osobní údaje] o mně [máte|uchováváte]?",
            "můžete mi [poslat|zaslat] kopii mých osobních údajů[ na {email}|]?",
            "jak zjistim co o me mate za data?",
            "[kde|odkud] si můžu [stáhnout|vyžádat] přehled [údajů|informací], které jste o mně nasbírali?",
            "co mám udělat, abyste mi [ukázali|řekli], jaké osobní údaje o mně [vedete|máte uložené]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nprosím o zaslání kopie {data_gen}[, včetně historie objednávek a kontaktních údajů|]. {acct}\n\n{sign}",
            "{greet}\n\n[v souladu s čl. 15 GDPR|na základě práva na přístup k osobním údajům] Vás žádám o informaci, zda zpracováváte mé osobní údaje, a pokud ano, o jejich kopii, účely zpracování a seznam příjemců, kterým byly zpřístupněny. {acct}\n\n{sign}",
            "{greet}\n\nmohli byste mi prosím sdělit, jaké osobní údaje o mně {co} uchovává a k jakému účelu? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o přístup k osobním údajům podle čl. 15 GDPR\n\n{greet_formal}\n\nna základě čl. 15 nařízení Evropského parlamentu a Rady (EU) 2016/679, obecného nařízení o ochraně osobních údajů (dále jen „GDPR“), Vás žádám o potvrzení, zda zpracováváte osobní údaje, které se mě týkají. Pokud ano, žádám o:\n\n1. kopii všech mých osobních údajů, které zpracováváte;\n2. informaci o účelech zpracování;\n3. kategorie dotčených osobních údajů;\n4. příjemce nebo kategorie příjemců, zejména ve třetích zemích;\n5. plánovanou dobu uložení;\n6. zdroj údajů, pokud nebyly získány ode mě;\n7. informaci, zda dochází k automatizovanému rozhodování včetně profilování.\n\n{ident}\n\nProsím o vyřízení žádosti {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Uplatnění práva subjektu údajů na přístup (článek 15 obecného nařízení o ochraně osobních údajů)\n\n{greet_formal}\n\njako subjekt údajů tímto uplatňuji své právo na přístup k osobním údajům. Žádám o bezplatné poskytnutí kopie všech osobních údajů, které o mně společnost {co} zpracovává, spolu s informacemi podle čl. 15 odst. 1 písm. a) až h) GDPR. Kopii mi prosím zašlete v elektronické podobě na adresu {email}.\n\n{ident}\n\nOdpověď očekávám {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o přístup k osobním údajům (čl. 15 GDPR) a o jejich poskytnutí ve strojově čitelném formátu (čl. 20 GDPR)\n\n{greet_formal}\n\npodle čl. 15 GDPR Vás žádám o sdělení, jaké osobní údaje o mně zpracováváte, za jakým účelem, komu byly zpřístupněny a jak dlouho je budete uchovávat. Zároveň podle čl. 20 GDPR žádám, abyste mi údaje, které se mě týkají a které zpracováváte na základě smlouvy, předali ve strukturovaném, běžně používaném a strojově čitelném formátu (CSV nebo JSON), aby je bylo možné předat jinému správci.\n\n{ident}\n\nProsím o vyřízení {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nprosím o přehled všech údajů, které o mně máte, a zároveň o jejich export v nějakém strojově čitelném formátu (CSV, JSON), kvůli převodu k jinému poskytovateli. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[smažte|zrušte] mi prosím účet[ a všechna moje data| i se všemi údaji|][.|!|]",
            "chci, aby [moje údaje byly smazány|můj účet byl smazán][, a to hned|!|.|]",
            "jak [si můžu|můžu] [úplně|definitivně|natrvalo] smazat účet[?|??]",
            "[smažte|vymažte] [prosím |]všechno, co o mně máte",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[přecházím ke konkurenci|už u vás nakupovat nebudu] po [té anabázi s objednávkou {order}|tom příšerném přístupu podpory]. [zavřete mi účet|odstraňte mi profil] [i se všemi údaji|včetně všech osobních údajů][.|!]",
            "[zrovna koukám|teď zjišťuju], že mám starý [účet|profil] [na {email}|z roku 201{d}], o kterém [ani nevím|už dávno nevím]. [můžete ho odstranit|zlikvidujte ho] [úplně|i se všemi daty]?",
            "[odstrante|zruste] mi ucet [a vsechny data|nadobro], [uz ho nepouzivam|mam lepsi appku]",
            "[1 hvězda|jedna hvězdička]. [appka je k ničemu a |]nikde není, jak se [ruší|natrvalo odstraňuje] účet. [chci, aby moje údaje od vás zmizely|ať je všechno pryč]",
            "nechci, aby na vašich serverech zůstalo [cokoli|ani stopy] po mně. [vyčistěte|odstraňte] [všechny moje údaje|můj profil i všechno v něm] a [potvrďte mi to|napište mi], až to bude hotové",
            "[po všech těch únicích dat|po tom posledním data breachi ve zprávách] už nechci, abyste měli moje údaje. [odstraňte|zlikvidujte] [můj účet|všechno] [jednou provždy|natrvalo]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hvězdička. [Smažte mi účet|Smažte můj profil] a [všechny údaje|všechno, co o mně máte], [nechci s vámi mít nic společného|už mě to nebaví].",
            "@{co} [kde je tlačítko pro smazání účtu|jak se v téhle aplikaci ruší účet]?? Chci [ho smazat natrvalo|ho zrušit i se všemi svými daty].",
            "⭐ V aplikaci nejde [smazat|zrušit] profil. @{co}, [smažte|vymažte] můj účet a moje osobní údaje, [prosím|okamžitě].",
            "appka je [pryc|odinstalovana], ted smazte i muj ucet se vsema datama @{co}",
            "Píšu sem, protože [na e-maily neodpovídáte|podpora mlčí]: [odstraňte|vymažte] [můj profil|moji registraci] a [všechny moje údaje|moje osobní údaje] ze svých systémů[ podle čl. 17 GDPR|]. Do té doby [1 hvězdička|⭐].",
            "[Jedna hvězda|1/5]. Chci, abyste o mně [smazali|vymazali] všechno, ne jen [deaktivovali|skryli] účet.",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [smažu|zruším] svůj účet [natrvalo|úplně]?",
            "můžete [smazat|vymazat] všechny moje údaje[ i s profilem|]?",
            "jak se maže profil? chci aby vsechno o me zmizelo",
            "[kde|jak] si můžu smazat profil i s osobními údaji?",
            "komu mám napsat, abyste [smazali|zrušili] můj účet a všechno, co o mně máte?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Vaše služby|aplikaci|účet u {co}] už nevyužívám, a proto Vás žádám o zrušení účtu a výmaz {data_gen}. [Prosím o potvrzení výmazu.|Předem děkuji za krátké potvrzení.|]\n\n{sign}",
            "{greet}\n\ntímto Vás žádám o výmaz {data_gen} [podle čl. 17 GDPR|v souladu s článkem 17 GDPR|]. {acct}\n\n{sign}",
            "{greet}\n\núčet u Vás mám jen kvůli jediné objednávce a dál ho nepotřebuji. Prosím o jeho zrušení a smazání všech souvisejících údajů. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o výmaz osobních údajů podle čl. 17 GDPR („právo být zapomenut“)\n\n{greet_formal}\n\nv souladu s čl. 17 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o bezodkladný výmaz všech osobních údajů, které se mě týkají. Osobní údaje již nejsou potřebné pro účely, pro které byly shromážděny, a pro jejich další zpracování neexistuje žádný právní důvod.\n\n{ident}\n\nPokud jste mé osobní údaje zpřístupnili dalším příjemcům, informujte je prosím o výmazu v souladu s čl. 19 GDPR. Brání-li úplnému výmazu zákonná povinnost uchování, sdělte mi, které údaje, z jakého důvodu a po jakou dobu budete uchovávat.\n\nVýmaz mi prosím písemně potvrďte {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Výmaz osobních údajů a zrušení zákaznického účtu\n\n{greet_formal}\n\nžádám o zrušení mého zákaznického účtu u společnosti {co} a o vymazání veškerých osobních údajů, které o mně zpracováváte, podle článku 17 nařízení (EU) 2016/679. Výmaz se týká i záloh, marketingových databází a údajů předaných zpracovatelům.\n\n{ident}\n\nO provedení výmazu mě prosím informujte {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Odvolání souhlasu (čl. 7 odst. 3 GDPR) a žádost o výmaz osobních údajů (čl. 17 GDPR)\n\n{greet_formal}\n\ntímto odvolávám všechny souhlasy se zpracováním svých osobních údajů, které byly společnosti {co} uděleny, zejména souhlas se zasíláním obchodních sdělení a s profilováním. Vzhledem k tomu, že souhlas byl jediným právním základem zpracování, žádám zároveň podle čl. 17 odst. 1 písm. b) GDPR o výmaz všech mých osobních údajů.\n\n{ident}\n\nProsím o písemné potvrzení odvolání souhlasu i provedení výmazu {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nodvolávám souhlas se zpracováním svých údajů a zároveň Vás žádám o smazání účtu i všech dat, která o mně máte. {acct}\n\n{sign}",
            "{hi}beru zpět souhlas se zpracováním údajů a chci smazat účet i se všemi daty",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mám [v účtu |]špatně napsané [příjmení, správně je {last}|jméno, správně je {name}]",
            "můžete mi opravit datum narození? [není správně|je tam špatný rok]",
            "[moje adresa|moje telefonní číslo] [u vás|v profilu] [je neaktuální|je špatně][, prosím opravte|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[bydlím teď jinde|mám novou adresu] a [vyúčtování|faktura] [chodí|jde] na starou adresu. [nová adresa je|zapište novou adresu]: {street} {d}{d}, {city}",
            "v profilu [svítí|je uvedené] [zkomolené|překroucené] jméno, [správně je|má tam být] {name}. [spravte to|změňte to] [prosím|až budete moct]",
            "mam nove cislo, [je to|nove cislo je] 7{d}{d} {d}{d}{d} {d}{d}{d}. [muzete ho aktualizovat|prepiste ho] v mym uctu?",
            "[po svatbě mám nové příjmení|změnilo se mi příjmení] a [potřebuju|chci], aby v účtu bylo {last}[, jinak to nesedí s občankou|]",
            "[přání k narozeninám|narozeninový voucher] [chodí|přichází] [ve špatný den|v úplně jiný měsíc] haha. datum narození je ve skutečnosti [1|2]{d}. [1|2|3|4|5|6|7|8|9]. 19[6|7|8|9]{d}, [zadejte ho správně|aktualizujte to v systému]",
            "[chodí|dostávám] faktury se špatnými údaji, protože v systému [je stará adresa|je špatně jméno|je staré číslo]. [aktualizujte|zaktualizujte] moje údaje[, prosím| co nejdřív]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} mám v profilu [špatnou|starou] adresu a v aplikaci ji nejde změnit. [Opravte ji|Přepište ji], [prosím|díky].",
            "1 hvězdička. Moje jméno je [všude|v profilu i na fakturách] napsané špatně a píšu vám kvůli tomu [už měsíce|už potřetí]. Opravte ho konečně: {name}.",
            "⭐⭐ Datum narození v aplikaci [je špatně|nesedí] a pole [je zamčené|nejde upravit]. [Opravte ho|Změňte ho] na {date}, [díky|prosím].",
            "mam [novy|jiny] telefon a adresu, ale v profilu jsou porad ty stary @{co}. [aktualizujte je|opravte je] prosim",
            "@{co} [aktualizujte|upravte] mi údaje v profilu - [mám nové příjmení|bydlím jinde|mám nové číslo], a v aplikaci to [nejde|je nemožné]. Za to [1 hvězdička|⭐].",
            "[Máte o mně špatné údaje|Moje údaje u vás nejsou správné] a [kvůli tomu jde zásilka na starou adresu|proto mi nechodí SMS]. [Opravte je|Chci, abyste je opravili][!|, @{co}]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [opravím|změním] [svou adresu|datum narození|své jméno] v profilu? [Je tam špatně|Nesedí to].",
            "můžete mi [opravit|upravit] příjmení? Je napsané špatně, správně je {name}.",
            "jak zmenim starou adresu? ted bydlim {street}, {city}",
            "kde si můžu [aktualizovat|změnit] telefonní číslo? [To staré už není moje|To v profilu je špatně].",
            "co mám udělat, abyste opravili špatné datum narození? Správně je {date}.",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[adresa, kterou u Vás mám uvedenou, už není aktuální. Prosím o opravu[ podle čl. 16 GDPR|]. Nová adresa: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|datum narození v mém účtu není správné. Prosím o opravu[ podle čl. 16 GDPR|]. Správné datum narození: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|příjmení v mém účtu je chybně napsané. Prosím o opravu[ podle čl. 16 GDPR|]. Správně: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nprosím o aktualizaci mých údajů – [po sňatku mám nové příjmení {last}|od minulého měsíce bydlím na adrese {street} [1|2|3|4|5|6|7|8|9], {city}|mám nové telefonní číslo 60{d} {d}{d}{d} {d}{d}{d}]. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o opravu nepřesných osobních údajů podle čl. 16 GDPR\n\n{greet_formal}\n\nv systému společnosti {co} jsou o mně vedeny nepřesné osobní údaje: [chybně uvedené datum narození|chybně napsané příjmení|neexistující dluh po splatnosti|neaktuální adresa bydliště]. Podle čl. 16 obecného nařízení o ochraně osobních údajů mám právo na to, aby správce bez zbytečného odkladu opravil nepřesné osobní údaje, které se mě týkají. [Správné údaje: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Doklad o správnosti údajů přikládám.]\n\n{ident}\n\nŽádám o opravu {deadline} a o informování všech příjemců, kterým byly nepřesné údaje zpřístupněny (čl. 19 GDPR).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Oprava osobních údajů (čl. 16 GDPR) a omezení zpracování (čl. 18 odst. 1 písm. a) GDPR)\n\n{greet_formal}\n\npopírám přesnost osobních údajů, které o mně vedete, konkrétně [údaje o údajném nezaplaceném dluhu|uvedeného data narození|adresy bydliště]. Žádám o jejich opravu podle čl. 16 GDPR. Zároveň podle čl. 18 odst. 1 písm. a) GDPR žádám o omezení zpracování těchto údajů po dobu, než ověříte jejich přesnost; do té doby je prosím nepoužívejte ani nepředávejte třetím stranám.\n\n{ident}\n\nProsím o vyřízení {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nve Vašem systému mám chybně [uvedenou adresu|zadané datum narození|zapsanou dlužnou částku {amount} Kč] a kvůli tomu [mi chodí upomínky|mi byla zamítnuta objednávka]. Prosím o opravu a do té doby o pozastavení zpracování těchto údajů[ (čl. 18 GDPR)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "prosím, [neprodávejte|nepředávejte] moje údaje [třetím stranám|dalším firmám|reklamním partnerům]",
            "nechci, aby se moje data [prodávala|posílala] [dalším firmám|datovým brokerům|partnerům]",
            "kde můžu zakázat sdílení svých údajů s [partnery|třetími stranami][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[právě čtu|zrovna koukám], že [sdílíte|předáváte] [data zákazníků|zákaznická data] [inzerentům|data brokerům|partnerům]. [ty moje nikomu nedávejte|vynechte mě z toho]",
            "[od registrace u vás|od té doby, co mám účet u vás] mi [volají|píšou] firmy, o kterých [nikdy nikdo neslyšel|vůbec nevím]. [kdo jim dal moje číslo? |][přestaňte přeposílat moje údaje třetím stranám|moje údaje nikam nepouštějte]",
            "[neprodavejte|nedavejte] moje data [tretim stranam|jinym firmam|inzerentum], [nesouhlasim s tim|na to nemate svoleni]",
            "máte někde [nastavení|tlačítko] „do not sell“ [v appce|v aplikaci|na webu]? nechci, aby moje údaje [šly dál|se přeprodávaly] [cizím firmám|dalším firmám]",
            "[ok|dobrý] produkty, ale [není ok|nesouhlasím], abyste [obchodovali s|vydělávali na] mých osobních údajích [s partnery|s třetími stranami]. [zastavte jakékoliv sdílení|žádný prodej] [hned|od teď]",
            "moje údaje zůstávají u vás a [nikde jinde|u nikoho jiného]. [žádný prodej|žádné přeprodávání], žádný [sharing|sdílení] s [advertisery|reklamními sítěmi], [jasný?|dohodnuto?]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hvězdička. [Neprodávejte|Přestaňte prodávat] moje data [inzerentům|třetím stranám|partnerům][, @{co}|]!",
            "@{co} [odkud|jak to, že] [nějaká cizí firma|nějaké call centrum] má moje číslo?? [Přestaňte sdílet|Nepředávejte] moje údaje [svým partnerům|třetím osobám|nikomu].",
            "⭐ Aplikace [prodává|přeprodává] data uživatelů [data brokerům|reklamním sítím]. Nechci, aby se moje data [prodávala|sdílela] komukoli.",
            "[neprodavejte|nesdilejte] moje data tretim stranam @{co}, [nesouhlasim s tim|nikdo se me neptal]",
            "[Prý|Ukázalo se, že] {co} prodává data [partnerům|inzerentům]. Moje údaje z toho vyřaďte - [nejsou na prodej|nedávám svolení s nimi obchodovat]. [2 hvězdičky|⭐⭐]",
            "@{co} kde je [volba|tlačítko] [Neprodávat moje údaje|Do not sell my data]? [Přestaňte je sdílet|Nepředávejte je] [inzerentům|data brokerům].",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [zastavím|zakážu] [prodej|sdílení] svých údajů třetím stranám?",
            "můžete moje údaje [neprodávat|nepředávat] [inzerentům|partnerům|datovým brokerům]?",
            "jak zaridim aby jste moje data neprodavali jinym firmam?",
            "[kde|jak] můžu odmítnout, aby se moje údaje [sdílely|předávaly] [vašim partnerům|jiným firmám]?",
            "[prodáváte|předáváte] moje údaje jiným firmám? Pokud ano, co mám udělat, abyste s tím [přestali|skončili]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nnesouhlasím s tím, abyste mé osobní údaje předávali nebo prodávali třetím stranám, zejména pro reklamní účely. Prosím o okamžité ukončení takového sdílení. {acct}\n\n{sign}",
            "{greet}\n\n[od registrace u Vás mi volají cizí firmy|chodí mi nabídky od firem, které vůbec neznám]. Nepředávejte prosím mé údaje [partnerům|nikomu dalšímu] a neprodávejte je. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Nesouhlas s předáváním a prodejem osobních údajů třetím stranám\n\n{greet_formal}\n\nnesouhlasím s předáváním, sdílením ani prodejem svých osobních údajů třetím stranám, zejména datovým brokerům, reklamním sítím a obchodním partnerům společnosti {co}. Souhlas s takovým předáváním nebyl udělen a podle čl. 6 GDPR pro ně nemáte právní základ. Žádám, abyste veškeré takové předávání ukončili a mé údaje napříště nikomu neposkytovali.\n\n{ident}\n\nProsím o písemné potvrzení {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prosím |]už žádné [reklamy|newslettery|reklamní e-maily|SMS s nabídkami][!|.|]",
            "[odhlásit|chci se odhlásit z newsletteru|odhlaste mě prosím z newsletteru]",
            "přestaňte mi posílat [reklamu|nabídky|ty maily][!|.|]",
            "jak se odhlásím z newsletteru[?|, odkaz nefunguje]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[každý den|každé ráno] mi chodí [3-4|dva tři] [maily|e-maily] s akcemi, [mám toho plnou schránku|už mě to štve]. [vyřaďte mě ze seznamu|dejte mi unsubscribe]",
            "[stop|dost] s tema sms s nabidkama, [uz nechci|stve me to]. [vyradte me ze seznamu|uz mi nepiste]",
            "odkaz na [odhlášení|unsubscribe] [dole v newsletteru|v mailu] [hází error|se nenačte]. [můžete mě vyřadit vy?|zastavte mi ty maily sami]",
            "zase [mi volali|volá někdo] [z {co}|od vás] kvůli [nabídce|novému tarifu|akci]. [takové hovory nechci|žádné další reklamní telefonáty], [poznamenejte si to|dejte mě na seznam, kam se nevolá]",
            "[1 hvězda|jedna hvězdička], protože [spamové|reklamní] maily nepřestávají [nikdy|ani náhodou]. [zarazte to|chci, aby to skončilo] [okamžitě|hned]",
            "po jednom nákupu [u vás|({product})] mám schránku [plnou|zavalenou] [reklam|newsletterů|promo mailů]. [stačilo|už nechci], [vyškrtněte {email} z mailing listu|žádný další marketing]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hvězdička. [Spam|SPAM] každý den! [Odhlaste mě z newsletteru|Vyřaďte mě z mailing listu|Přestaňte posílat reklamní e-maily], @{co}.",
            "@{co} [odhlašuju se|klikám na odhlásit] už [potřetí|postokrát] a pořád mi chodí [promo e-maily|newslettery|reklamní SMS]. [Zastavte to|Vyřaďte mě ze svých seznamů] [hned|konečně]!",
            "⭐ Aplikace je [ok|fajn], ale [reklamní zprávy|newslettery a SMS s nabídkami] [jsou k nevydržení|mě vytáčí]. Nechci od vás [žádnou reklamu|žádné akce a nabídky].",
            "[prestante|dost uz] s [reklamou|spamem|nabidkama] @{co}, [odhlaste me|vyradte me] z [newsletteru|seznamu]",
            "[Zase mi volali|Volali mi] z {co} s [nabídkou|akcí] [v devět večer|v neděli]. [Už mi nevolejte s reklamou|Vyřaďte moje číslo z reklamních hovorů]. [1 hvězdička|⭐]",
            "@{co} chci se odhlásit z [marketingových zpráv|vašeho newsletteru|reklamních e-mailů], ale odkaz na odhlášení [nefunguje|hází chybu].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak se [odhlásím|odhlásit] z [newsletteru|reklamních e-mailů|promo SMS]?",
            "můžete mi přestat posílat [reklamy|nabídky|akce] [e-mailem|v SMS]?",
            "jak se odhlasim z newsletteru? pisete mi kazdy den",
            "kde se dá [zrušit odběr reklamních zpráv|vypnout zasílání obchodních sdělení]?",
            "co mám udělat, abyste mi [nevolali|přestali volat] s [nabídkami|akcemi]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nprosím o vyřazení adresy {email} ze všech marketingových rozesílek. Odhlašovací odkaz nefunguje a newsletter mi chodí dál.\n\n{sign}",
            "{greet}\n\nnepřeji si dostávat obchodní sdělení – e-mailem, SMS ani poštou.[ Podle čl. 21 odst. 2 GDPR vznáším námitku proti zpracování mých údajů pro účely přímého marketingu.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Námitka proti zpracování osobních údajů pro účely přímého marketingu (čl. 21 odst. 2 GDPR)\n\n{greet_formal}\n\nv souladu s čl. 21 odst. 2 obecného nařízení o ochraně osobních údajů vznáším námitku proti zpracování svých osobních údajů pro účely přímého marketingu, včetně profilování, které s ním souvisí. Podle čl. 21 odst. 3 GDPR nesmějí být mé osobní údaje pro tyto účely dále zpracovávány. Zároveň Vás žádám, abyste mi v souladu se zákonem č. 480/2004 Sb., o některých službách informační společnosti, přestali zasílat obchodní sdělení.\n\n{ident}\n\nŽádám o vyřazení ze všech marketingových seznamů {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Odvolání souhlasu a námitka proti přímému marketingu\n\n{greet_formal}\n\ntímto podle čl. 7 odst. 3 GDPR odvolávám souhlas se zasíláním obchodních sdělení a se zpracováním svých osobních údajů pro marketingové účely, udělený při registraci. Současně podle čl. 21 odst. 2 GDPR vznáším námitku proti jakémukoli dalšímu zpracování mých údajů pro účely přímého marketingu, včetně profilování.\n\n{ident}\n\nProsím o potvrzení {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nodvolávám souhlas se zasíláním [newsletteru|personalizovaných nabídek|reklamních SMS] a nepřeji si, abyste mé údaje dále používali k marketingu. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "odvolávám souhlas [se sledováním|se zpracováním údajů|s cookies][.|!|]",
            "[vypněte|zastavte] prosím [sledování polohy|sledování] u mého účtu",
            "už nesouhlasím s tím, abyste moje data používali na [personalizovanou reklamu|profilování|analýzy]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[koukám|zjišťuju], že appka [sbírá moji polohu|ví, kde jsem], i když [je zavřená|ji nepoužívám]. [beru zpátky|ruším] povolení k poloze, které jste ode mě dostali",
            "cookies [odklikané|potvrzené] [bez přemýšlení|narychlo] na „přijmout vše“ – to byla chyba. [souhlas beru zpět|už nesouhlasím], [vypněte tracking|žádný tracking] u mého [profilu|účtu]",
            "[odvolavam|beru zpet] souhlas s [pouzitim mych fotek|polohou|cookies]. [uz je nepouzivejte|stop]",
            "[moje fotka|moje video] ze soutěže [visí|je pořád] na vašem webu. souhlas [tehdy platil|byl daný tehdy], ale teď už [ne|neplatí], [odvolávám ho|beru ho zpátky]",
            "[ve fitness appce|v aplikaci k hodinkám] je povolené [používání|vyhodnocování] [mých zdravotních dat|dat o tepu]. [změna názoru|už to nechci]: [to povolení ruším|už je nezpracovávejte]",
            "už nechci [personalizaci|personalised obsah] podle [toho, co dělám|mojí historie]. [souhlas z registrace|to „ano“ při registraci] [už neplatí|tímto odvolávám]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Aplikace [pořád sleduje|pořád chce] moji polohu. [Odvolávám svůj souhlas|Už nesouhlasím] [se sledováním polohy|s používáním mé polohy], @{co}.",
            "1 hvězdička. Souhlas [s cookies|se sledováním] se dá dát jedním klikem, ale v nastavení [nejde vzít zpátky|se nedá zrušit]. [Odvolávám svůj souhlas|Beru svůj souhlas zpět] - [přestaňte mě sledovat|vypněte tracking].",
            "@{co} [souhlas s použitím mých fotek|svolení ke zveřejnění mých fotek] [ve vašich reklamách|na vašem Instagramu] [tímto odvolávám|beru zpět]. [Už je nepoužívejte.|Přestaňte je používat.]",
            "[odvolavam|rusim] souhlas se zpracovanim [zdravotnich udaju|udaju o zdravi] v aplikaci, uz je nezpracovavejte",
            "[2 hvězdičky|⭐⭐]. Při registraci je předem zaškrtnutý souhlas s [personalizovanými doporučeními|personalizací] a [už ho nechci|s tím už nesouhlasím]. [Chci ho odvolat|Odvolávám ho], a v nastavení [to nejde|to nikde není].",
            "@{co} [odvolávám|ruším] svůj souhlas s [nahráváním hovorů|nahráváním mých hovorů] s podporou. [Už mě nenahrávejte.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [odvolám|zruším] souhlas se [sledováním polohy|cookies|používáním mých fotek]?",
            "můžu odvolat souhlas, který jste ode mě dostali ke [zdravotním údajům|analytice|personalizaci]?",
            "jak odvolam souhlas s polohou?",
            "[kde|jak] můžu [vzít zpět|odvolat] souhlas s [používáním mých nahrávek|sledováním]? Už s tím nesouhlasím.",
            "co mám udělat, abyste přestali používat [moje fotky|moje hlasové nahrávky|moji polohu]? Souhlas tehdy dán byl, ale teď ho beru zpět.",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\ntímto odvolávám svůj souhlas se zpracováním osobních údajů [pro personalizovanou reklamu|pro analytické účely|pro vyhodnocování polohy][ (čl. 7 odst. 3 GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\npři registraci byl předem zaškrtnutý souhlas se sdílením údajů pro [analýzy|personalizaci]. Tento souhlas odvolávám a prosím, abyste s tímto zpracováním přestali. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Odvolání souhlasu se zpracováním osobních údajů podle čl. 7 odst. 3 GDPR\n\n{greet_formal}\n\ntímto s účinností ode dne doručení tohoto dopisu odvolávám veškeré souhlasy se zpracováním svých osobních údajů, které byly společnosti {co} uděleny, zejména souhlas [s profilováním a personalizovanou reklamou|se zpracováním údajů o poloze|se zpracováním biometrických údajů|s analýzou mých nákupů]. Od okamžiku odvolání nemáte pro toto zpracování právní základ.\n\n{ident}\n\nŽádám o písemné potvrzení, která zpracování byla ukončena, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}můžu dostat svoje data v [CSV|JSON|nějakém strojově čitelném formátu]? [přecházím jinam|chci je přenést k jiné službě]",
            "jak [přenesu|převedu] [svoje data|historii|playlisty|fotky] k jinému poskytovateli[?|]",
            "potřebuju export všech svých dat kvůli přechodu k [jinému operátorovi|jiné bance|konkurenci]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[přecházím ke|odcházím ke] [konkurenci|jiné platformě|jiné firmě] a chci si [vzít s sebou|odnést] [celou historii|svoje data] v [csv|json|csv souboru]. [jak udělám export?|udělejte mi export]",
            "muzete mi vyexportovat data do [csv|json]? [menim appku|jdu k jinemu poskytovateli] a chci si je tam nahrat",
            "[můžete poslat|pošlete] [rovnou|přímo] [mé nové bance|mému novému poskytovateli] [moje data|historii transakcí] v [elektronické podobě|souboru, který jejich systém načte]?[ smlouva s nimi je už podepsaná|]",
            "[měním|přecházím na jinou] appku a [přijdu o|ztratím] [tréninky|playlisty|poznámky]. [dá se to stáhnout jako soubor|dejte mi json soubor] [kvůli importu do nové appky?|ať to můžu naimportovat jinam]",
            "[2 hvězdy|1 hvězda]: [chybí|není tu] [export|vývoz] dat. [chci svoje data|chci celou historii] v [machine-readable|strojově čitelném] souboru, [ať můžu odejít jinam|kvůli přechodu na jinou službu]",
            "[roky|přes pět let] u vás mám [fotky|tréninky|historii], ale [končím|přecházím jinam]. [dejte mi to v jsonu nebo csv|potřebuju soubor, který přečte i ta nová appka]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Přecházím k [jiné aplikaci|konkurenci] a [chci|potřebuju] svoje data [v CSV|v JSONu|v souboru], jenže [export chybí|tlačítko pro export nefunguje]. @{co}, [pošlete mi je|dejte mi je].",
            "1 hvězdička. [Žádný export dat!|Chybí export dat!] Chci [svoji historii|celou historii nákupů] [ve strojově čitelném formátu|v CSV nebo JSON], ať ji můžu přenést [jinam|k jinému poskytovateli].",
            "@{co} [chci|žádám o] [soubor se svými daty|export svých dat] [v JSONu|v CSV], který nahraju do [nové aplikace|nové služby]. [Kdy?|Čekám už týdny.]",
            "chci exportovat svoje data do csv a prenest je k jinymu poskytovateli @{co}, poslete mi je",
            "Podle GDPR mám právo na přenositelnost. [Předejte|Pošlete] moje data [přímo|rovnou] novému poskytovateli[, ne PDF na papíře|]. [2 hvězdičky|⭐⭐]",
            "[Měním poskytovatele|Odcházím od {co}] a potřebuju [export svých dat|svoje data v CSV] pro [novou službu|nového poskytovatele]. [Přidejte tlačítko ke stažení|Pošlete mi to na {email}].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak si [stáhnu|vyexportuju] svoje data do souboru [CSV|JSON] a přenesu je [jinam|k jiné službě]?",
            "můžete moje data [poslat|předat] rovnou [novému poskytovateli|jiné firmě]?",
            "jak si stahnu data v CSV? prechazim k jinemu poskytovateli",
            "[kde|odkud] si můžu [stáhnout|vyexportovat] všechna svoje data ve [strojově čitelném formátu|JSON] a [přenést je|nahrát je] [ke konkurenci|do jiné aplikace]?",
            "co mám udělat, abyste moje data [předali|přenesli] [jinému poskytovateli|do nové služby]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[přecházím k jinému poskytovateli|měním dodavatele] a chci využít právo na přenositelnost údajů[ podle čl. 20 GDPR|]. Prosím o zaslání {data_gen} ve strukturovaném, běžně používaném a strojově čitelném formátu (např. CSV nebo JSON). {acct}\n\n{sign}",
            "{greet}\n\nprosím o předání mých údajů [o spotřebě|z věrnostního programu|z tréninkového deníku] přímo novému poskytovateli ve formátu, který dokáže načíst. Jde o přenositelnost údajů podle čl. 20 odst. 2 GDPR. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o přenositelnost osobních údajů podle čl. 20 GDPR\n\n{greet_formal}\n\nna základě čl. 20 odst. 1 obecného nařízení o ochraně osobních údajů Vás žádám o poskytnutí osobních údajů, které se mě týkají a které zpracováváte na základě mého souhlasu nebo smlouvy automatizovaně, ve strukturovaném, běžně používaném a strojově čitelném formátu[ (např. CSV, JSON nebo XML)|].[ Je-li to technicky proveditelné, předejte je podle čl. 20 odst. 2 GDPR přímo novému správci, jehož kontaktní údaje Vám sdělím.|]\n\n{ident}\n\nProsím o vyřízení {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "můžete [pozastavit|zmrazit] zpracování mých údajů, dokud se nevyřeší [moje reklamace|ten spor|ta chyba v účtu]?",
            "nemažte moje data, ale zatím je [nijak |]nepoužívejte, [potřebuju je jako důkaz|řeším to s právníkem]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[mám u vás reklamaci|řešíme spolu spor] kvůli [poplatku|objednávce {order}] a dokud se to [nevyřeší|nevyjasní], [nepoužívejte|nesahejte na] moje údaje. [mazání nechci|ale nemažte je], jen ať jsou [zablokované|u ledu]",
            "údaje, co o mně máte, jsou [špatně|sporné] a [pořád je ověřujete|zatím se prověřují]. [do té doby|než bude jasno] [dejte je k ledu|je nezpracovávejte], [ale nemažte je|jen je uchovejte]",
            "nemazte moje udaje, potrebuju je k [soudu|nasemu sporu], ale [zmrazte|zastavte] jejich zpracovani dokud to neskonci",
            "[můj právník|právník] [říká|doporučuje], ať [si ta data necháte|data nemažete], protože [budou potřeba u soudu|jsou to důkazy]. [jen zablokujte jakékoli jiné použití|jen je do té doby k ničemu jinému nepoužívejte]",
            "[ne smazání|mazání ne], chci [pauzu|stopku] ve zpracování [na chvíli|dočasně], [dokud neodpovíte na moji stížnost|než se prošetří ta chyba v údajích]. [jde to?|dá se to?]",
            "{hi}dokud [běží soud|nerozhodne ombudsman], [nepoužívejte moje údaje k ničemu|zastavte veškeré používání mých údajů]. [uchovejte je ale|nemažte je], budou potřeba",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} rozporuju platbu {amount} Kč - [dokud se to nevyřeší|do konce sporu] [přestaňte zpracovávat|nepoužívejte] moje údaje, [ale nemažte je|jen je nemažte].",
            "1 hvězdička. Moje údaje u vás [nejsou správné|jsou chybné] a [pořád je používáte|používáte je na všechno]. Než je prověříte, [omezte jejich zpracování|zmrazte je] - [nemažte je|o smazání nežádám].",
            "⭐ [Podávám stížnost na {co}|Mám s vámi spor] a data budu potřebovat [u soudu|k soudnímu řízení]. [Nemažte je|Nic nemažte], ale [přestaňte je používat|zablokujte jejich používání] [zatím|do rozhodnutí].",
            "nemazte moje data, jen je [zmrazte|prestante pouzivat] nez se vyresi spor @{co}",
            "@{co} nechci [zrušit|smazat] profil, chci jen [dočasně zastavit|zmrazit] zpracování svých údajů. [Je to tak těžké?|Je to jasné?]",
            "[Omezte|Zablokujte] zpracování mých osobních údajů [podle čl. 18 GDPR|v souladu s GDPR] [do vyřešení sporu|po dobu ověřování]. [Smazání nechci.|Nemažte je.] [2 hvězdičky|⭐⭐]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}můžete [dočasně|zatím] [zastavit|zmrazit] zpracování mých údajů, ale [nemazat je|bez smazání]?",
            "jak [omezím|zablokuju] používání svých údajů, dokud [ověřujete, jestli jsou správné|trvá spor]? [Mazat je|Smazat je] nechci.",
            "muzete mi zmrazit data dokud se nevyresi spor? nemazte je",
            "[kde|jak] můžu požádat o [omezení|zablokování] zpracování? Potřebuju je [kvůli soudnímu sporu|k právnímu nároku], takže je [nemažte|prosím nemažte].",
            "co mám udělat, abyste moje údaje [uchovali|nechali uložené], ale [nepoužívali je|nezpracovávali je] [zatím|dokud se to nevyjasní]?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[do vyřešení mé stížnosti|dokud neprověříte sporné údaje v mém účtu] Vás žádám o omezení zpracování mých osobních údajů[ podle čl. 18 GDPR|]. Údaje prosím uchovejte, ale jinak je nepoužívejte. {acct}\n\n{sign}",
            "{greet}\n\nmé údaje se chystáte smazat, ale potřebuji je [k uplatnění nároku u soudu|jako důkaz v reklamačním řízení]. Místo výmazu proto žádám o omezení jejich zpracování[ (čl. 18 odst. 1 písm. c) GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost o omezení zpracování osobních údajů podle čl. 18 GDPR\n\n{greet_formal}\n\npodle čl. 18 odst. 1 obecného nařízení o ochraně osobních údajů žádám o omezení zpracování svých osobních údajů, neboť [zpracování je protiprávní a namísto výmazu požaduji omezení jejich použití|údaje již nepotřebujete, ale já je požaduji pro určení, výkon nebo obhajobu právních nároků|jejich přesnost popírám a dosud nebyla ověřena]. Po dobu omezení smějí být mé údaje pouze uloženy; jiné zpracování je přípustné jen s mým souhlasem nebo z důvodů uvedených v čl. 18 odst. 2 GDPR. Před zrušením omezení mě prosím informujte (čl. 18 odst. 3 GDPR).\n\n{ident}\n\nProsím o potvrzení {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nesouhlasím s tím, že [vyhodnocujete moje nákupy|analyzujete, co dělám v aplikaci|sdílíte moje údaje v rámci skupiny] kvůli nějakému oprávněnému zájmu. [přestaňte s tím|chci to zastavit]",
            "jak můžu vznést námitku proti [zpracování mých dat|tomu sledování jízdy|vyhodnocování mého chování]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[v podmínkách stojí|v podmínkách čtu], že [děláte profil|děláte profiling] podle [mých nákupů|mého chování v appce] s odkazem na „oprávněný zájem“. [zásadně nesouhlasím a chci, aby to u mě skončilo|nepřijímám to, jsem proti]",
            "[proč|jakým právem] [přeposíláte|posíláte] moje data [ostatním firmám ve skupině|dceřiným společnostem] kvůli „interním potřebám“? [jsem proti|nesouhlasím], [ať to přestane|nechci to]",
            "nesouhlasim, abyste analyzovali moje chovani [pro statistiky|na analytics] jen kvuli vasemu opravnenemu zajmu. [namitam|zastavte to]",
            "appka [pro řidiče|od pojišťovny] [zaznamenává|vyhodnocuje], jak řídím, [„kvůli bezpečnosti“|kvůli fraud detection|kvůli scoringu]. [hrozně mě to štve|upřímně se mi to nelíbí] a [oficiálně s tím nesouhlasím|jsem proti tomu]",
            "[nevidím důvod|nechápu, proč musíte] [hodnotit|dělat scoring] každého zákazníka podle [transakcí|nákupů]. [co se týče mě|u mého profilu] [jsem proti a chci, aby to skončilo|nesouhlasím]",
            "hele {co}, [proč|kvůli čemu] váš algoritmus [šmíruje, co dělám|rozebírá moje zvyky] [kvůli vašim „statistikám“|kvůli „zlepšování služeb“]? [nesouhlasím, u mého profilu to zastavte|jsem proti, s mými daty ne]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hvězdička. [Aplikace|{co}] mě [profiluje|analyzuje moje chování] na každém kroku. [Vznáším proti tomu námitku|Proti tomu profilování podávám námitku] - [přestaňte s tím|nedělejte to s mými daty].",
            "@{co} [vznáším|podávám] námitku proti [analýze svého chování|profilování] na základě vašeho [oprávněného zájmu|„oprávněného zájmu“]. [Přestaňte s tím.|Nechci to.]",
            "⭐ [Sdílíte moje data|Moje údaje se předávají] [v rámci skupiny|mezi firmami ve skupině] prý kvůli oprávněnému zájmu. Vznáším námitku [proti tomu|podle čl. 21 GDPR].",
            "namitam proti [profilovani|analyze meho chovani] v [aplikaci|appce], nechci abyste me hodnotili podle mych zvyku @{co}",
            "[Vznáším námitku|Mám námitku] proti [kreditnímu scoringu|hodnocení rizika] na základě mých údajů. [Přestaňte je k tomu zpracovávat.|] [2 hvězdičky|1 hvězdička]",
            "@{co} [nesouhlasím s tím|odmítám], abyste [sledovali|analyzovali], jak používám aplikaci, pro [své analytiky|své statistiky]. [Vznáším námitku proti tomuto zpracování.|Mám právo vznést námitku a vznáším ji.]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [vznesu námitku|podám námitku] proti [profilování|analýze svého chování]?",
            "můžete moje údaje nepoužívat pro [profilování|credit scoring|interní analýzy] na základě oprávněného zájmu? [Nesouhlasím s tím|Namítám to].",
            "jak podam namitku proti profilovani? nechci aby jste analyzovali moje chovani",
            "[kde|komu] můžu [podat|poslat] námitku proti [sdílení mých údajů v rámci skupiny|analýze mých návyků]?",
            "co mám udělat, abyste přestali s [mým profilováním|analýzou mého chování], které děláte z [oprávněného zájmu|vlastního zájmu]?",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nve Vašich zásadách ochrany osobních údajů uvádíte, že mé údaje zpracováváte [pro analýzu zákaznického chování|pro zlepšování služeb|pro hodnocení řidičů] na základě oprávněného zájmu. Proti tomuto zpracování vznáším námitku[ podle čl. 21 odst. 1 GDPR|] a žádám, abyste s ním přestali. {acct}\n\n{sign}",
            "{greet}\n\nnechci, aby společnost {co} [vyhodnocovala mou aktivitu|používala moje údaje ke statistikám] jen proto, že to považuje za svůj oprávněný zájem. Tímto proti takovému zpracování vznáším námitku. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Námitka proti zpracování osobních údajů podle čl. 21 odst. 1 GDPR\n\n{greet_formal}\n\nv souladu s čl. 21 odst. 1 obecného nařízení o ochraně osobních údajů vznáším námitku proti zpracování svých osobních údajů, které provádíte na základě oprávněného zájmu podle čl. 6 odst. 1 písm. f) GDPR, konkrétně [proti analýze mého nákupního chování|proti zpracování údajů o poloze mého vozidla|proti sdílení mých údajů v rámci skupiny|proti vyhodnocování mého využívání služby]. Důvodem je má konkrétní situace: [z údajů lze odvodit citlivé informace o mém zdraví a rodině|takové zpracování neodpovídá rozumnému očekávání zákazníka]. Žádám, abyste zpracování ukončili, ledaže prokážete závažné oprávněné důvody, které převažují nad mými zájmy, právy a svobodami.\n\n{ident}\n\nProsím o odpověď {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Námitka (čl. 21 odst. 1 GDPR) a žádost o omezení zpracování (čl. 18 odst. 1 písm. d) GDPR)\n\n{greet_formal}\n\nvznáším námitku proti zpracování svých osobních údajů pro účely [profilování zákazníků|prevence podvodů|interních analýz], které provádíte na základě oprávněného zájmu. Současně podle čl. 18 odst. 1 písm. d) GDPR žádám o omezení zpracování těchto údajů do doby, než ověříte, zda Vaše oprávněné důvody převažují nad mými oprávněnými důvody.\n\n{ident}\n\nProsím o vyřízení {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "moji žádost o [úvěr|splátky|pojištění] zamítl automat. chci, aby to posoudil [člověk|skutečný člověk|někdo z vašich pracovníků]",
            "jak je možné, že mi [systém|algoritmus] zablokoval účet bez [lidského posouzení|vysvětlení]? chci přezkum člověkem",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[přišla mi zpráva|mám notifikaci], že žádost o [úvěr|leasing|nákup na splátky] je zamítnutá [za dvě minuty|během pár vteřin]. [to určitě rozhodl stroj|jasně to udělal algoritmus]. chci, aby se na to [podíval|znovu podíval] [člověk|někdo živý] a [vysvětlil mi|řekl], proč",
            "účet [je zamčený|je zablokovaný] [automaticky|systémem] kvůli „podezřelé aktivitě“, [a to úplně bez důvodu|přitom se nic nestalo]. [chci kontrolu člověkem|trvám na tom, aby to prošel někdo z personálu], ne [dalšího bota|automatické odpovědi]",
            "vas system mi zamitl zadost [automaticky|za minutu]. [chci|trvam na tom], aby to prosel [clovek|zivy pracovnik] a rekl mi [proc|podle jakych kriterii]",
            "[proč|jak je možné, že] [cena|pojistka] pro mě vychází [dvakrát|o dost] dráž než [kamarádovi|kolegovi]? [jestli to počítal algoritmus|když to systém počítá automaticky], [chci vysvětlení logiky|ať to zkontroluje člověk]",
            "posílám [žádost o práci|CV] a za 5 minut [přijde|je tu] [zamítnutí|„bohužel ne“] [automaticky|od systému]. [nikdo to nečetl|žádný člověk to neviděl], [chci, ať to posoudí člověk|chci lidské posouzení]",
            "[snížili jste mi limit na kartě|zamítli jste mi úvěr] [aniž by se mnou kdokoli mluvil|jedním automatickým mailem]. [kdo o tom rozhodl, nějaký program?|zjevně o tom rozhodl nějaký program.] chci [přezkoumání člověkem|aby to viděl pracovník] a vysvětlení [kritérií|logiky]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 hvězdička. Žádost o [úvěr|půjčku] je zamítnutá [automaticky|algoritmem] [za pár sekund|za 3 vteřiny] bez jakéhokoli vysvětlení. [Chci, aby ji přezkoumal člověk|Chci, aby to posoudil skutečný člověk].",
            "@{co} můj účet [byl zablokován|byl pozastaven] [automaticky|vaším systémem] [bez důvodu|bez varování]. [Chci přezkum od pracovníka|Chci, aby se na to podíval člověk], ne [bot|automatickou odpověď].",
            "⭐ [Algoritmus|Systém] mi [zamítl žádost|odmítl splátky|nastavil vyšší cenu] a nikdo neumí vysvětlit proč. [Napadám toto rozhodnutí|Nesouhlasím s automatickým rozhodnutím] a [chci vědět, podle jaké logiky vzniklo|žádám, aby ho přezkoumal člověk].",
            "automaticky jste mi zamitli pujcku, chci aby to [prezkoumal clovek|posoudil nekdo zivy] @{co}",
            "[2 hvězdičky|⭐⭐]. Počítač řekne NE a hotovo? [Napadám|Nepřijímám] automatické rozhodnutí o [mém úvěru|leasingu] a [žádám o lidský zásah|chci vysvětlení logiky].",
            "@{co} podle čl. 22 GDPR [žádám o|mám právo na] lidský zásah: [zablokování účtu|zamítnutí úvěru] je [rozhodnutí stroje|automatizované rozhodnutí] a napadám ho.",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak [napadnu|rozporuju] rozhodnutí [algoritmu|systému], který mi [zamítl úvěr|zablokoval účet]?",
            "může [člověk|pracovník] [znovu posoudit|přezkoumat] [zamítnutí mé půjčky|zablokování mého profilu]? Rozhodlo se o tom [automaticky|programem].",
            "muze to zamitnuti prezkoumat clovek? system mi uver zamitl automaticky",
            "[kde|komu] mám napsat, aby automatické rozhodnutí [o mé ceně|o zamítnutí mé žádosti] přezkoumal člověk?",
            "[proč|jak] [systém|algoritmus] rozhodl, že mi [úvěr|půjčku] nedá? Můžete mi [vysvětlit logiku|vysvětlit, jak rozhodnutí vzniklo] a nechat to [přezkoumat člověkem|zkontrolovat živým člověkem]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[moje žádost o nákup na splátky|moje žádost o spotřebitelský úvěr|moje registrace] byla zamítnuta automaticky, bez zásahu člověka. Podle čl. 22 GDPR žádám o přezkoumání rozhodnutí Vaším pracovníkem a o vysvětlení, jak k rozhodnutí došlo. {acct}\n\n{sign}",
            "{greet}\n\nVáš systém mi [automaticky snížil limit|zablokoval účet|nabídl výrazně horší podmínky] a nikdo mi neumí říct proč. Nechci být předmětem rozhodnutí, které dělá jen algoritmus – žádám o lidské posouzení. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nVěc: Žádost podle čl. 22 GDPR – automatizované individuální rozhodování\n\n{greet_formal}\n\ndne {date} [byla zamítnuta moje žádost o úvěr|byl zablokován můj zákaznický účet|mi byla stanovena výrazně vyšší cena pojištění], a to výhradně na základě automatizovaného zpracování včetně profilování, které má pro mě právní účinky nebo se mě obdobně významně dotýká. Podle čl. 22 obecného nařízení o ochraně osobních údajů mám právo nebýt předmětem takového rozhodnutí. Žádám proto o:\n\n1. lidský zásah na straně správce a nové posouzení věci pracovníkem;\n2. smysluplné informace o použitém postupu, jeho významu a předpokládaných důsledcích;\n3. možnost vyjádřit svůj názor a rozhodnutí napadnout.\n\n{ident}\n\nProsím o vyřízení {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kde je moje objednávka {order}[?|??]",
            "objednávka {order} pořád nedorazila[, sledování zásilky se už týden nehýbe|. Víte něco?|]",
            "{greet}\n\nobjednávka číslo {order} byla zaplacena {date} a dosud nepřišlo potvrzení o odeslání. Kdy bude zboží odesláno?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nza [objednávku {order}|předplatné] mi bylo strženo {amount} Kč dvakrát. Prosím o vrácení částky, která byla stržena navíc.\n\n{sign}",
            "proč mě předplatné najednou stojí {amount} Kč? [nikde o tom nic nebylo|je to chyba?]",
            "{hi}můžete mi znovu poslat fakturu k objednávce {order}? [nemůžu ji najít|potřebuju ji do účetnictví]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "dá se ještě změnit doručovací adresa u objednávky {order}?",
            "posíláte i na Slovensko? a kolik stojí doprava?",
            "kurýr nechal balík [u sousedů|před dveřmi v dešti], [to není v pořádku|jde to nějak zařídit jinak?]",
            "můžu si objednávku vyzvednout na [Zásilkovně|výdejním místě|poště]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "máte {product} i v [černé barvě|jiné velikosti|jiných barvách]?",
            "{greet}\n\nkdy budete mít znovu skladem {product}? Mám zájem o dva kusy.\n\n{sign}",
            "vztahuje se na {product} záruka 24 měsíců?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nzboží z objednávky {order} ({product}) máte zpátky už [dva|tři] týdny, ale peníze ({amount} Kč) mi zatím nepřišly.\n\n{sign}",
            "reklamuju {product}, [nefunguje|má vadu|přišlo to poškozené]. [chci peníze zpátky|prosím o výměnu]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "nemůžu se přihlásit a e-mail na obnovu hesla nechodí[, ve spamu taky nic|]",
            "{hi}zapomněl[|a] jsem heslo a ověřovací SMS chodí na staré číslo. co s tím?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super aplikace|skvělá služba|spokojenost], [všechno rychle doma|funguje bez problémů|určitě zase objednám][!|]",
            "chci jen poděkovat, [vaše podpora|paní na infolince] mi [moc rychle|skvěle] pomohla!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nprosím o zrušení [předplatného|prémiového předplatného] ke konci období. Účet si chci ponechat.\n\n{sign}",
            "jak můžu pozastavit předplatné, abych nepřišel[|a] o [body|uložené položky]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Jen dotaz: ukládáte si údaje o mé platební kartě? Chci mít jistotu, že je to bezpečné.",
            "kde najdu vaše zásady ochrany osobních údajů? [odkaz v patičce nefunguje|v aplikaci je nemůžu najít]",
            "Oceňuji, že neprodáváte data zákazníků. Proto nakupuju u vás!",
            "Splňuje {co} GDPR? Zvažujeme firemní předplatné a potřebujeme smlouvu o zpracování osobních údajů.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "jak smažu položku z košíku?",
            "můžu ještě zrušit objednávku {order}? spletl[|a] jsem si velikost",
            "omylem jsem smazal[|a] adresu v profilu, jak ji tam vrátím?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "jak se přihlásím k odběru newsletteru? formulář [hází chybu|se nenačte]",
            "{greet}\n\npo přihlášení k newsletteru mi nepřišel slevový kód na 10 %. Můžete mi ho poslat znovu?\n\n{sign}",
            "v [dnešním|minulém] newsletteru nefungoval odkaz na akci na {product}",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Při registraci jsem dal[|a] souhlas s newsletterem – dostanu díky tomu i slevu na první nákup?",
            "{greet}\n\nmůžete mi vysvětlit, k čemu slouží souhlas se zpracováním údajů v aplikaci? Nic rušit nechci, jen tomu chci rozumět.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}nemůžu se přihlásit do účtu, [píše to špatné heslo|heslo nefunguje]. [jak ho změním|poraďte]?",
            "chci [přejít na roční tarif|změnit tarif na levnější], [jak na to|kde to v aplikaci najdu]?",
            "[jsou u vás moje data v bezpečí|jak chráníte moje data]? [jen se ptám|jen zvědavost, všechno je ok]",
            "kde v profilu [vidím|najdu] svoje faktury?",
            "kliklo se mi omylem na odhlášení z newsletteru, jak se znovu přihlásím k odběru?",
            "můžu k účtu přidat [druhý e-mail|ještě jednu e-mailovou adresu]?",
            "[máte aplikaci i pro tablet|jak zapnu v aplikaci notifikace]?",
            "[objednávka {order} pořád nedorazila, kde je?|díky za rychlou pomoc, už všechno funguje!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[s kým mluvím|kdo jsi], jsi bot?",
            "jsi [skutečný člověk|živý člověk] nebo [robot|bot]?",
            "[sháním|chci koupit] {product}, [co mi doporučíš|který je dobrý]?",
            "[řekni mi něco o sobě|jak se jmenuješ]?",
            "[co umíš|s čím mi můžeš pomoct]?",
            "[neznáš nějakou dobrou restauraci|jaké je dnes počasí|máte otevřeno v neděli]?",
            "[hahaha ok|ok díky|nudím se] :)",
            "[dobrou noc|hezký večer]! [co si myslíš o fotbale|jak se máš]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}[chci zrušit|potřebuju zrušit] [předplatné|členství|prémiový tarif|permanentku do fitka] [ke konci měsíce|od příštího měsíce], účet si [nechávám|chci nechat]",
            "jde [pozastavit|odložit] [krabičku|box|předplatné] na [červenec|srpen|dva týdny]? [jsem pryč|jedu na dovolenou]",
            "jak [vypnu|zruším] [automatické obnovení|auto-renew|automatické prodloužení][ u předplatného| u členství|]?",
            "jak ukončit [zkušební verzi|free trial|zkušební měsíc], než mi [strhnete|naúčtujete] peníze?",
            "prosim prepnout [tarif|balicek] [z rocniho na mesicni|z Premium na Basic|na levnejsi] [od pristiho obdobi|co nejdriv]",
            "{hi}jak [udělat upgrade|přejít] na [Premium|rodinný tarif|roční předplatné]? [kolik to stojí|doplatím jen rozdíl]?",
            "{greet}\n\n[prosím o zrušení|žádám o ukončení] [pravidelné objednávky kávy|měsíčního předplatného|automatického prodloužení smlouvy] [ke konci měsíce|k {date}]. Účet a věrnostní kartu si chci ponechat.\n\n{sign}",
            "{greet}\n\nje možné [posunout|změnit] datum [platby|fakturace|stržení platby] na [20. den v měsíci|konec měsíce]? Výplata mi chodí později.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}nemůžu se přihlásit, [píše to špatné heslo|hlásí to neplatné přihlašovací údaje|účet je zamčený po několika špatných pokusech], [co s tím|co mám dělat]?",
            "nechodí mi [SMS kód|ověřovací kód|kód pro dvoufázové ověření] [už půl hodiny|ani po několika pokusech]",
            "jak si [změním|resetuju] heslo? odkaz [v e-mailu nefunguje|vůbec nepřišel]",
            "mam novy telefon a [autentikator|Google Authenticator] zustal ve starym, jak se ted prihlasim?",
            "jak se odhlásím ze všech zařízení? na [počítači v práci|starém tabletu] zůstal otevřený účet",
            "[aplikace|appka] mě [pořád|neustále] odhlašuje, heslo musím zadávat [každý den|pokaždé znova]",
            "{greet}\n\n[nemohu|nedaří se mi] se přihlásit do [e-shopu|aplikace|zákaznického účtu]. [Reset hesla|Obnovení hesla] [nefunguje|končí chybou] a e-mail s odkazem nepřichází. {acct}\n\n{sign}",
            "{greet}\n\nmám nový telefon a ověřovací aplikace je v tom starém. Jak [převedu|přenesu] dvoufázové ověření? Číslo telefonu zůstává stejné.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}můj [slevový kód|kód z newsletteru|voucher] [nefunguje|píše neplatný], [platí ještě|do kdy platí]?",
            "kolik mám [věrnostních bodů|bodů na kartě] a jak je [uplatním|využiju]?",
            "kdy [začíná|bude] [výprodej|Black Friday|letní výprodej]? [čekám na slevu na kávovar|mám vyhlédnutý notebook]",
            "jak se přihlásit k odběru newsletteru, abych dostal[a|] [uvítací slevu|slevu 10 %|welcome kód]?",
            "prisla mi sms s [nabidkou|akci] [-20 %|1+1 zdarma], plati to i [v kamenne prodejne|na e-shopu]?",
            "za [doporučení kamarádovi|pozvání kamarádky] má být bonus [200 Kč|sleva], [kde ho najdu|ještě se neobjevil]",
            "{greet}\n\nv posledním newsletteru je [nabídka dopravy zdarma|sleva 15 % na celý sortiment]. Dá se uplatnit i na [zlevněné zboží|objednávku {order}]?\n\n{sign}",
            "{greet}\n\n[dárkový poukaz|voucher] v hodnotě {amount} [nejde uplatnit|e-shop nebere]. Platí ještě? Kód je [na účtence|v e-mailu].\n\n{sign}",
        ]},
    ],
};

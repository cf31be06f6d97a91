//! Hungarian: Hungary (GDPR / általános adatvédelmi rendelet wording, NAIH as the supervisory
//! authority).
//!
//! Hungarians write the family name first (Nagy László), so `first_names` holds family names and
//! `last_names` given names: `{name}` reads in the Hungarian order, `{last}` is the given name a
//! casual message is signed with. Dates are written year first (2025. március 14.), which no
//! `DateStyle` produces, so letters use the `{when}` slot instead of `{date}`; prices in forint
//! have no decimals, so no template uses `{amount}`.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "hu",
    locales: &[("hu-HU", 100)],
    first_names: &[
        "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
        "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz",
        "Fekete", "Szilágyi", "Török", "Fehér", "Balázs", "Gál", "Kis", "Vincze", "Bognár",
    ],
    last_names: &[
        "László", "István", "József", "Zoltán", "Gábor", "Péter", "Tamás", "Attila", "Balázs",
        "Dávid", "Ádám", "Bence", "Máté", "Márk", "Mária", "Erzsébet", "Katalin", "Éva", "Anna",
        "Zsuzsanna", "Andrea", "Krisztina", "Eszter", "Réka", "Nóra", "Dóra", "Júlia", "Ildikó",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "outlook.hu",
        "yahoo.com", "hotmail.com", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Jó napot kívánok!", "Tisztelt Ügyfélszolgálat!", "Kedves {co} Csapat!", "Üdvözlöm!",
            "Tisztelt Hölgyem/Uram!", "Kedves Ügyfélszolgálat!", "Jó napot!",
        ]),
        ("greet_formal", &[
            "Tisztelt Hölgyem/Uram!", "Tisztelt Adatvédelmi Tisztviselő!",
            "{co}\nAdatvédelmi tisztviselő részére\n\nTisztelt Hölgyem/Uram!",
        ]),
        ("hi", &["szia, ", "sziasztok, ", "hello, ", "", "", "", "jó napot, ", "Üdv, ", "Helló! "]),
        ("thanks", &[
            "Üdvözlettel:", "Köszönöm előre is!", "Köszönettel:", "Szép napot!", "Üdv:",
            "Tisztelettel:", "Előre is köszönöm a segítséget!",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{last}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{last}\n\niPhone-ról küldve", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Tisztelettel:\n\n{name}", "Tisztelettel:\n\n{name}\n{email}", "Köszönettel és tisztelettel:\n\n\n{name}"]),
        ("street", &[
            "Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Dózsa György út", "Ady Endre utca",
            "Bartók Béla út", "Arany János utca", "Fő utca", "Váci út", "Béke tér", "Szent István körút",
        ]),
        ("city", &[
            "1[0|1]{d}{d} Budapest", "40{d}{d} Debrecen", "67{d}{d} Szeged", "76{d}{d} Pécs",
            "90{d}{d} Győr", "35{d}{d} Miskolc", "60{d}{d} Kecskemét", "80{d}{d} Székesfehérvár",
            "1{d}{d}{d} Budapest",
        ]),
        ("address", &[
            "{name}\n{city}, {street} [1|2|3|4|5|6|7|8|9]{d}.", "{name}\n{city}\n{street} [1|2|3|4|5|6|7|8|9]. [1|2|3|4|5|6|7|8|9]. em. [1|2|3|4|5|6|7|8|9].",
            "{name}\n{city}, {street} [1|2|3|4|5|6|7|8|9]{d}. [fszt.|I. em.|III. em.] [1|2|3|4|5|6|7|8|9].",
        ]),
        ("when", &[
            "202[4|5]. [január|február|március|április|május|június|július|augusztus|szeptember|október|november|december] [1|2]{d}.",
        ]),
        ("place_date", &[
            "Budapest, {when}", "Debrecen, {when}", "Szeged, {when}", "Kelt: {when}", "{when}",
        ]),
        ("acct", &[
            "A fiókom ezen az e-mail-címen van regisztrálva: {email}.", "Az e-mail-címem: {email}.",
            "Ügyfélfiókom {name} néven, {email} e-mail-címmel szerepel a rendszerükben.",
            "Fiók: {email}", "Ezzel a címmel vagyok regisztrálva Önöknél: {email}.",
        ]),
        ("data", &[
            "a személyes adataimat", "az összes rólam tárolt adatot", "minden személyes adatomat",
            "az adataimat", "a rólam kezelt összes személyes adatot",
        ]),
        ("product", &[
            "fülhallgató", "kávéfőző", "télikabát", "telefontok", "futócipő", "laptoptáska",
            "powerbank", "szendvicssütő", "jógaszőnyeg", "porszívó",
        ]),
        ("law", &["GDPR", "általános adatvédelmi rendelet (GDPR)", "(EU) 2016/679 rendelet (GDPR)"]),
        ("law_art", &["a GDPR", "az általános adatvédelmi rendelet (GDPR)", "az (EU) 2016/679 rendelet (GDPR)"]),
        ("deadline", &[
            "a jogszabályban előírt egy hónapos határidőn belül",
            "indokolatlan késedelem nélkül, de legkésőbb a kérelem beérkezésétől számított egy hónapon belül",
            "legkésőbb 30 napon belül",
        ]),
        ("escalate", &[
            " Amennyiben a határidőn belül nem kapok választ, panaszt teszek a Nemzeti Adatvédelmi és Információszabadság Hatóságnál (NAIH).",
            " Ellenkező esetben a Nemzeti Adatvédelmi és Információszabadság Hatósághoz fordulok.", "",
        ]),
    ],
    families: &[
        // ---- access (15. cikk)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}milyen adatokat [tároltok|tárolnak] rólam[?|??]",
            "{hi}el tudnátok küldeni [egy másolatot|egy kimutatást] az adataimról[?| légyszi]",
            "szeretném látni, mit [tudtok|gyűjtötök|tároltok] rólam",
            "hogyan tudom [letölteni|exportálni] az összes adatomat[?| az appból?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[láttam egy|kaptam egy] hirdetést, ami [túl sokat|gyanúsan sokat] tudott rólam. [pontosan |]mi van meg rólam a {co} rendszerében[?|??]",
            "{hi}kíváncsi vagyok, milyen infókat [gyűjtött|mentett el] rólam az app[ az évek során|]. kaphatok erről egy [listát|összesítőt]?",
            "[hali|szia|hello] van egy regi accountom nalatok ({email}), [kivancsi vagyok|erdekelne], mi minden van meg rolam. [megirnatok|at tudnatok kuldeni][?|??]",
            "honnan van meg nektek a [telefonszámom|címem|emailem]?? és mi minden van még meg rólam, azt is [tudni akarom|látni szeretném]",
            "{hi}mit látnak rólam a [kollégáitok|munkatársaitok] a rendszerben? [név, cím, vásárlások?|csak a rendeléseket vagy többet is?] [szeretnék rálátást|mutassátok meg légyszi]",
            "[1|2] csillag. [rákérdeztem|megkérdeztem], milyen adatokat szedtek össze rólam, és [nem kaptam választ|csak kitérő választ kaptam]. [még mindig várom a listát|szóval: mi van rólam nálatok?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [hetek óta|egy hónapja] kérem, hogy [mondják meg|áruljátok el], milyen adatokat tárolnak rólam, és [semmi válasz|csak a robot válaszol].",
            "@{co} szeretném tudni, milyen személyes adataim vannak nálatok. [küldjetek róla másolatot|kérek egy listát], légyszi!",
            "⭐ [jó az app, de|az app oké, viszont] sehol nem látom, mit gyűjt rólam. [kérem az összes rólam tárolt adat másolatát|mutassátok meg, mi van rólam a rendszerben][.|!]",
            "mi mindent tudtok rolam?? kerem az adataim masolatat, [a GDPR szerint jar|jogom van hozza]. @{co}",
            "[2|1] csillag, amíg nem kapok [hozzáférést|betekintést] a rólam kezelt adatokhoz. [élni szeretnék a hozzáférési jogommal|tudni akarom, mit tároltok és miért].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom megnézni, milyen [adataim|személyes adataim] vannak nálatok?",
            "meg tudnátok mondani, [milyen adatokat|mit] tároltok rólam?",
            "lehet kérni egy másolatot a rólam tárolt [adatokról|személyes adatokról]?",
            "hol tudom lekerni az osszes adatot, amit rolam gyujtottetek?",
            "[mit kell tennem|kinek írjak], hogy elküldjétek a rólam kezelt adatok másolatát?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nKérem, küldjenek másolatot a rólam kezelt személyes adatokról[, a rendelési előzményeket és az elérhetőségeimet is beleértve|]. {acct}\n\n{sign}",
            "{greet}\n\nEzúton élni kívánok a hozzáférési jogommal[ a GDPR 15. cikke alapján|]. Kérem, tájékoztassanak, milyen adatokat kezelnek rólam, milyen célból, és kinek továbbították azokat. {acct}\n\n{sign}",
            "{greet}\n\nSzeretném megtudni, milyen személyes adatokat kezel rólam a {co}, és honnan szerezték meg őket. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Hozzáférési kérelem {law_art} 15. cikke alapján\n\nAz (EU) 2016/679 rendelet 15. cikke alapján kérem, erősítsék meg, hogy kezelnek-e rám vonatkozó személyes adatokat. {acct} Amennyiben igen, kérem, bocsássák rendelkezésemre:\n\n1. a kezelt személyes adatok másolatát;\n2. az adatkezelés céljait;\n3. az érintett személyes adatok kategóriáit;\n4. azokat a címzetteket, akikkel az adatokat közölték, különösen a harmadik országbeli címzetteket;\n5. a tárolás tervezett időtartamát;\n6. az adatok forrására vonatkozó információt, ha nem tőlem gyűjtötték azokat;\n7. az automatizált döntéshozatal, ideértve a profilalkotást is, tényét.\n\nKérem, válaszoljanak {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nTárgy: Érintetti hozzáférési jog gyakorlása (GDPR 15. cikk)\n\nÉrintettként kérem, hogy a GDPR 15. cikk (1) bekezdés a)–h) pontjában foglalt tájékoztatással együtt adják ki részemre a {co} által rólam kezelt összes személyes adat másolatát (15. cikk (3) bekezdés). {acct}\n\nVálaszukat {deadline} várom.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (17. cikk)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kérem, töröljék a fiókomat[ és minden adatomat| véglegesen|][.|!|]",
            "azt szeretném, ha [a fiókom|az összes adatom] [törölve lenne|törlődne][, most azonnal|!|.|]",
            "hogyan tudom [véglegesen|teljesen] törölni a fiókomat[?|??]",
            "töröljetek mindent, amit rólam tároltok[!|.|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[átmentem|átnyergeltem] a konkurenciához, úgyhogy [szüntessétek meg|zárjátok be végleg] az accountomat, és [ne maradjon nálatok semmi adatom|az adataimat is dobjátok ki]",
            "{hi}van egy [régi|évek óta nem használt|elfelejtett] profilom nálatok ({email}). [kérem az egészet eltávolítani az adatokkal együtt|el lehet távolítani az egészet az adatokkal együtt?]",
            "a deaktiválás nem elég, azt akarom, hogy [végleg eltűnjön|megszűnjön] a profilom és [az összes|minden] személyes infóm a rendszerből[!|.|]",
            "[feltörték a fiókom|hackelték a fiókom], [nem bízom bennetek többé|elvesztettem a bizalmam]. [szedjétek le|távolítsátok el] a regisztrációmat és az összes adatomat[, köszi|.|]",
            "felejtsetek el[!|.] [nem akarok|nem szeretnék] többé szerepelni a rendszeretekben, [az accountot|a profilt] meg minden hozzá tartozó adatot [szüntessétek meg|irtsátok ki]",
            "leszedtem az appot, de [tudom|gondolom], hogy az adataim még megvannak. [hogyan|hol] kérhetem, hogy [ezeket is eltávolítsátok|végleg megsemmisítsétek őket]?",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. töröljétek a fiókomat[!|.] [sehol nincs törlés gomb az appban|a beállításokban nem találom a törlést].",
            "@{co} kérem a [profilom|fiókom] és az összes adatom végleges törlését. [nem használom többé|nem vagyok már ügyfél][.|!]",
            "⭐ [felejtős app|nem ajánlom]. [szeretném megszüntetni a regisztrációmat|el akarom távolítani a fiókomat] és [minden adatomat|az összes személyes adatomat] törölni, de [nem lehet|nincs rá lehetőség].",
            "torolni szeretnem az accountomat meg minden adatomat, [hogyan lehet??|segitsetek pls]",
            "[2|1] csillag. [írtam|szóltam] a supportnak, hogy [töröljék|semmisítsék meg] a rólam tárolt adatokat, de még mindig [megvan a profilom|be tudok lépni]. kérem [a teljes törlést|az adataim törlését] [most|végre]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom [törölni|megszüntetni] a fiókomat?",
            "ki tudnátok törölni a [fiókomat|profilomat] az összes adatommal együtt?",
            "lehet teljesen töröltetni a személyes adataimat nálatok?",
            "hol lehet torolni a fiokot? [nem talalom a beallitasokban|sehol nem latom]",
            "kinek kell írnom, hogy [végleg|teljesen] töröljétek a fiókomat és az adataimat?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMár nem használom [a szolgáltatásukat|az alkalmazást|a {co}-fiókomat], ezért kérem, töröljék a fiókomat és {data}. [Kérem, erősítsék meg a törlést.|Egy rövid visszaigazolásnak örülnék.|]\n\n{sign}",
            "{greet}\n\nEzúton kérem, hogy {data}[ a GDPR 17. cikke alapján| az általános adatvédelmi rendelet 17. cikke szerint|] haladéktalanul töröljék. {acct}\n\n{sign}",
            "{greet}\n\n[Tavaly|Régebben] csak egyetlen rendelés miatt regisztráltam. Kérem, szüntessék meg a fiókot, és töröljék {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Személyes adataim törlése iránti kérelem („az elfeledtetéshez való jog”) {law_art} 17. cikke alapján\n\nAz (EU) 2016/679 rendelet 17. cikk (1) bekezdése alapján kérem a rám vonatkozó összes személyes adat indokolatlan késedelem nélküli törlését. {acct} Az adatokra már nincs szükség abból a célból, amelyből azokat gyűjtötték.\n\nAmennyiben adataimat harmadik személyekkel közölték, kérem, hogy a 19. cikk szerint őket is tájékoztassák a törlésről. Ha jogszabályi megőrzési kötelezettség akadályozza a teljes törlést, kérem, közöljék, mely adatokat, milyen jogalapon és meddig őrzik meg.\n\nKérem, a törlést {deadline} írásban erősítsék meg.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nTárgy: Fiók megszüntetése és adattörlés\n\nA GDPR 17. cikke szerinti jogomat gyakorolva kérem az Önöknél vezetett fiókom megszüntetését és az ahhoz kapcsolódó valamennyi személyes adat törlését, ideértve – ahol technikailag lehetséges – a biztonsági mentéseket is. {acct}\n\nKérem, a megtett intézkedésekről {deadline} tájékoztassanak.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[harmadszor|már megint|már kétszer] írom: TÖRÖLJÉK A FIÓKOMAT és minden adatomat[!|!!]",
            "az appban [nincs törlés gomb|sehol nem lehet törölni a fiókot]. azt akarom, hogy [a fiókom|minden] eltűnjön, az adataimmal együtt",
        ]},
        // ---- rectification (16. cikk)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "el van írva a [vezetéknevem|nevem] a fiókban, helyesen {first}",
            "ki tudnátok javítani a születési dátumomat? [nem stimmel|rossz az évszám]",
            "[a címem|a telefonszámom] nálatok [régi|hibás][, légyszi javítsátok|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[elköltöztem|új lakásba költöztem], a [számla|levél] még mindig a régi címre [megy|jön]. [át tudnátok írni|frissítenétek] az új címre? {city}, {street} {d}{d}.",
            "[férjhez mentem|nevet változtattam], a profilomban még a [lánykori|régi] nevem van. [módosítsátok|írjátok át] légyszi, az új nevem: {name}",
            "uj telefonszamom van, a regi mar nem el. [at tudnatok irni|frissitsetek] a profilomban[?| pls]",
            "rossz számlát kaptam, mert [nem az én nevem|egy betűvel elírt név|a régi címem] szerepel rajta. [módosítanátok|korrigálnátok] az adataimat a rendszerben?",
            "az appban [1990|1985|1979]-es születési évvel szerepelek, pedig [nem annyi vagyok|az nem stimmel]. hol tudom [helyreigazítani|módosíttatni], ha nekem nem engedi?",
            "{hi}az e-mail címem [megváltozott|elavult], az új: {email}. [légyszi frissítsétek|átírnátok] a fiókomban?",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [rossz a nevem|el van írva a nevem] a fiókban, és [az appban nem lehet javítani|nem tudom átírni]. javítsátok ki, kérem!",
            "@{co} [elköltöztem|új címem van], [kérem módosítsátok|frissítsétek] a címemet a profilomban: {street}, {city}.",
            "⭐ hibás a születési dátumom a [fiókomban|profilomban], [pedig|és] [kétszer|már többször] jeleztem. [kérem, helyesbítsék|javítsátok már ki]!",
            "a telefonszamom [rossz|regi] a rendszeretekben, kerem [javitsatok ki|irjatok at], [koszi|pls]",
            "[2|3] csillag. [elírták az e-mail címemet|rossz adatokkal szerepelek] nálatok, és [emiatt nem kapom meg a számlákat|semmit nem tudok ellenőrizni]. kérem az adataim helyesbítését: {email}.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom kijavítani a [nevemet|születési dátumomat] a fiókban? [rosszul szerepel|el van írva]",
            "át tudnátok írni a lakcímemet? [elköltöztem|már nem ott lakom], az új címem: {city}, {street} [5|12|38].",
            "lehet módosítani a telefonszámomat? a régi már nem [él|jó]",
            "hol tudom frissiteni a szemelyes adataimat? [rossz|regi] a lakcimem",
            "mit kell tennem, hogy [kijavítsátok|helyesbítsétek] a hibás adataimat? [rossz a nevem|elírták a születési dátumomat]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[A rólam nyilvántartott cím elavult. Kérem, javítsák az adatokat[ a GDPR 16. cikke alapján|]. Az új címem: {city}, {street} {d}{d}.|A nevemet hibásan írták. Kérem, javítsák az adatokat[ a GDPR 16. cikke alapján|]. Helyesen: {name}.|A fiókomban szereplő születési dátum nem helyes. Kérem, javítsák ki[ a GDPR 16. cikke alapján|].]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Megváltozott a nevem, de a nyilvántartásukban még a régi nevem szerepel.|Elköltöztem, de a nyilvántartásukban még a régi címem szerepel.] Kérem, frissítsék az adataimat. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Pontatlan személyes adatok helyesbítése {law_art} 16. cikke alapján\n\nMegállapítottam, hogy a {co} által rólam kezelt adatok pontatlanok: [a születési dátumomat tévesen rögzítették|a nevemet hibásan tüntetik fel|olyan fizetési késedelmet tartanak nyilván, amely nem áll fenn]. {acct}\n\nAz (EU) 2016/679 rendelet 16. cikke alapján kérem ezen adatok haladéktalan helyesbítését, valamint a címzettek 19. cikk szerinti értesítését. Kérem, a helyesbítést {deadline} írásban erősítsék meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kérem, ne [adják el|adják tovább] az adataimat harmadik feleknek",
            "nem akarom, hogy az adataimat [reklámpartnereknek|adatkereskedőknek|más cégeknek] [eladjátok|továbbadjátok]",
            "hol tudom letiltani, hogy megosszátok az adataimat a partnereitekkel?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[random|ismeretlen] cégek [hívogatnak|spamelnek] amióta nálatok regisztráltam. ha [áruljátok|pénzért kiadjátok] az adataimat, [azonnal|] fejezzétek be[!|.]",
            "{hi}hol lehet beállítani, hogy [ne kerüljenek|ne jussanak el] az infóim [adatbrókerekhez|hirdetőkhöz|külső cégekhez]? [nem találom az appban|a beállításokban nincs ilyen]",
            "nem járulok hozzá, hogy [kereskedjetek|üzleteljetek] az adataimmal. se [partnercégek|hirdetők|adatbrókerek], se senki más ne kapja meg őket",
            "[kiderült|olvastam], hogy a {co} [pénzért|jutalékért] [átpasszolja|kiadja] az ügyféladatokat. az enyémet [ne|ne merjétek]! [opt-outot kérek|ebből kérek kimaradni]",
            "„do not sell” gomb nincs nálatok? [szeretném letiltani|kérem kikapcsolni], hogy [más cégek|a partnereitek] [megkapják|megvegyék] az adataimat",
            "miert tud rolam egy [biztosito|bank|hitelkozvetito] ceg, akivel sosem volt dolgom?? ha toletek [szereztek|kaptak] meg, ne adjatok ki rolam semmit tobbet",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [eladjátok|továbbadjátok] az adataimat [hirdetőknek|adatkereskedőknek]?! [ezt azonnal fejezzétek be|kérem, ne adják tovább senkinek][.|!]",
            "@{co} nem járulok hozzá, hogy [megosszátok|továbbítsátok] az adataimat [harmadik felekkel|partnereitekkel]. [tiltsátok le|állítsátok le] nálam!",
            "⭐ [amióta regisztráltam|mióta telepítettem], mindenhonnan [hívogatnak|reklámokat kapok]. ne adjátok el a személyes adataimat [senkinek|semmilyen partnernek]!",
            "ne [adjatok el|adjatok tovabb] az adataimat harmadik feleknek, [kosz|ennyi]. @{co}",
            "[2|1] csillag. [nem tudok sehol|sehol nem találok] olyan opciót, hogy [ne adják el|ne osszák meg] az adataimat. [kérem, az én adataimat ne adják tovább marketingcégeknek|a rólam gyűjtött infókat ne értékesítsék]!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom letiltani, hogy [eladjátok|továbbadjátok] az adataimat [harmadik feleknek|partnereknek]?",
            "megoldható, hogy ne adjátok el az adataimat [hirdetőknek|adatkereskedőknek]?",
            "lehet kérni, hogy ne osszátok meg az adataimat [partnercégekkel|harmadik felekkel]?",
            "hol tudom beallitani, hogy ne adjatok tovabb az adataimat mas cegeknek?",
            "mit kell tennem, hogy ne [értékesítsétek|adjátok el] a személyes adataimat senkinek?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEzúton tiltakozom személyes adataim harmadik feleknek történő továbbítása és értékesítése ellen, különösen reklámcélokra. {acct}\n\n{sign}",
            "{greet}\n\n[Észrevettem|Kiderült], hogy az adataim egy [címlistakereskedőhöz|telemarketing céghez] kerültek. Kérem, ne osszák meg többé az adataimat [partnereikkel|harmadik felekkel]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Személyes adataim harmadik feleknek történő átadásának és értékesítésének megtiltása\n\nEzúton közlöm, hogy nem járulok hozzá személyes adataim értékesítéséhez, bérbeadásához vagy harmadik felek – így különösen hirdetési hálózatok és adatkereskedők – részére történő bármilyen más átadásához. {acct} Amennyiben az átadás a hozzájárulásomon alapul, azt visszavonom; amennyiben jogos érdeken alapul, {law_art} 21. cikke alapján tiltakozom ellene.\n\nKérem, közöljék, mely címzetteknek adták át eddig az adataimat, és az átadás megszüntetését {deadline} erősítsék meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (21. cikk (2))
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[kérem, |]ne küldjenek több [reklámot|hírlevelet|promóciós e-mailt|SMS-t][!|.|]",
            "[iratkoztassatok le|le akarok iratkozni] a hírlevélről",
            "elég a [reklámokból|spamből|hírlevelekből], ne küldjetek többet[!|.|]",
            "hogy lehet leiratkozni a leveleitekről[?|, a link nem működik]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "napi [3|4|5] [akciós email|marketing email|promó levél] jön tőletek, [ez már sok|ez durva]. vegyetek le a [mailing listáról|marketinglistáról][!|.|]",
            "{hi}[ne hívogassatok|ne telefonáljatok] többet [ajánlatokkal|akciókkal|nyereményjátékkal], és [SMS-ben|sms-ben] se küldjetek hirdetést",
            "az unsubscribe [link|gomb] [nem működik|hibát dob], de [a newslettert|a hírleveleket] [nem kérem tovább|ne kapjam többet]. {email}",
            "csak egyszer rendeltem [tőletek|nálatok], azóta [bombáztok|elárasztotok] a kuponokkal. [nem kérek több marketinget|vegyetek ki a kampányokból]",
            "[nem kérek|stop, nem kérek] több promóciós [üzenetet|értesítést|pusht] se mailben, se sms-ben[.|!|, köszi]",
            "[hogyan|hol] tudom kikapcsolni a [marketing maileket|reklám sms-eket|hírlevelet] [a fiókban|az appban]? a beállításokban nem találom",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [naponta|hetente többször] jön a spam. [iratkozzatok le|vegyetek le] a hírlevélről!",
            "@{co} hogyan lehet leiratkozni a [hírlevelekről|reklám e-mailekről|promóciós SMS-ekről]? [nem kérek több reklámot|elegem van]!",
            "⭐ [ne küldjetek több|elég a] reklám[levelet|e-mailt]! [háromszor|többször] leiratkoztam, [mégis jönnek|és ugyanúgy jön a spam].",
            "[toroljetek|vegyetek ki] a marketinges listarol, nem kerek tobb hirlevelet se sms-t. [koszi|pls]",
            "[2|1] csillag. a [telefonos|SMS-es] [akciós ajánlatokat|reklámhívásokat] kérem [megszüntetni|leállítani], [nem iratkoztam fel semmire|soha nem kértem ilyet].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudok leiratkozni a hírlevélről?",
            "le tudnátok állítani a reklám[emaileket|leveleket]? [naponta több is jön|túl sok]",
            "lehet kérni, hogy ne [hívjatok|küldjetek SMS-t] az akcióitokkal?",
            "hol tudok leiratkozni a [reklamlevelekrol|hirlevelrol]? nem talalom a linket",
            "kinek írjak, hogy ne kapjak több [reklámot|promóciós e-mailt] tőletek?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nKérem, töröljék ezt a címet minden marketinglistájukról: {email}. [Már kétszer|Többször is] leiratkoztam, de továbbra is kapom a hírlevelüket.\n\n{sign}",
            "{greet}\n\nTiltakozom az adataim közvetlen üzletszerzési célú felhasználása ellen[ a GDPR 21. cikk (2) bekezdése alapján|]. Kérem, ne küldjenek több reklámot se e-mailben, se SMS-ben. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Tiltakozás a közvetlen üzletszerzés érdekében végzett adatkezelés ellen ({law} 21. cikk (2) bekezdés)\n\nAz (EU) 2016/679 rendelet 21. cikk (2) és (3) bekezdése alapján tiltakozom személyes adataim közvetlen üzletszerzés érdekében történő kezelése ellen, ideértve az ehhez kapcsolódó profilalkotást is. {acct}\n\nKérem, szüntessék meg a reklámüzenetek küldését minden csatornán (e-mail, SMS, telefon, postai levél), és ezt {deadline} erősítsék meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (7. cikk (3))
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "visszavonom a hozzájárulásomat [a sütikhez|a követéshez|az adataim kezeléséhez][.|!|]",
            "kérem, [kapcsolják ki|állítsák le] a [helymeghatározást|követést] a fiókomnál",
            "már nem járulok hozzá, hogy [személyre szabott hirdetésekhez|elemzésekhez|profilalkotáshoz] használjátok az adataimat",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[regisztrációkor|annak idején] bepipáltam, hogy [használhatjátok a fotóimat reklámban|felhasználhatjátok a képeimet], de meggondoltam magam. [ezt az engedélyt visszavonom|ezt visszavonom]",
            "{hi}a [helyadataim|lokációm] gyűjtését [már nem engedélyezem|nem engedem tovább], [zavar|nem tetszik], hogy a GPS-emet [figyelitek|használjátok]. az engedélyt visszavonom",
            "a fitness appban [megengedtem|engedélyt adtam], hogy kezeljétek az [egészségügyi adataimat|pulzusadataimat], de [ezt most visszavonom|ezt visszaveszem][.|, nem akarom tovább]",
            "a cookie bannernél véletlenül mindent elfogadtam. hogy lehet [visszavonni|utólag visszavonni] a [beleegyezést|hozzájárulást] a [trackinghez|követő sütikhez]?",
            "a [telefonos|ügyfélszolgálati] hívások felvételéhez adott [beleegyezésemet|engedélyemet] [visszavonom|visszavonnám][, mostantól ne rögzítsétek|]",
            "nem akarom, hogy az analytics tovább [fusson|menjen] a nevemen. az ehhez adott [engedélyt|beleegyezést] [visszavonom|visszaveszem][.|, köszi]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. visszavonom a [hozzájárulásomat|beleegyezésemet] a helyadataim követéséhez. [kapcsoljátok ki|ne kövessetek]!",
            "@{co} [a fotóimat|a képeimet] [nem használhatjátok tovább|ne használjátok többet] a reklámjaitokban, visszavonom [az engedélyt|a hozzájárulást].",
            "⭐ [nem tudom|nincs mód] visszavonni a sütikhez adott [beleegyezést|hozzájárulást] az appban. [ezúton visszavonom|visszavonom itt]: nem kérek követést!",
            "visszavonom a hozzajarulasomat az egeszsegugyi adataim kezelesehez, [kerem vegyek tudomasul|koszi]",
            "[2|1] csillag. [annak idején|régen] igent mondtam a [személyre szabásra|elemzési célú adatgyűjtésre], de [meggondoltam magam|már nem akarom]. visszavonom a hozzájárulásomat!",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom visszavonni a hozzájárulásomat a [helyadataim|tartózkodási helyem] követéséhez?",
            "vissza lehet vonni a sütikhez adott hozzájárulást? már nem [akarom|szeretném], hogy követtek",
            "vissza tudom vonni a beleegyezésemet a fotóim felhasználásához? [korábban igent mondtam|régebben elfogadtam]",
            "hol tudom visszavonni a hozzajarulasomat az egeszsegugyi adataim kezelesehez?",
            "mit kell tennem, hogy visszavonjam a [személyre szabáshoz|hívásaim rögzítéséhez] adott beleegyezésemet?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEzúton visszavonom a hozzájárulásomat személyes adataim [személyre szabott hirdetés céljából|elemzési célból|helyadatok alapján] történő kezeléséhez[ (GDPR 7. cikk (3) bekezdés)|]. {acct}\n\n{sign}",
            "{greet}\n\nRegisztrációkor hozzájárultam ahhoz, hogy [az adataimat marketingelemzésekhez|a hangfelvételeimet mesterséges intelligencia tanításához] használják. Ezt már nem szeretném, kérem, tekintsék a hozzájárulásomat visszavontnak. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Hozzájárulás visszavonása {law_art} 7. cikk (3) bekezdése alapján\n\nEzúton a jövőre nézve visszavonok minden hozzájárulást, amelyet a {co} részére személyes adataim kezeléséhez adtam, különösen a profilalkotáshoz és a személyre szabott reklámokhoz. {acct}\n\nKérem, {deadline} írásban erősítsék meg, mely adatkezeléseket szüntették meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (20. cikk)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ki tudnátok exportálni az adataimat [CSV-be|JSON-ba|Excelbe]? szolgáltatót váltok",
            "át szeretném vinni [az előzményeimet|az adataimat|a lejátszási listáimat] egy másik szolgáltatóhoz, hogy lehet?",
            "{hi}le tudom tölteni az összes adatomat egy fájlban, amit máshol fel tudok tölteni?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[átköltözöm|átmegyek] egy másik [bankhoz|szolgáltatóhoz|apphoz], [küldjétek át|továbbítsátok] közvetlenül nekik az adataimat, [ha lehet|légyszi]",
            "{hi}kaphatnék egy [json|csv] [dumpot|fájlt] a [fiókomról|profilomról], hogy be tudjam importálni [máshova|az új appba]?",
            "[lejár|drága lett] az előfizetésem, [vinném|vinni szeretném] magammal az [edzésnaplóimat|rendelési előzményeimet|kontaktjaimat] [gépileg olvasható|szabványos] formában. [megoldható|van erre lehetőség]?",
            "nem pdf-et kérek, hanem olyan [file-t|fájlt], amit egy másik [rendszer|szolgáltató] [be tud olvasni|be tud húzni]. [csv vagy json|json vagy csv] jó lesz",
            "a {co} helyett mostantól [máshol|másik cégnél] leszek. [migrálni|átvinni] szeretném az adataimat, van erre [valami export funkció|adathordozhatósági opció]?",
            "adathordozhatóság: [kérem|kérném] az általam megadott adatokat egy [csv|json|xml] fájlban, hogy [áttölthessem|feltölthessem] az új szolgáltatómhoz",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. nem lehet [exportálni|letölteni] az adataimat. [kérem egy CSV vagy JSON fájlban|adjátok ki fájlban], hogy át tudjak menni [máshova|egy másik szolgáltatóhoz]!",
            "@{co} [váltok|szolgáltatót váltok], küldjétek át az adataimat [géppel olvasható formában|JSON fájlban] [az új szolgáltatómnak|nekem].",
            "⭐ [ahhoz, hogy|hogy] [átvigyem|átköltöztessem] a [lejátszási listáimat|rendelési előzményeimet|edzésadataimat] egy másik appba, kérek egy [export fájlt|letölthető fájlt] az összes adatommal.",
            "hol lehet kiexportalni az adataimat csv-be? at akarom vinni oket mashova [@{co}|]",
            "[2|1] csillag. [élni szeretnék az adathordozhatósághoz való jogommal|kérem az adataim hordozását]: [küldjék el|továbbítsák] őket [közvetlenül|egyenesen] az új szolgáltatónak[, szabványos formátumban|].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tudom letölteni az adataimat [CSV|JSON] fájlban, hogy átvigyem egy másik szolgáltatóhoz?",
            "át tudnátok küldeni az adataimat közvetlenül az új szolgáltatómnak?",
            "lehet exportálni az adataimat [géppel olvasható|CSV vagy JSON] formátumban? [váltok|másik appra térek át]",
            "hol van az adatexport? at akarom vinni az adataimat egy masik szolgaltatohoz",
            "mit kell tennem, hogy megkapjam az adataimat egy fájlban, amit [máshol|az új szolgáltatónál] be tudok tölteni?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nSzolgáltatót váltok, és élni szeretnék az adathordozhatósághoz való jogommal[ (GDPR 20. cikk)|]. Kérem, küldjék meg {data} tagolt, géppel olvasható formátumban (pl. CSV vagy JSON). {acct}\n\n{sign}",
            "{greet}\n\nKérem, hogy amennyiben technikailag megoldható, az adataimat közvetlenül az új szolgáltatómnak továbbítsák. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Az adathordozhatósághoz való jog gyakorlása {law_art} 20. cikke alapján\n\nAz (EU) 2016/679 rendelet 20. cikk (1) bekezdése alapján kérem, hogy a {co} rendelkezésére bocsátott személyes adataimat tagolt, széles körben használt, géppel olvasható formátumban adják ki részemre. {acct} [A 20. cikk (2) bekezdése alapján kérem az adatok közvetlen továbbítását az új adatkezelő részére, amennyiben ez technikailag megvalósítható.|]\n\nKérem, a kérelmet {deadline} teljesítsék.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (18. cikk)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kérem, [zárolják|fagyasszák be] az adataimat, amíg [tisztázzuk a vitát|kivizsgálják a hibát]",
            "ne töröljétek az adataimat, de ne is [használjátok|kezeljétek] őket, amíg be nem adom a panaszt",
            "korlátozni szeretném az adataim kezelését[, amíg nem javítjátok a címemet|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[vitatom|reklamálom] a [{order} számú rendelés számláját|múlt havi számlát]. amíg ez nincs lezárva, [ne csináljatok semmit|ne dolgozzatok] az adataimmal, de [törölni se töröljétek|ne is töröljétek], mert [kellenek|bizonyítéknak kellenek]",
            "{hi}[ügyvédhez fordultam|pert indítok], ezért [kérem|kérném], hogy az adataim maradjanak meg, de [addig|amíg ez tart] [ne használjátok őket semmire|legyen felfüggesztve a kezelésük]",
            "rossz adatok szerepelnek rólam nálatok. [amíg ellenőrzitek|amíg utánanéztek], [tegyétek jegelve|tegyétek hold-ra] az adatkezelést. [nem törlést kérek!|törölni nem kell]",
            "nem akarom, hogy [eltűnjenek|elvesszenek] az adataim, csak hogy egyelőre [ne dolgozzátok fel|ne használjátok fel] őket. [meg tudjátok így jelölni a fiókom?|lehet ilyet?]",
            "panaszt tettem nálatok, és amíg [elbíráljátok|kivizsgáljátok], [blokkoljátok|fagyasszátok le] az adataim kezelését. törölni ne töröljetek semmit",
            "ne töröljétek a [chatelőzményt|hívásfelvételt|rendelési adatokat], [bizonyíték|kelleni fog]. de [addig|amíg nincs döntés] [senki ne nyúljon hozzájuk|ne kezeljétek őket semmilyen célra]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [amíg vitatom a számlát|amíg a panaszom el nem bírálják], [ne használják|ne kezeljék] az adataimat! törölni nem kell, csak [fagyasszák be|zárolják].",
            "@{co} kérem az adatkezelés korlátozását, [amíg kiderül, helyesek-e az adataim|amíg ellenőrzitek a hibás adatokat]. [ne töröljétek|törlést nem kérek], csak ne használjátok!",
            "⭐ [jogi ügyem van|pereskedni fogok] és kellenek az adatok [bizonyítéknak|a bírósághoz], ezért ne töröljétek őket, de [tilos|ne] használjátok őket semmire!",
            "[fagyasszatok be|zaroljatok] az adataimat amig a panaszom tart, de [ne toroljetek|torles nem kell] @{co}",
            "[2|1] csillag. [nem akarom, hogy törlődjenek|nem kérek törlést], de [amíg nincs döntés a panaszomról|a vita idejére] [korlátozzák|állítsák le] az adataim kezelését[.|!]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kérhetem, hogy amíg [a panaszomat|a vitás ügyet] kivizsgáljátok, ne használjátok az adataimat? törölni nem kell",
            "fel tudnátok függeszteni az adataim kezelését, amíg ellenőrzitek, hogy helyesek-e? [ne töröljétek|törlést nem kérek]",
            "lehet zárolni az adataimat törlés nélkül? [egy jogi ügyhöz|egy bírósági ügyhöz] még kellenek",
            "meg lehet oldani, hogy megmaradjanak az adataim, de egyelore ne hasznaljatok oket semmire?",
            "kinek írjak, hogy korlátozzátok az adataim kezelését? [nem törlést kérek|ne töröljétek], csak [egyelőre|ideiglenesen] ne használjátok",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nAmíg [ellenőrzik az adataim pontosságát|a számlámmal kapcsolatos vita tart], kérem, korlátozzák {data} kezelését[ a GDPR 18. cikke alapján|]. Az adatokat tárolhatják, de ne használják fel őket. {acct}\n\n{sign}",
            "{greet}\n\nKérem, ne töröljék [a telefonbeszélgetésünk felvételét|a rendelésem ({order}) adatait], mert szükségem van rájuk [egy jogvitához|egy panaszhoz]. Helyette korlátozzák a kezelésüket. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Az adatkezelés korlátozása iránti kérelem {law_art} 18. cikke alapján\n\n[Az (EU) 2016/679 rendelet 18. cikk (1) bekezdés a) pontja alapján vitatom a rólam kezelt személyes adatok pontosságát, és kérem az adatkezelés korlátozását arra az időtartamra, amíg az adatok pontosságát ellenőrzik.|Az (EU) 2016/679 rendelet 18. cikk (1) bekezdés c) pontja alapján kérem az adatkezelés korlátozását, mert az adatokra jogi igények előterjesztéséhez, érvényesítéséhez, illetve védelméhez szükségem van.|Az (EU) 2016/679 rendelet 18. cikk (1) bekezdés d) pontja alapján kérem az adatkezelés korlátozását addig, amíg megállapításra nem kerül, hogy a {co} jogos indokai elsőbbséget élveznek-e az én jogos indokaimmal szemben.] {acct}\n\nKérem, a korlátozás feloldása előtt a 18. cikk (3) bekezdése szerint tájékoztassanak, és a teljesítést {deadline} erősítsék meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (21. cikk (1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "tiltakozom a [profilalkotás|viselkedésem elemzése|adataim kezelése] ellen, amit „jogos érdekre” hivatkozva csináltok",
            "nem értek egyet azzal, hogy [elemzitek|figyelitek], hogyan használom az appot. hagyjátok abba",
            "{hi}hogyan tiltakozhatok az adataim [elemzési|kockázatértékelési|statisztikai] célú kezelése ellen?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[olvastam|az adatvédelmi szabályzatban láttam], hogy a [cégcsoporton|konszernen] belül [megosztjátok|szétküldözgetitek] az adataimat jogos érdekre hivatkozva. ezt [kifogásolom|ellenzem], [hagyjátok abba|ne csináljátok]",
            "{hi}nem kérem, hogy [profilozzatok|pontozzatok|scoringoljatok]. [kifogást emelek|kifogásolom] az ellen, hogy a [vásárlási szokásaimból|kattintásaimból] következtetéseket vonjatok le",
            "miért [méritek|követitek], hány percet töltök az appban meg mire kattintok? [ellenzem|kifogásolom] ezt az [adatkezelést|elemzést], [mert nem kértem|nekem ez nem oké]",
            "[a banki app|az app] [csalásmegelőzés|kockázatkezelés] címén elemzi a [költéseimet|tranzakcióimat]. [szerintem ez nem arányos|ez nekem nem oké], [kifogást nyújtok be|ellenzem] ellene",
            "a jogos érdek nem [mindenre|minden] jó indok[!|.] [ellenzem|nem fogadom el], hogy [statisztikára|belső elemzésre|viselkedéselemzésre] használjátok az adataimat",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. tiltakozom a profilozás ellen! [ne elemezzétek|ne figyeljétek] a viselkedésemet az appban.",
            "@{co} tiltakozom, hogy [a vásárlási szokásaimat elemezzétek|a csoporton belül megosszátok az adataimat] a [jogos érdeketekre|jogos érdekükre] hivatkozva. [fejezzétek be|álljatok le]!",
            "⭐ [nem kértem|senki nem kérdezett], hogy [pontozzatok|értékeljetek] a csalásmegelőzés nevében. [tiltakozom az ellen|nem járulok hozzá], hogy így kezeljétek az adataimat!",
            "tiltakozom az adataim [elemzesi celu|analitikai] felhasznalasa ellen, [ez nem jogos erdek|nincs ra jogotok]. [@{co}|]",
            "[2|1] csillag. [az app|a rendszer] [figyeli, mit csinálok|profilt épít rólam], [hivatkozva a jogos érdekre|mondván, hogy ez jogos érdek]. tiltakozom ez ellen, [álljon le|ne kezeljék így] az adataimat!",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan tiltakozhatok az ellen, hogy [profilt készítsetek rólam|elemezzétek a vásárlási szokásaimat]?",
            "lehet tiltakozni a jogos érdeketekre hivatkozó adatkezelés ellen? [nem akarom, hogy elemezzétek a viselkedésemet|a profilalkotást nem kérem]",
            "le tudnátok állítani, hogy a [cégcsoporton|csoporton] belül megosszátok az adataimat? tiltakozom ellene",
            "hol tudok tiltakozni a hitelpontozas ellen? nem ertek egyet, hogy igy kezelitek az adataimat",
            "mit kell tennem, hogy ne [elemezzétek|figyeljétek] a viselkedésemet [statisztikai célra|elemzésekhez]? ez ellen tiltakozom",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nTiltakozom {data} jogos érdekükre alapított kezelése ellen[ (GDPR 21. cikk (1) bekezdés)|], különösen [a felhasználói viselkedésem elemzése|a hitelkockázatom értékelése|a belső statisztikák] céljából. Kérem, szüntessék meg ezt az adatkezelést. {acct}\n\n{sign}",
            "{greet}\n\nAz adatkezelési tájékoztatójuk szerint jogos érdekre hivatkozva [elemzik az alkalmazás használatára vonatkozó adatokat|megosztják az adatokat a vállalatcsoporton belül]. Ezzel nem értek egyet, és tiltakozom ellene. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Tiltakozás {law_art} 21. cikk (1) bekezdése alapján\n\nAz (EU) 2016/679 rendelet 21. cikk (1) bekezdése alapján tiltakozom személyes adataim 6. cikk (1) bekezdés f) pontján (az adatkezelő jogos érdeke) alapuló kezelése ellen, ideértve [a felhasználói viselkedésem alapján végzett profilalkotást|a fizetőképességem értékelését|a telefonhívásaim rögzítését és elemzését]. {acct} Saját helyzetemmel kapcsolatos okokból úgy ítélem meg, hogy érdekeim elsőbbséget élveznek.\n\nKérem, hogy az adatkezelést szüntessék meg, kivéve, ha kényszerítő erejű jogos okokat igazolnak, és válaszoljanak {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (22. cikk)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "automatikusan elutasították a hitelkérelmemet. azt kérem, hogy [egy ember|egy ügyintéző] nézze át",
            "a rendszeretek indoklás nélkül letiltotta a [fiókomat|kártyámat]. [ki döntött erről?|ember döntött erről egyáltalán?]",
            "nem akarom, hogy egy algoritmus döntsön rólam, [emberi felülvizsgálatot kérek|kérem, nézze át egy munkatárs]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[3|5|10] másodperc alatt jött a nem a [kölcsönre|hitelre|lízingre]. ezt egy gép döntötte el? [szeretném, ha egy élő ember|kérem, hogy egy valódi ember] is ránézzen",
            "{hi}[bannolták|lezárták] az accountomat, gondolom a bot. [semmi rosszat nem csináltam|nem értem, miért]. [hadd beszéljek egy emberrel|kérem, egy ember ellenőrizze], és mondjátok meg, mi alapján döntött",
            "az [állásjelentkezésemet|pályázatomat] [azonnal|percek alatt] elutasította a rendszer. [ki nézte meg egyáltalán?|milyen szempontok alapján?] [kérem, hogy egy HR-es is nézze át|kérek emberi felülvizsgálatot]",
            "miért kapok én [drágább|magasabb] árat, mint a [barátom|párom] ugyanarra? ha ezt egy algoritmus számolja, [magyarázzátok el a logikáját|kérem, egy munkatárs nézze át]",
            "nem fogadom el, hogy egy [szoftver|program|AI] döntse el, hogy [hitelképes vagyok-e|megkapom-e a biztosítást]. [kérem a döntés emberi felülvizsgálatát|ember vizsgálja felül]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 csillag. [egy algoritmus|a gép] [elutasította a hitelkérelmemet|letiltotta a fiókomat] [indoklás nélkül|magyarázat nélkül]. kérem, hogy [egy ember|egy munkatárs] nézze át!",
            "@{co} [automatikusan|egy program] [elutasították a jelentkezésemet|letiltották a fiókomat]. [ember|élő ember] nézze meg újra, és [magyarázzátok el|mondjátok meg], miért!",
            "⭐ [más árat kapok|drágább az ár], mint a [barátaimnak|többieknek], mert egy algoritmus [így döntött|ezt számolta ki]. [kérem az emberi felülvizsgálatot|vitatom ezt a döntést]!",
            "a rendszer automatikusan [elutasitotta|letiltotta] a [kerelmem|fiokom], [kerem hogy ember dontson rola|nem fogadom el, ember nezze at] [@{co}|]",
            "[2|1] csillag. [megtagadták|elutasították] a részletfizetést, [és|de] senki nem tudja megmondani, miért, [mert|csak annyit, hogy] [az algoritmus döntött|a gép döntött]. kérem, magyarázzák el a döntés logikáját, és [bírálja el ember|vizsgálja felül egy ember]!",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hogyan kérhetem, hogy egy ember nézze át a hitelkérelmem elutasítását? [egy algoritmus döntött|automatikusan utasították el]",
            "át tudná nézni egy élő ember a döntést? a rendszer automatikusan [letiltotta a fiókomat|elutasította a jelentkezésemet]",
            "lehet magyarázatot kérni, hogy az algoritmus miért [utasította el a hitelemet|számolt nekem magasabb árat]? és emberi felülvizsgálatot is kérek",
            "hol lehet megtamadni egy automatikus dontest? [a gep|az algoritmus] elutasitotta a kerelmemet",
            "kinek írjak, hogy [egy munkatárs|egy ember] vizsgálja felül az automatikus döntést? nem értek vele egyet",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Hitelkérelmemet|Részletfizetési kérelmemet|Biztosítási ajánlatkérésemet] [másodperceken belül|automatikusan] elutasították. Kérem, hogy a döntést egy munkatárs vizsgálja felül, és tájékoztassanak, milyen szempontok alapján született[ (GDPR 22. cikk)|]. {acct}\n\n{sign}",
            "{greet}\n\nFiókomat egy automatikus csalásészlelő rendszer [felfüggesztette|korlátozta]. Emberi beavatkozást kérek, és lehetőséget arra, hogy kifejthessem az álláspontomat. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Az automatizált döntéshozatallal kapcsolatos jogaim gyakorlása {law_art} 22. cikke alapján\n\n[Hitelkérelmemet|Ügyfélfiókom megszüntetéséről szóló döntést|Álláspályázatomat] munkatárs közreműködése nélkül, automatizáltan bírálták el. {acct} Az (EU) 2016/679 rendelet 22. cikke alapján kijelentem, hogy nem kívánok kizárólag automatizált adatkezelésen – ideértve a profilalkotást is – alapuló döntés hatálya alá tartozni.\n\nKérem az adatkezelő részéről emberi beavatkozás biztosítását, álláspontom kifejtésének és a döntés vitatásának lehetőségét, valamint az alkalmazott logikára vonatkozó érdemi tájékoztatást (15. cikk (1) bekezdés h) pont). Kérem, válaszoljanak {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Hozzájárulás visszavonása és adattörlési kérelem ({law} 7. cikk (3) bekezdés és 17. cikk)\n\nEzúton visszavonom a {co} részére adott valamennyi hozzájárulásomat, és a GDPR 17. cikk (1) bekezdés b) pontja alapján kérem a rám vonatkozó összes személyes adat törlését. {acct}\n\nKérem, a törlést {deadline} erősítsék meg.{escalate}\n\n{sign_formal}",
            "{greet}\n\nVisszavonom a hozzájárulásomat az adataim kezeléséhez, és kérem, töröljék a fiókomat, valamint {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Tiltakozás a közvetlen üzletszerzés ellen és a hozzájárulás visszavonása\n\nA GDPR 21. cikk (2) bekezdése alapján tiltakozom személyes adataim közvetlen üzletszerzési célú kezelése ellen. Egyúttal a 7. cikk (3) bekezdése alapján visszavonom a hírlevelek és reklámüzenetek fogadásához adott hozzájárulásomat. {acct}\n\nKérem, {deadline} erősítsék meg, hogy adataimat minden marketinglistáról törölték.{escalate}\n\n{sign_formal}",
            "{greet}\n\nVisszavonom a hírlevélhez adott hozzájárulásomat, és tiltakozom mindennemű közvetlen üzletszerzés ellen. Kérem, erre a címre ne küldjenek több reklámot: {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Kérelem {law_art} 15. és 20. cikke alapján\n\nKérem, tájékoztassanak a rólam kezelt személyes adatokról, és a GDPR 15. cikke szerint bocsássák rendelkezésemre azok másolatát. Ezen túlmenően a 20. cikk alapján kérem, hogy az általam megadott adatokat géppel olvasható formátumban (CSV vagy JSON) is adják ki. {acct}\n\nVálaszukat {deadline} várom.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Tiltakozás (21. cikk (1) bekezdés) és az adatkezelés korlátozása (18. cikk (1) bekezdés d) pont, {law})\n\nTiltakozom személyes adataim jogos érdeken alapuló kezelése ellen [a viselkedésem elemzése|a belső profilalkotás|a kockázatértékelés] céljából. Addig, amíg meg nem állapítják, hogy jogos indokaik elsőbbséget élveznek-e az enyéimmel szemben, kérem az adatkezelés korlátozását. {acct}\n\nKérem, válaszoljanak {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nTárgy: Helyesbítés (16. cikk) és az adatkezelés korlátozása (18. cikk (1) bekezdés a) pont, {law})\n\nA fiókomban szereplő adatok pontatlanok: [a címem hibás|a nevemet rosszul írták|egy már kiegyenlített tartozást tartanak nyilván]. Kérem az adatok helyesbítését, és az ellenőrzés idejére az adatkezelés korlátozását. {acct}\n\nKérem, {deadline} erősítsék meg.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tárgy: [Fiók törlése|Személyes adatok törlése|Törlési kérelem (GDPR 17. cikk)]\nNév: {name}\nE-mail: {email}\nÜzenet: [Kérem, töröljék a fiókomat és minden adatomat.|Nem szeretnék tovább regisztrált felhasználó lenni.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tárgy: [Adatigénylés|Hozzáférési kérelem (GDPR 15. cikk)|Adataim másolata]\nNév: {name}\nE-mail: {email}\nÜzenet: [Kérem, küldjenek kimutatást a rólam tárolt adatokról.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}hol van a rendelésem ({order})[?|??]",
            "a rendelésem ({order}) még mindig nem érkezett meg[, a csomagkövetés napok óta nem mozdul|. Van valami hír?|]",
            "{greet}\n\nA múlt héten rendeltem ({order} számú rendelés), de még nem kaptam szállítási visszaigazolást. Mikor adják fel a csomagot?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[A rendelésemért ({order})|Az előfizetésemért] kétszer vonták le az összeget a kártyámról. Kérem, utalják vissza a duplán terhelt összeget.\n\n{sign}",
            "miért drágult meg az előfizetésem? [sehol nem volt róla szó|ez hiba?]",
            "{hi}újra el tudnátok küldeni a számlát? rendelésszám: {order} [nem találom|kell a könyveléshez]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "módosítható még a szállítási cím? a rendelésszám {order}",
            "lehet [Foxpost automatába|csomagpontra|Packetával] kérni a szállítást? mennyibe kerül?",
            "a futár [a szomszédnál|az ajtó előtt] hagyta a csomagot. [ez így nem oké|legközelebb hívhatna előtte]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "van a {product} [feketében|nagyobb méretben|más színben] is?",
            "{greet}\n\nMikor lesz újra készleten a {product}? Két darabot rendelnék.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "nem tudok belépni a fiókomba, és nem jön meg a jelszó-visszaállító e-mail[. a spamben sincs|]",
            "{hi}elfelejtettem a jelszavam, és a belépési kód a régi számomra megy. mit tegyek?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Két|Három] hete visszaküldtem a {product} terméket ({order} számú rendelés), de a visszatérítést még nem kaptam meg.\n\n{sign}",
            "a {product} [hibásan|sérülten] érkezett. [kérem vissza a pénzem|cserét kérek]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Kérdés: tárolják a bankkártyám adatait? Csak szeretnék biztos lenni benne, hogy minden biztonságban van.",
            "hol találom az adatkezelési tájékoztatót? [a lenti link nem működik|az appban nem találom]",
            "Tetszik, hogy nem adjátok el az ügyfelek adatait. Ezért vásárolok nálatok!",
            "GDPR-kompatibilis a {co}? Céges előfizetésen gondolkodunk a csapatunknak.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hogyan tudok feliratkozni a hírlevelre? az űrlap [hibát dob|nem töltődik be]",
            "{greet}\n\nFeliratkoztam a hírlevélre, de nem kaptam meg a 10%-os kuponkódot. El tudnák küldeni újra?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nKérem, mondják fel az előfizetésemet a jelenlegi időszak végével. A fiókomat szeretném megtartani.\n\n{sign}",
            "hogyan tudom szüneteltetni az előfizetést úgy, hogy ne vesszenek el [a pontjaim|a kedvenceim]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hogyan törlök egy terméket a kosárból?",
            "le tudom még mondani a rendelésemet ({order})? rossz méretet választottam",
            "véletlenül töröltem [a szállítási címemet|a mentett kártyámat], hogy tudom újra hozzáadni?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Köszönöm, megkaptam a visszaigazolást, hogy az adataimat törölték. Minden rendben.",
            "hol tudom módosítani a hírlevél-beállításokat? szeretnék a leárazásokról is értesítést kapni",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}nem tudok belépni, [elfelejtettem a jelszavam|nem jön meg a jelszó-visszaállító email]. [mit csináljak?|segítenétek?]",
            "[szia|hali], hogyan tudok [a havi|az éves] csomagra váltani? [a fiókomban nem találom|hol van ez a beállításokban?]",
            "{hi}[mennyire vannak biztonságban|biztonságban vannak] nálatok az adataim? csak kérdezem, [minden rendben|nincs semmi baj]",
            "hol latom a szamlaimat a fiokomban? [nem talalom sehol|keresem de nincs meg]",
            "[véletlenül|tévedésből] leiratkoztam a hírlevélről, hogyan tudok újra feliratkozni?",
            "lehet egy második e-mail címet is hozzáadni a fiókhoz? [{email}|a munkahelyi címemet] szeretném",
            "van appotok tabletre[ is|]? [a telefonomon jó|androidon használom], csak kíváncsi vagyok",
            "{hi}[hogyan lehet bekapcsolni|hol kapcsolom be] az értesítéseket az appban? [köszi a gyors segítséget amúgy!|a {order} rendelésem még nem jött meg, azt is nézném]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[robottal|bottal] beszélek? [vagy élő ember vagy?|ki vagy te?]",
            "mit tudsz [csinálni|segíteni]?",
            "milyen {product} a legjobb nálatok? [csak érdekel|csak nézelődöm]",
            "mesélj magadról[ egy kicsit|]",
            "mi a neved? [igazi ember vagy?|]",
            "[hahaha|haha] oké[ köszi|]",
            "[vasárnap|ünnepnapokon] nyitva vagytok?",
            "unatkozom. [tudsz egy jó viccet?|ajánlasz egy jó éttermet?]",
            "milyen idő van ma [Budapesten|nálatok]?",
            "[jó éjt|szép estét], [szia|pá]!",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "a Premiumot szeretném [lemondani|megszüntetni] a hónap végével, a fiókom maradjon meg",
            "[szüneteltethetem|fel tudom függeszteni] a dobozomat [júliusra|augusztusra|egy hónapra]? [nyaralni megyek|nem leszek itthon]",
            "hol lehet kikapcsolni az automatikus [megújítást|hosszabbítást]?",
            "hogy tudom [lemondani|leállítani] az ingyenes próbaidőszakot, mielőtt [levonják|leemelik] a pénzt a kártyámról?",
            "[át tudok váltani|átválthatok] [az olcsóbb|az alap|a családi|az éves] csomagra [a következő hónaptól|azonnal]?",
            "allitsatok le a havi [kave|kutyatap|kontaktlencse]rendelesemet, [mar nincs ra szuksegem|van meg eleg itthon]",
            "{greet}\n\nSzeretném módosítani az előfizetésem terhelési napját [1-jéről|15-éről] [10-ére|25-ére], [mert később kapom a fizetésemet|ha lehetséges]. Minden más maradjon változatlan.\n\n{sign}",
            "{greet}\n\nKérem, ne hosszabbítsák meg [az internet-előfizetésemet|a konditermi bérletemet|a Premium-előfizetésemet] a jelenlegi [időszak|hónap] végén. A fiókomat szeretném megtartani, [csak a terhelések álljanak le|lehet, hogy később újra előfizetek].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "nem tudok belépni a fiókomba, [azt írja, hogy hibás a jelszó|hibaüzenetet kapok]",
            "hol tudom megváltoztatni a jelszavam? [erősebbet szeretnék|a régi már évek óta ugyanaz]",
            "nem jön meg az [ellenőrző kód|egyszer használatos kód] SMS-ben, [háromszor próbáltam|10 perce várok]",
            "uj telefonom van es [nincs rajta|elveszett] az authenticator app, hogy tudok belepni?",
            "zárolták a fiókomat pár rossz próbálkozás után, [mikor oldódik fel|mit csináljak]?",
            "az app [folyton|állandóan] kiléptet, [nagyon idegesítő|mi lehet a gond]",
            "{greet}\n\n[Elfelejtettem a jelszavam|Nem emlékszem a jelszavamra], és a jelszó-visszaállító link nem érkezik meg, [a spam mappát is megnéztem|a spamben sincs]. [Újra el tudnák küldeni?|Mit tegyek?]\n\n{sign}",
            "{greet}\n\nÚgy gondolom, valaki más is belépett a fiókomba. Hogyan tudok [kijelentkezni minden eszközről|lezárni minden aktív munkamenetet], és jelszót cserélni?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "a [hírlevélből|SMS-ből] kapott kuponkód nem működik a kosárban, miért?",
            "lesz [Black Friday|nyári akció|kiárusítás] [idén|mostanában]?",
            "hány hűségpontom van, és [mire tudom beváltani őket|hogyan tudom felhasználni őket]?",
            "hogyan [iratkozhatok fel|tudok feliratkozni] a hírlevélre, hogy megkapjam a 10%-os kedvezménykódot?",
            "[meghívtam egy barátomat|egy barátnőm regisztrált a linkemmel], de az ajánlói bónusz nem [jött meg|jelent meg]",
            "az utalványom a hónap végén lejár, [beválthatom|felhasználhatom] akciós termékekre is?",
            "{greet}\n\nTegnap kaptam egy [e-mailt|SMS-t] -20%-os ajánlattal [a teljes kategóriára|a kiemelt termékekre], de [a weboldalon ugyanaz az ár|nem jelenik meg a kedvezmény]. [Érvényes még az ajánlat?|Meddig érvényes?]\n\n{sign}",
            "{greet}\n\nÖsszevonható az üdvözlő kuponkód a [hűségpontokkal|ajándékutalvánnyal]? [Ezen a hétvégén szeretnék rendelni.|Nagyobb rendelést tervezek.]\n\n{sign}",
        ]},
    ],
};

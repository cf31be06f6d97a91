//! Estonian: Estonia (IKÜM / isikuandmete kaitse üldmäärus wording, Andmekaitse Inspektsioon as
//! the supervisory authority), prices in euro.
//!
//! Estonian declines company names (Northwindi, Northwindile); templates keep `{co}` in the
//! nominative and say "teie ettevõte" where another case is needed.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "et",
    locales: &[("et-EE", 100)],
    first_names: &[
        "Martin", "Andres", "Toomas", "Rasmus", "Kristjan", "Marko", "Priit", "Siim", "Margus", "Jaan",
        "Mart", "Karl", "Markus", "Sander", "Mari", "Kadri", "Liis", "Kristiina", "Triin", "Anu",
        "Katrin", "Maarja", "Laura", "Helen", "Piret", "Kertu", "Aleksei", "Jelena",
    ],
    last_names: &[
        "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
        "Oja", "Kuusk", "Raudsepp", "Vaher", "Luik", "Kallas", "Lill", "Teder", "Mets", "Ivanov",
        "Smirnov", "Org", "Kivi",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "hot.ee", "mail.ee", "outlook.com", "hotmail.com",
        "yahoo.com", "icloud.com", "online.ee",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Tere!", "Tere päevast!", "Tere, {co}!", "Lugupeetud klienditugi!", "Hea klienditeenindus!",
            "Tere,", "Lugupeetud härra/proua!",
        ]),
        ("greet_formal", &[
            "Lugupeetud härra/proua!", "Lugupeetud andmekaitseametnik!",
            "{co}\nAndmekaitseametnikule\n\nLugupeetud andmekaitseametnik!",
        ]),
        ("hi", &["tere, ", "tsau, ", "tere päevast, ", "", "", "", "Tere! ", "Hei, "]),
        ("thanks", &[
            "Lugupidamisega", "Parimate soovidega", "Tänan!", "Aitäh ette!", "Ilusat päeva!",
            "Tervitustega", "Tänan juba ette",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSaadetud minu iPhone'ist", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Lugupidamisega\n\n{name}", "Lugupidamisega\n\n{name}\n{email}", "Lugupidamisega\n\n\n/allkirjastatud digitaalselt/\n{name}"]),
        ("street", &[
            "Pärnu mnt", "Narva mnt", "Tartu mnt", "Liivalaia tn", "Mustamäe tee", "Sõpruse pst",
            "Riia tn", "Rüütli tn", "Kalda tee", "Vabaduse pst", "Kesk tn", "Mere pst",
        ]),
        ("city", &[
            "1[0|1|2|3]{d}{d}{d} Tallinn", "1[0|1|2|3]{d}{d}{d} Tallinn", "5[0|1]{d}{d}{d} Tartu",
            "80{d}{d}{d} Pärnu", "20{d}{d}{d} Narva", "7[4|5]{d}{d}{d} Harju maakond", "41{d}{d}{d} Jõhvi",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}-[1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}-[1|2|3|4|5|6|7|8|9]{d}, {city}"]),
        ("acct", &[
            "Minu konto on registreeritud e-posti aadressiga {email}.", "Minu e-posti aadress on {email}.",
            "Kliendikonto omanik: {name}, e-post {email}.", "Konto: {email}",
            "Mind saab tuvastada e-posti aadressi {email} järgi.",
        ]),
        ("product", &[
            "kõrvaklapid", "kohvimasin", "talvejope", "telefoniümbris", "jooksujalatsid", "laualamp",
            "akupank", "nutikell", "joogamatt", "tolmuimeja",
        ]),
        ("law_gen", &["IKÜMi", "isikuandmete kaitse üldmääruse (IKÜM)", "määruse (EL) 2016/679 (IKÜM)"]),
        ("deadline", &[
            "ühe kuu jooksul taotluse kättesaamisest", "põhjendamatu viivituseta, kuid hiljemalt ühe kuu jooksul",
            "hiljemalt {date}", "IKÜMi artikli 12 lõikes 3 sätestatud tähtaja jooksul",
        ]),
        ("escalate", &[
            " Kui ma selle aja jooksul vastust ei saa, pöördun Andmekaitse Inspektsiooni poole.",
            " Vastasel juhul jätan endale õiguse esitada kaebus Andmekaitse Inspektsioonile.", "",
        ]),
    ],
    families: &[
        // ---- access (artikkel 15)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}milliseid andmeid te minu kohta [säilitate|kogute|töötlete][?|??]",
            "{hi}kas saaksite mulle saata [koopia minu andmetest|väljavõtte kõigist minu andmetest][?| palun]",
            "tahan näha, mida te minu kohta [teate|säilitate|olete kogunud]",
            "kuidas ma saan kõik oma andmed alla laadida[?| äpist?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nägin reklaami, mis teadis minust [liiga palju|kahtlaselt palju]. mis infot teie firmal minu kohta täpselt [kirjas|salvestatud] on[?|??]",
            "{hi}huvitaks, mis [infot|andmeid] äpp on minust [aastate jooksul|viimastel aastatel] [kokku korjanud|salvestanud]. kas saaks [nimekirja|ülevaate]?",
            "mul on teil mingi vana konto ({email}), [tahaks teada|huvitab], mis andmed minust teil veel alles on. [saate nimekirja saata|saatke palun nimekiri]?",
            "kust teil mu [telefoninumber|meiliaadress|kodune aadress] on?? ja mis teil minust veel on, seda tahan ka [teada|näha][, IKÜM annab mulle selleks õiguse|]",
            "{hi}mida teie [klienditoe inimesed|töötajad] minu kohta süsteemis näevad? [ainult tellimusi või rohkem?|nimi, aadress, ostud?] [palun andke ülevaade|näidake mulle ka]",
            "[1|2] tärni. küsisin, mis andmeid minust kogute, ja [keegi ei vasta|sain ainult üldist juttu]. [ootan endiselt nimekirja|niisiis: mis teil minust on?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. [juba nädalaid|kuu aega] palun, et ütleksite, mis andmeid te minu kohta hoiate, ja [mingit vastust pole|vastab ainult robot]. [tahan oma andmete koopiat|nõuan juurdepääsu oma andmetele]!",
            "@{co} tahan teada, mis [isikuandmeid|andmeid] te minu kohta hoiate. [saatke mulle koopia|palun nimekirja], aitäh!",
            "⭐ äpp on [ok|täitsa hea], aga kuskil pole kirjas, mida see minu kohta kogub. [palun koopiat kõigist andmetest, mis teil minu kohta on|näidake, mis teil minust süsteemis on][.|!]",
            "mida te kõike minust teate?? tahan oma andmete koopiat, [IKÜM annab mulle selle õiguse|mul on selleks õigus]. @{co}",
            "[2 tärni|1 tärn], kuni ma ei saa [juurdepääsu|ülevaadet] andmetele, mida te minu kohta töötlete. [kasutan oma õigust andmetega tutvuda|tahan teada, mis teil on ja milleks].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan vaadata, milliseid [andmeid|isikuandmeid] teil minu kohta on?",
            "kas te saate öelda, mis andmeid te minu kohta [hoiate|säilitate]?",
            "kas on võimalik saada koopia [kõigist|] minu isikuandmetest, mis teil on?",
            "kust ma saan kusida koopiat andmetest, mis te minu kohta kogunud olete?",
            "[mida ma pean tegema|kellele kirjutada], et te saadaksite mulle minu andmete koopia?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPalun saatke mulle koopia minu isikuandmetest, mida töötlete[, sealhulgas tellimuste ajalugu ja kontaktandmed|]. {acct}\n\n{sign}",
            "{greet}\n\nSoovin kasutada oma õigust tutvuda minu kohta käivate isikuandmetega[ vastavalt IKÜMi artiklile 15|]. Palun teatage, milliseid minu andmeid töötlete, mis eesmärgil ja kellele neid on edastatud. {acct}\n\n{sign}",
            "{greet}\n\nSooviksin teada, milliseid isikuandmeid teie ettevõte minu kohta säilitab ja kust te need saite. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus isikuandmetega tutvumiseks (IKÜM artikkel 15)\n\nTuginedes {law_gen} artiklile 15, palun kinnitada, kas töötlete minuga seotud isikuandmeid. {acct} Kui jah, palun esitada mulle:\n\n1. töödeldavate isikuandmete koopia;\n2. töötlemise eesmärgid;\n3. asjaomaste isikuandmete liigid;\n4. vastuvõtjad või vastuvõtjate kategooriad, eelkõige kolmandates riikides;\n5. isikuandmete säilitamise kavandatav ajavahemik;\n6. teave andmete allika kohta, kui neid ei ole kogutud minult;\n7. teave automatiseeritud otsuste tegemise, sealhulgas profiilianalüüsi kohta.\n\nPalun vastata {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nAndmesubjekti juurdepääsuõiguse kasutamine (IKÜM artikkel 15)\n\nAndmesubjektina palun väljastada mulle koopia kõigist isikuandmetest, mida teie ettevõte minu kohta töötleb, koos IKÜMi artikli 15 lõike 1 punktides a–h nimetatud teabega. {acct}\n\nOotan vastust {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (artikkel 17)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}palun kustutage minu konto[ ja kõik minu andmed| jäädavalt|][.|!|]",
            "tahan, et [minu konto|kõik minu andmed][ kohe| täielikult|] kustutataks[.|!|]",
            "kuidas ma saan oma konto [täielikult|jäädavalt] kustutada[?|??]",
            "kustutage kõik, mis teil minu kohta on[, aitäh|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "läksin konkurendi juurde üle, nii et [sulgege|lõpetage] mu konto ära ja [eemaldage|visake välja] kõik mu andmed oma andmebaasist",
            "{hi}mul on teil [vana|unustatud|aastaid kasutamata] kasutaja ({email}). kas saate selle koos kõigi andmetega [eemaldada|ära kaotada]?",
            "deaktiveerimisest ei piisa, tahan, et mu profiil [kaoks jäädavalt|lakkaks olemast] ja süsteemi ei jääks ühtegi minu andmet[!|.|]",
            "pärast [andmeleket|konto häkkimist] ma teid enam ei usalda. [eemaldage|pühkige ära] mu registreering ja kõik isikuandmed[, aitäh|.|]",
            "unustage mind ära[!|.] ei taha enam teie andmebaasis olla, [kasutaja|profiil] ja kõik sellega seotu [eemaldage|hävitage]",
            "desinstallisin äpi, aga [tean|eeldan], et mu andmed on teil alles. kuidas [taotleda|paluda], et te need [jäädavalt eemaldaksite|hävitaksite]?",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. kustutage mu konto[!|.] [äpis pole kustutamise nuppu|seadetes ei leia kuskilt konto kustutamist].",
            "@{co} palun mu [profiil|konto] ja kõik andmed jäädavalt kustutada. [ma ei kasuta äppi enam|ma pole enam teie klient][.|!]",
            "⭐ [ei soovita|kehv äpp]. [tahan oma konto sulgeda|tahan profiili ära kustutada] ja [kõik oma andmed|kõik isikuandmed] eemaldada, aga [see pole võimalik|sellist valikut pole].",
            "tahan konto ja koik oma andmed ara kustutada, [kuidas seda teha??|aidake pls]",
            "[2 tärni|1 tärn]. kirjutasin toele, et [kustutaksid|eemaldaksid] mu andmed, aga profiil [on endiselt alles|töötab ikka]. nõuan [täielikku kustutamist|kõigi mu andmete kustutamist] [kohe|lõpuks]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan oma konto [kustutada|ära kustutada]?",
            "kas te saate mu [konto|profiili] koos kõigi andmetega kustutada?",
            "kas on võimalik kõik mu isikuandmed jäädavalt kustutada?",
            "kust saab kontot kustutada? [seadetest ei leia|kuskilt ei nae]",
            "kellele ma pean kirjutama, et te mu konto ja andmed [jäädavalt|täielikult] kustutaksite?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMa ei kasuta enam [teie teenust|äppi|oma kontot teie juures] ja palun kustutada minu konto ning kõik minu isikuandmed. [Palun kinnitage kustutamine.|Oleksin tänulik lühikese kinnituse eest.|]\n\n{sign}",
            "{greet}\n\nPalun kustutada põhjendamatu viivituseta kõik minu isikuandmed[ vastavalt IKÜMi artiklile 17|, tuginedes määruse (EL) 2016/679 artiklile 17|]. {acct}\n\n{sign}",
            "{greet}\n\nLõin [aasta eest|mõni aeg tagasi] konto ainult ühe tellimuse jaoks. Palun sulgege konto ja kustutage kõik minuga seotud andmed. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus isikuandmete kustutamiseks („õigus olla unustatud“)\n\nTuginedes {law_gen} artikli 17 lõikele 1, nõuan kõigi minuga seotud isikuandmete kustutamist põhjendamatu viivituseta. {acct} Andmed ei ole enam vajalikud eesmärkidel, milleks need koguti.\n\nKui olete minu andmeid avaldanud kolmandatele isikutele, palun teavitage neid kustutamisest vastavalt IKÜMi artiklile 19. Kui täielikku kustutamist takistab seadusest tulenev säilitamiskohustus, palun teatage, milliseid andmeid, mis alusel ja kui kaua säilitatakse.\n\nPalun kinnitage kustutamist kirjalikult {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nKonto sulgemine ja andmete kustutamine\n\nKasutades IKÜMi artiklis 17 sätestatud õigust, palun sulgeda minu konto ning kustutada kõik sellega seotud isikuandmed, sealhulgas varukoopiatest, kui see on tehniliselt võimalik. {acct}\n\nPalun teavitage mind võetud meetmetest {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[juba kolmandat korda|jälle|juba kaks korda] kirjutan: KUSTUTAGE MINU KONTO ja kõik andmed[!|!!]",
            "äpis [pole kustutamise nuppu|ei saa kontot kustutada]. tahan, et [konto|kõik] kaoks koos minu andmetega",
        ]},
        // ---- rectification (artikkel 16)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "minu perekonnanimi on kontol valesti kirjutatud, õige on {last}",
            "kas saate mu sünnikuupäeva parandada? [see on vale|aasta on vale]",
            "minu [aadress|telefoninumber] on teil [vana|vale][, palun muutke ära|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[kolisin|kolisime] ära, aga [arved|kirjad] lähevad endiselt vanale aadressile. [kas saate uuendada|uuendage palun] aadressi: {street} {d}{d}, {city}",
            "[abiellusin ja võtsin uue nime|vahetasin perekonnanime], aga profiilis on ikka [neiupõlvenimi|vana nimi]. [uuendage|korrigeerige] palun, nüüd olen {name}",
            "mul on uus telefoninumber, vana enam ei toota. [saate profiilis uuendada|vahetage see profiilis ara][?| pls]",
            "sain [arve|pakkumise] [vale nimega|vale aadressiga], järelikult on teil süsteemis [midagi valesti|viga]. [korrigeerige|uuendage] palun mu andmed",
            "äpis on mu sünniaastaks [1985|1990|1979], aga see [pole õige|ei klapi]. kuidas seda [korrigeerida|muuta], kui äpp ei lase?",
            "{hi}mu meiliaadress [muutus|on vananenud], uus on {email}. [kas saate selle uuendada|uuendage see palun] mu kontol?",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. mu nimi on profiilis [valesti kirjas|trükiveaga], aga [äpis ei saa seda parandada|ma ei saa seda muuta]. parandage see palun ära!",
            "@{co} kolisin, palun [uuendage|muutke] mu profiilis aadressi: {street}, {city}.",
            "⭐ sünnikuupäev on [kontol|profiilis] vale ja olen sellest [kaks korda|juba mitu korda] teatanud. [parandage see lõpuks|palun andmed parandada]!",
            "telefoninumber on teil susteemis [vale|vana], [parandage|muutke] see palun ara, [aitah|pls]",
            "[2|3] tärni. [mu meiliaadress on valesti sisestatud|teil on minu kohta aegunud andmed] ja [seetõttu ei saa ma arveid|ma ei saa midagi kontrollida]. palun parandage mu andmed: {email}.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan profiilis oma [nime|sünnikuupäeva] parandada? [seal on viga|see on valesti]",
            "kas te saate mu aadressi muuta? [ma ei ela enam seal|kolisin ära], uus on {street} [5|12|38], {city}",
            "kas on võimalik mu telefoninumbrit uuendada? vana ma enam ei kasuta",
            "kus ma saan oma isikuandmeid parandada? mu aadress on [vale|vana]",
            "mida ma pean tegema, et te parandaksite minu kohta valed andmed? [nimi on valesti kirjutatud|sünnikuupäev ei ole õige]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Teie andmetes olev minu aadress on aegunud. Palun parandage andmed[ vastavalt IKÜMi artiklile 16|]. Uus aadress: {street} {d}{d}, {city}.|Minu nimi on kirjutatud valesti. Palun parandage andmed[ vastavalt IKÜMi artiklile 16|]. Õige on: {name}.|Minu sünnikuupäev on kontol vale. Palun parandage see[ vastavalt IKÜMi artiklile 16|]. Õige kuupäev: {date}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Vahetasin perekonnanime, kuid teie süsteemis on endiselt vana nimi.|Kolisin, kuid teie süsteemis on endiselt vana aadress.] Palun uuendage minu andmeid. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus ebaõigete isikuandmete parandamiseks (IKÜM artikkel 16)\n\nMärkasin, et teie ettevõtte töödeldavad minu isikuandmed on ebaõiged: [minu sünnikuupäev on valesti sisestatud|minu nimi on valesti kirjutatud|märgitud on makseviivitus, mida ei ole]. {acct}\n\nTuginedes {law_gen} artiklile 16, palun need andmed viivitamata parandada ja teavitada andmete vastuvõtjaid vastavalt artiklile 19. Palun kinnitage parandamist kirjalikult {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "palun ärge [müüge|andke] minu andmeid kolmandatele isikutele",
            "ma ei taha, et minu andmeid [müüdaks|edastataks] [reklaamipartneritele|andmevahendajatele|teistele firmadele]",
            "kus saan keelata oma andmete jagamise partneritega?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "sellest ajast, kui teie juures registreerusin, [helistavad|spämmivad] mulle [võõrad|suvalised] firmad. kui te mu andmeid [maha müüte|edasi annate], siis lõpetage[ kohe|][!|.]",
            "{hi}kus saab seadistada, et mu andmed ei [jõuaks|läheks] [andmemaakleritele|reklaamijatele|välistele firmadele]? [äpis ma seda ei leia|seadetes sellist valikut pole]",
            "ma ei luba mu andmetega [kaubelda|raha teenida]. ei [partnerfirmad|reklaamijad|andmemaaklerid] ega keegi teine ei tohi neid saada",
            "lugesin, et {co} [raha eest|vahendustasu eest] annab klientide andmeid edasi. minu omi [mitte|ärge julgege]! [tahan opt-outi|jätke mind sellest välja]",
            "kas teil „do not sell” nuppu pole? [tahan keelata|palun lülitage välja] minu andmete [müügi|edastamise] [teistele firmadele|teie partneritele]",
            "kuidas mulle helistab [kindlustusfirma|pank|laenufirma], kellega mul pole mingit pistmist?? kui nad said mu numbri teilt, siis arge andke mu andmeid enam kellelegi",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. te [müüte|annate edasi] mu andmeid [reklaamijatele|andmevahendajatele]?! [lõpetage see kohe|ärge andke neid enam kellelegi][.|!]",
            "@{co} ma ei nõustu, et te mu andmeid [kolmandatele osapooltele|partneritele] [jagate|edastate]. [lülitage see minu jaoks välja|lõpetage see ära]!",
            "⭐ [sellest ajast, kui konto tegin|pärast äpi installimist] [helistatakse mulle|tuleb reklaami] igalt poolt. ärge müüge mu isikuandmeid [kellelegi|ühelegi partnerile]!",
            "arge [muuge|andke edasi] minu andmeid kolmandatele osapooltele, [aitah|see on koik]. @{co}",
            "[2 tärni|1 tärn]. kuskil pole valikut, et te mu andmeid [ei müüks|ei jagaks]. [ärge andke mu andmeid turundusfirmadele|ärge müüge infot, mille olete minu kohta kogunud]!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan keelata, et te minu andmeid [müüte|edasi annate] [kolmandatele isikutele|partneritele]?",
            "kas te saate lõpetada minu andmete müümise [reklaamijatele|andmevahendajatele]?",
            "kas on võimalik, et te ei jagaks minu andmeid [partnerettevõtetega|kolmandate osapooltega]?",
            "kus saab seadistada, et te mu andmeid teistele firmadele edasi ei annaks?",
            "mida ma pean tegema, et te mu isikuandmeid kellelegi ei [müüks|jagaks]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEsitan vastuväite minu isikuandmete edastamisele ja müümisele kolmandatele isikutele, eriti reklaami eesmärgil. {acct}\n\n{sign}",
            "{greet}\n\n[Sain teada|Märkasin], et minu andmed on jõudnud [telemarketingi firmale|andmekaupmehele]. Palun ärge edastage enam minu andmeid [partneritele|kolmandatele isikutele]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nKeeld edastada ja müüa minu isikuandmeid kolmandatele isikutele\n\nTeatan, et ma ei nõustu oma isikuandmete müümise, rentimise ega muul viisil edastamisega kolmandatele isikutele, sealhulgas reklaamivõrgustikele ja andmevahendajatele. {acct} Kui selline edastamine põhineb minu nõusolekul, võtan selle tagasi; kui see põhineb õigustatud huvil, esitan {law_gen} artikli 21 alusel vastuväite.\n\nPalun teatage, milliste vastuvõtjatega on minu andmeid seni jagatud, ja kinnitage edastamise lõpetamist {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (artikli 21 lõige 2)
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[palun |]rohkem mitte mingeid [reklaame|uudiskirju|reklaamikirju|SMS-e][!|.|]",
            "[võtke mind uudiskirja listist maha|tahan uudiskirjast loobuda]",
            "lõpetage mulle [pakkumiste|reklaamide|kampaaniate] saatmine[!|.|]",
            "kuidas teie kirjadest loobuda[?|, link ei tööta]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "iga päev tuleb teilt [3|4|5] [sooduskirja|turundusmeili|pakkumiste meili], [see on liiast|see on juba spämm]. [eemaldage|kustutage] mind turundusnimekirjast[!|.|]",
            "{hi}[ärge helistage|ärge enam helistage] mulle [pakkumistega|kampaaniatega|loosimistega] ja [SMS-iga|sõnumiga] ka reklaami ei taha",
            "unsubscribe [link|nupp] [ei tööta|annab errori], aga [newsletterit|uudiskirja] ma enam ei soovi. {email}",
            "tellisin teilt ainult korra, nüüd [pommitate|uputate] mind kupongidega. [turundust ma rohkem ei taha|jätke mind kampaaniatest välja]",
            "[ei vaja|stopp, ei taha] rohkem [reklaamsõnumeid|sooduspakkumisi|push-teateid] ei meilile ega telefoni[.|!|, aitäh]",
            "[kuidas|kus] saan [turundusmeilid|SMS-pakkumised|newsletteri] [profiilis|äpis] välja lülitada? seadetes ei leia",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. [iga päev|mitu korda nädalas] tuleb spämmi. [võtke mind|eemaldage mind] uudiskirja listist maha!",
            "@{co} kuidas [uudiskirjast|reklaamimeilidest|sooduspakkumiste SMS-idest] loobuda? [ma ei taha enam reklaami|aitab küll]!",
            "⭐ [lõpetage reklaamimeilide saatmine|aitab reklaamimeilidest]! olen [kolm korda|mitu korda] [loobunud|end listist eemaldanud], [aga need tulevad ikka|ja ikka spämm].",
            "[kustutage|votke] mind turundusnimekirjast maha, ei taha enam uudiskirja ega sms-e. [aitah|pls]",
            "[2 tärni|1 tärn]. [pakkumistega kõned|sooduspakkumiste SMS-id] palun [lõpetada|välja lülitada], [ma pole millegagi liitunud|ma pole seda kunagi palunud].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan uudiskirjast loobuda?",
            "kas te saate lõpetada mulle reklaamkirjade saatmise? [neid tuleb liiga palju|iga päev tuleb mitu]",
            "kas on võimalik, et te ei saadaks mulle enam pakkumistega SMS-e ega helistaks kampaaniatega?",
            "kust saab [reklaamkirjadest|uudiskirjast] loobuda? linki ei leia",
            "kellele kirjutada, et ma ei saaks teilt enam [reklaami|sooduspakkumiste kirju]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPalun eemaldage aadress {email} kõigist turundusnimekirjadest. Olen uudiskirjast loobunud [juba kaks korda|mitu korda], kuid saan seda endiselt.\n\n{sign}",
            "{greet}\n\nEsitan vastuväite oma andmete kasutamisele otseturunduse eesmärgil[ (IKÜMi artikli 21 lõige 2)|]. Palun ärge saatke mulle enam reklaami ei e-posti ega SMS-i teel. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nVastuväide isikuandmete töötlemisele otseturunduse eesmärgil\n\nTuginedes {law_gen} artikli 21 lõigetele 2 ja 3, esitan vastuväite oma isikuandmete töötlemisele otseturunduse eesmärgil, sealhulgas sellega seotud profiilianalüüsile. {acct}\n\nPalun lõpetage reklaamsõnumite saatmine kõigi kanalite kaudu (e-post, SMS, telefon, post) ja kinnitage seda {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (artikli 7 lõige 3)
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "võtan tagasi oma nõusoleku [küpsiste kasutamiseks|jälgimiseks|oma andmete töötlemiseks][.|!|]",
            "palun [lülitage välja|lõpetage] [minu asukoha|minu konto] jälgimine",
            "ma ei nõustu enam, et kasutate mu andmeid [isikupärastatud reklaamiks|analüüsiks|profileerimiseks]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "registreerudes panin linnukese, et võite mu [fotosid|pilte] reklaamis kasutada, aga olen meelt muutnud. [tühistan selle loa|selle loa võtan tagasi]",
            "{hi}ma ei luba enam oma asukohta koguda, [häirib|ei meeldi], et te pidevalt GPS-i kasutate. [tühistan selle loa|see luba on tagasi võetud]",
            "treeningäpis andsin teile loa mu [terviseandmeid|pulsiandmeid] töödelda, aga [nüüd tühistan selle|nüüd võtan selle tagasi][.|, enam ei taha]",
            "küpsiste bänneril vajutasin kogemata „nõustu kõigega”. kuidas [nõusolek|luba] [trackingu|jälgimisküpsiste] jaoks tagasi võtta?",
            "[tühistan|võtan tagasi] loa [klienditoe kõnede|minu kõnede] salvestamiseks[, edaspidi ärge salvestage|]",
            "ei taha, et mu profiilil analüütika edasi [jookseks|töötaks]. sellele antud [loa|nõusoleku] [tühistan|võtan tagasi][.|, aitäh]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. võtan tagasi nõusoleku oma asukoha jälgimiseks. [lülitage see välja|lõpetage mu jälgimine]!",
            "@{co} [minu fotosid|minu pilte] [ei tohi te enam|palun enam mitte] reklaamides kasutada, võtan [loa|nõusoleku] tagasi.",
            "⭐ äpis [ei saa|pole võimalik] küpsiste nõusolekut tagasi võtta. [võtan selle siinkohal tagasi|võtan selle siin tagasi]: ma ei taha jälgimist!",
            "votan tagasi nousoleku oma terviseandmete tootlemiseks, [palun kinnitust|aitah]",
            "[2 tärni|1 tärn]. [kunagi|alguses] andsin nõusoleku [isikupärastamiseks|andmete kogumiseks analüütika jaoks], aga [olen meelt muutnud|ma ei taha seda enam]. võtan nõusoleku tagasi!",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan tagasi võtta nõusoleku oma asukoha jälgimiseks?",
            "kas ma saan küpsiste nõusoleku tagasi võtta? ma ei taha enam, et mind jälgitakse",
            "kas on võimalik tagasi võtta nõusolek minu fotode kasutamiseks? kunagi andsin selle, nüüd võtan tagasi",
            "kus saab tagasi votta nousoleku terviseandmete tootlemiseks?",
            "mida ma pean tegema, et oma nõusolek [isikupärastamiseks|kõnede salvestamiseks] tagasi võtta?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVõtan tagasi oma nõusoleku minu isikuandmete töötlemiseks [isikupärastatud reklaami eesmärgil|analüüsi eesmärgil|asukoha määramiseks][ (IKÜMi artikli 7 lõige 3)|]. {acct}\n\n{sign}",
            "{greet}\n\nRegistreerudes nõustusin, et [minu andmeid kasutatakse turundusanalüüsiks|minu häälsalvestisi kasutatakse mudelite treenimiseks]. Ma ei soovi seda enam – palun lugege minu nõusolek tagasivõetuks. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nNõusoleku tagasivõtmine ({law_gen} artikli 7 lõige 3)\n\nVõtan käesolevaga edaspidiseks tagasi kõik nõusolekud, mis olen andnud teie ettevõttele oma isikuandmete töötlemiseks, eelkõige profiilianalüüsiks ja isikupärastatud reklaamiks. {acct}\n\nPalun kinnitage kirjalikult, milline andmetöötlus on lõpetatud, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (artikkel 20)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kas saate mu andmed eksportida [CSV|JSON|Exceli] failina? vahetan teenusepakkujat",
            "tahan oma [ajaloo|andmed|esitusloendid] teise teenusepakkuja juurde üle viia, kuidas seda teha?",
            "{hi}kas saan kõik oma andmed ühes failis alla laadida, et need mujale üles laadida?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[kolin|lähen üle] [teise panka|teise äppi|teise teenusesse], [saatke|edastage] mu andmed otse neile, [kui võimalik|palun]",
            "{hi}kas saaksin oma [profiilist|kontost] [json|csv] [dumpi|faili], et see [mujale|uude äppi] importida?",
            "mu tellimus [lõpeb|läks liiga kalliks], tahaks oma [trennid|tellimuste ajaloo|kontaktid] kaasa võtta [standardses|masinloetavas] vormingus. [kas saab?|kas selline võimalus on?]",
            "ma ei taha pdf-i, vaid [faili|file'i], mida teine [süsteem|teenus] oskab sisse lugeda. [csv või json|json või csv] sobib",
            "nüüdsest olen teie firma asemel [konkurendi juures|teises firmas]. tahan oma andmed [migreerida|üle kolida], kas teil on mingi andmete ülekandmise võimalus?",
            "andmete ülekandmine: [palun|soovin] andmeid, mis ma teile andsin, [csv|json|xml] failina, et need uue teenusepakkuja juures [üles laadida|importida]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. oma andmeid ei saa [eksportida|alla laadida]. [vajan neid CSV või JSON failina|andke need mulle failina], et saaksin [mujale|teise teenusepakkuja juurde] minna!",
            "@{co} [vahetan teenusepakkujat|lähen üle teise teenusepakkuja juurde], saatke mu andmed [masinloetaval kujul|JSON failina] [mu uuele teenusepakkujale|mulle].",
            "⭐ et [üle viia|kolida] oma [esitusloendid|tellimuste ajalugu|trenniandmed] teise äppi, vajan [ekspordifaili|allalaaditavat faili] kõigi oma andmetega.",
            "kust saab oma andmed csv-sse eksportida? tahan need kuhugi mujale viia [@{co}|]",
            "[2 tärni|1 tärn]. [kasutan oma õigust andmete ülekandmisele|nõuan oma andmete ülekandmist]: [saatke|edastage] need [otse|kohe] uuele teenusepakkujale[ standardses vormingus|].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan oma andmed [CSV|JSON] failina alla laadida, et need teise teenusepakkuja juurde viia?",
            "kas te saate mu andmed otse minu uuele [teenusepakkujale|operaatorile] saata?",
            "kas on võimalik mu andmed masinloetavas vormingus eksportida? lähen üle teisele äpile",
            "kus on andmete eksport? tahan oma andmed teise teenusesse ule viia",
            "mida ma pean tegema, et saada oma andmed failina, mida saab [mujale|uue teenusepakkuja juures] üles laadida?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVahetan teenusepakkujat ja soovin kasutada oma õigust andmete ülekandmisele[ (IKÜMi artikkel 20)|]. Palun saatke mulle minu isikuandmed struktureeritud, masinloetavas vormingus (nt CSV või JSON). {acct}\n\n{sign}",
            "{greet}\n\nKui see on tehniliselt võimalik, palun edastage minu andmed otse minu uuele teenusepakkujale. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus andmete ülekandmiseks (IKÜM artikkel 20)\n\nTuginedes {law_gen} artikli 20 lõikele 1, palun väljastada mulle isikuandmed, mille olen teie ettevõttele esitanud, struktureeritud, üldkasutatavas ja masinloetavas vormingus. {acct} [Vastavalt artikli 20 lõikele 2 palun edastada andmed otse uuele vastutavale töötlejale, kui see on tehniliselt teostatav.|]\n\nPalun täitke taotlus {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (artikkel 18)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}palun [blokeerige|külmutage] minu andmed, kuni [vaidlus on lahendatud|olete vea üle kontrollinud]",
            "ärge kustutage minu andmeid, aga ärge neid ka [kasutage|töödelge], kuni ma kaebuse esitan",
            "palun piirake minu andmete töötlemist[, kuni mu aadress on parandatud|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vaidlustan [tellimuse {order} arve|eelmise kuu arve]. kuni see pole [lahendatud|lõpetatud], ärge [tehke|ettevõtke] mu andmetega midagi, aga ärge neid ka [ära visake|kustutage], [neid on mul vaja|need on tõendid]",
            "{hi}[andsin|annan] asja kohtusse, seega palun, et mu andmed [säiliksid|jääksid alles], aga [menetluse ajal|seniks] ei kasutataks neid mitte millekski",
            "teil on minu kohta valed andmed. [kuni te kontrollite|kontrollimise ajaks] pange töötlemine [ootele|pausile]. [kustutamist ma ei palu!|kustutada pole vaja]",
            "ma ei taha, et mu andmed [kaoksid|kaduma läheksid], vaid et te neid [praegu|ajutiselt] ei töötleks. [kas saate mu konto nii märkida?|kas nii saab?]",
            "esitasin teile kaebuse ja kuni te selle läbi vaatate, [peatage|piirake] mu andmete töötlemine. midagi ärge kustutage",
            "ärge kustutage [vestlust|kõnesalvestist|tellimuse andmeid], see on tõend. aga [kuni otsuseni|kuni vaidlus kestab] [ärge neid puutuge|ärge neid millekski kasutage]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. [kuni ma arvet vaidlustan|kuni mu kaebus pole lahendatud] [ärge kasutage|ärge töödelge] mu andmeid! kustutada pole vaja, lihtsalt [külmutage|blokeerige] need.",
            "@{co} nõuan töötlemise piiramist, [kuni kontrollite, kas mu andmed on õiged|kuni vigaseid andmeid kontrollitakse]. [ärge neid kustutage|kustutamist ma ei taha], lihtsalt ärge neid kasutage!",
            "⭐ [mul on kohtuasi|lähen kohtusse] ja andmeid on mul vaja [tõendiks|hagi jaoks], nii et ärge neid kustutage, aga [ärge kasutage|te ei tohi kasutada] neid mitte millekski!",
            "[kulmutage|blokeerige] mu andmed kaebuse ajaks, aga [arge kustutage|kustutada pole vaja] @{co}",
            "[2 tärni|1 tärn]. kustutamist ma ei taha, aga [kuni mu kaebuse üle pole otsustatud|vaidluse ajaks] [piirake|peatage] mu andmete töötlemine[.|!]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kas ma võin paluda, et te ei kasutaks mu andmeid, kuni [kaebust menetlete|vaidlus kestab]? kustutada pole vaja",
            "kas te saate mu andmete töötlemise peatada, kuni kontrollite, kas need on õiged? [ärge neid kustutage|kustutamist ma ei soovi]",
            "kas on võimalik mu andmed ilma kustutamata blokeerida? [neid on vaja kohtuasja jaoks|vajan neid õigusliku vaidluse jaoks]",
            "kas saab teha nii, et mu andmed jaavad alles, aga praegu te neid millekski ei kasuta?",
            "kellele kirjutada, et te mu andmete töötlemist piiraksite? [kustutamist ma ei palu|ärge neid kustutage], lihtsalt [praegu|ajutiselt] ärge neid kasutage",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nSeni kuni [kontrollite minu andmete õigsust|käib vaidlus minu arve üle], palun piirata minu isikuandmete töötlemist[ vastavalt IKÜMi artiklile 18|]. Andmeid võite säilitada, kuid ärge neid kasutage. {acct}\n\n{sign}",
            "{greet}\n\nPalun ärge kustutage [meie kõne salvestist|tellimuse nr {order} andmeid], sest vajan neid [kohtuvaidluseks|kaebuse esitamiseks]. Selle asemel palun piirake nende töötlemist. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus isikuandmete töötlemise piiramiseks (IKÜM artikkel 18)\n\n[Tuginedes {law_gen} artikli 18 lõike 1 punktile a, vaidlustan teie töödeldavate minu isikuandmete õigsuse ja palun piirata nende töötlemist ajavahemikuks, mis võimaldab teil andmete õigsust kontrollida.|Tuginedes {law_gen} artikli 18 lõike 1 punktile c, palun piirata töötlemist, sest vajan andmeid õigusnõuete koostamiseks, esitamiseks või kaitsmiseks.|Tuginedes {law_gen} artikli 18 lõike 1 punktile d, palun piirata töötlemist, kuni on kontrollitud, kas teie ettevõtte õiguspärased põhjused kaaluvad üles minu huvid.] {acct}\n\nPalun teavitage mind vastavalt artikli 18 lõikele 3 enne piirangu kaotamist ja kinnitage piirangu kohaldamist {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (artikli 21 lõige 1)
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "esitan vastuväite [profileerimisele|minu käitumise analüüsile|minu andmete töötlemisele], mida põhjendate „õigustatud huviga“",
            "ma ei nõustu, et te [analüüsite|jälgite], kuidas ma äppi kasutan. lõpetage",
            "{hi}kuidas saan esitada vastuväite oma andmete töötlemisele [analüüsi|riskihindamise|statistika] eesmärgil?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "lugesin [privaatsustingimustest|tingimustest], et mu andmed lähevad „õigustatud huvi” alusel teistele [kontserni firmadele|grupi ettevõtetele]. olen selle vastu, [lõpetage|ärge seda tehke]",
            "{hi}ma ei taha, et mind [profileeritakse|skooritakse|punktidega hinnatakse]. olen vastu sellele, et teete mu [ostudest|klikkidest] minu kohta järeldusi",
            "milleks te [mõõdate|logite], mitu minutit ma äpis olen ja millele klikin? olen sellise töötlemise vastu, [see pole okei|ma ei soovi seda]",
            "[panga äpp|äpp] analüüsib [pettuste ennetamise|riskijuhtimise] sildi all mu [kulutusi|tehinguid]. [see pole proportsionaalne|see mulle ei sobi], [protestin|olen selle vastu]",
            "õigustatud huvi pole vabandus kõigele[!|.] olen vastu, et kasutate mu andmeid [statistikaks|siseanalüüsiks|käitumise analüüsiks]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. esitan vastuväite profileerimisele! [ärge analüüsige|ärge jälgige] mu käitumist äpis.",
            "@{co} olen vastu, et te [analüüsite mu ostuharjumusi|jagate mu andmeid kontserni sees], viidates [õigustatud huvile|oma õigustatud huvile]. [lõpetage|stopp]!",
            "⭐ [keegi ei küsinud minult|ma pole seda palunud], et mind pettuste ennetamise nimel [punktidega hinnataks|skooritaks]. [esitan vastuväite|ei nõustu] sellisele mu andmete töötlemisele!",
            "olen vastu mu andmete kasutamisele [analuutikaks|analuusideks], [see pole oigustatud huvi|teil pole selleks oigust]. [@{co}|]",
            "[2 tärni|1 tärn]. [äpp|süsteem] [jälgib, mida ma teen|koostab minust profiili], [õigustatud huvi ettekäändel|väidetavalt õigustatud huvi alusel]. esitan selle vastu vastuväite, [lõpetage mu andmete selline töötlemine|ärge töödelge mu andmeid nii]!",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan esitada vastuväite [profileerimisele|minu ostuharjumuste analüüsimisele]?",
            "kas ma saan esitada vastuväite töötlemisele, mis põhineb teie õigustatud huvil? ma ei taha, et te mu käitumist analüüsite",
            "kas te saate lõpetada mu andmete jagamise [kontserni|grupi] sees? olen selle vastu",
            "kus saab esitada vastuvaite krediidiskoorimisele? ma ei ole nous, et mu andmeid nii tootlete",
            "mida ma pean tegema, et te ei [analüüsiks|jälgiks] mu käitumist [analüütika|statistika] jaoks? olen sellise töötlemise vastu",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEsitan vastuväite minu isikuandmete töötlemisele teie õigustatud huvi alusel[ (IKÜMi artikli 21 lõige 1)|], eelkõige [minu kasutuskäitumise analüüsimiseks|krediidiriski hindamiseks|sisemiseks statistikaks]. Palun lõpetage selline töötlemine. {acct}\n\n{sign}",
            "{greet}\n\nTeie privaatsuspoliitikas on kirjas, et õigustatud huvi alusel [analüüsite äpi kasutusandmeid|jagate andmeid kontserni sees]. Ma ei nõustu sellega ja esitan sellisele töötlemisele vastuväite. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nVastuväide IKÜMi artikli 21 lõike 1 alusel\n\nTuginedes {law_gen} artikli 21 lõikele 1, esitan vastuväite oma isikuandmete töötlemisele, mis toimub artikli 6 lõike 1 punkti f (vastutava töötleja õigustatud huvid) alusel, sealhulgas [minu käitumisel põhinevale profiilianalüüsile|minu maksevõime hindamisele|minu kõnede salvestamisele ja analüüsimisele]. {acct} Minu konkreetse olukorraga seotud põhjustel leian, et minu huvid kaaluvad üles.\n\nPalun lõpetage selline töötlemine, välja arvatud juhul, kui tõendate mõjuvaid õiguspäraseid põhjusi, ja vastake {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (artikkel 22)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "minu laenutaotlus lükati automaatselt tagasi. tahan, et [inimene|töötaja] selle üle vaataks",
            "teie süsteem blokeeris mu [konto|kaardi] ilma selgituseta. [kes selle otsustas?|kas seda üldse otsustas inimene?]",
            "ma ei taha, et minu kohta otsustaks algoritm, [palun inimese ülevaatust|las töötaja vaatab üle]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[laenu|liisingu|väikelaenu] äraütlemine tuli [3|5|10] sekundiga. kas see oli masina otsus? [tahan, et elav inimene sellele otsa vaataks|las päris inimene kontrollib]",
            "{hi}[bännisite|lukustasite] mu konto, ilmselt bot. [pole aimugi, miks|ei saa aru, miks]. [andke mulle mõni päris inimene|las inimene kontrollib] ja selgitage, mille põhjal see otsustati",
            "süsteem lükkas mu [tööavalduse|kandideerimise] [kohe|paari minutiga] tagasi. [kas keegi seda üldse nägi?|mis kriteeriumite järgi?] [las keegi HR-ist vaatab|palun inimese kontrolli]",
            "miks ma saan [kallima|kõrgema] hinna kui mu [sõber|elukaaslane] sama asja eest? kui seda arvutab algoritm, [selgitage selle loogikat|las teie töötaja kontrollib]",
            "ei aktsepteeri, et [tarkvara|programm|AI] üksi otsustab [mu krediidivõimekuse|mu kindlustustaotluse] üle. [nõuan, et otsuse vaataks läbi inimene|las inimene kontrollib otsuse üle]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tärn. [algoritm|süsteem] [lükkas mu laenutaotluse tagasi|blokeeris mu konto] [ilma põhjenduseta|ilma selgituseta]. nõuan, et [inimene selle üle vaataks|päris inimene selle läbi vaataks]!",
            "@{co} [automaat|mingi programm] [lükkas mu avalduse tagasi|blokeeris mu konto]. laske [inimesel see üle vaadata|päris inimesel see läbi vaadata] ja [selgitage|öelge], miks!",
            "⭐ saan [kõrgema hinna|teise hinna] kui [sõbrad|teised], sest algoritm [nii otsustas|nii arvutas]. [nõuan inimese poolset ülevaatust|vaidlustan selle otsuse]!",
            "susteem [lukkas mu taotluse automaatselt tagasi|blokeeris mu konto automaatselt], [tahan et selle ule otsustaks inimene|ei noustu, vaadaku inimene ule] [@{co}|]",
            "[2 tärni|1 tärn]. järelmaksu [taotlus lükati tagasi|ei antud] ja keegi ei oska öelda, miks, [sest|ainult et] [otsustas algoritm|otsuse tegi masin]. palun selgitage otsuse loogikat ja [laske inimesel otsustada|vaadake see inimese poolt üle]!",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kuidas ma saan paluda, et inimene vaataks üle mu laenutaotluse tagasilükkamise? [otsustas algoritm|see lükati automaatselt tagasi]",
            "kas keegi päris inimene saab selle otsuse üle vaadata? süsteem [blokeeris automaatselt mu konto|lükkas automaatselt mu taotluse tagasi]",
            "kas on võimalik saada selgitust, miks algoritm mulle [laenu ei andnud|kõrgema hinna määras]? ja palun, et inimene selle üle kontrolliks",
            "kus saab automaatse otsuse vaidlustada? [susteem|algoritm] lukkas mu taotluse tagasi",
            "kellele kirjutada, et [töötaja|inimene] automaatse otsuse uuesti läbi vaataks? ma ei ole sellega nõus",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMinu [laenu|järelmaksu|kindlustuse] taotlus lükati [mõne sekundiga|automaatselt] tagasi. Palun laske otsus töötajal üle vaadata ja selgitage, milliste kriteeriumide alusel see tehti[ (IKÜMi artikkel 22)|]. {acct}\n\n{sign}",
            "{greet}\n\nAutomaatne pettuste tuvastamise süsteem [peatas|piiras] minu konto. Palun inimese sekkumist ja võimalust oma seisukohta väljendada. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAutomatiseeritud üksikotsuste tegemine (IKÜM artikkel 22)\n\n{date} [lükati minu laenutaotlus tagasi|suleti minu konto|lükati minu kandideerimisavaldus tagasi] ilma töötaja osaluseta. {acct} Tuginedes {law_gen} artiklile 22, teatan, et ma ei soovi, et minu suhtes tehtaks otsus, mis põhineb üksnes automatiseeritud töötlemisel, sealhulgas profiilianalüüsil.\n\nPalun tagage vastutava töötleja poolne inimsekkumine, võimalus väljendada oma seisukohta ja otsus vaidlustada ning esitage sisuline teave kasutatud loogika kohta (artikli 15 lõike 1 punkt h). Palun vastake {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nNõusoleku tagasivõtmine ja isikuandmete kustutamine (IKÜM artikli 7 lõige 3 ja artikkel 17)\n\nVõtan tagasi kõik teie ettevõttele antud nõusolekud ja palun {law_gen} artikli 17 lõike 1 punkti b alusel kustutada kõik minuga seotud isikuandmed. {acct}\n\nPalun kinnitage kustutamist {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nVõtan tagasi nõusoleku oma andmete töötlemiseks ja palun kustutada minu konto koos kõigi minu andmetega. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nVastuväide otseturundusele ja nõusoleku tagasivõtmine\n\nTuginedes {law_gen} artikli 21 lõikele 2, esitan vastuväite oma isikuandmete töötlemisele otseturunduse eesmärgil. Ühtlasi võtan artikli 7 lõike 3 alusel tagasi nõusoleku uudiskirjade ja kaubanduslike teadaannete saamiseks. {acct}\n\nPalun kinnitage {deadline}, et minu andmed on eemaldatud kõigist turundusnimekirjadest.{escalate}\n\n{sign_formal}",
            "{greet}\n\nVõtan tagasi nõusoleku uudiskirja saamiseks ja esitan vastuväite igasugusele otseturundusele. Ärge saatke enam reklaami aadressile {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nTaotlus IKÜMi artiklite 15 ja 20 alusel\n\nPalun esitage mulle teave minu isikuandmete kohta, mida töötlete, ning nende koopia vastavalt {law_gen} artiklile 15. Lisaks palun artikli 20 alusel väljastada andmed, mille olen teile esitanud, masinloetavas vormingus (CSV või JSON). {acct}\n\nOotan vastust {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nVastuväide (artikli 21 lõige 1) ja töötlemise piiramine (artikli 18 lõike 1 punkt d)\n\nEsitan vastuväite oma andmete töötlemisele õigustatud huvi alusel [minu käitumise analüüsimiseks|sisemiseks profileerimiseks|riskihindamiseks]. Kuni kontrollitakse, kas teie õiguspärased põhjused kaaluvad üles minu huvid, palun {law_gen} artikli 18 lõike 1 punkti d alusel töötlemist piirata. {acct}\n\nPalun vastake {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAndmete parandamine (artikkel 16) ja töötlemise piiramine (artikli 18 lõike 1 punkt a)\n\nMinu konto andmed on ebaõiged: [aadress on vale|nimi on valesti kirjutatud|märgitud on võlg, mis on juba tasutud]. Palun parandage need {law_gen} artikli 16 alusel ja piirake kontrollimise ajaks nende töötlemist. {acct}\n\nPalun kinnitage {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Teema: [Konto kustutamine|Isikuandmete kustutamine|Taotlus IKÜMi artikli 17 alusel]\nNimi: {name}\nE-post: {email}\nSõnum: [Palun kustutage minu konto ja kõik andmed.|Ma ei soovi enam teie juures kontot omada.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Teema: [Isikuandmetega tutvumine|Taotlus IKÜMi artikli 15 alusel|Minu andmete koopia]\nNimi: {name}\nE-post: {email}\nSõnum: [Palun saatke mulle koopia minu kohta säilitatavatest andmetest.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kus on minu tellimus {order}[?|??]",
            "tellimus {order} pole ikka veel kohale jõudnud[, saadetise jälgimine pole mitu päeva muutunud|. Kas on uudiseid?|]",
            "{greet}\n\nEsitasin tellimuse (nr {order}) {date}, kuid pole siiani saanud kinnitust selle väljasaatmise kohta. Millal see teele pannakse?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Tellimuse nr {order} eest|Tellimuse eest|Püsitellimuse eest] võeti raha kaks korda ({amount} €). Palun tagastage enammakstud summa.\n\n{sign}",
            "miks maksab mu kuutellimus nüüd {amount} €? [sellest polnud kuskil juttu|kas see on viga?]",
            "{hi}kas saaksite tellimuse {order} arve uuesti saata? [ei leia seda üles|on vaja raamatupidamisele]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "kas saan veel tellimuse {order} tarneaadressi muuta?",
            "kas toote ka [pakiautomaati|Omniva pakiautomaati|Smartposti automaati]? palju tarne maksab?",
            "kuller jättis paki [naabrite juurde|ukse taha]. [nii ei sobi|järgmine kord võiks enne helistada]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "kas toodet „{product}“ on ka [mustana|suuremas suuruses|teistes värvides]?",
            "{greet}\n\nMillal on toode „{product}“ taas laos? Telliksin kaks tükki.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ei saa oma kontole sisse ja parooli lähtestamise kiri ei tule[. rämpspostis ka pole|]",
            "{hi}unustasin parooli ja sisselogimiskood tuleb mu vanale numbrile. mida teha?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nTagastasin [kaks|kolm] nädalat tagasi toote „{product}“ (tellimus nr {order}), kuid {amount} € pole ikka veel tagasi makstud.\n\n{sign}",
            "toode „{product}“ saabus [katkisena|defektiga]. [tahan raha tagasi|palun vahetage välja]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Küsimus: kas te salvestate minu pangakaardi andmeid? Tahan lihtsalt kindel olla, et kõik on turvaline.",
            "kust leian teie privaatsuspoliitika? [lehe all olev link ei tööta|äpist ei leia]",
            "Mulle meeldib, et te ei müü klientide andmeid. Seepärast ostangi teilt!",
            "Kas {co} vastab IKÜMi nõuetele? Kaalume oma meeskonnale ettevõtte paketti.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kuidas uudiskirjaga liituda? vorm [annab vea|ei lae]",
            "{greet}\n\nLiitusin uudiskirjaga, aga ei saanud 10% sooduskoodi. Kas saaksite selle uuesti saata?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nPalun lõpetage minu kuutellimus praeguse perioodi lõpus. Konto soovin alles jätta.\n\n{sign}",
            "kuidas tellimust ajutiselt peatada nii, et [punktid alles jääksid|lemmikute nimekiri alles jääks]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kuidas toodet ostukorvist kustutada?",
            "kas saan veel tellimuse {order} tühistada? valisin vale suuruse",
            "kustutasin kogemata [tarneaadressi|salvestatud kaardi], kuidas selle uuesti lisada?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Aitäh, sain kinnituse, et minu andmed on kustutatud. Kõik on korras.",
            "kus saan uudiskirja seadeid muuta? tahaksin saada ka allahindluste pakkumisi",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}ei saa sisse logida, [unustasin parooli|parooli taastamise meil ei tule]. [mida teha?|saate aidata?]",
            "[tsau|tere], kuidas saan üle minna [kuu|aasta]paketile? [profiilis ma seda ei näe|kus see seadetes on?]",
            "{hi}kas mu andmed on teil [turvaliselt|kindlas kohas]? lihtsalt küsin, [kõik on korras|muret pole]",
            "kus ma oma arveid kontol naen? [ei leia kuskilt|otsin aga pole]",
            "[kogemata|eksikombel] loobusin uudiskirjast, kuidas saan uuesti liituda?",
            "kas kontole saab teise meiliaadressi lisada? [{email}|tööaadressi] tahaks lisada",
            "kas teil on äpp ka tahvlile? [telefonis töötab super|kasutan androidis], lihtsalt huvi pärast",
            "{hi}[kuidas|kus] äpis teavitusi sisse lülitada? [aitäh kiire abi eest muide!|ja tellimus {order} pole ikka veel kohale jõudnud]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kas ma räägin [robotiga|botiga]? [või oled päris inimene?|kes sa oled?]",
            "mida sa [oskad|suudad] teha?",
            "kas {product} on teil praegu laos? [lihtsalt uurin|vaatan niisama]",
            "räägi mulle midagi endast",
            "mis su nimi on? [oled sa päris inimene?|]",
            "[hahaha|haha] ok[ aitäh|]",
            "kas te olete [pühapäeviti|pühade ajal] avatud?",
            "mul on igav. [tead mõnda head anekdooti?|soovitad mõnda head restorani?]",
            "milline ilm täna [Tallinnas|Tartus] on?",
            "[head ööd|ilusat õhtut], [tšau|nägemist]!",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "tahan Premium-paketi kuu lõpus [lõpetada|tühistada], konto jäägu alles",
            "kas saan oma [toidukasti|kohvikasti] tellimuse [juuliks|augustiks|üheks kuuks] peatada? [lähen puhkusele|olen ära]",
            "kust saab [automaatse pikenemise|automaatse uuendamise] välja lülitada?",
            "kuidas tasuta prooviperiood lõpetada enne, kui [kaardilt raha võetakse|arve tuleb]?",
            "kas saan [järgmisest kuust|kohe] üle minna [odavamale paketile|põhipaketile|perepaketile|aastapaketile]?",
            "lopetage mu [kohvi|koeratoidu|kontaktlaatsede] pusitellimus, [enam pole vaja|kodus on piisavalt]",
            "{greet}\n\nSoovin muuta oma tellimuse maksepäeva kuu [1.|15.] kuupäevalt [10.|25.] kuupäevale, [sest palk tuleb hiljem|kui see on võimalik]. Kõik muu jäägu samaks.\n\n{sign}",
            "{greet}\n\nPalun ärge pikendage [minu internetilepingut|minu jõusaali liikmesust|minu Premium-tellimust] pärast praeguse [perioodi|kuu] lõppu. Konto soovin alles jätta, [lihtsalt maksed peavad lõppema|võib-olla tellin hiljem uuesti].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "ei saa oma kontole sisse, [ütleb, et parool on vale|tuleb veateade]",
            "kuidas ma parooli vahetan? [tahan tugevamat|vana on aastaid sama olnud]",
            "kinnituskood ei tule SMS-iga, [proovisin kolm korda|ootan juba 10 minutit]",
            "vahetasin telefoni ja [autentimisrakendus jäi vanasse|authenticatori äppi enam pole], kuidas sisse logida?",
            "konto läks lukku pärast paari valet katset, [millal see avaneb|mida teha]?",
            "app logib mind [kogu aeg|pidevalt] valja, [vaga tuutu|mis viga on]",
            "{greet}\n\n[Unustasin oma parooli|Ma ei mäleta oma parooli] ja taastamislink ei jõua mu postkasti, [vaatasin ka rämpsposti|rämpspostis pole ka]. [Kas saaksite selle uuesti saata?|Mida ma tegema peaksin?]\n\n{sign}",
            "{greet}\n\nKahtlustan, et keegi teine on mu kontole sisse loginud. Kuidas ma saan [kõigist seadmetest välja logida|kõik aktiivsed seansid lõpetada] ja parooli vahetada?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "[uudiskirjast|SMS-ist] saadud sooduskood ei tööta ostukorvis, miks?",
            "kas [Black Friday|suvine allahindlus|väljamüük] tuleb [sel aastal|varsti]?",
            "mitu püsikliendipunkti mul on ja [milleks neid kasutada saab|kuidas neid lunastada]?",
            "kuidas ma uudiskirjaga [liitun|liituda saan], et saada 10% sooduskood?",
            "[kutsusin sõbra|sõbranna registreerus minu lingiga], aga soovitusboonust pole [tulnud|näha]",
            "mu kinkekaart kehtib kuni {date}, kas seda saab kasutada ka [soodushinnaga toodete|allahinnatud kaupade] ostmiseks?",
            "{greet}\n\nSain eile [e-kirja|SMS-i], kus oli -20% pakkumine [valitud toodetele|tervele tootekategooriale], aga [veebilehel on hind sama|allahindlust ei kuvata]. [Kas pakkumine kehtib veel?|Kui kaua pakkumine kehtib?]\n\n{sign}",
            "{greet}\n\nKas tervituskoodi saab kasutada koos [püsikliendipunktidega|kinkekaardiga]? [Plaanin sel nädalavahetusel tellida.|Plaanin suuremat tellimust.]\n\n{sign}",
        ]},
    ],
};

//! Lithuanian: Lithuania (BDAR wording, Valstybinė duomenų apsaugos inspekcija as the
//! supervisory authority), prices in euro.
//!
//! Lithuanian surnames agree with the bearer's gender (Kazlauskas / Kazlauskienė) and the
//! generator picks first and last names independently, so both lists are male and the texts'
//! self-references (vadovaudamasis, negavęs) are masculine to match. Dates are written year
//! first (2025-03-14), which no `DateStyle` produces, so templates use `{when}`, not `{date}`.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "lt",
    locales: &[("lt-LT", 100)],
    first_names: &[
        "Jonas", "Tomas", "Mantas", "Lukas", "Paulius", "Darius", "Andrius", "Mindaugas", "Vytautas",
        "Marius", "Justinas", "Rokas", "Dovydas", "Gintaras", "Saulius", "Aurimas", "Tadas",
        "Domantas", "Giedrius", "Karolis", "Arnas", "Kęstutis", "Algirdas", "Edvinas",
    ],
    last_names: &[
        "Kazlauskas", "Jankauskas", "Petrauskas", "Vasiliauskas", "Butkus", "Paulauskas", "Urbonas",
        "Kavaliauskas", "Pocius", "Navickas", "Ramanauskas", "Savickas", "Rimkus", "Baranauskas",
        "Adomaitis", "Mockus", "Stankevičius", "Žukauskas", "Šimkus", "Lukoševičius", "Katinas",
        "Jonaitis", "Kairys", "Bernotas",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "inbox.lt", "yahoo.com", "one.lt", "outlook.com",
        "hotmail.com", "splius.lt", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Laba diena,", "Sveiki,", "Gerbiamieji,", "Laba diena, {co} komanda,", "Sveiki, {co},",
            "Labas,", "Gerbiama klientų aptarnavimo komanda,",
        ]),
        ("greet_formal", &[
            "Gerbiamieji,", "Gerbiamas duomenų apsaugos pareigūne,",
            "{co}\nDuomenų apsaugos pareigūnui\n\nGerbiamieji,",
        ]),
        ("hi", &["labas, ", "sveiki, ", "laba diena, ", "", "", "", "Sveiki, ", "Labas! "]),
        ("thanks", &[
            "Pagarbiai,", "Ačiū,", "Iš anksto dėkoju,", "Geros dienos,", "Su pagarba,", "Dėkoju,",
            "Linkėjimai,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nIšsiųsta iš mano iPhone", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Pagarbiai\n\n{name}", "Pagarbiai\n\n{name}\n{email}", "Pagarbiai\n\n\n(parašas)\n{name}"]),
        ("street", &[
            "Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Savanorių pr.", "Taikos pr.", "Žirmūnų g.",
            "Ukmergės g.", "Kalvarijų g.", "J. Basanavičiaus g.", "Mindaugo g.", "Liepų g.", "Sodų g.",
        ]),
        ("city", &[
            "LT-0{d}{d}{d}{d} Vilnius", "LT-1{d}{d}{d}{d} Vilnius", "LT-44{d}{d}{d} Kaunas",
            "LT-50{d}{d}{d} Kaunas", "LT-92{d}{d}{d} Klaipėda", "LT-76{d}{d}{d} Šiauliai",
            "LT-35{d}{d}{d} Panevėžys", "LT-24{d}{d}{d} Alytus",
        ]),
        ("address", &[
            "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}-[1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}",
            "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}-[1|2|3|4|5|6|7|8|9]{d}, {city}",
        ]),
        ("when", &[
            "202[4|5]-[01|02|03|04|05|06|07|08|09|10|11|12]-[0[1|2|3|4|5|6|7|8|9]|1{d}|2[0|1|2|3|4|5|6|7|8]]",
        ]),
        ("acct", &[
            "Mano paskyra užregistruota el. pašto adresu {email}.", "Mano el. pašto adresas: {email}.",
            "Kliento paskyra – {name}, el. paštas {email}.", "Paskyra: {email}",
            "Mane galite identifikuoti pagal el. pašto adresą {email}.",
        ]),
        ("data_acc", &[
            "mano asmens duomenis", "visus mano asmens duomenis", "visus apie mane saugomus duomenis",
            "mano duomenis", "visus duomenis, kuriuos apie mane tvarkote",
        ]),
        ("product", &[
            "ausinės", "kavos aparatas", "žieminė striukė", "telefono dėklas", "bėgimo bateliai",
            "stalinė lempa", "išorinė baterija", "išmanusis laikrodis", "jogos kilimėlis", "dulkių siurblys",
        ]),
        ("law_gen", &["BDAR", "Bendrojo duomenų apsaugos reglamento (BDAR)", "Reglamento (ES) 2016/679 (BDAR)"]),
        ("deadline", &[
            "per įstatymo nustatytą vieno mėnesio terminą", "nepagrįstai nedelsiant, bet ne vėliau kaip per vieną mėnesį nuo prašymo gavimo",
            "iki {when}", "per BDAR 12 straipsnio 3 dalyje nustatytą terminą",
        ]),
        ("escalate", &[
            " Negavęs atsakymo per šį terminą, kreipsiuosi į Valstybinę duomenų apsaugos inspekciją.",
            " Priešingu atveju pasilieku teisę pateikti skundą Valstybinei duomenų apsaugos inspekcijai.", "",
        ]),
    ],
    families: &[
        // ---- access (15 str.)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kokius duomenis apie mane [saugote|turite|renkate][?|??]",
            "{hi}ar galėtumėte atsiųsti [mano duomenų kopiją|visų mano duomenų išrašą][?| prašau]",
            "noriu pamatyti, ką [apie mane saugote|apie mane žinote|esate surinkę apie mane]",
            "kaip atsisiųsti visus savo duomenis[?| iš programėlės?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}pamačiau reklamą, kuri [žinojo apie mane per daug|žinojo keistai daug]. ką jūs iš viso turit apie mane [užfiksavę|susikaupę]?",
            "radau seną {co} [akauntą|paskyrą], apie kurią buvau pamiršęs. [norėčiau sužinoti|galit pasakyt], kokia informacija apie mane ten [laikoma|užregistruota]?",
            "rupinuosi privatumu ir noriu zinot, kokia mano asmenine informacija yra jusu sistemoje. [atsiuskit|parodykit] prasau",
            "ar jūsų sistemoje yra kas nors apie mane? [registravausi su|mano emailas] {email}[, norėčiau visa tai pamatyti| – atsiųskit viską, ką turit]",
            "{hi}[klausimas dėl privatumo|greitas klausimas]: kokius mano [asmens duomenis|data] naudojat ir iš kur juos gavot[?|??]",
            "kas [užregistruota|įrašyta] apie mane pas jus? [vardas, adresas, pirkiniai?|visa istorija?] [norėčiau gauti viską|atsiųskit man tai]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. programėlėje niekur nematyti, kokius duomenis apie mane [renkate|saugote]. @{co} atsiųskit man mano duomenų kopiją!",
            "⭐ [programėlė veikia|šiaip normalu], bet jau [dvi savaites|mėnesį] laukiu [savo asmens duomenų kopijos|išrašo, ką apie mane turite]. [nesolidu.|prasta.]",
            "@{co} kokius mano [duomenis|asmens duomenis] turit? [noriu viską pamatyti|parodykit] prašau",
            "[2 žvaigždutės.|⭐⭐] pagal BDAR turiu teisę žinoti, kas apie mane [užregistruota|saugoma] {co} sistemoje. [kur mano duomenų kopija?|tiesiog atsiųskit.]",
            "ka jus is viso zinot apie mane @{co}?? noriu gauti [visus savo duomenis|viska ka turit apie mane] [dabar|kuo greiciau]",
            "[1 žvaigždutė.|⭐] tris kartus [prašiau|kreipiausi dėl] prieigos prie savo duomenų ir [jokio atsakymo|gaunu tik automatinius atsakymus]. [parodykit pagaliau, ką apie mane laikot.|ką jūs slepiat?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip man sužinoti, kokius [asmens duomenis|duomenis] apie mane [saugote|turite]?",
            "ar galite atsiųsti man visų mano [duomenų|asmens duomenų] kopiją?",
            "ar įmanoma gauti [sąrašą|išrašą] visos informacijos, kurią {co} [turi|saugo] apie mane?",
            "{hi}kur galiu pamatyti, ką apie mane [žinote|turite]? t.y. visus mano duomenis",
            "ka turiu padaryti, kad atsiustumete man mano asmens duomenu kopija?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPrašau atsiųsti mano asmens duomenų, kuriuos tvarkote, kopiją[, įskaitant užsakymų istoriją ir kontaktinius duomenis|]. {acct}\n\n{sign}",
            "{greet}\n\nŠiuo laišku įgyvendinu savo teisę susipažinti su asmens duomenimis[ pagal BDAR 15 straipsnį|]. Prašau nurodyti, kokius mano duomenis tvarkote, kokiais tikslais ir kam jie buvo perduoti. {acct}\n\n{sign}",
            "{greet}\n\nNorėčiau sužinoti, kokius mano asmens duomenis turi {co} ir iš kur juos gavote. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS SUSIPAŽINTI SU ASMENS DUOMENIMIS\n\nVadovaudamasis {law_gen} 15 straipsniu, prašau patvirtinti, ar tvarkote su manimi susijusius asmens duomenis. {acct} Jei taip, prašau pateikti:\n\n1. tvarkomų asmens duomenų kopiją;\n2. duomenų tvarkymo tikslus;\n3. atitinkamų asmens duomenų kategorijas;\n4. duomenų gavėjus ar jų kategorijas, visų pirma gavėjus trečiosiose valstybėse;\n5. numatomą duomenų saugojimo laikotarpį;\n6. informaciją apie duomenų šaltinį, jei duomenys surinkti ne iš manęs;\n7. informaciją, ar taikomas automatizuotas sprendimų priėmimas, įskaitant profiliavimą.\n\nPrašau atsakyti {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nDĖL TEISĖS SUSIPAŽINTI SU DUOMENIMIS ĮGYVENDINIMO (BDAR 15 STR.)\n\nKaip duomenų subjektas prašau pateikti visų {co} apie mane tvarkomų asmens duomenų kopiją kartu su BDAR 15 straipsnio 1 dalies a–h punktuose nurodyta informacija. {acct}\n\nAtsakymo laukiu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (17 str.)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}prašau ištrinti mano paskyrą[ ir visus duomenis| visam laikui|][.|!|]",
            "noriu, kad [mano paskyra būtų ištrinta|mano duomenys būtų ištrinti][ iš karto| visiškai|][.|!|]",
            "kaip [visiškai|visam laikui] ištrinti savo paskyrą[?|??]",
            "ištrinkite viską, ką apie mane turite[, ačiū|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}nebenaudoju [apso|programėlės], [galit uždaryti|uždarykit] mano [akauntą|paskyrą] ir [pašalinti|sunaikinti] visą informaciją apie mane[?|.]",
            "radau seną paskyrą {co} dar iš [2016|studijų laikų]. noriu jos atsikratyti kartu su visais duomenimis, [išvalykit viską|panaikinkit] prašau",
            "kaip panaikinti savo [akauntą|profilį][?|??] [nustatymuose nerandu|programėlėje nėra tokio mygtuko]",
            "[po blogos patirties|po tokio aptarnavimo] nebenoriu būti jūsų klientas. [pašalinkit|panaikinkit] mano profilį ir visus mano duomenis iš sistemos",
            "ar galima, kad mano profilis būtų [visiškai panaikintas|sunaikintas]? nenoriu, kad pas jus liktų kas nors apie mane",
            "prasau isvalykit viska apie mane – [varda, telefono nr, pirkiniu istorija|nuotraukas ir viska]. [tvarkausi savo skaitmenini pedsaka|mazinu savo pedsaka internete]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. @{co} ištrinkit mano paskyrą, [programėlėje nėra tokio mygtuko|niekur nerandu, kaip ją ištrinti]",
            "⭐ baisi programėlė. noriu, kad [mano paskyra|mano profilis] ir visi mano duomenys būtų ištrinti. [tuoj pat.|dabar.]",
            "@{co} [kaip|kur] ištrinti paskyrą? [ieškojau visur|nerandu]. pašalinkit visą informaciją apie mane prašau",
            "[2 žvaigždutės.|⭐⭐] [nebenaudoju programėlės|šitos paslaugos nebenaudoju] ir noriu, kad [panaikintumėt|pašalintumėt] visus mano asmens duomenis iš [savo serverių|sistemos]. [pagal BDAR|turiu tam teisę].",
            "istrinkit mano akaunta [prasau|dabar] @{co}",
            "[1 žvaigždutė.|⭐] [prieš mėnesį prašiau ištrinti paskyrą|seniai pateikiau prašymą ištrinti duomenis], o vis dar gaunu [laiškus|pranešimus]. [ištrinkit|panaikinkit] mane [iš sistemos|visiškai] [DABAR|nedelsiant]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip [ištrinti|panaikinti] savo paskyrą [visam laikui|ir visus duomenis]?",
            "ar galite ištrinti mano [paskyrą|profilį] ir visus duomenis apie mane?",
            "ar įmanoma, kad [ištrintumėte|pašalintumėte] visą mano informaciją iš savo sistemos?",
            "{hi}kam rašyti, kad [ištrintų|panaikintų] mano [paskyrą|profilį]?",
            "kaip istrinti [visus mano asmens duomenis|mano paskyra]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNebesinaudoju [jūsų paslaugomis|programėle|savo {co} paskyra], todėl prašau ištrinti mano paskyrą ir {data_acc}. [Prašau patvirtinti ištrynimą.|Būčiau dėkingas už trumpą patvirtinimą.|]\n\n{sign}",
            "{greet}\n\nŠiuo laišku prašau nepagrįstai nedelsiant ištrinti {data_acc}[ pagal BDAR 17 straipsnį|, vadovaujantis Reglamento (ES) 2016/679 17 straipsniu|]. {acct}\n\n{sign}",
            "{greet}\n\n[Prieš metus|Prieš kurį laiką] susikūriau paskyrą tik vienam užsakymui. Prašau panaikinti paskyrą ir ištrinti {data_acc}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS IŠTRINTI ASMENS DUOMENIS („TEISĖ BŪTI PAMIRŠTAM“)\n\nVadovaudamasis {law_gen} 17 straipsnio 1 dalimi, reikalauju nepagrįstai nedelsiant ištrinti visus su manimi susijusius asmens duomenis. {acct} Duomenys nebėra reikalingi tais tikslais, kuriais jie buvo surinkti.\n\nJei mano duomenis atskleidėte tretiesiems asmenims, prašau pagal BDAR 19 straipsnį juos informuoti apie ištrynimą. Jei visiškam ištrynimui trukdo teisinė prievolė saugoti duomenis, prašau nurodyti, kokie duomenys, kokiu pagrindu ir kiek laiko bus saugomi.\n\nPrašau raštu patvirtinti ištrynimą {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nDĖL PASKYROS PANAIKINIMO IR DUOMENŲ IŠTRYNIMO\n\nĮgyvendindamas BDAR 17 straipsnyje numatytą teisę, prašau panaikinti mano paskyrą {co} sistemoje ir ištrinti visus su ja susijusius asmens duomenis, įskaitant atsargines kopijas, kai tai techniškai įmanoma. {acct}\n\nApie atliktus veiksmus prašau informuoti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[jau trečią kartą|vėl|jau du kartus] rašau: IŠTRINKITE MANO PASKYRĄ ir visus duomenis[!|!!]",
            "programėlėje [nėra mygtuko ištrinti|neįmanoma ištrinti paskyros]. noriu, kad [paskyra|viskas] dingtų kartu su mano duomenimis",
        ]},
        // ---- rectification (16 str.)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mano pavardė paskyroje parašyta su klaida, teisingai {last}",
            "ar galite pataisyti mano gimimo datą? [ji neteisinga|metai neteisingi]",
            "mano [adresas|telefono numeris] pas jus [senas|neteisingas][, prašau pakeisti|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}persikrausčiau [į naują butą|į kitą miestą], o [sąskaita|siuntinys] nukeliavo senu adresu. galit atnaujinti mano duomenis? naujas: {street} {d}{d}, {city}",
            "gavau [sąskaitą|sąskaitą faktūrą] su [klaidingu vardu|ne tuo vardu], [mano vardas|teisingai] {name}. [sutvarkykit sistemoj|prašau pataisyti įrašą]",
            "turiu naują [numerį|tel. numerį], senas nebeveikia. [ar galit jį pakeisti|atnaujinkit jį] [paskyroje|sistemoje] prašau",
            "[maža klaida|klaida] mano profilyje: [gimimo metai|asmens kodas|el. paštas] įvesti neteisingai. kaip tai [sutvarkyti|pakoreguoti][?|??]",
            "[po vestuvių|neseniai] pasikeičiau pavardę, [galit|ar galėtumėt] ją atnaujinti? nauja – {last}",
            "apsas vis dar rodo [mano seną adresą|neteisingą telefono numerį], nors bandžiau pakeisti pats. [sutvarkykit prašau|galit pakoreguoti įrašą?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. [mano adresas|mano vardas] įrašytas [neteisingai|su klaida], o programėlė neleidžia jo pakeisti. @{co} [ištaisykit|pataisykit] prašau",
            "@{co} turit [neteisingą mano telefono numerį|seną mano adresą|klaidingą gimimo datą]. [prašau ištaisyti|atnaujinkit], aš [persikrausčiau|pasikeičiau numerį]",
            "⭐⭐ siuntiniai vis keliauja [senu adresu|ne tuo adresu], nes [neatnaujinote|neištaisėte] mano duomenų. dabar gyvenu {street} g. [1|2|3|4|5]{d}.",
            "[mano pavarde parasyta su klaida|neteisingas vardas profilyje] @{co}, [galit pataisyt?|istaisykit pls]",
            "[2 žvaigždutės.|⭐] jūsų sistemoje mano gimimo data neteisinga, o [pakeisti niekur negaliu|nėra kur jos pataisyti]. turėtų būti {when}. [ištaisykit prašau.|galit sutvarkyti?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip pakeisti savo [adresą|telefono numerį]? jūsų sistemoje jis [neteisingas|pasenęs]",
            "ar galite ištaisyti mano pavardę? ji [parašyta su klaida|įrašyta neteisingai]",
            "ar įmanoma [pataisyti|ištaisyti] mano gimimo datą? [ji neteisinga|nurodyta klaidingai]",
            "{hi}kur atnaujinti adresą? [persikrausčiau|kraustausi], naujas adresas {street} 1{d}",
            "ka daryti, kad istaisytumete mano telefono numeri? jis [pasenes|neteisingas]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Jūsų turimas mano adresas yra pasenęs. Prašau ištaisyti duomenis[ pagal BDAR 16 straipsnį|]. Naujas adresas: {street} {d}{d}, {city}.|Mano vardas ir pavardė parašyti su klaida. Prašau ištaisyti duomenis[ pagal BDAR 16 straipsnį|]. Teisingai: {name}.|Mano gimimo data paskyroje neteisinga. Prašau ją ištaisyti[ pagal BDAR 16 straipsnį|].]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Pasikeičiau pavardę, tačiau jūsų sistemoje vis dar nurodyta senoji.|Persikrausčiau, tačiau jūsų sistemoje vis dar nurodytas senas adresas.] Prašau atnaujinti mano duomenis. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS IŠTAISYTI NETIKSLIUS ASMENS DUOMENIS\n\nPastebėjau, kad {co} tvarkomi mano asmens duomenys yra netikslūs: [neteisingai įrašyta mano gimimo data|neteisingai parašyta mano pavardė|nurodytas mokėjimo įsiskolinimas, kurio nėra]. {acct}\n\nVadovaudamasis {law_gen} 16 straipsniu, prašau nedelsiant ištaisyti šiuos duomenis ir pagal 19 straipsnį informuoti jų gavėjus. Prašau raštu patvirtinti ištaisymą {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "prašau [neparduoti|neperduoti] mano duomenų tretiesiems asmenims",
            "nenoriu, kad mano duomenys būtų [parduodami|perduodami] [reklamos partneriams|duomenų brokeriams|kitoms įmonėms]",
            "kur galiu atsisakyti, kad mano duomenys būtų perduodami partneriams?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[staiga|iš niekur] gaunu [skambučius|spamą|SMS] iš įmonių, apie kurias niekada negirdėjau. ar jūs dalijatės mano kontaktais su kitais? liaukitės prašau",
            "{hi}nenoriu, kad {co} [dalintųsi|persiųstų] mano informaciją [partneriams|reklamos įmonėms|data brokeriams]. kur tai išjungti[?|??]",
            "perskaičiau jūsų privatumo politiką – matau, kad [teikiate|atiduodate] duomenis [trečiosioms šalims|partnerių įmonėms]. noriu, kad mano duomenų tai neliestų",
            "do not sell mygtuko [nėra|neveikia] programėlėje. [prašau|būkit geri] niekam kitam [neatiduokit|neperleiskit] mano duomenų",
            "nustokit [dalintis|platinti] mano [el. pašto adresą|telefono numerį] kitoms įmonėms, [jau gaunu spamą iš visur|gavau SMS iš nežinomos firmos]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. [neparduokit mano duomenų|nustokit pardavinėti mano duomenis] @{co}!",
            "⭐ sužinojau, kad {co} [dalijasi naudotojų duomenimis|parduoda naudotojų duomenis] [reklamuotojams|trečiosioms šalims|duomenų brokeriams]. nenoriu, kad mano duomenys būtų [kam nors perduodami|kur nors parduodami]. [liaukitės.|ačiū.]",
            "@{co} [draudžiu|nesutinku] [parduoti|perduoti] mano informaciją [partneriams|reklamuotojams|tretiesiems asmenims]. [kaip tai išjungti?|patvirtinkit prašau]",
            "[2 žvaigždutės.|⭐⭐] [programėlė gera, bet|šiaip neblogai, bet] [taisyklėse parašyta|privatumo politikoje parašyta], kad galit [perduoti mano duomenis|dalintis mano duomenimis] [trečiosioms šalims|partnerių įmonėms]. nenoriu, kad mano [duomenys|informacija] išeitų už {co} ribų.",
            "neparduokit ir nesidalinkit mano duomenimis su [kitais|treciosiomis salimis] @{co} aciu",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip padaryti, kad [neparduotumėte|neperduotumėte] mano duomenų [trečiosioms šalims|reklamuotojams|duomenų brokeriams]?",
            "ar galite nustoti pardavinėti mano [duomenis|asmens duomenis]?",
            "ar įmanoma uždrausti jums dalytis mano duomenimis su [partneriais|reklamuotojais]?",
            "{hi}ar parduodate mano duomenis kitiems? jei taip, kaip tai sustabdyti?",
            "kur isjungti mano duomenu pardavima treciosioms salims?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nŠiuo laišku nesutinku, kad mano asmens duomenys būtų perduodami ar parduodami tretiesiems asmenims, ypač reklamos tikslais. {acct}\n\n{sign}",
            "{greet}\n\n[Sužinojau|Pastebėjau], kad mano duomenys pateko [telemarketingo įmonei|duomenų prekeiviui]. Prašau daugiau nebeperduoti mano duomenų [partneriams|tretiesiems asmenims]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nDĖL DRAUDIMO PERDUOTI IR PARDUOTI MANO ASMENS DUOMENIS TRETIESIEMS ASMENIMS\n\nInformuoju, kad nesutinku, jog mano asmens duomenys būtų parduodami, nuomojami ar kitaip perduodami tretiesiems asmenims, įskaitant reklamos tinklus ir duomenų brokerius. {acct} Jei toks perdavimas grindžiamas mano sutikimu, jį atšaukiu; jei teisėtu interesu – pagal {law_gen} 21 straipsnį nesutinku su tokiu tvarkymu.\n\nPrašau nurodyti, kokiems gavėjams mano duomenys buvo perduoti, ir patvirtinti perdavimo nutraukimą {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (21 str. 2 d.)
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prašau, |]daugiau jokių [reklamų|naujienlaiškių|reklaminių laiškų|SMS][!|.|]",
            "[atsisakau|noriu atsisakyti] naujienlaiškio",
            "nebesiųskite man [pasiūlymų|reklamos|akcijų][!|.|]",
            "kaip atsisakyti jūsų laiškų[?|, nuoroda neveikia]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[mano inboxas pilnas|kasdien gaunu] jūsų [newsletterių|reklaminių laiškų], [nebenoriu|man to nereikia]. [unsubscribe prašau|atsisakau visų reklaminių laiškų]",
            "unsubscribe nuoroda [neveikia|meta klaidą]. [galit išimti {email} iš sąrašo|išbraukit {email} iš mailing listo]?",
            "gana reklaminių skambučių, [jau trečias šią savaitę|ne kartą sakiau ne]. [įrašykit mane į neskambinti sąrašą|nenoriu pasiūlymų telefonu]",
            "nebenoriu jokių [SMS akcijų|reklaminių SMS|pasiūlymų per SMS] iš {co}, [viena atėjo 7 ryto|tai tiesiog spamas]",
            "{hi}[kartą pirkau|kartą nusipirkau {product}] ir nuo tada [kasdien|be galo] gaunu [reklamų|newsletterį]. išbraukit mane iš to sąrašo",
            "kaip išsijungti reklaminius laiškus? paskyrą noriu palikti, tik be [spamo|akcijų]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. [šlamštas|spamas] kasdien. @{co} [išbraukit mane iš adresatų sąrašo|atsisakau naujienlaiškio] [DABAR|prašau]",
            "⭐ [mygtukas „atsisakyti prenumeratos“ neveikia|paspaudžiau atsisakyti, o laiškai vis tiek ateina]. nustokit siųsti [naujienlaiškius|reklaminius laiškus|pasiūlymus] [!!|, prašiau jau tris kartus]",
            "@{co} [nebesiųskit man sms|daugiau jokių SMS pasiūlymų] prašau, [nenoriu reklamos|man neįdomūs jūsų pasiūlymai]",
            "[2 žvaigždutės.|⭐⭐] [prekės geros|programėlė veikia gerai], bet [reklaminių laiškų|rinkodaros laiškų] srautas [nepakeliamas|absurdiškas]. [nebenoriu jokių reklaminių laiškų|nebenoriu jokių naujienlaiškių] iš {co} ir [jokių reklaminių skambučių|neskambinkit su pasiūlymais] taip pat.",
            "unsubscribe!! [nebesiuskit man naujienlaiskio|isbraukit mane is saraso] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip atsisakyti [naujienlaiškio|jūsų naujienlaiškių]?",
            "ar galite nustoti siųsti man [reklaminius laiškus|SMS su pasiūlymais|naujienlaiškius]?",
            "ar įmanoma atsikratyti visų tų [reklaminių SMS|reklaminių skambučių|akcijų laiškų]?",
            "{hi}kur atsisakyti [prenumeratos|naujienlaiškio]? gaunu per daug laiškų iš jūsų",
            "ka daryti kad nebesiustumete man reklamu el. pastu?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPrašau pašalinti adresą {email} iš visų rinkodaros sąrašų. Naujienlaiškio atsisakiau [jau du kartus|ne kartą], tačiau vis dar jį gaunu.\n\n{sign}",
            "{greet}\n\nNesutinku, kad mano duomenys būtų naudojami tiesioginės rinkodaros tikslais[ (BDAR 21 straipsnio 2 dalis)|]. Prašau daugiau nesiųsti man reklamos nei el. paštu, nei SMS žinutėmis. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRIEŠTARAVIMAS DĖL DUOMENŲ TVARKYMO TIESIOGINĖS RINKODAROS TIKSLAIS\n\nVadovaudamasis {law_gen} 21 straipsnio 2 ir 3 dalimis, nesutinku, kad mano asmens duomenys būtų tvarkomi tiesioginės rinkodaros tikslais, įskaitant su ja susijusį profiliavimą. {acct}\n\nPrašau nutraukti reklaminių pranešimų siuntimą visais kanalais (el. paštu, SMS, telefonu, paštu) ir tai patvirtinti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (7 str. 3 d.)
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "atšaukiu savo sutikimą [dėl slapukų|dėl sekimo|tvarkyti mano duomenis][.|!|]",
            "prašau [išjungti|sustabdyti] [mano buvimo vietos|mano paskyros] sekimą",
            "nebesutinku, kad mano duomenis naudotumėte [personalizuotai reklamai|analizei|profiliavimui]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "registruodamasis netyčia pažymėjau [leisti tracking'ą|sutinku su visais cookies|vietos leidimą]. [noriu tai atsiimti|kaip tą atsiimti?]",
            "{hi}buvau leidęs naudoti [mano nuotrauką|mano nuotraukas|vaizdo įrašą su manim] [jūsų instagrame|jūsų svetainėje]. persigalvojau ir leidimą atsiimu",
            "nebenoriu, kad [laikrodis|apsas] dalintųsi mano [sveikatos duomenimis|miego duomenimis|pulsu] su jumis. [atsiimu leidimą|sutikimą atsiimu], kaip tai padaryti?",
            "location leidimas: [nebenoriu, kad būtų įjungtas|atsiimu jį]. [apsui nereikia žinoti, kur esu|nenoriu būti sekamas]",
            "sutikau su [cookies|slapukais] jūsų svetainėje, bet gailiuosi, [atsiimu sutikimą|noriu tai atšaukti]. [tik būtini slapukai|jokio analytics]",
            "[atsiimu|atšaukiu] leidimą, kurį daviau [personalizuotoms rekomendacijoms|analytics|mano balso įrašų naudojimui]. [kur tai pakeisti?|išjunkit prašau]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. [programėlė seka mano buvimo vietą|programėlė visą laiką žino, kur esu] visą parą. @{co} [atšaukiu savo sutikimą|atsiimu sutikimą] dėl vietos duomenų",
            "⭐ [netyčia|kažkada] sutikau su [slapukais ir sekimu|tracking'u] ir noriu tą sutikimą atšaukti. [kodėl tam nėra mygtuko?|kur tai padaryti?]",
            "@{co} nebegalit naudoti [mano nuotraukų|mano nuotraukos] [reklamoje|reklaminėje medžiagoje]. [atšaukiu|atsiimu] sutikimą, kurį daviau [pernai|tada]",
            "[2 žvaigždutės.|⭐⭐] [leidau|buvau davęs leidimą] programėlei naudoti [mano sveikatos duomenis|miego duomenis|pulso duomenis], bet dabar nebenoriu. [sutikimą atšaukiu|tą leidimą atsiimu] ir [nebenaudokit jų|nustokit juos tvarkyti].",
            "atsaukiu sutikima del [analitikos|personalizavimo|suasmeninto turinio] @{co}, [nebenoriu|ne, aciu]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip atšaukti sutikimą [sekti mano buvimo vietą|naudoti mano nuotraukas|dėl slapukų ir sekimo]?",
            "ar galiu atšaukti anksčiau duotą sutikimą [tvarkyti mano sveikatos duomenis|įrašinėti pokalbius|personalizuoti turinį]?",
            "ar įmanoma atšaukti sutikimą dėl [analitikos|sekimo]? [daugiau to neleidžiu|nebenoriu to leisti]",
            "{hi}kur atšaukti sutikimą, kad naudotumėte mano [nuotraukas|balso įrašus|buvimo vietą]?",
            "kaip atsaukti sutikima del slapuku?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nŠiuo laišku atšaukiu sutikimą tvarkyti mano asmens duomenis [personalizuotos reklamos tikslais|analizės tikslais|buvimo vietai nustatyti][ (BDAR 7 straipsnio 3 dalis)|]. {acct}\n\n{sign}",
            "{greet}\n\nRegistruodamasis sutikau, kad [mano duomenys būtų naudojami rinkodaros analizei|mano balso įrašai būtų naudojami modeliams mokyti]. To nebenoriu – prašau laikyti mano sutikimą atšauktu. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nDĖL SUTIKIMO ATŠAUKIMO PAGAL BDAR 7 STRAIPSNIO 3 DALĮ\n\nŠiuo prašymu atšaukiu visus sutikimus, kuriuos buvau davęs {co} tvarkyti mano asmens duomenis, visų pirma profiliavimo ir personalizuotos reklamos tikslais. Atšaukimas galioja ateičiai. {acct}\n\nPrašau raštu patvirtinti, koks duomenų tvarkymas nutrauktas, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (20 str.)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ar galite eksportuoti mano duomenis [CSV|JSON|Excel] formatu? keičiu paslaugų teikėją",
            "noriu perkelti [savo istoriją|savo duomenis|grojaraščius] pas kitą teikėją, kaip tai padaryti?",
            "{hi}ar galiu atsisiųsti visus savo duomenis vienu failu, kurį galėčiau įkelti kitur?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "pereinu [į kitą banką|pas kitą operatorių|į kitą apsą]. [ar galit|galėtumėt] mano duomenis [nusiųsti tiesiai jiems|persiųsti tiesiogiai]?",
            "ar įmanoma exportuot [visą istoriją|treniruotes|pirkinių istoriją] kaip [json|csv] failą? noriu [persikelti|perkelti] į [Strava|Google|kitą apsą]",
            "{hi}reikia mano duomenų [exporto|failo] kompiuterio skaitomu formatu, kad galėčiau juos įkelti pas kitą tiekėją – išeinu iš {co}",
            "[data export|download my data] mygtukas duoda tik [pdf|screenshotą]. [reikia csv ar json|reikia formato, kurį nuskaitytų kita sistema], kad galėčiau perkelti pas naują [tiekėją|įmonę]",
            "nuo kito mėnesio keičiu [elektros tiekėją|draudimo bendrovę|sporto klubą]. ar galima mano [vartojimo istoriją|duomenis] [tiesiogiai|elektroniniu būdu] perduoti naujai įmonei?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. [nėra jokio būdo|neįmanoma] eksportuoti savo duomenų [iš programėlės|]. @{co} atsiųskit [visus mano duomenis|mano duomenis] [CSV|JSON] failu",
            "⭐ pereinu prie [kitos paslaugos|kitos programėlės] ir noriu pasiimti [treniruočių istoriją|savo duomenis|grojaraščius]. [kur eksporto mygtukas?|kodėl nėra eksporto funkcijos?]",
            "@{co} [gal galit persiųsti|persiųskit] mano duomenis tiesiai [naujam paslaugų teikėjui|naujai įmonei], pas kurį pereinu? [BDAR perkeliamumo teisė|turiu tam teisę]",
            "[2 žvaigždutės.|⭐⭐] [prašiau|man reikia] savo duomenų [kompiuteriu nuskaitomu|mašininio skaitymo] formatu ([CSV|JSON]), kad galėčiau perkelti kitur, o gavau [tik PDF|ekrano nuotrauką|nieko]. to neužtenka.",
            "noriu gauti savo duomenis [csv|json|failu], kad galeciau [perkelti juos kitur|pereiti pas kita tiekeja] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip gauti savo duomenis [CSV|JSON] faile, kad galėčiau perkelti juos į kitą paslaugą?",
            "ar galite persiųsti mano duomenis tiesiai [naujam paslaugų teikėjui|naujai bendrovei], pas kurią pereinu?",
            "ar įmanoma gauti visus mano duomenis [kompiuterio nuskaitomu formatu|faile], kad perkelčiau juos kitur?",
            "{hi}kur galiu [atsisiųsti|eksportuoti] savo duomenis [CSV|JSON] formatu? pereinu pas kitą [teikėją|bendrovę]",
            "ka daryti, kad gaciau savo duomenis json faile kitam paslaugu teikejui?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nKeičiu paslaugų teikėją ir norėčiau pasinaudoti teise į duomenų perkeliamumą[ (BDAR 20 straipsnis)|]. Prašau atsiųsti {data_acc} susistemintu, kompiuterio skaitomu formatu (pvz., CSV arba JSON). {acct}\n\n{sign}",
            "{greet}\n\nJei techniškai įmanoma, prašau mano duomenis persiųsti tiesiogiai naujajam paslaugų teikėjui. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS DĖL TEISĖS Į DUOMENŲ PERKELIAMUMĄ\n\nVadovaudamasis {law_gen} 20 straipsnio 1 dalimi, prašau pateikti man asmens duomenis, kuriuos pateikiau {co}, susistemintu, įprastai naudojamu ir kompiuterio skaitomu formatu. {acct} [Pagal 20 straipsnio 2 dalį prašau duomenis persiųsti tiesiogiai naujajam duomenų valdytojui, jei tai techniškai įmanoma.|]\n\nPrašau įvykdyti prašymą {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (18 str.)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}prašau [užblokuoti|įšaldyti] mano duomenis, kol [išsispręs ginčas|patikrinsite klaidą]",
            "neištrinkite mano duomenų, bet ir [nenaudokite|netvarkykite] jų, kol pateiksiu skundą",
            "noriu, kad apribotumėte mano duomenų tvarkymą[, kol pataisysite adresą|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ginčiju sąskaitą [Nr. {order}|nuo {date}]. [pristabdykit|sustabdykit] mano duomenų naudojimą, kol viskas paaiškės, bet nieko netrinkit",
            "gavau neteisingą sąskaitą, [suma nesutampa|nieko nesu skolingas]. kol tikrinat, mano informacija turi gulėti nenaudojama, tik saugokit ją",
            "[mano advokatas|teisininkas] sako, kad man reikės [pokalbių įrašų|užsakymo {order} duomenų] [teisme|bylai]. nešalinkit jų, tik kol kas niekam kitam jų nenaudokit",
            "nenoriu trinti [akaunto|duomenų], tik [sustabdyti|pauzinti] bet kokį jų naudojimą [laikinai|kuriam laikui], kol [ištaisysit klaidą|nagrinėjamas mano skundas]",
            "ar galit [užrakinti|apriboti] mano duomenis, [kol VDAI nagrinėja skundą|kol laukiu atsakymo]? tegul būna saugomi, bet nenaudojami",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [nieko netrinkit|netrinkit mano duomenų], bet nustokit juos naudoti, [kol vyksta ginčas|kol klausimas neišspręstas]. [ačiū.|]",
            "1 žvaigždutė. [pateikiau skundą|užginčijau sąskaitą], o jūs ir toliau [tvarkot|naudojat] mano informaciją. [įšaldykit|užblokuokit] mano duomenis, kol tai bus išspręsta, bet neištrinkit.",
            "⭐ [mano duomenys neteisingi|informacija apie mane klaidinga]. noriu, kad [apribotumėt jų tvarkymą|nustotumėt juos naudoti], kol [patikrinsit, ar jie teisingi|juos peržiūrėsit]. tik neištrinkit jų.",
            "[2 žvaigždutės.|⭐⭐] man reikia šių [duomenų|įrašų] kaip [įrodymų teisme|įrodymų byloje] prieš jus, tad [neištrinkit jų|jų trinti negalima], bet [sustabdykit bet kokį tvarkymą|nustokit juos naudoti] kol kas @{co}",
            "[tiesiog laikykit|palikit] mano duomenis, bet [nenaudokit ju|nustokit juos tvarkyti] kol kas @{co}, nieko [netrinkit|neistrinkit]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ar galite [įšaldyti|sustabdyti] mano duomenų tvarkymą, kol [nagrinėjamas skundas|tikrinate, ar jie teisingi]? tik neištrinkite jų",
            "ar įmanoma [apriboti|laikinai sustabdyti] mano duomenų tvarkymą jų neištrinant?",
            "kaip paprašyti, kad [kol kas|kol ginčas neišspręstas] nenaudotumėte mano duomenų, bet juos išsaugotumėte? jų man reikia [teismo bylai|advokatui]",
            "{hi}kam rašyti, kad laikinai [blokuotų|apribotų] mano duomenų tvarkymą? [nieko netrinkite|jie neturi dingti]",
            "kaip apriboti mano duomenu tvarkyma ju netrinant?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nKol [tikrinate mano duomenų tikslumą|vyksta ginčas dėl mano sąskaitos], prašau apriboti mano asmens duomenų tvarkymą[ pagal BDAR 18 straipsnį|]. Duomenis galite saugoti, bet jų nenaudokite. {acct}\n\n{sign}",
            "{greet}\n\nPrašau neištrinti [mūsų pokalbio įrašo|užsakymo Nr. {order} duomenų], nes jų man reikia [teisminiam ginčui|skundui]. Vietoj to prašau apriboti jų tvarkymą. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS APRIBOTI DUOMENŲ TVARKYMĄ\n\n[Vadovaudamasis {law_gen} 18 straipsnio 1 dalies a punktu, ginčiju jūsų tvarkomų mano asmens duomenų tikslumą ir prašau apriboti jų tvarkymą tokiam laikotarpiui, per kurį galėsite patikrinti duomenų tikslumą.|Vadovaudamasis {law_gen} 18 straipsnio 1 dalies c punktu, prašau apriboti duomenų tvarkymą, nes duomenys man reikalingi siekiant pareikšti, vykdyti ar apginti teisinius reikalavimus.|Vadovaudamasis {law_gen} 18 straipsnio 1 dalies d punktu, prašau apriboti duomenų tvarkymą, kol bus patikrinta, ar {co} teisėtos priežastys yra viršesnės už mano interesus.] {acct}\n\nPrašau pagal 18 straipsnio 3 dalį informuoti mane prieš panaikinant apribojimą ir patvirtinti apribojimo taikymą {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (21 str. 1 d.)
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nesutinku su [profiliavimu|mano elgsenos analize|mano duomenų tvarkymu], kurį grindžiate „teisėtu interesu“",
            "nesutinku, kad [analizuotumėte|stebėtumėte], kaip naudojuosi programėle. liaukitės",
            "{hi}kaip galiu nesutikti, kad mano duomenys būtų tvarkomi [analizės|rizikos vertinimo|statistikos] tikslais?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "privatumo politikoje radau, kad pagal teisėtą interesą sudarinėjat naudotojų profilius [pagal pirkinius|pagal elgseną]. [aš tam prieštarauju|prieštarauju, man to nedarykit]",
            "{hi}prieštarauju, kad {co} [dalintųsi mano duomenimis su kitomis grupės įmonėmis|naudotų mano pirkinių istoriją kreditingumo vertinimui]. mano atveju to nedarykit",
            "[nejauku|creepy], kad fiksuojat kiekvieną mano paspaudimą apse. [nenoriu būti jūsų analytics dalimi|prieštarauju tokiai elgsenos analizei]",
            "nepatinka, kad [bankas|jūs] [vertinat|skoruojat] mane pagal [mano operacijas|išlaidas] manęs neatsiklausę. [prieštarauju|sakau ne tokiam duomenų naudojimui]",
            "kas čia per „teisėtas interesas“? prieštarauju, kad tuo pagrindu [mano skambučių įrašai būtų analizuojami|mano vietos istorija būtų naudojama statistikai]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. programėlė [analizuoja|seka] visą mano [elgseną|naudojimą] ir kuria mano profilį. @{co} [prieštarauju tam|prieštarauju tokiam profiliavimui]!",
            "⭐ [man nesvarbu|nesvarbu], kaip vadinat tą „teisėtą interesą“, aš [prieštarauju|nesutinku], kad [analizuotumėt mano pirkimo įpročius|naudotumėt mano duomenis analitikai]. [liaukitės.|užteks.]",
            "@{co} prieštarauju, kad mano duomenimis būtų [dalijamasi grupės viduje|keičiamasi tarp grupės įmonių]. [niekada su tuo nesutikau.|]",
            "[2 žvaigždutės.|⭐⭐] [{co} naudoja mano duomenis|jūs naudojat mano duomenis] [rizikos vertinimui|sukčiavimo analizei|kreditingumo vertinimui] remdamiesi „teisėtu interesu“. prieštarauju tokiam tvarkymui [pagal BDAR 21 str.|] ir noriu, kad jį nutrauktumėt.",
            "prieštarauju [profiliavimui|mano elgsenos analizei] pas jus @{co}, [liaukites|nustokit mane analizuoti]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kaip pareikšti prieštaravimą dėl profiliavimo, kurį atliekate remdamiesi teisėtu interesu?",
            "ar galiu prieštarauti, kad mano duomenys būtų naudojami [kredito vertinimui|rizikos vertinimui|elgsenos analizei]?",
            "ar įmanoma nesutikti, kad mano duomenimis būtų dalijamasi [grupės|įmonių grupės] viduje?",
            "{hi}kur siųsti prieštaravimą dėl to, kad [analizuojate mano elgesį|kuriate mano profilį]?",
            "kaip prieštarauti duomenu tvarkymui pagal teiseta interesa? nenoriu buti profiliuojamas",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNesutinku, kad mano asmens duomenys būtų tvarkomi remiantis jūsų teisėtu interesu[ (BDAR 21 straipsnio 1 dalis)|], ypač [mano naudojimosi paslaugomis elgsenos analizei|kredito rizikos vertinimui|vidinei statistikai]. Prašau nutraukti tokį tvarkymą. {acct}\n\n{sign}",
            "{greet}\n\nJūsų privatumo politikoje parašyta, kad remdamiesi teisėtu interesu [analizuojate programėlės naudojimo duomenis|perduodate duomenis įmonių grupės viduje]. Su tuo nesutinku ir prieštarauju tokiam tvarkymui. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRIEŠTARAVIMAS PAGAL BDAR 21 STRAIPSNIO 1 DALĮ\n\nVadovaudamasis {law_gen} 21 straipsnio 1 dalimi, nesutinku, kad mano asmens duomenys būtų tvarkomi remiantis 6 straipsnio 1 dalies f punktu (teisėti duomenų valdytojo interesai), įskaitant [profiliavimą pagal mano elgseną|mano mokumo vertinimą|mano pokalbių įrašymą ir analizę]. {acct} Dėl su mano konkrečia situacija susijusių priežasčių manau, kad mano interesai yra viršesni.\n\nPrašau nutraukti tokį tvarkymą, nebent įrodysite įtikinamas teisėtas priežastis, ir atsakyti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (22 str.)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mano paskolos paraiška buvo atmesta automatiškai. noriu, kad ją peržiūrėtų [žmogus|darbuotojas]",
            "jūsų sistema be jokio paaiškinimo užblokavo mano [paskyrą|kortelę]. [kas tai nusprendė?|ar tai apskritai sprendė žmogus?]",
            "nenoriu, kad apie mane spręstų algoritmas, [prašau žmogaus peržiūros|noriu, kad peržiūrėtų darbuotojas]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "gavau atsisakymą [dėl overdrafto|dėl išsimokėtinai|dėl kredito kortelės] [per 3 sekundes|akimirksniu]. aišku, kad sprendė kompiuteris. [ar gali tikras žmogus pažiūrėti?|noriu, kad kažkas iš darbuotojų peržiūrėtų iš naujo]",
            "{hi}apsas [automatiškai|pats] [užbanino mane|užblokavo mano akauntą] ir nežinau kodėl. [paaiškinkit, kaip sistema tai nusprendė|kokios taisyklės už to slypi?] ir tegul kas nors tai peržiūri",
            "[kaina|draudimo įmoka], kurią gavau, [buvo apskaičiuota automatiškai|išėjo iš kažkokio algoritmo] ir yra [absurdiška|daug didesnė nei draugo]. noriu, kad darbuotojas ją [perskaičiuotų|peržiūrėtų]",
            "mano paraiška [darbui|butui nuomotis] buvo atmesta [kažkokios sistemos|niekam jos neperskaičius]. [ginčiju šį automatinį sprendimą|nesutinku su tokiu mašinos sprendimu] ir prašau žmogaus vertinimo",
            "jūsų [AI|sistema] pažymėjo mano mokėjimą kaip sukčiavimą ir užšaldė kortelę. [kaip veikia tas vertinimas?|kuo remdamasi sistema taip nusprendė?] noriu, kad [tikras žmogus|darbuotojas] peržiūrėtų",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 žvaigždutė. mano [paskolos paraišką|paraišką] [automatiškai|algoritmas] atmetė per [sekundę|kelias sekundes]. @{co} noriu, kad [tai peržiūrėtų žmogus|tai peržiūrėtų darbuotojas]!",
            "⭐ [mano paskyrą užblokavo|mano akauntą užblokavo] [automatinė sistema|algoritmas] be jokio paaiškinimo. [reikalauju|noriu], kad [tikras žmogus|kas nors] [peržiūrėtų sprendimą|dar kartą pažiūrėtų].",
            "@{co} [kodėl|kaip] [kompiuteris|algoritmas] nusprendė, kad [negaunu išsimokėjimo|man taikoma didesnė kaina|man atsakyta]? [paaiškinkit logiką|noriu paaiškinimo] ir [tegul žmogus tai peržiūri|noriu, kad sprendimą peržiūrėtų žmogus].",
            "[2 žvaigždutės.|⭐⭐] [automatinis sprendimas|algoritmas] atsisakė suteikti man [paskolą|kredito kortelę|išsimokėjimą] ir niekas negali paaiškinti kodėl. [ginčiju šį sprendimą|nesutinku su šiuo sprendimu] ir noriu, kad [jį peržiūrėtų darbuotojas|mano atvejį įvertintų žmogus].",
            "[paraiska atmete kompiuteris|sistema pasake ne], niekas [net nepaziurejo|nepatikrino]. noriu, kad [zmogus|kas nors is jusu] perziuretu @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ar [žmogus|darbuotojas] gali peržiūrėti atsisakymą suteikti man paskolą? sprendimą automatiškai priėmė [algoritmas|sistema]",
            "kaip užginčyti automatinį sprendimą [užblokuoti mano paskyrą|atmesti mano paraišką]?",
            "ar galima gauti paaiškinimą, kaip [algoritmas|sistema] nusprendė mane atmesti? ir kad žmogus tai peržiūrėtų?",
            "{hi}kas tai peržiūri, jei kompiuteris automatiškai atsisakė suteikti man [paskolą|kreditą|lizingą]? noriu, kad darbuotojas tai įvertintų",
            "kodel sistema automatiskai uzblokavo mano paskyra? ar gali zmogus tai perziureti?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMano [kredito|išsimokėtinai pirkimo|draudimo] paraiška buvo atmesta [per kelias sekundes|automatiškai]. Prašau, kad sprendimą peržiūrėtų darbuotojas, ir paaiškinkite, kokiais kriterijais remiantis jis priimtas[ (BDAR 22 straipsnis)|]. {acct}\n\n{sign}",
            "{greet}\n\nMano paskyrą [sustabdė|apribojo] automatinė sukčiavimo nustatymo sistema. Prašau žmogaus įsikišimo ir galimybės išdėstyti savo poziciją. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nDĖL AUTOMATIZUOTO SPRENDIMŲ PRIĖMIMO (BDAR 22 STR.)\n\n{when} [mano kredito paraiška buvo atmesta|mano paskyra buvo uždaryta|mano kandidatūra buvo atmesta] be darbuotojo dalyvavimo. {acct} Vadovaudamasis {law_gen} 22 straipsniu, pareiškiu, kad nenoriu, jog man būtų taikomas sprendimas, grindžiamas tik automatizuotu duomenų tvarkymu, įskaitant profiliavimą.\n\nPrašau užtikrinti duomenų valdytojo žmogiškąjį įsikišimą, suteikti galimybę pareikšti savo nuomonę ir užginčyti sprendimą, taip pat pateikti prasmingą informaciją apie naudotą logiką (15 straipsnio 1 dalies h punktas). Prašau atsakyti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nDĖL SUTIKIMO ATŠAUKIMO IR ASMENS DUOMENŲ IŠTRYNIMO (BDAR 7 STR. 3 D. IR 17 STR.)\n\nAtšaukiu visus {co} duotus sutikimus ir, vadovaudamasis {law_gen} 17 straipsnio 1 dalies b punktu, prašau ištrinti visus su manimi susijusius asmens duomenis. {acct}\n\nPrašau patvirtinti ištrynimą {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nAtšaukiu sutikimą tvarkyti mano duomenis ir prašau ištrinti mano paskyrą kartu su {data_acc}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRIEŠTARAVIMAS DĖL TIESIOGINĖS RINKODAROS IR SUTIKIMO ATŠAUKIMAS\n\nVadovaudamasis {law_gen} 21 straipsnio 2 dalimi, nesutinku, kad mano asmens duomenys būtų tvarkomi tiesioginės rinkodaros tikslais. Kartu pagal 7 straipsnio 3 dalį atšaukiu sutikimą gauti naujienlaiškius ir komercinius pranešimus. {acct}\n\nPrašau {deadline} patvirtinti, kad mano duomenys pašalinti iš visų rinkodaros sąrašų.{escalate}\n\n{sign_formal}",
            "{greet}\n\nAtšaukiu sutikimą gauti naujienlaiškį ir nesutinku su jokia tiesiogine rinkodara. Nebesiųskite reklamos adresu {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS PAGAL BDAR 15 IR 20 STRAIPSNIUS\n\nPrašau pateikti informaciją apie mano asmens duomenis, kuriuos tvarkote, ir jų kopiją pagal {law_gen} 15 straipsnį. Be to, pagal 20 straipsnį prašau man pateiktus duomenis perduoti kompiuterio skaitomu formatu (CSV arba JSON). {acct}\n\nAtsakymo laukiu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRIEŠTARAVIMAS (21 STR. 1 D.) IR PRAŠYMAS APRIBOTI TVARKYMĄ (18 STR. 1 D. D P.)\n\nNesutinku, kad mano duomenys būtų tvarkomi remiantis teisėtu interesu [mano elgsenos analizės|vidinio profiliavimo|rizikos vertinimo] tikslais. Kol bus patikrinta, ar jūsų teisėtos priežastys yra viršesnės už mano interesus, prašau pagal {law_gen} 18 straipsnio 1 dalies d punktą apriboti tvarkymą. {acct}\n\nPrašau atsakyti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{when}\n\n{greet_formal}\n\nPRAŠYMAS IŠTAISYTI DUOMENIS (16 STR.) IR APRIBOTI JŲ TVARKYMĄ (18 STR. 1 D. A P.)\n\nMano paskyros duomenys netikslūs: [neteisingas adresas|neteisingai parašyta pavardė|nurodyta skola, kuri jau sumokėta]. Pagal {law_gen} 16 straipsnį prašau juos ištaisyti, o tikrinimo laikotarpiu – apriboti jų tvarkymą. {acct}\n\nPrašau patvirtinti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tema: [Paskyros ištrynimas|Asmens duomenų ištrynimas|Prašymas pagal BDAR 17 str.]\nVardas, pavardė: {name}\nEl. paštas: {email}\nŽinutė: [Prašau ištrinti mano paskyrą ir visus duomenis.|Nebenoriu būti registruotas jūsų sistemoje.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tema: [Prašymas susipažinti su duomenimis|Prašymas pagal BDAR 15 str.|Mano duomenų kopija]\nVardas, pavardė: {name}\nEl. paštas: {email}\nŽinutė: [Prašau atsiųsti apie mane saugomų duomenų kopiją.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kur mano užsakymas {order}[?|??]",
            "užsakymas {order} vis dar neatkeliavo[, siuntos sekimas jau kelias dienas nesikeičia|. Ar yra naujienų?|]",
            "{greet}\n\nUžsakymą (Nr. {order}) pateikiau praėjusią savaitę, bet vis dar negavau išsiuntimo patvirtinimo. Kada jis bus išsiųstas?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Už užsakymą Nr. {order}|Už prenumeratą] pinigai nuskaičiuoti du kartus ({amount} Eur). Prašau grąžinti permokėtą sumą.\n\n{sign}",
            "kodėl mano prenumerata dabar kainuoja {amount} Eur? [niekur to nebuvo parašyta|ar tai klaida?]",
            "{hi}gal galite dar kartą atsiųsti užsakymo {order} sąskaitą faktūrą? [nerandu jos|reikia buhalterijai]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ar dar galiu pakeisti užsakymo {order} pristatymo adresą?",
            "ar pristatote į [paštomatą|Omniva terminalą|LP EXPRESS terminalą]? kiek kainuoja pristatymas?",
            "kurjeris paliko siuntą [pas kaimynus|prie durų]. [taip nedera|kitą kartą tegul paskambina]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "ar turite prekę „{product}“ [juodos spalvos|didesnio dydžio|kitų spalvų]?",
            "{greet}\n\nKada vėl turėsite prekę „{product}“? Norėčiau užsisakyti dvi.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "negaliu prisijungti prie paskyros, o slaptažodžio atkūrimo laiškas neateina[. šlamšte irgi nėra|]",
            "{hi}pamiršau slaptažodį, o prisijungimo kodas ateina į seną numerį. ką daryti?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nPrieš [dvi|tris] savaites grąžinau prekę „{product}“ (užsakymas Nr. {order}), bet {amount} Eur dar negrąžinti.\n\n{sign}",
            "prekė „{product}“ atkeliavo [sugadinta|su defektu]. [noriu atgauti pinigus|prašau pakeisti]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Klausimas: ar saugote mano mokėjimo kortelės duomenis? Noriu tik įsitikinti, kad viskas saugu.",
            "kur rasti jūsų privatumo politiką? [nuoroda puslapio apačioje neveikia|programėlėje jos nerandu]",
            "Patinka, kad neparduodate klientų duomenų. Todėl ir perku pas jus!",
            "Ar {co} atitinka BDAR reikalavimus? Svarstome įmonės prenumeratą savo komandai.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kaip užsiprenumeruoti naujienlaiškį? forma [meta klaidą|neužsikrauna]",
            "{greet}\n\nUžsiprenumeravau naujienlaiškį, bet negavau 10 % nuolaidos kodo. Gal galite atsiųsti dar kartą?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nPrašau nutraukti mano prenumeratą pasibaigus dabartiniam laikotarpiui. Paskyrą noriu pasilikti.\n\n{sign}",
            "kaip laikinai sustabdyti prenumeratą, kad neprarasčiau [taškų|mėgstamiausių sąrašo]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kaip ištrinti prekę iš krepšelio?",
            "ar dar galiu atšaukti užsakymą {order}? pasirinkau ne tą dydį",
            "netyčia ištryniau [pristatymo adresą, kaip vėl jį|išsaugotą kortelę, kaip vėl ją] pridėti?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Ačiū, gavau patvirtinimą, kad mano duomenys ištrinti. Viskas gerai.",
            "kur galiu pakeisti naujienlaiškio nustatymus? norėčiau gauti ir pasiūlymus apie išpardavimus",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[pamiršau slaptažodį|negaliu prisijungti prie programėlės], o slaptažodžio atkūrimo laiškas [neateina|nepasiekia]. [ką daryti?|galit padėti?]",
            "{hi}kaip [pakeisti planą|pereiti į premium|pereiti į pigesnį planą]?",
            "ar mano duomenys pas jus saugūs? [tiesiog įdomu|tik klausiu], [viskas gerai|nieko neprašau]",
            "kur programėlėje matyti [mano sąskaitas|sąskaitas faktūras]?",
            "{hi}netyčia atsisakiau naujienlaiškio[, oi|]. kaip vėl užsiprenumeruoti?",
            "ar galima prie paskyros pridėti [antrą el. pašto adresą|dar vieną el. paštą]?",
            "ar turit programėlę [planšetėms|ipad'ui]? [ir kaip įjungti pranešimus?|]",
            "mano užsakymas {order} vis dar neatkeliavo[.|..] [beje, ačiū už greitą pagalbą praeitą kartą!|galit patikrinti?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ar tu [botas|robotas] ar [tikras|gyvas] žmogus?",
            "{hi}[kuo tu vardu?|koks tavo vardas?]",
            "ką tu [moki|gali] daryti?",
            "papasakok ką nors apie save",
            "[chachacha|haha|lol] ok[| ačiū]",
            "ar dirbate [sekmadieniais|savaitgaliais|per šventes]?",
            "[koks šiandien oras?|gal žinai kokį gerą restoraną?|man nuobodu|labanakt]",
            "ką žinai apie [kavos aparatus|ausines|dulkių siurblius|išmaniuosius laikrodžius]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "[noriu|norėčiau] nutraukti [Premium|Plus|Pro|šeimos] prenumeratą [mėnesio pabaigoje|nuo kito mėnesio|pasibaigus šiam atsiskaitymo laikotarpiui], bet paskyrą pasilieku",
            "ar galiu [sustabdyti|pristabdyti] savo [dėžutę|narystę|sporto klubo abonementą] [liepai|rugpjūčiui|porai savaičių|vienam mėnesiui]?",
            "kaip [išjungti|atšaukti] [automatinį pratęsimą|auto-renew|automatinį atnaujinimą]?",
            "kaip atsaukti [nemokama bandomaji laikotarpi|free trial] kol dar [nenuskaiciavo pinigu|nenurase pinigu is korteles]?",
            "[noriu pereiti iš metinio į mėnesinį planą|noriu pereiti iš mėnesinio į metinį planą|norėčiau pereiti į [Premium|Pro|Family] planą, kiek reikės primokėti?]",
            "ar galima pakeisti mokėjimo dieną į kiekvieno mėnesio [1|15|20|25] d.?[| dabar nuskaičiuoja per anksti]",
            "{greet}\n\nnoriu pakeisti savo planą iš [Premium|Pro|Family] į [Basic|Lite|Standard] nuo kito atsiskaitymo laikotarpio. Paskyra lieka, tiesiog reikia pigesnio plano.\n\n{sign}",
            "{greet}\n\nprašau sustabdyti mano periodinį užsakymą ([kavos pupelių|kontaktinių lęšių|vitaminų|ėdalo šuniui]) nuo {when}. [Kai vėl prireiks, atnaujinsiu pats.|Po poros mėnesių norėčiau tęsti.]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "negaliu prisijungti[ prie programėlės| prie paskyros|], [rašo neteisingas slaptažodis|meta klaidą|tiesiog kraunasi ir kraunasi]",
            "[pamiršau|užmiršau] slaptažodį, kaip [jį atkurti|nusistatyti naują]?",
            "neateina [patvirtinimo kodas|SMS kodas|2FA kodas|vienkartinis kodas][ į telefoną|], jau [trečią kartą|kelis kartus] spaudžiu siųsti iš naujo",
            "nusipirkau naują telefoną, kaip dabar prisijungti, jei [autentifikatoriaus programėlė|Google Authenticator] liko sename?",
            "paskyra [užblokuota|užrakinta] po kelių [nesėkmingų bandymų|neteisingų slaptažodžių], ką daryti?",
            "programele [vis|nuolat] mane atjungia[ po atnaujinimo| kas kelias minutes|], kodel?",
            "{greet}\n\nnorėčiau atsijungti nuo visų įrenginių – [buvau prisijungęs svetimame kompiuteryje|pamečiau planšetę|pavogė telefoną]. Kaip tai padaryti ir ar reikia pasikeisti slaptažodį?\n\n{sign}",
            "{greet}\n\njau [valandą|pusdienį|antrą dieną] bandau atkurti slaptažodį, bet nuoroda [neateina|nebeveikia|rodo klaidą]. Ką dar galiu pabandyti?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "ar [nuolaidos kodas|kuponas] [WELCOME10|PAVASARIS20|SALE15] dar galioja?",
            "kaip užsisakyti [naujienlaiškį|newsletterį] ir gauti [10|15] % nuolaidą pirmam pirkiniui?",
            "gavau [SMS|naujienlaiškį|laišką] apie [išpardavimą|Black Friday akciją|-30 % akciją], ar pasiūlymas galioja ir [parduotuvėje|programėlėje|internetu]?",
            "[kiek turiu lojalumo taškų ir kaip juos panaudoti?|kaip panaudoti sukauptus taškus?|ar taškai nesibaigia?]",
            "kodas neveikia krepselyje, raso kad [negalioja|pasibaiges|netinka siai prekei]",
            "ar gausiu [bonusą|nuolaidą|kreditą] jei draugas užsiregistruos pagal mano nuorodą?",
            "{greet}\n\nnaujienlaiškyje mačiau [20 % nuolaidą|nemokamą pristatymą|akciją „2 už 1“], bet užsakymui {order} pasiūlymas nebuvo pritaikytas. Ar galite grąžinti skirtumą?\n\n{sign}",
            "{greet}\n\nar turite dovanų kuponų [gimtadieniui|Kalėdoms|Motinos dienai]? Ir ar [artimiausiu metu|šį mėnesį] planuojate išpardavimą? Norėčiau palaukti nuolaidų prieš pirkdamas.\n\n{sign}",
        ]},
    ],
};

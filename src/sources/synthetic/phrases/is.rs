//! Icelandic: Iceland (EEA; almenna persónuverndarreglugerðin / reglugerð (ESB) 2016/679 as
//! incorporated by lög nr. 90/2018, Persónuvernd as the supervisory authority).
//!
//! Most Icelanders carry a patronymic that agrees with the bearer's gender (Jónsson /
//! Jónsdóttir) and the generator picks first and last names independently, so both lists are
//! male and the texts' self-references (þakklátur) are masculine to match. Prices in krónur have
//! no decimals, so no template uses `{amount}`.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "is",
    locales: &[("is-IS", 100)],
    first_names: &[
        "Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán",
        "Jóhann", "Björn", "Árni", "Helgi", "Pétur", "Arnar", "Davíð", "Bjarki", "Hilmar", "Aron",
        "Birgir", "Þórður", "Ragnar",
    ],
    last_names: &[
        "Jónsson", "Sigurðsson", "Guðmundsson", "Gunnarsson", "Ólafsson", "Einarsson", "Kristjánsson",
        "Magnússon", "Stefánsson", "Jóhannsson", "Björnsson", "Árnason", "Helgason", "Pétursson",
        "Arnarson", "Halldórsson", "Karlsson", "Blöndal", "Briem", "Thorarensen", "Hafstein",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "simnet.is", "internet.is", "visir.is", "hotmail.com",
        "outlook.com", "icloud.com", "mi.is",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Góðan dag,", "Góðan daginn,", "Halló,", "Komið þið sæl,", "Sæl veriði,",
            "Góðan dag, {co},", "Ágæta þjónustuver,",
        ]),
        ("greet_formal", &[
            "Góðan dag,", "Ágæti persónuverndarfulltrúi,",
            "{co}\nB.t. persónuverndarfulltrúa\n\nÁgæti viðtakandi,",
        ]),
        ("hi", &["hæ, ", "halló, ", "góðan dag, ", "", "", "", "Hæ! ", "Sæl, "]),
        ("thanks", &[
            "Kær kveðja,", "Bestu kveðjur,", "Með kveðju,", "Takk fyrir,", "Fyrirfram þakkir,",
            "Kveðja,", "Með bestu kveðju,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSent úr iPhone", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Virðingarfyllst,\n\n{name}", "Virðingarfyllst,\n\n{name}\n{email}", "Með kveðju,\n\n\n{name}"]),
        ("street", &[
            "Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hringbraut", "Suðurgata", "Álfheimar",
            "Hamraborg", "Strandgata", "Borgartún", "Grettisgata", "Kirkjuvegur", "Aðalstræti",
        ]),
        ("city", &[
            "10{d} Reykjavík", "10{d} Reykjavík", "11[0|1|2|3] Reykjavík", "200 Kópavogur", "210 Garðabær",
            "220 Hafnarfjörður", "600 Akureyri", "800 Selfoss", "230 Reykjanesbær", "270 Mosfellsbær",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}, íbúð [1|2|3|4|5|6|7|8|9]0[1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("acct", &[
            "Aðgangurinn minn er skráður á netfangið {email}.", "Netfangið mitt er {email}.",
            "Reikningurinn er á nafni {name}, netfang {email}.", "Netfang: {email}",
            "Þið finnið mig undir netfanginu {email}.",
        ]),
        ("product", &[
            "heyrnartól", "kaffivél", "vetrarúlpa", "símahulstur", "hlaupaskór", "skrifborðslampi",
            "hleðslubanki", "snjallúr", "jógadýna", "ryksuga",
        ]),
        ("law_gen", &["almennu persónuverndarreglugerðarinnar", "reglugerðar (ESB) 2016/679", "persónuverndarreglugerðarinnar (GDPR)"]),
        ("deadline", &[
            "innan eins mánaðar frá móttöku beiðninnar", "án ótilhlýðilegrar tafar og í síðasta lagi innan eins mánaðar",
            "eigi síðar en {date}", "innan þess frests sem kveðið er á um í 3. mgr. 12. gr. reglugerðarinnar",
        ]),
        ("escalate", &[
            " Berist svar ekki innan þess frests mun ég leggja fram kvörtun til Persónuverndar.",
            " Að öðrum kosti áskil ég mér rétt til að leita til Persónuverndar.", "",
        ]),
    ],
    families: &[
        // ---- access (15. gr.)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvaða upplýsingar [geymið|hafið] þið um mig[?|??]",
            "{hi}getið þið sent mér [afrit af gögnunum mínum|yfirlit yfir öll gögnin mín][?| takk]",
            "ég vil sjá hvað þið [geymið|vitið] um mig",
            "hvernig sæki ég öll gögnin mín[?| úr appinu?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}sá auglýsingu [frá ykkur|á insta|á facebook] sem vissi [óþægilega mikið|allt of mikið] um mig[...|.] hvað eruð þið eiginlega búin að [safna|skrá] um mig?",
            "var að finna gamlan [account|aðgang] hjá {co} sem ég var búinn að gleyma. [má ég fá að vita|langar að vita] hvaða [persónuupplýsingar|data|upplýsingar] eru skráðar á mig[?|??]",
            "[er með áhyggjur af persónuvernd|pæli mikið í persónuvernd] og vil vita nákvæmlega hvað {co} [hefur safnað|er með skráð] um mig. [getið þið sent mér það?|hvernig fæ ég það allt?]",
            "er eitthvað [geymt|vistað] um mig í kerfinu ykkar? [netfangið er|er skráður á] {email}[, langar að fá að sjá það allt| og vil fá öll gögnin send]",
            "hæhæ, [smá privacy spurning|spurning varðandi persónuvernd]: hvaða data eruð þið með um mig og hvaðan [kom það|fenguð þið það][?|??]",
            "[hvað er skráð um mig hjá ykkur|hvað er til um mig í kerfinu]? [nafn, kennitala, heimilisfang, kaupsaga?|öll sagan?] sendið mér [það sem þið eruð með|allt saman] takk",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [hvergi hægt að sjá|ekki hægt að finna] hvaða upplýsingar appið [geymir|safnar] um mann. @{co} sendið mér afrit af gögnunum mínum!",
            "⭐ [fínt app|appið virkar] en ég hef beðið í [tvær vikur|mánuð] eftir [yfirliti yfir|afriti af] þeim persónuupplýsingum sem þið hafið um mig. [ekki í lagi.|lélegt.]",
            "@{co} hvaða [gögn|upplýsingar] eruð þið með um mig? [vil fá að sjá allt saman|sýnið mér það] takk",
            "[2 stjörnur.|⭐⭐] [ég á rétt á|samkvæmt GDPR á ég rétt á] að vita hvað er [skráð|vistað] um mig hjá {co}. [hvar er afritið mitt?|sendið mér það bara.]",
            "hvad vitid thid eiginlega um mig @{co}?? vil fa ollu gognin min send [strax|sem fyrst]",
            "[1 stjarna|⭐]. hef [beðið|spurt] þrisvar um [afrit af persónuupplýsingunum mínum|aðgang að gögnunum mínum] og [ekkert svar|fæ bara sjálfvirk svör]. [viljið þið vinsamlegast sýna mér hvað þið geymið um mig?|hvað eruð þið að fela?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig fæ ég að sjá hvaða [persónuupplýsingar|gögn|upplýsingar] þið [eruð með|geymið] um mig?",
            "getið þið sent mér afrit af [öllum gögnunum|öllum upplýsingunum] sem þið eruð með um mig?",
            "er hægt að fá [yfirlit|lista] yfir [allar upplýsingar|öll gögn] sem {co} [geymir|hefur] um mig?",
            "{hi}hvar [get ég séð|sé ég] hvað þið vitið um mig? [þ.e.|sem sagt] öll gögnin sem eru skráð á mig",
            "hvad thurfid thid fra mer til ad eg fai afrit af [gognunum minum|personuupplysingunum minum]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nÉg óska eftir afriti af þeim persónuupplýsingum sem þið vinnið um mig[, ásamt pöntunarsögu og tengiliðaupplýsingum|]. {acct}\n\n{sign}",
            "{greet}\n\nHér með nýti ég rétt minn til aðgangs[ skv. 15. gr. almennu persónuverndarreglugerðarinnar|]. Vinsamlegast upplýsið mig um hvaða upplýsingar þið vinnið um mig, í hvaða tilgangi og hverjum þær hafa verið afhentar. {acct}\n\n{sign}",
            "{greet}\n\nMig langar að vita hvaða persónuupplýsingar {co} hefur um mig og hvaðan þær koma. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Beiðni um aðgang að persónuupplýsingum skv. 15. gr. {law_gen}\n\nMeð vísan til 15. gr. reglugerðar (ESB) 2016/679 óska ég eftir staðfestingu á því hvort þið vinnið persónuupplýsingar um mig. {acct} Ef svo er óska ég eftir:\n\n1. afriti af þeim persónuupplýsingum sem eru til vinnslu;\n2. upplýsingum um tilgang vinnslunnar;\n3. upplýsingum um flokka persónuupplýsinga;\n4. upplýsingum um viðtakendur, einkum í þriðju löndum;\n5. upplýsingum um fyrirhugaðan varðveislutíma;\n6. upplýsingum um uppruna gagnanna, hafi þeim ekki verið safnað hjá mér;\n7. upplýsingum um hvort sjálfvirk ákvarðanataka, þ.m.t. gerð persónusniðs, fari fram.\n\nVinsamlegast svarið {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nEfni: Aðgangsréttur skráðs einstaklings (15. gr. persónuverndarreglugerðarinnar)\n\nSem skráður einstaklingur óska ég eftir afriti af öllum persónuupplýsingum sem {co} vinnur um mig, ásamt þeim upplýsingum sem tilgreindar eru í a–h-lið 1. mgr. 15. gr. reglugerðarinnar. {acct}\n\nÉg vænti svars {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (17. gr.)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vinsamlegast eyðið aðganginum mínum[ og öllum gögnunum mínum| fyrir fullt og allt|][.|!|]",
            "ég vil að [aðganginum mínum verði eytt|öllum gögnum um mig verði eytt][ strax|][.|!|]",
            "hvernig eyði ég aðganginum mínum [alveg|endanlega][?|??]",
            "eyðið öllu sem þið hafið um mig[, takk|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}er hættur að nota appið, [getið þið lokað|viljið þið loka] [accountinum|aðganginum] og [hent|fjarlægt] öllum upplýsingum um mig[?|.]",
            "fann gamlan [aðgang|account] hjá {co} frá [2015|2017|því í den]. langar að losna við hann og allt sem honum fylgir, [hreinsið það út|má deleta öllu] takk",
            "hvernig deleta ég [accountinum|prófílnum] mínum[?|??] [finn það hvergi í stillingunum|sé engan takka fyrir það í appinu]",
            "[lenti í leiðinlegri reynslu|fékk ömurlega þjónustu] hjá ykkur og vil ekki vera skráður hjá ykkur lengur. fjarlægið prófílinn minn og öll mín gögn úr kerfinu[.|!]",
            "má ég fá [prófílinn|aðganginn] minn þurrkaðan út? vil ekki að neitt verði eftir um mig hjá {co}[ takk|]",
            "plís [hreinsið|þurrkið] út allt um mig, [nafn, símanúmer, kaupsögu, allt|myndir og allt]. [er að minnka stafræna fótsporið|er að taka til á netinu]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [eyðið|eyðið bara] aðganginum mínum @{co}, [það er enginn takki fyrir það í appinu|finn hvergi hvernig á að eyða honum]",
            "⭐ ömurlegt app. vil láta eyða [reikningnum mínum|prófílnum mínum|notandanum mínum] og öllum gögnum um mig. [strax.|núna.]",
            "@{co} [hvernig|hvar] eyði ég aðganginum? [búinn að leita út um allt|finn það ekki]. þurrkið út allar upplýsingar um mig takk",
            "[2 stjörnur.|⭐⭐] [er hættur að nota appið|nota þetta ekki lengur] og vil að þið fjarlægið [öll gögnin mín|allar persónuupplýsingar mínar] [af þjónunum ykkar|úr kerfinu]. [samkvæmt GDPR|ég á rétt á því].",
            "eydid accountinum minum [takk|strax] @{co}",
            "[1 stjarna.|⭐] [bað um eyðingu fyrir mánuði|sendi beiðni um að eyða aðganginum fyrir löngu] og fæ enn [tölvupóst|tilkynningar] frá ykkur. eyðið [mér|gögnunum mínum] [úr kerfinu|alveg] [NÚNA|strax]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig eyði ég [aðganginum|reikningnum] mínum [alveg|endanlega|fyrir fullt og allt]?",
            "getið þið eytt [aðganginum mínum|reikningnum mínum|prófílnum mínum] og öllum upplýsingum um mig?",
            "er hægt að láta [eyða|þurrka út] öllum gögnum um mig hjá ykkur?",
            "{hi}hvert sný ég mér til að láta eyða [aðganginum|notandanum] mínum og öllu sem þið eigið um mig?",
            "hvernig get eg latid eyda [ollum personuupplysingum um mig|adganginum minum]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nÉg nota ekki lengur [þjónustuna ykkar|appið|aðganginn minn hjá {co}] og bið ykkur um að eyða aðganginum mínum og öllum persónuupplýsingum mínum. [Vinsamlegast staðfestið eyðinguna.|Ég yrði þakklátur fyrir stutta staðfestingu.|]\n\n{sign}",
            "{greet}\n\nHér með fer ég fram á að öllum persónuupplýsingum mínum verði eytt án ótilhlýðilegrar tafar[ skv. 17. gr. almennu persónuverndarreglugerðarinnar|]. {acct}\n\n{sign}",
            "{greet}\n\nÉg stofnaði aðgang [fyrir ári|fyrir nokkru] eingöngu vegna einnar pöntunar. Vinsamlegast lokið aðganginum og eyðið öllum gögnum um mig. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Beiðni um eyðingu persónuupplýsinga („réttur til að gleymast“) skv. 17. gr. {law_gen}\n\nMeð vísan til 1. mgr. 17. gr. reglugerðar (ESB) 2016/679 fer ég fram á að öllum persónuupplýsingum sem varða mig verði eytt án ótilhlýðilegrar tafar. {acct} Upplýsingarnar eru ekki lengur nauðsynlegar í þeim tilgangi sem þeirra var aflað í.\n\nHafi upplýsingum um mig verið miðlað til þriðja aðila óska ég eftir að honum verði tilkynnt um eyðinguna, sbr. 19. gr. reglugerðarinnar. Komi lagaskylda til varðveislu í veg fyrir fulla eyðingu óska ég eftir upplýsingum um hvaða gögn verða varðveitt, á hvaða grundvelli og hve lengi.\n\nVinsamlegast staðfestið eyðinguna skriflega {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nEfni: Lokun aðgangs og eyðing gagna\n\nÉg nýti rétt minn skv. 17. gr. persónuverndarreglugerðarinnar og fer fram á að aðgangi mínum hjá {co} verði lokað og öllum tengdum persónuupplýsingum eytt, einnig úr afritum þar sem það er tæknilega mögulegt. {acct}\n\nVinsamlegast upplýsið mig um þær ráðstafanir sem gerðar hafa verið {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[í þriðja sinn|enn og aftur|ég hef skrifað tvisvar]: EYÐIÐ AÐGANGINUM MÍNUM og öllum gögnum[!|!!]",
            "það er [enginn eyða-hnappur í appinu|ekki hægt að eyða aðganginum í appinu]. ég vil að [aðgangurinn|allt] hverfi, ásamt gögnunum mínum",
        ]},
        // ---- rectification (16. gr.)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nafnið mitt er vitlaust skrifað í aðganginum, rétt er {name}",
            "getið þið leiðrétt fæðingardaginn minn? [hann er rangur|árið er vitlaust]",
            "[heimilisfangið mitt|símanúmerið mitt] hjá ykkur er [gamalt|rangt][, vinsamlegast breytið því|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}er fluttur [í nýja íbúð|út á land|í annað hverfi] og [reikningurinn|pakkinn] fór á gamla staðinn. getið þið uppfært skráninguna? nýja er {street} {d}{d}, {city}",
            "fékk [reikning|rukkun] stílaðan á [vitlaust nafn|rangt nafn], [ég heiti|rétt nafn er] {name}. [getið þið lagað þetta í kerfinu?|endilega lagið skráninguna]",
            "er kominn með nýtt [númer|símanúmer], gamla er ekki í notkun lengur. [má skipta því út|má uppfæra það] í [aðganginum|kerfinu] hjá ykkur?",
            "[smá villa|mistök] í prófílnum mínum: [fæðingarárið|kennitalan|netfangið] er ekki rétt skráð. hvernig fæ ég það lagað[?|??]",
            "skipti um [eftirnafn|nafn] [nýlega|fyrir stuttu], [getið þið|geturðu] [breytt|uppfært] því hjá ykkur? nýja er {last}",
            "{hi}appið sýnir [gamla heimilisfangið mitt|rangt símanúmer] enn, þó ég hafi reynt að breyta því sjálfur. [lagið þetta takk|getið þið lagað skráninguna?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [heimilisfangið mitt|nafnið mitt] er [vitlaust|rangt] skráð og appið leyfir mér ekki að breyta því. @{co} [leiðréttið þetta|lagið þetta] takk",
            "@{co} þið eruð með [rangt símanúmer|gamalt heimilisfang|vitlausan fæðingardag] á mér. [vinsamlegast leiðréttið|uppfærið] það, ég er [fluttur|búinn að skipta um númer]",
            "⭐⭐ [pakkarnir mínir fara alltaf á gamla heimilisfangið|sendingar fara á vitlaust heimilisfang] því þið hafið ekki [uppfært|leiðrétt] skráninguna mína. ég er núna á {street} [1|2|3|4|5]{d}.",
            "[nafnid mitt er vitlaust stafsett|rangt nafn a profilnum] hja ykkur @{co}, [getid thid lagad thad?|leidrettid thad plis]",
            "[2 stjörnur.|⭐] fæðingardagurinn minn er rangur í kerfinu ykkar og [það er enginn staður|ég finn engan stað] til að breyta honum. á að vera {date}. [leiðréttið það takk.|getið þið lagað þetta?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig breyti ég [heimilisfanginu|símanúmerinu] mínu? það er [vitlaust|rangt|gamalt] hjá ykkur",
            "getið þið leiðrétt nafnið mitt? það er [vitlaust stafað|rangt skráð] í kerfinu",
            "er hægt að [laga|leiðrétta] fæðingardaginn minn? [hann er rangur|þið eruð með vitlausa dagsetningu]",
            "{hi}hvar uppfæri ég heimilisfangið mitt? [ég er fluttur|það er breytt], nýja er {street} 1{d}",
            "hvad geri eg til ad thid leidrettid [simanumerid|netfangid] mitt? thad er [vitlaust|gamalt]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Heimilisfangið sem þið hafið skráð er úrelt. Vinsamlegast leiðréttið það[ skv. 16. gr. persónuverndarreglugerðarinnar|]. Nýja heimilisfangið er {street} {d}{d}, {city}.|Nafnið mitt er rangt skrifað. Vinsamlegast leiðréttið það[ skv. 16. gr. persónuverndarreglugerðarinnar|]. Rétt er: {name}.|Fæðingardagurinn í aðganginum mínum er rangur. Vinsamlegast leiðréttið hann[ skv. 16. gr. persónuverndarreglugerðarinnar|]. Réttur fæðingardagur er {date}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\nÉg er fluttur en í kerfinu ykkar er enn gamla heimilisfangið. Vinsamlegast uppfærið upplýsingarnar mínar. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Beiðni um leiðréttingu rangra persónuupplýsinga skv. 16. gr. {law_gen}\n\nÉg hef orðið þess var að persónuupplýsingar sem {co} vinnur um mig eru rangar: [fæðingardagur minn er rangt skráður|nafn mitt er rangt skrifað|skráð eru vanskil sem eru ekki til staðar]. {acct}\n\nMeð vísan til 16. gr. reglugerðar (ESB) 2016/679 fer ég fram á að upplýsingarnar verði leiðréttar án tafar og að viðtakendum þeirra verði tilkynnt um leiðréttinguna, sbr. 19. gr. Vinsamlegast staðfestið leiðréttinguna skriflega {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vinsamlegast ekki [selja|afhenda] þriðja aðila upplýsingarnar mínar",
            "ég vil ekki að gögnin mín séu [seld|afhent] [auglýsendum|gagnamiðlurum|öðrum fyrirtækjum]",
            "hvar get ég bannað að upplýsingum um mig sé deilt með samstarfsaðilum?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "fæ [allt í einu|upp úr þurru] [símtöl|spam|SMS] frá fyrirtækjum sem ég hef aldrei heyrt um. eruð þið að láta upplýsingarnar mínar ganga áfram? hættið því takk",
            "{hi}vil ekki að {co} [deili|sendi] [mínum gögnum|upplýsingum um mig] áfram til [partnera|auglýsingafyrirtækja|data brokera]. hvar slekk ég á því[?|??]",
            "[las persónuverndarstefnuna ykkar|var að lesa privacy stefnuna] og sé að þið [miðlið|látið] gögnum til [þriðju aðila|samstarfsfyrirtækja]. ég vil vera undanskilinn því",
            "do not sell takkinn [finnst ekki|virkar ekki] í appinu. [endilega|vinsamlegast] ekki [láta|gefa] neinum öðrum [upplýsingarnar mínar|gögnin mín]",
            "plís hættið að [deila|dreifa] [netfanginu|símanúmerinu] mínu til annarra fyrirtækja, [er farinn að fá spam úr öllum áttum|fékk SMS frá fyrirtæki sem ég þekki ekki]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [hættið að selja gögnin mín|ekki selja upplýsingarnar mínar] @{co}!",
            "⭐ komst að því að {co} [deilir|selur] [persónuupplýsingum|gögnum] notenda með [auglýsendum|þriðju aðilum|gagnamiðlurum]. ég vil að mínum gögnum sé [ekki deilt með neinum|haldið hjá ykkur]. [hættið því strax.|takk.]",
            "@{co} ég [banna|neita] ykkur að [selja|deila] upplýsingunum mínum [til samstarfsaðila|til auglýsenda|áfram]. [hvernig slekk ég á þessu?|staðfestið takk]",
            "[2 stjörnur.|⭐⭐] [appið er fínt en|ágætt app en] [skilmálarnir segja|persónuverndarstefnan segir] að þið megið [afhenda|deila] gögnunum mínum til [þriðja aðila|samstarfsfyrirtækja]. ég vil ekki að [gögnin mín|upplýsingarnar mínar] fari neitt út fyrir {co}.",
            "ekki selja eda deila gognunum minum [med odrum|til thridja adila] @{co} takk",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig kem ég í veg fyrir að þið seljið [upplýsingarnar mínar|gögnin mín] til [þriðju aðila|auglýsenda|gagnamiðlara]?",
            "getið þið hætt að [selja gögnin mín|deila gögnunum mínum með öðrum fyrirtækjum]?",
            "er hægt að banna ykkur að deila [gögnunum mínum|upplýsingunum mínum] með [samstarfsaðilum|auglýsendum]?",
            "{hi}seljið þið gögnin mín áfram? ef svo er, [hvernig stoppa ég það|viljið þið hætta því]?",
            "hvar slekk eg a thvi ad {co} [selji gognin min|deili upplysingunum minum] afram?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nHér með andmæli ég því að persónuupplýsingar mínar séu afhentar eða seldar þriðja aðila, einkum í auglýsingaskyni. {acct}\n\n{sign}",
            "{greet}\n\nUpplýsingarnar mínar virðast hafa borist [símasölufyrirtæki|fyrirtæki sem selur netfangalista]. Vinsamlegast hættið að deila upplýsingum um mig með [samstarfsaðilum|þriðja aðila]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Bann við afhendingu og sölu persónuupplýsinga minna til þriðja aðila\n\nHér með tilkynni ég að ég samþykki ekki að persónuupplýsingar mínar séu seldar, leigðar eða afhentar þriðja aðila með öðrum hætti, þ.m.t. auglýsinganetum og gagnamiðlurum. {acct} Byggist slík miðlun á samþykki mínu afturkalla ég það; byggist hún á lögmætum hagsmunum andmæli ég henni skv. 21. gr. {law_gen}.\n\nVinsamlegast upplýsið mig um hvaða viðtakendum upplýsingunum hefur verið miðlað og staðfestið að miðluninni hafi verið hætt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (2. mgr. 21. gr.)
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[vinsamlegast |]engar [auglýsingar|fréttabréf|markpóst|SMS-auglýsingar] lengur[!|.|]",
            "[takið mig af póstlistanum|ég vil afskrá mig af fréttabréfinu]",
            "hættið að senda mér [tilboð|auglýsingar|markpóst][!|.|]",
            "hvernig afskrái ég mig af póstlistanum ykkar[?|, hlekkurinn virkar ekki]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[innhólfið mitt er fullt af|fæ daglega] [newsletterum|kynningarpósti] frá ykkur, [vil ekki fá þetta lengur|nenni þessu ekki]. [unsubscribe takk|afþakka allan kynningarpóst]",
            "unsubscribe linkurinn [virkar ekki|fer bara á villusíðu]. [getið þið tekið {email} út|viljið þið taka {email} af listanum]?",
            "ekki fleiri sölusímtöl takk, [þriðja símtalið í vikunni|ég hef sagt nei oft]. [merkið mig þannig að ekki megi hringja|vil ekki fá tilboð í síma]",
            "afþakka öll [SMS tilboð|kynningar-SMS|markaðs-SMS] frá {co}, [fékk eitt kl 7 í morgun|þetta er bara spam]",
            "{hi}[verslaði einu sinni|keypti {product} einu sinni] og síðan fæ ég [auglýsingapóst|newsletter] [á hverjum degi|endalaust]. vil ekki vera á þessum lista",
            "hvernig afþakka ég [kynningarpóstinn|auglýsingapóstinn] ykkar? vil halda [accountinum|aðganginum], bara ekki fá [spam|tilboð]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [ruslpóstur|spam] á hverjum degi. @{co} [afskráið mig af póstlistanum|takið mig af póstlistanum] [NÚNA|takk]",
            "⭐ [afskráningartakkinn virkar ekki|ýtti á afskrá og fæ samt póst]. hættið að senda mér [fréttabréf|auglýsingapóst|tilboð] [!!|, búinn að biðja um það þrisvar]",
            "@{co} [hættið að senda mér sms|ekki fleiri SMS tilboð] takk, [vil ekki fá auglýsingar|hef engan áhuga á tilboðunum ykkar]",
            "[2 stjörnur.|⭐⭐] [fínar vörur|appið virkar fínt] en [markaðspósturinn|auglýsingapósturinn] er [óþolandi|út í hött]. [vil ekki fá neinn markaðspóst|vil engin fréttabréf] frá {co} lengur og [engin sölusímtöl|ekki hringja í mig með tilboð] heldur.",
            "unsubscribe!! [haettid ad senda mer postlista|afskraid mig] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig afskrái ég mig af [póstlistanum|fréttabréfinu]?",
            "getið þið hætt að senda mér [auglýsingapóst|tilboð í SMS|markaðspóst|fréttabréf]?",
            "er hægt að losna við öll þessi [tilboðs-SMS|sölusímtöl|auglýsingaskeyti]?",
            "{hi}hvar [afþakka ég fréttabréfið|segi ég upp fréttabréfinu]? [fæ alltof mikinn póst frá ykkur|þetta er of mikið]",
            "hvad tharf eg ad gera svo thid haettid ad senda mer auglysingar i tolvuposti?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVinsamlegast fjarlægið netfangið {email} af öllum markaðslistum. Ég hef afskráð mig [tvisvar|oftar en einu sinni] en fæ fréttabréfið samt enn.\n\n{sign}",
            "{greet}\n\nÉg andmæli notkun upplýsinga minna í þágu beinnar markaðssetningar[ (2. mgr. 21. gr. persónuverndarreglugerðarinnar)|]. Vinsamlegast sendið mér ekki fleiri auglýsingar, hvorki í tölvupósti né með SMS. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Andmæli við vinnslu persónuupplýsinga í þágu beinnar markaðssetningar (2. mgr. 21. gr. {law_gen})\n\nMeð vísan til 2. og 3. mgr. 21. gr. reglugerðar (ESB) 2016/679 andmæli ég vinnslu persónuupplýsinga minna í þágu beinnar markaðssetningar, þ.m.t. gerð persónusniðs sem tengist slíkri markaðssetningu. {acct}\n\nVinsamlegast hættið að senda mér markaðsefni eftir öllum leiðum (tölvupósti, SMS, síma, bréfpósti) og staðfestið það {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (3. mgr. 7. gr.)
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ég afturkalla samþykki mitt fyrir [vafrakökum|rakningu|vinnslu gagnanna minna][.|!|]",
            "vinsamlegast [slökkvið á|stöðvið] [staðsetningarrakningu|rakningu] á aðganginum mínum",
            "ég samþykki ekki lengur að þið notið gögnin mín í [sérsniðnar auglýsingar|greiningar|gerð persónusniðs]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hakaði óvart í [að leyfa tracking|að samþykkja allar cookies|leyfi fyrir staðsetningu] þegar ég skráði mig. [vil draga það til baka|hvernig dreg ég það til baka?]",
            "{hi}ég gaf leyfi fyrir því að þið mættuð nota [myndina af mér|myndirnar mínar|upptökuna af mér] [á instagram|á vefnum ykkar]. er búinn að skipta um skoðun og dreg leyfið til baka",
            "vil ekki lengur að [úrið|appið] deili [heilsugögnunum|svefngögnunum|púlsinum] mínum með ykkur. [tek leyfið til baka|dreg samþykkið til baka], hvernig geri ég það?",
            "location leyfið: [vil ekki hafa það á lengur|tek það til baka]. [appið þarf ekki að vita hvar ég er|nenni ekki að vera eltur]",
            "samþykkti [cookies|vafrakökur] á síðunni ykkar en sé eftir því, [dreg það til baka|vil hætta við það]. [bara nauðsynlegar kökur takk|ekkert analytics]",
            "[hætti við|dreg til baka] leyfið sem ég gaf fyrir [persónusniðnum ráðleggingum|analytics|notkun á raddupptökunum mínum]. [hvar breyti ég því?|gerið það óvirkt takk]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [appið fylgist með staðsetningunni minni|appið rekur hvar ég er] allan sólarhringinn. @{co} ég [dreg samþykkið mitt til baka|afturkalla samþykkið] fyrir staðsetningargögnum",
            "⭐ ég samþykkti [vafrakökur og rakningu|tracking] [óvart|á sínum tíma] og vil draga það samþykki til baka. [af hverju er enginn takki fyrir það?|hvar geri ég það?]",
            "@{co} þið megið ekki lengur nota [myndirnar mínar|myndina af mér] í [auglýsingum|markaðsefni]. ég [afturkalla|dreg til baka] samþykkið sem ég gaf [í fyrra|þá]",
            "[2 stjörnur.|⭐⭐] [ég leyfði|ég gaf leyfi fyrir] að appið notaði [heilsugögnin mín|svefngögnin mín|púlsgögnin] en ég vil það ekki lengur. [samþykkið er afturkallað|ég dreg það leyfi til baka] og [hættið að vinna með þau|ekki nota þau framar].",
            "dreg samthykkid mitt til baka fyrir [greiningu|sersnidnu efni|personusnidningu] @{co}, [vil thad ekki lengur|nei takk]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig dreg ég samþykkið mitt til baka fyrir [staðsetningarrakningu|vafrakökur og rakningu|notkun á myndunum mínum]?",
            "get ég afturkallað samþykkið sem ég gaf fyrir [notkun á heilsufarsupplýsingunum mínum|upptöku símtala|persónusniðnu efni]?",
            "er hægt að afturkalla samþykkið fyrir [rakningu|greiningu á notkun]? [ég leyfi það ekki lengur|vil ekki lengur leyfa það]",
            "{hi}hvar tek ég aftur samþykkið fyrir því að þið notið [myndirnar mínar|raddupptökurnar mínar|staðsetninguna mína]?",
            "hvernig afturkalla eg samthykki fyrir [vafrakokum|stadsetningu]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nHér með afturkalla ég samþykki mitt fyrir vinnslu persónuupplýsinga minna [vegna sérsniðinna auglýsinga|í greiningarskyni|vegna staðsetningarþjónustu][ (3. mgr. 7. gr. persónuverndarreglugerðarinnar)|]. {acct}\n\n{sign}",
            "{greet}\n\nVið nýskráningu samþykkti ég að [gögnin mín yrðu notuð í markaðsgreiningar|raddupptökur mínar yrðu notaðar til að þjálfa líkön]. Ég vil það ekki lengur – vinsamlegast lítið svo á að samþykkið hafi verið afturkallað. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Afturköllun samþykkis skv. 3. mgr. 7. gr. {law_gen}\n\nHér með afturkalla ég, frá og með deginum í dag, öll þau samþykki sem ég hef veitt {co} fyrir vinnslu persónuupplýsinga minna, einkum vegna gerðar persónusniðs og sérsniðinna auglýsinga. {acct}\n\nVinsamlegast staðfestið skriflega hvaða vinnslu hefur verið hætt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (20. gr.)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}getið þið flutt gögnin mín út á [CSV|JSON|Excel] sniði? ég er að skipta um þjónustuaðila",
            "ég vil flytja [söguna mína|gögnin mín|lagalistana mína] til annars þjónustuaðila, hvernig geri ég það?",
            "{hi}get ég sótt öll gögnin mín í eina skrá sem ég get hlaðið upp annars staðar?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "er að [skipta yfir í|fara yfir til] [annan banka|annað símafyrirtæki|annað app]. [getið þið sent|viljið þið senda] gögnin mín beint [til þeirra|yfir]?",
            "er hægt að exporta [allri sögunni|æfingunum|kaupsögunni] minni sem [json|csv] [skrá|file]? ætla að [færa mig|færa þetta] yfir í [Strava|Google|annað app]",
            "{hi}vantar [export|niðurhal] af [gögnunum mínum|kaupsögunni minni] á tölvulesanlegu formi, [vil taka þetta með mér|er að hætta] hjá {co}",
            "[data export|download my data] takkinn gefur bara [pdf|skjáskot]. [þarf csv eða json|þarf þetta á formi sem annað kerfi getur lesið] svo ég geti fært það til nýja fyrirtækisins",
            "skipti um [rafmagnssala|tryggingafélag|líkamsræktarstöð] um mánaðamótin. má senda [notkunarsöguna|gögnin] mín [beint|rafrænt] til nýja fyrirtækisins?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [engin leið|enginn möguleiki] að flytja gögnin sín út [úr appinu|]. @{co} sendið mér [öll gögnin mín|gögnin] í [CSV|JSON] skrá",
            "⭐ er að skipta yfir í [aðra þjónustu|annað app] og vil taka [æfingasöguna|gögnin mín|spilunarlistana mína] með mér. [hvar er export takkinn?|af hverju er ekkert útflutningsval?]",
            "@{co} [getið þið sent|sendið] gögnin mín beint til [nýja fyrirtækisins|nýju þjónustunnar] sem ég er að flytja til? [GDPR flutningsréttur|á rétt á því]",
            "[2 stjörnur.|⭐⭐] [ég bað um|mig vantar] gögnin mín á [tölvulesanlegu|vélrænu] formi ([CSV|JSON]) til að flytja þau annað og fékk [bara PDF|skjáskot|ekkert]. það dugar ekki.",
            "vil fa gognin min [i csv|i json|sem skra] til ad flytja thau [annad|yfir til annars fyrirtaekis] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig fæ ég gögnin mín í [CSV|JSON] skrá til að flytja þau til annarrar þjónustu?",
            "getið þið sent gögnin mín beint til [nýja fyrirtækisins|nýju þjónustunnar] sem ég er að skipta yfir til?",
            "er hægt að fá öll gögnin mín á [tölvulesanlegu sniði|skráarformi] svo ég geti flutt þau annað?",
            "{hi}hvar get ég [hlaðið niður gögnunum mínum|flutt út gögnin mín] sem [CSV|JSON]? er að skipta um [þjónustuaðila|fyrirtæki]",
            "hvad geri eg til ad fa gognin min i [json|csv] skra fyrir annan thjonustuadila?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nÉg er að skipta um þjónustuaðila og vil nýta rétt minn til að flytja eigin gögn[ (20. gr. persónuverndarreglugerðarinnar)|]. Vinsamlegast sendið mér persónuupplýsingar mínar á skipulegu, tölvulesanlegu sniði (t.d. CSV eða JSON). {acct}\n\n{sign}",
            "{greet}\n\nEf það er tæknilega mögulegt bið ég ykkur um að senda gögnin mín beint til nýja þjónustuaðilans míns. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Réttur til að flytja eigin gögn skv. 20. gr. {law_gen}\n\nMeð vísan til 1. mgr. 20. gr. reglugerðar (ESB) 2016/679 óska ég eftir að fá afhentar þær persónuupplýsingar sem ég hef látið {co} í té, á skipulegu, algengu og tölvulesanlegu sniði. {acct} [Í samræmi við 2. mgr. 20. gr. óska ég eftir að gögnin verði send beint til nýs ábyrgðaraðila þar sem það er tæknilega framkvæmanlegt.|]\n\nVinsamlegast verðið við beiðninni {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (18. gr.)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vinsamlegast [frystið|lokið á] gögnin mín þangað til [deilan er leyst|þið hafið skoðað villuna]",
            "ekki eyða gögnunum mínum, en ekki [nota|vinna með] þau heldur fyrr en ég hef lagt fram kvörtun",
            "ég vil að þið takmarkið vinnslu gagnanna minna[ þar til heimilisfangið hefur verið leiðrétt|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}er að [kæra|deila við ykkur um] reikninginn [nr. {order}|frá {date}]. [setjið|viljið þið setja] gögnin mín á bið þangað til það er komið á hreint, ekki eyða neinu",
            "fékk vitlausan reikning, [upphæðin stenst ekki|ég skulda ekki neitt]. meðan þið skoðið þetta má ekki [nota|vinna með] upplýsingarnar um mig, en [geymið þær|ekki henda þeim]",
            "[lögfræðingurinn minn|lögmaðurinn minn] segir að ég þurfi [upptökurnar|gögnin um pöntunina {order}] [fyrir dómsmál|vegna málsins]. ekki deleta þeim, bara ekki nota þau í neitt annað í bili",
            "vil ekki láta eyða [accountinum|gögnunum], bara [pása|stöðva] alla notkun á þeim [tímabundið|í bili] [þar til|meðan] [villan er leiðrétt|kvörtunin er í skoðun]",
            "[getið þið læst|er hægt að læsa] upplýsingunum um mig [meðan Persónuvernd skoðar kvörtunina|meðan ég bíð eftir svari]? þær mega vera í geymslu en ekki í notkun",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [ekki eyða neinu|ekki eyða gögnunum mínum] en hættið að nota þau [á meðan málið er í gangi|þangað til ágreiningurinn er leystur]. [takk.|]",
            "1 stjarna. [ég kvartaði|ég andmælti reikningnum] og þið haldið samt áfram að [vinna með|nota] upplýsingarnar mínar. frystið [gögnin mín|aðganginn minn] þar til þetta er leyst, ekki eyða honum.",
            "⭐ [gögnin um mig eru röng|upplýsingarnar um mig eru vitlausar]. ég vil að þið [takmarkið vinnsluna|hættið að nota þær] á meðan þið [kannið hvort þær séu réttar|farið yfir þær]. ekki eyða þeim samt.",
            "[2 stjörnur.|⭐⭐] ég þarf [gögnin|upplýsingarnar] sem [dómsmál|sönnunargögn í máli] gegn ykkur, þannig að [ekki eyða þeim|þeim má ekki eyða] en [lokið á alla vinnslu|hættið að nota þau] í bili @{co}",
            "[bara geymid|geymid] gognin min en [notid thau ekki|haettid ad vinna med thau] i bili @{co}, ekki eyda [neinu|theim]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "getið þið fryst vinnsluna á gögnunum mínum á meðan [kvörtunin er í skoðun|þið kannið hvort þau séu rétt]? ekki eyða þeim samt",
            "er hægt að láta [takmarka|stöðva] vinnslu á upplýsingunum mínum [í bili|tímabundið] án þess að þeim sé eytt?",
            "hvernig bið ég um að þið hættið að nota gögnin mín [í bili|meðan málið er óleyst] en geymið þau? ég þarf þau fyrir [dómsmál|lögfræðinginn minn]",
            "{hi}hvert skrifa ég til að láta loka á vinnslu gagnanna minna tímabundið? [ekki eyða neinu|þau mega ekki hverfa]",
            "hvernig takmarka eg vinnslu a gognunum minum an thess ad eyda theim?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMeðan [þið kannið hvort upplýsingarnar um mig séu réttar|ágreiningur um reikninginn minn stendur yfir] óska ég eftir að vinnsla persónuupplýsinga minna verði takmörkuð[ skv. 18. gr. persónuverndarreglugerðarinnar|]. Þið megið geyma gögnin en ekki nota þau. {acct}\n\n{sign}",
            "{greet}\n\nVinsamlegast eyðið ekki [upptökunni af símtalinu okkar|gögnum um pöntun nr. {order}], því ég þarf á þeim að halda vegna [dómsmáls|kvörtunar]. Takmarkið frekar vinnslu þeirra. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Beiðni um takmörkun á vinnslu skv. 18. gr. {law_gen}\n\n[Með vísan til a-liðar 1. mgr. 18. gr. reglugerðar (ESB) 2016/679 véfengi ég að persónuupplýsingarnar sem þið vinnið um mig séu réttar og fer fram á að vinnsla þeirra verði takmörkuð þar til þið hafið getað sannreynt hvort þær séu réttar.|Með vísan til c-liðar 1. mgr. 18. gr. reglugerðar (ESB) 2016/679 fer ég fram á takmörkun á vinnslu þar sem ég þarf á upplýsingunum að halda til að stofna, hafa uppi eða verja réttarkröfur.|Með vísan til d-liðar 1. mgr. 18. gr. reglugerðar (ESB) 2016/679 fer ég fram á takmörkun á vinnslu þar til sannreynt hefur verið hvort lögmætar ástæður {co} vegi þyngra en mínar.] {acct}\n\nVinsamlegast látið mig vita áður en takmörkuninni verður aflétt, sbr. 3. mgr. 18. gr., og staðfestið takmörkunina {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (1. mgr. 21. gr.)
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ég andmæli [gerð persónusniðs|greiningu á hegðun minni|vinnslu gagnanna minna] sem þið byggið á „lögmætum hagsmunum“",
            "ég samþykki ekki að þið [greinið|fylgist með] hvernig ég nota appið. hættið því",
            "{hi}hvernig get ég andmælt vinnslu gagnanna minna í [greiningarskyni|áhættumatsskyni|tölfræðilegum tilgangi]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "sá í privacy stefnunni að þið búið til notendaprófíl [út frá kaupunum|út frá hegðun] á grundvelli lögmætra hagsmuna. [ég mótmæli því|er ekki sáttur, ekki gera það við mig]",
            "{hi}mótmæli því að {co} [deili upplýsingum um mig með öðrum fyrirtækjum í samstæðunni|noti kaupsöguna mína í lánshæfismat]. hættið því í mínu tilfelli",
            "[mér finnst óþægilegt|creepy] að þið skráið hjá ykkur hverju ég smelli á í appinu. [vil ekki vera hluti af þessu analytics dæmi|mótmæli þessari hegðunargreiningu]",
            "ekki sáttur við að [bankinn|þið] [skori|meti] mig út frá [færslunum mínum|eyðslunni minni] án þess að spyrja. [mótmæli þessu|ég segi nei við þessari vinnslu]",
            "hvað er þetta með „lögmæta hagsmuni“? ég [mótmæli|hafna] því að [upptökurnar af símtölunum mínum séu greindar|staðsetningarsagan mín sé notuð í tölfræði] á þeim grundvelli",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. appið [greinir|kortleggur] alla [hegðun|notkun] mína til að búa til prófíl. @{co} ég [mótmæli því|mótmæli þessari prófílgerð]!",
            "⭐ [mér er sama hvað|það skiptir engu hvað] þið kallið „lögmæta hagsmuni“, ég [mótmæli|andmæli] því að þið [greinið kauphegðun mína|notið gögnin mín í greiningar]. [hættið.|hættið því.]",
            "@{co} ég mótmæli því að upplýsingum um mig sé [deilt innan samstæðunnar|dreift milli fyrirtækjanna í samsteypunni]. [það samþykkti ég aldrei.|]",
            "[2 stjörnur.|⭐⭐] [{co} notar gögnin mín í|þið setjið mig í] [áhættumat|svikagreiningu|lánshæfismat] á grundvelli „lögmætra hagsmuna“. ég andmæli þeirri vinnslu [á grundvelli 21. gr.|] og vil að þið hættið henni.",
            "motmaeli [profilgerd|greiningu a hegdun minni] hja ykkur @{co}, [haettid thessu|haettid ad greina mig]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvernig mótmæli ég [prófílgreiningunni|greiningunni á hegðun minni] sem þið gerið á grundvelli lögmætra hagsmuna?",
            "get ég andmælt því að þið notið gögnin mín í [lánshæfismat|áhættumat|hegðunargreiningu]?",
            "er hægt að mótmæla því að [gögnunum mínum|upplýsingunum mínum] sé deilt innan [samstæðunnar|fyrirtækjasamstæðunnar]?",
            "{hi}hvert sendi ég andmæli gegn því að þið [greinið hegðun mína|búið til prófíl um mig]?",
            "hvernig motmaeli eg vinnslu a grundvelli logmaetra hagsmuna? vil ekki vera profilgreindur",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nÉg andmæli vinnslu persónuupplýsinga minna sem byggist á lögmætum hagsmunum ykkar[ (1. mgr. 21. gr. persónuverndarreglugerðarinnar)|], einkum vegna [greiningar á notkunarhegðun minni|mats á lánshæfi|innri tölfræði]. Vinsamlegast hættið þeirri vinnslu. {acct}\n\n{sign}",
            "{greet}\n\nÍ persónuverndarstefnu ykkar segir að þið [greinið notkunargögn úr appinu|deilið gögnum innan samstæðunnar] á grundvelli lögmætra hagsmuna. Ég er því ekki sammála og andmæli þeirri vinnslu. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Andmæli skv. 1. mgr. 21. gr. {law_gen}\n\nMeð vísan til 1. mgr. 21. gr. reglugerðar (ESB) 2016/679 andmæli ég vinnslu persónuupplýsinga minna sem byggist á f-lið 1. mgr. 6. gr. (lögmætum hagsmunum ábyrgðaraðila), þ.m.t. [gerð persónusniðs út frá hegðun minni|mati á greiðsluhæfi mínu|upptöku og greiningu símtala minna]. {acct} Af ástæðum sem varða sérstakar aðstæður mínar tel ég að hagsmunir mínir vegi þyngra.\n\nVinsamlegast hættið vinnslunni nema þið getið sýnt fram á mikilvægar lögmætar ástæður og svarið {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (22. gr.)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "lánsumsókninni minni var hafnað sjálfvirkt. ég vil að [manneskja|starfsmaður] fari yfir hana",
            "kerfið ykkar lokaði [aðganginum mínum|kortinu mínu] án skýringa. [hver tók þessa ákvörðun?|tók manneskja yfirhöfuð þessa ákvörðun?]",
            "ég vil ekki að reiknirit taki ákvarðanir um mig, [ég óska eftir að starfsmaður fari yfir þetta|ég vil mannlega yfirferð]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "fékk [nei|höfnun] á [yfirdráttinn|raðgreiðslurnar|kreditkortið] [eftir 3 sekúndur|á núll einni]. þetta var greinilega bara tölva. [getur alvöru manneskja kíkt á þetta?|vil að einhver af starfsfólkinu skoði þetta aftur]",
            "{hi}appið [bannaði mig|blokkaði accountinn minn] [sjálfkrafa|automatískt] og ég veit ekki af hverju. [vil fá útskýringu á því hvernig kerfið ákvað þetta|hvaða reglur eru á bak við þetta?] og að einhver endurskoði það",
            "[verðið|iðgjaldið] sem ég fékk [var reiknað sjálfvirkt|kom úr einhverju algrími] og er [út í hött|miklu hærra en hjá vini mínum]. vil að starfsmaður [yfirfari|endurmeti] það",
            "umsókninni minni um [starfið|íbúðina|leiguna] var [hafnað|vísað frá] [af einhverju kerfi|án þess að nokkur læsi hana]. [ég mótmæli þessari sjálfvirku ákvörðun|sætti mig ekki við svona vélræna ákvörðun] og vil [mannlegt mat|að manneskja fari yfir hana]",
            "[gervigreindin|kerfið] ykkar [merkti|flaggaði] greiðsluna mína sem svik og frysti kortið. [hvernig virkar þetta mat?|á hverju byggði kerfið þetta?] vil að [raunveruleg manneskja|starfsmaður] fari yfir málið",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjarna. [lánsumsókninni|umsókninni] minni var hafnað [sjálfkrafa|af algrími] á [sekúndu|nokkrum sekúndum]. @{co} ég vil að [manneskja|starfsmaður] fari yfir þetta!",
            "⭐ [aðganginum mínum var lokað|reikningnum mínum var lokað] af [sjálfvirku kerfi|reikniriti] án skýringar. [ég krefst þess|ég vil] að [alvöru manneskja|einhver] skoði málið [aftur|].",
            "@{co} [af hverju|hvernig] ákvað [tölvan|algrímið] að ég fengi [ekki greiðsludreifingu|hærra verð|synjun]? [útskýrið rökin|vil fá skýringu] og [látið manneskju endurskoða það|vil mannlegt mat].",
            "[2 stjörnur.|⭐⭐] [sjálfvirk ákvörðun|algrím] hafnaði mér um [lán|kreditkort|raðgreiðslur] og enginn getur sagt mér af hverju. ég [mótmæli þessari ákvörðun|véfengi þessa ákvörðun] og vil að [starfsmaður taki hana upp|manneskja meti þetta].",
            "[umsokn hafnad af tolvu|tolvan sagdi nei] an thess ad nokkur [liti a|skodadi] malid. vil ad [manneskja|einhver hja ykkur] fari yfir thetta @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "getur [starfsmaður|manneskja] farið yfir synjunina á lánsumsókninni minni? hún var tekin sjálfvirkt af [kerfi|algrími]",
            "hvernig [vefengi ég|kæri ég] ákvörðun sem [kerfið|algrímið] tók sjálfvirkt um að [loka aðganginum mínum|hafna umsókninni minni]?",
            "er hægt að fá [skýringu|útskýringu] á því hvernig [kerfið|reikniritið] ákvað að hafna mér? og að manneskja skoði það aftur?",
            "{hi}hver fer yfir þetta ef tölvan synjaði mér sjálfkrafa um [lán|greiðsludreifingu|hærri heimild]? vil að starfsmaður endurskoði það",
            "af hverju lokadi kerfid adganginum minum sjalfvirkt? getur [einhver|starfsmadur] skodad thad aftur?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nUmsókn minni um [lán|raðgreiðslur|tryggingu] var hafnað [á örfáum sekúndum|sjálfvirkt]. Ég óska eftir að starfsmaður endurskoði ákvörðunina og að þið útskýrið á hvaða forsendum hún var tekin[ (22. gr. persónuverndarreglugerðarinnar)|]. {acct}\n\n{sign}",
            "{greet}\n\nSjálfvirkt svikavarnakerfi [lokaði|takmarkaði] aðganginn minn. Ég fer fram á mannlega íhlutun og tækifæri til að koma sjónarmiðum mínum á framfæri. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Sjálfvirk einstaklingsbundin ákvarðanataka (22. gr. {law_gen})\n\nÞann {date} var [lánsumsókn minni hafnað|aðgangi mínum lokað|starfsumsókn minni hafnað] án aðkomu starfsmanns. {acct} Með vísan til 22. gr. reglugerðar (ESB) 2016/679 lýsi ég því yfir að ég vil ekki sæta ákvörðun sem byggist eingöngu á sjálfvirkri vinnslu, þ.m.t. gerð persónusniðs.\n\nÉg fer fram á mannlega íhlutun af hálfu ábyrgðaraðila, tækifæri til að tjá sjónarmið mín og vefengja ákvörðunina, svo og marktækar upplýsingar um rökfræðina sem beitt var (h-liður 1. mgr. 15. gr.). Vinsamlegast svarið {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Afturköllun samþykkis og beiðni um eyðingu persónuupplýsinga (3. mgr. 7. gr. og 17. gr. {law_gen})\n\nHér með afturkalla ég öll samþykki sem ég hef veitt {co} og fer fram á, með vísan til b-liðar 1. mgr. 17. gr. reglugerðarinnar, að öllum persónuupplýsingum sem varða mig verði eytt. {acct}\n\nVinsamlegast staðfestið eyðinguna {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nÉg afturkalla samþykki mitt fyrir vinnslu gagnanna minna og bið ykkur um að eyða aðganginum mínum ásamt öllum gögnum um mig. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Andmæli við beinni markaðssetningu og afturköllun samþykkis\n\nMeð vísan til 2. mgr. 21. gr. {law_gen} andmæli ég vinnslu persónuupplýsinga minna í þágu beinnar markaðssetningar. Jafnframt afturkalla ég, sbr. 3. mgr. 7. gr., samþykki mitt fyrir móttöku fréttabréfa og markaðsefnis. {acct}\n\nVinsamlegast staðfestið {deadline} að ég hafi verið fjarlægður af öllum markaðslistum.{escalate}\n\n{sign_formal}",
            "{greet}\n\nÉg afturkalla samþykki mitt fyrir fréttabréfinu og andmæli allri beinni markaðssetningu. Sendið ekki fleiri auglýsingar á {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Beiðni skv. 15. og 20. gr. {law_gen}\n\nÉg óska eftir upplýsingum um þær persónuupplýsingar sem þið vinnið um mig og afriti af þeim, sbr. 15. gr. reglugerðarinnar. Auk þess óska ég eftir, sbr. 20. gr., að fá þau gögn sem ég hef látið ykkur í té á tölvulesanlegu sniði (CSV eða JSON). {acct}\n\nÉg vænti svars {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Andmæli (1. mgr. 21. gr.) og takmörkun á vinnslu (d-liður 1. mgr. 18. gr. {law_gen})\n\nÉg andmæli vinnslu upplýsinga um mig sem byggist á lögmætum hagsmunum og fer fram vegna [greiningar á hegðun minni|innri gerðar persónusniðs|áhættumats]. Þar til sannreynt hefur verið hvort lögmætar ástæður ykkar vegi þyngra en mínir hagsmunir fer ég fram á að vinnslan verði takmörkuð. {acct}\n\nVinsamlegast svarið {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nEfni: Leiðrétting (16. gr.) og takmörkun á vinnslu (a-liður 1. mgr. 18. gr. {law_gen})\n\nUpplýsingarnar í aðganginum mínum eru rangar: [heimilisfangið er rangt|nafn mitt er rangt skrifað|skráð er skuld sem þegar hefur verið greidd]. Ég fer fram á að þær verði leiðréttar og að vinnsla þeirra verði takmörkuð meðan á athugun stendur. {acct}\n\nVinsamlegast staðfestið {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Efni: [Eyðing aðgangs|Eyðing persónuupplýsinga|Beiðni skv. 17. gr. persónuverndarreglugerðarinnar]\nNafn: {name}\nNetfang: {email}\nSkilaboð: [Vinsamlegast eyðið aðganginum mínum og öllum gögnum.|Ég vil ekki lengur vera skráður hjá ykkur.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Efni: [Aðgangur að persónuupplýsingum|Beiðni skv. 15. gr. persónuverndarreglugerðarinnar|Afrit af gögnunum mínum]\nNafn: {name}\nNetfang: {email}\nSkilaboð: [Vinsamlegast sendið mér afrit af þeim upplýsingum sem þið geymið um mig.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}hvar er pöntunin mín {order}[?|??]",
            "pöntun {order} er ekki enn komin[, rakningin hefur ekki breyst í marga daga|. Eru einhverjar fréttir?|]",
            "{greet}\n\nÉg pantaði {date} (pöntun nr. {order}) en hef ekki enn fengið staðfestingu á sendingu. Hvenær verður hún send?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Pöntun nr. {order}|Áskriftin mín] var gjaldfærð tvisvar á kortið mitt. Vinsamlegast endurgreiðið ofgreidda upphæðina.\n\n{sign}",
            "af hverju hækkaði áskriftin mín? [það stóð hvergi|er þetta villa?]",
            "{hi}getið þið sent mér reikninginn fyrir pöntun {order} aftur? [ég finn hann ekki|ég þarf hann fyrir bókhaldið]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "get ég enn breytt afhendingarstaðnum fyrir pöntun {order}?",
            "sendið þið í [póstbox|Dropp-afhendingarstað|pakkaport]? hvað kostar sendingin?",
            "sendillinn skildi pakkann eftir [hjá nágrönnunum|fyrir utan dyrnar]. [það er ekki í lagi|hann mætti hringja næst]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "er varan „{product}“ líka til [í svörtu|í stærri stærð|í öðrum litum]?",
            "{greet}\n\nHvenær kemur varan „{product}“ aftur á lager? Mig langar að panta tvö stykki.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ég kemst ekki inn á aðganginn minn og tölvupósturinn til að endurstilla lykilorðið berst ekki[. hann er ekki heldur í ruslpóstinum|]",
            "{hi}ég gleymdi lykilorðinu og innskráningarkóðinn fer á gamla númerið mitt. hvað get ég gert?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nÉg skilaði vörunni „{product}“ fyrir [tveimur|þremur] vikum (pöntun nr. {order}) en hef ekki enn fengið endurgreitt.\n\n{sign}",
            "varan „{product}“ kom [skemmd|gölluð]. [ég vil fá endurgreitt|vinsamlegast skiptið henni út]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Spurning: geymið þið kortaupplýsingarnar mínar? Vil bara vera viss um að allt sé öruggt.",
            "hvar finn ég persónuverndarstefnuna ykkar? [hlekkurinn neðst á síðunni virkar ekki|ég finn hana ekki í appinu]",
            "Mér líkar að þið seljið ekki upplýsingar um viðskiptavini. Þess vegna versla ég við ykkur!",
            "Uppfyllir {co} kröfur persónuverndarreglugerðarinnar? Við erum að íhuga fyrirtækjaáskrift fyrir teymið okkar.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hvernig skrái ég mig á fréttabréfið? eyðublaðið [gefur villu|hleðst ekki]",
            "{greet}\n\nÉg skráði mig á fréttabréfið en fékk aldrei 10% afsláttarkóðann. Getið þið sent hann aftur?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nVinsamlegast segið upp áskriftinni minni í lok núverandi tímabils. Ég vil halda aðganginum.\n\n{sign}",
            "hvernig set ég áskriftina í bið án þess að tapa [punktunum mínum|óskalistanum]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hvernig eyði ég vöru úr körfunni?",
            "get ég enn hætt við pöntun {order}? ég valdi ranga stærð",
            "ég eyddi óvart [heimilisfanginu mínu, hvernig bæti ég því|vistaða kortinu, hvernig bæti ég því] við aftur?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Takk, ég fékk staðfestinguna um að gögnunum mínum hefði verið eytt. Allt í góðu.",
            "hvar get ég breytt stillingum fyrir fréttabréfið? mig langar líka að fá tilboð um útsölur",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[ég man ekki lykilorðið|kemst ekki inn í appið] og endurstillingarpósturinn [kemur ekki|berst ekki]. [hvað geri ég?|getið þið hjálpað?]",
            "{hi}hvernig [breyti ég um áskriftarleið|uppfæri ég í premium|fer ég niður í ódýrari pakka]?",
            "eru gögnin mín örugg hjá ykkur? [bara forvitinn|spyr bara], [allt í góðu|er ekki að biðja um neitt]",
            "hvar sé ég [reikningana mína|kvittanirnar] í appinu?",
            "{hi}ég afskráði mig óvart af fréttabréfinu[, úps|]. hvernig skrái ég mig aftur?",
            "[get ég bætt|er hægt að bæta] við öðru netfangi á aðganginn minn?",
            "eruð þið með app fyrir [spjaldtölvur|ipad]? [og hvernig kveiki ég á tilkynningum?|]",
            "pöntunin mín {order} er ekki komin enn[.|..] [takk annars fyrir skjót svör síðast!|getið þið athugað?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ertu [bot|vélmenni|gervigreind] eða [alvöru manneskja|raunveruleg manneskja]?",
            "{hi}hvað heitirðu[?| eiginlega?]",
            "hvað [getur þú gert|geturðu hjálpað mér með]?",
            "segðu mér eitthvað um [þig|sjálfan þig]",
            "[hahaha|haha] ok[| takk]",
            "er opið hjá ykkur á [sunnudögum|laugardögum|rauðum dögum]?",
            "[hvernig er veðrið í dag?|veistu um góðan veitingastað hérna?|mér leiðist|góða nótt]",
            "hvað veistu um [kaffivélar|heyrnartól|ryksugur|snjallúr]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}hvernig segi ég upp [áskriftinni|Premium-áskriftinni|aðildinni] [um mánaðamótin|eftir næsta tímabil|áður en ég verð rukkaður næst]? ég vil halda aðganginum",
            "get ég sett [matarpakkann|áskriftarkassann|föstu sendinguna] í pásu [í júlí|í sumarfríinu|í nokkrar vikur]?",
            "[langar að skipta|vil fara] úr [Premium|Family|Pro] í [Basic|Standard|ókeypis útgáfuna][, er það hægt?|]",
            "hvernig slekk ég á [sjálfvirkri endurnýjun|auto-renew|sjálfvirku endurnýjuninni]? vil ekki vera rukkaður aftur[ á næsta ári|]",
            "hvernig hætti ég í [prufuáskriftinni|fría prufutímabilinu|free trial] áður en ég verð rukkaður?",
            "getid thid faert [greidsludaginn|gjalddagann] yfir a [1.|15.|25.] hvers manadar? launin koma seint",
            "{greet}\n\nÉg vil segja upp [mánaðaráskriftinni|ársáskriftinni|aðildinni] minni [frá og með næstu mánaðamótum|þegar binditíminn rennur út|í lok tímabilsins] en halda aðganginum, svo ég geti [komið aftur seinna|séð eldri pantanir]. [Getið þið staðfest hvenær síðasta rukkunin verður?|Hver er uppsagnarfresturinn?]\n\n{sign}",
            "{greet}\n\nVið erum orðin [þrjú|fjögur|fimm] í fjölskyldunni og viljum [uppfæra|skipta] yfir í [fjölskylduáskrift|Family-leiðina|stærri pakka]. [Borgum við mismuninn strax eða frá næsta tímabili?|Hvað verður um það sem við höfum þegar borgað?]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}kemst ekki inn á [aðganginn|reikninginn] minn[, segir bara rangt lykilorð|, segir að lykilorðið sé rangt þótt það sé rétt|]",
            "[pósturinn til að endurstilla lykilorðið|hlekkurinn fyrir nýtt lykilorð] kemur aldrei[, búinn að kíkja í ruslpóstinn líka|]",
            "fæ engan [SMS-kóða|staðfestingarkóða|einnota kóða] þegar ég skrái mig inn[, hvað geri ég?|]",
            "hvernig skrái ég mig út af öllum tækjum? gleymdi að skrá mig út á [vinnutölvunni|lánstölvu|bókasafninu]",
            "appið skráir mig [alltaf út|út í sífellu|út oft á dag], [óþolandi|mjög pirrandi]",
            "hvernig skipti eg um lykilord [i appinu|a vefnum]? finn thad ekki",
            "{greet}\n\nÉg hef reynt að skrá mig inn [nokkrum sinnum|í allan morgun] og nú er aðgangurinn læstur. [Endurstillingarhlekkurinn|Hlekkurinn í póstinum] [rann út|hætti að virka] áður en ég náði að nota hann. Getið þið hjálpað mér að komast inn aftur?\n\n{sign}",
            "{greet}\n\nÉg er kominn með nýjan [síma|farsíma] og kóðarnir fyrir tveggja þrepa auðkenningu berast enn í gamla símann. Hvernig flyt ég [auðkenningarappið|authenticator-appið|tveggja þrepa auðkenninguna] yfir á nýja símann?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}afsláttarkóðinn [VETUR20|SUMAR15|WELCOME10] virkar ekki í körfunni[, segir að hann sé ógildur|]",
            "hvernig fæ ég [velkomnarafsláttinn|velkomnarkóðann|10% afslátt] þegar ég skrái mig á [póstlistann|fréttabréfið]?",
            "gildir [útsalan|svarti föstudagurinn|tilboðið] líka [í versluninni|á netinu|í appinu]?",
            "hversu marga [vildarpunkta|punkta] á ég og hvenær [renna þeir út|get ég notað þá]?",
            "fekk [SMS|tolvupost|frettabref] um [20% afslatt|tvofalda punkta|fria sendingu] um helgina, gildir thad [fyrir alla|lika i appinu|a allar vorur]?",
            "ef ég [bendi vini á ykkur|fæ vin til að skrá sig], fáum við þá báðir [afslátt|bónus|inneign]?",
            "{greet}\n\nÍ [fréttabréfinu|síðasta tölvupóstinum frá ykkur] [á mánudaginn|í síðustu viku] stóð að meðlimir fengju [25%|15%] afslátt af [öllu úrvalinu|völdum vörum]. Ég finn hvergi kóðann – [hvar slæ ég hann inn?|þarf ég að vera innskráður til að hann gildi?]\n\n{sign}",
            "{greet}\n\nÉg keypti [í gær|um helgina|í síðustu viku] og daginn eftir byrjaði [útsalan|tilboðið]. Get ég fengið [mismuninn endurgreiddan|verðleiðréttingu|afsláttinn eftir á] vegna pöntunar {order}?\n\n{sign}",
        ]},
    ],
};

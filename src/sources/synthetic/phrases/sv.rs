//! Swedish: Sweden and Swedish-speaking Finland (GDPR as "dataskyddsförordningen"; supervisory
//! authority IMY).
//!
//! Swedes write dates as 2025-03-14, which no [`DateStyle`] gives: the templates use the
//! `{datum}` slot instead of `{date}`.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "sv",
    locales: &[("sv-SE", 94), ("sv-FI", 6)],
    first_names: &[
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Sofia",
        "Linnea", "Elin", "Johanna", "Maja", "Ebba", "Lars", "Erik", "Anders", "Johan", "Per",
        "Karl", "Mikael", "Peter", "Jan", "Fredrik", "Oskar", "Gustav", "Viktor", "Björn",
        "Mattias", "Ahmed",
    ],
    last_names: &[
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
        "Bengtsson", "Lindberg", "Lindström", "Lindqvist", "Berglund", "Sandberg", "Forsberg",
        "Sjöberg", "Wallin", "Engström", "Lundgren", "Öberg", "Åberg",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se", "yahoo.se",
        "icloud.com", "bredband.net", "hotmail.se", "spray.se",
    ],
    decimal_comma: true,
    date: DateStyle::DaySlash,
    slots: &[
        ("datum", &[
            "202[4|5]-0[1|2|3|4|5|6|7|8|9]-[0|1|2][1|2|3|4|5|6|7|8]",
            "202[4|5]-1[0|1|2]-[0|1|2][1|2|3|4|5|6|7|8]",
        ]),
        ("greet", &["Hej,", "Hej!", "Hej {co},", "Hejsan,", "God dag,", "Hej kundtjänst,"]),
        ("greet_formal", &["Hej,", "Till dataskyddsombudet,", "Till dataskyddsombudet på {co},"]),
        ("hi", &["hej, ", "hej ", "hallå, ", "", "", "", "Hej, ", "tjena, "]),
        ("thanks", &["Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Hälsningar", "Tack på förhand och vänliga hälsningar", "Tack!"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSkickat från min iPhone",
        ]),
        ("sign_formal", &["Med vänliga hälsningar\n\n{name}", "Med vänlig hälsning\n\n{name}\n{email}", "Vänliga hälsningar\n\n{name}"]),
        ("street", &[
            "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
            "Järnvägsgatan", "Parkvägen", "Björkvägen", "Ringvägen", "Södra vägen", "Hantverkargatan",
        ]),
        ("city", &[
            "11{d} {d}{d} Stockholm", "41{d} {d}{d} Göteborg", "21{d} {d}{d} Malmö", "75{d} {d}{d} Uppsala",
            "58{d} {d}{d} Linköping", "70{d} {d}{d} Örebro", "90{d} {d}{d} Umeå", "72{d} {d}{d} Västerås",
            "00{d}{d}0 Helsingfors",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}, lgh 1{d}0{d}\n{city}"]),
        ("to_dpo", &["{co} AB\nAtt: Dataskyddsombudet", "{co} AB\nDataskyddsombud", "{co}\nAtt: Dataskyddsombud / personuppgiftsansvarig"]),
        ("acct", &[
            "Mitt konto är registrerat på {email}.", "E-post: {email}", "Kontot står på {name} ({email}).",
            "Jag har konto hos er med adressen {email}.",
        ]),
        ("ident", &[
            "För identifiering: {name}, e-post {email}, postadress enligt ovan. Personnummer lämnar jag vid behov.",
            "Mitt kundkonto är registrerat på e-postadressen {email}. Behöver ni ytterligare uppgifter för att bekräfta min identitet går det bra att höra av sig.",
            "Jag heter {name} och är kund hos er med e-postadressen {email}; min adress framgår ovan.",
        ]),
        ("data", &[
            "mina personuppgifter", "alla personuppgifter ni har om mig", "all data ni lagrar om mig",
            "de uppgifter ni behandlar om mig",
        ]),
        ("product", &[
            // Definite forms: the templates use them as they stand.
            "kaffebryggaren", "ryggsäcken", "dammsugaren", "skärmen", "hörlurarna", "mixern",
            "resväskan", "barnvagnen", "vinterjackan", "löparskorna", "tältet",
        ]),
        ("deadline", &[
            "utan onödigt dröjsmål och senast inom en månad från att ni tog emot begäran",
            "inom den lagstadgade tidsfristen på en månad (artikel 12.3 i dataskyddsförordningen)", "senast den {datum}",
        ]),
        ("escalate", &[
            " Om jag inte får svar inom den tiden kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).",
            " I annat fall kommer jag att vända mig till Integritetsskyddsmyndigheten.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan ni skicka [en kopia på|ett utdrag av|en export av] [mina uppgifter|all data ni har om mig][?| tack!]",
            "vilka [uppgifter|personuppgifter] har ni [sparade |]om mig[?|??]",
            "jag vill [veta|se] vad ni har [lagrat|sparat] om mig",
            "hur laddar jag ner [min data|all min data] från [appen|mitt konto][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}fick en annons som visste [lite väl mycket|obehagligt mycket] om mig[...|.] vad har ni egentligen samlat in om mig?",
            "hittade ett gammalt [konto|account] hos {co} som jag glömt bort. [får jag veta|kan ni berätta] vilken info ni har registrerad på mig[?|??]",
            "[är orolig för min integritet|funderar mycket på integritet nu för tiden] och vill få reda på exakt vad {co} vet om mig. [kan ni maila över det?|hur får jag ut det?]",
            "finns det nåt om mig i ert system? [jag är registrerad med|min mejl är] {email}[, vill gärna få se allt| – skicka över allt ni har]",
            "[snabb fråga om gdpr|fråga ang. integritet]: vad har ni för data om mig och var fick ni den ifrån[?|??]",
            "vad står det om mig hos er? [namn, personnummer, köphistorik?|hela historiken?] [vill ha allt|skicka det till mig] tack",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. går inte att se någonstans vilka uppgifter appen [samlar in|sparar] om mig. @{co} skicka mig en kopia av mina personuppgifter!",
            "⭐ [appen funkar|annars okej], men jag har väntat i [två veckor|en månad] på [ett registerutdrag|en kopia av de uppgifter ni har om mig]. [inte okej.|dåligt.]",
            "@{co} vilka [uppgifter|personuppgifter] har ni om mig? [vill se allt|visa mig] tack",
            "[2 stjärnor.|⭐⭐] enligt GDPR har jag rätt att veta vad som finns [registrerat|sparat] om mig hos {co}. [var är mitt registerutdrag?|skicka det bara.]",
            "vad vet ni egentligen om mig @{co}?? vill fa ut [all min data|allt ni har om mig] [nu|snarast]",
            "[1 stjärna.|⭐] har [frågat|bett om] tre gånger om att få se mina uppgifter och [inget svar|får bara autosvar]. [visa nu vad ni har sparat om mig.|vad döljer ni?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur får jag veta vilka [personuppgifter|uppgifter] ni har om mig?",
            "kan ni skicka mig en kopia av all [data|information] ni har sparad om mig?",
            "går det att få ett [registerutdrag|utdrag] över allt {co} har om mig?",
            "{hi}var kan jag se vad ni vet om mig? alltså alla uppgifter som finns registrerade på mig",
            "vad maste jag gora for att ni ska skicka mina personuppgifter till mig?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJag skulle vilja ha en kopia av {data}[, inklusive orderhistorik och kontaktuppgifter|]. {acct}\n\n{sign}",
            "{greet}\n\nJag begär härmed ett registerutdrag[ enligt artikel 15 i dataskyddsförordningen|]. Jag vill veta vilka personuppgifter ni behandlar om mig, för vilka ändamål och till vilka mottagare de har lämnats ut. {acct}\n\n{sign}",
            "{greet}\n\nKan ni berätta vilka personuppgifter {co} har om mig och vad de används till? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR)\n\n{greet_formal}\n\nMed stöd av artikel 15 i Europaparlamentets och rådets förordning (EU) 2016/679 (dataskyddsförordningen) begär jag bekräftelse på om ni behandlar personuppgifter som rör mig. Om så är fallet begär jag:\n\n1. en kopia av samtliga personuppgifter som ni behandlar om mig;\n2. ändamålen med behandlingen;\n3. vilka kategorier av personuppgifter som berörs;\n4. de mottagare eller kategorier av mottagare som uppgifterna har lämnats ut till, särskilt i tredjeländer;\n5. den period under vilken uppgifterna kommer att lagras;\n6. varifrån uppgifterna kommer, om de inte har samlats in från mig;\n7. förekomsten av automatiserat beslutsfattande, inbegripet profilering.\n\n{ident}\n\nJag ber er besvara min begäran {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Registerutdrag\n\n{greet_formal}\n\nJag vill ta del av de personuppgifter som {co} behandlar om mig och begär därför, i enlighet med artikel 15 GDPR, ett kostnadsfritt registerutdrag med den information som anges i artikel 15.1 a–h. Skicka gärna utdraget elektroniskt till {email}.\n\n{ident}\n\nJag ser fram emot ert svar {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Registerutdrag (artikel 15) och dataportabilitet (artikel 20) enligt dataskyddsförordningen\n\n{greet_formal}\n\nMed stöd av artikel 15 i dataskyddsförordningen begär jag information om vilka personuppgifter ni behandlar om mig, för vilka ändamål, till vilka mottagare de har lämnats ut och hur länge de sparas. Jag begär också, med stöd av artikel 20, att få ut de uppgifter som jag har lämnat till er inom ramen för vårt avtal i ett strukturerat, allmänt använt och maskinläsbart format (CSV eller JSON), så att jag kan föra över dem till en annan leverantör.\n\n{ident}\n\nJag ber er besvara begäran {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJag vill gärna få en översikt över all data ni har om mig, och dessutom en export i CSV- eller JSON-format så att jag kan flytta den till en annan tjänst. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[radera|ta bort] mitt konto[ och all min data| och alla mina uppgifter|][ tack|.|!|]",
            "jag vill att [mina uppgifter raderas|mitt konto tas bort][ direkt|!|.|]",
            "hur tar jag bort mitt konto [permanent|helt|för gott][?|??]",
            "[radera|ta bort] allt ni har om mig[ tack|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}har slutat använda appen, [kan ni avsluta|stäng ner] [kontot|mitt account] och [rensa bort|kasta] all info om mig[?|.]",
            "hittade ett gammalt konto hos {co} från [2015|typ gymnasiet|urminnes tider]. vill bli av med det och allt som hör till, [rensa allt|deleta allt] tack",
            "hur deletar jag [mitt account|min profil][?|??] [hittar inget i inställningarna|finns ingen knapp i appen]",
            "[efter den här upplevelsen|efter er usla service] vill jag inte finnas kvar hos er. [plocka bort|sudda ut] min profil och alla mina uppgifter ur systemet",
            "går det att få [profilen|kontot] helt utraderat? vill inte att nåt om mig ligger kvar hos {co}",
            "snalla rensa ut allt om mig, [namn, telefonnr, kophistorik, allt|bilder och allt]. [haller pa att minska mitt digitala fotavtryck|storstadar pa natet]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. @{co} radera mitt konto, [det finns ingen knapp för det i appen|hittar inte hur man tar bort det]",
            "⭐ usel app. vill att [mitt konto|min profil] och all min data raderas. [direkt.|nu.]",
            "@{co} [hur|var] tar jag bort kontot? [letat överallt|hittar det inte]. ta bort all info om mig tack",
            "[2 stjärnor.|⭐⭐] [har slutat använda appen|använder inte tjänsten längre] och vill att ni [raderar|tar bort] alla mina personuppgifter från [era servrar|systemet]. [enligt GDPR|det har jag rätt till].",
            "deleta mitt konto [tack|nu] @{co}",
            "[1 stjärna.|⭐] [bad om att få kontot raderat för en månad sedan|skickade en begäran om radering för länge sen] och får fortfarande [mejl|notiser]. [radera|sudda ut] mig [ur systemet|helt] [NU|omedelbart]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur raderar jag mitt [konto|användarkonto] [helt|för gott]?",
            "kan ni ta bort [mitt konto|min profil] och alla uppgifter om mig?",
            "går det att [radera|ta bort] all data ni har om mig?",
            "{hi}vem skriver jag till för att få mitt konto [raderat|borttaget]?",
            "hur tar jag bort [alla mina personuppgifter|mitt konto] hos er?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJag använder inte längre [er tjänst|appen|mitt konto hos {co}] och ber er därför avsluta kontot och radera {data}. [Bekräfta gärna när det är gjort.|Tack på förhand för en bekräftelse.|]\n\n{sign}",
            "{greet}\n\nJag begär härmed att ni raderar {data}[ enligt artikel 17 i dataskyddsförordningen|]. {acct}\n\n{sign}",
            "{greet}\n\nJag skapade ett konto hos er för en enda beställning och behöver det inte längre. Vänligen ta bort kontot och alla tillhörande uppgifter. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran om radering av personuppgifter enligt artikel 17 i dataskyddsförordningen\n\n{greet_formal}\n\nMed stöd av artikel 17.1 i dataskyddsförordningen (GDPR) begär jag att ni utan onödigt dröjsmål raderar samtliga personuppgifter som rör mig. Uppgifterna är inte längre nödvändiga för de ändamål för vilka de samlades in, och det finns ingen annan rättslig grund för fortsatt behandling.\n\n{ident}\n\nOm ni har lämnat ut mina personuppgifter till andra mottagare ber jag er att underrätta dem om raderingen i enlighet med artikel 19. Om en lagstadgad skyldighet att bevara uppgifter hindrar fullständig radering, ber jag er meddela vilka uppgifter som sparas, av vilket skäl och hur länge.\n\nJag ber om skriftlig bekräftelse på raderingen {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Radering av personuppgifter och avslut av kundkonto\n\n{greet_formal}\n\nJag begär att mitt kundkonto hos {co} avslutas och att samtliga personuppgifter som ni behandlar om mig raderas, i enlighet med artikel 17 i förordning (EU) 2016/679. Begäran omfattar även säkerhetskopior, marknadsföringsregister och uppgifter som har lämnats till personuppgiftsbiträden.\n\n{ident}\n\nMeddela mig när raderingen har genomförts, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Återkallelse av samtycke (artikel 7.3) och begäran om radering (artikel 17) enligt dataskyddsförordningen\n\n{greet_formal}\n\nJag återkallar härmed samtliga samtycken som jag har lämnat till {co} för behandling av mina personuppgifter, särskilt samtycket till marknadsföringsutskick och till profilering. Eftersom samtycket var den enda rättsliga grunden för behandlingen begär jag samtidigt, med stöd av artikel 17.1 b, att alla mina personuppgifter raderas.\n\n{ident}\n\nJag ber om skriftlig bekräftelse på både återkallelsen och raderingen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJag återkallar mitt samtycke till att ni behandlar mina uppgifter och ber er samtidigt att ta bort mitt konto och all data ni har om mig. {acct}\n\n{sign}",
            "{hi}jag drar tillbaka mitt samtycke och vill att ni raderar mitt konto med all data",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[mitt efternamn är felstavat i kontot, det ska vara {last}|mitt namn är fel i profilen, det ska stå {name}]",
            "kan ni rätta mitt födelsedatum? [det stämmer inte|det står fel år]",
            "[min adress i profilen är gammal, kan ni ändra den|telefonnumret på mitt konto är fel, kan ni rätta det][?|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}har flyttat [till en ny lägenhet|till en annan stad] och [fakturan|paketet] gick till gamla stället. kan ni uppdatera mina uppgifter? nya är {street} {d}{d}, {city}",
            "fick en [faktura|räkning] med [fel namn|ett felstavat namn], jag heter {name}. [kan ni fixa det i systemet?|ändra det i registret tack]",
            "har fått nytt [nummer|mobilnummer], det gamla funkar inte längre. [kan ni byta ut det|uppdatera det gärna] i [kontot|systemet]?",
            "[liten miss|fel] i min profil: [födelseåret|personnumret|mejladressen] är inte korrekt inlagt. hur får jag det fixat[?|??]",
            "[har bytt efternamn efter bröllopet|bytte efternamn nyligen], kan ni uppdatera det? nya är {last}",
            "appen visar fortfarande [min gamla adress|fel telefonnummer] fast jag försökt ändra själv. [fixa det tack|kan ni korrigera det?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. [min adress är fel|mitt namn är felstavat] i appen och det går inte att ändra. @{co} [rätta det|fixa det] tack",
            "@{co} ni har [fel telefonnummer|min gamla adress|fel födelsedatum] på mig. [snälla rätta|uppdatera] det, jag har [flyttat|bytt nummer]",
            "⭐⭐ paketen hamnar hela tiden på [gamla adressen|fel adress] eftersom ni inte har [uppdaterat|rättat] mina uppgifter. bor nu på {street} [1|2|3|4|5]{d}.",
            "[mitt efternamn ar felstavat|fel namn pa profilen] hos er @{co}, [kan ni fixa?|ratta det pls]",
            "[2 stjärnor.|⭐] mitt födelsedatum är fel i ert system och [det finns ingenstans|jag hittar inget ställe] att ändra det. ska vara {datum}. [rätta det tack.|kan ni fixa?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur ändrar jag [min adress|mitt telefonnummer]? det som står hos er är [fel|gammalt]",
            "kan ni rätta mitt efternamn? det är [felstavat|fel registrerat]",
            "går det att [ändra|rätta] mitt födelsedatum? [det är fel|ni har fel datum]",
            "{hi}var uppdaterar jag min adress? jag har flyttat, nya adressen är {street} 1{d}",
            "vad gor jag for att ni ska [ratta|andra] mitt telefonnummer? det ar [gammalt|fel]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Adressen ni har registrerad stämmer inte längre. Vänligen rätta uppgiften[ enligt artikel 16 i dataskyddsförordningen|]. Ny adress: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|Födelsedatumet i mitt konto är felaktigt. Vänligen rätta uppgiften[ enligt artikel 16 i dataskyddsförordningen|]. Rätt födelsedatum: 19[5|6|7|8|9]{d}-0[1|2|3|4|5|6|7|8|9]-1{d}|Mitt efternamn är felstavat hos er. Vänligen rätta uppgiften[ enligt artikel 16 i dataskyddsförordningen|]. Rätt namn: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nKan ni uppdatera mina uppgifter? [Jag har gift mig och heter nu {last}.|Sedan förra månaden bor jag på {street} [1|2|3|4|5|6|7|8|9], {city}.|Jag har fått nytt mobilnummer, 07{d}-{d}{d}{d} {d}{d} {d}{d}.] {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran om rättelse av felaktiga personuppgifter enligt artikel 16 i dataskyddsförordningen\n\n{greet_formal}\n\n{co} behandlar felaktiga personuppgifter om mig: [mitt födelsedatum är felregistrerat|mitt efternamn är felstavat|en skuld som inte existerar är registrerad på mig|min gamla adress används fortfarande]. Enligt artikel 16 i dataskyddsförordningen har jag rätt att utan onödigt dröjsmål få felaktiga personuppgifter om mig rättade. [Korrekta uppgifter: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Underlag som visar de korrekta uppgifterna bifogas.]\n\n{ident}\n\nJag begär rättelse {deadline} och att ni underrättar varje mottagare som har fått del av de felaktiga uppgifterna (artikel 19).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Rättelse (artikel 16) och begränsning av behandling (artikel 18.1 a) enligt dataskyddsförordningen\n\n{greet_formal}\n\nJag bestrider riktigheten i de personuppgifter som ni har registrerade om mig, närmare bestämt [den påstådda skulden|mitt födelsedatum|min bostadsadress]. Jag begär att uppgifterna rättas enligt artikel 16. Samtidigt begär jag, med stöd av artikel 18.1 a, att behandlingen av uppgifterna begränsas under den tid ni behöver för att kontrollera om de är korrekta; under tiden får de inte användas eller lämnas ut till tredje part.\n\n{ident}\n\nJag ber er hantera begäran {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nI ert system [står fel adress|är mitt födelsedatum fel|finns en skuld på {amount} kr som inte stämmer], och därför [får jag påminnelser|nekades min beställning]. Rätta det, och fram till dess vill jag att behandlingen av de uppgifterna begränsas[ (artikel 18 GDPR)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "snälla, [sälj inte|lämna inte ut] mina uppgifter till [tredje part|andra företag|annonsörer]",
            "jag vill inte att mina uppgifter [säljs|delas] vidare till [andra företag|databrokers|era partner]",
            "var kan jag stänga av delningen av mina uppgifter med [partner|tredje part][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "får [helt plötsligt|från ingenstans] [samtal|spam|sms] från företag jag aldrig hört talas om. [skickar ni vidare|ger ni bort] mina uppgifter? sluta med det tack",
            "{hi}vill inte att {co} [skickar|för] min info vidare till [partners|reklamföretag|data brokers]. var stänger jag av det[?|??]",
            "läste er integritetspolicy och ser att ni [överlåter|lämnar över] data till [tredje parter|samarbetsföretag]. jag vill slippa att mina uppgifter ingår i det",
            "do not sell-knappen [finns inte|funkar inte] i appen. [snälla|var snälla och] ge inte bort mina uppgifter till nån annan",
            "sluta sprida [min mejladress|mitt mobilnummer] till andra företag, [får spam från alla håll nu|fick sms från ett företag jag inte känner till]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. [sluta sälja min data|sälj inte mina uppgifter] @{co}!",
            "⭐ fick reda på att {co} [delar|säljer] användarnas uppgifter till [annonsörer|tredje part|datamäklare]. jag vill inte att mina uppgifter [lämnas ut till någon|säljs vidare]. [sluta med det.|tack.]",
            "@{co} [jag förbjuder er att sälja|jag säger nej till att ni delar|sluta dela] mina uppgifter [med partner|till annonsörer|vidare]. [hur stänger jag av det?|bekräfta tack]",
            "[2 stjärnor.|⭐⭐] [bra app men|helt okej men] [villkoren säger|integritetspolicyn säger] att ni får [lämna ut|dela] mina uppgifter till [tredje part|samarbetspartner]. jag vill inte att mina [uppgifter|data] lämnar {co}.",
            "salj inte och dela inte min data [med andra|med tredje part] @{co} tack",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur stoppar jag att ni säljer mina [uppgifter|personuppgifter] till [tredje part|annonsörer|datamäklare]?",
            "kan ni sluta sälja min data?",
            "går det att förbjuda er att dela mina uppgifter med [partners|annonsörer|andra företag]?",
            "{hi}säljer ni vidare mina uppgifter? om ja, hur stänger jag av det?",
            "var stanger jag av att {co} [saljer|delar] min data vidare?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJag vill inte att ni lämnar ut eller säljer mina personuppgifter till tredje part, särskilt inte i marknadsföringssyfte. Vänligen sluta omedelbart med all sådan delning. {acct}\n\n{sign}",
            "{greet}\n\n[Sedan jag registrerade mig hos er blir jag uppringd av okända företag|Jag får erbjudanden från företag jag aldrig har hört talas om]. Lämna inte ut mina uppgifter till [era partner|någon annan] och sälj dem inte. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Förbud mot utlämnande och försäljning av mina personuppgifter till tredje part\n\n{greet_formal}\n\nJag medger inte att mina personuppgifter lämnas ut, delas eller säljs till tredje part, särskilt inte till datamäklare, annonsnätverk eller affärspartner till {co}. Något samtycke till sådant utlämnande har inte lämnats, och ni saknar rättslig grund för det enligt artikel 6 i dataskyddsförordningen. Jag begär att allt sådant utlämnande upphör och att mina uppgifter inte lämnas ut till någon i fortsättningen.\n\n{ident}\n\nJag ber om skriftlig bekräftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[snälla, |]inga fler [reklamutskick|nyhetsbrev|reklammejl|sms med erbjudanden][!|.|]",
            "[avregistrera mig från nyhetsbrevet|jag vill avsluta nyhetsbrevet|ta bort mig från utskickslistan]",
            "sluta skicka [reklam|erbjudanden|de där mejlen] till mig[!|.|]",
            "hur avslutar jag nyhetsbrevet[?|, länken funkar inte]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[min inkorg är full av|får varje dag] [era newsletters|reklammejl från er], [orkar inte|vill inte ha det]. [unsubscribe tack|avanmäl mig från alla utskick]",
            "avregistreringslänken [funkar inte|ger bara ett felmeddelande]. [kan ni plocka bort {email}|stryk {email} från listan]?",
            "inga fler säljsamtal tack, [tredje gången den här veckan|har sagt nej flera gånger]. [spärra mitt nummer för telefonförsäljning|vill inte ha erbjudanden per telefon]",
            "vill inte ha [sms-erbjudanden|kampanj-sms|reklam-sms] från {co} längre, [fick ett kl 7 i morse|det är bara spam]",
            "{hi}[handlade en gång|köpte en {product} en gång] och sen dess får jag [reklam|newsletters] [varenda dag|hela tiden]. vill inte stå på den listan",
            "hur stänger jag av marknadsföringsmejlen? vill behålla kontot, bara slippa [spam|erbjudanden]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. [spam|skräppost] varje dag. @{co} [avregistrera mig från utskicken|ta bort mig från mejllistan] [NU|tack]",
            "⭐ [avprenumerera-länken funkar inte|klickade på avsluta prenumeration och får ändå mejl]. sluta skicka [nyhetsbrev|reklammejl|erbjudanden] [!!|, har bett om det tre gånger]",
            "@{co} [sluta skicka sms till mig|inga fler sms-erbjudanden] tack, [vill inte ha reklam|inte intresserad av era erbjudanden]",
            "[2 stjärnor.|⭐⭐] [bra produkter|appen funkar bra] men [reklamutskicken|marknadsföringsmejlen] är [outhärdliga|helt sjuka]. [vill inte ha några fler reklammejl|vill inte ha några nyhetsbrev] från {co} och [inga säljsamtal|ring mig inte med erbjudanden] heller.",
            "unsubscribe!! [sluta skicka nyhetsbrevet|avregga mig] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur avregistrerar jag mig från [nyhetsbrevet|utskicken]?",
            "kan ni sluta skicka [reklammejl|sms-erbjudanden|nyhetsbrev] till mig?",
            "går det att slippa alla [reklam-sms|säljsamtal|reklamutskick]?",
            "{hi}var avslutar jag prenumerationen på nyhetsbrevet? [får alldeles för mycket mejl|det är för mycket]",
            "vad ska jag gora sa att ni slutar skicka reklam via mejl?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVänligen ta bort {email} från alla era marknadsföringsutskick. Avregistreringslänken fungerar inte och jag får fortfarande ert nyhetsbrev.\n\n{sign}",
            "{greet}\n\nJag vill inte få någon reklam från er – varken via e-post, sms eller vanlig post.[ Enligt artikel 21.2 i dataskyddsförordningen invänder jag mot att mina uppgifter behandlas för direkt marknadsföring.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Invändning mot behandling för direkt marknadsföring (artikel 21.2 i dataskyddsförordningen)\n\n{greet_formal}\n\nMed stöd av artikel 21.2 i dataskyddsförordningen invänder jag mot att mina personuppgifter behandlas för direkt marknadsföring, inbegripet profilering i den utsträckning den har samband med sådan marknadsföring. Enligt artikel 21.3 får mina personuppgifter därefter inte längre behandlas för sådana ändamål. Jag begär också att ni upphör med alla oönskade reklamutskick till mig.\n\n{ident}\n\nJag ber er ta bort mig från samtliga marknadsföringsregister {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Återkallelse av samtycke och invändning mot direkt marknadsföring\n\n{greet_formal}\n\nJag återkallar härmed, i enlighet med artikel 7.3 i dataskyddsförordningen, det samtycke till nyhetsbrev och reklamutskick som jag lämnade vid registreringen. Samtidigt invänder jag, med stöd av artikel 21.2, mot all fortsatt behandling av mina personuppgifter för direkt marknadsföring, inklusive profilering.\n\n{ident}\n\nJag ber om en bekräftelse {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJag återkallar mitt samtycke till [nyhetsbrevet|personliga erbjudanden|reklam-sms] och vill inte att ni använder mina uppgifter för marknadsföring längre. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jag återkallar mitt samtycke [till spårning|till behandling av mina uppgifter|till cookies][.|!|]",
            "[stäng av|stoppa] [platsspårningen|spårningen] på mitt konto tack",
            "jag godkänner inte längre att ni använder min data till [riktad reklam|profilering|analyser]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "råkade kryssa i [att tillåta tracking|godkänn alla cookies|platsdelning] när jag registrerade mig. [vill ta tillbaka det|hur drar jag tillbaka det?]",
            "{hi}jag gav er lov att använda [bilden på mig|mina bilder|filmen med mig] [på instagram|på er hemsida]. har ångrat mig och drar tillbaka tillståndet",
            "vill inte längre att [klockan|appen] delar [min hälsodata|min sömndata|min puls] med er. [tar tillbaka mitt godkännande|drar tillbaka samtycket], hur gör jag?",
            "platsbehörigheten: [vill inte ha den på längre|tar tillbaka den]. [appen behöver inte veta var jag är|vill inte bli trackad]",
            "godkände [cookies|kakor] på er sajt men ångrar mig, [drar tillbaka det|vill ångra det]. [bara nödvändiga kakor tack|ingen analytics]",
            "[ångrar|drar tillbaka] godkännandet jag gav för [personliga rekommendationer|analytics|att ni använder mina röstinspelningar]. [var ändrar jag det?|slå av det tack]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. [appen spårar var jag är|appen vet alltid var jag befinner mig] dygnet runt. @{co} jag [återkallar mitt samtycke|drar tillbaka mitt samtycke] till platsdata",
            "⭐ jag godkände [cookies och spårning|tracking] [av misstag|för länge sen] och vill dra tillbaka det samtycket. [varför finns det ingen knapp?|var gör jag det?]",
            "@{co} ni får inte längre använda [mina bilder|bilden på mig] i [reklam|marknadsföringen]. jag [återkallar|drar tillbaka] samtycket jag gav [förra året|då]",
            "[2 stjärnor.|⭐⭐] [jag tillät|jag gav lov] att appen använde [mina hälsodata|min sömndata|min pulsdata] men jag vill inte det längre. [samtycket är återkallat|jag tar tillbaka det tillståndet] och [sluta behandla dem|använd dem inte mer].",
            "drar tillbaka mitt samtycke till [analys|personalisering|anpassat innehall] @{co}, [vill inte langre|nej tack]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur återkallar jag mitt samtycke till [platsspårning|cookies och spårning|att ni använder mina bilder]?",
            "kan jag dra tillbaka samtycket jag gav till [att ni behandlar mina hälsouppgifter|inspelning av samtal|personanpassat innehåll]?",
            "går det att återkalla samtycket till [analys|spårning]? [jag tillåter det inte längre|vill inte längre godkänna det]",
            "{hi}var tar jag tillbaka samtycket till att ni använder mina [bilder|röstinspelningar|platsdata]?",
            "hur aterkallar jag samtycket till cookies?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJag återkallar härmed mitt samtycke till att ni behandlar mina personuppgifter [för personanpassad reklam|för analysändamål|för analys av min position][ (artikel 7.3 i dataskyddsförordningen)|]. {acct}\n\n{sign}",
            "{greet}\n\nVid registreringen var rutan för att dela data för [analys|personanpassning] redan ikryssad. Jag återkallar det samtycket och ber er sluta med den behandlingen. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Återkallelse av samtycke enligt artikel 7.3 i dataskyddsförordningen\n\n{greet_formal}\n\nJag återkallar härmed, med verkan från och med att ni tar emot detta brev, samtliga samtycken som jag har lämnat till {co} för behandling av mina personuppgifter, särskilt samtycket [till profilering och personanpassad reklam|till behandling av platsuppgifter|till behandling av biometriska uppgifter|till analys av mina köp]. Från och med återkallelsen saknar ni rättslig grund för den behandlingen.\n\n{ident}\n\nJag ber om skriftlig bekräftelse på vilka behandlingar som har upphört, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan jag få ut min data som [CSV|JSON|en maskinläsbar fil]? [jag byter leverantör|jag vill flytta den till en annan tjänst]",
            "hur flyttar jag [min data|min historik|mina spellistor|mina bilder] till en annan leverantör[?|]",
            "jag behöver en export av all min data för att byta till [en annan operatör|en annan bank|en konkurrent]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ska [gå över till|byta till] [en annan bank|ett annat mobilbolag|en annan app]. [kan ni skicka|går det att skicka] min data direkt [till dem|över]?",
            "går det att exportera [hela historiken|mina träningspass|köphistoriken] som [json|csv]-fil? ska [flytta över|ta med den] till [Strava|Google|en annan app]",
            "{hi}behöver min data i ett format som andra system kan läsa in, så jag kan ladda upp den hos ett annat bolag – lämnar {co}",
            "[data export|ladda ner min data]-knappen ger bara [en pdf|skärmdumpar]. [behöver csv eller json|behöver nåt som ett annat system kan importera] så jag kan flytta till nya [leverantören|bolaget]",
            "byter [elbolag|försäkringsbolag|gym] vid månadsskiftet. kan ni föra över min [förbrukningshistorik|data] [direkt|digitalt] till det nya bolaget?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. [inget sätt|ingen möjlighet] att exportera sin data [ur appen|]. @{co} skicka [all min data|mina uppgifter] som en [CSV|JSON]-fil",
            "⭐ byter till [en annan tjänst|en annan app] och vill ta med mig [träningshistoriken|min data|mina spellistor]. [var är exportknappen?|varför finns det ingen export?]",
            "@{co} [kan ni skicka|skicka] mina uppgifter direkt till [min nya leverantör|det nya bolaget] som jag byter till? [rätt till dataportabilitet|det har jag rätt till]",
            "[2 stjärnor.|⭐⭐] [jag bad om|jag behöver] min data i ett [maskinläsbart|strukturerat] format ([CSV|JSON]) för att flytta den och fick [bara en PDF|en skärmdump|ingenting]. det duger inte.",
            "vill ha ut min data [som csv|som json|i en fil] sa jag kan [flytta den|ta den till en annan tjanst] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur får jag ut min data i en [CSV|JSON]-fil så att jag kan flytta den till en annan tjänst?",
            "kan ni skicka mina uppgifter direkt till [den nya leverantören|det nya bolaget] jag byter till?",
            "går det att få all min data i ett [maskinläsbart format|filformat] så jag kan ta med den?",
            "{hi}var kan jag [ladda ner|exportera] min data som [CSV|JSON]? ska byta till en annan [leverantör|tjänst]",
            "vad gor jag for att fa min data i en json-fil till en annan tjanst?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Jag byter leverantör|Jag ska flytta till en annan tjänst] och vill använda min rätt till dataportabilitet[ enligt artikel 20 i dataskyddsförordningen|]. Vänligen skicka {data} i ett strukturerat, allmänt använt och maskinläsbart format (t.ex. CSV eller JSON). {acct}\n\n{sign}",
            "{greet}\n\nJag vill att ni överför mina uppgifter [om förbrukning|från bonusprogrammet|om mina träningspass] direkt till min nya leverantör, i ett format som deras system kan läsa in. Det gäller rätten till dataportabilitet enligt artikel 20.2 GDPR. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran om dataportabilitet enligt artikel 20 i dataskyddsförordningen\n\n{greet_formal}\n\nMed stöd av artikel 20.1 i dataskyddsförordningen begär jag att få ut de personuppgifter som rör mig och som jag har tillhandahållit er, och som ni behandlar automatiserat på grundval av mitt samtycke eller ett avtal, i ett strukturerat, allmänt använt och maskinläsbart format[ (t.ex. CSV, JSON eller XML)|].[ Om det är tekniskt möjligt begär jag att ni enligt artikel 20.2 överför uppgifterna direkt till den nya personuppgiftsansvarige, vars kontaktuppgifter jag lämnar separat.|]\n\n{ident}\n\nJag ber er hantera begäran {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kan ni [frysa|pausa] behandlingen av mina uppgifter tills [mitt klagomål|tvisten|felet i kontot] är löst?",
            "radera inte min data, men använd den inte heller just nu, [jag behöver den som bevis|min advokat håller på med ärendet]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}bestrider fakturan [nr {order}|från {date}]. [lägg|kan ni lägga] mina uppgifter på is tills det är utrett, men släng ingenting",
            "fick en felaktig faktura, [beloppet stämmer inte|jag är inte skyldig nåt]. medan ni kollar upp det ska mina uppgifter ligga orörda – spara dem men gör inget med dem",
            "[min jurist|min advokat] säger att jag behöver [inspelningarna|uppgifterna om order {order}] [i rätten|i ärendet]. ta inte bort dem, men ni får inte använda dem till nåt annat nu",
            "vill inte [deleta|radera] [kontot|datan], bara stoppa all användning av den [tillfälligt|ett tag] [tills felet är rättat|medan mitt klagomål utreds]",
            "kan ni [spärra|begränsa] mina uppgifter [medan IMY tittar på min anmälan|medan jag väntar på svar]? de får ligga kvar men inte användas",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [radera inget|radera inte mina uppgifter] men sluta använda dem [medan tvisten pågår|tills ärendet är löst]. [tack.|]",
            "1 stjärna. [jag klagade|jag bestred fakturan] och ni fortsätter ändå att [behandla|använda] mina uppgifter. [frys|spärra] mina uppgifter tills det är utrett, men radera dem inte.",
            "⭐ [uppgifterna om mig stämmer inte|era uppgifter om mig är fel]. jag vill att ni [begränsar behandlingen|slutar använda dem] medan ni [kontrollerar om de stämmer|går igenom dem]. men radera dem inte.",
            "[2 stjärnor.|⭐⭐] jag behöver [uppgifterna|datan] som [bevis i en rättstvist|bevis i ett ärende] mot er, så [radera dem inte|de får inte raderas] men [stoppa all behandling|sluta använda dem] tills vidare @{co}",
            "[spara bara|behall] min data men [anvand den inte|sluta behandla den] just nu @{co}, radera [inget|ingenting]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kan ni frysa behandlingen av mina uppgifter medan [klagomålet utreds|ni kollar om de stämmer]? radera dem inte dock",
            "går det att [begränsa|pausa] behandlingen av min data [tills vidare|tillfälligt] utan att den raderas?",
            "hur ber jag er sluta använda mina uppgifter [för tillfället|tills tvisten är löst] men spara dem? jag behöver dem för [en rättsprocess|min advokat]",
            "{hi}vem skriver jag till för att tillfälligt spärra behandlingen av mina uppgifter? [radera ingenting|de får inte försvinna]",
            "hur begransar jag behandlingen av min data utan att den raderas?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Tills mitt klagomål är utrett|Tills ni har kontrollerat de omtvistade uppgifterna i mitt konto] begär jag att ni begränsar behandlingen av mina personuppgifter[ enligt artikel 18 i dataskyddsförordningen|]. Spara uppgifterna, men använd dem inte på något annat sätt. {acct}\n\n{sign}",
            "{greet}\n\nNi har meddelat att mina uppgifter ska raderas, men jag behöver dem [för att kunna driva ett rättsligt anspråk|som bevis i en tvist]. I stället för radering begär jag därför att behandlingen begränsas[ (artikel 18.1 c GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran om begränsning av behandling enligt artikel 18 i dataskyddsförordningen\n\n{greet_formal}\n\nMed stöd av artikel 18.1 i dataskyddsförordningen begär jag att behandlingen av mina personuppgifter begränsas, eftersom [behandlingen är olaglig och jag i stället för radering begär att användningen av uppgifterna begränsas|ni inte längre behöver uppgifterna, men jag behöver dem för att kunna fastställa, göra gällande eller försvara rättsliga anspråk|jag bestrider uppgifternas riktighet och den ännu inte har kontrollerats]. Under begränsningen får mina uppgifter endast lagras; annan behandling får bara ske med mitt samtycke eller av de skäl som anges i artikel 18.2. Jag ber er underrätta mig innan begränsningen upphävs (artikel 18.3).\n\n{ident}\n\nJag ber om bekräftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jag går inte med på att ni [analyserar mina köp|följer vad jag gör i appen|delar mina uppgifter inom koncernen] med hänvisning till berättigat intresse. [sluta med det|jag vill att det upphör]",
            "hur gör jag en invändning mot [behandlingen av min data|spårningen av min körning|analysen av mitt beteende]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "såg i integritetspolicyn att ni profilerar kunder [utifrån köpen|utifrån beteendet] med stöd av berättigat intresse. [jag motsätter mig det|det vill jag inte vara med på]",
            "{hi}jag motsätter mig att {co} [använder min köphistorik för kreditbedömning|kör beteendeanalys på mina klick]. gör inte det med mina uppgifter",
            "[obehagligt|creepy] att ni loggar varje klick jag gör i appen för analys. [jag vill inte vara med i er analytics|protesterar mot den beteendeanalysen]",
            "gillar inte att [banken|ni] [scorar|bedömer] mig utifrån [mina transaktioner|vad jag handlar] utan att fråga. [jag protesterar|säger nej till den behandlingen]",
            "vad är det här för ”berättigat intresse”? jag motsätter mig att [mina samtalsinspelningar analyseras|min platshistorik används i statistik] på den grunden",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. appen [analyserar|kartlägger] allt mitt [beteende|användande] för att bygga en profil. @{co} jag [motsätter mig det|invänder mot den profileringen]!",
            "⭐ [spelar ingen roll|bryr mig inte om] vad ni kallar ”berättigat intresse”, jag [invänder mot|motsätter mig] att ni [analyserar mitt köpbeteende|använder min data till analys]. [sluta.|lägg av.]",
            "@{co} jag motsätter mig att mina uppgifter [delas inom koncernen|skickas runt mellan bolagen i koncernen]. [det har jag aldrig gått med på.|]",
            "[2 stjärnor.|⭐⭐] [{co} använder mina uppgifter|ni använder mina uppgifter] till [riskbedömning|bedrägerianalys|kreditscoring] med hänvisning till ”berättigat intresse”. jag invänder mot den behandlingen [enligt artikel 21|] och vill att ni slutar.",
            "invander mot [profilering|analys av mitt beteende] hos er @{co}, [sluta med det|sluta analysera mig]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hur invänder jag mot [profileringen|beteendeanalysen] ni gör med stöd av berättigat intresse?",
            "kan jag invända mot att ni använder mina uppgifter för [kreditbedömning|riskbedömning|beteendeanalys]?",
            "går det att motsätta sig att mina uppgifter delas inom [koncernen|företagsgruppen]?",
            "{hi}vart skickar jag en invändning mot att ni [analyserar mitt beteende|profilerar mig]?",
            "hur invander jag mot behandling baserad pa berattigat intresse? vill inte bli profilerad",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI er integritetspolicy står det att ni behandlar mina uppgifter [för att analysera kunders beteende|för att förbättra era tjänster|för att betygsätta förare] med stöd av berättigat intresse. Jag invänder mot den behandlingen[ enligt artikel 21.1 i dataskyddsförordningen|] och ber er att upphöra med den. {acct}\n\n{sign}",
            "{greet}\n\nJag vill inte att {co} [analyserar min aktivitet|använder mina uppgifter till statistik] bara för att ni anser att ni har ett berättigat intresse av det. Jag invänder härmed mot den behandlingen. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Invändning mot behandling enligt artikel 21.1 i dataskyddsförordningen\n\n{greet_formal}\n\nMed stöd av artikel 21.1 i dataskyddsförordningen invänder jag mot den behandling av mina personuppgifter som ni utför med stöd av berättigat intresse enligt artikel 6.1 f, närmare bestämt [analysen av mitt köpbeteende|behandlingen av positionsuppgifter från mitt fordon|delningen av mina uppgifter inom koncernen|utvärderingen av hur jag använder tjänsten]. Skälet hänger samman med min specifika situation: [uppgifterna gör det möjligt att dra känsliga slutsatser om min hälsa och min familj|behandlingen går utöver vad en kund rimligen kan förvänta sig]. Jag begär att behandlingen upphör, om ni inte kan påvisa tvingande berättigade skäl som väger tyngre än mina intressen, rättigheter och friheter.\n\n{ident}\n\nJag ser fram emot ert svar {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Invändning (artikel 21.1) och begäran om begränsning av behandling (artikel 18.1 d) enligt dataskyddsförordningen\n\n{greet_formal}\n\nJag invänder mot att ni behandlar mina personuppgifter för [kundprofilering|bedrägeribekämpning|interna analyser] med stöd av berättigat intresse. Samtidigt begär jag, med stöd av artikel 18.1 d, att behandlingen av dessa uppgifter begränsas i väntan på kontrollen av om era berättigade skäl väger tyngre än mina.\n\n{ident}\n\nJag ber er hantera begäran {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "min ansökan om [lån|delbetalning|försäkring] avslogs automatiskt. jag vill att en [människa|handläggare] tittar på den",
            "hur kan [systemet|algoritmen] spärra mitt konto utan [manuell granskning|någon förklaring]? jag vill att en människa omprövar det",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "fick nej på [krediten|delbetalningen|kreditkortet] [efter 3 sekunder|på nolltid]. uppenbart att det var en dator som bestämde. [kan en riktig person kolla på det?|vill att nån av personalen gör en ny bedömning]",
            "{hi}appen [bannade mig|stängde av mitt account] [automatiskt|helt av sig själv] och jag fattar inte varför. [förklara hur systemet kom fram till det|vilka regler ligger bakom?] och låt nån gå igenom det",
            "[priset|premien] jag fick [räknades fram automatiskt|kom från nån algoritm] och är [helt orimligt|mycket högre än min kompis]. vill att en anställd [räknar om|går igenom] det",
            "min ansökan om [jobbet|lägenheten] [sorterades bort|blev nekad] [av nåt system|utan att nån ens läst den]. [jag ifrågasätter det automatiska beslutet|accepterar inte ett sånt maskinbeslut] och vill ha en mänsklig bedömning",
            "ert [AI|system] flaggade min betalning som bedrägeri och spärrade kortet. [hur funkar den bedömningen?|vad grundade sig beslutet på?] vill att [en riktig människa|en handläggare] tittar på det",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjärna. min [låneansökan|ansökan] avslogs [automatiskt|av en algoritm] på [en sekund|några sekunder]. @{co} jag vill att [en människa|en handläggare] tittar på det!",
            "⭐ [mitt konto spärrades|mitt konto blev låst] av [ett automatiskt system|en algoritm] utan förklaring. [jag kräver|jag vill] att [en riktig människa|någon] [granskar beslutet|tittar på det igen].",
            "@{co} [varför|hur] bestämde [datorn|algoritmen] att jag [inte får delbetalning|ska få högre pris|fick nej]? [förklara logiken|vill ha en förklaring] och [låt en människa omprova det|jag vill ha en manuell prövning].",
            "[2 stjärnor.|⭐⭐] [ett automatiskt beslut|en algoritm] nekade mig [lån|kreditkort|delbetalning] och ingen kan säga varför. jag [bestrider beslutet|överklagar det beslutet] och vill att [en handläggare omprövar det|en människa bedömer mitt fall].",
            "[ansokan nekad av en dator|systemet sa nej] utan att nagon [ens kollade|tittade]. vill att [en manniska|nan hos er] gar igenom det @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kan en [människa|handläggare] titta på avslaget på min låneansökan? beslutet togs automatiskt av [en algoritm|systemet]",
            "hur överklagar jag ett automatiskt beslut om att [spärra mitt konto|avslå min ansökan]?",
            "går det att få en förklaring till hur [algoritmen|systemet] kom fram till att neka mig? och att en människa granskar det?",
            "{hi}vem tittar på det här om datorn automatiskt nekade mig [lån|kredit|delbetalning]? vill att en handläggare prövar det igen",
            "varfor sparrade systemet mitt konto automatiskt? kan en manniska kolla pa det?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Min ansökan om delbetalning|Min ansökan om privatlån|Min registrering] avslogs automatiskt, utan att någon människa var inblandad. Med stöd av artikel 22 i dataskyddsförordningen begär jag att en handläggare omprövar beslutet och att ni förklarar hur det fattades. {acct}\n\n{sign}",
            "{greet}\n\nErt system har [automatiskt sänkt min kreditgräns|spärrat mitt konto|gett mig betydligt sämre villkor] och ingen kan förklara varför. Jag vill inte bli föremål för ett beslut som enbart fattas av en algoritm – jag begär en manuell prövning. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{datum}\n\nÄrende: Begäran enligt artikel 22 i dataskyddsförordningen – automatiserat individuellt beslutsfattande\n\n{greet_formal}\n\nDen {datum} [avslogs min låneansökan|spärrades mitt kundkonto|fick jag en avsevärt högre försäkringspremie] enbart på grundval av automatiserad behandling, inbegripet profilering, vilket har rättsliga följder för mig eller på liknande sätt i betydande grad påverkar mig. Enligt artikel 22 i dataskyddsförordningen har jag rätt att inte bli föremål för ett sådant beslut. Jag begär därför:\n\n1. mänskligt ingripande från er sida och en ny prövning av en handläggare;\n2. meningsfull information om logiken bakom beslutet samt betydelsen och de förutsedda följderna av behandlingen;\n3. möjlighet att framföra min synpunkt och bestrida beslutet.\n\n{ident}\n\nJag ber er hantera begäran {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}var är min beställning {order}[?|??]",
            "beställning {order} har fortfarande inte kommit[, spårningen har stått still i en vecka|. Vet ni något?|]",
            "{greet}\n\nJag beställde den {datum} (ordernummer {order}) men har ännu inte fått någon leveransbekräftelse. När skickas varorna?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJag har blivit dragen två gånger för [beställning {order}|mitt abonnemang] ({amount} kr). Vänligen återbetala det dubbla beloppet.\n\n{sign}",
            "varför kostar mitt abonnemang plötsligt {amount} kr? [det stod ingenstans|är det ett fel?]",
            "{hi}kan ni skicka fakturan för order {order} igen? [hittar den inte|behöver den till bokföringen]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "kan jag fortfarande ändra leveransadressen för order {order}?",
            "levererar ni till Norge också? vad kostar frakten?",
            "budet lämnade paketet [hos grannen|utanför dörren i regnet], [inte okej|går det att lösa på något annat sätt?]",
            "kan jag hämta ut paketet hos [ett ombud|en paketautomat|PostNord]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "finns {product} i [svart|större storlek|andra färger]?",
            "{greet}\n\nNär kommer {product} tillbaka i lager? Jag skulle vilja beställa två stycken.\n\n{sign}",
            "har {product} två års garanti?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJag returnerade {product} för [två|tre] veckor sedan (order {order}) men har ännu inte fått tillbaka {amount} kr.\n\n{sign}",
            "det är fel på {product} jag fick. [jag vill ha pengarna tillbaka|skicka gärna en ny]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "jag kommer inte in på mitt konto och mejlet för att återställa lösenordet kommer aldrig[, har kollat skräpposten också|]",
            "{hi}glömt lösenordet och sms-koden går till mitt gamla nummer. vad gör jag?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[grym app|toppenservice|supernöjd], [allt kom snabbt|funkar klockrent|handlar gärna igen][!|]",
            "ville bara säga tack, [kundtjänst|killen i telefon] hjälpte mig [jättesnabbt|superbra]!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nJag vill säga upp mitt [abonnemang|premiumabonnemang] från och med nästa period. Kontot vill jag behålla.\n\n{sign}",
            "hur pausar jag abonnemanget utan att förlora [mina poäng|min önskelista]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Snabb fråga: sparar ni mina kortuppgifter? Vill bara veta att det är säkert.",
            "var hittar jag er integritetspolicy? [länken längst ner på sidan funkar inte|hittar den inte i appen]",
            "Uppskattar att ni inte säljer kunddata. Det är därför jag handlar hos er!",
            "Följer {co} GDPR? Vi funderar på ett företagsabonnemang och behöver ett personuppgiftsbiträdesavtal.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hur tar jag bort en vara från varukorgen?",
            "kan jag avbeställa order {order}? tog fel storlek",
            "råkade radera adressen i min profil, hur lägger jag in den igen?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hur anmäler jag mig till ert nyhetsbrev? formuläret [ger ett felmeddelande|laddar inte]",
            "{greet}\n\nJag anmälde mig till nyhetsbrevet men fick aldrig rabattkoden på 10 %. Kan ni skicka den igen?\n\n{sign}",
            "i [dagens|förra veckans] nyhetsbrev funkade inte länken till erbjudandet",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Jag samtyckte till nyhetsbrevet när jag registrerade mig – får jag rabatt på första köpet då?",
            "{greet}\n\nKan ni förklara vad samtycket till databehandling i appen innebär? Jag vill inte ändra något, bara förstå.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[har glömt lösenordet|kommer inte in i appen] och mejlet för att återställa lösenordet [kommer aldrig|dyker inte upp]. [vad gör jag?|kan ni hjälpa?]",
            "{hi}hur [byter jag abonnemang|uppgraderar jag till premium|går jag ner till ett billigare paket]?",
            "är min data säker hos er? [bara nyfiken|undrar bara], [allt är lugnt|jag begär inget]",
            "var ser jag [mina fakturor|kvittona] i appen?",
            "{hi}avslutade nyhetsbrevet av misstag[, oops|]. hur prenumererar jag igen?",
            "kan jag lägga till [en till mejladress|en andra e-postadress] på kontot?",
            "har ni en app för [surfplattor|ipad]? [och hur slår jag på notiser?|]",
            "min beställning {order} har inte kommit än[.|..] [tack förresten för snabb hjälp sist!|kan ni kolla?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "är du en [bot|robot|AI] eller en [riktig|verklig] människa?",
            "{hi}vad heter du?",
            "vad kan du [göra|hjälpa till med]?",
            "berätta något om dig själv",
            "[hahaha|haha|lol] ok[| tack]",
            "har ni öppet på [söndagar|helger|röda dagar]?",
            "[hur är vädret idag?|vet du någon bra restaurang?|jag har tråkigt|godnatt]",
            "vad tycker du om [{product}|kaffebryggare|hörlurar]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}hur [säger jag upp|avslutar jag] [premium|plus-abonnemanget|mitt medlemskap] [vid månadsskiftet|efter nästa period|innan nästa dragning]? kontot vill jag ha kvar",
            "kan jag pausa [min matkasse|min box|min återkommande beställning] [i juli|under semestern|ett par veckor]?",
            "vill [nedgradera|byta] från [Premium|Family|Pro] till [Basic|Standard|gratisversionen][, går det?|]",
            "hur stänger jag av [automatisk förnyelse|autoförnyelsen|auto-renew]? vill inte bli debiterad igen[ nästa år|]",
            "hur avslutar jag [gratisperioden|provperioden|free trial] innan jag [blir debiterad|måste betala]?",
            "kan ni [flytta|andra] [dragningsdatumet|betaldatumet] till den [25:e|1:a|15:e]? lonen kommer sent i manaden",
            "{greet}\n\nJag vill [säga upp|avsluta] mitt [månadsabonnemang|årsabonnemang|medlemskap] [från och med nästa månad|när bindningstiden går ut|vid periodens slut], men [behålla kontot|ha kvar mitt konto] så att jag kan [komma tillbaka senare|se gamla beställningar]. [Kan ni bekräfta när sista dragningen sker?|Vad gäller för uppsägningstiden?]\n\n{sign}",
            "{greet}\n\nVi är [tre|fyra|fem] i familjen nu och vill [uppgradera|byta] till [familjeabonnemanget|Family-planen|ett större paket]. [Betalar vi mellanskillnaden direkt eller från nästa period?|Hur blir det med det vi redan har betalat?]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}kommer inte in på kontot[, står bara fel lösenord|, säger fel lösenord fast det är rätt|]",
            "[återställningsmejlet|länken för nytt lösenord|mejlet för att återställa lösenordet] kommer aldrig[, har kollat skräpposten också|]",
            "får ingen [sms-kod|engångskod|verifieringskod] när jag loggar in[, vad gör jag?|]",
            "hur loggar jag ut från alla [enheter|enheter samtidigt]? glömde logga ut på [jobbdatorn|en lånad dator|biblioteket]",
            "appen loggar ut mig [hela tiden|varje gång jag stänger den|flera gånger om dagen], [irriterande|jättejobbigt]",
            "hur [byter|ändrar] jag losenord [i appen|pa hemsidan]? hittar inte var",
            "{greet}\n\nJag har försökt logga in [flera gånger|hela förmiddagen] och nu är kontot låst. [Återställningslänken|Länken i mejlet] har [gått ut|slutat fungera] innan jag hann använda den. Kan ni hjälpa mig att komma in igen?\n\n{sign}",
            "{greet}\n\nJag har bytt [telefon|mobil] och koderna för tvåstegsverifiering hamnar nu [i den gamla appen|på den gamla telefonen]. Hur flyttar jag [autentiseringsappen|authenticator-appen|tvåstegsverifieringen] till den nya?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}rabattkoden [VINTER20|SOMMAR15|WELCOME10] funkar inte i kassan[, står ogiltig|]",
            "hur får jag [välkomstrabatten|välkomstkoden|10 % rabatt] när jag [anmäler mig till|registrerar mig för] nyhetsbrevet?",
            "gäller [rean|black friday-rean|mellandagsrean] även [i butik|online|på {product}]?",
            "hur många [bonuspoäng|poäng] har jag och när [går de ut|kan jag använda dem]?",
            "fick ett [sms|mejl|nyhetsbrev] om [20 %|dubbla poäng|fri frakt] i helgen, gäller det [för alla|även i appen|på allt]?",
            "om jag [tipsar en kompis|värvar en vän], får vi båda [rabatt|en bonus|100 kr]?",
            "{greet}\n\nI [nyhetsbrevet|ert senaste utskick] i [måndags|förra veckan] stod det att medlemmar får [25 %|15 %|dubbla poäng] på [hela sortimentet|utvalda varor]. Jag hittar inte koden[ någonstans|] – [var skriver jag in den?|måste jag vara inloggad för att den ska gälla?]\n\n{sign}",
            "{greet}\n\nJag handlade [igår|i helgen|förra veckan] och dagen efter startade [rean|kampanjen]. Kan jag få [mellanskillnaden tillbaka|prisjustering|rabatten i efterhand] på order {order}?\n\n{sign}",
        ]},
    ],
};

//! Danish: Denmark (GDPR as "databeskyttelsesforordningen"; supervisory authority Datatilsynet).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "da",
    locales: &[("da-DK", 100)],
    first_names: &[
        "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Camilla", "Louise",
        "Ida", "Sofie", "Emma", "Maria", "Pia", "Peter", "Jens", "Lars", "Michael", "Henrik",
        "Thomas", "Søren", "Jesper", "Martin", "Niels", "Anders", "Mads", "Rasmus", "Frederik",
        "Christian",
    ],
    last_names: &[
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Holm", "Lund",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "hotmail.dk",
        "icloud.com", "yahoo.dk", "jubii.dk",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Hej,", "Hej!", "Hej {co},", "Kære {co},", "Goddag,", "Hej kundeservice,"]),
        ("greet_formal", &["Til databeskyttelsesrådgiveren,", "Kære databeskyttelsesrådgiver,", "Hej,"]),
        ("hi", &["hej, ", "hej ", "hejsa, ", "", "", "", "Hej, "]),
        ("thanks", &["Venlig hilsen", "Med venlig hilsen", "Mvh.", "Vh", "Hilsen", "På forhånd tak.\nVenlig hilsen"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSendt fra min iPhone",
        ]),
        ("sign_formal", &["Med venlig hilsen\n\n{name}", "Med venlig hilsen\n\n{name}\n{email}", "Venlig hilsen\n\n{name}"]),
        ("street", &[
            "Vestergade", "Østergade", "Nørregade", "Søndergade", "Jernbanegade", "Skolevej",
            "Kirkevej", "Bredgade", "Algade", "Parkvej", "Strandvejen", "Vesterbrogade",
        ]),
        ("city", &[
            "1{d}{d}{d} København K", "2100 København Ø", "2200 København N", "8000 Aarhus C", "5000 Odense C",
            "9000 Aalborg", "6700 Esbjerg", "7100 Vejle", "4000 Roskilde", "8900 Randers", "2800 Kongens Lyngby",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}, {d}. [th.|tv.|mf.]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("to_dpo", &["{co} A/S\nAtt.: Databeskyttelsesrådgiveren (DPO)", "{co} ApS\nAtt.: Databeskyttelsesrådgiver", "{co}\nAtt.: Persondataansvarlig"]),
        ("acct", &[
            "Min konto er oprettet med {email}.", "E-mail: {email}", "Kontoen står i navnet {name} ({email}).",
            "Jeg har en konto hos jer med adressen {email}.",
        ]),
        ("ident", &[
            "Til identifikation: {name}, e-mail {email}, adresse som ovenfor. Mit CPR-nummer oplyses gerne, hvis det er nødvendigt.",
            "Min kundekonto er oprettet med e-mailadressen {email}. Har I brug for yderligere oplysninger for at bekræfte min identitet, er I velkomne til at kontakte mig.",
            "Jeg hedder {name} og er kunde hos jer med e-mailadressen {email}; min adresse fremgår ovenfor.",
        ]),
        ("data", &[
            "mine personoplysninger", "alle personoplysninger, I har om mig", "alle de data, I opbevarer om mig",
            "de oplysninger, I behandler om mig",
        ]),
        ("product", &[
            // Definite forms: the templates use them as they stand.
            "kaffemaskinen", "rygsækken", "støvsugeren", "skærmen", "høretelefonerne", "blenderen",
            "kufferten", "barnevognen", "vinterjakken", "løbeskoene", "teltet",
        ]),
        ("deadline", &[
            "uden unødig forsinkelse og senest en måned efter modtagelsen af anmodningen",
            "inden for fristen på en måned, jf. artikel 12, stk. 3, i databeskyttelsesforordningen", "senest den {date}",
        ]),
        ("escalate", &[
            " Hvis jeg ikke modtager svar inden for fristen, vil jeg indgive en klage til Datatilsynet.",
            " I modsat fald vil jeg rette henvendelse til Datatilsynet.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan I sende mig [en kopi af|et udtræk af|en eksport af] [mine oplysninger|alle de data, I har om mig][?| tak!]",
            "hvilke [oplysninger|personoplysninger] har I [gemt |]om mig[?|??]",
            "jeg vil gerne [vide|se], hvad I har [gemt|registreret] om mig",
            "hvordan downloader jeg [mine data|alle mine data] fra [appen|min konto][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[øhh|okay,|wow] jeg fik [lige|i dag] en annonce, der vidste [vildt meget|alt for meget|mærkeligt meget] om mig. hvad [ligger der egentlig|har I egentlig liggende] om mig i [jeres system|jeres database][?|??]",
            "{hi}jeg oprettede en profil hos {co} [for flere år siden|engang i gymnasiet|for evigheder siden] og havde [helt glemt den|glemt alt om den]. [må jeg|kan jeg] få [indsigt i|et overblik over], hvilke oplysninger der [stadig |]er knyttet til den?",
            "[anmodning om indsigt|indsigtsanmodning|GDPR-indsigt] [tak|pls|]: hvad [registrerer|behandler] I om mig, og [hvor har I det fra|hvem får det videre]? [min mail|kontoen] er {email}",
            "[jeg er|er] [lidt|ret|mega] nervøs for mit privatliv [efter det datalæk|efter historierne i nyhederne|for tiden]. [send mig lige en liste|giv mig et overblik] over alt, I har [indsamlet|samlet] om mig[, også lokation og køb|]",
            "[hurtigt spørgsmål|lige et spørgsmål]: [gemmer I|registrerer {co}] min [lokationshistorik|søgehistorik|købshistorik]? [hvis ja, vil jeg gerne se den|i så fald vil jeg gerne se, hvad der ligger]",
            "[1 stjerne|2 stjerner]: appen vil have adgang til alt, men [man kan ingen steder se|der er intet sted, hvor man kan se], hvad den [samler ind|ved om én]. [giv mig indsigt i mine data|vis mig, hvad I har om mig]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. I ugevis har jeg spurgt, hvilke oplysninger {co} har om mig, og [jeg får intet svar|ingen svarer]. [Jeg vil have indsigt!|Send mig nu en kopi af mine data!|Hørt om artikel 15 i GDPR?]",
            "@{co} hvilke [oplysninger|personoplysninger|data] har I egentlig om mig? [Jeg vil have en kopi.|Send mig en oversigt, tak.|Beder om indsigt på DM.]",
            "⭐ Appen er fin nok, men jeg vil [vide|se], hvad I [gemmer|har indsamlet] om mig[, også lokation og købshistorik|]. [Beder om en fuld oversigt.|Hvor bliver min indsigtsanmodning af?]",
            "[2 stjerner|⭐⭐]. Sendte en indsigtsanmodning for en måned siden, [stadig intet|ikke et ord]. [Kære|Hej] {co}, send mig [alle de oplysninger, I har om mig|en kopi af de data, I har gemt] nu.",
            "bad om indsigt efter gdpr, ingen svar. @{co} jeg vil vide hvad i har gemt om mig!!",
            "Fede funktioner, men nul gennemsigtighed. [Jeg vil have|Jeg kræver] indsigt i [alle de personoplysninger, I behandler om mig|mine data]. [3 stjerner indtil da.|Så kommer der også flere stjerner.]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan kan jeg [se|finde ud af|tjekke] hvilke oplysninger I [har|gemmer] om mig?",
            "kan jeg få en [kopi|oversigt] af [alle de oplysninger|de data] I har om mig?",
            "er det muligt at [få indsigt i|bede om indsigt i|få en kopi af] mine personoplysninger? [hvor lang tid tager det?|]",
            "hvad ved I [egentlig |]om mig? [kan I sende mig alt hvad I har?|hvor kan jeg se det?]",
            "hvor kan jeg [se|downloade|bede om] [mine data|det {co} har gemt om mig]? [kan ikke finde det i appen|]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg vil gerne have en kopi af {data}[, inklusive ordrehistorik og kontaktoplysninger|]. {acct}\n\n{sign}",
            "{greet}\n\nJeg anmoder hermed om indsigt[ efter artikel 15 i databeskyttelsesforordningen|]. Jeg vil gerne vide, hvilke personoplysninger I behandler om mig, til hvilke formål, og hvem de er videregivet til. {acct}\n\n{sign}",
            "{greet}\n\nKan I fortælle mig, hvilke personoplysninger {co} har om mig, og hvad de bruges til? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning om indsigt efter artikel 15 i databeskyttelsesforordningen (GDPR)\n\n{greet_formal}\n\nMed henvisning til artikel 15 i Europa-Parlamentets og Rådets forordning (EU) 2016/679 (databeskyttelsesforordningen) anmoder jeg om bekræftelse på, om I behandler personoplysninger om mig. Hvis det er tilfældet, anmoder jeg om:\n\n1. en kopi af alle de personoplysninger, I behandler om mig;\n2. formålene med behandlingen;\n3. de berørte kategorier af personoplysninger;\n4. de modtagere eller kategorier af modtagere, som oplysningerne er videregivet til, navnlig i tredjelande;\n5. det tidsrum, hvor oplysningerne vil blive opbevaret;\n6. hvor oplysningerne stammer fra, hvis de ikke er indsamlet hos mig;\n7. forekomsten af automatiske afgørelser, herunder profilering.\n\n{ident}\n\nJeg beder jer besvare min anmodning {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Indsigtsanmodning\n\n{greet_formal}\n\nJeg ønsker indsigt i de personoplysninger, som {co} behandler om mig, og anmoder derfor i medfør af artikel 15 i GDPR om en gratis kopi samt de oplysninger, der er nævnt i artikel 15, stk. 1, litra a-h. Send gerne kopien elektronisk til {email}.\n\n{ident}\n\nJeg ser frem til jeres svar {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Indsigt (artikel 15) og dataportabilitet (artikel 20) efter databeskyttelsesforordningen\n\n{greet_formal}\n\nMed henvisning til artikel 15 i databeskyttelsesforordningen anmoder jeg om oplysning om, hvilke personoplysninger I behandler om mig, til hvilke formål, hvem de er videregivet til, og hvor længe de opbevares. Samtidig anmoder jeg i medfør af artikel 20 om at modtage de oplysninger, jeg har givet jer som led i vores aftale, i et struktureret, almindeligt anvendt og maskinlæsbart format (CSV eller JSON), så jeg kan overføre dem til en anden udbyder.\n\n{ident}\n\nJeg beder jer behandle anmodningen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg vil gerne have et overblik over alle de data, I har om mig, og derudover en eksport i CSV- eller JSON-format, så jeg kan flytte dem til en anden tjeneste. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[slet|fjern] min konto[ og alle mine data| og alle mine oplysninger|][ tak|.|!|]",
            "jeg vil have, at [mine oplysninger bliver slettet|min konto bliver slettet][ med det samme|!|.|]",
            "hvordan sletter jeg min konto [permanent|helt|for altid][?|??]",
            "slet alt, hvad I har om mig[ tak|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "er [skiftet til en konkurrent|gået over til en anden udbyder|færdig med {co}] og har ikke brug for [kontoen|profilen] mere. [fjern det hele|smid det hele ud|ryd det hele] [tak|pls], [også mine oplysninger|inkl. alle data|med al info om mig]",
            "{hi}jeg [oprettede mig|lavede en konto] kun [for at få en rabatkode|for en enkelt ordre|til en gratis prøveperiode] og har aldrig brugt kontoen siden. vil I [lukke|nedlægge] kontoen og [udslette|fjerne] alle oplysninger om mig?",
            "[profilen|kontoen] skal [væk|slettes] [for altid|én gang for alle]!! [ikke bare deaktiveres|deaktivering er ikke nok], [alt om mig|al info om mig] skal ud af [jeres database|jeres system]",
            "hvor er [knappen|muligheden] for at [lukke|nedlægge] kontoen [rigtigt|helt]? [vil ikke bare deaktivere den|at deaktivere er ikke det samme], [mine data|det hele] skal [væk|slettes]",
            "[efter datalækket|af hensyn til mit privatliv|efter alt det her] vil jeg [bare |]have, at I [sletter|udsletter] alt, der [handler om mig|er knyttet til mig], [permanent|én gang for alle].[ send en bekræftelse på mail| bekræft gerne|]",
            "fandt [en gammel konto|en ældgammel konto] på {email}[, anede ikke at jeg havde den|]. [kan I slette den helt?|fjern den lige med alt indhold, tak]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Det er ikke muligt at slette kontoen|Umuligt at slette sin konto] i appen. @{co} [slet min konto|fjern min profil] og alle mine oplysninger!",
            "⭐ Jeg vil slette min profil, men [der er ingen knap|muligheden findes ingen steder]. [Slet alt, hvad I har om mig.|Fjern mine data helt, tak.]",
            "@{co} vær sød at [slette|fjerne] min konto [({email}) |]og [alle|samtlige] oplysninger om mig. [Bruger den ikke mere.|Tak.|]",
            "[Svindel|Hold jer væk]! Har ventet i tre uger på, at I [sletter|faktisk sletter] min konto. [Jeg vil have mine data slettet fuldstændigt.|Fjern alt, hvad I har gemt om mig!]",
            "[0 stjerner hvis det kunne lade sig gøre|1/5]. Afinstalleret. [Jeg kræver sletning af min konto og mine personoplysninger efter GDPR.|Udslet min konto og alle data fra jeres systemer.]",
            "slet min konto. nu. tak @{co}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan sletter jeg [min konto|min profil|min bruger]? [kan ikke finde muligheden nogen steder|]",
            "kan I slette [min konto|min bruger] [og alle mine oplysninger|for altid]? [bruger den ikke mere|]",
            "er det muligt at få [slettet|fjernet] [alle mine data|mine oplysninger] [helt|for altid|permanent]?",
            "hvad skal jeg gøre for at I sletter [min konto|min bruger] [permanent|for altid]?",
            "hvor kan jeg slette [min konto|min profil]? [kan ikke se noget i appen|]",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg bruger ikke længere [jeres tjeneste|appen|min konto hos {co}] og beder jer derfor lukke kontoen og slette {data}. [Bekræft venligst, når det er sket.|På forhånd tak for en bekræftelse.|]\n\n{sign}",
            "{greet}\n\nJeg anmoder hermed om, at I sletter {data}[ efter artikel 17 i databeskyttelsesforordningen|]. {acct}\n\n{sign}",
            "{greet}\n\nJeg oprettede en konto hos jer til en enkelt bestilling og har ikke brug for den længere. Slet venligst kontoen og alle tilknyttede oplysninger. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning om sletning af personoplysninger efter artikel 17 i databeskyttelsesforordningen\n\n{greet_formal}\n\nMed henvisning til artikel 17, stk. 1, i databeskyttelsesforordningen (GDPR) anmoder jeg om, at I uden unødig forsinkelse sletter alle personoplysninger om mig. Oplysningerne er ikke længere nødvendige til de formål, hvortil de blev indsamlet, og der er intet andet retsgrundlag for at behandle dem.\n\n{ident}\n\nHvis I har videregivet mine personoplysninger til andre modtagere, beder jeg jer underrette dem om sletningen, jf. artikel 19. Hvis en lovbestemt opbevaringspligt forhindrer fuldstændig sletning, beder jeg jer oplyse, hvilke oplysninger der opbevares, af hvilken grund og hvor længe.\n\nJeg beder om skriftlig bekræftelse på sletningen {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Sletning af personoplysninger og lukning af kundekonto\n\n{greet_formal}\n\nJeg anmoder om, at min kundekonto hos {co} lukkes, og at alle personoplysninger, I behandler om mig, slettes i overensstemmelse med artikel 17 i forordning (EU) 2016/679. Anmodningen omfatter også sikkerhedskopier, markedsføringslister og oplysninger, der er overladt til databehandlere.\n\n{ident}\n\nGiv mig venligst besked, når sletningen er gennemført, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbagekaldelse af samtykke (artikel 7, stk. 3) og anmodning om sletning (artikel 17) efter databeskyttelsesforordningen\n\n{greet_formal}\n\nJeg tilbagekalder hermed alle samtykker, som jeg har givet {co} til behandling af mine personoplysninger, særligt samtykket til markedsføring og profilering. Da samtykket var det eneste retsgrundlag for behandlingen, anmoder jeg samtidig i medfør af artikel 17, stk. 1, litra b, om, at alle mine personoplysninger slettes.\n\n{ident}\n\nJeg beder om skriftlig bekræftelse på både tilbagekaldelsen og sletningen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg trækker mit samtykke til jeres behandling af mine oplysninger tilbage og beder jer samtidig slette min konto og alle de data, I har om mig. {acct}\n\n{sign}",
            "{hi}jeg trækker mit samtykke tilbage og vil have jer til at slette min konto med alle data",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[mit efternavn er stavet forkert på kontoen, det skal være {last}|mit navn står forkert i profilen, det skal være {name}]",
            "kan I rette min fødselsdato? [den passer ikke|der står et forkert år]",
            "[min adresse i profilen er gammel, kan I ændre den|telefonnummeret på min konto er forkert, kan I rette det][?|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[er flyttet|er lige flyttet|flyttede sidste måned] og [regningen|pakken|posten] røg [alligevel |]til den gamle adresse. [kan I rette den til|ny adresse er]: {street} {d}{d}, {city}",
            "har fået nyt [mobilnummer|telefonnummer|nummer]. [kan I skifte det ud|kan I opdatere det] på [kontoen|profilen][?|, det gamle er lukket]",
            "på [fakturaen for ordre {order}|min faktura|mit medlemskort] står [mit navn forkert|der en stavefejl i mit navn|et forkert fornavn]. jeg hedder {first} {last}[, kan I lige rette det?|, ret det venligst|]",
            "er blevet [gift|skilt] og hedder {last} nu. [hvordan ændrer jeg navnet på kontoen|kan I ændre navnet hos jer][?|]",
            "[appen|jeres system] tror, jeg er [under 18|mindreårig] [pga.|på grund af] [et forkert fødselsår|en forkert fødselsdato], [så jeg kan ikke handle|og jeg bliver spærret hele tiden]. min rigtige fødselsdato er {date}, [ret det pls|kan I korrigere den?]",
            "I har stadig [mit pigenavn|min gamle mailadresse|min gamle kollegieadresse] registreret. det har været [forkert|forældet] i [flere år|evigheder], [opdatér det pls|kan I få det rettet?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. I min profil står der [en forkert adresse|en forkert fødselsdato|mit gamle efternavn], og det kan ikke ændres i appen. @{co} ret det!",
            "@{co} I har [stavet mit navn forkert|forkert navn på min konto], det er {name}. [Ret det venligst.|Kan I rette det?]",
            "⭐⭐ [Flyttede for længe siden|Er flyttet], ny adresse er {street} {d}, men I [sender stadig alt|leverer stadig] til den gamle. [Opdater min adresse!|Jeg vil have mine oplysninger rettet.]",
            "mit telefonnummer hos jer er forældet, ret det venligst til det nye. kan ikke gøres i appen #fail",
            "[I månedsvis|Længe] har min fødselsdato været forkert registreret. [Den er {date}.|Den rigtige dato er {date}.] [Jeg beder om berigtigelse af mine oplysninger.|Ret det nu!] [2 stjerner|⭐⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan ændrer jeg min adresse? I har [stadig den gamle|en forkert adresse][, den nye er {street} {d}|]",
            "kan I [rette|korrigere] min fødselsdato? [den er forkert|der står en forkert dato]",
            "er det muligt at [rette|få rettet] mit navn? det er [stavet forkert|skrevet forkert] [på min konto|hos jer]",
            "hvor kan jeg [ændre|opdatere] mit [telefonnummer|mobilnummer]? det I har, passer ikke længere",
            "hvad skal jeg gøre for at I [retter|korrigerer] [fejlene i mine oplysninger|min adresse]? [jeg er flyttet|der er en stavefejl]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Den adresse, I har registreret, er ikke længere korrekt. Ret venligst oplysningen[ efter artikel 16 i databeskyttelsesforordningen|]. Ny adresse: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|Fødselsdatoen på min konto er forkert. Ret venligst oplysningen[ efter artikel 16 i databeskyttelsesforordningen|]. Korrekt fødselsdato: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|Mit efternavn er stavet forkert hos jer. Ret venligst oplysningen[ efter artikel 16 i databeskyttelsesforordningen|]. Korrekt navn: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nKan I opdatere mine oplysninger? [Jeg er blevet gift og hedder nu {last}.|Siden sidste måned bor jeg på {street} [1|2|3|4|5|6|7|8|9], {city}.|Jeg har fået nyt mobilnummer: {d}{d} {d}{d} {d}{d} {d}{d}.] {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning om berigtigelse af urigtige personoplysninger efter artikel 16 i databeskyttelsesforordningen\n\n{greet_formal}\n\n{co} behandler urigtige personoplysninger om mig: [min fødselsdato er registreret forkert|mit efternavn er stavet forkert|der er registreret en gæld, som ikke eksisterer|min tidligere adresse bruges stadig]. Efter artikel 16 i databeskyttelsesforordningen har jeg ret til at få urigtige personoplysninger om mig berigtiget uden unødig forsinkelse. [De korrekte oplysninger er: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Dokumentation for de korrekte oplysninger er vedlagt.]\n\n{ident}\n\nJeg anmoder om berigtigelse {deadline}, og om at I underretter alle modtagere, der har fået de urigtige oplysninger (artikel 19).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Berigtigelse (artikel 16) og begrænsning af behandling (artikel 18, stk. 1, litra a) efter databeskyttelsesforordningen\n\n{greet_formal}\n\nJeg bestrider rigtigheden af de personoplysninger, I har registreret om mig, nærmere bestemt [den påståede gæld|min fødselsdato|min bopælsadresse]. Jeg anmoder om, at oplysningerne berigtiges efter artikel 16. Samtidig anmoder jeg i medfør af artikel 18, stk. 1, litra a, om, at behandlingen af oplysningerne begrænses i den periode, I skal bruge til at kontrollere, om de er korrekte; i mellemtiden må de ikke anvendes eller videregives til tredjemand.\n\n{ident}\n\nJeg beder jer behandle anmodningen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nI jeres system [står der en forkert adresse|er min fødselsdato forkert|står der en gæld på {amount} kr., som ikke passer], og derfor [får jeg rykkere|blev min bestilling afvist]. Ret det venligst, og indtil da vil jeg have, at behandlingen af de oplysninger begrænses[ (artikel 18 i GDPR)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[sælg ikke|videregiv ikke] mine oplysninger til [tredjemand|andre virksomheder|annoncører], tak",
            "jeg vil ikke have, at mine data bliver [solgt|delt] videre til [andre firmaer|databrokere|jeres partnere]",
            "hvor kan jeg slå deling af mine oplysninger med [partnere|tredjeparter] fra[?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hvorfor ringer [et forsikringsselskab|en telefonsælger|en eller anden energiudbyder] til mig og siger, de har mit nummer fra {co}?? [stop med at sælge mine oplysninger|I må ikke give mine data videre til nogen]",
            "[læste|har læst] [jeres privatlivspolitik|det med småt] og I [giver|leverer] kundedata videre til [\"samarbejdspartnere\"|databrokere|annoncenetværk]. [ikke med mine data|hold mig ude af det|del ikke mine oplysninger]",
            "[er der|findes der] en [knap|indstilling], hvor man kan sige nej til, at [mine data|min købshistorik|min profil] bliver [solgt|givet videre|delt] til [databrokere|andre firmaer|annoncører]?",
            "[jeg vil ikke være en vare|mine data er ikke til salg]. [stop med at sælge mine oplysninger til|hold op med at dele min info med] [jeres partnere|tredjeparter|reklamenetværk][, tak|, pls|]",
            "[ikke okay|ikke fedt] at [mine købsvaner|data fra appen] [ender hos|bliver sendt til] [Facebook|Google|annoncører]. [slå delingen fra|stop med at videregive dem] for [min konto|{email}][ tak|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Siden jeg fik appen|Siden jeg oprettede mig] får jeg reklamer fra firmaer, jeg aldrig har hørt om. @{co} stop med at [sælge mine data|dele mine oplysninger med tredjeparter|give min info videre til annoncører]!",
            "@{co} jeg vil ikke have, at mine oplysninger bliver [solgt|delt|givet videre] til [partnere|annoncører|databrokere|tredjeparter]. [Slå det fra for min konto.|Fravælg det for mig.]",
            "⭐ Ifølge jeres privatlivspolitik [deler|sælger] I brugerdata med [annoncenetværk|partnervirksomheder]. [Sælg eller del ikke mine oplysninger.|Hold mine data for jer selv!|Ikke med mine data!]",
            "sælg IKKE mine data og giv dem ikke videre til tredjeparter!! 2 stjerner",
            "[God app|Fin app], men: [jeg vil ikke have, at {co} deler mine data med andre virksomheder.|mine data er mine, ikke en eller anden databrokers.] [Tag mig ud af videresalget.|Stop delingen med tredjeparter.]",
            "Har lige opdaget, at [en adressehandler|et marketingbureau] har mine oplysninger fra jer. @{co} stop med at sælge mine data med det samme!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}sælger I mine oplysninger [til andre firmaer|til tredjeparter|til annoncører]? i så fald, [hvordan stopper jeg det|kan I lade være]?",
            "hvordan forhindrer jeg at I [deler|giver] mine data [med partnere|videre til tredjeparter|til annoncører]?",
            "kan jeg [et sted |]fravælge at mine data [bliver solgt|deles med tredjeparter]?",
            "hvad skal jeg gøre for at I ikke [sælger|deler] mine oplysninger [til databrokere|med reklamefirmaer|med jeres samarbejdspartnere]?",
            "kan I stoppe med at [dele mine data med andre firmaer|sælge mine data til tredjeparter]? [hvor slår jeg det fra?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg ønsker ikke, at I videregiver eller sælger mine personoplysninger til tredjemand, og slet ikke til markedsføringsformål. Stop venligst omgående al sådan deling. {acct}\n\n{sign}",
            "{greet}\n\n[Siden jeg oprettede mig hos jer, er jeg blevet ringet op af ukendte firmaer|Jeg får tilbud fra firmaer, jeg aldrig har hørt om]. Videregiv ikke mine oplysninger til [jeres partnere|nogen andre], og sælg dem ikke. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Forbud mod videregivelse og salg af mine personoplysninger til tredjemand\n\n{greet_formal}\n\nJeg accepterer ikke, at mine personoplysninger videregives, deles eller sælges til tredjemand, herunder datamæglere, annoncenetværk og samarbejdspartnere til {co}. Der er ikke givet samtykke til en sådan videregivelse, og I har ikke et retsgrundlag for den efter artikel 6 i databeskyttelsesforordningen. Jeg anmoder om, at al sådan videregivelse ophører, og at mine oplysninger fremover ikke videregives til nogen.\n\n{ident}\n\nJeg beder om skriftlig bekræftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ikke flere|stop med] [reklamer|nyhedsbreve|reklamemails|sms'er med tilbud][!|.|]",
            "[afmeld mig nyhedsbrevet|jeg vil afmelde nyhedsbrevet|fjern mig fra mailinglisten]",
            "hold op med at sende mig [reklamer|tilbud|de mails][!|.|]",
            "hvordan afmelder jeg nyhedsbrevet[?|, linket virker ikke]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[hver eneste dag|hver dag|flere gange om ugen] [tilbudsmails|reklamer|\"kun i dag\"-mails] fra jer[ – min indbakke drukner|, det er for meget|, come on]. [tag {email} af listen|afmeld mig al markedsføring|unsubscribe tak]",
            "[afmeldingslinket|unsubscribe-linket] i bunden [virker ikke|giver bare en fejl|fører ingen steder hen], og jeg får [stadig|fortsat] [jeres spam|tilbud|nyhedsbreve]. [kan I fjerne mig manuelt?|fjern mig manuelt, tak]",
            "[gider I|kan I] lade være med at ringe med tilbud? [jeg har fået tre opkald|det er tredje gang] [denne uge|på en måned]. [ingen flere salgsopkald eller sms'er fra {co}|ingen telefonsalg, tak]",
            "{hi}[kan man|hvordan kan jeg] slå [marketingmails|push-beskeder med tilbud|reklame-sms'er] fra? [ordrebekræftelser og kvitteringer er fine|kvitteringer vil jeg gerne have, bare ikke reklamer]",
            "[1 stjerne|én stjerne]: [fin app, men|appen er ok, men] [konstant|hele tiden] reklame-[notifikationer|mails|sms'er], [selvom jeg har afmeldt|selvom jeg aldrig har bedt om det]. [stop med markedsføringen|lad mig være med jeres nyhedsbrev]",
            "[købte én gang|handlede én enkelt gang] [en gave|noget] hos jer, og [nu|siden da] får jeg [nyhedsbrev|tilbud] [hver dag|flere gange om ugen]. [afmeld {email}|fjern mig fra listen|nej tak til reklamer]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Hver dag [spam|reklamemails|tre nyhedsbreve] fra {co}. [Afmelding virker ikke!|Jeg vil afmeldes!] [Stop med at sende mig reklamer.|Fjern mig fra mailinglisten.]",
            "@{co} [ikke flere reklamer|ikke flere nyhedsbreve|ikke flere reklame-sms'er] til {email}, tak.",
            "⭐ Afmeldingslinket i nyhedsbrevet [virker ikke|fører ingen steder hen]. Jeg vil [afmelde mig|ikke have flere markedsføringsmails]!",
            "umuligt at afmelde nyhedsbrevet. jeg vil IKKE have flere reklamer. 1 stjerne",
            "[Irriterende|Mega irriterende]: [konstant|hele tiden] telefonsalg og sms'er med tilbud, selvom jeg [aldrig har bedt om det|aldrig har sagt ja]. @{co} [fjern mig fra jeres markedsføringslister|stop med at kontakte mig med tilbud]!",
            "[2 stjerner|⭐⭐] på grund af [spammen|alle de mails]. [Afmeld mig al reklame på mail.|Jeg gør indsigelse mod, at mine oplysninger bruges til direkte markedsføring.] [Selve appen er fin.|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan [afmelder jeg|framelder jeg mig] nyhedsbrevet? [får mails hver dag|]",
            "kan I [stoppe med at sende mig reklamer|lade være med at sende mig flere reklamemails]?",
            "hvordan slår jeg [reklame-sms'erne|tilbuds-sms'erne|telefonsalget] fra? [det er virkelig irriterende|]",
            "hvor afmelder jeg [reklamemailene|nyhedsbrevet|jeres tilbud på mail]? [linket nederst virker ikke|]",
            "hvad skal jeg gøre for at I ikke sender mig [flere reklamer|flere nyhedsbreve|flere tilbud]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nFjern venligst {email} fra alle jeres markedsføringslister. Afmeldingslinket virker ikke, og jeg modtager stadig jeres nyhedsbrev.\n\n{sign}",
            "{greet}\n\nJeg ønsker ikke at modtage reklame fra jer – hverken på mail, sms eller med posten.[ I medfør af artikel 21, stk. 2, i databeskyttelsesforordningen gør jeg indsigelse mod behandling af mine oplysninger til direkte markedsføring.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Indsigelse mod behandling til direkte markedsføring (artikel 21, stk. 2, i databeskyttelsesforordningen)\n\n{greet_formal}\n\nMed henvisning til artikel 21, stk. 2, i databeskyttelsesforordningen gør jeg indsigelse mod behandling af mine personoplysninger til direkte markedsføring, herunder profilering i det omfang, den vedrører sådan markedsføring. Efter artikel 21, stk. 3, må mine personoplysninger herefter ikke længere behandles til dette formål. Jeg anmoder desuden om, at I ophører med at sende mig uanmodet markedsføring, jf. markedsføringslovens § 10.\n\n{ident}\n\nJeg beder jer fjerne mig fra alle markedsføringslister {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbagekaldelse af samtykke og indsigelse mod direkte markedsføring\n\n{greet_formal}\n\nJeg tilbagekalder hermed, jf. artikel 7, stk. 3, i databeskyttelsesforordningen, det samtykke til nyhedsbreve og markedsføring, som jeg gav ved oprettelsen. Samtidig gør jeg i medfør af artikel 21, stk. 2, indsigelse mod enhver videre behandling af mine personoplysninger til direkte markedsføring, herunder profilering.\n\n{ident}\n\nJeg beder om en bekræftelse {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg trækker mit samtykke til [nyhedsbrevet|personlige tilbud|reklame-sms'er] tilbage og ønsker ikke, at I bruger mine oplysninger til markedsføring længere. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg trækker mit samtykke [til sporing|til behandling af mine data|til cookies] tilbage[.|!|]",
            "slå [placeringssporingen|sporingen] fra på min konto, tak",
            "jeg accepterer ikke længere, at I bruger mine data til [målrettede reklamer|profilering|analyser]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[jeg sagde ja|jeg gav lov] [ved installationen|ved oprettelsen|dengang] til, at appen måtte bruge [min lokation|mine sundhedsdata|mine kontakter]. [den tilladelse tager jeg tilbage|det vil jeg ikke længere|det samtykke trækker jeg tilbage nu]",
            "I må [ikke længere|fra nu af ikke] bruge [billederne af mig|mit billede|videoen med mig] [på hjemmesiden|på Instagram|i kataloget]. [det var fint dengang, men ikke mere|min tilladelse fra dengang er hermed trukket tilbage]",
            "[hvordan|hvor] [fortryder jeg|ændrer jeg] mit cookie-samtykke? [kom til at trykke|trykkede ved en fejl på] [»Accepter alle«|accepter alle]",
            "{hi}I [gemmer|bruger] [mine stemmeoptagelser|optagelser af mine opkald|mine chats] [til at træne jeres AI|til kvalitetsformål]. [det giver jeg ikke længere lov til|min tilladelse til det er trukket tilbage|det samtykke tager jeg tilbage]",
            "[statistikken i appen|brugsmålingen|analytics-delen] [slog jeg til|sagde jeg ja til] engang, men [efter lækket|nu] [vil jeg ikke det mere|er jeg ikke med på det længere]. [fjern krydset|sæt det til nej|samtykke trukket tilbage]",
            "[mine helbredsdata|data fra min cyklus-app|mine søvndata] må [ikke bruges længere|ikke behandles fra nu af]. [jeg er ikke længere indforstået|mit samtykke til det er hermed trukket tilbage]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Appen vil [hele tiden|konstant] have min lokation. [Jeg trækker mit samtykke til lokationssporing tilbage|Jeg tilbagekalder mit samtykke til sporing af min placering], @{co} respekter det.",
            "@{co} jeg [accepterede|sagde ja til] [tracking-cookies|analyse|annoncesporing] dengang, men [trækker det tilbage nu|vil ikke mere]. [Samtykket er trukket tilbage.|Registrer venligst min tilbagetrækning.]",
            "⭐⭐ I bruger mine [billeder|fotos] i reklamer på Instagram. [Mit samtykke til det trækker jeg hermed tilbage!|Det samtykke trækker jeg tilbage!]",
            "trækker mit samtykke tilbage for helbredsdata fra fitness-appen. vil ikke have at i behandler dem mere",
            "[Da jeg satte appen op|Ved oprettelsen] [sagde jeg ja til alt ved en fejl|accepterede jeg personalisering uden at tænke]. [Jeg trækker mit samtykke til personalisering tilbage.|Tilbagekald venligst mit samtykke til dataanalyse.] [3 stjerner|⭐⭐⭐]",
            "Mine lydoptagelser [må I ikke bruge mere|vil jeg ikke have, at I analyserer]. @{co}, jeg trækker mit samtykke til det tilbage. [1 stjerne.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan trækker jeg mit samtykke til [placeringssporing|at I bruger min placering] tilbage?",
            "kan jeg trække det samtykke tilbage, som jeg gav til [cookies og sporing|brug af mine billeder|brug af mine helbredsdata]?",
            "er det muligt at tilbagekalde det samtykke jeg gav [da jeg oprettede mig|tidligere] til [sporing|personalisering|optagelse af samtaler]?",
            "hvor kan jeg tilbagekalde [mit samtykke|min tilladelse] til [brug af mine billeder|sporing af min placering|behandling af mine helbredsoplysninger]?",
            "hvad skal jeg gøre for at trække mit samtykke til [analyse|brug af mine stemmeoptagelser|placeringssporing] tilbage?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg tilbagekalder hermed mit samtykke til, at I behandler mine personoplysninger [til personligt tilpasset reklame|til analyseformål|til analyse af min placering][ (artikel 7, stk. 3, i databeskyttelsesforordningen)|]. {acct}\n\n{sign}",
            "{greet}\n\nDa jeg oprettede mig, var feltet om deling af data til [analyse|personalisering] allerede krydset af. Det samtykke trækker jeg tilbage, og jeg beder jer stoppe den behandling. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbagekaldelse af samtykke efter artikel 7, stk. 3, i databeskyttelsesforordningen\n\n{greet_formal}\n\nJeg tilbagekalder hermed, med virkning fra jeres modtagelse af dette brev, alle samtykker, som jeg har givet {co} til behandling af mine personoplysninger, herunder særligt samtykket [til profilering og personligt tilpasset reklame|til behandling af lokationsdata|til behandling af biometriske oplysninger|til analyse af mine køb]. Fra tilbagekaldelsen har I ikke længere et retsgrundlag for denne behandling.\n\n{ident}\n\nJeg beder om skriftlig bekræftelse på, hvilke behandlinger der er ophørt, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan jeg få mine data udleveret som [CSV|JSON|en maskinlæsbar fil]? [jeg skifter udbyder|jeg vil flytte dem til en anden tjeneste]",
            "hvordan flytter jeg [mine data|min historik|mine playlister|mine billeder] til en anden udbyder[?|]",
            "jeg skal bruge en eksport af alle mine data for at skifte til [et andet teleselskab|en anden bank|en konkurrent]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "skal over på [en anden streamingtjeneste|en anden app] og vil gerne have [mine playlister|mit bibliotek|min træningshistorik] med. [kan jeg få det|får jeg det] som [fil|download|CSV eller JSON], [som jeg kan importere der|så jeg kan uploade det der][?|]",
            "[skifter|skal skifte] [elselskab|teleselskab|bank] [til den første|næste måned|snart]. kan I [sende|overføre] mine [forbrugsdata|aftaledata|kundeoplysninger] [direkte|med det samme] til det nye selskab[?|, så slipper jeg for at taste det hele ind igen]",
            "{hi}jeg skal bruge [alle mine ordrer|mine billeder og opslag|mine data] i et [filformat|format], som [andre apps|en anden udbyder] kan læse ([Excel/CSV|JSON|CSV] [eller sådan noget|er fint]). [vil gerne tage mine ting med|vil bruge det videre et andet sted]",
            "[har I|findes der] en [eksportfunktion|downloadknap] til [mine data|min konto]? [skal skifte|vil flytte] og [gider ikke|vil ikke] starte forfra",
            "[dataportabilitet|dataflytning] [tak|pls]: [alt, hvad jeg har uploadet|min profil og min historik] som [maskinlæsbar|importerbar] fil til {email}[, jeg går over til en anden udbyder|]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Vil skifte til en anden udbyder, men [der er ingen eksport|man kan ikke eksportere noget]. @{co} giv mig mine data som [CSV|JSON|fil]!",
            "@{co} hvordan får jeg [mine playlister|mine træningsdata|hele min historik] som [CSV|JSON]-fil, så jeg kan tage dem med til en anden tjeneste?",
            "⭐ Ingen dataeksport? Seriøst? Jeg vil have mine data i et maskinlæsbart format, [retten til dataportabilitet|artikel 20 i GDPR]!",
            "overfør mine data direkte til min nye udbyder, har opsagt og skifter. 2 stjerner",
            "[Skifter|Jeg skifter] udbyder og vil tage [mine kontakter|mine billeder|mine kundedata] med. @{co} send mig [en fuld eksport|en eksportfil] [som CSV eller JSON|i JSON].",
            "[2 stjerner|⭐⭐]. At [flytte sine data over|tage sine data med] til en anden tjeneste er [gjort umuligt|blokeret med vilje]. Jeg vil have [alle mine data som fil|en eksport af mine data], så jeg kan importere dem [et andet sted|hos den nye udbyder].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan [eksporterer|downloader] jeg mine data som [CSV|JSON|fil] så jeg kan skifte til [en anden udbyder|en anden tjeneste]?",
            "kan I [overføre|sende] mine data [direkte |]til min nye udbyder? [jeg skifter|]",
            "er det muligt at få [alle mine data|mine kontodata] i et [maskinlæsbart format|CSV-format|JSON-format] [så jeg kan tage dem med til en anden tjeneste|så jeg kan skifte]?",
            "hvor kan jeg eksportere [mine data|min historik] som [fil|csv|json]? [skal skifte til en anden app|skifter udbyder]",
            "har I en [dataeksport|eksportfunktion] så jeg kan tage mine data med til [en anden udbyder|en anden app]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Jeg skifter udbyder|Jeg flytter til en anden tjeneste] og vil gerne gøre brug af min ret til dataportabilitet[ efter artikel 20 i databeskyttelsesforordningen|]. Send venligst {data} i et struktureret, almindeligt anvendt og maskinlæsbart format (f.eks. CSV eller JSON). {acct}\n\n{sign}",
            "{greet}\n\nJeg vil gerne have, at I overfører mine oplysninger [om forbrug|fra bonusprogrammet|om mine træningspas] direkte til min nye udbyder i et format, som deres system kan indlæse. Det drejer sig om retten til dataportabilitet efter artikel 20, stk. 2, i GDPR. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning om dataportabilitet efter artikel 20 i databeskyttelsesforordningen\n\n{greet_formal}\n\nMed henvisning til artikel 20, stk. 1, i databeskyttelsesforordningen anmoder jeg om at modtage de personoplysninger om mig, som jeg har givet jer, og som I behandler automatisk på grundlag af mit samtykke eller en aftale, i et struktureret, almindeligt anvendt og maskinlæsbart format[ (f.eks. CSV, JSON eller XML)|].[ Hvis det er teknisk muligt, anmoder jeg om, at I efter artikel 20, stk. 2, overfører oplysningerne direkte til den nye dataansvarlige, hvis kontaktoplysninger jeg sender separat.|]\n\n{ident}\n\nJeg beder jer behandle anmodningen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kan I sætte behandlingen af mine data på pause, indtil [min klage|tvisten|fejlen på kontoen] er løst?",
            "slet ikke mine data, men brug dem heller ikke lige nu, [jeg skal bruge dem som bevis|min advokat er inde i sagen]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg er [uenig med jer|i en tvist med jer|oppe at toppes med jer] om [fakturaen|ordre {order}|en rykker, jeg ikke burde have fået]. [indtil det er|til det er] [afklaret|på plads], så [frys|lås] mine data – [IKKE slet|slet intet], bare [lad dem ligge|lad være med at bruge dem]",
            "[I må ikke slette kontoen|I må ikke slette noget], [min advokat|jeg] [skal bruge|får brug for] [chatloggen|optagelserne|dataene] [i sagen|i retten]. [men indtil videre|i mellemtiden] må I ikke [bruge|behandle] dem",
            "[min adresse|min fødselsdato|betalingsanmærkningen|min indkomst] er [forkert|registreret forkert] hos jer. kan I [låse|spærre|fryse] [mine data|kontoen], [indtil I har tjekket det|mens I undersøger det]? [behøver ikke slette noget|ingen sletning]",
            "{hi}[brug|behandl] ikke [mine oplysninger|mine data] [indtil videre|foreløbig|i et stykke tid]. I må gerne [gemme|beholde] dem, men [ikke andet|ingen anden brug], før [min indsigelse|min klage] er [afgjort|behandlet]",
            "[I skriver, at I vil|ifølge jeres mail vil I] slette [mine data|mine oplysninger], men [jeg skal bruge dem som bevis|jeg skal bruge dem til et retskrav]. [så bare spær dem, slet dem ikke|hellere begrænse brugen end slette]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Så længe|Mens] [min klage|tvisten om fakturaen] kører, må I ikke bruge mine oplysninger. @{co} [frys dem|begræns behandlingen|sæt dem på pause], men slet dem IKKE!",
            "@{co} [min adresse passer|mine oplysninger passer] ikke. [Indtil det er afklaret|Mens I tjekker det] skal I [begrænse behandlingen|lade være med at bruge mine data]. [Slet dem ikke!|Jeg beder ikke om sletning.]",
            "⭐ Jeg har stadig brug for mine oplysninger [til en retssag|som bevis i en sag|til min advokat], så [slet dem ikke|gem dem], men [stop med at bruge dem|stands behandlingen] indtil videre. [Begrænsning af behandling, art. 18!|]",
            "frys mine data, slet ikke. ikke før tvisten med jer er løst. 2 stjerner",
            "[2 stjerner|⭐⭐]. [Jeg har bestridt trækket|Der er en tvist om en forkert betaling], og jeg [kræver|vil have], at mine oplysninger bliver [spærret|blokeret] [indtil da|foreløbig]: ingen behandling, men heller ingen sletning.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan I [spærre|fryse] mine oplysninger indtil videre, [ikke slette dem|uden at slette dem], til [sagen er afklaret|min klage er behandlet]?",
            "er det muligt at begrænse behandlingen af mine data [midlertidigt |]mens I [tjekker om de er korrekte|kigger på min klage]? [I må ikke slette dem|de skal ikke slettes]",
            "hvordan får jeg jer til at [beholde|gemme] mine oplysninger, men [ikke bruge dem|ikke gøre noget med dem]? [jeg skal bruge dem til et retskrav|det drejer sig om en tvist med jer]",
            "hvad skal jeg gøre for at I stopper med at bruge mine data [under tvisten|indtil de er kontrolleret]? [ikke slet, bare spær|behold dem, bare brug dem ikke]",
            "kan mine data [fryses|spærres] [i stedet for at blive slettet|men gemmes], så I ikke bruger dem indtil videre?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Indtil min klage er behandlet|Indtil I har kontrolleret de omtvistede oplysninger på min konto] anmoder jeg om, at I begrænser behandlingen af mine personoplysninger[ efter artikel 18 i databeskyttelsesforordningen|]. Opbevar oplysningerne, men brug dem ikke på nogen anden måde. {acct}\n\n{sign}",
            "{greet}\n\nI har meddelt, at mine oplysninger skal slettes, men jeg har brug for dem [for at kunne gøre et retskrav gældende|som bevis i en tvist]. I stedet for sletning anmoder jeg derfor om, at behandlingen begrænses[ (artikel 18, stk. 1, litra c, i GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning om begrænsning af behandling efter artikel 18 i databeskyttelsesforordningen\n\n{greet_formal}\n\nMed henvisning til artikel 18, stk. 1, i databeskyttelsesforordningen anmoder jeg om, at behandlingen af mine personoplysninger begrænses, da [behandlingen er ulovlig, og jeg i stedet for sletning anmoder om, at anvendelsen af oplysningerne begrænses|I ikke længere har brug for oplysningerne, men jeg har brug for dem til at fastlægge, gøre gældende eller forsvare et retskrav|jeg bestrider oplysningernes rigtighed, og den endnu ikke er kontrolleret]. Mens begrænsningen gælder, må mine oplysninger kun opbevares; anden behandling må kun ske med mit samtykke eller af de grunde, der er nævnt i artikel 18, stk. 2. Jeg beder jer underrette mig, før begrænsningen ophæves (artikel 18, stk. 3).\n\n{ident}\n\nJeg beder om en bekræftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg accepterer ikke, at I [analyserer mine køb|følger med i, hvad jeg laver i appen|deler mine oplysninger i koncernen] med henvisning til legitime interesser. [stop med det|jeg vil have, at det ophører]",
            "hvordan gør jeg indsigelse mod [behandlingen af mine data|sporingen af min kørsel|analysen af min adfærd]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "i [privatlivspolitikken|jeres persondatapolitik] står der, at I [analyserer|kortlægger] [min surfing|mit købsmønster|hvordan jeg bruger appen] [med »legitim interesse« som grundlag|fordi I har en legitim interesse]. [det gør jeg indsigelse imod|det protesterer jeg imod|indsigelse herfra]",
            "[hvorfor|hvordan kan det være, at] I deler [mine data|mine oplysninger] [med søsterselskaberne|med resten af koncernen|med de andre selskaber i gruppen]? [ingen har spurgt mig|det har jeg aldrig bedt om]. [jeg modsætter mig det|det gør jeg indsigelse mod]",
            "{hi}jeg vil ikke [profileres|have, at I laver en profil af mig|have, at I analyserer min adfærd i appen]. [indsigelse mod den profilering|indsigelse efter artikel 21|det modsætter jeg mig][, bekræft gerne|, tak|]",
            "[jeres svindeltjek|risikoscoren|kreditscoringen] [flager|markerer] mig [hele tiden|igen] som risiko[, selvom jeg har været kunde i årevis|, pga. mit postnummer|]. [jeg modsætter mig, at mine oplysninger bruges til det|jeg gør indsigelse mod den behandling]",
            "[ærligt talt synes jeg, det er creepy|seriøst, det er ubehageligt|helt ærligt er det ubehageligt], at {co} bruger [mine kørselsdata|alle mine klik|mine bevægelser i appen] til [statistik|produktudvikling|at bedømme min kørestil]. [jeg gør indsigelse|indsigelse hermed] – [hold mine data uden for|brug ikke mine data til det]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. I [laver profiler af mig|analyserer min brugsadfærd] med [jeres legitime|en såkaldt legitim] interesse som grundlag? [Jeg gør indsigelse!|Det protesterer jeg imod.] @{co} stop med det.",
            "@{co} jeg gør indsigelse mod [profilering|adfærdsanalysen|analysen af mine købsvaner] baseret på mine oplysninger.",
            "⭐⭐ Ifølge privatlivspolitikken [deler I mine data i koncernen|bruger I mine data til analyser] med \"legitim interesse\" som grundlag. [Ikke med mig: jeg gør indsigelse.|Det gør jeg indsigelse imod efter artikel 21.]",
            "protesterer mod jeres profilering. vil ikke have at i analyserer hvordan jeg bruger appen. 1 stjerne",
            "[Interessant|Sjovt] at {co} analyserer [mine køb|min surfing] [til svindelscoring|for at lave en risikoprofil]. [Jeg gør indsigelse mod denne behandling|Jeg gør hermed indsigelse mod denne behandling][ på grund af min særlige situation|]. [2 stjerner|⭐⭐]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan gør jeg indsigelse mod [profilering|at I analyserer min adfærd]?",
            "kan jeg gøre indsigelse mod at I [analyserer mine købsvaner|bruger mine data til profilering|laver en profil af mig]?",
            "er det muligt at gøre indsigelse mod [at mine data deles i koncernen|at mine data bruges til analyser|kreditvurderingen]? [jeg ser ingen legitim interesse|]",
            "hvad skal jeg gøre for at I [stopper med at analysere min adfærd|ikke profilerer mig længere]? [jeg gør indsigelse mod det|]",
            "hvor kan jeg gøre indsigelse mod [profilering|adfærdsanalyse|svindelscoring] baseret på jeres legitime interesse?",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI jeres privatlivspolitik står der, at I behandler mine oplysninger [for at analysere kundernes adfærd|for at forbedre jeres tjenester|for at vurdere chauffører] på grundlag af legitime interesser. Jeg gør indsigelse mod den behandling[ efter artikel 21, stk. 1, i databeskyttelsesforordningen|] og beder jer stoppe den. {acct}\n\n{sign}",
            "{greet}\n\nJeg ønsker ikke, at {co} [analyserer min aktivitet|bruger mine oplysninger til statistik], blot fordi I mener at have en legitim interesse i det. Jeg gør hermed indsigelse mod den behandling. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Indsigelse mod behandling efter artikel 21, stk. 1, i databeskyttelsesforordningen\n\n{greet_formal}\n\nMed henvisning til artikel 21, stk. 1, i databeskyttelsesforordningen gør jeg indsigelse mod den behandling af mine personoplysninger, som I foretager på grundlag af legitime interesser efter artikel 6, stk. 1, litra f, nærmere bestemt [analysen af min købsadfærd|behandlingen af positionsdata fra mit køretøj|delingen af mine oplysninger i koncernen|vurderingen af, hvordan jeg bruger tjenesten]. Indsigelsen skyldes min særlige situation: [oplysningerne gør det muligt at udlede følsomme forhold om mit helbred og min familie|behandlingen går ud over, hvad en kunde med rimelighed kan forvente]. Jeg anmoder om, at behandlingen ophører, medmindre I kan påvise vægtige legitime grunde, der går forud for mine interesser, rettigheder og frihedsrettigheder.\n\n{ident}\n\nJeg ser frem til jeres svar {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Indsigelse (artikel 21, stk. 1) og anmodning om begrænsning af behandling (artikel 18, stk. 1, litra d) efter databeskyttelsesforordningen\n\n{greet_formal}\n\nJeg gør indsigelse mod, at I behandler mine personoplysninger til [kundeprofilering|forebyggelse af svindel|interne analyser] på grundlag af legitime interesser. Samtidig anmoder jeg i medfør af artikel 18, stk. 1, litra d, om, at behandlingen af disse oplysninger begrænses, indtil det er kontrolleret, om jeres legitime interesser går forud for mine.\n\n{ident}\n\nJeg beder jer behandle anmodningen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "min ansøgning om [lån|afbetaling|forsikring] blev afvist automatisk. jeg vil have, at [et menneske|en sagsbehandler] kigger på den",
            "hvordan kan [systemet|algoritmen] spærre min konto uden [manuel gennemgang|nogen forklaring]? jeg vil have, at et menneske vurderer det igen",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lån|afbetaling|finansiering] [afvist på 3 sekunder|afvist med det samme], [uden begrundelse|helt uden forklaring]. det var jo [bare en computer|jeres system|en bot], der besluttede det! [jeg kræver, at en rigtig sagsbehandler ser på det|jeg vil have en ny vurdering af et menneske]",
            "[min konto|mit kort] blev [spærret af systemet|lukket automatisk], [angiveligt pga. mistanke om svindel|uden at jeg har gjort noget]. kan [et rigtigt menneske|en person] [gennemgå det|kigge på det] og forklare, [hvordan systemet beslutter|hvad jeres algoritme lagde vægt på]?",
            "{hi}[min jobansøgning|min lejeansøgning|min ansøgning] fik afslag [efter få minutter|midt om natten] – [lyder som|ligner] [automatisk frasortering|et program, der sorterer]. [jeg anfægter det|det vil jeg klage over] og [beder om|kræver], at [et menneske|en person] vurderer den",
            "min [bilforsikring|indboforsikring] blev [pludselig|automatisk] sat op [med 40 %|markant], og I siger, det er \"beregnet af systemet\". [forklar mig logikken|fortæl mig, hvordan den regner] og [lad en medarbejder se på det igen|få en person til at vurdere det manuelt]",
            "[computer says no|maskinen siger nej], [seriøst?|fedt.] [afbetaling|højere kreditgrænse|min ansøgning] [afvist|nægtet], selvom [jeg aldrig har haft gæld|jeg altid har betalt til tiden]. [vil tale med et menneske, der kan lave afgørelsen om|lad en person vurdere det igen]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Kredit|Afbetaling|Finansiering] [afvist på sekunder|afvist automatisk], [uden begrundelse|intet menneske har kigget på det]. @{co} jeg vil have, at [et menneske|en rigtig sagsbehandler] vurderer afgørelsen igen!",
            "@{co} min konto blev [spærret af jeres system|lukket af en algoritme]. [Jeg anfægter denne automatiske afgørelse|Jeg klager over denne automatiserede afgørelse] og [kræver|vil have] en manuel vurdering af et menneske.",
            "⭐ [Ansøgningen|Jobansøgningen] blev afvist efter [2 minutter|få sekunder], det var [helt tydeligt bare en algoritme|en maskine]. [Forklar logikken bag|Fortæl mig, hvilke kriterier der blev brugt,] og lad et menneske kigge på det igen.",
            "hvorfor betaler jeg mere end min roommate?? [prisen|min takst] blev regnet ud automatisk. vil have et menneske til at tjekke det. 2 stjerner",
            "[Botten|AI'en|Jeres automatiske system] har [afvist min afbetaling|spærret min konto|afvist min refusion]. [Efter artikel 22 i GDPR|Ifølge GDPR] har jeg ret til [menneskelig indgriben|en vurdering af et menneske], [og det beder jeg hermed om|og det insisterer jeg på]. [0 stjerner hvis muligt|1/5]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}min [låneansøgning|kreditansøgning|ansøgning] blev [afvist automatisk|afvist af systemet]. kan [et menneske|en sagsbehandler] kigge på den igen?",
            "hvordan [klager jeg over|anfægter jeg] en [automatisk afgørelse|afgørelse fra algoritmen]? [min konto blev bare spærret|min ansøgning blev afvist]",
            "er det muligt at [et menneske|en rigtig person] vurderer [afslaget|spærringen af min konto]? det var [bare en computer|en algoritme] der besluttede det",
            "kan I forklare [hvordan|efter hvilken logik] algoritmen [afviste min ansøgning|fastsatte min pris|spærrede min konto]? [jeg vil have at et menneske ser på det|]",
            "hvem skriver jeg til for at [et menneske|nogen] [vurderer|ser på] [den automatiske afgørelse|det automatiske afslag] igen?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Min ansøgning om afbetaling|Min ansøgning om et forbrugslån|Min oprettelse] blev afvist automatisk uden menneskelig medvirken. Med henvisning til artikel 22 i databeskyttelsesforordningen anmoder jeg om, at en medarbejder tager afgørelsen op til fornyet vurdering, og at I forklarer, hvordan den blev truffet. {acct}\n\n{sign}",
            "{greet}\n\nJeres system har [automatisk sænket min kreditgrænse|spærret min konto|givet mig markant dårligere vilkår], og ingen kan forklare hvorfor. Jeg ønsker ikke at være underlagt en afgørelse, der udelukkende træffes af en algoritme – jeg beder om en manuel vurdering. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Anmodning efter artikel 22 i databeskyttelsesforordningen – automatiske individuelle afgørelser\n\n{greet_formal}\n\nDen {date} [blev min låneansøgning afvist|blev min kundekonto spærret|fik jeg en væsentligt højere forsikringspræmie] udelukkende på grundlag af automatisk behandling, herunder profilering, som har retsvirkning for mig eller på tilsvarende vis betydeligt påvirker mig. Efter artikel 22 i databeskyttelsesforordningen har jeg ret til ikke at være genstand for en sådan afgørelse. Jeg anmoder derfor om:\n\n1. menneskelig indgriben fra jeres side og en fornyet vurdering foretaget af en medarbejder;\n2. meningsfulde oplysninger om logikken bag afgørelsen samt betydningen og de forventede konsekvenser af behandlingen;\n3. mulighed for at fremføre mit synspunkt og anfægte afgørelsen.\n\n{ident}\n\nJeg beder jer behandle anmodningen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}hvor er min ordre {order}[?|??]",
            "ordre {order} er stadig ikke kommet[, sporingen har stået stille i en uge|. Ved I noget?|]",
            "{greet}\n\nJeg bestilte den {date} (ordrenummer {order}), men har endnu ikke fået en forsendelsesbekræftelse. Hvornår bliver varerne sendt?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJeg er blevet trukket to gange for [ordre {order}|mit abonnement] ({amount} kr.). Refundér venligst det dobbelte beløb.\n\n{sign}",
            "hvorfor koster mit abonnement pludselig {amount} kr.? [det stod der ikke noget om|er det en fejl?]",
            "{hi}kan I sende fakturaen for ordre {order} igen? [kan ikke finde den|skal bruge den til regnskabet]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "kan jeg stadig ændre leveringsadressen for ordre {order}?",
            "leverer I også til Sverige? hvad koster fragten?",
            "budet stillede pakken [hos naboen|uden for døren i regnen], [ikke i orden|kan det gøres anderledes?]",
            "kan jeg hente pakken i [en pakkeshop|en pakkeboks|butikken]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "findes {product} i [sort|en større størrelse|andre farver]?",
            "{greet}\n\nHvornår er {product} på lager igen? Jeg vil gerne bestille to stk.\n\n{sign}",
            "er der to års reklamationsret på {product}?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJeg returnerede {product} for [to|tre] uger siden (ordre {order}), men har endnu ikke fået de {amount} kr. tilbage.\n\n{sign}",
            "der er fejl på {product}, jeg fik. [jeg vil have pengene tilbage|send gerne en ny]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "jeg kan ikke logge ind, og mailen til nulstilling af adgangskoden kommer aldrig[, har også tjekket spam|]",
            "{hi}har glemt min adgangskode, og sms-koden går til mit gamle nummer. hvad gør jeg?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super app|god service|meget tilfreds], [alt kom hurtigt|virker perfekt|handler gerne igen][!|]",
            "ville bare sige tak, [kundeservice|ham i telefonen] hjalp mig [lynhurtigt|rigtig godt]!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nJeg vil gerne opsige mit [abonnement|premiumabonnement] fra næste periode. Kontoen vil jeg gerne beholde.\n\n{sign}",
            "hvordan sætter jeg abonnementet på pause uden at miste [mine point|min ønskeliste]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Hurtigt spørgsmål: gemmer I mine kortoplysninger? Vil bare vide, at det er sikkert.",
            "hvor finder jeg jeres privatlivspolitik? [linket nederst på siden virker ikke|kan ikke finde den i appen]",
            "Sætter pris på, at I ikke sælger kundedata. Det er derfor, jeg handler hos jer!",
            "Overholder {co} GDPR? Vi overvejer et firmaabonnement og skal bruge en databehandleraftale.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hvordan fjerner jeg en vare fra kurven?",
            "kan jeg annullere ordre {order}? tog den forkerte størrelse",
            "kom til at slette adressen i min profil, hvordan får jeg den ind igen?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hvordan tilmelder jeg mig jeres nyhedsbrev? formularen [giver en fejl|loader ikke]",
            "{greet}\n\nJeg tilmeldte mig nyhedsbrevet, men fik aldrig rabatkoden på 10 %. Kan I sende den igen?\n\n{sign}",
            "i [dagens|sidste uges] nyhedsbrev virkede linket til tilbuddet ikke",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Jeg gav samtykke til nyhedsbrevet, da jeg oprettede mig – får jeg så rabat på mit første køb?",
            "{greet}\n\nKan I forklare, hvad samtykket til databehandling i appen går ud på? Jeg vil ikke ændre noget, bare forstå det.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}jeg kan ikke komme ind på min konto, [nulstilling af adgangskoden virker ikke|mailen til nulstilling kommer aldrig]. [hvad gør jeg?|hjælp?]",
            "kan jeg [opgradere mit abonnement til premium|skifte til den billigere pakke]? [hvor gør jeg det i appen?|]",
            "[hurtigt spørgsmål|lille spørgsmål]: er mine data [egentlig |]sikre hos jer? [læste om hackingen hos en anden webshop|spørger bare, fordi man hører så meget]",
            "hvor finder jeg [mine fakturaer|fakturaerne] på kontoen? [skal bruge dem til skat|kan ikke finde dem nogen steder]",
            "afmeldte nyhedsbrevet ved en fejl 🙈 hvordan tilmelder jeg mig igen?",
            "kan jeg tilføje en ekstra mailadresse til min konto?[ {email} er der allerede|]",
            "[har I en app til tablets?|hvordan slår jeg notifikationer til i appen?|findes appen til iPad?]",
            "[{hi}min ordre {order} er stadig ikke kommet, kan I tjekke det?|tak for den hurtige hjælp, kontoen virker igen 👍|super, det løste sig, tak!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[er du en bot|taler jeg med en robot|hvem taler jeg med, en bot]? 🤖",
            "[er du et rigtigt menneske|sidder der et menneske]?",
            "[hvad kan du|hvad kan du hjælpe med|fortæl lidt om dig selv]?",
            "[hvad hedder du|har du et navn]? [😄|]",
            "hvad ved I om {product}? [er det noget værd?|er det pengene værd?]",
            "[har I åbent om søndagen|hvornår har I åbent|har I åbent i morgen]?",
            "[hvordan er vejret hos jer|kender du en god restaurant|jeg keder mig|hvad synes du om den nye iphone]",
            "[hahaha ok|lol ok|ok tak, godnat|godnat 😴|fint, hej hej]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}hvordan [opsiger|stopper] jeg [premium|mit plus-abonnement|mit medlemskab] [til udgangen af måneden|efter næste periode|før næste træk]? kontoen vil jeg gerne beholde",
            "kan jeg sætte [min måltidskasse|min boks|min faste levering] på pause [i juli|i sommerferien|et par uger]?",
            "vil gerne [nedgradere|skifte] fra [Premium|Family|Pro] til [Basic|Standard|gratisversionen][, kan det lade sig gøre?|]",
            "hvordan slår jeg [automatisk fornyelse|auto-renew|den automatiske forlængelse] fra? vil ikke trækkes igen[ næste år|]",
            "hvordan stopper jeg [prøveperioden|den gratis prøveperiode|free trial] inden jeg bliver [trukket|opkrævet]?",
            "kan i [flytte|aendre] min [betalingsdato|traekdato] til den [25.|1.|15.]? lonnen kommer sent pa maaneden",
            "{greet}\n\nJeg vil gerne [opsige|stoppe] mit [månedsabonnement|årsabonnement|medlemskab] [fra næste måned|når bindingsperioden udløber|ved periodens udløb], men [beholde kontoen|have min konto liggende], så jeg kan [vende tilbage senere|se mine gamle ordrer]. [Kan I bekræfte, hvornår det sidste træk sker?|Hvad er opsigelsesfristen?]\n\n{sign}",
            "{greet}\n\nVi er blevet [tre|fire|fem] i familien og vil gerne [opgradere|skifte] til [familieabonnementet|Family-planen|en større pakke]. [Betaler vi forskellen med det samme eller fra næste periode?|Hvordan fungerer det med det, vi allerede har betalt?]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}kan ikke logge ind på min konto[, der står bare forkert adgangskode|, den siger forkert kode selvom den er rigtig|]",
            "[mailen til nulstilling|linket til ny adgangskode|nulstillingsmailen] kommer aldrig[, har også tjekket spam|]",
            "får ingen [sms-kode|engangskode|bekræftelseskode] når jeg logger ind[, hvad gør jeg?|]",
            "hvordan logger jeg ud på alle [enheder|enheder på én gang]? glemte at logge ud på [arbejdscomputeren|en lånt computer|biblioteket]",
            "appen logger mig ud [hele tiden|hver gang jeg lukker den|flere gange om dagen], [irriterende|virkelig træls]",
            "hvordan [skifter|aendrer] jeg adgangskode [i appen|pa hjemmesiden]? kan ikke finde det",
            "{greet}\n\nJeg har prøvet at logge ind [flere gange|hele formiddagen], og nu er kontoen låst. [Nulstillingslinket|Linket i mailen] er [udløbet|holdt op med at virke], før jeg nåede at bruge det. Kan I hjælpe mig med at komme ind igen?\n\n{sign}",
            "{greet}\n\nJeg har fået ny [telefon|mobil], og koderne til totrinsbekræftelse kommer nu [i den gamle app|på den gamle telefon]. Hvordan flytter jeg [godkendelsesappen|authenticator-appen|totrinsbekræftelsen] over på den nye?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}rabatkoden [VINTER20|SOMMER15|WELCOME10] virker ikke i kurven[, der står ugyldig|]",
            "hvordan får jeg [velkomstrabatten|velkomstkoden|10 % rabat] når jeg [tilmelder mig|skriver mig op til] nyhedsbrevet?",
            "gælder [udsalget|black friday-tilbuddet|mellemsalget] også [i butikken|online|på {product}]?",
            "hvor mange [bonuspoint|point] har jeg og hvornår [udløber de|kan jeg bruge dem]?",
            "fik en [sms|mail|nyhedsmail] om [20 %|dobbelt point|gratis fragt] i weekenden, gælder det [for alle|også i appen|på alt]?",
            "hvis jeg [anbefaler en ven|henviser en veninde], får vi så begge [rabat|en bonus|100 kr.]?",
            "{greet}\n\nI [nyhedsbrevet|jeres seneste mail] fra [mandag|sidste uge] stod der, at medlemmer får [25 %|15 %|dobbelt point] på [hele sortimentet|udvalgte varer]. Jeg kan ikke finde koden[ nogen steder|] – [hvor skal jeg indtaste den?|skal jeg være logget ind, for at den gælder?]\n\n{sign}",
            "{greet}\n\nJeg handlede [i går|i weekenden|i sidste uge], og dagen efter startede [udsalget|kampagnen]. Kan jeg få [differencen refunderet|prisen justeret|rabatten bagefter] på ordre {order}?\n\n{sign}",
        ]},
    ],
};

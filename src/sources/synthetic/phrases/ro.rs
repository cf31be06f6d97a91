//! Romanian: Romania and Moldova (GDPR / Regulamentul (UE) 2016/679 wording, ANSPDCP as the
//! supervisory authority), prices in lei.
//!
//! Senders are women and men alike, so the texts avoid self-references that agree with the
//! writer's gender (înregistrat / înregistrată).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "ro",
    locales: &[("ro-RO", 90), ("ro-MD", 10)],
    first_names: &[
        "Andrei", "Alexandru", "Mihai", "Ion", "Gheorghe", "Florin", "Adrian", "Cristian", "Bogdan",
        "Vlad", "Radu", "Daniel", "Marius", "Sorin", "Maria", "Elena", "Ana", "Ioana", "Andreea",
        "Alexandra", "Mihaela", "Cristina", "Gabriela", "Daniela", "Raluca", "Roxana", "Irina",
        "Simona", "Diana",
    ],
    last_names: &[
        "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
        "Munteanu", "Constantin", "Marin", "Rusu", "Lungu", "Moldovan", "Dinu", "Florea", "Toma",
        "Tudor", "Ene", "Neagu", "Barbu", "Nistor", "Dobre", "Georgescu", "Ciobanu", "Lazar",
    ],
    email_domains: &[
        "yahoo.com", "yahoo.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.ro", "outlook.com",
        "hotmail.com", "icloud.com", "mail.md",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Bună ziua,", "Bună ziua, echipa {co},", "Stimate domn/Stimată doamnă,", "Salut,",
            "Bună,", "Stimată echipă {co},", "Bună seara,", "Către departamentul Relații cu Clienții,",
        ]),
        ("greet_formal", &[
            "Stimată doamnă/Stimate domn,", "Către responsabilul cu protecția datelor (DPO) al {co}\n\nStimată doamnă/Stimate domn,",
            "Către: {co}\nÎn atenția: Responsabilului cu protecția datelor cu caracter personal\n\nStimate domnule/Stimată doamnă,",
        ]),
        ("hi", &["bună, ", "salut, ", "buna ziua, ", "", "", "", "Bună ziua, ", "hei, "]),
        ("thanks", &[
            "Cu stimă,", "Mulțumesc,", "Mulțumesc anticipat,", "O zi bună,", "Toate cele bune,",
            "Cu respect,", "Vă mulțumesc,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nTrimis de pe iPhone", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Cu stimă,\n\n{name}", "Cu deosebită considerație,\n\n{name}\n{email}", "Cu stimă,\n\n\n{name}\n(semnătura)"]),
        ("street", &[
            "Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Republicii", "Bd. Ion C. Brătianu",
            "Str. Avram Iancu", "Str. Horea", "Calea Dorobanților", "Bd. Decebal", "Str. Lalelelor",
            "Bd. Independenței", "Str. Ștefan cel Mare",
        ]),
        ("city", &[
            "0{d}{d}{d}{d}{d} București, Sector [1|2|3|4|5|6]", "400{d}{d}{d} Cluj-Napoca", "700{d}{d}{d} Iași",
            "300{d}{d}{d} Timișoara", "900{d}{d}{d} Constanța", "500{d}{d}{d} Brașov", "410{d}{d}{d} Oradea",
            "200{d}{d}{d} Craiova", "MD-20{d}{d} Chișinău",
        ]),
        ("address", &[
            "{name}\n{street} nr. [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} nr. [1|2|3|4|5|6|7|8|9], bl. [A|B|C]{d}, sc. [1|2|3|4|5|6|7|8|9], ap. [1|2|3|4|5|6|7|8|9]{d}\n{city}",
            "{name}\n{street} nr. [1|2|3|4|5|6|7|8|9]{d}, et. [1|2|3|4|5|6|7|8|9], ap. [1|2|3|4|5|6|7|8|9]\n{city}",
        ]),
        ("acct", &[
            "Contul meu este înregistrat cu adresa {email}.", "Adresa mea de e-mail este {email}.",
            "Contul de client este pe numele {name}, e-mail {email}.", "Cont: {email}",
            "Mă puteți identifica după adresa de e-mail {email}.",
        ]),
        ("data", &[
            "datele mele cu caracter personal", "toate datele mele personale", "toate datele pe care le dețineți despre mine",
            "datele mele", "toate datele cu caracter personal care mă privesc",
        ]),
        ("product", &[
            "căștile", "espressorul", "geaca de iarnă", "husa de telefon", "pantofii de alergare",
            "lampa de birou", "bateria externă", "ceasul inteligent", "salteaua de yoga", "aspiratorul",
        ]),
        ("law", &["GDPR", "Regulamentul (UE) 2016/679 (GDPR)", "Regulamentul general privind protecția datelor (GDPR)", "RGPD"]),
        ("deadline", &[
            "în termenul legal de o lună", "fără întârzieri nejustificate și în orice caz în cel mult o lună de la primirea cererii",
            "până cel târziu la data de {date}", "în termenul prevăzut de art. 12 alin. (3) din GDPR",
        ]),
        ("escalate", &[
            " În lipsa unui răspuns în acest termen, voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).",
            " În caz contrar, îmi rezerv dreptul de a sesiza ANSPDCP.", "",
        ]),
    ],
    families: &[
        // ---- access (art. 15)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ce date [aveți|stocați|păstrați] despre mine[?|??]",
            "{hi}îmi puteți trimite [o copie|un export] cu datele mele[?| vă rog]",
            "vreau să văd ce [informații|date] [aveți|colectați] despre mine[, vă rog|]",
            "cum pot [descărca|exporta] toate datele mele[?| din aplicație?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}am schimbat [operatorul|banca|sala] și m-a apucat curiozitatea: ce [știți|țineți|ați salvat] despre mine? [trimiteți-mi|dați-mi] tot[ pls| va rog|]",
            "mi-a apărut o reclamă [prea țintită|super ciudată|care știa prea multe] după ce am folosit aplicația {co}. ce [info|informații personale|date] [strângeți|adunați|țineți] despre mine? [vreau lista completă|vreau să văd tot]",
            "aveam un cont vechi la {co}[ pe mailul {email}|] și [nici nu mai știam de el|uitasem complet de el]. se poate vedea [ce a rămas înregistrat|ce date mai sunt acolo|ce istoric aveți despre mine]?",
            "[salut|buna seara|bună] {co}, [vreau|aș vrea] [un rezumat|un raport|o situație] cu [toate informațiile personale|toate datele personale] pe care le [aveți|țineți] [în contul meu|în fișa mea de client|despre mine]. [am dreptul|e dreptul meu conform GDPR|GDPR-ul îmi dă dreptul ăsta][, nu?|]",
            "[îngrijorat|îngrijorată|cam paranoic] de privacy după [scurgerea de date|breșa de date de la știri]. îmi spuneți [exact|] ce date de-ale mele [păstrați|țineți] și [la ce le folosiți|cu cine le împărțiți]?",
            "aplicatia e [ok|faina|misto] dar nu gasesc nicaieri unde sa vad ce date [tineti|aveti] despre mine. [cum cer|de unde cer|cum obtin] o copie[?| cu ele?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. am cerut [o copie a datelor mele|acces la datele mele] și [nu răspunde nimeni|nimic]. @{co} vreau să știu ce date personale aveți despre mine!",
            "⭐ @{co} [vreau să văd|arătați-mi] [tot ce|toate datele pe care le] [stocați|păstrați|colectați] despre mine[. e dreptul meu|, GDPR art. 15|]",
            "aplicația e [ok|decentă|bunicică], dar [de unde|cum] cer o [copie|listă] cu datele mele personale? [am scris la suport și nimic|suportul nu știe să răspundă]. [2 stele|⭐⭐]",
            "@{co} [salut|bună ziua|buna], [puteți să-mi trimiteți|îmi puteți trimite] [un raport|un rezumat|o copie] cu [toate informațiile|toate datele] pe care le aveți [despre mine|în contul meu]? [mersi|mulțumesc]",
            "suport [jalnic|de nota 2]. vreau să aflu [exact|] ce date de-ale mele [are|păstrează] {co} și cui le dă, și aștept răspuns de [săptămâni|o lună]. [1 stea|⭐]",
            "ce date aveti despre mine?? [vreau|cer] [acces la datele mele|sa-mi vad datele] [acum|imediat]. #privacy",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [pot să văd|aflu] ce date [personale|] aveți despre mine?",
            "[îmi puteți|imi puteti|mi-ați putea] [trimite|da] o copie cu datele mele [personale|]?",
            "se poate afla ce [informatii|informații|date] [are|păstrează] {co} despre mine?",
            "unde [pot|se poate] [cere|solicita|descărca] [o copie cu|] tot ce aveți [salvat|înregistrat] despre mine?",
            "ce trebuie să fac ca să [îmi spuneți|aflu] [ce date aveți despre mine|ce date de-ale mele prelucrați]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVă rog să îmi trimiteți o copie a datelor cu caracter personal pe care le prelucrați despre mine[, inclusiv istoricul comenzilor și datele de contact|]. {acct}\n\n{sign}",
            "{greet}\n\nPrin prezentul mesaj îmi exercit dreptul de acces[ conform art. 15 din GDPR|]. Vă rog să îmi comunicați ce date prelucrați despre mine, în ce scop și cui au fost dezvăluite. {acct}\n\n{sign}",
            "{greet}\n\nAș dori să aflu ce date personale deține {co} despre mine și de unde le-ați obținut. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Cerere de acces la datele cu caracter personal în temeiul art. 15 din {law}\n\nÎn temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi confirmați dacă prelucrați date cu caracter personal care mă privesc. {acct} În caz afirmativ, vă rog să îmi furnizați:\n\n1. o copie a datelor care fac obiectul prelucrării;\n2. scopurile prelucrării;\n3. categoriile de date vizate;\n4. destinatarii cărora le-au fost sau le vor fi divulgate datele, în special din țări terțe;\n5. perioada pentru care se preconizează că vor fi stocate datele;\n6. sursa datelor, în cazul în care acestea nu au fost colectate de la mine;\n7. existența unui proces decizional automatizat, inclusiv crearea de profiluri.\n\nVă rog să răspundeți {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nSubiect: Exercitarea dreptului de acces (art. 15 GDPR)\n\nÎn calitate de persoană vizată, vă solicit o copie a tuturor datelor cu caracter personal pe care {co} le prelucrează despre mine, împreună cu informațiile prevăzute la art. 15 alin. (1) lit. a)–h) din GDPR. {acct}\n\nAștept răspunsul dumneavoastră {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (art. 17)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vă rog să îmi ștergeți contul[ și toate datele| definitiv|][.|!|]",
            "vreau ca [datele mele să fie șterse|contul meu să fie șters][ imediat| cu totul|][.|!|]",
            "cum îmi pot șterge contul [definitiv|complet][?|??]",
            "ștergeți tot ce aveți despre mine[, mersi|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nu mai folosesc [aplicatia|serviciul|chestia asta] de [luni de zile|ani|o veșnicie]. [închideți|eliminați|desființați] [contul meu|contul {email}] și [tot ce aveți|toate informațiile] despre mine[ pls| va rog| mersi|]",
            "{hi}m-am mutat la concurență și nu vreau să las urme aici. [vreau|aș vrea] contul [închis|eliminat|desființat] [definitiv|pentru totdeauna] și datele [distruse|eliminate|șterse] [și ele|la fel]",
            "[am avut o experiență groaznică|m-ați tratat oribil|am fost super dezamăgită] cu {co}. nu mai vreau [nimic|nicio urmă] de-al meu la voi: [eliminați|scoateți|radiați] tot[!|.|]",
            "am găsit un cont vechi [pe mailul meu|pe numele meu] {email} de care nici nu știam. cum îl [închid|elimin|desființez] [cu date cu tot|cu tot istoricul]?",
            "[salut|buna] {co}, [se poate|puteți] [elimina|închide] [profilul meu|înregistrarea mea|contul meu] [cu tot ce e asociat|împreună cu toate datele]? țin la confidențialitate",
            "[am dezinstalat aplicația|am anulat abonamentul|am reziliat contractul] dar [contul|profilul] e tot acolo. [vreau să dispar de acolo|vreau să fiu uitat|cer dreptul de a fi uitat]: [eliminați|ștergeți] [toate datele mele|tot]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. [ștergeți-mi|stergeti-mi] contul [și toate datele|cu tot cu date|] [odată|acum]!",
            "⭐ [imposibil să|nu ai cum să] [ștergi|închizi] contul [din aplicație|din app]. @{co} [vreau|cer] contul [șters|închis] și datele [personale|] [șterse|eliminate] [azi|imediat|urgent]",
            "@{co} am cerut [ștergerea|eliminarea] datelor mele acum [o lună|două săptămâni] și [contul e tot activ|tot primesc chestii|nimic]. [ștergeți tot|eliminați tot] [odată|vă rog]",
            "am [dezinstalat|șters] aplicația, dar contul [e tot acolo|încă există]. [cum îmi șterg|cum închid|cum elimin] [contul|profilul] și [cum șterg|elimin] datele? [2 stele|⭐⭐] până rezolvați",
            "nu mai vreau nimic cu {co}. [stergeti|eliminati] [profilul meu|contul meu] [si tot ce aveti despre mine|cu toate datele]",
            "[dreptul de a fi uitat|dreptul la ștergere], {co}! [vreau|cer] să [ștergeți|eliminați] toate datele personale [pe care le aveți despre mine|legate de {email}]. ⭐",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [îmi șterg|imi sterg|închid și șterg] contul [definitiv|de tot|pentru totdeauna]?",
            "[puteți|îmi puteți] [șterge|sterge] [toate datele mele|contul și toate datele mele]?",
            "se poate [sterge|șterge] [contul meu|profilul meu] cu [toate informatiile|toate datele] pe care le aveti despre mine?",
            "de unde [se șterge|îmi șterg] contul? [vreau să nu mai rămână nimic|vreau să ștergeți tot|]",
            "cui [scriu|trebuie să scriu] ca să îmi [ștergeți|fie șterse] datele [personale|] [din baza voastră de date|de tot|]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNu mai folosesc [serviciile dumneavoastră|aplicația|contul de {co}] și vă rog să ștergeți contul meu și {data}. [Vă rog să îmi confirmați ștergerea.|Aș aprecia o scurtă confirmare.|]\n\n{sign}",
            "{greet}\n\nPrin prezenta vă solicit să ștergeți {data}[ în conformitate cu art. 17 din GDPR| în temeiul art. 17 din Regulamentul (UE) 2016/679|] fără întârzieri nejustificate. {acct}\n\n{sign}",
            "{greet}\n\nAm creat [acum un an|cu ceva timp în urmă] un cont doar pentru o singură comandă. Vă rog să închideți contul și să ștergeți {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Cerere de ștergere a datelor cu caracter personal („dreptul de a fi uitat”) în temeiul art. 17 din {law}\n\nÎn temeiul art. 17 alin. (1) din Regulamentul (UE) 2016/679, vă solicit ștergerea fără întârzieri nejustificate a tuturor datelor cu caracter personal care mă privesc. {acct} Datele nu mai sunt necesare pentru îndeplinirea scopurilor pentru care au fost colectate.\n\nDacă ați divulgat datele mele către terți, vă rog să îi informați cu privire la ștergere, conform art. 19 din GDPR. Dacă o obligație legală de păstrare împiedică ștergerea completă, vă rog să îmi comunicați ce date păstrați, în ce temei și pentru ce perioadă.\n\nVă rog să îmi confirmați în scris ștergerea {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nSubiect: Ștergerea datelor și închiderea contului\n\nÎmi exercit dreptul prevăzut la art. 17 din GDPR și vă solicit închiderea contului meu la {co} și ștergerea tuturor datelor cu caracter personal asociate acestuia, inclusiv din copiile de siguranță, acolo unde este posibil din punct de vedere tehnic. {acct}\n\nVă rog să mă informați cu privire la măsurile luate {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[a treia oară|iar|deja de două ori] vă scriu: ȘTERGEȚI-MI CONTUL și toate datele[!|!!]",
            "în aplicație [nu există buton de ștergere|nu poți șterge contul]. vreau ca [contul|totul] să dispară, cu tot cu datele mele",
        ]},
        // ---- rectification (art. 16)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[numele de familie|numele] îmi apare greșit în cont, corect este {last}",
            "puteți să îmi corectați data nașterii? [nu e corectă|anul e greșit]",
            "[adresa|numărul de telefon] din contul meu e [vechi|greșit][, vă rog să îl schimbați|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "m-am mutat [luna trecută|de curând|acum câteva săptămâni] și [facturile|coletele|scrisorile] vin tot la adresa veche. [actualizați|modificați|schimbați] [adresa mea|domiciliul] în {street} nr. {d}{d}[ pls|, mersi|]",
            "numele meu [apare cu o greșeală de tastare|e scris aiurea|e greșit] în profil, corect e {name}. [îl puteți modifica|mi-l reparați|se poate schimba]?",
            "[am primit|mi-a venit] o factură cu [CNP-ul greșit|CUI-ul greșit|CNP-ul altcuiva]. [actualizați|reparați|modificați] datele mele de facturare [pls|vă rog|urgent]",
            "mi-am schimbat numărul[ de telefon|] și [cel vechi|numărul vechi] e încă în cont. [puneți|actualizați-l cu|înlocuiți-l cu] 07{d}{d} {d}{d}{d} {d}{d}{d}[ pls|, mersi|]",
            "m-am căsătorit și mi-am schimbat numele de familie. [cum actualizez|cum modific|puteți actualiza] [numele|datele mele] [în cont|în profil] în {name}?",
            "{hi}mailul [din cont|din profilul meu] e [vechi|neactualizat|unul pe care nu-l mai folosesc], cel [actual|bun] e {email}. [schimbati-l|actualizați-l|înlocuiți-l] [pls|vă rog|când puteți]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. numele meu e scris [greșit|aiurea] [în cont|pe factură|în aplicație] și [nu am cum să-l corectez|nu pot să-l schimb]. @{co} [corectați-l|reparați asta]!",
            "@{co} m-am mutat și adresa e tot cea veche. [actualizați|corectați] adresa mea la {street} nr. {d}, {city}[ vă rog|, mersi|]",
            "⭐⭐ data nașterii [din profilul meu|din cont] e [greșită|incorectă] și [suportul nu o corectează|nimeni nu o repară]. [vreau datele corectate|rectificați-mi datele personale][!|]",
            "[numărul meu de telefon|numărul de mobil] s-a schimbat și [aplicația nu mă lasă|nu pot] să-l [modific|schimb]. [puteți să-mi actualizați|actualizați-mi] datele[?|, vă rog]",
            "mi-ați [scris greșit|încurcat] numele de familie [în fișa de client|în cont]. [rectificați|corectați] [datele mele|fișa mea] [acum|urgent], {co}. [1 stea|⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [îmi schimb|îmi corectez|îmi actualizez] adresa [în cont|în sistemul vostru|]? [m-am mutat|e greșită|]",
            "[puteți|îmi puteți] [corecta|schimba] [data nașterii|numele de familie|prenumele]? [e greșit|e scris greșit] [în fișă|în sistem|]",
            "se poate [actualiza|schimba] numarul de telefon pe care il aveti? cel vechi nu mai e al meu",
            "unde [pot|se pot] [corecta|modifica] datele mele [personale|de contact]? [numele e greșit|adresa nu mai e actuală|]",
            "ce trebuie să fac ca să îmi [corectați|reparați] [numele|numele de familie] [în sistem|în cont]? [are o greșeală|e scris greșit]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Adresa pe care o aveți în evidență nu mai este actuală. Vă rog să rectificați datele[ conform art. 16 din GDPR|]. Adresa nouă: {street} nr. {d}{d}, {city}.|Data nașterii din contul meu este greșită. Vă rog să rectificați datele[ conform art. 16 din GDPR|]. Data corectă: {date}.|Numele meu este scris greșit. Vă rog să rectificați datele[ conform art. 16 din GDPR|]. Corect este: {name}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Mi-am schimbat numele, dar în evidențele dumneavoastră apare încă numele vechi.|M-am mutat, dar în evidențele dumneavoastră apare încă adresa veche.] Vă rog să îmi actualizați datele. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Cerere de rectificare a datelor inexacte în temeiul art. 16 din {law}\n\nAm constatat că datele cu caracter personal pe care {co} le prelucrează despre mine sunt inexacte: [data nașterii a fost înregistrată greșit|numele meu este scris incorect|figurez cu o restanță la plată care nu există]. {acct}\n\nÎn temeiul art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea fără întârziere a acestor date și notificarea destinatarilor conform art. 19 din GDPR. Vă rog să îmi confirmați rectificarea în scris {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vă rog să nu [vindeți|dați] datele mele către terți",
            "nu vreau ca datele mele să fie [vândute|transmise] [partenerilor de publicitate|brokerilor de date|altor firme]",
            "unde pot să mă opun transmiterii datelor mele către parteneri?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[am citit|am văzut] [la știri|pe twitter|într-un articol] că {co} [dă mai departe|comercializează|revinde] datele clienților către [data brokeri|firme de publicitate|alte companii]. pe ale mele [nu|NU]! [vreau să fiu scos din asta|nu autorizez vânzarea asta|nu le dați nimănui]",
            "[de când mi-am făcut cont|de când am cumpărat {product}] primesc [apeluri|mesaje|spam] de la firme pe care [nu le cunosc|nu le-am auzit niciodată]. sigur [numărul meu|mailul meu|contactul meu] l-ați [dat|vândut] cuiva. [nu mai dați datele mele altor firme|încetați să dați datele mele mai departe|nu mai împărțiți datele mele cu terți]",
            "{hi}[unde e|unde găsesc|de unde activez] opțiunea [„nu-mi vindeți datele”|„do not sell”|de a nu partaja datele cu partenerii] în aplicație? vreau s-o [activez|bifez] [acum|azi]",
            "[ok|e în regulă] să folosiți datele mele pentru livrarea comenzilor, dar [să le vindeți|să le dați mai departe|să le cedați] [advertiserilor|firmelor partenere|terților] nu. [dezactivați|blocați|opriți] partajarea asta [în contul meu|pe contul {email}]",
            "[sunt nervos|sunt furioasă|ce nesimțire]: datele mele [valorează bani|sunt ale mele], nu sunt [marfă|de vânzare]. [de azi|de acum înainte] [le interzic celor de la {co} să le vândă|nu-i autorizez pe cei de la {co} să le cedeze|nu le permit celor de la {co} să le dea mai departe] [terților|firmelor de marketing|data brokerilor]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. {co} [vinde|dă|împarte] datele clienților către [terți|parteneri|firme de publicitate]. [nu-mi vindeți|nu vindeți] datele!",
            "@{co} [primesc|am început să primesc] [apeluri|sms-uri] de la [firme de care n-am auzit|\"partenerii\" voștri] de când m-am înregistrat. [nu mai dați|nu mai transmiteți] datele mele [la terți|nimănui]!",
            "⭐ [vreau|cer] ca datele mele să nu fie [vândute|cedate|date mai departe] către [data brokeri|brokeri de date|advertiseri|parteneri comerciali]. [unde e opțiunea?|aplicația nici nu are opțiunea asta]",
            "nu vindeti datele mele. [punct|atât]. @{co}",
            "am citit politica de confidențialitate și [împărțiți|dați] datele la [advertiseri|parteneri]?? [nu mai dați|încetați să dați] datele mele mai departe. [2 stele|⭐⭐]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vindeți datele mele [către terți|unor firme de publicitate|unor advertiseri]? cum [opresc asta|pot să opresc asta]?",
            "[puteți|ați putea] să nu mai [vindeți|partajați|dați] datele mele [către terți|partenerilor|advertiserilor]?",
            "se poate [evita|împiedica] ca {co} să [vândă|dea mai departe|transmită] datele mele [altor firme|către data brokeri|către terți]?",
            "unde [dezactivez|găsesc] opțiunea [să nu se vândă|de a nu se partaja|ca să nu se vândă] datele mele cu terți?",
            "ce trebuie să fac ca să nu [vindeți|dați] datele mele [nimănui|către terți|altor firme]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPrin prezenta mă opun transmiterii și vânzării datelor mele cu caracter personal către terți, în special în scopuri publicitare. {acct}\n\n{sign}",
            "{greet}\n\n[Am aflat|Am observat] că datele mele au ajuns la o [firmă de telemarketing|firmă care vinde baze de date]. Vă rog să nu mai transmiteți datele mele [partenerilor|terților]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Interzicerea transmiterii și vânzării datelor mele cu caracter personal către terți\n\nVă aduc la cunoștință că nu sunt de acord ca datele mele cu caracter personal să fie vândute, închiriate sau transmise în orice alt mod către terți, inclusiv rețele de publicitate și brokeri de date. {acct} În măsura în care transmiterea se bazează pe consimțământul meu, îl retrag; în măsura în care se bazează pe un interes legitim, mă opun în temeiul art. 21 din {law}.\n\nVă rog să îmi comunicați destinatarii cărora le-au fost transmise până acum datele și să confirmați încetarea transmiterii {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (art. 21 alin. (2))
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[vă rog, |]nu mai vreau [reclame|newslettere|e-mailuri promoționale|SMS-uri][!|.|]",
            "[dezabonați-mă|vreau să mă dezabonez] de la newsletter",
            "nu-mi mai trimiteți [oferte|reclame|promoții][!|.|]",
            "cum mă dezabonez de la e-mailurile voastre[?|, linkul nu merge]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "primesc [3|4|5] [newslettere|mailuri cu promoții] pe zi de la voi, [e spam curat|asta e spam|e prea mult]. [scoateți-mă|eliminați-mă|luați-mă] de pe [mailing list|lista de mailuri|lista de marketing][ pls|!|]",
            "[gata cu|ajunge cu|opriți] apelurile în care îmi oferiți [promoții|abonamente|upgrade-uri]! nu vreau să fiu contactat pentru [publicitate|marketing][, mersi|]",
            "butonul de [unsubscribe|renunțare la abonare] din josul mailului [nu face nimic|dă eroare|duce la o pagină albă]. cum scap de newsletter?",
            "{hi}[scoateți|eliminați] {email} din toate [campaniile|comunicările comerciale|listele de oferte][ pls|, mersi|]",
            "am [cumpărat|comandat] {product} o singură dată și [de atunci|acum] primesc [SMS-uri|mesaje pe whatsapp|mailuri] cu [reduceri|oferte|black friday] zilnic. [nu mai vreau promoții|gata cu publicitatea], [cum le opresc?|opriți-le acum.]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. [spam|reclame] [în fiecare zi|non-stop]. [scoateți-mă|ștergeți-mă] din [newsletter|lista de mailuri|lista de abonați]!",
            "@{co} am dat [dezabonare|unsubscribe] de [trei|o mie de] ori și tot primesc [mailuri promoționale|promoții|newslettere]. [ajunge|opriți-vă]!",
            "⭐ [sms-uri|mesaje] cu [oferte|promoții] [la 8 dimineața|duminica|non-stop]. nu mai vreau [reclame|marketing|sms-uri promoționale] de la {co}",
            "vreau să mă [dezabonez|dezabonez de tot] [de la newsletter|de la mailurile de marketing] [dar linkul nu merge|și nu există link]. [rezolvați|vă rog]. ⭐⭐",
            "[nu mă mai sunați|încetați să mă sunați] cu [oferte|promoții]! @{co} [scoateți|ștergeți] numărul meu din [campanii|apelurile de vânzări]",
            "[dezabonare|unsubscribe] [va rog|pls]. [m-am săturat de|ajunge cu] [spam|atâtea reclame] pe [mail|email]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum mă [dezabonez de la|scot de pe lista de] newsletter?",
            "puteți [să nu-mi mai trimiteți|să opriți] [sms-urile cu promoții|emailurile publicitare|ofertele]?",
            "se poate [ieși|să mă scoateți] de pe lista [de email|de marketing|de promoții]?",
            "unde [dezactivez|opresc] [emailurile comerciale|notificările cu oferte|abonarea la newsletter]? [îmi vin în fiecare zi|m-am săturat|]",
            "ce trebuie să fac ca să nu mă mai sunați [cu oferte|să-mi vindeți ceva|cu promoții]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVă rog să eliminați adresa {email} din toate listele de marketing. M-am dezabonat [deja de două ori|de mai multe ori], dar continui să primesc newsletterul.\n\n{sign}",
            "{greet}\n\nMă opun utilizării datelor mele în scop de marketing direct[ în temeiul art. 21 alin. (2) din GDPR|]. Vă rog să nu îmi mai trimiteți reclame, nici pe e-mail, nici prin SMS. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Opoziție la prelucrarea datelor în scop de marketing direct (art. 21 alin. (2) din {law})\n\nÎn temeiul art. 21 alin. (2) și (3) din Regulamentul (UE) 2016/679, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri în legătură cu acesta. {acct}\n\nVă rog să încetați transmiterea de mesaje comerciale pe toate canalele (e-mail, SMS, telefon, poștă) și să îmi confirmați acest lucru {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (art. 7 alin. (3))
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "îmi retrag consimțământul pentru [cookie-uri|urmărire|prelucrarea datelor mele][.|!|]",
            "vă rog să [opriți|dezactivați] urmărirea [locației mele|contului meu]",
            "nu mai sunt de acord să folosiți datele mele pentru [reclame personalizate|analize|profilare]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[atunci|când m-am înscris] am fost de acord să folosiți [pozele mele|poza mea|clipul cu mine] [pe rețelele sociale|pe site|în catalog], dar [m-am răzgândit|nu mai vreau]. [revoc|îmi retrag] acordul[ pls|]",
            "[am lăsat|am permis] aplicația să [colecteze|vadă] locația mea [la început|fără să mă gândesc], dar [mă deranjează|nu mă simt confortabil cu asta]. [nu mai permit|nu mai autorizez]: [anulați|revocați] acordul ăsta în profilul meu",
            "aplicația de [fitness|sănătate|alergare] salvează [pulsul meu|datele mele medicale|datele despre somn] cu acordul meu, dar mă îngrijorează confidențialitatea. [vreau să revoc|revoc|îmi retrag] [acordul|permisiunea] pentru datele astea de sănătate",
            "am [acceptat|dat accept la] [toate cookie-urile|cookie-urile de analytics|cookie-urile de tracking] [fără să citesc|pe fugă] și acum nu găsesc de unde să dau înapoi. [vreau să revoc|cum revoc] acordul ăla?",
            "{hi}nu mai autorizez înregistrarea apelurilor mele cu suportul și nici folosirea înregistrărilor pentru [training|antrenarea AI-ului]. [revoc acordul|îmi retrag consimțământul] de azi",
            "[opriți|dezactivați] personalizarea [bazată pe istoricul meu|după ce mă uit eu][ în cont|]: acordul dat [la înregistrare|când mi-am făcut cont] [nu mai e valabil|îl retrag]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. aplicația [cere|folosește] locația [tot timpul|și când e închisă]. [îmi retrag|retrag] consimțământul pentru [localizare|urmărirea locației]!",
            "@{co} nu mai [accept|sunt de acord] să folosiți [pozele mele|pozele pe care le-am urcat|înregistrările mele] [în campanii|în reclame|pe site]. [îmi retrag consimțământul|retrag acordul] pe care l-am dat",
            "⭐⭐ am acceptat cookie-urile din greșeală și [acum|] nu [pot|am cum] să le [dezactivez|anulez]. [vreau să-mi retrag|îmi retrag] consimțământul [pentru cookie-uri|pentru tracking]",
            "mi-am dat acordul pentru [folosirea datelor de sănătate|analiza antrenamentelor|personalizare] dar m-am răzgândit. [îmi retrag|retrag] acel consimțământ[, {co}|]",
            "@{co} [opriți|dezactivați] [urmărirea|trackingul] [contului meu|activității mele]. [nu mai sunt de acord cu asta|m-am răzgândit], îmi retrag [acordul|consimțământul]. ⭐",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [îmi retrag|retrag] consimțământul pentru [localizare|urmărirea locației] pe care l-am dat în aplicație?",
            "puteți să nu mai folosiți [pozele mele|fotografia mea|imaginea mea] [pe site|în reclame|]? [nu mai sunt de acord|îmi retrag acordul dat]",
            "se poate retrage consimtamantul dat pentru [prelucrarea|folosirea] [datelor mele de sănătate|înregistrărilor mele vocale]?",
            "unde [îmi retrag|retrag] consimțământul pentru [cookie-uri|cookie-urile de urmărire|analiză]? [m-am răzgândit|nu mai vreau|]",
            "ce trebuie să fac ca să retrag consimțământul [pentru personalizare|pentru analiza felului în care folosesc aplicația] pe care l-am dat [la înregistrare|când mi-am făcut contul]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPrin prezenta îmi retrag consimțământul pentru prelucrarea datelor mele [în scop de publicitate personalizată|în scopuri de analiză|pentru localizare][ (art. 7 alin. (3) din GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nLa înregistrare mi-am dat acordul ca [datele mele să fie folosite pentru analize de marketing|înregistrările mele vocale să fie folosite pentru antrenarea modelelor]. Nu mai doresc acest lucru, vă rog să considerați consimțământul retras. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Retragerea consimțământului în temeiul art. 7 alin. (3) din {law}\n\nPrin prezenta îmi retrag, cu efect pentru viitor, toate consimțămintele acordate {co} pentru prelucrarea datelor mele cu caracter personal, în special pentru crearea de profiluri și publicitate personalizată. {acct}\n\nVă rog să îmi confirmați în scris ce operațiuni de prelucrare au încetat {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (art. 20)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}îmi puteți exporta datele în [CSV|JSON|Excel]? schimb furnizorul",
            "vreau să îmi mut [istoricul|datele|playlisturile] la alt furnizor, cum se face?",
            "{hi}pot descărca toate datele mele într-un fișier pe care să îl încarc în altă parte?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[trec|migrez] pe [altă platformă|la concurență|altă aplicație] și [vreau|aș vrea] să-mi iau [istoricul|playlisturile|istoricul de comenzi] cu mine. [există vreo variantă să|se poate să|pot să] [descarc|dau download la] tot într-un fișier [csv|json]?",
            "{hi}[unde e|unde găsesc] butonul de [export|exportă datele|download date]? [am nevoie de|vreau] [un backup|o copie în json|un csv] cu datele mele ca să le [import|încarc] în alt serviciu",
            "am schimbat [banca|operatorul|sala|asigurătorul] și cei noi îmi [cer|au cerut] istoricul. [puteți trimite|puteți transfera] datele mele [direct la ei|direct la noua firmă] [în format digital|într-un fișier structurat]?",
            "[vreau|aș vrea] [să descarc|să export] [toate pozele și postările mele|datele din cont|contactele și mesajele mele] într-un format care se poate [deschide|importa] în altă aplicație. [se poate|e posibil]?",
            "[un screenshot|un pdf] nu mă ajută, [am nevoie de|vreau] [datele mele|istoricul contului] în [CSV|JSON|fișier structurat] ca să le [mut|transfer] la [alt furnizor|noua aplicație]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. nu ai cum să [exporți|descarci] datele [în CSV|într-un fișier]. [vreau|trebuie] să le mut în [altă aplicație|alt serviciu]!",
            "@{co} trec la concurență. [trimiteți-mi|dați-mi] [toate datele mele|istoricul meu] în [CSV|JSON|format care se poate citi] ca să le import [acolo|în noul serviciu]",
            "⭐⭐ [aplicația e ok|îmi place aplicația] dar [unde e|unde naiba e] [exportul|butonul de export]? portabilitatea datelor [e un drept|e lege]. [vreau|cer] datele mele [într-un fișier|în json|în csv]",
            "[transferați|trimiteți] datele mele [direct|] [la noua mea bancă|la noul operator|la noul furnizor], {co}. [portabilitate|GDPR art. 20]. ⭐",
            "vreau să [descarc|export] [playlisturile mele|istoricul|pozele și datele mele] într-un fișier pe care să-l [deschid în altă parte|import în altă aplicație]. [cum fac|se poate]?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [export|descarc] datele mele [în CSV|în JSON|într-un fișier] ca să le [duc|mut] la alt [serviciu|furnizor|operator]?",
            "[puteți|îmi puteți] [transfera|trimite] [datele mele|istoricul meu] direct la [noul meu operator|noul furnizor|noua bancă]?",
            "pot sa primesc [toate datele mele|istoricul meu] intr-un fisier [CSV|JSON|care poate fi citit de calculator] ca sa schimb [serviciul|furnizorul]?",
            "unde [pot|se pot] [exporta|descărca] datele mele într-un format pe care [altă aplicație|alt serviciu] să-l poată importa?",
            "cui [cer|trebuie să cer] portabilitatea datelor [mele|și a istoricului meu] către [altă firmă|alt furnizor]? [schimb operatorul|vreau să iau tot cu mine]",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nSchimb furnizorul și aș dori să îmi exercit dreptul la portabilitatea datelor[ (art. 20 din GDPR)|]. Vă rog să îmi trimiteți {data} într-un format structurat și care poate fi citit automat (de ex. CSV sau JSON). {acct}\n\n{sign}",
            "{greet}\n\nVă rog ca, dacă este posibil din punct de vedere tehnic, să transmiteți datele mele direct noului meu furnizor. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Exercitarea dreptului la portabilitatea datelor în temeiul art. 20 din {law}\n\nÎn temeiul art. 20 alin. (1) din Regulamentul (UE) 2016/679, vă solicit să îmi furnizați datele cu caracter personal pe care le-am pus la dispoziția {co} într-un format structurat, utilizat în mod curent și care poate fi citit automat. {acct} [Conform art. 20 alin. (2), vă rog ca datele să fie transmise direct noului operator, acolo unde acest lucru este fezabil din punct de vedere tehnic.|]\n\nVă rog să dați curs cererii {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (art. 18)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vă rog să [blocați|înghețați] datele mele până [se lămurește disputa|verificați eroarea]",
            "nu-mi ștergeți datele, dar nici nu le mai [folosiți|prelucrați] până depun plângerea",
            "vreau să restricționați prelucrarea datelor mele[ până corectați adresa|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "am [o dispută|o reclamație|un proces] cu voi din cauza [facturii|unei taxări greșite|comenzii {order}]. până se rezolvă, [suspendați|puneți pe pauză|opriți] folosirea datelor mele, dar [nu eliminați nimic|NU ștergeți nimic|păstrați tot]",
            "[avocatul meu|avocata mea] mi-a zis să cer asta: nu [ștergeți|eliminați] datele mele pentru că [o să am nevoie de ele|îmi trebuie] [în instanță|pentru un proces], dar [nu le mai folosiți|nu le folosiți pentru altceva] [între timp|deocamdată]",
            "[voi ziceți că|după voi] datele mele sunt corecte, eu zic că [nu|sunt greșite]. cât timp [verificați|controlați], [suspendați|opriți|puneți pe hold] [prelucrarea|orice folosire a] datelor astea[ pls| vă rog|]",
            "{hi}nu vreau să închid contul, [vreau doar|aș vrea doar] să [rămână|fie] [înghețat|pe pauză|în stand-by] [și să nu se atingă nimeni de datele mele|fără să-mi folosiți datele] până [decid eu|se rezolvă problema]",
            "am contestat [plata|debitarea] de {amount} din {date}. nu vă atingeți de datele mele [între timp|până primesc răspuns]: [limitați|restrângeți] folosirea lor, [fără să le ștergeți|fără să eliminați ceva]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. am contestat plata și [tot folosiți|continuați să folosiți] datele mele. [suspendați|blocați|înghețați] prelucrarea [până se rezolvă|între timp]. [nu ștergeți nimic|nu vă cer să ștergeți]!",
            "@{co} [datele mele sunt greșite|adresa mea e greșită] [și încă nu le-ați verificat|și le verificați acum]. [până atunci|între timp] [nu folosiți|nu mai folosiți] datele mele [deloc|la nimic]. [dar nu le ștergeți|nu vreau să fie șterse]",
            "⭐⭐ [am nevoie să păstrați|păstrați] datele mele [pentru că|fiindcă] [vă dau în judecată|am un proces cu voi|îmi trebuie pentru o plângere], dar [nu le mai prelucrați|nu le folosiți la altceva] [între timp|deocamdată]",
            "nu vreau să-mi șterg contul, vreau doar să [înghețați|blocați|suspendați] folosirea datelor mele [deocamdată|temporar]. {co}, [se poate?|restricționați prelucrarea, vă rog]",
            "[restricționarea prelucrării|blocarea datelor mele], @{co}! [păstrați|țineți] datele [dar fără să le folosiți|fără să vă atingeți de ele] până [se rezolvă reclamația mea|se termină disputa]. ⭐",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [blochez|îngheț|suspend] [folosirea|prelucrarea] datelor mele până se rezolvă [reclamația|disputa]? nu vreau să le șterg",
            "puteți să nu mai folosiți datele mele [deocamdată|pentru moment] fără să [ștergeți|eliminați] [nimic|contul]?",
            "se poate restricționa prelucrarea datelor mele [până verificați|cât timp verificați] dacă [adresa e corectă|datele sunt corecte]?",
            "unde [cer|pot cere] să [blocați|înghețați] datele mele fără să le ștergeți? am nevoie de ele pentru [un proces|o acțiune în instanță]",
            "ce trebuie să fac ca să [păstrați|țineți] datele mele dar să nu le [folosiți|prelucrați] [deloc|în niciun fel] [până|cât timp] [se rezolvă disputa|e deschisă contestația]?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nCât timp [verificați exactitatea datelor mele|este în curs disputa privind factura mea], vă rog să restricționați prelucrarea datelor mele[ conform art. 18 din GDPR|]. Le puteți stoca, dar nu le folosiți. {acct}\n\n{sign}",
            "{greet}\n\nVă rog să nu ștergeți [înregistrarea convorbirii noastre|datele comenzii nr. {order}], deoarece am nevoie de ele pentru [un litigiu|o reclamație]. Vă rog, în schimb, să restricționați prelucrarea lor. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Cerere de restricționare a prelucrării în temeiul art. 18 din {law}\n\n[În temeiul art. 18 alin. (1) lit. a) din Regulamentul (UE) 2016/679, contest exactitatea datelor cu caracter personal pe care le prelucrați despre mine și solicit restricționarea prelucrării pe perioada necesară verificării exactității acestora.|În temeiul art. 18 alin. (1) lit. c) din Regulamentul (UE) 2016/679, solicit restricționarea prelucrării, deoarece am nevoie de date pentru constatarea, exercitarea sau apărarea unui drept în instanță.|În temeiul art. 18 alin. (1) lit. d) din Regulamentul (UE) 2016/679, solicit restricționarea prelucrării până la verificarea faptului că drepturile legitime ale {co} prevalează asupra celor ale mele.] {acct}\n\nVă rog să mă informați înainte de ridicarea restricției, conform art. 18 alin. (3), și să îmi confirmați aplicarea acesteia {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (art. 21 alin. (1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mă opun [profilării|analizei comportamentului meu|prelucrării datelor mele] pe baza „interesului legitim” al vostru",
            "nu sunt de acord să [analizați|monitorizați] cum folosesc aplicația. opriți asta",
            "{hi}cum mă pot opune prelucrării datelor mele în scopuri de [analiză|evaluare a riscului|statistică]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "am [descoperit|văzut] în [politica de confidențialitate|textul cu litere mici] că îmi faceți [profiling|un profil] [după comportament|după obiceiurile de cumpărare] invocând „interesul legitim”. [nu accept|nu-s de acord|mă opun] și [vreau să încetați|cer să nu mai faceți asta] în cazul meu",
            "de ce ajung datele mele la celelalte firme din grupul {co}? [n-am aprobat asta|n-am cerut niciodată asta]. [mă opun acestui schimb intern|sunt împotriva acestui schimb intern]",
            "{hi}nu vreau să intru în [statisticile|analizele comportamentale|metricile] voastre. [scoateți|excludeți] datele mele din [ele|analizele alea], [sunt împotriva acestei prelucrări|mă opun prelucrării ăsteia]",
            "{co} [calculează|face] un [scor|„scor de risc”|profil de risc] despre mine [fără să știu|pe baza cumpărăturilor mele]? [cu mine nu merge|nu sunt de acord]: mă opun acestei prelucrări din motive legate de situația mea [personală|particulară]",
            "am [aflat|descoperit] că [urmăriți|analizați] [fiecare click al meu|tot ce fac în app] ca să „îmbunătățiți serviciul” [pe interes legitim|invocând interesul legitim]. [nu vreau asta|nu-mi convine]: mă opun acestei folosiri a datelor mele",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. [{co} face|faceți] [profilare|profiling|analiză de comportament] la [tot|fiecare click]. mă opun [acestei prelucrări a datelor mele|la asta]!",
            "@{co} nu accept să-mi [analizați|studiați] [comportamentul|felul în care folosesc aplicația] [pe motiv de \"interes legitim\"|invocând interesul legitim]. [mă opun|îmi exercit dreptul la opoziție]",
            "⭐⭐ am aflat că [dați|împărțiți] datele mele [celorlalte firme din grup|restului grupului]. [nu sunt de acord|mă opun] și [vreau să încetați|opriți-vă][, nu e vorba de reclame, ci de prelucrarea în sine|]",
            "nu vreau ca datele mele să fie folosite pentru [scoring|scor de risc|evaluări interne de bonitate] [doar pentru că|pe motiv că] [e interes legitim|vă convine]. [opoziție, art. 21|mă opun acestei prelucrări]",
            "[nu mai faceți|gata cu] [analize|statistici] cu [datele mele|datele din contul meu]. [opoziție|mă opun] la prelucrare. ⭐",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum mă [opun|pot opune] [profilării|analizei comportamentului meu] pe care o faceți?",
            "puteți să nu mai [analizați|folosiți] [cumpărăturile mele|obiceiurile mele de cumpărare] pentru [profilare|statistici]? mă opun",
            "se poate face opozitie la [partajarea|transmiterea] datelor mele catre [celelalte firme din grup|restul grupului {co}]?",
            "unde [depun|fac] [opoziție|o opoziție] la prelucrarea [bazată pe interesul legitim|în interes legitim] al {co}?",
            "ce trebuie să fac ca să nu [folosiți|prelucrați] datele mele pentru [scoringul de credit|sistemul antifraudă|profilul de risc]? [nu sunt de acord|mă opun]",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMă opun prelucrării {data} pe baza interesului dumneavoastră legitim[ (art. 21 alin. (1) din GDPR)|], în special pentru [analiza comportamentului meu de utilizare|evaluarea riscului de credit|statistici interne]. Vă rog să încetați această prelucrare. {acct}\n\n{sign}",
            "{greet}\n\nÎn politica dumneavoastră de confidențialitate scrie că [analizați datele de utilizare ale aplicației|transmiteți date în cadrul grupului] pe baza interesului legitim. Nu sunt de acord și mă opun acestei prelucrări. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Opoziție în temeiul art. 21 alin. (1) din {law}\n\nÎn temeiul art. 21 alin. (1) din Regulamentul (UE) 2016/679, mă opun prelucrării datelor mele cu caracter personal efectuate în temeiul art. 6 alin. (1) lit. f) (interesele legitime ale operatorului), inclusiv [creării de profiluri pe baza comportamentului meu de utilizare|evaluării bonității mele|înregistrării și analizării apelurilor mele]. {acct} Din motive legate de situația mea particulară, consider că interesele mele prevalează.\n\nVă rog să încetați această prelucrare, cu excepția cazului în care demonstrați motive legitime și imperioase, și să îmi răspundeți {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (art. 22)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi-a fost respinsă automat cererea de credit. vreau ca [un om|un angajat] să se uite pe ea",
            "sistemul vostru mi-a blocat [contul|cardul] fără nicio explicație. [cine a decis asta?|a decis măcar un om?]",
            "nu vreau să decidă un algoritm despre mine, [cer o verificare umană|vreau să se uite un operator]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi s-a [suspendat|dezactivat|închis] contul [din senin|fără avertisment] și [suportul|chatul] zice doar că „sistemul a detectat activitate suspectă”. [vreau|cer] ca un om [să reanalizeze|să se uite pe] cazul meu, nu un robot",
            "am aplicat [la postul|la internship|la job] și am fost [respins|respinsă|eliminat] în [2 minute|câteva secunde]. [a decis un bot|a fost un algoritm]? [vreau|aș vrea] [o reevaluare umană|să se uite un om adevărat pe CV-ul meu]",
            "{hi}[mi-a fost refuzat cardul|mi-a fost refuzat împrumutul|mi s-a refuzat mărirea limitei] [prin aplicație|online] [fără explicații|în câteva secunde]. ce criterii a folosit algoritmul? [vreau să contest|contest] decizia [și să vorbesc cu un om|în fața unei persoane reale]",
            "aplicația îmi [arată|calculează] [un preț|o primă de asigurare|o rată] [mult mai mare|de două ori mai mare] decât [la prietenul meu|la alții]. [e calculat automat?|a decis un algoritm?] [vreau|cer] ca [cineva|un angajat] să verifice [manual|cu ochii lui]",
            "să fiu [respins|refuzat] de [o mașinărie|un robot|un algoritm] [fără să vorbesc cu nimeni|fără să se uite nimeni] nu e normal. [contest|vreau să contest] [decizia|refuzul] [pentru comanda {order}|la cererea mea de credit] și [cer intervenție umană|cer să decidă un om]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stea. [credit|împrumut] [respins|refuzat] [în 2 secunde|pe loc] de un algoritm. [vreau|cer] ca un om să [reanalizeze|verifice] cererea mea!",
            "@{co} mi-ați [blocat|suspendat] contul [automat|din sistem] fără explicații. [vreau|cer] o reanalizare [umană|făcută de un om] și să [aflu|mi se explice] [de ce|după ce criteriu]",
            "⭐ [sistemul|algoritmul] mi-a [respins|refuzat] [candidatura|cererea] [fără să se uite nimeni pe ea|fără intervenție umană]. [contest|nu accept] decizia asta automată[. vreau să vorbesc cu un om|, vreau o reanalizare]",
            "de ce [prețul|costul asigurării] [pentru mine|care îmi apare] e [mai mare|diferit]? [dacă a decis algoritmul|dacă e automat], [explicați-mi logica|vreau să știu cum funcționează] și [să se uite cineva|verificați manual]. ⭐⭐",
            "[decizie automatizată|decizie automată] [nedreaptă|greșită]! @{co} [un om|o persoană] trebuie să [reanalizeze|verifice] [cazul meu|blocarea|cardul refuzat]. [art. 22 GDPR|]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cum [contest|pot contesta] [creditul refuzat|refuzul împrumutului] pe care l-a decis [algoritmul|sistemul] singur?",
            "poate un om să [verifice|revizuiască] [blocarea contului meu|decizia]? [a fost automată|a decis-o un algoritm]",
            "se poate ca un om sa [revizuiasca|verifice] decizia [automata|automată|algoritmului] care mi-a [respins|refuzat] [cererea|aplicația]?",
            "unde [pot|se poate] [cere|afla] [logica|criteriile] folosite de algoritm ca să [îmi refuze creditul|îmi mărească prețul|îmi blocheze contul]?",
            "cui [scriu|trebuie să scriu] ca să [contest|cer revizuirea umană a] [deciziei automate|unei decizii luate de sistem] [privind creditul meu|pe cererea mea]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nCererea mea de [credit|plată în rate|asigurare] a fost respinsă [în câteva secunde|automat]. Vă rog ca decizia să fie reanalizată de un angajat și să îmi explicați pe baza căror criterii a fost luată[ (art. 22 din GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nContul meu a fost [suspendat|restricționat] de un sistem automat de detectare a fraudelor. Solicit intervenție umană și posibilitatea de a-mi exprima punctul de vedere. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Drepturile mele privind procesul decizional individual automatizat (art. 22 din {law})\n\nLa data de {date}, [cererea mea de credit a fost respinsă|contul meu a fost închis|candidatura mea a fost respinsă] fără intervenția unei persoane. {acct} În temeiul art. 22 din Regulamentul (UE) 2016/679, vă comunic că nu doresc să fac obiectul unei decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri.\n\nSolicit intervenție umană din partea operatorului, posibilitatea de a-mi exprima punctul de vedere și de a contesta decizia, precum și informații semnificative privind logica utilizată (art. 15 alin. (1) lit. h)). Vă rog să răspundeți {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Retragerea consimțământului și cerere de ștergere a datelor (art. 7 alin. (3) și art. 17 din {law})\n\nPrin prezenta îmi retrag toate consimțămintele acordate {co} și, în temeiul art. 17 alin. (1) lit. b) din GDPR, solicit ștergerea tuturor datelor cu caracter personal care mă privesc. {acct}\n\nVă rog să îmi confirmați ștergerea {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nÎmi retrag consimțământul pentru prelucrarea datelor și vă rog să îmi ștergeți contul împreună cu {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Opoziție la marketingul direct și retragerea consimțământului\n\nÎn temeiul art. 21 alin. (2) din {law}, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct. Totodată, îmi retrag consimțământul pentru primirea de newslettere și comunicări comerciale, conform art. 7 alin. (3) din GDPR. {acct}\n\nVă rog să îmi confirmați {deadline} că datele mele au fost eliminate din toate listele de marketing.{escalate}\n\n{sign_formal}",
            "{greet}\n\nÎmi retrag acordul pentru newsletter și mă opun oricărei forme de marketing direct. Nu mai trimiteți reclame la {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Cerere în temeiul art. 15 și art. 20 din {law}\n\nVă rog să îmi furnizați informații despre datele cu caracter personal pe care le prelucrați despre mine, precum și o copie a acestora, conform art. 15 din GDPR. În plus, în temeiul art. 20 din GDPR, vă rog să îmi transmiteți datele pe care vi le-am furnizat într-un format care poate fi citit automat (CSV sau JSON). {acct}\n\nAștept răspunsul dumneavoastră {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Opoziție (art. 21 alin. (1)) și restricționarea prelucrării (art. 18 alin. (1) lit. d) din {law})\n\nMă opun prelucrării datelor mele pe baza interesului legitim în scopul [analizei comportamentului meu|creării de profiluri interne|evaluării riscului]. Până la verificarea faptului că motivele dumneavoastră legitime prevalează asupra intereselor mele, solicit restricționarea prelucrării. {acct}\n\nVă rog să răspundeți {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nSubiect: Rectificare (art. 16) și restricționarea prelucrării (art. 18 alin. (1) lit. a) din {law})\n\nDatele din contul meu sunt inexacte: [adresa este greșită|numele meu este scris incorect|figurează o datorie care a fost deja achitată]. Vă solicit rectificarea acestora și, pe durata verificării, restricționarea prelucrării lor. {acct}\n\nVă rog să îmi confirmați {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Subiect: [Ștergere cont|Ștergerea datelor personale|Cerere în temeiul art. 17 GDPR]\nNume: {name}\nE-mail: {email}\nMesaj: [Vă rog să îmi ștergeți contul și toate datele.|Nu mai doresc să am cont la dumneavoastră.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Subiect: [Acces la date|Cerere în temeiul art. 15 GDPR|Copie a datelor mele]\nNume: {name}\nE-mail: {email}\nMesaj: [Vă rog să îmi trimiteți o copie a datelor pe care le dețineți despre mine.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}unde e comanda mea {order}[?|??]",
            "comanda {order} tot n-a ajuns[, urmărirea coletului nu s-a mai actualizat de câteva zile|. Aveți vreo veste?|]",
            "{greet}\n\nAm plasat o comandă pe {date} (nr. {order}) și încă nu am primit confirmarea expedierii. Când va fi trimisă?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Pentru comanda nr. {order}|Pentru abonamentul meu] mi s-a retras suma de două ori ({amount} lei). Vă rog să îmi returnați suma plătită în plus.\n\n{sign}",
            "de ce abonamentul meu costă acum {amount} lei? [nu scria nicăieri|e o greșeală?]",
            "{hi}îmi puteți retrimite factura pentru comanda {order}? [nu o mai găsesc|îmi trebuie pentru contabilitate]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "mai pot schimba adresa de livrare pentru comanda {order}?",
            "livrați și la [easybox|un punct de ridicare|Republica Moldova]? cât costă transportul?",
            "curierul a lăsat coletul [la vecini|în fața ușii]. [nu e ok|data viitoare să sune înainte]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "aveți {product} și în [negru|mărime mai mare|altă culoare]?",
            "{greet}\n\nCând reveniți în stoc cu {product}? Aș comanda două bucăți.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "nu mă pot loga în cont și nu primesc e-mailul de resetare a parolei[. nici în spam nu e|]",
            "{hi}mi-am uitat parola, iar codul de autentificare vine pe numărul vechi. ce pot face?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nAm returnat {product} acum [două|trei] săptămâni (comanda nr. {order}) și încă nu am primit rambursarea de {amount} lei.\n\n{sign}",
            "am primit {product} [cu defect|cu o piesă lipsă|cu ambalajul rupt]. [vreau banii înapoi|vă rog să faceți înlocuirea]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "O întrebare: stocați datele cardului meu? Vreau doar să mă asigur că totul e în siguranță.",
            "unde găsesc politica de confidențialitate? [linkul din subsol nu merge|în aplicație nu o găsesc]",
            "Îmi place că nu vindeți datele clienților. De asta cumpăr de la voi!",
            "{co} respectă GDPR? Ne gândim la un abonament de firmă pentru echipa noastră.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "cum mă abonez la newsletter? formularul [dă eroare|nu se încarcă]",
            "{greet}\n\nM-am abonat la newsletter, dar nu am primit codul de reducere de 10%. Mi-l puteți retrimite?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nVă rog să îmi anulați abonamentul la sfârșitul perioadei curente. Contul vreau să îl păstrez.\n\n{sign}",
            "cum pot suspenda abonamentul fără să pierd [punctele|lista de favorite]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "cum șterg un produs din coș?",
            "mai pot anula comanda {order}? am ales mărimea greșită",
            "am șters din greșeală [adresa de livrare, cum o|cardul salvat, cum îl] adaug din nou?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Mulțumesc, am primit confirmarea că datele mele au fost șterse. Totul e în regulă.",
            "unde pot schimba setările newsletterului? aș vrea să primesc și ofertele de reduceri",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "[salut|buna], [am uitat parola|nu mai știu parola] și nu-mi vine [mailul|linkul] de resetare. [mă ajutați?|ce fac?]",
            "aș vrea să trec de pe abonamentul [de bază|lunar] pe [premium|anual], cum fac?",
            "[datele mele sunt în siguranță|sunt în siguranță datele mele] la voi? am [citit|văzut] [o știre|ceva] despre [atacuri|hackeri] [și m-am cam speriat|]",
            "unde văd [facturile mele|facturile vechi] în [aplicație|cont]?",
            "m-am dezabonat de la newsletter din greșeală [haha|lol|]. cum mă [abonez din nou|reabonez]?",
            "se poate [adăuga|lega] un al doilea [email|mail] la [contul meu|cont]? [{email} e|folosesc] cel de la serviciu",
            "aveți aplicație pentru [tabletă|ipad]? [pe telefon merge bine|pe mobil e ok]",
            "comanda {order} încă n-a ajuns[, a trecut o săptămână|].[ mersi pentru ajutorul rapid de ieri!|] [cum activez notificările|cum pornesc notificările] ca să știu când pleacă?",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vorbesc cu un [bot|robot] sau cu un om [adevărat|]?",
            "cum te cheamă?",
            "spune-mi ceva despre tine[ haha|]",
            "ce știi despre [espressoare|pantofi de alergare|telefoane]?",
            "sunteți deschiși duminica?",
            "cum e vremea azi [în București|la Cluj|pe la voi]?",
            "[hahaha ok|haha bine|ok mersi|noapte bună, pe mâine]",
            "[știi|îmi recomanzi] un restaurant bun [pe aici|prin zonă]? [mă plictisesc|mi-e urât|]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}vreau să anulez [premium-ul|abonamentul Plus|abonamentul anual] [de la sfârșitul lunii|la următoarea reînnoire], dar contul îl păstrez",
            "cum opresc reînnoirea automată a [abonamentului|planului|membership-ului]?",
            "pot să pun pe pauză [box-ul|livrarea lunară|cutia lunară] în [iulie|august|vacanța de vară]? [plec în concediu|am o delegație|]",
            "vreau sa trec de pe [Premium|Family|Pro] pe [Basic|abonamentul lunar|cel mai ieftin plan], [e prea scump|nu il folosesc aproape deloc|]",
            "cum opresc perioada de [probă|trial] gratuită înainte să mi se [ia banii|retragă bani de pe card]?",
            "se poate muta data de plată [pe 15 ale lunii|la începutul lunii|cu o săptămână mai târziu]? [salariul vine mai târziu|așa îmi convine mai bine|]",
            "{greet}\n\nAș dori să [fac upgrade la abonamentul anual|trec pe abonamentul Family|revin la pachetul de bază] începând cu următoarea reînnoire. Contul rămâne activ ca acum, se schimbă doar abonamentul.\n\nÎmi puteți confirma noul preț?\n\n{sign}",
            "{greet}\n\nVă rog să opriți comanda recurentă de [cafea|hrană pentru pisică|lentile de contact] (comanda {order}). [Mai am destul acasă|Am schimbat marca|Deocamdată nu mai am nevoie]. Contul vreau să îl păstrez pentru comenzi viitoare.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}nu mă pot loga, îmi apare [parolă greșită|date de autentificare invalide|o eroare necunoscută]",
            "am uitat parola si [mailul de resetare|linkul de resetare] nu vine[, nici in spam|]",
            "codul [de verificare|2FA|prin SMS] nu îmi vine, cum intru în cont?",
            "mi-am schimbat telefonul și aplicația [de autentificare|authenticator] a rămas pe cel vechi, cum o mut?",
            "contul mi s-a blocat după [prea multe încercări|3 încercări greșite], cât trebuie să aștept?",
            "aplicatia ma delogheaza [mereu|la cateva minute|de fiecare data], e vreun bug?",
            "{greet}\n\nAș vrea să [îmi schimb parola|setez o parolă nouă] și să mă deloghez de pe toate dispozitivele, pentru că [m-am logat pe un calculator public|am pierdut telefonul vechi|nu mai știu pe ce dispozitive e deschis contul]. Cum pot face asta?\n\n{sign}",
            "{greet}\n\nDe [ieri|azi-dimineață|câteva zile] nu mai pot intra în aplicație: [după login mă trimite înapoi la ecranul de start|apare un ecran alb|se încarcă la nesfârșit]. Am [reinstalat aplicația|șters cache-ul|încercat și de pe alt telefon].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}codul de reducere din [newsletter|SMS|mailul de bun venit] nu merge, zice că e [expirat|invalid]",
            "când încep reducerile de [vară|iarnă|Black Friday]?",
            "cum mă abonez la newsletter ca să primesc [codul de 10%|voucherul de bun venit|transport gratuit]?",
            "cate puncte de fidelitate am si cum le folosesc [la urmatoarea comanda|ca sa am reducere]?",
            "am invitat [o prietenă|un prieten|un coleg] dar nu am primit bonusul de [referral|recomandare], de ce?",
            "oferta [1+1 gratis|de -20%|cu transport gratuit] primită pe SMS e valabilă și [în magazin|în aplicație|la produsele deja reduse]?",
            "{greet}\n\nÎn newsletterul vostru era un [cod|voucher] de {amount} lei, dar la checkout nu se aplică [la comandă|în coș|când cumpăr {product}]. Puteți verifica, vă rog?\n\n{sign}",
            "{greet}\n\nAm primit un card cadou [de ziua mea|de Crăciun] și aș vrea să știu dacă îl pot folosi împreună cu punctele de fidelitate pentru comanda {order}.\n\n{sign}",
        ]},
    ],
};

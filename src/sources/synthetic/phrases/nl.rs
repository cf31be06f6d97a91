//! Dutch: Netherlands and Flanders (AVG wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "nl",
    locales: &[("nl-NL", 80), ("nl-BE", 20)],
    first_names: &[
        "Emma", "Sanne", "Lisa", "Anouk", "Fleur", "Iris", "Femke", "Lotte", "Eva", "Sophie",
        "Daan", "Sem", "Thijs", "Bram", "Ruben", "Lars", "Jeroen", "Pieter", "Sven", "Joost",
        "Wouter", "Mohamed",
    ],
    last_names: &[
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
        "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Leeuwen", "Dekker", "Maes", "Claes",
    ],
    email_domains: &["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com", "telenet.be", "xs4all.nl"],
    decimal_comma: true,
    date: DateStyle::DayDash,
    slots: &[
        ("greet", &["Hallo,", "Beste,", "Goedemiddag,", "Goedemorgen,", "Beste {co},", "Geachte heer/mevrouw,", "Hoi,"]),
        ("greet_formal", &["Geachte heer/mevrouw,", "Geachte functionaris gegevensbescherming,"]),
        ("hi", &["hoi ", "hallo ", "", "", "", "Hallo, "]),
        ("thanks", &["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groet,", "Mvg,"]),
        ("sign", &["{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nVerzonden vanaf mijn iPhone", "{thanks}\n{name}\n{email}"]),
        ("sign_formal", &["Met vriendelijke groet,\n\n{name}", "Hoogachtend,\n\n{name}"]),
        ("street", &["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Schoolstraat", "Julianalaan"]),
        ("city", &["1{d}{d}{d} AB Amsterdam", "3{d}{d}{d} CD Rotterdam", "3{d}{d}{d} EF Utrecht", "2{d}{d}{d} GH Den Haag", "9000 Gent", "2000 Antwerpen"]),
        ("address", &["{name}\n{street} {d}{d}\n{city}", "{name}\n{street} {d}\n{city}"]),
        ("acct", &["Mijn account staat op {email}.", "Mijn e-mailadres is {email}.", "Account: {email}"]),
        ("data", &["mijn persoonsgegevens", "al mijn gegevens", "alle gegevens die u over mij bewaart"]),
        ("product", &["de koptelefoon", "het koffiezetapparaat", "de jas", "het telefoonhoesje", "de stofzuiger", "de hardloopschoenen", "de rugzak"]),
        ("agent", &["Medewerker: Goedemiddag, u spreekt met {co}, waarmee kan ik u helpen?\n"]),
        ("agent_verify", &["Medewerker: Natuurlijk. Wat is het e-mailadres van uw account?\nKlant: {email}.\n"]),
        ("agent_close", &["Medewerker: Ik heb het doorgezet, u krijgt een bevestiging per mail.\nKlant: Dank u, dag."]),
        ("deadline", &["binnen de wettelijke termijn van een maand", "zonder onnodige vertraging en uiterlijk binnen een maand"]),
        ("escalate", &[" Als ik binnen deze termijn geen reactie ontvang, dien ik een klacht in bij de Autoriteit Persoonsgegevens.", ""]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kunnen jullie mij een kopie van mijn gegevens sturen?",
            "welke gegevens hebben jullie [van mij|over mij][?| precies?]",
            "ik wil weten wat jullie allemaal over mij opslaan",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[serieus,|echt raar,|huh] ik kreeg [net|vandaag] een advertentie die [wel heel veel|precies] over mij [wist|leek te weten]. wat staat er [eigenlijk |]allemaal over mij in jullie [systeem|database|bestanden][?|??]",
            "{hi}ik heb [jaren geleden|ooit|in 2018 ofzo] een account bij {co} aangemaakt en [was het helemaal vergeten|nooit meer gebruikt]. kan ik [ff|even] [inzien|zien] welke [info|data|persoonsgegevens] daar nog [in staat|aan hangt]?",
            "[inzageverzoek|AVG-inzageverzoek|inzage] [aub|graag|pls]: [welke data|wat] [verwerken jullie|slaan jullie op] over [mij|m'n account] en [met wie delen jullie dat|waar komt het vandaan]? [account|mail]: {email}",
            "[ik maak me|maak me] [best |echt |]zorgen over m'n privacy [na dat datalek|sinds het nieuws over het lek|de laatste tijd]. [laat me even alles zien|stuur me een overzicht van alles] wat jullie [van mij verzameld hebben|over mij bijhouden]",
            "[vraagje|korte vraag]: [houden jullie|houdt {co}] mijn [locatie|zoekgeschiedenis|aankopen|klikgedrag] bij? [dan wil ik graag zien|ik wil graag inzien] wat er [precies |]over mij [is vastgelegd|geregistreerd staat]",
            "[1 ster|2 sterren]: de app vraagt overal toestemming voor maar [nergens zie je|je kan nergens zien] wat ie [verzamelt|over je heeft]. [geef me inzage in mijn data|laat zien wat jullie van me hebben]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. Al weken vraag ik welke gegevens {co} over mij heeft en ik krijg [geen antwoord|niks terug]. [Ik wil gewoon inzage in mijn gegevens!|Stuur me nou eens een kopie van mijn data!|Ooit van artikel 15 AVG gehoord?]",
            "@{co} welke [gegevens|persoonsgegevens|info] hebben jullie eigenlijk over mij? [Ik wil daar een kopie van.|Stuur me aub een overzicht.|Graag inzage via DM.]",
            "⭐ App is oké, maar ik wil [weten|zien] wat jullie [allemaal |]over mij [opslaan|verzameld hebben][, ook locatie en aankoopgeschiedenis|]. [Graag een volledig overzicht.|Waar blijft mijn inzageverzoek?]",
            "[2 sterren|⭐⭐]. Een maand geleden een inzageverzoek gedaan, [nog steeds niks|nog altijd geen reactie]. [Beste|Hé] {co}, stuur me [alle gegevens die jullie over mij hebben|een kopie van mijn opgeslagen gegevens] aub.",
            "inzageverzoek avg gedaan, geen reactie. @{co} ik wil weten wat jullie over mij bewaren!!",
            "Leuke functies, maar nul transparantie. [Ik wil|Ik eis] [inzage in|een overzicht van] [alle gegevens die jullie over mij verwerken|mijn persoonsgegevens]. [Tot die tijd 3 sterren.|Dan komen er ook meer sterren.]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik [zien|nagaan|opvragen] welke gegevens jullie over mij [hebben|bewaren|opslaan]?",
            "kunnen jullie mij een [kopie|overzicht] sturen van [al mijn gegevens|de gegevens die jullie van mij hebben]?",
            "is het mogelijk om [inzage te krijgen in|een kopie te krijgen van] mijn [persoonsgegevens|gegevens]? [hoe lang duurt dat?|]",
            "wat weten jullie [eigenlijk |]allemaal over mij? [kan ik dat ergens inzien?|kunnen jullie dat opsturen?]",
            "waar kan ik [mijn gegevens|de gegevens die {co} over mij heeft] [inzien|opvragen|downloaden]? [kan het niet vinden in de app|]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nGraag ontvang ik een kopie van {data}[, inclusief mijn bestelgeschiedenis|]. {acct}\n\n{sign}",
            "{greet}\n\nOp grond van artikel 15 AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij verwerkt, voor welk doel en aan wie deze zijn verstrekt. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: inzageverzoek op grond van artikel 15 AVG\n\nHierbij verzoek ik u om inzage in alle persoonsgegevens die {co} over mij verwerkt. {acct} Ik ontvang graag een kopie van deze gegevens, evenals informatie over de verwerkingsdoeleinden, de categorieën van gegevens, de ontvangers, de bewaartermijn, de herkomst van de gegevens en het bestaan van geautomatiseerde besluitvorming, waaronder profilering.\n\nIk verzoek u {deadline} te reageren.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[verwijder|graag verwijderen] mijn account[ en al mijn gegevens|][ aub|.|]",
            "ik wil dat mijn gegevens [verwijderd|gewist] worden",
            "hoe verwijder ik mijn account definitief?",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ben [overgestapt naar een concurrent|naar een andere aanbieder gegaan|klaar met {co}] en heb [het account|mijn profiel] niet meer nodig. [haal alles weg|gooi alles weg|wis alles] [aub|pls|graag], [ook mijn gegevens|incl. al mijn data|met alle info erbij]",
            "{hi}[ooit|een keer] aangemeld [voor een kortingscode|voor één bestelling|voor een proefperiode] en nooit meer gebruikt. [kunnen jullie|graag] mijn account [opheffen|weghalen] en [al mijn gegevens|alle data] [wissen|uit jullie systeem halen][?|]",
            "[account opheffen|profiel weg|account weg] [aub|pls]!! [ik wil|wil] [uit jullie database|nergens meer in jullie systeem staan], [met alles erop en eraan|inclusief al mijn data]",
            "waar zit [die knop|de optie] om [je account|m'n account] [echt|definitief] [te wissen|weg te halen]? [deactiveren is niet genoeg|alleen deactiveren wil ik niet], [m'n gegevens moeten weg|alles moet weg]",
            "[na dat datalek|sinds het datalek|vanwege privacy] wil ik [gewoon |gwn ]dat [alles over mij|mijn profiel met alle gegevens] [permanent|voorgoed|helemaal] [gewist wordt|verdwijnt].[ stuur aub een bevestiging| ff bevestigen graag|]",
            "[oud account|een oud account] [gevonden|ontdekt] op {email}[, wist niet eens dat ik dat had|]. [graag|aub] [helemaal wissen|volledig weghalen|compleet laten verdwijnen][, bedankt|, thx|]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. [Account verwijderen|Je account verwijderen] kan niet in de app. @{co} [verwijder nou eindelijk mijn account|gooi mijn account weg] en al mijn gegevens!",
            "⭐ Ik wil mijn profiel verwijderen, maar [er is geen knop|nergens is een optie te vinden]. [Verwijder aub alles over mij.|Wis mijn gegevens graag volledig.]",
            "@{co} graag mijn account [({email}) |]en [al mijn|alle] gegevens [verwijderen|wissen]. [Gebruik het niet meer.|Bedankt.|]",
            "[Oplichters|Blijf weg]! Al drie weken wacht ik tot jullie mijn account [verwijderen|echt verwijderen]. [Ik wil dat mijn gegevens volledig gewist worden.|Haal eindelijk alles weg wat jullie over mij bewaren!]",
            "[0 sterren als dat kon|1/5]. Gedeïnstalleerd. [Ik verzoek om verwijdering van mijn account en gegevens op grond van de AVG.|Wis mijn account met al mijn data uit jullie systemen.]",
            "verwijder mijn account. nu. thx @{co}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik mijn [account|profiel] [verwijderen|opheffen]? [ik zie de optie nergens|]",
            "kunnen jullie mijn account [en al mijn gegevens |]verwijderen? [ik gebruik het niet meer|]",
            "is het mogelijk om [al mijn gegevens|mijn gegevens] [volledig|definitief|helemaal] te laten [wissen|verwijderen]?",
            "wat moet ik doen zodat jullie mijn account [definitief|voorgoed] verwijderen?",
            "waar kan ik mijn [account|profiel] [verwijderen|laten verwijderen]? [in de app zie ik niks|]",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk gebruik [jullie dienst|de app] niet meer en verzoek u mijn account en {data} te verwijderen. Graag ontvang ik een bevestiging.\n\n{sign}",
            "{greet}\n\nOp grond van artikel 17 AVG verzoek ik u {data} te wissen. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: verzoek tot verwijdering van persoonsgegevens (artikel 17 AVG)\n\nHierbij verzoek ik u alle persoonsgegevens die u over mij verwerkt zonder onredelijke vertraging te wissen. {acct} De gegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld en ik trek eventuele toestemming hierbij in.\n\nIk verzoek u tevens eventuele ontvangers van mijn gegevens over de verwijdering te informeren en mij de verwijdering {deadline} schriftelijk te bevestigen.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mijn achternaam is verkeerd gespeld in mijn account, het moet {last} zijn",
            "kunnen jullie mijn geboortedatum aanpassen? die klopt niet",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[ben|ik ben] [verhuisd|net verhuisd|vorige maand verhuisd] en [de factuur|mijn pakketje|de post] [ging|kwam] [nog steeds |]naar m'n oude adres. [kunnen jullie het wijzigen naar|graag updaten naar|nieuw adres]: {street} {d}{d}, {city}",
            "[heb|ik heb] een nieuw [06-nummer|telefoonnummer|mobiel nummer]. [kunnen jullie dat|graag] in mijn [account|profiel|klantgegevens] [bijwerken|vervangen|updaten][?|, het oude werkt niet meer]",
            "op [de factuur van bestelling {order}|mijn factuur|mijn klantenpas] staat [een typfout in mijn naam|mijn naam fout|een verkeerde voornaam]. het is {first} {last}[, graag verbeteren|, kan dat aangepast worden?|]",
            "[ben getrouwd|ik ben gescheiden] en heet nu {last}. [hoe pas ik mijn naam aan|kunnen jullie de naam in mijn account wijzigen][?|]",
            "[de app|jullie systeem] denkt dat ik [minderjarig|te jong] ben [door|vanwege] een [fout geboortejaar|verkeerde geboortedatum], [ik kan niks bestellen|ik word steeds geblokkeerd]. mijn [echte|juiste] geboortedatum is {date}, [graag corrigeren|kunnen jullie dat rechtzetten?]",
            "in jullie [gegevens|administratie] staat nog [mijn meisjesnaam|mijn oude e-mailadres|mijn oude adres]. [dat klopt al|dat is al] [jaren|lang] niet meer, [graag bijwerken|kan dat up-to-date gemaakt worden?|verbeter dat aub]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. In mijn profiel staat [het verkeerde adres|een verkeerde geboortedatum|mijn oude achternaam] en in de app kun je dat niet aanpassen. @{co} graag corrigeren!",
            "@{co} jullie hebben mijn naam [verkeerd gespeld|fout in mijn account staan], het is {name}. [Pas dat aub aan.|Kunnen jullie dat corrigeren?]",
            "⭐⭐ [Ben verhuisd|Ik ben verhuisd], nieuw adres is {street} {d}, maar jullie [sturen alles nog|leveren nog steeds] naar het oude. [Pas mijn adres aan aub!|Ik wil dat mijn gegevens gecorrigeerd worden.]",
            "mijn telefoonnummer bij jullie klopt niet meer, graag wijzigen naar het nieuwe. in de app lukt dat niet #fail",
            "[Al maanden|Al heel lang] staat mijn geboortedatum fout in jullie systeem. [Het is {date}.|De juiste is {date}.] [Ik verzoek om rectificatie van mijn gegevens.|Verbeter dat nou eens!] [2 sterren|⭐⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik mijn adres [wijzigen|aanpassen]? jullie hebben [nog het oude|een verkeerd adres] [staan|]",
            "kunnen jullie mijn geboortedatum [corrigeren|aanpassen]? [die klopt niet|er staat een verkeerde datum]",
            "is het mogelijk om mijn naam te [verbeteren|corrigeren]? hij is [verkeerd gespeld|fout geschreven] in [mijn account|jullie systeem]",
            "waar kan ik mijn [telefoonnummer|mobiele nummer] [wijzigen|bijwerken]? het [oude|nummer dat jullie hebben] klopt niet meer",
            "wat moet ik doen zodat jullie [mijn verkeerde gegevens|mijn adres] [corrigeren|rechtzetten]? [ik ben verhuisd|er zit een typfout in]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Het adres|De geboortedatum|Mijn naam] in mijn account [klopt niet|is onjuist|is verouderd]. Graag laat ik dit corrigeren[ op grond van artikel 16 AVG|]. [Juist adres: {street} {d}{d}, {city}|Juiste datum: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "verkoop mijn gegevens niet aan derden[ aub|]",
            "ik wil niet dat mijn gegevens worden gedeeld met [adverteerders|derden|partners]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "sinds ik bij {co} [besteld heb|een account heb] krijg ik [post|telefoontjes|spam] van [bedrijven|winkels] waar ik nog nooit van gehoord heb. [verpatsen|verkopen] jullie soms mijn [adres|gegevens]? [stop met het doorverkopen van mijn data|geef mijn gegevens aan niemand meer door]",
            "[net|zojuist] [jullie privacyverklaring|de kleine lettertjes] gelezen: jullie geven klantdata door aan [\"partners\"|databrokers|advertentienetwerken]. [niet met mijn gegevens|doe dat niet met mijn data|ik doe daar niet aan mee]",
            "[waar kan ik|kan ik ergens] [instellen|aangeven] dat {co} mijn [info|data|aankoopgeschiedenis] niet aan [derden|andere bedrijven|adverteerders] [verkoopt|doorspeelt|doorgeeft]?",
            "hoe komt [een databroker|een of ander marketingbureau|een adressenhandelaar] aan mijn [e-mail|adres|nummer]? [dat heb ik alleen aan jullie gegeven|heb ik alleen bij {co} opgegeven]. [stop met het doorgeven van mijn gegevens|mijn data blijft voortaan bij jullie]",
            "[niet oké|echt niet chill] dat mijn [koopgedrag|app-data|aankopen] [bij Facebook|bij Google|bij adverteerders] [belandt|terechtkomt]. [zet het delen met derden uit|stop met het verkopen ervan] voor [mijn account|{email}][ aub|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. [Sinds ik de app heb|Sinds ik me heb aangemeld] krijg ik reclame van bedrijven die ik niet ken. @{co} stop met [het doorverkopen van mijn gegevens|het delen van mijn data met derden|mijn info aan adverteerders door te geven]!",
            "@{co} ik wil niet dat mijn gegevens [verkocht|gedeeld|doorgegeven] worden aan [partners|adverteerders|databrokers|derden]. [Zet dat uit voor mijn account.|Graag een opt-out.]",
            "⭐ Volgens jullie privacyverklaring [delen|verkopen] jullie gebruikersdata met [advertentienetwerken|partnerbedrijven]. [Mijn gegevens niet verkopen of delen aub.|Hou mijn data bij jullie!|Niet met mijn gegevens!]",
            "mijn gegevens NIET verkopen of aan derden doorgeven!! 2 sterren",
            "[Goede app|Prima app], maar: [ik wil niet dat {co} mijn gegevens met andere bedrijven deelt.|mijn data is van mij, niet van een of andere databroker.] [Sluit mij uit van doorverkoop.|Stop met het doorgeven aan derden.]",
            "Net ontdekt dat [een adressenhandelaar|een marketingbedrijf] mijn gegevens via jullie heeft. @{co} stop onmiddellijk met het verkopen van mijn data!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}verkopen jullie mijn gegevens [aan andere bedrijven|aan derden|aan adverteerders]? zo ja, [hoe kan ik dat stoppen|kan dat alsjeblieft stoppen]?",
            "hoe voorkom ik dat jullie mijn gegevens [doorgeven|delen] met [partners|derden|adverteerders]?",
            "kan ik [ergens |]instellen dat mijn gegevens [niet verkocht|niet met derden gedeeld] worden?",
            "wat moet ik doen zodat jullie mijn gegevens niet meer [verkopen|doorgeven] aan [databrokers|reclamebedrijven|partnerbedrijven]?",
            "kunnen jullie stoppen met het [delen|verkopen] van mijn gegevens aan [andere bedrijven|derden]? [waar kan ik dat uitzetten?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk maak bezwaar tegen het verkopen en delen van mijn persoonsgegevens met derden, in het bijzonder voor advertentiedoeleinden. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[afmelden|uitschrijven|STOP]",
            "stop met het sturen van [reclame|nieuwsbrieven|sms'jes][!|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[elke dag|dagelijks|drie keer per week] [mails|kortingsmails|aanbiedingen] van jullie, [mijn inbox ontploft|m'n mailbox zit vol]. [haal {email} van de mailinglijst|uit de nieuwsbrief graag|unsubscribe aub]",
            "de [afmeldlink|uitschrijflink|unsubscribe-link] [werkt niet|geeft een foutmelding|doet niks] en ik krijg [nog steeds|gewoon nog] [jullie spam|de nieuwsbrief|aanbiedingen]. [kunnen jullie me handmatig afmelden?|graag handmatig verwijderen]",
            "geen [verkooptelefoontjes|promo-sms'jes|belletjes met aanbiedingen] meer aub! [ik wil|wil] [van {co} |]geen [aanbiedingen|acties|deals] meer [op mijn mobiel|via sms|aan de telefoon]",
            "{hi}[kan ik|hoe kan ik] de [marketingmails|pushberichten met aanbiedingen|reclamemails] [uitzetten|stopzetten]? [orderbevestigingen en facturen zijn prima|bestelupdates wil ik wel, alleen geen reclame]",
            "[1 ster|één ster]: [app is prima, maar|best goede app, maar] [constant|steeds] [reclame-pushes|promo-mails|reclame-sms'jes], [ook al heb ik me afgemeld|terwijl ik daar nooit om gevraagd heb]. [stop met die marketing|laat me met rust met jullie nieuwsbrief]",
            "na [één bestelling|mijn eerste aankoop] [zit ik ineens|sta ik opeens] op jullie [nieuwsbrief|mailinglijst]. [graag schrappen|eraf halen aub|hoeft niet], [geen reclame meer naar {email}|bedankt]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. Elke dag [spam|reclamemails|drie nieuwsbrieven] van {co}. [Afmelden werkt niet!|Ik wil me afmelden!] [Stop met reclame sturen.|Haal me eindelijk van de mailinglijst.]",
            "@{co} graag [geen reclame meer|geen nieuwsbrieven meer|geen promo-sms'jes meer] naar {email}. Dank.",
            "⭐ De [afmeldlink|uitschrijflink] in jullie nieuwsbrief [is kapot|werkt niet]. Ik wil [me uitschrijven|geen marketingmails meer]!",
            "uitschrijven voor de nieuwsbrief onmogelijk. ik wil GEEN reclame meer. 1 ster",
            "[Irritant|Super irritant]: [steeds|constant] verkoopgesprekken en sms'jes met aanbiedingen, terwijl ik [daar nooit om gevraagd heb|nooit toestemming gaf]. @{co} [haal me van jullie lijsten|bel en sms me niet meer met acties]!",
            "[2 sterren|⭐⭐] vanwege de [spam|mailstroom]. [Meld me aub af voor alle reclamemails.|Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing.] [De app zelf is prima.|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik me [afmelden voor de nieuwsbrief|uitschrijven voor jullie nieuwsbrief]? [ik krijg elke dag mails|]",
            "kunnen jullie [stoppen met reclamemails sturen|me geen aanbiedingen meer mailen]?",
            "hoe zet ik de [reclame-sms'jes|sms'jes met aanbiedingen|telefonische verkoopgesprekken] uit? [het is echt irritant|]",
            "waar kan ik me afmelden voor [de reclamemails|de nieuwsbrief|jullie aanbiedingen]? [de link onderaan werkt niet|]",
            "wat moet ik doen zodat jullie me [geen reclame|geen nieuwsbrief|geen aanbiedingen] meer sturen?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nGraag {email} verwijderen uit al jullie mailinglijsten. Ik heb me al meerdere keren afgemeld maar krijg nog steeds de nieuwsbrief.\n\n{sign}",
            "{greet}\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing. Ik wil geen reclame meer ontvangen. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ik trek mijn toestemming in voor [tracking|cookies|locatiegegevens]",
            "zet het volgen van mijn account uit aub",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[heb|ik heb] [bij het installeren|bij de registratie|destijds] [toestemming gegeven|op ja geklikt] dat de app [mijn locatie|mijn gezondheidsdata|mijn contacten] mag gebruiken. [die toestemming wil ik terugdraaien|dat wil ik niet meer|dat neem ik terug]",
            "jullie mogen [de foto's van mij|mijn foto|de video met mij] [vanaf nu |]niet meer [op de website|op Instagram|in de folder] gebruiken. [ik vond het toen prima, maar nu niet meer|ik trek mijn ok daarvoor terug]",
            "[hoe kan ik|waar kan ik] de [cookie-toestemming|cookies] [terugdraaien|weer weigeren|intrekken]? [heb per ongeluk|per ongeluk] op [„alles accepteren“|alles accepteren] geklikt",
            "{hi}jullie [bewaren|gebruiken] [mijn spraakopnames|de opnames van mijn gesprekken|mijn chats] [om jullie AI te trainen|voor kwaliteitsdoeleinden]. [daar geef ik geen toestemming meer voor|mijn toestemming daarvoor vervalt per nu|die toestemming trek ik in]",
            "[de analytics|het meten in de app|de gebruiksstatistieken] [had ik ooit aangezet|stond aan], maar [sinds het datalek|inmiddels] [wil ik dat niet meer|ben ik er niet meer mee akkoord]. [vinkje eruit aub|zet het op nee|toestemming ingetrokken]",
            "[mijn gezondheidsgegevens|de data uit mijn cyclus-app|mijn slaapdata] mogen [niet meer gebruikt worden|vanaf nu niet meer verwerkt worden]. [ik ben er niet meer mee akkoord|mijn toestemming daarvoor is bij deze ingetrokken]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. De app wil [steeds|constant] mijn locatie. [Ik trek mijn toestemming voor locatietracking in|Ik trek mijn toestemming voor het volgen van mijn locatie in], @{co} respecteer dat.",
            "@{co} ik heb destijds [ingestemd met de trackingcookies|toestemming gegeven voor analytics|ja gezegd tegen advertentietracking], maar [die trek ik nu in|dat wil ik niet meer]. [Toestemming ingetrokken.|Graag mijn intrekking verwerken.]",
            "⭐⭐ Jullie gebruiken mijn [foto's|afbeeldingen] in advertenties op Insta. [Mijn toestemming daarvoor trek ik hierbij in!|Die toestemming trek ik in!]",
            "toestemming ingetrokken voor mijn gezondheidsdata uit de fitness-app. wil niet meer dat jullie die verwerken",
            "[Bij het instellen|Bij het aanmelden] heb ik [per ongeluk|zonder nadenken] [overal|met personalisatie] mee ingestemd. [Ik trek mijn toestemming voor personalisatie in.|Trek aub mijn toestemming voor data-analyse in.] [3 sterren|⭐⭐⭐]",
            "Mijn spraakopnames [mogen jullie niet meer gebruiken|wil ik niet meer laten analyseren]. @{co}, ik trek mijn toestemming daarvoor in. [1 ster.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik mijn toestemming voor [locatiebepaling|het gebruik van mijn locatie] intrekken?",
            "kan ik mijn toestemming voor [cookies en tracking|het gebruik van mijn foto's|het gebruik van mijn gezondheidsgegevens] [intrekken|terugdraaien]?",
            "is het mogelijk om de toestemming in te trekken die ik [bij het aanmelden|eerder] heb gegeven voor [tracking|personalisatie|het opnemen van gesprekken]?",
            "waar kan ik mijn toestemming voor [het gebruik van mijn foto's|het volgen van mijn locatie|de verwerking van mijn gezondheidsgegevens] intrekken?",
            "wat moet ik doen om mijn toestemming voor [analytics|het gebruik van mijn spraakopnames|locatietracking] in te trekken?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nHierbij trek ik mijn toestemming in voor het verwerken van mijn gegevens [voor gepersonaliseerde advertenties|voor profilering|voor locatietracking]. {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}waar blijft mijn bestelling {order}?",
            "mijn bestelling {order} is nog steeds niet binnen[, de track & trace staat al dagen stil|]",
            "{greet}\n\nIk heb op {date} besteld (nummer {order}) en nog geen verzendbevestiging ontvangen.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nEr is twee keer {amount} euro afgeschreven voor bestelling {order}. Kunnen jullie het dubbele bedrag terugstorten?\n\n{sign}",
            "kunnen jullie de factuur van bestelling {order} nog een keer sturen?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nIk heb {product} twee weken geleden teruggestuurd (bestelling {order}) maar nog geen terugbetaling van {amount} euro ontvangen.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview], hard_negative: false, texts: &[
            "de app crasht elke keer als ik wil afrekenen",
            "[1 ster|2 sterren]. sinds de update kan ik niet meer inloggen",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "top app, super snel geleverd!",
            "dank aan de klantenservice, echt goed geholpen",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Vraagje: worden mijn betaalgegevens bij jullie opgeslagen? Wil gewoon zeker weten dat het veilig is.",
            "waar vind ik jullie privacyverklaring? de link werkt niet",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nGraag mijn abonnement opzeggen per het einde van de huidige periode. Mijn account wil ik houden.\n\n{sign}",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Sinds ik bij {co} ben aangemeld, zie ik advertenties die [veel te veel|verdacht veel] over mij weten. Ik wil precies weten welke gegevens u over mij hebt verzameld en met wie u ze hebt gedeeld.",
            "Na [het datalek|het beveiligingsincident] in het nieuws wil ik weten welke gegevens van mij bij u zijn opgeslagen. [Kunt u mij dat laten weten?|Graag een overzicht.]",
            "{hi}wat weten jullie eigenlijk allemaal over mij? [locatie, contacten, aankopen?|ik wil het graag allemaal zien]",
            "{greet}\n\nmijn [advocaat|boekhouder|bank] vraagt een overzicht van alle gegevens die {co} over mij heeft. Kunt u mij een kopie van mijn dossier sturen?\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Soort verzoek: [Recht op inzage|Kopie van mijn persoonsgegevens|Inzageverzoek]\nNaam: {name}\nE-mail: {email}\nToelichting: [Graag een kopie van {data}.|Ik wil weten welke gegevens u over mij hebt en aan wie u ze hebt verstrekt.|Volledige export graag, inclusief chats met de klantenservice.]",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[voor de derde keer|ik heb het al twee keer gevraagd]: [VERWIJDER MIJN ACCOUNT|verwijder nou eindelijk mijn account] en al mijn gegevens[!|!!|.]",
            "in de app [zit geen knop om je account te verwijderen|kan ik mijn account nergens verwijderen]. ik wil [mijn account|alles] weg, met al mijn gegevens",
            "[Niet deactiveren, VERWIJDEREN.|Ik wil geen account meer bij jullie.] Haal [mijn gegevens|alles over mij] uit jullie systemen[, anders stap ik naar de Autoriteit Persoonsgegevens|].",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ik wil niet dat {co} nog iets van mij bewaart. Als ik [opzeg|vertrek], mag er niets overblijven.",
            "Mijn [moeder|vader] is [vorige maand|onlangs] overleden en ik wil graag dat [haar|zijn] account en persoonsgegevens uit uw administratie worden verwijderd.",
            "Iemand heeft [mij aangemeld|een account aangemaakt] met {email} [zonder mijn toestemming|per ongeluk]. Verwijder mijn e-mailadres en alle gekoppelde gegevens uit uw database.",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ik ben [getrouwd|van naam veranderd] en heet nu {last}. In uw brieven staat nog mijn oude naam, wilt u dat [aanpassen|bijwerken]?",
            "Uw post komt nog steeds op mijn oude adres. Sinds [maart|vorig jaar] woon ik op {street} {d}{d}, {city}. Wilt u mijn adres in uw systeem corrigeren?",
            "{hi}in mijn profiel [staat een verkeerde geboortedatum|klopt mijn telefoonnummer niet|is mijn naam verkeerd gespeld], kunnen jullie dat [corrigeren|aanpassen]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Soort verzoek: [Bezwaar tegen doorverkoop van gegevens|Mijn gegevens niet verkopen|Niet delen met derden]\nNaam: {name}\nE-mail: {email}\nBericht: [Ik maak bezwaar tegen de verkoop of verstrekking van mijn gegevens aan derden.|Deel mijn gegevens niet met uw commerciële partners.|Geen verstrekking aan databrokers.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Sinds mijn bestelling bij u word ik gebeld door [verzekeraars|onbekende bedrijven|callcenters]. Ik wil niet dat mijn gegevens aan andere bedrijven worden [verkocht|doorgegeven].",
            "{hi}delen jullie mijn gegevens met [adverteerders|andere bedrijven|databrokers]? zo ja, [stop daarmee|daar ga ik niet mee akkoord]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[ik heb me al drie keer afgemeld|de afmeldlink werkt niet] en ik krijg [nog steeds|alsnog] [jullie nieuwsbrief|reclamemails|sms-reclame] [elke dag|continu]. [Stop ermee!|Irritant.|Klaar ermee.]",
            "[GEEN RECLAME MEER|geen reclame meer aub|stop met die promomails][!|.] {email}",
            "{hi}haal me [alsjeblieft |]uit [jullie mailinglijst|alle marketinglijsten]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ik heb nooit toegestemd dat u [mijn spraakopnames|mijn foto's|mijn chats] gebruikt om [uw AI|uw algoritmes] te trainen. Stop daar alstublieft mee.",
            "Ik heb [de cookies|de voorwaarden] alleen geaccepteerd omdat het niet anders kon. Beschouw mijn toestemming als ingetrokken.",
            "{hi}gebruik mijn [locatiegegevens|gezondheidsgegevens|aankopen] niet meer voor [aanbevelingen|reclame|analyses], ik trek mijn toestemming in",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hoe meld ik me aan voor jullie nieuwsbrief? het formulier [geeft een foutmelding|laadt niet]",
            "{greet}\n\nik heb me aangemeld voor de nieuwsbrief maar de welkomstcode van 10% nooit ontvangen. Kunt u die opnieuw sturen?\n\n{sign}",
            "in de nieuwsbrief [van vandaag|van vorige week] werkt de link naar de aanbieding van {product} niet",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hoe [verwijder|haal] ik een artikel uit mijn winkelmandje?",
            "kan ik bestelling {order} nog annuleren? verkeerde maat besteld",
            "per ongeluk mijn verlanglijstje verwijderd, kunnen jullie dat terugzetten?",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}ik kom niet meer in mijn account, [wachtwoord resetten werkt niet|de resetmail komt niet aan]. [wat moet ik doen?|help?]",
            "kan ik [mijn abonnement upgraden naar premium|overstappen naar het goedkopere pakket]? [waar doe ik dat in de app?|]",
            "[even een vraag|vraagje]: zijn mijn gegevens [eigenlijk |]veilig bij jullie? [las over die hack bij een andere webshop|vraag het gewoon omdat je zoveel hoort]",
            "waar vind ik [mijn facturen|de facturen] in mijn account? [heb ze nodig voor de belasting|kan ze nergens vinden]",
            "per ongeluk afgemeld voor de nieuwsbrief 🙈 hoe meld ik me weer aan?",
            "kan ik een tweede e-mailadres aan mijn account toevoegen?[ {email} staat er al in|]",
            "[hebben jullie ook een app voor tablets?|hoe zet ik meldingen aan in de app?|is er een iPad-versie van de app?]",
            "[{hi}mijn bestelling {order} is nog steeds niet binnen, kunnen jullie even kijken?|bedankt voor de snelle hulp, mijn account werkt weer 👍|top, het is opgelost, dank!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ben jij een bot|praat ik met een bot|met wie praat ik, een robot]? 🤖",
            "[ben je een echt persoon|zit daar een echt mens]?",
            "[wat kun je allemaal|waar kun je mee helpen|vertel eens iets over jezelf]?",
            "[hoe heet je|heb je een naam]? [😄|]",
            "wat weten jullie over {product}? [is het wat?|de moeite waard?]",
            "[zijn jullie op zondag open|wat zijn jullie openingstijden|zijn jullie morgen open]?",
            "[hoe is het weer bij jullie|weet je een goed restaurant in de buurt|ik verveel me|wat vind jij van de nieuwe iphone]",
            "[hahaha ok|lol ok|ok bedankt, welterusten|welterusten 😴|oke doei]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Soort verzoek: [Intrekken van toestemming|Toestemming intrekken|Herroeping toestemming]\nNaam: {name}\nE-mail: {email}\nBericht: [Ik trek mijn toestemming in voor [profilering|gepersonaliseerde reclame|locatietracking].|Verwerk mijn gegevens niet langer op basis van mijn toestemming.|Toestemming voor tracking en analyse ingetrokken.]",
            "{hi}[ik trek mijn toestemming in|toestemming ingetrokken], [geen analyse meer van mijn gegevens|geen tracking meer|geen personalisatie meer][ aub|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "toestemming voor [tracking|cookies|locatie|profilering] ingetrokken[ aub|]",
            "ik wil niet meer dat jullie mijn gegevens gebruiken voor [analyses|profilering|personalisatie]. ik trek mijn toestemming in",
            "{hi}waar kan ik mijn toestemming [voor gegevensverwerking|voor tracking] intrekken? ik wil het niet meer",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: Intrekking van mijn toestemming (artikel 7, lid 3, AVG)\n\nHierbij trek ik met onmiddellijke ingang alle toestemmingen in die ik {co} heb gegeven voor de verwerking van mijn persoonsgegevens, in het bijzonder voor profilering en gepersonaliseerde reclame. {acct}\n\nGraag ontvang ik {deadline} een schriftelijke bevestiging van welke verwerkingen zijn gestopt.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Portability, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk stap over naar een andere aanbieder en wil gebruikmaken van mijn recht op overdraagbaarheid van gegevens[ (artikel 20 AVG)|]. Wilt u {data} aan mij sturen in een gestructureerd, gangbaar en machineleesbaar formaat[, bijvoorbeeld CSV of JSON|]? {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk heb de juistheid van [mijn adres|mijn geboortedatum|de betalingsachterstand in uw administratie] betwist. Zolang u dat controleert, verzoek ik u de verwerking van mijn gegevens te beperken[ (artikel 18 AVG)|]: bewaar ze, maar gebruik ze niet. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk maak vanwege mijn specifieke situatie bezwaar tegen de verwerking van mijn persoonsgegevens [voor analysedoeleinden|voor klantprofilering|voor kredietbeoordeling] op grond van uw gerechtvaardigd belang[ (artikel 21 lid 1 AVG)|]. Ik verzoek u deze verwerking te staken. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMijn aanvraag voor [achteraf betalen|een lening|een klantaccount] is binnen enkele seconden automatisch afgewezen. Ik wil niet worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd[ (artikel 22 AVG)|]. Ik vraag om menselijke tussenkomst en een toelichting op het besluit. {acct}\n\n{sign}",
        ]},
        // ---- formal letters in the legal register, the other labels, combined requests
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: verzoek tot rectificatie op grond van artikel 16 AVG\n\nDe persoonsgegevens die {co} over mij bewaart, zijn onjuist. [Mijn geboortedatum staat geregistreerd als {date}; dat klopt niet.|Mijn achternaam is in uw administratie verkeerd gespeld; de juiste spelling is {last}.|In uw administratie staat een betalingsachterstand die ik op {date} volledig heb voldaan.|U gebruikt nog mijn oude adres; ik woon nu aan de {street} {d}{d}, {city}.] {acct}\n\nOp grond van artikel 16 van de Algemene verordening gegevensbescherming heb ik het recht om zonder onredelijke vertraging rectificatie van mij betreffende onjuiste persoonsgegevens te verkrijgen. Ik verzoek u uw administratie te corrigeren, iedere ontvanger hiervan op de hoogte te stellen (artikel 19 AVG) en mij de rectificatie schriftelijk te bevestigen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: bezwaar tegen het verstrekken en verkopen van mijn persoonsgegevens\n\nIk heb vernomen dat {co} klantgegevens verstrekt of verkoopt aan [adreshandelaren|advertentiepartners|databrokers]. Hierbij verbied ik elke verstrekking, verhuur of verkoop van mijn persoonsgegevens aan derden. Voor zover u zich daarbij op mijn toestemming baseert, trek ik die in. {acct}\n\nDaarnaast verzoek ik u mij op grond van artikel 15 AVG mee te delen aan welke ontvangers mijn gegevens al zijn verstrekt, en wel {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: bezwaar tegen direct marketing op grond van artikel 21 lid 2 AVG\n\nHierbij maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing, met inbegrip van profilering die betrekking heeft op direct marketing. Op grond van artikel 21 lid 3 AVG mogen mijn gegevens niet langer voor deze doeleinden worden verwerkt. Mijn bezwaar geldt voor e-mail, post, telefoon en sms. {acct}\n\nGraag ontvang ik {deadline} de bevestiging dat mijn gegevens uit al uw marketingbestanden zijn verwijderd.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan ik mijn gegevens exporteren als [CSV|JSON|bestand]? ik stap over naar een andere aanbieder",
            "kunnen jullie mijn [gegevens|bestelgeschiedenis|accountgegevens] direct naar mijn nieuwe aanbieder overzetten?",
            "ik heb mijn gegevens nodig in een machineleesbaar formaat[, hoe doe ik dat?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ik [verhuis|ga] met [mijn playlists|mijn bibliotheek|mijn trainingsgeschiedenis|mijn contacten] naar [een andere dienst|een andere app]. [krijg ik dat|kan ik dat krijgen] als [bestand|CSV- of JSON-bestand|downloadbestand] [dat ik daar kan importeren|om daar te uploaden][?|]",
            "ik [stap|ga] [eind van de maand|volgende maand|binnenkort] over naar een andere [energieleverancier|provider|bank]. kunnen jullie mijn [verbruiksgegevens|contractgegevens|klantgegevens] [meteen|gelijk] [doorsturen|doorzetten] naar de nieuwe[?|, scheelt me een hoop overtikken]",
            "{hi}[ik heb|heb] [al mijn bestellingen|mijn foto's en posts|mijn data] nodig in een [bestandje|formaat] dat [andere apps|een andere aanbieder] kan inlezen ([Excel/CSV|JSON|CSV] [ofzo|is prima]). [ik wil mijn spullen meenemen|wil het ergens anders verder gebruiken]",
            "[is er|hebben jullie] een [export-functie|downloadoptie] voor [mijn data|mijn account]? [wil overstappen|ik wil verhuizen] en niet bij nul beginnen",
            "[gegevensoverdracht|dataportabiliteit] [aub|graag]: [alles wat ik heb geüpload|mijn profiel en geschiedenis] als [machineleesbaar|importeerbaar] bestand naar {email}[, ik ga naar een andere aanbieder|]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. Ik wil overstappen naar een andere aanbieder maar [er is geen export|je kunt niks exporteren]. @{co} geef me mijn gegevens als [CSV|JSON|bestand]!",
            "@{co} hoe krijg ik [mijn playlists|mijn trainingsdata|mijn hele geschiedenis] als [CSV|JSON]-bestand om mee te nemen naar een andere dienst?",
            "⭐ Geen data-export? Echt? Ik wil mijn gegevens in een machineleesbaar formaat, [recht op dataportabiliteit|artikel 20 AVG]!",
            "graag mijn gegevens direct overzetten naar mijn nieuwe aanbieder, heb opgezegd en stap over. 2 sterren",
            "[Ik stap over|Stap over] naar een andere aanbieder en wil [mijn contacten|mijn foto's|mijn klantgegevens] meenemen. @{co} stuur me aub [een volledige export|een exportbestand] [als CSV of JSON|in JSON].",
            "[2 sterren|⭐⭐]. Je gegevens [meenemen|overzetten] naar een andere dienst wordt [onmogelijk gemaakt|bewust geblokkeerd]. Ik wil [al mijn gegevens in een bestand|een export van mijn data] zodat ik die [ergens anders|bij de nieuwe aanbieder] kan importeren.",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik mijn gegevens [als CSV|als JSON|als bestand] [exporteren|downloaden] om over te stappen naar [een andere aanbieder|een andere dienst]?",
            "kunnen jullie mijn gegevens [rechtstreeks |direct |]naar mijn nieuwe aanbieder [overzetten|sturen]? [ik stap over|]",
            "is het mogelijk om [al mijn gegevens|mijn accountgegevens] in een [machineleesbaar formaat|CSV-bestand|JSON-bestand] te krijgen [om mee te nemen naar een andere dienst|zodat ik kan overstappen]?",
            "waar kan ik mijn [gegevens|geschiedenis] als [bestand|csv|json] exporteren? [ik ga over naar een andere app|ik stap over naar een andere aanbieder]",
            "hebben jullie een [data-export|exportfunctie] zodat ik mijn gegevens kan meenemen naar [een andere aanbieder|een andere app]?",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: verzoek om gegevensoverdraagbaarheid op grond van artikel 20 AVG\n\nOp grond van artikel 20 van de Algemene verordening gegevensbescherming verzoek ik u mij de persoonsgegevens te verstrekken die ik aan {co} heb verstrekt, in het bijzonder [mijn accountgegevens, bestelgeschiedenis en voorkeuren|mijn profiel, transacties en geüploade inhoud|mijn contract- en verbruiksgegevens], in een gestructureerde, gangbare en machineleesbare vorm, zoals CSV of JSON. {acct}[ Waar dat technisch mogelijk is, verzoek ik u de gegevens rechtstreeks aan mijn nieuwe aanbieder door te geven.|]\n\nIk verzoek u dit verzoek {deadline} in te willigen.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "gebruik mijn gegevens niet tot [mijn adres|mijn geboortedatum|de fout in de factuur] is gecorrigeerd",
            "kunnen jullie mijn gegevens [blokkeren|bevriezen] zolang [de klacht|het geschil] loopt? niet verwijderen, alleen niet meer gebruiken",
            "{hi}ik wil dat de verwerking van mijn gegevens wordt beperkt tot dit is opgelost",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ik heb [ruzie|een geschil|gedoe] met jullie over [de factuur|bestelling {order}|een onterechte aanmaning]. [tot dat is|zolang dat niet is] [opgelost|uitgezocht], [zet|graag] mijn gegevens [op pauze|in de ijskast] – [niet wissen|NIET verwijderen], [er alleen niks mee doen|gewoon niet gebruiken]",
            "[aub|pls] [niks verwijderen|mijn account niet verwijderen], mijn advocaat heeft [de chatgesprekken|de gegevens|de opnames] nog nodig [voor de rechtszaak|als bewijs]. [tot die tijd|in de tussentijd] [wel niet meer gebruiken|niet verder verwerken graag]",
            "[mijn adres|mijn geboortedatum|die betalingsachterstand|mijn inkomen] klopt niet in jullie systeem. kunnen jullie [mijn gegevens|het account] [op slot zetten|pauzeren|parkeren] [tot jullie het gecheckt hebben|zolang jullie het nakijken]? [wissen hoeft niet|niet verwijderen]",
            "{hi}[gebruik|verwerk] [mijn gegevens|mijn profiel] [voorlopig|even|tot nader order] niet meer. [bewaren mag|opslaan is ok], maar [verder niks mee doen|geen ander gebruik] tot [mijn bezwaar|mijn klacht] [is afgehandeld|beoordeeld is]",
            "[jullie willen|volgens jullie mail willen jullie] [mijn gegevens|mijn account] [wissen|opruimen], maar [ik heb ze nog nodig als bewijs|die heb ik nog nodig voor een juridische claim]. [dus aub alleen blokkeren, niet wissen|liever blokkeren dan verwijderen]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. [Zolang|Terwijl] mijn [klacht|geschil over de factuur] loopt, mogen jullie mijn gegevens niet gebruiken. @{co} [bevries ze|beperk de verwerking|zet ze op slot] aub, maar verwijder ze NIET!",
            "@{co} [mijn adres klopt|mijn gegevens kloppen] niet. [Tot dat is uitgezocht|Zolang jullie dat controleren] graag [de verwerking beperken|niks met mijn gegevens doen]. [Niet verwijderen!|Verwijderen hoeft niet.]",
            "⭐ Ik heb mijn gegevens nog nodig [voor een juridische procedure|als bewijs in een rechtszaak|voor mijn advocaat], dus [niet wissen|bewaar ze], maar [gebruik ze niet meer|stop voorlopig met de verwerking]. [Beperking van verwerking, art. 18!|]",
            "gegevens bevriezen aub, niet verwijderen. pas als het geschil met jullie is opgelost. 2 sterren",
            "[2 sterren|⭐⭐]. [Ik heb de afschrijving betwist|Er loopt een geschil over een verkeerde betaling] en ik [eis|wil] dat mijn gegevens [tot dan|voorlopig] geblokkeerd worden: geen verwerking, maar ook geen verwijdering.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kunnen jullie mijn gegevens voorlopig [blokkeren|bevriezen], [niet verwijderen|zonder ze te wissen], tot [dit is opgelost|mijn klacht is behandeld]?",
            "is het mogelijk om de verwerking van mijn gegevens [tijdelijk |]te beperken terwijl jullie [controleren of ze kloppen|mijn klacht bekijken]? [niet verwijderen hoor|verwijderen hoeft niet]",
            "hoe zorg ik ervoor dat jullie mijn gegevens [bewaren|laten staan] maar [niet meer gebruiken|er verder niks mee doen]? [ik heb ze nodig voor een juridische claim|het gaat om een geschil met jullie]",
            "wat moet ik doen zodat jullie mijn gegevens [tijdens het geschil|tot de controle klaar is] niet meer gebruiken? [niet wissen, alleen blokkeren|bewaren mag, gebruiken niet]",
            "kan mijn [account|data] [bevroren|geblokkeerd] worden [in plaats van verwijderd|maar wel bewaard], zodat jullie het voorlopig niet meer gebruiken?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: verzoek om beperking van de verwerking op grond van artikel 18 AVG\n\nIk betwist de juistheid van de gegevens die {co} over mij bewaart, in het bijzonder [mijn postadres|mijn geboortedatum|de registratie van een betalingsachterstand]. {acct} Op grond van artikel 18 lid 1 onder a AVG verzoek ik u de verwerking van mijn gegevens te beperken gedurende de periode die u nodig hebt om de juistheid te controleren.\n\nZolang de beperking geldt, mogen mijn gegevens alleen worden opgeslagen en niet anderszins worden verwerkt zonder mijn toestemming. Ik verzoek u mij te informeren voordat de beperking wordt opgeheven (artikel 18 lid 3 AVG) en mij de beperking te bevestigen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ik maak bezwaar tegen het gebruik van mijn gegevens voor [jullie analyses|kredietscores|intern onderzoek][.|!|]",
            "{hi}hoe maak ik bezwaar tegen de verwerking op basis van jullie gerechtvaardigd belang? staat in jullie privacyverklaring",
            "stop met het analyseren van mijn [gebruiksgegevens|locatiegegevens] voor eigen doeleinden, ik maak daar bezwaar tegen",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "in [jullie privacyverklaring|de privacy-info] staat dat jullie [mijn surfgedrag|mijn koopgedrag|hoe ik de app gebruik] [analyseren|doorlichten] op basis van [„gerechtvaardigd belang“|een gerechtvaardigd belang]. [daar teken ik bezwaar tegen aan|ik maak daar bezwaar tegen|niet met mijn data, bezwaar!]",
            "[waarom|hoezo] delen jullie mijn gegevens [binnen het concern|met jullie zusterbedrijven|met de andere bedrijven in de groep]? [niemand heeft mij iets gevraagd|daar heb ik nooit om gevraagd]. [ik maak hier bezwaar tegen|bezwaar, graag stoppen]",
            "{hi}ik wil niet dat jullie [een profiel van mij maken|mij in hokjes indelen|mijn gedrag in de app analyseren]. [bezwaar tegen die profilering|ik maak bezwaar op grond van artikel 21|ik teken daar bezwaar tegen aan][, graag bevestigen|, bedankt|]",
            "[jullie fraudecheck|die risicoscore|jullie kredietscore] [markeert|ziet] mij [steeds|alweer] als risico[, terwijl ik al jaren klant ben|, door mijn postcode|]. [ik maak bezwaar tegen het gebruik van mijn gegevens daarvoor|bezwaar tegen deze verwerking]",
            "[eerlijk gezegd|serieus,] [vind ik het creepy|best eng] dat {co} [al mijn klikken|mijn gebruik|mijn locatie] [bijhoudt|analyseert] voor [statistieken|productontwikkeling|analytics]. [ik maak bezwaar|bezwaar bij deze], [laat mijn data daarbuiten|niet meer met mijn gegevens aub]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. Jullie [maken profielen van mij|analyseren mijn gebruiksgedrag] op basis van [jullie|zogenaamd] gerechtvaardigd belang? [Ik maak bezwaar!|Daar maak ik bezwaar tegen.] @{co} stop daarmee.",
            "@{co} ik maak bezwaar tegen [profilering|de gedragsanalyse|de analyse van mijn koopgedrag] met mijn gegevens.",
            "⭐⭐ Volgens jullie privacyverklaring [delen jullie mijn gegevens binnen het concern|gebruiken jullie mijn gegevens voor analyses] op grond van \"gerechtvaardigd belang\". [Niet met mij: ik maak bezwaar.|Daartegen maak ik bezwaar op grond van art. 21 AVG.]",
            "bezwaar tegen jullie profilering. ik wil niet dat jullie analyseren hoe ik de app gebruik. 1 ster",
            "[Interessant|Grappig] dat {co} [mijn aankopen|mijn surfgedrag] analyseert [voor fraudescoring|voor een risicoprofiel]. [Ik maak bezwaar tegen deze verwerking|Ik teken bezwaar aan tegen deze verwerking][ vanwege mijn specifieke situatie|]. [2 sterren|⭐⭐]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hoe kan ik bezwaar maken tegen [profilering|het analyseren van mijn gedrag|profiling]?",
            "kan ik bezwaar maken tegen het feit dat jullie [mijn koopgedrag analyseren|mijn gegevens voor profilering gebruiken|een profiel van mij maken]?",
            "is het mogelijk om bezwaar te maken tegen [het delen van mijn gegevens binnen jullie concern|het gebruik van mijn gegevens voor analyses|kredietscoring]? [ik zie geen gerechtvaardigd belang|]",
            "wat moet ik doen zodat jullie [mijn gedrag niet meer analyseren|mij niet meer profileren]? [ik maak daar bezwaar tegen|]",
            "waar kan ik bezwaar indienen tegen [profilering|gedragsanalyse|fraudescoring] op basis van jullie gerechtvaardigd belang?",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: bezwaar tegen verwerking op grond van artikel 21 lid 1 AVG\n\nVolgens uw privacyverklaring verwerkt {co} mijn persoonsgegevens [voor kredietbeoordeling|voor analyse en productontwikkeling|voor klantsegmentatie] op grond van een gerechtvaardigd belang (artikel 6 lid 1 onder f AVG). Ik maak bezwaar tegen deze verwerking vanwege mijn specifieke situatie: [ik ben slachtoffer geweest van identiteitsfraude|ik oefen een beroep uit waarbij mijn verblijfplaats vertrouwelijk moet blijven|de verwerking heeft mij al aantoonbaar nadeel bezorgd]. {acct}\n\nU mag mijn gegevens niet langer voor deze doeleinden verwerken, tenzij u dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden. Graag ontvang ik {deadline} de bevestiging dat de verwerking is gestaakt.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mijn aanvraag voor [achteraf betalen|een lening|een account] is [automatisch|door een algoritme] afgewezen. ik wil dat een mens ernaar kijkt",
            "{hi}is dit besluit automatisch genomen? ik wil een beoordeling door een medewerker",
            "ik wil niet beoordeeld worden door [een algoritme|jullie AI]. wie kan mijn aanvraag handmatig bekijken?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lening|achteraf betalen|financiering] [in 3 seconden|direct|binnen een paar tellen] afgewezen, [zonder uitleg|zonder enige reden]. dat heeft [gewoon een computer|jullie systeem|een bot] bepaald! [ik wil dat een echte medewerker ernaar kijkt|ik wil een herbeoordeling door een echt persoon]",
            "mijn [account|rekening] is [automatisch|door het systeem] geblokkeerd, [zogenaamd wegens fraude|zonder dat ik iets gedaan heb]. kan [een echt mens|iemand van vlees en bloed] [dat nakijken|ernaar kijken] en [uitleggen|me vertellen] [hoe het systeem beslist|op basis waarvan jullie algoritme dat doet]?",
            "{hi}[mijn sollicitatie|mijn huuraanvraag|mijn aanvraag] werd [binnen een paar minuten|midden in de nacht] afgewezen – [klinkt als|lijkt op] een [automatische selectie|softwarefilter]. [ik vecht dat aan|dat wil ik aanvechten] en [wil|vraag om] een [menselijke beoordeling|beoordeling door een persoon]",
            "[waarom|hoezo] [betaal ik|krijg ik] [een hogere prijs|een duurdere premie|slechtere voorwaarden] dan [mijn vriendin|mijn buurman]? [als een algoritme dat berekend heeft|als jullie prijzen automatisch bepaald worden], [wil ik weten hoe dat werkt|wil ik uitleg over de logica] en [dat een mens het controleert|een handmatige check]",
            "[computer says no|de computer zegt nee], [echt?|lekker dan.] [achteraf betalen|een hogere limiet|mijn aanvraag] [afgewezen|geweigerd], terwijl [ik nooit schulden heb gehad|alles altijd op tijd betaald is]. [ik wil iemand spreken die het besluit opnieuw bekijkt|laat een mens dit opnieuw beoordelen]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 ster. [Krediet|Achteraf betalen|Financiering] [binnen seconden|automatisch] afgewezen, [zonder uitleg|geen mens heeft ernaar gekeken]. @{co} ik wil dat [een mens|een echte medewerker] dat besluit opnieuw beoordeelt!",
            "@{co} mijn account is [door jullie systeem|door een algoritme] geblokkeerd. [Ik betwist dit geautomatiseerde besluit|Ik maak bezwaar tegen dit automatische besluit] en [eis|wil] een beoordeling door een mens.",
            "⭐ [Sollicitatie|Aanvraag] na [2 minuten|een paar seconden] afgewezen, dat was [duidelijk gewoon een algoritme|een computer]. [Leg uit welke logica erachter zit|Vertel me welke criteria gebruikt zijn] en laat er een mens naar kijken.",
            "waarom betaal ik meer dan mijn huisgenoot?? [de prijs|mijn tarief] is automatisch berekend. wil dat een mens dat controleert. 2 sterren",
            "[De bot|De AI|Jullie automatische systeem] heeft [mijn betaling in termijnen afgewezen|mijn account geblokkeerd|mijn terugbetaling geweigerd]. [Volgens art. 22 AVG|Volgens de AVG] heb ik recht op [menselijke tussenkomst|een beoordeling door een mens], [en daar vraag ik hierbij om|en daar sta ik op]. [0 sterren als het kon|1/5]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mijn [leningaanvraag|kredietaanvraag|aanvraag] is [automatisch|door het systeem] afgewezen. kan [een mens|een medewerker] er nog eens naar kijken?",
            "hoe kan ik een [automatisch besluit|besluit van het algoritme] aanvechten? [mijn account is zomaar geblokkeerd|mijn aanvraag is afgewezen]",
            "is het mogelijk dat een [echt persoon|mens|medewerker] [de afwijzing|de blokkade van mijn account] beoordeelt? dat heeft [alleen de computer|een algoritme] besloten",
            "kunnen jullie uitleggen [hoe|op basis waarvan] het algoritme [mijn aanvraag heeft afgewezen|mijn prijs heeft bepaald|mijn account heeft geblokkeerd]? [ik wil dat een mens ernaar kijkt|]",
            "naar wie moet ik schrijven zodat [een mens|iemand] [het automatische besluit|de automatische afwijzing] [opnieuw beoordeelt|controleert]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: geautomatiseerde individuele besluitvorming (artikel 22 AVG)\n\nOp {date} is mijn aanvraag voor [een lening|achteraf betalen|een klantaccount] [binnen enkele seconden|automatisch] en zonder enige toelichting afgewezen. Ik ga ervan uit dat dit besluit uitsluitend is gebaseerd op geautomatiseerde verwerking, waaronder profilering, en dat het mij in aanmerkelijke mate treft. {acct}\n\nOp grond van artikel 22 AVG verzoek ik om:\n\n1. menselijke tussenkomst: een beoordeling van mijn aanvraag door een medewerker die het besluit kan wijzigen;\n2. nuttige informatie over de onderliggende logica en de belangrijkste factoren van het besluit;\n3. de gelegenheid om mijn standpunt kenbaar te maken en het besluit aan te vechten.\n\nGraag ontvang ik uw reactie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: intrekking van mijn toestemming (artikel 7 lid 3 AVG) en verzoek tot wissing (artikel 17 AVG)\n\nHierbij trek ik met onmiddellijke ingang alle toestemmingen in die ik {co} heb gegeven voor de verwerking van mijn persoonsgegevens. Omdat er geen andere rechtsgrond voor de verwerking is, verzoek ik u tevens op grond van artikel 17 lid 1 onder b AVG alle mij betreffende gegevens te wissen. {acct}\n\nIk verzoek u mij de intrekking en de wissing schriftelijk te bevestigen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nIk trek mijn toestemming voor de verwerking van mijn gegevens in en verzoek u mijn account en {data} te verwijderen. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: bezwaar tegen direct marketing (artikel 21 lid 2 AVG) en intrekking van mijn toestemming (artikel 7 lid 3 AVG)\n\nIk maak bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing, met inbegrip van daarmee verband houdende profilering. Daarnaast trek ik alle toestemmingen in die ik {co} heb gegeven om mij per e-mail, sms of telefoon commerciële berichten te sturen. {acct}\n\nGraag ontvang ik {deadline} de bevestiging dat mijn gegevens uit al uw marketingbestanden zijn verwijderd.{escalate}\n\n{sign_formal}",
            "{greet}\n\nHaal mij alstublieft van al uw mailinglijsten af. Ook trek ik de toestemming in die ik bij mijn aanmelding heb gegeven voor [de nieuwsbrief en aanbiedingen|telefonische verkoop en sms|gepersonaliseerde aanbiedingen]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: inzageverzoek (artikel 15 AVG) en verzoek om gegevensoverdraagbaarheid (artikel 20 AVG)\n\nIk verzoek u om een kopie van alle persoonsgegevens die {co} over mij verwerkt, samen met de informatie bedoeld in artikel 15 lid 1 AVG. {acct} Daarnaast verzoek ik u mij op grond van artikel 20 AVG de gegevens die ik zelf heb verstrekt te bezorgen in een gestructureerde, gangbare en machineleesbare vorm, zodat ik ze aan een andere aanbieder kan overdragen.\n\nGraag ontvang ik uw reactie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: bezwaar (artikel 21 lid 1 AVG) en beperking van de verwerking (artikel 18 lid 1 onder d AVG)\n\nVanwege mijn specifieke situatie maak ik bezwaar tegen de verwerking van mijn gegevens [voor profilering|voor analysedoeleinden|voor kredietbeoordeling] op grond van uw gerechtvaardigd belang. {acct} Zolang niet is vastgesteld of uw gerechtvaardigde gronden zwaarder wegen dan de mijne, verzoek ik u op grond van artikel 18 lid 1 onder d AVG de verwerking te beperken.\n\nGraag ontvang ik {deadline} de bevestiging van beide.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: rectificatie (artikel 16 AVG) en beperking van de verwerking (artikel 18 lid 1 onder a AVG)\n\nDe gegevens die u over mij bewaart, zijn onjuist: [u registreert een betalingsachterstand die nooit heeft bestaan|mijn geboortedatum klopt niet|u gebruikt een adres waar ik al jaren niet meer woon]. {acct} Ik verzoek u deze gegevens op grond van artikel 16 AVG te rectificeren en de verwerking tijdens uw controle op grond van artikel 18 lid 1 onder a AVG te beperken; in het bijzonder mogen de gegevens niet aan kredietregistratiebureaus worden doorgegeven.\n\nGraag ontvang ik {deadline} de bevestiging van de rectificatie.{escalate}\n\n{sign_formal}",
            "{greet}\n\nIn uw administratie [staat mijn geboortedatum verkeerd|staat mijn adres verkeerd|klopt mijn betalingsgeschiedenis niet]. Wilt u dit corrigeren en de gegevens niet gebruiken of doorgeven zolang de fout niet is hersteld? {acct}\n\n{sign}",
        ]},
    ],
};

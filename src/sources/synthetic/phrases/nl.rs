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
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nGraag ontvang ik een kopie van {data}[, inclusief mijn bestelgeschiedenis|]. {acct}\n\n{sign}",
            "{greet}\n\nOp grond van artikel 15 AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij verwerkt, voor welk doel en aan wie deze zijn verstrekt. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: inzageverzoek op grond van artikel 15 AVG\n\nHierbij verzoek ik u om inzage in alle persoonsgegevens die {co} over mij verwerkt. {acct} Ik ontvang graag een kopie van deze gegevens, evenals informatie over de verwerkingsdoeleinden, de categorieën van gegevens, de ontvangers, de bewaartermijn, de herkomst van de gegevens en het bestaan van geautomatiseerde besluitvorming, waaronder profilering.\n\nIk verzoek u {deadline} te reageren.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[verwijder|graag verwijderen] mijn account[ en al mijn gegevens|][ aub|.|]",
            "ik wil dat mijn gegevens [verwijderd|gewist] worden",
            "hoe verwijder ik mijn account definitief?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk gebruik [jullie dienst|de app] niet meer en verzoek u mijn account en {data} te verwijderen. Graag ontvang ik een bevestiging.\n\n{sign}",
            "{greet}\n\nOp grond van artikel 17 AVG verzoek ik u {data} te wissen. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreft: verzoek tot verwijdering van persoonsgegevens (artikel 17 AVG)\n\nHierbij verzoek ik u alle persoonsgegevens die u over mij verwerkt zonder onredelijke vertraging te wissen. {acct} De gegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld en ik trek eventuele toestemming hierbij in.\n\nIk verzoek u tevens eventuele ontvangers van mijn gegevens over de verwijdering te informeren en mij de verwijdering {deadline} schriftelijk te bevestigen.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mijn achternaam is verkeerd gespeld in mijn account, het moet {last} zijn",
            "kunnen jullie mijn geboortedatum aanpassen? die klopt niet",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Het adres|De geboortedatum|Mijn naam] in mijn account [klopt niet|is onjuist|is verouderd]. Graag laat ik dit corrigeren[ op grond van artikel 16 AVG|]. [Juist adres: {street} {d}{d}, {city}|Juiste datum: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "verkoop mijn gegevens niet aan derden[ aub|]",
            "ik wil niet dat mijn gegevens worden gedeeld met [adverteerders|derden|partners]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIk maak bezwaar tegen het verkopen en delen van mijn persoonsgegevens met derden, in het bijzonder voor advertentiedoeleinden. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[afmelden|uitschrijven|STOP]",
            "stop met het sturen van [reclame|nieuwsbrieven|sms'jes][!|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nGraag {email} verwijderen uit al jullie mailinglijsten. Ik heb me al meerdere keren afgemeld maar krijg nog steeds de nieuwsbrief.\n\n{sign}",
            "{greet}\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing. Ik wil geen reclame meer ontvangen. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ik trek mijn toestemming in voor [tracking|cookies|locatiegegevens]",
            "zet het volgen van mijn account uit aub",
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
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Soort verzoek: [Intrekken van toestemming|Toestemming intrekken|Herroeping toestemming]\nNaam: {name}\nE-mail: {email}\nBericht: [Ik trek mijn toestemming in voor [profilering|gepersonaliseerde reclame|locatietracking].|Verwerk mijn gegevens niet langer op basis van mijn toestemming.|Toestemming voor tracking en analyse ingetrokken.]",
            "{hi}[ik trek mijn toestemming in|toestemming ingetrokken], [geen analyse meer van mijn gegevens|geen tracking meer|geen personalisatie meer][ aub|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "toestemming voor [tracking|cookies|locatie|profilering] ingetrokken[ aub|]",
            "ik wil niet meer dat jullie mijn gegevens gebruiken voor [analyses|profilering|personalisatie]. ik trek mijn toestemming in",
            "{hi}waar kan ik mijn toestemming [voor gegevensverwerking|voor tracking] intrekken? ik wil het niet meer",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
    ],
};

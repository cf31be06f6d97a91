//! German: Germany, Austria, Switzerland (DSGVO wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "de",
    locales: &[("de-DE", 80), ("de-AT", 12), ("de-CH", 8)],
    first_names: &[
        "Anna", "Lena", "Julia", "Sabine", "Petra", "Katrin", "Laura", "Sophie", "Marie", "Lea",
        "Jana", "Claudia", "Monika", "Stefanie", "Franziska", "Jürgen", "Thomas", "Michael",
        "Andreas", "Stefan", "Markus", "Daniel", "Tobias", "Jan", "Lukas", "Felix", "Maximilian",
        "Jonas", "Florian", "Sebastian", "Uwe", "Klaus", "Dieter", "Matthias", "Björn", "Jörg",
        "Günther", "Özlem", "Mehmet", "Ayşe",
    ],
    last_names: &[
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
        "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Huber", "Gruber", "Yılmaz", "Kaya",
        "Brunner", "Keller",
    ],
    email_domains: &[
        "gmx.de", "web.de", "gmail.com", "t-online.de", "gmx.net", "outlook.de", "freenet.de",
        "posteo.de", "aon.at", "bluewin.ch", "icloud.com", "yahoo.de", "mailbox.org",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Hallo,", "Guten Tag,", "Hallo zusammen,", "Hallo {co}-Team,", "Liebes {co}-Team,",
            "Sehr geehrte Damen und Herren,", "Moin,", "Grüß Gott,", "Servus,", "Grüezi,", "Hallo liebes Support-Team,",
        ]),
        ("greet_formal", &[
            "Sehr geehrte Damen und Herren,", "Sehr geehrte Datenschutzbeauftragte, sehr geehrter Datenschutzbeauftragter,",
            "Sehr geehrtes {co}-Datenschutzteam,",
        ]),
        ("hi", &["hallo ", "hi ", "hey ", "", "", "", "moin ", "Hallo, ", "Guten Tag, "]),
        ("thanks", &[
            "Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Danke und viele Grüße",
            "Freundliche Grüße", "LG", "Vielen Dank im Voraus und viele Grüße", "Liebe Grüße",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nVon meinem iPhone gesendet",
            "{thanks}\n{name}\n{email}", "{thanks}, {first}",
        ]),
        ("sign_formal", &["Mit freundlichen Grüßen\n\n{name}", "Mit freundlichen Grüßen\n\n\n{name}\n{email}", "Hochachtungsvoll\n\n{name}"]),
        ("street", &[
            "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
            "Lindenallee", "Birkenweg", "Kirchgasse", "Bergstraße", "Am Markt", "Mozartgasse",
        ]),
        ("city", &[
            "10{d}{d}{d} Berlin", "80{d}{d}{d} München", "50{d}{d}{d} Köln", "20{d}{d}{d} Hamburg",
            "60{d}{d}{d} Frankfurt am Main", "70{d}{d}{d} Stuttgart", "04{d}{d}{d} Leipzig",
            "1{d}{d}0 Wien", "50{d}0 Salzburg", "80{d}{d} Zürich", "30{d}{d} Bern",
        ]),
        ("address", &["{name}\n{street} {d}{d}\n{city}", "{name}\n{street} {d}\n{city}"]),
        ("acct", &[
            "Mein Kundenkonto läuft unter {email}.", "Meine E-Mail-Adresse lautet {email}.",
            "Ich bin unter der Adresse {email} bei Ihnen registriert.", "Konto: {email}",
            "Mein Konto ist auf {name} ({email}) angemeldet.",
        ]),
        ("data", &[
            "meine personenbezogenen Daten", "alle meine Daten", "sämtliche Daten, die Sie über mich gespeichert haben",
            "alle zu meiner Person gespeicherten Daten", "meine Daten",
        ]),
        ("product", &[
            // All take "die" (feminine or plural): the templates say "die {product}".
            "Kopfhörer", "Kaffeemaschine", "Winterjacke", "Handyhülle", "Laufschuhe",
            "Schreibtischlampe", "Powerbank", "Bluetooth-Box", "Smartwatch", "Yogamatte",
        ]),
        ("agent", &[
            "Mitarbeiter: {co} Kundenservice, mein Name ist Weber, was kann ich für Sie tun?\n",
            "Agent: Guten Tag, Sie sprechen mit {co}, wie kann ich helfen?\n",
        ]),
        ("agent_verify", &[
            "Mitarbeiter: Gerne. Können Sie mir die E-Mail-Adresse zu Ihrem Konto nennen?\nKunde: Ja, {email}.\n",
            "Agent: Das schaue ich mir an. Wie ist Ihr Geburtsdatum?\nKunde: Der {date}.\n",
        ]),
        ("agent_close", &[
            "Mitarbeiter: Ich habe das weitergeleitet, Sie bekommen eine Bestätigung per E-Mail.\nKunde: Danke, tschüss.",
            "Agent: Alles klar, ist erledigt. Kann ich sonst noch etwas für Sie tun?\nKunde: Nein, danke.",
        ]),
        ("deadline", &[
            "innerhalb der gesetzlichen Frist von einem Monat", "unverzüglich, spätestens jedoch innerhalb eines Monats",
            "bis spätestens {date}",
        ]),
        ("escalate", &[
            " Sollte ich bis dahin keine Antwort erhalten, werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.",
            " Andernfalls behalte ich mir eine Beschwerde bei der Aufsichtsbehörde vor.", "",
        ]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[können|könnt] [Sie|ihr] mir [eine Kopie|einen Export|eine Übersicht] [meiner Daten|aller meiner Daten] schicken[?| bitte?]",
            "welche Daten [habt ihr|haben Sie] [über mich|von mir] gespeichert[?|??]",
            "ich möchte [wissen|sehen], was [ihr|Sie] [alles |]über mich [speichert|speichern|gespeichert habt]",
            "wie kann ich [meine Daten|alle meine Daten] [herunterladen|exportieren][?| aus der App?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[krass,|ey,|ok mal ehrlich:] ich hab [grad|gerade|heute] [ne Werbung|eine Anzeige|ne Mail] gesehen, die [viel zu viel|echt zu viel|verdächtig viel] über mich wusste. was [genau |]wisst ihr [eigentlich |]alles über mich[?|??]",
            "{hi}hab [vor Jahren|irgendwann mal|2019 oder so] nen Account bei {co} angelegt und [total vergessen|nie wieder benutzt]. [kann ich eine Auskunft kriegen|krieg ich ne Auflistung|gibts ne Liste], [was da alles über mich gespeichert ist|welche Infos da über mich liegen]?",
            "[gibts|gibt es] [bei euch |]eine [Datenauskunft|DSGVO-Auskunft|Selbstauskunft]? [würd|würde] gern [mal |]sehen, was [zu meinem Namen|unter {email}] [so |]alles [hinterlegt|abgelegt|gespeichert] ist",
            "mach mir [echt |langsam |]Sorgen um [meine Privatsphäre|den Datenschutz]. [zeigt|schickt] mir bitte [mal |]alles, was ihr [zu meiner Person|über mich] [gesammelt|abgespeichert|erfasst] habt[, inkl. Standort und Käufe|, auch Tracking-Daten|]",
            "auskunft bitte: [welche infos|was] habt ihr [zu mir|über mich] [und woher|und an wen ging das|]? [account|konto]: {email}",
            "[Frage|kurze Frage] zu meinem {co}-[Profil|Account|Konto]: [kann ich|darf ich] [einsehen|nachschauen], welche persönlichen Angaben ihr [da |]drin habt?[ ich will einfach wissen, woran ich bin| nur aus Datenschutzgründen|]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. Seit Wochen frage ich, welche Daten {co} über mich gespeichert hat, und bekomme keine Antwort. [Ich will endlich eine Auskunft!|Gebt mir endlich meine Datenauskunft!|Art. 15 DSGVO schon mal gehört?]",
            "@{co} [welche Daten habt ihr eigentlich über mich?|was wisst ihr alles über mich?] [Ich will eine Kopie davon.|Schickt mir bitte eine Kopie.|Bitte um Auskunft per DM.]",
            "⭐ App ist ok, aber ich [will|möchte] endlich [sehen|wissen], welche persönlichen Daten ihr [über mich|zu meinem Konto] [speichert|gesammelt habt]. [Bitte um eine vollständige Übersicht.|Wo bleibt meine Auskunft?]",
            "[2 Sterne|⭐⭐]. [Hab|Habe] vor einem Monat eine Selbstauskunft angefordert, bis heute nichts. [Liebes|Hey] {co}-Team, schickt mir bitte endlich [alle Daten, die ihr über mich habt|eine Kopie meiner gespeicherten Daten].",
            "auskunft nach dsgvo angefordert, keine reaktion. @{co} ich will wissen was ihr alles über mich gespeichert habt!!",
            "Tolle Funktionen, aber null Transparenz. [Ich möchte|Ich verlange] [Einsicht in meine|eine Aufstellung meiner] gespeicherten Daten[, und zwar alle, auch Standort und Kaufverlauf|]. [3 Sterne bis dahin.|Dann gibt es auch mehr Sterne.]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich [sehen|rausfinden|erfahren], welche Daten ihr über mich [gespeichert habt|habt|speichert]?",
            "kann ich [eine Kopie|eine Übersicht|einen Auszug] [meiner Daten|von allen Daten, die ihr über mich habt] bekommen?",
            "ist es möglich, eine [Datenauskunft|Auskunft über meine Daten|Selbstauskunft] zu [bekommen|beantragen]? [wie lange dauert das?|]",
            "was wisst ihr [eigentlich |]alles über mich? [könnt ihr mir das schicken?|kann ich das irgendwo einsehen?]",
            "wo kann ich [meine gespeicherten Daten|die Daten, die {co} über mich hat,] [einsehen|anfordern|abrufen]? [find nix in der app|]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[ich bitte Sie|bitte senden Sie mir] [um eine Kopie|eine Kopie] {data}[, inklusive Bestellhistorie und Kontaktdaten|]. {acct}\n\n{sign}",
            "{greet}\n\nhiermit mache ich von meinem Auskunftsrecht [nach Art. 15 DSGVO|gemäß Art. 15 DSGVO|] Gebrauch. Bitte teilen Sie mir mit, welche Daten Sie über mich speichern, zu welchem Zweck und an wen sie weitergegeben wurden. {acct}\n\n{sign}",
            "{greet}\n\nkönnten Sie mir bitte mitteilen, welche personenbezogenen Daten {co} zu meiner Person verarbeitet? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAuskunftsersuchen nach Art. 15 DSGVO\n\nhiermit bitte ich um Auskunft darüber, ob Sie personenbezogene Daten zu meiner Person verarbeiten. {acct} Falls ja, bitte ich um:\n\n1. eine Kopie aller gespeicherten Daten;\n2. die Verarbeitungszwecke;\n3. die Kategorien der verarbeiteten Daten;\n4. die Empfänger, insbesondere in Drittländern;\n5. die geplante Speicherdauer;\n6. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;\n7. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.\n\nBitte beantworten Sie meine Anfrage {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "portability", weight: 1, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich wechsle den Anbieter und möchte mein Recht auf Datenübertragbarkeit [nach Art. 20 DSGVO|] nutzen. Bitte schicken Sie mir {data} in einem maschinenlesbaren Format (z. B. CSV oder JSON). {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Kunde: Ja, hallo, ich hätte gern eine Auskunft, welche Daten Sie über mich gespeichert haben.\n{agent_verify}{agent_close}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}bitte [löschen Sie|löscht] mein Konto[ und alle meine Daten| komplett|][.|!|]",
            "ich will, dass [meine Daten|mein Account] [gelöscht|entfernt] [wird|werden][, und zwar sofort|!|.|]",
            "wie kann ich meinen Account [komplett|endgültig|dauerhaft] löschen[?|??]",
            "[löscht|Löschen Sie] [bitte |]alles, was ihr über mich habt",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}bin [zur Konkurrenz gewechselt|jetzt bei einem anderen Anbieter|fertig mit {co}] und brauch [den Account|das Konto] nicht mehr. [bitte alles weg|macht bitte alles weg|bitte komplett entfernen], [auch meine Daten|inkl. aller Daten|samt Profil]",
            "[die App|euer Service|{co}] hat mich [nur genervt|echt enttäuscht]. [wie werd ich|wie werde ich] mein Profil [endgültig|für immer|ein für alle mal] los, [mit allen|samt allen] [Daten|Infos] dazu[?|??]",
            "hab grad [bemerkt|gemerkt], dass ich [noch |][nen alten Account|ein uraltes Konto] bei euch hab ([{email}|von früher]). [bitte|pls|bitte einfach] [restlos|vollständig|komplett] [entfernen|löschen][, danke|, thx|]",
            "[account löschen|konto löschen|profil löschen]!!! [ich will|will] raus aus [eurer Datenbank|dem System] und zwar [mit allem|mit allen meinen daten|komplett]",
            "[wo find ich|wo ist] [in der App|in den Einstellungen] [den Button|die Option] zum [Löschen|Entfernen] meines [Accounts|Kontos]? [deaktivieren reicht mir nicht|nur deaktivieren will ich nicht], [meine Daten sollen weg|alles soll weg]",
            "[wegen Datenschutz|aus Datenschutzgründen|nach dem ganzen Datenleck] [möchte|will] ich, dass ihr [alles zu meiner Person|mein Profil mit allen Angaben] [unwiderruflich löscht|dauerhaft entfernt|vernichtet].[ Bestätigung bitte per Mail.| bitte kurz bestätigen|]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. [Konto löschen|Account löschen] geht in der App nicht. @{co} [löscht endlich mein Konto|löscht meinen Account] und alle meine Daten!",
            "⭐ [Ich will|Will] mein Profil löschen, aber [es gibt keinen Button|nirgends gibt es eine Option]. [Bitte löscht alles über mich.|Löscht bitte meine Daten komplett.]",
            "@{co} bitte meinen Account [({email}) |]und [alle|sämtliche] Daten [löschen|entfernen]. [Danke.|Ich nutze das nicht mehr.|]",
            "[Abzocke|Finger weg]! Seit drei Wochen warte ich darauf, dass ihr mein Konto [löscht|endgültig löscht]. [Ich will, dass meine Daten vollständig gelöscht werden.|Löscht endlich alles, was ihr über mich gespeichert habt!]",
            "[0 Sterne, wenn es ginge|1/5]. Deinstalliert. [Ich fordere die Löschung meines Kontos und meiner Daten nach Art. 17 DSGVO.|Bitte radiert mein Konto samt allen Daten aus eurer Datenbank.]",
            "loescht mein konto. jetzt. danke @{co}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich mein [Konto|Kundenkonto|Profil] [löschen|komplett löschen lassen]? [find die Option nicht|]",
            "könnt ihr [mein Konto|meinen Account] [und alle meine Daten |]löschen? [brauch es nicht mehr|]",
            "ist es möglich, [meine Daten|alle meine Daten] [komplett|endgültig|vollständig] löschen zu lassen?",
            "was muss ich machen, damit ihr [meinen Account|mein Konto] [für immer|endgültig] löscht?",
            "wo kann ich [meinen Account|mein Konto] [löschen|kündigen und löschen]? [in der App seh ich nix|]",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich nutze [Ihren Dienst|mein Konto bei {co}|die App] nicht mehr und bitte Sie, mein Kundenkonto sowie {data} zu löschen. [Bitte bestätigen Sie mir die Löschung.|Über eine kurze Bestätigung würde ich mich freuen.|]\n\n{sign}",
            "{greet}\n\nhiermit fordere ich Sie auf, {data} [gemäß Art. 17 DSGVO|nach Art. 17 DSGVO|] unverzüglich zu löschen. {acct}\n\n{sign}",
            "{greet}\n\nich habe mich [vor einiger Zeit|letztes Jahr] nur für eine einzige Bestellung registriert. Bitte löschen Sie das Konto und {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nAntrag auf Löschung meiner personenbezogenen Daten gemäß Art. 17 DSGVO\n\nhiermit verlange ich die unverzügliche Löschung sämtlicher zu meiner Person gespeicherten Daten. {acct} Die Daten sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig; eine etwaige Einwilligung widerrufe ich hiermit.\n\nSofern Sie meine Daten an Dritte weitergegeben haben, fordere ich Sie auf, diese gemäß Art. 19 DSGVO über die Löschung zu informieren. Sollten gesetzliche Aufbewahrungspflichten einer vollständigen Löschung entgegenstehen, bitte ich um Sperrung der betroffenen Daten und um Mitteilung, welche Daten aus welchem Grund und wie lange aufbewahrt werden.\n\nBitte bestätigen Sie mir die Löschung schriftlich {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ich möchte nicht, dass {co} noch irgendetwas über mich gespeichert hat. Bitte sorgen Sie dafür, dass nach meiner Kündigung nichts mehr von mir übrig bleibt.",
            "Ich wurde [ohne mein Wissen|versehentlich] mit {email} registriert. Bitte entfernen Sie diese Adresse und alle damit verbundenen Angaben aus Ihrer Datenbank.",
        ]},
        Family { intent: Deletion, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Kunde: Ich möchte mein Konto kündigen und dass alle meine Daten gelöscht werden, nicht nur deaktiviert.\n{agent_verify}{agent_close}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mein [Name|Nachname] ist [in meinem Konto |]falsch geschrieben, richtig ist {last}",
            "[könnt ihr|können Sie] mein Geburtsdatum korrigieren? [das stimmt nicht|da steht das falsche Jahr]",
            "meine [Adresse|Telefonnummer] [bei euch|in meinem Profil] ist [veraltet|falsch][, bitte ändern|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}bin [umgezogen|letzten Monat umgezogen|vor kurzem umgezogen] und [die Rechnung|das Paket|die Post] [ging|kam] [trotzdem |]an die alte Adresse. [könnt ihr die neue eintragen|bitte meine Anschrift updaten|bitte das anpassen]: {street} {d}{d}, {city}",
            "[hab|habe] [ne neue Handynummer|eine neue Nummer|seit kurzem ne neue Nummer]. [bitte|könnt ihr die] in meinem [Kundenkonto|Profil|Account] [aktualisieren|updaten|ersetzen][?|, die alte gibts nicht mehr]",
            "auf [meiner Rechnung|der Rechnung zu Bestellung {order}|meinem Vertrag] steht [ein Tippfehler im Namen|mein Name falsch|ein falscher Vorname]. ich heiße {first} {last}, [bitte berichtigen|bitte ausbessern|danke fürs Anpassen]",
            "hab [geheiratet|mich scheiden lassen] und heiße jetzt {last}. [wie kann ich|kann man] den Namen [im Account|bei euch] [ändern lassen|anpassen|umschreiben lassen][?|??]",
            "[euer System|die App] [zeigt|hat] [ein falsches Geburtsdatum|das falsche Geburtsjahr] [bei mir|in meinem Profil], [deshalb|darum] [klappt die Altersprüfung nicht|werd ich als minderjährig eingestuft]. richtig ist der {date}, [bitte korrigieren|bitte fixen]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. In meinem Profil steht [die falsche Adresse|ein falsches Geburtsdatum|mein alter Nachname] und man kann das in der App nicht ändern. @{co} bitte korrigieren!",
            "@{co} [mein Name ist falsch geschrieben|ihr habt meinen Namen falsch gespeichert], richtig ist {name}. [Bitte ändert das in meinem Konto.|Könnt ihr das bitte berichtigen?]",
            "⭐⭐ [Bin umgezogen|Ich bin umgezogen], neue Adresse {street} {d}, aber ihr [schickt immer noch alles|liefert immer noch] an die alte. [Bitte aktualisiert meine Adresse!|Ich will, dass meine Daten korrigiert werden.]",
            "meine telefonnummer bei euch ist veraltet, bitte auf die neue ändern. in der app geht das nicht #fail",
            "[Seit Monaten|Schon ewig] ist mein Geburtsdatum falsch hinterlegt. [Richtig ist der {date}.|Es ist der {date}, nicht das, was bei euch steht.] [Ich verlange die Berichtigung meiner Daten.|Berichtigt das bitte endlich!] [2 Sterne|⭐⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich meine [Adresse|Anschrift] ändern? ihr habt [noch die alte|eine falsche] gespeichert[, die neue ist {street} {d}|]",
            "könnt ihr mein Geburtsdatum [korrigieren|berichtigen]? [da steht was falsches|das ist falsch eingetragen]",
            "ist es möglich, meinen Namen [zu korrigieren|ändern zu lassen]? der ist [falsch geschrieben|nicht richtig] [in meinem Konto|bei euch]",
            "wo kann ich meine [Telefonnummer|Handynummer] [ändern|aktualisieren]? die [bei euch gespeicherte|alte] stimmt nicht mehr",
            "was muss ich tun, damit ihr [meine falschen Daten|meine Adresse] [korrigiert|richtigstellt]? [bin umgezogen|da ist ein tippfehler drin]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[die bei Ihnen hinterlegte Adresse|mein gespeichertes Geburtsdatum|die Schreibweise meines Namens] ist [nicht korrekt|falsch|veraltet]. Bitte berichtigen Sie die Angaben [gemäß Art. 16 DSGVO|]. [Neue Adresse: {street} {d}{d}, {city}|Richtig ist: {date}|Richtig ist: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nich habe [geheiratet|meinen Namen geändert|umgezogen] und in Ihren Unterlagen stehen noch [mein alter Name|meine alte Anschrift]. Bitte aktualisieren Sie meine Daten. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBerichtigung unrichtiger Daten nach Art. 16 DSGVO\n\nmir ist aufgefallen, dass die bei {co} über mich gespeicherten Daten unrichtig sind: [mein Geburtsdatum ist falsch erfasst|mein Name ist falsch geschrieben|Sie führen einen Zahlungsverzug, der nicht besteht]. {acct}\n\nIch fordere Sie auf, diese Daten unverzüglich zu berichtigen und etwaige Empfänger gemäß Art. 19 DSGVO zu informieren. Bitte bestätigen Sie mir die Berichtigung schriftlich.\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "bitte [verkauft|gebt] meine Daten nicht an Dritte [weiter|]",
            "ich will nicht, dass meine Daten an [Werbepartner|Datenhändler|Dritte] [verkauft|weitergegeben] werden",
            "wo kann ich der Weitergabe meiner Daten [für Werbung|an Partner] widersprechen?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "seit ich bei {co} [bestellt hab|angemeldet bin] krieg ich [Post|Anrufe|Spam] von [Firmen|Läden], die ich [gar nicht kenne|noch nie gehört hab]. [verscherbelt|vertickt] ihr [etwa |]meine Adresse? [hört auf, meine Daten zu verkaufen|meine Daten bitte nicht mehr weiterverkaufen]!",
            "[bitte|pls] [teilt|sharet] meine Daten [nicht mehr|ab sofort nicht mehr] mit [Partnerfirmen|Werbenetzwerken|Facebook und Google|irgendwelchen Data Brokern]. [hab das in der Datenschutzerklärung gelesen und find das nicht ok|hab in den AGB gelesen, dass ihr das macht]",
            "[wo kann ich|kann ich irgendwo] [einstellen|festlegen], dass {co} meine [Infos|Daten|Kaufhistorie] nicht an [Dritte|andere Firmen|Werbekunden] [verkauft|vermarktet|weiterreicht]?",
            "opt-out [vom Datenverkauf|vom Data Sharing] bitte. [meine Daten|meine Email und Adresse] gehen [sonst |]niemanden was an[, auch keine Partner|]",
            "[hab|habe] ne [personalisierte |]Werbung von [einer anderen Firma|nem fremden Shop] bekommen, [mit meinem Namen drauf|die genau wusste, was ich bei euch gekauft hab]. [wenn ihr Kundendaten weitergebt: bei mir bitte nicht mehr|gebt meine Daten bitte nicht mehr an Dritte raus]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. [Seit ich die App habe|Seit ich mich angemeldet habe] bekomme ich Werbung von Firmen, die ich nicht kenne. @{co} hört auf, meine Daten [an Dritte weiterzugeben|zu verkaufen|an Werbepartner zu verticken]!",
            "@{co} [ich will nicht|ich möchte nicht], dass meine Daten an [Partner|Werbepartner|Datenhändler|Dritte] [verkauft|weitergegeben] werden. Bitte [stoppt das|stellt das ab] für mein Konto.",
            "⭐ Laut Datenschutzerklärung [teilt|verkauft] ihr Nutzerdaten an [Werbenetzwerke|Partnerfirmen]. [Ich widerspreche dem Verkauf meiner Daten.|Meine Daten gebt ihr bitte NICHT weiter.|Nicht mit meinen Daten!]",
            "meine daten bitte nicht an dritte weitergeben oder verkaufen!! 2 sterne",
            "[Gute App|Eigentlich gut], aber: [Ich will nicht, dass {co} meine Daten mit anderen Firmen teilt.|Meine Daten gehören mir und nicht irgendwelchen Datenhändlern.] [Bitte nehmt mich von der Weitergabe aus.|Stoppt die Weitergabe an Dritte.]",
            "Hab gemerkt, dass [ein Adresshändler|eine fremde Firma] meine Daten von euch hat. @{co} hört sofort auf, meine Daten zu verkaufen!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}verkauft ihr meine Daten [an andere Firmen|an Dritte|an Werbefirmen]? wenn ja, [wie kann ich das stoppen|könnt ihr das bitte lassen]?",
            "wie kann ich verhindern, dass ihr meine Daten an [Partner|Dritte|Werbepartner] weitergebt?",
            "kann man [irgendwo |]einstellen, dass meine Daten [nicht verkauft|nicht an Dritte weitergegeben] werden?",
            "was muss ich tun, damit ihr meine Daten nicht mehr [an Werbefirmen|an Datenhändler|an Partnerfirmen] [verkauft|weitergebt]?",
            "könnt ihr aufhören, meine Daten [mit anderen Firmen zu teilen|an Dritte zu verkaufen]? [wo kann ich das ablehnen?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich widerspreche hiermit der Weitergabe und dem Verkauf meiner personenbezogenen Daten an Dritte, insbesondere zu Werbezwecken. {acct}\n\n{sign}",
            "{greet}\n\n[ich habe festgestellt|mir ist aufgefallen], dass meine Daten bei einem Adresshändler gelandet sind. Bitte geben Sie meine Daten nicht mehr an [Partner|Dritte] weiter. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[bitte |]keine [Werbung|Newsletter|Werbe-Mails|SMS] mehr[!|.|]",
            "[abmelden|Newsletter abbestellen|bitte vom Newsletter abmelden]",
            "hört auf, mir [Werbung|Angebote] zu schicken[!|.|]",
            "wie melde ich mich vom Newsletter ab[?|, der Link geht nicht]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[jeden Tag|täglich|dreimal die Woche] [Mails|Rabatt-Mails|Promo-Mails] von euch, [mein Postfach ist zugemüllt.|das nervt total.|echt jetzt?] [tragt mich aus dem Verteiler aus|nehmt {email} aus der Mailingliste|unsubscribe bitte]",
            "[der Unsubscribe-Link|der Abmeldelink] [funktioniert nicht|führt ins Leere|gibt nur nen Fehler] und ich krieg [immer noch|trotzdem weiter] [euren Spam|eure Angebote|Werbung]. [bitte manuell austragen|könnt ihr mich manuell rausnehmen?]",
            "[stopp|STOP] [mit den Werbeanrufen|mit den Promo-SMS|mit dem Telefonmarketing]! [ich will|will] [von {co} |]keine [Angebote|Aktionen|Deals] mehr [aufs Handy|per SMS|am Telefon]",
            "{hi}[kann man|wie kann ich] die [Marketing-Mails|Push-Nachrichten mit Angeboten|Werbe-Emails] [abstellen|ausschalten|loswerden]? [die anderen Mails (Rechnung usw.) sind ok|Bestellbestätigungen will ich schon, nur keine Werbung]",
            "[1 Stern|Ein Stern]: [die App ist ok, aber|eigentlich ganz gut, aber] [ständig|dauernd] Werbe-[Pushs|Mails|SMS], [obwohl ich mich abgemeldet hab|obwohl ich das nie wollte]. [hört endlich auf mit dem Marketing|lasst mich mit eurem Newsletter in Ruhe]",
            "nach [einer einzigen Bestellung|meinem ersten Kauf] [bin ich|landete ich] [plötzlich |]in eurem Newsletter. [bitte streichen|austragen bitte|will ich nicht], [keine Werbung mehr an {email}|danke]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. Jeden Tag [Spam|Werbemails|drei Newsletter] von {co}. [Ich will mich abmelden!|Abmelden funktioniert nicht!] [Hört auf, mir Werbung zu schicken.|Nehmt mich endlich aus dem Verteiler.]",
            "@{co} bitte [keine Werbung mehr|keine Newsletter mehr|keine Werbe-SMS mehr] an {email}. Danke.",
            "⭐ [Der Abmeldelink im Newsletter|Der Abbestellen-Link] [geht nicht|führt ins Leere]. Ich will [euren Newsletter abbestellen|keine Marketing-Mails mehr]!",
            "newsletter abbestellen unmöglich. ich will KEINE werbung mehr. 1 stern",
            "[Nervig|Total nervig]: [ständig|dauernd] Werbeanrufe und SMS mit Angeboten, obwohl ich [das nie wollte|nie zugestimmt habe]. @{co} [tragt mich aus|streicht mich von eurer Werbeliste]!",
            "[2 Sterne|⭐⭐] wegen [Spam|der Mailflut]. [Bitte meldet mich von allen Werbe-E-Mails ab.|Ich widerspreche der Nutzung meiner Daten für Werbung.] [Die App an sich ist ok.|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich [mich vom Newsletter abmelden|den Newsletter abbestellen]? [krieg jeden Tag Mails|]",
            "könnt ihr [aufhören, mir Werbung zu schicken|mir keine Werbemails mehr schicken]?",
            "wie stelle ich die [Werbe-SMS|Angebots-SMS|Werbeanrufe] ab? [nervt echt|]",
            "wo kann ich [die Werbemails|den Newsletter|eure Angebote per Mail] abbestellen? [der Link unten geht nicht|]",
            "was muss ich tun, damit ihr mir [keine Werbung|keine Newsletter|keine Angebote] mehr [schickt|per Mail schickt]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nbitte streichen Sie {email} aus allen Werbeverteilern. Ich habe mich [bereits zweimal|mehrfach] abgemeldet, bekomme aber weiterhin Ihren Newsletter.\n\n{sign}",
            "{greet}\n\nich widerspreche der Nutzung meiner Daten für Werbezwecke [gemäß Art. 21 Abs. 2 DSGVO|]. Bitte schicken Sie mir keine Werbung mehr, weder per E-Mail noch per Post. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ich widerrufe meine Einwilligung [zum Tracking|zur Datenverarbeitung|zu Cookies][.|!|]",
            "bitte [deaktiviert|stoppt] das [Tracking|Standort-Tracking] für mein Konto",
            "ich bin nicht mehr einverstanden, dass ihr meine Daten für [personalisierte Werbung|Profiling|Analysen] nutzt",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hab [beim Installieren|bei der Anmeldung|damals] [zugestimmt|ja geklickt], dass die App [meinen Standort|meine Fitness- und Gesundheitsdaten|meine Kontakte] nutzen darf. [das ziehe ich zurück|die Zustimmung nehm ich zurück|das will ich nicht mehr]",
            "ihr dürft [die Fotos von mir|mein Foto|das Video mit mir] [ab sofort |]nicht mehr [auf eurer Website|auf Instagram|im Katalog] verwenden. [hab damals ja gesagt, aber jetzt nicht mehr|die Erlaubnis von damals ziehe ich zurück]",
            "[wie kann ich|wo kann ich] die Cookie-[Zustimmung|Einwilligung] [zurücknehmen|widerrufen|wieder rausnehmen]? [hab aus Versehen|hab versehentlich] [„Alle akzeptieren“|alles akzeptieren] geklickt",
            "{hi}ihr [nehmt|speichert] [meine Sprachaufnahmen|die Aufnahmen meiner Anrufe|meine Chats] für [das Training eurer KI|Qualitätszwecke]. [meine Zustimmung dazu ist hiermit weg|dafür entziehe ich euch die Erlaubnis|mein OK dazu nehm ich zurück]",
            "[die Analytics|das Tracking in der App|das Nutzungs-Tracking] [hab ich damals erlaubt|war mal aktiviert], [aber|doch] [seit dem Datenleck|inzwischen] [bin ich nicht mehr einverstanden|will ich das nicht mehr]. [bitte Häkchen raus|bitte auf nein setzen|Einwilligung zurück]",
            "[meine Gesundheitsdaten|die Daten aus meinem Zyklus-Tracker|meine Schlafdaten] [dürft ihr|sollt ihr] [nicht mehr auswerten|ab jetzt nicht mehr verarbeiten]. [die Einwilligung dafür nehm ich zurück|ich entziehe mein Einverständnis]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. Die App will [ständig|immer] meinen Standort. [Ich ziehe meine Einwilligung zur Standortverfolgung zurück|Ich widerrufe meine Zustimmung zum Standort-Tracking], @{co} bitte respektiert das.",
            "@{co} ich hab damals [dem Tracking|den Cookies|der Nutzungsanalyse] zugestimmt, [will das aber nicht mehr|das nehme ich jetzt zurück]. [Hiermit widerrufe ich.|Bitte Einwilligung widerrufen.|Zustimmung zurückgezogen.]",
            "⭐⭐ [Ihr nutzt meine Fotos|Ihr verwendet meine Bilder] für Werbung auf Insta. Meine [Erlaubnis|Einwilligung] dafür [ziehe ich hiermit zurück|nehme ich zurück]!",
            "einwilligung widerrufen fuer gesundheitsdaten aus der fitness-app. will nicht mehr dass ihr die verarbeitet",
            "[Hab beim Einrichten|Hab bei der Anmeldung] [aus Versehen|ohne nachzudenken] [allem|der Personalisierung] zugestimmt. [Ich widerrufe meine Einwilligung zur personalisierten Auswertung.|Bitte nehmt meine Zustimmung zur Datenanalyse zurück.] [3 Sterne|⭐⭐⭐]",
            "Meine Sprachaufnahmen [dürft ihr nicht mehr verwenden|will ich nicht mehr ausgewertet haben]. @{co}, ich [entziehe euch meine Zustimmung dazu|widerrufe meine Einwilligung dazu]. [1 Stern.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich meine Einwilligung zur [Standortermittlung|Standortnutzung] [widerrufen|zurückziehen]?",
            "kann ich meine [Zustimmung|Einwilligung] für [Cookies und Tracking|die Nutzung meiner Fotos|die Auswertung meiner Gesundheitsdaten] [widerrufen|zurücknehmen]?",
            "ist es möglich, die Einwilligung [zu widerrufen|zurückzuziehen], die ich [bei der Anmeldung|damals] für [das Tracking|die Personalisierung] gegeben habe?",
            "wo kann ich [meine Einwilligung|mein Einverständnis] für [die Gesprächsaufzeichnung|die Nutzung meiner Gesundheitsdaten|das Standort-Tracking] [widerrufen|zurückziehen]?",
            "was muss ich machen, damit meine [Zustimmung|Einwilligung] zur [Analyse|Nutzung meiner Fotos|Ortung] [nicht mehr gilt|widerrufen ist]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nhiermit widerrufe ich meine Einwilligung in die Verarbeitung meiner Daten [für personalisierte Werbung|zu Analysezwecken|zur Standortauswertung] mit Wirkung für die Zukunft [(Art. 7 Abs. 3 DSGVO)|]. {acct}\n\n{sign}",
            "{greet}\n\nmeine bei der Anmeldung erteilte Einwilligung in [die Weitergabe meiner Daten an Partner|die Auswertung meines Kaufverhaltens|den Empfang personalisierter Angebote] ziehe ich hiermit zurück [(Art. 7 Abs. 3 DSGVO)|]. Bitte stellen Sie diese Verarbeitung ein. {acct}\n\n{sign}",
            "{greet}\n\nich bin nicht länger damit einverstanden, dass {co} [meine Standortdaten|meine Nutzungsdaten|meine Kaufhistorie] für [Analysen|Werbung|Empfehlungen] verwendet, und widerrufe meine Einwilligung. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Anliegen: [Konto löschen|Löschung meiner Daten|Datenlöschung (Art. 17 DSGVO)]\nName: {name}\nE-Mail: {email}\nNachricht: [Bitte mein Konto und alle Daten löschen.|Ich möchte nicht mehr bei Ihnen registriert sein.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Anliegen: [Datenauskunft|Auskunft nach Art. 15 DSGVO|Kopie meiner Daten]\nName: {name}\nE-Mail: {email}\nNachricht: [Bitte senden Sie mir eine Übersicht meiner gespeicherten Daten.|]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "kann ich die Lieferadresse für Bestellung {order} noch ändern?",
            "liefert ihr auch nach [Österreich|in die Schweiz|Luxemburg]? und was kostet der Versand?",
            "der Paketbote hat mein Paket [beim Nachbarn|vor der Tür im Regen] abgestellt. [Nicht so toll.|Geht das auch anders?]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "gibt es die {product} auch in [Schwarz|einer größeren Größe|anderen Farben]?",
            "{greet}\n\nwann ist die {product} wieder lieferbar? Ich würde gern zwei Stück bestellen.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}wo bleibt meine Bestellung {order}[?|??]",
            "meine Bestellung {order} ist immer noch nicht da[, die Sendungsverfolgung tut sich seit Tagen nicht|. Gibt es was Neues?|]",
            "{greet}\n\nich habe am {date} bestellt (Bestellnummer {order}) und noch keine Versandbestätigung erhalten. Wann wird die Ware verschickt?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nmir wurde für [die Bestellung {order}|mein Abo] [doppelt abgebucht|zweimal Geld abgebucht] ({amount} €). Bitte erstatten Sie den doppelten Betrag.\n\n{sign}",
            "warum kostet mein Abo plötzlich {amount} €? [davon stand nirgends was|ist das ein Fehler?]",
            "{hi}könnt ihr mir die Rechnung für Bestellung {order} nochmal schicken? [Finde sie nicht mehr|Brauche sie für die Steuer]",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nich habe die {product} vor [zwei|drei] Wochen zurückgeschickt (Bestellung {order}) und noch keine Erstattung über {amount} € erhalten.\n\n{sign}",
            "die {product} kam [kaputt|beschädigt] an. [Ich hätte gern mein Geld zurück.|Bitte um Ersatz.]",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview, Email], hard_negative: false, texts: &[
            "die App stürzt [jedes Mal|ständig] ab, wenn ich [bezahlen|den Warenkorb öffnen|ein Foto hochladen] will",
            "[1 Stern|2 Sterne]. seit dem letzten Update [geht gar nichts mehr|kann ich mich nicht einloggen]. bitte fixen",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ich komme nicht mehr in mein Konto und die Mail zum Zurücksetzen des Passworts kommt nicht an[. Spam-Ordner ist auch leer|]",
            "{hi}Passwort vergessen, und die Zwei-Faktor-SMS geht an meine alte Nummer. Was tun?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super App|tolle App|top Service], [alles schnell da|klappt einwandfrei|immer wieder gern][!|]",
            "wollte nur mal Danke sagen, [der Support|eure Hotline] hat mir [super|echt schnell] geholfen!",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nbitte kündigen Sie mein [Abo|Premium-Abo] zum Ende der Laufzeit. Mein Kundenkonto möchte ich behalten.\n\n{sign}",
            "wie kann ich mein Abo pausieren, ohne meine [Punkte|Merkliste] zu verlieren?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Kurze Frage: Werden meine Kreditkartendaten bei euch gespeichert? Will nur sichergehen, dass alles sicher ist.",
            "wo finde ich eure Datenschutzerklärung? [Der Link unten auf der Seite geht nicht|In der App finde ich sie nicht]",
            "Finde es super, dass ihr keine Kundendaten verkauft. Deshalb bestelle ich bei euch!",
            "Ist {co} DSGVO-konform? Wir überlegen, für unsere Firma ein Team-Abo abzuschließen.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "wie lösche ich einen Artikel aus dem Warenkorb?",
            "kann ich die Bestellung {order} noch stornieren? hab die falsche Größe genommen",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Seit ich bei {co} angemeldet bin, bekomme ich Werbung, die [erstaunlich|viel zu] genau zu mir passt. Ich möchte wissen, was Sie alles über mich gespeichert haben und an wen es weitergegeben wurde.",
            "Nach [dem Datenleck|dem Sicherheitsvorfall|dem Bericht in der Presse] möchte ich wissen, welche meiner Daten bei Ihnen [überhaupt |]gespeichert sind. [Können Sie mir das sagen?|Bitte um eine Übersicht.]",
            "{hi}was [wisst ihr|speichert ihr] eigentlich alles über mich? [standort, kontakte, käufe?|würde gern alles sehen]",
            "{greet}\n\nmein [Anwalt|Steuerberater|Arbeitgeber] braucht eine Aufstellung aller Daten, die {co} über mich hat. Könnten Sie mir [eine Kopie meiner Akte|alle gespeicherten Informationen] zusenden?\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[zum dritten Mal|schon wieder|ich hab es schon zweimal geschrieben]: [LÖSCHT MEIN KONTO|löscht endlich mein Konto] und alle meine Daten[!|!!|.]",
            "in der App gibt es [keinen Button zum Löschen|keine Möglichkeit, das Konto zu löschen]. ich will [mein Konto|alles] weg haben, [samt|inklusive] aller Daten",
            "[Nicht deaktivieren, LÖSCHEN.|Ich will kein Konto mehr bei euch.] Entfernt [meine Daten|alles über mich] aus eurem System[, sonst gehe ich zur Datenschutzbehörde|].",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ich habe [geheiratet|meinen Namen geändert] und heiße jetzt {last}. In Ihren Unterlagen steht noch der alte Name, bitte [ändern|aktualisieren] Sie das.",
            "Ihre Briefe gehen immer noch an meine alte Adresse. Ich wohne seit [März|letztem Jahr] in der {street} {d}{d}, {city}. Bitte korrigieren Sie [das|meine Anschrift] in Ihrem System.",
            "{hi}in meinem profil [steht ein falsches geburtsdatum|ist meine telefonnummer falsch|ist mein name falsch geschrieben], könnt ihr das [berichtigen|korrigieren]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Anliegen: [Widerspruch gegen Datenweitergabe|Keine Weitergabe meiner Daten|Datenverkauf untersagen]\nName: {name}\nE-Mail: {email}\nNachricht: [Ich untersage die Weitergabe und den Verkauf meiner Daten an Dritte.|Bitte geben Sie meine Daten nicht an Partnerfirmen oder Werbenetzwerke weiter.|Keine Weitergabe an Datenhändler.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Seit ich bei Ihnen bestellt habe, rufen mich [fremde Firmen|Versicherungen|Callcenter] an. Ich will nicht, dass meine Daten an andere Unternehmen [verkauft|weitergegeben] werden.",
            "{hi}gebt ihr meine daten an [werbepartner|andere firmen|datenhändler] weiter? falls ja, [hört bitte damit auf|will ich das nicht]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[ich habe mich schon dreimal abgemeldet|der Abmeldelink funktioniert nicht] und bekomme [trotzdem|immer noch] [jeden Tag|ständig] [eure Newsletter|Werbemails|Werbe-SMS]. [Hört auf damit!|Das nervt.|Schluss damit.]",
            "[KEINE WERBUNG MEHR|keine werbung mehr bitte|stoppt die werbung][!|.] {email}",
            "{hi}nehmt mich [bitte |]aus [eurem Verteiler|allen Mailinglisten] raus",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Ich habe nie zugestimmt, dass Sie [meine Sprachaufnahmen|meine Fotos|meine Chatverläufe] für [Ihre KI|Analysen] verwenden. Bitte hören Sie damit auf.",
            "Ich habe [beim Anmelden|im Cookie-Banner] nur zugestimmt, weil es nicht anders ging. Betrachten Sie meine Einwilligung als widerrufen.",
            "{hi}bitte nutzt meine [standortdaten|fitnessdaten|kaufhistorie] nicht mehr für [empfehlungen|werbung|analysen], die einwilligung ziehe ich zurück",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO\n\nhiermit widerrufe ich mit Wirkung für die Zukunft sämtliche Einwilligungen, die ich {co} zur Verarbeitung meiner personenbezogenen Daten erteilt habe, insbesondere für Profiling und personalisierte Werbung. {acct}\n\nBitte bestätigen Sie mir schriftlich, welche Verarbeitungen eingestellt wurden, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "wie kann ich mich für euren Newsletter anmelden? das Formular [gibt einen Fehler|lädt nicht]",
            "{greet}\n\nich habe mich für den Newsletter angemeldet, aber den 10%-Gutschein nie bekommen. Können Sie ihn noch einmal schicken?\n\n{sign}",
            "im Newsletter [von heute|letzte Woche] war der Link zum Angebot für {product} kaputt",
        ]},
        Family { intent: None, also: &[], name: "invoice_copy", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: true, texts: &[
            "{greet}\n\nkönnten Sie mir bitte eine Kopie der Rechnung für die Bestellung {order} schicken? Ich brauche sie für [die Steuererklärung|meinen Arbeitgeber|die Reisekostenabrechnung]. {acct}\n\n{sign}",
            "{hi}kann ich eine Rechnungskopie für {order} bekommen? [finde die Mail nicht mehr|im Kundenkonto ist sie nicht]",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}ich komm nicht mehr in mein Konto, [das Passwort zurücksetzen klappt nicht|die Mail zum Zurücksetzen kommt nicht an]. [was kann ich tun?|hilfe?]",
            "kann ich [mein Abo auf Premium upgraden|auf den günstigeren Tarif wechseln]? [wo geht das in der App?|]",
            "[mal ne Frage|kurze Frage]: sind meine Daten bei euch [eigentlich |]sicher? [hab von dem Hack bei einem anderen Shop gelesen|frag nur, weil man so viel liest]",
            "wo finde ich [meine Rechnungen|die Rechnungen] im Konto? [brauch sie für die Steuer|find sie nirgends]",
            "hab mich aus Versehen vom Newsletter abgemeldet 🙈 wie kann ich mich wieder anmelden?",
            "kann ich eine zweite E-Mail-Adresse zu meinem Konto hinzufügen?[ {email} ist schon drin|]",
            "[gibts die App auch für Tablets?|wie schalte ich die Benachrichtigungen in der App ein?|gibts die App auch fürs iPad?]",
            "[{hi}meine Bestellung {order} ist immer noch nicht da, könnt ihr mal schauen?|danke für die schnelle Hilfe, mein Konto läuft wieder 👍|super, hat geklappt, danke!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[bist du ein Bot|bin ich hier mit einem Bot|red ich mit einem Bot]? 🤖",
            "[bist du ein echter Mensch|sitzt da ein echter Mensch]?",
            "[was kannst du alles|was kannst du eigentlich]? [erzähl mal was über dich|]",
            "[wie heißt du|hast du einen Namen]? [😄|]",
            "was [wisst ihr|weißt du] über [die {product}|eure {product}]? [sind die gut?|lohnt sich das?]",
            "[habt ihr sonntags offen|habt ihr am Sonntag auf|wann habt ihr [heute|morgen] offen]?",
            "[wie ist das Wetter bei euch|kennst du ein gutes Restaurant [hier in der Nähe|in Berlin|in München]|mir ist langweilig]",
            "[hahaha ok|lol ok|ok danke, gute Nacht|gute Nacht 😴|alles klar, tschüss]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}kann ich mein [Premium|Plus|Pro|Familien]-[Abo|Paket|Tarif] zum [Monatsende|Ende der Laufzeit|Jahresende] kündigen? das Konto will ich [aber|trotzdem] behalten",
            "wie [schalte ich|kann ich] die automatische Verlängerung [aus|abschalten|deaktivieren]? [danke|thx|]",
            "[bitte|könnt ihr] meine [Box|Lieferung|Kochbox] im [Juli|August|nächsten Monat] [pausieren|aussetzen]? wir sind [im Urlaub|verreist|nicht da]",
            "wie beende ich den [Probemonat|Testzeitraum|gratis Trial], bevor [was abgebucht wird|ich zahlen muss]?",
            "ich würde gern von [Premium|Pro|dem Jahresabo] auf [Basic|die kostenlose Version|monatlich] [wechseln|downgraden], [ist mir zu teuer|brauche nicht alle Features|muss grad sparen]",
            "[könnt ihr|kannst du] mich auf den [Familien|Jahres|Business]-Tarif [umstellen|upgraden]? wird die Differenz [sofort|heute|anteilig] abgebucht?",
            "{greet}\n\nich möchte mein [Spar-Abo|Abo] für [Kaffeekapseln|Katzenfutter|Kontaktlinsen|Vitamine] ab der nächsten Lieferung [beenden|stoppen]. [Ich habe noch genug Vorrat.|Ich ziehe bald um.|Ich kaufe das jetzt im Laden.] Mein Kundenkonto soll bestehen bleiben.\n\n{sign}",
            "{greet}\n\nkönnten Sie mein Abbuchungsdatum vom 1. auf den [15.|28.|Monatsende] verlegen? [Mein Gehalt kommt erst später.|Das passt besser zu meinem Budget.] Sonst soll am [Vertrag|Tarif|Abo] alles gleich bleiben.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}ich komm nicht mehr in mein Konto, da steht [immer|jedes Mal] [falsches Passwort|ungültige Anmeldedaten|ein Fehler ist aufgetreten] [😩|]",
            "wie kann ich mein Passwort [zurücksetzen|ändern]? der [Link|Reset-Link] [kommt nie an|ist abgelaufen|funktioniert nicht]",
            "der [SMS-Code|Bestätigungscode|2FA-Code] kommt [nicht an|einfach nicht|erst nach ewig], hab's schon [dreimal|fünfmal|mehrmals] probiert",
            "hab ein neues Handy, wie [richte ich|bekomme ich] die Authenticator-App [wieder ein|da drauf]? ohne Code komm ich nicht rein",
            "mein Konto ist nach zu vielen [Fehlversuchen|falschen Passwörtern] gesperrt, [wie entsperre ich das|könnt ihr das entsperren|was jetzt]?",
            "[wie kann ich|könnt ihr] mich auf allen Geräten abmelden? [ich war am Laptop von nem Freund eingeloggt|mein altes Handy ist weg|hab mich irgendwo nicht ausgeloggt]",
            "die app loggt mich [ständig|alle paar minuten|immer wieder] aus, [seit dem update|am iphone|auf android] [nervig|echt nervig|]",
            "{greet}\n\nseit [zwei Tagen|einer Woche|einiger Zeit] kann ich mich nicht mehr anmelden. Ich habe das Passwort [zurückgesetzt|geändert], aber das neue wird auch nicht akzeptiert. Können Sie bitte nachsehen, woran das liegt? {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}mein [Rabattcode|Gutscheincode|Promo-Code] [geht nicht|ist angeblich abgelaufen|wird an der Kasse nicht angenommen], wisst ihr warum?",
            "gibt es [einen Studentenrabatt|einen Black Friday Sale|einen Sommer-Sale|einen Willkommensrabatt] [dieses Jahr|gerade|demnächst]?",
            "wie viele Treuepunkte hab ich und [was bekomme ich dafür|wann verfallen die|kann ich die online einlösen]?",
            "[ich hab eine Freundin geworben|mein Kumpel hat sich über meinen Link angemeldet], aber die [Prämie|Gutschrift|Empfehlungsprämie] kam [noch nicht|nie] an",
            "[im Newsletter|in der SMS|in der Mail] stand [20|30|15] % auf [alles|Schuhe|den ganzen Shop] am Wochenende, gilt das auch [für reduzierte Artikel|in der Filiale|zusammen mit meinem Gutschein]?",
            "wo kann ich mich für den Newsletter anmelden, um den [Willkommensgutschein|10-%-Code|Neukundenrabatt] zu bekommen? [🙂|]",
            "{greet}\n\nich habe einen [Geschenkgutschein|Gutschein über {amount}|Geburtstagscode] von Ihnen bekommen, weiß aber nicht, wie ich ihn [online|in der App|im Laden] einlöse. Kann man ihn mit dem aktuellen [Sale|Angebot] kombinieren?\n\n{sign}",
            "{greet}\n\nich habe mich [gestern|letzte Woche] für Ihren Newsletter angemeldet, aber der Willkommenscode ist nie angekommen. [Könnten Sie ihn noch mal schicken?|Gilt er noch für meine erste Bestellung?] Ich würde ihn gern für die [neue Kollektion|Frühjahrsaktion] nutzen.\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Anliegen: [Widerruf der Einwilligung|Einwilligung widerrufen|Datenschutz-Einwilligung zurückziehen]\nName: {name}\nE-Mail: {email}\nNachricht: [Ich widerrufe meine Einwilligung in [Profiling|personalisierte Werbung|Standortauswertung].|Bitte verarbeiten Sie meine Daten nicht mehr auf Grundlage meiner Einwilligung.|Einwilligung für Tracking und Analyse zurückgezogen.]",
            "{hi}[ich ziehe meine einwilligung zurück|einwilligung widerrufen], [keine auswertung meiner daten mehr|kein tracking mehr|keine personalisierung mehr][ bitte|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[einwilligung|zustimmung] für [tracking|cookies|standortdaten|profiling] [widerrufen|zurückgezogen][ bitte|]",
            "ich will nicht mehr, dass ihr meine daten für [analysen|profiling|personalisierung] nutzt. meine zustimmung ist hiermit zurückgezogen",
            "{hi}wo kann ich meine einwilligung [zur datenverarbeitung|zum tracking] widerrufen? ich will das nicht mehr",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich habe die Richtigkeit der bei Ihnen gespeicherten [Anschrift|Bonitätsdaten|Angaben zu meiner Person] bestritten. Bis das geklärt ist, bitte ich Sie, die Verarbeitung meiner Daten einzuschränken[ (Art. 18 DSGVO)|]: Die Daten sollen gespeichert bleiben, aber nicht weiter genutzt werden. {acct}\n\n{sign}",
            "{greet}\n\nbitte löschen Sie meine Daten noch nicht, ich benötige sie für [die Geltendmachung von Rechtsansprüchen|ein laufendes Verfahren|eine Reklamation]. Ich verlange stattdessen die Einschränkung der Verarbeitung[ nach Art. 18 Abs. 1 lit. c DSGVO|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich lege hiermit Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten [zur Bonitätsbewertung|für Analysezwecke|zur Kundensegmentierung] ein, die Sie auf Ihr berechtigtes Interesse stützen[ (Art. 21 Abs. 1 DSGVO)|]. Aus Gründen, die sich aus meiner besonderen Situation ergeben, überwiegen meine Interessen. Bitte stellen Sie diese Verarbeitung ein. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nmein Antrag auf [Kauf auf Rechnung|Ratenzahlung|ein Kundenkonto] wurde [automatisch|innerhalb von Sekunden] abgelehnt. Ich möchte keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen werden[ (Art. 22 DSGVO)|]. Bitte lassen Sie meinen Antrag von einem Menschen prüfen und erläutern Sie mir die Gründe. {acct}\n\n{sign}",
        ]},
        // ---- formal letters in the legal register, the other labels, combined requests
        Family { intent: Rectification, also: &[], name: "legal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Antrag auf Berichtigung gemäß Art. 16 DSGVO\n\ndie von {co} zu meiner Person gespeicherten Daten sind unrichtig. [Mein Geburtsdatum ist mit dem {date} falsch erfasst.|Mein Nachname wird in Ihren Unterlagen falsch geschrieben; richtig ist {last}.|Sie führen eine offene Forderung, die ich am {date} vollständig beglichen habe.|Sie verwenden noch meine frühere Anschrift; ich wohne jetzt in der {street} {d}{d}, {city}.] {acct}\n\nGemäß Art. 16 DSGVO habe ich das Recht, unverzüglich die Berichtigung mich betreffender unrichtiger personenbezogener Daten sowie die Vervollständigung unvollständiger Daten zu verlangen. Bitte berichtigen Sie die Angaben, unterrichten Sie alle Empfänger nach Art. 19 DSGVO und bestätigen Sie mir die Berichtigung schriftlich {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Untersagung der Weitergabe und des Verkaufs meiner personenbezogenen Daten\n\nich habe erfahren, dass {co} Kundendaten an [Adresshändler|Werbepartner|Datenhändler] weitergibt oder verkauft. Hiermit untersage ich jede Übermittlung, Vermietung und jeden Verkauf meiner personenbezogenen Daten an Dritte. {acct}\n\nSoweit Sie sich auf eine Einwilligung stützen, widerrufe ich diese; soweit Sie sich auf ein berechtigtes Interesse berufen, lege ich Widerspruch ein. Bitte teilen Sie mir außerdem gemäß Art. 15 Abs. 1 lit. c DSGVO mit, an welche Empfänger meine Daten bereits übermittelt wurden, und zwar {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerspruch gegen die Verarbeitung meiner Daten für Zwecke der Direktwerbung gemäß Art. 21 Abs. 2 DSGVO\n\nhiermit widerspreche ich der Verarbeitung meiner personenbezogenen Daten für Zwecke der Direktwerbung, einschließlich eines damit in Verbindung stehenden Profilings. Nach Art. 21 Abs. 3 DSGVO dürfen meine Daten für diese Zwecke nicht mehr verarbeitet werden. Der Widerspruch gilt für Werbung per E-Mail, Post, Telefon und SMS. {acct}\n\nBitte bestätigen Sie mir {deadline}, dass meine Daten aus sämtlichen Werbeverteilern entfernt wurden.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kann ich meine Daten als [CSV|JSON|Datei] exportieren? will zu einem anderen Anbieter wechseln",
            "[könnt ihr|können Sie] meine [Daten|Kontodaten|Bestellhistorie] direkt an meinen neuen Anbieter übertragen[?|]",
            "ich brauche meine Daten in einem maschinenlesbaren Format[, bitte|, wie geht das?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ich zieh mit [meinen Playlists|meiner Bibliothek|meinem Trainingsverlauf|meinen Kontakten] zu [nem anderen Dienst|einer anderen App] um. [gibts|bekomm ich] das [als Datei|als CSV oder JSON|als Download], [die ich da importieren kann|damit ich es dort hochladen kann][?|]",
            "[wechsel|wechsle] [zum Monatsende|nächsten Monat|demnächst] den [Stromanbieter|Mobilfunkanbieter|Provider]. [könnt ihr|könntet ihr] meine [Verbrauchsdaten|Vertragsdaten|Kundendaten] [gleich|direkt] an den neuen [rüberschicken|übermitteln|weiterleiten][?|, dann muss ich nicht alles neu eintippen]",
            "{hi}[brauch|brauche] [alle meine Bestellungen|meine Fotos und Posts|meine Daten] in [nem|einem] Format, das [andere Apps|ein anderer Anbieter] einlesen [kann|können] ([Excel/CSV|JSON|CSV] [oder so|reicht]). [will meine Sachen mitnehmen|will das woanders weiternutzen]",
            "[gibts|gibt es] [bei {co} |]ne [Export-Funktion|Download-Funktion] für [meine Daten|meinen Account]? [würde gern|will] [umziehen|wechseln] und [nicht bei null anfangen|meine Historie behalten]",
            "[Datenmitnahme|Datenumzug] bitte: [alles, was ich hochgeladen hab|mein Profil und meine Einträge] als [maschinenlesbare|importierbare] Datei an {email}[, ich geh zu einem anderen Anbieter|]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. Ich will zu einem anderen Anbieter wechseln, aber [es gibt keinen Export|man kann nichts exportieren]. @{co} gebt mir meine Daten als [CSV|JSON|Datei]!",
            "@{co} wie bekomme ich [meine Playlists|meine Trainingsdaten|meinen ganzen Verlauf] als [CSV|JSON]-Datei, um sie zu einem anderen Dienst mitzunehmen?",
            "⭐ [Kein Datenexport|Kein Export]? Echt jetzt? Ich [will|möchte] meine Daten [maschinenlesbar|in einem maschinenlesbaren Format] [haben|bekommen], [Recht auf Datenübertragbarkeit|Art. 20 DSGVO]!",
            "bitte meine daten direkt an meinen neuen anbieter uebertragen, hab gekündigt und wechsle. 2 sterne",
            "[Wechsle|Ich wechsle] den Anbieter und [will|möchte] [meine Kontakte|meine Fotos|meine Kundendaten] [mitnehmen|umziehen]. @{co} schickt mir bitte [einen vollständigen Export|eine Exportdatei] [als CSV oder JSON|im JSON-Format].",
            "[2 Sterne|⭐⭐]. [Datenübertragung|Datenmitnahme] zu einem anderen Dienst [unmöglich gemacht|wird blockiert]. Ich will [alle meine Daten als Datei|einen Export meiner Daten], damit ich sie [woanders|beim neuen Anbieter] importieren kann.",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich meine Daten [als CSV|als JSON|als Datei] [exportieren|runterladen], um zu [einem anderen Anbieter|einem anderen Dienst] zu wechseln?",
            "könnt ihr meine Daten [direkt |]an meinen neuen Anbieter [übertragen|schicken]? [ich wechsle|]",
            "ist es möglich, [alle meine Daten|meine Kontodaten] in einem [maschinenlesbaren Format|CSV-Format|JSON-Format] zu bekommen, [um sie mitzunehmen|für den Umzug zu einem anderen Dienst]?",
            "wo kann ich [meine Daten|meinen Verlauf] als [Datei|CSV|JSON] [exportieren|herunterladen]? will zu [einem anderen Anbieter|einem anderen Dienst] [umziehen|wechseln]",
            "gibts einen [Datenexport|Export], damit ich meine Daten [zu einem anderen Anbieter|in eine andere App] mitnehmen kann?",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Geltendmachung meines Rechts auf Datenübertragbarkeit gemäß Art. 20 DSGVO\n\nhiermit mache ich mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO geltend. {acct} Bitte stellen Sie mir die personenbezogenen Daten, die ich {co} bereitgestellt habe, insbesondere [meine Stammdaten, meine Bestellhistorie und meine Einstellungen|mein Profil, meine Transaktionen und hochgeladene Inhalte|meine Vertrags- und Verbrauchsdaten], in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. CSV oder JSON) zur Verfügung.[ Soweit technisch machbar, bitte ich um direkte Übermittlung an meinen neuen Anbieter.|]\n\nBitte kommen Sie meinem Antrag {deadline} nach.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "bitte [nutzt|verwendet] meine Daten nicht, bis [die falsche Adresse|mein Geburtsdatum|der Fehler in der Rechnung] [korrigiert|geklärt] ist",
            "[könnt ihr|können Sie] mein Konto [sperren|einfrieren], solange [die Beschwerde|der Streit] läuft? nicht löschen, nur nicht mehr verwenden",
            "{hi}ich will, dass die Verarbeitung meiner Daten eingeschränkt wird, bis das geklärt ist",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ich streite mich|ich bin im Streit] [gerade |]mit euch wegen [der Rechnung|Bestellung {order}|einer falschen Mahnung]. bis das [geklärt|durch] ist, [legt|bitte legt] meine Daten [auf Eis|still] – [nicht löschen|aber NICHT löschen], nur [nicht benutzen|nichts damit machen]",
            "[bitte|pls] [nichts löschen|meinen Account nicht löschen], mein Anwalt braucht [die Chatverläufe|die Daten|die Aufzeichnungen] noch [für die Klage|für das Verfahren]. [bis dahin aber|aber bis dahin] [bitte nicht mehr verwenden|keine Nutzung mehr|nicht weiterverarbeiten]",
            "[die Adresse|mein Geburtsdatum|der Eintrag über einen Zahlungsrückstand|die Angabe zu meinem Einkommen] bei euch stimmt [nicht|so nicht]. könnt ihr [meine Daten|das Konto] [pausieren|blockieren|parken], [bis ihr das geprüft habt|solange ihr das checkt]? [löschen will ich nix|nicht löschen]",
            "{hi}[nutzt|verarbeitet] [meine Daten|mein Profil] [vorerst|erstmal|bis auf Weiteres] nicht weiter. [speichern ist ok|aufbewahren ist ok], aber [keine Verwendung|nichts damit anstellen], bis [mein Widerspruch|die Beschwerde] [entschieden|bearbeitet] ist",
            "[ihr wollt|laut eurer Mail wollt ihr] [meine Daten|mein Konto] löschen, aber [ich brauch die noch als Beweis|die brauch ich noch für einen Rechtsstreit]. [also bitte nur sperren, nicht löschen|lieber sperren statt löschen]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. [Solange|Bis] die [Beschwerde|Rechnungsreklamation] [läuft|geklärt ist], dürft ihr meine Daten nicht [weiterverwenden|nutzen]. @{co} [sperrt sie bitte|friert sie bitte ein|schränkt die Verarbeitung bitte ein], aber löscht sie nicht!",
            "@{co} meine [Adresse stimmt|Daten stimmen] nicht. [Bis das geklärt ist|Solange ihr das prüft] bitte [die Verarbeitung einschränken|nichts damit machen]. [Nicht löschen!|Löschen will ich sie nicht.]",
            "⭐ Ich brauche meine Daten noch [für einen Rechtsstreit|als Beweis für meine Klage|für meinen Anwalt], also [nicht löschen|bitte aufbewahren], aber [nutzt sie nicht mehr|verarbeitet sie ab sofort nicht mehr]. [Einschränkung der Verarbeitung nach Art. 18!|]",
            "daten einfrieren bitte, nicht löschen. erst wenn der streit mit euch geklärt ist. 2 sterne",
            "[2 Sterne|⭐⭐]. [Ich habe die Abrechnung reklamiert|Es gibt Streit wegen einer falschen Abbuchung] und [verlange|will], dass meine Daten [bis dahin|vorerst] gesperrt werden: keine Verarbeitung, aber auch keine Löschung.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}könnt ihr meine Daten erstmal [sperren|einfrieren], [nicht löschen|ohne sie zu löschen], bis [die Sache geklärt ist|mein Widerspruch geprüft ist]?",
            "ist es möglich, die [Verarbeitung|Nutzung] meiner Daten [vorübergehend|erstmal] [einzuschränken|zu stoppen], während ihr [prüft, ob sie stimmen|die Richtigkeit prüft]? löschen sollt ihr sie [aber |]nicht",
            "wie kann ich [erreichen|machen], dass ihr meine Daten [nur noch speichert|aufbewahrt] [aber nicht mehr nutzt|und sonst nichts damit macht]? [ich brauch sie noch für einen Rechtsstreit|wegen einem Streit mit euch]",
            "was muss ich tun, damit ihr meine Daten [für die Zeit|während] [des Streits|der Prüfung] [nicht mehr verwendet|nicht weiter verarbeitet]? [nicht löschen, nur sperren|bitte nicht löschen]",
            "kann man [mein Konto|meine Daten] [einfrieren|sperren lassen], also [nicht löschen|aufbewahren], aber [nicht mehr verwenden|die Nutzung stoppen]?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Antrag auf Einschränkung der Verarbeitung gemäß Art. 18 DSGVO\n\nich bestreite die Richtigkeit der bei {co} zu meiner Person gespeicherten Daten, insbesondere [meiner Anschrift|meines Geburtsdatums|des Eintrags über einen Zahlungsrückstand]. {acct} Gemäß Art. 18 Abs. 1 lit. a DSGVO verlange ich, die Verarbeitung meiner Daten für die Dauer der Überprüfung einzuschränken.\n\nWährend der Einschränkung dürfen die Daten nur gespeichert, aber ohne meine Einwilligung nicht anderweitig verarbeitet werden. Bitte unterrichten Sie mich nach Art. 18 Abs. 3 DSGVO, bevor die Einschränkung aufgehoben wird, und bestätigen Sie mir die Einschränkung {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Einschränkung der Verarbeitung statt Löschung (Art. 18 Abs. 1 lit. c DSGVO)\n\nSie haben angekündigt, [meine Gesprächsaufzeichnungen|meine Transaktionsdaten|mein Kundenkonto] zu löschen. Ich benötige diese Daten jedoch zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen. Ich verlange daher, die Daten nicht zu löschen, sondern ihre Verarbeitung nach Art. 18 Abs. 1 lit. c DSGVO einzuschränken. {acct}\n\nBitte bestätigen Sie mir dies {deadline}.\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ich widerspreche der [Auswertung|Verarbeitung] meiner Daten für [eure Analysen|das Scoring|eure Marktforschung][.|!|]",
            "{hi}wie kann ich der Verarbeitung auf Grundlage eures berechtigten Interesses widersprechen[?|] steht so in der Datenschutzerklärung",
            "hört auf, meine [Nutzungsdaten|Standortdaten] für eigene Zwecke auszuwerten, ich widerspreche dem",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "hab in [eurer Datenschutzerklärung|den Datenschutzinfos] gelesen, dass ihr [mein Surfverhalten|mein Kaufverhalten|meine Nutzung] [analysiert|auswertet] [wegen „berechtigtem Interesse“|und das berechtigtes Interesse nennt]. [dagegen leg ich Widerspruch ein|dem widerspreche ich]",
            "[warum|wieso] gebt ihr meine Daten [innerhalb vom Konzern|an eure Schwesterfirmen|an die anderen Firmen der Gruppe] weiter? [fragt mich ja keiner|ich wurde nie gefragt]. [ich erhebe Widerspruch dagegen|dem widerspreche ich ausdrücklich]",
            "{hi}ich will nicht, dass ihr [ein Profil von mir erstellt|mich per Profiling einsortiert|mein Verhalten in der App analysiert]. [Widerspruch gegen das Profiling|Widerspruch nach Art. 21|ich widerspreche dem][, bitte bestätigen|, danke|]",
            "[euer Betrugs-Scoring|euer Fraud-Check|die Bonitätsbewertung] [stuft mich ständig|stuft mich schon wieder] als Risiko ein[, obwohl ich seit Jahren Kunde bin|, wegen meinem Wohnort|]. [ich widerspreche, dass meine Daten dafür verwendet werden|ich erhebe Einspruch gegen diese Datenverarbeitung]",
            "[ehrlich gesagt|ganz ehrlich:] [find ich es creepy|find ichs übergriffig], dass {co} [meine Klicks|mein Nutzungsverhalten|meine Bewegungsdaten] für [Statistiken|Produktentwicklung|Analytics] [nutzt|auswertet]. [ich lege Widerspruch ein|hiermit Widerspruch], [macht das nicht mehr mit meinen Daten|bitte ab jetzt ohne meine Daten]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. [Ihr erstellt Profile von mir|Ihr analysiert mein Nutzungsverhalten] aus [eurem berechtigten|angeblich berechtigtem] Interesse? [Ich widerspreche!|Dem widerspreche ich.] @{co} hört auf damit.",
            "@{co} [ich widerspreche dem Profiling|ich widerspreche der Verhaltensanalyse|Widerspruch gegen das Profiling|Widerspruch gegen die Auswertung meines Kaufverhaltens] mit meinen Daten.",
            "⭐⭐ Laut Datenschutzerklärung [teilt ihr meine Daten innerhalb des Konzerns|wertet ihr meine Daten für Analysen aus], [angeblich aus|auf Grundlage von] „berechtigtem Interesse“. [Nicht mit mir: ich lege Widerspruch ein.|Dagegen lege ich Widerspruch nach Art. 21 DSGVO ein.]",
            "widerspruch gegen das profiling. ich will nicht, dass ihr mein nutzungsverhalten auswertet. 1 stern",
            "[Spannend|Interessant], dass {co} [meine Einkäufe|mein Surfverhalten] [für ein Betrugs-Scoring|für ein Risikoprofil] auswertet. [Ich widerspreche dieser Verarbeitung|Ich erhebe Widerspruch gegen diese Verarbeitung][ aus Gründen meiner besonderen Situation|]. [2 Sterne|⭐⭐]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}wie kann ich [der Profilbildung|dem Profiling|der Auswertung meines Verhaltens] widersprechen?",
            "kann ich [widersprechen|Widerspruch einlegen], dass ihr [mein Kaufverhalten analysiert|meine Daten für Profiling nutzt|ein Profil von mir erstellt]?",
            "ist es möglich, der [Weitergabe meiner Daten innerhalb eurer Unternehmensgruppe|Nutzung meiner Daten für eure Analysen|Bonitätsbewertung] zu widersprechen? [berechtigtes Interesse seh ich da nicht|]",
            "was muss ich machen, damit ihr [mein Nutzungsverhalten|meine Daten] nicht mehr [auswertet|für Profiling nutzt]? [ich widerspreche dem|]",
            "wo kann ich [Widerspruch gegen|einen Widerspruch gegen] [das Profiling|die Verhaltensanalyse|das Scoring] einlegen?",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerspruch gegen die Verarbeitung gemäß Art. 21 Abs. 1 DSGVO\n\nlaut Ihrer Datenschutzerklärung verarbeitet {co} meine personenbezogenen Daten [zur Bonitätsbewertung|für Analysen und Produktentwicklung|zur Kundensegmentierung] auf Grundlage berechtigter Interessen (Art. 6 Abs. 1 lit. f DSGVO). Aus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich dieser Verarbeitung: [Ich bin Opfer eines Identitätsdiebstahls geworden.|Ich übe einen Beruf aus, in dem mein Aufenthaltsort vertraulich bleiben muss.|Die Verarbeitung hat mir bereits erhebliche Nachteile verursacht.] {acct}\n\nSie dürfen meine Daten für diese Zwecke nicht mehr verarbeiten, es sei denn, Sie weisen zwingende schutzwürdige Gründe nach, die meine Interessen, Rechte und Freiheiten überwiegen. Bitte bestätigen Sie mir die Einstellung der Verarbeitung {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mein [Antrag|Kauf auf Rechnung|Kreditantrag] wurde [automatisch|von einem Algorithmus] abgelehnt. ich will, dass ein Mensch sich das anschaut",
            "{hi}wurde [die Entscheidung|mein Limit] automatisiert getroffen? ich verlange eine Prüfung durch einen Mitarbeiter",
            "ich will nicht von [einem Algorithmus|eurer KI] bewertet werden[.|!] wer kann das manuell prüfen?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[Kredit|Ratenkauf|Finanzierung] [in 3 Sekunden|sofort|nach 2 Sekunden] abgelehnt, [ohne Begründung|ohne jede Erklärung]. [da hat doch nur|das hat doch nur] [ein Computer|euer System|ein Bot] entschieden! [ich will, dass ein echter Sachbearbeiter drüberschaut|ich möchte eine Überprüfung durch eine echte Person]",
            "[mein Account|mein Konto] wurde [automatisch|vom System] gesperrt, [angeblich wegen Betrugsverdacht|ohne dass ich was gemacht hab]. [kann das bitte mal ein Mensch|kann das bitte jemand Echtes] [prüfen|anschauen] und mir erklären, [wie das System|nach welchen Kriterien euer Algorithmus] entscheidet?",
            "{hi}[meine Bewerbung|mein Mietantrag|meine Anfrage] wurde [innerhalb von Minuten|mitten in der Nacht] abgesagt – [klingt nach|sieht aus wie] [automatischer Vorauswahl|einem Software-Filter]. [ich fechte das an|das will ich anfechten] und [verlange|bitte um] eine [menschliche Prüfung|Prüfung durch eine Person]",
            "[warum|wieso] [zahl ich|krieg ich] [nen höheren Preis|einen anderen Tarif|schlechtere Konditionen] als [meine Freundin|mein Kumpel]? [wenn das ein Algorithmus berechnet hat|wenn euer Pricing automatisch läuft], [will ich wissen, wie der entscheidet|will ich die Logik erklärt haben] und [das bitte von einem Menschen prüfen lassen|dass jemand das manuell überprüft]",
            "[Computer sagt nein|der Algorithmus sagt nein], [echt jetzt?|super.] [Kauf auf Rechnung|Ratenzahlung|das Limit-Upgrade] [abgelehnt|verweigert], obwohl [ich nie Schulden hatte|alles pünktlich bezahlt ist]. [ich will mit einem Menschen reden, der|ich will ne echte Person, die] [die Entscheidung überprüft|das nochmal entscheidet]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 Stern. [Kredit|Ratenkauf|Finanzierung] [in Sekunden|automatisch] abgelehnt, [ohne Begründung|kein Mensch hat das geprüft]. @{co} ich will, dass [ein Mensch|ein echter Mitarbeiter] die Entscheidung überprüft!",
            "@{co} mein Konto wurde [vom System|von eurem Algorithmus] gesperrt. [Ich fechte diese automatische Entscheidung an|Ich widerspreche dieser automatisierten Entscheidung] und [verlange|will] eine Prüfung durch einen Menschen.",
            "⭐ [Bewerbung|Antrag] nach [2 Minuten|wenigen Sekunden] abgelehnt, das war [doch nur ein Algorithmus|eine Maschine]. [Erklärt mir, nach welcher Logik|Ich will wissen, nach welchen Kriterien] da entschieden wurde, und lasst das einen Menschen nachprüfen.",
            "warum zahl ich mehr als mein mitbewohner?? [der preis|mein tarif] wurde automatisch berechnet. bitte von einem menschen prüfen lassen. 2 sterne",
            "[Der Bot|Die KI|Euer automatisches System] hat [meinen Ratenkauf abgelehnt|mein Konto gesperrt|meine Rückerstattung abgelehnt]. [Nach Art. 22 DSGVO|Laut DSGVO] habe ich das Recht auf [eine menschliche Entscheidung|Überprüfung durch einen Menschen], [das verlange ich hiermit|darauf bestehe ich]. [0 Sterne, wenn möglich|1/5]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mein [Kreditantrag|Antrag] wurde [automatisch|vom System] abgelehnt. kann [das|die Entscheidung] [ein Mensch|ein Mitarbeiter] [nochmal prüfen|überprüfen]?",
            "wie kann ich eine [automatische Entscheidung|Entscheidung vom Algorithmus] [anfechten|anfechten lassen]? [mein Konto wurde einfach gesperrt|mein Antrag wurde abgelehnt]",
            "ist es möglich, dass ein [Mensch|echter Mitarbeiter] sich [die Ablehnung|die Sperre meines Kontos] [anschaut|nochmal ansieht]? das hat [ja nur der Computer|ein Algorithmus] entschieden",
            "könnt ihr mir erklären, [nach welcher Logik|wie] der Algorithmus [meinen Antrag abgelehnt|meinen Preis berechnet|mein Konto gesperrt] hat? [ich will, dass das ein Mensch prüft|]",
            "an wen [schreib|wende] ich mich, damit [ein Mensch|jemand] die automatische [Ablehnung|Entscheidung] [überprüft|nochmal prüft]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Automatisierte Entscheidung im Einzelfall - Art. 22 DSGVO\n\nmein [Antrag auf Kauf auf Rechnung|Antrag auf Ratenzahlung|Antrag auf Eröffnung eines Kundenkontos] wurde am {date} [innerhalb von Sekunden|automatisch] und ohne Begründung abgelehnt. Ich gehe davon aus, dass diese Entscheidung ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruht und mich erheblich beeinträchtigt. {acct}\n\nGemäß Art. 22 DSGVO verlange ich:\n\n1. das Eingreifen einer Person seitens des Verantwortlichen, die meinen Antrag prüft und die Entscheidung ändern kann;\n2. aussagekräftige Informationen über die involvierte Logik und die maßgeblichen Gründe der Entscheidung;\n3. die Möglichkeit, meinen Standpunkt darzulegen und die Entscheidung anzufechten.\n\nBitte antworten Sie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerruf meiner Einwilligung (Art. 7 Abs. 3 DSGVO) und Antrag auf Löschung (Art. 17 DSGVO)\n\nhiermit widerrufe ich mit sofortiger Wirkung sämtliche Einwilligungen, die ich {co} zur Verarbeitung meiner personenbezogenen Daten erteilt habe. Da es an einer anderweitigen Rechtsgrundlage fehlt, verlange ich zugleich gemäß Art. 17 Abs. 1 lit. b DSGVO die Löschung aller mich betreffenden Daten. {acct}\n\nBitte bestätigen Sie mir Widerruf und Löschung schriftlich {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nich widerrufe meine Einwilligung in die Verarbeitung meiner Daten und bitte Sie, mein Konto und {data} zu löschen. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerspruch gegen Direktwerbung (Art. 21 Abs. 2 DSGVO) und Widerruf meiner Einwilligung (Art. 7 Abs. 3 DSGVO)\n\nich widerspreche der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit verbundenen Profilings. Zugleich widerrufe ich alle Einwilligungen, die ich {co} für Werbung per E-Mail, SMS oder Telefon erteilt habe. {acct}\n\nBitte bestätigen Sie mir {deadline}, dass meine Daten aus allen Werbeverteilern entfernt wurden.{escalate}\n\n{sign_formal}",
            "{greet}\n\nbitte nehmen Sie mich aus allen Werbeverteilern heraus. Meine Einwilligung in [Newsletter und Angebote|Werbeanrufe und SMS|personalisierte Angebote] widerrufe ich hiermit. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Auskunft nach Art. 15 DSGVO und Datenübertragbarkeit nach Art. 20 DSGVO\n\nich bitte um eine Kopie aller personenbezogenen Daten, die {co} über mich verarbeitet, sowie um die Informationen nach Art. 15 Abs. 1 DSGVO. {acct} Darüber hinaus bitte ich gemäß Art. 20 DSGVO, mir die von mir bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln, damit ich sie einem anderen Anbieter übergeben kann.\n\nBitte antworten Sie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Widerspruch nach Art. 21 Abs. 1 DSGVO und Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. d DSGVO\n\naus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich der Verarbeitung meiner Daten [zur Profilbildung|zu Analysezwecken|zur Bonitätsbewertung] auf Grundlage Ihres berechtigten Interesses. {acct} Solange nicht feststeht, ob Ihre berechtigten Gründe gegenüber meinen überwiegen, verlange ich nach Art. 18 Abs. 1 lit. d DSGVO die Einschränkung der Verarbeitung.\n\nBitte bestätigen Sie mir beides {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBetreff: Berichtigung (Art. 16 DSGVO) und Einschränkung der Verarbeitung (Art. 18 Abs. 1 lit. a DSGVO)\n\ndie bei Ihnen gespeicherten Daten zu meiner Person sind unrichtig: [Sie führen einen Zahlungsausfall, den es nie gegeben hat.|Mein Geburtsdatum ist falsch erfasst.|Sie verwenden eine Anschrift, unter der ich seit Jahren nicht mehr wohne.] {acct} Ich verlange die Berichtigung nach Art. 16 DSGVO und für die Dauer Ihrer Prüfung die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. a DSGVO, insbesondere keine Übermittlung an Auskunfteien.\n\nBitte bestätigen Sie mir die Berichtigung {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nin Ihren Unterlagen ist [mein Geburtsdatum|meine Adresse|meine Zahlungshistorie] falsch. Bitte korrigieren Sie das und verwenden oder übermitteln Sie die Daten nicht, bis der Fehler behoben ist. {acct}\n\n{sign}",
        ]},
    ],
};

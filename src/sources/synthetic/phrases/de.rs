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
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[ich bitte Sie|bitte senden Sie mir] [um eine Kopie|eine Kopie] {data}[, inklusive Bestellhistorie und Kontaktdaten|]. {acct}\n\n{sign}",
            "{greet}\n\nhiermit mache ich von meinem Auskunftsrecht [nach Art. 15 DSGVO|gemäß Art. 15 DSGVO|] Gebrauch. Bitte teilen Sie mir mit, welche Daten Sie über mich speichern, zu welchem Zweck und an wen sie weitergegeben wurden. {acct}\n\n{sign}",
            "{greet}\n\nkönnten Sie mir bitte mitteilen, welche personenbezogenen Daten {co} zu meiner Person verarbeitet? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nich nutze [Ihren Dienst|mein Konto bei {co}|die App] nicht mehr und bitte Sie, mein Kundenkonto sowie {data} zu löschen. [Bitte bestätigen Sie mir die Löschung.|Über eine kurze Bestätigung würde ich mich freuen.|]\n\n{sign}",
            "{greet}\n\nhiermit fordere ich Sie auf, {data} [gemäß Art. 17 DSGVO|nach Art. 17 DSGVO|] unverzüglich zu löschen. {acct}\n\n{sign}",
            "{greet}\n\nich habe mich [vor einiger Zeit|letztes Jahr] nur für eine einzige Bestellung registriert. Bitte löschen Sie das Konto und {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[die bei Ihnen hinterlegte Adresse|mein gespeichertes Geburtsdatum|die Schreibweise meines Namens] ist [nicht korrekt|falsch|veraltet]. Bitte berichtigen Sie die Angaben [gemäß Art. 16 DSGVO|]. [Neue Adresse: {street} {d}{d}, {city}|Richtig ist: {date}|Richtig ist: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nich habe [geheiratet|meinen Namen geändert|umgezogen] und in Ihren Unterlagen stehen noch [mein alter Name|meine alte Anschrift]. Bitte aktualisieren Sie meine Daten. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nBerichtigung unrichtiger Daten nach Art. 16 DSGVO\n\nmir ist aufgefallen, dass die bei {co} über mich gespeicherten Daten unrichtig sind: [mein Geburtsdatum ist falsch erfasst|mein Name ist falsch geschrieben|Sie führen einen Zahlungsverzug, der nicht besteht]. {acct}\n\nIch fordere Sie auf, diese Daten unverzüglich zu berichtigen und etwaige Empfänger gemäß Art. 19 DSGVO zu informieren. Bitte bestätigen Sie mir die Berichtigung schriftlich.\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "bitte [verkauft|gebt] meine Daten nicht an Dritte [weiter|]",
            "ich will nicht, dass meine Daten an [Werbepartner|Datenhändler|Dritte] [verkauft|weitergegeben] werden",
            "wo kann ich der Weitergabe meiner Daten [für Werbung|an Partner] widersprechen?",
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
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nbitte streichen Sie {email} aus allen Werbeverteilern. Ich habe mich [bereits zweimal|mehrfach] abgemeldet, bekomme aber weiterhin Ihren Newsletter.\n\n{sign}",
            "{greet}\n\nich widerspreche der Nutzung meiner Daten für Werbezwecke [gemäß Art. 21 Abs. 2 DSGVO|]. Bitte schicken Sie mir keine Werbung mehr, weder per E-Mail noch per Post. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ich widerrufe meine Einwilligung [zum Tracking|zur Datenverarbeitung|zu Cookies][.|!|]",
            "bitte [deaktiviert|stoppt] das [Tracking|Standort-Tracking] für mein Konto",
            "ich bin nicht mehr einverstanden, dass ihr meine Daten für [personalisierte Werbung|Profiling|Analysen] nutzt",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nhiermit widerrufe ich meine Einwilligung in die Verarbeitung meiner Daten [für personalisierte Werbung|zu Analysezwecken|zur Standortauswertung] mit Wirkung für die Zukunft [(Art. 7 Abs. 3 DSGVO)|]. {acct}\n\n{sign}",
            "{greet}\n\nich lege Widerspruch gegen die Verarbeitung meiner Daten [zur Profilbildung|auf Grundlage Ihres berechtigten Interesses] ein [(Art. 21 DSGVO)|]. Bitte stellen Sie diese Verarbeitung ein. {acct}\n\n{sign}",
            "{greet}\n\nbis die [falsche Adresse|fehlerhafte Eintragung] in meinem Konto geklärt ist, bitte ich Sie, die Verarbeitung meiner Daten einzuschränken [(Art. 18 DSGVO)|]. {acct}\n\n{sign}",
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
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
    ],
};

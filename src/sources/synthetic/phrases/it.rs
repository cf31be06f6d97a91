//! Italian (GDPR/Codice privacy wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "it",
    locales: &[("it-IT", 95), ("it-CH", 5)],
    first_names: &[
        "Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elena",
        "Federica", "Silvia", "Marco", "Luca", "Alessandro", "Andrea", "Matteo", "Giuseppe",
        "Francesco", "Davide", "Simone", "Lorenzo", "Niccolò", "Pietro",
    ],
    last_names: &[
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Fontana", "Caruso",
    ],
    email_domains: &["gmail.com", "libero.it", "hotmail.it", "virgilio.it", "alice.it", "yahoo.it", "tiscali.it", "outlook.it"],
    decimal_comma: true,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &["Buongiorno,", "Salve,", "Gentili signori,", "Ciao,", "Buonasera,", "Spett.le {co},", "Gentile servizio clienti,"]),
        ("greet_formal", &["Spett.le {co},", "Alla cortese attenzione del Responsabile della protezione dei dati,", "Gentili signori,"]),
        ("hi", &["ciao ", "salve ", "", "", "", "Buongiorno, "]),
        ("thanks", &["Cordiali saluti,", "Distinti saluti,", "Grazie,", "Grazie mille,", "Saluti,", "Un saluto,"]),
        ("sign", &["{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nInviato da iPhone", "{thanks}\n{name}\n{email}"]),
        ("sign_formal", &["Distinti saluti,\n\n{name}", "In attesa di un vostro riscontro, porgo distinti saluti.\n\n{name}"]),
        ("street", &["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza Duomo", "Via Verdi"]),
        ("city", &["001{d}{d} Roma", "201{d}{d} Milano", "801{d}{d} Napoli", "101{d}{d} Torino", "401{d}{d} Bologna", "501{d}{d} Firenze"]),
        ("address", &["{name}\n{street} {d}{d}\n{city}", "{name}\n{street}, {d}\n{city}"]),
        ("acct", &["Il mio account è registrato con l'indirizzo {email}.", "La mia e-mail è {email}.", "Account: {email}"]),
        ("data", &["i miei dati personali", "tutti i miei dati", "tutti i dati che conservate su di me"]),
        ("product", &["le cuffie", "la macchina del caffè", "la giacca", "la cover del telefono", "l'aspirapolvere", "le scarpe da corsa", "lo zaino"]),
        ("agent", &["Operatore: {co}, buongiorno, sono Marco, come posso aiutarla?\n"]),
        ("agent_verify", &["Operatore: Certo. Mi conferma l'indirizzo e-mail dell'account?\nCliente: Sì, {email}.\n"]),
        ("agent_close", &["Operatore: Ho inoltrato la richiesta, riceverà una conferma via e-mail.\nCliente: Grazie, arrivederci."]),
        ("deadline", &["entro il termine di un mese previsto dal GDPR", "senza ingiustificato ritardo e comunque entro un mese"]),
        ("escalate", &[" In mancanza di riscontro, mi riservo di proporre reclamo al Garante per la protezione dei dati personali.", ""]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}potete mandarmi una copia dei miei dati?",
            "che dati avete su di me[?| esattamente?]",
            "vorrei sapere quali informazioni conservate su di me",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nvorrei ricevere una copia di {data}[, compreso lo storico degli ordini|]. {acct}\n\n{sign}",
            "{greet}\n\nai sensi dell'art. 15 del GDPR chiedo di sapere quali dati personali trattate su di me, per quali finalità e a chi sono stati comunicati. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Richiesta di accesso ai dati personali (art. 15 GDPR)\n\nCon la presente esercito il diritto di accesso e chiedo di ricevere copia di tutti i dati personali che mi riguardano trattati da {co}. {acct} Chiedo inoltre di conoscere le finalità del trattamento, le categorie di dati, i destinatari a cui sono stati comunicati, il periodo di conservazione, l'origine dei dati e l'eventuale esistenza di processi decisionali automatizzati, compresa la profilazione.\n\nResto in attesa di un riscontro {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cancellate il mio account[ e tutti i miei dati|][ per favore|.|]",
            "voglio che i miei dati vengano cancellati[ subito|]",
            "come faccio a eliminare definitivamente il mio account?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nnon utilizzo più [i vostri servizi|l'app] e vi chiedo di cancellare il mio account e {data}. Gradirei una conferma.\n\n{sign}",
            "{greet}\n\nai sensi dell'art. 17 del GDPR chiedo la cancellazione di {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Richiesta di cancellazione dei dati personali (art. 17 GDPR)\n\nCon la presente chiedo la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano. {acct} I dati non sono più necessari rispetto alle finalità per cui sono stati raccolti e revoco ogni consenso eventualmente prestato.\n\nVi chiedo di comunicare la cancellazione agli eventuali destinatari dei miei dati e di confermarmi per iscritto l'avvenuta cancellazione {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "il mio cognome è scritto male nell'account, è {last}",
            "potete correggere la mia data di nascita? è sbagliata",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[l'indirizzo registrato|la data di nascita registrata|il mio nome] nel mio account [non è corretto|è errato|non è aggiornato]. Vi chiedo di rettificarlo[ ai sensi dell'art. 16 GDPR|]. [Indirizzo corretto: {street} {d}{d}, {city}|Data corretta: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "non vendete i miei dati a terzi[ per favore|]",
            "non voglio che i miei dati vengano condivisi con [inserzionisti|partner commerciali|terzi]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nmi oppongo alla cessione e alla vendita dei miei dati personali a terzi, in particolare per finalità pubblicitarie. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[disiscrivetemi|cancellatemi dalla newsletter|STOP]",
            "smettetela di mandarmi [pubblicità|email promozionali|SMS][!|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nvi prego di rimuovere {email} da tutte le vostre liste di marketing. Mi sono già disiscritto più volte ma continuo a ricevere la newsletter.\n\n{sign}",
            "{greet}\n\nmi oppongo al trattamento dei miei dati per finalità di marketing diretto. Non desidero ricevere ulteriori comunicazioni commerciali. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "revoco il consenso [al tracciamento|ai cookie|alla geolocalizzazione]",
            "disattivate la profilazione sul mio account per favore",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nrevoco il consenso al trattamento dei miei dati [per pubblicità personalizzata|per finalità di profilazione|per la geolocalizzazione][ (art. 7, par. 3 GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}dov'è il mio ordine {order}?",
            "il mio ordine {order} non è ancora arrivato[, il tracking è fermo da giorni|]",
            "{greet}\n\nho effettuato un ordine il {date} (n. {order}) e non ho ancora ricevuto la conferma di spedizione.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nmi è stato addebitato due volte l'ordine {order} ({amount} €). Potete rimborsarmi l'importo in eccesso?\n\n{sign}",
            "mi rimandate la fattura dell'ordine {order}? non la trovo più",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nho restituito {product} due settimane fa (ordine {order}) e non ho ancora ricevuto il rimborso di {amount} €.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview], hard_negative: false, texts: &[
            "l'app si blocca ogni volta che provo a pagare",
            "[1 stella|2 stelle]. dopo l'aggiornamento non riesco più ad accedere",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "app fantastica, consegna velocissima!",
            "grazie al servizio clienti, gentilissimi e veloci",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Una domanda: i dati della mia carta vengono salvati da voi? Voglio solo essere sicuro che sia tutto protetto.",
            "dove trovo la vostra informativa sulla privacy? il link non funziona",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nvi chiedo di disdire il mio abbonamento alla fine del periodo in corso. Vorrei mantenere l'account.\n\n{sign}",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Da quando mi sono registrato su {co} vedo pubblicità che sanno [troppo|fin troppo] di me. Vorrei sapere esattamente quali dati avete raccolto su di me e con chi li avete condivisi.",
            "Dopo [la violazione dei dati|l'incidente di sicurezza] uscita sui giornali voglio sapere quali informazioni su di me sono conservate nei vostri sistemi. [Me lo potete dire?|Inviatemi il dettaglio, grazie.]",
            "{hi}che informazioni avete esattamente su di me? [posizione, contatti, acquisti?|vorrei vederle tutte]",
            "{greet}\n\nil mio [avvocato|commercialista|datore di lavoro] mi chiede un elenco di tutti i dati che {co} detiene su di me. Potreste inviarmi una copia del mio fascicolo?\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo di richiesta: [Diritto di accesso|Copia dei miei dati personali|Accesso ai dati]\nNome: {name}\nEmail: {email}\nDettagli: [Chiedo una copia di {data}.|Voglio sapere quali dati avete su di me e a chi li avete comunicati.|Esportazione completa, incluse le chat con l'assistenza.]",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[è la terza volta che lo chiedo|l'ho già chiesto due volte]: [CANCELLATE IL MIO ACCOUNT|cancellate una buona volta il mio account] e tutti i miei dati[!|!!|.]",
            "nell'app [non c'è nessun pulsante per eliminare l'account|non c'è modo di cancellare l'account]. voglio che [il mio account|tutto] sparisca, con tutti i miei dati",
            "[Non disattivare, CANCELLARE.|Non voglio più un account da voi.] Eliminate [i miei dati|tutto ciò che mi riguarda] dai vostri sistemi[ o mi rivolgo al Garante|].",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Non voglio che {co} conservi alcuna traccia di me. Quando [disdico|chiudo il rapporto], non deve restare niente.",
            "Mia [madre|padre] è [mancata|mancato] [il mese scorso|da poco] e vorrei che il suo account e i suoi dati personali venissero rimossi dai vostri archivi.",
            "Qualcuno [mi ha registrato|ha creato un account] con {email} [senza il mio permesso|per errore]. Rimuovete la mia email e tutti i dati collegati dal vostro database.",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Mi sono [sposata|sposato] e ora il mio cognome è {last}. Nelle vostre lettere compare ancora il vecchio cognome, per favore [modificatelo|aggiornate i miei dati].",
            "Le vostre lettere arrivano ancora al mio vecchio indirizzo. Da [marzo|l'anno scorso] abito in {street} {d}{d}, {city}. Correggete il mio indirizzo nel vostro sistema, grazie.",
            "{hi}nel mio profilo [la data di nascita è sbagliata|il numero di telefono è errato|il nome è scritto male], potete [rettificarlo|correggerlo]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo di richiesta: [Opposizione alla cessione dei dati|Non vendere i miei dati|Non condividere i miei dati]\nNome: {name}\nEmail: {email}\nMessaggio: [Mi oppongo alla vendita o cessione dei miei dati a terzi.|Non comunicate i miei dati ai vostri partner commerciali.|Nessuna cessione a broker di dati.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Da quando ho comprato da voi mi chiamano [assicurazioni|aziende sconosciute|call center]. Non voglio che i miei dati vengano [venduti|ceduti] ad altre aziende.",
            "{hi}condividete i miei dati con [inserzionisti|altre aziende|broker di dati]? se sì, [smettetela|non sono d'accordo]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[mi sono già disiscritto tre volte|il link per disiscriversi non funziona] e ricevo [ancora|sempre] [le vostre newsletter|pubblicità|SMS promozionali] [ogni giorno|di continuo]. [Basta!|Che noia.|Smettetela.]",
            "[BASTA PUBBLICITÀ|niente più pubblicità per favore|basta email promozionali][!|.] {email}",
            "{hi}toglietemi da [la vostra mailing list|tutte le liste di marketing] [per favore|subito]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Non ho mai accettato che usaste [le mie registrazioni vocali|le mie foto|le mie chat] per addestrare [la vostra IA|i vostri algoritmi]. Smettete, per favore.",
            "Ho accettato [i cookie|le condizioni] solo perché non c'era alternativa. Considerate il mio consenso revocato.",
            "{hi}non usate più i miei [dati di posizione|dati sanitari|acquisti] per [consigli|pubblicità|analisi], ritiro il consenso",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "come mi iscrivo alla vostra newsletter? il modulo [dà errore|non si carica]",
            "{greet}\n\nmi sono iscritta alla newsletter ma non ho mai ricevuto il codice sconto del 10%. Potete rimandarmelo?\n\n{sign}",
            "nella newsletter [di oggi|della settimana scorsa] il link all'offerta per {product} non funziona",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "come [elimino|tolgo] un articolo dal carrello?",
            "posso ancora annullare l'ordine {order}? ho sbagliato taglia",
            "ho cancellato per sbaglio la mia lista dei desideri, si può recuperare?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tipo di richiesta: [Revoca del consenso|Revocare il consenso|Ritiro del consenso]\nNome: {name}\nEmail: {email}\nMessaggio: [Revoco il consenso alla [profilazione|pubblicità personalizzata|geolocalizzazione].|Non trattate più i miei dati sulla base del mio consenso.|Consenso al tracciamento e alle analisi ritirato.]",
            "{hi}[ritiro il mio consenso|revoco il consenso], [niente più analisi dei miei dati|niente tracciamento|niente personalizzazione][ grazie|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "consenso per [il tracciamento|i cookie|la posizione|la profilazione] ritirato[ grazie|]",
            "non voglio più che usiate i miei dati per [analisi|profilazione|personalizzazione]. ritiro il mio consenso",
            "{hi}dove posso revocare il consenso [al trattamento dei dati|al tracciamento]? non lo voglio più",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Revoca del consenso (art. 7, par. 3, GDPR)\n\nCon la presente revoco, con effetto immediato, tutti i consensi prestati a {co} per il trattamento dei miei dati personali, in particolare per la profilazione e la pubblicità personalizzata. {acct}\n\nVi chiedo di confermarmi per iscritto quali trattamenti sono stati interrotti {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Portability, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nsto passando a un altro fornitore e desidero esercitare il diritto alla portabilità dei dati[ (art. 20 del GDPR)|]. Vi chiedo di inviarmi {data} in un formato strutturato, di uso comune e leggibile da dispositivo automatico[, ad esempio CSV o JSON|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nho contestato l'esattezza dei dati che mi riguardano ([indirizzo|data di nascita|insoluto segnalato]). In attesa delle vostre verifiche, chiedo la limitazione del trattamento[ ai sensi dell'art. 18 del GDPR|]: conservate i dati, ma non utilizzateli. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nper motivi connessi alla mia situazione particolare mi oppongo al trattamento dei miei dati personali [a fini di analisi statistica|per la profilazione della clientela|per la valutazione del merito creditizio] basato sul vostro legittimo interesse[ (art. 21, par. 1, del GDPR)|]. Vi chiedo di interrompere tale trattamento. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nla mia richiesta di [pagamento rateale|finanziamento|apertura del conto] è stata respinta automaticamente in pochi secondi. Non accetto una decisione basata unicamente su un trattamento automatizzato[ (art. 22 del GDPR)|]: chiedo l'intervento di una persona che riesamini la pratica e una spiegazione dei motivi. {acct}\n\n{sign}",
        ]},
    ],
};

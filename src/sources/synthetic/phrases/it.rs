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
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}ho cambiato [operatore|banca|palestra] e mi è venuta la curiosità: cosa [sapete|avete salvato|tenete] di me? [mandatemi|giratemi|fatemi vedere] [tutto|una copia][ pls| per favore|]",
            "mi è uscita una pubblicità [troppo mirata|stranissima|che sapeva troppo] dopo aver usato l'app di {co}. [che info|quali dati|che informazioni] [raccogliete|avete|memorizzate] su di me? [voglio vedere tutto|voglio l'elenco completo]",
            "avevo un vecchio account su {co}[ con la mail {email}|] e [neanche me lo ricordavo|me n'ero proprio dimenticato]. si può vedere [cosa è rimasto registrato|quali dati ci sono ancora|lo storico che avete su di me]?",
            "[ciao|buonasera|salve] {co}, [voglio|vorrei] un [riepilogo|report|export in pdf] di [tutte le info personali|tutti i dati personali] che avete [nel mio profilo|nella mia scheda cliente|su di me]. [è un mio diritto|il GDPR me lo consente|ho diritto di accesso][ no?|]",
            "[preoccupato|preoccupata|un po' paranoico] per la privacy dopo [il data breach|quella fuga di dati uscita sui giornali]. mi dite [esattamente|] quali dati miei [conservate|tenete] e [per cosa li usate|con chi li condividete]?",
            "app [carina|ok|niente male] ma non trovo [da nessuna parte|da nessuna parte nelle impostazioni] dove vedere i dati che [salvate|avete] su di me. [come chiedo|dove richiedo|come ottengo] una copia[?| di tutto?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. ho [chiesto|richiesto] [una copia dei miei dati|l'accesso ai miei dati] e [nessuno risponde|niente]. @{co} voglio sapere quali dati personali avete su di me!",
            "⭐ @{co} [voglio vedere|fatemi vedere|mostratemi] [tutto quello che|tutti i dati che] [conservate|avete raccolto|tenete] su di me[. è un mio diritto|, GDPR art. 15|]",
            "app [carina|non male|ok], ma [dove|come] [chiedo|richiedo] una [copia|lista] dei miei dati personali? [ho già scritto all'assistenza e niente|il supporto non sa rispondere]. [2 stelle|⭐⭐]",
            "@{co} [ciao|buongiorno|salve], [potete|mi potete] [mandarmi|inviarmi] [un report|un riepilogo|una copia] di [tutte le informazioni|tutti i dati] che avete [su di me|sul mio conto]? [grazie|grazie mille]",
            "assistenza [pessima|vergognosa]. voglio sapere [esattamente|] quali dati [miei|] [ha|conserva] {co} e a chi li [passa|comunica], e aspetto risposta da [settimane|un mese]. [1 stella|⭐]",
            "che dati avete su di me?? [pretendo|voglio] [l'accesso ai miei dati|vedere i miei dati] [subito|adesso]. #privacy",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [vedere|sapere] quali dati [personali|] avete su di me?",
            "[mi potete|potete|puoi] [mandare|inviare|girare] una copia dei miei dati [personali|]?",
            "e possibile sapere [che|quali] [informazioni|dati] [conserva|ha] {co} su di me?",
            "dove [posso|si può] [chiedere|richiedere|scaricare] [una copia di|] tutto quello che avete [salvato|registrato] su di me?",
            "cosa devo fare per [farmi dire|sapere] [che dati avete su di me|quali dati miei trattate]?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nvorrei ricevere una copia di {data}[, compreso lo storico degli ordini|]. {acct}\n\n{sign}",
            "{greet}\n\nai sensi dell'art. 15 del GDPR chiedo di sapere quali dati personali trattate su di me, per quali finalità e a chi sono stati comunicati. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Richiesta di accesso ai dati personali (art. 15 GDPR)\n\nCon la presente esercito il diritto di accesso e chiedo di ricevere copia di tutti i dati personali che mi riguardano trattati da {co}. {acct} Chiedo inoltre di conoscere le finalità del trattamento, le categorie di dati, i destinatari a cui sono stati comunicati, il periodo di conservazione, l'origine dei dati e l'eventuale esistenza di processi decisionali automatizzati, compresa la profilazione.\n\nResto in attesa di un riscontro {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}cancellate il mio account[ e tutti i miei dati|][ per favore|.|]",
            "voglio che i miei dati vengano cancellati[ subito|]",
            "come faccio a eliminare definitivamente il mio account?",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "sono [mesi|anni|secoli] che non uso [l'app|il servizio|sta roba]. [chiudete|eliminate|rimuovete] [il mio account|l'account {email}] e [tutto quello che avete|tutte le info] su di me[ pls| grazie| per favore|]",
            "{hi}sono passato alla concorrenza e non voglio lasciare tracce qui. [voglio|vorrei] l'account [chiuso|eliminato|rimosso] [per sempre|definitivamente] e i dati [distrutti|rimossi|fatti sparire] [pure|anche quelli]",
            "[ho avuto un'esperienza pessima|mi avete trattato malissimo|sono rimasta delusissima] con {co}. non voglio [più niente|nessuna traccia] di me da voi: [eliminate|togliete|rimuovete] tutto[!|.|]",
            "ho trovato un vecchio account [con la mia mail|a mio nome] {email} che non sapevo neanche di avere. come lo [elimino|chiudo|tolgo] [insieme ai dati|con tutto lo storico]?",
            "[ciao|salve] {co}, [si può|è possibile|potete] [rimuovere|eliminare|chiudere] [il mio profilo|la mia registrazione|il mio account] [con tutto quello che c'è dentro|insieme a tutti i dati]? ci tengo alla privacy",
            "[ho disinstallato l'app|ho disdetto l'abbonamento|ho chiuso il contratto] ma [l'account|il profilo] è ancora lì. [voglio sparire|voglio essere dimenticato|chiedo il diritto all'oblio]: [eliminate|rimuovete] [tutti i miei dati|tutto]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. [cancellate|eliminate] il mio account [e tutti i miei dati|e i miei dati|] [una volta per tutte|subito]!",
            "⭐ [impossibile|non c'è modo di] [cancellare|eliminare] l'account [dall'app|nell'app]. @{co} [voglio|pretendo] il mio account [cancellato|eliminato] e i miei [dati|dati personali] [cancellati|rimossi] [oggi|subito]",
            "@{co} ho [chiesto|richiesto] [la cancellazione|l'eliminazione] dei miei dati [un mese fa|due settimane fa] e [l'account è ancora attivo|continuo a ricevere roba|niente]. [cancellate tutto|eliminate tutto] [una buona volta|per favore]",
            "ho [disinstallato|cancellato] l'app ma l'account [è ancora lì|esiste ancora]. [come elimino|come cancello|come chiudo] [il mio account|il mio profilo] e [cancello|rimuovo] i miei dati? [2 stelle|⭐⭐] finché non sistemate",
            "non voglio piu avere niente a che fare con {co}. [cancellate|eliminate|rimuovete] [il mio profilo|il mio account] [e tutto quello che avete su di me|con tutti i dati]",
            "[diritto all'oblio|diritto alla cancellazione], {co}! [voglio|pretendo] che [cancelliate|eliminiate] tutti i dati personali [che avete su di me|legati a {email}]. ⭐",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [cancellare|eliminare|chiudere e cancellare] il mio account [per sempre|definitivamente|del tutto]?",
            "[potete|mi potete] [cancellare|eliminare] [tutti i miei dati|il mio account e i miei dati]?",
            "si puo [eliminare|cancellare] [il mio account|il mio profilo] con [tutte le informazioni|tutti i dati] che avete su di me?",
            "dove [si cancella|cancello|elimino] l'account? [voglio che non resti niente|voglio che cancelliate tutto|]",
            "a chi [scrivo|devo scrivere] per far [cancellare|eliminare] i miei dati [personali|] [dal vostro database|del tutto|]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nnon utilizzo più [i vostri servizi|l'app] e vi chiedo di cancellare il mio account e {data}. Gradirei una conferma.\n\n{sign}",
            "{greet}\n\nai sensi dell'art. 17 del GDPR chiedo la cancellazione di {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Richiesta di cancellazione dei dati personali (art. 17 GDPR)\n\nCon la presente chiedo la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano. {acct} I dati non sono più necessari rispetto alle finalità per cui sono stati raccolti e revoco ogni consenso eventualmente prestato.\n\nVi chiedo di comunicare la cancellazione agli eventuali destinatari dei miei dati e di confermarmi per iscritto l'avvenuta cancellazione {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "il mio cognome è scritto male nell'account, è {last}",
            "potete correggere la mia data di nascita? è sbagliata",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ho traslocato|mi sono trasferito] [il mese scorso|da poco|qualche settimana fa] e [le bollette|i pacchi|le lettere] arrivano ancora al vecchio indirizzo. [aggiornate|cambiate|modificate] [il mio indirizzo|la residenza] in {street} {d}{d}[ pls|, grazie|]",
            "il mio nome [è sbagliato|ha un refuso|è scritto male] nel profilo, quello giusto è {name}. [potete sistemarlo|me lo aggiustate|si può modificare]?",
            "[mi è arrivata|ho ricevuto] una fattura con [il codice fiscale sbagliato|la partita IVA sbagliata|il codice fiscale di un'altra persona]. [aggiornate|sistemate|modificate] i miei dati di fatturazione [pls|per favore|urgente]",
            "ho cambiato [numero|cellulare|telefono] e [il numero vecchio|quello vecchio] è ancora sull'account. [mettete|aggiornatelo con|sostituitelo con] il 3{d}{d} {d}{d}{d} {d}{d}{d}{d}[ pls|, grazie|]",
            "mi sono sposata e [ho cambiato|uso un altro] cognome. [come aggiorno|come modifico|potete aggiornare] [il nome|i miei dati] [sull'account|nel profilo] in {name}?",
            "{hi}la mail [dell'account|nel mio profilo] è [vecchia|non più attiva], quella [attuale|giusta] è {email}. [cambiatela|aggiornatela|sostituitela] [pls|per favore|quando potete]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. il mio nome [è scritto male|è sbagliato] [sull'account|in fattura|nell'app] e non [c'è modo di|riesco a] [correggerlo|cambiarlo]. @{co} [correggetelo|sistematelo]!",
            "@{co} mi sono [trasferito|trasferita] e l'indirizzo è ancora quello vecchio. [aggiornate|correggete] il mio indirizzo in {street} {d}, {city}[ per favore|, grazie|]",
            "⭐⭐ la data di nascita [nel mio profilo|sul mio account] è [sbagliata|errata] e [l'assistenza non la corregge|nessuno la sistema]. [voglio i miei dati corretti|rettificate i miei dati personali][!|]",
            "il mio [numero di telefono|cellulare|numero] [è cambiato|non è aggiornato] e [l'app non mi fa|non riesco a] [modificarlo|cambiarlo]. [potete aggiornare|aggiornate] i miei dati[?|, per favore]",
            "[avete scritto male|avete confuso] il mio cognome [nell'anagrafica|nella mia scheda]. [rettificate|correggete] [i miei dati|la mia anagrafica] [subito|urgente], {co}. [1 stella|⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [cambiare|correggere|aggiornare] [il mio indirizzo|la mia residenza] [nell'account|nel vostro sistema|]? [ho traslocato|è sbagliato|]",
            "[potete|mi potete] [correggere|cambiare] [la mia data di nascita|il mio cognome|il mio nome]? [è sbagliato|è scritto male] [nella scheda|nel sistema|]",
            "e possibile [aggiornare|cambiare] il numero di [cellulare|telefono] che avete? quello vecchio non è piu mio",
            "dove [posso|si possono] [correggere|modificare] i miei dati [personali|anagrafici]? [il nome è sbagliato|l'indirizzo non è aggiornato|]",
            "cosa devo fare per far [correggere|sistemare] [il mio nome|il mio cognome] [nel sistema|sull'account]? [c'è un errore|è scritto sbagliato]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[l'indirizzo registrato|la data di nascita registrata|il mio nome] nel mio account [non è corretto|è errato|non è aggiornato]. Vi chiedo di rettificarlo[ ai sensi dell'art. 16 GDPR|]. [Indirizzo corretto: {street} {d}{d}, {city}|Data corretta: {date}]\n\n{acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "non vendete i miei dati a terzi[ per favore|]",
            "non voglio che i miei dati vengano condivisi con [inserzionisti|partner commerciali|terzi]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ho letto|ho visto] [al tg|su twitter|in un articolo] che {co} [passa|rivende|gira] i dati dei clienti a [data broker|aziende pubblicitarie|altre società]. i miei [no|NO]! [voglio essere escluso da questa cessione|non autorizzo questa vendita|toglietemi da questa roba]",
            "[da quando mi sono registrato|da quando ho comprato {product}] mi arrivano [chiamate|messaggi|spam] da aziende che [non conosco|non ho mai sentito]. di sicuro [il mio numero|il mio contatto|la mia mail] [l'avete passato|l'avete venduto] a qualcuno. [smettete di passare|smettete di cedere|non voglio che continuiate a girare] i miei dati a [altre aziende|terzi]",
            "{hi}[dov'è|dove trovo|dove si attiva] l'opzione [\"non vendere i miei dati\"|\"do not sell\"|per non condividere i dati con i partner] nell'app? voglio [attivarla|spuntarla] [subito|oggi]",
            "[va bene|ok] che usiate i miei dati per spedirmi gli ordini, ma [venderli|passarli|cederli] a [inserzionisti|aziende partner|terzi] no. [disattivate|bloccate|togliete] questa cessione [sul mio account|sull'account {email}]",
            "[sono incavolato|sono furiosa|che schifo]: i miei dati [valgono soldi|sono miei], non sono [merce|roba da vendere]. [da oggi|d'ora in poi] [vieto a {co} di venderli|non autorizzo {co} a cederli|non permetto a {co} di girarli] a [nessuno|terzi|società di marketing]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. {co} [vende|passa|cede] i dati dei clienti a [terzi|partner|aziende pubblicitarie]. [non vendete|smettete di vendere] i miei dati!",
            "@{co} [ricevo|ho cominciato a ricevere] [chiamate|sms] da [aziende mai sentite|vostri \"partner\"] da quando mi sono [iscritto|iscritta]. [smettete di condividere|non condividete] i miei dati con [terzi|nessuno]!",
            "⭐ [voglio|pretendo] che i miei dati non [vengano venduti|vengano ceduti|finiscano] a [data broker|inserzionisti|partner commerciali]. [dov'è l'opzione?|l'app non ha nemmeno l'opzione]",
            "non vendete i miei dati. [punto|fine]. @{co}",
            "ho letto l'informativa privacy e [condividete|passate] i dati con [inserzionisti|partner]?? [smettete di passare|non passate più] i miei a terzi. [2 stelle|⭐⭐]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vendete i miei dati a [terzi|aziende pubblicitarie|inserzionisti]? come [faccio a bloccarlo|lo fermo]?",
            "potete smettere di [vendere|condividere|cedere] i miei dati a [terzi|partner|inserzionisti]?",
            "si puo [evitare|impedire] che {co} [venda|passi|ceda] i miei dati ad [altre aziende|data broker|terzi]?",
            "dove [disattivo|trovo] l'opzione per [non vendere|non condividere] i miei dati [personali|] con terzi?",
            "cosa devo fare perché non [vendiate|cediate|passiate] i miei dati a [nessuno|terzi|altre aziende]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nmi oppongo alla cessione e alla vendita dei miei dati personali a terzi, in particolare per finalità pubblicitarie. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[disiscrivetemi|cancellatemi dalla newsletter|STOP]",
            "smettetela di mandarmi [pubblicità|email promozionali|SMS][!|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi arrivano [3|4|5] [newsletter|mail promozionali] al giorno da voi, [è puro spam|questo è spam|è troppo]. [toglietemi|levatemi|rimuovetemi] dalla [mailing list|lista email|lista marketing][ pls|!|]",
            "[basta con le|finitela con le|stop alle] telefonate per propormi [offerte|promozioni|upgrade]! non voglio essere contattato per [pubblicità|marketing][, grazie|]",
            "il link [unsubscribe|per annullare l'iscrizione|per disiscriversi] in fondo alla mail [non va|dà errore|apre una pagina bianca]. come faccio a non ricevere più la newsletter?",
            "{hi}[togliete|rimuovete] {email} da tutte le vostre [campagne|comunicazioni commerciali|liste offerte][ pls|, grazie|]",
            "[ho comprato|ho ordinato] {product} una volta e [da allora|adesso] è [SMS|whatsapp|mail] con [sconti|offerte|black friday] ogni giorno. [non voglio più offerte|basta pubblicità], [come le blocco?|bloccatele subito.]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. [spam|pubblicità] [tutti i giorni|a tutte le ore]. [toglietemi|cancellatemi|levatemi] dalla [newsletter|mailing list|lista email]!",
            "@{co} ho [cliccato|premuto] su disiscriviti [tre|mille] volte e continuo a ricevere [email promozionali|promozioni|newsletter]. [basta|smettetela]!",
            "⭐ [sms|messaggi] [promozionali|di offerte] [alle 8 di mattina|di domenica|senza sosta]. non voglio più [pubblicità|marketing|sms promozionali] da {co}",
            "voglio [disiscrivermi|cancellarmi|annullare l'iscrizione] [dalla newsletter|dalle email di marketing] [ma il link non funziona|e non c'è un link]. [sistematelo|per favore]. ⭐⭐",
            "[smettete di chiamarmi|basta chiamarmi] per [offerte|promozioni|proporre contratti]! @{co} [togliete|levate] il mio numero dalle [campagne|chiamate commerciali]",
            "[disiscrivetemi|unsubscribe] [per favore|pls]. [non ne posso più|basta] di [spam|tutta questa pubblicità] [nella mail|nella casella]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [disiscrivermi dalla|togliermi dalla] [newsletter|mailing list]?",
            "potete smettere di mandarmi [sms promozionali|email pubblicitarie|offerte]?",
            "e possibile [cancellarsi|uscire] dalla lista [email|marketing|delle promozioni]?",
            "dove [disattivo|tolgo] [le email commerciali|le notifiche delle offerte|l'iscrizione alla newsletter]? [mi arrivano ogni giorno|sono stufo|sono stufa|]",
            "cosa devo fare perché smettiate di chiamarmi [con le offerte|per vendermi cose|per le promozioni]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nvi prego di rimuovere {email} da tutte le vostre liste di marketing. Mi sono già disiscritto più volte ma continuo a ricevere la newsletter.\n\n{sign}",
            "{greet}\n\nmi oppongo al trattamento dei miei dati per finalità di marketing diretto. Non desidero ricevere ulteriori comunicazioni commerciali. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "revoco il consenso [al tracciamento|ai cookie|alla geolocalizzazione]",
            "disattivate la profilazione sul mio account per favore",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[a suo tempo|quando mi sono iscritta] ho accettato che usaste [le mie foto|la mia foto|il mio video] [sui social|sul sito|nel catalogo], ma [ho cambiato idea|non voglio più|ci ho ripensato]. [ritiro|revoco] quel permesso[ pls|]",
            "[ho lasciato|ho permesso] che l'app [raccogliesse|vedesse] la mia posizione [all'inizio|senza pensarci], ma [mi mette a disagio|non mi piace|mi inquieta]. [non lo autorizzo più|smetto di autorizzarlo]: [revocate|annullate] quel consenso sul mio profilo",
            "l'app di [allenamento|salute|corsa] salva [i miei battiti|i miei dati sanitari|il mio sonno] col mio consenso, ma la privacy mi preoccupa. [voglio revocare|revoco|ritiro] [il consenso|l'autorizzazione] per quei dati sulla salute",
            "[ho accettato|ho cliccato accetta su] [tutti i cookie|i cookie di analytics|i cookie di tracking] [senza leggere|di fretta] e ora non trovo come tornare indietro. [voglio revocare|come revoco] quel consenso?",
            "{hi}non autorizzo più la registrazione delle mie chiamate con l'assistenza [né|e] l'uso delle registrazioni per [la formazione|addestrare l'IA]. [revoco il consenso|ritiro il mio sì] da oggi",
            "[spegnete|disattivate] la personalizzazione [basata sulla mia cronologia|in base a quello che guardo][ sul mio account|]: il consenso che ho dato [all'iscrizione|alla registrazione] [è ritirato|non vale più]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. l'app [chiede|usa] la posizione [sempre|anche da chiusa]. [revoco|ritiro] il mio consenso alla [geolocalizzazione|localizzazione]!",
            "@{co} non autorizzo più l'uso [delle mie foto|delle foto che ho caricato|delle mie registrazioni] [nelle vostre campagne|in pubblicità|sul sito]. [revoco il consenso|ritiro l'autorizzazione] che avevo dato",
            "⭐⭐ ho accettato i cookie per sbaglio e [ora|adesso] non [riesco a|c'è modo di] [disattivarli|tornare indietro]. [voglio revocare|revoco] il consenso [ai cookie|al tracciamento]",
            "avevo dato il consenso [al trattamento dei miei dati sanitari|all'analisi dei miei allenamenti|alla personalizzazione] ma ho cambiato idea. [revoco|ritiro] quel consenso[, {co}|]",
            "@{co} [disattivate|fermate] il [tracciamento|tracking] [del mio account|delle mie attività]. [non do più il|ritiro il] [consenso|permesso]. ⭐",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [revocare|ritirare] il consenso [alla geolocalizzazione|al tracciamento della posizione] che ho dato nell'app?",
            "potete smettere di usare [le mie foto|la mia foto|la mia immagine] [sul vostro sito|nelle pubblicità|]? [non lo autorizzo più|revoco il permesso che avevo dato]",
            "e possibile revocare il consenso che ho dato per [trattare|usare] [i miei dati sanitari|le mie registrazioni vocali]?",
            "dove [revoco|ritiro] il consenso ai [cookie|cookie di tracciamento|cookie di analisi]? [ho cambiato idea|non lo voglio più|]",
            "cosa devo fare per ritirare il consenso [alla personalizzazione|all'analisi di come uso l'app] che ho accettato [alla registrazione|quando mi sono iscritto|quando mi sono iscritta]?",
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
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "[ciao|salve], [ho dimenticato|non ricordo] la password e non mi arriva la [mail|il link] di recupero. [mi aiutate?|che faccio?]",
            "vorrei passare dal piano [base|mensile] al [premium|annuale], come si fa?",
            "[i miei dati sono al sicuro|sono al sicuro i miei dati] con voi? ho [letto|visto] [una notizia|qualcosa] su [attacchi hacker|violazioni] [e mi sono preoccupato|e mi sono preoccupata|]",
            "dove vedo [le mie fatture|le fatture vecchie] nell'[app|account]?",
            "mi sono [disiscritto|disiscritta] dalla newsletter per sbaglio [ahah|lol|]. come mi [iscrivo di nuovo|riiscrivo]?",
            "si può [aggiungere|collegare] una seconda [email|mail] [al mio account|all'account]? [la {email} è|uso] quella di lavoro",
            "avete un'app per [tablet|ipad]? [sul telefono va bene|sullo smartphone funziona]",
            "il mio ordine {order} non è ancora arrivato[, è passata una settimana|].[ grazie per l'aiuto veloce di ieri!|] [come attivo le notifiche|come accendo le notifiche] per sapere quando parte?",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "sto parlando con un [bot|robot] o con una persona [vera|]?",
            "come ti chiami?",
            "[dimmi|raccontami] qualcosa di te[ ahah|]",
            "che cosa sai [delle macchine del caffè|delle scarpe da corsa|degli smartphone]?",
            "siete aperti la domenica?",
            "che tempo fa oggi [a Milano|a Roma|lì da voi]?",
            "[ahahah ok|ahah va bene|ok grazie|buonanotte, a domani]",
            "[conosci|mi consigli] un buon ristorante [qui vicino|in zona]? [mi annoio|sono annoiato|]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}vorrei [disdire|annullare] il [premium|piano Plus|abbonamento annuale] [a fine mese|dalla prossima scadenza], l'account però lo tengo",
            "come [disattivo|tolgo] il rinnovo automatico [dell'abbonamento|della membership]?",
            "posso mettere in pausa la [box|consegna mensile] per [luglio|agosto|un paio di mesi]? [parto per le vacanze|sono via per lavoro|]",
            "vorrei passare dal piano [Premium|Family|Pro] a quello [Base|Light|mensile], [costa troppo|lo uso poco|non mi serve tutto]",
            "come faccio a chiudere la prova gratuita prima che mi [addebitino|scalino] [i soldi|l'abbonamento]?",
            "[si puo|è possibile] spostare la data di addebito [al 10 del mese|a fine mese|al giorno {d}]? [lo stipendio arriva dopo|]",
            "{greet}\n\nvi scrivo per [fare l'upgrade al piano annuale|passare all'abbonamento Family|ridurre il piano a quello base] a partire dal prossimo rinnovo. Il mio account resta attivo come ora, cambia solo il piano.\n\nPotete confermarmi il nuovo importo?\n\n{sign}",
            "{greet}\n\nvorrei interrompere l'ordine ricorrente [del caffè|delle capsule|del cibo per il gatto] (n. {order}). [Ne ho ancora troppo in casa|Ho cambiato marca|Per ora basta così]. L'account lo tengo per ordini futuri.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}non riesco a fare il login, dice [password errata|credenziali non valide|errore sconosciuto]",
            "ho dimenticato la password e [la mail di reset|il link per reimpostarla] non arriva [nemmeno nello spam|da un'ora|]",
            "il codice [di verifica|2FA|OTP] via sms non mi arriva, come faccio ad entrare?",
            "ho cambiato telefono e l'app [di autenticazione|authenticator] è rimasta sul vecchio, come la riattivo?",
            "account bloccato dopo [troppi tentativi|tre tentativi sbagliati], quanto devo aspettare?",
            "l'app [mi butta fuori|mi fa uscire] [ogni volta|di continuo] e devo rifare il login, [è un bug|succede solo a me]?",
            "{greet}\n\nvorrei [cambiare la password|impostare una password nuova] e fare il logout da tutti i dispositivi, perché [ho usato un pc pubblico|ho perso il vecchio telefono|non ricordo dove ho fatto l'accesso]. Come si fa?\n\n{sign}",
            "{greet}\n\nda [ieri|stamattina|qualche giorno] non riesco più ad accedere all'app: [dopo il login torna alla schermata iniziale|compare una pagina bianca|resta a caricare]. Ho già [reinstallato l'app|svuotato la cache|provato da un altro telefono].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}il codice sconto [della newsletter|dell'sms|di benvenuto] non funziona, dice [scaduto|non valido]",
            "quando iniziano i saldi [estivi|invernali|del Black Friday]?",
            "come faccio ad iscrivermi alla newsletter per avere il [10%|buono di benvenuto|codice sconto]?",
            "quanti punti [fedelta|fedeltà] ho e come li uso [per avere lo sconto|sul prossimo ordine]?",
            "ho invitato [un'amica|mio fratello|un collega] ma non ho ricevuto il bonus [referral|presenta un amico], come mai?",
            "l'offerta [2x1|del -20%|spedizione gratis] che mi avete mandato per sms vale anche [in negozio|sull'app|sui prodotti in saldo]?",
            "{greet}\n\nho ricevuto la vostra newsletter con [il codice|il buono] da {amount} € ma al checkout non viene applicato [all'ordine|al carrello|quando compro {product}]. Potete controllare?\n\n{sign}",
            "{greet}\n\nho un buono regalo [di Natale|di compleanno] e vorrei sapere se posso usarlo insieme ai punti fedeltà sull'ordine {order}.\n\n{sign}",
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
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
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
        // ---- formal letters in the legal register, the other labels, combined requests
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Esercizio del diritto di rettifica (art. 16 GDPR)\n\ni dati personali che {co} conserva su di me sono inesatti. [La mia data di nascita risulta registrata come {date}, il che è errato.|Il mio cognome è scritto in modo errato nei vostri archivi; la grafia corretta è {last}.|Nei vostri archivi risulta un insoluto che ho saldato integralmente il {date}.|Utilizzate ancora il mio vecchio indirizzo; ora risiedo in {street} {d}{d}, {city}.] {acct}\n\nAi sensi dell'art. 16 del Regolamento (UE) 2016/679 ho il diritto di ottenere la rettifica dei dati personali inesatti che mi riguardano senza ingiustificato ritardo. Vi chiedo di correggere i vostri archivi, di comunicare la rettifica a ciascun destinatario ai sensi dell'art. 19 e di darmene conferma scritta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Opposizione alla cessione e alla vendita dei miei dati personali\n\nho appreso che {co} cede o vende i dati dei propri clienti a [partner commerciali|società di marketing|data broker]. Con la presente mi oppongo a qualsiasi cessione, locazione o vendita dei miei dati personali a terzi e, se tale comunicazione si basa sul mio consenso, lo revoco. {acct}\n\nVi chiedo inoltre di indicarmi, ai sensi dell'art. 15 GDPR, i destinatari a cui i miei dati sono già stati comunicati, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Opposizione al trattamento per finalità di marketing diretto (art. 21, par. 2, GDPR)\n\ncon la presente mi oppongo al trattamento dei miei dati personali per finalità di marketing diretto, compresa la profilazione connessa a tale marketing. Ai sensi dell'art. 21, par. 3, GDPR i miei dati non potranno più essere trattati per tali finalità. L'opposizione riguarda le comunicazioni via e-mail, posta, telefono e SMS. {acct}\n\nVi chiedo di confermarmi {deadline} che i miei dati sono stati rimossi da tutte le liste promozionali.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}posso esportare i miei dati in [CSV|JSON|un file]? cambio fornitore",
            "potete trasferire i miei [dati|ordini|dati dell'account] direttamente al mio nuovo operatore?",
            "mi servono i miei dati in un formato leggibile da macchina[, come faccio?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[passo|sto migrando] a [un'altra piattaforma|la concorrenza|un'altra app] e [voglio|vorrei] portarmi dietro [la mia cronologia|le mie playlist|lo storico acquisti]. [c'è modo di|si può|posso] [scaricare|fare il download di] tutto in un file [csv|json]?",
            "{hi}[dov'è|dove sta] il pulsante [export|esporta dati|scarica i miei dati]? [mi serve|voglio] [un backup|una copia in json|un csv] dei miei dati da [importare|caricare] su un altro servizio",
            "ho cambiato [banca|gestore|palestra|assicurazione] e quello nuovo mi [chiede|ha chiesto] lo storico. [potete|riuscite a] [mandare|inviare] i miei dati [direttamente|diretti] [a loro|alla nuova società] [in formato digitale|in un file strutturato]?",
            "[voglio|vorrei] [fare il download|l'export] di [tutte le mie foto e post|i dati del mio account|contatti e messaggi] in un formato che si possa [aprire|importare] in un'altra app. [si può|è possibile]?",
            "[uno screenshot|un pdf] non mi serve, [mi servono|voglio] [i miei dati|lo storico dell'account] in [CSV|JSON|un file strutturato] per [portarli|trasferirli] a [un altro fornitore|la nuova app]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. non c'è modo di [esportare|scaricare] i miei dati [in CSV|in un file]. [voglio|devo] portarli su [un'altra app|un altro servizio]!",
            "@{co} passo alla concorrenza. [mandatemi|inviatemi] [tutti i miei dati|il mio storico] in [CSV|JSON|un formato leggibile] per importarli [lì|nel nuovo servizio]",
            "⭐⭐ [app carina|l'app mi piace] ma [dov'è|dove diavolo è] l'[export|esportazione dei dati]? la portabilità dei dati è [un diritto|legge]. [voglio|pretendo] i miei dati [in un file|in json|in csv]",
            "[trasferite|inviate|passate] i miei dati [direttamente|] [alla mia nuova banca|al nuovo operatore|al nuovo fornitore], {co}. [portabilità|GDPR art. 20]. ⭐",
            "voglio [scaricare|esportare] [le mie playlist|il mio storico|le mie foto e i miei dati] in un file da [aprire altrove|importare in un'altra app]. [come faccio|si può]?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [esportare|scaricare] i miei dati [in CSV|in JSON|in un file] per [portarli|passarli] a un altro [servizio|operatore|fornitore]?",
            "[potete|mi potete] [trasferire|mandare] [i miei dati|il mio storico] direttamente al [mio nuovo operatore|nuovo fornitore|nuovo gestore]?",
            "e possibile avere [tutti i miei dati|il mio storico] in un file [CSV|JSON|leggibile da una macchina] per cambiare [servizio|gestore]?",
            "dove [posso|si possono] [esportare|scaricare] i miei dati in un formato che [un'altra app|un altro servizio] riesca a importare?",
            "a chi [chiedo|devo chiedere] la portabilità dei [miei dati|miei dati e dello storico] verso [un'altra azienda|un altro fornitore]? [cambio gestore|voglio portarmi via tutto]",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Esercizio del diritto alla portabilità dei dati (art. 20 GDPR)\n\nai sensi dell'art. 20 del Regolamento (UE) 2016/679 vi chiedo di trasmettermi i dati personali che ho fornito a {co}, in particolare [i dati del mio account, lo storico degli ordini e le preferenze|il mio profilo, le transazioni e i contenuti caricati|i dati contrattuali e di consumo], in un formato strutturato, di uso comune e leggibile da dispositivo automatico, ad esempio CSV o JSON. {acct}[ Ove tecnicamente fattibile, chiedo che i dati siano trasmessi direttamente al mio nuovo fornitore.|]\n\nVi prego di dare seguito alla richiesta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "non usate i miei dati finché non correggete [il mio indirizzo|la mia data di nascita|l'errore in fattura]",
            "potete [bloccare|congelare] i miei dati finché [il reclamo|la contestazione] non è chiuso? non cancellarli, solo non usarli",
            "{hi}chiedo la limitazione del trattamento dei miei dati finché la cosa non è chiarita",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ho [una contestazione aperta|un reclamo aperto|una causa in corso] con voi per [la fattura|un addebito sbagliato|l'ordine {order}]. finché non [si risolve|è tutto chiarito], [congelate|sospendete|mettete in pausa] l'uso dei miei dati, ma [non eliminate niente|NON cancellate nulla|tenete tutto]",
            "[il mio avvocato|la mia avvocata] mi ha detto di chiederlo: non [eliminate|cancellate] i miei dati perché [mi serviranno|ne avrò bisogno] [in tribunale|per una causa], però [smettete di usarli|non usateli per altro] [nel frattempo|per ora]",
            "[voi dite che|secondo voi] i miei dati sono giusti, io dico di [no|che sono sbagliati]. mentre [verificate|controllate], [sospendete|bloccate|fermate] [il trattamento|qualsiasi uso] di quei dati[ pls| per favore|]",
            "{hi}non voglio chiudere l'account, [voglio solo|vorrei solo] che [resti|rimanga] [congelato|in pausa|bloccato] [e che nessuno tocchi i miei dati|senza usare i miei dati] finché [non decido io|il problema non è risolto]",
            "ho contestato [l'addebito|il pagamento] di {amount} del {date}. non toccate i miei dati [nel frattempo|finché non rispondete]: [limitate|restringete] l'uso, [senza eliminarli|senza cancellare niente]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. ho contestato l'addebito e [continuate|voi continuate] a usare i miei dati. [sospendete|bloccate|congelate] il trattamento [finché non si risolve|nel frattempo]. [non cancellate niente|non vi chiedo di cancellare]!",
            "@{co} [i miei dati sono sbagliati|il mio indirizzo è sbagliato] [e non li avete ancora verificati|e li state verificando]. [fino ad allora|nel frattempo] [non usate|smettete di usare] i miei dati [per niente|per nessuno scopo]. [ma non cancellateli|non voglio che li cancelliate]",
            "⭐⭐ [ho bisogno che conserviate|conservate] i miei dati [perché|visto che] [faccio causa|ho un contenzioso con voi|mi servono per un ricorso], ma [non trattateli|non usateli per altro] [nel frattempo|per ora]",
            "non voglio cancellare l'account, voglio solo che [congeliate|blocchiate|sospendiate] l'uso dei miei dati [per ora|temporaneamente]. {co}, [si può?|limitate il trattamento, grazie]",
            "[limitazione del trattamento|blocco dei miei dati], @{co}! [tenete|conservate] i dati [ma senza usarli|senza toccarli] finché [il mio reclamo non è risolto|la contestazione non è risolta|la disputa non si chiude]. ⭐",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [bloccare|congelare|sospendere] [l'uso|il trattamento] dei miei dati finché non si risolve [il reclamo|la contestazione]? non voglio cancellarli",
            "potete smettere di usare i miei dati [per ora|per il momento] senza [cancellare|eliminare] [niente|l'account]?",
            "e possibile limitare il trattamento dei miei dati [finché verificate|mentre controllate] se [l'indirizzo è giusto|i dati sono corretti]?",
            "dove [chiedo|posso chiedere] di [bloccare|congelare] i miei dati senza cancellarli? mi servono per [una causa|un'azione legale|un ricorso]",
            "cosa devo fare perché [conserviate|teniate] i miei dati ma non li [usiate|trattiate] [per niente|in nessun modo] [finché|fino a quando] [la contestazione è aperta|non si chiude la causa]?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Richiesta di limitazione del trattamento (art. 18 GDPR)\n\ncontesto l'esattezza dei dati che {co} conserva su di me, in particolare [il mio indirizzo postale|la mia data di nascita|la segnalazione di un insoluto]. {acct} Ai sensi dell'art. 18, par. 1, lett. a), GDPR chiedo la limitazione del trattamento dei miei dati per il periodo necessario a verificarne l'esattezza.\n\nDurante la limitazione i dati potranno essere soltanto conservati e non potranno essere oggetto di altri trattamenti senza il mio consenso. Vi chiedo di informarmi prima della revoca della limitazione, come previsto dall'art. 18, par. 3, e di confermarmela {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi oppongo all'uso dei miei dati per [le vostre analisi|il vostro scoring|ricerche interne][.|!|]",
            "{hi}come mi oppongo al trattamento basato sul vostro legittimo interesse? lo dice la vostra informativa",
            "smettete di analizzare i miei [dati di utilizzo|dati di posizione] per scopi vostri, mi oppongo",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ho [scoperto|visto] [nell'informativa privacy|nelle clausole scritte in piccolo] che fate [profiling|un profilo] [del mio comportamento|delle mie abitudini di acquisto] in nome del \"legittimo interesse\". [non sono d'accordo|non lo accetto|dissento] e [voglio che smettiate|pretendo che la smettiate] di farlo con me",
            "perché i miei dati [vanno|vengono passati] alle altre società del gruppo {co}? [non l'ho autorizzato|non l'ho mai chiesto]. [mi oppongo|sono contrario] a questa condivisione interna",
            "{hi}non voglio finire nelle vostre [statistiche|analisi comportamentali|metriche]. [togliete|escludete] i miei dati da [lì|quelle analisi], [sono contrario a questo trattamento|mi oppongo a questo trattamento]",
            "{co} [calcola|fa] uno [score|\"score di rischio\"|profilo di rischio] su di me [senza che io lo sappia|coi miei dati di acquisto]? [con me no|non sono d'accordo]: mi oppongo a questo trattamento per la mia situazione [personale|particolare]",
            "ho [saputo|scoperto] che [monitorate|tracciate|analizzate] [come uso l'app|ogni mio clic] per \"migliorare il servizio\" [per legittimo interesse|invocando il legittimo interesse]. [non mi va|non ci sto]: mi oppongo a questo uso dei miei dati",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. [{co} fa|fate] [profilazione|profiling|analisi del comportamento] su [tutto|ogni clic]. mi oppongo a [questo trattamento|questa cosa] dei miei dati!",
            "@{co} non accetto che [analizziate|studiate] il mio [comportamento|uso dell'app] [per il vostro \"legittimo interesse\"|invocando il legittimo interesse]. [mi oppongo|esercito il diritto di opposizione]",
            "⭐⭐ ho scoperto che [condividete|passate] i miei dati con [le altre società del gruppo|il resto del gruppo]. [non sono d'accordo|mi oppongo] e [voglio che smettiate|smettetela][, non parlo di pubblicità, ma del trattamento in sé|]",
            "non voglio i miei dati usati per [scoring|punteggi di rischio|valutazioni di affidabilità interne] [solo perché|con la scusa che] [è legittimo interesse|vi conviene]. [opposizione, art. 21|mi oppongo a questo trattamento]",
            "[smettete di|basta] [fare analisi|usare analytics|fare statistiche] con [i miei dati|i dati del mio account]. [opposizione|mi oppongo] al trattamento. ⭐",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] oppormi alla [profilazione|analisi del mio comportamento] che fate su di me?",
            "potete smettere di [analizzare|usare] [i miei acquisti|le mie abitudini di acquisto] per [profilarmi|fare statistiche]? mi oppongo",
            "e possibile opporsi alla [condivisione|comunicazione] dei miei dati con [le altre società del gruppo|il resto del gruppo {co}]?",
            "dove [presento|faccio] [opposizione|un'opposizione] al trattamento [basato sul legittimo interesse|per legittimo interesse] di {co}?",
            "cosa devo fare perché non [usiate|trattiate] i miei dati per [lo scoring del credito|il sistema antifrode|il profilo di rischio]? [non sono d'accordo|mi oppongo]",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Opposizione al trattamento ai sensi dell'art. 21, par. 1, GDPR\n\nsecondo la vostra informativa, {co} tratta i miei dati personali [per valutare la mia affidabilità creditizia|per analisi e miglioramento dei servizi|per segmentare la clientela] sulla base del legittimo interesse (art. 6, par. 1, lett. f), GDPR). Mi oppongo a tale trattamento per motivi connessi alla mia situazione particolare: [ho subito un furto d'identità|svolgo una professione che richiede riservatezza sui miei spostamenti|il trattamento mi ha già causato un pregiudizio]. {acct}\n\nNon potrete più trattare i miei dati per tali finalità, salvo che dimostriate l'esistenza di motivi legittimi cogenti che prevalgono sui miei interessi, diritti e libertà. Vi chiedo di confermarmi la cessazione del trattamento {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi hanno rifiutato [il finanziamento|il pagamento a rate|l'apertura del conto] [in automatico|con un algoritmo]. voglio che lo controlli una persona",
            "{hi}questa decisione è stata presa automaticamente? chiedo una revisione da parte di un operatore",
            "non voglio che a valutarmi sia [un algoritmo|un'IA]. chi può riesaminare la mia pratica?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mi [hanno bloccato|hanno sospeso|hanno disattivato] l'account [dal nulla|senza preavviso] e [l'assistenza|la chat] dice solo che \"il sistema ha rilevato attività sospette\". [voglio|pretendo] che un essere umano [riesamini|guardi] il mio caso, non un robot",
            "mi sono candidato [per la posizione|per lo stage|per il lavoro] e mi hanno [scartato|respinto] in [2 minuti|pochi secondi]. [ha deciso un bot|è stato un algoritmo]? [voglio|vorrei] [una revisione umana|che una persona vera guardi il mio cv]",
            "{hi}[mi hanno negato la carta|mi hanno rifiutato il prestito|mi hanno negato l'aumento del fido] [tramite l'app|via app] [senza spiegazioni|in pochi secondi]. che criteri ha usato l'algoritmo? [voglio contestare|contesto] la decisione [e parlare con una persona|davanti a un umano]",
            "[il prezzo|il premio dell'assicurazione|la rata] che mi [mostra|fa pagare] l'app è [molto più alto|il doppio] rispetto [al mio amico|agli altri]. [lo calcola un algoritmo?|è automatico?] [voglio|pretendo] che [qualcuno|un impiegato] lo ricontrolli [a mano|manualmente]",
            "essere [scartato|bocciato] da [una macchina|un robot|un algoritmo] [senza parlare con nessuno|senza che nessuno guardi] non è normale. [contesto|voglio contestare] la [decisione|bocciatura] [sull'ordine {order}|sulla mia richiesta di credito] e [chiedo l'intervento umano|chiedo che decida una persona]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stella. [finanziamento|prestito|fido] [rifiutato|negato] [in 2 secondi|all'istante] da un algoritmo. [voglio|pretendo] che una persona [riveda|esamini] la mia richiesta!",
            "@{co} mi avete [bloccato|sospeso] l'account [in automatico|dal sistema] senza spiegazioni. [voglio|chiedo] una revisione [umana|da parte di una persona] e [sapere|che mi spieghiate] [perché|con quale criterio]",
            "⭐ il [sistema|algoritmo] ha [scartato|respinto] la mia [candidatura|domanda] [senza che nessuno la guardasse|senza intervento umano]. [contesto|non accetto] questa decisione automatica[. voglio parlare con un essere umano|, voglio una revisione]",
            "perché il [prezzo|premio dell'assicurazione] [per me|che mi esce] è [più alto|diverso]? [se l'ha deciso l'algoritmo|se è automatico], [spiegatemi la logica|voglio sapere come funziona] e [che qualcuno lo riveda|ricontrollatelo a mano]. ⭐⭐",
            "[decisione automatizzata|decisione automatica] [ingiusta|sbagliata]! @{co} [un essere umano|una persona] [deve|dovrebbe] [rivedere|esaminare] [il mio caso|il blocco|la carta rifiutata]. [art. 22 GDPR|]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}come [faccio a|posso] [contestare|fare ricorso contro] il [prestito rifiutato|finanziamento negato] che [l'algoritmo|il sistema] ha deciso da solo?",
            "[potete far sì che|è possibile che] una persona [riveda|riesamini] [il blocco del mio account|la decisione]? [è stata automatica|l'ha deciso un algoritmo]",
            "e possibile che un essere umano [riveda|controlli] la decisione [automatica|dell'algoritmo] che ha [rifiutato|respinto] la mia [richiesta|candidatura]?",
            "dove [posso|si può] [chiedere|sapere] [la logica|i criteri] che l'algoritmo ha usato per [negarmi il credito|alzarmi il prezzo|bloccarmi l'account]?",
            "a chi [scrivo|devo scrivere] per [contestare|chiedere una revisione umana di] [la decisione automatica|una decisione presa dal sistema] sul [mio credito|mio finanziamento]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Processo decisionale automatizzato (art. 22 GDPR)\n\nil {date} la mia richiesta di [finanziamento|pagamento rateale|apertura di un conto] è stata respinta [in pochi secondi|automaticamente] e senza alcuna motivazione. Ritengo che la decisione sia basata unicamente su un trattamento automatizzato, compresa la profilazione, e che incida in modo significativo sulla mia persona. {acct}\n\nAi sensi dell'art. 22 GDPR chiedo:\n\n1. l'intervento umano da parte del titolare, cioè il riesame della richiesta da parte di una persona autorizzata a modificare la decisione;\n2. informazioni significative sulla logica utilizzata e sui principali fattori della decisione;\n3. la possibilità di esprimere la mia opinione e di contestare la decisione.\n\nVi prego di rispondere {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Revoca del consenso (art. 7, par. 3) e richiesta di cancellazione (art. 17 GDPR)\n\ncon la presente revoco, con effetto immediato, tutti i consensi prestati a {co} per il trattamento dei miei dati personali. Non sussistendo altro fondamento giuridico per il trattamento, chiedo inoltre, ai sensi dell'art. 17, par. 1, lett. b), GDPR, la cancellazione di tutti i dati che mi riguardano. {acct}\n\nVi prego di confermarmi per iscritto la revoca e la cancellazione {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nrevoco il consenso al trattamento dei miei dati e vi chiedo di cancellare il mio account e {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Opposizione al marketing diretto (art. 21, par. 2, GDPR) e revoca del consenso (art. 7, par. 3)\n\nmi oppongo al trattamento dei miei dati personali per finalità di marketing diretto, compresa la profilazione connessa. Revoco inoltre tutti i consensi prestati a {co} per ricevere comunicazioni commerciali via e-mail, SMS o telefono. {acct}\n\nVi chiedo di confermarmi {deadline} che i miei dati sono stati rimossi da tutte le liste promozionali.{escalate}\n\n{sign_formal}",
            "{greet}\n\nvi prego di togliermi da tutte le liste promozionali. Revoco anche il consenso dato al momento dell'iscrizione per [la newsletter e le offerte|le chiamate e gli SMS commerciali|le offerte personalizzate]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Diritto di accesso (art. 15) e diritto alla portabilità (art. 20 GDPR)\n\nchiedo copia di tutti i dati personali che {co} tratta su di me, insieme alle informazioni previste dall'art. 15, par. 1. {acct} Inoltre, ai sensi dell'art. 20, vi chiedo di fornirmi i dati che vi ho conferito in un formato strutturato, di uso comune e leggibile da dispositivo automatico, per poterli trasmettere a un altro fornitore.\n\nVi prego di rispondere {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Opposizione (art. 21, par. 1) e limitazione del trattamento (art. 18, par. 1, lett. d), GDPR)\n\nper motivi connessi alla mia situazione particolare mi oppongo al trattamento dei miei dati [a fini di profilazione|a fini di analisi|per la valutazione del merito creditizio] basato sul vostro legittimo interesse. {acct} In attesa della verifica in merito all'eventuale prevalenza dei vostri motivi legittimi sui miei, chiedo la limitazione del trattamento ai sensi dell'art. 18, par. 1, lett. d).\n\nVi prego di confermarmi entrambe le misure {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nOggetto: Rettifica (art. 16) e limitazione del trattamento (art. 18, par. 1, lett. a), GDPR)\n\ni dati che conservate su di me sono inesatti: [risulta un mancato pagamento mai avvenuto|la mia data di nascita è errata|usate un indirizzo in cui non vivo da anni]. {acct} Chiedo la rettifica ai sensi dell'art. 16 e, durante la verifica dell'esattezza, la limitazione del trattamento ai sensi dell'art. 18, par. 1, lett. a), in particolare che i dati non siano comunicati a sistemi di informazioni creditizie.\n\nVi prego di confermarmi la rettifica {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nnei vostri archivi [la mia data di nascita è sbagliata|il mio indirizzo è sbagliato|lo storico dei pagamenti è sbagliato]. Vi chiedo di correggerlo e di non usare né comunicare questi dati finché l'errore non è stato corretto. {acct}\n\n{sign}",
        ]},
    ],
};

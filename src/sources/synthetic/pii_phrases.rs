//! The phrase banks of `synthetic_pii`: per language, the sentences that carry each kind of
//! personal data (`{}` marks where the value goes; cue words such as "born" are part of the
//! sentence, not of the value), the filler and decoy sentences around them, and the local forms
//! of phone numbers, streets, towns and dates (`#` is a random digit).

/// One language's bank.
pub(super) struct PiiLang {
    pub code: &'static str,
    /// Carrier sentences, by kind, in the order of [`KINDS`].
    pub carriers: [&'static [&'static str]; 9],
    /// Sentences without personal data; some hold numbers and dates that are not PII.
    pub filler: &'static [&'static str],
    pub phones: &'static [&'static str],
    /// Street names; `number_first` puts the house number before them (en, fr).
    pub streets: &'static [&'static str],
    pub number_first: bool,
    /// Postcode and town, `#` a digit.
    pub towns: &'static [&'static str],
    pub months: [&'static str; 12],
    /// Named-date form: `D` day, `M` month name, `Y` year; numeric form: `d`, `m`, `Y`.
    pub dates: &'static [&'static str],
    /// The IBAN country.
    pub iban_country: &'static str,
}

/// The kinds, in the order of [`PiiLang::carriers`].
pub(super) const KINDS: [&str; 9] =
    ["email", "phone", "iban", "card", "ip", "ssn", "national_id", "date_of_birth", "address"];

pub(super) static LANGS: [PiiLang; 7] = [
    PiiLang {
        code: "en",
        carriers: [
            &["You can reach me at {}.", "My e-mail address is {}.", "Please reply to {} instead."],
            &["Call me on {}.", "My phone number is {}.", "You can text me at {} after 5pm."],
            &["Please refund the money to my IBAN {}.", "Bank account: {}."],
            &["I was charged twice on my card {}.", "The card number ends the same, it is {}."],
            &["I logged in from {} yesterday.", "The failed login came from {}."],
            &["My SSN is {}.", "Social security number: {}."],
            &["My Spanish NIE is {}.", "For the invoice, my DNI is {}."],
            &["I was born on {}.", "Date of birth: {}."],
            &["Please send the replacement to {}.", "My new address is {}."],
        ],
        filler: &[
            "I ordered a coffee machine last week.", "Thanks for your help.", "The delivery was late again.",
            "Could you check my account, please?", "Order 4031-2291 arrived on 12.03.2024 but was damaged.",
            "I have been a customer since 2015 and paid 149.99 in total.", "My order number is 88123456.",
            "The tracking code 1Z999AA10123456784 does not work.",
        ],
        phones: &["+44 20 7946 0###", "07700 900###", "(555) 2##-####", "+1 415 555 ####", "020 7946 0###"],
        streets: &["Maple Avenue", "Church Road", "High Street", "Oak Lane", "Cedar Drive", "King Street"],
        number_first: true,
        towns: &["Springfield, IL 627##", "Austin, TX 787##", "Leeds LS1 #AB", "London SW1A #AA", "Bristol BS# #QT"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        dates: &["D M Y", "M D, Y", "m/d/Y", "Y-m-d"],
        iban_country: "GB",
    },
    PiiLang {
        code: "de",
        carriers: [
            &["Sie erreichen mich unter {}.", "Meine E-Mail-Adresse lautet {}.", "Bitte antworten Sie an {}."],
            &["Rufen Sie mich unter {} an.", "Meine Telefonnummer ist {}.", "Mobil: {}."],
            &["Bitte überweisen Sie den Betrag auf mein Konto {}.", "Meine IBAN lautet {}."],
            &["Meine Kreditkarte {} wurde doppelt belastet.", "Kartennummer: {}."],
            &["Der Login kam von der Adresse {}.", "Ich war mit {} verbunden."],
            &["Meine US-Sozialversicherungsnummer (SSN) ist {}.", "SSN: {}."],
            &["Meine Steuer-ID lautet {}.", "Steuer-ID: {}."],
            &["Ich bin am {} geboren.", "Geburtsdatum: {}.", "Geboren am {} in Köln."],
            &["Bitte schicken Sie die Ware an {}.", "Meine neue Anschrift: {}."],
        ],
        filler: &[
            "Ich habe letzte Woche eine Kaffeemaschine bestellt.", "Vielen Dank für Ihre Hilfe.",
            "Die Lieferung vom 03.02.2024 kam wieder zu spät.", "Können Sie bitte mein Konto prüfen?",
            "Meine Bestellnummer ist 40312291.", "Ich habe 149,99 EUR bezahlt.",
        ],
        phones: &["+49 151 ########", "0151 ########", "030 #######", "030/#######", "+49 30 ########", "089 ### ###"],
        streets: &["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Kirchgasse"],
        number_first: false,
        towns: &["10### Berlin", "80### München", "50### Köln", "20### Hamburg", "1##0 Wien"],
        months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        dates: &["d.m.Y", "D. M Y"],
        iban_country: "DE",
    },
    PiiLang {
        code: "fr",
        carriers: [
            &["Vous pouvez m'écrire à {}.", "Mon adresse e-mail est {}.", "Merci de répondre à {}."],
            &["Appelez-moi au {}.", "Mon numéro de téléphone est le {}.", "Portable : {}."],
            &["Merci de rembourser sur mon IBAN {}.", "Mon compte : {}."],
            &["Ma carte {} a été débitée deux fois.", "Numéro de carte : {}."],
            &["La connexion venait de {}.", "J'étais connecté depuis l'adresse {}."],
            &["Mon numéro SSN américain est {}.", "SSN : {}."],
            &["Mon numéro de sécurité sociale est {}.", "NIR : {}."],
            &["Je suis né le {}.", "Date de naissance : {}."],
            &["Merci d'envoyer le colis au {}.", "Ma nouvelle adresse : {}."],
        ],
        filler: &[
            "J'ai commandé une cafetière la semaine dernière.", "Merci pour votre aide.",
            "La livraison du 12/03/2024 est encore en retard.", "Pouvez-vous vérifier mon compte ?",
            "Ma commande numéro 40312291 n'est pas arrivée.", "J'ai payé 149,99 EUR.",
        ],
        phones: &["06 ## ## ## ##", "+33 6 ## ## ## ##", "01.##.##.##.##", "07 ## ## ## ##", "+33 1 ## ## ## ##"],
        streets: &["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur", "rue des Lilas", "place de la Gare"],
        number_first: true,
        towns: &["750## Paris", "690## Lyon", "130## Marseille", "310## Toulouse", "330## Bordeaux"],
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        dates: &["d/m/Y", "D M Y"],
        iban_country: "FR",
    },
    PiiLang {
        code: "es",
        carriers: [
            &["Pueden escribirme a {}.", "Mi correo es {}.", "Respondan a {}, por favor."],
            &["Llámenme al {}.", "Mi teléfono es el {}.", "Móvil: {}."],
            &["Devuelvan el dinero a mi IBAN {}.", "Mi cuenta: {}."],
            &["Me cobraron dos veces en la tarjeta {}.", "Número de tarjeta: {}."],
            &["El acceso vino de la IP {}.", "Me conecté desde {}."],
            &["Mi SSN estadounidense es {}.", "SSN: {}."],
            &["Mi DNI es {}.", "NIE: {}."],
            &["Nací el {}.", "Fecha de nacimiento: {}."],
            &["Envíen el pedido a {}.", "Mi nueva dirección es {}."],
        ],
        filler: &[
            "Pedí una cafetera la semana pasada.", "Gracias por su ayuda.", "El envío del 12/03/2024 llegó tarde.",
            "¿Pueden revisar mi cuenta?", "Mi número de pedido es 40312291.", "Pagué 149,99 EUR.",
        ],
        phones: &["6## ### ###", "+34 6## ## ## ##", "91# ### ###", "+34 9## ### ###", "7## ## ## ##"],
        streets: &["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia", "Calle Real"],
        number_first: false,
        towns: &["280## Madrid", "080## Barcelona", "460## Valencia", "410## Sevilla", "500## Zaragoza"],
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        dates: &["d/m/Y", "D de M de Y"],
        iban_country: "ES",
    },
    PiiLang {
        code: "it",
        carriers: [
            &["Potete scrivermi a {}.", "La mia e-mail è {}.", "Rispondete a {}, grazie."],
            &["Chiamatemi al {}.", "Il mio numero di telefono è {}.", "Cellulare: {}."],
            &["Rimborsate sul mio IBAN {}.", "Il mio conto: {}."],
            &["La carta {} è stata addebitata due volte.", "Numero della carta: {}."],
            &["L'accesso veniva da {}.", "Ero connesso dall'indirizzo {}."],
            &["Il mio SSN americano è {}.", "SSN: {}."],
            &["Il mio codice fiscale è {}.", "Codice fiscale: {}."],
            &["Sono nato il {}.", "Data di nascita: {}."],
            &["Spedite il pacco a {}.", "Il mio nuovo indirizzo è {}."],
        ],
        filler: &[
            "Ho ordinato una macchina del caffè la settimana scorsa.", "Grazie per l'aiuto.",
            "La consegna del 12/03/2024 è arrivata in ritardo.", "Potete controllare il mio account?",
            "Il mio numero d'ordine è 40312291.", "Ho pagato 149,99 EUR.",
        ],
        phones: &["3## ### ####", "+39 3## ### ####", "06 #### ####", "+39 06 #### ####", "02 #### ####"],
        streets: &["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza Duomo", "Via Verdi"],
        number_first: false,
        towns: &["001## Roma", "201## Milano", "801## Napoli", "101## Torino", "401## Bologna"],
        months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        dates: &["d/m/Y", "D M Y"],
        iban_country: "IT",
    },
    PiiLang {
        code: "nl",
        carriers: [
            &["U kunt mij mailen op {}.", "Mijn e-mailadres is {}.", "Antwoord graag naar {}."],
            &["Bel mij op {}.", "Mijn telefoonnummer is {}.", "Mobiel: {}."],
            &["Stort het bedrag op mijn IBAN {}.", "Rekeningnummer: {}."],
            &["Mijn creditcard {} is twee keer belast.", "Kaartnummer: {}."],
            &["De login kwam van {}.", "Ik was verbonden via {}."],
            &["Mijn Amerikaanse SSN is {}.", "SSN: {}."],
            &["Mijn BSN is {}.", "BSN: {}."],
            &["Ik ben geboren op {}.", "Geboortedatum: {}."],
            &["Stuur het pakket naar {}.", "Mijn nieuwe adres is {}."],
        ],
        filler: &[
            "Ik heb vorige week een koffiezetapparaat besteld.", "Bedankt voor uw hulp.",
            "De levering van 12-03-2024 was weer te laat.", "Kunt u mijn account controleren?",
            "Mijn bestelnummer is 40312291.", "Ik heb 149,99 EUR betaald.",
        ],
        phones: &["06-########", "+31 6 ########", "020 ### ####", "06 ## ## ## ##", "+31 20 ### ####"],
        streets: &["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Julianalaan"],
        number_first: false,
        towns: &["1### AB Amsterdam", "3### CD Rotterdam", "3### EF Utrecht", "2### GH Den Haag"],
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        dates: &["d-m-Y", "D M Y"],
        iban_country: "NL",
    },
    PiiLang {
        code: "pt",
        carriers: [
            &["Podem escrever-me para {}.", "O meu e-mail é {}.", "Respondam para {}, por favor."],
            &["Liguem-me para o {}.", "O meu telefone é {}.", "Telemóvel: {}."],
            &["Devolvam o dinheiro para o meu IBAN {}.", "A minha conta: {}."],
            &["O cartão {} foi cobrado duas vezes.", "Número do cartão: {}."],
            &["O acesso veio de {}.", "Estava ligado a partir de {}."],
            &["O meu SSN americano é {}.", "SSN: {}."],
            &["O meu NIF é {}.", "NIF: {}."],
            &["Nasci a {}.", "Data de nascimento: {}."],
            &["Enviem a encomenda para {}.", "A minha nova morada é {}."],
        ],
        filler: &[
            "Encomendei uma máquina de café na semana passada.", "Obrigado pela ajuda.",
            "A entrega de 12/03/2024 chegou atrasada.", "Podem verificar a minha conta?",
            "O número da minha encomenda é 40312291.", "Paguei 149,99 EUR.",
        ],
        phones: &["9## ### ###", "+351 9## ### ###", "21 ### ####", "+351 21 ### ####", "22 ### ####"],
        streets: &["Rua da Liberdade", "Avenida da República", "Rua Augusta", "Rua das Flores", "Rua Direita"],
        number_first: false,
        towns: &["1##0-### Lisboa", "4##0-### Porto", "3000-### Coimbra"],
        months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        dates: &["d/m/Y", "D de M de Y"],
        iban_country: "PT",
    },
];

"""Hand-written training phrasings of withdrawal of consent (GDPR art. 7(3)) in every register
customers use (formal letters, chat lines, web forms, call notes, angry messages) and with more of
each language's own vocabulary, in all seven languages. Several say outright that the account may
stay, which is what separates withdrawing consent from asking for erasure. Written from the label
definition and ordinary legal and customer-service usage, without reading any held-out message
(neither the held-out synthetic families nor tests/data/intents_eval_*.csv nor the ChatterBot
lines used for evaluation). Each entry is one phrasing family, held out at the same stable 20%
rate as the other phrasings."""

# Family ids of this file are FAMILY_PREFIX + "lang:intent:i". The held-out 20% is chosen by a hash
# of that id, so the prefix is frozen (it is the tag the file was first trained under): changing
# it would move phrasings between the training and the held-out sets.
FAMILY_PREFIX = "s4:"

PHRASES = {
    "en": {
        "consent_withdrawal": [
            "I hereby withdraw, with effect for the future, the consent I gave on registration.",
            "Please record that I have revoked my consent; you can keep my account open.",
            "I rescind the permission I granted you to process my data for research purposes.",
            "Consent cancelled: I no longer agree to the use of my voice recordings.",
            "I changed my mind about the consent I gave for profiling, please consider it withdrawn.",
            "I'd like to withdraw my agreement to the processing of my biometric data.",
            "Please untick my consent for tracking cookies on my account and stop that processing.",
            "This is a withdrawal of consent under Article 7(3) GDPR, not a request to close my account.",
            "I gave you my consent last year and I am now taking it back.",
            "I never wanted you to use my data like this. Whatever consent you think I gave, I take it back now.",
            "Request type: withdraw consent. Details: please stop any processing that relies on my earlier agreement.",
            "Caller says she agreed to data sharing when she signed up and now wants to withdraw that consent.",
            "revoke consent pls",
            "The checkbox I ticked back then no longer reflects my wishes: I withdraw my consent.",
            "Don't rely on my consent anymore, I have withdrawn it.",
        ],
    },
    "de": {
        "consent_withdrawal": [
            "Hiermit widerrufe ich mit Wirkung für die Zukunft die von mir erteilte Einwilligung.",
            "Ich ziehe mein Einverständnis zur Nutzung meiner Fotos zurück.",
            "Meine Zustimmung zur Auswertung meiner Standortdaten entziehe ich Ihnen hiermit.",
            "Ich bin mit der Verarbeitung meiner Gesundheitsdaten nicht länger einverstanden und widerrufe meine Einwilligung.",
            "Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO. Mein Kundenkonto soll bestehen bleiben.",
            "Die bei der Anmeldung erteilte Einwilligung nehme ich zurück, bitte bestätigen Sie den Widerruf.",
            "ich widerrufe meine zustimmung zur datennutzung, das konto will ich aber behalten",
            "Bitte vermerken Sie, dass ich meine Einwilligung in die Profilbildung widerrufen habe.",
            "Für die Teilnahme an der Studie hatte ich eingewilligt; diese Einwilligung widerrufe ich.",
            "Ich habe nie gewollt, dass Sie meine Daten so verwenden. Meine Einwilligung ist hiermit widerrufen!",
            "Anliegen: Widerruf der Einwilligung. Details: Bitte stellen Sie jede Verarbeitung auf Grundlage meiner Zustimmung ein.",
            "Der Anrufer möchte die bei Vertragsabschluss erteilte Einwilligung widerrufen.",
            "einwilligung zurückziehen bitte",
            "Das Häkchen, das ich damals gesetzt habe, gilt nicht mehr: Ich widerrufe meine Einwilligung.",
            "Stützen Sie sich bitte nicht mehr auf meine Einwilligung, ich habe sie zurückgezogen.",
        ],
    },
    "fr": {
        "consent_withdrawal": [
            "Je vous informe du retrait de mon consentement au traitement de mes données, pour l'avenir.",
            "Je ne consens plus à l'utilisation de mes photos et je révoque l'accord que j'avais donné.",
            "Révocation de mon consentement (article 7.3 du RGPD) : vous pouvez conserver mon compte.",
            "Je retire le consentement donné pour l'analyse de mes données de localisation.",
            "merci de noter que je retire mon consentement, je ne veux pas fermer mon compte",
            "Je reviens sur le consentement que j'avais donné pour le profilage.",
            "J'avais consenti à participer à l'étude ; je retire aujourd'hui ce consentement.",
            "Je n'ai jamais voulu que vous utilisiez mes données ainsi. Je retire mon consentement, point final !",
            "Objet de la demande : retrait du consentement. Détails : cessez tout traitement fondé sur mon accord.",
            "La cliente souhaite retirer le consentement donné lors de la souscription.",
            "retrait consentement svp",
            "La case que j'avais cochée ne vaut plus : je retire mon consentement.",
            "Ne vous appuyez plus sur mon consentement, je l'ai retiré.",
        ],
    },
    "es": {
        "consent_withdrawal": [
            "Por la presente revoco, con efectos hacia el futuro, el consentimiento otorgado en el registro.",
            "Dejo sin efecto mi consentimiento para el uso de mis fotografías.",
            "Ya no doy mi consentimiento para el tratamiento de mis datos de salud.",
            "Revocación del consentimiento según el artículo 7.3 del RGPD; mi cuenta puede seguir activa.",
            "retiro el consentimiento que di para el análisis de mi ubicación, no quiero borrar la cuenta",
            "Les comunico que retiro el consentimiento prestado para la elaboración de perfiles.",
            "Había consentido participar en el estudio y ahora retiro ese consentimiento.",
            "¡Nunca quise que usaran mis datos así! Retiro mi consentimiento ahora mismo.",
            "Tipo de solicitud: retirada del consentimiento. Detalles: dejen de tratar mis datos basándose en mi autorización.",
            "El cliente quiere revocar el consentimiento que dio al contratar el servicio.",
            "revocar consentimiento porfa",
            "La casilla que marqué en su día ya no vale: retiro mi consentimiento.",
            "No se basen más en mi consentimiento, lo he retirado.",
        ],
    },
    "it": {
        "consent_withdrawal": [
            "Con la presente revoco, per il futuro, il consenso prestato al momento dell'iscrizione.",
            "Non acconsento più al trattamento dei miei dati sanitari e revoco il consenso.",
            "Revoca del consenso ai sensi dell'art. 7, par. 3 GDPR: il mio account può restare attivo.",
            "Ritiro il consenso all'utilizzo delle mie fotografie.",
            "vi comunico che non do più il mio consenso all'analisi della mia posizione",
            "Desidero revocare il consenso prestato per la profilazione.",
            "Avevo dato il consenso a partecipare allo studio; ora lo revoco.",
            "Non ho mai voluto che usaste i miei dati così! Revoco il mio consenso, subito.",
            "Tipo di richiesta: revoca del consenso. Dettagli: interrompete ogni trattamento basato sul mio consenso.",
            "Il cliente vuole revocare il consenso dato alla sottoscrizione del contratto.",
            "revoca consenso grazie",
            "La casella che avevo spuntato non vale più: revoco il consenso.",
            "Non basatevi più sul mio consenso, l'ho revocato.",
        ],
    },
    "nl": {
        "consent_withdrawal": [
            "Hierbij trek ik de bij mijn registratie verleende toestemming in, met ingang van vandaag.",
            "Ik geef geen toestemming meer voor het gebruik van mijn foto's.",
            "Intrekking van mijn toestemming op grond van artikel 7 lid 3 AVG; mijn account mag blijven bestaan.",
            "Ik herroep mijn toestemming voor de verwerking van mijn gezondheidsgegevens.",
            "ik trek mijn toestemming voor het volgen van mijn locatie in, mijn account wil ik houden",
            "Graag noteren dat ik mijn toestemming voor profilering heb ingetrokken.",
            "Ik had toestemming gegeven voor deelname aan het onderzoek; die trek ik nu in.",
            "Ik heb nooit gewild dat u mijn gegevens zo gebruikt! Ik trek mijn toestemming nu in.",
            "Soort verzoek: toestemming intrekken. Toelichting: stop elke verwerking die op mijn toestemming berust.",
            "De klant wil de toestemming intrekken die hij bij het afsluiten van het abonnement gaf.",
            "toestemming intrekken aub",
            "Het vinkje dat ik destijds zette geldt niet meer: ik trek mijn toestemming in.",
            "Baseer u niet langer op mijn toestemming, ik heb die ingetrokken.",
        ],
    },
    "pt": {
        "consent_withdrawal": [
            "Venho por este meio revogar, para o futuro, o consentimento prestado no registo.",
            "Já não autorizo a utilização das minhas fotografias e retiro o consentimento.",
            "Revogação do consentimento nos termos do artigo 7.º, n.º 3, do RGPD; a minha conta pode manter-se.",
            "Retiro o consentimento para o tratamento dos meus dados de saúde.",
            "não autorizo mais a análise da minha localização, retiro o consentimento mas quero manter a conta",
            "Peço que registem a revogação do meu consentimento para a definição de perfis.",
            "Tinha dado consentimento para participar no estudo; agora revogo-o.",
            "Nunca quis que usassem os meus dados assim! Retiro o meu consentimento já.",
            "Tipo de pedido: retirada do consentimento. Detalhes: parem qualquer tratamento baseado no meu consentimento.",
            "O cliente quer revogar o consentimento que deu ao assinar o contrato.",
            "revogar consentimento pf",
            "A caixa que marquei na altura já não vale: retiro o meu consentimento.",
            "Não se baseiem mais no meu consentimento, já o retirei.",
        ],
    },
}

"""Hand-written training phrasings of withdrawal of consent (GDPR art. 7(3)) in all seven
languages, with each language's wider vocabulary for "withdraw" (revoke, rescind, take back,
cancel, no longer agree) and for "consent" (agreement, permission, authorisation, approval),
attached to the kinds of processing people consent to (photos, location, health and fitness data,
recordings, analytics, personalisation, research, biometrics) rather than to marketing mail,
which is `opt_out_marketing`. Plus a few lines that talk about consent without withdrawing it
(`none`), so that the new words do not become alarms on their own. Written from the label
definitions and ordinary usage, without reading any held-out or evaluation text (held-out
synthetic families, tests/data/intents_eval_*.csv, the ChatterBot lines). Each entry is one
phrasing family, held out at the same stable 20% rate as the other phrasings."""

# Family ids of this file are FAMILY_PREFIX + "lang:intent:i". The held-out 20% is chosen by a hash
# of that id, so the prefix is frozen (it is the tag the file was first trained under): changing
# it would move phrasings between the training and the held-out sets.
FAMILY_PREFIX = "s5:"

PHRASES = {
    "en": {
        "consent_withdrawal": [
            "I no longer give you permission to analyse my fitness tracker data.",
            "Please treat my authorisation for the use of my photos as cancelled from today.",
            "I'm pulling my consent for the location features, everything else can stay as it is.",
            "My approval for sharing my health records with your research partner is hereby revoked.",
            "I retract the agreement I gave for my call recordings to be used for training.",
            "I do not agree any more to my data being used for personalised recommendations.",
            "Consent for analytics: withdrawn. Please confirm you have stopped.",
            "Last year I said yes to the face recognition feature. That yes is now a no.",
            "I am cancelling the consent I gave at the pharmacy for my data to be kept for studies.",
            "you don't have my permission anymore to use my pictures, take that as my consent withdrawn",
            "Kindly note the revocation of my consent to the processing of my biometric data.",
            "I want to take back the agreement I clicked when I installed the app.",
        ],
        "none": [
            "Yes, I consent to this call being recorded.",
            "I gave my consent on the form yesterday, is there anything else you need from me?",
            "Can you tell me which consents I agreed to when I signed up? Just curious, no changes needed.",
        ],
    },
    "de": {
        "consent_withdrawal": [
            "Ich erteile Ihnen keine Erlaubnis mehr, die Daten meines Fitnessarmbands auszuwerten.",
            "Meine Freigabe zur Verwendung meiner Fotos nehme ich ab heute zurück.",
            "Das Einverständnis für die Standortfunktionen ziehe ich zurück, alles andere bleibt wie es ist.",
            "Meine Zustimmung zur Weitergabe meiner Befunde an Ihren Forschungspartner ist hiermit widerrufen.",
            "Mit der Nutzung meiner Gesprächsaufzeichnungen zu Schulungszwecken bin ich nicht mehr einverstanden.",
            "Ich widerspreche nicht, ich widerrufe: Die Einwilligung in personalisierte Empfehlungen gilt nicht mehr.",
            "Einwilligung Analyse: widerrufen. Bitte bestätigen Sie, dass die Verarbeitung eingestellt ist.",
            "Letztes Jahr habe ich der Gesichtserkennung zugestimmt. Diese Zustimmung gilt ab sofort nicht mehr.",
            "Die in der Apotheke unterschriebene Einverständniserklärung zur Datenspeicherung für Studien widerrufe ich.",
            "sie haben nicht mehr mein ok meine bilder zu benutzen, einwilligung ist zurückgezogen",
            "Ich bitte um Kenntnisnahme des Widerrufs meiner Einwilligung in die Verarbeitung biometrischer Daten.",
            "Die Zustimmung, die ich bei der Installation der App angeklickt habe, nehme ich zurück.",
        ],
        "none": [
            "Ja, ich bin mit der Aufzeichnung des Gesprächs einverstanden.",
            "Ich habe die Einwilligung gestern auf dem Formular unterschrieben, brauchen Sie noch etwas von mir?",
        ],
    },
    "fr": {
        "consent_withdrawal": [
            "Je ne vous donne plus l'autorisation d'analyser les données de mon bracelet connecté.",
            "Veuillez considérer mon autorisation d'utiliser mes photos comme annulée à compter d'aujourd'hui.",
            "Je retire mon accord pour les fonctions de localisation, le reste peut rester tel quel.",
            "L'accord que j'avais donné pour transmettre mon dossier médical à votre partenaire de recherche est révoqué.",
            "Je ne suis plus d'accord pour que mes enregistrements d'appels servent à la formation.",
            "J'annule le consentement donné pour les recommandations personnalisées.",
            "Consentement aux statistiques : retiré. Merci de confirmer l'arrêt du traitement.",
            "L'an dernier j'avais accepté la reconnaissance faciale. Je me rétracte.",
            "vous n'avez plus mon accord pour utiliser mes photos, je retire mon consentement",
            "Je vous prie de prendre acte de la révocation de mon consentement au traitement de mes données biométriques.",
            "Je reviens sur l'accord que j'ai coché en installant l'application.",
        ],
        "none": [
            "Oui, j'accepte que cet appel soit enregistré.",
            "J'ai signé le formulaire de consentement hier, avez-vous besoin d'autre chose ?",
        ],
    },
    "es": {
        "consent_withdrawal": [
            "Ya no les doy permiso para analizar los datos de mi pulsera de actividad.",
            "Den por anulada desde hoy mi autorización para usar mis fotos.",
            "Retiro mi conformidad con las funciones de localización; lo demás puede quedarse como está.",
            "Queda revocada la autorización que di para compartir mi historial médico con su socio de investigación.",
            "Ya no estoy de acuerdo con que mis grabaciones de llamadas se usen para formación.",
            "Dejo sin efecto el consentimiento para las recomendaciones personalizadas.",
            "Consentimiento para analítica: retirado. Confirmen que han dejado de tratar mis datos.",
            "El año pasado acepté el reconocimiento facial. Ahora me echo atrás y lo retiro.",
            "ya no tienen mi permiso para usar mis fotos, retiro el consentimiento",
            "Les ruego tomen nota de la revocación de mi consentimiento al tratamiento de mis datos biométricos.",
            "Anulo la aceptación que marqué al instalar la aplicación.",
        ],
        "none": [
            "Sí, acepto que se grabe esta llamada.",
            "Ayer firmé el formulario de consentimiento, ¿necesitan algo más de mi parte?",
        ],
    },
    "it": {
        "consent_withdrawal": [
            "Non vi do più il permesso di analizzare i dati del mio braccialetto fitness.",
            "Considerate annullata da oggi la mia autorizzazione all'uso delle mie foto.",
            "Ritiro il mio assenso per le funzioni di localizzazione, il resto può rimanere com'è.",
            "È revocata l'autorizzazione che avevo dato a condividere la mia cartella clinica con il vostro partner di ricerca.",
            "Non sono più d'accordo che le registrazioni delle mie chiamate vengano usate per la formazione.",
            "Annullo il consenso prestato per i suggerimenti personalizzati.",
            "Consenso per le statistiche: ritirato. Confermate di aver interrotto il trattamento.",
            "L'anno scorso avevo accettato il riconoscimento facciale. Ora ci ripenso e revoco il consenso.",
            "non avete più il mio permesso di usare le mie foto, il consenso lo ritiro",
            "Vi prego di prendere atto della revoca del mio consenso al trattamento dei dati biometrici.",
            "Ritiro l'adesione che ho spuntato installando l'app.",
        ],
        "none": [
            "Sì, acconsento alla registrazione di questa chiamata.",
            "Ieri ho firmato il modulo del consenso, vi serve altro da parte mia?",
        ],
    },
    "nl": {
        "consent_withdrawal": [
            "Ik geef u geen toestemming meer om de gegevens van mijn activiteitentracker te analyseren.",
            "Beschouw mijn toestemming voor het gebruik van mijn foto's vanaf vandaag als ingetrokken.",
            "Mijn akkoord voor de locatiefuncties trek ik in, de rest mag blijven zoals het is.",
            "De toestemming om mijn medisch dossier met uw onderzoekspartner te delen is hierbij herroepen.",
            "Ik ga er niet langer mee akkoord dat mijn gespreksopnames voor training worden gebruikt.",
            "Ik neem de toestemming voor persoonlijke aanbevelingen terug.",
            "Toestemming voor statistieken: ingetrokken. Bevestig alstublieft dat de verwerking is gestopt.",
            "Vorig jaar stemde ik in met gezichtsherkenning. Daar kom ik nu op terug.",
            "jullie hebben mijn toestemming niet meer om mijn foto's te gebruiken, ik trek die in",
            "Gelieve kennis te nemen van de intrekking van mijn toestemming voor de verwerking van mijn biometrische gegevens.",
            "Het vinkje dat ik bij de installatie van de app heb gezet, trek ik hierbij in.",
        ],
        "none": [
            "Ja, ik ga akkoord met het opnemen van dit gesprek.",
            "Ik heb gisteren het toestemmingsformulier ondertekend, hebben jullie nog iets van mij nodig?",
        ],
    },
    "pt": {
        "consent_withdrawal": [
            "Já não vos dou autorização para analisarem os dados da minha pulseira de atividade.",
            "Considerem anulada a partir de hoje a minha autorização para usar as minhas fotografias.",
            "Retiro o meu acordo para as funções de localização; o resto pode ficar como está.",
            "Fica revogada a autorização que dei para partilhar o meu processo clínico com o vosso parceiro de investigação.",
            "Deixei de concordar com a utilização das gravações das minhas chamadas para formação.",
            "Cancelo o consentimento dado para as recomendações personalizadas.",
            "Consentimento para estatísticas: retirado. Confirmem que deixaram de tratar os meus dados.",
            "No ano passado aceitei o reconhecimento facial. Agora volto atrás e retiro o consentimento.",
            "vocês já não têm a minha permissão para usar as minhas fotos, retiro o consentimento",
            "Solicito que tomem nota da revogação do meu consentimento para o tratamento dos meus dados biométricos.",
            "Retiro a aceitação que assinalei quando instalei a aplicação.",
        ],
        "none": [
            "Sim, aceito que esta chamada seja gravada.",
            "Assinei ontem o formulário de consentimento, precisam de mais alguma coisa da minha parte?",
        ],
    },
}

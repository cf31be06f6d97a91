"""Hand-written training phrasings in all seven languages for the intents most easily confused:
withdrawal of consent (often read as deletion), access requests (read as deletion or opt-out of
sale), and ordinary messages that use privacy words without making a request (`none`: deleting an
item, a newsletter question, a consent form for a parcel). Written from the taxonomy's
definitions and ordinary customer-service language, without reading any held-out message
(neither the held-out synthetic families nor tests/data/intents_eval_*.csv). Each entry is one
phrasing family, held out at the same stable 20% rate as the other phrasings."""

# Family ids of this file are FAMILY_PREFIX + "lang:intent:i". The held-out 20% is chosen by a hash
# of that id, so the prefix is frozen (it is the tag the file was first trained under): changing
# it would move phrasings between the training and the held-out sets.
FAMILY_PREFIX = "s3:"

PHRASES = {
    "en": {
        "consent_withdrawal": [
            "I no longer consent to you processing my personal data.",
            "Please treat this message as the withdrawal of the consent I gave when I signed up.",
            "I take back my permission for you to use my information.",
            "The consent I ticked on your form is hereby revoked, with effect from today.",
            "you no longer have my permission to use my data, consent withdrawn",
            "I am revoking consent for the use of my location data and my photos.",
            "Stop all processing that was based on my consent.",
        ],
        "access": [
            "Which of my details are saved in your database? Please list them.",
            "Could you provide me with the data you keep about me and how long you keep it?",
            "I'd like a full record of the information linked to my customer number.",
            "Please send me an overview of the personal data you have collected about me, and its source.",
        ],
        "none": [
            "How do I delete an item from my shopping cart?",
            "I accidentally deleted my saved address, how can I add it again?",
            "I did not receive this week's newsletter, was it sent?",
            "How can I sign up for your newsletter?",
            "The courier asked me to sign a consent form for leaving the parcel at my door.",
            "Can you remove the extra item from my order before it ships?",
            "Please update me on the status of my refund.",
            "Where can I download the invoice for my last order?",
        ],
    },
    "de": {
        "consent_withdrawal": [
            "Ich widerrufe hiermit meine Einwilligung in die Verarbeitung meiner personenbezogenen Daten.",
            "Meine Einwilligung zur Datenverarbeitung ziehe ich mit sofortiger Wirkung zurück.",
            "Sie haben ab sofort nicht mehr meine Zustimmung, meine Daten zu nutzen.",
            "Hiermit nehme ich meine Einwilligungserklärung zurück.",
            "Ich möchte meine Einwilligung widerrufen, die ich bei der Registrierung gegeben habe.",
            "einwilligung widerrufen bitte, ich stimme der nutzung meiner daten nicht mehr zu",
            "Bitte beenden Sie jede Verarbeitung, die auf meiner Einwilligung beruht (Art. 7 Abs. 3 DSGVO).",
        ],
        "access": [
            "Welche Daten haben Sie über mich gespeichert? Bitte schicken Sie mir eine Übersicht.",
            "Ich bitte um Auskunft über meine bei Ihnen gespeicherten personenbezogenen Daten.",
            "Bitte teilen Sie mir mit, welche Informationen zu meiner Kundennummer vorliegen und woher sie stammen.",
            "Ich möchte eine Kopie meiner Daten erhalten.",
        ],
        "none": [
            "Wie kann ich einen Artikel aus meinem Warenkorb löschen?",
            "Ich habe den Newsletter diese Woche nicht bekommen, wurde er verschickt?",
            "Wie melde ich mich für Ihren Newsletter an?",
            "Können Sie den zusätzlichen Artikel aus meiner Bestellung entfernen?",
            "Wann bekomme ich meine Rückerstattung?",
            "Wo finde ich die Rechnung zu meiner letzten Bestellung?",
            "Ich habe aus Versehen meine Lieferadresse gelöscht, wie füge ich sie wieder hinzu?",
        ],
    },
    "fr": {
        "consent_withdrawal": [
            "Je retire mon consentement au traitement de mes données personnelles.",
            "Par la présente, je révoque le consentement que je vous avais donné lors de mon inscription.",
            "Vous n'avez plus mon accord pour utiliser mes données.",
            "Je souhaite retirer mon consentement, avec effet immédiat.",
            "merci de ne plus traiter mes données, je retire mon accord",
            "Veuillez cesser tout traitement fondé sur mon consentement (article 7, paragraphe 3 du RGPD).",
        ],
        "access": [
            "Quelles données personnelles conservez-vous à mon sujet ? Merci de m'en envoyer la liste.",
            "Je souhaite obtenir une copie des informations que vous détenez sur moi.",
            "Pouvez-vous m'indiquer quelles données sont liées à mon numéro client et leur origine ?",
        ],
        "none": [
            "Comment supprimer un article de mon panier ?",
            "Je n'ai pas reçu la newsletter cette semaine, a-t-elle été envoyée ?",
            "Comment puis-je m'inscrire à votre newsletter ?",
            "Pouvez-vous retirer l'article en trop de ma commande ?",
            "Où en est mon remboursement ?",
            "Où puis-je télécharger la facture de ma dernière commande ?",
        ],
    },
    "es": {
        "consent_withdrawal": [
            "Retiro mi consentimiento para el tratamiento de mis datos personales.",
            "Por medio de la presente revoco el consentimiento que les di al registrarme.",
            "Ya no tienen mi autorización para usar mis datos.",
            "Quiero retirar mi consentimiento con efecto inmediato.",
            "no quiero que sigan tratando mis datos, retiro mi consentimiento",
            "Les pido que cesen todo tratamiento basado en mi consentimiento (artículo 7.3 del RGPD).",
        ],
        "access": [
            "¿Qué datos personales tienen guardados sobre mí? Envíenme la lista, por favor.",
            "Solicito una copia de la información que conservan sobre mí.",
            "¿Pueden decirme qué datos están asociados a mi número de cliente y de dónde los obtuvieron?",
        ],
        "none": [
            "¿Cómo elimino un artículo de mi carrito?",
            "No he recibido el boletín de esta semana, ¿se ha enviado?",
            "¿Cómo me suscribo a su boletín?",
            "¿Pueden quitar el artículo de más de mi pedido?",
            "¿Cuándo recibiré mi reembolso?",
            "¿Dónde descargo la factura de mi último pedido?",
        ],
    },
    "it": {
        "consent_withdrawal": [
            "Revoco il mio consenso al trattamento dei miei dati personali.",
            "Con la presente ritiro il consenso che avevo dato al momento della registrazione.",
            "Non avete più la mia autorizzazione a usare i miei dati.",
            "Desidero revocare il consenso con effetto immediato.",
            "non voglio più che trattiate i miei dati, ritiro il consenso",
            "Vi chiedo di interrompere ogni trattamento basato sul mio consenso (art. 7, par. 3 GDPR).",
        ],
        "access": [
            "Quali dati personali conservate su di me? Inviatemi l'elenco, per favore.",
            "Chiedo una copia delle informazioni che avete su di me.",
            "Potete dirmi quali dati sono collegati al mio numero cliente e da dove provengono?",
        ],
        "none": [
            "Come elimino un articolo dal carrello?",
            "Non ho ricevuto la newsletter questa settimana, è stata inviata?",
            "Come posso iscrivermi alla vostra newsletter?",
            "Potete togliere l'articolo in più dal mio ordine?",
            "Quando riceverò il rimborso?",
            "Dove scarico la fattura del mio ultimo ordine?",
        ],
    },
    "nl": {
        "consent_withdrawal": [
            "Ik trek mijn toestemming voor de verwerking van mijn persoonsgegevens in.",
            "Hierbij herroep ik de toestemming die ik bij mijn registratie heb gegeven.",
            "U heeft niet langer mijn toestemming om mijn gegevens te gebruiken.",
            "Ik wil mijn toestemming intrekken, met onmiddellijke ingang.",
            "stop met het verwerken van mijn gegevens, ik trek mijn toestemming in",
        ],
        "access": [
            "Welke persoonsgegevens bewaart u over mij? Stuur mij alstublieft een overzicht.",
            "Ik wil graag een kopie van de gegevens die u over mij heeft.",
            "Kunt u mij vertellen welke gegevens aan mijn klantnummer gekoppeld zijn en waar ze vandaan komen?",
        ],
        "none": [
            "Hoe verwijder ik een artikel uit mijn winkelwagen?",
            "Ik heb de nieuwsbrief deze week niet ontvangen, is hij verstuurd?",
            "Hoe meld ik me aan voor uw nieuwsbrief?",
            "Kunt u het extra artikel uit mijn bestelling halen?",
            "Wanneer krijg ik mijn terugbetaling?",
        ],
    },
    "pt": {
        "consent_withdrawal": [
            "Retiro o meu consentimento para o tratamento dos meus dados pessoais.",
            "Venho por este meio revogar o consentimento que dei no registo.",
            "Já não têm a minha autorização para usar os meus dados.",
            "Quero retirar o meu consentimento com efeito imediato.",
            "não quero que continuem a tratar os meus dados, retiro o consentimento",
        ],
        "access": [
            "Que dados pessoais guardam sobre mim? Enviem-me a lista, por favor.",
            "Peço uma cópia das informações que têm sobre mim.",
            "Podem dizer-me que dados estão associados ao meu número de cliente e de onde vieram?",
        ],
        "none": [
            "Como removo um artigo do meu carrinho?",
            "Não recebi a newsletter esta semana, foi enviada?",
            "Como me inscrevo na vossa newsletter?",
            "Podem retirar o artigo a mais da minha encomenda?",
            "Quando recebo o meu reembolso?",
        ],
    },
}

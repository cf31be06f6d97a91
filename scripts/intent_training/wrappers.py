"""Neutral material the training script wraps phrasings in, per language, so the model sees
short chat lines and long formal letters (greeting, address block, context, legal references,
deadline, signature) alike. None of it carries an intent by itself."""

NAMES = ["Anna Schmidt", "John Miller", "Marie Dubois", "Carlos García", "Giulia Rossi",
         "Pieter de Vries", "João Silva", "Emma Johnson", "Lukas Weber", "Sofia Costa",
         "Ahmed Khan", "Chloé Martin", "Marco Bianchi", "Lotte Jansen", "Ana Pereira"]
STREETS = ["Hauptstraße 12", "12 High Street", "5 rue de la Paix", "Calle Mayor 7",
           "Via Roma 21", "Kerkstraat 4", "Rua Augusta 90", "221B Baker Street"]
CITIES = ["10115 Berlin", "London SW1A 1AA", "75002 Paris", "28013 Madrid", "00184 Roma",
          "1012 AB Amsterdam", "1100-048 Lisboa", "80331 München"]

W = {
    "en": {
        "open": ["Hi,", "Hello,", "Dear Sir or Madam,", "Good morning,", "To whom it may concern,", "Hey team,", "Dear Data Protection Officer,"],
        "close": ["Thanks.", "Kind regards,", "Best regards,", "Thank you in advance.", "Yours faithfully,", "Cheers,", "Sincerely,"],
        "context": ["I have been a customer since 2019.", "My customer number is {num}.", "My email address is {email}.",
                     "I placed an order with you last month.", "I recently received a letter from you.",
                     "I am writing about my account registered under this email address.", "I used your app for a few years."],
        "deadline": ["Please respond within one month as required by law.", "I expect your answer within 30 days.",
                      "Please confirm receipt of this letter.", "If you need to verify my identity, let me know."],
        "subject": ["Subject: Request regarding my personal data", "Re: my account", "Subject: Data protection request"],
    },
    "de": {
        "open": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Liebes Team,", "Sehr geehrter Datenschutzbeauftragter,"],
        "close": ["Danke.", "Mit freundlichen Grüßen", "Viele Grüße", "Vielen Dank im Voraus.", "Beste Grüße"],
        "context": ["Ich bin seit 2019 Kunde bei Ihnen.", "Meine Kundennummer lautet {num}.", "Meine E-Mail-Adresse ist {email}.",
                     "Ich habe letzten Monat bei Ihnen bestellt.", "Ich schreibe Ihnen wegen meines Kundenkontos."],
        "deadline": ["Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.", "Ich erwarte Ihre Antwort innerhalb von 30 Tagen.",
                      "Bitte bestätigen Sie den Eingang dieses Schreibens."],
        "subject": ["Betreff: Anfrage zu meinen personenbezogenen Daten", "Betreff: Datenschutzanfrage", "AW: mein Konto"],
    },
    "fr": {
        "open": ["Bonjour,", "Madame, Monsieur,", "Cher service client,", "Bonsoir,", "À l'attention du délégué à la protection des données,"],
        "close": ["Merci.", "Cordialement,", "Bien à vous,", "Merci d'avance.", "Veuillez agréer mes salutations distinguées."],
        "context": ["Je suis client depuis 2019.", "Mon numéro client est {num}.", "Mon adresse e-mail est {email}.",
                     "J'ai passé une commande le mois dernier.", "Je vous écris au sujet de mon compte."],
        "deadline": ["Merci de répondre dans le délai légal d'un mois.", "J'attends votre réponse sous 30 jours.",
                      "Merci d'accuser réception de ce courrier."],
        "subject": ["Objet : demande concernant mes données personnelles", "Objet : protection des données"],
    },
    "es": {
        "open": ["Hola,", "Buenos días,", "Estimados señores:", "Estimado equipo,", "A la atención del delegado de protección de datos:"],
        "close": ["Gracias.", "Saludos cordiales,", "Un saludo,", "Gracias de antemano.", "Atentamente,"],
        "context": ["Soy cliente desde 2019.", "Mi número de cliente es {num}.", "Mi correo electrónico es {email}.",
                     "Hice un pedido el mes pasado.", "Les escribo en relación con mi cuenta."],
        "deadline": ["Les ruego respondan en el plazo legal de un mes.", "Espero su respuesta en 30 días.",
                      "Confirmen la recepción de este escrito, por favor."],
        "subject": ["Asunto: solicitud sobre mis datos personales", "Asunto: protección de datos"],
    },
    "it": {
        "open": ["Ciao,", "Buongiorno,", "Gentili signori,", "Spettabile azienda,", "Alla cortese attenzione del responsabile della protezione dei dati,"],
        "close": ["Grazie.", "Cordiali saluti,", "Distinti saluti,", "Grazie in anticipo.", "Saluti,"],
        "context": ["Sono cliente dal 2019.", "Il mio numero cliente è {num}.", "Il mio indirizzo email è {email}.",
                     "Ho fatto un ordine il mese scorso.", "Vi scrivo riguardo al mio account."],
        "deadline": ["Vi prego di rispondere entro il termine di legge di un mese.", "Attendo una risposta entro 30 giorni.",
                      "Vi prego di confermare la ricezione di questa lettera."],
        "subject": ["Oggetto: richiesta relativa ai miei dati personali", "Oggetto: protezione dei dati"],
    },
    "nl": {
        "open": ["Hoi,", "Goedemiddag,", "Geachte heer/mevrouw,", "Beste klantenservice,", "Geachte functionaris gegevensbescherming,"],
        "close": ["Bedankt.", "Met vriendelijke groet,", "Groeten,", "Alvast bedankt.", "Hoogachtend,"],
        "context": ["Ik ben sinds 2019 klant.", "Mijn klantnummer is {num}.", "Mijn e-mailadres is {email}.",
                     "Ik heb vorige maand iets besteld.", "Ik schrijf u over mijn account."],
        "deadline": ["Graag uw reactie binnen de wettelijke termijn van een maand.", "Ik verwacht uw antwoord binnen 30 dagen.",
                      "Wilt u de ontvangst van deze brief bevestigen?"],
        "subject": ["Onderwerp: verzoek over mijn persoonsgegevens", "Onderwerp: privacyverzoek"],
    },
    "pt": {
        "open": ["Olá,", "Bom dia,", "Exmos. Senhores,", "Caros,", "Ao cuidado do encarregado de proteção de dados,"],
        "close": ["Obrigado.", "Com os melhores cumprimentos,", "Atenciosamente,", "Obrigada desde já.", "Cumprimentos,"],
        "context": ["Sou cliente desde 2019.", "O meu número de cliente é {num}.", "O meu e-mail é {email}.",
                     "Fiz uma encomenda no mês passado.", "Escrevo-vos sobre a minha conta."],
        "deadline": ["Peço resposta no prazo legal de um mês.", "Aguardo a vossa resposta em 30 dias.",
                      "Confirmem a receção desta carta, por favor."],
        "subject": ["Assunto: pedido relativo aos meus dados pessoais", "Assunto: proteção de dados"],
    },
}

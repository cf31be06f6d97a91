//! French: France, Belgium, Canada (RGPD wording).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "fr",
    locales: &[("fr-FR", 80), ("fr-BE", 10), ("fr-CA", 10)],
    first_names: &[
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Émilie", "Nathalie",
        "Isabelle", "Sophie", "Céline", "Hélène", "Lucas", "Hugo", "Louis", "Nicolas", "Julien",
        "Thomas", "Antoine", "Mathieu", "Pierre", "François", "Jérôme", "Stéphane", "Olivier",
        "Karim", "Yasmine", "Mehdi", "Amélie",
    ],
    last_names: &[
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
        "Bonnet", "François", "Benali", "Tremblay", "Gagnon",
    ],
    email_domains: &[
        "gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "sfr.fr", "yahoo.fr",
        "outlook.fr", "wanadoo.fr", "skynet.be", "videotron.ca", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DaySlash,
    slots: &[
        ("greet", &[
            "Bonjour,", "Bonjour à tous,", "Bonjour l'équipe {co},", "Madame, Monsieur,", "Bonsoir,",
            "Bonjour Madame, Monsieur,", "Salut,",
        ]),
        ("greet_formal", &["Madame, Monsieur,", "Madame, Monsieur le Délégué à la protection des données,"]),
        ("hi", &["bonjour ", "salut ", "", "", "", "Bonjour, ", "bjr "]),
        ("thanks", &["Cordialement,", "Bien cordialement,", "Merci d'avance,", "Bonne journée,", "Merci,", "Bien à vous,"]),
        ("sign", &["{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nEnvoyé de mon iPhone", "{thanks}\n{name}\n{email}"]),
        ("sign_formal", &[
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{name}",
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n{name}",
        ]),
        ("street", &["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur", "rue des Lilas", "place de la Gare", "chemin des Vignes"]),
        ("city", &["750{d}{d} Paris", "690{d}{d} Lyon", "130{d}{d} Marseille", "310{d}{d} Toulouse", "330{d}{d} Bordeaux", "440{d}{d} Nantes", "10{d}0 Bruxelles", "Montréal (Québec) H{d}T {d}B{d}"]),
        ("address", &["{name}\n{d}{d} {street}\n{city}", "{name}\n{d} {street}\n{city}"]),
        ("acct", &[
            "Mon compte client est associé à l'adresse {email}.", "Mon adresse e-mail : {email}.",
            "Je suis inscrit(e) chez vous avec l'adresse {email}.", "Compte : {email}",
        ]),
        ("data", &[
            "mes données personnelles", "l'ensemble de mes données", "toutes les données me concernant",
            "les données personnelles que vous détenez sur moi",
        ]),
        ("product", &["le casque", "la cafetière", "la veste", "la coque de téléphone", "l'aspirateur", "les baskets", "la lampe de bureau", "le sac à dos", "la bouilloire", "la montre connectée"]),
        ("agent", &["Conseiller : {co}, bonjour, je m'appelle Julien, que puis-je faire pour vous ?\n", "Agent : Service client {co}, bonjour.\n"]),
        ("agent_verify", &[
            "Conseiller : Très bien. Pouvez-vous me donner l'adresse e-mail du compte ?\nClient : Oui, c'est {email}.\n",
            "Agent : D'accord. Quelle est votre date de naissance, s'il vous plaît ?\nClient : Le {date}.\n",
        ]),
        ("agent_close", &[
            "Conseiller : C'est noté, vous recevrez une confirmation par e-mail.\nClient : Merci, au revoir.",
            "Agent : C'est fait. Puis-je vous aider pour autre chose ?\nClient : Non, merci.",
        ]),
        ("deadline", &["dans le délai d'un mois prévu par le RGPD", "dans les meilleurs délais et au plus tard dans un délai d'un mois"]),
        ("escalate", &[" À défaut de réponse dans ce délai, je me réserve le droit de saisir la CNIL.", " Sans réponse de votre part, je saisirai l'autorité de contrôle compétente.", ""]),
    ],
    families: &[
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[pouvez-vous|vous pouvez] m'envoyer [une copie de|un export de] mes données[ svp| s'il vous plaît|] ?",
            "quelles données [avez-vous|vous avez] sur moi[ ?| exactement ?]",
            "je voudrais savoir ce que vous [stockez|gardez|conservez] comme infos sur moi",
            "comment [télécharger|récupérer|exporter] toutes mes données [depuis l'appli|de mon compte] ?",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}j'ai changé [d'opérateur|de banque|de salle de sport] et du coup je me demande : vous [savez quoi|avez gardé quoi|avez quoi en stock] sur moi ? [envoyez-moi|balancez-moi|montrez-moi] [tout|le détail][ svp| stp|]",
            "une pub [hyper ciblée|super chelou|qui en savait beaucoup trop] m'est apparue juste après avoir utilisé l'appli {co}. vous [collectez|récupérez|enregistrez] quoi comme [infos|données perso] sur moi ? [je veux la liste complète|je veux tout voir]",
            "j'avais un vieux compte chez {co}[ avec l'adresse {email}|] et [je l'avais complètement oublié|j'en avais aucun souvenir]. on peut voir [ce qui est resté enregistré|quelles données traînent encore chez vous|l'historique que vous avez sur moi] ?",
            "[salut|bonsoir|coucou] {co}, [je veux|j'aimerais] un [récap|relevé|PDF] de [toutes les infos perso|toutes les données personnelles] que vous avez [dans mon compte|dans ma fiche client|sur moi]. [c'est mon droit|le RGPD me le permet|j'ai un droit d'accès][ non ?|]",
            "[inquiet|inquiète|un peu parano] pour ma vie privée depuis [la fuite de données|le piratage dont parlent les médias]. vous pouvez me dire [précisément|] quelles données à moi vous [gardez|détenez] et [à quoi elles servent|à qui vous les transmettez] ?",
            "appli [sympa|correcte|pas mal] mais impossible de trouver ou voir les donnees que vous [avez|gardez] sur moi. [comment je demande|ou je demande|comment j'obtiens] une copie[?| de tout ca?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. j'ai [demandé|réclamé] [une copie de mes données|l'accès à mes données] et [personne ne répond|rien]. @{co} je veux savoir quelles données personnelles vous avez sur moi !",
            "⭐ @{co} [je veux voir|montrez-moi] [tout ce que|toutes les données que] vous [stockez|conservez|avez collectées] sur moi[. c'est mon droit|, RGPD art. 15|]",
            "appli [sympa|correcte|ok], mais [où|comment] je demande une [copie|liste] de mes données personnelles ? [j'ai déjà écrit au support et rien|le support ne sait pas répondre]. [2 étoiles|⭐⭐]",
            "@{co} [bonjour|salut], vous pouvez m'[envoyer|transmettre] [un récap|un rapport|une copie] de [toutes les infos|toutes les données] que vous avez [sur moi|sur mon compte] ? [merci|merci d'avance]",
            "service client [nul|lamentable]. je veux savoir [exactement|] quelles données {co} [a|garde] sur moi et à qui [elles sont transmises|vous les donnez], et j'attends une réponse depuis [des semaines|un mois]. [1 étoile|⭐]",
            "vous avez quoi comme donnees sur moi ?? [j'exige|je veux] [l'accès à mes données|voir mes données] [tout de suite|maintenant]. #vieprivée",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment [je fais pour|est-ce que je peux] [voir|savoir] quelles données [personnelles|] vous avez sur moi ?",
            "[vous pouvez|pouvez-vous|tu peux] m'[envoyer|transmettre] une copie de mes données [perso|personnelles|] ?",
            "est-ce possible de savoir [quelles infos|quelles informations|quelles donnees] {co} [garde|conserve] sur moi ?",
            "où [est-ce que je peux|je peux] [demander|télécharger] [une copie de|] tout ce que vous avez [enregistré|stocké] sur moi ?",
            "qu'est-ce que je dois faire pour que vous me [disiez|montriez] [quelles données vous avez sur moi|les données que vous détenez sur moi] ?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe souhaiterais obtenir une copie de {data}[, y compris l'historique de mes commandes|]. {acct}\n\n{sign}",
            "{greet}\n\nConformément à l'article 15 du RGPD, je vous demande de m'indiquer quelles données me concernant vous traitez, dans quel but et à qui elles ont été communiquées. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Demande de droit d'accès (article 15 du RGPD)\n\nEn application de l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir me communiquer l'ensemble des données personnelles me concernant que vous détenez. {acct} Je souhaite notamment connaître :\n\n- les finalités du traitement ;\n- les catégories de données concernées ;\n- les destinataires auxquels ces données ont été communiquées ;\n- la durée de conservation envisagée ;\n- la source des données si elles n'ont pas été collectées auprès de moi ;\n- l'existence éventuelle d'une prise de décision automatisée.\n\nJe vous remercie de me répondre {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "portability", weight: 1, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe change de fournisseur et souhaite exercer mon droit à la portabilité [(article 20 du RGPD)|]. Merci de m'envoyer {data} dans un format structuré et lisible par machine. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[merci de supprimer|supprimez] mon compte[ et toutes mes données|][ svp|.|]",
            "je veux que mes données soient [supprimées|effacées][ immédiatement|.|!]",
            "comment supprimer [définitivement |]mon compte[ ?| et mes données ?]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ça fait [des mois|des années|une éternité] que j'utilise plus [l'appli|le service|ce truc]. [fermez|effacez|virez] [mon compte|le compte {email}] et [tout ce que vous avez|toutes les infos] sur moi[ svp| stp| merci|]",
            "{hi}je suis parti chez la concurrence et je veux pas laisser de traces ici. [je veux|j'aimerais] que le compte soit [fermé|clôturé|effacé] [pour de bon|définitivement] et les données [détruites|effacées|virées] [aussi|avec]",
            "[j'ai eu une expérience horrible|vous m'avez super mal traité|je suis hyper déçue] avec {co}. je veux plus [rien|aucune trace] de moi chez vous : [effacez|virez|faites disparaître] tout[ !|.|]",
            "je suis tombé sur un vieux compte [à mon adresse|à mon nom] {email} dont j'ignorais l'existence. comment je le [ferme|clôture|fais disparaître] [avec les données|avec tout l'historique] ?",
            "[salut|bonjour] {co}, [c'est possible de|vous pouvez] [fermer|effacer] [mon profil|mon inscription|mon compte] [avec tout ce qui va avec|ainsi que toutes les données] ? je tiens à ma vie privée",
            "[j'ai désinstallé l'appli|j'ai résilié l'abonnement|j'ai mis fin au contrat] mais [le compte|le profil] est toujours là. [je veux disparaître de chez vous|je veux être oublié|je demande mon droit à l'oubli] : [effacez|virez] [toutes mes données|tout]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. [supprimez|effacez] mon compte [et toutes mes données|et mes données|] [une bonne fois pour toutes|tout de suite] !",
            "⭐ [impossible de|aucun moyen de] [supprimer|fermer] le compte [depuis l'appli|dans l'app]. @{co} [je veux|j'exige] mon compte [supprimé|fermé] et mes [données|données perso] [effacées|supprimées] [aujourd'hui|immédiatement]",
            "@{co} j'ai demandé [la suppression|l'effacement] de mes données il y a [un mois|deux semaines] et [le compte est toujours actif|je reçois encore des trucs|rien]. [supprimez tout|effacez tout] [une fois pour toutes|svp]",
            "j'ai [désinstallé|supprimé] l'appli mais le compte [est toujours là|existe encore]. [comment je supprime|comment je ferme|comment j'efface] [mon compte|mon profil] et mes données ? [2 étoiles|⭐⭐] en attendant",
            "je veux plus rien avoir a faire avec {co}. [supprimez|effacez|virez] [mon profil|mon compte] [et tout ce que vous avez sur moi|avec toutes les données]",
            "[droit à l'oubli|droit à l'effacement], {co} ! [je veux|j'exige] que vous [supprimiez|effaciez] toutes les données personnelles [que vous avez sur moi|liées à {email}]. ⭐",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je [supprime|fais pour supprimer|ferme et supprime] mon compte [définitivement|pour de bon|une bonne fois pour toutes] ?",
            "[vous pouvez|pouvez-vous] [supprimer|effacer] [toutes mes données|mon compte et toutes mes données] ?",
            "est-ce possible [d'effacer|de supprimer] [mon compte|mon profil] avec [toutes les infos|toutes les donnees] que vous avez sur moi ?",
            "où est-ce qu'on [supprime|efface] son compte ? [je veux qu'il ne reste rien|je veux que vous effaciez tout|]",
            "à qui [j'écris|je dois écrire] pour faire [supprimer|effacer] mes données [personnelles|] [de votre base|définitivement|] ?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe n'utilise plus [vos services|mon compte {co}|l'application] et je vous demande de supprimer mon compte ainsi que {data}. Merci de me confirmer la suppression.\n\n{sign}",
            "{greet}\n\nEn vertu de l'article 17 du RGPD, je vous demande l'effacement de {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Demande d'effacement de mes données personnelles (article 17 du RGPD)\n\nPar la présente, je vous demande d'effacer sans délai l'ensemble des données personnelles me concernant. {acct} Ces données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées et je retire, le cas échéant, mon consentement.\n\nJe vous demande également d'informer de cet effacement les destinataires auxquels mes données auraient été communiquées. Si certaines données doivent être conservées en vertu d'une obligation légale, merci de m'indiquer lesquelles et pour quelle durée.\n\nJe vous remercie de me confirmer l'effacement {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "J'ai été inscrit(e) sans mon accord avec l'adresse {email}. Merci de retirer cette adresse et toutes les informations associées de votre base.",
            "Je ne veux plus que {co} garde la moindre trace de moi après la résiliation.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mon nom est mal orthographié dans mon compte, c'est {last}",
            "[pouvez-vous|vous pouvez] corriger ma date de naissance ? elle est fausse",
            "mon adresse [dans votre fichier|sur mon profil] n'est plus à jour",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "j'ai déménagé [le mois dernier|récemment|il y a quelques semaines] et [les factures|les colis|les courriers] partent encore à l'ancienne adresse. [mettez à jour|modifiez|changez] [mon adresse|mon domicile] : {d}{d} {street}[ svp|, merci|]",
            "mon nom [a une faute de frappe|est mal écrit|est faux] dans le profil, le bon c'est {name}. [vous pouvez arranger ça|vous me le modifiez|c'est possible de le changer] ?",
            "[j'ai reçu|on m'a envoyé] une facture avec [un numéro de TVA faux|le nom de quelqu'un d'autre|une adresse qui n'est pas la mienne]. [mettez à jour|rectifiez|changez] mes infos de facturation [svp|stp|vite]",
            "j'ai changé de [numéro|portable|téléphone] et [l'ancien|le vieux numéro] est encore sur le compte. [mettez|remplacez-le par|mettez à la place] le 06 {d}{d} {d}{d} {d}{d} {d}{d}[ svp|, merci|]",
            "je me suis mariée et j'ai changé de nom. [comment je mets à jour|comment je modifie|vous pouvez changer] [le nom|mes infos] [sur le compte|dans le profil] en {name} ?",
            "{hi}le mail [du compte|de mon profil] est [plus à jour|obsolète|un vieux mail que j'utilise plus], le [bon|nouveau] c'est {email}. [changez-le|mettez-le à jour|remplacez-le] [svp|stp|quand vous pouvez]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. mon nom est [mal orthographié|faux] [sur le compte|sur la facture|dans l'appli] et [impossible de|je n'arrive pas à] le [corriger|modifier]. @{co} [corrigez ça|rectifiez-le] !",
            "@{co} j'ai déménagé et l'adresse est toujours l'ancienne. [mettez à jour|corrigez] mon adresse : {d} {street}, {city}[ svp|, merci|]",
            "⭐⭐ la date de naissance [sur mon profil|dans mon compte] est [fausse|erronée] et [le support ne la corrige pas|personne ne la corrige]. [je veux que mes données soient corrigées|rectifiez mes données personnelles][ !|]",
            "mon [numéro de téléphone|numéro de portable|06] a changé et [l'appli ne me laisse pas|je n'arrive pas à] le modifier. [vous pouvez mettre à jour|mettez à jour] mes coordonnées[ ?|, svp]",
            "vous avez [écorché|mal écrit] mon nom de famille [dans mon dossier|dans le fichier client]. [rectifiez|corrigez] [mes données|mon dossier] [vite|c'est urgent], {co}. [1 étoile|⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je [change|corrige|mets à jour] mon adresse [dans le compte|chez vous|] ? [j'ai déménagé|elle est fausse|]",
            "[vous pouvez|pouvez-vous] [corriger|changer] [ma date de naissance|mon nom de famille|mon prénom] ? [c'est faux|c'est mal écrit] [dans votre fichier|dans le système|]",
            "est-ce possible de [mettre a jour|changer] le numero de [portable|téléphone] que vous avez ? l'ancien n'est plus a moi",
            "où [est-ce que je peux|je peux] [corriger|modifier] mes [données personnelles|coordonnées] ? [mon nom est faux|mon adresse n'est plus à jour|]",
            "qu'est-ce que je dois faire pour que vous [corrigiez|rectifiiez] [mon nom|mon nom de famille] [dans le système|sur le compte] ? [il y a une faute|il est mal orthographié]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[L'adresse enregistrée|La date de naissance enregistrée|L'orthographe de mon nom] dans mon compte est [incorrecte|erronée]. Merci de la rectifier[ conformément à l'article 16 du RGPD|]. [Nouvelle adresse : {d}{d} {street}, {city}|Date correcte : {date}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nJe me suis [mariée|installé(e) ailleurs] et vos fichiers indiquent toujours [mon ancien nom|mon ancienne adresse]. Merci de mettre à jour mes informations. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ne vendez pas mes données[ svp|.|]",
            "je ne veux pas que mes données soient [revendues|partagées] à des [tiers|partenaires publicitaires]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[j'ai lu|j'ai vu] [aux infos|sur twitter|dans un article] que {co} [refile|revend|monnaye] les données des clients à des [data brokers|régies pub|boîtes de marketing]. les miennes [non|NON] ! [je veux être exclu de ça|je refuse cette vente|vous les cédez à personne]",
            "[depuis que j'ai créé mon compte|depuis que j'ai acheté {product}] je reçois [des appels|des SMS|du spam] de boîtes que [je connais pas|dont j'ai jamais entendu parler]. c'est sûr que [mon numéro|mon mail] [a été refilé|a été vendu] à quelqu'un. [arrêtez de refiler|arrêtez de céder|je veux plus que vous transmettiez] mes données à [d'autres sociétés|des tiers]",
            "{hi}[elle est où|où je trouve|comment j'active] l'option [« ne pas vendre mes données »|« do not sell »|pour ne pas partager mes données avec les partenaires] dans l'appli ? je veux [l'activer|la cocher] [maintenant|aujourd'hui]",
            "[ok|ça me va] que vous utilisiez mes données pour livrer mes commandes, mais [les vendre|les refiler|les céder] à des [annonceurs|marques partenaires|tiers], non. [désactivez|bloquez|coupez] ce partage [sur mon compte|pour le compte {email}]",
            "[je suis furax|je suis hyper énervée|c'est scandaleux] : mes données [valent de l'argent|sont à moi], c'est pas [de la marchandise|à vendre]. [à partir d'aujourd'hui|désormais] [j'interdis à {co} de les vendre|je n'autorise pas {co} à les céder|{co} n'a pas le droit de les refiler] à [des tiers|des boîtes de marketing|des data brokers]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. {co} [vend|revend|refile] les données de ses clients à [des tiers|des partenaires|des régies pub]. [ne vendez pas|arrêtez de vendre] mes données !",
            "@{co} je [reçois|commence à recevoir] des [appels|sms] de [boîtes que je ne connais pas|vos \"partenaires\"] depuis mon inscription. [arrêtez de partager|ne partagez pas] mes données avec [des tiers|qui que ce soit] !",
            "⭐ [je veux|j'exige] que mes données ne soient [pas vendues|pas cédées|plus transmises] à des [data brokers|courtiers en données|annonceurs|partenaires commerciaux]. [où est l'option ?|l'appli n'a même pas l'option]",
            "ne vendez pas mes donnees. [point|c'est tout]. @{co}",
            "j'ai lu la politique de confidentialité et vous [partagez|transmettez] les données avec des [annonceurs|partenaires] ?? [arrêtez de refiler|ne transmettez plus] les miennes à des tiers. [2 étoiles|⭐⭐]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vous vendez mes données à [des tiers|des régies pub|des annonceurs] ? comment [je fais pour l'empêcher|j'arrête ça] ?",
            "[vous pouvez|pouvez-vous] arrêter de [vendre|partager|céder] mes données à [des tiers|vos partenaires|des annonceurs] ?",
            "est-ce possible d'[empêcher|éviter] que {co} [vende|transmette|cède] mes données à [d'autres entreprises|des data brokers|des tiers] ?",
            "où je [désactive|trouve] l'option pour [ne pas vendre|ne pas partager] mes données [personnelles|] avec des tiers ?",
            "qu'est-ce que je dois faire pour que vous ne [vendiez|cédiez|passiez] mes données à [personne|aucun tiers|aucune autre entreprise] ?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe m'oppose à la cession et au partage de mes données personnelles avec des tiers, notamment à des fins publicitaires. {acct}\n\n{sign}",
            "{greet}\n\nJ'ai découvert que mes coordonnées figuraient dans un fichier de prospection. Merci de ne plus transmettre mes données à vos partenaires. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[désinscription|désabonnez-moi|STOP]",
            "arrêtez de m'envoyer des [pubs|mails promotionnels|SMS][ svp|!|]",
            "comment me désinscrire de la newsletter ? le lien ne marche pas",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "je reçois [3|4|5] [newsletters|mails promo] par jour de votre part, [c'est du spam|c'est abusé|c'est trop]. [retirez-moi|enlevez-moi|sortez-moi] de la [mailing list|liste de diffusion|liste marketing][ svp| !|]",
            "[ras le bol des|stop aux|arrêtez les] appels pour me proposer [des promos|des offres|des upgrades] ! je veux plus être démarché[, merci|]",
            "le lien [unsubscribe|de désabonnement] en bas du mail [sert à rien|plante|ouvre une page blanche]. je fais comment pour plus recevoir vos newsletters ?",
            "{hi}[retirez|enlevez] {email} de toutes vos [campagnes|communications commerciales|listes promo][ svp|, merci|]",
            "[j'ai acheté|j'ai commandé] {product} une fois et [depuis|maintenant] c'est [des SMS|des messages whatsapp|des mails] avec [des réductions|des promos|le black friday] tous les jours. [je veux plus d'offres|stop la pub], [comment je coupe ça ?|coupez ça direct.]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. [du spam|de la pub] [tous les jours|à toute heure]. [retirez-moi|désinscrivez-moi|enlevez-moi] de la [newsletter|liste de diffusion|mailing list] !",
            "@{co} j'ai cliqué sur se désabonner [trois|mille] fois et je reçois toujours [des mails promo|des promos|vos newsletters]. [stop|ça suffit] !",
            "⭐ des [sms|messages] [promo|de promotion] [à 8h du matin|le dimanche|en boucle]. je ne veux plus de [pub|marketing|sms promotionnels] de {co}",
            "je veux me [désabonner|désinscrire] [de la newsletter|des mails marketing] [mais le lien ne marche pas|et il n'y a pas de lien]. [réparez ça|svp]. ⭐⭐",
            "[arrêtez de m'appeler|stop aux appels] pour [des offres|des promos|du démarchage] ! @{co} [retirez|supprimez] mon numéro de vos [campagnes|appels commerciaux]",
            "[désabonnement|unsubscribe] [svp|stp]. [j'en peux plus|ras-le-bol] [du spam|de toute cette pub] dans [ma boîte mail|mes mails]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je me [désabonne|désinscris] de la newsletter ?",
            "[vous pouvez|pouvez-vous] arrêter de m'envoyer [des sms promo|des mails publicitaires|vos offres] ?",
            "est-ce possible de [se désinscrire|sortir] de la liste [mail|marketing|des promos] ?",
            "où je [désactive|coupe] [les mails commerciaux|les notifs d'offres|l'abonnement à la newsletter] ? [j'en reçois tous les jours|j'en ai marre|]",
            "qu'est-ce que je dois faire pour que vous arrêtiez de m'appeler [pour des offres|pour me vendre des trucs|avec vos promos] ?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMerci de retirer {email} de toutes vos listes de diffusion. Je me suis désabonné(e) [deux fois|plusieurs fois] mais je reçois toujours vos newsletters.\n\n{sign}",
            "{greet}\n\nJe m'oppose à l'utilisation de mes données à des fins de prospection commerciale [(article 21 du RGPD)|]. Je ne souhaite plus recevoir d'offres par e-mail, SMS ou téléphone. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "je retire mon consentement [au suivi|aux cookies|à la géolocalisation]",
            "[désactivez|arrêtez] le [suivi|pistage] sur mon compte svp",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[à l'époque|quand je me suis inscrite] j'avais accepté que vous utilisiez [mes photos|ma photo|ma vidéo] [sur vos réseaux|sur le site|dans le catalogue], mais [j'ai changé d'avis|je veux plus|finalement non]. [je révoque|je retire] cette autorisation[ svp|]",
            "j'ai [laissé|autorisé] l'appli [récupérer|voir] ma position [au début|sans réfléchir], mais [ça me met mal à l'aise|ça me plaît pas|je trouve ça flippant]. [je l'autorise plus|j'arrête de l'autoriser] : [révoquez|annulez] ce consentement sur mon profil",
            "l'appli de [sport|santé|running] enregistre [mon rythme cardiaque|mes données de santé|mon sommeil] avec mon accord, mais la vie privée m'inquiète. [je veux révoquer|je révoque|je retire] [mon accord|l'autorisation] pour ces données de santé",
            "j'ai [accepté|cliqué sur tout accepter pour] [tous les cookies|les cookies analytics|les cookies de tracking] [sans lire|trop vite] et je trouve pas comment revenir en arrière. [je veux révoquer|comment je révoque] ce consentement ?",
            "{hi}je n'autorise plus l'enregistrement de mes appels avec le service client ni l'utilisation des enregistrements pour [la formation|entraîner l'IA]. [je révoque mon accord|je retire mon oui] à partir d'aujourd'hui",
            "[coupez|désactivez] la personnalisation [basée sur mon historique|selon ce que je regarde][ sur mon compte|] : le consentement donné [à l'inscription|à la création du compte] [est retiré|ne vaut plus]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. l'appli [demande|utilise] la localisation [tout le temps|même fermée]. je retire mon consentement à la [géolocalisation|localisation] !",
            "@{co} je n'autorise plus l'utilisation de [mes photos|les photos que j'ai postées|mes enregistrements] [dans vos campagnes|dans vos pubs|sur le site]. [je retire le consentement que j'avais donné|je retire l'autorisation que j'avais donnée]",
            "⭐⭐ j'ai accepté les cookies par erreur et [maintenant|] [impossible de|je n'arrive pas à] [les désactiver|revenir en arrière]. [je veux retirer|je retire] mon consentement [aux cookies|au traçage]",
            "j'avais donné mon accord pour [l'utilisation de mes données de santé|l'analyse de mes entraînements|la personnalisation] mais j'ai changé d'avis. je [retire|révoque] ce consentement[, {co}|]",
            "@{co} [désactivez|arrêtez] le [suivi|tracking] [de mon compte|de mon activité]. [je ne donne plus|je retire] mon [consentement|accord]. ⭐",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je [retire|révoque] le consentement [à la géolocalisation|au suivi de ma position] que j'ai donné dans l'appli ?",
            "[vous pouvez|pouvez-vous] arrêter d'utiliser [mes photos|ma photo|mon image] [sur votre site|dans vos pubs|] ? [je ne l'autorise plus|je retire l'autorisation que j'avais donnée]",
            "est-ce possible de retirer le consentement que j'ai donné pour [utiliser|traiter] [mes données de santé|mes enregistrements vocaux] ?",
            "où je [retire|révoque] mon consentement aux [cookies|cookies de suivi|cookies de mesure d'audience] ? [j'ai changé d'avis|je n'en veux plus|]",
            "qu'est-ce que je dois faire pour retirer le consentement [à la personnalisation|à l'analyse de mon utilisation de l'appli] que j'ai accepté [à l'inscription|en créant mon compte] ?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe retire mon consentement au traitement de mes données [à des fins de publicité ciblée|pour l'analyse de mes achats|pour la géolocalisation][ (article 7.3 du RGPD)|]. {acct}\n\n{sign}",
            "{greet}\n\nJe ne consens plus à ce que {co} utilise mes données pour [le profilage|la publicité personnalisée|l'analyse de mes achats] : je retire mon consentement et vous demande de cesser ce traitement. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Objet de la demande : [Suppression de compte|Effacement de mes données|Droit à l'effacement (RGPD)]\nNom : {name}\nE-mail : {email}\nMessage : [Merci de supprimer mon compte et toutes mes données.|]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "est-ce que je peux changer l'adresse de livraison de la commande {order} ?",
            "vous livrez en [Belgique|Suisse|Corse] ? c'est combien les frais de port ?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{product} existe en [noir|taille plus grande|d'autres couleurs] ?",
            "{greet}\n\nSavez-vous quand {product} sera de nouveau en stock ?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}où en est ma commande {order} ?",
            "ma commande {order} n'est toujours pas arrivée[, le suivi ne bouge plus depuis 4 jours|]",
            "{greet}\n\nJ'ai passé commande le {date} (n° {order}) et je n'ai toujours pas reçu de confirmation d'expédition. Pouvez-vous me dire quand elle partira ?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJ'ai été débité(e) deux fois pour la commande {order} ({amount} €). Pouvez-vous me rembourser le doublon ?\n\n{sign}",
            "{hi}pouvez-vous me renvoyer la facture de la commande {order} ? je ne la retrouve plus",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJ'ai renvoyé {product} il y a deux semaines (commande {order}) et je n'ai toujours pas été remboursé(e) de {amount} €.\n\n{sign}",
            "{product} est arrivé(e) cassé(e), je voudrais un remboursement",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview], hard_negative: false, texts: &[
            "l'appli plante à chaque fois que je [veux payer|ouvre mon panier]",
            "[1 étoile|2 étoiles]. depuis la mise à jour impossible de me connecter",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "super appli, livraison rapide[ !|, je recommande]",
            "merci au service client, [réponse rapide et efficace|très sympa au téléphone] !",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "je n'arrive plus à me connecter et je ne reçois pas le mail de réinitialisation du mot de passe",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Petite question : mes coordonnées bancaires sont-elles enregistrées chez vous ? Je veux juste être sûr(e) que c'est sécurisé.",
            "où trouver votre politique de confidentialité ? le lien en bas de page ne fonctionne pas",
            "J'apprécie beaucoup que vous ne vendiez pas les données de vos clients, continuez comme ça !",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nMerci de résilier mon abonnement à la fin de la période en cours. Je souhaite garder mon compte.\n\n{sign}",
            "comment mettre mon abonnement en pause sans perdre mes points fidélité ?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "comment supprimer un article de mon panier ?",
            "est-ce que je peux encore annuler la commande {order} ? je me suis trompé(e) de taille",
        ]},
        // ---- session 2: wider phrasings (more families per intent, hard negatives)
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Depuis mon inscription chez {co}, je vois des publicités qui en savent [beaucoup trop|un peu trop] sur moi. Je voudrais savoir exactement ce que vous avez collecté à mon sujet et à qui vous l'avez transmis.",
            "Après [la fuite de données|l'incident de sécurité] annoncée dans la presse, je veux savoir quelles informations me concernant sont stockées chez vous. [Pouvez-vous me le dire ?|Merci de m'envoyer le détail.]",
            "{hi}vous gardez quoi exactement comme infos sur moi ? [localisation, contacts, achats ?|je voudrais tout voir]",
            "{greet}\n\nmon [avocat|comptable|banquier] me demande un relevé de toutes les données que {co} détient sur moi. Pourriez-vous m'envoyer une copie de mon dossier ?\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[c'est la troisième fois que je demande|je l'ai déjà demandé deux fois] : [SUPPRIMEZ MON COMPTE|supprimez enfin mon compte] et toutes mes données[ !| !!|.]",
            "il n'y a [aucun bouton pour supprimer le compte|aucun moyen de supprimer mon compte] dans l'appli. je veux que [mon compte|tout] disparaisse, avec toutes mes données",
            "[Pas désactiver, SUPPRIMER.|Je ne veux plus de compte chez vous.] Effacez [mes données|tout ce qui me concerne] de vos systèmes[, sinon je saisis la CNIL|].",
        ]},
        Family { intent: Rectification, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Je me suis [mariée|marié] et je m'appelle maintenant {last}. Vos courriers portent encore mon ancien nom, merci de [le modifier|mettre à jour mon dossier].",
            "Vos lettres arrivent toujours à mon ancienne adresse. J'habite depuis [mars|l'an dernier] au {d}{d} {street}, {city}. Merci de corriger mon adresse dans vos fichiers.",
            "{hi}dans mon profil [la date de naissance est fausse|mon numéro de téléphone est erroné|mon nom est mal orthographié], vous pouvez [rectifier|corriger] ?",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nObjet : Demande de rectification de données personnelles (article 16 du RGPD)\n\nLes informations que {co} détient à mon sujet sont inexactes : [mon adresse postale n'est plus à jour|ma date de naissance est erronée|mon nom de famille est mal orthographié]. {acct} Je vous demande de les rectifier sans délai et de notifier cette rectification aux destinataires de mes données.\n\nMerci de me confirmer la correction {deadline}.\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Objet de la demande : [Opposition à la cession de mes données|Ne pas vendre mes données|Refus du partage avec des tiers]\nNom : {name}\nE-mail : {email}\nMessage : [Je m'oppose à toute vente ou cession de mes données à des tiers.|Merci de ne plus transmettre mes données à vos partenaires commerciaux.|Aucun partage avec des courtiers en données.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Depuis ma commande chez vous, je reçois des appels [d'assureurs|de sociétés inconnues|de démarcheurs]. Je ne veux pas que mes données soient [vendues|transmises] à d'autres entreprises.",
            "{hi}vous partagez mes données avec [des annonceurs|d'autres sociétés|des courtiers en données] ? si oui, [arrêtez|je refuse]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[je me suis déjà désabonné trois fois|le lien de désinscription ne marche pas] et je reçois [toujours|encore] [vos newsletters|vos pubs|vos SMS promotionnels] [tous les jours|sans arrêt]. [Arrêtez !|C'est pénible.|Ça suffit.]",
            "[PLUS DE PUB|plus de pub svp|stop les mails promo][ !|.] {email}",
            "{hi}retirez-moi de [votre liste de diffusion|toutes vos listes marketing] [svp|merci]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "Je n'ai jamais accepté que vous utilisiez [mes enregistrements vocaux|mes photos|mes conversations] pour entraîner [votre IA|vos algorithmes]. Merci d'arrêter.",
            "J'ai accepté [le bandeau cookies|les conditions] seulement parce qu'il n'y avait pas d'autre choix. Considérez mon consentement comme retiré.",
            "{hi}n'utilisez plus mes [données de localisation|données de santé|achats] pour [les recommandations|la pub|vos analyses], je retire mon accord",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "comment je m'inscris à votre newsletter ? le formulaire [affiche une erreur|ne charge pas]",
            "{greet}\n\nje me suis inscrite à la newsletter mais je n'ai jamais reçu le code de bienvenue de 10 %. Pourriez-vous me le renvoyer ?\n\n{sign}",
            "dans la newsletter [d'aujourd'hui|de la semaine dernière] le lien vers l'offre {product} ne fonctionne pas",
        ]},
        Family { intent: None, also: &[], name: "invoice_copy", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: true, texts: &[
            "{greet}\n\npourriez-vous m'envoyer une copie de la facture de la commande {order} ? J'en ai besoin pour [ma note de frais|ma déclaration|mon entreprise]. {acct}\n\n{sign}",
            "{hi}je peux avoir un duplicata de facture pour {order} ? [j'ai perdu le mail|elle n'est pas dans mon espace client]",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "[bonjour|salut], j'ai oublié mon mot de passe et je ne reçois pas le [mail|lien] de réinitialisation. [vous pouvez m'aider ?|je fais comment ?]",
            "je voudrais passer de l'abonnement [basique|mensuel] au [premium|annuel], comment on fait ?",
            "[mes données sont en sécurité|mes données sont bien protégées] chez vous ? j'ai [lu|vu] [un article|un truc] sur [des piratages|des fuites] [et ça m'a inquiété|et ça m'a inquiétée|]",
            "où est-ce que je trouve [mes factures|les anciennes factures] dans [l'appli|mon compte] ?",
            "je me suis désabonné[e|] de la newsletter par erreur [mdr|lol|]. comment je me réabonne ?",
            "est-ce qu'on peut [ajouter|associer] une deuxième adresse [mail|e-mail] au compte ? [{email} c'est|j'utilise] celle du boulot",
            "vous avez une appli pour [tablette|ipad] ? [sur le téléphone ça marche bien|sur mon portable c'est ok]",
            "ma commande {order} n'est toujours pas arrivée[, ça fait une semaine|].[ merci pour l'aide rapide d'hier !|] [comment j'active les notifications|comment on met les notifs] pour savoir quand elle part ?",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "je parle à un [bot|robot] ou à une [vraie personne|personne] ?",
            "[tu t'appelles comment|comment tu t'appelles|c'est quoi ton nom] ?",
            "[dis-moi|raconte-moi] un truc sur toi[ mdr|]",
            "tu sais quoi sur [les cafetières|les baskets de running|les smartphones] ?",
            "vous êtes ouverts le dimanche ?",
            "il fait quel temps [à Paris|à Lyon|chez vous] aujourd'hui ?",
            "[hahaha ok|mdr d'accord|ok merci|bonne nuit, à demain]",
            "tu [connais|me conseilles] un bon resto [dans le coin|pas loin] ? [je m'ennuie|]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}je peux [résilier|arrêter|annuler] mon abonnement [premium|plus|famille] [à la fin du mois|à la fin de l'engagement|à la fin du trimestre] ? je garde le compte [quand même|bien sûr|]",
            "comment [désactiver|couper|enlever] le renouvellement automatique de mon [abonnement|forfait|contrat] ? [merci|mci|]",
            "vous pouvez mettre ma [box|livraison|box repas] en pause pour [juillet|août|le mois prochain|deux semaines] ? on part en [vacances|voyage]",
            "comment j'arrete l'essai gratuit avant d'etre [debite|preleve|facture] ? [pas encore pret pour la version payante|c'est pas pour moi pour l'instant|]",
            "je voudrais passer de [premium|l'offre pro|l'abonnement annuel] à [l'offre basique|la version gratuite|la formule mensuelle], [c'est trop cher pour moi|j'utilise pas toutes les fonctions|je dois faire des économies]",
            "vous pouvez me passer à la formule [famille|annuelle|business] ? la différence sera prélevée [tout de suite|aujourd'hui|au prorata] ?",
            "{greet}\n\nje souhaite arrêter ma commande récurrente de [capsules de café|croquettes|lentilles de contact|vitamines] à partir de la prochaine livraison. [J'en ai encore assez.|Je déménage bientôt.|Je les achète maintenant en magasin.] Mon compte client reste actif.\n\n{sign}",
            "{greet}\n\npourriez-vous décaler ma date de prélèvement du 1er au [15|28|dernier jour du mois] ? [Mon salaire arrive plus tard.|Cela m'arrange pour mon budget.] Pour le reste, mon [forfait|abonnement|contrat] ne change pas.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}j'arrive plus à me connecter, ça met [mot de passe incorrect|identifiants invalides|une erreur est survenue] [à chaque fois|] [😩|]",
            "comment [réinitialiser|changer] mon mot de passe ? le lien [n'arrive jamais|a expiré|ne marche pas]",
            "le code [SMS|de vérification|2FA] [n'arrive pas|arrive jamais|met des heures], j'ai deja essayé [trois|cinq|plusieurs] fois",
            "j'ai changé de téléphone, comment je [remets|réinstalle] l'appli d'authentification [dessus|] ? sans le code je peux pas me connecter",
            "mon compte est bloqué après trop de [tentatives|mauvais mots de passe], [comment le débloquer|vous pouvez le débloquer|je fais quoi] ?",
            "[comment|vous pouvez] me déconnecter de tous les appareils ? [je me suis connecté sur le pc d'un ami|j'ai perdu mon ancien téléphone|j'ai oublié de me déconnecter quelque part]",
            "l'appli me déconnecte [tout le temps|toutes les deux minutes|sans arrêt] [depuis la mise à jour|sur iphone|sur android] [c'est relou|c'est penible|]",
            "{greet}\n\ndepuis [deux jours|une semaine|quelque temps] je n'arrive plus à me connecter. J'ai [réinitialisé|changé] le mot de passe mais le nouveau est refusé aussi. Pourriez-vous regarder d'où vient le problème ? {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}mon code [promo|de réduction] [marche pas|est expiré|n'est pas accepté au paiement], vous savez pourquoi ?",
            "il y a [une réduction étudiant|des promos pour le black friday|des soldes d'été|un code de bienvenue] [cette année|en ce moment|bientôt] ?",
            "j'ai combien de points fidélité et [je peux avoir quoi avec|ils expirent quand|je peux les utiliser en ligne] ?",
            "[j'ai parrainé une amie|mon pote s'est inscrit avec mon lien] mais j'ai [pas encore|jamais] reçu [la prime de parrainage|le bon de parrainage|mon bonus]",
            "[la newsletter|le SMS|le mail] disait -[20|30|15] % sur [tout|les chaussures|tout le site] ce week-end, ça marche aussi [sur les articles soldés|en magasin|avec mon bon d'achat] ?",
            "où je peux m'inscrire à la newsletter pour avoir le [code de bienvenue|-10 %|bon de réduction] ? [🙂|]",
            "{greet}\n\nj'ai reçu [une carte cadeau|un bon d'achat de {amount}|un code anniversaire] de votre part mais je ne sais pas comment l'utiliser [en ligne|dans l'appli|en magasin]. Est-ce cumulable avec [les soldes|l'offre en cours] ?\n\n{sign}",
            "{greet}\n\nje me suis inscrit(e) à votre newsletter [hier|la semaine dernière] mais le code de bienvenue n'est jamais arrivé. [Pourriez-vous me le renvoyer ?|Est-il encore valable pour ma première commande ?] J'aimerais en profiter pour [la nouvelle collection|les offres de printemps].\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Objet de la demande : [Retrait du consentement|Retirer mon consentement|Révocation du consentement]\nNom : {name}\nE-mail : {email}\nMessage : [Je retire mon consentement au [profilage|à la publicité ciblée|suivi de ma localisation].|Merci de ne plus traiter mes données sur la base de mon consentement.|Consentement au traçage et aux analyses retiré.]",
            "{hi}[je retire mon consentement|je révoque mon consentement], [plus d'analyse de mes données|plus de traçage|plus de personnalisation][ svp|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_short", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[consentement|accord] pour [le traçage|les cookies|la géolocalisation|le profilage] retiré[ svp|]",
            "je ne veux plus que vous utilisiez mes données pour [des analyses|du profilage|la personnalisation]. je retire mon accord",
            "{hi}où je peux retirer mon consentement [au traitement de mes données|au suivi] ? je n'en veux plus",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nObjet : Retrait de mon consentement (article 7, paragraphe 3, du RGPD)\n\nPar la présente, je retire, avec effet immédiat, l'ensemble des consentements que j'ai donnés à {co} pour le traitement de mes données personnelles, notamment pour le profilage et la publicité personnalisée. {acct}\n\nJe vous prie de me confirmer par écrit les traitements auxquels il a été mis fin {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability, restriction, objection, automated decision
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe conteste l'exactitude des données enregistrées à mon sujet ([adresse|date de naissance|incident de paiement]). En attendant votre vérification, je vous demande de limiter le traitement de mes données[ (article 18 du RGPD)|] : conservez-les, mais ne les utilisez pas. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJe m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données personnelles [à des fins d'analyse statistique|pour l'évaluation de ma solvabilité|pour la segmentation de votre clientèle] fondé sur votre intérêt légitime[ (article 21, paragraphe 1, du RGPD)|]. Merci de cesser ce traitement. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMa demande de [paiement en plusieurs fois|crédit|paiement différé] a été refusée automatiquement, en quelques secondes. Je ne souhaite pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé[ (article 22 du RGPD)|]. Je demande qu'une personne réexamine mon dossier et que vous m'expliquiez les motifs de ce refus. {acct}\n\n{sign}",
        ]},
        // ---- formal letters in the legal register, the other labels, combined requests
        Family { intent: Rectification, also: &[], name: "legal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Exercice du droit de rectification (article 16 du RGPD)\n\nLes données personnelles que {co} détient à mon sujet sont inexactes. [Ma date de naissance est enregistrée au {date}, ce qui est faux.|Mon nom de famille est mal orthographié dans vos fichiers ; l'orthographe correcte est {last}.|Vos fichiers font état d'un impayé que j'ai réglé intégralement le {date}.|Vous utilisez encore mon ancienne adresse ; j'habite désormais au {d}{d} {street}, {city}.] {acct}\n\nConformément à l'article 16 du Règlement général sur la protection des données, j'ai le droit d'obtenir, dans les meilleurs délais, la rectification des données à caractère personnel me concernant qui sont inexactes. Je vous demande de corriger vos fichiers, d'en informer chaque destinataire conformément à l'article 19 et de me confirmer la rectification par écrit {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Opposition à la cession et à la vente de mes données personnelles\n\nJ'ai appris que {co} transmet ou vend des données de ses clients à des [partenaires commerciaux|courtiers en données|régies publicitaires]. Par la présente, je m'oppose à toute cession, location ou vente de mes données personnelles à des tiers. {acct}\n\nSi cette transmission repose sur mon consentement, je le retire ; si elle repose sur votre intérêt légitime, je m'y oppose. Je vous demande également de m'indiquer, conformément à l'article 15 du RGPD, les destinataires auxquels mes données ont déjà été communiquées, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Opposition à la prospection commerciale (article 21, paragraphe 2, du RGPD)\n\nPar la présente, je m'oppose au traitement de mes données personnelles à des fins de prospection, y compris au profilage lié à cette prospection. Conformément à l'article 21, paragraphe 3, du RGPD, mes données ne doivent plus être traitées à ces fins. Mon opposition vaut pour les sollicitations par e-mail, courrier, téléphone et SMS. {acct}\n\nJe vous remercie de me confirmer {deadline} que mes coordonnées ont été retirées de toutes vos listes de prospection.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}je peux exporter mes données en [CSV|JSON|fichier] ? je change de fournisseur",
            "vous pouvez transférer mes [données|historique de commandes|infos de compte] directement à mon nouvel opérateur[ ?|]",
            "j'ai besoin de mes données dans un format lisible par machine[, comment faire ?|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "je [passe|migre] sur [une autre plateforme|la concurrence|une autre appli] et [je veux|j'aimerais] garder [mon historique|mes playlists|mon historique d'achats]. [y a moyen de|c'est possible de|je peux] [télécharger|récupérer] tout dans un fichier [csv|json] ?",
            "{hi}[il est où|où est] le bouton [export|exporter mes données|télécharger mes données] ? [il me faut|je veux] [un backup|une copie en json|un csv] de mes données pour [les importer|les charger] sur un autre service",
            "j'ai changé de [banque|box|salle|mutuelle] et la nouvelle [me demande|m'a demandé] mon historique. vous pouvez [envoyer|transmettre] mes données [directement|direct] [chez eux|à la nouvelle boîte] [dans un format numérique|dans un fichier structuré] ?",
            "[je veux|j'aimerais] [récupérer|télécharger] [toutes mes photos et posts|les données de mon compte|mes contacts et messages] dans un format qu'on peut [ouvrir|importer] dans une autre appli. [c'est possible|ça se fait] ?",
            "[une capture d'écran|un PDF] ça me sert à rien, [il me faut|je veux] [mes données|l'historique du compte] en [CSV|JSON|fichier structuré] pour [les emmener|les transférer] chez [un autre fournisseur|la nouvelle appli]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. [impossible d'exporter|aucun moyen de télécharger] mes données [en CSV|dans un fichier]. [je veux|j'ai besoin de] les emporter sur [une autre appli|un autre service] !",
            "@{co} je pars chez la concurrence. [envoyez-moi|transmettez-moi] [toutes mes données|mon historique] en [CSV|JSON|format lisible] pour les importer [là-bas|dans le nouveau service]",
            "⭐⭐ [appli sympa|j'aime bien l'appli] mais [où est|il est où] l'[export|export des données] ? la portabilité des données [c'est un droit|c'est la loi]. [je veux|j'exige] mes données [dans un fichier|en json|en csv]",
            "[transférez|envoyez] mes données [directement|] à [ma nouvelle banque|mon nouvel opérateur|mon nouveau fournisseur], {co}. [portabilité|RGPD art. 20]. ⭐",
            "je veux [télécharger|exporter] [mes playlists|mon historique|mes photos et mes données] dans un fichier que je peux [ouvrir ailleurs|importer dans une autre appli]. [comment on fait|c'est possible] ?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment [j'exporte|je récupère] mes données [en CSV|en JSON|dans un fichier] pour les [transférer|emmener] chez un autre [service|opérateur|fournisseur] ?",
            "[vous pouvez|pouvez-vous] [transférer|envoyer] [mes données|mon historique] directement à [mon nouvel opérateur|mon nouveau fournisseur|ma nouvelle banque] ?",
            "est-ce possible d'avoir [toutes mes données|mon historique] dans un fichier [CSV|JSON|lisible par machine] pour changer de [service|fournisseur] ?",
            "où [est-ce que je peux|je peux] [exporter|télécharger] mes données dans un format qu'[une autre appli|un autre service] peut importer ?",
            "à qui je [demande|dois demander] la portabilité de mes données vers [une autre entreprise|un autre fournisseur] ? [je change d'opérateur|je veux tout emporter]",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Exercice du droit à la portabilité (article 20 du RGPD)\n\nEn application de l'article 20 du Règlement général sur la protection des données, je vous demande de me transmettre les données personnelles que j'ai fournies à {co}, notamment [mes informations de compte, mon historique de commandes et mes préférences|mon profil, mes transactions et les contenus que j'ai publiés|mes données de contrat et de consommation], dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON, par exemple). {acct}[ Lorsque cela est techniquement possible, je souhaite que ces données soient transmises directement à mon nouveau prestataire.|]\n\nJe vous remercie de répondre à cette demande {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "n'utilisez plus mes données tant que [mon adresse|ma date de naissance|l'erreur de facturation] n'est pas corrigée",
            "vous pouvez [bloquer|geler] mes données pendant [le litige|ma réclamation] ? pas les supprimer, juste ne plus les utiliser",
            "{hi}je demande la limitation du traitement de mes données le temps de vérifier",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "j'ai [un litige|une réclamation|une procédure] en cours avec vous à cause [de la facture|d'un prélèvement erroné|de la commande {order}]. tant que c'est pas réglé, [gelez|suspendez|mettez en pause] l'utilisation de mes données, mais [n'effacez rien|NE supprimez RIEN|gardez tout]",
            "[mon avocat|mon avocate] m'a dit de le demander : [n'effacez pas|ne supprimez pas] mes données parce que [j'en aurai besoin|elles me serviront] [au tribunal|pour une procédure], mais [arrêtez de les utiliser|ne vous en servez plus pour rien d'autre] [en attendant|pour l'instant]",
            "[vous dites que|d'après vous] mes données sont bonnes, moi je dis que [non|elles sont fausses]. pendant que vous [vérifiez|contrôlez], [suspendez|stoppez|mettez en stand-by] [le traitement|toute utilisation] de ces données[ svp| stp|]",
            "{hi}je veux pas fermer le compte, [je veux juste|j'aimerais juste] qu'il [reste|soit] [gelé|en pause|bloqué] [et que personne touche à mes données|sans utiliser mes données] jusqu'à ce que [je décide|le problème soit réglé]",
            "j'ai contesté [le prélèvement|le paiement] de {amount} du {date}. touchez pas à mes données [en attendant|tant que j'ai pas de réponse] : [limitez|restreignez] leur utilisation, [sans les effacer|sans rien supprimer]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. j'ai contesté le prélèvement et vous [continuez à utiliser|utilisez toujours] mes données. [suspendez|bloquez|gelez] le traitement [le temps que ça se règle|en attendant]. [ne supprimez rien|je ne demande pas la suppression] !",
            "@{co} [mes données sont fausses|mon adresse est fausse] [et vous ne les avez pas encore vérifiées|et vous êtes en train de vérifier]. [d'ici là|en attendant], [n'utilisez pas|arrêtez d'utiliser] mes données [du tout|pour quoi que ce soit]. [mais ne les effacez pas|je ne veux pas qu'elles soient supprimées]",
            "⭐⭐ [j'ai besoin que vous conserviez|conservez] mes données [parce que|car] [je vais en justice|j'ai un litige avec vous|j'en ai besoin pour une plainte], mais [ne les traitez plus|ne les utilisez pour rien d'autre] [en attendant|pour l'instant]",
            "je ne veux pas supprimer mon compte, juste que vous [geliez|bloquiez|suspendiez] l'utilisation de mes données [pour l'instant|temporairement]. {co}, [c'est possible ?|limitez le traitement svp]",
            "[limitation du traitement|gel de mes données], @{co} ! [gardez|conservez] les données [mais sans les utiliser|sans y toucher] jusqu'à ce que [ma réclamation|le litige] soit [réglé|résolu|terminé]. ⭐",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je [bloque|gèle|suspends] [l'utilisation|le traitement] de mes données [le temps que le litige soit réglé|tant que la réclamation est en cours] ? je ne veux pas les supprimer",
            "[vous pouvez|pouvez-vous] arrêter d'utiliser mes données [pour l'instant|pour le moment] sans [rien supprimer|supprimer le compte] ?",
            "est-ce possible de limiter le traitement de mes données [le temps que vous vérifiiez|pendant que vous vérifiez] si [mon adresse est juste|les données sont exactes] ?",
            "où je [demande|peux demander] de [bloquer|geler] mes données sans les effacer ? j'en ai besoin pour [un procès|une action en justice|un recours]",
            "qu'est-ce que je dois faire pour que vous [gardiez|conserviez] mes données mais sans les [utiliser|traiter] [du tout|pour rien] [tant que le litige n'est pas réglé|jusqu'à ce que la contestation soit close] ?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Demande de limitation du traitement (article 18 du RGPD)\n\nJe conteste l'exactitude des données que {co} détient à mon sujet, en particulier [mon adresse postale|ma date de naissance|la mention d'un impayé]. {acct} Conformément à l'article 18, paragraphe 1, point a), du RGPD, je vous demande de limiter le traitement de mes données pendant la durée nécessaire à la vérification de leur exactitude.\n\nPendant cette période, mes données ne peuvent qu'être conservées et ne doivent faire l'objet d'aucun autre traitement sans mon consentement. Je vous prie de m'informer avant la levée de cette limitation, comme le prévoit l'article 18, paragraphe 3, et de me confirmer sa mise en place {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "je m'oppose à l'utilisation de mes données pour [vos analyses|votre scoring|vos études internes][.|!|]",
            "{hi}comment je fais pour m'opposer au traitement fondé sur votre intérêt légitime ? c'est écrit dans votre politique de confidentialité",
            "arrêtez d'analyser mes [données d'utilisation|données de localisation] pour vos propres besoins, je m'y oppose",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "j'ai [découvert|vu] dans [la politique de confidentialité|les petites lignes] que vous faites [du profilage|un profil] de [mon comportement|mes habitudes d'achat] au nom de « l'intérêt légitime ». [je suis pas d'accord|je refuse|ça me va pas] et [je veux que vous arrêtiez|j'exige que vous arrêtiez] pour moi",
            "pourquoi mes données [partent|sont envoyées] aux autres sociétés du groupe {co} ? [j'ai jamais autorisé ça|j'ai rien demandé]. [je m'oppose à ce partage interne|je suis contre ce partage en interne]",
            "{hi}je veux pas finir dans vos [statistiques|analyses de comportement|métriques]. [sortez|excluez] mes données de [ça|ces analyses], [je suis contre ce traitement|je m'oppose à ce traitement]",
            "{co} [calcule|fait] un [score|« score de risque »|profil de risque] sur moi [sans que je le sache|avec mes données d'achat] ? [pas d'accord|très peu pour moi] : je m'oppose à ce traitement pour des raisons liées à ma situation [personnelle|particulière]",
            "j'ai [appris|découvert] que vous [traquez|scrutez|passez au crible] [chaque clic|tout ce que je fais dans l'appli] pour « améliorer le service » [au titre de l'intérêt légitime|en invoquant l'intérêt légitime]. [ça me plaît pas|je suis pas ok] : je m'oppose à cet usage de mes données",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. [{co} fait|vous faites] du [profilage|profiling|suivi comportemental] sur [tout|chaque clic]. je m'oppose à [ce traitement de mes données|ça] !",
            "@{co} je n'accepte pas que vous [analysiez|étudiiez] mon [comportement|utilisation de l'appli] [au nom de votre \"intérêt légitime\"|en invoquant l'intérêt légitime]. [je m'y oppose|j'exerce mon droit d'opposition]",
            "⭐⭐ j'ai découvert que vous [partagez|transmettez] mes données avec [les autres sociétés du groupe|le reste du groupe]. [je ne suis pas d'accord|je m'y oppose] et [je veux que ça s'arrête|arrêtez][, je ne parle pas de pub mais du traitement lui-même|]",
            "je ne veux pas que mes données servent au [scoring|score de risque|calcul de solvabilité interne] [juste parce que|sous prétexte que] [c'est un intérêt légitime|ça vous arrange]. [opposition, art. 21|je m'oppose à ce traitement]",
            "[arrêtez de faire des analyses|stop aux analyses|stop aux statistiques] avec [mes données|les données de mon compte]. [opposition|je m'oppose] au traitement. ⭐",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je m'oppose [au profilage|à l'analyse de mon comportement] que vous faites sur moi ?",
            "[vous pouvez|pouvez-vous] arrêter d'[analyser|utiliser] [mes achats|mes habitudes d'achat] pour [me profiler|faire des stats] ? je m'y oppose",
            "est-ce possible de s'opposer au [partage|transfert] de mes données avec [les autres sociétés du groupe|le reste du groupe {co}] ?",
            "où je fais opposition au traitement [fondé sur l'intérêt légitime|au titre de l'intérêt légitime] de {co} ?",
            "qu'est-ce que je dois faire pour que vous n'[utilisiez|exploitiez] pas mes données pour [le scoring de crédit|la détection de fraude|le profil de risque] ? [je ne suis pas d'accord|je m'y oppose]",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Opposition au traitement de mes données (article 21, paragraphe 1, du RGPD)\n\nSelon votre politique de confidentialité, {co} traite mes données personnelles [pour évaluer ma solvabilité|à des fins d'analyse et d'amélioration de ses services|pour segmenter sa clientèle] sur le fondement de son intérêt légitime (article 6, paragraphe 1, point f), du RGPD). Je m'oppose à ce traitement pour des raisons tenant à ma situation particulière : [j'ai été victime d'une usurpation d'identité|j'exerce une profession qui exige la confidentialité de mes déplacements|ce traitement m'a déjà causé un préjudice]. {acct}\n\nVous ne pouvez plus traiter mes données à ces fins, à moins de démontrer des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés. Je vous remercie de me confirmer l'arrêt du traitement {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ma demande de [crédit|paiement en 4 fois|compte] a été refusée [automatiquement|par un algorithme]. je veux qu'un humain la regarde",
            "{hi}cette décision a été prise automatiquement ? je demande un réexamen par une personne",
            "je ne veux pas être [évalué|noté] par [un algorithme|votre IA]. qui peut vérifier mon dossier ?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mon compte a été [bloqué|suspendu|désactivé] [du jour au lendemain|sans prévenir] et [le support|le chat] dit juste que « le système a détecté une activité suspecte ». [je veux|j'exige] qu'un être humain [réexamine|regarde] mon cas, pas un robot",
            "j'ai postulé [pour le poste|pour le stage|pour le job] et j'ai été [recalé|recalée|éliminé] en [2 minutes|quelques secondes]. [c'est un bot qui a décidé|c'était un algo] ? [je veux|j'aimerais] [une révision humaine|qu'une vraie personne regarde mon CV]",
            "{hi}[on m'a refusé la carte|on m'a refusé le prêt|on m'a refusé l'augmentation de plafond] [via l'appli|en ligne] [sans explication|en quelques secondes]. c'est quoi les critères de l'algo ? [je veux contester|je conteste] cette décision [et parler à quelqu'un|auprès d'un humain]",
            "l'appli me [propose|calcule] un [tarif|prix|devis d'assurance] [beaucoup plus élevé|deux fois plus cher] que [pour mon pote|pour les autres]. [c'est calculé automatiquement ?|c'est l'algo qui décide ?] [je veux|j'exige] que [quelqu'un|un conseiller] vérifie [à la main|manuellement]",
            "me faire [recaler|refuser] par [une machine|un robot|un algorithme] [sans parler à personne|sans que personne regarde], c'est pas normal. [je conteste|je veux contester] [la décision|le refus] [sur la commande {order}|sur ma demande de crédit] et [je demande une intervention humaine|je veux qu'un humain tranche]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 étoile. [crédit|prêt] [refusé|rejeté] [en 2 secondes|instantanément] par un algorithme. [je veux|j'exige] qu'un humain [réexamine|regarde] ma demande !",
            "@{co} vous avez [bloqué|suspendu] mon compte [automatiquement|via le système] sans explication. [je veux|je demande] un réexamen [humain|par une personne] et [savoir|qu'on m'explique] [pourquoi|sur quel critère]",
            "⭐ [le système|l'algorithme] a [rejeté|refusé] ma [candidature|demande] [sans que personne ne la regarde|sans intervention humaine]. [je conteste|je n'accepte pas] cette décision automatique[. je veux parler à un humain|, je veux un réexamen]",
            "pourquoi [le prix|le tarif de l'assurance] [pour moi|qu'on me propose] est [plus élevé|différent] ? [si c'est l'algorithme qui a décidé|si c'est automatique], [expliquez-moi la logique|je veux savoir comment ça marche] et [qu'une personne le revoie|revoyez-le à la main]. ⭐⭐",
            "[décision automatisée|décision automatique] [injuste|erronée] ! @{co} [un humain|une vraie personne] doit [réexaminer|revoir] [mon dossier|le blocage|le refus de ma carte]. [art. 22 RGPD|]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}comment je [conteste|fais un recours contre] [le refus de prêt|le crédit refusé] que [l'algorithme|le système] a décidé tout seul ?",
            "est-ce qu'une personne peut [revoir|réexaminer] [le blocage de mon compte|la décision] ? [c'était automatique|c'est un algorithme qui a décidé]",
            "est-ce possible qu'un humain [revoie|vérifie] la decision [automatique|de l'algorithme] qui a [refusé|rejeté] ma [demande|candidature] ?",
            "où [est-ce que je peux|je peux] [demander|connaître] [la logique utilisée|les critères utilisés] par l'algorithme pour [me refuser le crédit|augmenter mon prix|bloquer mon compte] ?",
            "à qui j'écris pour [contester|demander un réexamen humain de] [la décision automatique|une décision prise par le système] sur [mon crédit|ma demande] ?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Décision individuelle automatisée (article 22 du RGPD)\n\nLe {date}, ma demande [de crédit|de paiement en plusieurs fois|d'ouverture de compte] a été refusée [en quelques secondes|automatiquement], sans aucune explication. J'estime que cette décision repose exclusivement sur un traitement automatisé, y compris le profilage, et qu'elle m'affecte de manière significative. {acct}\n\nConformément à l'article 22 du RGPD, je demande :\n\n1. une intervention humaine, c'est-à-dire le réexamen de ma demande par une personne habilitée à modifier la décision ;\n2. des informations utiles concernant la logique sous-jacente et les principaux critères retenus ;\n3. la possibilité d'exprimer mon point de vue et de contester la décision.\n\nJe vous remercie de me répondre {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Retrait de mon consentement (article 7, paragraphe 3) et demande d'effacement (article 17 du RGPD)\n\nPar la présente, je retire avec effet immédiat l'ensemble des consentements que j'ai donnés à {co} pour le traitement de mes données personnelles. Le traitement n'ayant pas d'autre fondement juridique, je vous demande également, en application de l'article 17, paragraphe 1, point b), d'effacer toutes les données me concernant. {acct}\n\nJe vous prie de me confirmer par écrit le retrait et l'effacement {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJe retire mon consentement au traitement de mes données et je vous demande de supprimer mon compte ainsi que {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Opposition à la prospection (article 21, paragraphe 2, du RGPD) et retrait de mon consentement (article 7, paragraphe 3)\n\nJe m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, y compris au profilage lié à cette prospection. Je retire en outre tous les consentements donnés à {co} pour recevoir des offres par e-mail, SMS ou téléphone. {acct}\n\nJe vous remercie de me confirmer {deadline} que mes coordonnées ont été retirées de toutes vos listes.{escalate}\n\n{sign_formal}",
            "{greet}\n\nMerci de me retirer de toutes vos listes de diffusion. Je retire également le consentement donné à l'inscription pour [la newsletter et les offres|les appels et SMS commerciaux|les offres personnalisées]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Droit d'accès (article 15) et droit à la portabilité (article 20 du RGPD)\n\nJe vous demande de me communiquer une copie de l'ensemble des données personnelles que {co} traite à mon sujet, ainsi que les informations prévues à l'article 15, paragraphe 1. {acct} En outre, conformément à l'article 20, je vous prie de me transmettre les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine, afin que je puisse les transférer à un autre prestataire.\n\nJe vous remercie de répondre {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Opposition (article 21, paragraphe 1) et limitation du traitement (article 18, paragraphe 1, point d), du RGPD)\n\nPour des raisons tenant à ma situation particulière, je m'oppose au traitement de mes données [à des fins de profilage|à des fins d'analyse|pour évaluer ma solvabilité] fondé sur votre intérêt légitime. {acct} Dans l'attente de la vérification portant sur le point de savoir si vos motifs légitimes prévalent sur les miens, je demande la limitation du traitement conformément à l'article 18, paragraphe 1, point d).\n\nJe vous remercie de me confirmer ces deux mesures {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\nLe {date}\n\n{greet_formal}\n\nObjet : Rectification (article 16) et limitation du traitement (article 18, paragraphe 1, point a), du RGPD)\n\nLes données que vous détenez à mon sujet sont inexactes : [vous mentionnez un incident de paiement qui n'a jamais eu lieu|ma date de naissance est erronée|vous utilisez une adresse que j'ai quittée il y a plusieurs années]. {acct} Je vous demande de les rectifier conformément à l'article 16 et, pendant votre vérification, d'en limiter le traitement au titre de l'article 18, paragraphe 1, point a), notamment de ne pas les communiquer à des organismes de crédit.\n\nJe vous remercie de me confirmer la rectification {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nVos fichiers contiennent [une date de naissance erronée|une adresse erronée|un historique de paiement erroné]. Merci de corriger cette erreur et de ne pas utiliser ni transmettre ces données tant qu'elle n'est pas corrigée. {acct}\n\n{sign}",
        ]},
    ],
};

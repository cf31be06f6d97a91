//! Norwegian (Bokmål): Norway, an EEA state (GDPR as "personvernforordningen", in force through
//! personopplysningsloven; supervisory authority Datatilsynet).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "no",
    locales: &[("nb-NO", 100)],
    first_names: &[
        "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Hilde", "Silje", "Nora", "Emma", "Ida",
        "Sara", "Maja", "Ingeborg", "Thea", "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut",
        "Arne", "Svein", "Thomas", "Jonas", "Magnus", "Henrik", "Kristian", "Martin", "Sindre",
    ],
    last_names: &[
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
        "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
        "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lund",
        "Solberg", "Bakken", "Moen", "Strand",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "hotmail.com", "online.no", "live.no", "outlook.com", "yahoo.no",
        "icloud.com", "hotmail.no", "getmail.no",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Hei,", "Hei!", "Hei {co},", "Hallo,", "God dag,", "Hei kundeservice,"]),
        ("greet_formal", &["Til personvernombudet,", "Hei,", "Til personvernombudet i {co},"]),
        ("hi", &["hei, ", "hei ", "hallo, ", "", "", "", "Hei, "]),
        ("thanks", &["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Hilsen", "Takk på forhånd.\nVennlig hilsen", "Takk!"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nSendt fra min iPhone",
        ]),
        ("sign_formal", &["Med vennlig hilsen\n\n{name}", "Med vennlig hilsen\n\n{name}\n{email}", "Vennlig hilsen\n\n{name}"]),
        ("street", &[
            "Storgata", "Kirkegata", "Dronningens gate", "Kongens gate", "Skolegata", "Parkveien",
            "Bjørkeveien", "Strandveien", "Torggata", "Markveien", "Sjøgata", "Nygata",
        ]),
        ("city", &[
            "0{d}{d}{d} Oslo", "50{d}{d} Bergen", "70{d}{d} Trondheim", "40{d}{d} Stavanger",
            "46{d}{d} Kristiansand", "90{d}{d} Tromsø", "30{d}{d} Drammen", "16{d}{d} Fredrikstad",
            "13{d}{d} Sandvika",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9][A|B|]\n{city}"]),
        ("to_dpo", &["{co} AS\nAtt.: Personvernombudet", "{co} ASA\nPersonvernombud", "{co}\nAtt.: Personvernombud / behandlingsansvarlig"]),
        ("acct", &[
            "Kontoen min er registrert på {email}.", "E-post: {email}", "Kontoen står på {name} ({email}).",
            "Jeg har konto hos dere med adressen {email}.",
        ]),
        ("ident", &[
            "Til identifisering: {name}, e-post {email}, postadresse som ovenfor. Fødselsnummer oppgir jeg ved behov.",
            "Kundekontoen min er registrert på e-postadressen {email}. Trenger dere flere opplysninger for å bekrefte identiteten min, kan dere ta kontakt.",
            "Jeg heter {name} og er kunde hos dere med e-postadressen {email}; adressen min står ovenfor.",
        ]),
        ("data", &[
            "personopplysningene mine", "alle personopplysninger dere har om meg", "alle dataene dere lagrer om meg",
            "opplysningene dere behandler om meg",
        ]),
        ("product", &[
            // Definite forms: the templates use them as they stand.
            "kaffetrakteren", "ryggsekken", "støvsugeren", "skjermen", "hodetelefonene", "blenderen",
            "kofferten", "barnevogna", "vinterjakka", "løpeskoene", "teltet",
        ]),
        ("deadline", &[
            "uten ugrunnet opphold og senest innen én måned etter at dere mottok henvendelsen",
            "innen fristen på én måned, jf. artikkel 12 nr. 3 i personvernforordningen", "senest {date}",
        ]),
        ("escalate", &[
            " Hvis jeg ikke får svar innen fristen, vil jeg klage til Datatilsynet.",
            " I motsatt fall vil jeg ta saken til Datatilsynet.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan dere sende meg [en kopi av|et utdrag av|en eksport av] [opplysningene mine|alle dataene dere har om meg][?| takk!]",
            "hvilke [opplysninger|personopplysninger] har dere [lagret |]om meg[?|??]",
            "jeg vil [vite|se] hva dere har [lagret|registrert] om meg",
            "hvordan laster jeg ned [dataene mine|alle dataene mine] fra [appen|kontoen min][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[seriøst,|ok litt creepy,|hææ] fikk [akkurat|nettopp|i dag] en reklame som visste [altfor mye|skummelt mye] om meg. hva slags [info|data] ligger egentlig om meg [hos dere|i systemet deres][?|??]",
            "{hi}lagde en konto hos {co} for [mange år siden|lenge siden|typ 2017] og [glemte den helt|har aldri brukt den siden]. [kan jeg få|går det an å få] [innsyn i|en oversikt over] hva som [fortsatt |]ligger der om meg?",
            "[innsynsbegjæring|innsyn etter GDPR|ber om innsyn] [plis|takk|]: hva [behandler dere|samler dere inn] om meg, og [hvem deler dere det med|hvor har dere det fra]? [konto|e-post]: {email}",
            "[er|blir] [litt |ganske |]bekymret for personvernet [etter datalekkasjen|etter det jeg leste i nyhetene|for tiden]. [vis meg|send meg en oversikt over] alt dere har [samlet inn|registrert|tatt vare på] om meg[, også posisjon og kjøp|]",
            "[kjapt spørsmål|lurer på én ting]: [lagrer dere|tar {co} vare på] [posisjonshistorikken min|søkehistorikken min|kjøpshistorikken min|klikkene mine]? [i så fall vil jeg se|vil gjerne se] hva dere har",
            "[1 stjerne|2 stjerner]: appen ber om tilgang til alt, men [det finnes ingen plass|jeg finner ingen plass] der jeg kan se hva den [samler inn|har om meg]. [gi meg innsyn i dataene mine|vis meg hva dere har på meg]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. I flere uker har jeg spurt hvilke opplysninger {co} har om meg, og [får ikke svar|ingen svarer]. [Jeg vil ha innsyn!|Send meg en kopi av dataene mine nå!|Hørt om artikkel 15 i GDPR?]",
            "@{co} hvilke [opplysninger|personopplysninger|data] har dere egentlig om meg? [Jeg vil ha en kopi.|Send meg en oversikt, takk.|Ber om innsyn på DM.]",
            "⭐ Appen er grei, men jeg vil [vite|se] hva dere [lagrer|har samlet inn] om meg[, også posisjon og kjøpshistorikk|]. [Ber om full oversikt.|Hvor blir det av innsynet mitt?]",
            "[2 stjerner|⭐⭐]. Sendte innsynsbegjæring for en måned siden, [fortsatt ingenting|ikke et ord]. [Kjære|Hei] {co}, send meg [alle opplysningene dere har om meg|en kopi av dataene dere har lagret] nå.",
            "ba om innsyn etter gdpr, null svar. @{co} jeg vil vite hva dere har lagret om meg!!",
            "Fine funksjoner, men null åpenhet. [Jeg vil ha|Jeg krever] innsyn i [alle personopplysningene dere behandler om meg|dataene mine]. [3 stjerner til da.|Da blir det flere stjerner.]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan kan jeg [se|finne ut|sjekke] hvilke opplysninger dere [har|lagrer] om meg?",
            "kan jeg få en [kopi|oversikt] av [alle opplysningene|dataene] dere har om meg?",
            "er det mulig å [få innsyn i|be om innsyn i|få en kopi av] personopplysningene mine? [hvor lang tid tar det?|]",
            "hva vet dere [egentlig |]om meg? [kan dere sende meg alt dere har?|hvor kan jeg se det?]",
            "hvor kan jeg [se|laste ned|be om] [dataene mine|det {co} har lagret om meg]? [finner det ikke i appen|]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg ønsker en kopi av {data}[, inkludert ordrehistorikk og kontaktopplysninger|]. {acct}\n\n{sign}",
            "{greet}\n\nJeg ber herved om innsyn[ etter artikkel 15 i personvernforordningen|]. Jeg vil vite hvilke personopplysninger dere behandler om meg, til hvilke formål og hvem de er utlevert til. {acct}\n\n{sign}",
            "{greet}\n\nKan dere fortelle meg hvilke personopplysninger {co} har om meg, og hva de brukes til? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav om innsyn etter artikkel 15 i personvernforordningen (GDPR)\n\n{greet_formal}\n\nJeg viser til artikkel 15 i europaparlaments- og rådsforordning (EU) 2016/679 (personvernforordningen), som gjelder som norsk lov gjennom personopplysningsloven, og ber om bekreftelse på om dere behandler personopplysninger om meg. Hvis det er tilfellet, ber jeg om:\n\n1. en kopi av alle personopplysninger dere behandler om meg;\n2. formålene med behandlingen;\n3. hvilke kategorier personopplysninger det gjelder;\n4. mottakerne eller kategoriene av mottakere som opplysningene er utlevert til, særlig i tredjeland;\n5. hvor lenge opplysningene vil bli lagret;\n6. hvor opplysningene kommer fra, dersom de ikke er samlet inn fra meg;\n7. om det forekommer automatiserte avgjørelser, herunder profilering.\n\n{ident}\n\nJeg ber dere svare på kravet {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Innsynsbegjæring\n\n{greet_formal}\n\nJeg ønsker innsyn i personopplysningene {co} behandler om meg, og ber derfor, i medhold av artikkel 15 i GDPR, om en kostnadsfri kopi sammen med opplysningene nevnt i artikkel 15 nr. 1 bokstav a–h. Send gjerne kopien elektronisk til {email}.\n\n{ident}\n\nJeg ser fram til svaret deres {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Innsyn (artikkel 15) og dataportabilitet (artikkel 20) etter personvernforordningen\n\n{greet_formal}\n\nMed henvisning til artikkel 15 i personvernforordningen ber jeg om opplysninger om hvilke personopplysninger dere behandler om meg, til hvilke formål, hvem de er utlevert til, og hvor lenge de lagres. Samtidig ber jeg, i medhold av artikkel 20, om å få utlevert opplysningene jeg har gitt dere som ledd i avtalen vår, i et strukturert, alminnelig anvendt og maskinlesbart format (CSV eller JSON), slik at jeg kan overføre dem til en annen leverandør.\n\n{ident}\n\nJeg ber dere behandle henvendelsen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg vil gjerne ha en oversikt over alle dataene dere har om meg, og i tillegg en eksport i CSV- eller JSON-format, slik at jeg kan flytte dem til en annen tjeneste. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[slett|fjern] kontoen min[ og alle dataene mine| og alle opplysningene mine|][ takk|.|!|]",
            "jeg vil at [opplysningene mine blir slettet|kontoen min blir slettet][ med en gang|!|.|]",
            "hvordan sletter jeg kontoen min [permanent|helt|for godt][?|??]",
            "slett alt dere har om meg[ takk|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "har [byttet til en konkurrent|gått over til en annen leverandør|fått nok av {co}] og trenger ikke [kontoen|profilen] lenger. [ta bort alt|gjør meg kvitt alt|rensk ut alt] [plis|takk], [inkludert opplysningene mine|med all data|sammen med all info om meg]",
            "{hi}registrerte meg [én gang|for lenge siden] [for en rabattkode|for én eneste bestilling|for en gratis prøveperiode] og har aldri brukt det siden. kan dere avslutte kontoen og [viske ut|fjerne|rydde bort] alle opplysningene om meg?",
            "[vil ha|ønsker] [profilen|kontoen] min [borte|vekk] [for godt|for alltid]!! [ikke bare deaktivert|deaktivering holder ikke], [alt om meg|all info om meg] skal ut av [databasen|systemet] deres",
            "hvor er [knappen|valget] for å [avslutte|fjerne] kontoen [skikkelig|på ordentlig]? [vil ikke bare deaktivere|deaktivering er ikke det samme], [dataene mine|alt] skal [bort|vekk]",
            "[etter datalekkasjen|på grunn av personvernet|etter alt som har skjedd] vil jeg [bare |]at dere [sletter alt|rensker ut alt] som [handler om meg|er knyttet til meg] [permanent|for godt].[ send en bekreftelse på e-post| bekreft gjerne|]",
            "fant [en gammel konto|en eldgammel konto] på {email}[, visste ikke engang at jeg hadde den|]. [kan dere slette den helt?|plis fjern den med alt innhold!]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Det går ikke å slette kontoen|Umulig å slette kontoen] i appen. @{co} [slett kontoen min|fjern profilen min] og alle opplysningene mine!",
            "⭐ Jeg vil slette profilen min, men [det finnes ingen knapp|valget er ingen steder]. [Slett alt dere har om meg.|Fjern dataene mine helt, takk.]",
            "@{co} vær så snill å [slette|fjerne] kontoen min [({email}) |]og [alle|samtlige] opplysninger om meg. [Bruker den ikke lenger.|Takk.|]",
            "[Svindel|Styr unna]! Har ventet i tre uker på at dere skal [slette|faktisk slette] kontoen min. [Jeg vil at dataene mine slettes helt.|Fjern alt dere har lagret om meg!]",
            "[0 stjerner hvis det gikk|1/5]. Avinstallert. [Jeg krever sletting av kontoen og personopplysningene mine etter GDPR.|Visk ut kontoen min og all data fra systemene deres.]",
            "slett kontoen min. nå. takk @{co}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan sletter jeg [kontoen|brukeren|profilen] min? [finner ikke valget noe sted|]",
            "kan dere slette [kontoen min|brukeren min] [og alle opplysningene mine|for godt]? [bruker den ikke lenger|]",
            "er det mulig å få [slettet|fjernet] [alle dataene mine|opplysningene mine] [helt|for godt|permanent]?",
            "hva må jeg gjøre for at dere skal slette [kontoen min|brukeren min] [permanent|for godt]?",
            "hvor kan jeg slette [kontoen|profilen] min? [ser ingenting i appen|]",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg bruker ikke lenger [tjenesten deres|appen|kontoen min hos {co}] og ber dere derfor avslutte kontoen og slette {data}. [Bekreft gjerne når det er gjort.|Takk på forhånd for en bekreftelse.|]\n\n{sign}",
            "{greet}\n\nJeg ber herved om at dere sletter {data}[ etter artikkel 17 i personvernforordningen|]. {acct}\n\n{sign}",
            "{greet}\n\nJeg opprettet en konto hos dere for én enkelt bestilling og trenger den ikke lenger. Vennligst slett kontoen og alle tilhørende opplysninger. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav om sletting av personopplysninger etter artikkel 17 i personvernforordningen\n\n{greet_formal}\n\nMed henvisning til artikkel 17 nr. 1 i personvernforordningen (GDPR) krever jeg at dere uten ugrunnet opphold sletter alle personopplysninger om meg. Opplysningene er ikke lenger nødvendige for formålene de ble samlet inn for, og det finnes ikke noe annet rettslig grunnlag for å behandle dem.\n\n{ident}\n\nHvis dere har utlevert personopplysningene mine til andre mottakere, ber jeg dere varsle dem om slettingen, jf. artikkel 19. Dersom en lovpålagt oppbevaringsplikt hindrer full sletting, ber jeg om å få vite hvilke opplysninger som oppbevares, av hvilken grunn og hvor lenge.\n\nJeg ber om skriftlig bekreftelse på slettingen {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Sletting av personopplysninger og avslutning av kundekonto\n\n{greet_formal}\n\nJeg ber om at kundekontoen min hos {co} avsluttes, og at alle personopplysninger dere behandler om meg, slettes i samsvar med artikkel 17 i forordning (EU) 2016/679. Kravet omfatter også sikkerhetskopier, markedsføringslister og opplysninger som er overlatt til databehandlere.\n\n{ident}\n\nGi meg beskjed når slettingen er gjennomført, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbaketrekking av samtykke (artikkel 7 nr. 3) og krav om sletting (artikkel 17) etter personvernforordningen\n\n{greet_formal}\n\nJeg trekker herved tilbake alle samtykker jeg har gitt {co} til behandling av personopplysningene mine, særlig samtykket til markedsføring og profilering. Ettersom samtykket var det eneste rettslige grunnlaget for behandlingen, krever jeg samtidig, i medhold av artikkel 17 nr. 1 bokstav b, at alle personopplysningene mine slettes.\n\n{ident}\n\nJeg ber om skriftlig bekreftelse på både tilbaketrekkingen og slettingen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg trekker tilbake samtykket mitt til at dere behandler opplysningene mine, og ber dere samtidig slette kontoen min og alle dataene dere har om meg. {acct}\n\n{sign}",
            "{hi}jeg trekker tilbake samtykket og vil at dere sletter kontoen min med alle data",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[etternavnet mitt er feilstavet på kontoen, det skal være {last}|navnet mitt står feil i profilen, det skal være {name}]",
            "kan dere rette fødselsdatoen min? [den stemmer ikke|det står feil år]",
            "[adressen min i profilen er gammel, kan dere endre den|telefonnummeret på kontoen min er feil, kan dere rette det][?|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}har [flyttet|nettopp flyttet|flyttet forrige måned] og [regningen|pakken|posten] gikk [likevel |]til den gamle adressen. [kan dere oppdatere den til|ny adresse er]: {street} {d}{d}, {city}",
            "har fått nytt [mobilnummer|telefonnummer|nummer]. [kan dere bytte det ut|kan dere oppdatere det] på [kontoen|profilen] min[?|, det gamle er ikke i bruk lenger]",
            "på [fakturaen for ordre {order}|fakturaen min|medlemskortet] står [navnet mitt feil|det en skrivefeil i navnet mitt|feil fornavn]. jeg heter {first} {last}[, kan dere fikse det?|, vennligst korriger|]",
            "har [giftet meg|skilt meg] og heter {last} nå. [hvordan endrer jeg navnet på kontoen|kan dere endre navnet hos dere][?|]",
            "[appen|systemet deres] tror jeg er [under 18|mindreårig] [pga|på grunn av] feil [fødselsår|fødselsdato], [så jeg får ikke handlet|og jeg blir sperret hele tiden]. riktig fødselsdato er {date}, [fiks det plis|kan dere korrigere?]",
            "dere har fortsatt [pikenavnet mitt|den gamle e-postadressen min|studentadressen min] registrert. det har vært [feil|utdatert] i [flere år|evigheter], [oppdater plis|kan dere rette det opp?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. I profilen min står det [feil adresse|feil fødselsdato|det gamle etternavnet mitt] og det går ikke å endre i appen. @{co} rett det opp!",
            "@{co} dere har [stavet navnet mitt feil|feil navn på kontoen min], det er {name}. [Endre det, takk.|Kan dere rette det?]",
            "⭐⭐ [Flyttet for lenge siden|Har flyttet], ny adresse er {street} {d}, men dere [sender fortsatt alt|leverer fortsatt] til den gamle. [Oppdater adressen min!|Jeg vil at opplysningene mine blir rettet.]",
            "telefonnummeret mitt hos dere er utdatert, vær så snill å endre til det nye. går ikke i appen #fail",
            "[I månedsvis|Lenge] har fødselsdatoen min vært feil registrert. [Den er {date}.|Riktig dato er {date}.] [Jeg ber om retting av opplysningene mine.|Rett det opp nå!] [2 stjerner|⭐⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan endrer jeg adressen min? dere har [fortsatt den gamle|feil adresse][, den nye er {street} {d}|]",
            "kan dere [rette|korrigere] fødselsdatoen min? [den er feil|det står feil dato]",
            "er det mulig å [rette|få rettet] navnet mitt? det er [stavet feil|skrevet feil] [på kontoen min|hos dere]",
            "hvor kan jeg [endre|oppdatere] [telefonnummeret|mobilnummeret] mitt? det dere har stemmer ikke lenger",
            "hva må jeg gjøre for at dere skal [rette|korrigere] [feil i opplysningene mine|adressen min]? [jeg har flyttet|det er en skrivefeil]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Adressen dere har registrert, stemmer ikke lenger. Vennligst rett opplysningen[ etter artikkel 16 i personvernforordningen|]. Ny adresse: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|Fødselsdatoen på kontoen min er feil. Vennligst rett opplysningen[ etter artikkel 16 i personvernforordningen|]. Riktig fødselsdato: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|Etternavnet mitt er feilstavet hos dere. Vennligst rett opplysningen[ etter artikkel 16 i personvernforordningen|]. Riktig navn: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nKan dere oppdatere opplysningene mine? [Jeg har giftet meg og heter nå {last}.|Siden forrige måned bor jeg i {street} [1|2|3|4|5|6|7|8|9], {city}.|Jeg har fått nytt mobilnummer: 9{d}{d} {d}{d} {d}{d}{d}.] {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav om retting av uriktige personopplysninger etter artikkel 16 i personvernforordningen\n\n{greet_formal}\n\n{co} behandler uriktige personopplysninger om meg: [fødselsdatoen min er feilregistrert|etternavnet mitt er feilstavet|det er registrert en gjeld som ikke eksisterer|den gamle adressen min brukes fortsatt]. Etter artikkel 16 i personvernforordningen har jeg rett til å få uriktige personopplysninger om meg rettet uten ugrunnet opphold. [Riktige opplysninger: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Dokumentasjon på de riktige opplysningene er vedlagt.]\n\n{ident}\n\nJeg krever retting {deadline}, og at dere varsler alle mottakere som har fått de uriktige opplysningene (artikkel 19).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Retting (artikkel 16) og begrensning av behandling (artikkel 18 nr. 1 bokstav a) etter personvernforordningen\n\n{greet_formal}\n\nJeg bestrider riktigheten av personopplysningene dere har registrert om meg, nærmere bestemt [den påståtte gjelden|fødselsdatoen min|bostedsadressen min]. Jeg krever at opplysningene rettes etter artikkel 16. Samtidig krever jeg, i medhold av artikkel 18 nr. 1 bokstav a, at behandlingen av opplysningene begrenses i perioden dere trenger for å kontrollere om de er riktige; i mellomtiden må de ikke brukes eller utleveres til tredjeparter.\n\n{ident}\n\nJeg ber dere behandle henvendelsen {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nI systemet deres [står det feil adresse|er fødselsdatoen min feil|står det en gjeld på {amount} kr som ikke stemmer], og derfor [får jeg purringer|ble bestillingen min avvist]. Rett det, og inntil da vil jeg at behandlingen av disse opplysningene begrenses[ (artikkel 18 i GDPR)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ikke selg|ikke gi] opplysningene mine videre til [tredjeparter|andre selskaper|annonsører], takk",
            "jeg vil ikke at dataene mine blir [solgt|delt] videre til [andre firmaer|databrokere|partnerne deres]",
            "hvor kan jeg skru av deling av opplysningene mine med [partnere|tredjeparter][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "etter at jeg [handlet hos|registrerte meg hos] {co} får jeg [post|telefoner|spam] fra [firmaer|butikker] jeg aldri har hørt om. [selger dere adressen min|videreselger dere opplysningene mine]? [slutt å selge dataene mine|ikke gi info om meg til noen andre]",
            "[leste|har lest] [personvernerklæringen|det med liten skrift] og dere [gir|overleverer] kundedata til [\"samarbeidspartnere\"|datameglere|annonsenettverk]. [ikke med mine data|hold meg utenfor det|ikke del mine opplysninger]",
            "[hvor kan jeg|går det an å] [velge|stille inn] at {co} ikke skal [selge|overlate|videreformidle] [infoen min|dataene mine|kjøpshistorikken min] til [andre selskaper|tredjeparter|annonsører]?",
            "hvordan har [en datamegler|et markedsføringsbyrå|en eller annen nettside] fått tak i [e-postadressen min|adressen min|nummeret mitt]? [det har jeg bare gitt til dere|jeg har bare oppgitt det hos {co}]. [slutt å dele opplysningene mine med andre|ikke gi fra dere dataene mine igjen]",
            "[ikke greit|ikke kult] at [handlevanene mine|kjøpene mine|dataene fra appen] [havner hos|sendes til] [Facebook|Google|annonsører]. [skru av delingen|slutt å selge dem videre] for [kontoen min|{email}][ takk|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Siden jeg fikk appen|Siden jeg registrerte meg] får jeg reklame fra firmaer jeg aldri har hørt om. @{co} slutt å [selge dataene mine|dele opplysningene mine med tredjeparter|gi infoen min videre til annonsører]!",
            "@{co} jeg vil ikke at opplysningene mine [selges|deles|gis videre] til [partnere|annonsører|datameglere|tredjeparter]. [Skru det av for kontoen min.|Reserver meg mot det.]",
            "⭐ Ifølge personvernerklæringen [deler|selger] dere brukerdata med [annonsenettverk|partnerselskaper]. [Ikke selg eller del opplysningene mine.|Hold dataene mine for dere selv!|Ikke med mine data!]",
            "IKKE selg dataene mine eller gi dem videre til tredjeparter!! 2 stjerner",
            "[Bra app|Grei app], men: [jeg vil ikke at {co} deler dataene mine med andre selskaper.|dataene mine er mine, ikke en eller annen datameglers.] [Ta meg ut av videresalget.|Stopp delingen med tredjeparter.]",
            "Fant nettopp ut at [en adressemegler|et markedsføringsbyrå] har opplysningene mine fra dere. @{co} slutt å selge dataene mine med en gang!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}selger dere opplysningene mine [til andre selskaper|til tredjeparter|til annonsører]? i så fall, [hvordan stopper jeg det|kan dere la være]?",
            "hvordan hindrer jeg at dere [deler|gir videre] dataene mine til [partnere|tredjeparter|annonsører]?",
            "kan jeg [et sted |]reservere meg mot at dataene mine [blir solgt|deles med tredjeparter]?",
            "hva må jeg gjøre for at dere ikke skal [selge|dele] opplysningene mine med [datameglere|reklameselskaper|samarbeidspartnere]?",
            "kan dere slutte å [dele dataene mine med andre selskaper|selge dataene mine til tredjeparter]? [hvor slår jeg det av?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg ønsker ikke at dere utleverer eller selger personopplysningene mine til tredjeparter, og i hvert fall ikke til markedsføringsformål. Vennligst stans all slik deling umiddelbart. {acct}\n\n{sign}",
            "{greet}\n\n[Siden jeg registrerte meg hos dere, har jeg blitt oppringt av ukjente firmaer|Jeg får tilbud fra firmaer jeg aldri har hørt om]. Ikke gi opplysningene mine videre til [partnerne deres|noen andre], og ikke selg dem. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Forbud mot utlevering og salg av personopplysningene mine til tredjeparter\n\n{greet_formal}\n\nJeg godtar ikke at personopplysningene mine utleveres, deles eller selges til tredjeparter, herunder datameglere, annonsenettverk og samarbeidspartnere av {co}. Det er ikke gitt samtykke til slik utlevering, og dere har ikke rettslig grunnlag for den etter artikkel 6 i personvernforordningen. Jeg krever at all slik utlevering opphører, og at opplysningene mine heretter ikke utleveres til noen.\n\n{ident}\n\nJeg ber om skriftlig bekreftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ikke mer|slutt med] [reklame|nyhetsbrev|reklame på e-post|SMS med tilbud][!|.|]",
            "[meld meg av nyhetsbrevet|jeg vil melde meg av nyhetsbrevet|fjern meg fra e-postlista]",
            "slutt å sende meg [reklame|tilbud|de e-postene][!|.|]",
            "hvordan melder jeg meg av nyhetsbrevet[?|, lenken virker ikke]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[hver dag|daglig|tre ganger i uka] [mail|tilbudsmail|reklame] fra dere, [innboksen min|mailen min] er [full|helt nedlesset]. [fjern {email} fra lista|meld meg ut av nyhetsbrevet|unsubscribe plis]",
            "[avmeldingslinken|avmeldingslenken|unsubscribe-lenka] [funker ikke|gir bare feilmelding|gjør ingenting] og jeg får [fortsatt|likevel] [spam|tilbud|nyhetsbrev] fra dere. [kan dere melde meg av manuelt?|fjern meg manuelt plis]",
            "ikke flere [telefonselgere|SMS-er med kampanjer|salgsoppringninger] [takk|plis]! [vil|jeg vil] ikke ha [tilbud|kampanjer|deals] [fra {co} |]på [mobilen|SMS|telefon]",
            "{hi}[går det an å|hvordan kan jeg] skru av [markedsføringsmailene|push-varslene med tilbud|reklamemailene]? [ordrebekreftelser og kvitteringer er greit|kvitteringer vil jeg ha, bare ikke reklame]",
            "[1 stjerne|én stjerne]: [appen er grei, men|egentlig bra app, men] [konstant|stadig] reklame-[push|mail|SMS], [selv om jeg har meldt meg av|enda jeg aldri har bedt om det]. [slutt med markedsføringen|la meg være i fred med nyhetsbrevet deres]",
            "etter [én eneste bestilling|det første kjøpet mitt] [havnet jeg plutselig|ble jeg plutselig lagt til] på [nyhetsbrevet|mailinglista] deres. [stryk meg|ta meg av lista plis|nei takk], [ingen mer reklame til {email}|takk]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Hver dag [spam|reklame på e-post|tre nyhetsbrev] fra {co}. [Avmelding fungerer ikke!|Jeg vil melde meg av!] [Slutt å sende meg reklame.|Fjern meg fra e-postlista.]",
            "@{co} [ikke mer reklame|ikke flere nyhetsbrev|ikke flere reklame-SMS-er] til {email}, takk.",
            "⭐ Avmeldingslenken i nyhetsbrevet [er ødelagt|fører ingen steder]. Jeg vil [melde meg av|ikke ha flere markedsføringsmailer]!",
            "umulig å melde seg av nyhetsbrevet. jeg vil IKKE ha mer reklame. 1 stjerne",
            "[Irriterende|Kjempeirriterende]: [stadig|hele tiden] telefonsalg og SMS med tilbud, selv om jeg [aldri har bedt om det|aldri har sagt ja]. @{co} [fjern meg fra markedsføringslistene|slutt å kontakte meg med tilbud]!",
            "[2 stjerner|⭐⭐] på grunn av [spammen|alle e-postene]. [Meld meg av all reklame på e-post.|Jeg reserverer meg mot at opplysningene mine brukes til direkte markedsføring.] [Selve appen er grei.|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan [melder jeg meg av|avslutter jeg] nyhetsbrevet? [får mail hver dag|]",
            "kan dere [slutte å sende meg reklame|ikke sende meg flere reklamemailer]?",
            "hvordan slår jeg av [reklame-sms-ene|tilbuds-sms-ene|telefonsalget]? [det er skikkelig irriterende|]",
            "hvor melder jeg meg av [reklamemailene|nyhetsbrevet|tilbudene på e-post]? [lenken nederst virker ikke|]",
            "hva må jeg gjøre for at dere ikke skal sende meg [mer reklame|flere nyhetsbrev|flere tilbud]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVennligst fjern {email} fra alle markedsføringslistene deres. Avmeldingslenken virker ikke, og jeg får fortsatt nyhetsbrevet.\n\n{sign}",
            "{greet}\n\nJeg ønsker ikke reklame fra dere – verken på e-post, SMS eller i posten.[ I medhold av artikkel 21 nr. 2 i personvernforordningen protesterer jeg mot at opplysningene mine behandles for direkte markedsføring.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Protest mot behandling for direkte markedsføring (artikkel 21 nr. 2 i personvernforordningen)\n\n{greet_formal}\n\nMed henvisning til artikkel 21 nr. 2 i personvernforordningen protesterer jeg mot at personopplysningene mine behandles for direkte markedsføring, herunder profilering i den grad den har sammenheng med slik markedsføring. Etter artikkel 21 nr. 3 skal personopplysningene mine da ikke lenger behandles for slike formål. Jeg krever også at dere slutter å sende meg uanmodet markedsføring, jf. markedsføringsloven § 15.\n\n{ident}\n\nJeg ber dere fjerne meg fra alle markedsføringslister {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbaketrekking av samtykke og protest mot direkte markedsføring\n\n{greet_formal}\n\nJeg trekker herved tilbake, jf. artikkel 7 nr. 3 i personvernforordningen, samtykket til nyhetsbrev og markedsføring som jeg ga ved registreringen. Samtidig protesterer jeg, i medhold av artikkel 21 nr. 2, mot all videre behandling av personopplysningene mine for direkte markedsføring, herunder profilering.\n\n{ident}\n\nJeg ber om en bekreftelse {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJeg trekker tilbake samtykket mitt til [nyhetsbrevet|personlige tilbud|reklame på SMS] og ønsker ikke at dere bruker opplysningene mine til markedsføring lenger. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg trekker tilbake samtykket [til sporing|til behandling av dataene mine|til informasjonskapsler][.|!|]",
            "skru av [posisjonssporingen|sporingen] på kontoen min, takk",
            "jeg godtar ikke lenger at dere bruker dataene mine til [målrettet reklame|profilering|analyser]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[sa ja|ga lov] [da jeg installerte appen|ved registreringen|den gangen] til at appen fikk bruke [posisjonen min|helsedataene mine|kontaktene mine]. [det samtykket trekker jeg tilbake|det vil jeg ikke lenger|det tar jeg tilbake nå]",
            "dere kan [ikke lenger|fra nå av ikke] bruke [bildene av meg|bildet mitt|videoen med meg] [på nettsida|på Instagram|i katalogen]. [det var greit da, men ikke nå lenger|tillatelsen jeg ga den gangen trekker jeg tilbake]",
            "[hvordan|hvor] kan jeg [angre|trekke tilbake|endre] cookie-samtykket? [trykket|kom borti] [«Godta alle»|godta alle] ved et uhell",
            "{hi}dere [lagrer|bruker] [stemmeopptakene mine|opptak av samtalene mine|chattene mine] [til å trene AI-en deres|til kvalitetsformål]. [det gir jeg ikke lov til lenger|tillatelsen min til det er herved trukket|det samtykket tar jeg tilbake]",
            "[analysen|statistikken i appen|bruksmålingen] [slo jeg på|godtok jeg] en gang, men [etter lekkasjen|nå] [vil jeg ikke det lenger|er jeg ikke lenger med på det]. [fjern krysset|sett det til nei|samtykke trukket]",
            "[helsedataene mine|dataene fra menstruasjonsappen|søvndataene mine] skal [ikke brukes lenger|ikke behandles fra nå av]. [jeg er ikke lenger enig i det|samtykket mitt til det er herved trukket tilbake]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Appen vil [hele tiden|stadig] ha posisjonen min. [Jeg trekker tilbake samtykket til posisjonssporing|Jeg trekker samtykket til sporing av posisjonen min], @{co} respekter det.",
            "@{co} jeg [godtok|sa ja til] [sporingscookiene|analyse|annonsesporing] den gang, men [trekker det tilbake nå|vil ikke det lenger]. [Samtykket er trukket tilbake.|Registrer tilbaketrekkingen, takk.]",
            "⭐⭐ Dere bruker [bildene|fotoene] mine i reklame på Instagram. [Samtykket til det trekker jeg herved tilbake!|Det samtykket trekker jeg tilbake!]",
            "trekker tilbake samtykket til helsedataene fra treningsappen. vil ikke at dere behandler dem lenger",
            "[Da jeg satte opp appen|Ved registreringen] [sa jeg ja til alt ved et uhell|godtok jeg personalisering uten å tenke]. [Jeg trekker tilbake samtykket til personalisering.|Trekk tilbake samtykket mitt til dataanalyse.] [3 stjerner|⭐⭐⭐]",
            "Lydopptakene mine [får dere ikke bruke lenger|vil jeg ikke at dere analyserer]. @{co}, jeg trekker tilbake samtykket mitt til det. [1 stjerne.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan trekker jeg tilbake samtykket til [posisjonssporing|at dere bruker posisjonen min]?",
            "kan jeg trekke tilbake samtykket jeg ga til [informasjonskapsler og sporing|bruk av bildene mine|bruk av helsedataene mine]?",
            "er det mulig å trekke tilbake samtykket jeg ga [da jeg registrerte meg|tidligere] til [sporing|personalisering|opptak av samtaler]?",
            "hvor kan jeg trekke tilbake [samtykket|tillatelsen] til [bruk av bildene mine|sporing av posisjonen min|behandling av helseopplysningene mine]?",
            "hva må jeg gjøre for å trekke tilbake samtykket til [analyse|bruk av stemmeopptakene mine|posisjonssporing]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nJeg trekker herved tilbake samtykket mitt til at dere behandler personopplysningene mine [til personlig tilpasset reklame|til analyseformål|til analyse av posisjonen min][ (artikkel 7 nr. 3 i personvernforordningen)|]. {acct}\n\n{sign}",
            "{greet}\n\nDa jeg registrerte meg, var boksen for deling av data til [analyse|personalisering] allerede krysset av. Det samtykket trekker jeg tilbake, og jeg ber dere stanse den behandlingen. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Tilbaketrekking av samtykke etter artikkel 7 nr. 3 i personvernforordningen\n\n{greet_formal}\n\nJeg trekker herved tilbake, med virkning fra dere mottar dette brevet, alle samtykker jeg har gitt {co} til behandling av personopplysningene mine, særlig samtykket [til profilering og personlig tilpasset reklame|til behandling av posisjonsdata|til behandling av biometriske opplysninger|til analyse av kjøpene mine]. Fra tilbaketrekkingen har dere ikke lenger rettslig grunnlag for denne behandlingen.\n\n{ident}\n\nJeg ber om skriftlig bekreftelse på hvilke behandlinger som er stanset, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan jeg få ut dataene mine som [CSV|JSON|en maskinlesbar fil]? [jeg bytter leverandør|jeg vil flytte dem til en annen tjeneste]",
            "hvordan flytter jeg [dataene mine|historikken min|spillelistene mine|bildene mine] til en annen leverandør[?|]",
            "jeg trenger en eksport av alle dataene mine for å bytte til [et annet mobilselskap|en annen bank|en konkurrent]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "skal over til [en annen tjeneste|en annen app] og vil ta med meg [spillelistene mine|biblioteket mitt|treningshistorikken min]. [kan jeg få det|får jeg det] som [fil|nedlasting|CSV eller JSON] [som jeg kan importere der|så jeg kan laste det opp der][?|]",
            "[bytter|skifter] [strømselskap|mobilselskap|bank] [ved månedsskiftet|neste måned|snart]. kan dere [sende|overføre] [forbruksdataene|avtaledataene|kundeopplysningene] mine [rett|direkte] til det nye selskapet[?|, så slipper jeg å taste inn alt på nytt]",
            "{hi}trenger [alle bestillingene mine|bildene og innleggene mine|dataene mine] i et [filformat|format] som [andre apper|en annen leverandør] kan lese inn ([Excel/CSV|JSON|CSV] [eller noe sånt|holder]). [vil ta med meg tingene mine|vil bruke det videre et annet sted]",
            "[har dere|finnes det] en [eksportfunksjon|nedlastingsknapp] for [dataene mine|kontoen min]? [skal bytte|vil flytte] og [gidder ikke|vil ikke] begynne på null",
            "[dataportabilitet|dataflytting] [plis|takk]: [alt jeg har lastet opp|profilen og historikken min] som [maskinlesbar|importerbar] fil til {email}[, jeg går over til en annen leverandør|]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Vil bytte til en annen leverandør, men [det finnes ingen eksport|man kan ikke eksportere noe]. @{co} gi meg dataene mine som [CSV|JSON|fil]!",
            "@{co} hvordan får jeg [spillelistene mine|treningsdataene mine|hele historikken min] som [CSV|JSON]-fil så jeg kan ta dem med til en annen tjeneste?",
            "⭐ Ingen dataeksport? Seriøst? Jeg vil ha dataene mine i et maskinlesbart format, [retten til dataportabilitet|artikkel 20 i GDPR]!",
            "overfør dataene mine direkte til den nye leverandøren min, har sagt opp og bytter. 2 stjerner",
            "[Bytter|Jeg bytter] leverandør og vil ta med [kontaktene mine|bildene mine|kundedataene mine]. @{co} send meg [en fullstendig eksport|en eksportfil] [som CSV eller JSON|i JSON].",
            "[2 stjerner|⭐⭐]. Å [flytte|ta med] dataene til en annen tjeneste er [gjort umulig|blokkert med vilje]. Jeg vil ha [alle dataene mine som fil|en eksport av dataene mine] så jeg kan importere dem [et annet sted|hos den nye leverandøren].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan [eksporterer|laster ned] jeg dataene mine som [CSV|JSON|fil] så jeg kan bytte til [en annen leverandør|en annen tjeneste]?",
            "kan dere [overføre|sende] dataene mine [direkte |]til den nye leverandøren min? [jeg bytter|]",
            "er det mulig å få [alle dataene mine|kontodataene mine] i et [maskinlesbart format|CSV-format|JSON-format] [for å ta dem med til en annen tjeneste|så jeg kan bytte]?",
            "hvor kan jeg eksportere [dataene mine|historikken min] som [fil|csv|json]? [skal bytte til en annen app|bytter leverandør]",
            "har dere en [dataeksport|eksportfunksjon] så jeg kan ta med meg dataene mine til [en annen leverandør|en annen app]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Jeg bytter leverandør|Jeg flytter til en annen tjeneste] og vil bruke retten min til dataportabilitet[ etter artikkel 20 i personvernforordningen|]. Vennligst send {data} i et strukturert, alminnelig anvendt og maskinlesbart format (f.eks. CSV eller JSON). {acct}\n\n{sign}",
            "{greet}\n\nJeg ønsker at dere overfører opplysningene mine [om strømforbruk|fra fordelsprogrammet|om treningsøktene mine] direkte til den nye leverandøren min, i et format systemet deres kan lese inn. Det gjelder retten til dataportabilitet etter artikkel 20 nr. 2 i GDPR. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav om dataportabilitet etter artikkel 20 i personvernforordningen\n\n{greet_formal}\n\nMed henvisning til artikkel 20 nr. 1 i personvernforordningen krever jeg å få utlevert personopplysningene om meg som jeg har gitt dere, og som dere behandler automatisert på grunnlag av samtykket mitt eller en avtale, i et strukturert, alminnelig anvendt og maskinlesbart format[ (f.eks. CSV, JSON eller XML)|].[ Dersom det er teknisk mulig, ber jeg om at dere etter artikkel 20 nr. 2 overfører opplysningene direkte til den nye behandlingsansvarlige, hvis kontaktopplysninger jeg sender separat.|]\n\n{ident}\n\nJeg ber dere behandle kravet {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kan dere sette behandlingen av dataene mine på pause til [klagen min|tvisten|feilen på kontoen] er løst?",
            "ikke slett dataene mine, men ikke bruk dem heller nå, [jeg trenger dem som bevis|advokaten min jobber med saken]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg er [uenig med dere|i en tvist med dere|i krangel med dere] om [fakturaen|ordre {order}|et inkassovarsel jeg ikke skulle hatt]. [til det er|inntil det er] [avklart|ordnet], [frys|lås] dataene mine – [IKKE slett|ikke slett noe], bare [ikke gjør noe med dem|la dem ligge]",
            "[plis|vær så snill,] [ikke slett kontoen|ikke slett noe], [advokaten min|jeg] [trenger|kommer til å trenge] [chatloggene|opptakene|dataene] [i saken|i retten]. [men inntil videre|i mellomtiden] skal dere ikke [bruke|behandle] dem",
            "[adressen min|fødselsdatoen min|betalingsanmerkningen|inntekten min] er [feil|registrert feil] hos dere. kan dere [låse|sperre|fryse] [dataene mine|kontoen] [til dere har sjekket det|mens dere undersøker]? [trenger ikke slette noe|ikke slett]",
            "{hi}[ikke bruk|ikke behandle] [opplysningene mine|dataene mine] [inntil videre|foreløpig|en stund]. dere kan [lagre|beholde] dem, men [ikke noe mer|ingen annen bruk] før [innsigelsen|klagen] min er [avgjort|behandlet]",
            "[dere skriver at dere skal|ifølge mailen skal dere] slette [dataene mine|kontoen min], men [jeg trenger dem som bevis|jeg trenger dem til et rettskrav]. [så bare sperr dem, ikke slett|heller begrens bruken enn å slette]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Så lenge|Mens] [klagen min|tvisten om fakturaen] pågår, har dere ikke lov til å bruke opplysningene mine. @{co} [frys dem|begrens behandlingen|sett dem på vent], men IKKE slett dem!",
            "@{co} [adressen min stemmer|opplysningene mine stemmer] ikke. [Til det er avklart|Mens dere sjekker det] må dere [begrense behandlingen|ikke gjøre noe med dataene mine]. [Ikke slett dem!|Jeg ber ikke om sletting.]",
            "⭐ Jeg trenger fortsatt opplysningene [til en rettssak|som bevis i et søksmål|til advokaten min], så [ikke slett dem|ta vare på dem], men [slutt å bruke dem|stans behandlingen] inntil videre. [Begrensning av behandling, art. 18!|]",
            "frys dataene mine, ikke slett. ikke før tvisten med dere er løst. 2 stjerner",
            "[2 stjerner|⭐⭐]. [Jeg har bestridt trekket|Det er en tvist om en feil betaling] og [krever|vil] at opplysningene mine [sperres|blokkeres] [inntil da|foreløpig]: ingen behandling, men ingen sletting heller.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kan dere [sperre|fryse] opplysningene mine inntil videre, [ikke slette dem|uten å slette dem], til [saken er avklart|klagen min er behandlet]?",
            "er det mulig å begrense behandlingen av dataene mine [midlertidig |]mens dere [sjekker om de stemmer|ser på klagen min]? [ikke slett dem, altså|de skal ikke slettes]",
            "hvordan får jeg dere til å [beholde|lagre] opplysningene mine, men [ikke bruke dem|ikke gjøre noe med dem]? [jeg trenger dem til et rettskrav|det gjelder en tvist med dere]",
            "hva må jeg gjøre for at dere skal slutte å bruke dataene mine [under tvisten|til de er kontrollert]? [ikke slett, bare sperr|behold dem, bare ikke bruk dem]",
            "kan dataene mine [fryses|sperres] [i stedet for å slettes|men beholdes], så dere ikke bruker dem inntil videre?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Inntil klagen min er behandlet|Inntil dere har kontrollert de omtvistede opplysningene på kontoen min] ber jeg om at dere begrenser behandlingen av personopplysningene mine[ etter artikkel 18 i personvernforordningen|]. Lagre opplysningene, men ikke bruk dem på noen annen måte. {acct}\n\n{sign}",
            "{greet}\n\nDere har varslet at opplysningene mine skal slettes, men jeg trenger dem [for å kunne fremme et rettskrav|som bevis i en tvist]. I stedet for sletting ber jeg derfor om at behandlingen begrenses[ (artikkel 18 nr. 1 bokstav c i GDPR)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav om begrensning av behandling etter artikkel 18 i personvernforordningen\n\n{greet_formal}\n\nMed henvisning til artikkel 18 nr. 1 i personvernforordningen krever jeg at behandlingen av personopplysningene mine begrenses, fordi [behandlingen er ulovlig, og jeg i stedet for sletting ber om at bruken av opplysningene begrenses|dere ikke lenger trenger opplysningene, men jeg trenger dem for å fastsette, gjøre gjeldende eller forsvare et rettskrav|jeg bestrider at opplysningene er riktige, og dette ennå ikke er kontrollert]. Så lenge begrensningen gjelder, kan opplysningene mine bare lagres; annen behandling kan bare skje med samtykke fra meg eller av grunnene nevnt i artikkel 18 nr. 2. Jeg ber dere varsle meg før begrensningen oppheves (artikkel 18 nr. 3).\n\n{ident}\n\nJeg ber om en bekreftelse {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "jeg godtar ikke at dere [analyserer kjøpene mine|følger med på hva jeg gjør i appen|deler opplysningene mine i konsernet] med henvisning til berettiget interesse. [slutt med det|jeg vil at det skal stanse]",
            "hvordan protesterer jeg mot [behandlingen av dataene mine|sporingen av kjøringen min|analysen av atferden min]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "i [personvernerklæringen|personvernsida] står det at dere [analyserer|kartlegger] [surfingen min|handlemønsteret mitt|hvordan jeg bruker appen] [med «berettiget interesse» som grunnlag|fordi dere har en berettiget interesse]. [det motsetter jeg meg|jeg reserverer meg mot det|innsigelse herfra]",
            "[hvorfor|hvordan kan det ha seg at] dere deler [dataene mine|opplysningene mine] [med søsterselskapene|med resten av konsernet|med de andre selskapene i gruppen]? [ingen har spurt meg|det har jeg aldri bedt om]. [jeg motsetter meg det|det protesterer jeg på]",
            "{hi}jeg vil ikke [bli profilert|at dere lager en profil av meg|at dere analyserer atferden min i appen]. [jeg motsetter meg den profileringen|innsigelse etter artikkel 21|jeg reserverer meg mot det][, bekreft gjerne|, takk|]",
            "[svindelsjekken deres|risikoscoren|kredittscoringen] [flagger|merker] meg [hele tiden|igjen] som risiko[, enda jeg har vært kunde i årevis|, pga postnummeret mitt|]. [jeg motsetter meg at opplysningene mine brukes til det|jeg protesterer mot den behandlingen]",
            "[ærlig talt|seriøst,] [syns jeg det er creepy|er det ekkelt] at {co} [logger alle klikkene mine|følger med på bruken min|registrerer bevegelsene mine] til [statistikk|produktutvikling|analyse]. [jeg protesterer|herved innsigelse] – [hold dataene mine utenfor|ikke bruk mine data til det]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. Dere [lager profiler av meg|analyserer bruksmønsteret mitt] med [deres berettigede|såkalt berettiget] interesse som grunnlag? [Jeg protesterer!|Det motsetter jeg meg.] @{co} slutt med det.",
            "@{co} jeg motsetter meg [profilering|atferdsanalysen|analysen av handlevanene mine] basert på opplysningene mine.",
            "⭐⭐ Ifølge personvernerklæringen [deler dere dataene mine i konsernet|bruker dere dataene mine til analyser] med «berettiget interesse» som grunnlag. [Ikke med meg: jeg protesterer.|Jeg fremmer innsigelse mot det etter artikkel 21.]",
            "protesterer mot profileringen deres. vil ikke at dere analyserer hvordan jeg bruker appen. 1 stjerne",
            "[Interessant|Morsomt] at {co} analyserer [kjøpene mine|surfingen min] [til svindelscoring|for å lage en risikoprofil]. [Jeg motsetter meg denne behandlingen|Jeg fremmer herved innsigelse mot denne behandlingen][ på grunn av min særlige situasjon|]. [2 stjerner|⭐⭐]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}hvordan protesterer jeg mot [profilering|at dere analyserer atferden min]?",
            "kan jeg protestere mot at dere [analyserer kjøpsvanene mine|bruker dataene mine til profilering|lager en profil av meg]?",
            "er det mulig å protestere mot [at dataene mine deles i konsernet|at dataene mine brukes til analyser|kredittscoringen]? [ser ingen berettiget interesse|]",
            "hva må jeg gjøre for at dere [slutter å analysere atferden min|ikke profilerer meg lenger]? [jeg protesterer mot det|]",
            "hvor kan jeg [protestere|sende innsigelse] mot [profilering|atferdsanalyse|svindelscoring] basert på deres berettigede interesse?",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI personvernerklæringen deres står det at dere behandler opplysningene mine [for å analysere kundenes atferd|for å forbedre tjenestene|for å vurdere sjåfører] på grunnlag av berettiget interesse. Jeg protesterer mot den behandlingen[ etter artikkel 21 nr. 1 i personvernforordningen|] og ber dere stanse den. {acct}\n\n{sign}",
            "{greet}\n\nJeg vil ikke at {co} skal [analysere aktiviteten min|bruke opplysningene mine til statistikk] bare fordi dere mener å ha en berettiget interesse i det. Jeg protesterer herved mot den behandlingen. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Protest mot behandling etter artikkel 21 nr. 1 i personvernforordningen\n\n{greet_formal}\n\nMed henvisning til artikkel 21 nr. 1 i personvernforordningen protesterer jeg mot den behandlingen av personopplysningene mine som dere utfører på grunnlag av berettiget interesse etter artikkel 6 nr. 1 bokstav f, nærmere bestemt [analysen av kjøpsatferden min|behandlingen av posisjonsdata fra kjøretøyet mitt|delingen av opplysningene mine i konsernet|vurderingen av hvordan jeg bruker tjenesten]. Protesten skyldes min særlige situasjon: [opplysningene gjør det mulig å utlede sensitive forhold om helsen og familien min|behandlingen går lenger enn det en kunde med rimelighet kan forvente]. Jeg krever at behandlingen stanses, med mindre dere kan påvise tungtveiende berettigede grunner som går foran mine interesser, rettigheter og friheter.\n\n{ident}\n\nJeg ser fram til svaret deres {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Protest (artikkel 21 nr. 1) og krav om begrensning av behandling (artikkel 18 nr. 1 bokstav d) etter personvernforordningen\n\n{greet_formal}\n\nJeg protesterer mot at dere behandler personopplysningene mine til [kundeprofilering|forebygging av svindel|interne analyser] på grunnlag av berettiget interesse. Samtidig krever jeg, i medhold av artikkel 18 nr. 1 bokstav d, at behandlingen av disse opplysningene begrenses inntil det er kontrollert om deres berettigede grunner går foran mine.\n\n{ident}\n\nJeg ber dere behandle henvendelsen {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "søknaden min om [lån|delbetaling|forsikring] ble avslått automatisk. jeg vil at [et menneske|en saksbehandler] ser på den",
            "hvordan kan [systemet|algoritmen] sperre kontoen min uten [manuell gjennomgang|noen forklaring]? jeg vil at et menneske vurderer det på nytt",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lån|delbetaling|finansiering] [avslått på 3 sekunder|avslått med en gang], [uten begrunnelse|helt uten forklaring]. det var jo [bare en datamaskin|systemet deres|en bot] som bestemte det! [jeg krever at en ekte saksbehandler ser på det|jeg vil ha en ny vurdering av et menneske]",
            "[kontoen min|kortet mitt] ble [sperret av systemet|automatisk stengt], [visstnok pga svindelmistanke|uten at jeg har gjort noe]. kan [et ekte menneske|en person] [gå gjennom det|se på det] og forklare [hvordan systemet bestemmer|hva algoritmen deres la vekt på]?",
            "{hi}[jobbsøknaden min|leiesøknaden min|søknaden min] fikk avslag [etter noen minutter|midt på natta] – [høres ut som|ser ut som] [automatisk utsiling|et dataprogram som sorterer]. [jeg bestrider det|det vil jeg klage på] og [ber om|krever] at [et menneske|en person] vurderer den",
            "[hvorfor|hvordan kan det ha seg at] jeg [betaler mer|får dyrere premie|får dårligere vilkår] enn [venninna mi|kompisen min]? [hvis det er en algoritme som har regnet det ut|hvis prisen settes automatisk], [vil jeg vite hvordan den funker|vil jeg ha logikken forklart], og [et menneske må sjekke det|noen må vurdere det manuelt]",
            "[computer says no|maskinen sier nei], [seriøst?|flott.] [delbetaling|høyere kredittgrense|søknaden min] [avslått|nektet], enda [jeg aldri har hatt gjeld|jeg alltid har betalt i tide]. [vil snakke med et menneske som kan overprøve avgjørelsen|la en person vurdere dette på nytt]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 stjerne. [Kreditt|Delbetaling|Finansiering] [avslått på sekunder|avslått automatisk], [uten begrunnelse|ingen mennesker har sett på det]. @{co} jeg vil at [et menneske|en ekte saksbehandler] vurderer avgjørelsen på nytt!",
            "@{co} kontoen min ble [sperret av systemet deres|stengt av en algoritme]. [Jeg bestrider denne automatiserte avgjørelsen|Jeg klager på denne automatiske avgjørelsen] og [krever|vil ha] en manuell vurdering av et menneske.",
            "⭐ [Søknaden|Jobbsøknaden] ble avslått etter [2 minutter|noen sekunder], det var [helt klart bare en algoritme|en maskin]. [Forklar logikken bak|Fortell meg hvilke kriterier som ble brukt] og la et menneske se på det igjen.",
            "hvorfor betaler jeg mer enn samboeren min?? [prisen|tariffen min] ble regnet ut automatisk. vil at et menneske sjekker det. 2 stjerner",
            "[Boten|KI-en|Det automatiske systemet deres] har [avslått delbetalingen min|sperret kontoen min|avvist refusjonen min]. [Etter artikkel 22 i GDPR|Etter GDPR] har jeg rett til [menneskelig inngripen|en vurdering av et menneske], [og det ber jeg om herved|og det insisterer jeg på]. [0 stjerner hvis mulig|1/5]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[lånesøknaden|kredittsøknaden|søknaden] min ble [avslått automatisk|avslått av systemet]. kan [et menneske|en saksbehandler] se på den igjen?",
            "hvordan [klager jeg på|bestrider jeg] en [automatisk avgjørelse|avgjørelse fra algoritmen]? [kontoen min ble bare sperret|søknaden min ble avslått]",
            "er det mulig at [et menneske|en ekte person] vurderer [avslaget|sperringen av kontoen min]? det var [bare en datamaskin|en algoritme] som bestemte",
            "kan dere forklare [hvordan|etter hvilken logikk] algoritmen [avslo søknaden min|satte prisen min|sperret kontoen min]? [jeg vil at et menneske ser på det|]",
            "hvem skriver jeg til for at [et menneske|noen] skal [vurdere|se over] [den automatiske avgjørelsen|det automatiske avslaget] på nytt?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Søknaden min om delbetaling|Søknaden min om forbrukslån|Registreringen min] ble avslått automatisk, uten at noe menneske var involvert. Med henvisning til artikkel 22 i personvernforordningen ber jeg om at en saksbehandler vurderer avgjørelsen på nytt, og at dere forklarer hvordan den ble tatt. {acct}\n\n{sign}",
            "{greet}\n\nSystemet deres har [automatisk satt ned kredittgrensen min|sperret kontoen min|gitt meg vesentlig dårligere vilkår], og ingen kan forklare hvorfor. Jeg vil ikke være underlagt en avgjørelse som bare tas av en algoritme – jeg ber om en manuell vurdering. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nEmne: Krav etter artikkel 22 i personvernforordningen – automatiserte individuelle avgjørelser\n\n{greet_formal}\n\nDen {date} [ble lånesøknaden min avslått|ble kundekontoen min sperret|fikk jeg en vesentlig høyere forsikringspremie] utelukkende på grunnlag av automatisert behandling, herunder profilering, som har rettsvirkning for meg eller på tilsvarende måte i betydelig grad påvirker meg. Etter artikkel 22 i personvernforordningen har jeg rett til ikke å være gjenstand for en slik avgjørelse. Jeg krever derfor:\n\n1. menneskelig inngripen fra deres side og en ny vurdering foretatt av en saksbehandler;\n2. relevant informasjon om den underliggende logikken samt betydningen og de forventede konsekvensene av behandlingen;\n3. mulighet til å uttrykke mitt synspunkt og bestride avgjørelsen.\n\n{ident}\n\nJeg ber dere behandle kravet {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}hvor er bestillingen min {order}[?|??]",
            "ordre {order} har fortsatt ikke kommet[, sporingen har stått stille i en uke|. Vet dere noe?|]",
            "{greet}\n\nJeg bestilte {date} (ordrenummer {order}), men har ennå ikke fått noen forsendelsesbekreftelse. Når blir varene sendt?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJeg er trukket to ganger for [ordre {order}|abonnementet mitt] ({amount} kr). Vennligst refunder det dobbelte beløpet.\n\n{sign}",
            "hvorfor koster abonnementet mitt plutselig {amount} kr? [det sto ingenting om det|er det en feil?]",
            "{hi}kan dere sende fakturaen for ordre {order} på nytt? [finner den ikke|trenger den til regnskapet]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "kan jeg fortsatt endre leveringsadressen for ordre {order}?",
            "leverer dere til Sverige også? hva koster frakten?",
            "budet satte pakken [hos naboen|utenfor døra i regnet], [ikke greit|kan det løses på en annen måte?]",
            "kan jeg hente pakken [på et hentested|i en pakkeautomat|i butikken]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "finnes {product} i [svart|større størrelse|andre farger]?",
            "{greet}\n\nNår er {product} på lager igjen? Jeg vil gjerne bestille to stykker.\n\n{sign}",
            "har {product} to års garanti?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nJeg returnerte {product} for [to|tre] uker siden (ordre {order}), men har ennå ikke fått tilbake {amount} kr.\n\n{sign}",
            "det er feil på {product} jeg fikk. [jeg vil ha pengene tilbake|send gjerne en ny]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "jeg kommer ikke inn på kontoen, og e-posten for å tilbakestille passordet kommer aldri[, har sjekket søppelposten også|]",
            "{hi}glemt passordet, og SMS-koden går til det gamle nummeret mitt. hva gjør jeg?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[kjempebra app|topp service|superfornøyd], [alt kom raskt|funker helt fint|handler gjerne igjen][!|]",
            "ville bare si takk, [kundeservice|han på telefonen] hjalp meg [kjapt|veldig bra]!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nJeg vil si opp [abonnementet|premiumabonnementet] mitt fra neste periode. Kontoen vil jeg beholde.\n\n{sign}",
            "hvordan setter jeg abonnementet på pause uten å miste [poengene mine|ønskelisten min]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Kjapt spørsmål: lagrer dere kortopplysningene mine? Vil bare vite at det er trygt.",
            "hvor finner jeg personvernerklæringen deres? [lenken nederst på siden virker ikke|finner den ikke i appen]",
            "Setter pris på at dere ikke selger kundedata. Det er derfor jeg handler hos dere!",
            "Følger {co} GDPR? Vi vurderer et bedriftsabonnement og trenger en databehandleravtale.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "hvordan fjerner jeg en vare fra handlekurven?",
            "kan jeg kansellere ordre {order}? tok feil størrelse",
            "kom til å slette adressen i profilen min, hvordan legger jeg den inn igjen?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "hvordan melder jeg meg på nyhetsbrevet deres? skjemaet [gir en feilmelding|laster ikke]",
            "{greet}\n\nJeg meldte meg på nyhetsbrevet, men fikk aldri rabattkoden på 10 %. Kan dere sende den på nytt?\n\n{sign}",
            "i [dagens|forrige ukes] nyhetsbrev virket ikke lenken til tilbudet",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Jeg samtykket til nyhetsbrevet da jeg registrerte meg – får jeg da rabatt på første kjøp?",
            "{greet}\n\nKan dere forklare hva samtykket til databehandling i appen innebærer? Jeg vil ikke endre noe, bare forstå det.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}jeg kommer ikke inn på kontoen min, [tilbakestilling av passord funker ikke|e-posten for å tilbakestille kommer aldri]. [hva gjør jeg?|hjelp?]",
            "kan jeg [oppgradere abonnementet til premium|bytte til den billigere pakken]? [hvor gjør jeg det i appen?|]",
            "[kjapt spørsmål|et lite spørsmål]: er dataene mine [egentlig |]trygge hos dere? [leste om hackingen hos en annen nettbutikk|spør bare fordi man hører så mye]",
            "hvor finner jeg [fakturaene mine|fakturaene] på kontoen? [trenger dem til skattemeldingen|finner dem ingen steder]",
            "meldte meg av nyhetsbrevet ved et uhell 🙈 hvordan melder jeg meg på igjen?",
            "kan jeg legge til en ekstra e-postadresse på kontoen min?[ {email} ligger der allerede|]",
            "[har dere en app for nettbrett?|hvordan skrur jeg på varsler i appen?|finnes appen for iPad?]",
            "[{hi}bestillingen min {order} har fortsatt ikke kommet, kan dere sjekke?|takk for rask hjelp, kontoen funker igjen 👍|supert, det løste seg, takk!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[er du en bot|snakker jeg med en robot|hvem snakker jeg med, en bot]? 🤖",
            "[er du et ekte menneske|sitter det et menneske der]?",
            "[hva kan du|hva kan du hjelpe med|fortell litt om deg selv]?",
            "[hva heter du|har du et navn]? [😄|]",
            "hva vet dere om {product}? [er det noe å ha?|verdt pengene?]",
            "[har dere åpent på søndag|når har dere åpent|har dere åpent i morgen]?",
            "[hvordan er været hos dere|vet du om en god restaurant|jeg kjeder meg|hva synes du om den nye iphonen]",
            "[hahaha ok|lol ok|ok takk, god natt|god natt 😴|greit, ha det]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}hvordan [sier jeg opp|avslutter jeg] [premium|plus-abonnementet|medlemskapet mitt] [ved månedsskiftet|etter neste periode|før neste trekk]? kontoen vil jeg beholde",
            "kan jeg sette [matkassen|boksen min|den faste leveransen] på pause [i juli|i sommerferien|et par uker]?",
            "vil [nedgradere|bytte] fra [Premium|Family|Pro] til [Basic|Standard|gratisversjonen][, går det an?|]",
            "hvordan skrur jeg av [automatisk fornyelse|auto-renew|autofornyelsen]? vil ikke bli trukket igjen[ neste år|]",
            "hvordan avslutter jeg [prøveperioden|gratisperioden|free trial] før jeg blir [trukket|belastet]?",
            "kan dere [flytte|endre] [trekkdatoen|betalingsdatoen] min til den [25.|1.|15.]? lonna kommer seint i maneden",
            "{greet}\n\nJeg vil [si opp|avslutte] [månedsabonnementet|årsabonnementet|medlemskapet] mitt [fra neste måned|når bindingstiden går ut|ved slutten av perioden], men [beholde kontoen|ha kontoen min liggende] så jeg kan [komme tilbake senere|se gamle bestillinger]. [Kan dere bekrefte når siste trekk skjer?|Hva er oppsigelsestiden?]\n\n{sign}",
            "{greet}\n\nVi har blitt [tre|fire|fem] i familien og vil [oppgradere|bytte] til [familieabonnementet|Family-planen|en større pakke]. [Betaler vi mellomlegget med en gang eller fra neste periode?|Hvordan blir det med det vi allerede har betalt?]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}kommer ikke inn på kontoen[, står bare feil passord|, sier feil passord selv om det er riktig|]",
            "[e-posten for å tilbakestille passordet|lenken til nytt passord|tilbakestillingsmailen] kommer aldri[, har sjekket søppelpost også|]",
            "får ingen [sms-kode|engangskode|bekreftelseskode] når jeg logger inn[, hva gjør jeg?|]",
            "hvordan logger jeg ut av alle [enheter|enheter samtidig]? glemte å logge ut på [jobb-PC-en|en lånt PC|biblioteket]",
            "appen logger meg ut [hele tiden|hver gang jeg lukker den|flere ganger om dagen], [irriterende|skikkelig slitsomt]",
            "hvordan [bytter|endrer] jeg passord [i appen|pa nettsiden]? finner det ikke",
            "{greet}\n\nJeg har prøvd å logge inn [flere ganger|hele formiddagen], og nå er kontoen låst. [Tilbakestillingslenken|Lenken i e-posten] har [gått ut|sluttet å virke] før jeg rakk å bruke den. Kan dere hjelpe meg inn igjen?\n\n{sign}",
            "{greet}\n\nJeg har fått ny [telefon|mobil], og kodene for tofaktorinnlogging havner nå [i den gamle appen|på den gamle telefonen]. Hvordan flytter jeg [autentiseringsappen|authenticator-appen|tofaktorinnloggingen] over til den nye?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}rabattkoden [VINTER20|SOMMER15|WELCOME10] virker ikke i kassen[, står ugyldig|]",
            "hvordan får jeg [velkomstrabatten|velkomstkoden|10 % rabatt] når jeg [melder meg på|registrerer meg for] nyhetsbrevet?",
            "gjelder [salget|black friday-tilbudet|romjulssalget] også [i butikk|på nett|på {product}]?",
            "hvor mange [bonuspoeng|poeng] har jeg og når [går de ut|kan jeg bruke dem]?",
            "fikk [en sms|en mail|et nyhetsbrev] om [20 %|dobbel bonus|gratis frakt] i helgen, gjelder det [for alle|også i appen|på alt]?",
            "hvis jeg [verver en venn|tipser en kompis], får vi begge [rabatt|en bonus|100 kr]?",
            "{greet}\n\nI [nyhetsbrevet|den siste e-posten deres] fra [mandag|forrige uke] sto det at medlemmer får [25 %|15 %|dobbel bonus] på [hele sortimentet|utvalgte varer]. Jeg finner ikke koden[ noe sted|] – [hvor skal jeg skrive den inn?|må jeg være logget inn for at den skal gjelde?]\n\n{sign}",
            "{greet}\n\nJeg handlet [i går|i helgen|forrige uke], og dagen etter startet [salget|kampanjen]. Kan jeg få [mellomlegget tilbake|prisjustering|rabatten i etterkant] på ordre {order}?\n\n{sign}",
        ]},
    ],
};

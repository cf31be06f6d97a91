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
    ],
};

//! Finnish: Finland (GDPR as "tietosuoja-asetus"; supervisory authority the Data Protection
//! Ombudsman, "tietosuojavaltuutettu").
//!
//! Finnish inflects nouns by case: slots are used only where the case is fixed (products as
//! sentence subjects in the nominative), and the company name is never inflected (it appears in
//! the nominative or as the first part of a hyphenated compound, "{co}-tili").

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "fi",
    locales: &[("fi-FI", 100)],
    first_names: &[
        "Anna", "Maria", "Liisa", "Sanna", "Johanna", "Laura", "Emilia", "Aino", "Helmi", "Tiina",
        "Riikka", "Satu", "Minna", "Kaisa", "Elina", "Juha", "Mikko", "Timo", "Matti", "Jari",
        "Antti", "Jukka", "Pekka", "Mika", "Ville", "Janne", "Tuomas", "Eero", "Lauri", "Onni",
    ],
    last_names: &[
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
        "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "luukku.com", "kolumbus.fi",
        "elisanet.fi", "suomi24.fi", "icloud.com", "live.fi",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Hei,", "Hei!", "Moi,", "Hei {co},", "Hei asiakaspalvelu,", "Hyvä asiakaspalvelu,"]),
        ("greet_formal", &["Hyvä tietosuojavastaava,", "Arvoisa vastaanottaja,", "Hei,"]),
        ("hi", &["hei, ", "moi, ", "moikka, ", "", "", "", "Hei, "]),
        ("thanks", &["Ystävällisin terveisin", "Terveisin", "Kiitos ja terveisin", "T.", "Kiitos etukäteen!\nTerveisin", "Parhain terveisin"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nLähetetty iPhonesta",
        ]),
        ("sign_formal", &["Ystävällisin terveisin\n\n{name}", "Kunnioittavasti\n\n{name}", "Ystävällisin terveisin\n\n{name}\n{email}"]),
        ("street", &[
            "Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Puistokatu",
            "Kirkkokatu", "Asemakatu", "Koivutie", "Männikkötie", "Aleksanterinkatu",
        ]),
        ("city", &[
            "00{d}{d}0 Helsinki", "02{d}{d}0 Espoo", "01{d}{d}0 Vantaa", "33{d}{d}0 Tampere", "20{d}{d}0 Turku",
            "90{d}{d}0 Oulu", "40{d}{d}0 Jyväskylä", "70{d}{d}0 Kuopio", "15{d}{d}0 Lahti",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d} [A|B|C] {d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("to_dpo", &["{co} Oy\nTietosuojavastaava", "{co} Oyj\nTietosuojavastaavalle", "{co}\nTietosuoja-asiat / rekisterinpitäjä"]),
        ("acct", &[
            "Tilini on rekisteröity osoitteeseen {email}.", "Sähköposti: {email}", "Tili on nimellä {name} ({email}).",
            "Minulla on teillä tili osoitteella {email}.",
        ]),
        ("ident", &[
            "Tunnistamista varten: {name}, sähköposti {email}, postiosoite yllä. Toimitan tarvittaessa lisätietoja henkilöllisyyteni todentamiseksi.",
            "Asiakastilini on rekisteröity sähköpostiosoitteeseen {email}. Jos tarvitsette lisätietoja henkilöllisyyteni varmistamiseksi, olkaa yhteydessä.",
            "Nimeni on {name}, ja olen asiakkaanne sähköpostiosoitteella {email}; osoitteeni on mainittu yllä.",
        ]),
        ("product", &[
            // Singular nominatives: the templates use them as sentence subjects.
            "kahvinkeitin", "reppu", "pölynimuri", "näyttö", "tehosekoitin", "matkalaukku",
            "talvitakki", "teltta", "älykello", "vedenkeitin",
        ]),
        ("deadline", &[
            "ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta",
            "tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisessa kuukauden määräajassa", "viimeistään {date}",
        ]),
        ("escalate", &[
            " Jos en saa vastausta määräajassa, teen asiasta valituksen tietosuojavaltuutetun toimistoon.",
            " Muussa tapauksessa saatan asian tietosuojavaltuutetun käsiteltäväksi.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}voitteko lähettää minulle [kopion|otteen|viennin] [tiedoistani|kaikista minusta tallennetuista tiedoista][?| kiitos!]",
            "mitä [tietoja|henkilötietoja] teillä on minusta[?|??]",
            "haluan [tietää|nähdä], mitä olette minusta [tallentaneet|keränneet]",
            "miten saan ladattua [tietoni|kaikki tietoni] [sovelluksesta|tililtäni][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "näin mainoksen, joka tiesi musta [ihan liikaa|epäilyttävän paljon]. mitä kaikkea {co} on musta [säilönyt|kirjannut ylös][?|??]",
            "{hi}kiinnostais tietää, mitä [infoa|dataa] appi on musta [kerännyt|kahminut] [vuosien aikana|näinä vuosina]. saisinko [listan|jonkun koosteen]?",
            "mulla on teillä joku vanha tili ({email}), [haluisin tietaa|kiinnostaa], mita tietoja musta on viela tallessa. [voitteko laittaa|laittakaa] listan?",
            "mistä te ootte saaneet mun [puhelinnumeron|sähköpostin|kotiosoitteen]?? ja mitä muuta teillä on musta, sekin [haluan tietää|pitää saada nähdä][, GDPR antaa mulle tarkastusoikeuden|]",
            "{hi}mitä teidän [asiakaspalvelijat|tukihenkilöt] näkee musta järjestelmässä? [pelkät tilaukset vai enemmän?|nimi, osoite, ostot?] [haluan tarkastaa ne|näyttäkää mullekin]",
            "[1|2] tähteä. kysyin, mitä tietoja musta keräätte, ja [kukaan ei vastaa|sain vaan ympäripyöreän vastauksen]. [odotan yhä listaa|eli: mitä teillä on musta?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. [viikkoja|kuukauden] oon pyytänyt, että kertoisitte mitä tietoja säilytätte musta, eikä [mitään vastausta|vastaa kuin botti]. [haluan kopion mun tiedoista|vaadin pääsyn omiin tietoihini]!",
            "@{co} haluan tietää, mitä [henkilötietoja|tietoja] teillä on minusta. [lähettäkää kopio|saisinko listan], kiitos!",
            "⭐ sovellus on [ok|ihan hyvä], mutta missään ei kerrota, mitä se kerää minusta. [pyydän kopion kaikista tiedoista, joita teillä on minusta|näyttäkää mitä teillä on musta järjestelmässä][.|!]",
            "mita kaikkea te tiedatte musta?? haluan kopion mun tiedoista, [GDPR antaa siihen oikeuden|mulla on siihen oikeus]. @{co}",
            "[2 tähteä|1 tähti], kunnes saan [tarkastaa|nähdä] tiedot, joita käsittelette minusta. [käytän tarkastusoikeuttani|haluan tietää mitä teillä on ja miksi].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten näen, mitä [tietoja|henkilötietoja] teillä on minusta?",
            "voitteko kertoa, mitä tietoja [säilytätte|käsittelette] minusta?",
            "onko mahdollista saada kopio [kaikista|] henkilötiedoistani, jotka teillä on?",
            "mista voin pyytaa kopion tiedoista, joita olette minusta keranneet?",
            "[mitä minun pitää tehdä|kenelle kirjoitan], jotta lähetätte minulle kopion tiedoistani?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPyydän kopiota henkilötiedoistani[, myös tilaushistoriasta ja yhteystiedoista|]. {acct}\n\n{sign}",
            "{greet}\n\nPyydän[ tietosuoja-asetuksen 15 artiklan nojalla|] saada tarkastaa tietoni. Haluan tietää, mitä henkilötietoja minusta käsittelette, mihin tarkoituksiin ja kenelle niitä on luovutettu. {acct}\n\n{sign}",
            "{greet}\n\nVoisitteko kertoa, mitä henkilötietoja {co} on minusta tallentanut ja mihin niitä käytetään? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Tarkastuspyyntö tietosuoja-asetuksen 15 artiklan nojalla\n\n{greet_formal}\n\nPyydän Euroopan parlamentin ja neuvoston asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus) 15 artiklan nojalla vahvistusta siitä, käsitteleekö {co} minua koskevia henkilötietoja. Mikäli käsittelee, pyydän saada:\n\n1. jäljennöksen kaikista minua koskevista käsiteltävistä henkilötiedoista;\n2. tiedot käsittelyn tarkoituksista;\n3. tiedot kyseessä olevista henkilötietoryhmistä;\n4. tiedot vastaanottajista tai vastaanottajaryhmistä, erityisesti kolmansissa maissa;\n5. tiedon henkilötietojen säilytysajasta;\n6. tiedon siitä, mistä tiedot on saatu, jos niitä ei ole kerätty minulta;\n7. tiedon automaattisen päätöksenteon, profilointi mukaan lukien, olemassaolosta.\n\n{ident}\n\nPyydän vastaamaan pyyntööni {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Henkilötietojen tarkastuspyyntö\n\n{greet_formal}\n\nHaluan tarkastaa, mitä henkilötietoja {co} minusta käsittelee, ja pyydän siksi GDPR:n 15 artiklan nojalla maksutonta jäljennöstä tiedoista sekä 15 artiklan 1 kohdan a–h alakohdassa tarkoitettuja tietoja. Jäljennöksen voi lähettää sähköisesti osoitteeseen {email}.\n\n{ident}\n\nOdotan vastaustanne {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Tarkastusoikeus (15 artikla) ja oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)\n\n{greet_formal}\n\nPyydän tietosuoja-asetuksen 15 artiklan nojalla tiedot siitä, mitä henkilötietojani käsittelette, mihin tarkoituksiin, kenelle niitä on luovutettu ja kuinka kauan niitä säilytetään. Lisäksi pyydän 20 artiklan nojalla saada sopimuksemme perusteella antamani tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (CSV tai JSON), jotta voin siirtää ne toiselle palveluntarjoajalle.\n\n{ident}\n\nPyydän käsittelemään pyynnön {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nHaluaisin yhteenvedon kaikista minusta tallennetuista tiedoista ja lisäksi niiden viennin CSV- tai JSON-muodossa, jotta voin siirtää ne toiseen palveluun. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}poistakaa tilini[ ja kaikki tietoni| ja kaikki minusta tallennetut tiedot|][ kiitos|.|!|]",
            "haluan, että [tietoni poistetaan|tilini poistetaan][ heti|!|.|]",
            "miten poistan tilini [pysyvästi|kokonaan|lopullisesti][?|??]",
            "poistakaa kaikki, mitä teillä on minusta[ kiitos|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vaihdoin kilpailijalle, joten [sulkekaa|lopettakaa] mun tili ja [pyyhkikää|hävittäkää] kaikki mun tiedot teidän tietokannasta",
            "{hi}mulla on teillä [vanha|unohtunut|vuosia käyttämätön] käyttäjätili ({email}). voitteko [hävittää|lakkauttaa] sen kaikkine tietoineen?",
            "deaktivointi ei riitä, haluan että mun profiili [katoaa lopullisesti|lakkaa olemasta] eikä järjestelmään jää yhtään mun tietoa[!|.|]",
            "[tietovuodon|tilin hakkeroinnin] jälkeen en luota teihin. [pyyhkikää|hävittäkää] mun rekisteröinti ja kaikki henkilötiedot[, kiitti|.|]",
            "unohtakaa mut[!|.] en halua olla enää teidän rekisterissä, [tili|profiili] ja kaikki siihen liittyvä [roskiin|hävitykseen]",
            "uninstallasin apin, mutta [tiedän|oletan], että mun tiedot on vielä teillä. miten [pyydän|voin pyytää], että ne [hävitetään lopullisesti|tuhotaan]?",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. poistakaa mun tili[!|.] [sovelluksessa ei ole poistonappia|asetuksista ei löydy tilin poistoa mistään].",
            "@{co} pyydän poistamaan [profiilini|tilini] ja kaikki tietoni pysyvästi. [en käytä sovellusta enää|en ole enää asiakkaanne][.|!]",
            "⭐ [en suosittele|huono sovellus]. [haluan lopettaa tilini|haluan poistaa profiilin] ja [kaikki tietoni|kaikki henkilötietoni] pois, mutta [se ei onnistu|sellaista vaihtoehtoa ei ole].",
            "haluun poistaa tilin ja kaikki mun tiedot, [miten se tehdaan??|auttakaa pls]",
            "[2 tähteä|1 tähti]. kirjoitin tukeen, että [poistaisivat|pyyhkisivät] mun tiedot, mutta profiili [on vieläkin olemassa|toimii yhä]. vaadin [tietojeni täydellistä poistamista|kaikkien tietojeni poistoa] [heti|vihdoin]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin [poistaa|sulkea ja poistaa] tilini?",
            "voitteko poistaa [tilini|profiilini] kaikkine tietoineen?",
            "onko mahdollista poistaa kaikki henkilötietoni pysyvästi?",
            "mista tilin saa poistettua? [asetuksista en loyda|en nae sita missaan]",
            "kenelle pitää kirjoittaa, että poistatte tilini ja tietoni [pysyvästi|kokonaan]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEn enää käytä [palveluanne|sovellustanne|tiliäni teillä], joten pyydän teitä sulkemaan tilini ja poistamaan kaikki henkilötietoni. [Vahvistattehan, kun poisto on tehty.|Kiitos etukäteen vahvistuksesta.|]\n\n{sign}",
            "{greet}\n\nPyydän poistamaan kaikki minua koskevat henkilötiedot[ tietosuoja-asetuksen 17 artiklan nojalla|]. {acct}\n\n{sign}",
            "{greet}\n\nLoin teille tilin vain yhtä tilausta varten, enkä tarvitse sitä enää. Poistakaa tili ja kaikki siihen liittyvät tiedot. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Henkilötietojen poistamista koskeva pyyntö (tietosuoja-asetuksen 17 artikla)\n\n{greet_formal}\n\nPyydän tietosuoja-asetuksen 17 artiklan 1 kohdan nojalla, että poistatte ilman aiheetonta viivytystä kaikki minua koskevat henkilötiedot. Tietoja ei enää tarvita niihin tarkoituksiin, joita varten ne kerättiin, eikä niiden käsittelylle ole muuta oikeusperustetta.\n\n{ident}\n\nJos olette luovuttaneet henkilötietojani muille vastaanottajille, pyydän ilmoittamaan heille poistamisesta 19 artiklan mukaisesti. Jos lakisääteinen säilytysvelvollisuus estää tietojen täydellisen poistamisen, pyydän ilmoittamaan, mitä tietoja säilytetään, millä perusteella ja kuinka kauan.\n\nPyydän kirjallista vahvistusta poistamisesta {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Henkilötietojen poistaminen ja asiakastilin sulkeminen\n\n{greet_formal}\n\nPyydän sulkemaan asiakastilini palvelussanne ja poistamaan kaikki minusta käsittelemänne henkilötiedot asetuksen (EU) 2016/679 17 artiklan mukaisesti. Pyyntö koskee myös varmuuskopioita, markkinointirekistereitä ja henkilötietojen käsittelijöille luovutettuja tietoja.\n\n{ident}\n\nIlmoittakaa minulle, kun poisto on suoritettu, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Suostumuksen peruuttaminen (7 artiklan 3 kohta) ja tietojen poistaminen (17 artikla)\n\n{greet_formal}\n\nPeruutan täten kaikki suostumukset, jotka olen antanut teille henkilötietojeni käsittelyyn, erityisesti suostumuksen markkinointiin ja profilointiin. Koska suostumus oli käsittelyn ainoa oikeusperuste, pyydän samalla tietosuoja-asetuksen 17 artiklan 1 kohdan b alakohdan nojalla poistamaan kaikki henkilötietoni.\n\n{ident}\n\nPyydän kirjallista vahvistusta sekä suostumuksen peruuttamisesta että tietojen poistamisesta {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPeruutan suostumukseni tietojeni käsittelyyn ja pyydän samalla poistamaan tilini sekä kaikki minusta tallennetut tiedot. {acct}\n\n{sign}",
            "{hi}peruutan suostumukseni ja haluan, että poistatte tilini kaikkine tietoineen",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[sukunimeni on kirjoitettu tililläni väärin, oikea on {last}|nimeni on profiilissa väärin, oikein on {name}]",
            "voitteko korjata syntymäaikani? [se on väärä|vuosi on väärin]",
            "[osoitteeni profiilissa on vanha, voitteko vaihtaa sen|puhelinnumeroni tililläni on väärä, voitteko korjata sen][?|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[muutin|muutettiin] uuteen kämppään, mutta [laskut|kirjeet] menee edelleen vanhaan osoitteeseen. [voitteko päivittää|päivittäkää pliis] osoitteeksi {street} {d}{d}, {city}?",
            "[menin naimisiin ja vaihdoin nimeä|vaihdoin sukunimeä], mutta profiilissa on vielä [tyttönimi|vanha nimi]. [päivittäkää|muuttakaa] se, nykyään olen {name}",
            "mulla on uusi puhelinnumero, vanha ei oo enaa kaytossa. [voitteko paivittaa|paivittakaa] sen profiiliin[?| pls]",
            "sain [laskun|tarjouksen] [väärällä nimellä|väärään osoitteeseen], eli teidän järjestelmässä on [jotain pielessä|virhe]. [päivittäkää|oikaiskaa] mun tiedot",
            "apissa mun syntymävuodeksi lukee [1985|1990|1979], mikä [ei pidä paikkaansa|on pielessä]. miten sen saa [oikaistua|muutettua], kun appi ei anna?",
            "{hi}mun sähköposti [on vaihtunut|ei oo enää käytössä], uusi on {email}. [voitteko päivittää|päivittäkää] sen tililleni?",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. mun nimi on profiilissa [väärin|kirjoitusvirheellä], eikä [sovelluksessa sitä voi korjata|sitä pysty muuttamaan]. korjatkaa se, kiitos!",
            "@{co} muutin, [päivittäkää|vaihtakaa] osoite mun profiiliin: {street}, {city}.",
            "⭐ syntymäaika on [tilillä|profiilissa] väärä, ja oon ilmoittanut siitä [kahdesti|jo monta kertaa]. [korjatkaa se jo|pyydän tietojen oikaisua]!",
            "puhelinnumero on teidan jarjestelmassa [vaara|vanha], [korjatkaa|vaihtakaa] se, [kiitos|pls]",
            "[2|3] tähteä. [sähköpostiosoitteeni on kirjattu väärin|teillä on minusta vanhentuneet tiedot] ja [sen takia en saa laskuja|en pysty tarkistamaan mitään]. pyydän oikaisemaan tietoni: {email}.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin korjata [nimeni|syntymäaikani] profiilissa? [siinä on virhe|se on väärin]",
            "voitteko vaihtaa osoitteeni? [en asu enää siellä|muutin], uusi on {street} [5|12|38], {city}",
            "onko mahdollista päivittää puhelinnumeroni? vanhaa en enää käytä",
            "missa voin korjata henkilotietoni? osoitteeni on [vaara|vanha]",
            "mitä minun pitää tehdä, että korjaatte minusta väärät tiedot? [nimi on kirjoitettu väärin|syntymäaika ei pidä paikkaansa]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Teillä oleva osoitteeni ei ole enää ajan tasalla. Pyydän korjaamaan tiedon[ tietosuoja-asetuksen 16 artiklan mukaisesti|]. Uusi osoite: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|Tililläni oleva syntymäaika on väärä. Pyydän korjaamaan tiedon[ tietosuoja-asetuksen 16 artiklan mukaisesti|]. Oikea syntymäaika: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|Sukunimeni on kirjoitettu järjestelmässänne väärin. Pyydän korjaamaan tiedon[ tietosuoja-asetuksen 16 artiklan mukaisesti|]. Oikea nimi: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nVoisitteko päivittää tietoni? [Menin naimisiin, ja sukunimeni on nyt {last}.|Asun viime kuusta alkaen osoitteessa {street} [1|2|3|4|5|6|7|8|9], {city}.|Minulla on uusi puhelinnumero: 04{d} {d}{d}{d} {d}{d}{d}{d}.] {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Virheellisten henkilötietojen oikaisupyyntö (tietosuoja-asetuksen 16 artikla)\n\n{greet_formal}\n\n{co} käsittelee minusta virheellisiä henkilötietoja: [syntymäaikani on kirjattu väärin|sukunimeni on kirjoitettu väärin|nimiini on merkitty velka, jota ei ole olemassa|käytössä on edelleen vanha osoitteeni]. Tietosuoja-asetuksen 16 artiklan mukaan minulla on oikeus saada minua koskevat epätarkat ja virheelliset henkilötiedot oikaistuksi ilman aiheetonta viivytystä. [Oikeat tiedot: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|Liitteenä on asiakirja, josta oikeat tiedot käyvät ilmi.]\n\n{ident}\n\nPyydän oikaisemaan tiedot {deadline} ja ilmoittamaan oikaisusta kaikille vastaanottajille, joille virheellisiä tietoja on luovutettu (19 artikla).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Tietojen oikaiseminen (16 artikla) ja käsittelyn rajoittaminen (18 artiklan 1 kohdan a alakohta)\n\n{greet_formal}\n\nKiistän minusta kirjaamienne henkilötietojen paikkansapitävyyden, erityisesti [väitetyn velan|syntymäaikani|asuinosoitteeni] osalta. Pyydän oikaisemaan tiedot tietosuoja-asetuksen 16 artiklan mukaisesti. Samalla pyydän 18 artiklan 1 kohdan a alakohdan nojalla rajoittamaan näiden tietojen käsittelyä siksi ajaksi, kun tarkistatte niiden paikkansapitävyyden; sillä välin tietoja ei saa käyttää eikä luovuttaa kolmansille osapuolille.\n\n{ident}\n\nPyydän käsittelemään pyynnön {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nJärjestelmässänne [on väärä osoite|on väärä syntymäaikani|on {amount} euron velka, joka ei pidä paikkaansa], ja sen vuoksi [saan maksumuistutuksia|tilaukseni hylättiin]. Korjatkaa tieto, ja siihen asti pyydän rajoittamaan näiden tietojen käsittelyä[ (GDPR 18 artikla)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "älkää [myykö|luovuttako] tietojani [kolmansille osapuolille|muille yrityksille|mainostajille]",
            "en halua, että tietojani [myydään|jaetaan] eteenpäin [muille yrityksille|tietovälittäjille|yhteistyökumppaneillenne]",
            "mistä voin kieltää tietojeni jakamisen [kumppaneille|kolmansille osapuolille][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "siitä asti kun rekisteröidyin teille, mulle on [soitellut|spämmännyt] [vieraita|ihan randomeja] firmoja. jos te [kaupitte|annatte eteenpäin] mun tietoja, lopettakaa[ heti|][!|.]",
            "{hi}mistä voi säätää, ettei mun tiedot [päädy|mene] [datakauppiaille|mainostajille|ulkopuolisille firmoille]? [apista en löydä|asetuksissa ei oo sellaista]",
            "en anna [käydä kauppaa|tehdä rahaa] mun tiedoilla. ei [kumppanifirmat|mainostajat|datakauppiaat] eikä kukaan muukaan saa niitä",
            "luin, että {co} [rahaa vastaan|provikkaa vastaan] antaa asiakkaiden tietoja eteenpäin. mun tietoja [ei|ette anna]! [haluan opt-outin|jättäkää mut siitä pois]",
            "eikö teillä oo „do not sell” -nappia? [haluan estää|kytkekää pois] mun tietojen [myynnin|luovutuksen] [muille firmoille|teidän kumppaneille]",
            "miten mulle soittaa [vakuutusyhtio|pankki|pikavippifirma], jonka kanssa mulla ei oo mitaan tekemista?? jos ne sai mun numeron teilta, niin alkaa antako mun tietoja enaa kenellekaan",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. [myyttekö|annatteko] mun tietoja [mainostajille|datakauppiaille]?! [lopettakaa heti|älkää antako niitä enää kenellekään][.|!]",
            "@{co} en hyväksy, että [jaatte|luovutatte] mun tietoja [kolmansille osapuolille|kumppaneille]. [kytkekää se pois multa|lopettakaa se]!",
            "⭐ [siitä asti kun tein tilin|sovelluksen asentamisen jälkeen] [mulle soitellaan|mainoksia tulee] joka suunnasta. älkää myykö henkilötietojani [kenellekään|millekään kumppanille]!",
            "alkaa [myyko|luovuttako] mun tietoja kolmansille osapuolille, [kiitos|siina kaikki]. @{co}",
            "[2 tähteä|1 tähti]. missään ei ole vaihtoehtoa, että [ette myisi|ette jakaisi] mun tietoja. [älkää luovuttako tietojani markkinointifirmoille|älkää myykö tietoja, joita ootte musta keränneet]!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin kieltää, ettette [myy|luovuta] tietojani [kolmansille osapuolille|kumppaneille]?",
            "voitteko lopettaa tietojeni myymisen [mainostajille|tietovälittäjille]?",
            "onko mahdollista, ettette jaa tietojani [yhteistyökumppaneiden|kolmansien osapuolten] kanssa?",
            "mista voin asettaa, ettei tietojani luovuteta muille yrityksille?",
            "mitä minun pitää tehdä, ettette [myy|jaa] henkilötietojani kenellekään?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nEn halua, että luovutatte tai myytte henkilötietojani kolmansille osapuolille, etenkään markkinointitarkoituksiin. Lopettakaa kaikki tällainen jakaminen välittömästi. {acct}\n\n{sign}",
            "{greet}\n\n[Rekisteröitymiseni jälkeen minulle ovat soitelleet tuntemattomat yritykset|Saan tarjouksia yrityksiltä, joista en ole koskaan kuullutkaan]. Älkää luovuttako tietojani [kumppaneillenne|kenellekään muulle] älkääkä myykö niitä. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Henkilötietojeni luovuttamisen ja myynnin kieltäminen\n\n{greet_formal}\n\nEn hyväksy sitä, että henkilötietojani luovutetaan, jaetaan tai myydään kolmansille osapuolille, kuten tietovälittäjille, mainosverkostoille tai yhtiönne yhteistyökumppaneille. Suostumusta tällaiseen luovutukseen ei ole annettu, eikä teillä ole siihen tietosuoja-asetuksen 6 artiklan mukaista oikeusperustetta. Vaadin, että kaikki tällainen luovuttaminen lopetetaan eikä tietojani luovuteta jatkossa kenellekään.\n\n{ident}\n\nPyydän kirjallista vahvistusta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ei enää|ei kiitos enempää] [mainoksia|uutiskirjeitä|mainossähköposteja|tarjoustekstiviestejä][!|.|]",
            "[poistakaa minut uutiskirjeen tilaajista|haluan perua uutiskirjeen|poistakaa minut postituslistalta]",
            "lopettakaa [mainosten|tarjousten|noiden sähköpostien] lähettäminen minulle[!|.|]",
            "miten perun uutiskirjeen[?|, linkki ei toimi]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "teiltä tulee päivässä [3|4|5] [tarjousmailia|markkinointimailia|kampanjaviestiä], [ihan liikaa|tää on jo spämmiä]. ottakaa mut pois markkinointilistalta[!|.|]",
            "{hi}[älkää soitelko|älkää enää soittako] mulle [tarjouksista|kampanjoista|arvonnoista], ja [tekstarina|viestillä] ei myöskään mainoksia kiitos",
            "unsubscribe-[linkki|nappi] [ei toimi|antaa errorin], mutta [newsletteriä|uutiskirjettä] en enää halua. {email}",
            "tilasin teiltä kerran, ja nyt [pommitatte|hukutatte] mut kupongeilla. [en halua enää markkinointia|jättäkää mut pois kampanjoista]",
            "[en tarvitse|stop, en halua] enempää [mainosviestejä|tarjouksia|push-ilmoituksia] sähköpostiin enkä puhelimeen[.|!|, kiitti]",
            "[miten|mistä] saan [markkinointimailit|tarjoustekstarit|newsletterin] pois [profiilista|apista]? asetuksista en löydä",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. [joka päivä|monta kertaa viikossa] tulee roskapostia. [poistakaa mut|ottakaa mut pois] uutiskirjeen listalta!",
            "@{co} miten [uutiskirjeen|mainossähköpostit|tarjous-tekstarit] saa peruttua? [en halua enää mainoksia|riittää jo]!",
            "⭐ [lopettakaa|riittää] mainosmeilien lähettäminen! oon [kolme kertaa|monta kertaa] perunut tilauksen, [mutta niitä tulee silti|ja taas spämmiä].",
            "[poistakaa|ottakaa] mut pois markkinointilistalta, en halua enaa uutiskirjetta enka tekstareita. [kiitos|pls]",
            "[2 tähteä|1 tähti]. [myyntipuhelut|tarjoustekstiviestit] pyydän [lopettamaan|kieltämään], [en oo tilannut mitään|en oo ikinä pyytänyt sellaista].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten peruutan uutiskirjeen tilauksen?",
            "voitteko lopettaa mainossähköpostien lähettämisen minulle? [niitä tulee liikaa|joka päivä tulee monta]",
            "onko mahdollista, ettette enää lähetä tarjoustekstiviestejä ettekä soita kampanjoista?",
            "mista voin perua [mainospostit|uutiskirjeen]? en loyda linkkia",
            "kenelle kirjoitan, ettei minulle tule teiltä enää [mainoksia|tarjouspostia]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPoistakaa osoite {email} kaikilta markkinointipostituslistoiltanne. Peruutuslinkki ei toimi, ja saan edelleen uutiskirjettänne.\n\n{sign}",
            "{greet}\n\nEn halua vastaanottaa teiltä mainontaa – en sähköpostilla, tekstiviestillä enkä kirjeitse.[ Vastustan tietosuoja-asetuksen 21 artiklan 2 kohdan nojalla tietojeni käsittelyä suoramarkkinointia varten.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Suoramarkkinointia varten tapahtuvan käsittelyn vastustaminen (tietosuoja-asetuksen 21 artiklan 2 kohta)\n\n{greet_formal}\n\nVastustan tietosuoja-asetuksen 21 artiklan 2 kohdan nojalla henkilötietojeni käsittelyä suoramarkkinointia varten, mukaan lukien profilointi siltä osin kuin se liittyy suoramarkkinointiin. Artiklan 3 kohdan mukaan henkilötietojani ei saa tämän jälkeen enää käsitellä tällaisiin tarkoituksiin. Lisäksi vaadin, että lopetatte ei-toivottujen markkinointiviestien lähettämisen minulle.\n\n{ident}\n\nPyydän poistamaan minut kaikilta markkinointilistoilta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Suostumuksen peruuttaminen ja suoramarkkinoinnin vastustaminen\n\n{greet_formal}\n\nPeruutan täten tietosuoja-asetuksen 7 artiklan 3 kohdan mukaisesti rekisteröitymisen yhteydessä antamani suostumuksen uutiskirjeisiin ja markkinointiviesteihin. Samalla vastustan 21 artiklan 2 kohdan nojalla kaikkea henkilötietojeni jatkokäsittelyä suoramarkkinointia varten, profilointi mukaan lukien.\n\n{ident}\n\nPyydän vahvistusta {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPeruutan suostumukseni [uutiskirjeeseen|henkilökohtaisiin tarjouksiin|markkinointitekstiviesteihin] enkä halua, että käytätte tietojani enää markkinointiin. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "peruutan suostumukseni [seurantaan|tietojeni käsittelyyn|evästeisiin][.|!|]",
            "[poistakaa käytöstä|lopettakaa] [sijainnin seuranta|seuranta] tililtäni, kiitos",
            "en enää hyväksy, että käytätte tietojani [kohdennettuun mainontaan|profilointiin|analytiikkaan]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "rekisteröityessä laitoin ruksin, että saatte käyttää mun [kuvia|valokuvia] mainoksissa, mutta muutin mieleni. [perun sen luvan|vedän luvan takaisin]",
            "{hi}en enää anna lupaa kerätä mun sijaintia, [ärsyttää|ei kiva], että käytätte koko ajan GPS:ää. [perun luvan|vedän luvan takaisin]",
            "treenisovelluksessa annoin teille luvan käsitellä mun [terveystietoja|sykedataa], mutta [nyt perun sen|nyt vedän sen takaisin][.|, en halua enää]",
            "evästebannerissa painoin vahingossa „hyväksy kaikki”. miten [suostumuksen|luvan] [trackingiin|seurantaevästeisiin] saa [perutuksi|vedettyä takaisin]?",
            "[perun|vedän takaisin] luvan [asiakaspalvelupuheluiden|mun puheluiden] nauhoittamiseen[, jatkossa älkää nauhoittako|]",
            "en halua, että analytiikka pyörii mun profiilissa enää. siihen antamani [luvan|suostumuksen] [perun|vedän takaisin][.|, kiitti]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. peruutan suostumukseni sijaintini seurantaan. [kytkekää se pois|lopettakaa mun seuraaminen]!",
            "@{co} [mun kuvia|valokuviani] [ette saa enää|älkää enää] käyttää mainoksissa, peruutan [luvan|suostumukseni].",
            "⭐ sovelluksessa [ei voi|ei pysty] perumaan evästesuostumusta. [peruutan sen täten|peruutan sen tässä]: en halua seurantaa!",
            "peruutan suostumukseni terveystietojeni kasittelyyn, [pyydan vahvistuksen|kiitos]",
            "[2 tähteä|1 tähti]. [aikoinaan|alussa] annoin suostumuksen [personointiin|tietojen keräämiseen analytiikkaa varten], mutta [oon muuttanut mieleni|en halua sitä enää]. peruutan suostumukseni!",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin perua suostumukseni sijaintini seurantaan?",
            "voinko perua evästesuostumuksen? en halua enää, että minua seurataan",
            "onko mahdollista peruuttaa suostumus kuvieni käyttöön? annoin sen aikoinaan, nyt perun sen",
            "mista voin perua suostumuksen terveystietojeni kasittelyyn?",
            "mitä minun pitää tehdä, että voin perua suostumukseni [personointiin|puheluiden nauhoittamiseen]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPeruutan täten suostumukseni henkilötietojeni käsittelyyn [kohdennettua mainontaa varten|analytiikkatarkoituksiin|sijaintini analysointiin][ (tietosuoja-asetuksen 7 artiklan 3 kohta)|]. {acct}\n\n{sign}",
            "{greet}\n\nRekisteröityessä kohta, jolla sallitaan tietojen jakaminen [analytiikkaa|personointia] varten, oli valmiiksi rastitettu. Peruutan tämän suostumuksen ja pyydän lopettamaan kyseisen käsittelyn. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Suostumuksen peruuttaminen (tietosuoja-asetuksen 7 artiklan 3 kohta)\n\n{greet_formal}\n\nPeruutan täten, tämän kirjeen vastaanottamisesta alkaen, kaikki suostumukset, jotka olen antanut henkilötietojeni käsittelyyn, erityisesti suostumuksen [profilointiin ja kohdennettuun mainontaan|sijaintitietojen käsittelyyn|biometristen tietojen käsittelyyn|ostosteni analysointiin]. Peruuttamisesta lähtien teillä ei ole enää oikeusperustetta tälle käsittelylle.\n\n{ident}\n\nPyydän kirjallista vahvistusta siitä, mitkä käsittelyt on lopetettu, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}saanko tietoni [CSV-tiedostona|JSON-muodossa|koneluettavassa muodossa]? [vaihdan palveluntarjoajaa|haluan siirtää ne toiseen palveluun]",
            "miten siirrän [tietoni|historiani|soittolistani|kuvani] toiselle palveluntarjoajalle[?|]",
            "tarvitsen viennin kaikista tiedoistani, koska vaihdan [toiseen operaattoriin|toiseen pankkiin|kilpailijalle]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[siirryn|vaihdan] [toiseen pankkiin|toiseen appiin|toiseen palveluun], [lähettäkää|toimittakaa] mun tiedot suoraan niille, [jos onnistuu|kiitos]",
            "{hi}saisinko [json|csv]-[dumpin|tiedoston] mun [profiilista|tilistä], että voin importata sen [muualle|uuteen appiin]?",
            "mun tilaus [loppuu|kallistui liikaa], haluisin ottaa [treenini|tilaushistorian|kontaktit] mukaan [standardissa|koneluettavassa] muodossa. [onnistuuko?|onko sellaista mahdollisuutta?]",
            "en halua pdf:ää, vaan [tiedoston|filun], jonka toinen [järjestelmä|palvelu] osaa lukea sisään. [csv tai json|json tai csv] käy",
            "oon nyt {co}-asiakkuuden sijaan [kilpailijalla|toisessa firmassa]. haluan [migrata|siirtää] mun datan, onko teillä joku tietojen siirto -toiminto?",
            "tietojen siirto: [pyydän|haluan] antamani tiedot [csv|json|xml]-tiedostona, että voin [ladata|tuoda] ne uudelle palveluntarjoajalle",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. tietoja ei voi [viedä ulos|ladata]. [tarvitsen ne CSV- tai JSON-tiedostona|antakaa ne mulle tiedostona], että voin siirtyä [muualle|toiselle palveluntarjoajalle]!",
            "@{co} [vaihdan palveluntarjoajaa|siirryn toiseen palveluun], lähettäkää mun tiedot [koneluettavassa muodossa|JSON-tiedostona] [uudelle palveluntarjoajalle|mulle].",
            "⭐ jotta voisin [siirtää|viedä] mun [soittolistat|tilaushistorian|treenidatan] toiseen sovellukseen, tarvitsen [vientitiedoston|ladattavan tiedoston] kaikista mun tiedoista.",
            "mista saa vietya omat tiedot csv:ksi? haluan siirtaa ne muualle [@{co}|]",
            "[2 tähteä|1 tähti]. [käytän oikeuttani siirtää tiedot järjestelmästä toiseen|vaadin tietojeni siirtoa]: [lähettäkää|toimittakaa] ne [suoraan|saman tien] uudelle palveluntarjoajalle[ vakiomuodossa|].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin ladata tietoni [CSV|JSON]-tiedostona, jotta voin siirtää ne toiselle palveluntarjoajalle?",
            "voitteko lähettää tietoni suoraan uudelle [palveluntarjoajalleni|operaattorilleni]?",
            "onko mahdollista viedä tietoni koneluettavassa muodossa? vaihdan toiseen sovellukseen",
            "missa on tietojen vienti? haluan siirtaa tietoni toiseen palveluun",
            "mitä minun pitää tehdä, että saan tietoni tiedostona, jonka voin ladata [muualle|uuteen palveluun]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Vaihdan palveluntarjoajaa|Siirryn toiseen palveluun] ja haluan käyttää oikeuttani siirtää tiedot järjestelmästä toiseen[ (tietosuoja-asetuksen 20 artikla)|]. Lähettäkää henkilötietoni jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa (esim. CSV tai JSON). {acct}\n\n{sign}",
            "{greet}\n\nPyydän siirtämään [kulutustietoni|kanta-asiakastietoni|harjoitustietoni] suoraan uudelle palveluntarjoajalleni muodossa, jota sen järjestelmä pystyy lukemaan. Kyse on GDPR:n 20 artiklan 2 kohdan mukaisesta oikeudesta siirtää tiedot järjestelmästä toiseen. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Tietojen siirtämistä järjestelmästä toiseen koskeva pyyntö (tietosuoja-asetuksen 20 artikla)\n\n{greet_formal}\n\nPyydän tietosuoja-asetuksen 20 artiklan 1 kohdan nojalla saada minua koskevat henkilötiedot, jotka olen toimittanut teille ja joita käsittelette automaattisesti suostumukseni tai sopimuksen perusteella, jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa[ (esim. CSV, JSON tai XML)|].[ Jos se on teknisesti mahdollista, pyydän 20 artiklan 2 kohdan mukaisesti siirtämään tiedot suoraan uudelle rekisterinpitäjälle, jonka yhteystiedot toimitan erikseen.|]\n\n{ident}\n\nPyydän käsittelemään pyynnön {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "voitteko [jäädyttää|keskeyttää] tietojeni käsittelyn, kunnes [reklamaationi|riita|tilini virhe] on selvitetty?",
            "älkää poistako tietojani, mutta älkää myöskään käyttäkö niitä nyt, [tarvitsen niitä todisteeksi|asianajajani hoitaa asiaa]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kiistän [tilauksen {order} laskun|viime kuun laskun]. ennen kuin se on [selvitetty|käsitelty loppuun], älkää tehkö mun tiedoilla mitään, mutta älkää myöskään [heittäkö niitä pois|hävittäkö niitä], [tarvitsen niitä|ne on todisteita]",
            "{hi}vien asian oikeuteen, joten [pyydän|haluan], että mun tiedot [säilytetään|pysyy tallessa], mutta [oikeudenkäynnin ajan|siihen asti] niitä ei käytetä mihinkään",
            "teillä on musta vääriä tietoja. [kun tarkistatte|tarkistuksen ajaksi] laittakaa käsittely [jäihin|pitoon|pauselle]. [en pyydä poistoa!|poistaa ei tarvii]",
            "en halua, että mun tiedot [katoaa|häviää], vaan että ette [toistaiseksi|väliaikaisesti] käsittele niitä. [voitteko merkata tilin niin?|onnistuuko?]",
            "tein teille valituksen, ja kunnes se on käsitelty, [estäkää|rajoittakaa] mun tietojen käsittely. mitään ei saa hävittää",
            "älkää hävittäkö [chattia|puhelutallennetta|tilaustietoja], se on todiste. mutta [päätökseen asti|niin kauan kuin riita jatkuu] [älkää koskeko niihin|älkää käyttäkö niitä mihinkään]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. [niin kauan kuin kiistän laskun|kunnes reklamaationi on käsitelty] [älkää käyttäkö|älkää käsitelkö] mun tietoja! poistaa ei tarvitse, [jäädyttäkää|lukitkaa] ne vaan.",
            "@{co} vaadin käsittelyn rajoittamista, [kunnes tarkistatte, ovatko tietoni oikein|sen ajan kun virheellisiä tietoja tarkistetaan]. [älkää poistako niitä|en pyydä poistamista], älkää vaan käyttäkö niitä!",
            "⭐ [mulla on oikeusjuttu|vien asian oikeuteen] ja tarvitsen tietoja [todisteeksi|kannetta varten], joten älkää poistako niitä, mutta [älkää käyttäkö|ette saa käyttää] niitä mihinkään!",
            "[jaadyttakaa|lukitkaa] mun tiedot reklamaation ajaksi, mutta [alkaa poistako|poistoa ei tarvita] @{co}",
            "[2 tähteä|1 tähti]. en halua poistoa, mutta [kunnes valituksestani on päätetty|riidan ajaksi] [rajoittakaa|keskeyttäkää] mun tietojen käsittely[.|!]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}voinko pyytää, ettette käytä tietojani, kunnes [reklamaationi on käsitelty|riita on ratkaistu]? poistaa ei tarvitse",
            "voitteko keskeyttää tietojeni käsittelyn siksi aikaa, kun tarkistatte, ovatko ne oikein? [älkää poistako niitä|en pyydä poistoa]",
            "onko mahdollista lukita tietoni poistamatta niitä? [tarvitsen niitä oikeusjuttuun|niitä tarvitaan oikeudenkäynnissä]",
            "voiko sen tehda niin, etta tietoni sailyvat mutta niita ei toistaiseksi kayteta mihinkaan?",
            "kenelle kirjoitan, että rajoitatte tietojeni käsittelyä? [en pyydä poistoa|älkää poistako niitä], älkää vain käyttäkö niitä [toistaiseksi|väliaikaisesti]",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Kunnes valitukseni on käsitelty|Kunnes olette tarkistaneet tilini kiistanalaiset tiedot], pyydän rajoittamaan henkilötietojeni käsittelyä[ tietosuoja-asetuksen 18 artiklan mukaisesti|]. Säilyttäkää tiedot, mutta älkää käyttäkö niitä muuhun. {acct}\n\n{sign}",
            "{greet}\n\nIlmoititte poistavanne tietoni, mutta tarvitsen niitä [oikeusvaateen esittämiseen|todisteeksi riita-asiassa]. Pyydän siksi poistamisen sijaan rajoittamaan niiden käsittelyä[ (GDPR 18 artiklan 1 kohdan c alakohta)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Käsittelyn rajoittamista koskeva pyyntö (tietosuoja-asetuksen 18 artikla)\n\n{greet_formal}\n\nPyydän tietosuoja-asetuksen 18 artiklan 1 kohdan nojalla rajoittamaan henkilötietojeni käsittelyä, koska [käsittely on lainvastaista ja vastustan tietojen poistamista ja pyydän sen sijaan niiden käytön rajoittamista|ette enää tarvitse tietoja, mutta tarvitsen niitä oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen|kiistän tietojen paikkansapitävyyden, eikä sitä ole vielä tarkistettu]. Rajoituksen aikana tietojani saa ainoastaan säilyttää; muu käsittely on sallittua vain suostumuksellani tai 18 artiklan 2 kohdassa mainituista syistä. Pyydän ilmoittamaan minulle ennen rajoituksen poistamista (18 artiklan 3 kohta).\n\n{ident}\n\nPyydän vahvistusta {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "en hyväksy, että [analysoitte ostoksiani|seuraatte, mitä teen sovelluksessa|jaatte tietojani konsernin sisällä] oikeutetun edun nimissä. [lopettakaa se|haluan, että se loppuu]",
            "miten voin vastustaa [tietojeni käsittelyä|ajoni seurantaa|käyttäytymiseni analysointia]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "luin [tietosuojaselosteesta|ehdoista], että mun tiedot menee „oikeutetun edun” perusteella muille [konsernin yhtiöille|ryhmän firmoille]. oon sitä vastaan, [lopettakaa|älkää tehkö niin]",
            "{hi}en halua, että mua [profiloidaan|pisteytetään|scoorataan]. vastustan sitä, että teette mun [ostoksista|klikkauksista] päätelmiä musta",
            "miksi te [mittaatte|lokitatte], montako minuuttia oon apissa ja mitä klikkaan? vastustan tällaista käsittelyä, [ei oo ok|en halua tätä]",
            "[pankkiappi|appi] analysoi mun [kulutusta|tilitapahtumia] [petostentorjunnan|riskienhallinnan] nimissä. [se ei oo oikeasuhtaista|ei käy mulle], [vastustan sitä|oon sitä vastaan]",
            "oikeutettu etu ei oo tekosyy kaikkeen[!|.] vastustan sitä, että käytätte mun tietoja [tilastointiin|sisäiseen analyysiin|käyttäytymisanalyysiin]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. vastustan profilointia! [älkää analysoiko|älkää seuratko] mun käyttäytymistä sovelluksessa.",
            "@{co} vastustan sitä, että [analysoitte mun ostotottumuksia|jaatte mun tietoja konsernin sisällä] vedoten [oikeutettuun etuun|teidän oikeutettuun etuunne]. [lopettakaa|stop]!",
            "⭐ [kukaan ei kysynyt multa|en oo pyytänyt], että mut [pisteytetään|luokitellaan] petosten estämisen nimissä. [vastustan|en hyväksy] tällaista tietojeni käsittelyä!",
            "vastustan mun tietojen kayttoa [analytiikkaan|analyyseihin], [se ei oo oikeutettu etu|teilla ei oo siihen oikeutta]. [@{co}|]",
            "[2 tähteä|1 tähti]. [sovellus|järjestelmä] [seuraa mitä teen|rakentaa musta profiilia] [oikeutetun edun verukkeella|muka oikeutetun edun perusteella]. vastustan tätä, [lopettakaa tietojeni tällainen käsittely|älkää käsitelkö mun tietoja näin]!",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin vastustaa [profilointia|ostotottumusteni analysointia]?",
            "voinko vastustaa käsittelyä, joka perustuu oikeutettuun etuunne? en halua, että analysoitte käyttäytymistäni",
            "voitteko lopettaa tietojeni jakamisen [konsernin|yritysryhmän] sisällä? vastustan sitä",
            "missa voin vastustaa luottopisteytysta? en hyvaksy, etta tietojani kasitellaan nain",
            "mitä minun pitää tehdä, ettette [analysoi|seuraa] käyttäytymistäni [analytiikkaa|tilastointia] varten? vastustan tätä käsittelyä",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nTietosuojaselosteessanne kerrotaan, että käsittelette tietojani [asiakkaiden käyttäytymisen analysointiin|palvelujen kehittämiseen|kuljettajien arviointiin] oikeutetun edun perusteella. Vastustan tätä käsittelyä[ tietosuoja-asetuksen 21 artiklan 1 kohdan nojalla|] ja pyydän lopettamaan sen. {acct}\n\n{sign}",
            "{greet}\n\nEn halua, että {co} [analysoi toimintaani|käyttää tietojani tilastointiin] vain siksi, että katsotte sen olevan oikeutettu etunne. Vastustan täten tällaista käsittelyä. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Henkilötietojen käsittelyn vastustaminen (tietosuoja-asetuksen 21 artiklan 1 kohta)\n\n{greet_formal}\n\nVastustan tietosuoja-asetuksen 21 artiklan 1 kohdan nojalla henkilötietojeni käsittelyä, jota suoritatte oikeutetun edun perusteella 6 artiklan 1 kohdan f alakohdan mukaisesti, erityisesti [ostokäyttäytymiseni analysointia|ajoneuvoni sijaintitietojen käsittelyä|tietojeni jakamista konsernin sisällä|sen arvioimista, miten käytän palvelua]. Vastustaminen johtuu erityisestä tilanteestani: [tiedoista voidaan päätellä arkaluonteisia asioita terveydestäni ja perheestäni|käsittely ylittää sen, mitä asiakas voi kohtuudella odottaa]. Vaadin käsittelyn lopettamista, ellette osoita, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etuni, oikeuteni ja vapauteni.\n\n{ident}\n\nOdotan vastaustanne {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Vastustamisoikeus (21 artiklan 1 kohta) ja käsittelyn rajoittaminen (18 artiklan 1 kohdan d alakohta)\n\n{greet_formal}\n\nVastustan henkilötietojeni käsittelyä [asiakasprofilointia|petosten torjuntaa|sisäisiä analyyseja] varten, jota suoritatte oikeutetun edun perusteella. Samalla pyydän tietosuoja-asetuksen 18 artiklan 1 kohdan d alakohdan nojalla rajoittamaan näiden tietojen käsittelyä siihen asti, kunnes on tarkistettu, syrjäyttävätkö oikeutetut perusteenne minun perusteeni.\n\n{ident}\n\nPyydän käsittelemään pyynnön {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lainahakemukseni|osamaksuhakemukseni|vakuutushakemukseni] hylättiin automaattisesti. haluan, että [ihminen|joku käsittelijä] käy sen läpi",
            "miten [järjestelmä|algoritmi] voi sulkea tilini ilman [ihmisen tekemää tarkistusta|mitään selitystä]? haluan, että ihminen arvioi asian uudelleen",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lainan|leasingin|pikalainan] hylkäys tuli [3|5|10] sekunnissa. oliko se koneen päätös? [haluan, että oikea ihminen katsoo sen|joku elävä ihminen saa katsoa sen]",
            "{hi}[bannasitte|lukitsitte] mun tilin, varmaan botti. [ei mitään hajua miksi|en tajua miksi]. [antakaa joku oikea ihminen tarkistamaan|ihminen tarkistamaan kiitos] ja kertokaa, millä perusteella päätös tehtiin",
            "järjestelmä hylkäsi mun [työhakemuksen|hakemuksen] [heti|parissa minuutissa]. [näkikö kukaan sitä edes?|millä kriteereillä?] [joku HR:stä katsomaan pliis|pyydän ihmisen tekemää tarkistusta]",
            "miksi mä saan [kalliimman|korkeamman] hinnan kuin [kaveri|puoliso] samasta jutusta? jos sen laskee algoritmi, [selittäkää sen logiikka|tarkistuttakaa se työntekijällä]",
            "en hyväksy sitä, että [softa|ohjelma|AI] yksin päättää mun [luottokelpoisuudesta|vakuutushakemuksesta]. [vaadin, että ihminen arvioi päätöksen uudestaan|haluan ihmisen arvion päätöksestä]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 tähti. [algoritmi|järjestelmä] [hylkäsi mun lainahakemuksen|lukitsi mun tilin] [ilman perusteluja|selittämättä]. vaadin, että [ihminen tarkistaa asian|oikea ihminen käy sen läpi]!",
            "@{co} [automaatti|joku ohjelma] [hylkäsi mun hakemuksen|lukitsi mun tilin]. [ihminen|oikea ihminen] katsokoon sen uudestaan, ja [selittäkää|kertokaa] miksi!",
            "⭐ saan [korkeamman hinnan|eri hinnan] kuin [kaverit|muut], koska algoritmi [päätti niin|laski niin]. [vaadin ihmisen tekemää tarkistusta|kiistän tämän päätöksen]!",
            "jarjestelma [hylkasi mun hakemuksen|lukitsi mun tilin] automaattisesti, [haluan etta ihminen paattaa asiasta|en hyvaksy tata, ihminen tarkistakoon] [@{co}|]",
            "[2 tähteä|1 tähti]. osamaksu[hakemus hylättiin|a ei myönnetty] eikä kukaan osaa sanoa miksi, [koska|vain että] [algoritmi päätti|päätöksen teki kone]. pyydän selitystä päätöksen logiikasta ja [että ihminen ratkaisee asian|ihmisen tekemää uudelleenarviointia]!",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}miten voin pyytää, että ihminen tarkistaa lainahakemukseni hylkäyksen? [päätöksen teki algoritmi|se hylättiin automaattisesti]",
            "voiko joku oikea ihminen käydä päätöksen läpi? järjestelmä [esti tilini|hylkäsi hakemukseni] automaattisesti",
            "onko mahdollista saada selitys, miksi algoritmi [hylkäsi lainani|antoi minulle korkeamman hinnan]? ja pyydän, että ihminen tarkistaa sen",
            "mista voi riitauttaa automaattisen paatoksen? [jarjestelma|algoritmi] hylkasi hakemukseni",
            "kenelle kirjoitan, että [työntekijä|ihminen] käsittelee automaattisen päätöksen uudelleen? en ole samaa mieltä siitä",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Osamaksuhakemukseni|Kulutusluottohakemukseni|Rekisteröitymiseni] hylättiin automaattisesti ilman ihmisen osallistumista. Pyydän tietosuoja-asetuksen 22 artiklan nojalla, että työntekijänne arvioi päätöksen uudelleen ja että kerrotte, miten päätös tehtiin. {acct}\n\n{sign}",
            "{greet}\n\nJärjestelmänne on [automaattisesti laskenut luottorajaani|sulkenut tilini|tarjonnut minulle selvästi huonommat ehdot], eikä kukaan osaa kertoa miksi. En halua olla pelkästään algoritmin tekemän päätöksen kohteena – pyydän ihmisen tekemää arviointia. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nAihe: Tietosuoja-asetuksen 22 artiklaan perustuva pyyntö – automatisoidut yksittäispäätökset\n\n{greet_formal}\n\n{date} tehdyllä päätöksellä [lainahakemukseni hylättiin|asiakastilini suljettiin|vakuutusmaksuani korotettiin huomattavasti] yksinomaan automaattisen käsittelyn, kuten profiloinnin, perusteella, ja päätöksellä on minua koskevia oikeusvaikutuksia tai se vaikuttaa minuun vastaavalla tavalla merkittävästi. Tietosuoja-asetuksen 22 artiklan mukaan minulla on oikeus olla joutumatta tällaisen päätöksen kohteeksi. Vaadin siksi:\n\n1. ihmisen osallistumista päätöksentekoon ja asian uudelleenarviointia työntekijän toimesta;\n2. merkityksellisiä tietoja käsittelyyn liittyvästä logiikasta sekä käsittelyn merkityksestä ja todennäköisistä seurauksista;\n3. mahdollisuutta esittää kantani ja riitauttaa päätös.\n\n{ident}\n\nPyydän käsittelemään pyynnön {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}missä tilaukseni {order} on[?|??]",
            "tilaus {order} ei ole vieläkään tullut[, seuranta ei ole liikkunut viikkoon|. Tiedättekö jotain?|]",
            "{greet}\n\nTilasin {date} (tilausnumero {order}), mutta en ole vielä saanut lähetysvahvistusta. Milloin tuotteet lähetetään?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Tilauksesta {order}|Kuukausimaksusta] on veloitettu minulta kahdesti {amount} €. Palauttakaa ylimääräinen veloitus.\n\n{sign}",
            "miksi kuukausimaksuni on yhtäkkiä {amount} €? [siitä ei kerrottu missään|onko tämä virhe?]",
            "{hi}voitteko lähettää tilauksen {order} laskun uudelleen? [en löydä sitä|tarvitsen sen kirjanpitoon]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "voinko vielä muuttaa tilauksen {order} toimitusosoitetta?",
            "toimitatteko myös Ruotsiin? paljonko toimitus maksaa?",
            "kuriiri jätti paketin [naapurille|oven eteen sateeseen], [ei käy|voiko sen hoitaa jotenkin toisin?]",
            "voinko noutaa paketin [postista|pakettiautomaatista|myymälästä]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "onko {product} saatavilla myös [mustana|isompana kokona|muissa väreissä]?",
            "{greet}\n\nMilloin {product} tulee taas varastoon? Haluaisin tilata kaksi kappaletta.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nPalautin tilauksen {order} tuotteen ({product}) [kaksi|kolme] viikkoa sitten, mutta en ole vielä saanut {amount} euron hyvitystä.\n\n{sign}",
            "{product} saapui [rikkinäisenä|viallisena]. [haluan rahani takaisin|lähettäkää uusi tilalle]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "en pääse kirjautumaan, eikä salasanan palautusviesti tule perille[, roskapostissakaan ei ole mitään|]",
            "{hi}unohdin salasanan, ja tekstiviestikoodi menee vanhaan numerooni. mitä teen?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[mahtava sovellus|loistava palvelu|tosi tyytyväinen], [kaikki tuli nopeasti|toimii moitteettomasti|tilaan varmasti uudestaan][!|]",
            "halusin vain kiittää, [asiakaspalvelu|puhelimessa ollut henkilö] auttoi minua [tosi nopeasti|todella hyvin]!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nHaluan irtisanoa [tilaukseni|premium-tilaukseni] seuraavasta jaksosta alkaen. Tilin haluan pitää.\n\n{sign}",
            "miten voin keskeyttää tilauksen menettämättä [pisteitäni|toivelistaani]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Nopea kysymys: tallennatteko korttitietoni? Haluan vain varmistaa, että se on turvallista.",
            "mistä löydän tietosuojaselosteenne? [sivun alalaidan linkki ei toimi|en löydä sitä sovelluksesta]",
            "Arvostan, ettette myy asiakastietoja. Siksi asioin teillä!",
            "Noudattaako {co} GDPR:ää? Harkitsemme yritystilausta ja tarvitsemme tietojenkäsittelysopimuksen.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "miten poistan tuotteen ostoskorista?",
            "voinko vielä perua tilauksen {order}? valitsin väärän koon",
            "poistin vahingossa osoitteen profiilistani, miten saan sen takaisin?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "miten tilaan uutiskirjeenne? lomake [antaa virheilmoituksen|ei lataudu]",
            "{greet}\n\nTilasin uutiskirjeen, mutta en koskaan saanut 10 %:n alennuskoodia. Voisitteko lähettää sen uudelleen?\n\n{sign}",
            "[tämänpäiväisessä|viime viikon] uutiskirjeessä tarjouksen linkki ei toiminut",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Annoin rekisteröityessä suostumuksen uutiskirjeeseen – saanko silloin alennusta ensimmäisestä ostoksesta?",
            "{greet}\n\nVoisitteko selittää, mitä sovelluksen suostumus tietojen käsittelyyn tarkoittaa? En halua muuttaa mitään, haluan vain ymmärtää.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}en pääse kirjautumaan, [unohdin salasanan|salasanan palautusmeili ei tule]. [mitä teen?|voitteko auttaa?]",
            "[moi|hei], miten vaihdan [kuukausi|vuosi]pakettiin? [en nää sitä profiilissa|missä se on asetuksissa?]",
            "{hi}onko mun tiedot teillä [turvassa|hyvässä tallessa]? kunhan kysyn, [kaikki ok|ei mitään hätää]",
            "mista nan mun laskut tililla? [ei loydy mistaan|etsin mutta ei oo]",
            "[peruin vahingossa uutiskirjeen|vahingossa tuli peruttua uutiskirje], miten sen saa tilattua uudestaan?",
            "voiko tiliin lisätä toisen sähköpostiosoitteen? [{email}|työosoitteen] haluaisin lisätä",
            "onko teillä sovellusta tabletille[ kans|]? [puhelimessa toimii hyvin|käytän androidilla], ihan vaan kiinnostaa",
            "{hi}[miten|mistä] ilmoitukset saa päälle sovelluksessa? [kiitos muuten nopeesta avusta!|ja tilaus {order} ei oo vieläkään tullut]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "puhunko [robotin|botin] kanssa? [vai oletko oikea ihminen?|kuka sinä olet?]",
            "mitä sinä [osaat|voit] tehdä?",
            "onko {product} nyt tarjouksessa? [kunhan kysyn|katselen vain]",
            "kerro jotain itsestäsi",
            "mikä sinun nimesi on? [oletko oikea ihminen?|]",
            "[hahaha|haha] ok[ kiitti|]",
            "oletteko auki [sunnuntaisin|pyhäpäivinä]?",
            "mua tylsistyttää. [tiedätkö hyvän vitsin?|suosittelisitko jotain hyvää ravintolaa?]",
            "millainen sää [Helsingissä|Tampereella] on tänään?",
            "[hyvää yötä|mukavaa iltaa], [moikka|heippa]!",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "haluan [perua|lopettaa] Premiumin kuun lopussa, tili saa jäädä",
            "voinko [tauottaa|keskeyttää] ruokaboksin [heinäkuuksi|elokuuksi|kuukaudeksi]? [oon lomalla|oon mökillä]",
            "mistä saa [automaattisen uusinnan|automaattisen jatkon] pois päältä?",
            "miten lopetan ilmaisen kokeilujakson ennen kuin [kortilta veloitetaan|tulee lasku]?",
            "voinko vaihtaa [halvempaan pakettiin|peruspakettiin|perhepakettiin|vuositilaukseen] [ensi kuusta alkaen|heti]?",
            "lopettakaa mun [kahvin|koiranruoan|piilolinssien] kestotilaus, [en tarvi enaa|on tarpeeks varastossa]",
            "{greet}\n\nHaluaisin siirtää tilaukseni veloituspäivän kuun [1.|15.] päivästä [10.|25.] päivään, [koska palkka tulee myöhemmin|jos se onnistuu]. Muuten kaikki saa jäädä ennalleen.\n\n{sign}",
            "{greet}\n\n[Älkää uusiko|En halua jatkaa] [nettiliittymäni sopimusta|kuntosalijäsenyyttäni|Premium-tilaustani] nykyisen [jakson|kuukauden] jälkeen. Tilin haluan pitää, [vain veloitukset saavat loppua|saatan tilata myöhemmin uudelleen].\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "en pääse kirjautumaan tilille, [väittää että salasana on väärä|tulee virheilmoitus]",
            "miten vaihdan salasanan? [haluan vahvemman|vanha on ollut sama vuosia]",
            "vahvistuskoodi ei tule tekstiviestinä, [kokeilin kolme kertaa|oon odottanut jo 10 min]",
            "vaihdoin puhelimen ja [authenticator-sovellus jäi vanhaan|todennussovellus hävisi], miten kirjaudun?",
            "tili meni lukkoon muutaman väärän yrityksen jälkeen, [milloin se aukeaa|mitä teen]?",
            "sovellus kirjaa mut ulos [koko ajan|jatkuvasti], [tosi arsyttavaa|mika vikana]",
            "{greet}\n\n[Unohdin salasanani|En muista salasanaani], eikä palautuslinkki tule sähköpostiin, [katsoin roskapostistakin|ei ole roskapostissakaan]. [Voisitteko lähettää sen uudelleen?|Mitä voin tehdä?]\n\n{sign}",
            "{greet}\n\nEpäilen, että joku muu on kirjautunut tililleni. Miten [kirjaudun ulos kaikilta laitteilta|katkaisen kaikki aktiiviset istunnot] ja vaihdan salasanan?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "[uutiskirjeen|tekstiviestin] alennuskoodi ei toimi ostoskorissa, miksi?",
            "tuleeko [Black Friday -tarjouksia|kesäale|alennusmyyntiä] [tänä vuonna|pian]?",
            "paljonko mulla on kanta-asiakaspisteitä ja [mihin niitä voi käyttää|miten ne lunastetaan]?",
            "miten [tilaan uutiskirjeen|liityn uutiskirjeen tilaajaksi], että saan 10 % alennuskoodin?",
            "[kutsuin kaverin|kaveri rekisteröityi mun linkillä] mutta suosittelubonusta ei [tullut|näy]",
            "lahjakorttini on voimassa {date} asti, käykö se myös [ale-tuotteisiin|tarjoustuotteisiin]?",
            "{greet}\n\nSain eilen [sähköpostin|tekstiviestin], jossa oli -20 % tarjous [koko tuoteryhmästä|valikoiduista tuotteista], mutta [sivulla hinta on sama|alennus ei näy]. [Onko tarjous vielä voimassa?|Kuinka kauan tarjous on voimassa?]\n\n{sign}",
            "{greet}\n\nVoiko tervetulokoodia käyttää yhdessä [kanta-asiakaspisteiden|lahjakortin] kanssa? [Aion tilata tänä viikonloppuna.|Suunnittelen isompaa tilausta.]\n\n{sign}",
        ]},
    ],
};

//! Slovenian: Slovenia (Splošna uredba o varstvu podatkov / GDPR wording, Informacijski
//! pooblaščenec as the supervisory authority), prices in euro.
//!
//! Senders are women and men alike and the Slovenian past tense agrees with the writer's gender
//! (prejel / prejela), so first-person statements are in the present tense or impersonal.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "sl",
    locales: &[("sl-SI", 100)],
    first_names: &[
        "Luka", "Jan", "Matej", "Marko", "Andrej", "Gregor", "Rok", "Nejc", "Peter", "Janez", "Miha",
        "David", "Anže", "Urban", "Maja", "Nina", "Ana", "Eva", "Mojca", "Petra", "Katja", "Urška",
        "Tjaša", "Barbara", "Tina", "Sara", "Polona", "Helena",
    ],
    last_names: &[
        "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos",
        "Vidmar", "Golob", "Turk", "Kralj", "Korošec", "Bizjak", "Zupan", "Hribar", "Rozman", "Petek",
        "Kastelic", "Oblak", "Kolar", "Jereb", "Perko",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "siol.net", "t-2.net", "amis.net", "outlook.com",
        "hotmail.com", "yahoo.com", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Pozdravljeni,", "Spoštovani,", "Dober dan,", "Živijo,", "Spoštovana ekipa {co},",
            "Pozdravljeni, ekipa {co},", "Lep pozdrav,",
        ]),
        ("greet_formal", &[
            "Spoštovani,", "Spoštovana pooblaščena oseba za varstvo podatkov,",
            "{co}\nPooblaščena oseba za varstvo osebnih podatkov (DPO)\n\nSpoštovani,",
        ]),
        ("hi", &["živjo, ", "pozdravljeni, ", "dober dan, ", "", "", "", "Pozdravljeni, ", "hej, "]),
        ("thanks", &[
            "Lep pozdrav,", "Lp,", "Hvala in lep pozdrav,", "S spoštovanjem,", "Hvala vnaprej,",
            "Lepo pozdravljeni,", "Hvala,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nPoslano iz mojega iPhona", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["S spoštovanjem,\n\n{name}", "S spoštovanjem,\n\n{name}\n{email}", "Lep pozdrav,\n\n\n{name}\n(podpis)"]),
        ("street", &[
            "Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Dunajska cesta", "Prešernova ulica",
            "Partizanska cesta", "Gosposvetska cesta", "Cankarjeva ulica", "Tržaška cesta", "Kidričeva ulica",
            "Ljubljanska cesta", "Šolska ulica",
        ]),
        ("city", &[
            "1000 Ljubljana", "1000 Ljubljana", "2000 Maribor", "3000 Celje", "4000 Kranj", "6000 Koper",
            "8000 Novo mesto", "5000 Nova Gorica", "9000 Murska Sobota", "1230 Domžale",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}[a|b|]\n{city}"]),
        ("acct", &[
            "Moj račun je registriran na e-naslov {email}.", "Moj e-naslov je {email}.",
            "Uporabniški račun se glasi na ime {name}, e-naslov {email}.", "Račun: {email}",
            "Prepoznate me lahko po e-naslovu {email}.",
        ]),
        ("data_acc", &[
            "moje osebne podatke", "vse moje osebne podatke", "vse podatke, ki jih hranite o meni",
            "moje podatke", "vse osebne podatke, ki se nanašajo name",
        ]),
        ("product", &[
            "slušalke", "kavni aparat", "zimska jakna", "ovitek za telefon", "tekaški copati",
            "namizna svetilka", "prenosna baterija", "pametna ura", "podloga za jogo", "sesalnik",
        ]),
        ("law_gen", &["GDPR", "Splošne uredbe o varstvu podatkov (GDPR)", "Uredbe (EU) 2016/679 (GDPR)"]),
        ("deadline", &[
            "v zakonsko določenem roku enega meseca", "brez nepotrebnega odlašanja, najpozneje pa v enem mesecu od prejema zahteve",
            "najpozneje do {date}", "v roku iz tretjega odstavka 12. člena GDPR",
        ]),
        ("escalate", &[
            " Če v tem roku odgovora ne prejmem, bo sledila pritožba pri Informacijskem pooblaščencu.",
            " V nasprotnem primeru si pridržujem pravico do pritožbe pri Informacijskem pooblaščencu.", "",
        ]),
    ],
    families: &[
        // ---- access (15. člen)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}katere podatke [hranite|zbirate|imate] o meni[?|??]",
            "{hi}mi lahko pošljete [kopijo mojih podatkov|izpis vseh mojih podatkov][?| prosim]",
            "želim videti, kaj vse [hranite|veste] o meni",
            "kako lahko prenesem vse svoje podatke[?| iz aplikacije?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[pokaže se mi|spet vidim] oglas, ki o meni ve [sumljivo veliko|čisto preveč], in [me je kar strah|mi to ni všeč]. [kaj točno imate shranjeno|katere informacije vodite] o meni? [pošljite mi kopijo|vse hočem videti]",
            "pri vas imam [star profil|star račun] [izpred let|še iz leta 201{d}], [čisto pozabljen|ki ga ne uporabljam]. kaj o meni [je še ostalo|še hranite] v bazi? [pokažite mi|pošljite mi vse na {email}]",
            "zivjo, [a lahko izvem|zanima me] katere [podatke|informacije] imate o meni? [en pregled|en seznam] bi bil [super|fajn][, hvala|, lp|]",
            "od kod [imate|poznate] [mojo številko|moj naslov|moj datum rojstva]?? [kaj še|katere druge podatke] [imate|hranite] o meni? [hočem celoten seznam|pošljite mi vse črno na belem]",
            "v appu [nikjer ni možnosti|ni gumba], kjer se vidi, katere [podatke|data] ste zbrali o meni. [pošljite mi jih po mailu|hočem kopijo na {email}][, prosim|]",
            "hočem [kopijo|popoln pregled] vsega, kar veste o meni[, tudi komu ste to dali|, vključno z zgodovino naročil]. [po tistem uhajanju podatkov v novicah me skrbi|skrbi me za mojo zasebnost]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Aplikacija hoče dostop do vsega, nikjer pa ne pokaže, katere podatke o meni [hrani|zbira]. @{co}, [pošljite mi kopijo mojih osebnih podatkov|hočem videti, kaj vse imate o meni].",
            "1 zvezdica. Že [tedne|en mesec] čakam na [kopijo|izpis] svojih osebnih podatkov, [nihče pa ne odgovori|vi pa me pošiljate od oddelka do oddelka].",
            "@{co} katere [podatke|osebne podatke|informacije] [imate|hranite] o meni? [Sprašujem javno, ker na e-maile ne odgovarjate.|Odgovorite že enkrat!]",
            "[2 zvezdici|⭐⭐]. Deluje [kar v redu|solidno], ampak hočem vedeti, katere podatke aplikacija [zbira|shranjuje] o meni, v nastavitvah pa [ni nič|o tem ne najdem ničesar]. [Pošljite mi kopijo na {email}.|Čakam na izpis.]",
            "[hocem videt|pokazite mi] katere podatke imate o meni @{co}[!|!!] 1 zvezdica dokler ne odgovorite",
            "Po GDPR imam pravico do dostopa do svojih podatkov. [@{co}|{co}], [kdaj dobim to kopijo?|kje je odgovor na mojo zahtevo?] Zaenkrat [1 zvezdica|⭐].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako lahko [vidim|izvem], katere [podatke|osebne podatke] [imate|hranite] o meni?",
            "mi lahko [pošljete|posredujete] kopijo mojih osebnih podatkov[ na {email}|]?",
            "kako izvem kaksne podatke imate o meni?",
            "[kje|od kod] lahko [prenesem|dobim] pregled [podatkov|informacij], ki ste jih zbrali o meni?",
            "kaj moram narediti, da mi [pokažete|poveste], katere osebne podatke [vodite|hranite] o meni?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nProsim, da mi pošljete kopijo osebnih podatkov, ki jih obdelujete o meni[, vključno z zgodovino naročil in kontaktnimi podatki|]. {acct}\n\n{sign}",
            "{greet}\n\nS tem uveljavljam pravico do dostopa do osebnih podatkov[ v skladu s 15. členom GDPR|]. Prosim, sporočite mi, katere moje podatke obdelujete, za kakšen namen in komu so bili posredovani. {acct}\n\n{sign}",
            "{greet}\n\nZanima me, katere osebne podatke o meni hrani {co} in od kod jih imate. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Zahteva za dostop do osebnih podatkov na podlagi 15. člena {law_gen}\n\nNa podlagi 15. člena Uredbe (EU) 2016/679 vas prosim, da mi potrdite, ali obdelujete osebne podatke v zvezi z mano. {acct} Če jih, vas prosim, da mi posredujete:\n\n1. kopijo osebnih podatkov, ki se obdelujejo;\n2. namene obdelave;\n3. vrste zadevnih osebnih podatkov;\n4. uporabnike ali kategorije uporabnikov, ki so jim bili podatki razkriti, zlasti v tretjih državah;\n5. predvideno obdobje hrambe;\n6. vse razpoložljive informacije o viru podatkov, če niso bili zbrani pri meni;\n7. informacijo o obstoju avtomatiziranega sprejemanja odločitev, vključno z oblikovanjem profilov.\n\nProsim za odgovor {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nZadeva: Uveljavljanje pravice do dostopa (15. člen GDPR)\n\nKot posameznik, na katerega se nanašajo osebni podatki, zahtevam kopijo vseh osebnih podatkov, ki jih {co} obdeluje o meni, skupaj z informacijami iz točk (a) do (h) prvega odstavka 15. člena GDPR. {acct}\n\nOdgovor pričakujem {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (17. člen)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}prosim, izbrišite moj račun[ in vse moje podatke| za vedno|][.|!|]",
            "želim, da se [moj račun|vse o meni][ takoj| v celoti|] izbriše[.|!|]",
            "kako lahko [trajno|v celoti] izbrišem svoj račun[?|??]",
            "izbrišite vse, kar imate o meni[, hvala|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[prehajam h konkurenci|tu je konec z nakupi] po [zgodbi z naročilom {order}|katastrofalni podpori]. [zaprite mi profil|odstranite moj račun] [skupaj z vsemi podatki|in vse osebne podatke zraven][.|!]",
            "ravno vidim, da imam star [profil|račun] [na {email}|iz leta 201{d}], za katerega [sploh ne vem več|nimam pojma]. [ga lahko odstranite|pobrišite ga] [v celoti|z vsemi podatki vred]?",
            "[zbrisite|ukinite] mi profil [in vse podatke|za zmeraj], [ga ne uporabljam vec|imam boljso aplikacijo]",
            "[1 zvezdica|ena zvezdica]. [app je zanič in |]nikjer ne piše, kako se [ukine|trajno odstrani] profil. [hočem, da moji podatki izginejo od vas|naj bo vse pobrisano]",
            "nočem, da na vaših strežnikih ostane [karkoli|niti sled] o meni. [počistite|odstranite] [vse moje podatke|moj profil in vse v njem] in mi [potrdite|sporočite], ko bo narejeno",
            "[po vseh teh vdorih|po zadnjem data breachu v novicah] nočem več, da imate moje podatke. [odstranite|uničite] [moj profil|vse] [enkrat za vselej|dokončno]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvezdica. [Izbrišite mi račun|Izbrišite moj profil] in [vse podatke|vse, kar imate o meni], [nočem imeti nič z vami|dovolj mi je].",
            "@{co} [kje je gumb za izbris računa|kako se v tej aplikaciji izbriše račun]?? Hočem [ga trajno izbrisati|ga ukiniti skupaj z vsemi svojimi podatki].",
            "⭐ V aplikaciji se profila ne da [izbrisati|ukiniti]. @{co}, [izbrišite|pobrišite] moj račun in moje osebne podatke, [prosim|takoj].",
            "aplikacija je [odstranjena|pobrisana], zdaj zbrisite se moj racun z vsemi podatki @{co}",
            "Pišem sem, ker [na e-maile ne odgovarjate|podpora molči]: [odstranite|izbrišite] [moj profil|mojo registracijo] in [vse moje podatke|moje osebne podatke] iz svojih sistemov[ v skladu s 17. členom GDPR|]. Do takrat [1 zvezdica|⭐].",
            "[Ena zvezdica|1/5]. Hočem, da [izbrišete|pobrišete] vse o meni, ne samo [deaktivirate|skrijete] račun.",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [izbrišem|ukinem] svoj račun [za vedno|dokončno]?",
            "lahko [izbrišete|zbrišete] vse moje podatke[ skupaj s profilom|]?",
            "kako se izbrise profil? hocem da vse o meni izgine",
            "[kje|kako] lahko izbrišem profil skupaj z osebnimi podatki?",
            "komu naj pišem, da [izbrišete|pobrišete] moj račun in vse, kar imate o meni?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Vaših storitev|Aplikacije|Računa pri {co}] ne uporabljam več, zato prosim, da izbrišete moj račun in {data_acc}. [Prosim za potrditev izbrisa.|Hvala za kratko potrditev.|]\n\n{sign}",
            "{greet}\n\nS tem zahtevam, da brez nepotrebnega odlašanja izbrišete {data_acc}[ v skladu s 17. členom GDPR|, skladno s 17. členom Splošne uredbe o varstvu podatkov|]. {acct}\n\n{sign}",
            "{greet}\n\nRačun je bil ustvarjen samo za eno naročilo[ pred letom dni|]. Prosim, zaprite račun in izbrišite {data_acc}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Zahteva za izbris osebnih podatkov („pravica do pozabe“) na podlagi 17. člena {law_gen}\n\nNa podlagi prvega odstavka 17. člena Uredbe (EU) 2016/679 zahtevam, da brez nepotrebnega odlašanja izbrišete vse osebne podatke v zvezi z mano. {acct} Podatki niso več potrebni za namene, za katere so bili zbrani.\n\nČe ste moje podatke razkrili tretjim osebam, jih prosim v skladu z 19. členom GDPR obvestite o izbrisu. Če popolnemu izbrisu nasprotuje zakonska obveznost hrambe, mi prosim sporočite, katere podatke, na kakšni podlagi in kako dolgo hranite.\n\nProsim za pisno potrditev izbrisa {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nZadeva: Zaprtje računa in izbris podatkov\n\nUveljavljam pravico iz 17. člena GDPR in zahtevam zaprtje mojega računa pri {co} ter izbris vseh z njim povezanih osebnih podatkov, tudi iz varnostnih kopij, kjer je to tehnično izvedljivo. {acct}\n\nO sprejetih ukrepih me prosim obvestite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[že tretjič|spet|že dvakrat] pišem: IZBRIŠITE MOJ RAČUN in vse podatke[!|!!]",
            "v aplikaciji [ni gumba za izbris|ni mogoče izbrisati računa]. hočem, da [račun|vse] izgine, skupaj z mojimi podatki",
        ]},
        // ---- rectification (16. člen)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "moj priimek je v računu napačno zapisan, pravilno je {last}",
            "mi lahko popravite datum rojstva? [ni pravilen|leto je napačno]",
            "[moj naslov je pri vas star|moja telefonska številka je pri vas napačna][, prosim popravite|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[selim se|živim zdaj drugje] in [položnica|račun] [prihaja|še vedno gre] na stari naslov. [nov naslov je|vpišite nov naslov]: {street} {d}{d}, {city}",
            "v profilu [piše|je] [pokvečeno|narobe napisano] ime, [pravilno je|mora biti] {name}. [uredite to|spremenite] [prosim|ko utegnete]",
            "imam novo stevilko, [to je|nova je] 0[3|4|5|7]{d} {d}{d}{d} {d}{d}{d}. [jo lahko posodobite|vpisite jo] v mojem profilu?",
            "[po poroki imam nov priimek|priimek se mi je spremenil] in [rabim|želim], da je v profilu {last}[, drugače se ne ujema z osebno|]",
            "[voščilo za rojstni dan|rojstnodnevni kupon] [pride|prihaja] [na napačen dan|v čisto drugem mesecu] haha. datum rojstva je v resnici [1|2]{d}. [1|2|3|4|5|6|7|8|9]. 19[6|7|8|9]{d}, [vnesite pravega|posodobite to v sistemu]",
            "računi mi prihajajo z napačnimi podatki, ker je v sistemu [star naslov|narobe ime|stara številka]. [posodobite|osvežite] moje podatke[, prosim| čim prej]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} v profilu imam [napačen|star] naslov, v aplikaciji pa se ga ne da spremeniti. [Popravite ga|Posodobite ga], [prosim|hvala].",
            "1 zvezdica. Moje ime je [povsod|v profilu in na računih] napačno napisano, pišem vam [že mesece|že tretjič]. Popravite ga že enkrat: {name}.",
            "⭐⭐ Datum rojstva v aplikaciji [je napačen|ne drži], polje pa je [zaklenjeno|nemogoče urediti]. [Popravite ga|Spremenite ga] na {date}, [hvala|prosim].",
            "imam [nov|drug] telefon in naslov, v profilu pa so se vedno stari @{co}. [posodobite jih|popravite jih] prosim",
            "@{co} [posodobite|uredite] mi podatke v profilu - [imam nov priimek|živim drugje|imam novo številko], v aplikaciji pa se to [ne da|ne gre]. Za to [1 zvezdica|⭐].",
            "[O meni imate napačne podatke|Moji podatki pri vas niso pravilni], [zato gre paket na star naslov|zato ne dobivam SMS-ov]. [Popravite jih|Hočem, da jih popravite][!|, @{co}]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [popravim|spremenim] [svoj naslov|datum rojstva|svoje ime] v profilu? [Je napačen|Ni pravilen].",
            "mi lahko [popravite|uredite] priimek? Napisan je narobe, pravilno je {name}.",
            "kako spremenim star naslov? zdaj zivim na {street}, {city}",
            "kje lahko [posodobim|spremenim] telefonsko številko? [Stara ni več moja|Ta v profilu je napačna].",
            "kaj moram narediti, da popravite napačen datum rojstva? Pravilen je {date}.",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Naslov, ki ga imate v evidenci, ni več aktualen. Prosim, popravite podatke[ v skladu s 16. členom GDPR|]. Novi naslov: {street} {d}{d}, {city}.|Moje ime je napačno zapisano. Prosim, popravite podatke[ v skladu s 16. členom GDPR|]. Pravilno je: {name}.|Datum rojstva v mojem računu ni pravilen. Prosim, popravite ga[ v skladu s 16. členom GDPR|]. Pravilen datum: {date}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Moj priimek se je spremenil, v vaši evidenci pa je še vedno stari.|Moj naslov se je spremenil, v vaši evidenci pa je še vedno stari.] Prosim, posodobite moje podatke. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Zahteva za popravek netočnih osebnih podatkov na podlagi 16. člena {law_gen}\n\nOsebni podatki, ki jih {co} obdeluje o meni, so netočni: [datum rojstva je napačno vnesen|moje ime je napačno zapisano|evidentirana je zamuda pri plačilu, ki ne obstaja]. {acct}\n\nNa podlagi 16. člena Uredbe (EU) 2016/679 zahtevam, da te podatke nemudoma popravite in o popravku v skladu z 19. členom obvestite uporabnike. Prosim za pisno potrditev popravka {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "prosim, ne [prodajajte|posredujte] mojih podatkov tretjim osebam",
            "nočem, da se moji podatki [prodajajo|posredujejo] [oglaševalskim partnerjem|posrednikom podatkov|drugim podjetjem]",
            "kje lahko prepovem deljenje mojih podatkov s partnerji?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[ravno berem|pravkar vidim], da [delite|posredujete] [podatke strank|podatke kupcev] [oglaševalcem|data brokerjem|partnerjem]. [mojih ne dajajte nikomur|mene izpustite iz tega]",
            "[od registracije naprej|odkar imam profil pri vas] [me kličejo|mi pišejo] podjetja, za katera [nihče ni slišal|sploh ne vem]. [kdo jim je dal mojo številko? |][nehajte pošiljati moje podatke tretjim|mojih podatkov ne dajajte naprej]",
            "ne [prodajajte|dajajte] mojih podatkov [tretjim|drugim podjetjem|oglasevalcem], [se ne strinjam|za to nimate soglasja]",
            "a imate kje [nastavitev|gumb] „do not sell“ [v appu|v aplikaciji|na spletni strani]? nočem, da moji podatki [gredo naprej|se preprodajajo] [tujim podjetjem|drugim firmam]",
            "[ok|fajn] izdelki, ampak [ni ok|se ne strinjam], da [trgujete z mojimi osebnimi podatki|služite z mojimi osebnimi podatki] [s partnerji|s tretjimi]. [ustavite vsako deljenje|nobene prodaje več] [takoj|od zdaj naprej]",
            "moji podatki ostanejo pri vas in [nikjer drugje|pri nikomur drugem]. [nobene prodaje|nič preprodaje], [nobenega sharinga|nič deljenja] z [advertiserji|oglaševalskimi mrežami], [jasno?|dogovorjeno?]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvezdica. [Ne prodajajte mojih podatkov|Nehajte prodajati moje podatke] [oglaševalcem|tretjim osebam|partnerjem][, @{co}|]!",
            "@{co} [od kod ima|kako to, da ima] [neko tuje podjetje|neki klicni center] mojo številko?? [Nehajte deliti moje podatke|Ne posredujte mojih podatkov] [svojim partnerjem|tretjim osebam|nikomur].",
            "⭐ Aplikacija [prodaja|preprodaja] podatke uporabnikov [posrednikom podatkov|oglaševalskim mrežam]. Nočem, da se moji podatki [prodajajo|delijo] komurkoli.",
            "[ne prodajajte|ne delite] mojih podatkov tretjim osebam @{co}, [se ne strinjam|nihce me ni vprasal]",
            "[Baje|Izkaže se, da] {co} prodaja podatke [partnerjem|oglaševalcem]. Moje podatke izvzemite iz tega - [niso naprodaj|ne dovolim trgovanja z njimi]. [2 zvezdici|⭐⭐]",
            "@{co} kje je [možnost|gumb] [Ne prodajaj mojih podatkov|Do not sell my data]? [Nehajte jih deliti|Ne posredujte jih] [oglaševalcem|posrednikom podatkov].",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [ustavim|prepovem] [prodajo|deljenje] svojih podatkov tretjim osebam?",
            "lahko mojih podatkov ne [prodajate|dajete] [oglaševalcem|partnerjem|posrednikom podatkov]?",
            "kako dosezem da mojih podatkov ne prodajate drugim firmam?",
            "[kje|kako] lahko zavrnem, da se moji podatki [delijo|posredujejo] [vašim partnerjem|drugim podjetjem]?",
            "ali [prodajate|posredujete] moje podatke drugim podjetjem? Če ja, kaj moram narediti, da s tem [nehate|prenehate]?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nS tem nasprotujem posredovanju in prodaji mojih osebnih podatkov tretjim osebam, zlasti za oglaševalske namene. {acct}\n\n{sign}",
            "{greet}\n\nMoji podatki so se očitno znašli pri [podjetju za telefonsko trženje|trgovcu s podatki]. Prosim, da mojih podatkov ne posredujete več [partnerjem|tretjim osebam]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Prepoved posredovanja in prodaje mojih osebnih podatkov tretjim osebam\n\nObveščam vas, da ne soglašam s prodajo, oddajanjem ali kakršnim koli drugim posredovanjem mojih osebnih podatkov tretjim osebam, vključno z oglaševalskimi omrežji in posredniki podatkov. {acct} Če takšno posredovanje temelji na moji privolitvi, jo prekličem; če temelji na zakonitem interesu, mu na podlagi 21. člena {law_gen} ugovarjam.\n\nProsim, sporočite mi, katerim uporabnikom so bili moji podatki doslej posredovani, in {deadline} potrdite prenehanje posredovanja.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (drugi odstavek 21. člena)
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prosim, |]nobenih [oglasov|e-novic|promocijskih mailov|SMS-ov] več[!|.|]",
            "[odjavite me|želim se odjaviti] od e-novic",
            "nehajte mi pošiljati [ponudbe|reklame|akcije][!|.|]",
            "kako se odjavim od vaših e-sporočil[?|, povezava ne dela]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[vsak dan|vsako jutro] dobim [3-4|dva ali tri] [maile|e-maile] z akcijami, [nabiralnik je poln|ful me že moti]. [umaknite me s seznama|dajte me na unsubscribe]",
            "[stop|dost] s temi sms-i s ponudbami, [nocem vec|ful me moti]. [umaknite me s seznama|ne pisite mi vec]",
            "povezava za [odjavo|unsubscribe] [na dnu newsletterja|v mailu] [vrže error|se ne naloži]. [me lahko umaknete vi?|ustavite mi te maile sami]",
            "spet [me kličejo|kliče nekdo] [iz {co}|od vas] zaradi [ponudbe|novega paketa|akcije]. [takih klicev nočem|nobenih promocijskih klicev več], [zapišite si to|dajte me na seznam za ne klicat]",
            "[1 zvezdica|ena zvezdica], ker [spam|promocijski] maili ne nehajo [nikoli|nikakor]. [ustavite to|naj se to konča] [takoj|zdaj]",
            "po enem nakupu [pri vas|({product})] imam nabiralnik [poln|prepoln] [reklam|newsletterjev|promo mailov]. [dovolj je|nočem več], [odstranite {email} z mailing liste|nobenega marketinga več]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvezdica. [Spam|SPAM] vsak dan! [Odjavite me od e-novic|Odstranite me s poštnega seznama|Nehajte pošiljati oglasne e-maile], @{co}.",
            "@{co} [odjavljam se že|na odjavo kliknem že] [tretjič|stotič], pa mi še vedno prihajajo [promocijski e-maili|e-novice|oglasni SMS-i]. [Ustavite to|Odstranite me s svojih seznamov] [takoj|že enkrat]!",
            "⭐ Aplikacija je [ok|fajn], ampak [oglasna sporočila so neznosna|e-novice in SMS-i s ponudbami me spravljajo ob živce]. Od vas nočem [nobenih oglasov več|nobenih akcij in ponudb].",
            "[nehajte|dovolj je] s [spamom|reklamami|ponudbami] @{co}, [odjavite me od e-novic|zbrisite me s seznama]",
            "[Spet so me klicali|Klicali so me] iz {co} s [ponudbo|akcijo] [ob devetih zvečer|v nedeljo]. [Ne kličite me več z oglasi|Mojo številko umaknite iz oglaševalskih klicev]. [1 zvezdica|⭐]",
            "@{co} hočem se odjaviti od [marketinških sporočil|vaših e-novic|oglasnih e-mailov], povezava za odjavo pa [ne deluje|vrže napako].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako se [odjavim|odjaviti] od [novic|oglasnih e-mailov|promo SMS-ov]?",
            "lahko mi nehate pošiljati [oglase|ponudbe|akcije] [po e-pošti|po SMS-u]?",
            "kako se odjavim od newsletterja? vsak dan mi pisete",
            "kje se da [odjaviti od oglasnih sporočil|izklopiti pošiljanje marketinških ponudb]?",
            "kaj moram narediti, da me ne [kličete|boste več klicali] s [ponudbami|akcijami]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nProsim, odstranite naslov {email} z vseh trženjskih seznamov. Od e-novic se odjavljam [že drugič|že večkrat], pa jih še vedno prejemam.\n\n{sign}",
            "{greet}\n\nUgovarjam uporabi mojih podatkov za namene neposrednega trženja[ (drugi odstavek 21. člena GDPR)|]. Prosim, ne pošiljajte mi več oglasov, ne po e-pošti ne po SMS-u. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Ugovor obdelavi osebnih podatkov za namene neposrednega trženja (drugi odstavek 21. člena {law_gen})\n\nNa podlagi drugega in tretjega odstavka 21. člena Uredbe (EU) 2016/679 ugovarjam obdelavi mojih osebnih podatkov za namene neposrednega trženja, vključno z oblikovanjem profilov, povezanim s takšnim trženjem. {acct}\n\nProsim, da prenehate pošiljati oglasna sporočila po vseh kanalih (e-pošta, SMS, telefon, pošta) in mi to potrdite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (tretji odstavek 7. člena)
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "prekličem svojo privolitev za [piškotke|sledenje|obdelavo mojih podatkov][.|!|]",
            "prosim, [izklopite|ustavite] sledenje [moji lokaciji|mojemu računu]",
            "ne soglašam več, da moje podatke uporabljate za [prilagojene oglase|analitiko|profiliranje]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[opažam|vidim], da app [zbira mojo lokacijo|ve, kje sem], tudi ko [je zaprt|ga ne uporabljam]. [umikam|preklicujem] dovoljenje za lokacijo, ki ste ga dobili od mene",
            "piškotki [odkljukani|potrjeni] [brez razmisleka|na hitro] na „sprejmi vse“ – napaka. [soglasje umikam|ne soglašam več], [izklopite tracking|nobenega trackinga] na mojem [profilu|računu]",
            "[preklicujem|umikam] soglasje za [uporabo mojih fotk|lokacijo|piskotke]. [ne uporabljajte tega vec|stop]",
            "[moja fotka|moj video] z nagradne igre [visi|je še vedno] na vaši strani. soglasje je [takrat veljalo|bilo dano takrat], zdaj pa [ne več|ne velja več], [umikam ga|ga preklicujem]",
            "[v fitnes appu|v aplikaciji za uro] je dovoljena [uporaba|analiza] [mojih zdravstvenih podatkov|podatkov o srčnem utripu]. [ne želim več tega|dovolj je]: [to dovoljenje preklicujem|ne obdelujte jih več]",
            "nočem več [personalizacije|personaliziranih vsebin] na podlagi [tega, kaj počnem|moje zgodovine]. [soglasje iz registracije|tisti „da“ ob registraciji] [ne velja več|s tem umikam]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Aplikacija [ves čas spremlja|ves čas hoče] mojo lokacijo. [Preklicujem svojo privolitev v sledenje lokaciji|Ne soglašam več z uporabo moje lokacije], @{co}.",
            "1 zvezdica. Soglasje [za piškotke|za sledenje] se da dati z enim klikom, v nastavitvah pa ga ni mogoče [preklicati|umakniti]. [Preklicujem svoje soglasje|Umikam svojo privolitev] - [nehajte mi slediti|izklopite sledenje].",
            "@{co} [soglasje za uporabo mojih fotografij|soglasje za objavo mojih fotografij] [v vaših oglasih|na vašem Instagramu] [s tem preklicujem|umikam]. [Ne uporabljajte jih več.|Nehajte jih uporabljati.]",
            "[preklicujem|umikam] soglasje za obdelavo [zdravstvenih podatkov|podatkov o zdravju] v aplikaciji, ne obdelujte jih vec",
            "[2 zvezdici|⭐⭐]. Pri registraciji je soglasje za [personalizirana priporočila|personalizacijo] že odkljukano in [ga nočem več|s tem se ne strinjam več]. [Hočem ga preklicati|Preklicujem ga], v nastavitvah pa [se ne da|tega ni nikjer].",
            "@{co} [preklicujem|umikam] svoje soglasje za [snemanje klicev|snemanje mojih pogovorov] s podporo. [Ne snemajte me več.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [prekličem|umaknem] privolitev za [sledenje lokaciji|piškotke|uporabo mojih fotografij]?",
            "lahko prekličem privolitev, ki ste jo prej dobili od mene za [zdravstvene podatke|analitiko|personalizacijo]?",
            "kako preklicem soglasje za lokacijo?",
            "[kje|kako] lahko [umaknem|prekličem] soglasje za [uporabo mojih posnetkov|sledenje]? S tem se ne strinjam več.",
            "kaj moram narediti, da nehate uporabljati [moje fotografije|moje glasovne posnetke|mojo lokacijo]? Soglasje zdaj umikam.",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nS tem prekličem privolitev v obdelavo mojih osebnih podatkov [za prilagojeno oglaševanje|za analitične namene|za določanje lokacije][ (tretji odstavek 7. člena GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nOb registraciji je bila dana privolitev, da se [moji podatki uporabljajo za trženjske analize|moji glasovni posnetki uporabljajo za učenje modelov]. Tega ne želim več – prosim, štejte mojo privolitev za preklicano. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Preklic privolitve na podlagi tretjega odstavka 7. člena {law_gen}\n\nS tem z učinkom za naprej prekličem vse privolitve, dane {co} za obdelavo mojih osebnih podatkov, zlasti za oblikovanje profilov in prilagojeno oglaševanje. {acct}\n\nProsim, da mi {deadline} pisno potrdite, katere obdelave ste prenehali izvajati.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (20. člen)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mi lahko izvozite podatke v [CSV|JSON|Excel]? menjam ponudnika",
            "svojo [zgodovino|podatke|sezname predvajanja] želim prenesti k drugemu ponudniku, kako to naredim?",
            "{hi}ali lahko prenesem vse svoje podatke v eni datoteki, ki jo lahko naložim drugje?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[prehajam h konkurenci|menjam na drugo platformo|grem k drugemu podjetju] in hočem s seboj [vzeti|odnesti] [celo zgodovino|svoje podatke] v [csv|json|csv datoteki]. [kako naredim izvoz?|naredite mi export]",
            "a lahko dobim export podatkov v [csv|json]? [menjam app|prestopam k drugemu ponudniku] in jih je treba nalozit tam",
            "[lahko pošljete|pošljite] [kar|neposredno] [moji novi banki|mojemu novemu ponudniku] [moje podatke|zgodovino transakcij] v [elektronski obliki|datoteki, ki jo njihov sistem prebere]?[ pogodba z njimi je že podpisana|]",
            "[menjam app|prehajam na drug app] in izgubim [treninge|sezname predvajanja|zapiske]. [se da to dobiti kot datoteko|dajte mi json datoteko], [da jih uvozim drugam?|za uvoz v nov app]",
            "[2 zvezdici|1 zvezdica]: [manjka|ni] [export|izvoz] podatkov. [hočem svoje podatke|hočem celo zgodovino] v [machine-readable|strojno berljivi] datoteki, [da lahko grem drugam|za prehod na drugo storitev]",
            "[že leta|več kot pet let] imam pri vas [fotke|treninge|zgodovino], ampak [odhajam|prestopam drugam]. [dajte mi to v jsonu ali csv|rabim datoteko, ki jo prebere tudi nova aplikacija]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "⭐ Prehajam na [drugo aplikacijo|konkurenco] in [hočem|potrebujem] svoje podatke [v CSV|v JSON|v datoteki], [izvoza pa ni|gumb za izvoz pa ne deluje]. @{co}, [pošljite mi jih|dajte mi jih].",
            "1 zvezdica. [Nobenega izvoza podatkov!|Izvoza podatkov ni!] Hočem [svojo zgodovino|celotno zgodovino nakupov] [v strojno berljivi obliki|v CSV ali JSON], da jo lahko prenesem [drugam|k drugemu ponudniku].",
            "@{co} [hočem|zahtevam] [datoteko s svojimi podatki|izvozno datoteko svojih podatkov] [v JSON|v CSV], ki jo naložim v [novo aplikacijo|novo storitev]. [Kdaj?|Čakam že tedne.]",
            "hocem izvozit svoje podatke v csv in jih prenest k drugemu ponudniku @{co}, poslite mi jih",
            "Po GDPR imam pravico do prenosljivosti. [Prenesite|Pošljite] moje podatke [neposredno|direktno] novemu ponudniku[, ne PDF-jev na papirju|]. [2 zvezdici|⭐⭐]",
            "[Menjam ponudnika|Odhajam od {co}] in potrebujem [izvoz svojih podatkov|svoje podatke v CSV] za [novo storitev|novega ponudnika]. [Dodajte gumb za prenos|Pošljite mi to na {email}].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [prenesem|izvozim] svoje podatke v datoteko [CSV|JSON], da jih nesem [drugam|k drugi storitvi]?",
            "lahko moje podatke [pošljete|prenesete] neposredno [novemu ponudniku|drugemu podjetju]?",
            "kako izvozim podatke v CSV? prehajam k drugemu ponudniku",
            "[kje|od kod] lahko [prenesem|izvozim] vse svoje podatke v [strojno berljivi obliki|JSON], da jih [preselim|naložim] [h konkurenci|v drugo aplikacijo]?",
            "kaj moram narediti, da moje podatke [prenesete|posredujete] [drugemu ponudniku|v novo storitev]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMenjam ponudnika in želim uveljaviti pravico do prenosljivosti podatkov[ (20. člen GDPR)|]. Prosim, pošljite mi {data_acc} v strukturirani, strojno berljivi obliki (npr. CSV ali JSON). {acct}\n\n{sign}",
            "{greet}\n\nČe je tehnično izvedljivo, prosim, da moje podatke posredujete neposredno mojemu novemu ponudniku. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Uveljavljanje pravice do prenosljivosti podatkov na podlagi 20. člena {law_gen}\n\nNa podlagi prvega odstavka 20. člena Uredbe (EU) 2016/679 zahtevam, da mi osebne podatke, ki ste jih prejeli od mene, posredujete v strukturirani, splošno uporabljani in strojno berljivi obliki. {acct} [V skladu z drugim odstavkom 20. člena prosim, da podatke neposredno posredujete novemu upravljavcu, kadar je to tehnično izvedljivo.|]\n\nProsim, da zahtevo izpolnite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (18. člen)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}prosim, [blokirajte|zamrznite] moje podatke, dokler [se spor ne razreši|ne preverite napake]",
            "ne brišite mojih podatkov, pa tudi ne [uporabljajte|obdelujte] jih, dokler ne vložim pritožbe",
            "prosim, omejite obdelavo mojih podatkov[, dokler ne popravite naslova|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[imam pri vas reklamacijo|imamo odprt spor] glede [provizije|naročila {order}] in dokler se to ne [reši|razčisti], [ne uporabljajte|se ne dotikajte] mojih podatkov. [brisanja nočem|ampak jih ne brišite], samo naj bodo [blokirani|zamrznjeni]",
            "podatki, ki jih imate o meni, so [napačni|sporni] in jih [še preverjate|še preverjajo]. [do takrat|dokler ne bo jasno] [jih zamrznite|jih ne obdelujte], [ampak jih ne brišite|samo hranite jih]",
            "ne brisite mojih podatkov, rabim jih za [sodisce|najin spor], ampak [zamrznite|ustavite] njihovo obdelavo dokler se to ne konca",
            "[moj odvetnik|odvetnik] [pravi|svetuje], naj [podatke obdržite|podatkov ne brišete], ker [bodo potrebni na sodišču|so dokaz]. [samo blokirajte vsako drugo uporabo|do takrat jih samo ne uporabljajte za nič drugega]",
            "[ne izbris|brisanje ne], hočem [pavzo|stop] pri obdelavi [za nekaj časa|začasno], [dokler ne odgovorite na mojo pritožbo|dokler se ne preveri tista napaka v podatkih]. [gre?|se da?]",
            "{hi}dokler [teče sodni postopek|ne odloči varuh], [ne uporabljajte mojih podatkov za nič|ustavite vsakršno uporabo mojih podatkov]. [ampak jih shranite|ne brišite jih], še bodo potrebni",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} izpodbijam bremenitev {amount} € - [dokler se to ne razreši|do konca spora] [nehajte obdelovati moje podatke|ne uporabljajte mojih podatkov], [ampak jih ne brišite|vendar brez brisanja].",
            "1 zvezdica. Moji podatki pri vas [niso pravilni|so napačni], vi pa [jih še vedno uporabljate|jih uporabljate za vse]. Dokler jih preverjate, [omejite njihovo obdelavo|jih zamrznite] - [ne brišite jih|izbrisa ne zahtevam].",
            "⭐ [Vlagam pritožbo zoper {co}|Z vami sem v sporu] in podatki bodo potrebni [na sodišču|za sodni postopek]. [Ne brišite jih|Nič ne brišite], ampak [jih nehajte uporabljati|blokirajte njihovo uporabo] [za zdaj|do odločitve].",
            "ne brisite mojih podatkov, samo [jih zamrznite|jih nehajte uporabljat] dokler se spor ne resi @{co}",
            "@{co} nočem [ukiniti|izbrisati] profila, hočem samo [začasno ustaviti|zamrzniti] obdelavo svojih podatkov. [Je to tako težko?|Je jasno?]",
            "[Omejite|Blokirajte] obdelavo mojih osebnih podatkov [po 18. členu GDPR|v skladu z GDPR] [do razrešitve spora|med preverjanjem]. [Izbrisa ne želim.|Ne brišite jih.] [2 zvezdici|⭐⭐]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}lahko [začasno|za zdaj] [ustavite|zamrznete] obdelavo mojih podatkov, ne da bi jih [izbrisali|brisali]?",
            "kako [omejim|blokiram] uporabo svojih podatkov, dokler [preverjate, ali so pravilni|traja spor]? [Izbrisa|Brisanja] ne želim.",
            "lahko zamrznete moje podatke dokler se spor ne resi? ne brisite jih",
            "[kje|kako] lahko zahtevam [omejitev|blokado] obdelave? Podatke potrebujem [za tožbo|za pravni zahtevek], zato jih [ne brišite|prosim ne brišite].",
            "kaj moram narediti, da moje podatke [obdržite|hranite], ampak jih [ne uporabljate|ne obdelujete] [za zdaj|dokler se stvar ne razjasni]?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nDokler [preverjate točnost mojih podatkov|traja spor glede mojega računa], prosim, da omejite obdelavo mojih osebnih podatkov[ v skladu z 18. členom GDPR|]. Podatke lahko hranite, ne uporabljajte pa jih. {acct}\n\n{sign}",
            "{greet}\n\nProsim, ne brišite [posnetka telefonskega pogovora|podatkov o naročilu št. {order}], ker jih potrebujem za [sodni spor|pritožbo]. Namesto tega omejite njihovo obdelavo. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Zahteva za omejitev obdelave na podlagi 18. člena {law_gen}\n\n[Na podlagi točke (a) prvega odstavka 18. člena Uredbe (EU) 2016/679 oporekam točnosti osebnih podatkov, ki jih obdelujete o meni, in zahtevam omejitev obdelave za obdobje, ki vam omogoča preverjanje točnosti podatkov.|Na podlagi točke (c) prvega odstavka 18. člena Uredbe (EU) 2016/679 zahtevam omejitev obdelave, ker podatke potrebujem za uveljavljanje, izvajanje ali obrambo pravnih zahtevkov.|Na podlagi točke (d) prvega odstavka 18. člena Uredbe (EU) 2016/679 zahtevam omejitev obdelave, dokler ne bo preverjeno, ali zakoniti razlogi {co} prevladajo nad mojimi.] {acct}\n\nProsim, da me v skladu s tretjim odstavkom 18. člena obvestite pred odpravo omejitve in mi izvedbo potrdite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (prvi odstavek 21. člena)
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ugovarjam [profiliranju|analizi mojega vedenja|obdelavi mojih podatkov], ki jo utemeljujete z „zakonitim interesom“",
            "ne strinjam se, da [analizirate|spremljate], kako uporabljam aplikacijo. nehajte",
            "{hi}kako lahko ugovarjam obdelavi mojih podatkov za [analitiko|oceno tveganja|statistiko]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[v pogojih piše|berem v pogojih], da [delate profil|delate profiling] iz [mojih nakupov|mojega obnašanja v appu] s sklicevanjem na „zakoniti interes“. [odločno se ne strinjam in hočem, da se pri meni to neha|tega ne sprejmem, sem proti]",
            "[zakaj|s kakšno pravico] [pošiljate|prenašate] moje podatke [drugim podjetjem v skupini|hčerinskim družbam] za „interne potrebe“? [sem proti|ne strinjam se], [naj se neha|nočem tega]",
            "ne strinjam se, da analizirate moje obnasanje [za statistiko|za analytics] samo zaradi vasega zakonitega interesa. [imam ugovor|nehajte s tem]",
            "app [za voznike|od zavarovalnice] [snema|analizira], kako vozim, [„zaradi varnosti“|zaradi fraud detectiona|za scoring]. [ful me moti|iskreno mi ni všeč] in [uradno se ne strinjam s tem|temu nasprotujem]",
            "[ne vidim razloga|ne razumem, zakaj morate] [ocenjevati|delati scoring za] vsako stranko po [transakcijah|nakupih]. [kar se mene tiče|za moj profil] [sem proti in hočem, da se neha|temu nasprotujem]",
            "ej {co}, [zakaj|čemu] vaš algoritem [vohlja, kaj počnem|secira moje navade] [za vašo „statistiko“|za „izboljšanje storitev“]? [ne strinjam se, pri mojem profilu to ustavite|sem proti, z mojimi podatki že ne]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvezdica. [Aplikacija|{co}] me [profilira|analizira moje vedenje] na vsakem koraku. [Ugovarjam temu|Temu profiliranju ugovarjam] - [nehajte s tem|tega ne počnite več z mojimi podatki].",
            "@{co} ugovarjam [analizi svojega vedenja|profiliranju] na podlagi vašega [zakonitega interesa|»zakonitega interesa«]. [Nehajte s tem.|Tega nočem.]",
            "⭐ [Delite moje podatke|Moji podatki se posredujejo] [znotraj skupine|med podjetji v skupini], baje zaradi zakonitega interesa. Ugovarjam [temu|po 21. členu GDPR].",
            "ugovarjam [profiliranju|analizi mojega vedenja] v [aplikaciji|appu], nocem da me ocenjujete po mojih navadah @{co}",
            "Ugovarjam [kreditnemu točkovanju|oceni tveganja] na podlagi mojih podatkov. [Nehajte jih obdelovati v ta namen.|] [2 zvezdici|1 zvezdica]",
            "@{co} [ne strinjam se s tem|zavračam], da [spremljate|analizirate], kako uporabljam aplikacijo, za [svojo analitiko|svojo statistiko]. [Ugovarjam tej obdelavi.|Imam pravico do ugovora in jo uveljavljam.]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [ugovarjam|vložim ugovor] proti [profiliranju|analizi mojega vedenja]?",
            "lahko mojih podatkov ne uporabljate za [profiliranje|kreditno točkovanje|interne analize] na podlagi zakonitega interesa? [Ugovarjam|Ne strinjam se].",
            "kako vlozim ugovor proti profiliranju? nocem da analizirate moje vedenje",
            "[kje|komu] lahko [vložim|pošljem] ugovor proti [deljenju mojih podatkov znotraj skupine|analizi mojih navad]?",
            "kaj moram narediti, da nehate z [mojim profiliranjem|analizo mojega vedenja], ki jo izvajate zaradi [zakonitega interesa|svojega interesa]?",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nUgovarjam obdelavi mojih osebnih podatkov na podlagi vašega zakonitega interesa[ (prvi odstavek 21. člena GDPR)|], zlasti za [analizo mojega uporabniškega vedenja|oceno kreditnega tveganja|interno statistiko]. Prosim, da takšno obdelavo prenehate. {acct}\n\n{sign}",
            "{greet}\n\nV vaši politiki zasebnosti piše, da na podlagi zakonitega interesa [analizirate podatke o uporabi aplikacije|delite podatke znotraj skupine]. S tem se ne strinjam in takšni obdelavi ugovarjam. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Ugovor na podlagi prvega odstavka 21. člena {law_gen}\n\nNa podlagi prvega odstavka 21. člena Uredbe (EU) 2016/679 ugovarjam obdelavi mojih osebnih podatkov, ki temelji na točki (f) prvega odstavka 6. člena (zakoniti interesi upravljavca), vključno z [oblikovanjem profilov na podlagi mojega vedenja|ocenjevanjem moje plačilne sposobnosti|snemanjem in analizo mojih klicev]. {acct} Iz razlogov, povezanih z mojim posebnim položajem, menim, da prevladajo moji interesi.\n\nProsim, da obdelavo prenehate, razen če izkažete nujne legitimne razloge, in mi odgovorite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (22. člen)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "moja vloga za kredit je bila samodejno zavrnjena. želim, da jo pregleda [človek|zaposleni]",
            "vaš sistem mi je brez pojasnila blokiral [račun|kartico]. [kdo je to odločil?|je o tem sploh odločal človek?]",
            "nočem, da o meni odloča algoritem, [prosim za človeški pregled|naj to pregleda zaposleni]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[dobim sporočilo|pride obvestilo], da je vloga za [kredit|leasing|nakup na obroke] zavrnjena [v dveh minutah|v nekaj sekundah]. [to je zagotovo odločil stroj|jasno, da je to naredil algoritem]. hočem, da to [pogleda|ponovno pregleda] [človek|nekdo živ] in [mi razloži|pove], zakaj",
            "profil je [zaklenjen|blokiran] [avtomatsko|s strani sistema] zaradi „sumljive aktivnosti“, [čisto brez razloga|pa se ni nič zgodilo]. [hočem človeški pregled|vztrajam, da to pogleda nekdo iz osebja], ne [še enega bota|avtomatskih odgovorov]",
            "vas sistem je [avtomatsko|v minuti] zavrnil mojo vlogo. [hocem|vztrajam], da jo pregleda [clovek|ziv zaposleni] in mi pove [zakaj|po kaksnih kriterijih]",
            "[zakaj|kako je mogoče, da] [cena|zavarovanje] zame pride [dvakrat|precej] dražje kot [prijatelju|sodelavcu]? [če je to računal algoritem|ker to sistem izračuna avtomatsko], [hočem razlago logike|naj to preveri človek]",
            "pošljem [prijavo za službo|CV] in v 5 minutah [pride|je tu] [zavrnitev|„žal ne“] [avtomatsko|iz sistema]. [nihče tega ni prebral|noben človek tega ni videl], [hočem, da to oceni človek|hočem človeško presojo]",
            "[znižali ste mi limit na kartici|zavrnili ste mi kredit] [ne da bi kdo govoril z mano|z enim avtomatskim mailom]. [kdo je o tem odločil, neki program?|očitno je o tem odločil neki program.] hočem [pregled s strani človeka|da to vidi zaposleni] in razlago [kriterijev|logike]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvezdica. Vlogo za [kredit|posojilo] je [samodejno zavrnil sistem|zavrnil algoritem] [v nekaj sekundah|v 3 sekundah] brez kakršne koli razlage. [Hočem, da jo pregleda človek|Hočem, da to presodi resničen človek].",
            "@{co} moj račun je bil [blokiran|začasno ukinjen] [samodejno|s strani vašega sistema] [brez razloga|brez opozorila]. [Hočem pregled s strani zaposlenega|Hočem, da si to ogleda živ človek].",
            "⭐ [Algoritem|Sistem] mi je [zavrnil vlogo|zavrnil obročno plačilo|določil višjo ceno], nihče pa ne zna razložiti, zakaj. [Izpodbijam to odločitev|Ne strinjam se s samodejno odločitvijo] in [hočem vedeti, po kakšni logiki je nastala|zahtevam, da jo pregleda človek].",
            "samodejno ste mi zavrnili posojilo, hocem da to [pregleda clovek|presodi nekdo ziv] @{co}",
            "[2 zvezdici|⭐⭐]. Računalnik reče NE in to je to? [Izpodbijam samodejno odločitev|Ne sprejemam samodejne odločitve] o [svojem kreditu|leasingu] in [zahtevam človeško posredovanje|hočem razlago logike].",
            "@{co} po 22. členu GDPR [zahtevam človeško posredovanje|imam pravico do človeškega posredovanja]: [blokada računa|zavrnitev kredita] je [odločitev stroja|avtomatizirana odločitev] in jo izpodbijam.",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako [izpodbijam|se pritožim na] odločitev [algoritma|sistema], ki mi je [zavrnil kredit|blokiral račun]?",
            "lahko [človek|zaposleni] [ponovno pregleda|preveri] [zavrnitev mojega posojila|blokado mojega profila]? Odločeno je bilo [samodejno|s programom].",
            "lahko zavrnitev pregleda clovek? sistem mi je kredit zavrnil avtomatsko",
            "[kje|komu] naj pišem, da avtomatsko odločitev [o moji ceni|o zavrnitvi moje prijave] pregleda človek?",
            "[zakaj|kako] je [sistem|algoritem] odločil, da mi [kredita|posojila] ne da? Mi lahko [razložite logiko|pojasnite, kako je odločitev nastala]? In prosim, naj jo [pregleda človek|preveri živ človek].",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMoja vloga za [kredit|obročno plačilo|zavarovanje] je bila [v nekaj sekundah|samodejno] zavrnjena. Prosim, da odločitev pregleda zaposleni, in mi pojasnite, na podlagi katerih meril je bila sprejeta[ (22. člen GDPR)|]. {acct}\n\n{sign}",
            "{greet}\n\nMoj račun je [začasno zaprl|omejil] samodejni sistem za odkrivanje goljufij. Zahtevam človeško posredovanje in možnost, da izrazim svoje stališče. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Avtomatizirano sprejemanje posameznih odločitev (22. člen {law_gen})\n\nDne {date} je bila [moja vloga za kredit zavrnjena|moj račun zaprt|moja prijava na delovno mesto zavrnjena] brez sodelovanja zaposlenega. {acct} Na podlagi 22. člena Uredbe (EU) 2016/679 izjavljam, da ne želim biti predmet odločitve, ki temelji zgolj na avtomatizirani obdelavi, vključno z oblikovanjem profilov.\n\nZahtevam človeško posredovanje upravljavca, možnost, da izrazim svoje stališče in izpodbijam odločitev, ter smiselne informacije o uporabljeni logiki (točka (h) prvega odstavka 15. člena). Prosim za odgovor {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Preklic privolitve in zahteva za izbris osebnih podatkov (tretji odstavek 7. člena in 17. člen {law_gen})\n\nS tem prekličem vse privolitve, dane {co}, in na podlagi točke (b) prvega odstavka 17. člena GDPR zahtevam izbris vseh osebnih podatkov v zvezi z mano. {acct}\n\nProsim za potrditev izbrisa {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPrekličem privolitev v obdelavo mojih podatkov in prosim, da izbrišete moj račun skupaj z {data_acc}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Ugovor neposrednemu trženju in preklic privolitve\n\nNa podlagi drugega odstavka 21. člena {law_gen} ugovarjam obdelavi mojih osebnih podatkov za namene neposrednega trženja. Hkrati v skladu s tretjim odstavkom 7. člena prekličem privolitev za prejemanje e-novic in oglasnih sporočil. {acct}\n\nProsim, da mi {deadline} potrdite, da so moji podatki odstranjeni z vseh trženjskih seznamov.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPrekličem privolitev za e-novice in ugovarjam vsakršnemu neposrednemu trženju. Na {email} mi ne pošiljajte več oglasov.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Zahteva na podlagi 15. in 20. člena {law_gen}\n\nProsim za informacije o osebnih podatkih, ki jih obdelujete o meni, in njihovo kopijo v skladu s 15. členom GDPR. Poleg tega na podlagi 20. člena GDPR prosim, da mi podatke, ki ste jih prejeli od mene, posredujete v strojno berljivi obliki (CSV ali JSON). {acct}\n\nOdgovor pričakujem {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Ugovor (prvi odstavek 21. člena) in omejitev obdelave (točka (d) prvega odstavka 18. člena {law_gen})\n\nUgovarjam obdelavi mojih podatkov na podlagi zakonitega interesa za namene [analize mojega vedenja|internega profiliranja|ocene tveganja]. Dokler ne bo preverjeno, ali vaši zakoniti razlogi prevladajo nad mojimi, zahtevam omejitev obdelave. {acct}\n\nProsim za odgovor {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nZadeva: Popravek (16. člen) in omejitev obdelave (točka (a) prvega odstavka 18. člena {law_gen})\n\nPodatki v mojem računu so netočni: [naslov je napačen|moje ime je napačno zapisano|evidentiran je dolg, ki je že poravnan]. Zahtevam popravek in za čas preverjanja omejitev njihove obdelave. {acct}\n\nProsim za potrditev {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Zadeva: [Izbris računa|Izbris osebnih podatkov|Zahteva po 17. členu GDPR]\nIme in priimek: {name}\nE-naslov: {email}\nSporočilo: [Prosim, izbrišite moj račun in vse podatke.|Ne želim več imeti računa pri vas.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Zadeva: [Dostop do osebnih podatkov|Zahteva po 15. členu GDPR|Kopija mojih podatkov]\nIme in priimek: {name}\nE-naslov: {email}\nSporočilo: [Prosim za kopijo podatkov, ki jih hranite o meni.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kje je moje naročilo {order}[?|??]",
            "naročilo {order} še vedno ni prispelo[, sledenje pošiljki se že nekaj dni ne premakne|. Kakšne novice?|]",
            "{greet}\n\nNaročilo št. {order} je bilo oddano {date}, potrditve o odpremi pa še ni. Kdaj bo odposlano?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Za naročilo št. {order}|Za naročnino] je bil znesek bremenjen dvakrat ({amount} €). Prosim, vrnite mi preveč plačani znesek.\n\n{sign}",
            "zakaj je moja naročnina zdaj {amount} €? [nikjer ni pisalo|je to napaka?]",
            "{hi}mi lahko ponovno pošljete račun za naročilo {order}? [ne najdem ga|potrebujem ga za računovodstvo]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ali lahko še spremenim naslov za dostavo naročila {order}?",
            "ali dostavljate tudi v [paketomat|Hrvaško|Avstrijo]? koliko stane dostava?",
            "dostavljavec je paket pustil [pri sosedih|pred vrati]. [to ni v redu|naslednjič naj prej pokliče]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "ali imate izdelek „{product}“ tudi v [črni barvi|večji velikosti|drugih barvah]?",
            "{greet}\n\nKdaj bo izdelek „{product}“ spet na zalogi? Želim naročiti dva kosa.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ne morem se prijaviti v račun in e-pošta za ponastavitev gesla ne pride[. tudi v vsiljeni pošti je ni|]",
            "{hi}geslo mi je ušlo iz spomina, koda za prijavo pa gre na staro številko. kaj naj naredim?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nIzdelek „{product}“ (naročilo št. {order}) je bil vrnjen pred [dvema|tremi] tedni, vračila {amount} € pa še ni.\n\n{sign}",
            "izdelek „{product}“ je prispel [poškodovan|z napako]. [želim vračilo denarja|prosim za zamenjavo]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Vprašanje: ali hranite podatke moje plačilne kartice? Samo da vem, da je vse varno.",
            "kje najdem vašo politiko zasebnosti? [povezava na dnu strani ne dela|v aplikaciji je ne najdem]",
            "Všeč mi je, da ne prodajate podatkov strank. Zato kupujem pri vas!",
            "Ali je {co} skladen z GDPR? Razmišljamo o poslovni naročnini za našo ekipo.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kako se naročim na e-novice? obrazec [javi napako|se ne naloži]",
            "{greet}\n\nPrijava na e-novice je uspela, kode za 10 % popusta pa ni. Mi jo lahko pošljete ponovno?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nProsim, prekinite mojo naročnino ob koncu tekočega obdobja. Račun želim obdržati.\n\n{sign}",
            "kako lahko začasno ustavim naročnino in obdržim [točke|seznam priljubljenih]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kako izbrišem izdelek iz košarice?",
            "ali lahko še prekličem naročilo {order}? izbrana je napačna velikost",
            "[naslov za dostavo se mi je po nesreči izbrisal, kako ga|shranjena kartica se mi je po nesreči izbrisala, kako jo] dodam nazaj?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Hvala, potrdilo, da so moji podatki izbrisani, je prispelo. Vse je v redu.",
            "kje lahko spremenim nastavitve e-novic? želim prejemati tudi ponudbe za razprodaje",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}ne morem se prijaviti v račun, [piše napačno geslo|geslo ne deluje]. [kako ga spremenim|pomagajte]?",
            "hočem [preiti na letni paket|zamenjati paket za cenejšega], [kako to naredim|kje to najdem v aplikaciji]?",
            "[so moji podatki pri vas varni|kako varujete moje podatke]? [samo sprašujem|samo iz radovednosti, vse je ok]",
            "kje v profilu [vidim|najdem] svoje račune?",
            "po pomoti me je odjavilo od e-novic, kako se spet naročim nanje?",
            "lahko k računu dodam [drugi e-mail|še en e-poštni naslov]?",
            "[imate aplikacijo tudi za tablico|kako v aplikaciji vklopim obvestila]?",
            "[naročilo {order} še vedno ni prispelo, kje je?|hvala za hitro pomoč, zdaj vse deluje!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[s kom se pogovarjam|kdo si], si bot?",
            "si [pravi človek|živ človek] ali [robot|bot]?",
            "{product} – [kaj mi priporočaš|kateri model je dober]?",
            "[povej mi kaj o sebi|kako ti je ime]?",
            "[kaj znaš|pri čem mi lahko pomagaš]?",
            "[poznaš kakšno dobro restavracijo|kakšno je danes vreme|ste odprti v nedeljo]?",
            "[hahaha ok|ok hvala|dolgčas mi je] :)",
            "[lahko noč|lep večer]! [kaj misliš o nogometu|kako si]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}prosim, [prekličite|odpovejte] [mojo naročnino|članarino za fitnes|premium paket] [s koncem meseca|od naslednjega meseca], uporabniški račun [obdržim|naj ostane]",
            "ali lahko [zamrznem|začasno ustavim] [paket|naročnino|dostavo škatle] za [julij|avgust|dva tedna]? [sem na dopustu|me ne bo doma]",
            "kako [izklopim|ugasnem] [samodejno podaljšanje|auto-renew|samodejno obnovo] naročnine?",
            "kako končam [brezplačni preizkus|free trial|poskusno obdobje], preden [mi zaračunate|bremenite kartico]?",
            "prosim za prehod [z letnega na mesecni paket|s Premium na Basic|na cenejsi paket] [od naslednjega obdobja|cim prej]",
            "{hi}kako [naredim upgrade|preidem] na [Premium|družinski paket|letno naročnino]? [koliko stane|doplačam samo razliko]?",
            "{greet}\n\nprosim za [ukinitev|preklic] [ponavljajočega se naročila kave|mesečne naročnine|samodejnega podaljšanja pogodbe] [s koncem meseca|z dnem {date}]. Uporabniški račun in kartico zvestobe obdržim.\n\n{sign}",
            "{greet}\n\nali je mogoče [premakniti|spremeniti] datum [plačila|obračuna|bremenitve kartice] na [20. v mesecu|konec meseca]? Plača pride kasneje.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}ne morem se prijaviti, [piše napačno geslo|javlja neveljavne podatke za prijavo|račun je zaklenjen po nekaj napačnih poskusih], kaj naj naredim?",
            "ne dobim [SMS kode|potrditvene kode|kode za dvostopenjsko preverjanje] [že pol ure|niti po nekaj poskusih]",
            "kako [spremenim|ponastavim] geslo? povezava [v mailu ne dela|sploh ne pride]",
            "imam nov telefon, [authenticator|Google Authenticator] je ostal na starem, kako se zdaj prijavim?",
            "kako se odjavim z vseh naprav? račun je ostal odprt na [službenem računalniku|starem tabličnem računalniku]",
            "[aplikacija|app] me [kar naprej|vedno znova] odjavlja, geslo moram vpisovati [vsak dan|vsakič znova]",
            "{greet}\n\nne morem se prijaviti v [spletno trgovino|aplikacijo|uporabniški račun]. [Ponastavitev gesla|Obnovitev gesla] [ne deluje|se konča z napako], e-pošta s povezavo pa ne pride. {acct}\n\n{sign}",
            "{greet}\n\nimam nov telefon, aplikacija za kode pa je na starem. Kako prenesem dvostopenjsko preverjanje? Telefonska številka ostaja ista.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}[koda za popust|koda iz e-novic|promo koda] mi [ne deluje|javlja napako], [ali še velja|do kdaj velja]?",
            "koliko [točk zvestobe|točk na kartici] imam in kako jih [unovčim|porabim]?",
            "kdaj [se začne|bo] [razprodaja|Black Friday|poletna akcija]? [čakam na popust za kavni aparat|imam že izbrano pametno uro]",
            "kako se [prijavim na e-novice|naročim na novičnik], da dobim [kodo dobrodošlice|10 % popusta|welcome kodo]?",
            "prisel mi je sms z [akcijo|ponudbo] [-20 %|1+1 gratis], ali velja tudi [v trgovini|v spletni trgovini]?",
            "za [priporočilo prijatelju|povabilo prijateljice] bi moral biti bonus [10 €|popust], [kje ga najdem|še ga ni]",
            "{greet}\n\nv zadnjih e-novicah je [brezplačna dostava|15 % popusta na vse]. Ali to velja tudi za [znižane izdelke|naročilo {order}]?\n\n{sign}",
            "{greet}\n\n[darilni bon|vavčer] v vrednosti {amount} se v košarici ne [upošteva|obračuna]. Ali še velja? Koda je [na računu|v e-pošti].\n\n{sign}",
        ]},
    ],
};

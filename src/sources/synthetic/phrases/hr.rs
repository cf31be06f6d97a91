//! Croatian: Croatia (GDPR as "Opća uredba o zaštiti podataka"; consent is "privola"; the
//! supervisory authority is AZOP).
//!
//! First-person past tenses agree with the writer's gender (registrirao/registrirala) while the
//! generator does not know it: templates that carry the sender's name keep the verbs neutral
//! (present tense, passive).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "hr",
    locales: &[("hr-HR", 100)],
    first_names: &[
        "Ana", "Marija", "Ivana", "Petra", "Maja", "Katarina", "Lucija", "Martina", "Sara", "Mia",
        "Nikolina", "Josipa", "Iva", "Kristina", "Ivan", "Marko", "Luka", "Josip", "Tomislav",
        "Ante", "Stjepan", "Matej", "Filip", "Nikola", "Domagoj", "Davor", "Hrvoje", "Krešimir",
        "Dario", "Goran", "Mario",
    ],
    last_names: &[
        "Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković",
        "Marković", "Petrović", "Matić", "Tomić", "Pavlović", "Božić", "Blažević", "Grgić",
        "Perić", "Radić", "Šarić", "Lovrić", "Vidović", "Pavić", "Kolar", "Barišić", "Klarić",
        "Mikulić", "Bašić",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "net.hr", "hotmail.com", "yahoo.com", "t-com.hr",
        "inet.hr", "outlook.com", "icloud.com", "vip.hr",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Poštovani,", "Poštovani,", "Dobar dan,", "Pozdrav,", "Bok,", "Dobar dan, poštovani,"]),
        ("greet_formal", &["Poštovani,", "Poštovana gospodo,", "Poštovani službeniče za zaštitu podataka,"]),
        ("hi", &["pozdrav, ", "bok, ", "dobar dan, ", "", "", "", "Poštovani, "]),
        ("thanks", &["Lijep pozdrav,", "Srdačan pozdrav,", "Hvala i lijep pozdrav,", "S poštovanjem,", "LP,", "Pozdrav,"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nPoslano s mog iPhonea",
        ]),
        ("sign_formal", &["S poštovanjem,\n\n{name}", "S poštovanjem,\n\n\n{name}\n{email}", "Srdačan pozdrav,\n\n{name}"]),
        ("street", &[
            "Ilica", "Vukovarska", "Savska cesta", "Ulica kralja Zvonimira", "Frankopanska",
            "Ulica Ante Starčevića", "Zagrebačka", "Ulica Matije Gupca", "Ulica Stjepana Radića",
            "Ulica kneza Branimira", "Put Firula", "Ulica Republike Austrije", "Trg slobode",
        ]),
        ("city", &[
            "10000 Zagreb", "10{d}{d}0 Zagreb", "21000 Split", "51000 Rijeka", "31000 Osijek",
            "23000 Zadar", "20000 Dubrovnik", "52100 Pula", "42000 Varaždin", "35000 Slavonski Brod",
            "22000 Šibenik", "47000 Karlovac",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("to_dpo", &[
            "{co} d.o.o.\nn/r službenika za zaštitu podataka", "{co} d.d.\nSlužbenik za zaštitu osobnih podataka",
            "{co}\nOdjel za zaštitu osobnih podataka",
        ]),
        ("acct", &[
            "Račun je registriran na e-mail {email}.", "Moj e-mail: {email}.", "Korisnički račun: {email}",
            "Račun glasi na ime {name} ({email}).", "E-mail adresa računa je {email}.",
        ]),
        ("ident", &[
            "Radi utvrđivanja identiteta navodim svoje ime i prezime, {name}, adresu navedenu u zaglavlju te adresu e-pošte {email} pod kojom se vodi moj korisnički račun.",
            "Moj korisnički račun vodi se pod adresom e-pošte {email}. Ako su Vam za provjeru identiteta potrebni dodatni podaci, molim da me obavijestite.",
            "Identifikacijski podaci: {name}, e-pošta {email}, adresa kao u zaglavlju.",
        ]),
        ("data_gen", &[
            "mojih osobnih podataka", "svih mojih osobnih podataka", "svih podataka koje čuvate o meni",
            "svih podataka koji se odnose na mene",
        ]),
        ("data_acc", &["moje osobne podatke", "sve moje podatke", "sve podatke koje čuvate o meni"]),
        ("product", &[
            // Masculine inanimate: nominative and accusative coincide.
            "aparat za kavu", "ruksak", "monitor", "usisavač", "blender", "kofer", "pametni sat",
            "šator", "bicikl", "kuhinjski robot", "grijač",
        ]),
        ("deadline", &[
            "bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja ovog zahtjeva",
            "u roku od mjesec dana propisanom člankom 12. stavkom 3. GDPR-a", "najkasnije do {date}",
        ]),
        ("escalate", &[
            " Ako u tom roku ne dobijem odgovor, podnijet ću Agenciji za zaštitu osobnih podataka (AZOP) zahtjev za utvrđivanje povrede prava.",
            " U suprotnom ću se obratiti Agenciji za zaštitu osobnih podataka.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}možete li mi poslati [kopiju|izvoz|pregled] [mojih podataka|svih mojih osobnih podataka][?| molim?]",
            "koje [podatke|informacije] [imate|čuvate] o meni[?|??]",
            "želim [znati|vidjeti] što sve [imate o meni|čuvate o meni][, hvala|]",
            "kako mogu preuzeti [svoje podatke|sve svoje podatke] iz [aplikacije|računa][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[vidio|vidjela] sam oglas koji je [previše|sumnjivo puno] znao o meni. što točno {co} ima [pohranjeno|spremljeno] o meni[?|??]",
            "{hi}zanima me [koje ste sve informacije|što ste sve] [skupili|prikupili] o meni kroz [app|aplikaciju] [svih ovih godina|zadnjih godina]. može [popis|neki pregled]?",
            "imam neki stari account kod vas ({email}), [zanima me|htio bih znati|htjela bih znati] sto sve jos imate od mojih podataka. [mozete mi poslati|posaljite mi] popis?",
            "odakle vam moj [broj mobitela|mail|kućna adresa]?? i što još sve imate o meni, to isto želim [znati|vidjeti][, imam pravo na uvid po GDPR-u|]",
            "{hi}što vaši [agenti|ljudi na podršci] vide o meni u sustavu? [samo narudžbe ili i više?|ime, adresu, kupnje?] [tražim uvid u to|pokažite mi molim vas]",
            "[1|2] zvjezdice. pitam koje podatke skupljate o meni i [nitko ne odgovara|odgovor je prazna priča]. [i dalje čekam popis|dakle: što imate o meni?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. [tjednima|već mjesec dana] tražim da mi kažete koje podatke imate o meni i [ništa|nikakvog odgovora]. [pošaljite mi kopiju mojih podataka|želim uvid u svoje podatke]!",
            "@{co} želim znati koje [osobne podatke|podatke] čuvate o meni. [pošaljite mi kopiju|može popis], hvala!",
            "⭐ app je [ok|solidan], ali nigdje ne piše što sve skuplja o meni. [tražim kopiju svih podataka koje imate o meni|pokažite mi što imate u sustavu o meni][.|!]",
            "sto sve znate o meni?? trazim kopiju svojih podataka, [imam pravo po GDPR-u|to mi pripada po zakonu]. @{co}",
            "[2 zvjezdice|1 zvjezdica] dok ne dobijem [pristup|uvid] u podatke koje obrađujete o meni. [koristim svoje pravo na pristup|želim znati što imate i zašto].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu vidjeti koje [podatke|osobne podatke] imate o meni?",
            "možete li mi reći koje podatke [čuvate|vodite] o meni?",
            "je li moguće dobiti kopiju [svih|] mojih osobnih podataka koje imate?",
            "gdje mogu zatraziti kopiju podataka koje ste prikupili o meni?",
            "[što trebam napraviti|kome da se javim] da mi pošaljete kopiju mojih podataka?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nmolim Vas da mi pošaljete kopiju {data_gen}[, uključujući povijest narudžbi|]. {acct}\n\n{sign}",
            "{greet}\n\n[u skladu s člankom 15. Opće uredbe o zaštiti podataka|na temelju prava na pristup] molim informaciju obrađujete li moje osobne podatke te, ako ih obrađujete, njihovu kopiju, svrhe obrade i popis primatelja kojima su otkriveni. {acct}\n\n{sign}",
            "{greet}\n\nmožete li mi reći koje osobne podatke {co} čuva o meni i u koju svrhu? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za pristup osobnim podacima na temelju članka 15. Opće uredbe o zaštiti podataka\n\n{greet_formal}\n\nna temelju članka 15. Uredbe (EU) 2016/679 Europskog parlamenta i Vijeća (Opća uredba o zaštiti podataka, dalje: GDPR) molim da mi potvrdite obrađujete li osobne podatke koji se odnose na mene. Ako ih obrađujete, tražim:\n\n1. kopiju svih mojih osobnih podataka koje obrađujete;\n2. informacije o svrhama obrade;\n3. kategorije osobnih podataka;\n4. primatelje ili kategorije primatelja, osobito u trećim zemljama;\n5. predviđeno razdoblje pohrane;\n6. izvor podataka ako nisu prikupljeni od mene;\n7. informaciju o postojanju automatiziranog donošenja odluka, uključujući izradu profila.\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Ostvarivanje prava ispitanika na pristup (članak 15. GDPR-a)\n\n{greet_formal}\n\nkao ispitanik ovime ostvarujem svoje pravo na pristup osobnim podacima. Tražim da mi bez naknade dostavite kopiju svih osobnih podataka koje društvo {co} obrađuje o meni, zajedno s informacijama iz članka 15. stavka 1. točaka (a) do (h) GDPR-a. Kopiju molim u elektroničkom obliku na adresu {email}.\n\n{ident}\n\nOdgovor očekujem {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za pristup (članak 15. GDPR-a) i prenosivost podataka (članak 20. GDPR-a)\n\n{greet_formal}\n\nna temelju članka 15. GDPR-a molim informaciju koje moje osobne podatke obrađujete, u koje svrhe, kojim su primateljima otkriveni i koliko ćete ih dugo čuvati. Istodobno, na temelju članka 20. GDPR-a, tražim da mi podatke koje obrađujete na temelju našeg ugovora dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV ili JSON) kako bi ih bilo moguće prenijeti drugom pružatelju usluga.\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nmolim pregled svih podataka koje imate o meni te njihov izvoz u CSV ili JSON formatu radi prijenosa drugom pružatelju usluge. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}molim [izbrišite|obrišite] moj račun[ i sve moje podatke| sa svim podacima|][.|!|]",
            "želim da se [moji podaci izbrišu|moj račun izbriše][ odmah|!|.|]",
            "kako mogu [trajno|potpuno] izbrisati svoj račun[?|??]",
            "[izbrišite|obrišite] [molim |]sve što imate o meni",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prešao sam|prešla sam|prebacio sam se|prebacila sam se] konkurenciji, pa [ugasite|zatvorite] moj account i [maknite|uklonite] sve moje podatke iz baze",
            "{hi}imam [star|zaboravljen|godinama nekorišten] profil kod vas ({email}). možete ga [ukloniti|ugasiti] zajedno sa svim podacima?",
            "deaktivacija nije dovoljna, želim da mi profil [nestane zauvijek|bude zauvijek ugašen] i da [nema|ne ostane] nijednog mog podatka u sustavu[!|.|]",
            "nakon [hakiranja|curenja podataka] vam više ne vjerujem. [maknite|uklonite] moju registraciju i sve moje osobne podatke[, hvala|.|]",
            "zaboravite me[!|.] ne želim više biti u vašoj bazi, [profil|account] i sve što je vezano uz njega [počistite|uklonite trajno]",
            "[deinstalirao|deinstalirala] sam app, ali [znam|pretpostavljam] da su moji podaci još kod vas. kako da [zatražim|tražim] da ih [trajno uklonite|uništite]?",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. obrišite mi račun[!|.] [u aplikaciji nema gumba za brisanje|u postavkama nigdje ne mogu naći brisanje].",
            "@{co} tražim trajno brisanje svog [profila|računa] i svih podataka. [više ne koristim app|više nisam vaš korisnik][.|!]",
            "⭐ [ne preporučujem|loša aplikacija]. [želim ugasiti svoj račun|hoću izbrisati profil] i [sve svoje podatke|sve osobne podatke], ali [to nije moguće|nema te opcije].",
            "zelim obrisati account i sve svoje podatke, [kako to napraviti??|pomozite pls]",
            "[2 zvjezdice|1 zvjezdica]. [pisao|pisala] sam podršci da [izbrišu|uklone] moje podatke, a profil [još uvijek postoji|i dalje radi]. tražim [potpuno brisanje|brisanje svih mojih podataka] [odmah|konačno]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu [obrisati|izbrisati] svoj račun?",
            "možete li mi obrisati [račun|profil] zajedno sa svim mojim podacima?",
            "je li moguće da trajno izbrišete sve moje osobne podatke?",
            "gdje se brise racun? [ne mogu naci u postavkama|nigdje ne vidim]",
            "kome trebam pisati da mi [trajno|potpuno] obrišete račun i podatke?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Vaše usluge|aplikaciju|račun kod {co}] više ne koristim pa Vas molim da zatvorite moj račun i izbrišete {data_acc}. [Molim potvrdu brisanja.|Unaprijed hvala na kratkoj potvrdi.|]\n\n{sign}",
            "{greet}\n\novim putem tražim brisanje {data_gen}[ u skladu s člankom 17. GDPR-a|]. {acct}\n\n{sign}",
            "{greet}\n\nračun kod Vas otvoren je samo zbog jedne narudžbe i više mi ne treba. Molim da ga zatvorite i izbrišete sve povezane podatke. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za brisanje osobnih podataka na temelju članka 17. GDPR-a („pravo na zaborav”)\n\n{greet_formal}\n\nna temelju članka 17. stavka 1. Opće uredbe o zaštiti podataka tražim da bez nepotrebnog odgađanja izbrišete sve osobne podatke koji se odnose na mene. Osobni podaci više nisu nužni u odnosu na svrhe za koje su prikupljeni, a za njihovu daljnju obradu ne postoji druga pravna osnova.\n\n{ident}\n\nAko ste moje osobne podatke otkrili drugim primateljima, molim da ih o brisanju obavijestite u skladu s člankom 19. GDPR-a. Ako potpunom brisanju priječi zakonska obveza čuvanja, molim da me obavijestite koje podatke, iz kojeg razloga i koliko dugo čuvate.\n\nMolim da mi brisanje pisano potvrdite {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Brisanje osobnih podataka i zatvaranje korisničkog računa\n\n{greet_formal}\n\ntražim zatvaranje svojeg korisničkog računa kod društva {co} i brisanje svih osobnih podataka koje o meni obrađujete, sukladno članku 17. Uredbe (EU) 2016/679. Brisanje se odnosi i na sigurnosne kopije, marketinške baze podataka i podatke proslijeđene izvršiteljima obrade.\n\n{ident}\n\nO provedenom brisanju molim obavijest {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Povlačenje privole (članak 7. stavak 3. GDPR-a) i zahtjev za brisanje (članak 17. GDPR-a)\n\n{greet_formal}\n\novime povlačim sve privole za obradu mojih osobnih podataka dane društvu {co}, osobito privolu za slanje promotivnih poruka i izradu profila. Budući da je privola bila jedina pravna osnova obrade, na temelju članka 17. stavka 1. točke (b) GDPR-a ujedno tražim brisanje svih mojih osobnih podataka.\n\n{ident}\n\nMolim pisanu potvrdu povlačenja privole i provedenog brisanja {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\npovlačim privolu za obradu svojih podataka i ujedno Vas molim da izbrišete moj račun i sve podatke koje imate o meni. {acct}\n\n{sign}",
            "{hi}povlačim privolu i želim da izbrišete moj račun sa svim podacima",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[prezime mi je krivo napisano u računu, točno je {last}|ime mi je krivo upisano, ispravno je {name}]",
            "možete li mi ispraviti datum rođenja? [nije točan|piše kriva godina]",
            "[moja adresa u profilu je stara, molim promijenite je|broj telefona u mom računu je kriv, molim ispravite ga]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[preselio sam se|preselila sam se|selili smo], a [račun|pošta] i dalje ide na staru adresu. [možete ažurirati|ažurirajte molim] adresu na {street} {d}{d}, {city}?",
            "[udala sam se|promijenila sam prezime], u profilu mi još stoji [djevojačko|staro] prezime. [prepravite|korigirajte] molim, sad se zovem {name}",
            "imam novi broj mobitela, stari vise ne radi. [mozete azurirati|updateajte] mi to u profilu[?| pls]",
            "[dobio|dobila] sam [račun|ponudu] na [krivo ime|pogrešnu adresu], znači u sustavu vam [nešto ne štima|stoji pogrešno]. [korigirajte|ažurirajte] moje podatke molim",
            "u appu piše da sam [rođen|rođena] [1985.|1990.|1979.], što [nije istina|ne štima]. kako to [promijeniti|prepraviti] kad mi app ne da?",
            "{hi}mail mi se [promijenio|više ne koristim stari], novi je {email}. [možete to ažurirati|ažurirajte] u mom računu?",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. ime mi je [krivo napisano|pogrešno] u profilu, a [u appu se ne može ispraviti|ne mogu ga promijeniti]. ispravite to, molim!",
            "@{co} [preselio|preselila] sam se, molim [ažurirajte|promijenite] adresu u mom profilu: {street}, {city}.",
            "⭐ datum rođenja u [računu|profilu] mi je pogrešan, a [dvaput|već nekoliko puta] sam to [prijavio|prijavila]. [ispravite ga više|molim ispravak]!",
            "broj mobitela vam je [kriv|star] u sustavu, [ispravite|promijenite] ga molim, [hvala|pls]",
            "[2|3] zvjezdice. [mail adresa mi je krivo upisana|imate netočne podatke o meni] i [zato ne dobivam račune|ne mogu ništa provjeriti]. tražim ispravak svojih podataka: {email}.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu ispraviti [svoje ime|datum rođenja] u profilu? [krivo piše|ima grešku]",
            "možete li mi promijeniti adresu? [više ne živim tamo|preselila sam se|preselio sam se], nova je {street} [5|12|38], {city}",
            "je li moguće ažurirati moj broj mobitela? stari više ne koristim",
            "gdje mogu ispraviti osobne podatke? [kriva|stara] mi je adresa",
            "što trebam napraviti da ispravite netočne podatke o meni? [ime mi je krivo napisano|datum rođenja je pogrešan]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[adresa koju imate u evidenciji više nije točna. Molim ispravak[ u skladu s člankom 16. GDPR-a|]. Nova adresa: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|datum rođenja u mojem računu nije točan. Molim ispravak[ u skladu s člankom 16. GDPR-a|]. Točan datum rođenja: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|prezime mi je krivo napisano. Molim ispravak[ u skladu s člankom 16. GDPR-a|]. Ispravno: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nmolim da ažurirate moje podatke: [nakon vjenčanja prezime mi je {last}|od prošlog mjeseca živim na adresi {street} [1|2|3|4|5|6|7|8|9], {city}|imam novi broj mobitela 09{d} {d}{d}{d} {d}{d}{d}{d}]. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za ispravak netočnih osobnih podataka na temelju članka 16. GDPR-a\n\n{greet_formal}\n\nu evidenciji društva {co} vode se netočni osobni podaci koji se odnose na mene: [pogrešan datum rođenja|krivo napisano prezime|nepostojeće dugovanje|stara adresa prebivališta]. Na temelju članka 16. Opće uredbe o zaštiti podataka imam pravo bez nepotrebnog odgađanja od voditelja obrade ishoditi ispravak netočnih osobnih podataka. [Točni podaci su: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|U privitku dostavljam dokaz o točnim podacima.]\n\n{ident}\n\nTražim ispravak {deadline} te obavještavanje svih primatelja kojima su netočni podaci otkriveni (članak 19. GDPR-a).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Ispravak osobnih podataka (članak 16. GDPR-a) i ograničenje obrade (članak 18. stavak 1. točka (a) GDPR-a)\n\n{greet_formal}\n\nosporavam točnost osobnih podataka koje vodite o meni, konkretno [navodnog dugovanja|datuma rođenja|adrese prebivališta]. Tražim njihov ispravak na temelju članka 16. GDPR-a. Istodobno, na temelju članka 18. stavka 1. točke (a) GDPR-a, tražim ograničenje obrade tih podataka za razdoblje koje Vam je potrebno da provjerite njihovu točnost; u međuvremenu ih nemojte upotrebljavati niti prosljeđivati trećim stranama.\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nu Vašem sustavu [imam krivo upisanu adresu|imam pogrešan datum rođenja|stoji dug od {amount} € koji ne postoji] i zbog toga [dobivam opomene|mi je odbijena narudžba]. Molim ispravak, a do tada ograničite obradu tih podataka[ (članak 18. GDPR-a)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "molim vas, nemojte [prodavati|prosljeđivati] moje podatke [trećim stranama|drugim tvrtkama|oglašivačima]",
            "ne želim da se moji podaci [prodaju|šalju] [drugim tvrtkama|posrednicima podacima|partnerima]",
            "gdje mogu zabraniti dijeljenje svojih podataka s [partnerima|trećim stranama][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[zovu|spamaju] me [nepoznate|neke random] firme otkad sam se [registrirao|registrirala] kod vas. ako [preprodajete|dajete dalje] moje podatke, [odmah |]prestanite[!|.]",
            "{hi}gdje mogu [namjestiti|podesiti] da moji podaci [ne idu|ne završe] kod [data brokera|oglašivača|vanjskih firmi]? [u appu to ne nalazim|u postavkama nema te opcije]",
            "ne dam da [trgujete|zarađujete] mojim podacima. ni [partnerske firme|oglašivači|brokeri podataka] ni itko drugi ih ne smije dobiti",
            "[saznao|saznala] sam da {co} [za novac|za proviziju] [ustupa|daje dalje] podatke kupaca. moje [ne|nemojte]! [tražim opt-out|isključite me iz toga]",
            "nemate „do not sell” gumb? [želim zabraniti|tražim da isključite] da [druge firme|vaši partneri] [dobivaju|kupuju] moje podatke",
            "kako to da me zove [osiguranje|banka|neka agencija za kredite] s kojom nemam nikakve veze?? ako su moj broj dobili od vas, nemojte vise nikome davati moje podatke",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. [prodajete|prosljeđujete] moje podatke [oglašivačima|brokerima podataka]?! [prestanite s tim odmah|ne dajte ih nikome više][.|!]",
            "@{co} ne pristajem da [dijelite|prosljeđujete] moje podatke [trećim stranama|partnerima]. [isključite to za mene|zaustavite to]!",
            "⭐ [otkad sam se registrirao|otkad sam se registrirala|otkad imam app] [zovu me|stižu mi reklame] sa svih strana. nemojte prodavati moje osobne podatke [nikome|nijednom partneru]!",
            "nemojte [prodavati|dalje davati] moje podatke trecim stranama, [hvala|to je sve]. @{co}",
            "[2 zvjezdice|1 zvjezdica]. nigdje nema opcije da [ne prodajete|ne dijelite] moje podatke. [ne dajte moje podatke marketinškim agencijama|nemojte prodavati informacije koje ste skupili o meni]!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu zabraniti da [prodajete|prosljeđujete] moje podatke [trećim stranama|partnerima]?",
            "možete li prestati prodavati moje podatke [oglašivačima|trgovcima podacima]?",
            "je li moguće da ne dijelite moje podatke s [partnerskim tvrtkama|trećim stranama]?",
            "gdje mogu namjestiti da ne dajete moje podatke drugim firmama?",
            "što trebam napraviti da ne [prodajete|dijelite] moje osobne podatke nikome?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nne pristajem na to da moje osobne podatke prosljeđujete ili prodajete trećim stranama, osobito u promidžbene svrhe. Molim da odmah prestanete s takvim dijeljenjem. {acct}\n\n{sign}",
            "{greet}\n\n[otkad imam račun kod Vas, zovu me nepoznate tvrtke|dobivam ponude od tvrtki koje uopće ne poznajem]. Molim Vas da moje podatke ne dajete [partnerima|nikome drugome] i da ih ne prodajete. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zabrana prosljeđivanja i prodaje mojih osobnih podataka trećim stranama\n\n{greet_formal}\n\nne pristajem na prosljeđivanje, dijeljenje ni prodaju svojih osobnih podataka trećim stranama, osobito posrednicima podacima (data brokerima), oglašivačkim mrežama i poslovnim partnerima društva {co}. Privola za takvo prosljeđivanje nije dana, a prema članku 6. GDPR-a za njega nemate pravnu osnovu. Tražim da svako takvo prosljeđivanje prestane i da moje podatke ubuduće ne ustupate nikome.\n\n{ident}\n\nMolim pisanu potvrdu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[molim |]više nikakvih [reklama|newslettera|promotivnih mailova|SMS-ova s ponudama][!|.|]",
            "[odjava|želim se odjaviti s newslettera|odjavite me s newslettera molim]",
            "prestanite mi slati [reklame|ponude|te mailove][!|.|]",
            "kako se odjaviti s newslettera[?|, link ne radi]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "dnevno mi stižu [3|4] [promo maila|maila s akcijama|marketinška maila] od vas, [to je previše|ovo je ludo]. maknite me s [mailing liste|liste za marketing][!|.|]",
            "{hi}[nemojte me više zvati|prestanite me zvati] s [ponudama|akcijama|nagradnim igrama] i [ni SMS-om|ni porukama] mi ne šaljite reklame",
            "unsubscribe [link|gumb] [ne radi|baca grešku], a newsletter [više ne želim|ne želim primati]. {email}",
            "samo sam jednom [naručio|naručila] nešto kod vas, a sad me [zatrpavate|bombardirate] kuponima. [ne želim više marketing|izbacite me iz kampanja]",
            "[ne trebam|stop, ne trebam] više promo [poruke|obavijesti|push notifikacije] ni na mail ni na mobitel[.|!|, hvala]",
            "[kako|gdje] mogu isključiti [marketinške mailove|SMS ponude|newsletter] [u profilu|u appu]? ne nalazim u postavkama",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. [svaki dan|nekoliko puta tjedno] stiže spam. [odjavite me|maknite me] s newslettera!",
            "@{co} kako se odjaviti s [newslettera|reklamnih mailova|promo SMS-ova]? [ne želim više reklame|dosta mi je]!",
            "⭐ [dosta|prestanite slati] [reklamnih mailova|reklame]! [triput|više puta] sam se [odjavio|odjavila], [a i dalje stižu|i opet spam].",
            "[izbrisite|maknite] me s marketinske liste, ne zelim vise newsletter ni sms. [hvala|pls]",
            "[2 zvjezdice|1 zvjezdica]. [promo pozive|SMS ponude] molim [ugasite|prestanite], [nikad se nisam prijavio ni na što|nikad to nisam tražila].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako se mogu odjaviti s newslettera?",
            "možete li prestati slati reklamne [mailove|poruke]? [stiže ih previše|svaki dan dobijem nekoliko]",
            "je li moguće da mi više ne šaljete SMS-ove s ponudama i da me ne zovete zbog akcija?",
            "gdje se mogu odjaviti od [reklamnih mailova|newslettera]? ne nalazim link",
            "kome da pišem da više ne dobivam [reklame|promotivne mailove] od vas?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nmolim da adresu {email} uklonite sa svih popisa za slanje promotivnih poruka. Poveznica za odjavu ne radi i newsletter mi i dalje stiže.\n\n{sign}",
            "{greet}\n\nne želim primati promotivne poruke – ni e-poštom, ni SMS-om, ni poštom.[ Na temelju članka 21. stavka 2. GDPR-a prigovaram obradi mojih podataka u svrhe izravnog marketinga.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Prigovor na obradu osobnih podataka u svrhe izravnog marketinga (članak 21. stavak 2. GDPR-a)\n\n{greet_formal}\n\nna temelju članka 21. stavka 2. Opće uredbe o zaštiti podataka ulažem prigovor na obradu svojih osobnih podataka u svrhe izravnog marketinga, uključujući izradu profila u mjeri u kojoj je povezana s izravnim marketingom. U skladu s člankom 21. stavkom 3. GDPR-a moji se osobni podaci više ne smiju obrađivati u te svrhe. Ujedno tražim da mi prestanete slati nezatražene promotivne poruke.\n\n{ident}\n\nMolim da me uklonite sa svih marketinških popisa {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Povlačenje privole i prigovor na izravni marketing\n\n{greet_formal}\n\novime, u skladu s člankom 7. stavkom 3. GDPR-a, povlačim privolu za primanje newslettera i promotivnih poruka danu prilikom registracije. Istodobno, na temelju članka 21. stavka 2. GDPR-a, ulažem prigovor na svaku daljnju obradu mojih osobnih podataka u svrhe izravnog marketinga, uključujući izradu profila.\n\n{ident}\n\nMolim potvrdu {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\npovlačim privolu za [newsletter|personalizirane ponude|promotivne SMS poruke] i ne želim da moje podatke i dalje koristite za marketing. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "povlačim privolu [za praćenje|za obradu podataka|za kolačiće][.|!|]",
            "[isključite|zaustavite] [praćenje lokacije|praćenje] na mom računu, molim",
            "više se ne slažem da moje podatke koristite za [personalizirane oglase|izradu profila|analitiku]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kod registracije sam [stavio|stavila] kvačicu da smijete koristiti moje [fotke|slike] u reklamama, ali sam se [predomislio|predomislila]. to dopuštenje povlačim",
            "{hi}[više ne dopuštam|ne dam više] da [pratite|koristite] moju lokaciju, [smeta me|ne sviđa mi se] što stalno koristite GPS. [to dopuštenje povlačim|povlačim suglasnost]",
            "u fitness appu sam vam [dao|dala] dopuštenje za [zdravstvene podatke|podatke o pulsu], ali [ga sad povlačim|to sad povlačim][.|, ne želim više]",
            "na cookie banneru sam slučajno sve [prihvatio|prihvatila]. kako [povući|naknadno povući] suglasnost za [tracking|kolačiće za praćenje]?",
            "[povlačim|opozivam] suglasnost za snimanje [razgovora s podrškom|poziva][, od sad nemojte snimati|]",
            "ne želim da analitika i dalje [ide|radi] na mom profilu. suglasnost koju sam za to [dao|dala] [povlačim|opozivam][.|, hvala]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. povlačim [privolu|pristanak] za praćenje lokacije. [isključite to|prestanite me pratiti]!",
            "@{co} [moje fotografije|moje slike] [više ne smijete koristiti|nemojte više koristiti] u reklamama, povlačim [dopuštenje|privolu].",
            "⭐ u appu [ne mogu|nema načina] povući privolu za kolačiće. [ovim putem je povlačim|povlačim je ovdje]: ne želim praćenje!",
            "povlacim privolu za obradu svojih zdravstvenih podataka, [molim potvrdu|hvala]",
            "[2 zvjezdice|1 zvjezdica]. [nekad|na početku] sam [pristao|pristala] na [personalizaciju|prikupljanje podataka za analitiku], ali [sad sam se predomislio|sad sam se predomislila|više to ne želim]. povlačim privolu!",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu povući privolu za praćenje [lokacije|moje lokacije]?",
            "mogu li povući privolu za kolačiće? ne želim više da me pratite",
            "je li moguće povući pristanak za korištenje mojih fotografija? [prije sam ga dao|prije sam ga dala], sad ga povlačim",
            "gdje mogu povuci privolu za obradu podataka o zdravlju?",
            "što trebam napraviti da povučem privolu za [personalizaciju|snimanje poziva]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\novime povlačim svoju privolu za obradu osobnih podataka [u svrhu personaliziranog oglašavanja|u analitičke svrhe|za praćenje lokacije][ (članak 7. stavak 3. GDPR-a)|]. {acct}\n\n{sign}",
            "{greet}\n\npri registraciji je privola za dijeljenje podataka u svrhu [analitike|personalizacije] bila unaprijed označena. Tu privolu povlačim i molim da prestanete s tom obradom. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Povlačenje privole za obradu osobnih podataka (članak 7. stavak 3. GDPR-a)\n\n{greet_formal}\n\novime s danom zaprimanja ovog dopisa povlačim sve privole za obradu svojih osobnih podataka dane društvu {co}, a osobito privolu [za izradu profila i personalizirano oglašavanje|za obradu podataka o lokaciji|za obradu biometrijskih podataka|za analizu mojih kupnji]. Od trenutka povlačenja za tu obradu nemate pravnu osnovu.\n\n{ident}\n\nMolim pisanu potvrdu o tome koje su obrade prekinute, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mogu li dobiti svoje podatke u [CSV-u|JSON-u|nekom strojno čitljivom formatu]? [prelazim drugom pružatelju|želim ih prenijeti u drugu uslugu]",
            "kako da [prenesem|prebacim] [svoje podatke|povijest|playliste|fotografije] drugom pružatelju usluge[?|]",
            "treba mi izvoz svih mojih podataka zbog prelaska [drugom operateru|u drugu banku|konkurenciji]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[selim se|prelazim] u [drugu banku|drugu aplikaciju|drugi servis], [pošaljite|proslijedite] moje podatke direktno njima, [ako može|molim]",
            "{hi}mogu li dobiti [json|csv] [dump|datoteku] svog [profila|accounta] da ga [importam|učitam] [negdje drugdje|u novu aplikaciju]?",
            "[istječe|poskupila] mi je pretplata, a [htio|htjela] bih sa sobom [ponijeti|odnijeti] [svoje treninge|povijest narudžbi|kontakte] u [standardnom|strojno čitljivom] obliku. [može li to|ima li opcije]?",
            "ne trebam pdf, nego [file|datoteku] koju drugi [sustav|servis] može [učitati|pročitati]. [csv ili json|json ili csv] je ok",
            "od sad sam kod [konkurencije|druge firme] umjesto kod {co}. želim [migrirati|prebaciti] svoje podatke, imate li neku opciju za prenosivost?",
            "prenosivost podataka: [molim|tražim] podatke koje sam vam [dao|dala] u [csv|json|xml] datoteci, da ih [prebacim|uvezem] kod novog pružatelja",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. ne mogu [izvesti|skinuti] svoje podatke. [trebam ih u CSV ili JSON datoteci|dajte mi ih u datoteci] da mogu prijeći [drugdje|kod drugog pružatelja]!",
            "@{co} [mijenjam pružatelja usluge|prelazim drugom pružatelju], pošaljite moje podatke [u strojno čitljivom formatu|u JSON datoteci] [mom novom pružatelju|meni].",
            "⭐ da [prebacim|prenesem] svoje [playliste|povijest narudžbi|podatke o treninzima] u drugu aplikaciju, trebam [export datoteku|datoteku za preuzimanje] sa svim svojim podacima.",
            "gdje mogu exportati svoje podatke u csv? hocu ih prenijeti negdje drugdje [@{co}|]",
            "[2 zvjezdice|1 zvjezdica]. [koristim pravo na prenosivost podataka|tražim prijenos svojih podataka]: [pošaljite|proslijedite] ih [izravno|direktno] novom pružatelju[ u standardnom formatu|].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu preuzeti svoje podatke u [CSV|JSON] datoteci da ih prebacim drugom pružatelju usluge?",
            "možete li moje podatke poslati izravno mom novom [pružatelju usluge|operateru]?",
            "je li moguće izvesti moje podatke u strojno čitljivom formatu? prelazim na drugu aplikaciju",
            "gdje je izvoz podataka? zelim prenijeti svoje podatke drugom servisu",
            "što trebam napraviti da dobijem svoje podatke u datoteci koju mogu učitati [negdje drugdje|kod novog pružatelja]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[prelazim drugom pružatelju usluga|mijenjam operatera] i želim iskoristiti pravo na prenosivost podataka[ iz članka 20. GDPR-a|]. Molim da mi pošaljete {data_acc} u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (npr. CSV ili JSON). {acct}\n\n{sign}",
            "{greet}\n\nmolim da moje podatke [o potrošnji|iz programa vjernosti|o treninzima] izravno prenesete novom pružatelju usluge, u formatu koji može učitati. Riječ je o pravu na prenosivost iz članka 20. stavka 2. GDPR-a. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za prenosivost podataka na temelju članka 20. GDPR-a\n\n{greet_formal}\n\nna temelju članka 20. stavka 1. Opće uredbe o zaštiti podataka tražim da mi osobne podatke koji se odnose na mene, a koje automatizirano obrađujete na temelju moje privole ili ugovora, dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu[ (npr. CSV, JSON ili XML)|].[ Ako je to tehnički izvedivo, molim da ih u skladu s člankom 20. stavkom 2. GDPR-a izravno prenesete novom voditelju obrade, čije ću Vam podatke dostaviti.|]\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "možete li [zamrznuti|privremeno zaustaviti] obradu mojih podataka dok se ne riješi [moja reklamacija|naš spor|greška u računu]?",
            "nemojte brisati moje podatke, ali ih zasad nemojte ni koristiti, [trebaju mi kao dokaz|time se bavi moj odvjetnik]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[osporavam|reklamiram] [račun za narudžbu {order}|prošlomjesečni račun]. dok to nije [riješeno|zatvoreno], [ne radite ništa|ne dirajte ništa] s mojim podacima, ali ih [i ne brišite|nemojte ni brisati], [trebat će mi|to mi je dokaz]",
            "{hi}[predao sam|predala sam|podnosim] tužbu, pa [tražim|molim] da moji podaci ostanu sačuvani, ali da se [dok to traje|zasad] [ne koriste ni za što|blokira njihova obrada]",
            "imate krive podatke o meni. [dok to provjeravate|dok ne provjerite], stavite obradu [na čekanje|na hold]. [ne tražim brisanje!|brisati ne treba]",
            "ne želim da mi podaci [nestanu|budu izgubljeni], samo da ih [zasad|privremeno] ne obrađujete. [možete tako označiti moj račun?|može to?]",
            "[uložio sam|uložila sam] pritužbu kod vas, i dok je ne riješite, [blokirajte|ograničite] obradu mojih podataka. nemojte ništa brisati",
            "nemojte brisati [chat|snimku poziva|podatke o narudžbi], to je dokaz. ali [dok se ne odluči|dok spor traje] [neka ih nitko ne dira|ne koristite ih ni za što]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. [dok osporavam račun|dok se moja reklamacija ne riješi] [ne koristite|ne obrađujte] moje podatke! brisati ne treba, samo ih [zamrznite|blokirajte].",
            "@{co} tražim ograničenje obrade [dok ne provjerite jesu li moji podaci točni|dok provjeravate netočne podatke]. [ne brišite ih|ne tražim brisanje], samo ih ne koristite!",
            "⭐ [imam pravni spor|idem na sud] i podaci mi trebaju [kao dokaz|za tužbu], zato ih ne brišite, ali ih [nemojte|ne smijete] koristiti ni za što!",
            "[zamrznite|blokirajte] moje podatke dok traje reklamacija, ali [ne brisite|brisanje ne treba] @{co}",
            "[2 zvjezdice|1 zvjezdica]. ne tražim brisanje, ali [dok se ne odluči o mojoj žalbi|za vrijeme spora] [ograničite|zaustavite] obradu mojih podataka[.|!]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mogu li tražiti da ne koristite moje podatke dok [rješavate moju reklamaciju|traje spor]? brisanje ne treba",
            "možete li privremeno obustaviti obradu mojih podataka dok provjerite jesu li točni? [nemojte ih brisati|ne tražim brisanje]",
            "je li moguće blokirati moje podatke bez brisanja? [trebaju mi za sudski postupak|trebat će mi za pravni spor]",
            "moze li se napraviti da moji podaci ostanu, ali da ih zasad ne koristite nizasto?",
            "kome da pišem da ograničite obradu mojih podataka? [ne tražim brisanje|nemojte ih brisati], samo ih [zasad|privremeno] ne koristite",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[do rješavanja moje pritužbe|dok ne provjerite sporne podatke u mojem računu] molim Vas da ograničite obradu mojih osobnih podataka[ u skladu s člankom 18. GDPR-a|]. Podatke pohranite, ali ih ni na koji drugi način ne upotrebljavajte. {acct}\n\n{sign}",
            "{greet}\n\nnamjeravate izbrisati moje podatke, ali trebaju mi [za ostvarivanje pravnog zahtjeva pred sudom|kao dokaz u sporu]. Umjesto brisanja stoga tražim ograničenje njihove obrade[ (članak 18. stavak 1. točka (c) GDPR-a)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev za ograničenje obrade na temelju članka 18. GDPR-a\n\n{greet_formal}\n\nna temelju članka 18. stavka 1. Opće uredbe o zaštiti podataka tražim ograničenje obrade svojih osobnih podataka jer [je obrada nezakonita, a umjesto brisanja tražim ograničenje njihove uporabe|Vam podaci više nisu potrebni, ali ih ja trebam radi postavljanja, ostvarivanja ili obrane pravnih zahtjeva|osporavam njihovu točnost, a ona još nije provjerena]. Tijekom ograničenja moji se podaci smiju samo pohranjivati; svaka druga obrada dopuštena je samo uz moju privolu ili iz razloga navedenih u članku 18. stavku 2. GDPR-a. Molim da me obavijestite prije ukidanja ograničenja (članak 18. stavak 3. GDPR-a).\n\n{ident}\n\nMolim potvrdu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ne slažem se da [analizirate moje kupnje|pratite što radim u aplikaciji|dijelite moje podatke unutar grupe] pod izlikom legitimnog interesa. [prestanite s tim|želim da to prestane]",
            "kako mogu uložiti prigovor na [obradu mojih podataka|praćenje vožnje|analizu mojeg ponašanja]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "u [politici privatnosti|pravilima] sam [pročitao|pročitala] da moje podatke [šaljete|dajete] drugim firmama iz [grupe|koncerna] zbog „legitimnog interesa”. protivim se tome, [prekinite|nemojte to raditi]",
            "{hi}ne želim da me [profilirate|bodujete|scorate]. [protivim se|imam primjedbu na to] da iz mojih [kupnji|klikova] izvlačite zaključke o meni",
            "zašto [mjerite|bilježite] koliko minuta provodim u appu i na što kliknem? [protivim se|nisam za] toj obradi, [to mi ne treba|meni to nije ok]",
            "[bankovna aplikacija|app] pod izlikom [sprječavanja prijevara|upravljanja rizikom] analizira [moju potrošnju|moje transakcije]. [to nije razmjerno|to mi nije ok], [protivim se|prigovaram] tome",
            "legitimni interes nije izgovor za sve[!|.] [protivim se|ne prihvaćam] da moje podatke koristite za [statistiku|internu analizu|analizu ponašanja]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. prigovaram profiliranju! [ne analizirajte|ne pratite] moje ponašanje u appu.",
            "@{co} prigovaram tome da [analizirate moje kupovne navike|dijelite moje podatke unutar grupe] pozivajući se na [legitimni interes|svoj legitimni interes]. [prestanite|stop]!",
            "⭐ [nikad nisam tražio|nitko me nije pitao] da me [bodujete|ocjenjujete] zbog sprječavanja prijevara. [ulažem prigovor|ne slažem se] na takvu obradu mojih podataka!",
            "prigovaram koristenju mojih podataka za [analitiku|analize], [to nije legitimni interes|nemate pravo na to]. [@{co}|]",
            "[2 zvjezdice|1 zvjezdica]. [app|sustav] [prati što radim|gradi profil o meni], [uz izgovor legitimnog interesa|navodno zbog legitimnog interesa]. prigovaram tome, [prestanite|nemojte] tako obrađivati moje podatke!",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu uložiti prigovor na [izradu profila|analizu mojih kupovnih navika]?",
            "mogu li prigovoriti obradi koja se temelji na vašem legitimnom interesu? ne želim da analizirate moje ponašanje",
            "možete li prestati dijeliti moje podatke unutar [grupe|koncerna]? protivim se tome",
            "gdje mogu uloziti prigovor na kreditno bodovanje? ne slazem se s takvom obradom mojih podataka",
            "što trebam napraviti da više ne [analizirate|pratite] moje ponašanje za [analitiku|statistiku]? protivim se toj obradi",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nu Vašoj politici privatnosti navodite da moje podatke obrađujete [radi analize ponašanja kupaca|radi poboljšanja usluga|radi ocjenjivanja vozača] na temelju legitimnog interesa. Ulažem prigovor na tu obradu[ u skladu s člankom 21. stavkom 1. GDPR-a|] i molim da je prekinete. {acct}\n\n{sign}",
            "{greet}\n\nne želim da {co} [analizira moju aktivnost|koristi moje podatke za statistiku] samo zato što to smatra svojim legitimnim interesom. Ovime prigovaram takvoj obradi. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Prigovor na obradu osobnih podataka na temelju članka 21. stavka 1. GDPR-a\n\n{greet_formal}\n\nna temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka ulažem prigovor na obradu svojih osobnih podataka koju provodite na temelju legitimnog interesa iz članka 6. stavka 1. točke (f) GDPR-a, konkretno na [analizu mojeg kupovnog ponašanja|obradu podataka o lokaciji mojeg vozila|dijeljenje mojih podataka unutar grupe|ocjenjivanje načina na koji koristim uslugu]. Razlog je povezan s mojom posebnom situacijom: [iz podataka se mogu izvesti osjetljive informacije o mojem zdravlju i obitelji|takva obrada nadilazi razumna očekivanja kupca]. Tražim da obradu prekinete, osim ako dokažete uvjerljive legitimne razloge koji nadilaze moje interese, prava i slobode.\n\n{ident}\n\nMolim odgovor {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Prigovor (članak 21. stavak 1. GDPR-a) i zahtjev za ograničenje obrade (članak 18. stavak 1. točka (d) GDPR-a)\n\n{greet_formal}\n\nulažem prigovor na obradu svojih osobnih podataka u svrhu [izrade profila kupaca|sprečavanja prijevara|internih analiza] koju provodite na temelju legitimnog interesa. Istodobno, na temelju članka 18. stavka 1. točke (d) GDPR-a, tražim ograničenje obrade tih podataka dok se ne provjeri nadilaze li Vaši legitimni razlozi moje razloge.\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "moj zahtjev za [kredit|obročnu otplatu|osiguranje] automatski je odbijen. želim da ga pregleda [čovjek|netko od vaših djelatnika]",
            "kako mi [sustav|algoritam] može blokirati račun bez [ljudske provjere|ikakvog objašnjenja]? tražim da to preispita čovjek",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "odbijenica za [kredit|leasing|zajam] stigla je za [3|5|10] sekundi. je li to odlučio stroj? [želim da to pogleda živa osoba|tražim da netko stvaran to pregleda]",
            "{hi}[banali|zaključali] ste mi account, valjda bot. [nemam pojma zašto|ne znam zašto]. [dajte mi nekog živog|neka to provjeri čovjek] i objasnite na temelju čega je to odlučeno",
            "sustav mi je [odmah|u par minuta] odbio [prijavu za posao|prijavu]. [je li to itko pogledao?|po kojim kriterijima?] [neka to pogleda netko iz HR-a|tražim ljudsku provjeru]",
            "zašto ja dobivam [skuplju|višu] cijenu od [prijatelja|partnera] za isto? ako to računa algoritam, [objasnite mi logiku|neka to provjeri vaš djelatnik]",
            "ne prihvaćam da [softver|program|AI] sam odlučuje o [mojoj kreditnoj sposobnosti|mom zahtjevu za osiguranje]. [tražim da odluku preispita čovjek|neka to revidira čovjek]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvjezdica. [algoritam|sustav] mi je [odbio zahtjev za kredit|blokirao račun] [bez obrazloženja|bez objašnjenja]. tražim da to [pregleda čovjek|pogleda živa osoba]!",
            "@{co} [automatski|nekakav program] mi je [odbio prijavu|blokirao račun]. neka to [pogleda čovjek|pregleda stvarna osoba] i [objasnite mi|recite mi] zašto!",
            "⭐ dobivam [višu cijenu|drugu cijenu] nego [prijatelji|drugi], jer je algoritam [tako odlučio|tako izračunao]. [tražim ljudsku provjeru|osporavam tu odluku]!",
            "sustav je automatski [odbio|blokirao] moj [zahtjev|racun], [trazim da o tome odluci covjek|ne prihvacam to, neka pogleda covjek] [@{co}|]",
            "[2 zvjezdice|1 zvjezdica]. [odbili su mi obročnu otplatu|odbijen mi je zahtjev za obročnu otplatu], a nitko ne zna reći zašto, [jer|samo da] je [algoritam odlučio|odluku donio stroj]. tražim objašnjenje logike odluke i [da o tome odluči čovjek|ljudsku provjeru]!",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kako mogu tražiti da čovjek pregleda odbijanje mog zahtjeva za kredit? [odlučio je algoritam|odbijen je automatski]",
            "može li neki stvarni čovjek pregledati tu odluku? sustav mi je automatski [blokirao račun|odbio prijavu]",
            "je li moguće dobiti objašnjenje zašto mi je algoritam [odbio kredit|dao višu cijenu]? i tražim da to provjeri čovjek",
            "gdje se moze osporiti automatska odluka? [sustav|algoritam] mi je odbio zahtjev",
            "kome da pišem da [zaposlenik|čovjek] preispita automatsku odluku? ne slažem se s njom",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[moj zahtjev za kupnju na rate odbijen je|moj zahtjev za potrošački kredit odbijen je|moja registracija odbijena je] automatski, bez ljudske intervencije. Na temelju članka 22. GDPR-a tražim da odluku preispita Vaš djelatnik i da mi objasnite kako je donesena. {acct}\n\n{sign}",
            "{greet}\n\nVaš mi je sustav [automatski smanjio limit|blokirao račun|ponudio znatno lošije uvjete] i nitko mi ne zna reći zašto. Ne pristajem na odluku koju donosi samo algoritam – tražim ljudsku procjenu. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date}\n\nPredmet: Zahtjev na temelju članka 22. GDPR-a – automatizirano pojedinačno donošenje odluka\n\n{greet_formal}\n\ndana {date} [odbijen je moj zahtjev za kredit|blokiran je moj korisnički račun|određena mi je znatno viša premija osiguranja] isključivo na temelju automatizirane obrade, uključujući izradu profila, koja proizvodi pravne učinke koji se na mene odnose ili na sličan način značajno na mene utječu. Na temelju članka 22. Opće uredbe o zaštiti podataka imam pravo da se na mene ne odnosi takva odluka. Stoga tražim:\n\n1. ljudsku intervenciju voditelja obrade i ponovno razmatranje predmeta od strane djelatnika;\n2. smislene informacije o uključenoj logici te važnosti i predviđenim posljedicama takve obrade;\n3. mogućnost izražavanja vlastitog stajališta i osporavanja odluke.\n\n{ident}\n\nMolim da zahtjev riješite {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}gdje je moja narudžba {order}[?|??]",
            "narudžba {order} još nije stigla[, praćenje pošiljke stoji već tjedan dana|. Ima li kakvih novosti?|]",
            "{greet}\n\nnarudžba broj {order} plaćena je {date}, a još nije stigla potvrda o slanju. Kada će roba biti poslana?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nza [narudžbu {order}|pretplatu] dvaput mi je naplaćeno {amount} €. Molim povrat dvostruko naplaćenog iznosa.\n\n{sign}",
            "zašto me pretplata odjednom košta {amount} €? [nigdje o tome nije pisalo|je li to greška?]",
            "{hi}možete li mi ponovno poslati račun za narudžbu {order}? [ne mogu ga pronaći|treba mi za knjigovodstvo]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "mogu li još promijeniti adresu dostave za narudžbu {order}?",
            "dostavljate li i u Sloveniju? koliko košta dostava?",
            "dostavljač je ostavio paket [kod susjeda|pred vratima na kiši], [to nije u redu|može li se to drukčije dogovoriti?]",
            "mogu li narudžbu preuzeti u [paketomatu|poslovnici|pošti]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "imate li {product} i u [crnoj boji|većoj veličini|drugim bojama]?",
            "{greet}\n\nkada ćete ponovno imati na zalihi {product}? Zanimaju me dva komada.\n\n{sign}",
            "ima li {product} jamstvo dvije godine?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nproizvod iz narudžbe {order} ({product}) vraćen je prije [dva|tri] tjedna, a povrat novca ({amount} €) još nije stigao.\n\n{sign}",
            "reklamiram {product}, [ne radi|ima grešku|stigao je oštećen]. [želim povrat novca|molim zamjenu]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "ne mogu se prijaviti, a e-mail za ponovno postavljanje lozinke ne stiže[, ni u neželjenoj pošti|]",
            "{hi}[zaboravio|zaboravila] sam lozinku, a SMS s kodom ide na stari broj. što sad?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super aplikacija|odlična usluga|sve pet], [sve je brzo stiglo|radi bez problema|sigurno ću opet naručiti][!|]",
            "samo da se zahvalim, [vaša korisnička podrška|gospođa na telefonu] mi je [jako brzo|odlično] pomogla!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nmolim otkazivanje [pretplate|premium pretplate] na kraju tekućeg razdoblja. Korisnički račun želim zadržati.\n\n{sign}",
            "kako mogu pauzirati pretplatu, a da ne izgubim [bodove|spremljene stavke]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Samo pitanje: spremate li podatke moje kartice? Zanima me je li to sigurno.",
            "gdje mogu pronaći vašu politiku privatnosti? [poveznica u podnožju ne radi|u aplikaciji je ne mogu naći]",
            "Cijenim što ne prodajete podatke kupaca. Zato kupujem kod vas!",
            "Je li {co} usklađen s GDPR-om? Razmatramo poslovnu pretplatu i treba nam ugovor o obradi podataka.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kako da uklonim proizvod iz košarice?",
            "mogu li još otkazati narudžbu {order}? [uzeo|uzela] sam krivu veličinu",
            "slučajno sam [izbrisao|izbrisala] adresu u profilu, kako je vratiti?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kako se prijaviti na vaš newsletter? obrazac [javlja grešku|se ne učitava]",
            "{greet}\n\nnakon prijave na newsletter nije stigao kod za popust od 10 %. Možete li mi ga ponovno poslati?\n\n{sign}",
            "u [današnjem|prošlom] newsletteru nije radila poveznica na akciju",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "[Dao|Dala] sam privolu za newsletter pri registraciji – dobivam li zbog toga i popust na prvu kupnju?",
            "{greet}\n\nmožete li mi objasniti čemu služi privola za obradu podataka u aplikaciji? Ništa ne želim otkazati, samo želim razumjeti.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}ne mogu se prijaviti, [zaboravio sam lozinku|zaboravila sam lozinku|ne stiže mi mail za reset lozinke]. [što da radim?|možete pomoći?]",
            "[bok|hej], kako mogu prijeći na [mjesečni|godišnji] paket? [ne vidim to u profilu|gdje je to u postavkama?]",
            "{hi}jesu li moji podaci [sigurni|na sigurnom] kod vas? samo pitam, [sve je ok|nema problema]",
            "gdje vidim svoje racune u profilu? [ne mogu nigdje naci|trazim ali nema]",
            "[slučajno|greškom] sam se [odjavio|odjavila] s newslettera, kako se mogu ponovno prijaviti?",
            "može li se dodati još jedna e-mail adresa na račun? [{email}|poslovnu adresu] bih [htio|htjela] dodati",
            "imate li app za tablet[ isto|]? [na mobitelu radi super|koristim ga na androidu], samo me zanima",
            "{hi}[kako uključiti|gdje se uključuju] obavijesti u appu? [hvala na brzoj pomoći inače!|i narudžba {order} mi još nije stigla]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "pričam li s [robotom|botom]? [ili si stvarna osoba?|tko si ti?]",
            "što sve [znaš|možeš] raditi?",
            "koji {product} mi preporučuješ? [samo me zanima|samo gledam]",
            "reci mi nešto o sebi",
            "kako se zoveš? [jesi li pravi čovjek?|]",
            "[hahaha|haha] ok[ hvala|]",
            "radite li [nedjeljom|praznicima]?",
            "dosadno mi je. [znaš neki dobar vic?|možeš mi preporučiti dobar restoran?]",
            "kakvo je vrijeme danas u [Zagrebu|Splitu]?",
            "[laku noć|ugodna večer], [bok|pozdrav]!",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}želim otkazati [pretplatu|članarinu za teretanu|premium paket] [krajem mjeseca|od idućeg mjeseca], korisnički račun [zadržavam|neka ostane]",
            "može li se [pauzirati|zamrznuti] [box|pretplata|dostava] za [srpanj|kolovoz|dva tjedna]? [idem na godišnji|na putu sam]",
            "kako [isključiti|ugasiti] [automatsku obnovu|auto-renew|automatsko produljenje] pretplate?",
            "kako prekinuti [probno razdoblje|free trial|besplatni mjesec] prije nego [naplatite|skinete novac s kartice]?",
            "molim prijelaz [s godisnjeg na mjesecni paket|s Premium na Basic|na jeftiniji paket] [od iduceg razdoblja|sto prije]",
            "{hi}kako [napraviti upgrade|prijeći] na [Premium|obiteljski paket|godišnju pretplatu]? [koliko košta|doplaćujem samo razliku]?",
            "{greet}\n\nmolim [otkazivanje|prekid] [ponavljajuće narudžbe kave|mjesečne pretplate|automatskog produljenja ugovora] [s krajem mjeseca|od {date}]. Korisnički račun i karticu vjernosti zadržavam.\n\n{sign}",
            "{greet}\n\nje li moguće [pomaknuti|promijeniti] datum [plaćanja|naplate|terećenja kartice] na [20. u mjesecu|kraj mjeseca]? Plaća stiže kasnije.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}ne mogu se prijaviti, [piše pogrešna lozinka|javlja neispravne podatke za prijavu|račun je zaključan nakon par krivih pokušaja], što da radim?",
            "ne stiže mi [SMS kod|verifikacijski kod|kod za dvofaktorsku autentifikaciju] [već pola sata|ni nakon nekoliko pokušaja]",
            "kako [promijeniti|resetirati] lozinku? link [u mailu ne radi|uopće ne stiže]",
            "imam novi mobitel a [authenticator|Google Authenticator] je ostao na starom, kako se sad prijaviti?",
            "kako se odjaviti sa svih uređaja? račun je ostao otvoren na [računalu na poslu|starom tabletu]",
            "[aplikacija|app] me [stalno|svaki čas] odjavljuje, lozinku moram upisivati [svaki dan|svaki put ispočetka]",
            "{greet}\n\nne mogu se prijaviti u [web shop|aplikaciju|korisnički račun]. [Reset lozinke|Obnova lozinke] [ne radi|završava greškom], a mail s linkom ne stiže. {acct}\n\n{sign}",
            "{greet}\n\nimam novi mobitel, a aplikacija za kodove je na starom. Kako prebaciti dvofaktorsku autentifikaciju? Broj mobitela ostaje isti.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}moj [kod za popust|promo kod|kod iz newslettera] [ne radi|javlja grešku], [vrijedi li još|do kad vrijedi]?",
            "koliko imam [bodova vjernosti|bodova na kartici] i kako ih [iskoristiti|zamijeniti]?",
            "kad [počinje|će biti] [rasprodaja|Black Friday|ljetna akcija]? [čekam popust na aparat za kavu|imam na oku novi ruksak]",
            "kako se [prijaviti na newsletter|pretplatiti na newsletter] da dobijem [kod dobrodošlice|10 % popusta|welcome kod]?",
            "stigao mi je sms s [akcijom|ponudom] [-20 %|1+1 gratis], vrijedi li to i [u ducanu|u web shopu]?",
            "za [preporuku prijatelju|pozivnicu prijateljici] trebao je biti bonus [10 €|popust], [gdje ga mogu naći|još ga nema]",
            "{greet}\n\nu zadnjem newsletteru je [besplatna dostava|15 % popusta na sve]. Vrijedi li to i za [snižene proizvode|narudžbu {order}]?\n\n{sign}",
            "{greet}\n\n[poklon bon|vaučer] u vrijednosti {amount} se ne [prihvaća|obračunava] u košarici. Vrijedi li još? Kod je [na računu|u mailu].\n\n{sign}",
        ]},
    ],
};

//! Latvian: Latvia (VDAR wording, Datu valsts inspekcija as the supervisory authority), prices
//! in euro.
//!
//! Latvian surnames agree with the bearer's gender (Bērziņš / Bērziņa) and the generator picks
//! first and last names independently, so both lists are male and the texts' self-references
//! (pamatojoties, saņēmis) are masculine to match.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "lv",
    locales: &[("lv-LV", 100)],
    first_names: &[
        "Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Artūrs", "Roberts", "Aleksandrs",
        "Raivis", "Oskars", "Rihards", "Gatis", "Kristaps", "Uldis", "Māris", "Aivars", "Valdis",
        "Toms", "Emīls", "Dmitrijs", "Sergejs", "Ivars", "Normunds", "Edvards",
    ],
    last_names: &[
        "Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Ozols", "Liepiņš", "Krūmiņš", "Balodis",
        "Pētersons", "Vītols", "Kļaviņš", "Zariņš", "Eglītis", "Lācis", "Vanags", "Grants",
        "Kronbergs", "Ivanovs", "Petrovs", "Siliņš", "Zvirbulis", "Miglinieks", "Freimanis", "Cīrulis",
    ],
    email_domains: &[
        "inbox.lv", "inbox.lv", "gmail.com", "gmail.com", "gmail.com", "mail.ru", "outlook.com",
        "yahoo.com", "icloud.com", "hotmail.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &[
            "Labdien!", "Sveiki!", "Labdien, {co} komanda!", "Godātie kungi un kundzes!",
            "Labdien,", "Sveiki, {co}!", "Cienījamā klientu apkalpošanas komanda!",
        ]),
        ("greet_formal", &[
            "Godātie kungi un kundzes!", "Godātais datu aizsardzības speciālist!",
            "{co}\nDatu aizsardzības speciālistam\n\nGodātie kungi un kundzes!",
        ]),
        ("hi", &["čau, ", "sveiki, ", "labdien, ", "", "", "", "Sveiki! ", "Labdien! "]),
        ("thanks", &[
            "Ar cieņu", "Paldies", "Paldies jau iepriekš!", "Jauku dienu!", "Ar labām vēlmēm",
            "Ar sveicieniem", "Paldies!",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nNosūtīts no mana iPhone", "{thanks}\n{first} {last}",
        ]),
        ("sign_formal", &["Ar cieņu\n\n{name}", "Ar cieņu\n\n{name}\n{email}", "Ar cieņu\n\n\n{name}\n(paraksts)"]),
        ("street", &[
            "Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Tērbatas iela", "Ģertrūdes iela",
            "Lāčplēša iela", "Maskavas iela", "Dzirnavu iela", "Raiņa bulvāris", "Zemitāna iela",
            "Lielā iela", "Pils iela",
        ]),
        ("city", &[
            "Rīga, LV-10{d}{d}", "Rīga, LV-10{d}{d}", "Daugavpils, LV-54{d}{d}", "Liepāja, LV-34{d}{d}",
            "Jelgava, LV-30{d}{d}", "Jūrmala, LV-20{d}{d}", "Ventspils, LV-36{d}{d}", "Valmiera, LV-42{d}{d}",
        ]),
        ("address", &[
            "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}-[1|2|3|4|5|6|7|8|9]\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9], {city}",
            "{name}\n{street} [1|2|3|4|5|6|7|8|9]{d} k-[1|2|3|4|5|6|7|8|9], dz. [1|2|3|4|5|6|7|8|9]{d}\n{city}",
        ]),
        ("place_date", &["Rīgā, {date}.", "{date}.", "Rīgā, {date}", "Datums: {date}"]),
        ("acct", &[
            "Mans konts ir reģistrēts ar e-pasta adresi {email}.", "Mana e-pasta adrese: {email}.",
            "Klienta konts ir uz vārda {name}, e-pasts {email}.", "Konts: {email}",
            "Mani varat identificēt pēc e-pasta adreses {email}.",
        ]),
        ("data_acc", &[
            "manus personas datus", "visus manus personas datus", "visus par mani glabātos datus",
            "manus datus", "visus datus, ko par mani apstrādājat",
        ]),
        ("product", &[
            "austiņas", "kafijas automāts", "ziemas jaka", "telefona maciņš", "skriešanas apavi",
            "galda lampa", "ārējais akumulators", "viedpulkstenis", "jogas paklājiņš", "putekļsūcējs",
        ]),
        ("law_gen", &["VDAR", "Vispārīgās datu aizsardzības regulas (VDAR)", "Regulas (ES) 2016/679 (VDAR)"]),
        ("deadline", &[
            "viena mēneša laikā no iesnieguma saņemšanas", "bez nepamatotas kavēšanās, bet ne vēlāk kā viena mēneša laikā",
            "līdz {date}", "VDAR 12. panta 3. punktā noteiktajā termiņā",
        ]),
        ("escalate", &[
            " Ja šajā termiņā atbildi nesaņemšu, vērsīšos Datu valsts inspekcijā.",
            " Pretējā gadījumā paturu tiesības iesniegt sūdzību Datu valsts inspekcijai.", "",
        ]),
    ],
    families: &[
        // ---- access (15. pants)
        Family { intent: Access, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}kādus datus jūs par mani [glabājat|vācat|apstrādājat][?|??]",
            "{hi}vai varat atsūtīt [manu datu kopiju|visu manu datu izrakstu][?| lūdzu]",
            "gribu redzēt, ko jūs par mani [glabājat|zināt|esat savākuši]",
            "kā lai lejupielādēju visus savus datus[?| no lietotnes?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}redzēju reklāmu, kas par mani zināja [aizdomīgi daudz|pārāk daudz]. kas jums vispār par mani ir [sakrāts|reģistrēts]?",
            "atradu vecu {co} [akauntu|profilu], par ko biju aizmirsis. [gribētu uzzināt|varat pateikt], kāda informācija par mani tur [ir|tiek turēta]?",
            "mani uztrauc privatums, gribu zinat, kada mana personiga informacija ir jusu sistema. [atsutiet|paradiet] ludzu",
            "vai jūsu sistēmā par mani kaut kas ir? [reģistrējos ar|mans e-pasts] {email}[, gribētu to visu apskatīt| – atsūtiet visu, kas jums ir]",
            "{hi}[jautājums par privātumu|ātrs jautājums]: kādus manus [personas datus|data] izmantojat un no kurienes tos dabūjāt[?|??]",
            "kas pie jums par mani ir [reģistrēts|ierakstīts]? [vārds, adrese, pirkumi?|visa vēsture?] [gribu saņemt visu|atsūtiet man to]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. aplikācijā nekur nevar redzēt, kādus datus par mani [vācat|glabājat]. @{co} atsūtiet man manu datu kopiju!",
            "⭐ [aplikācija strādā|citādi normāli], bet jau [divas nedēļas|mēnesi] gaidu [savu personas datu kopiju|izrakstu par to, ko par mani glabājat]. [nenopietni.|vāji.]",
            "@{co} kādi mani [dati|personas dati] jums ir? [gribu visu redzēt|parādiet] lūdzu",
            "[2 zvaigznes.|⭐⭐] saskaņā ar VDAR man ir tiesības zināt, kas par mani [reģistrēts|glabājas] {co} sistēmā. [kur ir mana datu kopija?|vienkārši atsūtiet.]",
            "ko jus vispar zinat par mani @{co}?? gribu sanemt [visus savus datus|visu ko par mani glabajat] [tagad|pec iespejas atrak]",
            "[1 zvaigzne.|⭐] trīs reizes [prasīju|esmu lūdzis] piekļuvi saviem datiem un [nekādas atbildes|saņemu tikai automātiskas atbildes]. [parādiet beidzot, ko par mani glabājat.|ko jūs slēpjat?]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā es varu uzzināt, kādus [personas datus|datus] jūs par mani [glabājat|esat saglabājuši]?",
            "vai varat man atsūtīt kopiju no visiem [datiem|personas datiem], kas jums par mani ir?",
            "vai ir iespējams saņemt [sarakstu|pārskatu] ar visu informāciju, ko {co} par mani [glabā|zina]?",
            "{hi}kur es varu redzēt, ko jūs par mani zināt? t.i. visus manus datus",
            "kas man jadara, lai jus atsutitu manu personas datu kopiju?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLūdzu, atsūtiet man manu personas datu kopiju[, ieskaitot pasūtījumu vēsturi un kontaktinformāciju|]. {acct}\n\n{sign}",
            "{greet}\n\nAr šo vēstuli izmantoju savas tiesības piekļūt saviem personas datiem[ saskaņā ar VDAR 15. pantu|]. Lūdzu, norādiet, kādus manus datus apstrādājat, kādos nolūkos un kam tie ir nodoti. {acct}\n\n{sign}",
            "{greet}\n\nVēlos uzzināt, kādi mani personas dati ir {co} rīcībā un no kurienes jūs tos esat ieguvuši. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS PAR PIEKĻUVI PERSONAS DATIEM\n\nPamatojoties uz {law_gen} 15. pantu, lūdzu apstiprināt, vai jūs apstrādājat ar mani saistītus personas datus. {acct} Ja apstrādājat, lūdzu sniegt:\n\n1. apstrādāto personas datu kopiju;\n2. apstrādes nolūkus;\n3. attiecīgo personas datu kategorijas;\n4. saņēmējus vai saņēmēju kategorijas, jo īpaši saņēmējus trešās valstīs;\n5. paredzēto datu glabāšanas laikposmu;\n6. informāciju par datu avotu, ja dati nav iegūti no manis;\n7. informāciju par automatizētu lēmumu pieņemšanu, tostarp profilēšanu.\n\nLūdzu sniegt atbildi {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nPar tiesību piekļūt datiem izmantošanu (VDAR 15. pants)\n\nKā datu subjekts lūdzu izsniegt visu {co} par mani apstrādāto personas datu kopiju kopā ar VDAR 15. panta 1. punkta a)–h) apakšpunktā minēto informāciju. {acct}\n\nAtbildi gaidīšu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- deletion (17. pants)
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}lūdzu, izdzēsiet manu kontu[ un visus manus datus| pavisam|][.|!|]",
            "gribu, lai [mans konts tiktu izdzēsts|mani dati tiktu izdzēsti][ nekavējoties| pilnībā|][.|!|]",
            "kā [pilnībā|uz visiem laikiem] izdzēst savu kontu[?|??]",
            "izdzēsiet visu, kas jums par mani ir[, paldies|!|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vairs nelietoju [appu|aplikāciju], [varat aizvērt|aizveriet] manu [akauntu|profilu] un [noņemt|iznīcināt] visu informāciju par mani[?|.]",
            "atradu vecu kontu {co} vēl no [2016. gada|studiju laikiem]. gribu no tā tikt vaļā kopā ar visiem datiem, [iztīriet visu|likvidējiet to] lūdzu",
            "kā likvidēt savu [akauntu|profilu][?|??] [iestatījumos neatrodu|aplikācijā nav tādas pogas]",
            "[pēc sliktas pieredzes|pēc tādas apkalpošanas] vairs negribu būt jūsu klients. [noņemiet|izņemiet] manu profilu un visus manus datus no sistēmas",
            "vai var manu profilu [pilnībā likvidēt|iznīcināt]? negribu, lai pie jums paliktu kaut kas par mani",
            "ludzu iztiriet visu par mani – [vardu, telefona nr, pirkumu vesturi|bildes un visu]. [kartoju savu digitalo pedu|samazinu savas pedas interneta]",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. @{co} dzēsiet manu kontu, [aplikācijā nav tādas pogas|nekur neatrodu, kā to izdzēst]",
            "⭐ briesmīga aplikācija. gribu, lai [mans konts|mans profils] un visi mani dati tiktu izdzēsti. [nekavējoties.|tagad.]",
            "@{co} [kā|kur] izdzēst kontu? [meklēju visur|neatrodu]. noņemiet visu informāciju par mani lūdzu",
            "[2 zvaigznes.|⭐⭐] [vairs nelietoju aplikāciju|šo pakalpojumu vairs neizmantoju] un gribu, lai [izdzēšat|noņemat] visus manus personas datus no [saviem serveriem|sistēmas]. [saskaņā ar VDAR|man ir tādas tiesības].",
            "izdzesiet manu akauntu [ludzu|tagad] @{co}",
            "[1 zvaigzne.|⭐] [pirms mēneša lūdzu dzēst kontu|sen iesniedzu pieprasījumu dzēst datus], bet joprojām saņemu [e-pastus|paziņojumus]. [dzēsiet|izdzēsiet] mani [no sistēmas|pilnībā] [TAGAD|nekavējoties]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā [izdzēst|dzēst] savu kontu [pavisam|uz visiem laikiem]?",
            "vai varat izdzēst manu [kontu|profilu] un visus datus par mani?",
            "vai ir iespējams [izdzēst|dzēst] visu manu informāciju no jūsu sistēmas?",
            "{hi}kam rakstīt, lai [izdzēstu|dzēstu] manu [kontu|profilu]?",
            "ka izdzest [visus manus personas datus|savu kontu]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nVairs neizmantoju [jūsu pakalpojumus|lietotni|savu {co} kontu], tāpēc lūdzu izdzēst manu kontu un {data_acc}. [Lūdzu, apstipriniet dzēšanu.|Būšu pateicīgs par īsu apstiprinājumu.|]\n\n{sign}",
            "{greet}\n\nAr šo lūdzu bez nepamatotas kavēšanās izdzēst {data_acc}[ saskaņā ar VDAR 17. pantu|, pamatojoties uz Regulas (ES) 2016/679 17. pantu|]. {acct}\n\n{sign}",
            "{greet}\n\n[Pirms gada|Pirms kāda laika] izveidoju kontu tikai viena pasūtījuma dēļ. Lūdzu, slēdziet kontu un izdzēsiet {data_acc}. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS PAR PERSONAS DATU DZĒŠANU („TIESĪBAS TIKT AIZMIRSTAM”)\n\nPamatojoties uz {law_gen} 17. panta 1. punktu, pieprasu bez nepamatotas kavēšanās dzēst visus ar mani saistītos personas datus. {acct} Dati vairs nav vajadzīgi nolūkiem, kādiem tie tika vākti.\n\nJa manus datus esat izpauduši trešajām personām, lūdzu saskaņā ar VDAR 19. pantu tās informēt par dzēšanu. Ja pilnīgu dzēšanu liedz juridisks pienākums datus glabāt, lūdzu norādīt, kādi dati, uz kāda pamata un cik ilgi tiks glabāti.\n\nLūdzu rakstiski apstiprināt dzēšanu {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{greet_formal}\n\nPar konta slēgšanu un datu dzēšanu\n\nIzmantojot VDAR 17. pantā paredzētās tiesības, lūdzu slēgt manu kontu {co} sistēmā un dzēst visus ar to saistītos personas datus, tostarp rezerves kopijās, ja tas ir tehniski iespējams. {acct}\n\nLūdzu informēt mani par veiktajām darbībām {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "[jau trešo reizi|atkal|jau divreiz] rakstu: IZDZĒSIET MANU KONTU un visus datus[!|!!]",
            "lietotnē [nav dzēšanas pogas|nevar izdzēst kontu]. gribu, lai [konts|viss] pazūd kopā ar maniem datiem",
        ]},
        // ---- rectification (16. pants)
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mans uzvārds kontā ir uzrakstīts nepareizi, pareizi ir {last}",
            "vai varat izlabot manu dzimšanas datumu? [tas nav pareizs|gads ir nepareizs]",
            "[mana adrese pie jums ir novecojusi|mans tālruņa numurs pie jums ir nepareizs][, lūdzu nomainiet|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}pārcēlos [uz jaunu dzīvokli|uz citu pilsētu], bet [rēķins|paka] aizgāja uz veco adresi. varat atjaunināt manus datus? jaunā: {street} {d}{d}, {city}",
            "saņēmu [rēķinu|pavadzīmi] ar [kļūdainu vārdu|ne to vārdu], [mani sauc|pareizi ir] {name}. [sakārtojiet sistēmā|lūdzu pārlabojiet ierakstu]",
            "man ir jauns [numurs|tel. numurs], vecais vairs nedarbojas. [varat to nomainīt|atjauniniet to] [profilā|sistēmā] lūdzu",
            "[maza kļūda|kļūda] manā profilā: [dzimšanas gads|personas kods|e-pasts] ievadīts nepareizi. kā to [salabot|pakoriģēt][?|??]",
            "[pēc kāzām|nesen] nomainīju uzvārdu, [varat|vai varētu] to atjaunināt? jaunais – {last}",
            "apps joprojām rāda [manu veco adresi|nepareizu telefona numuru], lai gan mēģināju nomainīt pats. [sakārtojiet lūdzu|varat pakoriģēt ierakstu?]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. [mana adrese ir ierakstīta|mans vārds ir ierakstīts] [nepareizi|ar kļūdu], un aplikācija neļauj to mainīt. @{co} [izlabojiet|salabojiet] lūdzu",
            "@{co} jums ir [nepareizs mans tālruņa numurs|mana vecā adrese|kļūdains mans dzimšanas datums]. [lūdzu izlabojiet|atjauniniet], esmu [pārvācies|nomainījis numuru]",
            "⭐⭐ sūtījumi joprojām iet uz [veco adresi|nepareizo adresi], jo [neesat atjauninājuši|neesat izlabojuši] manus datus. tagad dzīvoju {street} [1|2|3|4|5]{d}.",
            "[mans uzvards uzrakstits ar kludu|nepareizs vards profila] @{co}, [varat izlabot?|salabojiet pls]",
            "[2 zvaigznes.|⭐] jūsu sistēmā mans dzimšanas datums ir nepareizs, un [nekur nevaru to nomainīt|nav kur to izlabot]. jābūt {date}. [izlabojiet lūdzu.|varat sakārtot?]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā nomainīt [savu adresi? jums tā ir nepareiza|savu telefona numuru? jums tas ir vecs]",
            "vai varat izlabot manu uzvārdu? tas [ir uzrakstīts ar kļūdu|ir ierakstīts nepareizi]",
            "vai ir iespējams [izlabot|salabot] manu dzimšanas datumu? [tas ir nepareizs|tas norādīts kļūdaini]",
            "{hi}kur atjaunināt adresi? pārvācos, jaunā adrese ir {street} 1{d}",
            "ko darit, lai jus izlabotu manu telefona numuru? tas ir [vecs|nepareizs]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Jūsu rīcībā esošā mana adrese ir novecojusi. Lūdzu, labojiet datus[ saskaņā ar VDAR 16. pantu|]. Jaunā adrese: {street} {d}{d}, {city}.|Mans vārds un uzvārds ir uzrakstīti kļūdaini. Lūdzu, labojiet datus[ saskaņā ar VDAR 16. pantu|]. Pareizi: {name}.|Mans dzimšanas datums kontā ir nepareizs. Lūdzu, izlabojiet to[ saskaņā ar VDAR 16. pantu|]. Pareizais datums: {date}.]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[Esmu mainījis uzvārdu, taču jūsu sistēmā joprojām ir norādīts vecais.|Esmu pārcēlies, taču jūsu sistēmā joprojām ir norādīta vecā adrese.] Lūdzu, atjauniniet manus datus. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS PAR NEPRECĪZU PERSONAS DATU LABOŠANU\n\nEsmu konstatējis, ka {co} apstrādātie mani personas dati ir neprecīzi: [mans dzimšanas datums ir ievadīts nepareizi|mans uzvārds ir uzrakstīts kļūdaini|ir norādīts maksājuma kavējums, kura nav]. {acct}\n\nPamatojoties uz {law_gen} 16. pantu, lūdzu nekavējoties labot šos datus un saskaņā ar 19. pantu informēt to saņēmējus. Lūdzu rakstiski apstiprināt labošanu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of sale / sharing
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "lūdzu, [nepārdodiet|nenododiet] manus datus trešajām personām",
            "negribu, lai mani dati tiktu [pārdoti|nodoti] [reklāmas partneriem|datu brokeriem|citiem uzņēmumiem]",
            "kur varu atteikties no manu datu nodošanas partneriem?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[pēkšņi|no zila gaisa] saņemu [zvanus|spamu|SMS] no firmām, par kurām nekad neesmu dzirdējis. vai jūs dalāties ar maniem kontaktiem ar citiem? beidziet to lūdzu",
            "{hi}negribu, lai {co} [dalās ar manu informāciju ar|pārsūta manu informāciju] [partneriem|reklāmas firmām|data brokeriem]. kur to var izslēgt[?|??]",
            "izlasīju jūsu privātuma politiku – redzu, ka [izsniedzat|atdodat] datus [trešajām pusēm|partneru uzņēmumiem]. gribu, lai uz maniem datiem tas neattiecas",
            "do not sell pogas [nav|nestrādā] aplikācijā. [lūdzu|esiet tik laipni,] nevienam citam [neatdodiet|neizsniedziet] manus datus",
            "beidziet [dalīties ar manu e-pasta adresi ar|izplatīt manu telefona numuru] citām firmām, [jau saņemu spamu no visām pusēm|dabūju SMS no nezināmas firmas]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. [nepārdodiet manus datus|beidziet tirgot manus datus] @{co}!",
            "⭐ uzzināju, ka {co} [dalās ar lietotāju datiem ar|pārdod lietotāju datus] [reklāmdevējiem|trešajām personām|datu brokeriem]. negribu, lai mani dati tiktu [kādam nodoti|kaut kur pārdoti]. [beidziet.|paldies.]",
            "@{co} [aizliedzu|nepiekrītu] [pārdot|nodot] manu informāciju [partneriem|reklāmdevējiem|trešajām personām]. [kā to izslēgt?|apstipriniet lūdzu]",
            "[2 zvaigznes.|⭐⭐] [aplikācija laba, bet|citādi nav slikti, bet] [noteikumos rakstīts|privātuma politikā rakstīts], ka varat [nodot manus datus|dalīties ar maniem datiem ar] [trešajām personām|partneruzņēmumiem]. negribu, lai mani [dati|informācija] nonāktu ārpus {co}.",
            "neparduodiet un nedalieties ar maniem datiem ar [citiem|tresajam personam] @{co} paldies",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā panākt, lai jūs [nepārdotu|nenodotu] manus datus [trešajām personām|reklāmdevējiem|datu brokeriem]?",
            "vai varat pārtraukt pārdot manus [datus|personas datus]?",
            "vai ir iespējams aizliegt jums kopīgot manus datus ar [partneriem|reklāmdevējiem]?",
            "{hi}vai jūs pārdodat manus datus tālāk? ja jā, kā to apturēt?",
            "kur izslegt manu datu pardosanu tresajam personam?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nAr šo iebilstu pret manu personas datu nodošanu un pārdošanu trešajām personām, jo īpaši reklāmas nolūkos. {acct}\n\n{sign}",
            "{greet}\n\n[Uzzināju|Pamanīju], ka mani dati nonākuši pie [telemārketinga uzņēmuma|datu tirgotāja]. Lūdzu, turpmāk nenododiet manus datus [partneriem|trešajām personām]. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nPar aizliegumu nodot un pārdot manus personas datus trešajām personām\n\nInformēju, ka nepiekrītu manu personas datu pārdošanai, iznomāšanai vai jebkādai citai nodošanai trešajām personām, tostarp reklāmas tīkliem un datu brokeriem. {acct} Ja šāda nodošana balstās uz manu piekrišanu, es to atsaucu; ja uz leģitīmām interesēm, es saskaņā ar {law_gen} 21. pantu iebilstu pret šādu apstrādi.\n\nLūdzu norādīt, kādiem saņēmējiem mani dati līdz šim ir nodoti, un apstiprināt nodošanas pārtraukšanu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- opt out of marketing (21. panta 2. punkts)
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[lūdzu, |]vairs nekādu [reklāmu|jaunumu vēstuļu|reklāmas e-pastu|SMS][!|.|]",
            "[atrakstiet mani|gribu atrakstīties] no jaunumu vēstules",
            "pārstājiet sūtīt man [piedāvājumus|reklāmas|akcijas][!|.|]",
            "kā atrakstīties no jūsu e-pastiem[?|, saite nestrādā]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[mans inbox ir pilns ar|katru dienu saņemu] jūsu [newsletteriem|reklāmas vēstulēm], [vairs negribu|man to nevajag]. [unsubscribe lūdzu|atsakos no visām reklāmas vēstulēm]",
            "unsubscribe saite [nestrādā|met kļūdu]. [varat izņemt {email} no saraksta|izsvītrojiet {email} no mailing lista]?",
            "pietiek ar reklāmas zvaniem, [jau trešais šonedēļ|vairākkārt teicu nē]. [ielieciet mani nezvanīt sarakstā|negribu piedāvājumus pa telefonu]",
            "negribu nekādas [SMS akcijas|reklāmas SMS|piedāvājumus pa SMS] no {co}, [viena atnāca 7 no rīta|tas ir vienkārši spams]",
            "{hi}[vienreiz iepirkos|vienreiz nopirku {product}] un kopš tā laika [katru dienu|bez gala] saņemu [reklāmas|newsletteri]. izsvītrojiet mani no tā saraksta",
            "kā izslēgt reklāmas e-pastus? kontu gribu paturēt, tikai bez [spama|akcijām]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. [spams|surogātpasts] katru dienu. @{co} [izņemiet mani no adresātu saraksta|atsakos no jaunumu vēstules] [TAGAD|lūdzu]",
            "⭐ [poga „atrakstīties“ nestrādā|nospiedu atrakstīties, bet e-pasti joprojām nāk]. beidziet sūtīt [jaunumu vēstules|reklāmas e-pastus|piedāvājumus] [!!|, esmu jau trīs reizes lūdzis]",
            "@{co} [vairs nesūtiet man sms|nekādu SMS piedāvājumu vairs] lūdzu, [negribu reklāmas|jūsu piedāvājumi mani neinteresē]",
            "[2 zvaigznes.|⭐⭐] [preces labas|aplikācija strādā labi], bet [reklāmas e-pastu|mārketinga e-pastu] daudzums ir [neizturams|absurds]. [vairs negribu nekādus reklāmas e-pastus|vairs negribu nekādus jaunumus] no {co} un [nekādus reklāmas zvanus|nezvaniet ar piedāvājumiem] arī.",
            "unsubscribe!! [nesutiet man vairs jaunumus|izdzesiet mani no saraksta] @{co}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā atrakstīties no [jaunumu vēstules|jūsu jaunumiem|jūsu saraksta]?",
            "vai varat pārtraukt sūtīt man [reklāmas e-pastus|SMS ar piedāvājumiem|jaunumu vēstules]?",
            "vai ir iespējams tikt vaļā no visām tām [reklāmas īsziņām|akciju vēstulēm]?",
            "{hi}kur var atteikties no [abonementa|jaunumiem]? saņemu pārāk daudz e-pastu no jums",
            "ko darit, lai jus vairs nesutitu man reklamas pa e-pastu?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nLūdzu, izņemiet adresi {email} no visiem mārketinga sarakstiem. No jaunumu vēstules esmu atrakstījies [jau divreiz|vairākkārt], bet joprojām to saņemu.\n\n{sign}",
            "{greet}\n\nIebilstu pret manu datu izmantošanu tiešās tirgvedības nolūkos[ (VDAR 21. panta 2. punkts)|]. Lūdzu, vairs nesūtiet man reklāmas ne pa e-pastu, ne īsziņās. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIEBILDUMS PRET DATU APSTRĀDI TIEŠĀS TIRGVEDĪBAS NOLŪKOS\n\nPamatojoties uz {law_gen} 21. panta 2. un 3. punktu, iebilstu pret manu personas datu apstrādi tiešās tirgvedības nolūkos, tostarp pret ar to saistīto profilēšanu. {acct}\n\nLūdzu pārtraukt reklāmas paziņojumu sūtīšanu visos kanālos (e-pastā, īsziņās, pa tālruni, pa pastu) un apstiprināt to {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- consent withdrawal (7. panta 3. punkts)
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "atsaucu savu piekrišanu [sīkdatnēm|izsekošanai|manu datu apstrādei][.|!|]",
            "lūdzu, [izslēdziet|pārtrauciet] [manas atrašanās vietas|mana konta] izsekošanu",
            "vairs nepiekrītu, ka manus datus izmantojat [personalizētām reklāmām|analītikai|profilēšanai]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "reģistrējoties nejauši atzīmēju [atļaut tracking|piekrītu visām cookies|atrašanās vietas atļauju]. [gribu to ņemt atpakaļ|kā to var ņemt atpakaļ?]",
            "{hi}biju atļāvis izmantot [manu foto|manas bildes|video ar mani] [jūsu instagramā|jūsu mājaslapā]. esmu pārdomājis un atļauju ņemu atpakaļ",
            "vairs negribu, lai [pulkstenis|apps] dalās ar jums ar maniem [veselības datiem|miega datiem|pulsa datiem]. [ņemu atļauju atpakaļ|piekrišanu atsaucu], kā to izdarīt?",
            "location atļauja: [negribu, lai tā būtu ieslēgta|ņemu to atpakaļ]. [appam nav jāzina, kur es esmu|negribu, ka mani izseko]",
            "piekritu [cookies|sīkdatnēm] jūsu lapā, bet nožēloju, [ņemu piekrišanu atpakaļ|gribu to atcelt]. [tikai nepieciešamās sīkdatnes|nekāda analytics]",
            "[ņemu atpakaļ|atceļu] atļauju, ko devu [personalizētiem ieteikumiem|analytics|manu balss ierakstu izmantošanai]. [kur to nomainīt?|izslēdziet lūdzu]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. [aplikācija izseko manu atrašanās vietu|aplikācija visu laiku zina, kur esmu] diennakts garumā. @{co} [atsaucu savu piekrišanu|atņemu piekrišanu] atrašanās vietas datiem",
            "⭐ [nejauši|savulaik] piekritu [sīkdatnēm un izsekošanai|tracking] un gribu šo piekrišanu atsaukt. [kāpēc tam nav pogas?|kur to var izdarīt?]",
            "@{co} vairs nedrīkstat izmantot [manas fotogrāfijas|manu bildi] [reklāmā|reklāmas materiālos]. [atsaucu|atņemu] piekrišanu, ko devu [pagājušajā gadā|toreiz]",
            "[2 zvaigznes.|⭐⭐] [atļāvu|biju devis atļauju] aplikācijai izmantot [manus veselības datus|miega datus|pulsa datus], bet tagad vairs negribu. [piekrišanu atsaucu|šo atļauju atņemu] un [neizmantojiet tos vairs|beidziet tos apstrādāt].",
            "atsaucu piekrisanu [analitikai|personalizacijai|personalizetam saturam] @{co}, [vairs negribu|ne, paldies]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā atsaukt piekrišanu [manas atrašanās vietas izsekošanai|manu fotoattēlu izmantošanai|sīkdatnēm un izsekošanai]?",
            "vai varu atsaukt agrāk doto piekrišanu [manu veselības datu apstrādei|sarunu ierakstīšanai|satura personalizēšanai]?",
            "vai ir iespējams atsaukt piekrišanu [analītikai|izsekošanai]? [vairs to neatļauju|vairs negribu to atļaut]",
            "{hi}kur atsaukt piekrišanu tam, ka izmantojat manus [fotoattēlus|balss ierakstus|atrašanās vietas datus]?",
            "ka atsaukt piekrisanu sikdatnem?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nAr šo atsaucu savu piekrišanu manu personas datu apstrādei [personalizētas reklāmas nolūkos|analītikas nolūkos|atrašanās vietas noteikšanai][ (VDAR 7. panta 3. punkts)|]. {acct}\n\n{sign}",
            "{greet}\n\nReģistrējoties piekritu, ka [mani dati tiek izmantoti mārketinga analīzei|mani balss ieraksti tiek izmantoti modeļu apmācībai]. To vairs nevēlos – lūdzu, uzskatiet manu piekrišanu par atsauktu. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nPar piekrišanas atsaukšanu saskaņā ar {law_gen} 7. panta 3. punktu\n\nAr šo atsaucu visas piekrišanas, ko esmu devis {co} manu personas datu apstrādei, jo īpaši profilēšanai un personalizētai reklāmai. Atsaukums ir spēkā attiecībā uz turpmāko apstrādi. {acct}\n\nLūdzu rakstiski apstiprināt, kāda apstrāde ir pārtraukta, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- portability (20. pants)
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}vai varat eksportēt manus datus [CSV|JSON|Excel] formātā? mainu pakalpojuma sniedzēju",
            "gribu pārnest [savu vēsturi|savus datus|atskaņošanas sarakstus] pie cita pakalpojuma sniedzēja, kā to izdarīt?",
            "{hi}vai varu lejupielādēt visus savus datus vienā failā, ko augšupielādēt citur?",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "pāreju [uz citu banku|pie cita operatora|uz citu appu]. [varat|vai varētu] manus datus [aizsūtīt tieši viņiem|pārsūtīt tieši]?",
            "vai var exportēt [visu vēsturi|treniņus|pirkumu vēsturi] kā [json|csv] failu? gribu [pārvākties|pāriet] uz [Strava|Google|citu appu]",
            "{hi}vajag manu datu [exportu|failu] mašīnlasāmā formātā, lai varu tos ielādēt pie cita piegādātāja – eju prom no {co}",
            "[data export|download my data] poga dod tikai [pdf|screenshotu]. [vajag csv vai json|vajag formātu, ko nolasa cita sistēma], lai varu pārvest pie jaunā [piegādātāja|uzņēmuma]",
            "no nākamā mēneša mainu [elektrības piegādātāju|apdrošinātāju|sporta klubu]. vai var manu [patēriņa vēsturi|datus] [tieši|elektroniski] nodot jaunajam uzņēmumam?",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. [nav nekādas iespējas|nav iespējams] eksportēt savus datus [no aplikācijas|]. @{co} atsūtiet [visus manus datus|manus datus] [CSV|JSON] failā",
            "⭐ pāreju uz [citu pakalpojumu|citu aplikāciju] un gribu paņemt līdzi [treniņu vēsturi|savus datus|savus playlistus]. [kur ir eksporta poga?|kāpēc nav eksporta funkcijas?]",
            "@{co} [vai varat pārsūtīt|pārsūtiet] manus datus tieši [jaunajam pakalpojumu sniedzējam|jaunajam uzņēmumam], pie kura pāreju? [VDAR datu pārnesamības tiesības|man ir tādas tiesības]",
            "[2 zvaigznes.|⭐⭐] [prasīju|man vajag] savus datus [mašīnlasāmā|datorlasāmā] formātā ([CSV|JSON]), lai varētu pārnest citur, bet saņēmu [tikai PDF|ekrānuzņēmumu|neko]. ar to nepietiek.",
            "gribu sanemt savus datus [csv|json|faila], lai varetu [parnest tos citur|pariet pie cita pakalpojuma] @{co}",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā saņemt savus datus [CSV|JSON] failā, lai tos pārnestu uz citu pakalpojumu?",
            "vai varat nosūtīt manus datus tieši [jaunajam pakalpojumu sniedzējam|jaunajam uzņēmumam], pie kura pāreju?",
            "vai ir iespējams saņemt visus manus datus [mašīnlasāmā formātā|failā], lai es tos varētu pārnest citur?",
            "{hi}kur varu [lejupielādēt|eksportēt] savus datus [CSV|JSON] formātā? pāreju pie cita [pakalpojumu sniedzēja|uzņēmuma]",
            "ko darit, lai dabutu savus datus json faila citam pakalpojumu sniedzejam?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMainu pakalpojuma sniedzēju un vēlos izmantot tiesības uz datu pārnesamību[ (VDAR 20. pants)|]. Lūdzu, atsūtiet {data_acc} strukturētā, mašīnlasāmā formātā (piem., CSV vai JSON). {acct}\n\n{sign}",
            "{greet}\n\nJa tas ir tehniski iespējams, lūdzu, nosūtiet manus datus tieši manam jaunajam pakalpojuma sniedzējam. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS PAR TIESĪBĀM UZ DATU PĀRNESAMĪBU\n\nPamatojoties uz {law_gen} 20. panta 1. punktu, lūdzu izsniegt man personas datus, ko esmu sniedzis {co}, strukturētā, plaši izmantotā un mašīnlasāmā formātā. {acct} [Saskaņā ar 20. panta 2. punktu lūdzu datus nosūtīt tieši jaunajam pārzinim, ja tas ir tehniski iespējams.|]\n\nLūdzu izpildīt pieprasījumu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- restriction (18. pants)
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}lūdzu, [bloķējiet|iesaldējiet] manus datus, kamēr [atrisināsies strīds|pārbaudīsiet kļūdu]",
            "nedzēsiet manus datus, bet arī [neizmantojiet|neapstrādājiet] tos, kamēr iesniegšu sūdzību",
            "gribu, lai jūs ierobežotu manu datu apstrādi[, kamēr izlabosiet adresi|]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}apstrīdu rēķinu [Nr. {order}|no {date}]. [apturiet|nolieciet pauzē] manu datu izmantošanu, kamēr viss noskaidrosies, bet neko nedzēsiet",
            "saņēmu nepareizu rēķinu, [summa nesakrīt|neko neesmu parādā]. kamēr pārbaudāt, mana informācija lai stāv neizmantota, tikai glabājiet to",
            "[mans advokāts|jurists] saka, ka man vajadzēs [sarunu ierakstus|pasūtījuma {order} datus] [tiesā|lietai]. neizņemiet tos, tikai pagaidām neizmantojiet tos nekam citam",
            "negribu dzēst [akauntu|datus], tikai [apturēt|nopauzēt] jebkādu to izmantošanu [uz laiku|pagaidām], kamēr [izlabosiet kļūdu|tiek izskatīta mana sūdzība]",
            "vai varat [aizslēgt|ierobežot] manus datus, [kamēr DVI izskata sūdzību|kamēr gaidu atbildi]? lai tie glabājas, bet netiek lietoti",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "@{co} [neko nedzēsiet|nedzēsiet manus datus], bet beidziet tos izmantot, [kamēr notiek strīds|kamēr jautājums nav atrisināts]. [paldies.|]",
            "1 zvaigzne. [iesniedzu sūdzību|apstrīdēju rēķinu], bet jūs turpināt [apstrādāt|izmantot] manu informāciju. [iesaldējiet|bloķējiet] manus datus, līdz tas tiks atrisināts, bet nedzēsiet.",
            "⭐ [mani dati ir nepareizi|informācija par mani ir kļūdaina]. gribu, lai [ierobežojat to apstrādi|pārtraucat tos izmantot], kamēr [pārbaudāt, vai tie ir pareizi|tos pārskatāt]. tikai nedzēsiet tos.",
            "[2 zvaigznes.|⭐⭐] man šie [dati|ieraksti] vajadzīgi kā [pierādījumi tiesā|pierādījumi lietā] pret jums, tāpēc [nedzēsiet tos|tos dzēst nedrīkst], bet [apturiet jebkādu apstrādi|beidziet tos izmantot] pagaidām @{co}",
            "[vienkarsi glabajiet|paturiet] manus datus, bet [neizmantojiet tos|parstajiet tos apstradat] pagaidam @{co}, neko [nedzesiet|neizdzesiet]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vai varat [iesaldēt|apturēt] manu datu apstrādi, kamēr [tiek izskatīta sūdzība|pārbaudāt, vai tie ir pareizi]? tikai neizdzēsiet tos",
            "vai ir iespējams [ierobežot|uz laiku apturēt] manu datu apstrādi, tos neizdzēšot?",
            "kā palūgt, lai [pagaidām|kamēr strīds nav atrisināts] neizmantojat manus datus, bet tos saglabājat? man tie vajadzīgi [tiesvedībai|advokātam]",
            "{hi}kam rakstīt, lai uz laiku [bloķētu|ierobežotu] manu datu apstrādi? [neko nedzēsiet|tie nedrīkst pazust]",
            "ka ierobezot manu datu apstradi, tos neizdzesot?",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nKamēr [pārbaudāt manu datu precizitāti|notiek strīds par manu rēķinu], lūdzu ierobežot manu personas datu apstrādi[ saskaņā ar VDAR 18. pantu|]. Datus drīkstat glabāt, bet neizmantojiet tos. {acct}\n\n{sign}",
            "{greet}\n\nLūdzu, nedzēsiet [mūsu sarunas ierakstu|pasūtījuma Nr. {order} datus], jo tie man ir vajadzīgi [tiesvedībai|sūdzībai]. Tā vietā lūdzu ierobežot to apstrādi. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS PAR APSTRĀDES IEROBEŽOŠANU\n\n[Pamatojoties uz {law_gen} 18. panta 1. punkta a) apakšpunktu, apstrīdu jūsu apstrādāto manu personas datu precizitāti un lūdzu ierobežot to apstrādi uz laiku, kurā varat pārbaudīt datu precizitāti.|Pamatojoties uz {law_gen} 18. panta 1. punkta c) apakšpunktu, lūdzu ierobežot apstrādi, jo dati man ir vajadzīgi likumīgu prasību celšanai, īstenošanai vai aizstāvēšanai.|Pamatojoties uz {law_gen} 18. panta 1. punkta d) apakšpunktu, lūdzu ierobežot apstrādi, kamēr tiek pārbaudīts, vai {co} leģitīmie iemesli ir svarīgāki par manām interesēm.] {acct}\n\nLūdzu saskaņā ar 18. panta 3. punktu informēt mani pirms ierobežojuma atcelšanas un apstiprināt ierobežojuma piemērošanu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- objection (21. panta 1. punkts)
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "iebilstu pret [profilēšanu|manas uzvedības analīzi|manu datu apstrādi], ko pamatojat ar „leģitīmajām interesēm”",
            "nepiekrītu, ka [analizējat|novērojat], kā lietoju lietotni. pārtrauciet",
            "{hi}kā varu iebilst pret manu datu apstrādi [analītikas|riska novērtēšanas|statistikas] nolūkos?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "privātuma politikā atradu, ka uz leģitīmo interešu pamata veidojat lietotāju profilus [pēc pirkumiem|pēc uzvedības]. [es pret to protestēju|man to nedariet, esmu pret]",
            "{hi}esmu pret to, ka {co} [dalās ar maniem datiem ar citām grupas firmām|izmanto manu pirkumu vēsturi kredītspējas vērtēšanai]. manā gadījumā to nedariet",
            "[nepatīkami|creepy], ka fiksējat katru manu klikšķi appā. [negribu būt daļa no jūsu analytics|esmu pret tādu uzvedības analīzi]",
            "nepatīk, ka [banka|jūs] [vērtē|skoro] mani pēc [maniem darījumiem|tēriņiem], man neprasot. [protestēju|saku nē tādai datu izmantošanai]",
            "kas tās par „leģitīmajām interesēm”? esmu pret to, ka uz tā pamata [mani zvanu ieraksti tiek analizēti|mana atrašanās vietu vēsture tiek izmantota statistikai]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. aplikācija [analizē|izseko] visu manu [uzvedību|lietošanu] un veido manu profilu. @{co} [es iebilstu pret to|iebilstu pret šādu profilēšanu]!",
            "⭐ [man vienalga|nav svarīgi], kā to saucat – „leģitīmās intereses“, es [iebilstu|nepiekrītu], ka [analizējat manus pirkšanas paradumus|izmantojat manus datus analītikai]. [beidziet.|pietiek.]",
            "@{co} iebilstu, ka ar maniem datiem [dalās grupas ietvaros|apmainās grupas uzņēmumi]. [nekad tam neesmu piekritis.|]",
            "[2 zvaigznes.|⭐⭐] [{co} izmanto manus datus|jūs izmantojat manus datus] [riska novērtēšanai|krāpšanas analīzei|kredītspējas vērtēšanai], atsaucoties uz „leģitīmajām interesēm“. iebilstu pret šādu apstrādi [saskaņā ar VDAR 21. pantu|] un gribu, lai to pārtraucat.",
            "iebilstu pret [profilēšanu|manas uzvedības analīzi] pie jums @{co}, [beidziet|pārtrauciet mani analizēt]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "kā iebilst pret profilēšanu, ko veicat, pamatojoties uz leģitīmajām interesēm?",
            "vai varu iebilst pret to, ka mani dati tiek izmantoti [kredītspējas novērtēšanai|riska novērtēšanai|uzvedības analīzei]?",
            "vai ir iespējams iebilst pret manu datu kopīgošanu [grupas|uzņēmumu grupas] ietvaros?",
            "{hi}kur sūtīt iebildumu pret to, ka [analizējat manu uzvedību|veidojat manu profilu]?",
            "ka iebilst pret datu apstradi uz legitimo interesu pamata? negribu, lai mani profile",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nIebilstu pret manu personas datu apstrādi, kas balstīta uz jūsu leģitīmajām interesēm[ (VDAR 21. panta 1. punkts)|], jo īpaši [manas lietošanas uzvedības analīzei|kredītriska novērtēšanai|iekšējai statistikai]. Lūdzu pārtraukt šādu apstrādi. {acct}\n\n{sign}",
            "{greet}\n\nJūsu privātuma politikā teikts, ka, pamatojoties uz leģitīmajām interesēm, jūs [analizējat lietotnes lietošanas datus|nododat datus uzņēmumu grupas ietvaros]. Es tam nepiekrītu un iebilstu pret šādu apstrādi. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIEBILDUMS SASKAŅĀ AR VDAR 21. PANTA 1. PUNKTU\n\nPamatojoties uz {law_gen} 21. panta 1. punktu, iebilstu pret manu personas datu apstrādi, kas veikta, pamatojoties uz 6. panta 1. punkta f) apakšpunktu (pārziņa leģitīmās intereses), tostarp pret [profilēšanu, pamatojoties uz manu uzvedību|manas maksātspējas novērtēšanu|manu sarunu ierakstīšanu un analīzi]. {acct} Ar manu konkrēto situāciju saistītu iemeslu dēļ uzskatu, ka manas intereses ir svarīgākas.\n\nLūdzu pārtraukt šādu apstrādi, ja vien nepierādāt pārliecinošus leģitīmus iemeslus, un sniegt atbildi {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- automated decision (22. pants)
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mans kredīta pieteikums tika noraidīts automātiski. gribu, lai to izskata [cilvēks|darbinieks]",
            "jūsu sistēma bez paskaidrojuma bloķēja manu [kontu|karti]. [kurš to izlēma?|vai to vispār izlēma cilvēks?]",
            "negribu, lai par mani lemj algoritms, [lūdzu cilvēka pārskatīšanu|lai to pārskata darbinieks]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "saņēmu atteikumu [overdraftam|nomaksai|kredītkartei] [3 sekundēs|acumirklī]. skaidrs, ka lēma dators. [vai īsts cilvēks var paskatīties?|gribu, lai kāds no darbiniekiem to pārskata no jauna]",
            "{hi}apps [automātiski|pats] [mani nobanoja|nobloķēja manu akauntu] un nezinu kāpēc. [paskaidrojiet, kā sistēma to izlēma|kādi noteikumi aiz tā slēpjas?] un lai kāds to pārskata",
            "[cena|apdrošināšanas prēmija], ko saņēmu, [tika aprēķināta automātiski|iznāca no kaut kāda algoritma] un ir [absurda|daudz lielāka nekā draugam]. gribu, lai darbinieks to [pārrēķina|pārskata]",
            "mans pieteikums [darbam|dzīvokļa īrei] tika noraidīts [no kaut kādas sistēmas|nevienam to neizlasot]. [apstrīdu šo automātisko lēmumu|nepiekrītu tādam mašīnas lēmumam] un lūdzu cilvēka vērtējumu",
            "jūsu [AI|sistēma] atzīmēja manu maksājumu kā krāpniecību un iesaldēja karti. [kā tā vērtēšana strādā?|uz ko balstoties sistēma tā izlēma?] gribu, lai [īsts cilvēks|darbinieks] to pārskata",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 zvaigzne. manu [kredīta pieteikumu|pieteikumu] [automātiski|algoritms] noraidīja [sekundes laikā|pāris sekundēs]. @{co} gribu, lai [to pārskata cilvēks|to pārskata darbinieks]!",
            "⭐ [manu kontu bloķēja|manu akauntu nobloķēja] [automātiska sistēma|algoritms] bez jebkāda paskaidrojuma. [pieprasu|gribu], lai [īsts cilvēks|kāds] [pārskata lēmumu|vēlreiz paskatās].",
            "@{co} [kāpēc|kā] [dators|algoritms] nolēma, ka [nesaņemu nomaksu|man ir augstāka cena|man atteikts]? [izskaidrojiet loģiku|gribu paskaidrojumu] un [lai cilvēks to pārskata|gribu, lai lēmumu pārskata cilvēks].",
            "[2 zvaigznes.|⭐⭐] [automatizēts lēmums|algoritms] atteica man [kredītu|kredītkarti|nomaksu] un neviens nevar paskaidrot, kāpēc. [apstrīdu šo lēmumu|nepiekrītu šim lēmumam] un gribu, lai [to pārskata darbinieks|manu gadījumu izvērtē cilvēks].",
            "[pieteikumu noraidija dators|sistema pateica ne], neviens [pat nepaskatijas|neparbaudija]. gribu, lai [cilveks|kads no jums] parskata @{co}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vai [cilvēks|darbinieks] var pārskatīt atteikumu man piešķirt kredītu? lēmumu automātiski pieņēma [algoritms|sistēma]",
            "kā apstrīdēt automātisko lēmumu [bloķēt manu kontu|noraidīt manu pieteikumu]?",
            "vai var saņemt skaidrojumu, kā [algoritms|sistēma] nolēma mani noraidīt? un lai cilvēks to pārskata?",
            "{hi}kas to pārskata, ja dators automātiski atteica man [kredītu|aizdevumu|līzingu]? gribu, lai darbinieks to izvērtē",
            "kapec sistema automatiski blokeja manu kontu? vai cilveks var to parskatit?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMans [kredīta|nomaksas|apdrošināšanas] pieteikums tika noraidīts [dažās sekundēs|automātiski]. Lūdzu, lai lēmumu pārskata darbinieks, un paskaidrojiet, pēc kādiem kritērijiem tas pieņemts[ (VDAR 22. pants)|]. {acct}\n\n{sign}",
            "{greet}\n\nManu kontu [apturēja|ierobežoja] automātiska krāpšanas atklāšanas sistēma. Lūdzu cilvēka iesaistīšanos un iespēju paust savu viedokli. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nPar automatizētu individuālu lēmumu pieņemšanu (VDAR 22. pants)\n\n{date} [mans kredīta pieteikums tika noraidīts|mans konts tika slēgts|mana kandidatūra tika noraidīta] bez darbinieka līdzdalības. {acct} Pamatojoties uz {law_gen} 22. pantu, paziņoju, ka nevēlos, lai attiecībā uz mani tiktu pieņemts lēmums, kas balstīts tikai uz automatizētu apstrādi, tostarp profilēšanu.\n\nLūdzu nodrošināt pārziņa cilvēcisku iejaukšanos, iespēju paust savu viedokli un apstrīdēt lēmumu, kā arī sniegt jēgpilnu informāciju par izmantoto loģiku (15. panta 1. punkta h) apakšpunkts). Lūdzu sniegt atbildi {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- combined requests
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw_letter", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nPar piekrišanas atsaukšanu un personas datu dzēšanu (VDAR 7. panta 3. punkts un 17. pants)\n\nAtsaucu visas {co} dotās piekrišanas un, pamatojoties uz {law_gen} 17. panta 1. punkta b) apakšpunktu, lūdzu dzēst visus ar mani saistītos personas datus. {acct}\n\nLūdzu apstiprināt dzēšanu {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nAtsaucu piekrišanu savu datu apstrādei un lūdzu izdzēst manu kontu kopā ar visiem maniem datiem. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "marketing_objection_and_withdrawal", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIEBILDUMS PRET TIEŠO TIRGVEDĪBU UN PIEKRIŠANAS ATSAUKŠANA\n\nPamatojoties uz {law_gen} 21. panta 2. punktu, iebilstu pret manu personas datu apstrādi tiešās tirgvedības nolūkos. Vienlaikus saskaņā ar 7. panta 3. punktu atsaucu piekrišanu saņemt jaunumu vēstules un komerciālus paziņojumus. {acct}\n\nLūdzu {deadline} apstiprināt, ka mani dati ir izņemti no visiem mārketinga sarakstiem.{escalate}\n\n{sign_formal}",
            "{greet}\n\nAtsaucu piekrišanu jaunumu vēstulei un iebilstu pret jebkādu tiešo tirgvedību. Vairs nesūtiet reklāmas uz {email}.\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIESNIEGUMS SASKAŅĀ AR VDAR 15. UN 20. PANTU\n\nLūdzu sniegt informāciju par maniem personas datiem, ko apstrādājat, un to kopiju saskaņā ar {law_gen} 15. pantu. Turklāt saskaņā ar 20. pantu lūdzu datus, ko esmu jums sniedzis, izsniegt mašīnlasāmā formātā (CSV vai JSON). {acct}\n\nAtbildi gaidīšu {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nIEBILDUMS (21. PANTA 1. PUNKTS) UN APSTRĀDES IEROBEŽOŠANA (18. PANTA 1. PUNKTA D) APAKŠPUNKTS)\n\nIebilstu pret manu datu apstrādi, kas balstīta uz leģitīmajām interesēm, [manas uzvedības analīzes|iekšējās profilēšanas|riska novērtēšanas] nolūkos. Kamēr tiek pārbaudīts, vai jūsu leģitīmie iemesli ir svarīgāki par manām interesēm, lūdzu saskaņā ar {law_gen} 18. panta 1. punkta d) apakšpunktu ierobežot apstrādi. {acct}\n\nLūdzu sniegt atbildi {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "rectification_with_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{place_date}\n\n{greet_formal}\n\nPar datu labošanu (16. pants) un apstrādes ierobežošanu (18. panta 1. punkta a) apakšpunkts)\n\nMana konta dati ir neprecīzi: [norādīta nepareiza adrese|uzvārds uzrakstīts kļūdaini|norādīts parāds, kas jau samaksāts]. Saskaņā ar {law_gen} 16. pantu lūdzu tos labot, bet pārbaudes laikā ierobežot to apstrādi. {acct}\n\nLūdzu apstiprināt {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---- web forms
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tēma: [Konta dzēšana|Personas datu dzēšana|Pieprasījums saskaņā ar VDAR 17. pantu]\nVārds, uzvārds: {name}\nE-pasts: {email}\nZiņa: [Lūdzu izdzēst manu kontu un visus datus.|Vairs nevēlos būt reģistrēts jūsu sistēmā.|]",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Tēma: [Piekļuve personas datiem|Pieprasījums saskaņā ar VDAR 15. pantu|Manu datu kopija]\nVārds, uzvārds: {name}\nE-pasts: {email}\nZiņa: [Lūdzu atsūtīt par mani glabāto datu kopiju.|]",
        ]},
        // ---- none: ordinary messages
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}kur ir mans pasūtījums {order}[?|??]",
            "pasūtījums {order} joprojām nav atnācis[, sūtījuma izsekošana jau vairākas dienas nemainās|. Ir kādi jaunumi?|]",
            "{greet}\n\nPasūtījumu (Nr. {order}) veicu {date}, bet joprojām neesmu saņēmis nosūtīšanas apstiprinājumu. Kad tas tiks nosūtīts?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\n[Par pasūtījumu Nr. {order}|Par abonementu] nauda tika noņemta divreiz ({amount} EUR). Lūdzu, atmaksājiet pārmaksāto summu.\n\n{sign}",
            "kāpēc mans abonements tagad maksā {amount} EUR? [nekur tas nebija rakstīts|vai tā ir kļūda?]",
            "{hi}vai varat vēlreiz atsūtīt pasūtījuma {order} rēķinu? [nevaru to atrast|vajag grāmatvedībai]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "vai vēl varu mainīt pasūtījuma {order} piegādes adresi?",
            "vai piegādājat uz [pakomātu|Omniva pakomātu|DPD Pickup punktu]? cik maksā piegāde?",
            "kurjers atstāja sūtījumu [pie kaimiņiem|pie durvīm]. [tā nav labi|nākamreiz lai piezvana]",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "vai prece „{product}” ir pieejama [melnā krāsā|lielākā izmērā|citās krāsās]?",
            "{greet}\n\nKad prece „{product}” atkal būs pieejama? Vēlētos pasūtīt divas.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "nevaru pieslēgties kontam, un paroles atjaunošanas e-pasts nepienāk[. mēstulēs arī nav|]",
            "{hi}aizmirsu paroli, bet pieslēgšanās kods nāk uz veco numuru. ko darīt?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nPirms [divām|trim] nedēļām atgriezu preci „{product}” (pasūtījums Nr. {order}), bet {amount} EUR vēl nav atmaksāti.\n\n{sign}",
            "prece „{product}” atnāca [bojāta|ar defektu]. [gribu atpakaļ naudu|lūdzu apmainīt]",
        ]},
        // ---- none: hard negatives
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Jautājums: vai jūs glabājat manas maksājumu kartes datus? Gribu tikai pārliecināties, ka viss ir droši.",
            "kur atrast jūsu privātuma politiku? [saite lapas apakšā nestrādā|lietotnē to neatrodu]",
            "Patīk, ka nepārdodat klientu datus. Tāpēc arī iepērkos pie jums!",
            "Vai {co} atbilst VDAR prasībām? Apsveram uzņēmuma abonementu savai komandai.",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "kā pierakstīties jaunumu vēstulei? forma [rāda kļūdu|neielādējas]",
            "{greet}\n\nPierakstījos jaunumu vēstulei, bet nesaņēmu 10% atlaides kodu. Vai varat to atsūtīt vēlreiz?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nLūdzu, pārtrauciet manu abonementu pašreizējā perioda beigās. Kontu vēlos saglabāt.\n\n{sign}",
            "kā uz laiku apturēt abonementu, lai nezaudētu [punktus|izlases sarakstu]?",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "kā izdzēst preci no groza?",
            "vai vēl varu atcelt pasūtījumu {order}? izvēlējos nepareizo izmēru",
            "nejauši izdzēsu [piegādes adresi|saglabāto karti], kā to pievienot atkārtoti?",
        ]},
        Family { intent: None, also: &[], name: "privacy_mention", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Paldies, saņēmu apstiprinājumu, ka mani dati ir dzēsti. Viss kārtībā.",
            "kur varu mainīt jaunumu vēstules iestatījumus? gribētu saņemt arī piedāvājumus par izpārdošanām",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}[aizmirsu paroli|nevaru ielogoties aplikācijā], un paroles atjaunošanas e-pasts [nepienāk|nenāk]. [ko darīt?|varat palīdzēt?]",
            "{hi}kā [nomainīt plānu|pāriet uz premium|pāriet uz lētāku plānu]?",
            "vai mani dati pie jums ir drošībā? [vienkārši interesē|tikai jautāju], [viss kārtībā|neko nepieprasu]",
            "kur aplikācijā var redzēt [manus rēķinus|rēķinus]?",
            "{hi}nejauši atrakstījos no jaunumu vēstules[, ups|]. kā atkal pierakstīties?",
            "vai kontam var pievienot [otru e-pasta adresi|vēl vienu e-pastu]?",
            "vai jums ir aplikācija [planšetēm|ipad]? [un kā ieslēgt paziņojumus?|]",
            "mans pasūtījums {order} vēl nav atnācis[.|..] [starp citu, paldies par ātro palīdzību pagājušo reizi!|varat pārbaudīt?]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "vai tu esi [bots|robots] vai [īsts|dzīvs] cilvēks?",
            "{hi}[kā tevi sauc?|kāds ir tavs vārds?]",
            "ko tu [proti|vari] darīt?",
            "pastāsti kaut ko par sevi",
            "[hahaha|haha] ok[| paldies]",
            "vai strādājat [svētdienās|brīvdienās|svētku dienās]?",
            "[kāds šodien ir laiks?|zini kādu labu restorānu?|man ir garlaicīgi|ar labu nakti]",
            "ko tu zini par [kafijas automātiem|austiņām|putekļsūcējiem|viedpulksteņiem]?",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "gribu atcelt [Premium|Plus|Pro|ģimenes] abonementu [mēneša beigās|no nākamā mēneša|pēc šī norēķinu perioda], bet kontu paturēšu",
            "vai varu [apturēt|iepauzēt] savu [kasti|dalību|sporta zāles abonementu] [uz jūliju|uz augustu|uz pāris nedēļām|uz vienu mēnesi]?",
            "kā [izslēgt|atcelt] [automātisko atjaunošanu|auto-renew|automātisko pagarināšanu]?",
            "ka atcelt [bezmaksas izmeginajuma periodu|free trial], lai [nenonem naudu|nenorakstitu naudu no kartes]?",
            "[gribu pāriet no gada plāna uz mēneša plānu|gribu pāriet no mēneša plāna uz gada plānu|gribētu pāriet uz [Premium|Pro|Family] plānu, cik būs jāpiemaksā?]",
            "vai var mainīt maksājuma datumu uz katra mēneša [1.|15.|20.|25.] datumu?[| tagad nauda tiek noņemta par agru]",
            "{greet}\n\nlūdzu, no nākamā norēķinu perioda pārslēdziet manu plānu no [Premium|Pro|Family] uz [Basic|Lite|Standard]. Kontu paturu, vienkārši vajag lētāku plānu.\n\n{sign}",
            "{greet}\n\nlūdzu, apturiet manu regulāro pasūtījumu ([kafijas pupiņas|kontaktlēcas|vitamīni|suņu barība]) no {date}. [Kad atkal vajadzēs, atsākšu pats.|Pēc pāris mēnešiem gribētu turpināt.]\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "[nevaru ielogoties|nevaru pieslēgties][ lietotnē| kontā|], [rāda, ka parole nepareiza|met kļūdu|viss tikai lādējas]",
            "aizmirsu paroli, kā [to atjaunot|uzlikt jaunu]?",
            "nenāk [apstiprinājuma kods|SMS kods|2FA kods|vienreizējais kods][ uz telefonu|], jau [trešo reizi|vairākas reizes] spiežu sūtīt vēlreiz",
            "nopirku jaunu telefonu, kā tagad ielogoties, ja [autentifikatora lietotne|Google Authenticator] palika vecajā?",
            "konts [bloķēts|nobloķēts] pēc vairākiem [neveiksmīgiem mēģinājumiem|nepareiziem paroles ievadiem], ko darīt?",
            "aplikacija [visu laiku|katru reizi] mani izlogo[ pec atjauninajuma| ik pec paris minutem|], kapec?",
            "{greet}\n\ngribētu izrakstīties no visām ierīcēm – [biju ielogojies svešā datorā|pazaudēju planšeti|nozaga telefonu]. Kā to izdarīt, un vai vajag nomainīt arī paroli?\n\n{sign}",
            "{greet}\n\njau [stundu|pusdienu|otro dienu] mēģinu atjaunot paroli, bet saite [nepienāk|nestrādā|rāda kļūdu]. Ko vēl varu pamēģināt?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "vai [atlaides kods|kupons] [WELCOME10|PAVASARIS20|SALE15] vēl ir derīgs?",
            "kā pieteikties [jaunumu vēstulei|jaunumiem|newsletter] un saņemt [10|15] % atlaidi pirmajam pirkumam?",
            "saņēmu [SMS|jaunumu vēstuli|e-pastu] par [izpārdošanu|Black Friday akciju|-30 % akciju], vai piedāvājums ir spēkā arī [veikalā|lietotnē|internetā]?",
            "[cik man ir lojalitātes punktu un kā tos izmantot?|kā izmantot uzkrātos punktus?|vai punkti nenoiet?]",
            "kods nestrada groza, raksta ka [nav derigs|beidzies termins|neattiecas uz so preci]",
            "vai saņemšu [bonusu|atlaidi|kredītu], ja draugs reģistrēsies ar manu saiti?",
            "{greet}\n\njaunumu vēstulē redzēju [20 % atlaidi|bezmaksas piegādi|akciju “2 par 1”], bet pasūtījumam {order} piedāvājums netika piemērots. Vai varat atmaksāt starpību?\n\n{sign}",
            "{greet}\n\nvai jums ir dāvanu kartes [dzimšanas dienai|Ziemassvētkiem|Mātes dienai]? Un vai [tuvākajā laikā|šomēnes] plānojat izpārdošanu? Gribētu sagaidīt atlaides, pirms pērku.\n\n{sign}",
        ]},
    ],
};

//! Polish: Poland (GDPR as "RODO"; supervisory authority: the President of UODO).
//!
//! Polish surnames in -ski/-cki take a feminine form and first-person past tenses and
//! conditionals agree with the writer's gender (chciałbym/chciałabym), while the generator draws
//! first and last names independently: the surnames are ones women and men share (Nowak,
//! Wójcik), and templates that carry the sender's name keep the verbs neutral ("proszę o",
//! "żądam", passive).

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "pl",
    locales: &[("pl-PL", 100)],
    first_names: &[
        "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna",
        "Aleksandra", "Monika", "Zofia", "Julia", "Natalia", "Karolina", "Marta", "Piotr",
        "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Adam", "Łukasz",
        "Mateusz", "Grzegorz", "Kamil", "Wojciech", "Bartosz",
    ],
    last_names: &[
        "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając",
        "Król", "Wieczorek", "Wróbel", "Dudek", "Adamczyk", "Pawlak", "Walczak", "Sikora", "Baran",
        "Michalak", "Szewczyk", "Pietrzak", "Marciniak", "Duda", "Kubiak", "Wilk", "Lis",
        "Mazurek", "Kołodziej", "Sobczak", "Szulc", "Kowal",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "wp.pl", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl",
        "outlook.com", "gazeta.pl", "icloud.com",
    ],
    decimal_comma: true,
    date: DateStyle::DayDot,
    slots: &[
        ("greet", &["Dzień dobry,", "Dzień dobry,", "Witam,", "Szanowni Państwo,", "Cześć,", "Dzień dobry Państwu,"]),
        ("greet_formal", &["Szanowni Państwo,", "Szanowna Pani / Szanowny Panie,", "Szanowny Inspektorze Ochrony Danych,"]),
        ("hi", &["dzień dobry, ", "cześć, ", "hej, ", "", "", "", "Dzień dobry, "]),
        ("thanks", &["Pozdrawiam", "Z poważaniem", "Dziękuję i pozdrawiam", "Pozdrawiam serdecznie", "Z góry dziękuję.\nPozdrawiam"]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{name}\n{email}",
            "{thanks}\n{first}\n\nWysłane z iPhone'a",
        ]),
        ("sign_formal", &["Z poważaniem\n\n{name}", "Z wyrazami szacunku\n\n{name}", "Z poważaniem\n\n\n{name}\n{email}"]),
        ("street", &[
            "ul. Marszałkowska", "ul. Piłsudskiego", "ul. Mickiewicza", "ul. Słowackiego",
            "ul. Kościuszki", "ul. Długa", "ul. Polna", "ul. Leśna", "ul. Ogrodowa",
            "al. Jana Pawła II", "ul. Sienkiewicza", "ul. Kwiatowa",
        ]),
        ("city", &[
            "0[0|1|2|3|4]-{d}{d}{d} Warszawa", "3[0|1]-{d}{d}{d} Kraków", "50-{d}{d}{d} Wrocław",
            "60-{d}{d}{d} Poznań", "80-{d}{d}{d} Gdańsk", "9[0|1]-{d}{d}{d} Łódź", "40-{d}{d}{d} Katowice",
            "20-{d}{d}{d} Lublin", "15-{d}{d}{d} Białystok", "70-{d}{d}{d} Szczecin",
        ]),
        ("address", &["{name}\n{street} [1|2|3|4|5|6|7|8|9]{d}/{d}\n{city}", "{name}\n{street} [1|2|3|4|5|6|7|8|9]\n{city}"]),
        ("to_dpo", &[
            "{co} sp. z o.o.\nInspektor Ochrony Danych", "{co} S.A.\ndo rąk Inspektora Ochrony Danych (IOD)",
            "{co}\nDział Ochrony Danych Osobowych",
        ]),
        ("acct", &[
            "Konto jest zarejestrowane na adres {email}.", "Mój e-mail: {email}.", "Konto klienta: {email}",
            "Dane konta: {name}, {email}.",
        ]),
        ("ident", &[
            "W celu identyfikacji podaję imię i nazwisko: {name}, adres jak w nagłówku oraz adres e-mail {email}, na który zarejestrowane jest moje konto.",
            "Moje konto klienta jest zarejestrowane na adres {email}. Jeśli do potwierdzenia tożsamości potrzebne są dodatkowe informacje, proszę o kontakt.",
            "Dane identyfikacyjne: {name}, e-mail {email}, adres jak wyżej.",
        ]),
        ("data_gen", &[
            "moich danych osobowych", "wszystkich moich danych osobowych", "wszystkich danych, które Państwo o mnie przechowują",
            "danych dotyczących mojej osoby",
        ]),
        ("product", &[
            // Masculine inanimate: nominative and accusative coincide.
            "ekspres do kawy", "plecak", "monitor", "odkurzacz", "blender", "czajnik", "zegarek",
            "namiot", "rower", "fotel",
        ]),
        ("deadline", &[
            "bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania żądania",
            "w terminie miesiąca, o którym mowa w art. 12 ust. 3 RODO", "najpóźniej do dnia {date} r.",
        ]),
        ("escalate", &[
            " W przypadku braku odpowiedzi w tym terminie złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.",
            " W przeciwnym razie zwrócę się do Prezesa UODO.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}możecie mi wysłać [kopię|eksport|zestawienie] [moich danych|wszystkich moich danych osobowych][?| proszę?]",
            "jakie [dane|informacje] o mnie [macie|przechowujecie][?|??]",
            "chcę [wiedzieć|zobaczyć], co o mnie [macie|przechowujecie][, dzięki|]",
            "jak mogę pobrać [swoje dane|wszystkie swoje dane] z [aplikacji|konta][?|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[widziałem|widziałam] reklamę, która [wiedziała o mnie za dużo|podejrzanie dużo o mnie wiedziała]. co dokładnie {co} [trzyma|ma zapisane] na mój temat[?|??]",
            "{hi}ciekawi mnie, jakie [info|informacje] [zebraliście|nazbieraliście] o mnie przez [apkę|aplikację] [przez te lata|przez ostatnie lata]. mogę dostać [listę|jakieś podsumowanie]?",
            "mam u was jakies stare konto ({email}), [ciekawi mnie|chce wiedziec], co jeszcze macie z moich danych. [podeslecie|mozecie podeslac] liste?",
            "skąd macie mój [numer telefonu|mail|adres domowy]?? i co jeszcze o mnie wiecie, to też chcę [wiedzieć|zobaczyć][, RODO daje mi prawo wglądu|]",
            "{hi}co widzą o mnie wasi [konsultanci|ludzie z supportu] w systemie? [tylko zamówienia czy więcej?|imię, adres, zakupy?] [proszę o wgląd|pokażcie mi to proszę]",
            "[1|2] gwiazdki. pytam, jakie dane o mnie zbieracie, i [nikt nie odpowiada|dostaję same ogólniki]. [nadal czekam na listę|więc: co o mnie macie?]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. od [tygodni|miesiąca] proszę, żebyście mi powiedzieli, jakie dane o mnie przechowujecie, i [zero odpowiedzi|odpisuje tylko bot]. [chcę kopię moich danych|żądam dostępu do moich danych]!",
            "@{co} chcę wiedzieć, jakie [dane osobowe|dane] o mnie macie. [wyślijcie mi kopię|poproszę listę], dzięki!",
            "⭐ apka [ok|spoko], ale nigdzie nie ma info, co o mnie zbiera. [proszę o kopię wszystkich danych, które o mnie macie|pokażcie, co macie o mnie w systemie][.|!]",
            "co wy o mnie wiecie?? chce kopie swoich danych, [RODO mi to daje|mam do tego prawo]. @{co}",
            "[2 gwiazdki|1 gwiazdka], dopóki nie dostanę [dostępu|wglądu] do danych, które o mnie przetwarzacie. [korzystam z prawa dostępu|chcę wiedzieć, co macie i po co].",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę sprawdzić, jakie [dane|dane osobowe] o mnie macie?",
            "możecie mi powiedzieć, jakie dane o mnie [przechowujecie|przetwarzacie]?",
            "czy da się dostać kopię [wszystkich|] moich danych osobowych, które macie?",
            "gdzie moge poprosic o kopie danych, ktore o mnie zebraliscie?",
            "[co mam zrobić|do kogo napisać], żebyście przysłali mi kopię moich danych?",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nProszę o przesłanie kopii {data_gen}[, łącznie z historią zamówień|]. {acct}\n\n{sign}",
            "{greet}\n\n[Na podstawie art. 15 RODO|Korzystając z prawa dostępu do danych] proszę o informację, czy przetwarzają Państwo moje dane osobowe, a jeśli tak – o ich kopię, cele przetwarzania oraz listę odbiorców, którym zostały ujawnione. {acct}\n\n{sign}",
            "{greet}\n\nCzy mogą mi Państwo napisać, jakie moje dane osobowe przechowuje {co} i w jakim celu? {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie dostępu do danych osobowych na podstawie art. 15 RODO\n\n{greet_formal}\n\nNa podstawie art. 15 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, dalej: RODO) proszę o potwierdzenie, czy przetwarzają Państwo dotyczące mnie dane osobowe. W przypadku odpowiedzi twierdzącej wnoszę o:\n\n1. kopię wszystkich moich danych osobowych podlegających przetwarzaniu;\n2. informację o celach przetwarzania;\n3. kategorie przetwarzanych danych;\n4. odbiorców lub kategorie odbiorców, w szczególności w państwach trzecich;\n5. planowany okres przechowywania danych;\n6. źródło danych, jeżeli nie zostały zebrane ode mnie;\n7. informację o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu.\n\n{ident}\n\nProszę o udzielenie odpowiedzi {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Realizacja prawa dostępu do danych (art. 15 ogólnego rozporządzenia o ochronie danych)\n\n{greet_formal}\n\nJako osoba, której dane dotyczą, korzystam z prawa dostępu do danych osobowych. Wnoszę o nieodpłatne przekazanie kopii wszystkich danych osobowych, które przetwarza na mój temat {co}, wraz z informacjami, o których mowa w art. 15 ust. 1 lit. a–h RODO. Kopię proszę przesłać w formie elektronicznej na adres {email}.\n\n{ident}\n\nOczekuję odpowiedzi {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_portability", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie dostępu do danych (art. 15 RODO) oraz ich przeniesienia (art. 20 RODO)\n\n{greet_formal}\n\nNa podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe Państwo przetwarzają, w jakich celach, komu zostały ujawnione i jak długo będą przechowywane. Jednocześnie, na podstawie art. 20 RODO, wnoszę o wydanie danych przetwarzanych w związku z zawartą umową w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (CSV lub JSON), tak aby można je było przekazać innemu dostawcy.\n\n{ident}\n\nProszę o realizację żądania {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nProszę o zestawienie wszystkich danych, które Państwo o mnie mają, a dodatkowo o ich eksport w formacie CSV lub JSON, żeby przenieść je do innego serwisu. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[usuńcie|skasujcie] moje konto[ i wszystkie moje dane| razem z danymi|][.|!|]",
            "chcę, żeby [moje dane zostały usunięte|moje konto zostało usunięte][ od razu|!|.|]",
            "jak [trwale|całkowicie|na zawsze] usunąć konto[?|??]",
            "[usuńcie|skasujcie] [proszę |]wszystko, co o mnie macie",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[przeszedłem|przeszłam] do konkurencji, więc [zamknijcie|zlikwidujcie] moje konto i [wyrzućcie|wymażcie] wszystkie moje dane z bazy",
            "{hi}mam u was [stare|zapomniane|od lat nieużywane] konto ({email}). możecie je [zlikwidować|zamknąć] razem ze wszystkimi danymi?",
            "dezaktywacja to za mało, chcę, żeby mój profil [zniknął na dobre|przestał istnieć] i żeby nie zostało u was nic z moich danych[!|.|]",
            "po [wycieku danych|włamaniu na konto] już wam nie ufam. [wymażcie|wyczyśćcie] moją rejestrację i wszystkie dane osobowe[, dzięki|.|]",
            "zapomnijcie o mnie[!|.] nie chcę być w waszej bazie, [konto|profil] i wszystko, co z nim związane, [wyrzućcie do kosza|wymażcie na amen]",
            "[odinstalowałem|odinstalowałam] apkę, ale [wiem|zakładam], że moje dane nadal u was są. jak [poprosić|zgłosić], żebyście je [trwale wymazali|zniszczyli]?",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. usuńcie moje konto[!|.] [w apce nie ma przycisku do usunięcia|w ustawieniach nigdzie nie ma usuwania konta].",
            "@{co} proszę o trwałe usunięcie mojego [profilu|konta] i wszystkich danych. [już nie korzystam z apki|nie jestem już waszym klientem][.|!]",
            "⭐ [nie polecam|słaba apka]. [chcę skasować konto|chcę usunąć profil] i [wszystkie swoje dane|wszystkie dane osobowe], ale [się nie da|nie ma takiej opcji].",
            "chce usunac konto i wszystkie moje dane, [jak to zrobic??|pomozcie pls]",
            "[2 gwiazdki|1 gwiazdka]. [pisałem|pisałam] do supportu, żeby [wykasowali|usunęli] moje dane, a profil [nadal istnieje|dalej działa]. żądam [całkowitego usunięcia|usunięcia wszystkich moich danych] [teraz|w końcu]!",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę [usunąć|skasować] swoje konto?",
            "możecie usunąć moje [konto|profil] razem ze wszystkimi danymi?",
            "czy da się trwale usunąć wszystkie moje dane osobowe?",
            "gdzie sie usuwa konto? [nie moge znalezc w ustawieniach|nigdzie tego nie widze]",
            "do kogo mam napisać, żebyście [na zawsze|całkowicie] usunęli moje konto i dane?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNie korzystam już z [Państwa usług|aplikacji {co}] i proszę o zamknięcie mojego konta oraz usunięcie {data_gen}. [Proszę o potwierdzenie usunięcia.|Z góry dziękuję za krótkie potwierdzenie.|]\n\n{sign}",
            "{greet}\n\nNiniejszym żądam usunięcia {data_gen}[ zgodnie z art. 17 RODO|]. {acct}\n\n{sign}",
            "{greet}\n\nKonto u Państwa zostało założone tylko na potrzeby jednego zamówienia i nie jest mi już potrzebne. Proszę je zamknąć i usunąć wszystkie powiązane dane. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie usunięcia danych osobowych na podstawie art. 17 RODO („prawo do bycia zapomnianym”)\n\n{greet_formal}\n\nNa podstawie art. 17 ust. 1 ogólnego rozporządzenia o ochronie danych (RODO) żądam niezwłocznego usunięcia wszystkich danych osobowych, które mnie dotyczą. Dane nie są już niezbędne do celów, w których zostały zebrane, a do ich dalszego przetwarzania brak innej podstawy prawnej.\n\n{ident}\n\nJeżeli moje dane osobowe zostały ujawnione innym odbiorcom, proszę o poinformowanie ich o usunięciu zgodnie z art. 19 RODO. Jeśli pełnemu usunięciu stoi na przeszkodzie ustawowy obowiązek przechowywania, proszę o informację, które dane, z jakiego powodu i jak długo są przechowywane.\n\nProszę o pisemne potwierdzenie usunięcia danych {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Usunięcie danych osobowych i zamknięcie konta klienta\n\n{greet_formal}\n\nWnoszę o zamknięcie mojego konta klienta w {co} oraz usunięcie wszystkich danych osobowych, które Państwo o mnie przetwarzają, zgodnie z art. 17 rozporządzenia (UE) 2016/679. Żądanie obejmuje również kopie zapasowe, bazy marketingowe oraz dane przekazane podmiotom przetwarzającym.\n\n{ident}\n\nO wykonaniu żądania proszę mnie poinformować {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "withdraw_and_erase", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Wycofanie zgody (art. 7 ust. 3 RODO) i żądanie usunięcia danych (art. 17 RODO)\n\n{greet_formal}\n\nNiniejszym wycofuję wszystkie zgody na przetwarzanie moich danych osobowych udzielone spółce {co}, w szczególności zgodę na przesyłanie informacji handlowych i na profilowanie. Ponieważ zgoda była jedyną podstawą prawną przetwarzania, jednocześnie na podstawie art. 17 ust. 1 lit. b RODO żądam usunięcia wszystkich moich danych osobowych.\n\n{ident}\n\nProszę o pisemne potwierdzenie wycofania zgody i usunięcia danych {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nWycofuję zgodę na przetwarzanie moich danych i jednocześnie proszę o usunięcie konta oraz wszystkich danych, które Państwo o mnie mają. {acct}\n\n{sign}",
            "{hi}wycofuję zgodę i chcę, żebyście usunęli moje konto ze wszystkimi danymi",
        ]},
        // ---------------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[mam błędnie zapisane nazwisko na koncie, poprawne to {last}|moje imię i nazwisko jest źle wpisane, powinno być {name}]",
            "możecie poprawić moją datę urodzenia? [jest błędna|jest zły rok]",
            "[mój adres w profilu jest nieaktualny, zmieńcie go proszę|numer telefonu na moim koncie jest błędny, poprawcie go proszę]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[przeprowadziłem się|przeprowadziłam się|przeprowadziliśmy się], a [faktury|listy] dalej idą na stary adres. [możecie zaktualizować|zaktualizujcie proszę] adres na {street} {d}{d}, {city}?",
            "[po ślubie zmieniłam nazwisko|zmieniłam nazwisko], a w profilu dalej mam [panieńskie|stare]. [podmieńcie|zaktualizujcie] proszę, teraz nazywam się {name}",
            "mam nowy numer komorki, stary juz nie dziala. [mozecie zaktualizowac|podmiencie] mi go w profilu[?| pls]",
            "[dostałem|dostałam] [fakturę|ofertę] na [złe nazwisko|zły adres], czyli w systemie macie [coś nie tak|błąd]. [zróbcie korektę|zaktualizujcie] moich danych proszę",
            "w apce mam rok urodzenia [1985|1990|1979], a to [nieprawda|się nie zgadza]. jak to [skorygować|zmienić], skoro apka nie pozwala?",
            "{hi}zmienił mi się mail, nowy to {email}. [możecie go podmienić|zaktualizujcie go] na moim koncie?",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. [mam źle zapisane nazwisko|moje imię jest z błędem] w profilu, a [w apce nie da się tego poprawić|nie mogę tego zmienić]. poprawcie to, proszę!",
            "@{co} [przeprowadziłem się|przeprowadziłam się|zmieniłem adres|zmieniłam adres], proszę [zaktualizować|zmienić] adres w moim profilu: {street}, {city}.",
            "⭐ data urodzenia na [koncie|profilu] jest błędna, a [dwa razy|już kilka razy] to [zgłaszałem|zgłaszałam]. [poprawcie ją wreszcie|proszę o sprostowanie]!",
            "numer telefonu macie [zly|stary] w systemie, [poprawcie|zmiencie] go prosze, [dzieki|pls]",
            "[2|3] gwiazdki. [mail mam źle wpisany|macie o mnie nieaktualne dane] i [przez to nie dostaję faktur|nic nie mogę sprawdzić]. proszę o sprostowanie moich danych: {email}.",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę poprawić [swoje nazwisko|datę urodzenia] w profilu? [jest tam błąd|jest literówka]",
            "możecie zmienić mój adres? [już tam nie mieszkam|zmieniłem adres|zmieniłam adres], nowy to {street} [5|12|38], {city}",
            "czy da się zaktualizować mój numer telefonu? starego już nie używam",
            "gdzie moge poprawic swoje dane osobowe? mam [zly|stary] adres",
            "co mam zrobić, żebyście poprawili błędne dane na mój temat? [imię jest źle napisane|data urodzenia się nie zgadza]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Adres zapisany w Państwa systemie jest już nieaktualny. Proszę o sprostowanie[ zgodnie z art. 16 RODO|]. Nowy adres: {street} [1|2|3|4|5|6|7|8|9]{d}, {city}|Data urodzenia na moim koncie jest błędna. Proszę o sprostowanie[ zgodnie z art. 16 RODO|]. Prawidłowa data urodzenia: [1|2]{d}.0[1|2|3|4|5|6|7|8|9].19[5|6|7|8|9]{d}|Moje nazwisko jest zapisane z błędem. Proszę o sprostowanie[ zgodnie z art. 16 RODO|]. Prawidłowo: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\nProszę o aktualizację moich danych: [po ślubie noszę nazwisko {last}|od zeszłego miesiąca mój adres to {street} [1|2|3|4|5|6|7|8|9], {city}|mam nowy numer telefonu 5{d}{d} {d}{d}{d} {d}{d}{d}]. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie sprostowania nieprawidłowych danych osobowych (art. 16 RODO)\n\n{greet_formal}\n\nW systemach {co} przetwarzane są nieprawidłowe dane osobowe, które mnie dotyczą: [błędna data urodzenia|błędnie zapisane nazwisko|nieistniejące zadłużenie|nieaktualny adres zamieszkania]. Zgodnie z art. 16 RODO mam prawo żądać od administratora niezwłocznego sprostowania dotyczących mnie danych osobowych, które są nieprawidłowe. [Prawidłowe dane: {name}, {street} [1|2|3|4|5|6|7|8|9]{d}, {city}.|W załączeniu przesyłam dokument potwierdzający prawidłowe dane.]\n\n{ident}\n\nWnoszę o sprostowanie danych {deadline} oraz o poinformowanie wszystkich odbiorców, którym ujawniono nieprawidłowe dane (art. 19 RODO).{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Sprostowanie danych (art. 16 RODO) i ograniczenie przetwarzania (art. 18 ust. 1 lit. a RODO)\n\n{greet_formal}\n\nKwestionuję prawidłowość przetwarzanych przez Państwa danych osobowych, które mnie dotyczą, a konkretnie [rzekomego zadłużenia|daty urodzenia|adresu zamieszkania]. Żądam ich sprostowania na podstawie art. 16 RODO. Jednocześnie, na podstawie art. 18 ust. 1 lit. a RODO, żądam ograniczenia przetwarzania tych danych na okres pozwalający sprawdzić ich prawidłowość; w tym czasie proszę ich nie wykorzystywać ani nie przekazywać podmiotom trzecim.\n\n{ident}\n\nProszę o realizację żądania {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nW Państwa systemie [mam błędnie wpisany adres|mam błędną datę urodzenia|widnieje zadłużenie w wysokości {amount} zł, którego nie ma] i przez to [dostaję monity|moje zamówienie zostało odrzucone]. Proszę o poprawienie danych, a do tego czasu o ograniczenie ich przetwarzania[ (art. 18 RODO)|]. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- opt out of sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "proszę nie [sprzedawać|przekazywać] moich danych [osobom trzecim|innym firmom|reklamodawcom]",
            "nie chcę, żeby moje dane były [sprzedawane|przekazywane] [innym firmom|brokerom danych|partnerom]",
            "gdzie mogę wyłączyć udostępnianie moich danych [partnerom|podmiotom trzecim][?|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "odkąd [założyłem|założyłam] u was konto, [wydzwaniają|spamują] do mnie [obce|jakieś losowe] firmy. jeśli [handlujecie|kupczycie] moimi danymi, [natychmiast |]przestańcie[!|.]",
            "{hi}gdzie mogę ustawić, żeby moje dane [nie trafiały|nie szły] do [data brokerów|reklamodawców|zewnętrznych firm]? [w apce tego nie widzę|w ustawieniach nie ma takiej opcji]",
            "nie pozwalam [zarabiać|handlować] na moich danych. ani [firmy partnerskie|reklamodawcy|brokerzy danych], ani nikt inny nie ma ich dostawać",
            "[wyczytałem|wyczytałam], że {co} [za kasę|za prowizję] [oddaje dalej|odsprzedaje] dane klientów. moich [nie|nie ważcie się]! [chcę opt-out|wypiszcie mnie z tego]",
            "nie macie przycisku „do not sell”? [chcę zablokować|proszę wyłączyć] [odsprzedaż|przekazywanie] moich danych [innym firmom|waszym partnerom]",
            "jak to mozliwe, ze dzwoni do mnie [ubezpieczyciel|bank|firma pozyczkowa], z ktora nie mam nic wspolnego?? jesli dostali moj numer od was, to nie dawajcie juz nikomu moich danych",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. [sprzedajecie|przekazujecie] moje dane [reklamodawcom|brokerom danych]?! [natychmiast przestańcie|nie dawajcie ich nikomu więcej][.|!]",
            "@{co} nie zgadzam się na [udostępnianie|przekazywanie] moich danych [podmiotom trzecim|partnerom]. [wyłączcie to u mnie|zatrzymajcie to]!",
            "⭐ [odkąd założyłem konto|odkąd założyłam konto|odkąd mam apkę] [dzwonią do mnie|dostaję reklamy] zewsząd. nie sprzedawajcie moich danych [nikomu|żadnym partnerom]!",
            "nie [sprzedawajcie|przekazujcie dalej] moich danych stronom trzecim, [dzieki|tyle]. @{co}",
            "[2 gwiazdki|1 gwiazdka]. nigdzie nie ma opcji, żeby [nie sprzedawać|nie udostępniać] moich danych. [nie dawajcie moich danych firmom marketingowym|nie sprzedawajcie informacji, które o mnie zebraliście]!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę zablokować [sprzedaż|przekazywanie] moich danych [podmiotom trzecim|partnerom]?",
            "możecie przestać sprzedawać moje dane [reklamodawcom|brokerom danych]?",
            "czy da się, żebyście nie udostępniali moich danych [firmom partnerskim|osobom trzecim]?",
            "gdzie moge ustawic, zebyscie nie przekazywali moich danych innym firmom?",
            "co mam zrobić, żebyście nikomu nie [sprzedawali|udostępniali] moich danych osobowych?",
        ]},
        Family { intent: OptOutSale, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNie zgadzam się na przekazywanie ani sprzedaż moich danych osobowych podmiotom trzecim, zwłaszcza w celach reklamowych. Proszę o natychmiastowe zaprzestanie takiego udostępniania. {acct}\n\n{sign}",
            "{greet}\n\n[Odkąd mam u Państwa konto, dzwonią do mnie obce firmy|Dostaję oferty od firm, których w ogóle nie znam]. Proszę nie przekazywać moich danych [partnerom|nikomu innemu] i ich nie sprzedawać. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Zakaz udostępniania i sprzedaży moich danych osobowych podmiotom trzecim\n\n{greet_formal}\n\nNie wyrażam zgody na przekazywanie, udostępnianie ani sprzedaż moich danych osobowych podmiotom trzecim, w szczególności brokerom danych, sieciom reklamowym i partnerom handlowym {co}. Zgoda na takie udostępnianie nie została udzielona, a zgodnie z art. 6 RODO nie mają Państwo do niego podstawy prawnej. Żądam zaprzestania wszelkiego takiego udostępniania i nieprzekazywania moich danych nikomu w przyszłości.\n\n{ident}\n\nProszę o pisemne potwierdzenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- direct marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[proszę, |]koniec z [reklamami|newsletterem|mailami reklamowymi|SMS-ami z ofertami][!|.|]",
            "[wypiszcie mnie z newslettera|chcę się wypisać z newslettera|usuńcie mnie z listy mailingowej]",
            "przestańcie mi wysyłać [reklamy|oferty|te maile][!|.|]",
            "jak się wypisać z newslettera[?|, link nie działa]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "codziennie dostaję od was [3|4|5] [maile z promkami|maile marketingowe|maile z ofertami], [to przesada|to już spam]. [wykreślcie|skreślcie] mnie z [bazy marketingowej|wysyłki][!|.|]",
            "{hi}[nie dzwońcie|przestańcie dzwonić] do mnie z [ofertami|promocjami|konkursami] i esemesów z reklamami też mi nie [wysyłajcie|przysyłajcie]",
            "[link|przycisk] unsubscribe [nie działa|wywala błąd], a [newslettera|mailingu] już nie chcę [dostawać|otrzymywać]. {email}",
            "raz [zamówiłem|zamówiłam] coś u was, a teraz [zasypujecie|bombardujecie] mnie kuponami. [nie chcę więcej marketingu|wyłączcie mnie z kampanii]",
            "[nie potrzebuję|stop, nie chcę] więcej promocyjnych [wiadomości|powiadomień|pushy] ani na maila, ani na telefon[.|!|, dzięki]",
            "[jak|gdzie] mogę wyłączyć [maile marketingowe|SMS-y z ofertami|newsletter] [w profilu|w apce]? nie mogę znaleźć w ustawieniach",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. [codziennie|kilka razy w tygodniu] przychodzi spam. [wypiszcie mnie|usuńcie mnie] z newslettera!",
            "@{co} jak się wypisać z [newslettera|maili reklamowych|SMS-ów promocyjnych]? [nie chcę więcej reklam|mam dość]!",
            "⭐ [dość|przestańcie wysyłać] [maili reklamowych|reklam]! [trzy razy|kilka razy] się [wypisywałem|wypisywałam], [a dalej przychodzą|i znowu spam].",
            "[usuncie|wykreslcie] mnie z listy marketingowej, nie chce wiecej newslettera ani smsow. [dzieki|pls]",
            "[2 gwiazdki|1 gwiazdka]. [telefony z ofertami|SMS-y z promocjami] proszę [wyłączyć|zatrzymać], [nigdy się na nic nie zapisywałem|nigdy o to nie prosiłam].",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę wypisać się z newslettera?",
            "możecie przestać wysyłać mi maile reklamowe? [przychodzi ich za dużo|dostaję kilka dziennie]",
            "czy da się, żebyście nie wysyłali mi SMS-ów z ofertami i nie dzwonili z promocjami?",
            "gdzie moge sie wypisac z [maili reklamowych|newslettera]? nie widze linku",
            "do kogo napisać, żeby nie dostawać od was więcej [reklam|maili promocyjnych]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nProszę o usunięcie adresu {email} ze wszystkich list wysyłkowych z materiałami marketingowymi. Link do wypisania się nie działa, a newsletter nadal przychodzi.\n\n{sign}",
            "{greet}\n\nNie życzę sobie otrzymywania informacji handlowych – ani e-mailem, ani SMS-em, ani pocztą.[ Na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych na potrzeby marketingu bezpośredniego.|] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Sprzeciw wobec przetwarzania danych na potrzeby marketingu bezpośredniego (art. 21 ust. 2 RODO)\n\n{greet_formal}\n\nNa podstawie art. 21 ust. 2 ogólnego rozporządzenia o ochronie danych wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem. Zgodnie z art. 21 ust. 3 RODO moje dane osobowe nie mogą być już przetwarzane do takich celów. Jednocześnie żądam zaprzestania przesyłania mi niezamówionych informacji handlowych drogą elektroniczną.\n\n{ident}\n\nProszę o usunięcie mnie ze wszystkich list marketingowych {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "objection_and_withdrawal", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Wycofanie zgody i sprzeciw wobec marketingu bezpośredniego\n\n{greet_formal}\n\nNiniejszym, zgodnie z art. 7 ust. 3 RODO, wycofuję zgodę na otrzymywanie newslettera i informacji handlowych udzieloną przy rejestracji. Jednocześnie, na podstawie art. 21 ust. 2 RODO, wnoszę sprzeciw wobec dalszego przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania.\n\n{ident}\n\nProszę o potwierdzenie {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nWycofuję zgodę na [newsletter|spersonalizowane oferty|SMS-y marketingowe] i nie chcę, żeby Państwo dalej wykorzystywali moje dane do marketingu. {acct}\n\n{sign}",
        ]},
        // ---------------------------------------------------------------- consent withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "wycofuję zgodę [na śledzenie|na przetwarzanie danych|na pliki cookies][.|!|]",
            "[wyłączcie|zatrzymajcie] [śledzenie lokalizacji|śledzenie] na moim koncie, proszę",
            "już się nie zgadzam, żebyście używali moich danych do [spersonalizowanych reklam|profilowania|analiz]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "przy rejestracji [zaznaczyłem|zaznaczyłam] ptaszka, że możecie używać moich [zdjęć|fotek] w reklamach, ale [zmieniłem|zmieniłam] zdanie. tę zgodę [cofam|odwołuję]",
            "{hi}już nie pozwalam na zbieranie mojej lokalizacji, [przeszkadza mi|nie podoba mi się], że ciągle używacie GPS. [cofam tę zgodę|odwołuję pozwolenie]",
            "w apce fitness [dałem|dałam] wam pozwolenie na [dane o zdrowiu|dane o tętnie], ale [teraz je cofam|teraz to odwołuję][.|, nie chcę już]",
            "na banerze cookies [kliknąłem|kliknęłam] przez przypadek „akceptuj wszystko”. jak [odwołać|cofnąć] zgodę na [tracking|ciasteczka śledzące]?",
            "[cofam|odwołuję] zgodę na nagrywanie [rozmów z infolinią|moich połączeń][, od teraz nie nagrywajcie|]",
            "nie chcę, żeby dalej [leciała|działała] analityka na moim profilu. zgodę, którą na to [dałem|dałam], [cofam|odwołuję][.|, dzięki]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. wycofuję zgodę na śledzenie lokalizacji. [wyłączcie to|przestańcie mnie śledzić]!",
            "@{co} [moich zdjęć|moich fotek] [nie wolno wam już używać|proszę już nie używać] w reklamach, wycofuję [zgodę|pozwolenie].",
            "⭐ w apce [nie da się|nie ma jak] wycofać zgody na ciasteczka. [niniejszym ją wycofuję|wycofuję ją tutaj]: nie chcę śledzenia!",
            "wycofuje zgode na przetwarzanie moich danych o zdrowiu, [prosze o potwierdzenie|dzieki]",
            "[2 gwiazdki|1 gwiazdka]. [kiedyś|na początku] [zgodziłem się|zgodziłam się] na [personalizację|zbieranie danych do analityki], ale [zmieniłem zdanie|zmieniłam zdanie|już tego nie chcę]. wycofuję zgodę!",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę wycofać zgodę na śledzenie [lokalizacji|mojej lokalizacji]?",
            "mogę cofnąć zgodę na pliki cookies? nie chcę już, żebyście mnie śledzili",
            "czy da się wycofać zgodę na wykorzystywanie moich zdjęć? [kiedyś ją wyraziłem|kiedyś ją wyraziłam], teraz ją cofam",
            "gdzie moge wycofac zgode na przetwarzanie danych o zdrowiu?",
            "co mam zrobić, żeby wycofać zgodę na [personalizację|nagrywanie rozmów]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nNiniejszym wycofuję zgodę na przetwarzanie moich danych osobowych [w celu personalizacji reklam|w celach analitycznych|w celu analizy mojej lokalizacji][ (art. 7 ust. 3 RODO)|]. {acct}\n\n{sign}",
            "{greet}\n\nPrzy rejestracji zgoda na udostępnianie danych do [analiz|personalizacji] była domyślnie zaznaczona. Wycofuję tę zgodę i proszę o zaprzestanie tego przetwarzania. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Wycofanie zgody na przetwarzanie danych osobowych (art. 7 ust. 3 RODO)\n\n{greet_formal}\n\nNiniejszym, ze skutkiem od dnia doręczenia tego pisma, wycofuję wszystkie zgody na przetwarzanie moich danych osobowych udzielone spółce {co}, w szczególności zgodę [na profilowanie i reklamę spersonalizowaną|na przetwarzanie danych o lokalizacji|na przetwarzanie danych biometrycznych|na analizę moich zakupów]. Od chwili wycofania zgody nie mają Państwo podstawy prawnej do tego przetwarzania.\n\n{ident}\n\nProszę o pisemne potwierdzenie, które operacje przetwarzania zostały zakończone, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mogę dostać swoje dane w [CSV|JSON|jakimś formacie do odczytu maszynowego]? [zmieniam dostawcę|chcę je przenieść do innego serwisu]",
            "jak przenieść [moje dane|historię|playlisty|zdjęcia] do innego dostawcy[?|]",
            "potrzebuję eksportu wszystkich moich danych, bo przechodzę do [innego operatora|innego banku|konkurencji]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[przenoszę się|przechodzę] do [innego banku|innej apki|innego serwisu], [wyślijcie|przekażcie] moje dane bezpośrednio do nich, [jeśli się da|proszę]",
            "{hi}mogę dostać [jsona|csv-kę|plik] z moim [profilem|kontem], żeby go [zaimportować|wrzucić] [gdzie indziej|do nowej apki]?",
            "[kończy mi się|podrożała mi] subskrypcja, a [chciałbym|chciałabym] zabrać ze sobą [swoje treningi|historię zamówień|kontakty] w [standardowym|maszynowo czytelnym] formacie. [da się?|jest taka opcja?]",
            "nie chcę pdf-a, tylko [plik|file], który inny [system|serwis] umie [wczytać|zaimportować]. [csv albo json|json albo csv] będzie ok",
            "od teraz jestem w [konkurencji|innej firmie] zamiast w {co}. chcę [zmigrować|przerzucić] swoje dane, macie jakąś opcję przeniesienia?",
            "przenoszenie danych: [proszę o|chcę dostać] dane, które wam [podałem|podałam], w pliku [csv|json|xml], żeby je [wgrać|zaimportować] u nowego dostawcy",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. nie da się [wyeksportować|pobrać] moich danych. [potrzebuję ich w pliku CSV albo JSON|dajcie mi je w pliku], żeby przejść [gdzie indziej|do innego dostawcy]!",
            "@{co} [zmieniam dostawcę|przechodzę do innego operatora], wyślijcie moje dane [w formacie do odczytu maszynowego|w pliku JSON] [do nowego dostawcy|do mnie].",
            "⭐ żeby [przenieść|przerzucić] swoje [playlisty|historię zamówień|dane z treningów] do innej apki, potrzebuję [pliku z eksportem|pliku do pobrania] ze wszystkimi moimi danymi.",
            "gdzie moge wyeksportowac swoje dane do csv? chce je przeniesc gdzie indziej [@{co}|]",
            "[2 gwiazdki|1 gwiazdka]. [korzystam z prawa do przenoszenia danych|żądam przeniesienia moich danych]: [wyślijcie|przekażcie] je [bezpośrednio|od razu] nowemu dostawcy[ w standardowym formacie|].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę pobrać swoje dane w pliku [CSV|JSON], żeby przenieść je do innego dostawcy?",
            "możecie przesłać moje dane bezpośrednio do mojego nowego [dostawcy|operatora]?",
            "czy da się wyeksportować moje dane w formacie do odczytu maszynowego? przechodzę do innej aplikacji",
            "gdzie jest eksport danych? chce przeniesc swoje dane do innego serwisu",
            "co mam zrobić, żeby dostać swoje dane w pliku, który [wgram gdzie indziej|da się wczytać u nowego dostawcy]?",
        ]},
        Family { intent: Portability, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Zmieniam dostawcę|Przechodzę do innego operatora] i chcę skorzystać z prawa do przenoszenia danych[ (art. 20 RODO)|]. Proszę o przesłanie {data_gen} w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV lub JSON). {acct}\n\n{sign}",
            "{greet}\n\nProszę o przesłanie moich danych [o zużyciu|z programu lojalnościowego|o treningach] bezpośrednio do nowego dostawcy, w formacie, który jego system może wczytać. Chodzi o prawo do przenoszenia danych z art. 20 ust. 2 RODO. {acct}\n\n{sign}",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie przeniesienia danych osobowych (art. 20 RODO)\n\n{greet_formal}\n\nNa podstawie art. 20 ust. 1 ogólnego rozporządzenia o ochronie danych żądam wydania dotyczących mnie danych osobowych, które Państwo przetwarzają w sposób zautomatyzowany na podstawie mojej zgody lub umowy, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego[ (np. CSV, JSON lub XML)|].[ Jeżeli jest to technicznie możliwe, proszę, zgodnie z art. 20 ust. 2 RODO, o przesłanie tych danych bezpośrednio nowemu administratorowi, którego dane kontaktowe przekażę odrębnie.|]\n\n{ident}\n\nProszę o realizację żądania {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "możecie [zamrozić|wstrzymać] przetwarzanie moich danych, dopóki nie wyjaśni się [moja reklamacja|nasz spór|błąd na koncie]?",
            "nie usuwajcie moich danych, ale na razie też ich nie używajcie, [potrzebuję ich jako dowodu|sprawą zajmuje się mój prawnik]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[kwestionuję|reklamuję] [fakturę do zamówienia {order}|zeszłomiesięczny rachunek]. dopóki to nie jest [załatwione|zamknięte], [nie róbcie nic|nie ruszajcie niczego] z moimi danymi, ale też ich [nie kasujcie|nie wyrzucajcie], [będą mi potrzebne|to dowód]",
            "{hi}[złożyłem|złożyłam|składam] pozew, więc [proszę|chcę], żeby moje dane zostały zachowane, ale [na czas sprawy|na razie] nie były do niczego używane",
            "macie o mnie błędne dane. [dopóki tego nie sprawdzicie|na czas weryfikacji] dajcie przetwarzanie [na hold|na wstrzymanie]. [nie chcę usunięcia!|kasować nie trzeba]",
            "nie chcę, żeby moje dane [zniknęły|przepadły], tylko żebyście ich [na razie|chwilowo] nie przetwarzali. [możecie tak oznaczyć moje konto?|da się tak?]",
            "[złożyłem|złożyłam] u was skargę i dopóki jej nie rozpatrzycie, [zablokujcie|ograniczcie] przetwarzanie moich danych. niczego nie usuwajcie",
            "nie kasujcie [czatu|nagrania rozmowy|danych zamówienia], to dowód. ale [do czasu decyzji|dopóki trwa spór] [niech nikt ich nie rusza|nie używajcie ich do niczego]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. [dopóki kwestionuję rachunek|dopóki moja reklamacja nie zostanie rozpatrzona] [nie używajcie|nie przetwarzajcie] moich danych! usuwać nie trzeba, tylko je [zamroźcie|zablokujcie].",
            "@{co} żądam ograniczenia przetwarzania, [dopóki nie sprawdzicie, czy moje dane są poprawne|dopóki weryfikujecie błędne dane]. [nie usuwajcie ich|nie chcę usunięcia], tylko ich nie używajcie!",
            "⭐ [mam sprawę w sądzie|idę do sądu] i dane są mi potrzebne [jako dowód|do pozwu], więc ich nie kasujcie, ale [nie używajcie|nie wolno wam używać] ich do niczego!",
            "[zamrozcie|zablokujcie] moje dane na czas reklamacji, ale [nie usuwajcie|usuwanie niepotrzebne] @{co}",
            "[2 gwiazdki|1 gwiazdka]. nie chcę usunięcia, ale [dopóki nie rozpatrzycie mojej skargi|na czas sporu] [ograniczcie|wstrzymajcie] przetwarzanie moich danych[.|!]",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}mogę poprosić, żebyście nie używali moich danych, dopóki [rozpatrujecie reklamację|trwa spór]? usuwać nie trzeba",
            "możecie wstrzymać przetwarzanie moich danych, aż sprawdzicie, czy są poprawne? [nie usuwajcie ich|nie chodzi o usunięcie]",
            "czy da się zablokować moje dane bez usuwania? [są mi potrzebne do sprawy w sądzie|będą mi potrzebne do sporu prawnego]",
            "da sie zrobic tak, zeby moje dane zostaly, ale na razie nie byly do niczego uzywane?",
            "do kogo napisać, żebyście ograniczyli przetwarzanie moich danych? [nie chodzi o usunięcie|nie usuwajcie ich], po prostu ich [na razie|tymczasowo] nie używajcie",
        ]},
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Do czasu rozpatrzenia mojej skargi|Do czasu sprawdzenia spornych danych na moim koncie] proszę o ograniczenie przetwarzania moich danych osobowych[ zgodnie z art. 18 RODO|]. Dane proszę przechowywać, ale w żaden inny sposób z nich nie korzystać. {acct}\n\n{sign}",
            "{greet}\n\nZapowiedzieli Państwo usunięcie moich danych, ale są mi one potrzebne [do dochodzenia roszczeń przed sądem|jako dowód w sporze]. Zamiast usunięcia żądam więc ograniczenia ich przetwarzania[ (art. 18 ust. 1 lit. c RODO)|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie ograniczenia przetwarzania danych osobowych (art. 18 RODO)\n\n{greet_formal}\n\nNa podstawie art. 18 ust. 1 ogólnego rozporządzenia o ochronie danych żądam ograniczenia przetwarzania moich danych osobowych, ponieważ [przetwarzanie jest niezgodne z prawem, a zamiast usunięcia danych żądam ograniczenia ich wykorzystywania|nie potrzebują już Państwo tych danych, ale są mi one potrzebne do ustalenia, dochodzenia lub obrony roszczeń|kwestionuję ich prawidłowość, która nie została dotąd sprawdzona]. W okresie ograniczenia moje dane mogą być jedynie przechowywane; inne przetwarzanie jest dopuszczalne wyłącznie za moją zgodą lub z przyczyn wskazanych w art. 18 ust. 2 RODO. Proszę o poinformowanie mnie przed uchyleniem ograniczenia (art. 18 ust. 3 RODO).\n\n{ident}\n\nProszę o potwierdzenie {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- objection (art. 21(1))
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "nie zgadzam się, żebyście [analizowali moje zakupy|śledzili, co robię w aplikacji|udostępniali moje dane w ramach grupy] pod pretekstem prawnie uzasadnionego interesu. [przestańcie|chcę, żeby to się skończyło]",
            "jak mogę wnieść sprzeciw wobec [przetwarzania moich danych|monitorowania jazdy|analizy mojego zachowania]?",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "w [polityce prywatności|regulaminie] [przeczytałem|przeczytałam], że moje dane [lecą|trafiają] do innych spółek z [grupy|koncernu] w ramach „uzasadnionego interesu”. sprzeciwiam się temu, [skończcie z tym|nie róbcie tego]",
            "{hi}nie chcę, żebyście mnie [profilowali|punktowali|scorowali]. [sprzeciwiam się temu|protestuję przeciwko temu], żebyście z moich [zakupów|kliknięć] wyciągali wnioski na mój temat",
            "po co [mierzycie|zapisujecie], ile minut siedzę w apce i w co klikam? [sprzeciwiam się|jestem przeciwny|jestem przeciwna] takiemu przetwarzaniu, [nie życzę sobie tego|mi to nie pasuje]",
            "[apka banku|aplikacja] pod hasłem [zapobiegania oszustwom|zarządzania ryzykiem] analizuje [moje wydatki|moje transakcje]. [to nieproporcjonalne|to mi nie pasuje], [sprzeciwiam się|zgłaszam sprzeciw]",
            "uzasadniony interes to nie wymówka na wszystko[!|.] [sprzeciwiam się temu|nie akceptuję tego], że używacie moich danych do [statystyk|wewnętrznych analiz|analizy zachowań]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. sprzeciwiam się profilowaniu! [nie analizujcie|nie śledźcie] mojego zachowania w apce.",
            "@{co} sprzeciwiam się temu, że [analizujecie moje nawyki zakupowe|udostępniacie moje dane w ramach grupy], powołując się na [prawnie uzasadniony interes|swój uzasadniony interes]. [przestańcie|stop]!",
            "⭐ [nikt mnie nie pytał|nie prosiłem o to|nie prosiłam o to], żebyście mnie [punktowali|oceniali] pod kątem wyłudzeń. [wnoszę sprzeciw|nie zgadzam się] wobec takiego przetwarzania moich danych!",
            "sprzeciwiam sie wykorzystywaniu moich danych do [analityki|analiz], [to nie jest uzasadniony interes|nie macie do tego prawa]. [@{co}|]",
            "[2 gwiazdki|1 gwiazdka]. [apka|system] [śledzi, co robię|buduje mój profil], [pod pretekstem uzasadnionego interesu|niby w ramach uzasadnionego interesu]. sprzeciwiam się temu, [przestańcie tak przetwarzać moje dane|nie przetwarzajcie tak moich danych]!",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę wnieść sprzeciw wobec [profilowania|analizy moich zakupów]?",
            "mogę sprzeciwić się przetwarzaniu opartemu na waszym prawnie uzasadnionym interesie? nie chcę, żebyście analizowali moje zachowanie",
            "możecie przestać udostępniać moje dane w ramach [grupy|grupy kapitałowej]? sprzeciwiam się temu",
            "gdzie moge zglosic sprzeciw wobec scoringu kredytowego? nie zgadzam sie na takie przetwarzanie moich danych",
            "co mam zrobić, żebyście nie [analizowali|śledzili] mojego zachowania do [analityki|statystyk]? sprzeciwiam się temu przetwarzaniu",
        ]},
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nW polityce prywatności podają Państwo, że przetwarzają moje dane [w celu analizy zachowań klientów|w celu ulepszania usług|w celu oceny kierowców] na podstawie prawnie uzasadnionego interesu. Wnoszę sprzeciw wobec takiego przetwarzania[ na podstawie art. 21 ust. 1 RODO|] i proszę o jego zaprzestanie. {acct}\n\n{sign}",
            "{greet}\n\nNie chcę, żeby firma {co} [analizowała moją aktywność|wykorzystywała moje dane do statystyk] tylko dlatego, że uważa to za swój prawnie uzasadniony interes. Niniejszym sprzeciwiam się takiemu przetwarzaniu. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Sprzeciw wobec przetwarzania danych osobowych (art. 21 ust. 1 RODO)\n\n{greet_formal}\n\nNa podstawie art. 21 ust. 1 ogólnego rozporządzenia o ochronie danych wnoszę sprzeciw wobec przetwarzania moich danych osobowych, którego dokonują Państwo na podstawie prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO), a konkretnie wobec [analizy moich zachowań zakupowych|przetwarzania danych o lokalizacji mojego pojazdu|udostępniania moich danych w ramach grupy kapitałowej|oceny sposobu, w jaki korzystam z usługi]. Sprzeciw wynika z mojej szczególnej sytuacji: [z danych można wywnioskować wrażliwe informacje o moim zdrowiu i rodzinie|takie przetwarzanie wykracza poza rozsądne oczekiwania klienta]. Żądam zaprzestania przetwarzania, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw, nadrzędnych wobec moich interesów, praw i wolności.\n\n{ident}\n\nOczekuję odpowiedzi {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "objection_and_restriction", weight: 2, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Sprzeciw (art. 21 ust. 1 RODO) i żądanie ograniczenia przetwarzania (art. 18 ust. 1 lit. d RODO)\n\n{greet_formal}\n\nWnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu [profilowania klientów|zapobiegania oszustwom|analiz wewnętrznych], którego dokonują Państwo na podstawie prawnie uzasadnionego interesu. Jednocześnie, na podstawie art. 18 ust. 1 lit. d RODO, żądam ograniczenia przetwarzania tych danych do czasu stwierdzenia, czy Państwa prawnie uzasadnione podstawy są nadrzędne wobec moich.\n\n{ident}\n\nProszę o realizację żądania {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- automated decisions
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "mój wniosek o [kredyt|raty|ubezpieczenie] został automatycznie odrzucony. chcę, żeby sprawdził go [człowiek|ktoś z pracowników]",
            "jak [system|algorytm] może zablokować mi konto bez [weryfikacji przez człowieka|żadnego wyjaśnienia]? żądam ponownej oceny przez człowieka",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "odmowa [kredytu|leasingu|pożyczki] przyszła po [3|5|10] sekundach. to maszyna zdecydowała? [chcę, żeby spojrzał na to żywy człowiek|niech to przejrzy prawdziwa osoba]",
            "{hi}[zbanowaliście|zablokowaliście] mi konto, pewnie bot. [nie mam pojęcia dlaczego|nie wiem za co]. [dajcie mi kogoś żywego|niech to sprawdzi człowiek] i wyjaśnijcie, na jakiej podstawie to zdecydowano",
            "system [od razu|w parę minut] odrzucił moją [aplikację o pracę|kandydaturę]. [czy ktoś to w ogóle widział?|według jakich kryteriów?] [niech zerknie na to ktoś z HR|proszę o weryfikację przez człowieka]",
            "czemu dostaję [droższą|wyższą] cenę niż [znajomy|partner] za to samo? jeśli liczy to algorytm, [wytłumaczcie mi jego logikę|niech to sprawdzi wasz pracownik]",
            "nie akceptuję tego, że [software|program|AI] sam decyduje o [mojej zdolności kredytowej|moim wniosku o ubezpieczenie]. [chcę, żeby decyzję zweryfikował człowiek|niech to przejrzy człowiek]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 gwiazdka. [algorytm|system] [odrzucił mój wniosek o kredyt|zablokował mi konto] [bez uzasadnienia|bez wyjaśnienia]. żądam, żeby to [sprawdził człowiek|przejrzała żywa osoba]!",
            "@{co} [automat|jakiś program] [odrzucił moje zgłoszenie|zablokował mi konto]. niech to [obejrzy człowiek|przejrzy prawdziwa osoba] i [wyjaśnijcie mi|powiedzcie], dlaczego!",
            "⭐ dostaję [wyższą cenę|inną cenę] niż [znajomi|inni], bo algorytm [tak zdecydował|tak wyliczył]. [żądam weryfikacji przez człowieka|kwestionuję tę decyzję]!",
            "system automatycznie [odrzucil|zablokowal] moj [wniosek|konto], [chce zeby zdecydowal o tym czlowiek|nie akceptuje tego, niech sprawdzi czlowiek] [@{co}|]",
            "[2 gwiazdki|1 gwiazdka]. [odrzucili mi wniosek o raty|odrzucono mój wniosek o zakup na raty], a nikt nie umie powiedzieć dlaczego, [bo|tylko tyle, że] [zdecydował algorytm|decyzję podjęła maszyna]. proszę o wyjaśnienie logiki tej decyzji i [o decyzję człowieka|o weryfikację przez człowieka]!",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}jak mogę poprosić, żeby człowiek sprawdził odmowę mojego wniosku o kredyt? [zdecydował algorytm|odrzucono go automatycznie]",
            "czy ktoś żywy może przejrzeć tę decyzję? system automatycznie [zablokował mi konto|odrzucił moje zgłoszenie]",
            "czy da się dostać wyjaśnienie, dlaczego algorytm [odmówił mi kredytu|naliczył mi wyższą cenę]? i proszę o weryfikację przez człowieka",
            "gdzie mozna zakwestionowac automatyczna decyzje? [system|algorytm] odrzucil moj wniosek",
            "do kogo napisać, żeby [pracownik|człowiek] ponownie rozpatrzył automatyczną decyzję? nie zgadzam się z nią",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[Mój wniosek o zakup na raty został odrzucony|Mój wniosek o kredyt konsumencki został odrzucony|Moja rejestracja została odrzucona] automatycznie, bez udziału człowieka. Na podstawie art. 22 RODO żądam ponownego rozpatrzenia decyzji przez pracownika oraz wyjaśnienia, w jaki sposób została podjęta. {acct}\n\n{sign}",
            "{greet}\n\nPaństwa system [automatycznie obniżył mi limit|zablokował moje konto|zaproponował mi znacznie gorsze warunki] i nikt nie potrafi wyjaśnić dlaczego. Nie zgadzam się na decyzję podjętą wyłącznie przez algorytm – żądam oceny przez człowieka. {acct}\n\n{sign}",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 4, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{to_dpo}\n\n{date} r.\n\nDotyczy: Żądanie na podstawie art. 22 RODO – zautomatyzowane podejmowanie decyzji\n\n{greet_formal}\n\nW dniu {date} r. [mój wniosek kredytowy został odrzucony|moje konto klienta zostało zablokowane|naliczono mi znacznie wyższą składkę ubezpieczeniową] wyłącznie w wyniku zautomatyzowanego przetwarzania, w tym profilowania, które wywołuje wobec mnie skutki prawne lub w podobny sposób istotnie na mnie wpływa. Zgodnie z art. 22 RODO mam prawo nie podlegać takiej decyzji. W związku z tym żądam:\n\n1. interwencji ludzkiej ze strony administratora i ponownego rozpatrzenia sprawy przez pracownika;\n2. istotnych informacji o zasadach podejmowania decyzji, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania;\n3. możliwości wyrażenia własnego stanowiska i zakwestionowania decyzji.\n\n{ident}\n\nProszę o realizację żądania {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ---------------------------------------------------------------- none: ordinary requests
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}gdzie jest moje zamówienie {order}[?|??]",
            "zamówienie {order} nadal nie dotarło[, śledzenie przesyłki stoi od tygodnia|. Wiadomo coś?|]",
            "{greet}\n\nZamówienie nr {order} zostało opłacone {date} r., a nadal brak potwierdzenia wysyłki. Kiedy towar zostanie wysłany?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nZa [zamówienie {order}|subskrypcję] pobrano ode mnie dwa razy {amount} zł. Proszę o zwrot nadpłaconej kwoty.\n\n{sign}",
            "dlaczego subskrypcja nagle kosztuje {amount} zł? [nigdzie nie było o tym informacji|to jakiś błąd?]",
            "{hi}możecie jeszcze raz wysłać fakturę do zamówienia {order}? [nie mogę jej znaleźć|potrzebuję jej do księgowości]",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "czy mogę jeszcze zmienić adres dostawy dla zamówienia {order}?",
            "wysyłacie też do Czech? ile kosztuje dostawa?",
            "kurier zostawił paczkę [u sąsiada|pod drzwiami w deszczu], [to nie w porządku|czy da się to inaczej załatwić?]",
            "czy mogę odebrać zamówienie w [paczkomacie|punkcie odbioru|sklepie]?",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "czy macie {product} w [kolorze czarnym|większym rozmiarze|innych kolorach]?",
            "{greet}\n\nKiedy {product} będzie znowu dostępny? Interesują mnie dwie sztuki.\n\n{sign}",
            "czy {product} ma dwa lata gwarancji?",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nProdukt z zamówienia {order} ({product}) został zwrócony [dwa|trzy] tygodnie temu, a zwrot pieniędzy ({amount} zł) wciąż nie dotarł.\n\n{sign}",
            "reklamuję {product}, [nie działa|ma wadę|przyszedł uszkodzony]. [proszę o zwrot pieniędzy|proszę o wymianę]",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "nie mogę się zalogować, a mail do resetu hasła nie przychodzi[, w spamie też nic|]",
            "{hi}[zapomniałem|zapomniałam] hasła, a SMS z kodem idzie na stary numer. co mam zrobić?",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 3, style: Casual, channels: &[AppReview, Social, Chat], hard_negative: false, texts: &[
            "[super aplikacja|świetna obsługa|wszystko na piątkę], [wszystko przyszło szybko|działa bez zarzutu|na pewno zamówię jeszcze raz][!|]",
            "dziękuję, [obsługa klienta|pani na infolinii] bardzo [szybko|sprawnie] mi pomogła!",
        ]},
        // ---------------------------------------------------------------- none: hard negatives
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nProszę o anulowanie [subskrypcji|subskrypcji premium] z końcem bieżącego okresu. Konto chcę zachować.\n\n{sign}",
            "jak zawiesić subskrypcję, żeby nie stracić [punktów|zapisanych produktów]?",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Mam pytanie: czy przechowujecie dane mojej karty? Chcę po prostu wiedzieć, czy to bezpieczne.",
            "gdzie znajdę waszą politykę prywatności? [link w stopce nie działa|w aplikacji nie mogę jej znaleźć]",
            "Doceniam, że nie sprzedajecie danych klientów. Dlatego u was kupuję!",
            "Czy {co} jest zgodny z RODO? Rozważamy subskrypcję firmową i potrzebujemy umowy powierzenia przetwarzania danych.",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "jak usunąć produkt z koszyka?",
            "czy mogę jeszcze anulować zamówienie {order}? [wybrałem|wybrałam] zły rozmiar",
            "przez przypadek [usunąłem|usunęłam] adres z profilu, jak go przywrócić?",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "jak zapisać się do waszego newslettera? formularz [wyrzuca błąd|się nie ładuje]",
            "{greet}\n\nPo zapisaniu się do newslettera nie przyszedł kod rabatowy 10%. Czy mogą Państwo wysłać go ponownie?\n\n{sign}",
            "w [dzisiejszym|poprzednim] newsletterze nie działał link do promocji",
        ]},
        Family { intent: None, also: &[], name: "consent_question", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "[Zaznaczyłem|Zaznaczyłam] przy rejestracji zgodę na newsletter – czy dostanę dzięki temu rabat na pierwsze zakupy?",
            "{greet}\n\nCzy mogą Państwo wyjaśnić, do czego służy zgoda na przetwarzanie danych w aplikacji? Nie chcę niczego zmieniać, tylko zrozumieć.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}nie mogę się zalogować, [zapomniałem hasła|zapomniałam hasła|nie dochodzi mail do resetu hasła]. [co robić?|pomożecie?]",
            "[cześć|hej], jak mogę przejść na [miesięczny|roczny] pakiet? [nie widzę tego w profilu|gdzie to jest w ustawieniach?]",
            "{hi}czy moje dane są u was [bezpieczne|dobrze chronione]? tylko pytam, [wszystko gra|nie ma problemu]",
            "gdzie widze swoje faktury na koncie? [nigdzie nie moge znalezc|szukam i nie ma]",
            "[przez przypadek|niechcący] [wypisałem|wypisałam] się z newslettera, jak mogę się zapisać z powrotem?",
            "da się dodać drugi adres e-mail do konta? [{email}|adres służbowy] [chciałbym|chciałabym] dodać",
            "macie apkę na tablet[ też|]? [na telefonie działa super|używam na androidzie], tak tylko pytam",
            "{hi}[jak włączyć|gdzie się włącza] powiadomienia w apce? [dzięki za szybką pomoc tak w ogóle!|i zamówienie {order} jeszcze nie doszło]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "rozmawiam z [robotem|botem]? [czy z prawdziwą osobą?|kim jesteś?]",
            "co [potrafisz|umiesz] robić?",
            "jaki {product} polecasz? [tylko pytam|tak się rozglądam]",
            "opowiedz mi coś o sobie",
            "jak masz na imię? [jesteś prawdziwym człowiekiem?|]",
            "[hahaha|haha] ok[ dzięki|]",
            "jesteście otwarci w [niedzielę|święta]?",
            "nudzę się. [znasz jakiś dobry dowcip?|polecisz jakąś dobrą restaurację?]",
            "jaka jest dziś pogoda w [Warszawie|Krakowie]?",
            "[dobranoc|miłego wieczoru], [pa|cześć]!",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}chcę anulować [subskrypcję|abonament|karnet na siłownię|pakiet premium] [z końcem miesiąca|od przyszłego miesiąca], konto [zostawiam|niech zostanie]",
            "da się [zawiesić|wstrzymać] [box|subskrypcję|dostawy] na [lipiec|sierpień|dwa tygodnie]? [wyjeżdżam|jestem na urlopie]",
            "jak wyłączyć [automatyczne odnawianie|auto-renew|automatyczne przedłużenie][ subskrypcji| karnetu|]?",
            "jak zakończyć [okres próbny|free trial|darmowy miesiąc], zanim [pobierzecie opłatę|zejdzie kasa z konta]?",
            "prosze zmienic [plan|pakiet] [z rocznego na miesieczny|z Premium na Basic|na tanszy] [od nastepnego okresu|jak najszybciej]",
            "{hi}jak [zrobić upgrade|przejść] na [Premium|pakiet rodzinny|plan roczny]? [ile to kosztuje|dopłacam tylko różnicę]?",
            "{greet}\n\nproszę o [anulowanie|zakończenie] [zamówienia cyklicznego|miesięcznej subskrypcji|automatycznego przedłużania umowy] [z końcem miesiąca|od {date}]. Konto i kartę lojalnościową proszę zostawić.\n\n{sign}",
            "{greet}\n\nczy można [przesunąć|zmienić] datę [płatności|rozliczenia|obciążenia karty] na [20. dzień miesiąca|koniec miesiąca]? Wypłata przychodzi później.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}nie mogę się zalogować, [wyskakuje błędne hasło|pokazuje nieprawidłowe dane logowania|konto zablokowało się po kilku złych próbach], co robić?",
            "nie przychodzi mi [kod SMS|kod weryfikacyjny|kod do weryfikacji dwuetapowej] [od pół godziny|mimo kilku prób]",
            "jak [zmienić|zresetować] hasło? link [w mailu nie działa|w ogóle nie przyszedł]",
            "mam nowy telefon a [authenticator|Google Authenticator] zostal na starym, jak sie teraz zalogowac?",
            "jak wylogować się ze wszystkich urządzeń? konto zostało otwarte na [komputerze w pracy|starym tablecie]",
            "[apka|aplikacja] [ciągle|co chwilę] mnie wylogowuje, hasło trzeba wpisywać [codziennie|za każdym razem]",
            "{greet}\n\nnie da się zalogować do [sklepu|aplikacji|konta klienta]. [Reset hasła|Odzyskiwanie hasła] [nie działa|kończy się błędem], a mail z linkiem nie przychodzi. {acct}\n\n{sign}",
            "{greet}\n\nw związku z nowym telefonem proszę o pomoc z weryfikacją dwuetapową: aplikacja z kodami jest na starym telefonie. Numer telefonu się nie zmienia.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}mój [kod rabatowy|kod z newslettera|voucher] [nie działa|wyskakuje jako nieważny], [czy jeszcze obowiązuje|do kiedy jest ważny]?",
            "ile mam [punktów lojalnościowych|punktów na karcie] i jak je [wykorzystać|wymienić]?",
            "kiedy [zaczyna się|będzie] [wyprzedaż|Black Friday|letnia promocja]? [czekam na rabat na ekspres do kawy|mam na oku nowy plecak]",
            "jak zapisać się do newslettera, żeby dostać [kod powitalny|10% rabatu|welcome code]?",
            "przyszedl mi sms z [promocja|oferta] [-20%|1+1 gratis], czy to dziala tez [w sklepie stacjonarnym|online]?",
            "za [polecenie znajomemu|zaproszenie koleżanki] miał być bonus [50 zł|rabat], [gdzie go znajdę|jeszcze go nie ma]",
            "{greet}\n\nw ostatnim newsletterze jest [darmowa dostawa|rabat 15% na cały asortyment]. Czy można to połączyć z [przecenionymi produktami|zamówieniem {order}]?\n\n{sign}",
            "{greet}\n\n[bon podarunkowy|voucher] o wartości {amount} [nie przechodzi|nie daje się wykorzystać] w koszyku. Czy jest jeszcze ważny? Kod jest [na paragonie|w mailu].\n\n{sign}",
        ]},
    ],
};

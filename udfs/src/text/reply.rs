//! What [`super::normalize_text`] strips from a message, as data: the lines that open a quoted
//! reply and the sign-offs and device lines that open a signature, in the seven core languages
//! (en de fr es it nl pt), and the rules that find where the person's own words end.
//!
//! Rules, applied to the lines of the NFKC-normalised text:
//! 1. A quoted-reply header ends the message: an attribution line (`On <date>, <name> wrote:`,
//!    `Am ... schrieb ...:`, `Le ... a écrit :`, `El ... escribió:`, `Il ... ha scritto:`,
//!    `Op ... schreef ...:`, `Em ... escreveu:`; one that a mail client wrapped onto a second line
//!    too) or a forwarded/original-message separator (`-----Original Message-----` and its
//!    translations, `---------- Forwarded message ---------`).
//! 2. Lines quoted with `>` are dropped wherever they are (bottom-posted replies).
//! 3. A signature delimiter line (`-- `, or `--` as clients that trim spaces send it) ends the
//!    message.
//! 4. A device line (`Sent from my iPhone`, `Von meinem iPhone gesendet`, ...) ends the message.
//! 5. A sign-off block ends the message: a line that is only a sign-off (`Thanks,`,
//!    `Best regards`, `Mit freundlichen Grüßen`, `Cordialement`, `Un saludo`, `Cordiali saluti`,
//!    `Met vriendelijke groet`, `Atenciosamente`, ...) followed by at most [`MAX_SIGNATURE_LINES`]
//!    short lines (name, title, phone), none longer than [`MAX_SIGNATURE_LINE_CHARS`] characters.
//!    A sign-off with more or longer lines after it is body text and stays.

/// Lines after a sign-off that still make a signature block.
pub const MAX_SIGNATURE_LINES: usize = 4;
/// The longest line (in characters) a signature block may have after its sign-off.
pub const MAX_SIGNATURE_LINE_CHARS: usize = 60;

/// Attribution lines: (start, end) of the line, compared without ASCII case.
const ATTRIBUTIONS: &[(&str, &str)] = &[
    ("on ", "wrote:"),
    ("am ", "schrieb:"),
    ("le ", "a écrit :"),
    ("le ", "a écrit:"),
    ("el ", "escribió:"),
    ("il ", "ha scritto:"),
    ("op ", "geschreven:"),
    ("op ", "schreef:"),
    ("em ", "escreveu:"),
];

/// Words that, with an attribution start, mark a header whose end is the sender's address
/// (`Am ... schrieb Max <max@x.de>:`, `Op ... schreef Jan <jan@x.nl>:`).
const ATTRIBUTION_VERBS: &[&str] = &["schrieb", "schreef", "wrote", "écrit", "escribió", "scritto", "escreveu"];

/// Separators of an original or forwarded message (contained in the line, any ASCII case).
const SEPARATORS: &[&str] = &[
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "message d'origine",
    "-----mensaje original-----",
    "-----messaggio originale-----",
    "-----oorspronkelijk bericht-----",
    "-----mensagem original-----",
    "forwarded message",
    "weitergeleitete nachricht",
    "message transféré",
    "mensaje reenviado",
    "messaggio inoltrato",
    "doorgestuurd bericht",
    "mensagem encaminhada",
];

/// Device lines, compared without ASCII case as a line's start.
const DEVICE_LINES: &[&str] = &[
    "sent from my ",
    "sent from outlook",
    "get outlook for ",
    "von meinem ",
    "gesendet von ",
    "envoyé de mon ",
    "envoyé depuis ",
    "enviado desde mi ",
    "enviado desde ",
    "inviato da ",
    "verzonden vanaf ",
    "verstuurd vanaf ",
    "enviado do meu ",
    "enviado de meu ",
];

/// Sign-offs: a line that is one of these (without ASCII case, trailing `,` `.` `!` and spaces
/// ignored) opens a signature block.
const SIGN_OFFS: &[&str] = &[
    // en
    "thanks", "thank you", "thanks in advance", "many thanks", "thanks again", "cheers", "best",
    "regards", "kind regards", "best regards", "warm regards", "best wishes", "all the best",
    "sincerely", "yours sincerely", "yours faithfully", "yours truly", "respectfully",
    // de
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
    "viele grüße", "viele grüsse", "beste grüße", "beste grüsse", "liebe grüße", "liebe grüsse",
    "lg", "vg", "mfg", "gruß", "gruss", "grüße", "danke", "vielen dank", "danke im voraus",
    "hochachtungsvoll",
    // fr
    "cordialement", "bien cordialement", "bien à vous", "merci", "merci d'avance", "merci beaucoup",
    "salutations", "sincères salutations", "meilleures salutations", "bonne journée", "amicalement",
    // es
    "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "muchas gracias",
    "un cordial saludo", "cordialmente", "gracias de antemano",
    // it
    "cordiali saluti", "distinti saluti", "saluti", "grazie", "grazie mille", "grazie in anticipo",
    "un saluto", "buona giornata",
    // nl
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten",
    "groetjes", "hartelijke groet", "bedankt", "dank je wel", "dank u wel", "alvast bedankt", "mvg",
    // pt
    "atenciosamente", "cumprimentos", "melhores cumprimentos", "obrigado", "obrigada",
    "abraços", "abraço", "saudações", "com os melhores cumprimentos", "desde já agradeço",
];

fn starts_ci(line: &str, prefix: &str) -> bool {
    line.len() >= prefix.len() && line.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn ends_ci(line: &str, suffix: &str) -> bool {
    line.len() >= suffix.len() && line.as_bytes()[line.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

fn contains_ci(line: &str, needle: &str) -> bool {
    line.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether `line` (trimmed) is an attribution header, alone or completed by `next` (a header a
/// mail client wrapped onto two lines).
fn is_attribution(line: &str, next: Option<&str>) -> bool {
    let whole = |l: &str| {
        ATTRIBUTIONS.iter().any(|(start, end)| starts_ci(l, start) && ends_ci(l, end))
            || (ATTRIBUTIONS.iter().any(|(start, _)| starts_ci(l, start))
                && ends_ci(l, ">:")
                && ATTRIBUTION_VERBS.iter().any(|v| contains_ci(l, v)))
    };
    if whole(line) {
        return true;
    }
    // Wrapped: the first line starts like a header, the next one ends like one, and together
    // they stay short (a header, not a paragraph).
    match next {
        Some(n) if line.chars().count() + n.chars().count() < 200 => {
            ATTRIBUTIONS.iter().any(|(start, end)| starts_ci(line, start) && ends_ci(n, end))
                && !ATTRIBUTIONS.iter().any(|(_, end)| ends_ci(line, end))
        }
        _ => false,
    }
}

fn is_separator(line: &str) -> bool {
    line.starts_with("---") && SEPARATORS.iter().any(|s| contains_ci(line, s))
        || SEPARATORS[..7].iter().any(|s| line.eq_ignore_ascii_case(s))
}

fn is_sign_off(line: &str) -> bool {
    let core = line.trim_end_matches([',', '.', '!', ' ']);
    !core.is_empty() && core.len() <= 40 && SIGN_OFFS.iter().any(|s| core.eq_ignore_ascii_case(s))
}

/// The byte ranges of `text`'s lines that are the person's own words, in order (rules 1 to 5 of
/// the module documentation). `lines` is cleared and filled; its capacity is reused.
pub fn own_lines(text: &str, lines: &mut Vec<(usize, usize)>) {
    lines.clear();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Split on '\n' (a '\r' before it is part of the trailing whitespace trimmed below).
    while start <= text.len() {
        let end = memchr_newline(&bytes[start..]).map_or(text.len(), |i| start + i);
        lines.push((start, end));
        start = end + 1;
    }
    let trimmed = |(s, e): (usize, usize)| text[s..e].trim();
    // Rules 1, 3, 4: the first line that ends the message.
    let mut cut = lines.len();
    for i in 0..lines.len() {
        let line = trimmed(lines[i]);
        let raw = &text[lines[i].0..lines[i].1];
        let next = lines.get(i + 1).map(|&r| trimmed(r));
        if raw.trim_end_matches('\r') == "-- "
            || line == "--"
            || is_separator(line)
            || is_attribution(line, next)
            || DEVICE_LINES.iter().any(|d| starts_ci(line, d))
        {
            cut = i;
            break;
        }
    }
    lines.truncate(cut);
    // Rule 2: quoted lines.
    lines.retain(|&r| !trimmed(r).starts_with('>'));
    // Rule 5: the last sign-off followed only by a short block.
    let mut tail = 0; // non-empty lines after the candidate
    for i in (0..lines.len()).rev() {
        let line = trimmed(lines[i]);
        if line.is_empty() {
            continue;
        }
        if is_sign_off(line) {
            // A message that is only a sign-off ("Thanks!") is what the person wrote.
            if lines[..i].iter().any(|&r| !trimmed(r).is_empty()) {
                lines.truncate(i);
            }
            break;
        }
        tail += 1;
        if tail > MAX_SIGNATURE_LINES || line.chars().count() > MAX_SIGNATURE_LINE_CHARS {
            break;
        }
    }
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(text: &str) -> String {
        let mut r = Vec::new();
        own_lines(text, &mut r);
        r.iter().map(|&(s, e)| text[s..e].trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ")
    }

    #[test]
    fn attribution_headers_in_each_language_end_the_message() {
        let cases = [
            ("Please delete my account.\n\nOn Mon, 3 Mar 2025 at 10:02, Support <help@x.com> wrote:\n> How can we help?", "en"),
            ("Bitte löschen Sie mein Konto.\n\nAm 03.03.2025 um 10:02 schrieb Support <help@x.de>:\n> Wie können wir helfen?", "de"),
            ("Merci de supprimer mon compte.\n\nLe lun. 3 mars 2025 à 10:02, Support <help@x.fr> a écrit :\n> Comment vous aider ?", "fr"),
            ("Por favor, borren mi cuenta.\n\nEl lun, 3 mar 2025 a las 10:02, Support (<help@x.es>) escribió:\n> ¿Cómo podemos ayudar?", "es"),
            ("Vi prego di cancellare il mio account.\n\nIl giorno lun 3 mar 2025 alle ore 10:02 Support <help@x.it> ha scritto:\n> Come possiamo aiutarla?", "it"),
            ("Verwijder alstublieft mijn account.\n\nOp ma 3 mrt 2025 om 10:02 schreef Support <help@x.nl>:\n> Hoe kunnen we helpen?", "nl"),
            ("Por favor, apaguem a minha conta.\n\nEm seg., 3 de mar. de 2025 às 10:02, Support <help@x.pt> escreveu:\n> Como podemos ajudar?", "pt"),
        ];
        for (text, lang) in cases {
            let got = own(text);
            assert!(!got.contains('>') && !got.contains("Support"), "{lang}: {got}");
            assert!(got.matches(' ').count() >= 3, "{lang}: {got}");
        }
        // Wrapped onto two lines by the mail client.
        assert_eq!(own("Delete it.\nOn Mon, Mar 3, 2025 at 10:02 AM Jane Doe\n<jane@x.com> wrote:\n> hi"), "Delete it.");
    }

    #[test]
    fn separators_quotes_and_delimiters() {
        assert_eq!(own("Stop the mails.\n\n-----Original Message-----\nFrom: news@x.com"), "Stop the mails.");
        assert_eq!(own("Bitte stoppen.\n-----Ursprüngliche Nachricht-----\nVon: a"), "Bitte stoppen.");
        assert_eq!(own("> you said\nno I did not\n> did too"), "no I did not");
        assert_eq!(own("Delete my data.\n-- \nJane Doe\nACME Corp"), "Delete my data.");
        assert_eq!(own("Delete my data.\n--\nJane"), "Delete my data.");
        assert_eq!(own("Löschen bitte.\n\nVon meinem iPhone gesendet"), "Löschen bitte.");
        assert_eq!(own("Effacez tout.\nEnvoyé de mon iPhone"), "Effacez tout.");
    }

    #[test]
    fn sign_off_blocks_in_each_language() {
        let cases = [
            ("Hi,\nplease delete my account.\n\nKind regards,\nJane Doe\n+44 20 7946 0000", "Hi, | please delete my account."),
            ("Hallo,\nbitte löschen Sie meine Daten.\n\nMit freundlichen Grüßen\nMax Mustermann", "Hallo, | bitte löschen Sie meine Daten."),
            ("Bonjour,\nmerci de supprimer mes données.\n\nCordialement,\nMarie Dupont", "Bonjour, | merci de supprimer mes données."),
            ("Hola,\nquiero borrar mis datos.\n\nUn saludo,\nAna", "Hola, | quiero borrar mis datos."),
            ("Buongiorno,\nvorrei cancellare i miei dati.\n\nCordiali saluti\nMarco Rossi", "Buongiorno, | vorrei cancellare i miei dati."),
            ("Hallo,\nverwijder mijn gegevens.\n\nMet vriendelijke groet,\nJan de Vries", "Hallo, | verwijder mijn gegevens."),
            ("Olá,\nquero apagar os meus dados.\n\nAtenciosamente,\nJoão Silva", "Olá, | quero apagar os meus dados."),
        ];
        for (text, want) in cases {
            assert_eq!(own(text), want);
        }
    }

    #[test]
    fn body_text_that_looks_like_a_sign_off_stays() {
        // A sign-off followed by a long paragraph is not a signature.
        let t = "Thanks,\nbut that did not answer my question about why my parcel from last week has still not arrived at all.";
        assert_eq!(own(t), t.replace('\n', " | "));
        // "On ..." without "wrote:" is ordinary text.
        assert_eq!(own("On Monday I asked you to delete my data."), "On Monday I asked you to delete my data.");
        assert_eq!(own(""), "");
        assert_eq!(own("Thanks!"), "Thanks!");
    }
}

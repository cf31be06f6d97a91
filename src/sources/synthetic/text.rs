//! The text around the phrase banks: the sender's address built from their name (and its
//! malformed variants for the `malformed_email` defect), and the noise a message's style calls
//! for (casing, typos, a dropped full stop), applied in place to the generated text.

use super::phrases::Style;
use super::rng::Rng;

/// The sender's address, from their name: `anna.mueller84@web.de`.
pub(super) fn write_email(out: &mut String, first: &str, last: &str, pattern: usize, yy: u32, domain: &str) {
    let yy2 = |out: &mut String| {
        out.push((b'0' + (yy / 10 % 10) as u8) as char);
        out.push((b'0' + (yy % 10) as u8) as char);
    };
    match pattern {
        0 => {
            ascii_lower(out, first, usize::MAX);
            out.push('.');
            ascii_lower(out, last, usize::MAX);
        }
        1 => {
            ascii_lower(out, first, usize::MAX);
            out.push('.');
            ascii_lower(out, last, usize::MAX);
            yy2(out);
        }
        2 => {
            ascii_lower(out, first, 1);
            ascii_lower(out, last, usize::MAX);
        }
        3 => {
            ascii_lower(out, first, usize::MAX);
            ascii_lower(out, last, usize::MAX);
            yy2(out);
        }
        4 => {
            ascii_lower(out, first, usize::MAX);
            out.push('_');
            ascii_lower(out, last, usize::MAX);
        }
        5 => {
            ascii_lower(out, last, usize::MAX);
            out.push('.');
            ascii_lower(out, first, usize::MAX);
        }
        6 => {
            ascii_lower(out, first, usize::MAX);
            yy2(out);
        }
        _ => {
            ascii_lower(out, first, usize::MAX);
            out.push('.');
            ascii_lower(out, last, 1);
        }
    }
    out.push('@');
    out.push_str(domain);
}

/// Append at most `max` letters of `name`, lower-cased and transliterated to ASCII, without
/// spaces or apostrophes.
fn ascii_lower(out: &mut String, name: &str, max: usize) {
    let mut n = 0;
    for c in name.chars() {
        if n >= max {
            break;
        }
        let t: &str = match c {
            'a'..='z' | 'A'..='Z' => {
                out.push(c.to_ascii_lowercase());
                n += 1;
                continue;
            }
            'ä' | 'Ä' | 'æ' => "ae",
            'ö' | 'Ö' | 'ø' => "oe",
            'ü' | 'Ü' => "ue",
            'ß' => "ss",
            'à' | 'á' | 'â' | 'ã' | 'å' | 'À' | 'Á' | 'Â' => "a",
            'è' | 'é' | 'ê' | 'ë' | 'É' | 'È' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'Í' | 'İ' => "i",
            'ò' | 'ó' | 'ô' | 'õ' | 'Ó' => "o",
            'ù' | 'ú' | 'û' | 'Ú' => "u",
            'ç' | 'Ç' => "c",
            'ñ' | 'Ñ' => "n",
            'ş' | 'Ş' => "s",
            _ => continue,
        };
        out.push_str(t);
        n += 1;
    }
}

/// A malformed variant of a valid address.
pub(super) fn malform(email: &str, aux: u64) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    match (aux >> 8) % 6 {
        0 => format!("{local}{domain}"),
        1 => format!("{local}@@{domain}"),
        2 => format!("{local}@{}", domain.split('.').next().unwrap_or(domain)),
        3 => format!("{} {}@{domain}", &local[..local.len() / 2], &local[local.len() / 2..]),
        4 => format!("{local}@{}", domain.replacen('.', ",", 1)),
        _ => format!("{local}@.{domain}"),
    }
}

/// Trim the message just written (from `start`) and add the noise its style calls for:
/// lower case and typos in chat, an occasional typo in e-mails, none in letters and forms.
pub(super) fn finish_text(text: &mut Vec<u8>, start: usize, style: Style, noise: u64, t: &mut Rng) {
    // Trim: empty optional slots can leave spaces at either end.
    while text.len() > start && text.last().is_some_and(|c| c.is_ascii_whitespace()) {
        text.pop();
    }
    let lead = text[start..].iter().take_while(|c| c.is_ascii_whitespace()).count();
    if lead > 0 {
        text.drain(start..start + lead);
    }
    let (p_lower, p_typo, p_two) = match style {
        Style::Formal => return,
        Style::Neutral => (0.0, 0.10, 0.0),
        Style::Casual => (0.30, 0.35, 0.3),
    };
    let unit = |bits: u64| (bits & 0xffff) as f64 / 65_536.0;
    if unit(noise) < p_lower {
        text[start..].make_ascii_lowercase();
    }
    if unit(noise >> 16) < p_typo {
        typo(text, start, t);
        if unit(noise >> 32) < p_two {
            typo(text, start, t);
        }
    }
    if style == Style::Casual && unit(noise >> 48) < 0.2 {
        // Drop the final full stop, as people do in chat.
        if text.len() > start + 1 && text.last() == Some(&b'.') {
            text.pop();
        }
    }
}

/// One keyboard slip inside a word: two letters swapped, one dropped or one doubled. Only
/// ASCII letters are touched, so the text stays valid UTF-8.
fn typo(text: &mut Vec<u8>, start: usize, t: &mut Rng) {
    let n = text.len() - start;
    if n < 4 {
        return;
    }
    let from = start + t.below(n - 2);
    let Some(i) = (from..text.len() - 1).find(|&i| {
        text[i].is_ascii_lowercase() && text[i + 1].is_ascii_lowercase() && (i == start || text[i - 1].is_ascii_alphabetic())
    }) else {
        return;
    };
    match t.below(3) {
        0 => text.swap(i, i + 1),
        1 => {
            text.remove(i);
        }
        _ => text.insert(i, text[i]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_ascii_and_valid() {
        let mut s = String::new();
        for p in 0..8 {
            s.clear();
            write_email(&mut s, "Jürgen", "O'Brien-Müller", p, 84, "web.de");
            assert!(s.is_ascii() && s.contains("@web.de") && !s.contains(' ') && !s.contains('\''), "{s}");
        }
        for aux in 0..6u64 {
            let bad = malform("anna.mueller@web.de", aux << 8);
            assert_ne!(bad, "anna.mueller@web.de");
        }
    }
}

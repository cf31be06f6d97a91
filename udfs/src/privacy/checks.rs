//! The check digits and shapes that turn a candidate into a finding: Luhn (payment cards),
//! ISO 13616 mod-97 (IBANs), the US SSN's reserved ranges, and the national identifiers whose
//! checksum is public (Spanish DNI/NIE letter, Italian codice fiscale check character, Dutch BSN
//! 11-test, Portuguese NIF mod 11, French NIR key, German Steuer-ID ISO 7064 mod 11,10).
//!
//! Every function takes ASCII digits or letters already stripped of separators and allocates
//! nothing.

/// The Luhn check of a string of ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// A payment card number: 13 to 19 digits of a known issuer range, Luhn-valid.
pub fn is_card(digits: &[u8]) -> bool {
    let n = digits.len();
    if !(13..=19).contains(&n) {
        return false;
    }
    let p2 = u32::from(digits[0] - b'0') * 10 + u32::from(digits[1] - b'0');
    let p4 = digits[..4].iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let issuer = match digits[0] {
        b'4' => matches!(n, 13 | 16 | 19),                          // Visa
        b'5' => (51..=55).contains(&p2) && n == 16,                 // Mastercard
        b'2' => (2221..=2720).contains(&p4) && n == 16,             // Mastercard 2-series
        b'3' => matches!(p2, 34 | 37) && n == 15                    // American Express
            || (p2 == 35 && n >= 16)                                // JCB
            || (matches!(p2, 30 | 36 | 38 | 39) && n >= 14),        // Diners
        b'6' => p4 == 6011 || p2 == 65 || (644..=649).contains(&(p4 / 10)) || p2 == 62, // Discover, UnionPay
        _ => false,
    };
    issuer && luhn(digits)
}

/// The length of an IBAN of the country `cc` (ISO 13616 registry, SEPA countries and the
/// usual others), or `None` for a country without IBANs.
pub fn iban_length(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"CR" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" => 22,
        b"AE" | b"GI" | b"IL" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"VG" | b"TN" => 24,
        b"PT" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" => 28,
        b"BR" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" => 31,
        _ => return None,
    })
}

/// The ISO 13616 check of an IBAN without separators (upper-case letters and digits): the
/// first four characters moved to the end, letters as 10..35, the number mod 97 is 1.
pub fn iban_mod97(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rem = 0u32;
    for &c in iban[4..].iter().chain(&iban[..4]) {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// The US SSN's area, group and serial numbers outside the never-issued ranges (area 000, 666,
/// 900-999; group 00; serial 0000).
pub fn ssn_ranges(area: u32, group: u32, serial: u32) -> bool {
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits and a letter): the letter is
/// the number mod 23 in `TRWAGMYFPDXBNJZSQVHLCKE`. `id` is upper-case without separators.
pub fn dni_nie(id: &[u8]) -> bool {
    if id.len() != 9 {
        return false;
    }
    let lead = match id[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        b'0'..=b'9' => u32::from(id[0] - b'0'),
        _ => return false,
    };
    if !id[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = id[1..8].iter().fold(lead, |a, d| a * 10 + u32::from(d - b'0'));
    DNI_LETTERS[(n % 23) as usize] == id[8]
}

/// Italian codice fiscale (16 characters, upper case): the last is the check character of the
/// first fifteen (odd positions through the official table, even ones by value, sum mod 26).
pub fn codice_fiscale(cf: &[u8]) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];
    if cf.len() != 16 {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in cf[..15].iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A'),
            _ => return false,
        };
        // Positions count from 1: odd positions are the even indices.
        sum += if i % 2 == 0 { ODD[v as usize] } else { v };
    }
    cf[15] == b'A' + (sum % 26) as u8
}

/// Dutch BSN: 9 digits whose weighted sum (9, 8, ..., 2, -1) is divisible by 11.
pub fn bsn(d: &[u8]) -> bool {
    if d.len() != 9 || d.iter().all(|&c| c == b'0') {
        return false;
    }
    let mut sum: i32 = 0;
    for (i, &c) in d[..8].iter().enumerate() {
        sum += (9 - i as i32) * i32::from(c - b'0');
    }
    sum -= i32::from(d[8] - b'0');
    sum % 11 == 0
}

/// Portuguese NIF: 9 digits, a valid first digit, mod-11 check digit.
pub fn nif_pt(d: &[u8]) -> bool {
    if d.len() != 9 || !matches!(d[0], b'1' | b'2' | b'3' | b'5' | b'6' | b'8' | b'9') {
        return false;
    }
    let sum: u32 = d[..8].iter().enumerate().map(|(i, &c)| (9 - i as u32) * u32::from(c - b'0')).sum();
    let check = match 11 - sum % 11 {
        10 | 11 => 0,
        c => c,
    };
    u32::from(d[8] - b'0') == check
}

/// French NIR (numéro de sécurité sociale): 15 digits, sex digit 1, 2, 7 or 8, key = 97 - (the
/// first 13 mod 97). Corsican departments (2A, 2B) are not read.
pub fn nir(d: &[u8]) -> bool {
    if d.len() != 15 || !matches!(d[0], b'1' | b'2' | b'7' | b'8') {
        return false;
    }
    let month = u32::from(d[3] - b'0') * 10 + u32::from(d[4] - b'0');
    if !(1..=12).contains(&month) && !(20..=42).contains(&month) && month < 50 {
        return false;
    }
    let n = d[..13].iter().fold(0u64, |a, c| a * 10 + u64::from(c - b'0'));
    let key = u64::from(d[13] - b'0') * 10 + u64::from(d[14] - b'0');
    97 - n % 97 == key
}

/// German Steuer-ID (steuerliche Identifikationsnummer): 11 digits, the first not 0, ISO 7064
/// MOD 11,10 check digit.
pub fn steuer_id(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == b'0' {
        return false;
    }
    let mut product = 10u32;
    for &c in &d[..10] {
        let mut sum = (u32::from(c - b'0') + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = match 11 - product {
        10 => 0,
        c => c,
    };
    u32::from(d[10] - b'0') == check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_accept_valid_and_reject_near_misses() {
        assert!(is_card(b"4111111111111111") && !is_card(b"4111111111111112"));
        assert!(is_card(b"378282246310005") && is_card(b"5555555555554444"));
        assert!(iban_mod97(b"DE89370400440532013000") && !iban_mod97(b"DE89370400440532013001"));
        assert!(iban_mod97(b"GB82WEST12345698765432"));
        assert!(dni_nie(b"12345678Z") && !dni_nie(b"12345678A") && dni_nie(b"X1234567L"));
        assert!(codice_fiscale(b"RSSMRA85T10A562S") && !codice_fiscale(b"RSSMRA85T10A562T"));
        assert!(bsn(b"111222333") && !bsn(b"111222334"));
        assert!(nif_pt(b"123456789") && !nif_pt(b"123456788"));
        assert!(nir(b"185057800608491") && !nir(b"185057800608492") && nir(b"255014022436616"));
        assert!(steuer_id(b"86095742719") && !steuer_id(b"86095742718"));
        assert!(ssn_ranges(123, 45, 6789) && !ssn_ranges(666, 45, 6789) && !ssn_ranges(123, 0, 6789));
    }
}

//! Redaction of decoder errors: arrow-json, arrow-csv and arrow-avro can quote the value that
//! failed to decode, and a message's value must not reach an error or a log line. Shared by the
//! value decoders ([`super::decode`], [`super::avro`]) and the Avro encoder of the sink.

/// Decoder errors can quote the value that failed: keep the column and the expected type, drop
/// the data.
pub fn redact(err: &str) -> String {
    let err = err.split("Row data:").next().unwrap_or(err).trim_end();
    let mut out = String::with_capacity(err.len());
    let mut chars = err.chars().peekable();
    let mut prev_word = String::new();
    while let Some(c) = chars.next() {
        let single_value = c == '\'' && prev_word.trim_end().ends_with("value");
        if c == '"' || single_value {
            out.push(c);
            out.push('…');
            for d in chars.by_ref() {
                if d == c {
                    break;
                }
            }
            out.push(c);
            prev_word.clear();
        } else {
            out.push(c);
            prev_word.push(c);
            if prev_word.len() > 16 {
                prev_word.drain(..prev_word.len() - 16);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_lose_their_values() {
        let e = redact(
            "Json error: whilst decoding field 'id': failed to parse \"secret-ish\" as Int64",
        );
        assert!(
            !e.contains("secret-ish") && e.contains("'id'") && e.contains("Int64"),
            "{e}"
        );
        let e = redact("Parser error: Error while parsing value 'abc' as type 'Int64' for column 0 at line 0. Row data: '[abc,x]'");
        assert!(!e.contains("abc") && e.contains("column 0"), "{e}");
    }
}

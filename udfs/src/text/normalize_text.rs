//! `normalize_text(text)`: the words a person wrote, as a classifier should see them: NFKC,
//! quoted replies and signatures stripped ([`super::reply`] says exactly what), whitespace
//! collapsed.

use std::fmt::Write;
use std::sync::Arc;

use arrow::array::{ArrayRef, StringBuilder};
use arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};
use datafusion_macros::user_doc;
use unicode_normalization::UnicodeNormalization;

use super::reply::own_lines;
use crate::classify::args::{text_array, texts, to_columnar};

#[user_doc(
    doc_section(label = "Text"),
    description = "The words a person wrote, for a classifier: the text in Unicode NFKC form, \
with quoted replies (lines starting with `>`, and everything from an attribution line such as \
`On <date>, <name> wrote:` / `Am ... schrieb ...:` / `Le ... a écrit :` / `El ... escribió:` / \
`Il ... ha scritto:` / `Op ... schreef ...:` / `Em ... escreveu:` or an `-----Original Message-----` \
separator on) and e-mail signatures (everything from a `-- ` delimiter line or a device line \
such as `Sent from my iPhone`, and a closing sign-off such as `Kind regards,` / `Mit freundlichen \
Grüßen` / `Cordialement` with at most four short lines after it) removed, and every run of \
whitespace (line breaks included) made one space, trimmed. NULL gives NULL. docs/text.md lists \
every rule.",
    syntax_example = "normalize_text(text)",
    sql_example = r#"```sql
> SELECT normalize_text('Hi,\nplease   delete my account.\n\nKind regards,\nJane\n\nOn Mon, 3 Mar 2025, Support <s@x.com> wrote:\n> How can we help?') AS t;
+------------------------------------+
| t                                  |
+------------------------------------+
| Hi, please delete my account.      |
+------------------------------------+
```"#,
    argument(name = "text", description = "The message.")
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct NormalizeTextFunc {
    signature: Signature,
}

impl Default for NormalizeTextFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl NormalizeTextFunc {
    pub fn new() -> Self {
        Self { signature: Signature::string(1, Volatility::Immutable) }
    }
}

/// Scratch buffers reused from row to row of a batch.
#[derive(Default)]
struct Scratch {
    nfkc: String,
    lines: Vec<(usize, usize)>,
}

/// Writes `text` normalised into `out` (see the function's documentation).
fn normalize_into(text: &str, s: &mut Scratch, out: &mut impl Write) -> std::fmt::Result {
    s.nfkc.clear();
    if text.is_ascii() {
        // ASCII is its own NFKC form.
        s.nfkc.push_str(text);
    } else {
        s.nfkc.extend(text.nfkc());
    }
    own_lines(&s.nfkc, &mut s.lines);
    let mut first = true;
    for &(start, end) in &s.lines {
        for word in s.nfkc[start..end].split_whitespace() {
            if !first {
                out.write_char(' ')?;
            }
            out.write_str(word)?;
            first = false;
        }
    }
    Ok(())
}

/// `text` normalised, as a `String` (for callers outside SQL and for tests).
pub fn normalize_text(text: &str) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = normalize_into(text, &mut Scratch::default(), &mut out);
    out
}

impl ScalarUDFImpl for NormalizeTextFunc {
    fn name(&self) -> &str {
        "normalize_text"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let (array, scalar) = text_array(&args)?;
        let texts = texts(self.name(), array.as_ref())?;
        let bytes: usize = texts.iter().flatten().map(|t| t.len()).sum();
        let mut out = StringBuilder::with_capacity(texts.len(), bytes);
        let mut scratch = Scratch::default();
        for t in texts {
            match t {
                None => out.append_null(),
                Some(t) => {
                    normalize_into(t, &mut scratch, &mut out)
                        .map_err(|e| datafusion::common::exec_datafusion_err!("normalize_text: {e}"))?;
                    out.append_value("");
                }
            }
        }
        let out: ArrayRef = Arc::new(out.finish());
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_text as n;

    #[test]
    fn nfkc_and_whitespace() {
        // Full-width letters, a ligature and a non-breaking space fold; runs of whitespace
        // (tabs, line breaks) become one space.
        assert_eq!(n("Ｄｅｌｅｔｅ\u{00a0}my  ﬁle\t\tplease\r\n\r\nnow "), "Delete my file please now");
        assert_eq!(n("   "), "");
        assert_eq!(n(""), "");
    }

    #[test]
    fn a_reply_with_quote_and_signature_keeps_only_the_new_words() {
        let mail = "Hallo,\n\nbitte löschen Sie mein Konto.\n\nViele Grüße\nAnna Schmidt\n\nAm 3. März 2025 um 10:02 schrieb Kundenservice <service@x.de>:\n> Sehr geehrte Frau Schmidt,\n> wie können wir helfen?";
        assert_eq!(n(mail), "Hallo, bitte löschen Sie mein Konto.");
        let mail = "Bonjour,\nje souhaite retirer mon consentement.\n-- \nMarie Dupont\nTél. 01 23 45 67 89";
        assert_eq!(n(mail), "Bonjour, je souhaite retirer mon consentement.");
    }
}

//! `normalize_email(s)`: one canonical form per mailbox, so that the spellings of one address
//! pseudonymize (and join) alike.

use std::sync::OnceLock;

use arrow::array::StringBuilder;
use arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

use super::args::{first_array, for_each_str, shaped};
use crate::doc;
use crate::validate::format::is_email::is_email;

/// The SQL name.
pub const NAME: &str = "normalize_email";

/// `normalize_email(s)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct NormalizeEmailFunc {
    signature: Signature,
}

impl Default for NormalizeEmailFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl NormalizeEmailFunc {
    pub fn new() -> Self {
        Self { signature: Signature::string(1, Volatility::Immutable) }
    }
}

/// The canonical form of `s` into `out` (cleared first); false when `s` is no address.
pub fn normalize_email(s: &str, out: &mut String) -> bool {
    out.clear();
    let s = s.trim();
    if !is_email(s) {
        return false;
    }
    let Some((local, domain)) = s.rsplit_once('@') else { return false };
    let local = local.split_once('+').map_or(local, |(l, _)| l);
    if local.is_empty() {
        return false;
    }
    let domain_lower = |d: &str| d.eq_ignore_ascii_case("gmail.com") || d.eq_ignore_ascii_case("googlemail.com");
    let gmail = domain_lower(domain);
    for c in local.chars() {
        if !(gmail && c == '.') {
            out.push(c.to_ascii_lowercase());
        }
    }
    if gmail && out.is_empty() {
        return false;
    }
    out.push('@');
    if gmail {
        out.push_str("gmail.com");
    } else {
        out.extend(domain.chars().map(|c| c.to_ascii_lowercase()));
    }
    true
}

impl ScalarUDFImpl for NormalizeEmailFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let (array, scalar) = first_array(NAME, &args.args, args.number_rows)?;
        let mut out = StringBuilder::with_capacity(array.len(), array.get_buffer_memory_size());
        let mut buf = String::new();
        for_each_str(NAME, array.as_ref(), |v| match v {
            Some(s) if normalize_email(s, &mut buf) => out.append_value(&buf),
            _ => out.append_null(),
        })?;
        shaped(std::sync::Arc::new(out.finish()), scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::PRIVACY,
                "The canonical form of an e-mail address, for `pseudonymize` and joins: \
                 surrounding white space trimmed, lower-cased, a `+tag` removed from the local \
                 part (everything from the first `+`), and for gmail.com and googlemail.com the \
                 dots of the local part removed and the domain written gmail.com (the one \
                 provider that documents dots as insignificant). A string that is not an address \
                 by `is_email` (after trimming), or whose local part is only a tag, gives NULL; \
                 NULL gives NULL.",
                "normalize_email(str)",
            )
            .with_argument("str", "A string expression.")
            .with_sql_example(
                "SELECT normalize_email('  Ana.Maria+news@GoogleMail.com ');\n-- anamaria@gmail.com",
            )
            .build()
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        let mut b = String::new();
        let n = |s: &str, b: &mut String| normalize_email(s, b).then(|| b.clone());
        assert_eq!(n(" Ana.Maria+x@GMail.com", &mut b).as_deref(), Some("anamaria@gmail.com"));
        assert_eq!(n("Ana.Maria+x@Example.ORG", &mut b).as_deref(), Some("ana.maria@example.org"));
        assert_eq!(n("+x@example.org", &mut b), None);
        assert_eq!(n("not an address", &mut b), None);
    }
}

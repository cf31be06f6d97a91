//! `pseudonymize(value [, key_name])`: a keyed, deterministic token for a value (HMAC-SHA-256
//! with a key from privsql's configuration), so tables still join on it while the value itself
//! is not kept.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use arrow::array::StringBuilder;
use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::args::{exec_literal, first_array, for_each_str, plan_literal, shaped};
use super::PrivacyKeys;
use crate::doc;

/// The SQL name.
pub const NAME: &str = "pseudonymize";

/// The key used when the call names none.
pub const DEFAULT_KEY: &str = "default";

/// The shortest key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 16;

/// Every token starts with this.
pub const TOKEN_PREFIX: &str = "tok_";

/// `pseudonymize(value [, key_name])`, with the session's keys.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct PseudonymizeFunc {
    signature: Signature,
    keys: PrivacyKeys,
}

impl PseudonymizeFunc {
    pub fn new(keys: PrivacyKeys) -> Self {
        Self { signature: Signature::user_defined(Volatility::Immutable), keys }
    }

    /// The HMAC keyed with the key `name`; the error names the key, never its value.
    fn mac(&self, name: &str) -> Result<Hmac<Sha256>> {
        let upper = name.to_ascii_uppercase();
        let Some(key) = self.keys.get(name) else {
            return plan_err!(
                "{NAME}: no key named '{name}': set it in the config ([privacy.keys] {name} = \"...\") \
                 or the environment (PRIVSQL_PRIVACY__KEYS__{upper}); keys cannot be set from SQL"
            );
        };
        if key.len() < MIN_KEY_BYTES {
            return plan_err!("{NAME}: the key named '{name}' is shorter than {MIN_KEY_BYTES} bytes");
        }
        match Hmac::<Sha256>::new_from_slice(key) {
            Ok(mac) => Ok(mac),
            Err(_) => plan_err!("{NAME}: the key named '{name}' cannot key HMAC-SHA-256"),
        }
    }
}

/// `tok_` and the first 128 bits of `mac` in lower-case base32 (RFC 4648 alphabet, no
/// padding): 30 ASCII bytes.
fn token(mac: &[u8], out: &mut [u8; 30]) {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    out[..4].copy_from_slice(TOKEN_PREFIX.as_bytes());
    let bits = u128::from_be_bytes(mac[..16].try_into().unwrap_or([0; 16]));
    for (i, o) in out[4..].iter_mut().enumerate() {
        // 26 digits of 5 bits: the last one holds the final 3 bits, shifted left.
        let shift = 128i32 - 5 * (i as i32 + 1);
        let v = if shift >= 0 { (bits >> shift) & 31 } else { (bits << -shift) & 31 };
        *o = ALPHABET[v as usize];
    }
}

impl ScalarUDFImpl for PseudonymizeFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        let text = |t: &DataType| match t {
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => t.clone(),
            _ => DataType::Utf8,
        };
        match arg_types {
            [v] => Ok(vec![text(v)]),
            [v, k] if matches!(k, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View) => Ok(vec![text(v), k.clone()]),
            [_, k] => plan_err!("{NAME}: argument `key_name` must be a string, got {k}"),
            _ => plan_err!("{NAME} takes (value [, key_name])"),
        }
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        let name = plan_literal(NAME, "key_name", args.scalar_arguments, 1)?;
        // A missing key fails the query at plan time, before any row is read.
        self.mac(name.as_deref().unwrap_or(DEFAULT_KEY))?;
        Ok(Arc::new(Field::new(NAME, DataType::Utf8, true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let mac = self.mac(exec_literal(NAME, "key_name", &args.args, 1)?.unwrap_or(DEFAULT_KEY))?;
        let (array, scalar) = first_array(NAME, &args.args, args.number_rows)?;
        let mut out = StringBuilder::with_capacity(array.len(), array.len() * 30);
        let mut buf = [0u8; 30];
        for_each_str(NAME, array.as_ref(), |v| match v {
            None => out.append_null(),
            Some(v) => {
                let mut m = mac.clone();
                m.update(v.as_bytes());
                token(&m.finalize().into_bytes(), &mut buf);
                // The token is ASCII by construction.
                let _ = out.write_str(std::str::from_utf8(&buf).unwrap_or_default());
                out.append_value("");
            }
        })?;
        shaped(Arc::new(out.finish()), scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::PRIVACY,
                "A deterministic token for a value: `tok_` and the first 128 bits of \
                 HMAC-SHA-256(key, the value's UTF-8 text) in lower-case base32 (RFC 4648 \
                 alphabet, no padding), 30 characters in all. The same value and key give the \
                 same token, so tables still join on it; without the key it cannot be reversed \
                 or recomputed. Keys come only from the configuration (`[privacy.keys] NAME = \
                 \"...\"`, or the environment variable `PRIVSQL_PRIVACY__KEYS__NAME`), at least \
                 16 bytes, never from SQL; naming a new key rotates the tokens. The name \
                 'ephemeral' is a random key drawn once per process: its tokens join within one \
                 run and can never be recomputed. A missing key is an error naming the key, \
                 never showing a value. Non-string values are hashed as \
                 their text. NULL gives NULL.",
                "pseudonymize(value [, key_name])",
            )
            .with_argument("value", "The value to tokenize (any type; hashed as text).")
            .with_argument("key_name", "Optional constant: the name of a configured key (default 'default').")
            .with_sql_example(
                "-- with PRIVSQL_PRIVACY__KEYS__CRM set to a secret of 16 bytes or more\n\
                 SELECT pseudonymize(normalize_email(email), 'crm') AS email_token FROM users;",
            )
            .build()
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_base32_of_the_mac() {
        let mut buf = [0u8; 30];
        token(&[0xff; 32], &mut buf);
        // 128 one bits: 25 digits of 31, then 0b111 shifted into the last one (base32 "4").
        assert_eq!(&buf, b"tok_77777777777777777777777774");
        token(&[0; 32], &mut buf);
        assert_eq!(&buf, b"tok_aaaaaaaaaaaaaaaaaaaaaaaaaa");
    }
}

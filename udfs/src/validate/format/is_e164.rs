//! `is_e164(str)`: is the string a phone number in E.164 form?

use std::sync::OnceLock;

use arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

use super::predicate;

/// The SQL name.
pub const NAME: &str = "is_e164";

/// `is_e164(str)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IsE164Func {
    signature: Signature,
}

impl Default for IsE164Func {
    fn default() -> Self {
        Self::new()
    }
}

impl IsE164Func {
    pub fn new() -> Self {
        Self {
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for IsE164Func {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Boolean)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        predicate::invoke(self.name(), is_e164, args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is a phone number in E.164 form: `+`, a non-zero \
                 digit, then 1 to 14 more digits, nothing else.",
                "+4915123456789",
                "015123456789",
            )
        }))
    }
}

/// E.164 phone number: `+`, a digit 1-9, then 1 to 14 digits.
pub fn is_e164(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b.len() <= 16
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_numbers_accepted_and_refused() {
        assert!(is_e164("+4915123456789") && !is_e164("+0123") && !is_e164("+1234567890123456"));
    }
}

//! `is_uuid(str)`: is the string a UUID in its canonical 8-4-4-4-12 form?

use std::sync::OnceLock;

use arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

use super::predicate;

/// The SQL name.
pub const NAME: &str = "is_uuid";

/// `is_uuid(str)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IsUuidFunc {
    signature: Signature,
}

impl Default for IsUuidFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl IsUuidFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for IsUuidFunc {
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
        predicate::invoke(self.name(), is_uuid, args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is a UUID in its canonical 8-4-4-4-12 hexadecimal \
                 form (either case), such as 123e4567-e89b-12d3-a456-426614174000.",
                "123e4567-e89b-12d3-a456-426614174000",
                "123e4567e89b",
            )
        }))
    }
}

/// Canonical 8-4-4-4-12 UUID.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_accepted_and_refused() {
        assert!(is_uuid("123E4567-e89b-12d3-a456-426614174000"));
        assert!(!is_uuid("123e4567-e89b-12d3-a456-42661417400g"));
    }
}

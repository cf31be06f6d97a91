//! `is_ip(str)`: is the string an IPv4 or IPv6 address?

use std::net::IpAddr;
use std::str::FromStr;
use std::sync::OnceLock;

use arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

use super::predicate;

/// The SQL name.
pub const NAME: &str = "is_ip";

/// `is_ip(str)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IsIpFunc {
    signature: Signature,
}

impl Default for IsIpFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl IsIpFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for IsIpFunc {
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
        predicate::invoke(self.name(), is_ip, args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is an IPv4 address in dotted-quad form or an IPv6 \
                 address.",
                "192.168.0.1",
                "192.168.0.256",
            )
        }))
    }
}

/// IPv4 address in dotted-quad form or IPv6 address.
pub fn is_ip(s: &str) -> bool {
    IpAddr::from_str(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ips_accepted_and_refused() {
        assert!(is_ip("::1") && !is_ip("1.2.3.256"));
    }
}

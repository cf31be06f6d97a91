//! Text functions: `detect_language` (which language a message is in, with a confidence) and
//! `normalize_text` (the words a person wrote, without quoted replies and signatures).
//! `text_features` lives with the models whose features it returns (`crate::classify`).

use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

use crate::Functions;

pub mod detect_language;
pub mod detector;
pub mod normalize_text;
pub mod reply;

/// Every function of the family.
pub fn functions() -> Functions {
    Functions {
        scalar: vec![
            Arc::new(ScalarUDF::new_from_impl(detect_language::DetectLanguageFunc::new())),
            Arc::new(ScalarUDF::new_from_impl(normalize_text::NormalizeTextFunc::new())),
        ],
        ..Functions::default()
    }
}

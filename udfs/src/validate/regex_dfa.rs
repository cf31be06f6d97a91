//! `regexp_dfa_match(s, pattern)`: `s ~ pattern` (Rust `regex` syntax, a match anywhere unless
//! anchored) on whole batches with a precompiled DFA, several strings at a time.
//!
//! DataFusion's `~` runs `regex::Regex::is_match` on each value: a search set up per value,
//! then one DFA transition per byte, each waiting for the previous one. Here the pattern is
//! compiled once (cached by pattern) into a dense DFA (`regex_automata`, the engine inside
//! `regex`), and the batch is walked four strings at a time, so four independent chains of
//! table lookups overlap. The answer is the same as `regex::Regex::is_match`: the DFA stops
//! at the first match state (`earliest` search), a dead state means no match, and the end of
//! the string takes the DFA's end-of-input transition. Patterns the dense DFA cannot hold
//! (over a size limit, or needing Unicode word boundaries) fall back to `regex::Regex`, as
//! does any string reaching a "quit" state.
//!
//! Contract rules written `s ~ 'pattern'` / `s !~ 'pattern'` are bound to this function
//! ([`super::contract`]), so validation and the quality report use it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray};
use arrow::buffer::BooleanBuffer;
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature,
    Volatility,
};
use regex_automata::dfa::{dense, Automaton, StartKind};
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::Anchored;

use crate::doc;

/// The function's name.
pub const NAME: &str = "regexp_dfa_match";

/// The DFA's size limit; larger patterns use `regex::Regex`.
const DFA_SIZE_LIMIT: usize = 4 << 20;

/// A compiled pattern.
struct Matcher {
    /// The dense DFA and its start state (unanchored, at the start of the string).
    dfa: Option<(dense::DFA<Vec<u32>>, StateID)>,
    regex: regex::Regex,
}

impl Matcher {
    fn new(pattern: &str) -> Result<Matcher> {
        let regex = match regex::Regex::new(pattern) {
            Ok(r) => r,
            Err(e) => return exec_err!("{NAME}: invalid regular expression '{pattern}': {e}"),
        };
        let dfa = dense::Builder::new()
            .configure(
                dense::Config::new()
                    .start_kind(StartKind::Unanchored)
                    .dfa_size_limit(Some(DFA_SIZE_LIMIT))
                    .determinize_size_limit(Some(DFA_SIZE_LIMIT)),
            )
            .build(pattern)
            .ok()
            .and_then(|dfa| {
                let start = dfa
                    .start_state(&start::Config::new().anchored(Anchored::No))
                    .ok()?;
                Some((dfa, start))
            });
        Ok(Matcher { dfa, regex })
    }

    /// Whether each value matches, for `n` values read by `get` (`None` for NULL: false).
    fn matches<'a>(&self, n: usize, get: impl Fn(usize) -> Option<&'a [u8]>) -> BooleanBuffer {
        let mut out = vec![false; n];
        match &self.dfa {
            Some((dfa, start)) => self.run_dfa(dfa, *start, n, &get, &mut out),
            None => {
                for (i, o) in out.iter_mut().enumerate() {
                    if let Some(s) = get(i) {
                        *o = self.slow(s);
                    }
                }
            }
        }
        BooleanBuffer::from(out)
    }

    fn slow(&self, s: &[u8]) -> bool {
        // Values come from UTF-8 arrays.
        std::str::from_utf8(s).is_ok_and(|s| self.regex.is_match(s))
    }

    /// The state after `s`, if it ends the walk: a match (true), the dead state (false), or a
    /// quit state (`regex` decides); `None` to go on.
    #[inline]
    fn settle(&self, dfa: &dense::DFA<Vec<u32>>, s: StateID, text: &[u8]) -> Option<bool> {
        if !dfa.is_special_state(s) {
            None
        } else if dfa.is_match_state(s) {
            Some(true)
        } else if dfa.is_dead_state(s) {
            Some(false)
        } else if dfa.is_quit_state(s) {
            Some(self.slow(text))
        } else {
            None
        }
    }

    /// The end of `text` reached in state `s`: the end-of-input transition decides.
    #[inline]
    fn at_end(&self, dfa: &dense::DFA<Vec<u32>>, s: StateID, text: &[u8]) -> bool {
        let e = dfa.next_eoi_state(s);
        if dfa.is_quit_state(e) {
            self.slow(text)
        } else {
            dfa.is_match_state(e)
        }
    }

    /// One string, byte after byte, from state `s` at byte `from`.
    fn one(&self, dfa: &dense::DFA<Vec<u32>>, mut s: StateID, text: &[u8], from: usize) -> bool {
        for &b in &text[from..] {
            s = dfa.next_state(s, b);
            if let Some(m) = self.settle(dfa, s, text) {
                return m;
            }
        }
        self.at_end(dfa, s, text)
    }

    /// The DFA walk, four strings at a time: the four states advance together for as many
    /// bytes as the shortest remaining string has (one branch a step, for all four), so the
    /// four chains of table lookups overlap; a finished string makes room for the next.
    fn run_dfa<'a>(
        &self,
        dfa: &dense::DFA<Vec<u32>>,
        start: StateID,
        n: usize,
        get: &impl Fn(usize) -> Option<&'a [u8]>,
        out: &mut [bool],
    ) {
        const LANES: usize = 4;
        let mut next = 0;
        // The next non-NULL value, from `next` on.
        let take = |next: &mut usize| -> Option<(usize, &'a [u8])> {
            while *next < n {
                let i = *next;
                *next += 1;
                if let Some(s) = get(i) {
                    return Some((i, s));
                }
            }
            None
        };
        let mut idx = [0usize; LANES];
        let mut text: [&[u8]; LANES] = [&[]; LANES];
        let mut pos = [0usize; LANES];
        let mut sid = [start; LANES];
        let mut full = true;
        for l in 0..LANES {
            match take(&mut next) {
                Some((i, t)) => (idx[l], text[l]) = (i, t),
                None => {
                    // Fewer than four values: one at a time.
                    for k in 0..l {
                        out[idx[k]] = self.one(dfa, start, text[k], 0);
                    }
                    full = false;
                    break;
                }
            }
        }
        while full {
            let m = (0..LANES)
                .map(|l| text[l].len() - pos[l])
                .min()
                .unwrap_or(0);
            let [mut s0, mut s1, mut s2, mut s3] = sid;
            let (t0, t1, t2, t3) = (
                &text[0][pos[0]..pos[0] + m],
                &text[1][pos[1]..pos[1] + m],
                &text[2][pos[2]..pos[2] + m],
                &text[3][pos[3]..pos[3] + m],
            );
            let mut k = 0;
            for (((&b0, &b1), &b2), &b3) in t0.iter().zip(t1).zip(t2).zip(t3) {
                // SAFETY: every state here is the DFA's own (its start state, or a transition
                // it returned), which is what `next_state_unchecked` requires.
                unsafe {
                    s0 = dfa.next_state_unchecked(s0, b0);
                    s1 = dfa.next_state_unchecked(s1, b1);
                    s2 = dfa.next_state_unchecked(s2, b2);
                    s3 = dfa.next_state_unchecked(s3, b3);
                }
                k += 1;
                if dfa.is_special_state(s0)
                    | dfa.is_special_state(s1)
                    | dfa.is_special_state(s2)
                    | dfa.is_special_state(s3)
                {
                    break;
                }
            }
            sid = [s0, s1, s2, s3];
            for p in pos.iter_mut() {
                *p += k;
            }
            for l in 0..LANES {
                let done = match self.settle(dfa, sid[l], text[l]) {
                    Some(m) => Some(m),
                    None if pos[l] == text[l].len() => Some(self.at_end(dfa, sid[l], text[l])),
                    None => None,
                };
                if let Some(m) = done {
                    out[idx[l]] = m;
                    match take(&mut next) {
                        Some((i, t)) => (idx[l], text[l], pos[l], sid[l]) = (i, t, 0, start),
                        None => {
                            // The other lanes' strings finish one at a time.
                            full = false;
                            for o in (0..LANES).filter(|&o| o != l) {
                                if let Some(m) = self.settle(dfa, sid[o], text[o]) {
                                    out[idx[o]] = m;
                                } else {
                                    out[idx[o]] = self.one(dfa, sid[o], text[o], pos[o]);
                                }
                            }
                            break;
                        }
                    }
                }
            }
        }
    }
}

/// Compiled patterns, by pattern (a plan evaluates the same few patterns batch after batch).
fn matcher(pattern: &str) -> Result<Arc<Matcher>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Matcher>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(m) = cache.lock().ok().and_then(|c| c.get(pattern).cloned()) {
        return Ok(m);
    }
    let m = Arc::new(Matcher::new(pattern)?);
    if let Ok(mut c) = cache.lock() {
        if c.len() >= 256 {
            c.clear();
        }
        c.insert(pattern.to_string(), Arc::clone(&m));
    }
    Ok(m)
}

/// Whether each string of `array` matches `pattern`; NULL stays NULL.
pub fn match_array(array: &ArrayRef, pattern: &str) -> Result<ArrayRef> {
    let m = matcher(pattern)?;
    let n = array.len();
    let bits = match array.data_type() {
        DataType::Utf8 => {
            let a = array.as_string::<i32>();
            m.matches(n, |i| a.is_valid(i).then(|| a.value(i).as_bytes()))
        }
        DataType::LargeUtf8 => {
            let a = array.as_string::<i64>();
            m.matches(n, |i| a.is_valid(i).then(|| a.value(i).as_bytes()))
        }
        DataType::Utf8View => {
            let a = array.as_string_view();
            m.matches(n, |i| a.is_valid(i).then(|| a.value(i).as_bytes()))
        }
        DataType::Null => return Ok(Arc::new(BooleanArray::new_null(n))),
        other => return exec_err!("{NAME}: argument 1 must be a string, got {other}"),
    };
    Ok(Arc::new(BooleanArray::new(bits, array.nulls().cloned())))
}

/// `regexp_dfa_match(s, pattern)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RegexpDfaMatchFunc {
    signature: Signature,
}

impl Default for RegexpDfaMatchFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl RegexpDfaMatchFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::any(2, Volatility::Immutable),
        }
    }
}

/// The registered function (contract binding builds calls to it).
pub fn udf() -> Arc<ScalarUDF> {
    static UDF: OnceLock<Arc<ScalarUDF>> = OnceLock::new();
    Arc::clone(UDF.get_or_init(|| Arc::new(ScalarUDF::from(RegexpDfaMatchFunc::new()))))
}

fn is_string(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View | DataType::Null
    )
}

impl ScalarUDFImpl for RegexpDfaMatchFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        for (i, t) in arg_types.iter().enumerate() {
            if !is_string(t) {
                return plan_err!("{NAME}: argument {} must be a string, got {t}", i + 1);
            }
        }
        Ok(DataType::Boolean)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let [s, pattern] = args.args.as_slice() else {
            return exec_err!("{NAME} takes two arguments");
        };
        let pattern = match pattern {
            ColumnarValue::Scalar(
                ScalarValue::Utf8(p) | ScalarValue::LargeUtf8(p) | ScalarValue::Utf8View(p),
            ) => p.as_deref(),
            ColumnarValue::Scalar(ScalarValue::Null) => None,
            _ => return exec_err!("{NAME}: the pattern (argument 2) must be a constant string"),
        };
        let Some(pattern) = pattern else {
            return Ok(ColumnarValue::Scalar(ScalarValue::Boolean(None)));
        };
        match s {
            ColumnarValue::Array(a) => Ok(ColumnarValue::Array(match_array(a, pattern)?)),
            ColumnarValue::Scalar(v) => {
                let a = v.to_array_of_size(1)?;
                let out = match_array(&a, pattern)?;
                Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&out, 0)?))
            }
        }
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::VALIDATE,
                "True when the string matches the regular expression (Rust regex syntax, a match \
                 anywhere unless anchored with ^ and $), as `s ~ pattern`: the same answers, \
                 from a DFA compiled once per pattern and run over the batch four strings at a \
                 time. Contract rules written with ~ and !~ run through it. NULL gives NULL.",
                "regexp_dfa_match(s, pattern)",
            )
            .with_argument("s", "A string expression.")
            .with_argument("pattern", "A constant string: the regular expression.")
            .with_sql_example("SELECT regexp_dfa_match('SR-00A1B2C3D4', '^SR-[0-9A-F]{10}$');")
            .build()
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::{StringArray, StringViewArray};

    /// The DFA path gives `regex::Regex::is_match`'s answers, on every layout.
    #[test]
    fn agrees_with_regex() {
        let values: Vec<Option<&str>> = vec![
            Some("SR-00A1B2C3D4"),
            Some("SR-00A1B2C3D"),
            Some("SR-00A1B2C3D45"),
            Some("xSR-00A1B2C3D4"),
            None,
            Some(""),
            Some("a.b@example.com"),
            Some("A.b@example.com"),
            Some("ab@example"),
            Some("ab@ex-ample.co.uk"),
            Some("ab@@x.y"),
            Some("été@x.y"),
            Some("unicode é ü 日本 text with a@b.cd inside"),
            Some("a long string that goes on and on before it ends without a match at all"),
        ];
        let patterns = [
            "^SR-[0-9A-F]{10}$",
            r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$",
            r"[a-z]+@[a-z]+\.[a-z]{2}",
            "é",
            "^$",
            "x|y",
            r"\w+\s\w+",
            "",
        ];
        // Enough values of varied lengths for the four lanes to refill and drain many times.
        let many: Vec<String> = (0..997)
            .map(|i| match i % 7 {
                0 => format!("SR-{:010X}", i * 7919),
                1 => format!("u{i}@host{}.example.org", i % 13),
                2 => "x".repeat(i % 40),
                3 => format!("SR-{:09X}", i),
                4 => format!("bad@@{i}"),
                5 => String::new(),
                _ => format!("é{i}ü a@b.cd"),
            })
            .collect();
        let mut values = values;
        values.extend(many.iter().map(|s| Some(s.as_str())));
        let arrays: Vec<ArrayRef> = vec![
            Arc::new(StringArray::from(values.clone())),
            Arc::new(StringViewArray::from(values.clone())),
            Arc::new(arrow::array::LargeStringArray::from(values.clone())),
        ];
        for p in patterns {
            let re = regex::Regex::new(p).unwrap();
            let want: Vec<Option<bool>> =
                values.iter().map(|v| v.map(|s| re.is_match(s))).collect();
            for a in &arrays {
                let got = match_array(a, p).unwrap();
                let got: Vec<Option<bool>> = got.as_boolean().iter().collect();
                assert_eq!(got, want, "pattern {p:?}, {}", a.data_type());
                // Fewer values than lanes, and every offset.
                for (at, len) in [(0, 1), (3, 2), (5, 3), (7, 4), (10, 5)] {
                    let got = match_array(&a.slice(at, len), p).unwrap();
                    let got: Vec<Option<bool>> = got.as_boolean().iter().collect();
                    assert_eq!(got, want[at..at + len], "pattern {p:?}, {at}+{len}");
                }
            }
        }
    }

    #[test]
    fn without_a_dfa_regex_answers() {
        // The fallback for patterns the DFA cannot hold gives the same answers.
        let p = r"^[a-z]+@[a-z]+$";
        let m = Matcher {
            dfa: None,
            regex: regex::Regex::new(p).unwrap(),
        };
        let vals = ["ab@cd", "ab@cd.e", "", "x@y"];
        let got = m.matches(vals.len() + 1, |i| vals.get(i).map(|s| s.as_bytes()));
        assert_eq!(
            got.iter().collect::<Vec<_>>(),
            vec![true, false, false, true, false]
        );
        assert!(Matcher::new("(").is_err());
    }
}

//! `contract_violations(['contract',] violated, value, field, rule, message, ...)`: the kernel
//! that `validate_schema` is rewritten into. It takes the contract's name (optional: the label of
//! the violation counter), then per rule a boolean column (true when the row breaks the rule),
//! the offending value, and three literals, and builds each row's list of violations in one pass
//! over the batch. A batch with no violation costs one `true_count`
//! per rule and an all-empty list.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, ListArray, StringBuilder, StructArray};
use arrow::buffer::{NullBuffer, OffsetBuffer, ScalarBuffer};
use arrow::datatypes::{DataType, Field, FieldRef, Fields};
use arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
    Volatility,
};

use crate::doc;

/// Longest value shown in a message, in characters.
const MAX_SHOWN: usize = 64;

/// The struct of one violation: `{field, rule, message}`.
pub fn violation_fields() -> Fields {
    Fields::from(vec![
        Field::new("field", DataType::Utf8, false),
        Field::new("rule", DataType::Utf8, false),
        Field::new("message", DataType::Utf8, false),
    ])
}

/// `List<Struct<field, rule, message>>`, the type of `validate_schema`.
pub fn violations_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(
        DataType::Struct(violation_fields()),
        true,
    )))
}

#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ContractViolationsFunc {
    signature: Signature,
}

impl Default for ContractViolationsFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl ContractViolationsFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
        }
    }
}

fn literal_str(v: &ColumnarValue, what: &str, i: usize) -> Result<String> {
    match v {
        ColumnarValue::Scalar(
            ScalarValue::Utf8(Some(s))
            | ScalarValue::LargeUtf8(Some(s))
            | ScalarValue::Utf8View(Some(s)),
        ) => Ok(s.clone()),
        _ => exec_err!(
            "contract_violations: argument {} ({what}) must be a string literal",
            i + 1
        ),
    }
}

/// Count the batch's violations per (contract, field, rule) in the process metrics, once per
/// batch.
fn count_violations(contract: &str, texts: &[(String, String, String)], hits: &[usize]) {
    let Some(m) = crate::metrics::functions() else { return };
    for ((field, rule, _), n) in texts.iter().zip(hits).filter(|(_, n)| **n > 0) {
        m.contract_violations.with_label_values(&[contract, field.as_str(), rule.as_str()]).inc_by(*n as u64);
    }
}

/// How many leading arguments name the contract: 1 when the count is 1 more than a multiple of
/// five, else 0.
fn name_args(count: usize) -> usize {
    count % 5
}

impl ScalarUDFImpl for ContractViolationsFunc {
    fn name(&self) -> &str {
        "contract_violations"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(violations_type())
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        let skip = name_args(args.arg_fields.len());
        if skip > 1 {
            return plan_err!(
                "contract_violations takes an optional contract name, then groups of five arguments (violated, value, field, rule, message), got {}",
                args.arg_fields.len()
            );
        }
        if skip == 1 && !matches!(args.scalar_arguments.first(), Some(Some(v)) if v.try_as_str().flatten().is_some()) {
            return plan_err!("contract_violations: argument 1 (contract) must be a string literal");
        }
        for (i, f) in args.arg_fields.iter().enumerate().skip(skip).step_by(5) {
            if !matches!(f.data_type(), DataType::Boolean | DataType::Null) {
                return plan_err!(
                    "contract_violations: argument {} (violated) must be boolean, got {}",
                    i + 1,
                    f.data_type()
                );
            }
        }
        Ok(Arc::new(Field::new(self.name(), violations_type(), false)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let n = args.number_rows;
        let skip = name_args(args.args.len());
        let contract = match skip {
            0 => String::new(),
            _ => literal_str(&args.args[0], "contract", 0)?,
        };
        let groups = args.args.len() / 5;
        let mut violated: Vec<BooleanArray> = Vec::with_capacity(groups);
        let mut values: Vec<Option<ArrayRef>> = Vec::with_capacity(groups);
        let mut texts: Vec<(String, String, String)> = Vec::with_capacity(groups);
        let mut any = 0usize;
        let mut hits_of = Vec::with_capacity(groups);
        for g in 0..groups {
            let a = &args.args[skip + g * 5..skip + g * 5 + 5];
            let v = a[0].clone().into_array(n)?;
            let v = match v.data_type() {
                DataType::Boolean => v.as_boolean().clone(),
                _ => BooleanArray::new_null(n),
            };
            // A NULL condition is not a violation.
            let hits = match v.nulls() {
                Some(nulls) => (v.values() & nulls.inner()).count_set_bits(),
                None => v.true_count(),
            };
            any += hits;
            hits_of.push(hits);
            violated.push(v);
            values.push(match &a[1] {
                ColumnarValue::Scalar(s) if s.is_null() => None,
                other if hits > 0 => Some(other.clone().into_array(n)?),
                _ => None,
            });
            texts.push((
                literal_str(&a[2], "field", skip + g * 5 + 2)?,
                literal_str(&a[3], "rule", skip + g * 5 + 3)?,
                literal_str(&a[4], "message", skip + g * 5 + 4)?,
            ));
        }
        let item = Arc::new(Field::new_list_field(
            DataType::Struct(violation_fields()),
            true,
        ));
        count_violations(&contract, &texts, &hits_of);
        if any == 0 {
            let empty = arrow::array::new_empty_array(&DataType::Struct(violation_fields()));
            let list = ListArray::try_new(item, OffsetBuffer::new_zeroed(n), empty, None)?;
            return Ok(ColumnarValue::Array(Arc::new(list)));
        }

        let options = FormatOptions::default().with_null("NULL");
        let formatters: Vec<Option<ArrayFormatter>> = values
            .iter()
            .map(|v| {
                v.as_ref()
                    .map(|a| ArrayFormatter::try_new(a.as_ref(), &options))
                    .transpose()
            })
            .collect::<std::result::Result<_, _>>()?;
        let templates: Vec<(&str, Option<&str>)> = texts
            .iter()
            .map(|(_, _, m)| match m.split_once("{value}") {
                Some((a, b)) => (a, Some(b)),
                None => (m.as_str(), None),
            })
            .collect();

        let mut field_b = StringBuilder::with_capacity(any, any * 8);
        let mut rule_b = StringBuilder::with_capacity(any, any * 8);
        let mut msg_b = StringBuilder::with_capacity(any, any * 48);
        let mut offsets: Vec<i32> = Vec::with_capacity(n + 1);
        offsets.push(0);
        let mut count: i32 = 0;
        let mut scratch = String::with_capacity(MAX_SHOWN * 4 + 8);
        for row in 0..n {
            for g in 0..groups {
                let v = &violated[g];
                if !(v.is_valid(row) && v.value(row)) {
                    continue;
                }
                let (field, rule, _) = &texts[g];
                field_b.append_value(field);
                rule_b.append_value(rule);
                let (head, tail) = templates[g];
                scratch.clear();
                scratch.push_str(head);
                if let Some(tail) = tail {
                    match &formatters[g] {
                        Some(f) if values[g].as_ref().is_some_and(|a| a.is_valid(row)) => {
                            scratch.push('\'');
                            let start = scratch.len();
                            let _ = write!(scratch, "{}", f.value(row));
                            if let Some((cut, _)) = scratch[start..].char_indices().nth(MAX_SHOWN) {
                                scratch.truncate(start + cut);
                                scratch.push('…');
                            }
                            scratch.push('\'');
                        }
                        _ => scratch.push_str("NULL"),
                    }
                    scratch.push_str(tail);
                }
                msg_b.append_value(&scratch);
                count += 1;
            }
            offsets.push(count);
        }
        let structs = StructArray::try_new(
            violation_fields(),
            vec![
                Arc::new(field_b.finish()),
                Arc::new(rule_b.finish()),
                Arc::new(msg_b.finish()),
            ],
            None::<NullBuffer>,
        )?;
        let list = ListArray::try_new(
            item,
            OffsetBuffer::new(ScalarBuffer::from(offsets)),
            Arc::new(structs),
            None,
        )?;
        Ok(ColumnarValue::Array(Arc::new(list)))
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::VALIDATE,
                "The kernel behind validate_schema: for each group of five arguments (violated, \
                 value, field, rule, message) appends {field, rule, message} to the row's list \
                 when `violated` is true; `{value}` in the message is replaced by the quoted \
                 value (truncated to 64 characters) or NULL. An optional first argument names \
                 the contract (the `contract` label of privsql_contract_violations_total; empty \
                 without it). validate_schema calls are rewritten into this function at \
                 planning time; call it directly to build ad-hoc checks.",
                "contract_violations(['contract',] violated, value, 'field', 'rule', 'message', ...)",
            )
            .with_argument("contract", "Optional string literal: the contract's name, for the metrics.")
            .with_argument("violated", "Boolean: true when the row breaks the rule (NULL is not a violation).")
            .with_argument("value", "The offending value shown in the message; NULL to hide it.")
            .with_argument("field", "String literal: the field name.")
            .with_argument("rule", "String literal: the rule name.")
            .with_argument("message", "String literal: the message; `{value}` is replaced by the value.")
            .with_sql_example(
                "SELECT contract_violations(age < 0, age, 'age', 'range', 'must be >= 0: {value}')\n\
                 FROM (VALUES (-3), (7)) AS t(age);\n\
                 -- [{field: age, rule: range, message: must be >= 0: '-3'}], []",
            )
            .build()
        }))
    }
}

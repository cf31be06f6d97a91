//! `${NAME}` substitution in scripts (`--set NAME=VALUE`), dbt-style templated SQL.
//!
//! A reference is `${NAME}` where NAME is a letter or `_` followed by letters, digits, `_` or
//! `.`; it is replaced everywhere in the text, string literals included (`WHERE day =
//! '${DAY}'`). `${NAME:-DEFAULT}` uses DEFAULT when NAME was not set. Anything else containing `$` is left alone, so dollar-quoted strings and
//! placeholders such as `$1` keep working; `$${NAME}` writes a literal `${NAME}`. A reference
//! to a name that was not set is an error naming it and its line.

use std::collections::BTreeMap;

/// Variables set on the command line.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    values: BTreeMap<String, String>,
}

/// A `${NAME}` with no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub name: String,
    /// 1-based line of the reference in the original text.
    pub line: usize,
}

/// Text after substitution, and the original line of each of its lines (values may span lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    line_map: Option<Vec<usize>>,
}

impl Rendered {
    /// The original line of 1-based line `line` of the rendered text.
    pub fn original_line(&self, line: usize) -> usize {
        match &self.line_map {
            None => line,
            Some(map) => map.get(line.saturating_sub(1)).copied().unwrap_or(line),
        }
    }
}

impl Vars {
    /// No variables.
    pub fn new() -> Self {
        Self::default()
    }

    /// Parse `NAME=VALUE` (as given to `--set`).
    pub fn set_from_arg(&mut self, arg: &str) -> Result<(), String> {
        let Some((name, value)) = arg.split_once('=') else {
            return Err(format!("--set expects NAME=VALUE, got \"{arg}\""));
        };
        let name = name.trim();
        if !is_name(name) {
            return Err(format!(
                "--set {name}: a name starts with a letter or _ and has only letters, digits, _ and ."
            ));
        }
        self.values.insert(name.to_string(), value.to_string());
        Ok(())
    }

    /// Set `name` to `value`.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.values.insert(name.into(), value.into());
    }

    /// Replace every `${NAME}` of `text`. Fails on the first name that has no value.
    pub fn render(&self, text: &str) -> Result<Rendered, Unknown> {
        if !text.contains("${") {
            return Ok(Rendered {
                text: text.to_string(),
                line_map: None,
            });
        }
        let mut out = String::with_capacity(text.len());
        let mut line = 1usize;
        let mut multi_line_values = false;
        // Original line of each output line, built only once a value spans lines.
        let mut map: Vec<usize> = vec![1];
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    line += 1;
                    map.push(line);
                    i += 1;
                }
                b'$' => {
                    let escaped = bytes.get(i + 1) == Some(&b'$');
                    let at = if escaped { i + 1 } else { i };
                    match reference(text, at) {
                        Some((name, default, end)) => {
                            out.push_str(&text[copied..i]);
                            if escaped {
                                out.push_str(&text[at..end]);
                            } else {
                                let value = self.values.get(name).map(String::as_str).or(default);
                                let Some(value) = value else {
                                    return Err(Unknown {
                                        name: name.to_string(),
                                        line,
                                    });
                                };
                                for _ in value.matches('\n') {
                                    multi_line_values = true;
                                    map.push(line);
                                }
                                out.push_str(value);
                            }
                            copied = end;
                            i = end;
                        }
                        None => i += if escaped { 2 } else { 1 },
                    }
                }
                _ => i += 1,
            }
        }
        out.push_str(&text[copied..]);
        Ok(Rendered {
            text: out,
            line_map: multi_line_values.then_some(map),
        })
    }
}

/// The `${NAME}` starting at byte `at` of `text`, as (NAME, end offset).
/// The `${NAME}` or `${NAME:-DEFAULT}` starting at byte `at` of `text`, as (NAME, DEFAULT, end
/// offset).
fn reference(text: &str, at: usize) -> Option<(&str, Option<&str>, usize)> {
    let rest = text.get(at..)?.strip_prefix("${")?;
    let close = rest.find('}')?;
    let inner = &rest[..close];
    let (name, default) = match inner.split_once(":-") {
        Some((n, d)) => (n, Some(d)),
        None => (inner, None),
    };
    is_name(name).then_some((name, default, at + 2 + close + 1))
}

fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> Vars {
        let mut v = Vars::new();
        for (n, x) in pairs {
            v.insert(*n, *x);
        }
        v
    }

    #[test]
    fn substitutes_everywhere_and_leaves_other_dollars_alone() {
        let v = vars(&[("DAY", "2024-01-01"), ("t", "events")]);
        let r = v
            .render("SELECT $1, $$x$$ FROM ${t} WHERE d = '${DAY}' AND j = '${ not a ref }'")
            .unwrap();
        assert_eq!(
            r.text,
            "SELECT $1, $$x$$ FROM events WHERE d = '2024-01-01' AND j = '${ not a ref }'"
        );
    }

    #[test]
    fn unknown_names_are_reported_with_their_line() {
        let v = vars(&[("a", "1")]);
        let e = v.render("SELECT ${a};\n\nSELECT ${missing};").unwrap_err();
        assert_eq!(
            e,
            Unknown {
                name: "missing".into(),
                line: 3
            }
        );
    }

    #[test]
    fn defaults_apply_when_a_name_is_not_set() {
        let v = vars(&[("ROWS", "10")]);
        let r = v.render("SELECT ${ROWS:-1000000}, '${DAY:-2024-01-01}', '${E:-}'").unwrap();
        assert_eq!(r.text, "SELECT 10, '2024-01-01', ''");
    }

    #[test]
    fn double_dollar_escapes() {
        let r = Vars::new().render("SELECT '$${NAME}'").unwrap();
        assert_eq!(r.text, "SELECT '${NAME}'");
    }

    #[test]
    fn multi_line_values_keep_original_lines() {
        let v = vars(&[("cols", "a,\nb,\nc")]);
        let r = v.render("SELECT\n${cols}\nFROM t;\nSELECT 2;").unwrap();
        assert_eq!(r.text, "SELECT\na,\nb,\nc\nFROM t;\nSELECT 2;");
        assert_eq!(r.original_line(5), 3);
        assert_eq!(r.original_line(6), 4);
        assert_eq!(r.original_line(1), 1);
    }

    #[test]
    fn set_arguments_are_checked() {
        let mut v = Vars::new();
        assert!(v.set_from_arg("A=b=c").is_ok());
        assert_eq!(v.render("${A}").unwrap().text, "b=c");
        assert!(v
            .set_from_arg("novalue")
            .unwrap_err()
            .contains("NAME=VALUE"));
        assert!(v.set_from_arg("1x=2").is_err());
    }
}

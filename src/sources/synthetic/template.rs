//! The phrase-bank mini language, compiled once into a tree and expanded per row.
//!
//! A template is literal text with three constructs:
//! - `[a|b|c]` picks one alternative (uniformly); alternatives nest, and `[a|]` is optional text;
//! - `{slot}` expands one of the language's slot phrases (greetings, closings, ...), chosen
//!   uniformly, themselves templates;
//! - `{name}`, `{first}`, `{last}`, `{email}`, `{co}`, `{order}`, `{amount}`, `{date}`, `{d}`
//!   are built-ins filled from the row: the sender's name and address, the company, an order
//!   number, an amount, a date, and one random digit.
//!
//! Expansion appends string slices to a byte buffer: no allocation per row.

use super::rng::Rng;

/// A value filled from the row rather than from the phrase bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Name,
    First,
    Last,
    Email,
    Company,
    Order,
    Amount,
    Date,
    Digit,
}

impl Builtin {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "name" => Self::Name,
            "first" => Self::First,
            "last" => Self::Last,
            "email" => Self::Email,
            "co" => Self::Company,
            "order" => Self::Order,
            "amount" => Self::Amount,
            "date" => Self::Date,
            "d" => Self::Digit,
            _ => return None,
        })
    }
}

/// One compiled piece of a template.
#[derive(Debug)]
pub enum Node {
    Lit(&'static str),
    Alt(Box<[Seq]>),
    Slot(u16),
    Builtin(Builtin),
}

/// A compiled template: pieces written one after the other.
pub type Seq = Box<[Node]>;

/// How dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// 03/14/2025
    MonthFirstSlash,
    /// 14/03/2025
    DaySlash,
    /// 14.03.2025
    DayDot,
    /// 14-03-2025
    DayDash,
}

/// What the built-ins expand to for one row.
#[derive(Debug)]
pub struct RowValues<'a> {
    pub first: &'a str,
    pub last: &'a str,
    pub email: &'a str,
    pub company: &'a str,
    pub order: u32,
    pub amount_cents: u64,
    pub decimal_comma: bool,
    pub date: DateStyle,
}

/// Compile `src`, resolving `{slot}` names with `slot`.
pub fn compile(src: &'static str, slot: &dyn Fn(&str) -> Option<u16>) -> Result<Seq, String> {
    let mut p = Parser { src, pos: 0, slot };
    let seq = p.seq(false)?;
    if p.pos != src.len() {
        return Err(format!("unbalanced ']' or '|' at byte {} of {src:?}", p.pos));
    }
    Ok(seq)
}

struct Parser<'s> {
    src: &'static str,
    pos: usize,
    slot: &'s dyn Fn(&str) -> Option<u16>,
}

impl Parser<'_> {
    /// A sequence up to the end, or (inside brackets) up to `|` or `]`.
    fn seq(&mut self, nested: bool) -> Result<Seq, String> {
        let bytes = self.src.as_bytes();
        let mut out = Vec::new();
        let mut lit_start = self.pos;
        while self.pos < bytes.len() {
            match bytes[self.pos] {
                b'[' => {
                    self.flush(lit_start, &mut out);
                    self.pos += 1;
                    let mut alts = Vec::new();
                    loop {
                        alts.push(self.seq(true)?);
                        match bytes.get(self.pos) {
                            Some(b'|') => self.pos += 1,
                            Some(b']') => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(format!("unclosed '[' in {:?}", self.src)),
                        }
                    }
                    out.push(Node::Alt(alts.into_boxed_slice()));
                    lit_start = self.pos;
                }
                b'{' => {
                    self.flush(lit_start, &mut out);
                    let end = self.src[self.pos..]
                        .find('}')
                        .ok_or_else(|| format!("unclosed '{{' in {:?}", self.src))?;
                    let name = &self.src[self.pos + 1..self.pos + end];
                    let node = match Builtin::parse(name) {
                        Some(b) => Node::Builtin(b),
                        None => Node::Slot(
                            (self.slot)(name).ok_or_else(|| format!("unknown slot {{{name}}} in {:?}", self.src))?,
                        ),
                    };
                    out.push(node);
                    self.pos += end + 1;
                    lit_start = self.pos;
                }
                b'|' | b']' if nested => break,
                b'|' | b']' => return Err(format!("'{}' outside brackets in {:?}", bytes[self.pos] as char, self.src)),
                _ => self.pos += 1,
            }
        }
        self.flush(lit_start, &mut out);
        Ok(out.into_boxed_slice())
    }

    fn flush(&self, start: usize, out: &mut Vec<Node>) {
        if start < self.pos {
            out.push(Node::Lit(&self.src[start..self.pos]));
        }
    }
}

/// Append the expansion of `seq` to `out`.
pub fn expand(seq: &[Node], slots: &[Box<[Seq]>], row: &RowValues, rng: &mut Rng, out: &mut Vec<u8>) {
    expand_depth(seq, slots, row, rng, out, 0)
}

fn expand_depth(seq: &[Node], slots: &[Box<[Seq]>], row: &RowValues, rng: &mut Rng, out: &mut Vec<u8>, depth: u8) {
    // Slots may reference slots; a bank test rejects cycles, the depth bound keeps a mistake
    // from overflowing the stack.
    if depth > 12 {
        return;
    }
    for node in seq {
        match node {
            Node::Lit(s) => out.extend_from_slice(s.as_bytes()),
            Node::Alt(alts) => {
                let pick = &alts[rng.below(alts.len())];
                expand_depth(pick, slots, row, rng, out, depth + 1);
            }
            Node::Slot(i) => {
                let alts = &slots[*i as usize];
                if !alts.is_empty() {
                    let pick = &alts[rng.below(alts.len())];
                    expand_depth(pick, slots, row, rng, out, depth + 1);
                }
            }
            Node::Builtin(b) => builtin(*b, row, rng, out),
        }
    }
}

fn builtin(b: Builtin, row: &RowValues, rng: &mut Rng, out: &mut Vec<u8>) {
    match b {
        Builtin::Name => {
            out.extend_from_slice(row.first.as_bytes());
            out.push(b' ');
            out.extend_from_slice(row.last.as_bytes());
        }
        Builtin::First => out.extend_from_slice(row.first.as_bytes()),
        Builtin::Last => out.extend_from_slice(row.last.as_bytes()),
        Builtin::Email => out.extend_from_slice(row.email.as_bytes()),
        Builtin::Company => out.extend_from_slice(row.company.as_bytes()),
        Builtin::Order => push_u64(out, row.order as u64),
        Builtin::Amount => {
            push_u64(out, row.amount_cents / 100);
            out.push(if row.decimal_comma { b',' } else { b'.' });
            push_2(out, (row.amount_cents % 100) as u32);
        }
        Builtin::Date => {
            let day = 1 + rng.below(28) as u32;
            let month = 1 + rng.below(12) as u32;
            let (a, b, sep) = match row.date {
                DateStyle::MonthFirstSlash => (month, day, b'/'),
                DateStyle::DaySlash => (day, month, b'/'),
                DateStyle::DayDot => (day, month, b'.'),
                DateStyle::DayDash => (day, month, b'-'),
            };
            push_2(out, a);
            out.push(sep);
            push_2(out, b);
            out.push(sep);
            out.extend_from_slice(if rng.below(3) == 0 { b"2024" } else { b"2025" });
        }
        Builtin::Digit => out.push(b'0' + rng.below(10) as u8),
    }
}

/// Append the decimal digits of `n`.
#[inline]
pub fn push_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// Append `n` (< 100) as two digits.
#[inline]
pub fn push_2(out: &mut Vec<u8>, n: u32) {
    out.push(b'0' + (n / 10 % 10) as u8);
    out.push(b'0' + (n % 10) as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(name: &str) -> Option<u16> {
        (name == "greet").then_some(0)
    }

    fn row() -> RowValues<'static> {
        RowValues {
            first: "Ana",
            last: "Lima",
            email: "ana@example.org",
            company: "Northwind",
            order: 123,
            amount_cents: 4905,
            decimal_comma: true,
            date: DateStyle::DayDot,
        }
    }

    #[test]
    fn expands_alternatives_slots_and_builtins() {
        let bank: Vec<Box<[Seq]>> = vec![vec![compile("Hi {first},", &slots).unwrap()].into_boxed_slice()];
        let t = compile("{greet} [please|kindly] [delete|erase] order {order} ({amount} EUR)[!|]", &slots).unwrap();
        let mut seen = std::collections::HashSet::new();
        let mut rng = Rng::new(1, 2, 3);
        for _ in 0..200 {
            let mut out = Vec::new();
            expand(&t, &bank, &row(), &mut rng, &mut out);
            let s = String::from_utf8(out).unwrap();
            assert!(s.starts_with("Hi Ana, "), "{s}");
            assert!(s.contains("order 123 (49,05 EUR)"), "{s}");
            seen.insert(s);
        }
        assert_eq!(seen.len(), 8);
    }

    #[test]
    fn rejects_malformed_templates() {
        assert!(compile("[a|b", &slots).unwrap_err().contains("unclosed"));
        assert!(compile("a]b", &slots).unwrap_err().contains("outside"));
        assert!(compile("{nope}", &slots).unwrap_err().contains("unknown slot {nope}"));
        assert!(compile("{greet", &slots).unwrap_err().contains("unclosed"));
    }
}

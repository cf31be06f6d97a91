//! GEOGRAPHY values as WKT text. BigQuery's Storage Read API sends WKT; some servers (the
//! emulator, over DuckDB) send well-known binary instead, which is turned into the same text
//! here so that a GEOGRAPHY column reads the same from both.

use std::fmt::Write as _;

use datafusion::arrow::array::{Array, ArrayRef, BinaryArray, StringBuilder};
use datafusion::common::{exec_err, Result};

/// A binary (WKB) array as a WKT string array; a value that is not WKB is an error.
pub fn wkb_array_to_wkt(array: &BinaryArray, column: &str) -> Result<ArrayRef> {
    let mut out = StringBuilder::with_capacity(array.len(), array.len() * 16);
    let mut text = String::new();
    for i in 0..array.len() {
        if array.is_null(i) {
            out.append_null();
            continue;
        }
        text.clear();
        let mut r = Reader { buf: array.value(i), pos: 0, little: true };
        if geometry(&mut r, &mut text, true).is_none() {
            return exec_err!("BigQuery: GEOGRAPHY column '{column}' row {i} is not well-known binary");
        }
        out.append_value(&text);
    }
    Ok(std::sync::Arc::new(out.finish()))
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    little: bool,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let bytes = self.buf.get(self.pos..self.pos + N)?;
        self.pos += N;
        bytes.try_into().ok()
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.take::<4>()?;
        Some(if self.little { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
    }
    fn f64(&mut self) -> Option<f64> {
        let b = self.take::<8>()?;
        Some(if self.little { f64::from_le_bytes(b) } else { f64::from_be_bytes(b) })
    }
    /// A count, bounded by what the remaining bytes could hold (no huge allocations).
    fn count(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.buf.len()).then_some(n)
    }
}

/// One geometry (with its byte-order and type header) appended to `out` as WKT.
fn geometry(r: &mut Reader, out: &mut String, tagged: bool) -> Option<()> {
    r.little = r.take::<1>()?[0] == 1;
    let kind = r.u32()? % 1000; // ISO Z/M variants are not produced for GEOGRAPHY
    let name = ["", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"]
        .get(kind as usize)
        .filter(|n| !n.is_empty())?;
    if tagged {
        out.push_str(name);
    }
    match kind {
        1 => {
            let (x, y) = (r.f64()?, r.f64()?);
            if x.is_nan() && y.is_nan() {
                out.push_str(" EMPTY");
            } else {
                let _ = write!(out, "({x} {y})");
            }
        }
        2 => points(r, out)?,
        3 => rings(r, out)?,
        4..=7 => {
            let n = r.count()?;
            if n == 0 {
                out.push_str(" EMPTY");
                return Some(());
            }
            out.push('(');
            for i in 0..n {
                if i > 0 {
                    out.push_str(", ");
                }
                // Members of a collection carry their own type name; the others do not.
                if kind == 4 {
                    // MULTIPOINT((x y), ...): a point's coordinates in parentheses.
                    geometry(r, out, false)?;
                } else {
                    geometry(r, out, kind == 7)?;
                }
            }
            out.push(')');
        }
        _ => return None,
    }
    Some(())
}

fn points(r: &mut Reader, out: &mut String) -> Option<()> {
    let n = r.count()?;
    if n == 0 {
        out.push_str(" EMPTY");
        return Some(());
    }
    out.push('(');
    for i in 0..n {
        let (x, y) = (r.f64()?, r.f64()?);
        let _ = write!(out, "{}{x} {y}", if i > 0 { ", " } else { "" });
    }
    out.push(')');
    Some(())
}

fn rings(r: &mut Reader, out: &mut String) -> Option<()> {
    let n = r.count()?;
    if n == 0 {
        out.push_str(" EMPTY");
        return Some(());
    }
    out.push('(');
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        points(r, out)?;
    }
    out.push(')');
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::AsArray;

    fn point(x: f64, y: f64) -> Vec<u8> {
        let mut v = vec![1u8];
        v.extend(1u32.to_le_bytes());
        v.extend(x.to_le_bytes());
        v.extend(y.to_le_bytes());
        v
    }

    #[test]
    fn wkb_becomes_bigquery_wkt() {
        let mut line = vec![1u8];
        line.extend(2u32.to_le_bytes());
        line.extend(2u32.to_le_bytes());
        for c in [0.0f64, 0.5, 1.0, 1.5] {
            line.extend(c.to_le_bytes());
        }
        let mut multi = vec![1u8];
        multi.extend(4u32.to_le_bytes());
        multi.extend(2u32.to_le_bytes());
        multi.extend(point(1.0, 2.0));
        multi.extend(point(3.0, 4.0));
        let a = BinaryArray::from(vec![Some(point(1.0, 2.0).as_slice()), None, Some(&line), Some(&multi), Some(&[1u8, 9][..])]);
        assert!(wkb_array_to_wkt(&a, "g").is_err());
        let a = BinaryArray::from(vec![Some(point(1.0, 2.0).as_slice()), None, Some(&line), Some(&multi)]);
        let out = wkb_array_to_wkt(&a, "g").unwrap();
        let s = out.as_string::<i32>();
        assert_eq!(s.value(0), "POINT(1 2)");
        assert!(s.is_null(1));
        assert_eq!(s.value(2), "LINESTRING(0 0.5, 1 1.5)");
        assert_eq!(s.value(3), "MULTIPOINT((1 2), (3 4))");
    }
}

//! Python literals of nnlab's numbers and settings, written so that Python
//! reads back exactly the value nnlab holds: the same f64 coordinates, the
//! same f32 weights bit for bit.

use serde_json::Value;

/// An f64 as a Python float literal that parses back to the same value.
/// Rust's `{:?}` gives the shortest digits that round-trip, in exponent
/// form for very large or small magnitudes (`1e-20`, not twenty zeros).
pub(crate) fn f64_literal(v: f64) -> String {
    format!("{v:?}")
}

/// An f32 as a Python float literal that `np.float32(...)` turns back into
/// the same f32. Python parses the digits to the nearest f64, which NumPy
/// then rounds to f32: two roundings, which for the shortest f32 digits
/// almost always land on the original. Where they would not, the exact
/// f64 value of the f32 is written instead (up to 17 digits, exact after
/// both roundings since it is itself an f32).
pub(crate) fn f32_literal(v: f32) -> String {
    let short = format!("{v:?}");
    match short.parse::<f64>() {
        Ok(p) if p as f32 == v => short,
        _ => f64_literal(f64::from(v)),
    }
}

/// A Python string literal. JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`)
/// mean the same in Python, so the JSON form is a valid Python literal.
pub(crate) fn string_literal(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

/// A JSON value as a Python literal: `null`, `true`, `false` become `None`,
/// `True`, `False`; numbers and strings are written as JSON writes them
/// (valid Python too). Objects and arrays are laid out over lines, one
/// entry per line, indented by `indent` spaces per level, once they grow
/// past one line of 120 characters.
pub(crate) fn value_literal(v: &Value, indent: usize) -> String {
    let flat = flat_literal(v);
    if indent + flat.len() <= 120 {
        return flat;
    }
    let pad = " ".repeat(indent + 4);
    let close = " ".repeat(indent);
    match v {
        Value::Array(items) => {
            let body: Vec<String> = items
                .iter()
                .map(|i| format!("{pad}{},\n", value_literal(i, indent + 4)))
                .collect();
            format!("[\n{}{close}]", body.concat())
        }
        Value::Object(map) => {
            let body: Vec<String> = map
                .iter()
                .map(|(k, i)| format!("{pad}{}: {},\n", string_literal(k), value_literal(i, indent + 4)))
                .collect();
            format!("{{\n{}{close}}}", body.concat())
        }
        _ => flat,
    }
}

/// A JSON value as a one-line Python literal.
fn flat_literal(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(_) | Value::String(_) => v.to_string(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(flat_literal).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, i)| format!("{}: {}", string_literal(k), flat_literal(i)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// A list of f32 as a Python list literal, wrapped after about `width`
/// characters with continuation lines indented by `indent` spaces.
pub(crate) fn f32_list(values: &[f32], indent: usize, width: usize) -> String {
    let items: Vec<String> = values.iter().map(|&v| f32_literal(v)).collect();
    wrap_list(&items, indent, width)
}

/// Items as `[a, b, c]`, wrapped onto indented lines when too long.
fn wrap_list(items: &[String], indent: usize, width: usize) -> String {
    let one_line = format!("[{}]", items.join(", "));
    if one_line.len() + indent <= width {
        return one_line;
    }
    let pad = " ".repeat(indent + 4);
    let mut out = String::from("[\n");
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && pad.len() + line.len() + item.len() + 2 > width {
            out.push_str(&format!("{pad}{}\n", line.trim_end()));
            line.clear();
        }
        line.push_str(item);
        line.push_str(", ");
    }
    if !line.is_empty() {
        out.push_str(&format!("{pad}{}\n", line.trim_end()));
    }
    out.push_str(&" ".repeat(indent));
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_read_back_exactly() {
        for v in [0.1f32, -0.776_914_83, 1e-30, 3.402_823_5e38, 16_777_217.0, 0.0, -0.0] {
            let back = f32_literal(v).parse::<f64>().unwrap() as f32;
            assert_eq!(back.to_bits(), v.to_bits(), "{v}");
        }
        // Every f32 whose shortest digits would not survive two roundings
        // falls back to the exact f64 value: a sweep over many bit patterns.
        for bits in (0x3000_0000u32..0x5000_0000).step_by(9973) {
            let v = f32::from_bits(bits);
            assert_eq!(f32_literal(v).parse::<f64>().unwrap() as f32, v);
        }
        for v in [0.1f64, 1e-20, 123_456_789.123, -2.5e15] {
            assert_eq!(f64_literal(v).parse::<f64>().unwrap(), v);
        }
        assert_eq!(f64_literal(1e-20), "1e-20");
    }

    #[test]
    fn json_values_become_python() {
        let v = serde_json::json!({"a": null, "b": [true, false], "c": "x\"y", "d": 1e-8});
        assert_eq!(
            value_literal(&v, 0),
            r#"{"a": None, "b": [True, False], "c": "x\"y", "d": 1e-8}"#
        );
        let long =
            serde_json::json!({"names": ["setosa", "versicolor", "virginica"], "more": (0..30).collect::<Vec<u32>>()});
        let text = value_literal(&long, 0);
        assert!(text.starts_with("{\n    \"more\": "), "{text}");
    }

    #[test]
    fn long_lists_wrap() {
        let values = vec![0.123_456_79f32; 40];
        let text = f32_list(&values, 4, 80);
        assert!(text.lines().all(|l| l.len() <= 80), "{text}");
        assert_eq!(text.matches("0.12345679").count(), 40);
    }
}

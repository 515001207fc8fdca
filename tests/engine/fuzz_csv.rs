//! Property tests of the CSV importer: arbitrary bytes and near-CSV text
//! built from hostile cells never panic, every accepted file is a valid
//! dataset, every refusal says where, and well-formed files load exactly.
//! 6,000 cases in all.

#![allow(clippy::unwrap_used)]

use nnlab::data::{ColumnRef, CsvOptions, DataError, TaskHint, parse_csv, preview_csv, to_csv_string};
use proptest::prelude::*;

/// Cells a real (or hostile) file might hold.
const CELLS: &[&str] = &[
    "1",
    "-2.5",
    "3e2",
    ".5",
    "+7",
    "0",
    "1e15",
    "1e308",
    "-1e400",
    "NaN",
    "inf",
    "-infinity",
    "",
    " ",
    "abc",
    "a",
    "b",
    "x,y",
    "\"q\"",
    "\"a,b\"",
    "\"a\"\"b\"",
    "\"open",
    "é",
    "\u{feff}1",
    "12,5",
    "1;2",
    "\t",
    "0x10",
];

/// Near-CSV text: rows of cells from [`CELLS`] (plus raw Latin-1 and NUL
/// bytes now and then) joined by a delimiter that is mostly consistent.
fn near_csv() -> impl Strategy<Value = Vec<u8>> {
    let cell = prop_oneof![
        8 => prop::sample::select(CELLS).prop_map(|s| s.as_bytes().to_vec()),
        1 => prop::collection::vec(prop_oneof![Just(0xE9u8), Just(0xFFu8), Just(0u8), 32u8..127], 1..4),
    ];
    let row = prop::collection::vec(cell, 0..6);
    let rows = prop::collection::vec(row, 0..12);
    let seps = prop::collection::vec(prop::sample::select(vec![b',', b',', b',', b';', b'\t']), 1..4);
    (rows, seps, any::<bool>(), any::<bool>()).prop_map(|(rows, seps, crlf, bom)| {
        let mut out = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if c > 0 {
                    out.push(seps[(r + c) % seps.len()]);
                }
                out.extend_from_slice(cell);
            }
            out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
        }
        out
    })
}

/// Options as a user (or the command line) could set them.
fn options() -> impl Strategy<Value = CsvOptions> {
    let column = prop_oneof![
        3 => Just(None),
        2 => (0usize..5).prop_map(|i| Some(ColumnRef::Index(i))),
        1 => prop::sample::select(vec!["x", "y", "label", "a", ""]).prop_map(|s| Some(ColumnRef::Name(s.into()))),
    ];
    let task = prop::sample::select(vec![TaskHint::Auto, TaskHint::Classification, TaskHint::Regression]);
    let delimiter = prop::sample::select(vec![None, Some(b','), Some(b';'), Some(b'\t')]);
    let header = prop::sample::select(vec![None, Some(true), Some(false)]);
    (
        column.clone(),
        column.clone(),
        column,
        task,
        delimiter,
        header,
        any::<bool>(),
    )
        .prop_map(|(x, y, label, task, delimiter, has_header, standardize)| CsvOptions {
            x,
            y,
            label,
            has_header,
            delimiter,
            task,
            standardize,
        })
}

/// The line an error names, if it names one.
fn error_line(e: &DataError) -> Option<u64> {
    match e {
        DataError::Binary { line }
        | DataError::MissingField { line, .. }
        | DataError::NotANumber { line, .. }
        | DataError::NotFinite { line, .. }
        | DataError::EmptyLabel { line, .. }
        | DataError::Malformed { line, .. }
        | DataError::UnclosedQuote { line } => Some(*line),
        _ => None,
    }
}

/// Parses `bytes` and checks the outcome is sound either way.
fn check(bytes: &[u8], options: &CsvOptions) -> Result<(), TestCaseError> {
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    match parse_csv(bytes, options) {
        Ok(d) => {
            prop_assert!(d.validate().is_ok(), "an accepted file is a valid dataset");
            prop_assert!(!d.points.is_empty());
            prop_assert!((d.points.len() as u64) <= lines);
        }
        Err(e) => {
            prop_assert!(!e.to_string().is_empty());
            if let Some(line) = error_line(&e) {
                prop_assert!((1..=lines).contains(&line), "line {line} of {lines}: {e}");
                // Whatever the language, the words name the line.
                prop_assert!(e.to_string().contains(&line.to_string()), "{e}");
            }
        }
    }
    let _ = preview_csv(bytes, 5);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&bytes, &CsvOptions::default())?;
    }

    #[test]
    fn near_csv_text_never_panics(bytes in near_csv(), options in options()) {
        check(&bytes, &options)?;
        check(&bytes, &CsvOptions::default())?;
    }

    #[test]
    fn well_formed_files_load_exactly(
        rows in prop::collection::vec((-1e6f64..1e6, -1e6f64..1e6, 0usize..4), 2..40),
        delimiter in prop::sample::select(vec![",", ";", "\t"]),
        crlf in any::<bool>(),
    ) {
        prop_assume!(rows.iter().any(|r| r.2 != rows[0].2));
        let names = ["red", "green, light", "blue", "Zoë"];
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = format!("x{delimiter}y{delimiter}label{end}");
        for (x, y, k) in &rows {
            let label = if names[*k].contains(',') { format!("\"{}\"", names[*k]) } else { names[*k].to_string() };
            text.push_str(&format!("{x}{delimiter}{y}{delimiter}{label}{end}"));
        }
        let d = parse_csv(text.as_bytes(), &CsvOptions::default()).unwrap();
        prop_assert_eq!(d.points.len(), rows.len());
        for (p, (x, y, k)) in d.points.iter().zip(&rows) {
            prop_assert_eq!(p.x, [*x, *y]);
            prop_assert_eq!(&d.class_names()[p.class()], names[*k]);
        }
        // The export reads back to the same points and classes.
        let again = parse_csv(to_csv_string(&d).as_bytes(), &CsvOptions::default()).unwrap();
        prop_assert_eq!(again.points.iter().map(|p| p.x).collect::<Vec<_>>(), d.points.iter().map(|p| p.x).collect::<Vec<_>>());
        prop_assert_eq!(again.class_names(), d.class_names());
    }
}

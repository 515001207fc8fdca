//! Hostile CSV files, one case each, read from disk as a user would open
//! them: each either loads correctly or is refused with a message naming
//! what is wrong and where (line and column, counted from 1).

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use nnlab::data::{CsvOptions, DataError, Dataset, MAX_CLASSES, MAX_CSV_BYTES, Task, parse_csv, preview_csv, read_csv};

/// Writes `bytes` to a file called `name` in a fresh folder.
fn file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn load(bytes: &[u8]) -> Result<Dataset, DataError> {
    let (_dir, path) = file("data.csv", bytes);
    read_csv(&path, &CsvOptions::default())
}

/// The refusal, which must be the one `expected` describes.
fn refused(bytes: &[u8], expected: impl Fn(&DataError) -> bool) -> DataError {
    let err = load(bytes).unwrap_err();
    assert!(expected(&err), "unexpected: {err:?}");
    err
}

/// "Not a number" at this line and column, for this cell.
fn not_a_number(line: u64, column: usize, cell: &str) -> impl Fn(&DataError) -> bool {
    move |e| matches!(e, DataError::NotANumber { line: l, column: c, value } if (*l, *c) == (line, column) && value == cell)
}

#[test]
fn empty_files() {
    for bytes in [&b""[..], b"\n\n", b"  \r\n\t", b"\xEF\xBB\xBF"] {
        refused(bytes, |e| matches!(e, DataError::Empty));
    }
}

#[test]
fn a_header_only() {
    refused(b"x,y,label\r\n", |e| matches!(e, DataError::HeaderOnly));
}

#[test]
fn ragged_rows() {
    refused(b"x,y,label\n1,2,a\n3,4\n5,6,b\n", |e| {
        matches!(
            e,
            DataError::MissingField {
                line: 3,
                column: 3,
                found: 2
            }
        )
    });
    refused(b"x,y,label\n1,2,a\n\n7\n", |e| {
        matches!(e, DataError::MissingField { line: 4, column: 2, .. })
    });
    // Extra cells beyond the chosen columns are ignored.
    let d = load(b"x,y,label\n1,2,a,extra\n3,4,b\n").unwrap();
    assert_eq!(d.points[0].x, [1.0, 2.0]);
    assert_eq!(d.class_names(), ["a", "b"]);
}

#[test]
fn quoted_fields_with_commas_and_quotes() {
    let d = load(b"x,y,label\n\"1.5\",2,\"Smith, J\"\n3,\"4\",\"say \"\"hi\"\"\"\n").unwrap();
    assert_eq!(d.points[0].x, [1.5, 2.0]);
    assert_eq!(d.class_names(), ["Smith, J", "say \"hi\""]);
    refused(b"x,y,label\n1,2,a\n3,4,\"b\n5,6,c\n", |e| {
        matches!(e, DataError::UnclosedQuote { line: 3 })
    });
}

#[test]
fn non_numeric_and_empty_cells() {
    refused(b"x,y,label\n1,2,a\n3,abc,b\n", not_a_number(3, 2, "abc"));
    refused(b"x,y,label\n1,2,a\n,4,b\n", not_a_number(3, 1, ""));
    refused(b"x,y,label\n1,2,a\n3,4,\n", |e| {
        matches!(e, DataError::EmptyLabel { line: 3, column: 3 })
    });
}

#[test]
fn nan_infinity_and_huge_values() {
    for bad in [
        "NaN",
        "nan",
        "inf",
        "+inf",
        "-inf",
        "-Infinity",
        "1e308",
        "-1e308",
        "1e400",
        "2e15",
    ] {
        let text = format!("x,y,label\n1,2,a\n3,{bad},b\n");
        refused(
            text.as_bytes(),
            |e| matches!(e, DataError::NotFinite { line: 3, column: 2, value } if value == bad),
        );
    }
    // As a regression target, too.
    refused(
        b"x,y,target\n1,2,0.5\n3,4,1e308\n",
        |e| matches!(e, DataError::NotFinite { line: 3, column: 3, value } if value == "1e308"),
    );
}

#[test]
fn a_utf8_byte_order_mark() {
    let d = load(b"\xEF\xBB\xBFx,y,label\n1,2,a\n3,4,b\n").unwrap();
    assert_eq!(d.axis_names, ["x".to_string(), "y".to_string()]);
    assert_eq!(d.points.len(), 2);
}

#[test]
fn latin1_bytes() {
    // "café" and "Zoë" as an old Windows editor writes them (one byte each).
    let d = load(b"l\xe4nge,breite,art\n1,2,caf\xe9\n3,4,Zo\xeb\n").unwrap();
    assert_eq!(d.class_names(), ["café", "Zoë"]);
    assert_eq!(d.axis_names, ["länge".to_string(), "breite".to_string()]);
    refused(b"x,y,l\n1,2,a\n3,\xe94,b\n", not_a_number(3, 2, "é4"));
}

#[test]
fn comma_semicolon_and_tab_delimiters() {
    let expected = load(b"x,y,label\n1.5,2,a\n3,4,b\n").unwrap();
    for text in [
        &b"x;y;label\n1.5;2;a\n3;4;b\n"[..],
        b"x\ty\tlabel\n1.5\t2\ta\n3\t4\tb\n",
    ] {
        let d = load(text).unwrap();
        assert_eq!(d.points, expected.points);
        assert_eq!(d.class_names(), expected.class_names());
    }
    // Decimal commas in a semicolon file are named, not misread.
    refused(b"x;y;label\n1,5;2;a\n3;4;b\n", not_a_number(2, 1, "1,5"));
}

#[test]
fn windows_line_endings() {
    let d = load(b"x,y,label\r\n1,2,a\r\n3,4,b\r\n").unwrap();
    assert_eq!(d.class_names(), ["a", "b"], "no stray \\r in labels");
    refused(b"x,y,label\r\n1,2,a\r\n\r\n3,q,b\r\n", not_a_number(4, 2, "q"));
}

#[test]
fn a_single_class() {
    refused(b"x,y,label\n1,2,a\n3,4,a\n", |e| {
        matches!(e, DataError::TooFewClasses { found: 1 })
    });
}

#[test]
fn thousands_of_distinct_labels() {
    let mut text = String::from("x,y,name\n");
    for i in 0..3000 {
        text.push_str(&format!("{i},{},person{i}\n", i % 7));
    }
    refused(text.as_bytes(), |e| {
        matches!(
            e,
            DataError::TooManyClasses {
                found: 3000,
                limit: MAX_CLASSES
            }
        )
    });
    // Exactly the limit loads.
    let mut text = String::from("x,y,name\n");
    for i in 0..MAX_CLASSES * 2 {
        text.push_str(&format!("{i},0,c{}\n", i % MAX_CLASSES));
    }
    assert_eq!(load(text.as_bytes()).unwrap().num_classes(), MAX_CLASSES);
    // Thousands of distinct numbers are a regression target.
    let mut text = String::from("x,y,value\n");
    for i in 0..3000 {
        text.push_str(&format!("{i},1,{}\n", i as f64 * 0.37));
    }
    let d = load(text.as_bytes()).unwrap();
    assert!(matches!(d.task, Task::Regression));
    assert_eq!(d.points[2999].y, 2999.0 * 0.37);
}

#[test]
fn a_million_rows_load_from_disk() {
    let mut text = String::with_capacity(16_000_000);
    text.push_str("x,y,label\n");
    for i in 0..1_000_000u32 {
        text.push_str(&format!(
            "{},{},{}\n",
            i % 1000,
            i / 1000,
            ["p", "q", "r"][(i % 3) as usize]
        ));
    }
    let (_dir, path) = file("big.csv", text.as_bytes());
    let d = read_csv(&path, &CsvOptions::default()).unwrap();
    assert_eq!(d.name, "big");
    assert_eq!(d.points.len(), 1_000_000);
    assert_eq!(d.points[999_999].x, [999.0, 999.0]);
    assert_eq!(d.class_names(), ["p", "q", "r"]);
}

#[test]
fn a_binary_file_renamed_csv() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06";
    let (_dir, path) = file("photo.csv", png);
    let err = read_csv(&path, &CsvOptions::default()).unwrap_err();
    assert!(matches!(err, DataError::Binary { line: 3 }), "{err:?}");
    assert!(preview_csv(png, 5).is_err(), "the import window refuses it too");
    // UTF-16 text is binary to a UTF-8 reader (every other byte is NUL).
    let utf16: Vec<u8> = "x,y,l\n1,2,a\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(matches!(
        parse_csv(&utf16, &CsvOptions::default()),
        Err(DataError::Binary { line: 1 })
    ));
}

#[test]
fn a_file_too_large_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    // A sparse file: the size is checked, not a byte is read.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_CSV_BYTES + 1)
        .unwrap();
    let err = read_csv(&path, &CsvOptions::default()).unwrap_err();
    assert!(
        matches!(err, DataError::FileTooLarge { bytes, limit } if bytes == MAX_CSV_BYTES + 1 && limit == 1 << 30),
        "{err:?}"
    );
}

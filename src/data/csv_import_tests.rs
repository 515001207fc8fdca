use std::path::Path;

use super::*;
use crate::data::{preview_csv, read_csv};

fn parse(text: &[u8]) -> Result<Dataset, DataError> {
    parse_csv(text, &CsvOptions::default())
}

fn parse_with(text: &[u8], options: CsvOptions) -> Result<Dataset, DataError> {
    parse_csv(text, &options)
}

fn by_name(x: &str, y: &str, label: &str) -> CsvOptions {
    CsvOptions {
        x: Some(ColumnRef::Name(x.into())),
        y: Some(ColumnRef::Name(y.into())),
        label: Some(ColumnRef::Name(label.into())),
        ..CsvOptions::default()
    }
}

fn names(d: &Dataset) -> Vec<&str> {
    d.class_names().iter().map(String::as_str).collect()
}

#[test]
fn empty_and_blank_input_is_empty() {
    for text in [&b""[..], b" \n\t\r\n  ", b"\xEF\xBB\xBF", b"\n\n"] {
        assert!(matches!(parse(text), Err(DataError::Empty)), "{text:?}");
        assert!(matches!(preview_csv(text, 5), Err(DataError::Empty)), "{text:?}");
    }
}

#[test]
fn header_without_rows_is_header_only() {
    assert!(matches!(parse(b"x,y,label\n"), Err(DataError::HeaderOnly)));
    assert!(matches!(parse(b"x,y,label\r\n\r\n"), Err(DataError::HeaderOnly)));
}

#[test]
fn short_row_reports_the_missing_field() {
    let err = parse(b"x,y,label\n1,2,a\n3,4\n5,6,b\n").unwrap_err();
    assert!(
        matches!(
            err,
            DataError::MissingField {
                line: 3,
                column: 3,
                found: 2
            }
        ),
        "{err:?}"
    );
    let err = parse(b"x,y,label\n1,2,a\n3\n").unwrap_err();
    assert!(
        matches!(
            err,
            DataError::MissingField {
                line: 3,
                column: 2,
                found: 1
            }
        ),
        "{err:?}"
    );
}

#[test]
fn bad_numbers_report_line_column_and_text() {
    let err = parse(b"x,y,label\n1,2,a\n3,abc,b\n").unwrap_err();
    assert!(
        matches!(&err, DataError::NotANumber { line: 3, column: 2, value } if value == "abc"),
        "{err:?}"
    );
    let err = parse(b"x,y,label\n1,2,a\n ,4,b\n").unwrap_err();
    assert!(
        matches!(&err, DataError::NotANumber { line: 3, column: 1, value } if value.is_empty()),
        "{err:?}"
    );
    for bad in ["NaN", "inf", "-infinity", "1e308", "1e400", "-2e15"] {
        let text = format!("x,y,label\n1,2,a\n3,{bad},b\n");
        let err = parse(text.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, DataError::NotFinite { line: 3, column: 2, value } if value == bad),
            "{bad}: {err:?}"
        );
        assert!(err.to_string().contains("±1e15"));
    }
    // The limit itself is fine.
    assert_eq!(parse(b"1e15,-1e15,a\n0,0,b\n").unwrap().points[0].x, [1e15, -1e15]);
}

#[test]
fn bom_crlf_and_spaces_are_handled() {
    let d = parse(b"\xEF\xBB\xBFx,y,label\r\n 1.5 , 2e3 , a \r\n3,4,b\r\n").unwrap();
    assert_eq!(d.axis_names, ["x".to_string(), "y".to_string()]);
    assert_eq!(names(&d), ["a", "b"]);
    assert_eq!(d.points[0].x, [1.5, 2000.0]);
    let err = parse(b"x,y,l\r\n1,2,a\r\n3,zz,b\r\n").unwrap_err();
    assert!(matches!(err, DataError::NotANumber { line: 3, .. }), "{err:?}");
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let d = parse(b"x,y,l\n1,2,a\n\n\n3,4,b\n").unwrap();
    assert_eq!(d.points.len(), 2);
    let err = parse(b"x,y,l\n1,2,a\n\r\n\n3,q,b\n").unwrap_err();
    assert!(matches!(err, DataError::NotANumber { line: 5, .. }), "{err:?}");
}

#[test]
fn semicolon_and_tab_delimiters_are_detected() {
    for text in [&b"x;y;label\n1;2;a\n3;4;b\n"[..], b"x\ty\tlabel\n1\t2\ta\n3\t4\tb\n"] {
        let d = parse(text).unwrap();
        assert_eq!(d.points.len(), 2);
        assert_eq!(d.points[1].x, [3.0, 4.0]);
        assert_eq!(names(&d), ["a", "b"]);
    }
    // A tab file whose labels contain a comma in every row.
    let d = parse(b"x\ty\tname\n1\t2\tSmith, J\n3\t4\tDoe, A\n").unwrap();
    assert_eq!(names(&d), ["Smith, J", "Doe, A"]);
    // An explicit delimiter wins.
    let opts = CsvOptions {
        delimiter: Some(b'|'),
        ..CsvOptions::default()
    };
    assert_eq!(parse_with(b"x|y|l\n1|2|a\n3|4|b\n", opts).unwrap().points.len(), 2);
}

#[test]
fn an_unclosed_quote_is_refused_at_its_line() {
    let err = parse(b"x,y,l\n1,2,a\n3,4,\"b\n5,6,c\n").unwrap_err();
    assert!(matches!(err, DataError::UnclosedQuote { line: 3 }), "{err:?}");
    assert!(matches!(
        preview_csv(b"x,y\n\"1,2\n3,4", 5),
        Err(DataError::UnclosedQuote { line: 2 })
    ));
    // A closed quoted field spanning lines at the end is fine.
    assert_eq!(parse(b"x,y,l\n1,2,a\n3,4,\"b\nc\"\n").unwrap().class_names()[1], "b\nc");
}

#[test]
fn quoted_fields_keep_their_commas() {
    let d = parse(b"x,y,label\n1,2,\"a, b\"\n3,4,\"say \"\"hi\"\"\"\n").unwrap();
    assert_eq!(names(&d), ["a, b", "say \"hi\""]);
}

#[test]
fn binary_data_is_refused() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert!(matches!(parse(png), Err(DataError::Binary { line: 3 })));
    assert!(matches!(preview_csv(png, 3), Err(DataError::Binary { line: 3 })));
    let err = parse(b"x,y,l\n1,2,a\n3,4,b\n5,6,\0c\n").unwrap_err();
    assert!(matches!(err, DataError::Binary { line: 4 }), "{err:?}");
}

#[test]
fn columns_by_name_or_position() {
    let text = b"a,b,c,d\n1,2,3,x\n4,5,6,y\n";
    let d = parse_with(text, by_name("c", "A", "d")).unwrap();
    assert_eq!(d.points[0].x, [3.0, 1.0]);
    assert_eq!(d.axis_names, ["c".to_string(), "a".to_string()]);
    let err = parse_with(text, by_name("c", "zz", "d")).unwrap_err();
    assert!(
        matches!(&err, DataError::UnknownColumn { name, available } if name == "zz" && available == "a, b, c, d"),
        "{err:?}"
    );
    let opts = CsvOptions {
        y: Some(ColumnRef::Index(7)),
        ..CsvOptions::default()
    };
    let err = parse_with(text, opts).unwrap_err();
    assert!(
        matches!(err, DataError::ColumnOutOfRange { column: 8, columns: 4 }),
        "{err:?}"
    );
    let opts = CsvOptions {
        has_header: Some(false),
        ..by_name("a", "b", "d")
    };
    assert!(matches!(parse_with(text, opts), Err(DataError::NamesNeedHeader)));
    // Two columns leave none for the label.
    assert!(matches!(
        parse(b"1,2\n3,4\n"),
        Err(DataError::LabelIsInput { column: 2, columns: 2 })
    ));
}

#[test]
fn header_is_detected_or_not() {
    let d = parse(b"1,2,a\n3,4,b\n").unwrap();
    assert_eq!(d.points.len(), 2);
    assert_eq!(d.axis_names, ["column 1".to_string(), "column 2".to_string()]);
    let d = parse(b"len,width,kind\n1,2,a\n3,4,b\n").unwrap();
    assert_eq!(d.points.len(), 2);
    assert_eq!(d.axis_names, ["len".to_string(), "width".to_string()]);
    // Told there is no header, a text first row is a bad number.
    let opts = CsvOptions {
        has_header: Some(false),
        ..CsvOptions::default()
    };
    let err = parse_with(b"len,width,kind\n1,2,a\n3,4,b\n", opts).unwrap_err();
    assert!(
        matches!(err, DataError::NotANumber { line: 1, column: 1, .. }),
        "{err:?}"
    );
}

#[test]
fn standardize_stores_the_scaling_only() {
    let opts = CsvOptions {
        standardize: true,
        ..CsvOptions::default()
    };
    let d = parse_with(b"0,10,a\n2,30,b\n", opts).unwrap();
    assert_eq!(d.points[1].x, [2.0, 30.0]);
    let s = d.scaling.unwrap();
    assert_eq!((s.mean, s.std), ([1.0, 20.0], [1.0, 10.0]));
}

#[test]
fn iris_loads_by_column_names() {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/iris.csv"));
    let d = read_csv(path, &by_name("petal_length", "petal_width", "species")).unwrap();
    assert_eq!(d.name, "iris");
    assert_eq!(d.points.len(), 150);
    assert_eq!(names(&d), ["setosa", "versicolor", "virginica"]);
    assert_eq!(d.points[0].x, [1.4, 0.2]);
    assert_eq!(d.axis_names, ["petal_length".to_string(), "petal_width".to_string()]);
    let missing = read_csv(Path::new("/nonexistent/nnlab.csv"), &CsvOptions::default());
    assert!(matches!(missing, Err(DataError::Io { .. })));
}

#[test]
fn column_refs_parse_digits_as_zero_based_indices() {
    assert_eq!(ColumnRef::parse("0"), ColumnRef::Index(0));
    assert_eq!(ColumnRef::parse(" 12 "), ColumnRef::Index(12));
    assert_eq!(ColumnRef::parse("+1"), ColumnRef::Name("+1".into()));
    assert_eq!(ColumnRef::parse(" petal_width"), ColumnRef::Name("petal_width".into()));
    assert_eq!(
        ColumnRef::parse("99999999999999999999999"),
        ColumnRef::Name("99999999999999999999999".into())
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    let mut rng = StdRng::seed_from_u64(11);
    let alphabet = b"0123456789.,;\t\"\r\n -eEaNinf\xff\xc3\xa9";
    let valid = b"x,y,label\n1,2,a\n3,4,\"b,c\"\n5,6,a\n";
    for len in 0..=valid.len() {
        let _ = parse(&valid[..len]);
        let _ = preview_csv(&valid[..len], 3);
    }
    for _ in 0..3000 {
        let len = rng.random_range(0..60);
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.random_range(0..alphabet.len())])
            .collect();
        let _ = parse(&bytes);
        let _ = preview_csv(&bytes, 4);
        let opts = CsvOptions {
            task: TaskHint::Regression,
            label: Some(ColumnRef::Index(usize::MAX)),
            ..CsvOptions::default()
        };
        let _ = parse_with(&bytes, opts);
    }
}

/// A million rows of "x,y,label", the size the import promises to handle.
fn million_rows() -> Vec<u8> {
    let mut text = String::from("x,y,label\n");
    for i in 0..1_000_000u32 {
        let label = ["red", "green", "blue"][(i % 3) as usize];
        text.push_str(&format!("{}.{},{},{label}\n", i % 997, i % 89, i % 1013));
    }
    text.into_bytes()
}

#[test]
fn a_million_rows_load() {
    let d = parse(&million_rows()).unwrap();
    assert_eq!(d.points.len(), 1_000_000);
    assert_eq!(names(&d), ["red", "green", "blue"]);
    let i = 999_999;
    let x1: f64 = format!("{}.{}", i % 997, i % 89).parse().unwrap();
    assert_eq!(d.points[i].x, [x1, (i % 1013) as f64]);
    assert_eq!(d.points[i].class(), i % 3);
}

/// Timing check, run with `cargo test --release --lib -- --ignored --nocapture timing`.
#[test]
#[ignore]
fn timing_million_rows() {
    let text = million_rows();
    let start = std::time::Instant::now();
    let d = parse(&text).unwrap();
    let elapsed = start.elapsed();
    println!("parsed {} rows ({} bytes) in {elapsed:?}", d.points.len(), text.len());
    assert!(elapsed.as_secs_f64() < 1.5);
}

/// MAX_POINTS + 1 rows: slow in debug, so ignored by default.
#[test]
#[ignore]
fn too_many_rows_are_refused() {
    let text = "1,2,a\n3,4,b\n".repeat(MAX_POINTS / 2 + 1);
    let err = parse(text.as_bytes()).unwrap_err();
    assert!(matches!(err, DataError::TooManyPoints { found, limit: MAX_POINTS } if found == MAX_POINTS + 1));
}

//! Guessing a CSV file's shape before reading it: byte-order mark, binary
//! content, delimiter, header row, plus cell decoding and number parsing
//! shared by import and preview.

use std::borrow::Cow;

use csv::{ByteRecord, Reader, ReaderBuilder};

use super::{DataError, MAX_ABS_VALUE};

/// The UTF-8 byte-order mark some editors (Excel) put at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";
/// Delimiters tried by [`detect_delimiter`], in order of preference on a tie.
/// Tab and semicolon come first: a file that uses them consistently is
/// unlikely to be comma-separated with a comma in every row, while
/// semicolon files often carry decimal commas.
const CANDIDATES: [u8; 3] = [b'\t', b';', b','];
/// Records looked at to detect the delimiter.
const SNIFF_RECORDS: usize = 10;
/// Bytes looked at to detect the delimiter.
const SNIFF_BYTES: usize = 64 * 1024;
/// Longest cell text quoted back in an error message.
const MAX_SHOWN: usize = 60;

/// Strips a UTF-8 BOM and rejects input that holds nothing or is not text.
///
/// # Errors
/// [`DataError::Empty`] when only whitespace remains, [`DataError::Binary`]
/// (with the 1-based line of the first NUL byte) when the data contains a
/// NUL, which no text CSV file does (UTF-16 text and images do).
pub(super) fn prepare(bytes: &[u8]) -> Result<&[u8], DataError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DataError::Empty);
    }
    if bytes.contains(&0)
        && let Some(at) = bytes.iter().position(|&b| b == 0)
    {
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64;
        return Err(DataError::Binary { line });
    }
    Ok(bytes)
}

/// A csv reader over `bytes`: headers are handled by the caller, and
/// ragged rows are allowed so the caller can report the missing column.
pub(super) fn reader(bytes: &[u8], delimiter: u8) -> Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes)
}

/// Reads the next record of `bytes` (the reader's whole input) that is not
/// blank (all cells whitespace) into `record`; `false` at the end.
///
/// # Errors
/// [`DataError::UnclosedQuote`] for a quote that is never closed. The csv
/// reader then silently takes the rest of the file as one field, so this
/// is checked on the last record: if it spans several lines and holds an
/// odd number of `"` (a closed quoted field always has an even number),
/// its quote swallowed the lines below.
pub(super) fn next_record(rdr: &mut Reader<&[u8]>, record: &mut ByteRecord, bytes: &[u8]) -> Result<bool, DataError> {
    loop {
        let line = rdr.position().line();
        if !rdr.read_byte_record(record).map_err(|e| malformed(&e, line))? {
            return Ok(false);
        }
        if record.iter().any(|cell| !cell.trim_ascii().is_empty()) {
            break;
        }
    }
    let at_end = usize::try_from(rdr.position().byte()).is_ok_and(|end| end >= bytes.len());
    if at_end && let Some(pos) = record.position() {
        let start = usize::try_from(pos.byte()).unwrap_or(usize::MAX).min(bytes.len());
        let raw = bytes[start..].trim_ascii();
        let quotes = raw.iter().filter(|&&b| b == b'"').count();
        if quotes % 2 == 1 && raw.contains(&b'\n') {
            return Err(DataError::UnclosedQuote {
                line: record_line(record, bytes),
            });
        }
    }
    Ok(true)
}

/// Guesses the delimiter among tab, `;` and `,`.
///
/// Over the first few non-blank records, counts each candidate outside
/// double quotes (a quoted newline does not end a record). The winner
/// occurs the same non-zero number of times in every record; among several
/// such, the most frequent wins, then the preferred (see `CANDIDATES`).
/// If none is consistent, the candidate present in every record with the
/// largest minimum count wins (ragged files); failing that, `,`.
pub(super) fn detect_delimiter(bytes: &[u8]) -> u8 {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let truncated = sample.len() < bytes.len();
    let mut records: Vec<[usize; 3]> = Vec::new();
    let mut counts = [0usize; 3];
    let (mut in_quotes, mut blank) = (false, true);
    for &b in sample {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == b'\n' && !in_quotes {
            if !blank {
                records.push(counts);
            }
            if records.len() == SNIFF_RECORDS {
                break;
            }
            counts = [0; 3];
            blank = true;
            continue;
        } else if !in_quotes && let Some(c) = CANDIDATES.iter().position(|&d| d == b) {
            counts[c] += 1;
        }
        if !b.is_ascii_whitespace() {
            blank = false;
        }
    }
    // The last record counts only if the sample holds all of it.
    if !blank && !truncated && records.len() < SNIFF_RECORDS {
        records.push(counts);
    }
    let mut best: Option<(usize, u8)> = None;
    let mut fallback: Option<(usize, u8)> = None;
    for (c, &d) in CANDIDATES.iter().enumerate() {
        let min = records.iter().map(|r| r[c]).min().unwrap_or(0);
        let max = records.iter().map(|r| r[c]).max().unwrap_or(0);
        if min > 0 && min == max && best.is_none_or(|(n, _)| min > n) {
            best = Some((min, d));
        }
        if min > 0 && fallback.is_none_or(|(n, _)| min > n) {
            fallback = Some((min, d));
        }
    }
    best.or(fallback).map_or(b',', |(_, d)| d)
}

/// Whether `first` looks like a header row: some cell of it in one of the
/// numeric columns `cols` is not a number while the same cell of `second`
/// is (a data row under it). With no second row, a non-numeric cell in a
/// numeric column is enough, since data could not have it there.
pub(super) fn looks_like_header(first: &ByteRecord, second: Option<&ByteRecord>, cols: &[usize]) -> bool {
    cols.iter().any(|&c| match (first.get(c), second) {
        (Some(head), Some(row)) => !is_number(head) && row.get(c).is_some_and(is_number),
        (Some(head), None) => !is_number(head),
        (None, _) => false,
    })
}

/// Whether the trimmed cell parses as a floating-point number.
fn is_number(cell: &[u8]) -> bool {
    std::str::from_utf8(cell.trim_ascii()).is_ok_and(|s| s.parse::<f64>().is_ok())
}

/// A cell as text: UTF-8 when it is valid UTF-8, else Latin-1 (each byte
/// is the code point of the same value). Latin-1 never fails, so names
/// from old Windows files survive instead of turning into `�`.
pub(super) fn decode(cell: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(cell) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(cell.iter().map(|&b| char::from(b)).collect()),
    }
}

/// A cell's text for an error message, cut to a readable length.
pub(super) fn shown(cell: &[u8]) -> String {
    let text = decode(cell);
    if text.chars().count() <= MAX_SHOWN {
        text.into_owned()
    } else {
        text.chars().take(MAX_SHOWN).chain(['…']).collect()
    }
}

/// What a cell holds when read as a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Num {
    /// A finite number within ±[`MAX_ABS_VALUE`].
    Ok(f64),
    /// Parses, but as NaN, ±∞ or beyond ±1e15.
    NotFinite,
    /// Does not parse (or is empty).
    NotANumber,
}

/// Reads a trimmed cell as a number, classifying failures (see [`Num`]).
/// Rust's `f64` parser accepts `1e3`, `+2`, `.5`, `inf` and `NaN`; the last
/// two are caught here, as are values like `1e308` that would overflow the
/// network's `f32` features (x², x1·x2).
pub(super) fn read_number(cell: &[u8]) -> Num {
    match std::str::from_utf8(cell.trim_ascii()).map(str::parse::<f64>) {
        Ok(Ok(v)) if v.is_finite() && v.abs() <= MAX_ABS_VALUE => Num::Ok(v),
        Ok(Ok(_)) => Num::NotFinite,
        _ => Num::NotANumber,
    }
}

/// Reads a cell that must hold a number.
///
/// # Errors
/// [`DataError::NotANumber`] (also for an empty cell, with value "") or
/// [`DataError::NotFinite`], at the given 1-based line and 0-based `col`.
pub(super) fn number(cell: &[u8], line: u64, col: usize) -> Result<f64, DataError> {
    match read_number(cell) {
        Num::Ok(v) => Ok(v),
        Num::NotFinite => Err(DataError::NotFinite {
            line,
            column: col + 1,
            value: shown(cell.trim_ascii()),
        }),
        Num::NotANumber => Err(DataError::NotANumber {
            line,
            column: col + 1,
            value: shown(cell.trim_ascii()),
        }),
    }
}

/// The 1-based line where `record` starts in `bytes`. The reader reports
/// where it began looking for the record, which is before any blank lines
/// it skipped; those are counted here.
pub(super) fn record_line(record: &ByteRecord, bytes: &[u8]) -> u64 {
    let Some(pos) = record.position() else {
        return 0;
    };
    let start = usize::try_from(pos.byte()).unwrap_or(usize::MAX).min(bytes.len());
    let skipped = bytes[start..]
        .iter()
        .take_while(|&&b| b == b'\n' || b == b'\r')
        .filter(|&&b| b == b'\n')
        .count();
    pos.line() + skipped as u64
}

/// A csv reader error as [`DataError::Malformed`], at its line if known.
pub(super) fn malformed(err: &csv::Error, fallback_line: u64) -> DataError {
    DataError::Malformed {
        line: err.position().map_or(fallback_line, csv::Position::line),
        message: err.to_string(),
    }
}

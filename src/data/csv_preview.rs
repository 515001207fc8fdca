//! A quick look at a CSV file for the import dialog: guessed delimiter and
//! header, column names and the first rows as text.

use csv::ByteRecord;

use super::DataError;
use super::csv_sniff::{decode, detect_delimiter, looks_like_header, next_record, prepare, reader};

/// The first rows of a file, for the import dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvPreview {
    /// Detected delimiter.
    pub delimiter: u8,
    /// Whether the first row looks like a header.
    pub has_header: bool,
    /// Column names (from the header, else "column 1", "column 2"…).
    pub headers: Vec<String>,
    /// The first data rows, cells trimmed.
    pub rows: Vec<Vec<String>>,
}

/// Shows the first `max_rows` data rows with the guessed delimiter and header.
///
/// The header guess looks at every column (the import dialog does not know
/// yet which are numeric): a row is a header if one of its cells is not a
/// number where the row below has one. The dialog should pass its final
/// choice on in [`CsvOptions::has_header`](super::CsvOptions::has_header).
///
/// # Errors
/// [`DataError::Empty`], [`DataError::Binary`], [`DataError::Malformed`], [`DataError::UnclosedQuote`].
pub fn preview_csv(bytes: &[u8], max_rows: usize) -> Result<CsvPreview, DataError> {
    preview_csv_with(bytes, max_rows, None, None)
}

/// [`preview_csv`] with the delimiter and the header row as the user chose
/// them (`None`: guessed as there). The import window calls it again when
/// either choice changes, so the column names and cells it shows are those
/// the import will read with the same choices.
///
/// # Errors
/// As [`preview_csv`].
pub fn preview_csv_with(
    bytes: &[u8],
    max_rows: usize,
    delimiter: Option<u8>,
    has_header: Option<bool>,
) -> Result<CsvPreview, DataError> {
    let bytes = prepare(bytes)?;
    let delimiter = delimiter.unwrap_or_else(|| detect_delimiter(bytes));
    let mut rdr = reader(bytes, delimiter);
    let mut records = Vec::new();
    let mut record = ByteRecord::new();
    while records.len() < max_rows.saturating_add(1) && next_record(&mut rdr, &mut record, bytes)? {
        records.push(record.clone());
    }
    let Some(first) = records.first() else {
        return Err(DataError::Empty);
    };
    let has_header = has_header.unwrap_or_else(|| match records.get(1) {
        Some(second) => looks_like_header(first, Some(second), &(0..first.len()).collect::<Vec<_>>()),
        None => looks_like_header(first, None, &[0, 1]),
    });
    let width = records.iter().map(ByteRecord::len).max().unwrap_or(0);
    let headers = (0..width)
        .map(|c| match first.get(c).filter(|_| has_header) {
            Some(cell) if !cell.trim_ascii().is_empty() => decode(cell.trim_ascii()).into_owned(),
            _ => format!("column {}", c + 1),
        })
        .collect();
    let rows = records
        .iter()
        .skip(usize::from(has_header))
        .take(max_rows)
        .map(|r| r.iter().map(|cell| decode(cell.trim_ascii()).into_owned()).collect())
        .collect();
    Ok(CsvPreview {
        delimiter,
        has_header,
        headers,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_shows_the_first_rows() {
        let p = preview_csv(b"a;b;name\n1;2;x y\n3;4;z\n5;6;w\n", 2).unwrap();
        assert_eq!(p.delimiter, b';');
        assert!(p.has_header);
        assert_eq!(p.headers, ["a", "b", "name"]);
        assert_eq!(p.rows, vec![vec!["1", "2", "x y"], vec!["3", "4", "z"]]);
        let p = preview_csv(b"1,2,x\n3,4,y,extra\n", 10).unwrap();
        assert!(!p.has_header);
        assert_eq!(p.headers, ["column 1", "column 2", "column 3", "column 4"]);
        assert_eq!(p.rows.len(), 2);
    }

    #[test]
    fn chosen_delimiter_and_header_override_the_guess() {
        let text = b"a;b;name\n1;2;x,y\n3;4;z\n";
        let p = preview_csv_with(text, 5, Some(b','), Some(true)).unwrap();
        assert_eq!(p.delimiter, b',');
        assert_eq!(p.headers, ["a;b;name", "column 2"], "split at the comma only");
        assert_eq!(p.rows, vec![vec!["1;2;x", "y"], vec!["3;4;z"]]);
        let p = preview_csv_with(text, 5, None, Some(false)).unwrap();
        assert_eq!(p.headers, ["column 1", "column 2", "column 3"]);
        assert_eq!(p.rows[0], ["a", "b", "name"], "the first row is data");
        let p = preview_csv_with(b"1,2,up\n3,4,down\n", 5, None, Some(true)).unwrap();
        assert_eq!(p.headers, ["1", "2", "up"]);
        assert_eq!(p.rows, vec![vec!["3", "4", "down"]]);
    }
}

//! The import's full read of the file, on a thread of its own so the window
//! keeps drawing while a million rows are parsed.

use crate::i18n::Task;
use std::sync::Arc;

use egui::Context;

use crate::data::{CsvOptions, DataError, Dataset};
use crate::i18n::Message;

/// How the whole file is read: [`parse_csv`](crate::data::parse_csv), or
/// a stand-in that a test controls.
pub(super) type Parser = Arc<dyn Fn(&[u8], &CsvOptions) -> Result<Dataset, DataError> + Send + Sync>;

/// Why an import produced no dataset (shown in the window, in red).
#[derive(Debug)]
#[non_exhaustive]
pub(crate) enum ImportError {
    /// The file does not read as a dataset with these choices (with the
    /// line and column where that applies).
    Data(DataError),
    /// The reading thread panicked (the panic's own text, for the log);
    /// the window stays usable.
    Crashed(String),
}

impl From<DataError> for ImportError {
    fn from(e: DataError) -> Self {
        ImportError::Data(e)
    }
}

impl ImportError {
    /// What the import window says; a crash's own text goes to the log.
    pub(super) fn into_message(self) -> Message {
        match self {
            ImportError::Data(e) => Message::Data(e),
            ImportError::Crashed(panic) => {
                eprintln!("nnlab: reading the file panicked: {panic}");
                Message::ImportCrashed
            }
        }
    }
}

/// A read running in the background. Dropping it drops its result: the
/// thread finishes on its own and nobody looks at what it found.
pub(super) struct Reading(Task<Result<Dataset, DataError>>);

impl Reading {
    /// Parses `bytes` with `options` on a new thread; `ctx` is woken when
    /// the result is ready.
    pub(super) fn start(bytes: Arc<Vec<u8>>, options: CsvOptions, parse: Parser, ctx: Context) -> Self {
        Self(crate::i18n::spawn(move || {
            let result = parse(&bytes, &options);
            ctx.request_repaint();
            result
        }))
    }

    /// Whether the result is ready (then [`Reading::finish`] does not wait).
    pub(super) fn is_done(&self) -> bool {
        self.0.is_finished()
    }

    /// The dataset, or why there is none (waits if not done yet).
    pub(super) fn finish(self) -> Result<Dataset, ImportError> {
        match self.0.join() {
            Ok(read) => Ok(read?),
            Err(panic) => Err(ImportError::Crashed(crate::train::panic_message(panic.as_ref()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_csv;

    fn read(text: &str, parse: Parser) -> Result<Dataset, ImportError> {
        let bytes = Arc::new(text.as_bytes().to_vec());
        Reading::start(bytes, CsvOptions::default(), parse, Context::default()).finish()
    }

    #[test]
    fn reads_off_the_calling_thread() {
        let caller = std::thread::current().id();
        let parse: Parser = Arc::new(move |b, o| {
            assert_ne!(std::thread::current().id(), caller);
            parse_csv(b, o)
        });
        let d = read("x,y,c\n1,2,a\n3,4,b\n", parse).expect("a valid file");
        assert_eq!(d.points.len(), 2);
    }

    #[test]
    fn errors_keep_line_and_column_and_a_crash_is_reported() {
        let e = read("x,y,c\n1,2,a\n3,oops,b\n", Arc::new(parse_csv));
        assert!(
            matches!(
                &e,
                Err(ImportError::Data(DataError::NotANumber { line: 3, column: 2, .. }))
            ),
            "{e:?}"
        );
        let e = read("x,y,c\n1,2,a\n", Arc::new(|_, _| panic!("bad parser")));
        assert!(matches!(&e, Err(ImportError::Crashed(m)) if m == "bad parser"), "{e:?}");
    }
}

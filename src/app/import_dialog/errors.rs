//! The import window's errors in the current language.

use super::ImportError;
use crate::i18n::texts::data_error_text;
use crate::tr;

/// Why an import produced no dataset, for the window.
pub(super) fn import_error_text(e: &ImportError) -> String {
    match e {
        ImportError::Data(e) => data_error_text(e),
        ImportError::Crashed(why) => tr!("import-crashed", reason = why.as_str()),
    }
}

//! Words for what nnlab refuses to write or read (files that are not
//! files, a data file nnlab did not write): the typed reasons' `Display`
//! comes here, so every place that shows them shows the catalogue's words.

use std::path::Path;

use crate::fsutil::FileRefusal;
use crate::tr;

/// Why a path is refused, in the current language.
pub fn file_refusal_text(r: FileRefusal) -> String {
    match r {
        FileRefusal::Folder => tr!("file-refusal-folder"),
        FileRefusal::NotAFile => tr!("file-refusal-not-a-file"),
        FileRefusal::NoReader => tr!("file-refusal-no-reader"),
        FileRefusal::DanglingLink => tr!("file-refusal-dangling-link"),
        FileRefusal::OutsideFolder => tr!("file-refusal-outside-folder"),
        // `non_exhaustive` within the crate: every variant is listed.
    }
}

/// A data file beside an export that exists and is not nnlab's.
pub fn data_file_taken_text(path: &Path) -> String {
    tr!("export-data-file-taken", path = path.display().to_string())
}

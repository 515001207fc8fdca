//! What nnlab refuses to write or read (a folder, a pipe or device, a link
//! to nothing, a path leading out of a lesson's folder), in words.

use std::fmt;

use crate::fsutil::FileRefusal;
use crate::tr;

impl fmt::Display for FileRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            FileRefusal::Folder => tr!("file-refusal-folder"),
            FileRefusal::NotAFile => tr!("file-refusal-not-a-file"),
            FileRefusal::NoReader => tr!("file-refusal-no-reader"),
            FileRefusal::DanglingLink => tr!("file-refusal-dangling-link"),
            FileRefusal::OutsideFolder => tr!("file-refusal-outside-folder"),
        };
        f.write_str(&text)
    }
}

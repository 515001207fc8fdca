//! Files a lesson names beside itself: its CSV data, its images, the next
//! lesson. One rule for all: a name relative to the lesson's folder, in it
//! or below it (no `..`, no absolute path, no link leading out of it);
//! built-in lessons name none.

use std::io::Cursor;
use std::path::{Component, Path, PathBuf};

use toml::de::DeTable;

use super::error::{Allowed, ImageProblem, Problem};
use super::sources::BUILTIN_SOURCES;
use crate::fsutil::{ReadLimitedError, read_limited};

/// Where a lesson came from: the binary, or a file in a folder (its CSV
/// files are looked up beside it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built into nnlab (`assets/lessons/`).
    BuiltIn,
    /// Read from a file in this folder.
    Dir(std::path::PathBuf),
}

/// Largest image file a step may show.
pub const MAX_IMAGE_BYTES: u64 = 4 << 20;
/// Largest width or height of a step's image, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 2048;

/// The file `name` beside a lesson from `origin`; `field` is the key that
/// names it (`csv`, `image`), for the message.
pub(crate) fn beside(origin: &Origin, name: &str, field: &'static str) -> Result<PathBuf, Problem> {
    let Origin::Dir(dir) = origin else {
        return Err(Problem::NoFilesForBuiltIn);
    };
    let rel = Path::new(name);
    if name.is_empty() || !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(Problem::BadValue {
            field,
            allowed: Allowed::InLessonFolder,
        });
    }
    // The name obeys the rule; where it leads must too: a link in the
    // folder to `/etc/passwd` is refused as `../../etc/passwd` would be.
    // A name that leads nowhere is left for the reader to report.
    match crate::fsutil::inside_folder(dir, rel) {
        Ok(real) => Ok(real),
        Err(e) if crate::fsutil::refusal(&e).is_some() => Err(Problem::BadValue {
            field,
            allowed: Allowed::InLessonFolder,
        }),
        Err(_) => Ok(dir.join(rel)),
    }
}

/// A step's image, decoded: width, height and RGBA pixels row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA, 4 bytes a pixel, rows top to bottom.
    pub rgba: Vec<u8>,
}

/// Reads and decodes the image `name` beside a lesson (at most
/// [`MAX_IMAGE_BYTES`], [`MAX_IMAGE_SIDE`] pixels a side).
///
/// # Errors
/// [`Problem::Image`] (or a path problem) naming the file as written.
pub fn load_image(origin: &Origin, name: &str) -> Result<LessonImage, Problem> {
    let path = beside(origin, name, "image")?;
    let fail = |reason| Problem::Image {
        file: name.to_string(),
        reason,
    };
    let bytes = read_limited(&path, MAX_IMAGE_BYTES).map_err(|e| match e {
        ReadLimitedError::Io(e) => fail(ImageProblem::Io(e)),
        ReadLimitedError::TooLarge(bytes) => fail(ImageProblem::TooLarge(bytes)),
    })?;
    let reader = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|_| fail(ImageProblem::NotAnImage))?;
    let (width, height) = reader.into_dimensions().map_err(|_| fail(ImageProblem::NotAnImage))?;
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        return Err(fail(ImageProblem::TooManyPixels { width, height }));
    }
    let decoded = image::load_from_memory(&bytes).map_err(|_| fail(ImageProblem::NotAnImage))?;
    Ok(LessonImage {
        width,
        height,
        rgba: decoded.into_rgba8().into_raw(),
    })
}

/// Where the lesson `id` that `next` names is: `None` for a built-in
/// lesson, the file `<id>.toml` beside a lesson file otherwise.
///
/// # Errors
/// [`Problem::NextNotFound`] when it is neither.
pub(crate) fn next_lesson(origin: &Origin, id: &str) -> Result<Option<PathBuf>, Problem> {
    if builtin_ids().contains(&id) {
        return Ok(None);
    }
    let file = beside(origin, &format!("{id}.toml"), "next").map_err(|_| Problem::NextNotFound(id.to_string()))?;
    if file.is_file() {
        Ok(Some(file))
    } else {
        Err(Problem::NextNotFound(id.to_string()))
    }
}

/// The ids of the built-in lessons, read from their files' `id` lines
/// (not by parsing the lessons: a built-in lesson's `next` is checked
/// while the course itself is being parsed).
fn builtin_ids() -> Vec<&'static str> {
    BUILTIN_SOURCES
        .iter()
        .filter_map(|(_, src)| {
            let t = DeTable::parse(src).ok()?;
            let at = t.get_ref().get("id")?.span();
            src.get(at.start + 1..at.end - 1)
        })
        .collect()
}

//! The file layer in a browser tab. A page cannot write into the learner's
//! folders, so a save is a download the browser files away under the
//! path's file name; and it cannot read them either, so the files the
//! learner picked in the browser's file picker or dropped onto the page are
//! kept here under their names, where [`read_limited`] finds them and the
//! usual loaders (sessions, lessons, the CSV import) read them as files.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use wasm_bindgen::JsCast;

use super::ReadLimitedError;

thread_local! {
    /// Files handed to the page, by name (the browser hides their folder).
    static PICKED: RefCell<HashMap<PathBuf, Vec<u8>>> = RefCell::default();
    /// The object URL of the last download, freed at the next one (freeing
    /// it at once could cancel the download before the browser starts it).
    static LAST_URL: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps a file the learner gave the page; returns the path to open it by.
pub fn put_file(name: &str, bytes: Vec<u8>) -> PathBuf {
    let path = PathBuf::from(name);
    PICKED.with(|p| p.borrow_mut().insert(path.clone(), bytes));
    path
}

/// A file given to the page, refused above `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadLimitedError> {
    PICKED.with(|p| match p.borrow().get(path) {
        Some(bytes) if bytes.len() as u64 > limit => Err(ReadLimitedError::TooLarge(bytes.len() as u64)),
        Some(bytes) => Ok(bytes.clone()),
        None => Err(ReadLimitedError::Io(not_found())),
    })
}

/// The first `n` bytes of a file given to the page.
pub fn read_start(path: &Path, n: usize) -> io::Result<Vec<u8>> {
    PICKED.with(|p| match p.borrow().get(path) {
        Some(bytes) => Ok(bytes[..n.min(bytes.len())].to_vec()),
        None => Err(not_found()),
    })
}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

/// A download to offer: the page cannot look at the learner's folders, so
/// there is nothing to check before the bytes are ready.
#[derive(Debug)]
pub struct Destination {
    /// The file name the browser saves under.
    name: String,
}

/// A download named like `path`'s file.
pub fn prepare(path: &Path) -> io::Result<Destination> {
    let name = path
        .file_name()
        .map_or_else(|| "nnlab".into(), |n| n.to_string_lossy().into_owned());
    Ok(Destination { name })
}

impl Destination {
    /// Offers `bytes` as the download; the browser writes the whole file
    /// or nothing, as the desktop's atomic save does.
    pub fn write(self, bytes: &[u8]) -> io::Result<()> {
        download(&self.name, bytes).map_err(|e| io::Error::other(format!("{e:?}")))
    }
}

fn download(name: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    if let Some(old) = LAST_URL.with(|l| l.replace(Some(url))) {
        web_sys::Url::revoke_object_url(&old)?;
    }
    Ok(())
}

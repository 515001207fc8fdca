//! Files in a browser tab: the browser's file picker for opening (a page
//! may only show it from a click, which rfd's web dialog asks for), files
//! dropped onto the page, and saves that need no dialog because they are
//! downloads (see `crate::fsutil`). Whatever is opened is handed to the
//! file layer under its name and then opened like any path.

use std::sync::mpsc::channel;

use super::{Event, Files, Purpose};
use crate::app::context::Action;
use crate::data::DataError;
use crate::i18n::Message;

impl Files {
    /// Opens the browser's file picker for `purpose`; a save goes straight
    /// to its download under the suggested name.
    pub(super) fn pick(&mut self, purpose: Purpose) {
        let Some(name) = purpose.file_name() else {
            let (filter, extensions) = purpose.filter();
            let dialog = rfd::AsyncFileDialog::new().add_filter(filter, &extensions);
            let (tx, rx) = channel();
            wasm_bindgen_futures::spawn_local(async move {
                let path = match dialog.pick_file().await {
                    Some(file) => Some(crate::fsutil::put_file(&file.file_name(), file.read().await)),
                    None => None,
                };
                let _ = tx.send(Event::Picked(purpose, path));
            });
            self.jobs.push(rx);
            return;
        };
        self.picked(purpose, name.into());
    }

    /// Reads the files dropped onto the page (the browser hands them over
    /// asynchronously), then opens each.
    pub(super) fn open_dropped(&mut self, ctx: &egui::Context) {
        for file in ctx.input(|i| i.raw.dropped_files.clone()) {
            let (tx, rx) = channel();
            let repaint = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.path().to_string_lossy().into_owned();
                let event = match file.bytes_async().await {
                    Ok(bytes) => Event::Picked(Purpose::OpenDataset, Some(crate::fsutil::put_file(&name, bytes))),
                    Err(error) => Event::Done(Action::Notify(Message::Data(DataError::Io {
                        path: name.into(),
                        source: std::io::Error::other(error),
                    }))),
                };
                let _ = tx.send(event);
                repaint.request_repaint();
            });
            self.jobs.push(rx);
        }
    }
}

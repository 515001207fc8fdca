//! Helpers shared by the integration tests.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;

use nnlab::data::{ColumnRef, CsvOptions, Dataset, GenParams, Generator, generate, read_csv};

/// Path of a file under `assets/`.
pub fn asset(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets").join(name)
}

/// Iris with petal length and width as inputs, species as label.
pub fn iris_petals() -> Dataset {
    let options = CsvOptions {
        x: Some(ColumnRef::Name("petal_length".into())),
        y: Some(ColumnRef::Name("petal_width".into())),
        label: Some(ColumnRef::Name("species".into())),
        ..CsvOptions::default()
    };
    read_csv(&asset("iris.csv"), &options).unwrap()
}

/// A generated dataset.
pub fn generated(g: Generator, points: usize, noise: f64, classes: usize, seed: u64) -> Dataset {
    generate(
        g,
        &GenParams {
            points,
            noise,
            classes,
            seed,
        },
    )
    .unwrap()
}

/// eframe's settings storage, in memory.
#[derive(Default)]
pub struct MemoryStorage(pub std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// Driving the real window.
pub mod ui;

/// Devices and FIFOs in a temporary folder.
#[cfg(unix)]
pub mod special;

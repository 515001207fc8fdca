//! The README's pictures are there: every `![…](assets/….png)` names a PNG
//! in the repository, and the Neuron tab's screenshots (English and
//! Korean) are captures of the whole window at the laptop size the README
//! promises (1280×720).

use std::path::Path;

/// The PNG's width and height, from its header (signature, then IHDR).
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.len() > 24 && bytes.starts_with(b"\x89PNG\r\n\x1a\n") && &bytes[12..16] == b"IHDR",
        "{} is a PNG",
        path.display()
    );
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn every_picture_the_readme_shows_is_a_png_in_assets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let pictures: Vec<&str> = readme
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|target| target.ends_with(".png"))
        .collect();
    assert!(pictures.len() >= 10, "{pictures:?}");
    for picture in &pictures {
        assert!(picture.starts_with("assets/"), "{picture} lives in assets/");
        let (w, h) = png_size(&root.join(picture));
        assert!(w >= 100 && h >= 100, "{picture}: {w}×{h}");
    }
    for neuron in ["assets/lab_neuron.png", "assets/lab_neuron_ko.png"] {
        assert!(pictures.contains(&neuron), "the README shows {neuron}");
        assert_eq!(png_size(&root.join(neuron)), (1280, 720), "{neuron}: the whole window");
    }
}

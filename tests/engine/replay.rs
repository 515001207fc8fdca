//! Replaying training: the trainer's log-spaced weight checkpoints, their
//! place in the session file (old files still load, damaged ones are
//! refused), and the animated GIF made from them.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use image::AnimationDecoder;
use image::codecs::gif::GifDecoder;
use nnlab::data::{Dataset, Generator};
use nnlab::render::colors::{Style, cell_color, class_color};
use nnlab::render::{
    AnimationRequest, DEFAULT_FONT, DEFAULT_FRAMES, ExportError, Font, Scene, epoch_label, export_gif, render_frame,
};
use nnlab::session::{Session, SessionError};
use nnlab::train::{Checkpoint, GridEvaluator, GridSpec, TrainConfig, Trainer, split_dataset};

fn trained(epochs: u64) -> (Dataset, Trainer) {
    let mut data = crate::common::generated(Generator::Circle, 60, 0.1, 2, 4);
    let config = TrainConfig {
        learning_rate: 0.1,
        ..TrainConfig::default()
    }
    .with_hidden(&[4], nnlab::nn::Activation::Tanh);
    split_dataset(&mut data, &config);
    let mut trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    trainer.train_epochs(epochs).unwrap();
    (data, trainer)
}

#[test]
fn training_keeps_log_spaced_checkpoints_with_their_losses() {
    let (_, trainer) = trained(120);
    let list = trainer.checkpoints().list();
    let epochs: Vec<u64> = list.iter().map(|c| c.point.epoch).collect();
    assert_eq!(epochs[0], 0);
    assert!(epochs.windows(2).all(|w| w[0] < w[1]), "{epochs:?}");
    assert!(
        epochs.contains(&20) && epochs.len() < 60,
        "dense early, sparse later: {epochs:?}"
    );
    assert_ne!(list[0].net, list[list.len() - 1].net, "the weights moved");
    for c in list {
        let h = trainer
            .history()
            .points()
            .iter()
            .find(|h| h.epoch == c.point.epoch)
            .unwrap();
        assert_eq!(
            *h, c.point,
            "epoch {}: the losses recorded with the history",
            c.point.epoch
        );
    }
}

#[test]
fn checkpoints_survive_a_session_and_old_sessions_still_load() {
    let (data, mut trainer) = trained(40);
    trainer.checkpoint_now();
    let json = Session::capture(&data, &trainer).to_json();
    let restored = Session::from_json(&json).unwrap().into_trainer().unwrap();
    let (a, b) = (trainer.checkpoints().list(), restored.checkpoints().list());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert_eq!(x, y, "epoch {}", x.point.epoch);
    }
    assert_eq!(b.last().unwrap().net, *trainer.net());

    // A file from before checkpoints existed: no "checkpoints" key.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["progress"].as_object_mut().unwrap().remove("checkpoints").unwrap();
    let old = Session::from_json(&v.to_string()).unwrap().into_trainer().unwrap();
    let list = old.checkpoints().list();
    assert_eq!(list.len(), 1, "the loaded state becomes the first checkpoint");
    assert_eq!((list[0].point.epoch, &list[0].net), (40, trainer.net()));
}

/// An edit that damages a session's JSON.
type Damage = fn(&mut serde_json::Value);

#[test]
fn damaged_checkpoints_are_refused() {
    let (data, trainer) = trained(10);
    let json = Session::capture(&data, &trainer).to_json();
    let edits: [(&str, Damage); 3] = [
        ("a layer of the wrong width", |v| {
            v["progress"]["checkpoints"][1]["layers"][0]["bias"]
                .as_array_mut()
                .unwrap()
                .pop();
        }),
        ("epochs out of order", |v| {
            v["progress"]["checkpoints"][2]["epoch"] = 1.into()
        }),
        ("an epoch past the session's", |v| {
            let last = v["progress"]["checkpoints"].as_array().unwrap().len() - 1;
            v["progress"]["checkpoints"][last]["epoch"] = 11.into();
        }),
    ];
    for (what, edit) in edits {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        edit(&mut v);
        let err = Session::from_json(&v.to_string()).unwrap_err();
        let expected = match what {
            "a layer of the wrong width" => matches!(
                &err,
                SessionError::Checkpoint { index: 1, source } if matches!(**source, SessionError::LayerShape { layer: 1, .. })
            ),
            "epochs out of order" => matches!(err, SessionError::CheckpointEpoch { index: 2, epoch: 1, .. }),
            _ => matches!(
                err,
                SessionError::CheckpointEpoch {
                    epoch: 11,
                    last: 10,
                    ..
                }
            ),
        };
        assert!(expected, "{what}: {err:?}");
    }
}

fn decode(bytes: &[u8]) -> Vec<image::RgbaImage> {
    let frames = GifDecoder::new(std::io::Cursor::new(bytes)).unwrap().into_frames();
    frames.map(|f| f.unwrap().into_buffer()).collect()
}

#[test]
fn the_animation_has_log_spaced_frames_with_progress_and_can_be_cancelled() {
    let (data, trainer) = trained(60);
    let checkpoints = trainer.checkpoints().list();
    let request = AnimationRequest {
        checkpoints,
        dataset: &data,
        config: trainer.config(),
        view: GridSpec::around(&data, 96),
        style: Style::for_dataset(&data, false),
        frames: 8,
        font: DEFAULT_FONT,
        label: &epoch_label,
    };
    let mut calls = Vec::new();
    let bytes = export_gif(&request, &mut |done, total| {
        calls.push((done, total));
        true
    })
    .unwrap();
    let frames = decode(&bytes);
    assert_eq!(frames.len(), 8);
    assert_eq!(frames[0].dimensions(), (96, 96));
    assert_ne!(frames[0], frames[7], "the boundary moves");
    assert_eq!(calls, (1..=8).map(|d| (d, 8)).collect::<Vec<_>>());

    let cancel = export_gif(&request, &mut |done, _| done < 3);
    assert!(matches!(cancel, Err(ExportError::Cancelled)));
    let none: [Arc<Checkpoint>; 0] = [];
    let empty = AnimationRequest {
        checkpoints: &none,
        ..request
    };
    assert!(matches!(
        export_gif(&empty, &mut |_, _| true),
        Err(ExportError::NoCheckpoints)
    ));
    let bad_font = AnimationRequest {
        font: b"no font",
        checkpoints,
        ..empty
    };
    assert!(matches!(
        export_gif(&bad_font, &mut |_, _| true),
        Err(ExportError::Font(_))
    ));
}

/// A frame shows the boundary in the window's colours, the points in their
/// class colours and a label drawn with the font.
#[test]
fn a_frame_shows_boundary_points_and_label() {
    let (data, trainer) = trained(30);
    let font = Font::new(DEFAULT_FONT).unwrap();
    let view = GridSpec::around(&data, 128);
    let style = Style::for_dataset(&data, false);
    let scene = Scene {
        dataset: &data,
        features: &trainer.config().features,
        view,
        style,
        font: &font,
    };
    let mut eval = GridEvaluator::default();
    let picture = render_frame(&scene, &mut eval, trainer.net(), "epoch 30");
    let grid = eval.output(trainer.net(), view, scene.features, &data);
    let px = |i: usize, j: usize| &picture.rgba[(j * 128 + i) * 4..(j * 128 + i) * 4 + 3];
    // The bottom-right corner is far from the label and (checked) from points.
    let corner = view.cell_centre(127, 127);
    assert!(
        data.points
            .iter()
            .all(|p| (p.x[0] - corner[0]).hypot(p.x[1] - corner[1]) > 0.5)
    );
    assert_eq!(
        px(127, 127),
        cell_color(&grid.values[127 * 128 * 2 + 127 * 2..][..2], style)
    );
    // The centre of a training point is its class colour.
    let p = data.points.iter().find(|p| !p.test).unwrap();
    let i = ((p.x[0] - view.x_min) / (view.x_max - view.x_min) * 128.0) as usize;
    let j = ((view.y_max - p.x[1]) / (view.y_max - view.y_min) * 128.0) as usize;
    let c = px(i, j);
    let want = class_color(p.class());
    assert!(c.iter().zip(want).all(|(a, b)| a.abs_diff(b) < 40), "{c:?} vs {want:?}");
    // The label's glyphs are dark pixels in the top-left corner.
    let dark = (0..20)
        .flat_map(|j| (0..60).map(move |i| (i, j)))
        .filter(|&(i, j)| px(i, j)[0] < 100)
        .count();
    assert!(dark > 20, "{dark} dark pixels where the label is");
}

/// The animation the window exports has the frames the README promises
/// (it used to lose a sixth of them to early checkpoints picked twice).
#[test]
fn the_default_animation_has_the_frames_the_readme_promises() {
    let readme = include_str!("../../README.md");
    let promised = format!("{DEFAULT_FRAMES} frames at");
    assert!(readme.contains(&promised), "the README says {promised:?}");
    let (data, trainer) = trained(600);
    let checkpoints = trainer.checkpoints().list();
    assert!(checkpoints.len() >= DEFAULT_FRAMES, "{} checkpoints", checkpoints.len());
    let request = AnimationRequest {
        checkpoints,
        dataset: &data,
        config: trainer.config(),
        view: GridSpec::around(&data, 64),
        style: Style::for_dataset(&data, false),
        frames: DEFAULT_FRAMES,
        font: DEFAULT_FONT,
        label: &epoch_label,
    };
    let bytes = export_gif(&request, &mut |_, _| true).unwrap();
    assert_eq!(decode(&bytes).len(), DEFAULT_FRAMES);
}

/// `nnlab train --gif`: the GIF is written whole, with at most the frames
/// asked for, ending on the trained network's epoch; nothing else is left
/// in the folder.
#[test]
fn train_writes_the_gif_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let gif = dir.path().join("run.gif");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args([
            "train",
            "--dataset",
            "xor",
            "--hidden",
            "2",
            "--epochs",
            "80",
            "--frames",
            "12",
            "--gif",
        ])
        .arg(&gif)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let frames = decode(&std::fs::read(&gif).unwrap());
    assert_eq!(frames.len(), 12, "the frames asked for");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    let no_gif = std::process::Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args(["train", "--dataset", "xor", "--frames", "12"])
        .output()
        .unwrap();
    assert!(!no_gif.status.success(), "--frames needs --gif");
}

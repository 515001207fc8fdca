//! Session files: a save → load round trip restores everything exactly, a
//! resumed run continues bit for bit, and damaged files are refused.

#![allow(clippy::unwrap_used)]

use crate::common::generated;
use nnlab::data::Generator;
use nnlab::nn::{ConfigError, NnError};
use nnlab::session::{Session, SessionError};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

fn trained_session() -> (nnlab::data::Dataset, Trainer) {
    let mut data = generated(Generator::Spiral, 200, 0.1, 3, 5);
    let config = TrainConfig {
        epochs: 20,
        ..Default::default()
    };
    split_dataset(&mut data, &config);
    let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
    t.train_epochs(20).unwrap();
    (data, t)
}

#[test]
fn round_trip_restores_every_weight_and_point() {
    let (data, t) = trained_session();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    Session::capture(&data, &t).save(&path).unwrap();
    let loaded = Session::load(&path).unwrap();
    assert!(loaded.dataset == data, "the dataset must come back bit for bit");
    assert_eq!(&loaded.config, t.config());
    assert_eq!(loaded.progress.epoch, 20);
    assert_eq!(loaded.progress.history, t.history().points());
    let restored = loaded.into_trainer().unwrap();
    assert_eq!(restored.net(), t.net(), "every weight bit for bit");
}

#[test]
fn resumed_training_continues_exactly() {
    // 20 epochs, save, 10 more == 30 epochs straight (plain SGD has no
    // optimizer state, and each epoch's shuffle depends only on seed + epoch).
    let (data, mut straight) = trained_session();
    let saved = Session::from_json(&Session::capture(&data, &straight).to_json()).unwrap();
    straight.train_epochs(10).unwrap();
    let mut resumed = saved.into_trainer().unwrap();
    resumed.train_epochs(10).unwrap();
    assert_eq!(resumed.net(), straight.net());
    assert_eq!(resumed.epoch(), 30);
}

#[test]
fn damaged_sessions_are_refused_with_a_reason() {
    let (data, t) = trained_session();
    let good = Session::capture(&data, &t).to_json();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        f(&mut v);
        v.to_string()
    };
    let truncated = &good[..good.len() / 2];
    assert!(matches!(
        Session::from_json(truncated),
        Err(SessionError::NotJson { truncated: true, .. })
    ));
    assert!(matches!(Session::from_json("[1, 2]"), Err(SessionError::NotASession)));
    let newer = edit(&|v| v["version"] = 99.into());
    let err = Session::from_json(&newer).unwrap_err();
    assert!(matches!(
        err,
        SessionError::Version {
            found: 99,
            supported: 1
        }
    ));
    let missing = edit(&|v| {
        v.as_object_mut().unwrap().remove("config");
    });
    assert!(matches!(
        Session::from_json(&missing),
        Err(SessionError::Damaged {
            section: Some("config"),
            ..
        })
    ));
    let wrong_type = edit(&|v| v["config"]["learning_rate"] = "fast".into());
    assert!(matches!(
        Session::from_json(&wrong_type),
        Err(SessionError::Damaged {
            section: Some("config"),
            ..
        })
    ));
    let short_layer = edit(&|v| {
        v["network"]["layers"][0]["weights"].as_array_mut().unwrap().pop();
    });
    let err = Session::from_json(&short_layer).unwrap_err();
    assert!(matches!(err, SessionError::LayerShape { layer: 1, .. }), "{err:?}");
    let wrong_classes = edit(&|v| v["network"]["head"]["classes"] = 2.into());
    assert!(matches!(
        Session::from_json(&wrong_classes),
        Err(SessionError::Classes { network: 2, .. })
    ));
    let bad_label = edit(&|v| v["dataset"]["points"][0]["y"] = 7.0.into());
    assert!(matches!(Session::from_json(&bad_label), Err(SessionError::Data(_))));
    let bad_lr = edit(&|v| v["config"]["learning_rate"] = 1e9.into());
    assert!(matches!(
        Session::from_json(&bad_lr),
        Err(SessionError::Config(ConfigError::LearningRate { .. }))
    ));
}

#[test]
fn failed_load_leaves_no_trace_and_save_replaces_atomically() {
    let (data, t) = trained_session();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    Session::capture(&data, &t).save(&path).unwrap();
    let first = std::fs::read(&path).unwrap();
    Session::capture(&data, &t).save(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
    std::fs::write(&path, b"{\"format\": \"nnlab-session\", \"version\": 1").unwrap();
    assert!(Session::load(&path).is_err());
}

#[test]
fn frozen_connections_and_switched_off_neurons_are_saved() {
    let (data, mut t) = trained_session();
    let outgoing: Vec<f32> = t.net().layers[1].weights.row(4).iter().copied().collect();
    t.set_frozen(1, 2, 3, true).unwrap();
    t.set_neuron_off(0, 4, true).unwrap();
    let held = t.net().layers[1].weights[(2, 3)];
    let saved = Session::from_json(&Session::capture(&data, &t).to_json()).unwrap();
    assert_eq!(&saved.masks, t.masks());

    let mut resumed = saved.into_trainer().unwrap();
    assert_eq!(resumed.masks(), t.masks());
    resumed.train_epochs(5).unwrap();
    assert_eq!(resumed.net().layers[1].weights[(2, 3)], held, "still frozen");
    assert!(
        resumed.net().layers[1].weights.row(4).iter().all(|w| *w == 0.0),
        "still off"
    );
    // Switched back on, the neuron gets the outgoing weights it had when it
    // was switched off (the frozen one among them stays at its held value).
    resumed.set_neuron_off(0, 4, false).unwrap();
    let back: Vec<f32> = resumed.net().layers[1].weights.row(4).iter().copied().collect();
    assert_eq!(back, outgoing);
}

#[test]
fn masks_that_do_not_fit_the_network_are_refused() {
    let (data, mut t) = trained_session();
    t.set_frozen(0, 1, 2, true).unwrap();
    let json = Session::capture(&data, &t).to_json();
    let bad = json.replacen("\"neuron\": 2", "\"neuron\": 99", 1);
    assert_ne!(bad, json, "the test edits the mask");
    let err = Session::from_json(&bad).and_then(|s| s.into_trainer().map(|_| ()));
    let err = err.expect_err("a mask outside the network");
    assert!(
        matches!(
            err,
            SessionError::Network(NnError::NoConnection {
                layer: 0,
                input: 1,
                neuron: 99
            })
        ),
        "{err:?}"
    );
}

/// A session written before the option enums got their one name table
/// (`nnlab train --dataset xor --features x1,x2,x1^2,x1*x2,sin(x2) --hidden 3
/// --activation leaky_relu --loss bce --optimizer adam --epochs 3 --save`):
/// it loads, and is written back exactly as it was.
#[test]
fn a_session_from_before_the_name_tables_loads_unchanged() {
    use nnlab::data::Feature::*;
    use nnlab::nn::{Activation, Init, Loss, OptimizerKind};
    let text = include_str!("../fixtures/session_v1_before_name_tables.json");
    let s = Session::from_json(text).unwrap();
    assert_eq!(s.config.features, [X1, X2, X1Squared, X1X2, SinX2]);
    assert_eq!(s.config.hidden[0].activation, Activation::LeakyRelu);
    assert_eq!(s.config.loss, Some(Loss::BinaryCrossEntropy));
    assert_eq!(s.config.optimizer.kind, OptimizerKind::Adam);
    assert_eq!(s.config.init, Init::Auto);
    assert_eq!(s.progress.epoch, 3);
    s.into_trainer().unwrap();
    let old: serde_json::Value = serde_json::from_str(text).unwrap();
    let again: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    assert_eq!(again, old);
}

/// The window stores its settings as RON through eframe: each name table
/// writes what serde's derive wrote (an identifier such as `binary_cross_entropy`),
/// so settings stored by an older nnlab still load.
#[test]
fn stored_settings_spell_every_enum_as_before() {
    use crate::common::MemoryStorage;
    use nnlab::data::Feature;
    use nnlab::nn::Loss;
    use nnlab::nn::logic::Gate;
    use serde::{Deserialize, Serialize};

    // The derives as they were.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum OldGenerator {
        Gaussians,
    }
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum OldLoss {
        BinaryCrossEntropy,
    }
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum OldGate {
        AndNot,
    }
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum OldFeature {
        X1Squared,
    }

    fn same<New, Old>(new: New, old: Old)
    where
        New: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        Old: Serialize,
    {
        let mut memory = MemoryStorage::default();
        eframe::set_value(&mut memory, "old", &(old, 7));
        eframe::set_value(&mut memory, "new", &(&new, 7));
        assert_eq!(memory.0["new"], memory.0["old"]);
        assert_eq!(eframe::get_value::<(New, i32)>(&memory, "old"), Some((new, 7)));
    }
    same(Generator::Gaussians, OldGenerator::Gaussians);
    same(Loss::BinaryCrossEntropy, OldLoss::BinaryCrossEntropy);
    same(Gate::AndNot, OldGate::AndNot);
    same(Feature::X1Squared, OldFeature::X1Squared);
    // And a name that is not in the table is refused as serde's derive did.
    let err = serde_json::from_str::<Loss>("\"bce\"").unwrap_err().to_string();
    assert!(err.contains("unknown variant `bce`, expected one of"), "{err}");
}

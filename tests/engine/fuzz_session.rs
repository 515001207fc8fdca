//! Property tests of the session loader: random edits of a valid session's
//! JSON (values replaced by other types, huge or non-finite numbers, keys
//! removed, arrays grown or emptied), truncations and flipped bytes never
//! panic, and whatever is accepted is whole: it checks out and trains.
//! 5,000 cases in all.

#![allow(clippy::unwrap_used)]

use std::sync::OnceLock;

use crate::common::generated;
use nnlab::data::Generator;
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer, split_dataset};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A small trained session as JSON text and as a value.
fn valid() -> &'static (String, Value) {
    static VALID: OnceLock<(String, Value)> = OnceLock::new();
    VALID.get_or_init(|| {
        let mut data = generated(Generator::Blobs, 24, 0.1, 3, 2);
        let config = TrainConfig::default().with_hidden(&[4, 3], nnlab::nn::Activation::Tanh);
        split_dataset(&mut data, &config);
        let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
        t.train_epochs(3).unwrap();
        let text = Session::capture(&data, &t).to_json();
        let value = serde_json::from_str(&text).unwrap();
        (text, value)
    })
}

/// Values a damaged or hand-edited file might hold.
fn junk() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|v| serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)),
        Just(json!(1e308)),
        Just(json!(-1)),
        Just(json!(u64::MAX)),
        Just(json!("")),
        Just(json!("tanh")),
        Just(json!([])),
        Just(json!({})),
        Just(json!([[1.0, 2.0], [3.0]])),
        (0usize..3000).prop_map(|n| Value::Array(vec![json!(0.5); n])),
    ]
}

/// One edit at the node reached by following `path` (each number picks a
/// child modulo the node's size).
#[derive(Clone, Debug)]
enum Edit {
    Replace(Vec<u16>, Value),
    Remove(Vec<u16>),
    Duplicate(Vec<u16>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let path = prop::collection::vec(any::<u16>(), 1..7);
    prop_oneof![
        3 => (path.clone(), junk()).prop_map(|(p, v)| Edit::Replace(p, v)),
        1 => path.clone().prop_map(Edit::Remove),
        1 => path.prop_map(Edit::Duplicate),
    ]
}

/// Applies `edit` to `root`.
fn apply(root: &mut Value, edit: &Edit) {
    let (path, op) = match edit {
        Edit::Replace(p, _) | Edit::Remove(p) | Edit::Duplicate(p) => (p, edit),
    };
    let mut node = root;
    for (depth, &step) in path.iter().enumerate() {
        let last = depth + 1 == path.len();
        let len = match node {
            Value::Object(m) => m.len(),
            Value::Array(a) => a.len(),
            _ => 0,
        };
        if len == 0 {
            break;
        }
        let i = step as usize % len;
        if last {
            match (node, op) {
                (Value::Object(m), Edit::Remove(_)) => {
                    let key = m.keys().nth(i).cloned().unwrap();
                    m.remove(&key);
                }
                (Value::Array(a), Edit::Remove(_)) => {
                    a.remove(i);
                }
                (Value::Array(a), Edit::Duplicate(_)) => {
                    let copy = a[i].clone();
                    a.push(copy);
                }
                (Value::Object(m), Edit::Replace(_, v)) => *m.values_mut().nth(i).unwrap() = v.clone(),
                (Value::Array(a), Edit::Replace(_, v)) => a[i] = v.clone(),
                _ => {}
            }
            return;
        }
        node = match node {
            Value::Object(m) => m.values_mut().nth(i).unwrap(),
            Value::Array(a) => &mut a[i],
            _ => return,
        };
    }
}

/// Loads `text`; an accepted session must be complete and usable.
fn check(text: &str) -> Result<(), TestCaseError> {
    match Session::from_json(text) {
        Ok(s) => {
            prop_assert!(s.check().is_ok());
            let mut trainer = s
                .into_trainer()
                .map_err(|e| TestCaseError::fail(format!("accepted but unusable: {e}")))?;
            prop_assert_eq!(trainer.epoch(), s.progress.epoch);
            let _ = trainer.step_batch();
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_sessions_never_panic(edits in prop::collection::vec(edit(), 1..4)) {
        let mut value = valid().1.clone();
        for e in &edits {
            apply(&mut value, e);
        }
        check(&value.to_string())?;
    }

    #[test]
    fn truncated_or_corrupted_text_never_panics(cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let text = &valid().0;
        let at = cut.index(text.len());
        let end = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        prop_assert!(Session::from_json(&text[..end]).is_err(), "a truncated session is refused");
        let mut bytes = text.clone().into_bytes();
        let i = flip.index(bytes.len());
        bytes[i] = byte;
        if let Ok(s) = std::str::from_utf8(&bytes) {
            check(s)?;
        }
    }
}

#[test]
fn the_unmutated_session_loads() {
    let s = Session::from_json(&valid().0).unwrap();
    assert_eq!(s.progress.epoch, 3);
    assert_eq!(s.network.layers.len(), 3);
}

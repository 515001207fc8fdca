//! The Network tab in Korean: the status bar, the editor's toolbar, the
//! loss plot's legend and the backprop inspector read their texts from the
//! Korean catalogue (issue 16), and the inspector still works when driven
//! by its Korean labels.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use crate::common::ui::{harness, small_settings, wait_for, wait_for_label};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{NnlabApp, default_dataset};
use nnlab::data::Generator;
use nnlab::i18n::Language;
use nnlab::lessons::InspectorStage;

/// The window on XOR's four points in Korean, once the worker's first
/// snapshot has arrived; the Hangul fallback is installed before the first
/// frame, as in the real window.
fn korean_window() -> Harness<'static, NnlabApp> {
    let mut s = small_settings(Generator::Xor);
    s.gen_params.points = 4;
    s.gen_params.noise = 0.0;
    s.view.language = Some(Language::Ko);
    let d = default_dataset(&s);
    let mut app = NnlabApp::new(s, d, Arc::new(|| {}));
    app.use_path_prompts();
    let mut h = harness(app);
    h.run_steps(2);
    h
}

#[test]
fn the_network_tab_and_the_inspector_speak_korean() {
    let mut h = korean_window();

    // The editor's toolbar and the loss plot's legend.
    h.get_by_label("층 추가");
    h.get_by_label("가중치 초기화");
    h.get_by_label("훈련 손실");
    assert!(h.query_by_label("Add layer").is_none(), "no English toolbar");

    // The inspector, opened and driven by its Korean labels.
    h.get_by_label("역전파 살펴보기").click();
    h.run_steps(2);
    assert!(h.state().editor.backprop.is_open());
    assert!(
        h.query_all_by_label("역전파 살펴보기").count() >= 2,
        "the button and the title"
    );
    h.get_by_label("샘플").focus();
    h.step();
    h.get_by_label("샘플").type_text("2");
    h.step();
    h.get_by_label("이동").click();
    wait_for(&mut h, "the trace of sample 2", |a| {
        a.inspector_stage() == Some(InspectorStage::Forward)
    });
    wait_for_label(&mut h, "5과정 중 1번째: 정방향 계산");
    h.get_by_label("이 스텝 적용");

    // The status bar: the inspector paused training.
    h.get_by_label("일시 정지");
    assert!(h.query_all_by_label_contains("에포크").next().is_some());
    assert!(
        h.query_all_by_label_contains("초당").next().is_some(),
        "the pace or throughput"
    );
}

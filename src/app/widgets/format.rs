//! Numbers, and the inspector's stage names, as the window shows them.

/// Formats a number briefly: at most three decimals, trailing zeros
/// dropped (1.400 → 1.4, 2.000 → 2).
pub fn num(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_string() } else { s.to_string() }
}

/// Formats a count compactly: 950, 12.3k, 4.56M.
pub fn compact(n: f64) -> String {
    if n >= 1e9 {
        format!("{:.2}G", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.2}M", n / 1e6)
    } else if n >= 1e4 {
        format!("{:.1}k", n / 1e3)
    } else {
        format!("{n:.0}")
    }
}

/// An inspector stage's name as the inspector shows it (the lesson panel's
/// goals name it the same way).
pub fn stage_name(stage: crate::lessons::InspectorStage) -> String {
    use crate::lessons::InspectorStage;
    match stage {
        InspectorStage::Forward => crate::tr!("inspector-stage-forward"),
        InspectorStage::Loss => crate::tr!("inspector-stage-loss"),
        InspectorStage::Backward => crate::tr!("inspector-stage-backward"),
        InspectorStage::Gradients => crate::tr!("inspector-stage-gradients"),
        InspectorStage::Update => crate::tr!("inspector-stage-update"),
    }
}

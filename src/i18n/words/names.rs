//! Engine values that have words besides their command-line names:
//! generator labels, activation formulas, optimizer rules, losses, feature
//! explanations. The engine stays free of the catalogues (the command line
//! keeps its English names); here each variant has one catalogue key, so
//! both languages say the same thing.

use crate::data::{Feature, Generator};
use crate::nn::{Activation, Loss, OptimizerKind};
use crate::tr;

/// A generator's name in the Dataset box.
pub fn generator_label(g: Generator) -> String {
    match g {
        Generator::Blobs => tr!("controls-generator-blobs"),
        Generator::Circle => tr!("controls-generator-circle"),
        Generator::Quadrants => tr!("controls-generator-quadrants"),
        Generator::Spiral => tr!("controls-generator-spiral"),
        Generator::Moons => tr!("controls-generator-moons"),
        Generator::Sine => tr!("controls-generator-sine"),
        Generator::And => tr!("controls-generator-and"),
        Generator::Or => tr!("controls-generator-or"),
        Generator::Xor => tr!("controls-generator-xor"),
        Generator::Plane => tr!("controls-generator-plane"),
        Generator::Gaussians => tr!("controls-generator-gaussians"),
    }
}

/// An activation's formula, a = φ(z), with its derivative where the
/// training uses it.
pub fn activation_formula(a: Activation) -> String {
    crate::i18n::tr(a.properties().formula_key, &[])
}

/// How an optimizer turns a gradient g = ∂L/∂w into a step.
pub fn optimizer_rule(kind: OptimizerKind) -> String {
    match kind {
        OptimizerKind::Sgd => tr!("controls-optimizer-sgd-formula"),
        OptimizerKind::Momentum => tr!("controls-optimizer-momentum-formula"),
        OptimizerKind::Adam => tr!("controls-optimizer-adam-formula"),
    }
}

/// What a loss measures, with its formula (`None`: what "auto" picks).
pub fn loss_formula(loss: Option<Loss>) -> String {
    match loss {
        None => tr!("controls-loss-auto-formula"),
        Some(Loss::Mse) => tr!("controls-loss-mse-formula"),
        Some(Loss::BinaryCrossEntropy) => tr!("controls-loss-bce-formula"),
        Some(Loss::CrossEntropy) => tr!("controls-loss-ce-formula"),
    }
}

/// What feeding a feature to the network does.
pub fn feature_explanation(f: Feature) -> String {
    match f {
        Feature::X1 => tr!("controls-feature-x1-hover"),
        Feature::X2 => tr!("controls-feature-x2-hover"),
        Feature::X1Squared => tr!("controls-feature-x1-squared-hover"),
        Feature::X2Squared => tr!("controls-feature-x2-squared-hover"),
        Feature::X1X2 => tr!("controls-feature-x1x2-hover"),
        Feature::SinX1 => tr!("controls-feature-sin-x1-hover"),
        Feature::SinX2 => tr!("controls-feature-sin-x2-hover"),
    }
}

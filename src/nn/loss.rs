//! The output head: the output layer's activation together with the loss it
//! is trained with, in the numerically stable fused form (the loss is computed
//! from the logits z, never as ln of a probability that may have rounded to 0).

use nalgebra::DMatrix;
use serde::{Deserialize, Serialize};

use super::NnError;
use super::activation::{sigmoid, softmax_rows};
use crate::names::name_table;

/// Most output neurons a head has (one per class, at most 16 classes).
pub const MAX_OUTPUTS: usize = 16;

/// The training loss.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// Mean squared error L = (1/n) Σᵢ Σₖ (aᵢₖ − tᵢₖ)².
    Mse,
    /// Binary cross-entropy with a sigmoid output:
    /// ℓ = −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = max(z, 0) − z·y + ln(1 + e^(−|z|)).
    BinaryCrossEntropy,
    /// Categorical cross-entropy with softmax: ℓ = log Σⱼ e^(zⱼ) − z_y.
    CrossEntropy,
}

/// What the command line and the window call "no fixed loss": the usual
/// one for the task, [`Loss::default_for`] (stored as `null`).
pub const AUTO_LOSS: &str = "auto";

name_table! {
    Loss {
        Mse => "mse";
        BinaryCrossEntropy => "bce", file "binary_cross_entropy";
        CrossEntropy => "ce", file "cross_entropy";
    }
}

impl Loss {
    /// The usual loss for a task: MSE for regression (`classes == 0`), binary
    /// cross-entropy for two classes, softmax cross-entropy for more.
    pub fn default_for(classes: usize) -> Loss {
        match classes {
            0 => Loss::Mse,
            2 => Loss::BinaryCrossEntropy,
            _ => Loss::CrossEntropy,
        }
    }
}

/// The activation of the output layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputActivation {
    /// a = z (regression).
    Identity,
    /// a = σ(z), a probability per output.
    Sigmoid,
    /// a = tanh z, targets ±1 (as TensorFlow Playground does).
    Tanh,
    /// a = softmax(z): class probabilities that sum to 1.
    Softmax,
}

impl OutputActivation {
    /// The short name the window and messages show (`linear`, as Keras
    /// calls a = z).
    pub fn name(self) -> &'static str {
        match self {
            OutputActivation::Identity => "linear",
            OutputActivation::Sigmoid => "sigmoid",
            OutputActivation::Tanh => "tanh",
            OutputActivation::Softmax => "softmax",
        }
    }
}

/// Output activation + loss + what the targets mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// The output activation.
    pub output: OutputActivation,
    /// The loss.
    pub loss: Loss,
    /// Number of classes; 0 for regression.
    pub classes: usize,
}

impl Head {
    /// A head, checking that the loss and output activation fit the task.
    pub fn new(loss: Loss, output: OutputActivation, classes: usize) -> Result<Head, NnError> {
        let ok = match (loss, output) {
            (Loss::BinaryCrossEntropy, OutputActivation::Sigmoid) => classes == 2,
            (Loss::CrossEntropy, OutputActivation::Softmax) => classes >= 2,
            (Loss::Mse, OutputActivation::Identity) => true,
            (Loss::Mse, OutputActivation::Sigmoid | OutputActivation::Tanh) => classes >= 2,
            _ => false,
        };
        if !ok {
            return Err(NnError::HeadMismatch { loss, output, classes });
        }
        Ok(Head { output, loss, classes })
    }

    /// The natural output for a loss: BCE → sigmoid, CE → softmax, MSE →
    /// identity for regression and sigmoid for classes.
    pub fn for_loss(loss: Loss, classes: usize) -> Result<Head, NnError> {
        let output = match loss {
            Loss::BinaryCrossEntropy => OutputActivation::Sigmoid,
            Loss::CrossEntropy => OutputActivation::Softmax,
            Loss::Mse if classes == 0 => OutputActivation::Identity,
            Loss::Mse => OutputActivation::Sigmoid,
        };
        Head::new(loss, output, classes)
    }

    /// Number of output neurons: K for softmax or K > 2 classes, else 1.
    pub fn outputs(&self) -> usize {
        if self.output == OutputActivation::Softmax || self.classes > 2 {
            self.classes
        } else {
            1
        }
    }

    /// Target of output `k` for a row whose target is `t` (class index or value).
    #[inline]
    pub(crate) fn target(&self, t: f32, k: usize) -> f32 {
        if self.classes == 0 {
            return t;
        }
        let hit = if self.outputs() == 1 { t == 1.0 } else { t as usize == k };
        match (hit, self.output) {
            (true, _) => 1.0,
            (false, OutputActivation::Tanh) => -1.0,
            (false, _) => 0.0,
        }
    }

    /// a = output activation of the logits z (row-wise for softmax).
    pub fn activate(&self, z: &DMatrix<f32>, a: &mut DMatrix<f32>) {
        match self.output {
            OutputActivation::Identity => a.copy_from(z),
            OutputActivation::Sigmoid => {
                super::activation::map_x8(z.as_slice(), a.as_mut_slice(), super::fastmath::sigmoid_x8)
            }
            OutputActivation::Tanh => {
                super::activation::map_x8(z.as_slice(), a.as_mut_slice(), super::fastmath::tanh_x8)
            }
            OutputActivation::Softmax => softmax_rows(z, a),
        }
    }

    /// One training sample: its loss, whether its class was predicted
    /// right (never, for regression), and ∂ℓ/∂z · `scale` into `grad`.
    #[inline]
    pub fn train_row(&self, z: &[f32], t: f32, grad: &mut [f32], scale: f32) -> (f64, bool) {
        let mut a = [0.0f32; MAX_OUTPUTS];
        let a = &mut a[..z.len()];
        let loss = self.row(z, t, a, Some(grad), scale);
        (loss, self.classes > 0 && self.predict_class(a) == t as usize)
    }

    /// One sample: writes the outputs `a` = φ(z) of its logits `z`, returns
    /// its loss ℓ, and if `grad` is given writes `scale`·∂ℓ/∂z. The fused
    /// gradients are the familiar ones: σ(z) − y for BCE, softmax(z) −
    /// onehot(y) for CE, 2(a − t)·φ'(z) for MSE. Slices have length
    /// [`Head::outputs`].
    #[inline]
    pub fn row(&self, z: &[f32], t: f32, a: &mut [f32], grad: Option<&mut [f32]>, scale: f32) -> f64 {
        match self.loss {
            Loss::BinaryCrossEntropy => {
                // σ(z) and the loss share one exponential e = e^−|z| (|z|
                // capped at 30, see `exp_neg_abs_logit`):
                // σ(z) = 1/(1 + e) for z ≥ 0, e/(1 + e) below (as
                // `fastmath::sigmoid`); ℓ = max(z, 0) − z·t + ln(1 + e).
                let zi = z[0];
                let e = super::fastmath::exp_neg_abs_logit(zi);
                let d = 1.0 / (1.0 + e);
                a[0] = if zi >= 0.0 { d } else { e * d };
                if let Some(g) = grad {
                    g[0] = (a[0] - t) * scale;
                }
                f64::from(zi.max(0.0) - zi * t + super::fastmath::ln_1p_unit(e))
            }
            Loss::CrossEntropy => {
                let m = z.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v));
                let mut sum = 0.0f32;
                for (a, &z) in a.iter_mut().zip(z) {
                    // Capped like the sigmoid's exponential, so a hopeless
                    // class gets e^−30 rather than a subnormal number.
                    *a = (z - m).max(-super::fastmath::LOGIT_LIMIT).exp();
                    sum += *a;
                }
                a.iter_mut().for_each(|a| *a /= sum);
                let y = (t as usize).min(z.len() - 1);
                if let Some(g) = grad {
                    for (k, g) in g.iter_mut().enumerate() {
                        *g = (a[k] - self.target(t, k)) * scale;
                    }
                }
                f64::from(m + sum.ln() - z[y])
            }
            Loss::Mse => {
                let mut total = 0.0f64;
                let mut grad = grad;
                for k in 0..z.len() {
                    let (ak, slope) = match self.output {
                        OutputActivation::Sigmoid => {
                            let s = sigmoid(z[k]);
                            (s, s * (1.0 - s))
                        }
                        OutputActivation::Tanh => {
                            let h = super::fastmath::tanh(z[k]);
                            (h, 1.0 - h * h)
                        }
                        _ => (z[k], 1.0),
                    };
                    a[k] = ak;
                    let diff = ak - self.target(t, k);
                    total += f64::from(diff * diff);
                    if let Some(g) = grad.as_deref_mut() {
                        g[k] = 2.0 * diff * slope * scale;
                    }
                }
                total
            }
        }
    }

    /// Mean loss over the rows of logits `z` with targets; if `grad` is
    /// given, writes ∂L/∂z into it (already divided by the number of rows).
    pub fn loss(&self, z: &DMatrix<f32>, targets: &[f32], mut grad: Option<&mut DMatrix<f32>>) -> f64 {
        let n = z.nrows();
        if n == 0 {
            return 0.0;
        }
        let k = z.ncols();
        let scale = 1.0 / n as f32;
        let (mut zr, mut ar, mut gr) = ([0.0f32; MAX_OUTPUTS], [0.0f32; MAX_OUTPUTS], [0.0f32; MAX_OUTPUTS]);
        let mut total = 0.0f64;
        for (i, &t) in targets.iter().enumerate() {
            for c in 0..k {
                zr[c] = z[(i, c)];
            }
            let g = grad.is_some().then_some(&mut gr[..k]);
            total += self.row(&zr[..k], t, &mut ar[..k], g, scale);
            if let Some(g) = grad.as_deref_mut() {
                for c in 0..k {
                    g[(i, c)] = gr[c];
                }
            }
        }
        total / n as f64
    }

    /// Class probabilities of one output row `a` (length [`Head::outputs`])
    /// written to `probs` (length K). Softmax gives them directly; a single
    /// sigmoid gives (1 − a, a); tanh maps (a + 1)/2; other multi-output heads
    /// are clamped to [0, 1] and normalized.
    pub fn probabilities(&self, a: &[f32], probs: &mut [f32]) {
        if self.outputs() == 1 {
            let p1 = match self.output {
                OutputActivation::Tanh => (a[0] + 1.0) / 2.0,
                _ => a[0],
            }
            .clamp(0.0, 1.0);
            probs[0] = 1.0 - p1;
            probs[1] = p1;
            return;
        }
        let shift = if self.output == OutputActivation::Tanh {
            1.0
        } else {
            0.0
        };
        let mut sum = 0.0;
        for (p, &v) in probs.iter_mut().zip(a) {
            *p = (v + shift).max(0.0);
            sum += *p;
        }
        for p in probs.iter_mut() {
            *p = if sum > 0.0 { *p / sum } else { 1.0 / a.len() as f32 };
        }
    }

    /// The predicted class of one output row: argmax of the probabilities
    /// (for one output: class 1 when its probability is at least ½).
    pub fn predict_class(&self, a: &[f32]) -> usize {
        if self.outputs() == 1 {
            let mid = if self.output == OutputActivation::Tanh {
                0.0
            } else {
                0.5
            };
            return usize::from(a[0] >= mid);
        }
        let mut best = 0;
        for (k, v) in a.iter().enumerate() {
            if *v > a[best] {
                best = k;
            }
        }
        best
    }
}

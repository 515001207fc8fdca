//! A sample's loss written out: the general formula and the same formula
//! with this sample's output and target in it.

use super::LayerTrace;
use crate::nn::{Head, Loss};

/// ℓ for one sample, in words a learner can check by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct LossFormula {
    /// The loss in general, e.g. `ℓ = −[y·ln a + (1 − y)·ln(1 − a)]`.
    pub general: &'static str,
    /// With this sample's numbers, e.g. `ℓ = −ln a = −ln 0.7311 = 0.3133`.
    pub worked: String,
}

/// A number with four significant digits (scientific when tiny or huge).
pub fn number(v: f64) -> String {
    let m = v.abs();
    if m == 0.0 || (1e-3..1e5).contains(&m) {
        let digits = if m >= 1.0 {
            3 - m.log10().floor().min(3.0) as usize
        } else {
            4
        };
        format!("{v:.digits$}")
    } else {
        format!("{v:.3e}")
    }
}

impl LossFormula {
    /// The formula of `head`'s loss for a sample with target `t`, output
    /// layer `out` and loss `loss`.
    pub fn new(head: Head, t: f32, out: &LayerTrace, loss: f64) -> Self {
        let a = |k: usize| number(f64::from(out.a[k]));
        let total = number(loss);
        match head.loss {
            Loss::BinaryCrossEntropy => LossFormula {
                general: "ℓ = −[y·ln a + (1 − y)·ln(1 − a)]",
                worked: if t == 1.0 {
                    format!("y = 1: ℓ = −ln a = −ln {} = {total}", a(0))
                } else {
                    format!("y = 0: ℓ = −ln(1 − a) = −ln(1 − {}) = {total}", a(0))
                },
            },
            Loss::CrossEntropy => {
                let y = (t as usize).min(out.a.len().saturating_sub(1));
                LossFormula {
                    general: "ℓ = −ln a_y  (a = softmax(z), y the true class)",
                    worked: format!("y = {y}: ℓ = −ln a_{y} = −ln {} = {total}", a(y)),
                }
            }
            Loss::Mse => {
                let terms: Vec<String> = (0..out.a.len())
                    .map(|k| format!("({} − {})²", a(k), number(f64::from(head.target(t, k)))))
                    .collect();
                LossFormula {
                    general: if out.a.len() == 1 {
                        "ℓ = (a − t)²"
                    } else {
                        "ℓ = Σₖ (aₖ − tₖ)²"
                    },
                    worked: format!("ℓ = {} = {total}", terms.join(" + ")),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_keep_four_significant_digits() {
        assert_eq!(number(0.731_058_6), "0.7311");
        assert_eq!(number(12.345_67), "12.35");
        assert_eq!(number(-1.0), "-1.000");
        assert_eq!(number(0.0), "0.0000");
        assert_eq!(number(2.5e-7), "2.500e-7");
    }
}

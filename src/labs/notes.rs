//! The concept notes shown beside the labs: short, with formulas, in the
//! order of the path biological neuron → logic neuron → perceptron → its
//! limits → multilayer networks. Plain text: the formulas use only glyphs
//! the app's fonts draw (w·x for the dot product, x₁ for subscripts).

/// One note: a title and paragraphs separated by blank lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// Heading.
    pub title: &'static str,
    /// The text; lines starting with two spaces are formulas.
    pub body: &'static str,
}

/// The biological neuron.
pub const BIOLOGICAL: Note = Note {
    title: "The biological neuron",
    body: "A neuron receives signals on its dendrites, from thousands of other neurons. Each contact \
point, a synapse, releases chemical messengers that make the cell membrane slightly more positive \
(excitatory synapse) or more negative (inhibitory synapse). The cell body adds these small changes up. \
When the voltage at the start of the axon crosses a threshold, the neuron fires an action potential: \
an all-or-nothing spike that travels down the axon to the synapses on other neurons.

What the artificial neuron keeps: inputs with signed strengths (weights), a sum, a threshold, and a \
binary or graded output. What it drops: timing and spike trains, chemistry, the shape of the cell, and \
the fact that real synapses change by local biological processes rather than by gradient descent.",
};

/// McCulloch and Pitts (1943).
pub const MCCULLOCH_PITTS: Note = Note {
    title: "The McCulloch–Pitts neuron (1943)",
    body: "Inputs and output are 0 or 1. Each connection is excitatory or inhibitory, and the neuron \
has an integer threshold θ. It fires iff no inhibitory input is active and enough excitatory inputs are:

  y = 1  if no inhibitory input is active
         and (active excitatory inputs) ≥ θ
  y = 0  otherwise

With θ = 2 and two excitatory inputs it is AND; with θ = 1 it is OR; an inhibitory input gives NOT \
(A AND NOT B: A excitatory, B inhibitory, θ = 1). Nothing is learned: the designer picks the connections \
and thresholds. Any logic function can be built from such neurons, but XOR needs two layers: \
h₁ = A AND NOT B, h₂ = B AND NOT A, C = h₁ OR h₂.",
};

/// The threshold logic unit.
pub const TLU: Note = Note {
    title: "The threshold logic unit (TLU)",
    body: "The TLU gives each input a real weight and adds a bias b (minus the threshold):

  z = w·x + b = w₁x₁ + w₂x₂ + b
  Heaviside:  H(z) = 1 if z ≥ 0, else 0
  sign:       sign(z) = +1 if z > 0, −1 if z < 0 (0 at z = 0)

The output changes where z = 0: the line w₁x₁ + w₂x₂ + b = 0 in the plane (a hyperplane in more \
dimensions). The weight vector w is normal to that line and points to the side where the unit fires; \
the distance from a point x to the line is |w·x + b| / |w|.",
};

/// A layer of TLUs.
pub const LAYER: Note = Note {
    title: "The perceptron as a layer",
    body: "Rosenblatt's perceptron (1958) is a layer of TLUs that all see the same inputs. For a batch \
X (one sample per row, n × d), weights W (d × k, one column per unit) and biases b (1 × k):

  H = φ(XW + b)

with φ the step function applied to every entry. With k classes, unit j is trained to fire for class \
j and not for the others (one-vs-rest), and a point is given the class whose unit has the largest z. \
Each unit draws its own line, so the iris lab shows three lines.",
};

/// Hebb's rule and the perceptron rule.
pub const LEARNING_RULES: Note = Note {
    title: "Hebb's rule and the perceptron rule",
    body: "Hebb (1949): when a cell repeatedly helps to fire another, the connection between them \
strengthens — 'cells that fire together wire together'. As a formula:

  Δw = η · y · x      (each weight grows with input × output)

It only ever strengthens co-active connections and does not look at errors.

The perceptron rule corrects errors instead. For a sample (x, y) with prediction ŷ = step(w·x + b):

  w_new = w + η (y − ŷ) x
  b_new = b + η (y − ŷ)

When ŷ = y nothing changes. When the unit missed a positive sample, x is added to w (z grows for that \
x); when it fired on a negative one, x is subtracted. η > 0 is the learning rate; from a zero start it \
only scales w and b and so changes no prediction.",
};

/// The convergence theorem.
pub const CONVERGENCE: Note = Note {
    title: "The convergence theorem",
    body: "If some line separates the two classes with a margin, the perceptron rule finds a separating \
line after finitely many updates (Rosenblatt; Novikoff 1962). Fold the bias in: u = (x, 1), v = (w, b), \
targets t = ±1, R = max |u| and γ = min t (v*·u) / |v*| > 0 for a separator v*. Each update raises \
v·v*/|v*| by at least γ and |v|² by at most R², so after M updates Mγ ≤ |v| ≤ √M R and

  M ≤ (R / γ)²

(with the sign function an update has |y − ŷ| = 2, giving 2(R/γ)²). Any separator v* gives a bound; the \
best is the one with the widest margin, and the lab shows its R, γ and bound before the first step, then \
the updates made against it. The theorem says nothing about which line is \
found: training stops at the first error-free epoch, often with a small margin.",
};

/// XOR.
pub const XOR: Note = Note {
    title: "The XOR limitation",
    body: "XOR is 1 at (0,1) and (1,0) and 0 at (0,0) and (1,1). A line would need w₂ + b ≥ 0 and \
w₁ + b ≥ 0 (fire on the 1s) but b < 0 and w₁ + w₂ + b < 0 (silent on the 0s). Adding the first two \
gives w₁ + w₂ + 2b ≥ 0; adding the last two gives w₁ + w₂ + 2b < 0. Contradiction: no single TLU \
computes XOR. On such data the perceptron rule never stops; with a fixed order the weights eventually \
repeat, which the lab detects. Minsky and Papert (1969) made this limit famous. The way out is a hidden \
layer: two units carve the plane with two lines and a third combines them, as the logic lab's XOR does.",
};

/// MLPs and backprop.
pub const MLP: Note = Note {
    title: "MLP, feedforward, deep, backpropagation",
    body: "A multilayer perceptron stacks layers: h₁ = φ(XW₁ + b₁), h₂ = φ(h₁W₂ + b₂), …, output \
ŷ = f(h_L W + b). It is feedforward: signals only flow from inputs to outputs, with no cycles. A \
network with more than one hidden layer is called deep.

To train it, the step function is replaced by a smooth activation (sigmoid, tanh, ReLU) so that the \
loss L is differentiable. Backpropagation computes every ∂L/∂W with the chain rule, layer by layer \
from the output back: with δ = ∂L/∂z for a layer's net inputs,

  ∂L/∂W = (h_prev)^T δ     (h_prev: the layer's input)
  δ_prev = (δ W^T) * φ'(z_prev)   (* entrywise)

and gradient descent updates W_new = W − η ∂L/∂W. One hidden layer with enough units can approximate \
any continuous function on a bounded region; the Network tab trains such networks live.",
};

/// Logistic regression.
pub const LOGISTIC: Note = Note {
    title: "Logistic regression",
    body: "Replace the step by the sigmoid σ(z) = 1 / (1 + e^−z) and read the output as a probability:

  p(y = 1 | x) = σ(w·x + b)

Training minimises the cross-entropy L = −mean[y ln p + (1 − y) ln(1 − p)] by gradient descent, with

  ∂L/∂w = mean[(p − y) x],   ∂L/∂b = mean[p − y]

Every point contributes on every step, even correctly classified ones. On separable data the loss \
keeps falling, |w| grows without end (probabilities sharpen towards 0 and 1), and the direction of w \
tends to the maximum-margin line. The perceptron gives no probabilities, uses no regularization and \
stops at the first line with no training error.",
};

/// Every note, in reading order.
pub const ALL: [Note; 9] = [
    BIOLOGICAL,
    MCCULLOCH_PITTS,
    TLU,
    LAYER,
    LEARNING_RULES,
    CONVERGENCE,
    XOR,
    LOGISTIC,
    MLP,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_use_only_drawable_glyphs() {
        // Glyphs egui's default proportional font (Ubuntu Light) lacks,
        // checked against its cmap; a missing glyph panics under kittest.
        for note in ALL {
            for bad in [
                'ᵀ', 'ᵢ', 'ⁱ', '✓', '✔', '✗', '→', '←', '∧', '∨', '‖', '●', '\u{302}', '\u{303}',
            ] {
                assert!(!note.body.contains(bad), "{}: {bad}", note.title);
            }
            assert!(!note.title.is_empty() && note.body.len() > 200);
        }
    }
}

//! The inspector's words and numbers: what each stage says in general and,
//! for one neuron or connection, its formula with this sample's numbers in
//! it. Every number is the trace's own, written as `nnlab backprop` writes
//! it (four significant digits), so what the learner reads can be checked
//! against the command line and by hand.

use super::Focus;
use crate::data::Feature;
use crate::i18n::words::neuron_health_text;
use crate::lessons::InspectorStage;
use crate::nn::{Loss, Mlp, OptimizerKind, OutputActivation};
use crate::tr;
use crate::train::inspect::{
    BackpropTrace, Held, NeuronHealth, NeuronHealthCounts, ParamUpdate, StepUpdate, UpdateTerms, number,
};

/// Terms of a weighted sum written out before "…".
const MAX_TERMS: usize = 6;

/// A number as the inspector shows it.
pub(crate) fn num(v: f32) -> String {
    number(f64::from(v))
}

/// A formula line that wraps only between its terms: the spaces around ×,
/// =, −, · and inside a term become no-break spaces, so a narrow panel
/// breaks the line at " + " (between the chain rule's w × δ products)
/// and never inside a number or a product.
pub(crate) fn unbreakable(line: &str) -> String {
    line.replace(" × ", "\u{a0}×\u{a0}")
        .replace(" = ", "\u{a0}=\u{a0}")
        .replace(" − ", "\u{a0}−\u{a0}")
        .replace(" ← ", "\u{a0}←\u{a0}")
}

/// A factor of a product: negative numbers in parentheses.
fn factor(v: f32) -> String {
    if v < 0.0 { format!("({})", num(v)) } else { num(v) }
}

/// Names of neurons and inputs as the editor labels them.
pub(crate) struct Names<'a> {
    /// The enabled input features, in network order.
    pub(crate) features: &'a [Feature],
    /// The network the trace was made with.
    pub(crate) net: &'a Mlp,
}

impl Names<'_> {
    /// Neuron `j` of layer `l`: "h1.2", or "output" (one output) / "output 2".
    pub(crate) fn neuron(&self, l: usize, j: usize) -> String {
        if l + 1 < self.net.layers.len() {
            format!("h{}.{}", l + 1, j + 1)
        } else if self.net.head.outputs() == 1 {
            tr!("inspector-output")
        } else {
            tr!("editor-output-node", output = j + 1)
        }
    }

    /// Input `i` of layer `l`: a feature, or a neuron of the layer below.
    pub(crate) fn input(&self, l: usize, i: usize) -> String {
        match (l, self.features.get(i)) {
            (0, Some(f)) => f.label().to_string(),
            (0, None) => tr!("editor-input-node", input = i + 1),
            _ => self.neuron(l - 1, i),
        }
    }

    /// φ of layer `l` as a word ("tanh", "sigmoid", "softmax"…).
    fn phi(&self, l: usize) -> &'static str {
        if l + 1 < self.net.layers.len() {
            self.net.layers[l].activation.name()
        } else {
            match self.net.head.output {
                OutputActivation::Identity => "identity",
                OutputActivation::Sigmoid => "sigmoid",
                OutputActivation::Tanh => "tanh",
                OutputActivation::Softmax => "softmax",
            }
        }
    }
}

/// The target of output `k` as the loss compares it (1/0, ±1 or the value).
fn target(t: &BackpropTrace, net: &Mlp, k: usize) -> f32 {
    net.head.target(t.target as f32, k)
}

/// The short text on neuron `j` of layer `l` at `stage` (also its
/// accessible value): "z = …, a = …", "δ = …", "b … → …".
pub(crate) fn node_value(t: &BackpropTrace, net: &Mlp, stage: InspectorStage, l: usize, j: usize) -> String {
    let layer = &t.layers[l];
    let output = l + 1 == t.layers.len();
    match stage {
        InspectorStage::Forward => format!("z = {}, a = {}", num(layer.z[j]), num(layer.a[j])),
        InspectorStage::Loss if output => format!("a = {}, y = {}", num(layer.a[j]), num(target(t, net, j))),
        InspectorStage::Loss => format!("a = {}", num(layer.a[j])),
        InspectorStage::Backward => format!("δ = {}", num(layer.delta[j])),
        InspectorStage::Gradients => format!("∂L/∂b = {}", num(layer.grad_bias[j])),
        InspectorStage::Update => {
            let b = &t.update.layers[l].bias[j];
            format!("b {} → {}", num(b.before), num(b.after))
        }
    }
}

/// What each stage says, whatever is hovered.
pub(crate) fn stage_lines(t: &BackpropTrace, names: &Names<'_>, stage: InspectorStage) -> Vec<String> {
    let net = names.net;
    match stage {
        InspectorStage::Forward => vec![tr!("inspector-forward-what"), tr!("inspector-forward-dots")],
        InspectorStage::Loss => {
            let out = t.layers.len() - 1;
            let outputs: Vec<String> = (0..t.layers[out].a.len())
                .map(|k| format!("{} = {}", names.neuron(out, k), num(t.layers[out].a[k])))
                .collect();
            vec![
                tr!("inspector-loss-sample", formula = loss_general(t, net)),
                t.loss_formula.worked.clone(),
                tr!(
                    "inspector-loss-against",
                    outputs = outputs.join(", "),
                    target = target_text(t, net)
                ),
            ]
        }
        InspectorStage::Backward => vec![
            tr!("inspector-backward-what"),
            output_delta_rule(net),
            tr!("inspector-backward-chain"),
        ],
        InspectorStage::Gradients => vec![tr!("inspector-gradients-what"), tr!("inspector-gradients-lines")],
        InspectorStage::Update => {
            let mut lines = vec![rule_line(&t.update)];
            let reg = t.update.regularization;
            if reg.l1 != 0.0 || reg.l2 != 0.0 {
                lines.push(tr!("inspector-penalties", l1 = num(reg.l1), l2 = num(reg.l2)));
            }
            lines.push(tr!("inspector-update-lines"));
            lines
        }
    }
}

/// The sample's target in words.
fn target_text(t: &BackpropTrace, net: &Mlp) -> String {
    if net.head.classes == 0 {
        format!("t = {}", number(t.target))
    } else {
        tr!("inspector-class", class = t.target as usize)
    }
}

/// The sample's loss in general: the engine's formula, with words of the
/// current language where it has words.
fn loss_general(t: &BackpropTrace, net: &Mlp) -> String {
    match net.head.loss {
        Loss::CrossEntropy => tr!("inspector-loss-ce-formula"),
        Loss::BinaryCrossEntropy | Loss::Mse => t.loss_formula.general.to_string(),
    }
}

/// How the output's δ comes from the loss.
fn output_delta_rule(net: &Mlp) -> String {
    match net.head.loss {
        Loss::BinaryCrossEntropy | Loss::CrossEntropy => tr!("inspector-delta-cross-entropy"),
        Loss::Mse => tr!("inspector-delta-squared-error"),
    }
}

/// The optimizer's rule with its settings.
fn rule_line(u: &StepUpdate) -> String {
    let eta = num(u.learning_rate);
    match u.optimizer {
        OptimizerKind::Sgd => tr!("inspector-update-sgd", eta = eta),
        OptimizerKind::Momentum => tr!("inspector-update-momentum", eta = eta, mu = num(u.momentum)),
        OptimizerKind::Adam => tr!(
            "inspector-update-adam",
            eta = eta,
            beta1 = num(u.beta1),
            beta2 = num(u.beta2),
            epsilon = num(u.epsilon)
        ),
    }
}

/// The numbers of the hovered (or pinned) neuron or connection at `stage`.
pub(crate) fn focus_lines(t: &BackpropTrace, names: &Names<'_>, stage: InspectorStage, focus: Focus) -> Vec<String> {
    match focus {
        Focus::Input(i) => match t.inputs.get(i) {
            Some(&x) => vec![tr!("inspector-input-fed", input = names.input(0, i), value = num(x))],
            None => Vec::new(),
        },
        Focus::Neuron { layer, neuron } if layer < t.layers.len() && neuron < t.layers[layer].z.len() => {
            neuron_lines(t, names, stage, layer, neuron)
        }
        Focus::Link { layer, input, neuron }
            if t.layers
                .get(layer)
                .is_some_and(|l| input < l.grad_weights.len() && neuron < l.z.len()) =>
        {
            link_lines(t, names, stage, (layer, input, neuron))
        }
        _ => Vec::new(),
    }
}

/// Neuron `j` of layer `l` at `stage`.
fn neuron_lines(t: &BackpropTrace, names: &Names<'_>, stage: InspectorStage, l: usize, j: usize) -> Vec<String> {
    let layer = &t.layers[l];
    let name = names.neuron(l, j);
    match stage {
        InspectorStage::Forward | InspectorStage::Loss => {
            let inputs = t.layer_input(l);
            let weights = &t.update.layers[l].weights;
            let mut sum: Vec<String> = inputs
                .iter()
                .take(MAX_TERMS)
                .enumerate()
                .map(|(i, a)| format!("{}·{}", factor(weights[i][j].before), factor(*a)))
                .collect();
            if inputs.len() > MAX_TERMS {
                sum.push(tr!("editor-more-terms", count = inputs.len() - MAX_TERMS));
            }
            sum.push(factor(t.update.layers[l].bias[j].before));
            let phi = names.phi(l);
            let mut lines = vec![
                format!("{name}: z = Σ w·a + b = {} = {}", sum.join(" + "), num(layer.z[j])),
                format!("a = {phi}(z) = {}", num(layer.a[j])),
            ];
            if stage == InspectorStage::Loss && l + 1 == t.layers.len() {
                lines.push(tr!(
                    "inspector-target-of",
                    name = name.as_str(),
                    value = num(target(t, names.net, j))
                ));
            }
            lines
        }
        InspectorStage::Backward => match t.chain_rule(l, j) {
            Some(rule) => {
                let terms: Vec<String> = rule
                    .terms
                    .iter()
                    .map(|(w, d)| format!("{} × {}", factor(*w), factor(*d)))
                    .collect();
                vec![
                    tr!(
                        "inspector-backward-neuron",
                        name = name.as_str(),
                        slope = format!("{}'({}) = {}", names.phi(l), num(layer.z[j]), num(rule.slope))
                    ),
                    format!(
                        "δ = {} × ({}) = {} × {} = {}",
                        num(rule.slope),
                        terms.join(" + "),
                        num(rule.slope),
                        factor(rule.upstream),
                        num(rule.delta)
                    ),
                ]
            }
            None => vec![format!("{name}: {}", output_delta(t, names.net, j))],
        },
        InspectorStage::Gradients => vec![
            format!("{name}: ∂L/∂b = δ = {}", num(layer.grad_bias[j])),
            tr!("inspector-gradients-incoming"),
        ],
        InspectorStage::Update => {
            let bias = &t.update.layers[l].bias[j];
            let mut lines = update_lines(
                bias,
                &t.update,
                &tr!("inspector-bias-of", name = name.as_str()),
                "b",
                layer.grad_bias[j],
            );
            for (i, row) in t.update.layers[l].weights.iter().enumerate().take(MAX_TERMS) {
                let p = row[j];
                lines.push(tr!(
                    "inspector-weight-step",
                    input = names.input(l, i),
                    before = num(p.before),
                    after = num(p.after)
                ));
            }
            lines
        }
    }
}

/// δ of output `k` from the loss, with the numbers.
fn output_delta(t: &BackpropTrace, net: &Mlp, k: usize) -> String {
    let out = &t.layers[t.layers.len() - 1];
    let (a, y, d) = (out.a[k], target(t, net, k), out.delta[k]);
    match net.head.loss {
        Loss::BinaryCrossEntropy | Loss::CrossEntropy => {
            format!("δ = a − y = {} − {} = {}", num(a), num(y), num(d))
        }
        Loss::Mse => {
            let slope = match net.head.output {
                OutputActivation::Sigmoid => a * (1.0 - a),
                OutputActivation::Tanh => 1.0 - a * a,
                _ => 1.0,
            };
            format!(
                "δ = 2(a − t)·φ'(z) = 2 × ({} − {}) × {} = {}",
                num(a),
                num(y),
                num(slope),
                num(d)
            )
        }
    }
}

/// Connection (layer, input, neuron) at `stage`.
fn link_lines(
    t: &BackpropTrace,
    names: &Names<'_>,
    stage: InspectorStage,
    (l, i, j): (usize, usize, usize),
) -> Vec<String> {
    let name = tr!(
        "inspector-weight-name",
        input = names.input(l, i),
        neuron = names.neuron(l, j)
    );
    let p = &t.update.layers[l].weights[i][j];
    let a = t.layer_input(l)[i];
    match stage {
        InspectorStage::Forward | InspectorStage::Loss => vec![tr!(
            "inspector-link-carries",
            name = name.as_str(),
            value = num(p.before),
            product = format!("{} × {} = {}", factor(p.before), factor(a), num(p.before * a))
        )],
        InspectorStage::Backward => {
            let d = t.layers[l].delta[j];
            vec![tr!(
                "inspector-link-sends-back",
                name = name.as_str(),
                value = num(p.before),
                product = format!("{} × {} = {}", factor(p.before), factor(d), num(p.before * d))
            )]
        }
        InspectorStage::Gradients => vec![format!(
            "{name}: ∂L/∂w = a·δ = {} × {} = {}",
            factor(a),
            factor(t.layers[l].delta[j]),
            num(t.layers[l].grad_weights[i][j])
        )],
        InspectorStage::Update => update_lines(p, &t.update, &name, "w", t.layers[l].grad_weights[i][j]),
    }
}

/// One parameter's step, term by term: `name` says which, `sym` is "w" or
/// "b", `loss_grad` this sample's ∂L/∂θ (without penalties).
pub(crate) fn update_lines(p: &ParamUpdate, u: &StepUpdate, name: &str, sym: &str, loss_grad: f32) -> Vec<String> {
    match p.held {
        Some(Held::Frozen) => return vec![tr!("inspector-held-frozen", name = name, value = num(p.before))],
        Some(Held::NeuronOff) => return vec![tr!("inspector-held-off", name = name)],
        None => {}
    }
    let mut lines = Vec::new();
    if p.penalty != 0.0 {
        lines.push(format!(
            "{name}: g = ∂L/∂{sym} + λ₂·{sym} + λ₁·sign({sym}) = {} + {} = {}",
            num(loss_grad),
            factor(p.penalty),
            num(p.grad)
        ));
    } else {
        lines.push(format!("{name}: g = ∂L/∂{sym} = {}", num(p.grad)));
    }
    let (eta, g) = (num(u.learning_rate), factor(p.grad));
    let (before, after) = (num(p.before), num(p.after));
    match p.terms {
        UpdateTerms::Sgd => lines.push(format!("{sym} ← {sym} − η·g = {before} − {eta} × {g} = {after}")),
        UpdateTerms::Momentum {
            velocity_before,
            velocity_after,
        } => {
            lines.push(format!(
                "v ← μ·v − η·g = {} × {} − {eta} × {g} = {}",
                num(u.momentum),
                factor(velocity_before),
                num(velocity_after)
            ));
            lines.push(format!(
                "{sym} ← {sym} + v = {before} + {} = {after}",
                factor(velocity_after)
            ));
        }
        UpdateTerms::Adam {
            m_before,
            v_before,
            m,
            v,
            t,
            m_hat,
            v_hat,
            step,
        } => {
            lines.push(format!(
                "m ← β₁·m + (1 − β₁)·g = {} × {} + {} × {g} = {}",
                num(u.beta1),
                factor(m_before),
                num(1.0 - u.beta1),
                num(m)
            ));
            lines.push(format!(
                "v ← β₂·v + (1 − β₂)·g² = {} × {} + {} × {g}² = {}",
                num(u.beta2),
                factor(v_before),
                num(1.0 - u.beta2),
                num(v)
            ));
            lines.push(format!(
                "m̂ = m/(1 − β₁ᵗ) = {}, v̂ = v/(1 − β₂ᵗ) = {} (t = {t})",
                num(m_hat),
                num(v_hat)
            ));
            lines.push(format!(
                "{sym} ← {sym} − η·m̂/(√v̂ + ε) = {before} − {} = {after}",
                factor(step)
            ));
        }
    }
    lines
}

/// One line per neuron that learns nothing from this sample, saying why.
pub(crate) fn trouble_lines(t: &BackpropTrace, names: &Names<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    for (l, layer) in t.layers.iter().enumerate() {
        for (j, h) in layer.health.iter().enumerate() {
            if let Some(why) = neuron_health_text(*h) {
                lines.push(format!("{}: {why}", names.neuron(l, j)));
            }
        }
    }
    lines
}

/// The tag under a neuron with the training-set counts: "sat 12/300".
pub(crate) fn count_tag(c: &NeuronHealthCounts, l: usize, j: usize) -> Option<String> {
    let h = c.layers.get(l)?.get(j)?;
    let n = c.samples;
    match (h.saturated, h.dead) {
        (0, 0) => None,
        (s, 0) => Some(tr!("inspector-tag-saturated", saturated = s, samples = n)),
        (0, d) => Some(tr!("inspector-tag-dead", dead = d, samples = n)),
        (s, d) => Some(tr!("inspector-tag-both", saturated = s, dead = d, samples = n)),
    }
}

/// The training-set counts in one or two lines.
pub(crate) fn count_lines(c: &NeuronHealthCounts, names: &Names<'_>) -> Vec<String> {
    let mut parts = Vec::new();
    for (l, layer) in c.layers.iter().enumerate() {
        for (j, h) in layer.iter().enumerate() {
            if h.saturated > 0 {
                parts.push(tr!(
                    "inspector-count-saturated",
                    neuron = names.neuron(l, j),
                    count = h.saturated
                ));
            }
            if h.dead > 0 {
                parts.push(tr!("inspector-count-dead", neuron = names.neuron(l, j), count = h.dead));
            }
        }
    }
    if parts.is_empty() {
        vec![tr!("inspector-count-none", samples = c.samples)]
    } else {
        vec![tr!(
            "inspector-count-some",
            samples = c.samples,
            parts = parts.join(", ")
        )]
    }
}

/// The tag under a neuron that learns nothing from this sample.
pub(crate) fn health_tag(h: NeuronHealth) -> Option<String> {
    match h {
        NeuronHealth::Active => None,
        NeuronHealth::Saturated => Some(tr!("inspector-saturated")),
        NeuronHealth::Dead => Some(tr!("inspector-dead")),
    }
}

//! The built-in course's files, embedded in the binary: a leaf, so that
//! finding a lesson by id (`files`) needs no parser.

/// Every built-in lesson file: its name in `assets/lessons/` and its text.
pub const BUILTIN_SOURCES: [(&str, &str); 9] = [
    (
        "01-logic-neurons.toml",
        include_str!("../../assets/lessons/01-logic-neurons.toml"),
    ),
    ("02-tlu.toml", include_str!("../../assets/lessons/02-tlu.toml")),
    (
        "03-perceptron-rule.toml",
        include_str!("../../assets/lessons/03-perceptron-rule.toml"),
    ),
    (
        "04-convergence.toml",
        include_str!("../../assets/lessons/04-convergence.toml"),
    ),
    (
        "05-xor-limit.toml",
        include_str!("../../assets/lessons/05-xor-limit.toml"),
    ),
    (
        "06-logistic.toml",
        include_str!("../../assets/lessons/06-logistic.toml"),
    ),
    ("07-mlp-xor.toml", include_str!("../../assets/lessons/07-mlp-xor.toml")),
    ("08-deep.toml", include_str!("../../assets/lessons/08-deep.toml")),
    (
        "09-backprop.toml",
        include_str!("../../assets/lessons/09-backprop.toml"),
    ),
];

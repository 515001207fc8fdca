//! The perceptron (placeholder).

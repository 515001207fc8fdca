//! The math of neural networks.

pub mod logic;
pub mod perceptron;

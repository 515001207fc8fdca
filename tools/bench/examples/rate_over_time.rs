//! Training rate of a benchmark workload second by second, to see whether
//! it drifts as training goes on (argument: `adam`, `wide`, `app` for the
//! window's default settings on its default spiral, `relu` or `sigmoid` for
//! those settings with that hidden activation, or nothing).

use std::time::Duration;

use nnlab::bench::{TrainWorkload, spiral, train_rate};
use nnlab::nn::Activation;
use nnlab::train::{TrainConfig, Trainer, split_dataset};

fn main() {
    let mut t = match std::env::args().nth(1).unwrap_or_default().as_str() {
        which @ ("app" | "relu" | "sigmoid") => {
            let activation = match which {
                "relu" => Activation::Relu,
                "sigmoid" => Activation::Sigmoid,
                _ => Activation::Tanh,
            };
            let config = TrainConfig::default().with_hidden(&[8, 8], activation);
            let mut data = spiral(400, 2);
            split_dataset(&mut data, &config);
            Trainer::new(&data, config.check().expect("the default settings are valid"))
                .expect("a network for the data")
        }
        other => TrainWorkload::from_arg(other).trainer(),
    };
    for second in 1..=12 {
        let rate = train_rate(&mut t, Duration::from_secs(1));
        println!("{second:>3} s: {:.2} M samples/s (epoch {})", rate / 1e6, t.epoch());
    }
}

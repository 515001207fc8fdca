//! The loss landscape against the session it is computed from: its centre
//! is the session's training loss exactly, and grid cells equal an
//! independent evaluation (a plain f64 forward pass written here) of
//! w + α·d₁ + β·d₂ with the directions it reports.

use nnlab::data::{Dataset, Generator, design};
use nnlab::nn::{Activation, Loss, Mlp, Regularization};
use nnlab::session::Session;
use nnlab::train::landscape::{Directions, Fallback, Landscape, LandscapeRequest, compute, flatten};
use nnlab::train::{Masks, TrainConfig, Trainer, split_dataset};

/// A 2-4-1 tanh network trained 59 epochs on 120 moons, 25 % held out.
fn trained() -> (Dataset, Trainer) {
    trained_with(Regularization::default())
}

/// The same, trained with the penalty `regularization`.
fn trained_with(regularization: Regularization) -> (Dataset, Trainer) {
    let mut data = crate::common::generated(Generator::Moons, 120, 0.1, 2, 3);
    let config = TrainConfig {
        learning_rate: 0.1,
        regularization,
        ..TrainConfig::default()
    }
    .with_hidden(&[4], Activation::Tanh);
    split_dataset(&mut data, &config);
    let mut trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    // 59: a checkpoint epoch (…, 53, 56, 59), so the last checkpoint is w.
    trainer.train_epochs(59).unwrap();
    (data, trainer)
}

/// The mean binary cross-entropy of a 2-H-1 tanh/sigmoid network given as
/// a flat vector in the session order ([input][neuron] rows, then biases),
/// in f64 throughout: ℓ = ln(1 + e^z) − y·z.
fn independent_loss(flat: &[f64], hidden: usize, data: &Dataset) -> f64 {
    let w1 = |i: usize, j: usize| flat[i * hidden + j];
    let b1 = |j: usize| flat[2 * hidden + j];
    let w2 = |j: usize| flat[3 * hidden + j];
    let b2 = flat[4 * hidden];
    let train: Vec<_> = data.points.iter().filter(|p| !p.test).collect();
    let total: f64 = train
        .iter()
        .map(|p| {
            let x = data.scaled(p.x);
            let z: f64 = (0..hidden)
                .map(|j| (x[0] * w1(0, j) + x[1] * w1(1, j) + b1(j)).tanh() * w2(j))
                .sum::<f64>()
                + b2;
            let softplus = z.max(0.0) + (-z.abs()).exp().ln_1p();
            softplus - p.class() as f64 * z
        })
        .sum();
    total / train.len() as f64
}

fn landscape(trainer: &Trainer, data: &Dataset, directions: Directions, size: usize) -> Landscape {
    let request = LandscapeRequest {
        size,
        span: 1.0,
        directions,
        seed: 5,
    };
    let train = design(data, &trainer.config().features, false);
    compute(
        trainer.net(),
        trainer.checkpoints().list(),
        &train,
        &Masks::default(),
        &request,
        &mut |_, _| true,
    )
    .unwrap()
}

/// Checks the centre and three cells of `l` around `net`.
fn check_cells(l: &Landscape, net: &Mlp, data: &Dataset, train_loss: f64) {
    assert_eq!(
        l.center_loss, train_loss,
        "the centre is the session's training loss, exactly"
    );
    let mid = l.size / 2;
    assert_eq!((l.alphas[mid], l.betas[mid]), (0.0, 0.0));
    assert_eq!(l.loss[mid][mid], train_loss, "the middle cell is w itself");
    let w = flatten(net);
    assert_eq!(l.d1.len(), w.len());
    for (i, j) in [(0, 0), (l.size - 1, 1), (1, l.size - 2), (mid, 0)] {
        let (a, b) = (l.alphas[i], l.betas[j]);
        let moved: Vec<f64> = (0..w.len()).map(|k| w[k] + a * l.d1[k] + b * l.d2[k]).collect();
        let expected = independent_loss(&moved, 4, data);
        let got = l.loss[i][j];
        // The engine rounds the weights to f32 and computes in f32.
        assert!(
            (got - expected).abs() < 1e-4 * expected.max(1.0),
            "cell ({i}, {j}) at α = {a}, β = {b}: {got} vs {expected}"
        );
    }
}

#[test]
fn pca_landscape_centre_and_cells_match_the_session() {
    let (data, trainer) = trained();
    let net = trainer.net();
    assert_eq!(net.head.loss, Loss::BinaryCrossEntropy);
    let train_loss = trainer.evaluate_train().loss;
    let l = landscape(&trainer, &data, Directions::Pca, 7);
    assert_eq!((l.directions, l.fallback), (Directions::Pca, None));
    assert_eq!((l.alphas.len(), l.betas.len(), l.loss.len()), (7, 7, 7));
    assert_eq!((l.alphas[0], l.alphas[6]), (-1.0, 1.0));
    check_cells(&l, net, &data, train_loss);
    // Principal components: orthogonal; the path spans ±1 along each and
    // starts on the negative side; it has a point per checkpoint.
    let dot: f64 = l.d1.iter().zip(&l.d2).map(|(a, b)| a * b).sum();
    let n1: f64 = l.d1.iter().map(|v| v * v).sum::<f64>().sqrt();
    let n2: f64 = l.d2.iter().map(|v| v * v).sum::<f64>().sqrt();
    assert!(dot.abs() < 1e-9 * n1 * n2, "d₁ ⟂ d₂");
    assert_eq!(l.path.len(), trainer.checkpoints().len());
    for k in 0..2 {
        let extent = l.path.iter().fold(0.0f64, |m, p| m.max(p[k].abs()));
        assert!((extent - 1.0).abs() < 1e-9, "axis {k} spans ±1: {extent}");
        assert!(l.path[0][k] <= 0.0, "the path starts on the negative side");
    }
    // The last checkpoint is at the last epoch trained: the centre.
    let last = l.path.last().unwrap();
    assert!(last[0].abs() < 1e-6 && last[1].abs() < 1e-6, "{last:?}");
    // A point of the plane projects back onto its own (α, β).
    let w = flatten(net);
    let mut probe = net.clone();
    let on_plane: Vec<f64> = (0..w.len()).map(|k| w[k] + 0.3 * l.d1[k] - 0.6 * l.d2[k]).collect();
    nnlab::train::landscape::write_flat(&mut probe, &on_plane);
    let [a, b] = l.project(&w, &probe);
    assert!((a - 0.3).abs() < 1e-4 && (b + 0.6).abs() < 1e-4, "({a}, {b})");
}

/// The landscape is the data loss the status bar shows as train loss: a
/// run trained with L1 and L2 penalties reports its cells without them
/// (the independent evaluation has none; with them the centre would be
/// higher by λ₁·Σ|w| + (λ₂/2)·Σw², here about 0.1).
#[test]
fn a_penalised_run_reports_the_data_loss_without_its_penalty() {
    let (data, trainer) = trained_with(Regularization { l1: 0.005, l2: 0.02 });
    let train_loss = trainer.evaluate_train().loss;
    let l = landscape(&trainer, &data, Directions::Pca, 5);
    check_cells(&l, trainer.net(), &data, train_loss);
    let w = flatten(trainer.net());
    let penalty: f64 = w.iter().map(|v| 0.005 * v.abs() + 0.01 * v * v).sum();
    assert!(penalty > 1e-3, "the penalty is large enough to tell: {penalty}");
}

#[test]
fn random_landscape_centre_and_cells_match_the_session() {
    let (data, trainer) = trained();
    let train_loss = trainer.evaluate_train().loss;
    let l = landscape(&trainer, &data, Directions::Random, 6);
    assert_eq!(l.directions, Directions::Random);
    // An even size has no middle cell: the centre is evaluated on its own.
    assert_eq!(l.center_loss, train_loss);
    let l = landscape(&trainer, &data, Directions::Random, 5);
    check_cells(&l, trainer.net(), &data, train_loss);
    assert_eq!(landscape(&trainer, &data, Directions::Random, 5), l, "seeded");
}

#[test]
fn a_session_without_checkpoints_falls_back_to_random_directions() {
    let (data, trainer) = trained();
    let mut session = Session::capture(&data, &trainer);
    session.progress.checkpoints.clear();
    let text = session.to_json();
    let session = Session::from_json(&text).unwrap();
    let net = session.network.to_mlp(&session.config, 2).unwrap();
    let train = design(&session.dataset, &session.config.features, false);
    let checkpoints = session.checkpoints().unwrap();
    let l = compute(
        &net,
        checkpoints.list(),
        &train,
        &session.masks,
        &LandscapeRequest::default(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(
        (l.directions, l.fallback),
        (Directions::Random, Some(Fallback::NoCheckpoints))
    );
    assert_eq!(l.size, 41);
    assert!(l.path.is_empty());
    assert_eq!(l.center_loss, trainer.evaluate_train().loss);
}

#[test]
fn a_computation_can_be_cancelled_and_reports_progress() {
    let (data, trainer) = trained();
    let train = design(&data, &trainer.config().features, false);
    let mut seen = Vec::new();
    let result = compute(
        trainer.net(),
        trainer.checkpoints().list(),
        &train,
        &Masks::default(),
        &LandscapeRequest::default(),
        &mut |done, total| {
            seen.push((done, total));
            done < 10
        },
    );
    assert_eq!(result, Err(nnlab::train::landscape::LandscapeError::Cancelled));
    assert_eq!(seen.last(), Some(&(10, 41 * 41)));
}

//! The train/test split as an order: a seeded shuffle of each class's
//! points, of which the first `round(ratio · n_class)` are test points.
//! The order does not depend on the ratio, so a slider that moves the
//! ratio computes the order once and then only reads a prefix of it.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::Dataset;

/// Per class (one group for regression), the members in the order a split
/// seed marks them as test points.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitOrder {
    groups: Vec<Vec<u32>>,
    points: usize,
}

impl SplitOrder {
    /// The order `seed` gives the points of `d`. Classification data is
    /// split per class (stratified), so every class keeps its share in both
    /// sets and a small dataset does not lose a class from the test set by
    /// chance.
    pub fn new(d: &Dataset, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let n_groups = if d.is_classification() {
            d.num_classes().max(1)
        } else {
            1
        };
        let mut groups: Vec<Vec<u32>> = vec![Vec::new(); n_groups];
        for (i, p) in d.points.iter().enumerate() {
            let g = if n_groups > 1 { p.class().min(n_groups - 1) } else { 0 };
            groups[g].push(i as u32);
        }
        for group in &mut groups {
            group.shuffle(&mut rng);
        }
        Self {
            groups,
            points: d.points.len(),
        }
    }

    /// Whether the order was made for a dataset of `n` points.
    pub fn covers(&self, n: usize) -> bool {
        self.points == n
    }

    /// The test flag of every point at `ratio` (clamped to 0..=1).
    pub fn test_flags(&self, ratio: f64) -> Vec<bool> {
        let ratio = ratio.clamp(0.0, 1.0);
        let mut flags = vec![false; self.points];
        for group in &self.groups {
            let n_test = ((ratio * group.len() as f64).round() as usize).min(group.len());
            for &i in &group[..n_test] {
                flags[i as usize] = true;
            }
        }
        flags
    }

    /// The points of `d` whose test flag differs from the split at
    /// `ratio`, in increasing order: flipping them gives that split.
    pub fn flips(&self, d: &Dataset, ratio: f64) -> Vec<u32> {
        self.test_flags(ratio)
            .iter()
            .zip(&d.points)
            .enumerate()
            .filter(|(_, (want, p))| **want != p.test)
            .map(|(i, _)| i as u32)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{GenParams, Generator, Point, generate};

    #[test]
    fn flipping_gives_the_split_of_the_new_ratio() {
        let mut d = generate(
            Generator::Spiral,
            &GenParams {
                points: 200,
                noise: 0.1,
                classes: 3,
                seed: 4,
            },
        )
        .unwrap();
        d.assign_split(0.2, 9);
        let order = SplitOrder::new(&d, 9);
        let flips = order.flips(&d, 0.5);
        let mut expected = d.clone();
        expected.assign_split(0.5, 9);
        for &i in &flips {
            d.points[i as usize].test = !d.points[i as usize].test;
        }
        assert_eq!(d, expected);
        assert!(order.flips(&d, 0.5).is_empty());
    }

    #[test]
    fn classes_keep_their_share() {
        let mut d = Dataset::new_classification("t", 2);
        d.points = (0..40)
            .map(|i| Point::new(i as f64, 0.0, (i % 4 == 0) as u8 as f64))
            .collect();
        let flags = SplitOrder::new(&d, 1).test_flags(0.5);
        let test_of = |class: f64| d.points.iter().zip(&flags).filter(|(p, t)| p.y == class && **t).count();
        assert_eq!((test_of(1.0), test_of(0.0)), (5, 15));
    }
}

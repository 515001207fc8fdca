//! The performance targets the project set itself (issue "Performance"),
//! kept next to the figures so `nnlab bench` can say which are met and
//! `nnlab bench --check` can fail when one is not.

use super::BenchReport;

/// Which side of its bound a figure must stay on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// At least this much (throughputs).
    AtLeast(f64),
    /// At most this much (times).
    AtMost(f64),
}

/// One target: a figure of [`BenchReport`], named by its JSON key.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    /// The figure's key in `nnlab bench --json`.
    pub key: &'static str,
    /// How the target reads ("≥ 15 M samples/s").
    pub text: &'static str,
    /// The bound itself.
    pub bound: Bound,
}

/// Every target, in the order of the workloads. The performance targets
/// are ratios of figures measured in the same run, so they hold on any
/// x86-64 machine with AVX2 or wider however loaded or fast it is: (1)
/// and (3) as shares of the core's measured FP32 peak, (4) against the
/// SSE2 path, (5) against (1). (6) is what a user waits for. A machine
/// with SSE2 only misses the ratios.
pub const TARGETS: [Target; 6] = [
    Target {
        key: "peak_fraction",
        text: "(1) training ≥ 20 % of one core's FP32 peak",
        bound: Bound::AtLeast(0.20),
    },
    Target {
        key: "train_wide_peak_fraction",
        text: "(3) wide training ≥ 35 % of that peak",
        bound: Bound::AtLeast(0.35),
    },
    Target {
        key: "grid256_speedup_vs_sse2",
        text: "(4) 256² grid ≥ 4× as fast as on SSE2",
        bound: Bound::AtLeast(4.0),
    },
    Target {
        key: "live_vs_train_8x8",
        text: "(5) live training ≥ 0.6 × (1)",
        bound: Bound::AtLeast(0.6),
    },
    Target {
        key: "live_boundary_fps",
        text: "(5) while sending ≥ 30 snapshots/s",
        bound: Bound::AtLeast(30.0),
    },
    Target {
        key: "csv_1m_rows_ms",
        text: "(6) 1,000,000-row CSV ≤ 1,500 ms",
        bound: Bound::AtMost(1500.0),
    },
];

impl Target {
    /// Whether `value` meets the target.
    pub fn met_by(&self, value: f64) -> bool {
        match self.bound {
            Bound::AtLeast(min) => value >= min,
            Bound::AtMost(max) => value <= max,
        }
    }
}

impl BenchReport {
    /// The figure with JSON key `key`, if there is one.
    pub fn figure(&self, key: &str) -> Option<f64> {
        serde_json::to_value(self).ok()?.get(key)?.as_f64()
    }

    /// Each target with the measured figure and whether it is met (a
    /// figure that is missing counts as not met).
    pub fn against_targets(&self) -> Vec<(Target, f64, bool)> {
        TARGETS
            .iter()
            .map(|t| {
                let value = self.figure(t.key).unwrap_or(f64::NAN);
                (*t, value, t.met_by(value))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting_all() -> BenchReport {
        BenchReport {
            peak_fraction: 0.21,
            train_wide_peak_fraction: 0.36,
            grid256_speedup_vs_sse2: 4.1,
            live_vs_train_8x8: 0.7,
            live_boundary_fps: 40.0,
            csv_1m_rows_ms: 200.0,
            ..BenchReport::default()
        }
    }

    #[test]
    fn every_target_names_a_figure_of_the_report() {
        let report = meeting_all();
        for t in TARGETS {
            assert!(report.figure(t.key).is_some(), "{} is not a figure", t.key);
        }
        assert!(report.against_targets().iter().all(|(_, _, met)| *met));
    }

    #[test]
    fn a_figure_on_the_wrong_side_misses_its_target() {
        let slow = BenchReport {
            peak_fraction: 0.199,
            grid256_speedup_vs_sse2: 2.0,
            live_vs_train_8x8: 0.59,
            ..meeting_all()
        };
        let missed: Vec<&str> = slow
            .against_targets()
            .into_iter()
            .filter(|(_, _, met)| !met)
            .map(|(t, _, _)| t.key)
            .collect();
        assert_eq!(
            missed,
            ["peak_fraction", "grid256_speedup_vs_sse2", "live_vs_train_8x8"]
        );
        // Exactly at the bound is met.
        assert!(TARGETS[0].met_by(0.20) && TARGETS[5].met_by(1500.0));
        assert!(!TARGETS[0].met_by(f64::NAN));
    }
}

//! Pace: so many steps per second of wall time. A lab's Run goes as fast
//! on a 144 Hz screen as on a 30 Hz one, and the window's training can be
//! slowed to a speed the eye can follow ([`TrainPace`]).

use serde::{Deserialize, Serialize};

/// How fast the window trains: flat out, or a number of epochs per second
/// (a learner watching the boundary form wants 5 to 20 seconds, not 0.2).
/// The command line and the benchmarks always train flat out.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainPace {
    /// As fast as the processor allows.
    Max,
    /// About this many epochs per second.
    EpochsPerSecond(f64),
}

impl TrainPace {
    /// Slowest pace offered, in epochs per second.
    pub const SLOWEST: f64 = 1.0;
    /// Fastest pace offered before "max", in epochs per second.
    pub const FASTEST: f64 = 1000.0;
    /// The paces the Train menu offers.
    pub const PRESETS: [TrainPace; 5] = [
        TrainPace::EpochsPerSecond(1.0),
        TrainPace::EpochsPerSecond(10.0),
        TrainPace::EpochsPerSecond(30.0),
        TrainPace::EpochsPerSecond(100.0),
        TrainPace::Max,
    ];

    /// The pace within the offered range (a stored value from elsewhere).
    pub fn clamped(self) -> Self {
        match self {
            TrainPace::EpochsPerSecond(e) if e.is_finite() && e < Self::FASTEST => {
                TrainPace::EpochsPerSecond(e.max(Self::SLOWEST))
            }
            _ => TrainPace::Max,
        }
    }

    /// Epochs per second, `None` for flat out.
    pub fn epochs_per_second(self) -> Option<f64> {
        match self {
            TrainPace::Max => None,
            TrainPace::EpochsPerSecond(e) => Some(e),
        }
    }
}

/// Steps per second, and the fraction of a step carried to the next frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pace {
    /// Steps per second.
    pub speed: f64,
    owed: f64,
}

impl Pace {
    /// A pace of `speed` steps per second.
    pub fn new(speed: f64) -> Self {
        Self { speed, owed: 0.0 }
    }

    /// The whole steps due after `dt` more seconds, at most `max` (a long
    /// pause between frames does not turn into a burst); the fraction left
    /// is carried over.
    pub fn due(&mut self, dt: f64, max: usize) -> usize {
        self.owed += dt.max(0.0) * self.speed.max(0.0);
        // The 1e-9 keeps a step from being lost to rounding when the frame
        // times add up to a whole number of steps.
        let due = (self.owed + 1e-9).floor() as usize;
        // Beyond `max`, the backlog is dropped rather than carried.
        self.owed = if due > max {
            0.0
        } else {
            (self.owed - due as f64).max(0.0)
        };
        due.min(max)
    }

    /// Forgets the fraction carried over (the run starts afresh).
    pub fn restart(&mut self) {
        self.owed = 0.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_wall_time_whatever_the_frame_rate() {
        for fps in [30, 60, 144] {
            let mut pace = Pace::new(20.0);
            let steps: usize = (0..fps).map(|_| pace.due(1.0 / fps as f64, 1000)).sum();
            assert_eq!(steps, 20, "one second at {fps} frames per second");
        }
        let mut pace = Pace::new(20.0);
        assert_eq!(pace.due(100.0, 50), 50, "no burst after a long pause");
        assert_eq!(pace.due(-1.0, 50), 0);
    }
}

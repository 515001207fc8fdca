//! Training throughput as the status bar shows it: samples per second over
//! the last second of training, measured from the moment Play was pressed
//! (the time spent paused before it does not dilute the first figures).

use std::collections::VecDeque;
use std::time::Duration;
use web_time::Instant;

/// The window the rate is measured over.
const WINDOW: Duration = Duration::from_secs(1);
/// Shortest span that gives a figure worth showing.
const SHORTEST: Duration = Duration::from_millis(200);

/// Recent (time, samples seen) marks while training runs.
#[derive(Debug, Default)]
pub(super) struct Rate {
    marks: VecDeque<(Instant, u64)>,
}

impl Rate {
    /// Training (re)starts now with `samples` seen so far.
    pub(super) fn restart(&mut self, now: Instant, samples: u64) {
        self.marks.clear();
        self.marks.push_back((now, samples));
    }

    /// Training stopped: no rate until it runs again.
    pub(super) fn stop(&mut self) {
        self.marks.clear();
    }

    /// Notes `samples` seen at `now`, forgetting marks older than the window.
    pub(super) fn note(&mut self, now: Instant, samples: u64) {
        if self.marks.is_empty() {
            return;
        }
        self.marks.push_back((now, samples));
        while self.marks.len() > 2 && self.marks[1].0 + WINDOW <= now {
            self.marks.pop_front();
        }
    }

    /// Samples per second over the marks kept, once they span long enough.
    pub(super) fn per_second(&self) -> Option<f64> {
        let (&(t0, s0), &(t1, s1)) = (self.marks.front()?, self.marks.back()?);
        let span = t1.duration_since(t0);
        (span >= SHORTEST).then(|| s1.saturating_sub(s0) as f64 / span.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_from_play_over_the_last_second() {
        let t0 = Instant::now();
        let ms = |m: u64| t0 + Duration::from_millis(m);
        let mut r = Rate::default();
        r.note(ms(0), 0);
        assert_eq!(r.per_second(), None, "nothing before Play");
        r.restart(ms(1000), 5_000);
        r.note(ms(1100), 6_000);
        assert_eq!(r.per_second(), None, "too short to tell");
        r.note(ms(1250), 7_500);
        assert_eq!(r.per_second(), Some(10_000.0), "from Play, not from the last pause");
        for k in 1..=20 {
            r.note(ms(1250 + 100 * k), 7_500 + 2_000 * k);
        }
        let rate = r.per_second().expect("a rate");
        assert!((rate - 20_000.0).abs() < 1e-6, "the last second only: {rate}");
        r.stop();
        assert_eq!(r.per_second(), None);
    }
}

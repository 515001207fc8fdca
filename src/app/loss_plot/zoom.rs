//! The epoch range the loss and accuracy plots show: the whole run, or a
//! part of it the learner zoomed into with the mouse wheel. The wheel
//! zooms the epoch axis only (a plain wheel used to pan the plot off its
//! curves), around the epoch under the pointer, and never beyond the
//! epochs trained; double-click or a new run shows the whole run again.

/// Fewest epochs a zoomed plot shows.
const MIN_SPAN: f64 = 2.0;

/// The epochs shown: `None` for the whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct EpochZoom(pub(crate) Option<(f64, f64)>);

impl EpochZoom {
    /// The wheel turned by `scroll` points over epoch `at` of a run of
    /// `last` epochs: up zooms in, down out (each 50 points by a factor
    /// of 1.25).
    pub(crate) fn wheel(&mut self, scroll: f32, at: f64, last: f64) {
        if scroll == 0.0 || last <= MIN_SPAN {
            return;
        }
        let (lo, hi) = self.0.unwrap_or((0.0, last));
        let factor = 1.25f64.powf(-f64::from(scroll) / 50.0);
        let at = at.clamp(lo, hi);
        let span = ((hi - lo) * factor).clamp(MIN_SPAN, last);
        let share = if hi > lo { (at - lo) / (hi - lo) } else { 0.5 };
        let mut new_lo = at - share * span;
        new_lo = new_lo.clamp(0.0, last - span);
        self.0 = (span < last - 1e-9).then_some((new_lo, new_lo + span));
    }

    /// The range to show in a run now `last` epochs long: a zoom that no
    /// longer lies within the run (the run was reset) is forgotten.
    pub(crate) fn range(&mut self, last: f64) -> Option<(f64, f64)> {
        if self.0.is_some_and(|(_, hi)| hi > last + 1e-9) {
            self.0 = None;
        }
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wheel_zooms_epochs_within_the_run_and_back_out_to_all_of_it() {
        let mut z = EpochZoom::default();
        z.wheel(100.0, 500.0, 1000.0);
        let (lo, hi) = z.0.expect("zoomed in");
        assert!(lo >= 0.0 && hi <= 1000.0 && hi - lo < 1000.0 && lo < 500.0 && hi > 500.0);
        for _ in 0..50 {
            z.wheel(500.0, 999.0, 1000.0);
        }
        let (lo, hi) = z.0.expect("still zoomed");
        assert!(hi <= 1000.0 + 1e-9 && hi - lo >= MIN_SPAN - 1e-9, "{lo} {hi}");
        for _ in 0..50 {
            z.wheel(-500.0, 0.0, 1000.0);
        }
        assert_eq!(z.0, None, "zoomed out to the whole run");
    }

    #[test]
    fn a_reset_run_shows_all_of_its_epochs() {
        let mut z = EpochZoom(Some((400.0, 600.0)));
        assert_eq!(z.range(1000.0), Some((400.0, 600.0)));
        assert_eq!(z.range(10.0), None, "the run was reset");
    }
}

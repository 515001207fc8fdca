//! Soak: the training worker run flat out (no pause between snapshots) for
//! as many snapshots as 30 minutes of the app at its 40 snapshots per
//! second (72,000), with a reader taking them like the window does. Memory
//! stays bounded: the history never exceeds its capacity, the mailbox
//! holds one snapshot at most, and the process's resident memory after
//! warm-up grows by no more than a few megabytes. The work is counted in
//! snapshots, never timed: the run prints how long it took.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::generated;
use nnlab::data::Generator;
use nnlab::train::{
    Command, DEFAULT_HISTORY_CAPACITY, GridSpec, Latest, SNAPSHOT_INTERVAL, TrainConfig, WorkerHandle, split_dataset,
};

/// Snapshots the app makes in 30 minutes.
const THIRTY_MINUTES: u64 = 30 * 60 * 1000 / SNAPSHOT_INTERVAL.as_millis() as u64;
/// Allowed growth of resident memory after warm-up.
const MAX_GROWTH_KB: u64 = 8 * 1024;
/// Give up (and fail) when no new snapshot came for this long: a hang
/// guard, not a time budget (the run takes as long as the machine needs
/// for its 72,000 snapshots; about 18 s on the development machine).
const STALL_LIMIT: Duration = Duration::from_secs(60);

/// Resident memory of this process in KiB (Linux; 0 elsewhere).
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

#[test]
fn thirty_minutes_of_snapshots_in_bounded_memory() {
    assert_eq!(THIRTY_MINUTES, 72_000);
    // 8 points and one batch per epoch: every 16-batch chunk between two
    // snapshots is 16 epochs, so the history is downsampled many times.
    let mut data = generated(Generator::Xor, 8, 0.0, 2, 1);
    let config = TrainConfig {
        batch_size: 8,
        test_ratio: 0.0,
        ..TrainConfig::default()
    };
    split_dataset(&mut data, &config);
    let grid = GridSpec::around(&data, 16);
    let worker =
        WorkerHandle::spawn_with_interval(data, config.check().unwrap(), grid, Arc::new(|| {}), Duration::ZERO)
            .unwrap();
    worker.send(Command::Play);

    let started = Instant::now();
    let mut progress = Instant::now();
    let (mut last_seq, mut taken, mut warm_rss, mut peak_rss) = (0u64, 0u64, 0u64, 0u64);
    let mut last = None;
    while last_seq < THIRTY_MINUTES {
        let Some(s) = worker.latest() else {
            assert!(
                progress.elapsed() < STALL_LIMIT,
                "no snapshot for {STALL_LIMIT:?} after #{last_seq}"
            );
            std::thread::yield_now();
            continue;
        };
        progress = Instant::now();
        assert!(s.sequence > last_seq, "snapshots arrive in order, never twice");
        // (The very first snapshot may predate Play.)
        assert!(s.running || last_seq == 0, "training never stopped: {:?}", s.stopped);
        assert!(s.history.len() <= DEFAULT_HISTORY_CAPACITY + 1);
        last_seq = s.sequence;
        taken += 1;
        if warm_rss == 0 && last_seq >= THIRTY_MINUTES / 10 {
            warm_rss = rss_kb();
        }
        peak_rss = peak_rss.max(rss_kb());
        last = Some(s);
    }
    worker.send(Command::Pause);
    let s = last.unwrap();
    let growth = peak_rss.saturating_sub(warm_rss);
    println!(
        "{} snapshots ({taken} taken) in {:.1?}: {} epochs, history {} points every {} epochs, RSS {} KiB after warm-up, peak {} KiB (+{growth} KiB)",
        s.sequence,
        started.elapsed(),
        s.epoch,
        s.history.len(),
        s.history.get(1).map_or(0, |p| p.epoch - s.history[0].epoch),
        warm_rss,
        peak_rss,
    );
    assert!(s.epoch >= 16 * THIRTY_MINUTES, "{} epochs", s.epoch);
    // 1.15 million epochs in at most 2,049 points: downsampled ≥ 512×.
    assert!(s.history.len() >= DEFAULT_HISTORY_CAPACITY / 2);
    assert!(s.history.windows(2).all(|w| w[1].epoch - w[0].epoch >= 512));
    if cfg!(target_os = "linux") {
        assert!(warm_rss > 0);
        assert!(
            growth <= MAX_GROWTH_KB,
            "resident memory grew by {growth} KiB after warm-up"
        );
    }
}

#[test]
fn the_mailbox_keeps_only_the_latest() {
    let slot = Latest::default();
    for i in 0..10_000 {
        slot.put(vec![i; 100]);
    }
    assert_eq!(slot.take(), Some(vec![9_999; 100]));
    assert_eq!(slot.take(), None, "nothing queued behind it");
}

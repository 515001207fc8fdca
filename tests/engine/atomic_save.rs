//! Saving is atomic: a process saving a large session over and over is
//! killed (SIGKILL, no chance to clean up) at random moments, half of them
//! just after its temporary file appears, and every time the session
//! file on disk is a complete session: the previous save or a newer one.
//! Saves from many threads to one path at once each succeed whole.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::generated;
use nnlab::data::{Dataset, Generator};
use nnlab::session::Session;
use nnlab::train::{TrainConfig, Trainer, split_dataset};
use rand::{RngExt, SeedableRng, rngs::StdRng};

/// Where the child process saves (set only for the child).
const PATH_VAR: &str = "NNLAB_ATOMIC_SAVE_PATH";
/// The child's first save number (each child counts from its own base).
const BASE_VAR: &str = "NNLAB_ATOMIC_SAVE_BASE";
/// Kills per run.
const KILLS: usize = 10;
/// Kills at most: when none of the first [`KILLS`] landed during a write
/// (timing decides; a loaded machine can miss), more kills follow, each
/// aimed at a write, until one does.
const MAX_KILLS: usize = 30;

/// A session big enough that a save takes a while (about 10 MB of JSON).
fn big_session() -> (Dataset, Session) {
    let mut data = generated(Generator::Spiral, 60_000, 0.1, 2, 4);
    let config = TrainConfig::default();
    split_dataset(&mut data, &config);
    let trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    let session = Session::capture(&data, &trainer);
    (data, session)
}

/// The child: saves the big session forever, its epoch counting the saves
/// from the base it is given (so a later child's saves are newer).
/// Run only by `saves_survive_being_killed` (through `--ignored`).
#[test]
#[ignore = "the child process of saves_survive_being_killed"]
fn save_forever() {
    let path = PathBuf::from(std::env::var_os(PATH_VAR).expect("run by saves_survive_being_killed"));
    let (_, mut session) = big_session();
    session.progress.epoch = std::env::var(BASE_VAR).unwrap().parse().unwrap();
    loop {
        session.progress.epoch += 1;
        session.save(&path).unwrap();
    }
}

fn spawn_saver(path: &Path, base: u64) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "atomic_save::save_forever", "--test-threads=1"])
        .env(PATH_VAR, path)
        .env(BASE_VAR, base.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Temporary files left in `dir` (a kill mid-save leaves one behind).
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".tmp-"))
        .collect()
}

#[test]
fn saves_survive_being_killed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    let (data, first) = big_session();
    first.save(&path).unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    let (mut last_epoch, mut mid_write) = (0u64, 0usize);
    let mut kills = 0;
    for kill in 0..MAX_KILLS {
        if kill >= KILLS && mid_write >= 1 {
            break;
        }
        kills += 1;
        let mut child = spawn_saver(&path, (kill as u64 + 1) * 1_000_000);
        // This child's temporary file (`.session.json.tmp-PID-N`) exists
        // while it writes.
        let own = format!(".session.json.tmp-{}-", child.id());
        let writing = || {
            temporaries(dir.path())
                .iter()
                .any(|p| p.file_name().unwrap().to_string_lossy().starts_with(&own))
        };
        let start = Instant::now();
        if kill % 2 == 0 || kill >= KILLS {
            // Wait until a save is under way, then a little more.
            while !writing() {
                assert!(start.elapsed() < Duration::from_secs(60), "the child never saved");
                std::thread::sleep(Duration::from_micros(200));
            }
            std::thread::sleep(Duration::from_micros(rng.random_range(0..3000)));
        } else {
            std::thread::sleep(Duration::from_millis(rng.random_range(50..1500)));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // The temporary is still there if the kill came mid-write.
        if writing() {
            mid_write += 1;
        }
        let loaded = Session::load(&path).unwrap_or_else(|e| panic!("kill {kill}: the file is damaged: {e}"));
        assert!(loaded.dataset == data, "kill {kill}: the data is complete");
        assert_eq!(loaded.network, first.network, "kill {kill}: every weight is there");
        assert!(loaded.progress.epoch >= last_epoch, "kill {kill}: never an older save");
        last_epoch = loaded.progress.epoch;
    }
    // The next save clears what the killed savers left behind.
    first.save(&path).unwrap();
    if cfg!(target_os = "linux") {
        assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new());
    }
    println!("{kills} kills, {mid_write} during a write; last complete save #{last_epoch}");
    // Timing decides how many; at least one proves the point.
    assert!(mid_write >= 1, "none of {kills} kills landed during a write");
    assert!(last_epoch > 0, "the child did save");
}

/// Saves from many threads of one process to the same path at once (the
/// window runs each save on its own thread): every save succeeds, the file
/// ends as exactly one of the versions, and no temporary file stays behind.
#[test]
fn concurrent_saves_to_one_path_each_succeed_whole() {
    const THREADS: usize = 16;
    const ROUNDS: usize = 20;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.csv");
    // Distinct versions, large enough that writes overlap.
    let version = |t: usize| format!("{t}\n").repeat(20_000 + t).into_bytes();
    let start = std::sync::Barrier::new(THREADS);
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (path, start, bytes) = (&path, &start, version(t));
            s.spawn(move || {
                start.wait();
                for round in 0..ROUNDS {
                    nnlab::fsutil::write(path, &bytes)
                        .unwrap_or_else(|e| panic!("thread {t}, save {round} failed: {e}"));
                }
            });
        }
    });
    let on_disk = std::fs::read(&path).unwrap();
    assert!(
        (0..THREADS).any(|t| on_disk == version(t)),
        "the file is one whole version, not a mix ({} bytes)",
        on_disk.len()
    );
    assert_eq!(temporaries(dir.path()), Vec::<PathBuf>::new());
}

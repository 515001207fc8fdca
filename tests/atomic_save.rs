//! Saving is atomic: a process saving a large session over and over is
//! killed (SIGKILL, no chance to clean up) at random moments, half of them
//! just after its temporary file appears, and every time the session
//! file on disk is a complete session: the previous save or a newer one.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::generated;
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

/// A session big enough that a save takes a while (about 10 MB of JSON).
fn big_session() -> (Dataset, Session) {
    let mut data = generated(Generator::Spiral, 60_000, 0.1, 2, 4);
    let config = TrainConfig::default();
    split_dataset(&mut data, &config);
    let trainer = Trainer::new(&data, config).unwrap();
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
        .args(["--ignored", "--exact", "save_forever", "--test-threads=1"])
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
    for kill in 0..KILLS {
        let mut child = spawn_saver(&path, (kill as u64 + 1) * 1_000_000);
        // This child's temporary file exists while it writes.
        let own = dir.path().join(format!(".session.json.tmp-{}", child.id()));
        let start = Instant::now();
        if kill % 2 == 0 {
            // Wait until a save is under way, then a little more.
            while !own.exists() {
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
        if own.exists() {
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
    println!("{KILLS} kills, {mid_write} during a write; last complete save #{last_epoch}");
    // Timing decides how many; at least one proves the point.
    assert!(mid_write >= 1, "no kill landed during a write");
    assert!(last_epoch > 0, "the child did save");
}

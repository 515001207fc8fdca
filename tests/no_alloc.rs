//! The training step allocates nothing: after the first epoch has sized the
//! buffers (full batch and the shorter last batch), thousands of further
//! steps must not touch the allocator.

#![allow(clippy::unwrap_used)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use nnlab::data::{GenParams, Generator, generate};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged, only counting calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn batches_allocate_nothing() {
    for kind in [OptimizerKind::Sgd, OptimizerKind::Adam] {
        let mut data = generate(
            Generator::Spiral,
            &GenParams {
                points: 203,
                classes: 3,
                ..Default::default()
            },
        )
        .unwrap();
        let mut config = TrainConfig {
            batch_size: 16,
            ..Default::default()
        }
        .with_hidden(&[8, 8], Activation::Tanh);
        config.optimizer.kind = kind;
        config.regularization.l2 = 1e-4;
        split_dataset(&mut data, &config);
        let mut t = Trainer::new(&data, config).unwrap();
        t.train_epochs(1).unwrap();
        // Epoch ends evaluate and record history (per epoch, not per
        // sample), so only the batches in between are counted.
        let (mut steps, mut allocations) = (0, 0);
        for _ in 0..100 {
            let before = ALLOCATIONS.load(Ordering::Relaxed);
            let report = t.step_batch().unwrap();
            let after = ALLOCATIONS.load(Ordering::Relaxed);
            if !report.finished_epoch {
                steps += 1;
                allocations += after - before;
            }
        }
        assert_eq!(allocations, 0, "{kind:?}: {allocations} allocations in {steps} batches");
        assert!(steps > 5);
    }
}

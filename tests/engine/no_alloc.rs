//! The training step allocates nothing: after the first epoch has sized the
//! buffers (full batch and the shorter last batch), thousands of further
//! steps must not touch the allocator.

#![allow(clippy::unwrap_used)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use nnlab::data::{GenParams, Generator, generate};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

struct Counting;

thread_local! {
    /// Allocations made by this thread: the tests of the binary run side by
    /// side, so a global count would see the others' allocations.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// This thread's allocations so far.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards to the system allocator unchanged, only counting calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: a thread being torn down has no counter any more.
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
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
        let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
        t.train_epochs(1).unwrap();
        // Epoch ends evaluate and record history (per epoch, not per
        // sample), so only the batches in between are counted.
        let (mut steps, mut allocated) = (0, 0);
        for _ in 0..100 {
            let before = allocations();
            let report = t.step_batch().unwrap();
            let after = allocations();
            if !report.finished_epoch {
                steps += 1;
                allocated += after - before;
            }
        }
        assert_eq!(allocated, 0, "{kind:?}: {allocated} allocations in {steps} batches");
        assert!(steps > 5);
    }
}

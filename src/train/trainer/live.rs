//! The network being trained, kept where the training kernels want it.
//!
//! Copying every weight into the kernel's blocks before each mini-batch,
//! and the gradients back out after it, was about a tenth of a small
//! network's training instructions. Here the weights stay in the kernel's
//! layout (the optimizer updates them there), and the [`Mlp`] the rest of
//! the program reads is written from them only when someone asks for it
//! (a snapshot, an epoch's evaluation, a session save): [`LiveNet::get`].

use std::cell::{Cell, OnceCell};

use crate::nn::{Activation, Gradients, Head, KernelNet, Mlp, Optimizer, Regularization, SampleColumns, SimdPath};

/// A step made on copies ([`LiveNet::preview_step`]).
pub(super) struct PreviewedStep {
    /// The network after it.
    pub(super) after: Mlp,
    /// The optimizer after it.
    pub(super) optimizer: Box<dyn Optimizer>,
    /// The kernel's layout, for [`PreviewedStep::index`].
    layout: KernelNet,
}

impl PreviewedStep {
    /// Where the optimizer keeps the parameter of layer `l` from `input`
    /// (`None`: the bias) to neuron `j`.
    pub(super) fn index(&self, l: usize, input: Option<usize>, j: usize) -> usize {
        self.layout.param_index(l, input, j)
    }
}

/// The network in two forms: the kernels' layout (`kernel`) and the
/// [`Mlp`] (`view`, or `spare` while it is out of date).
pub(super) struct LiveNet {
    /// The network, current whenever it is set. Emptied (into `spare`)
    /// when training moves the weights; filled again from `kernel` on the
    /// next read. Exactly one of `view` and `spare` holds the network.
    view: OnceCell<Mlp>,
    /// The out-of-date network, kept so that bringing it up to date reuses
    /// its storage.
    spare: Cell<Option<Mlp>>,
    kernel: KernelNet,
    /// Whether `kernel` holds the newest weights (false after an edit of
    /// the [`Mlp`], until the next batch loads them).
    kernel_current: bool,
    /// The network's head and first activation without a gradient: hand
    /// edits change weights only, so these are read once, not per batch.
    head: Head,
    non_differentiable: Option<Activation>,
}

impl LiveNet {
    /// `net`, trained by kernels on `path`.
    pub(super) fn new(net: Mlp, path: SimdPath) -> LiveNet {
        LiveNet {
            head: net.head,
            non_differentiable: net.non_differentiable(),
            view: OnceCell::from(net),
            spare: Cell::new(None),
            kernel: KernelNet::new(path),
            kernel_current: false,
        }
    }

    /// The network with its current weights (written from the kernel's
    /// blocks if training moved them since the last read: a copy of every
    /// weight, no allocation).
    pub(super) fn get(&self) -> &Mlp {
        self.view.get_or_init(|| {
            let mut net = self.spare.take().expect("the network is in `view` or in `spare`");
            self.kernel.store_weights(&mut net);
            net
        })
    }

    /// The network for an edit by hand: the kernel reloads it before the
    /// next batch.
    pub(super) fn get_mut(&mut self) -> &mut Mlp {
        self.get();
        self.kernel_current = false;
        self.view.get_mut().expect("`get` has just filled it")
    }

    /// The output activation and loss.
    pub(super) fn head(&self) -> Head {
        self.head
    }

    /// The first hidden activation backpropagation cannot train, if any.
    pub(super) fn non_differentiable(&self) -> Option<Activation> {
        self.non_differentiable
    }

    /// The instruction set the kernels run on.
    pub(super) fn path(&self) -> SimdPath {
        self.kernel.path()
    }

    /// Moves training to the kernels of `path` (the weights are kept).
    pub(super) fn set_path(&mut self, path: SimdPath) {
        if path == self.path() {
            return;
        }
        self.get_mut();
        self.kernel = KernelNet::new(path);
    }

    /// The mean gradient of samples `start..start + len` of `columns`
    /// into the kernel; returns their mean loss and how many were
    /// classified right. Changes no weight.
    pub(super) fn train_batch(&mut self, columns: &SampleColumns, start: usize, len: usize) -> (f64, u64) {
        self.load_if_stale();
        self.kernel.train_batch(&self.head, columns, start, len)
    }

    /// Copies the [`Mlp`] into the kernel if it was edited since.
    fn load_if_stale(&mut self) {
        if !self.kernel_current {
            let net = self.view.get().expect("the Mlp is current while the kernel is not");
            self.kernel.load(net);
            self.kernel_current = true;
        }
    }

    /// One optimizer step from the gradient of the last
    /// [`LiveNet::train_batch`]; the [`Mlp`] is out of date until read.
    pub(super) fn step(&mut self, optimizer: &mut dyn Optimizer, learning_rate: f32, reg: Regularization) {
        self.kernel.step(optimizer, learning_rate, reg);
        if let Some(net) = self.view.take() {
            self.spare.set(Some(net));
        }
    }

    /// One optimizer step from `grads` (nalgebra form, e.g. one sample's),
    /// made exactly as training makes it: in the kernel's layout, where the
    /// optimizer's state lives.
    pub(super) fn apply_gradients(
        &mut self,
        optimizer: &mut dyn Optimizer,
        grads: &Gradients,
        lr: f32,
        reg: Regularization,
    ) {
        self.load_if_stale();
        self.kernel.load_gradients(grads);
        self.step(optimizer, lr, reg);
    }

    /// What [`LiveNet::apply_gradients`] would do, on copies: the network
    /// after the step, the optimizer after it, and where the optimizer
    /// keeps each parameter (layer, input or `None` for the bias, neuron)
    /// as an index into its tensor.
    pub(super) fn preview_step(
        &self,
        optimizer: &dyn Optimizer,
        grads: &Gradients,
        lr: f32,
        reg: Regularization,
    ) -> PreviewedStep {
        let net = self.get();
        let mut kernel = self.kernel.clone();
        kernel.load(net);
        kernel.load_gradients(grads);
        let mut stepped = optimizer.clone_box();
        kernel.step(stepped.as_mut(), lr, reg);
        let mut after = net.clone();
        kernel.store_weights(&mut after);
        PreviewedStep {
            after,
            optimizer: stepped,
            layout: kernel,
        }
    }

    /// Whether every weight and bias is finite, read where they are newest.
    pub(super) fn all_finite(&self) -> bool {
        match self.view.get() {
            Some(net) => net.all_finite(),
            None => self.kernel.all_finite(),
        }
    }
}

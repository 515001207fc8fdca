## en-network: the Network tab — status bar, loss plot, decision boundary,
## network editor and backprop inspector (see README.md for the rules).

## Status bar (Network tab)
statusbar-file-busy = working on a file…
statusbar-frame = frame { $ms } ms
statusbar-frame-hover = CPU time the window spent on the last frame (smoothed)
statusbar-starting = starting the training thread…
statusbar-training = training
statusbar-paused = paused
statusbar-pace-hover = Training speed (the slider beside Play; Train ▸ Speed)
statusbar-pace-max = at full speed
statusbar-pace-rate = at { $rate } epochs/s
statusbar-epoch = epoch { $epoch }
statusbar-epoch-hover = Complete passes over the training points
statusbar-samples = samples { $samples }
statusbar-samples-hover = Training samples processed since the weights were initialized
statusbar-train = train
statusbar-test = test
statusbar-loss = { $part } loss { $loss }
statusbar-loss-hover = Mean loss of the current weights on the { $part } points
statusbar-accuracy = { $part } acc { $accuracy }%
statusbar-accuracy-hover = Share of the { $part } points the current weights classify correctly
statusbar-rate = { $rate } samples/s
statusbar-rate-unknown = — samples/s
statusbar-rate-hover = Training throughput of the background thread over the last second

## Loss plot and replay timeline
loss-train-loss = train loss
loss-train-loss-hover = Loss on the points the network trains on: it should fall as training goes
loss-test-loss = test loss
loss-test-loss-hover = Loss on held-out points the network never trains on: when it rises while the train loss falls, the network overfits
loss-train-accuracy = train accuracy
loss-train-accuracy-hover = Share of training points classified correctly
loss-test-accuracy = test accuracy
loss-test-accuracy-hover = Share of held-out test points classified correctly: how well the network generalizes
loss-axis-epoch = epoch
loss-axis-loss = loss
loss-axis-loss-log = loss (log scale)
loss-axis-accuracy = accuracy %
loss-replayed-epoch = replayed epoch
loss-replay = Replay
loss-replay-hover = Scrub through the weights kept during training (more often early on): the boundary and the neuron pictures show that moment. Play returns to the present.
loss-replay-empty = no checkpoints yet: train for a moment
loss-replay-epoch = epoch { $epoch }
loss-replay-now = now (epoch { $epoch })
loss-now = Now
loss-now-hover = Back to the present network (Play also returns to it, and trains on)
loss-timeline = replay timeline
loss-timeline-hover = Drag to show the network as it was at an earlier epoch

## Decision boundary view
boundary-name = Decision boundary
boundary-name-hover = The network's output over the plane, with the data points. Click to add a point, drag one to move it, right-click one to remove it; Ctrl+scroll to zoom, double-click (or F, or Fit view) to frame all the points
boundary-axis-standardized = { $name } (standardized for the network)

## Network editor: toolbar, column headers, nodes
editor-waiting = Waiting for the training thread…
editor-hidden-layers = { $count ->
    [one] 1 hidden layer
   *[other] { $count } hidden layers
}
editor-hidden-layers-hover = Layers between the inputs and the output; with none the network is a single layer of output neurons (a perceptron)
editor-reset = Reset weights
editor-reset-hover = Back to the seed's initial weights (R)
editor-inspect = Inspect backprop
editor-inspect-hover = Follow one training sample through one step of backpropagation (I)
editor-fit = Fit
editor-fit-hover = Size the nodes so every layer fits the panel's height
editor-node-size = node size
editor-node-size-hover = Side of each neuron's picture, in points
editor-add-layer = Add layer
editor-add-layer-hover = Add a hidden layer before the output
editor-remove-layer = Remove layer
editor-remove-layer-hover = Remove the last hidden layer (none left: a perceptron)
editor-activation-hover = Activation of this layer (step and sign cannot be trained by backprop)
editor-neurons-hover = { $count ->
    [one] 1 neuron
   *[other] { $count } neurons
}, activation { $activation }
editor-fewer = remove neuron from layer { $layer }
editor-fewer-hover = One neuron fewer
editor-more = add neuron to layer { $layer }
editor-more-hover = One neuron more
editor-inputs = Inputs
editor-inputs-detail = click: on/off
editor-output = Output
editor-output-node = output { $output }
editor-neuron-node = neuron { $layer }.{ $neuron }
editor-input-node = input { $input }
editor-neuron-hover = A neuron: its picture is its output over the plane. Click to see and edit its weights
editor-connections-hover = The connections: a line's width is its weight's size, blue positive, orange negative. Hover one for its weight, click it to edit
editor-feature = feature { $feature }

## Network editor: hover tooltips
editor-output-value = value
editor-output-probability = P(class { $class })
editor-output-neuron-title = Output neuron { $neuron } ({ $activation })
editor-neuron-title = Layer { $layer } · neuron { $neuron } ({ $activation })
editor-more-terms = … ({ $count } more)
editor-neuron-range = over the view, a goes from { $low } to { $high }
editor-neuron-off = switched off: contributes nothing
editor-neuron-frozen = { $count } frozen incoming connection(s)
editor-neuron-click = Shown large in the plot · click to edit
editor-connection-title = { $from } to { $to }
editor-connection-frozen = frozen: training leaves it alone
editor-connection-click = Click to type an exact value or freeze it
editor-input-title = Input { $feature }
editor-input-range = over the view: { $low } to { $high } (standardized)
editor-input-click-off = Click to turn it off (the input layer is rebuilt)
editor-input-click-on = Off · click to feed it to the network

## Neuron editing window
editor-edit-title = Edit neuron
editor-edit-output-neuron = Output neuron { $neuron }
editor-edit-neuron = Layer { $layer } · neuron { $neuron }
editor-edit-bias = bias b = { $value }
editor-edit-bias-hover = Select the bias to type an exact value for it
editor-edit-weight = w from { $from } = { $value }
editor-edit-weight-frozen = w from { $from } = { $value }{"  "}(frozen)
editor-edit-weight-hover = Select this weight to type an exact value for it or freeze it
editor-edit-exact = Exact value
editor-edit-exact-hover = The selected weight or bias; type a number and press Enter or Set
editor-edit-set = Set
editor-edit-set-hover = Give the selected weight or bias the value typed (one undo step)
editor-edit-not-a-number = type a number, e.g. -0.5
editor-edit-frozen = Frozen
editor-edit-frozen-hover = Training leaves this weight where it is
editor-edit-off = Switched off
editor-edit-off-hover = Dropout by hand: the neuron's outgoing weights are held at 0

## Backprop inspector
inspector-title = Backprop inspector
inspector-close = Close
inspector-close-hover = Leave the inspector (I)
inspector-pick = Click a point in the plot, or type its index (0 to { $last }), to follow it through one training step.
inspector-tracing = Tracing…
inspector-sample = Sample
inspector-sample-hover = A point's index in the data, in file order (as `nnlab backprop --sample`)
inspector-go = Go
inspector-go-hover = Follow the point with this index
inspector-bad-index = type a point index from 0 to { $last }
inspector-test-point = a test point: its gradient is shown, but training never learns from it
inspector-training-point = a training point
inspector-target = target { $value }
inspector-class = class { $class }
inspector-sample-line = Sample { $sample }: x = { $x }, { $target }, { $part }.
inspector-back = Back
inspector-back-hover = The stage before
inspector-next = Next
inspector-next-hover = The next stage
inspector-stage = Stage { $at } of 5: { $name }
inspector-stage-forward = forward
inspector-stage-loss = loss
inspector-stage-backward = backward
inspector-stage-gradients = gradients
inspector-stage-update = update
inspector-apply = Apply this step
inspector-apply-hover = Make exactly this update to the weights (one sample, like one training step)
inspector-apply-disabled-hover = A test point: training never learns from it
inspector-counts = Counts over the training set
inspector-counts-hover = On how many training samples each neuron is saturated or dead
inspector-output = output
inspector-forward-what = Forward: every neuron computes z = Σ w·a + b, then a = φ(z), layer by layer.
inspector-forward-dots = The dots carry w·a along each connection. Hover a neuron for its sum.
inspector-loss-sample = Loss of this sample: { $formula }
inspector-loss-ce-formula = ℓ = −ln a_y  (a = softmax(z), y the true class)
inspector-loss-against = { $outputs } against the target { $target }
inspector-backward-what = Backward: δ = ∂L/∂z for every neuron, from the output down.
inspector-backward-chain = Below it, the chain rule: δⱼ = φ'(zⱼ)·Σₖ wⱼₖ·δₖ. Hover a neuron for its numbers.
inspector-delta-cross-entropy = At the output, with cross-entropy, δ = ∂ℓ/∂z = a − y: output minus target.
inspector-delta-squared-error = At the output, with squared error, δ = ∂ℓ/∂z = 2(a − t)·φ'(z).
inspector-gradients-what = Gradients: ∂L/∂w = a·δ on every connection, ∂L/∂b = δ on every neuron.
inspector-gradients-lines = Line width: the gradient's size; blue: positive, orange: negative. Hover a connection.
inspector-gradients-incoming = Each incoming connection: ∂L/∂w = a·δ (hover one).
inspector-penalties = Penalties: g = ∂L/∂w + λ₂·w + λ₁·sign(w) (λ₁ = { $l1 }, λ₂ = { $l2 }); biases are not penalized.
inspector-update-lines = Connections show how much each weight moves. Hover one for before → after.
inspector-update-sgd = Update (SGD, η = { $eta }): w ← w − η·∂L/∂w
inspector-update-momentum = Update (momentum, η = { $eta }, μ = { $mu }): v ← μ·v − η·g, then w ← w + v
inspector-update-adam = Update (Adam, η = { $eta }, β₁ = { $beta1 }, β₂ = { $beta2 }, ε = { $epsilon }): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², w ← w − η·m̂/(√v̂ + ε)
inspector-input-fed = { $input } = { $value } is fed to the network
inspector-target-of = target { $name } = { $value }
inspector-bias-of = b of { $name }
inspector-weight-step = w from { $input }: { $before } → { $after }
inspector-weight-name = w from { $input } to { $neuron }
inspector-link-carries = { $name } = { $value }: carries w·a = { $product }
inspector-link-sends-back = { $name } = { $value }: sends back w·δ = { $product }
inspector-held-frozen = { $name } stays { $value }: the connection is frozen
inspector-held-off = { $name } is held at 0: the neuron it comes from is switched off
inspector-saturated = saturated
inspector-dead = dead
inspector-saturated-why = saturated: its slope φ'(z) is nearly 0, so almost no gradient flows back through it (the vanishing gradient)
inspector-dead-why = dead ReLU for this sample: z ≤ 0, so its output and slope are 0 and neither it nor its incoming weights learn from this sample
inspector-tag-saturated = sat { $saturated }/{ $samples }
inspector-tag-dead = dead { $dead }/{ $samples }
inspector-tag-both = sat { $saturated }, dead { $dead }/{ $samples }
inspector-count-saturated = { $neuron } saturated on { $count }
inspector-count-dead = { $neuron } dead on { $count }
inspector-count-none = No neuron is saturated or dead on any of the { $samples } training samples.
inspector-count-some = Of the { $samples } training samples: { $parts }.
inspector-backward-neuron = { $name }: δ = φ'(z)·Σₖ wₖ·δₖ, with φ'(z) = { $slope }

## Loss plot: the plots themselves
loss-plot-hover = Loss per epoch on the training and test points; the mouse wheel zooms into the epochs, double-click shows the whole run
loss-accuracy-plot-hover = Accuracy per epoch on the training and test points, in percent; the mouse wheel zooms into the epochs, double-click shows the whole run
boundary-fit = Fit view
boundary-fit-hover = Frame all the points with a margin (key F, or double-click the view)

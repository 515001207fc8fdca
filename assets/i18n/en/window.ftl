## en-window: the window's control panel, menus, lesson panel and messages.

## Control panel (left)
controls-data = Data
controls-network = Network
controls-training = Training
controls-points = points
controls-points-hover = How many points the generator draws
controls-noise = noise
controls-noise-hover = Gaussian jitter added to each point, as a fraction of the data's spread
controls-classes = classes
controls-classes-hover = Number of classes (spiral arms, blobs) the generator draws
controls-file-classes = { $points } points, { $classes } classes: { $names }
controls-file-regression = { $points } points, a regression target
controls-file-hover = Read from the file; the generator settings do not apply
controls-file-columns-hover = The file's columns used as the two inputs
controls-file-standardized = standardized for the network: z = (x − μ)/σ, μ = { $mean }, σ = { $std }
controls-file-standardized-hover = The plot shows the file's own units; the network sees each input with zero mean and unit spread
controls-speed = speed
controls-speed-max = max
controls-speed-value = { $rate } epochs/s
controls-speed-hover = How fast training runs: slow enough to watch the boundary form, or "max" for full speed
controls-undo = Undo
controls-undo-hover = Undo: { $edit } (Ctrl+Z)
controls-undo-nothing-hover = Nothing to undo
controls-redo = Redo
controls-redo-hover = Redo: { $edit } (Ctrl+Shift+Z)
controls-redo-nothing-hover = Nothing to redo
controls-play = Play
controls-play-hover = Train continuously on a background thread (Space)
controls-pause = Pause
controls-pause-hover = Stop training (Space)
controls-step = Step
controls-step-hover = Train one mini-batch (S)
controls-step-epoch = Step epoch
controls-step-epoch-hover = Train one pass over all training points (Shift+S)
controls-reset = Reset
controls-reset-hover = Start again from the initial weights the seed gives (R)
controls-dataset = Dataset
controls-dataset-file = { $name } (file)
controls-dataset-hover = Where the points come from: a built-in generator (File ▸ Open dataset… for your own)
controls-generator-blobs = Gaussian blobs
controls-generator-circle = Circle
controls-generator-quadrants = Quadrants (XOR cloud)
controls-generator-spiral = Spiral
controls-generator-moons = Two moons
controls-generator-sine = Sine boundary
controls-generator-and = AND gate
controls-generator-or = OR gate
controls-generator-xor = XOR gate
controls-generator-plane = Plane (regression)
controls-generator-gaussians = Gaussian bumps (regression)
controls-test-ratio = test ratio
controls-test-ratio-hover = Fraction of points held out to measure generalization; never trained on
controls-test-ratio-gate-hover = A gate's 4 points are its truth table: all of them are trained on
controls-regenerate = Regenerate
controls-regenerate-hover = Draw the dataset again
controls-regenerate-file-hover = File data cannot be drawn again; choose a generator above
controls-clear = Clear
controls-clear-hover = Remove every point (undoable)
controls-keep-weights = Keep the weights on new data
controls-keep-weights-hover = New data, a new split or another generator normally starts a new experiment: fresh weights from the seed and an empty loss history. Tick this to train the same network on the new data.
controls-new-point-class = New points get class (keys 1–9):
controls-class = class { $name }
controls-class-hover = New points get class { $name } (key { $key })
controls-new-value = new point value{" "}
controls-new-value-hover = The target value a new point gets when you click (regression data)
controls-show-test = Show test data
controls-show-test-hover = Test points are drawn hollow
controls-discretize = Discretize output
controls-discretize-hover = Paint each class region flat instead of by probability
controls-mouse-help = Click: add · drag: move · right-click: delete
controls-features = Input features
controls-feature-x1-hover = Feed the first coordinate x₁ to the network
controls-feature-x2-hover = Feed the second coordinate x₂ to the network
controls-feature-x1-squared-hover = Feed x₁² too: lets even one neuron draw curved (quadratic) boundaries
controls-feature-x2-squared-hover = Feed x₂² too: lets even one neuron draw curved (quadratic) boundaries
controls-feature-x1x2-hover = Feed the product x₁·x₂ too: separates opposite quadrants (XOR) with one neuron
controls-feature-sin-x1-hover = Feed sin x₁ too: a wavy input that helps on spirals
controls-feature-sin-x2-hover = Feed sin x₂ too: a wavy input that helps on spirals
controls-hidden-layers = { $count ->
    [one] 1 hidden layer
   *[other] { $count } hidden layers
}
controls-add-layer-hover = Add a hidden layer
controls-remove-layer-hover = Remove the last hidden layer
controls-layer = layer { $layer }:
controls-neurons = {" "}neurons
controls-neurons-hover = Neurons in hidden layer { $layer }: each computes a = φ(Σ w·x + b) (drag or type, 1 to { $max })
controls-activation = Activation
controls-activation-mixed = mixed
controls-activation-mixed-hover = φ of the hidden layers (they differ: set each in the network editor)
controls-activation-hover = φ of every hidden layer, a = φ(z): { $formula }
controls-activation-heaviside-formula = step(z) = 1 if z ≥ 0, else 0
controls-activation-sign-formula = sign(z) = −1, 0 or +1
controls-activation-identity-formula = φ(z) = z
controls-activation-sigmoid-formula = σ(z) = 1 / (1 + e^(−z)),  σ' = σ(1 − σ)
controls-activation-tanh-formula = tanh(z),  tanh' = 1 − tanh²
controls-activation-relu-formula = max(0, z)
controls-activation-leaky-relu-formula = z if z ≥ 0, else 0.01·z
controls-learning-rate = learning rate
controls-learning-rate-hover = Step size η of each update: w ← w − η·∂L/∂w
controls-batch-size = batch size
controls-batch-size-hover = Samples averaged per gradient step
controls-optimizer = Optimizer
controls-optimizer-hover = How each gradient g = ∂L/∂w becomes a step. Now: { $rule }
controls-optimizer-sgd-formula = Plain gradient descent: w ← w − η·g
controls-optimizer-momentum-formula = Gradient descent with a running velocity that smooths the steps: v ← μ·v − η·g, w ← w + v (μ = 0.9)
controls-optimizer-adam-formula = Adaptive steps per weight from running means of g and g²: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − η·m̂/(√v̂ + ε) with bias-corrected m̂, v̂ (β₁ = 0.9, β₂ = 0.999)
controls-loss = Loss
controls-loss-hover = What training minimizes. Now: { $formula }
controls-loss-auto-formula = auto: the usual loss for the data: mean squared error for regression, binary cross-entropy for 2 classes, cross-entropy (softmax) for more
controls-loss-mse-formula = Mean squared error, for regression: L = mean of (a − t)²
controls-loss-bce-formula = Binary cross-entropy, for 2 classes with a sigmoid output: L = −[y·ln p + (1 − y)·ln(1 − p)]
controls-loss-ce-formula = Cross-entropy with a softmax output, for 2 or more classes: L = −ln p(true class)
controls-l1 = L1
controls-l1-hover = Penalty λ₁·Σ|w| on weights (not biases): pushes weights to exactly zero
controls-l2 = L2
controls-l2-hover = Penalty (λ₂/2)·Σw² on weights (not biases): shrinks them all
controls-seed = seed{" "}
controls-seed-hover = Seed of the initial weights, the shuffling and the split
controls-new-seed = New seed
controls-new-seed-hover = Pick another seed: new initial weights, shuffling and split
controls-resolution = boundary resolution
controls-resolution-hover = Cells per side of the decision-boundary image

## Menu bar
menu-file = File
menu-open-dataset = Open dataset…
menu-save-dataset = Save dataset…
menu-open-session = Open session…
menu-save-session = Save session…
menu-open-lesson = Open lesson…
menu-export-boundary = Export boundary image…
menu-export-loss = Export loss plot image…
menu-export-animation = Export training animation…
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-undo-edit = Undo { $edit }
menu-redo = Redo
menu-redo-edit = Redo { $edit }
menu-clear-data = Clear data
menu-regenerate-data = Regenerate data
menu-train = Train
menu-play = Play
menu-pause = Pause
menu-step-batch = Step one batch
menu-step-epoch = Step one epoch
menu-reset = Reset weights
menu-inspect = Inspect backprop
menu-learn = Learn
menu-lesson = { $number }. { $title }
menu-lesson-steps-heading = steps passed
menu-lesson-steps = { $passed }/{ $steps }
menu-first-try-heading = right at first try
menu-first-try = { $right } of { $answered } ({ $questions ->
    [one] 1 question
   *[other] { $questions } questions
})
menu-first-try-hover = Of the lesson's questions answered so far, how many were answered right at the first try (a later change of answer does not count): a teacher's column.
menu-open-lesson-file = Open lesson file…
menu-close-lesson = Close lesson
menu-view = View
menu-show-test = Show test data
menu-discretize = Discretize output
menu-log-loss = Loss on a log scale
menu-editor = Network editor
menu-editor-hover = The panel at the right that draws and edits the network
menu-help = Help
menu-help-mouse = Mouse on the boundary view:
menu-help-click = {"  "}click: add a point of the selected class
menu-help-drag = {"  "}drag a point: move it · right-click: delete it
menu-help-pan = {"  "}drag empty space: pan · Ctrl+scroll: zoom · double-click: fit
menu-help-keys = Keys: Space play/pause · S step · Shift+S epoch · R reset · I inspect backprop
menu-help-keys-more = {"      "}1–9 class · Ctrl+Z undo · Ctrl+Shift+Z redo
menu-crash = Simulate a worker crash
menu-crash-hover = Checks that a crash of the training thread is survived (NNLAB_DEBUG)
menu-open-dataset-hover = Load points from a CSV file (you choose the columns)
menu-save-dataset-hover = Write the current points to a CSV file
menu-open-session-hover = Load data, settings and trained weights saved earlier
menu-save-session-hover = Save the data, the settings and the latest weights to continue later
menu-open-lesson-hover = Open a lesson file a teacher wrote (.toml)
menu-export-boundary-hover = Save the decision-boundary view as a PNG image
menu-export-loss-hover = Save the loss plot as a PNG image
menu-export-animation-hover = Save the training so far as an animated GIF, one frame per checkpoint
menu-quit-hover = Close nnlab
menu-undo-hover = Take back the last change of the data, the settings or the network
menu-redo-hover = Do again the change Undo took back
menu-play-hover = Start or stop training
menu-inspect-hover = Follow one sample through the forward pass, the loss, backpropagation and the update
menu-close-lesson-hover = Close the lesson panel (its progress is kept)
menu-log-loss-hover = Draw the loss on a logarithmic axis, so small late improvements stay visible
menu-language-hover = The language of every text in the window (saved with the settings)

## Window messages
window-other-instance = another nnlab window is running: this one does not autosave
window-own-autosave = another nnlab window is running: this one autosaves separately and keeps its own settings; lesson progress is shared
window-locked-by-lesson = this lesson step locks that control (classroom mode)
lesson-answer-first = Answer the question in the lesson panel first: predict, then look.
lesson-predict-first = Predict first: training, the labs' steps and runs, and the inspector's next stage wait until you answer.
window-change-refused = { $reason }; the change was not applied
window-settings-fixed = saved settings were out of range and were reset: { $fixes }
settings-fix-grid = boundary resolution { $found } is outside { $min } to { $max }; using { $used }
settings-fix-pace = the training speed was outside the offered range; using the nearest one
settings-fix-config = { $reason }; using the default settings
window-dismiss-hover = Dismiss (the message goes by itself after { $seconds } s)
apply-opened-dataset = opened { $name }: { $points } points
apply-opened-session = opened session { $name } at epoch { $epoch }
apply-opened-from-lab = opened { $points } points from the lab with one hidden layer of 4 tanh units
apply-restored-autosave = restored the autosaved session (epoch { $epoch })
apply-restore-failed = the autosaved session cannot be restored: { $reason }
apply-lesson-no-steps = the lesson has no steps
apply-lesson-setup-failed = this step's set-up failed: { $reason }
apply-lesson-setup-part = [{ $part }] { $reason }
apply-sample-step = applied the step of sample { $sample }: the weights moved as the update showed (like a training step, it is not undone by Undo; Reset goes back to the seed's weights)

## Tab bar and the labs' controls (hover texts)
tab-network-hover = Train a multilayer perceptron (MLP) on 2-D data by backpropagation and watch its decision boundary
tab-logic-hover = McCulloch–Pitts neurons: a neuron fires when its excitatory inputs reach the threshold θ and no inhibitory input is on
tab-perceptron-hover = Rosenblatt's perceptron (a TLU) trained by the perceptron rule: w ← w + η(y − ŷ)x
tab-compare-hover = The perceptron rule and logistic regression on the same data, side by side
notes-toggle-hover = Show or hide the concept notes beside the lab
lab-data-hover = The points the lab trains on
lab-run-hover = Train continuously at the pace of the slider
lab-pause-hover = Stop the run (Step and Reset still work)
logic-gate-identity-hover = One excitatory line from A, threshold θ = 1: C fires when A is on
logic-gate-and-hover = Two excitatory lines, threshold θ = 2: C fires only when A and B are both on
logic-gate-or-hover = Two excitatory lines, threshold θ = 1: one active input is enough
logic-gate-and-not-hover = A excitatory, B inhibitory, threshold θ = 1: an active B vetoes the neuron
logic-gate-xor-hover = No single neuron computes XOR: two layers, h₁ = A AND NOT B, h₂ = B AND NOT A, C = h₁ OR h₂
logic-custom-hover = Build your own network of McCulloch–Pitts neurons
logic-input-hover = Click to switch input { $name } between 0 and 1
logic-add-neuron-hover = Add a neuron (threshold θ = 1, no inputs yet)
logic-edit-neuron-hover = Edit neuron { $name }: its threshold, whether it is an output, and its input lines
logic-threshold-hover = The neuron fires when at least θ excitatory inputs are on and no inhibitory input is on
logic-output-hover = Show this neuron's value as an output of the network
logic-remove-hover = Remove this neuron and its lines
logic-line-none-hover = No line from this source
logic-line-excitatory-hover = An excitatory line: counts towards the threshold θ when its source is on
logic-line-inhibitory-hover = An inhibitory line: when its source is on, the neuron cannot fire
perceptron-step-hover = The TLU's step function: Heaviside gives 0 or 1, sign gives −1 or +1
perceptron-step-sample-hover = Show the next sample to the perceptron; on an error it updates w ← w + η(y − ŷ)x
perceptron-step-epoch-hover = Show every sample once, updating on each error
perceptron-reset-hover = Back to zero weights and bias, before any sample
perceptron-new-class-hover = Clicks on the plot add points of class { $name }
perceptron-class-key-hover = Points of class { $name }
perceptron-boundary-key-hover = The line w·x + b = 0 where the TLU's output switches; the arrow is w
perceptron-open-in-network-hover = Train a multilayer perceptron on these points: one hidden layer of 4 tanh units can draw the boundary one TLU cannot
compare-step-round-hover = One round: the perceptron sees every sample once, logistic regression takes its gradient steps
compare-reset-hover = Both models back to zero weights
compare-logistic-eta-hover = Learning rate of logistic regression's gradient descent: w ← w − η·∂L/∂w (changing it starts again)

## Lesson panel
lesson-close-hover = Close the lesson
lesson-fold = Hide
lesson-fold-hover = Fold the panel away
lesson-classroom = Classroom mode
lesson-classroom-hover = Hide or lock the controls each step names, as the lesson's author chose
lesson-step-hover = Open this step (its set-up is applied again)
lesson-step-locked-hover = Pass the steps before it first
lesson-step-passed-name = { $step }, passed
lesson-step-of = Step { $step } of { $steps }
lesson-choice-hover = Choose this answer
lesson-hint = Hint: { $hint }
lesson-show-hint = Show a hint
lesson-show-hint-hover = Show a clue for this step
lesson-next-step = Next step
lesson-next-step-hover = Go on to the next step of the lesson
lesson-restart-step = Start this step again
lesson-restart-step-hover = Applies the step's set-up again
lesson-goal = Goal
lesson-step-passed = Step passed
lesson-locked = Locked in this step: { $groups }
lesson-hidden = Hidden in this step: { $groups }
lesson-complete = Lesson complete
lesson-next-lesson = Next lesson: { $title }
lesson-next-lesson-hover = Start the next lesson of the course
lesson-builtin-broken = built-in lesson { $file }: { $reason }
lesson-group-tabs = tabs
lesson-group-data = data
lesson-group-features = input features
lesson-group-network = network shape
lesson-group-training = training settings
lesson-group-run = Play, Step and Reset
lesson-group-editor = exact weights
lesson-group-inspector = backprop inspector
lesson-group-logic-network = logic network
lesson-control-logic-preset = the logic presets
lesson-group-logic-targets = truth-table targets
lesson-group-lab-data = lab data
lesson-group-lab-settings = lab settings
lesson-group-lab-run = lab Step, Run and Reset
lesson-group-notes = concept notes

## Lesson goals
lesson-goal-all = all of: { $parts }
lesson-goal-any = one of: { $parts }
lesson-goal-train-accuracy = training accuracy { $bounds }{ $now }
lesson-goal-test-accuracy = test accuracy { $bounds }{ $now }
lesson-goal-logistic-accuracy = logistic regression's accuracy { $bounds }{ $now }
lesson-goal-train-loss = training loss { $bounds }{ $now }
lesson-goal-test-loss = test loss { $bounds }{ $now }
lesson-goal-logistic-loss = logistic regression's loss { $bounds }{ $now }
lesson-goal-hidden-neurons = hidden neurons { $bounds }{ $now }
lesson-goal-hidden-layers = hidden layers { $bounds }{ $now }
lesson-goal-epochs = epochs trained { $bounds }{ $now }
lesson-goal-perceptron-steps = samples stepped in the perceptron lab { $bounds }{ $now }
lesson-figure-train-loss = training loss
lesson-figure-test-loss = test loss
lesson-figure-train-accuracy = training accuracy
lesson-figure-test-accuracy = test accuracy
lesson-bound-at-least = ≥ { $value }
lesson-bound-at-most = ≤ { $value }
lesson-bound-above = > { $value }
lesson-bound-below = < { $value }
lesson-bounds-two = { $low } and { $high }
lesson-goal-weight = the weight from input { $input } of { $neuron } { $bounds }{ $now }
lesson-goal-bias = the bias of { $neuron } { $bounds }{ $now }
lesson-goal-perceptron-converged = the perceptron converges
lesson-goal-perceptron-not-converged = the perceptron stops without converging
lesson-goal-perceptron-running = the perceptron is still running
lesson-goal-compare-converged = the perceptron beside logistic regression converges
lesson-goal-compare-not-converged = the perceptron beside logistic regression stops without converging
lesson-goal-compare-running = the perceptron beside logistic regression is still running
lesson-goal-updates-within = perceptron updates within Novikoff's limit of { $limit }{ $now }
lesson-goal-updates-within-unknown = perceptron updates within Novikoff's limit{ $now }
lesson-goal-updates = perceptron updates { $bounds }{ $now }
lesson-goal-step-heaviside = the perceptron uses the Heaviside step function
lesson-goal-step-sign = the perceptron uses the sign function
lesson-goal-now = {" "}(now { $value })
lesson-goal-truth-table = the output column reads { $want }{ $now }
lesson-goal-inspector = the backprop inspector reaches the { $stage } stage
lesson-goal-answer = the right answer to the question
lesson-goal-output-neuron = output neuron { $neuron }
lesson-goal-hidden-neuron = neuron { $neuron } of hidden layer { $layer }
window-adam-shake = Adam's step sizes had become large for rarely-seen gradients: one edited point can shake the model for a while (it settles again). SGD, or a smaller learning rate, shakes less.
recovery-autosave-crashed = the autosave thread crashed; it tries again at the next interval

## Animation export
export-saved = saved the training animation ({ $frames } frames) to { $path }
export-write-failed = cannot write { $path }: { $reason }
export-cancelled = animation export cancelled
export-failed = cannot export the animation: { $reason }
export-stopped = the animation export stopped unexpectedly
export-progress = animation { $done }/{ $total }
export-cancel = Cancel export
export-cancel-hover = Stop writing the animation; nothing is saved
export-already-running = an animation export is already running

## Undo and Redo: what a step did (Edit menu, Undo/Redo tooltips)
history-add-point = add a point
history-delete-point = delete a point
history-move-point = move a point
history-split = new train/test split
history-replace-data = replace the data
history-dataset-settings = dataset settings
history-set-weight = set a weight
history-set-bias = set a bias
history-freeze = freeze a connection
history-release = release a connection
history-neuron-off = switch a neuron off
history-neuron-on = switch a neuron on
history-network-shape = network shape
history-learning-rate = learning rate
history-batch-size = batch size
history-test-ratio = test ratio
history-seed = seed
history-optimizer = optimizer
history-regularization = regularization
history-loss = loss
history-training-settings = training settings

## The training thread
window-worker-crashed = The training thread crashed. It was restarted with your data and settings; press Play to continue.
window-worker-not-started = cannot start training: { $reason }
## The workspace: side panels that fold and move
layout-lesson = Lesson
layout-controls = Controls
layout-editor = Network editor
layout-fold = Hide
layout-fold-hover = Fold this panel to a strip at the window's edge; click the strip to open it again
layout-move = Other side
layout-move-hover = Move this panel to the other side of the window
layout-unfold-hover = Open this panel; if the window has no room for it, the panel needed least folds instead

# nnlab's messages in English. ko/labs.ftl has the same keys with the same
# arguments; assets/i18n/README.md describes the conventions (key names,
# arguments, formulas, tooltips) and how to add a string.

## Menus and tabs

menu-language = Language
menu-export-keras = Export to Keras
menu-export-keras-script = Keras script…
menu-export-keras-notebook = Jupyter notebook…
menu-export-keras-script-hover = Write this network, its data and training settings as a Keras program you can read and run (python MODEL.py; any Keras 3 backend)
menu-export-keras-notebook-hover = The same Keras code as Jupyter notebook cells, with a plot of the decision boundary

tab-network = Network
tab-logic = Logic neurons
tab-perceptron = Perceptron
tab-compare = Perceptron vs logistic

## Concept notes (the notes themselves are in notes.toml)

notes-toggle = Concept notes
notes-heading = Concept notes
notes-close-hover = Close the notes

## Shared by the labs

lab-data = data
lab-data-and = AND (4 points)
lab-data-or = OR (4 points)
lab-data-xor = XOR (4 points)
lab-data-blobs = Separable blobs
lab-data-iris-setosa = Iris petals: setosa vs rest
lab-data-iris-species = Iris petals: 3 species
lab-data-custom = My points (click to add)
lab-run = Run
lab-pause = Pause
lab-reset = Reset
lab-pace-hover = How fast Run goes
plane-last-sample = last sample

## The labs' status bar

status-running = running
status-paused = paused
status-logic-neurons = { $count ->
    [one] 1 neuron
   *[other] { $count } neurons
}
status-logic-neurons-hover = McCulloch–Pitts neurons in the network
status-logic-table = truth table: { $ok } of { $rows } rows match the target
status-logic-table-hover = Rows whose output equals the target column
status-logic-error-hover = Why the network cannot be evaluated
status-perceptron-running-hover = Run steps through the samples at the chosen pace
status-epoch = epoch { $epoch }
status-epoch-hover = Complete passes over the samples
status-samples = samples { $samples }
status-samples-hover = Samples shown to the rule since Reset
status-updates = updates { $updates }
status-updates-hover = Samples that changed the weights (misclassified ones)
status-last-errors = errors in the last epoch { $errors }
status-last-errors-hover = Misclassified samples in the last complete epoch
status-converged = { $epochs ->
    [one] converged after 1 epoch
   *[other] converged after { $epochs } epochs
}
status-not-separable = not linearly separable
status-verdict-hover = What the perceptron rule found
status-compare-running-hover = Run plays rounds at the chosen pace
status-rounds = rounds { $rounds }
status-rounds-hover = Each round: one perceptron epoch and ten logistic gradient steps
status-perceptron-acc = perceptron acc { $percent }%
status-perceptron-acc-hover = Share of the points on the right side of the perceptron's line
status-logistic-loss = logistic loss { $loss }
status-logistic-loss-hover = Mean cross-entropy of logistic regression: it keeps falling while the points are separable
status-logistic-acc = logistic acc { $percent }%
status-logistic-acc-hover = Share of the points on the right side of the 0.5 contour

## Logic neurons lab

logic-network = Network:
logic-custom = Custom
logic-inputs = Inputs (click to toggle):
logic-no-output-yet = no output neuron yet (the first neuron added is the output)
logic-legend-excitatory = excitatory line
logic-legend-inhibitory = inhibitory line: one active line vetoes
logic-legend-output = output neuron
logic-legend-rule = A neuron fires when no inhibitory line is active and at least θ excitatory lines are.
logic-diagram-neuron = Neuron { $name } in the diagram
logic-diagram-neuron-hover = Click to edit { $name }: its threshold θ and the lines into it
logic-truth-table = Truth table (every input combination)
logic-no-table = No table yet: { $reason }.
logic-target = target
logic-check = check
logic-target-hover = Click to change the target
logic-yes = yes
logic-no = no
logic-vetoed = vetoed
logic-rows-match = { $ok } of { $rows } rows match the target.
logic-add-input = Add input
logic-add-input-hover = Adds the next input: C after A and B
logic-add-input-limit = The lab has at most { $limit } inputs (A, B, C)
logic-add-neuron = Add neuron
logic-add-neuron-first = Add a neuron to start.
logic-edit-neuron = Edit neuron:
logic-threshold = threshold θ
logic-output = output
logic-remove = Remove
logic-lines-into = Lines into it (only from inputs and earlier neurons):
logic-line-none = none
logic-line-excitatory = excitatory
logic-line-inhibitory = inhibitory

## Perceptron lab

perceptron-step = step
step-heaviside = heaviside
step-sign = sign
perceptron-eta-hover = Learning rate: Δw = η(y − ŷ)x
perceptron-step-sample = Step one sample
perceptron-step-epoch = Step one epoch
perceptron-pace-unit = samples/s
perceptron-click-to-add = Click to add a point of class:
perceptron-previous-boundary = previous boundary
perceptron-boundary = boundary
perceptron-cannot-train = Cannot train yet: { $reason }.
perceptron-unit-next = The unit on the next sample
perceptron-unit = The unit
perceptron-unit-zero-shown = (unit 0 shown; one unit per class, each drawn in its class colour)
perceptron-progress = Epoch { $epoch } · samples seen { $samples } · updates { $updates }
# $factor is "" or "2·" (the sign function's factor).
perceptron-novikoff = Novikoff: R = { $radius } (the longest (x, 1)), γ = { $margin } (the widest margin of a unit vector (w, b), the bias as the weight of an input 1), so from w = 0 at most { $factor }(R/γ)² = { $limit } updates.
perceptron-novikoff-plane = The same line measured in the plane: { $distance } from the nearest point (larger than γ, which also counts b in |(w, b)|).
perceptron-updates-so-far = Updates so far: { $updates } of at most { $limit }.
perceptron-novikoff-per-unit = Novikoff's bound applies to each unit's own two-class problem.
perceptron-novikoff-none = No straight line separates these points (no margin γ > 0), so Novikoff's bound does not apply.
perceptron-converged = { $epochs ->
    [one] Converged after 1 epoch.
   *[other] Converged after { $epochs } epochs.
}
perceptron-not-separable = No straight line separates these points — this is why we need hidden layers.
perceptron-detected-cycle = Detected because the weights at the start of epoch { $epoch } repeat those at the start of epoch { $first }.
perceptron-detected-limit = Detected because it was still wrong after the limit of { $epochs } epochs.
perceptron-open-in-network = Open this data in the network view (one hidden layer)
perceptron-updates-heading = Updates: { $updates } (a row per misclassified sample)
perceptron-col-epoch = epoch
perceptron-col-unit = unit
perceptron-col-w = w before -> after
perceptron-col-b = b before -> after
perceptron-heaviside-formula = Heaviside H(z): 1 if z ≥ 0, else 0
perceptron-sign-formula = sign(z): +1 if z > 0, −1 if z < 0
perceptron-errors-per-epoch = Errors per epoch
perceptron-errors = errors

## Perceptron vs logistic regression lab

compare-intro = Both start at w = 0. Each round: one perceptron epoch, and ten gradient steps of logistic regression.
compare-perceptron-heading = Perceptron: a hard line, output 0 or 1
compare-perceptron-line = perceptron line
compare-logistic-heading = Logistic regression: p(y = 1 | x) = σ(w·x + b), 0.5 contour
compare-pace-unit = rounds/s
compare-step-round = Step one round
compare-logistic-eta = logistic η
compare-round = round { $round }
compare-no-data = no data
compare-status = Status: { $status }
perceptron-status-training = training
perceptron-status-converged = converged after { $epochs ->
    [one] 1 epoch
   *[other] { $epochs } epochs
}, { $updates ->
    [one] 1 update
   *[other] { $updates } updates
}
perceptron-status-not-converged = not converged: the classes may not be linearly separable (stopped after { $epochs ->
    [one] 1 epoch
   *[other] { $epochs } epochs
}, { $updates ->
    [one] 1 update
   *[other] { $updates } updates
})
perceptron-status-cycle = cycle: the weights at the start of epoch { $epoch } repeat those at the start of epoch { $first }, so training can never converge: the classes are not linearly separable ({ $updates ->
    [one] 1 update
   *[other] { $updates } updates
})
compare-accuracy-margin = Training accuracy { $percent }% · distance to closest point { $margin }
compare-perceptron-facts = No class probabilities, no regularization; it stops at the first line that makes no training error, however close that line runs to the points.
compare-needs-two-classes = Needs two classes and at least one point.
compare-gradient-steps = Gradient steps { $steps } ({ $per_round } per round) · loss { $loss } · |w| { $norm }
compare-logistic-facts = Gives probabilities (the shading). Every point keeps pulling on every step, so the loss keeps falling, |w| grows and the line keeps moving towards a larger margin.

## Files: dialogs, loads and saves

files-filter-all = All files
files-filter-session = nnlab session
files-filter-lesson = nnlab lesson
files-filter-png = PNG image
files-filter-gif = GIF animation
files-no-network-yet = no network yet; wait a moment
files-cannot-save-yet = cannot save yet ({ $reason }); try again in a moment
# A file's name or path, then what is wrong with it.
files-path-error = { $path }: { $error }
files-saved-points = saved { $points } points to { $path }
files-saved-session = saved session to { $path }
files-filter-keras = Keras program
files-keras-refused = cannot export to Keras: { $reason }
files-keras-written = wrote { $paths }: run it with python (any Keras 3 backend)
files-keras-failed = the Keras export failed: { $reason }
files-saved-image = saved image to { $path }
files-cannot-save-image = cannot save the image: { $reason }
files-screenshot-size = the screenshot has the wrong size
files-choose-title = Choose a file
files-no-dialog-service = No file-dialog service (xdg-desktop-portal or zenity) was found.
files-type-path = Type a path, or drop a file onto the window.
files-ok = OK

## Files nnlab will not write or read (the reason follows the file's name)

file-refusal-folder = it is a folder, not a file
file-refusal-not-a-file = it is a pipe, a device or a socket, not a regular file
file-refusal-no-reader = it is a pipe that nothing reads from
file-refusal-dangling-link = it is a link to a file that does not exist
file-refusal-outside-folder = it leads outside the lesson's folder
export-data-file-taken = { $path } already exists and nnlab did not write it: choose another name for the export

## The CSV import window

import-title = Import { $file }
import-import = Import
import-cancel = Cancel
import-reading = reading { $megabytes } MB…
import-header = First row is a header
import-delimiter = Delimiter
import-comma = comma
import-semicolon = semicolon
import-tab = tab
import-x1-column = x₁ column
import-x2-column = x₂ column
import-label-column = label column
import-labels = Labels
import-task-auto = auto
import-task-classes = classes
import-task-regression = regression target
import-standardize = Standardize inputs (zero mean, unit variance)
import-crashed = reading the file stopped unexpectedly; the current data is unchanged

## Autosave and the restore dialog

recovery-autosave-failed = autosave failed: { $reason }
recovery-just-now = less than a minute ago
recovery-minutes-ago = { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
recovery-hours-ago = { $hours } hours ago
recovery-earlier = earlier
recovery-heading = Restore your work?
recovery-text = nnlab did not close properly last time. Your data, network and settings were autosaved { $when }.
recovery-restore = Restore
recovery-discard = Discard
recovery-discard-hover = Delete the autosaved session

## The training animation (GIF)

gif-epoch-label = epoch { $epoch } · loss { $loss }

## The command line: messages (flags, values and JSON keys stay English)

cli-error = error: { $error }
cli-error-window = error: cannot open the window: { $reason }
cli-window-program-missing = error: the window program { $path } is not in the folder of this program; start it there, or give a command (see nnlab --help)
cli-window-program-failed = error: cannot start the window program { $path }: { $reason }
cli-see-help = (see nnlab --help)
cli-file-with-command = error: { $file } opens the window; a command does not take it here
cli-wrote = wrote { $path }
cli-backprop-neuron-why = neuron { $neuron }: { $why }
cli-data-generator-options = --points, --noise and --classes apply to generated datasets, not to --data
cli-train-dataset-line = dataset { $name }: { $points } points ({ $train } train, { $test } test), { $task }
cli-train-regression = regression
cli-train-classes = { $count } classes ({ $names })
cli-train-no-hidden = (no hidden layer)
cli-train-network-line = network { $shape } { $activation }, loss { $loss }, { $optimizer } η={ $lr } batch { $batch }
cli-train-trained-line = trained { $epochs } epochs in { $seconds } s ({ $rate } M samples/s); { $total } epochs in total
cli-train-accuracy = {"  "}accuracy { $percent }%
cli-train-train-loss = train loss { $loss }{ $accuracy }
cli-train-test-loss = test  loss { $loss }{ $accuracy }
cli-train-wrote-gif = wrote the training animation to { $path }
cli-train-session-options = with --session, only --lr, --batch, --optimizer, --l1, --l2, --epochs, --save and --json may be given (data and network come from the session)
cli-train-bad-width = --hidden: "{ $value }" is not a layer width
cli-perceptron-no-class = --positive: no class "{ $name }" (classes: { $classes })
cli-perceptron-unit = unit { $unit } ({ $class })
cli-perceptron-accuracy = training accuracy { $percent }%
cli-perceptron-novikoff = updates { $updates } ≤ Novikoff bound { $limit } (R = { $radius }, maximum margin γ = { $margin })
cli-perceptron-prediction = prediction: { $class }
cli-perceptron-not-class = not { $class }
cli-perceptron-bad-point = --predict expects two numbers X,Y, got "{ $value }"
cli-predict-class = class { $class } at ({ $x }, { $y })
cli-predict-value = value { $value } at ({ $x }, { $y })
cli-predict-bad-point = --at "{ $value }": expected two numbers X,Y
cli-predict-bad-number = --at "{ $value }": "{ $number }" is not a finite number
cli-lesson-builtin-broken = built-in lesson { $name }: { $error }
cli-lesson-steps = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}
cli-lesson-ok = ok: { $lessons } lesson(s), { $steps } steps
cli-predict-beyond-limit = --at "{ $value }": { $number } is beyond ±{ $limit }, the largest coordinate nnlab accepts
cli-train-bad-frames = --frames { $frames }: an animation has 1 to { $max } frames
cli-data-classes-not-for = --classes does not apply to { $dataset }: only spiral and blobs have a choice of classes
cli-data-gate-fixed = { $option } does not apply to { $dataset }: a gate's truth table is always its 4 corners
cli-export-data-file-taken = { $path } already exists and nnlab did not write it: choose another --out, or add --force to replace it

## The command line: --help (commands, arguments, headings)

cli-about = nnlab: a native lab for neural networks, from logic neurons to MLPs.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-flag-help = Print help
cli-possible-values = [possible values: { $values }]
cli-default-value = [default: { $value }]
cli-value-file = FILE
cli-value-file-gif = FILE.gif
cli-value-actions-json = ACTIONS.json
cli-value-col = COL
cli-value-name = NAME
cli-value-list = LIST
cli-value-lang = LANG
cli-value-class = CLASS
cli-value-format = FORMAT
cli-value-gate = GATE
cli-value-path = PATH
cli-flag-version = Print version
cli-arg-file = A CSV dataset or a session file to open in the window
cli-arg-lang = Language of messages and help: en or ko (default: the system locale, LANG/LC_ALL)
cli-arg-json = Print one JSON object on the last line
cli-about-train = Train a multilayer perceptron and report loss and accuracy
cli-about-perceptron = Train Rosenblatt's perceptron with the perceptron learning rule
cli-about-logic = Print the truth table of a McCulloch–Pitts network
cli-about-bench = Measure training, grid evaluation, the live loop and CSV import
cli-about-lesson = List the built-in lessons, check a lesson file, or work through one without a window
cli-about-lesson-list = List the built-in lessons
cli-about-lesson-check = Check a lesson file (or every built-in lesson) without opening a window
cli-about-backprop = Show one training step on one sample of a saved session: forward pass, loss, deltas, gradients
cli-about-predict = A saved network's answer at one point (raw coordinates)
cli-about-export = Write a session as a Keras script or a Jupyter notebook
cli-arg-dataset = Built-in dataset (and, or, xor: the gates' 4-point truth tables)
cli-arg-data = A CSV file (header optional; comma, semicolon or tab separated)
cli-arg-x = Column of the first input (header name, or 0-based index)
cli-arg-y = Column of the second input (header name, or 0-based index)
cli-arg-label = Column of the label or target (header name, or 0-based index; default: last)
cli-arg-standardize = Standardize the inputs to zero mean and unit variance
cli-arg-points = Number of generated points
cli-arg-noise = Noise of generated data, 0 to 1
cli-arg-classes = Number of classes (spiral arms, blobs)
cli-arg-lr = Learning rate η
cli-train-features = Input features, comma-separated (e.g. x1,x2,x1^2)
cli-train-hidden = Hidden layer widths, comma-separated ("none" for no hidden layer)
cli-train-activation = Hidden activation (default tanh)
cli-train-loss = Loss (auto: mse for regression, bce for 2 classes, ce for more)
cli-train-optimizer = Optimizer
cli-train-batch = Mini-batch size
cli-train-epochs = Epochs to train in this run
cli-train-l1 = L1 penalty rate λ₁
cli-train-l2 = L2 penalty rate λ₂
cli-train-test-ratio = Fraction of points held out for testing (default 0.25; none for the gates)
cli-train-seed = Seed of data, split, initial weights and shuffling
cli-train-session = Continue a saved session
cli-train-save = Save the session when done
cli-train-gif = Write an animated GIF of the decision boundary across the run's checkpoints
cli-train-frames = Frames of the GIF (log-spaced epochs)
cli-perceptron-positive = Train one TLU for this class (name or index) against all others
cli-perceptron-step = Step function (targets 1/0 for heaviside, +1/−1 for sign)
cli-perceptron-max-epochs = Stop after this many epochs without convergence
cli-perceptron-shuffle = Shuffle the samples each epoch (seeded)
cli-perceptron-seed = Seed of generated data and shuffling
cli-perceptron-predict = Classify the point X,Y (in the data's units) after training
cli-perceptron-trace = Print every update as a JSON line
cli-logic-gate = The network
cli-logic-json = Print a JSON list of rows {"{"}"inputs": [..], "output": 0|1{"}"}
cli-bench-quick = Short runs (a smoke test; the figures are rough)
cli-bench-check = Fail (exit status 1) when a figure misses its target
cli-bench-json = Print one JSON object with every figure on the last line
cli-lesson-list-json = Print a JSON array of {"{"}"id", "title", "steps"{"}"} as the last line
cli-lesson-check-file = The lesson file (TOML)
cli-lesson-check-builtin = Check every built-in lesson
cli-lesson-check-json = Print {"{"}"ok": true, "lessons": N, "steps": N{"}"} as the last line (or {"{"}"ok": false, "line", "column", "error"{"}"} before failing)
cli-backprop-session = The saved session whose network and data to use
cli-backprop-sample = Index of the point, in the session's file order (test points too: their gradient is shown, though training never uses it)
cli-predict-session = The session whose network answers
cli-predict-at = The point, in the data's raw coordinates
cli-predict-json = Print one JSON object: {"{"}"probabilities": [...], "class": "NAME"{"}"} or {"{"}"value": V{"}"}
cli-export-format = keras (a .py script) or notebook (a .ipynb notebook)
cli-export-session = The session to export
cli-export-out = Where to write the script or notebook
cli-export-force = Replace the data file beside the script even if nnlab did not write it
perceptron-epoch-axis = epoch

## The neuron lab (a leaky integrate-and-fire neuron) and `nnlab neuron`

tab-neuron = Neuron
tab-neuron-hover = A biological neuron that fires: a leaky integrate-and-fire model driven by input neurons; coincidence, the McCulloch–Pitts neuron and Hebb's rule
neuron-drive-rates = Random rates
neuron-drive-rates-hover = Each input neuron fires at random, on average at its rate (Hz): watch the neuron fire when action potentials happen to arrive close together
neuron-drive-coincidence = Coincidence trials
neuron-drive-coincidence-hover = Each input neuron fires once per 80 ms trial, at the moment you choose: find how close together the inputs must arrive; the McCulloch–Pitts reading appears beside
neuron-pause-hover = Stop the clock (action potentials stay where they are)
neuron-run-hover = Start the clock at the speed of the slider
neuron-speed-unit = model ms/s
neuron-speed-hover = How many milliseconds of the model pass in one second: 1 is slow motion (a 4 ms trip along an axon takes 4 s), 1000 is real time
neuron-reset-hover = Back to t = 0: the neuron at rest, no action potentials, counts at 0 (the settings stay)
neuron-plasticity = Hebb's rule
neuron-plasticity-hover = When on, every excitatory synapse whose action potential arrived in the 10 ms before the neuron fires grows by η: Δw = η·x·y
neuron-inputs = Input neurons and their synapses
neuron-excitatory = excitatory
neuron-inhibitory = inhibitory
neuron-kind-hover = Click to switch: an excitatory synapse lifts V, an inhibitory one lowers it
neuron-fire = Fire { $name }
neuron-fire-hover = This input neuron fires now: its action potential travels 4 ms along its axon to the synapse (while the clock runs)
neuron-strength-hover = Synaptic strength w of { $name }: each arriving action potential lifts (excitatory) or lowers (inhibitory) V by w mV
neuron-unit-rate = Hz
neuron-rate-hover = Mean firing rate: the input neuron fires at random, this many times per second on average (0: only when you fire it)
neuron-in-trial = fires at
neuron-in-trial-hover = Whether this input neuron fires in each trial (its McCulloch–Pitts input can only be 1 if it does)
neuron-fire-at-hover = When in each trial the input neuron fires; its action potential reaches the synapse 4 ms later
neuron-add-input = Add input
neuron-add-input-hover = Another excitatory input neuron (at most 5)
neuron-remove-input = Remove input
neuron-remove-input-hover = Remove the last input neuron (at least 3 stay)
neuron-cell = The neuron
neuron-unit-ms = ms
neuron-unit-mv = mV
neuron-tau-hover = Membrane time constant τ: how fast V leaks back to rest; the shorter it is, the closer together inputs must arrive to add up
neuron-threshold-hover = Threshold θ in mV above rest: when V reaches it the neuron fires and V is reset to rest
neuron-refractory-hover = Refractory period t_ref: after firing, V stays at rest this long and the neuron cannot fire
neuron-mp-heading = Read as a McCulloch–Pitts neuron
neuron-window = window
neuron-window-hover = The McCulloch–Pitts neuron's time window: an input counts as active (x = 1) when it fires within this long after the first one
neuron-mp-needed = threshold { $k }: { $k ->
    [one] any one excitatory input alone reaches
   *[other] any { $k } excitatory inputs arriving together reach
} θ = { $theta } mV
neuron-mp-never = no threshold: even all excitatory inputs together stay below θ
neuron-mp-and = with { $n } excitatory inputs this is AND: all must be active
neuron-mp-or = with { $n } excitatory inputs this is OR: one active input is enough
neuron-mp-veto = an active inhibitory input vetoes: y = 0
neuron-mp-unequal = The strengths differ: a McCulloch–Pitts line counts 1 whatever its strength, so the reading counts with the weakest inputs.
neuron-mp-lif-fired = the LIF neuron fired in the last trial
neuron-mp-lif-silent = the LIF neuron did not fire in the last trial
neuron-mp-lif-waiting = the first trial is still running
neuron-mp-agree = the two agree
neuron-mp-differ = the two differ: the inputs are spread over more time than the neuron adds up, or an inhibitory input came too late
neuron-mp-stale = you changed the inputs or the neuron since the last trial began: the next trial will tell
neuron-hebb-heading = Hebb's rule: cells that fire together wire together
neuron-hebb-rule = x = 1 for an excitatory synapse whose action potential arrived in the { $window } ms before the neuron fired, y = 1 when it fires: w only grows, and no target is involved.
neuron-hebb-rate-hover = Hebb's learning rate η: how many mV a synapse grows each time it helps to fire the neuron
neuron-hebb-last = last change at t = { $time } ms: { $changes }
neuron-hebb-none-yet = no change yet: the neuron has not fired since Hebb's rule was switched on
neuron-perceptron-heading = The perceptron rule
neuron-perceptron-rule = It changes w only on an error, toward the target y: +η·x when the neuron should have fired and did not, −η·x when it fired but should not have, nothing when it was right.
neuron-compare-needs-trial = Run coincidence trials to compare both rules on one trial.
neuron-target = target
neuron-target-hover = The target y of the perceptron rule: should the neuron fire for this trial's inputs?
neuron-compare-hebb = Hebb Δw
neuron-compare-perceptron = perceptron Δw
neuron-axis-time = t (ms)
neuron-axis-trial-time = t in the trial (ms)
neuron-axis-v = V (mV)
neuron-threshold = threshold θ
neuron-spike = action potential
neuron-arrival = arrival at a synapse
neuron-previous-trial = previous trial
neuron-trace-hover = Membrane potential V over time: it jumps at each arrival (marks at the bottom, in the input's colour), leaks back toward rest, and fires when it reaches θ (dashed). In coincidence trials the shaded band is the McCulloch–Pitts time window
neuron-part-cell-body = cell body
neuron-part-cell-body-hover = The cell body adds up what the dendrites bring in; its colour here is the membrane potential V. When V reaches the threshold it fires an action potential down the axon.
neuron-part-nucleus = nucleus
neuron-part-nucleus-hover = The nucleus holds the cell's DNA; it takes no part in the signalling modelled here.
neuron-part-dendrites = dendrites
neuron-part-dendrites-hover = Dendrites: branching extensions that receive signals from other neurons at synapses and carry them to the cell body.
neuron-part-axon = axon
neuron-part-axon-hover = The axon: one very long extension, from a few times to 40,000 times the cell body's length, along which the action potential travels to other neurons.
neuron-part-telodendria = telodendria
neuron-part-telodendria-hover = Telodendria: the branches at the end of the axon.
neuron-part-terminals = synaptic terminals
neuron-part-terminals-hover = Synaptic terminals: the tips of the telodendria, connected to the dendrites or cell bodies of other neurons; an arriving action potential makes them release neurotransmitters.
neuron-part-synapse = synapse
neuron-part-synapse-hover = A synapse: an input neuron's synaptic terminal on a dendrite. An arriving action potential releases neurotransmitters that let a short current in: excitatory (blue) lifts V, inhibitory (red) lowers it; the knob's size shows the strength.
neuron-input-neuron-hover = Input neuron { $name }: click to fire it now
status-neuron-running-hover = Whether the neuron lab's clock runs
status-neuron-time = t = { $ms } ms
status-neuron-time-hover = Model time since the reset (slow motion: see the speed slider)
status-neuron-v = V = { $mv } mV
status-neuron-v-hover = The membrane potential now, in mV above rest
status-neuron-spikes = { $count ->
    [one] fired once
   *[other] fired { $count } times
}
status-neuron-spikes-hover = Action potentials the neuron fired since the reset
lesson-goal-coincident-spikes = firings by coincidence (two inputs within a few ms, neither enough alone) { $bounds }{ $now }
lif-value-current = the current I
lif-value-tau = τ
lif-value-threshold = the threshold
lif-value-refractory = the refractory period
lif-value-duration = the duration
lif-error-not-finite = { $what } must be a finite number, not { $value }
lif-error-tau = the membrane time constant τ must be above 0 ms, not { $value }
lif-error-threshold = the threshold must be above the resting potential 0, not { $value }
lif-error-refractory = the refractory period must be 0 ms or more, not { $value }
lif-error-duration = the duration must be between 0 and { $limit } ms, not { $value }
lif-error-too-many-spikes = the current { $value } would fire the neuron more than { $limit } times: lower it, shorten the duration or add a refractory period
cli-neuron-refused = { $flag }: { $reason }
cli-neuron-spikes = { $count ->
    [one] 1 spike, at (ms):
   *[other] { $count } spikes, at (ms):
}
cli-neuron-none-yet = no spike within { $duration } ms (the first comes later)
cli-neuron-never = no spike: the current { $current } does not exceed the threshold { $threshold }, so V never reaches it
cli-about-neuron = Spike times of a leaky integrate-and-fire neuron under a constant current
cli-neuron-current = Input current I (V_rest = 0, R = 1: R·I is in the threshold's units)
cli-neuron-tau-ms = Membrane time constant τ in ms (above 0)
cli-neuron-threshold = Threshold V; the neuron rests and resets at 0
cli-neuron-refractory-ms = Refractory period after each spike, in ms (default 0)
cli-neuron-duration-ms = How long to simulate, in ms (default 100, at most 10000)
cli-neuron-json = Print {"{"}"spike_times_ms": [...], "model": "lif"{"}"} on the last line

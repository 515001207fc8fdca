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
logic-legend = Arrow: excitatory line. Red line ending in a circle: inhibitory (one active inhibitory line vetoes). A neuron fires when no veto and at least θ active excitatory lines. Double ring: output.
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

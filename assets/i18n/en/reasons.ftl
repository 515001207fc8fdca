## Why something was refused or stopped: one message per typed reason of
## the engine (src/i18n/words), for the window and the command line alike.

## Training settings outside their limits

config-error-no-features = choose at least one input feature
config-error-too-many-layers = { $found } hidden layers; at most { $max }
config-error-layer-width = hidden layer { $layer } has { $neurons } neurons; each layer needs 1 to { $max }
config-error-learning-rate = learning rate { $value } is outside the allowed range { $min } to { $max }
config-error-batch-size = batch size { $value } is outside the allowed range 1 to { $max }
config-error-l1 = L1 rate { $value } is outside the allowed range 0 to { $max }
config-error-l2 = L2 rate { $value } is outside the allowed range 0 to { $max }
config-error-test-ratio = test ratio { $value } is outside the allowed range 0 to { $max }
config-error-momentum = momentum μ = { $value } must satisfy 0 ≤ μ < 1
config-error-beta1 = Adam's β₁ = { $value } must satisfy 0 ≤ β₁ < 1
config-error-beta2 = Adam's β₂ = { $value } must satisfy 0 ≤ β₂ < 1
config-error-epsilon = Adam's ε = { $value } must be above 0

## What the network cannot do, and why training stopped

reason-no-training-points = there are no training points
reason-add-training-points = add some training points to train (or lower the test ratio)
reason-not-differentiable = { $activation } has no gradient; use the perceptron rule or a sigmoid
reason-diverged = loss diverged at epoch { $epoch } — lower the learning rate
reason-head-mismatch = loss { $loss } with a { $output } output does not fit { $classes ->
        [0] regression
       *[other] { $classes } classes
    } (binary cross-entropy needs 2 classes, cross-entropy needs classes, regression uses mse)
reason-no-weight = layer { $layer } has no weight from input { $input } to neuron { $neuron }
reason-no-bias = layer { $layer } has no neuron { $neuron }
reason-not-finite = { $value } is not a finite number
reason-no-connection = layer { $layer } has no connection from input { $input } to neuron { $neuron }
reason-no-hidden-neuron = layer { $layer } has no hidden neuron { $neuron } (only hidden neurons can be switched off)
reason-frozen-not-finite = a frozen weight of layer { $layer } is not a finite number
reason-saved-weights-mismatch = the saved weights of switched-off neuron { $neuron } of layer { $layer } do not fit the network
reason-bad-grid = the output grid must be finite with 1 to { $max } cells per side (asked for { $resolution })
reason-no-thread = the system would not start the training thread

## The backprop inspector's sample

inspector-error-out-of-range = sample { $index } is out of range: the data has { $count } points (0 to { $last })
inspector-error-test-point = sample { $index } is a test point; training never learns from test points

## The perceptron

perceptron-error-learning-rate = the learning rate must be a finite number above 0, got { $value }
perceptron-error-epoch-limit = the epoch limit must be between 1 and { $limit }, got { $found }
perceptron-error-not-classification = the perceptron needs a classification dataset, not a regression one
perceptron-error-too-few-classes = the perceptron needs at least 2 classes; the dataset has { $found }
perceptron-error-positive-out-of-range = positive class { $positive } does not exist (the dataset has { $classes } classes)
perceptron-error-no-training-points = the dataset has no training points
perceptron-error-unknown-step = unknown step function "{ $name }" (choose one of: { $known })

## McCulloch–Pitts networks

logic-error-no-inputs = the network has no inputs
logic-error-too-many-inputs = the network has { $found } inputs; at most { $limit } are supported
logic-error-no-outputs = the network has no output neuron
logic-error-empty-name = names of inputs and neurons must not be empty
logic-error-duplicate-name = the name "{ $name }" is used twice
logic-error-unknown-neuron = there is no neuron { $index } (the network has { $count })
logic-error-unknown-input = there is no input { $index } (the network has { $count })
logic-error-forward-reference = neuron { $neuron } reads neuron { $source }, which does not come before it
logic-error-no-such-connection = neuron { $neuron } has no connection from { $source }
logic-error-input-count = expected { $expected } input values, got { $found }
logic-error-unknown-gate = unknown gate "{ $name }" (choose one of: { $known })

## Files: what the operating system said

file-error-io = cannot access { $path }: { $reason }
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file
io-storage-full = the disk is full
io-read-only = the disk is read-only

## What can be wrong with a data file (line and column are 1-based)

data-error-file-too-large = the file is { $bytes } bytes; files larger than { $limit } bytes are refused
data-error-empty = the file is empty
data-error-header-only = the file has a header row but no data rows
data-error-binary = this is not a text CSV file (line { $line } contains binary data)
data-error-unknown-column = no column named "{ $name }" (columns: { $available })
data-error-column-out-of-range = column { $column } does not exist: the file has { $columns } columns
data-error-missing-field = line { $line }, column { $column }: missing field (the row has { $found } fields)
data-error-not-a-number = line { $line }, column { $column }: "{ $value }" is not a number
data-error-not-finite = line { $line }, column { $column }: "{ $value }" is not a finite number within ±1e15
data-error-empty-label = line { $line }, column { $column }: the label is empty
data-error-too-few-classes = found { $found } class(es); classification needs at least 2
data-error-too-many-classes = found { $found } distinct labels; at most { $limit } classes are supported (is the label column right, or is this a regression target?)
data-error-too-many-points = more than { $limit } points (found { $found })
data-error-malformed = line { $line }: { $message }
data-error-unclosed-quote = line { $line }: a quoted field is never closed (a " is missing)
data-error-labels-not-classes = the label column could not be read as classes
data-error-names-need-header = columns can only be chosen by name in a file with a header row
data-error-label-is-input = column { $column } cannot be both an input and the label: a dataset needs two numeric columns and a label column (the file has { $columns })
data-error-no-such-class = the data has no class "{ $name }"
data-error-point-count = the number of points must be between 1 and { $max } (got { $found })
data-error-noise = the noise level must be a number between 0 and 1 (got { $value })
data-error-class-count = the { $generator } data has between { $min } and { $max } classes (got { $found })
data-error-point-not-finite = point { $index }: value { $value } is not a finite number within ±1e15
data-error-point-not-a-class = point { $index }: label { $label } is not a class index below { $classes }
data-error-point-scaled-not-finite = point { $index }: its standardized coordinates are not finite (check the stored scaling)
data-error-bad-scaling = the stored standardization (mean { $mean }, spread { $spread }) needs finite means and spreads above 0

## Session files

session-error-too-large = the file is { $bytes } bytes; sessions larger than { $limit } bytes are refused
session-error-not-utf8 = not a readable session: the file is not UTF-8 text
session-error-not-json = not a readable session: the file is not JSON (line { $line }, column { $column })
session-error-truncated = not a readable session: the file is truncated (it ends at line { $line }, column { $column })
session-error-not-a-session = this JSON file is not an nnlab session (no "format": "nnlab-session")
session-error-version = session version { $found } is not supported; this nnlab reads version { $supported }
session-error-newer = session version { $found } is not supported; this nnlab reads version { $supported } (it was written by a newer nnlab)
session-error-damaged = the session is damaged at line { $line }, column { $column }: { $detail }
session-error-damaged-in = the session is damaged in "{ $section }" at line { $line }, column { $column }: { $detail }
session-error-progress = epoch { $epoch } / samples seen { $samples } beyond the limit of { $max }
session-error-too-many-checkpoints = { $found } checkpoints stored; at most { $max }
session-error-checkpoint-epoch = checkpoint { $index } is at epoch { $epoch }: checkpoint epochs must increase and not pass the session's epoch { $last }
session-error-checkpoint = checkpoint { $index }: { $reason }
session-error-classes = the network predicts { $network } classes but the dataset has { $dataset }
session-error-layer-count = { $stored } layers stored; the settings describe { $expected }
session-error-layer-activation = layer { $layer } is { $stored } but the settings say { $expected }
session-error-layer-shape = layer { $layer } should have { $rows }×{ $cols } weights and { $cols } biases
session-error-not-finite = layer { $layer } holds the non-finite value { $value }
session-error-data = the session's dataset is invalid: { $reason }
session-error-config = the session's settings are invalid: { $reason }
session-error-network = the session's network is invalid: { $reason }

## Keras export, training animation, fonts

keras-error-step-activation = hidden layer { $layer } uses the { $activation } activation, which Keras cannot train; choose tanh, sigmoid, relu, leaky_relu or identity for it
keras-error-no-points = the session has no data points to export
keras-error-io = cannot write { $path }: { $reason }
gif-error-no-checkpoints = there are no checkpoints to animate yet; train first
gif-error-bad-view = the picture must be a finite region of { $min } to { $max } pixels per side
gif-error-bad-frames = { $frames } frames asked for; an animation has 1 to { $max }
gif-error-mismatch = the checkpoint at epoch { $epoch } does not fit the network's input features
gif-error-encode = the GIF could not be encoded: { $reason }
font-error-unreadable = not a readable font: { $reason }

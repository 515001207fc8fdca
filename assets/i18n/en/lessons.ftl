## What the lesson checker says to a teacher (nnlab lesson check, File ▸ Open lesson…)

lesson-error-io = the file cannot be read: { $reason }
lesson-error-too-large = the file is { $bytes } bytes; a lesson file is at most { $limit } bytes.
lesson-error-at = line { $line }, column { $column }: { $problem }
lesson-problem-not-utf8 = the file is not UTF-8 text. Save it as UTF-8 in your editor.
lesson-problem-unknown-key = { $table } has no key `{ $key }`. Its keys are: { $known }.
lesson-problem-key-belongs = `{ $key }` belongs to { $belongs }, but TOML puts every key written after the line { $table } into that table. Move `{ $key }` above { $table }.
lesson-problem-missing-key = { $table } needs a key `{ $key }`.
lesson-problem-wrong-type = `{ $key }` takes { $expected }, but here it is { $found }.
lesson-problem-not-whole = `{ $key }` takes a whole number, 0 or more, but here it is { $found }.
lesson-problem-unknown-name = `{ $key }` cannot be "{ $found }". Write one of: { $names }.
lesson-problem-did-you-mean = Did you mean "{ $name }"?
lesson-problem-two-kinds = a check is a table with one kind, but this one has `{ $first }` and `{ $second }`. To ask for both, write all = [{"{"} { $first } = … {"}"}, {"{"} { $second } = … {"}"}].
lesson-problem-no-kind = this check says what to show (`label`) or how long it must hold (`for_epochs`) but not what to check. Add a kind, for example accuracy = {"{"} on = "train", at_least = 0.9 {"}"}.
lesson-problem-duplicate-key = `{ $key }` is given twice in the same table. Keep one.
lesson-problem-bad-id = the id "{ $id }" must be lower-case letters, digits, - or _ (progress is saved under it).
lesson-problem-no-steps = the lesson has no steps. Add a [[step]] table.
lesson-problem-empty-text = this text is empty. Write at least the English text.
lesson-problem-empty-list = `all`, `any` and `then` need at least one check in their list.
lesson-problem-no-bound = give at least one bound: at_least, at_most, above or below.
lesson-problem-empty-range = no number satisfies these bounds (or one of them is not a finite number).
lesson-problem-truth-table = a truth table has 2, 4 or 8 rows of 0 or 1; this one has { $found } rows.
lesson-problem-no-question = an answer check needs a question: add [step.question] to this step.
lesson-problem-answer-on-number = this step's question asks for a number: check it with answer_number = {"{"} value = …, within = … {"}"}, not with `answer`.
lesson-problem-number-on-choices = this step's question has choices: check it with answer = …, or write number = true in [step.question] to ask for a number.
lesson-problem-number-with-choices = a number question (number = true) has no choices. Remove `choices`, or remove number = true.
lesson-problem-answer-range = choice { $answer } does not exist: the question has { $choices } choices, numbered from 0.
lesson-problem-few-choices = a question needs at least 2 choices.
lesson-problem-data-source = [step.setup.data] needs exactly one of generator, gate or csv; it has { $found }.
lesson-problem-field-source = `{ $field }` does not apply to { $source } data.
lesson-problem-bad-value = `{ $field }` must be { $allowed }.
lesson-problem-builtin-files = a built-in lesson cannot name files. Copy the lesson into a folder of your own, with its files beside it.
lesson-problem-csv = the data file { $file }: { $reason }
lesson-problem-csv-io = the data file { $file } cannot be read: { $reason }.
lesson-problem-image = the image { $file } { $reason }.
lesson-problem-next = `next` names "{ $id }", but there is no built-in lesson with that id and no file { $id }.toml beside this lesson.
lesson-problem-ui-key = {"{"}ui:{ $key }{"}"} names no label of the window. Use the key of a button, tab or menu from the catalogues (assets/i18n/*.ftl), for example {"{"}ui:perceptron-step-sample{"}"}.
lesson-problem-network = the network cannot be built: { $reason }
lesson-problem-logic-source = "{ $name }" is not an input or an earlier neuron.
lesson-problem-not-binary = the comparison lab takes two-class data only.
lesson-problem-over-budget = setting up every step once would make { $points } points (counted over all steps); a lesson may make at most { $limit }.
lesson-problem-either-key = give `{ $first }` or `{ $second }`, not both.
lesson-problem-inspector-sample = the inspector cannot trace sample { $sample }: the step's data has { $points } points (0 to { $last }).
lesson-problem-inspector-network = the inspector traces a sample of the network tab's data, but no step up to here sets the network tab up: add [step.setup.data] (or network, training) to this step or an earlier one.
lesson-syntax-multiline = this """ (or ''') opens a text that is never closed. Close it with """ after the text's last line.
lesson-syntax-string = this text in quotes does not end on its line. Close the quote, or use """ for a text of several lines.
lesson-syntax-duplicate = `{ $key }` is given twice (or a [table] is opened twice). Keep one.
lesson-syntax-equals = a key needs = and a value, for example title = "…".
lesson-syntax-bracket = a [ is not closed by ] on this line.
lesson-syntax-brace = a {"{"} is not closed by {"}"} on its line (a table written in place must end on the line it starts).
lesson-syntax-comma = two elements of a list (or a table in place) need a comma between them.
lesson-syntax-other = TOML cannot read what is written here. Check the quotes, brackets and = on this line.
lesson-syntax-expected = TOML cannot read what is written here; it expected { $expected }.
lesson-table-top = the top of the file
lesson-table-inline = `{ $path }`
lesson-expected-text = text in quotes (or {"{"} en = "…", ko = "…" {"}"})
lesson-expected-string = text in quotes
lesson-expected-number = a number
lesson-expected-whole = a whole number
lesson-expected-bool = true or false
lesson-expected-list = a list [ … ]
lesson-expected-table = a table {"{"} … {"}"}
lesson-expected-check = a check {"{"} kind = … {"}"} or "read"
lesson-expected-answer = a choice number or a list of them, for example 2 or [0, 2]
lesson-expected-name = a name in quotes
lesson-found-string = text
lesson-found-integer = a whole number
lesson-found-float = a number with a fraction
lesson-found-bool = true or false
lesson-found-datetime = a date
lesson-found-list = a list
lesson-found-table = a table
lesson-allowed-above-zero = a number above 0
lesson-allowed-zero-or-more = a number, 0 or more (how far the typed answer may be from the value)
lesson-allowed-at-most = at most { $max }
lesson-allowed-between = between { $min } and { $max }
lesson-allowed-activations = one activation per hidden layer
lesson-allowed-folder = a file name in the lesson's folder or below it (no .. and no absolute path)
lesson-image-io = cannot be read: { $reason }
lesson-image-too-large = is { $bytes } bytes; an image is at most { $limit } bytes
lesson-image-not-image = is not a PNG or GIF image
lesson-image-pixels = is { $width } × { $height } pixels; an image is at most { $max } pixels wide and high
lesson-shape-layers = hidden layers
lesson-shape-neurons = hidden neurons
lesson-impossible-percent = accuracy is a fraction from 0 to 1, so it is never { $bound } or more. Did you mean { $hint }?
lesson-impossible-accuracy-above = accuracy is a fraction from 0 to 1, so it is never above { $bound }.
lesson-impossible-accuracy-below = accuracy is a fraction from 0 to 1, so it is never below 0.
lesson-impossible-loss = a loss is never below 0, so this goal can never be met.
lesson-impossible-beyond-any-network = no network has a layer { $layer }: layers are numbered from 0, and a network has at most { $last } hidden layers and the output layer (layers 0 to { $last }).
lesson-impossible-layer = layer { $layer } does not exist: the network has { $layers } layers (numbered from 0, the output layer last), and this step locks its shape.
lesson-impossible-weight = layer { $layer } has { $inputs } inputs (rows of W) and { $neurons } neurons (columns), numbered from 0, and this step locks its shape.
lesson-impossible-too-big = no network has that many { $what }: at most { $max }.
lesson-impossible-shape-locked = this step builds a network with { $now } { $what } and locks its shape, so this goal can never be met. Unlock `network` (or `hidden`), or change the step's [step.setup.network].
lesson-impossible-setting-range = { $setting ->
    [hidden] in the window a network has at most { $layers } hidden layers of { $min } to { $max } neurons each, so the learner cannot make these widths.
   *[other] `{ $setting }` goes from { $min } to { $max } in the window, so no value the learner can set meets these bounds.
}
lesson-impossible-setting-locked = this step locks `{ $setting }` at a value that does not meet the goal. Unlock it, or set it up to a value that does.
lesson-impossible-needs-training = this goal needs training, but the step locks Play, Step and Step epoch. Unlock `run` (or one of `play`, `step`, `step_epoch`).
lesson-impossible-nothing-to-watch = there is nothing to watch: `by` must be above 0, and `within_epochs` and `for_epochs` at least 1.
lesson-impossible-met-at-start = this goal is already met when the step opens, so the step would pass before the learner does anything. Ask for something the learner must change; for a step with nothing to do, write goal = "read".

## nnlab lesson run

lesson-actions-json = the actions file is not JSON: line { $line }, column { $column }.
lesson-actions-not-list = the actions file must be a JSON list: [ {"{"}"train": 100{"}"}, … ].
lesson-actions-unknown = action { $index } must be an object with one of: { $names }.
lesson-actions-bad-value = action { $index }: { $name ->
    [set] `set` takes one setting and its value, for example {"{"}"set": {"{"}"learning_rate": 0.1{"}"}{"}"}.
    [train] `train` takes a whole number of epochs up to 100000, for example {"{"}"train": 200{"}"}.
    [compare] `compare` takes a whole number of rounds up to 100000, or "round": {"{"}"compare": 20{"}"} or {"{"}"compare": "round"{"}"}.
    [answer] `answer` takes a choice number or a number: {"{"}"answer": 2{"}"} or {"{"}"answer": 0.25{"}"}.
    [reset] write `reset` as {"{"}"reset": true{"}"}.
    [next] write `next` as {"{"}"next": true{"}"}.
    [perceptron] `perceptron` takes "sample", "epoch" or "run", for example {"{"}"perceptron": "sample"{"}"}.
    [logic] write `logic` as {"{"}"logic": {"{"}"neuron": "C", "threshold": 2{"}"}{"}"} or {"{"}"logic": {"{"}"neuron": "C", "line": "A", "kind": "inhibitory"{"}"}{"}"} (kind: excitatory, inhibitory or none).
    [bias] write `bias` as {"{"}"bias": {"{"}"layer": 0, "neuron": 0, "value": -1.5{"}"}{"}"}.
    [weight] write `weight` as {"{"}"weight": {"{"}"layer": 0, "input": 1, "neuron": 0, "value": 2{"}"}{"}"}.
    [inspect] write `inspect` as {"{"}"inspect": {"{"}"sample": 1, "stage": "update"{"}"}{"}"} (stage: forward, loss, backward, gradients or update).
    [neuron] write `neuron` as {"{"}"neuron": {"{"}"input": "B", "fire_at_ms": 10{"}"}{"}"}, {"{"}"neuron": {"{"}"fire": "A"{"}"}{"}"} or {"{"}"neuron": {"{"}"run_ms": 160{"}"}{"}"} (at most 10000 ms).
   *[other] `{ $name }` cannot take this value (see the lessons README).
}
lesson-actions-unknown-setting = action { $index }: there is no setting "{ $name }". The settings are: { $names }.
lesson-run-refused = action { $index } did nothing: { $reason }
lesson-run-step = step { $step }: { $result }
lesson-run-passed = passed after action { $action }
lesson-run-not-passed = not passed
lesson-refused-locked = this step locks `{ $control }`.
lesson-refused-not-passed = Next moves on only from a reading step or a passed step.
lesson-refused-no-question = this step asks no question.
lesson-refused-no-network = no step has set up the network tab yet.
lesson-refused-no-generator = the network tab shows a file's data, which has no generator.
lesson-refused-training = { $reason }
lesson-refused-unknown-name = the logic lab has no input or neuron "{ $name }".
lesson-refused-unknown-input = the neuron lab has no input "{ $name }".
lesson-refused-inspect = the inspector cannot trace this sample: { $reason }
lesson-refused-complete = the lesson is already complete.
lesson-refused-answer-first = this step asks a question first: answer it, then train, step or walk the inspector to see whether you were right.
lesson-refused-kind = this setting takes { $kind }.
lesson-refused-kind-widths = a list of hidden-layer widths, for example [4, 2]
lesson-refused-kind-features = a list of feature names, for example ["x1", "x2"]
lesson-refused-range = the control goes from { $min } to { $max }.
lesson-refused-name = "{ $name }" is not one of: { $names }.
cli-about-lesson-run = Work through a lesson without a window, with a learner's actions from a JSON file
cli-lesson-run-actions = The learner's actions, a JSON list (see the lessons README)
cli-lesson-run-json = Print {"{"}"ok": true|false, "steps": [{"{"}"step", "passed", "after_action"{"}"}, …]{"}"} as the last line
cli-lesson-run-failed = { $passed } of { $steps } steps passed
cli-lesson-run-actions-file = { $file }: { $error }

## The lesson panel: goals over time, settings, questions, pictures

lesson-goal-then-first = first: { $check }
lesson-goal-then-next = then: { $check }
lesson-goal-then = in this order: { $parts } ({ $done } of { $count } done)
lesson-goal-ever = at some moment: { $check }
lesson-goal-not = not: { $check }
lesson-goal-held = { $check }, for { $epochs ->
    [one] 1 epoch
   *[other] { $epochs } epochs
} in a row (held for { $held })
lesson-goal-diverged = training diverged (the loss or a weight stopped being a finite number)
lesson-goal-rose = { $figure } rose by at least { $by } within { $epochs ->
    [one] 1 epoch
   *[other] { $epochs } epochs
} (the largest rise so far: { $largest })
lesson-goal-has = includes { $feature }
lesson-goal-setting = { $setting } { $condition }{ $now }
lesson-goal-answer-number = a number close enough to the right one
lesson-goal-read = read this step, then press Next
lesson-setting-generator = the dataset
lesson-setting-points = the number of points
lesson-setting-noise = the noise
lesson-setting-classes = the number of classes
lesson-setting-test-ratio = the test ratio
lesson-setting-features = the input features
lesson-setting-hidden = the hidden-layer widths
lesson-setting-activation = the activation function
lesson-setting-optimizer = the optimizer
lesson-setting-learning-rate = the learning rate η
lesson-setting-batch-size = the batch size
lesson-setting-loss = the loss
lesson-setting-l1 = the L1 rate
lesson-setting-l2 = the L2 rate
lesson-setting-seed = the seed
lesson-setting-perceptron-data = the perceptron lab's data
lesson-setting-step-function = the perceptron's step function
lesson-setting-perceptron-learning-rate = the perceptron's η
lesson-setting-compare-data = the comparison lab's data
lesson-setting-compare-learning-rate = logistic regression's η
lesson-setting-neuron-mode = how the neuron lab's inputs fire
lesson-setting-neuron-tau = the neuron's time constant τ
lesson-setting-neuron-threshold = the neuron's threshold θ
lesson-setting-neuron-refractory = the neuron's refractory period t_ref
lesson-setting-neuron-window = the McCulloch–Pitts time window
lesson-setting-neuron-plasticity = Hebb's rule
lesson-setting-neuron-hebb-rate = η of Hebb's rule
lesson-pick-again = Not this one: read why, then pick another answer.
lesson-number-label = Your answer:
lesson-number-hint = e.g. 0.25
lesson-number-hover = Type your answer as a number (0.25 or 0,25)
lesson-number-answer = Answer
lesson-number-answer-hover = Give this number as your answer (Enter does the same)
lesson-number-invalid = This is not a number yet
lesson-number-given = Your answer: { $value }
lesson-number-again = Not close enough yet: work it out again and give another number.
lesson-image-hover = Picture from the lesson file ({ $file })
lesson-read-done = Done
lesson-read-done-hover = You have read the last step: the lesson is complete
lesson-read-next-hover = You have read this step: go on to the next one

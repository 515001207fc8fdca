## en-weights: weight space and loss surfaces — the perceptron lab's weight
## space, the comparison lab's loss surface, the network tab's loss
## landscape, and their command-line options.

## Perceptron lab: the weight space beside the plane

weights-bias = Weight space at b =
weights-bias-hover = The bias b of the slice of weight space shown: every point (w₁, w₂) of the plot is the unit with these weights and this bias. Moving it stops following training.
weights-follow = follow training
weights-follow-hover = Keep the slice at the unit's own bias b as training changes it
weights-sweep = Sweep b
weights-sweep-stop = Stop sweep
weights-sweep-hover = Move b slowly across its whole range and watch the version space grow, shrink or vanish (for XOR it stays empty at every b)
weights-seen-only = only samples seen so far
weights-seen-only-hover = Each sample the perceptron has seen since the reset cuts away the weights that get it wrong, so the clear region shrinks with every sample; untick to cut with every training sample at once
weights-unit = unit for { $class }
weights-unit-hover = One unit per class: which unit's weights to show (its class against the rest)
weights-plot-hover = Weight space at bias b: each sample shades the weights that get it wrong in its colour, its line is w·x = −b; the clear green region (the version space) classifies every sample right. Drag the yellow point w: the boundary in the plane moves with it. The red diamond is the maximum-margin w*.
weights-wrong-side = weights wrong for a sample
weights-sample-line = a sample's line w·x + b = 0
weights-version-space = version space
weights-path = path of w
weights-region = { $samples ->
    [one] Green: the weights that classify the 1 sample right at b = { $bias }.
   *[other] Green: the weights that classify all { $samples } samples right at b = { $bias }.
}
weights-empty-here = { $samples ->
    [one] No weights classify the 1 sample right at b = { $bias }: try another b.
   *[other] No weights classify all { $samples } samples right at b = { $bias }: try another b.
}
weights-none-seen = No sample seen yet: every w is still possible. Each step cuts the region.
weights-empty-every-b = No straight line separates these { $samples } samples: the version space is empty at every b. Sweep b to see it.
weights-w-right = The current (w, b) gets every sample right.
weights-w-wrong = { $wrong ->
    [one] The current (w, b) gets 1 sample wrong.
   *[other] The current (w, b) gets { $wrong } samples wrong.
}
weights-star-here = Red diamond: w*, the maximum-margin weights scaled to this b.
weights-star-elsewhere = w* (maximum margin) has b* = { $bias }: not in this slice.
perceptron-novikoff-edited = You set weights by hand: Novikoff's bound counts updates from w = 0.
perceptron-table-toggle-hover = Show or fold the update table (folded, the plots get its room)

## Comparison lab: logistic regression's loss surface

surface-heading = Loss surface over (w₁, w₂)
surface-plot-hover = Logistic regression's mean cross-entropy L(w₁, w₂) at its current b: dark is low (log scale), lines are contours. Gradient descent walks downhill across them; the perceptron's updates jump from mistake to mistake.
surface-caption = Mean cross-entropy at b = { $bias }: from { $low } (dark) to { $high } (yellow). Paths drawn at their own b, projected onto (w₁, w₂).
surface-contour = contour of L
surface-gd-path = gradient descent
surface-gd-path-hover = Logistic regression from w = 0: each step w ← w − η·∇L goes downhill, across the contours
surface-perceptron-path = perceptron
surface-perceptron-path-hover = The perceptron from w = 0: each update w ← w + η(y − ŷ)x fixes one mistake, whatever the loss surface does

## Network tab: the loss landscape

window-view-boundary = Decision boundary
window-view-boundary-hover = The network's output over the plane of the data
window-view-landscape = Loss landscape
menu-landscape = Loss landscape
menu-landscape-hover = The training loss on a 2-D slice of weight space through the current weights, with the training path on it (computed in the background)
menu-export-landscape = Export loss landscape image…
menu-export-landscape-hover = Save the loss landscape as a PNG image
landscape-directions = directions
landscape-directions-hover = The two directions of the slice: the principal components of the training path (the plane it moved in most), or two random directions scaled to each neuron's weights (Li et al. 2018)
landscape-directions-pca = path's principal components
landscape-directions-random = random (filter-normalized)
landscape-grid = grid
landscape-grid-hover = Points per side of the slice: each point evaluates the loss over every training point
landscape-span = span
landscape-span-hover = α and β run from −span to +span (with principal components, the path spans ±1)
landscape-seed = seed
landscape-seed-hover = Seed of the random directions
landscape-compute = Compute
landscape-compute-hover = Compute the slice through the current weights and checkpoints (in the background; training goes on)
landscape-export = Export PNG…
landscape-export-hover = Save the landscape as a PNG image
landscape-progress = { $done } / { $total } points
landscape-cancel = Cancel
landscape-cancel-hover = Stop computing the landscape
landscape-cancelled = Computing the landscape was cancelled.
landscape-stopped = Computing the landscape stopped unexpectedly.
landscape-plot-hover = Training loss (no L1/L2 penalty) at w + α·d₁ + β·d₂: dark is low, on a log scale; lines are contours. White: the training path (checkpoints projected onto the slice); the cross: the weights the slice goes through; the yellow dot: the network now; the red ring: the checkpoint the replay slider shows.
landscape-contour = contour of the loss
landscape-path = training path
landscape-center = weights of the slice
landscape-now = network now
landscape-replayed = checkpoint replayed
landscape-caption = Slice through the weights of epoch { $epoch } along the { $directions }: train loss { $loss } at the cross, from { $low } to { $high } on the grid.
landscape-stale = The network has moved on since epoch { $epoch }: the yellow dot shows where it is now, projected onto this slice (α = { $alpha }, β = { $beta }). Compute again for a slice through it.
landscape-fallback-no-checkpoints = The session has no checkpoints, so there is no path for principal components: random directions are used instead.
landscape-fallback-flat-path = The checkpoints lie on one line (or are fewer than three), so there is no second principal component: random directions are used instead.
landscape-error-size = The grid needs 2 to 201 points per side, not { $size }.
landscape-error-span = The span must be a number above 0 and at most 1000000, not { $span }.
landscape-error-no-training-points = There are no training points to measure the loss on.

## Command line

cli-about-landscape = The training loss on a 2-D slice of weight space around a session's weights
cli-landscape-session = The saved session whose weights, data and checkpoints to use
cli-landscape-size = Grid points per side
cli-landscape-span = α and β run from −S to +S
cli-landscape-directions = The slice's directions: the checkpoints' principal components (pca) or filter-normalized random directions (random)
cli-landscape-seed = Seed of the random directions
cli-landscape-summary = loss landscape of { $file }: { $size }×{ $size } grid, α and β from −{ $span } to { $span }, directions { $directions }
cli-landscape-center = train loss at the session's weights: { $loss }
cli-landscape-lowest = lowest on the grid: { $loss } at α = { $alpha }, β = { $beta }
cli-landscape-path = training path: { $points } checkpoints projected
cli-perceptron-version-space-bias = With --json: the weights (w1, w2) in [−5, 5]² that classify every training sample right at bias B (key version_space)
cli-perceptron-version-space = version space at b = { $bias }: { $corners } corners, area { $area }
cli-perceptron-version-space-one-unit = --version-space-bias needs one unit: choose its class with --positive
cli-perceptron-bad-bias = --version-space-bias expects a number, got { $value }

"""Checks nnlab's Keras export against real Keras (run by check_keras_export.sh).

For sessions covering every hidden activation, every output head and
several feature sets, it exports the Keras script and checks that
  - the script's printed figures equal nnlab's (`nnlab train --session S
    --epochs 0 --json`) to 1e-6: accuracies (classification), losses (regression);
  - `--predict X,Y` and the script's own predict function agree with
    `nnlab predict --at X,Y --json` within 1e-5 at random points;
  - `--fit 5 --save OUT.json` writes a session that nnlab evaluates to the
    figures the script printed (1e-6);
  - the notebook is valid nbformat 4 and its code cells run.
It also measures how close any data point sits to the decision boundary
(where nnlab's and Keras's last-bit differences could flip a class).

Usage: python check_keras_export.py NNLAB_BINARY WORK_DIR
"""

import contextlib
import io
import json
import os
import random
import runpy
import subprocess
import sys

import keras
import numpy as np

NNLAB, WORK = sys.argv[1], sys.argv[2]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTIVATIONS = ["tanh", "sigmoid", "relu", "leaky_relu", "identity"]
FEATURES = ["x1,x2", "x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2)", "x1^2,x2^2,x1*x2"]
OPTIMIZERS = [["--optimizer", "adam", "--lr", "0.01"], ["--optimizer", "sgd", "--lr", "0.05"],
              ["--optimizer", "momentum", "--lr", "0.01"]]
# Each head: the data options, and an edit of the output activation (None: as trained).
HEADS = {
    "bce": (["--dataset", "moons"], None),
    "ce2": (["--dataset", "moons", "--loss", "ce"], None),
    "ce3": (["--dataset", "spiral", "--classes", "3"], None),
    "mse_sigmoid2": (["--dataset", "circle", "--loss", "mse"], None),
    "mse_sigmoid3": (["--dataset", "blobs", "--classes", "3", "--loss", "mse"], None),
    "mse_tanh2": (["--dataset", "circle", "--loss", "mse"], "tanh"),
    "mse_tanh3": (["--dataset", "blobs", "--classes", "3", "--loss", "mse"], "tanh"),
    "regression": (["--dataset", "gaussians"], None),
}

failures = []
stats = {"sessions": 0, "predictions": 0, "max_probability_diff": [0.0, ""], "max_value_diff": [0.0, ""],
         "points_measured": 0, "min_margin": [float("inf"), ""], "near_boundary": 0, "round_trips": 0}


def worst(key, value, name, larger=True):
    """Keeps the largest (or smallest) figure of `key` and where it was seen."""
    if (value > stats[key][0]) if larger else (value < stats[key][0]):
        stats[key] = [value, name]


def nnlab(*args):
    """Runs nnlab; returns the JSON of its last stdout line."""
    out = subprocess.run([NNLAB, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_script(path, *args):
    """Runs the exported script as `python path args` would (in this process,
    to pay for importing Keras once); returns the JSON of its last line."""
    saved = sys.argv
    sys.argv = [path, *args]
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            runpy.run_path(path, run_name="__main__")
    finally:
        sys.argv = saved
    return json.loads(buffer.getvalue().strip().splitlines()[-1])


def run_script_process(path, *args):
    """Runs the exported script as its own Python process."""
    out = subprocess.run([sys.executable, path, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def check(condition, what):
    if not condition:
        failures.append(what)
        print("  FAIL:", what)


def same_figures(script, nnlab_json, keys, name):
    for key in keys:
        a, b = script.get(key), nnlab_json.get(key)
        ok = (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-6)
        check(ok, f"{name}: {key} script {a} vs nnlab {b}")


def compare_predictions(name, ours, theirs):
    if "value" in theirs:
        diff = abs(ours["value"] - theirs["value"])
        worst("max_value_diff", diff, name)
    else:
        check(len(ours["probabilities"]) == len(theirs["probabilities"]), f"{name}: one probability per class")
        diff = max(abs(a - b) for a, b in zip(ours["probabilities"], theirs["probabilities"]))
        check(ours["class"] == theirs["class"], f"{name}: class {ours} vs nnlab {theirs}")
        worst("max_probability_diff", diff, name)
    stats["predictions"] += 1
    check(diff <= 1e-5, f"{name}: prediction {ours} vs nnlab {theirs}")


def load_module(path):
    """The script's functions, without running its main()."""
    return runpy.run_path(path, run_name="exported")


def boundary_margins(path, classification, name):
    """How close the data points sit to the decision boundary in the script's outputs."""
    if not classification:
        return
    m = load_module(path)
    raw, labels, test = m["load_data"]()
    model = m["build_model"]()
    m["set_trained_weights"](model)
    outputs = model.predict(m["input_features"](raw), batch_size=4096, verbose=0)
    if outputs.shape[1] == 1:
        tanh = "at least 0.0" in m["predicted_classes"].__doc__
        margin = np.abs(outputs[:, 0] - (0.0 if tanh else 0.5))
    else:
        top = np.sort(outputs, axis=1)
        margin = top[:, -1] - top[:, -2]
    worst("min_margin", float(margin.min()), name, larger=False)
    stats["points_measured"] += len(margin)
    close = int(np.sum(margin < 1e-5))
    stats["near_boundary"] += close
    if close:
        print(f"  {close} point(s) within 1e-5 of the boundary (smallest margin {margin.min():.3g})")


def check_session(name, session_path, random_points=10, as_processes=False):
    """Exports one session and checks everything against nnlab."""
    stats["sessions"] += 1
    script = os.path.join(WORK, name + ".py")
    subprocess.run([NNLAB, "export", "keras", "--session", session_path, "--out", script],
                   check=True, capture_output=True)
    run = run_script_process if as_processes else run_script
    with open(session_path) as f:
        session = json.load(f)
    classification = session["dataset"]["task"]["kind"] == "classification"
    keys = ["train_accuracy", "test_accuracy"] if classification else ["train_loss", "test_loss"]
    theirs = nnlab("train", "--session", session_path, "--epochs", "0", "--json")
    ours = run(script)
    same_figures(ours, theirs, keys, name)
    boundary_margins(script, classification, name)

    xs = np.array([p["x"] for p in session["dataset"]["points"]])
    lo, hi = xs.min(axis=0), xs.max(axis=0)
    rng = random.Random(7)
    module = load_module(script)
    model = module["build_model"]()
    module["set_trained_weights"](model)
    for i in range(random_points):
        x = [float(lo[d] - 0.2 * (hi[d] - lo[d]) + rng.random() * 1.4 * (hi[d] - lo[d])) for d in range(2)]
        at = f"{x[0]!r},{x[1]!r}"
        reference = nnlab("predict", "--session", session_path, "--at", at, "--json")
        # The script's --predict for the first few, its function for the rest.
        mine = run(script, "--predict", at) if i < 2 else module["predict_point"](model, x[0], x[1])
        compare_predictions(name, mine, reference)

    out = os.path.join(WORK, name + "-keras.json")
    after = run(script, "--fit", "5", "--save", out)
    reopened = nnlab("train", "--session", out, "--epochs", "0", "--json")
    same_figures(after, reopened, keys, name + " after --fit 5")
    check(reopened["epochs"] == session["progress"]["epoch"] + 5, f"{name}: epochs after --fit")
    with open(out) as f:
        continued = json.load(f)["progress"].get("continued_in", [])
    check(len(continued) == 1 and continued[0]["epochs"] == 5, f"{name}: history marked as continued in Keras")
    stats["round_trips"] += 1
    # The session Keras wrote exports again; how close its points sit to the boundary.
    again = os.path.join(WORK, name + "-keras.py")
    subprocess.run([NNLAB, "export", "keras", "--session", out, "--out", again], check=True, capture_output=True)
    boundary_margins(again, classification, name + " after --fit 5")
    return ours, after


def check_notebook(name, session_path):
    import matplotlib
    import nbformat

    matplotlib.use("Agg")
    path = os.path.join(WORK, name + ".ipynb")
    subprocess.run([NNLAB, "export", "notebook", "--session", session_path, "--out", path],
                   check=True, capture_output=True)
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    namespace = {}
    cwd = os.getcwd()
    os.chdir(WORK)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            for cell in notebook.cells:
                if cell.cell_type == "code":
                    exec(compile(cell.source, name, "exec"), namespace)
    finally:
        os.chdir(cwd)
    check("regions" in namespace or "surface" in namespace, f"{name}: the boundary cell ran")


def train(name, *options):
    path = os.path.join(WORK, name + ".json")
    nnlab("train", *options, "--save", path, "--json")
    return path


def edit(path, change):
    with open(path) as f:
        session = json.load(f)
    change(session)
    with open(path, "w") as f:
        json.dump(session, f)


def main():
    os.makedirs(WORK, exist_ok=True)
    print(f"Keras {keras.__version__}, backend {keras.backend.backend()}, NumPy {np.__version__}")

    # The sessions the issue names, each script run as its own process.
    named = {
        "spiral_default": train("spiral_default", "--points", "400", "--epochs", "300"),
        "iris_standardized": train("iris_standardized", "--data", os.path.join(REPO, "assets", "iris.csv"),
                                   "--x", "petal_length", "--y", "petal_width", "--label", "species",
                                   "--standardize", "--optimizer", "adam", "--lr", "0.01", "--epochs", "100"),
        "regression_plane": train("regression_plane", "--dataset", "plane", "--points", "300", "--epochs", "50"),
        "extra_features": train("extra_features", "--dataset", "circle", "--points", "300", "--features",
                                FEATURES[1], "--hidden", "6", "--l1", "0.001", "--l2", "0.01", "--epochs", "50"),
    }
    for name, path in named.items():
        print(name)
        ours, after = check_session(name, path, random_points=6, as_processes=True)
        print("  script:", ours, " after --fit 5:", after)
        check_notebook(name, path)

    # Every activation with every head, features and optimizers varied.
    k = 0
    for head, (data, output) in HEADS.items():
        for activation in ACTIVATIONS:
            name = f"{head}_{activation}"
            options = [*data, "--points", "240", "--activation", activation, "--hidden", "6,5",
                       "--features", FEATURES[k % 3], *OPTIMIZERS[k % 3], "--epochs", "40", "--seed", str(k)]
            if k % 2:
                options.append("--standardize")
            if k % 4 == 3:
                options += ["--l1", "0.0005", "--l2", "0.002"]
            try:
                path = train(name, *options)
            except subprocess.CalledProcessError:
                # Diverged (raw squared features reach 36): standardized inputs.
                path = train(name, *[o for o in options if o != "--standardize"], "--standardize")
            if output:
                edit(path, lambda s: (s["config"].update(output=output),
                                      s["network"]["head"].update(output=output)))
            print(name)
            check_session(name, path)
            k += 1

    # Mixed layers, masks (a frozen connection, a switched-off neuron), no hidden layer.
    path = train("mixed_masks", "--dataset", "spiral", "--points", "240", "--hidden", "8,8", "--epochs", "40")

    def mix(s):
        s["config"]["hidden"][1]["activation"] = "relu"
        s["network"]["layers"][1]["activation"] = "relu"
        s["masks"] = {"frozen": [{"layer": 0, "input": 1, "neuron": 2, "value": 0.75}],
                      "off": [{"layer": 1, "neuron": 3, "saved": s["network"]["layers"][2]["weights"][3]}]}
    edit(path, mix)
    print("mixed_masks")
    check_session("mixed_masks", path)
    print("logistic_regression")
    check_session("logistic_regression", train("logistic_regression", "--dataset", "blobs", "--points", "200",
                                               "--hidden", "none", "--epochs", "30"))

    # More points than the script embeds: the data goes to a CSV file beside it.
    big = train("big_circle", "--dataset", "circle", "--points", "120000", "--epochs", "1", "--batch", "64")
    print("big_circle")
    check_session("big_circle", big, random_points=4)
    check(os.path.exists(os.path.join(WORK, "big_circle.csv")), "big_circle: CSV beside the script")
    check_notebook("big_circle", big)

    # Step and sign layers are refused with one line naming the layer.
    step = train("step", "--dataset", "moons", "--points", "100", "--hidden", "4,4", "--epochs", "0")
    edit(step, lambda s: (s["config"]["hidden"][1].update(activation="sign"),
                          s["network"]["layers"][1].update(activation="sign")))
    refused = subprocess.run([NNLAB, "export", "keras", "--session", step, "--out", os.path.join(WORK, "x.py")],
                             capture_output=True, text=True)
    check(refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
          and "hidden layer 2" in refused.stderr, f"step refused: {refused.stderr!r}")

    print()
    print(json.dumps(stats))
    if failures:
        print(f"{len(failures)} failed:")
        for f in failures:
            print(" ", f)
        sys.exit(1)
    print(f"all checks passed: {stats['sessions']} sessions, {stats['predictions']} predictions, "
          f"{stats['round_trips']} --fit round trips; no data point within 1e-5 of a boundary"
          if not stats["near_boundary"] else "all checks passed, but some points sit within 1e-5 of a boundary")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Checks nnlab's Keras export with real Keras: makes a Python virtual
# environment (outside the repository) with Keras and the JAX CPU backend,
# builds nnlab, and runs tools/check_keras_export.py, which exports sessions
# covering every activation, head and feature set and compares the scripts'
# figures, predictions and --fit round trips with nnlab's own.
#
#   tools/check_keras_export.sh            # venv in ~/.venvs/keras
#   KERAS_VENV=/some/dir tools/check_keras_export.sh
#
# Not part of `cargo test`, which stays free of Python.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${KERAS_VENV:-$HOME/.venvs/keras}"
work="$(mktemp -d "${TMPDIR:-/tmp}/nnlab-keras.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export KERAS_BACKEND=jax
# JAX on CPU only, quietly.
export JAX_PLATFORMS=cpu TF_CPP_MIN_LOG_LEVEL=3

if ! "$venv/bin/python" -c "import keras, jax, nbformat, matplotlib" 2>/dev/null; then
    echo "making the Python environment in $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet keras "jax[cpu]" nbformat matplotlib
fi

(cd "$repo" && cargo build --quiet)
"$venv/bin/python" "$repo/tools/check_keras_export.py" "$repo/target/debug/nnlab" "$work"

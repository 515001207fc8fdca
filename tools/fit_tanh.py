"""Fits the rational tanh of src/nn/fastmath.rs (TANH_P, TANH_Q).

tanh x ~ x*P(x^2)/Q(x^2) on 0 < x <= 9.02, P of degree M and Q of degree N
in s = x^2 with Q(0) = 1, for the smallest worst-case relative error.

Lawson's iteration: solve the linearized weighted least-squares problem
  minimize sum_i w_i * ((x_i P(s_i) - t_i Q(s_i)) / (t_i Q_prev(s_i)))^2
(dividing by the previous Q makes the residual the relative error of the
ratio), then multiply each weight by that point's error, so the worst
points weigh more, and repeat. Needs mpmath; takes about a minute.

    python3 tools/fit_tanh.py 5 3
"""
import sys

import mpmath as mp

mp.mp.dps = 30
M, N = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (5, 3)
LIMIT = mp.mpf("9.02")
POINTS = 1500
ITERATIONS = 60

# Chebyshev-spaced points: denser at both ends, where the error peaks.
xs = [LIMIT * (1 - mp.cos(mp.pi * (i + 0.5) / POINTS)) / 2 for i in range(POINTS)]
ts = [mp.tanh(x) for x in xs]


def ratio(c, x):
    """x P(x^2) / Q(x^2) and Q(x^2) for coefficients c = p0..pM, q1..qN."""
    s = x * x
    p = mp.mpf(0)
    for k in range(M, -1, -1):
        p = p * s + c[k]
    q = mp.mpf(0)
    for k in range(N, 0, -1):
        q = (q + c[M + k]) * s
    q += 1
    return x * p / q, q


weights = [mp.mpf(1)] * POINTS
q_prev = [mp.mpf(1)] * POINTS
best = None
for _ in range(ITERATIONS):
    a = mp.matrix(POINTS, M + 1 + N)
    b = mp.matrix(POINTS, 1)
    for i, (x, t) in enumerate(zip(xs, ts)):
        scale = mp.sqrt(weights[i]) / (t * q_prev[i])
        s = x * x
        for k in range(M + 1):
            a[i, k] = x * s**k * scale
        for k in range(1, N + 1):
            a[i, M + k] = -t * s**k * scale
        b[i] = t * scale
    c = mp.qr_solve(a, b)[0]
    errors = []
    for i, (x, t) in enumerate(zip(xs, ts)):
        r, q_prev[i] = ratio(c, x)
        errors.append(r / t - 1)
    worst = max(abs(e) for e in errors)
    if best is None or worst < best[0]:
        best = (worst, [c[k] for k in range(M + 1 + N)])
    weights = [w * abs(e) for w, e in zip(weights, errors)]
    total = sum(weights)
    weights = [w / total * POINTS for w in weights]

print(f"P degree {M}, Q degree {N}: worst relative error {mp.nstr(best[0], 3)}")
print("TANH_P =", [mp.nstr(v, 9) for v in best[1][: M + 1]])
print("TANH_Q =", [mp.nstr(v, 9) for v in best[1][M + 1 :]])

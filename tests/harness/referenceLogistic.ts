/**
 * A plain-JavaScript logistic regression, written the textbook way (arrays of arrays, batch
 * gradient ascent on the penalised log-likelihood), to check and time core's Newton fit against.
 * Slow and simple on purpose.
 *
 * @example
 * referenceLogistic([[0.1], [2.3]], [0, 1], 1) //=> [intercept, coefficient]
 */
export function referenceLogistic(x: readonly (readonly number[])[], y: readonly number[], l2: number, iterations = 20_000, step = 0.5): number[] {
  const p = x[0]?.length ?? 0;
  const beta = new Array<number>(p + 1).fill(0);
  const n = x.length;
  for (let it = 0; it < iterations; it += 1) {
    const gradient = new Array<number>(p + 1).fill(0);
    for (let r = 0; r < n; r += 1) {
      let eta = beta[0];
      for (let c = 0; c < p; c += 1) eta += beta[c + 1] * x[r][c];
      const residual = y[r] - 1 / (1 + Math.exp(-eta));
      gradient[0] += residual;
      for (let c = 0; c < p; c += 1) gradient[c + 1] += residual * x[r][c];
    }
    for (let c = 1; c <= p; c += 1) gradient[c] -= l2 * beta[c];
    for (let c = 0; c <= p; c += 1) beta[c] += (step * gradient[c]) / n;
  }
  return beta;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and square). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r += 1) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k += 1) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) x[r] = (m[r][n] - m.slice(r + 1).reduce((s, _, k) => s + m[r][r + 1 + k] * x[r + 1 + k], 0)) / m[r][r];
  return x;
}

/**
 * The same penalised likelihood as {@link referenceLogistic} (intercept unpenalised, `l2` on the
 * others: scikit-learn's LogisticRegression with C = 1 / l2) solved to its optimum by Newton's
 * method, as lbfgs gets there, for designs whose raw columns (a budget in dollars) make gradient
 * steps crawl. Each column is scaled to unit spread inside, its penalty scaled to match, so the
 * optimum is the unscaled one.
 *
 * @example
 * newtonLogistic([[0.1], [2.3], [1.2]], [0, 1, 0], 1) //=> [intercept, coefficient]
 */
export function newtonLogistic(x: readonly (readonly number[])[], y: readonly number[], l2: number): number[] {
  const p = x[0]?.length ?? 0;
  const spread = Array.from({ length: p }, (_, c) => Math.max(1e-12, Math.sqrt(x.reduce((s, r) => s + r[c] * r[c], 0) / x.length)));
  const z = x.map((r) => [1, ...r.map((v, c) => v / spread[c])]);
  const penalty = [0, ...spread.map((s) => l2 / (s * s))];
  let beta = new Array<number>(p + 1).fill(0);
  for (let it = 0; it < 100; it += 1) {
    const gradient = beta.map((b, j) => -penalty[j] * b);
    const hessian = beta.map((_, i) => beta.map((__, j) => (i === j ? penalty[i] : 0)));
    for (const [r, row] of z.entries()) {
      const prob = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * beta[j], 0)));
      const w = prob * (1 - prob);
      const residual = y[r] - prob;
      for (let i = 0; i <= p; i += 1) {
        gradient[i] += residual * row[i];
        for (let j = 0; j <= p; j += 1) hessian[i][j] += w * row[i] * row[j];
      }
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return [beta[0], ...beta.slice(1).map((b, c) => b / spread[c])];
}

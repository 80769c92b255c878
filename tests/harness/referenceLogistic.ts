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

/**
 * Solves A·v = b for a symmetric positive definite A (Cholesky), A n×n and row-major: the Newton
 * and Gauss–Newton steps of the fits (LEADMODEL's logistic regression, BASELINE's estimated start).
 *
 * @example
 * solveSpd(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1), 2) //=> [0.5, 0]
 */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k += 1) sum -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / l[j * n + j];
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let sum = b[i];
    for (let k = 0; k < i; k += 1) sum -= l[i * n + k] * y[k];
    y[i] = sum / l[i * n + i];
  }
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i];
    for (let k = i + 1; k < n; k += 1) sum -= l[k * n + i] * v[k];
    v[i] = sum / l[i * n + i];
  }
  return v;
}

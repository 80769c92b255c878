/** Numerical methods the function families share. */
export { nelderMead } from './nelderMead';
export { levenbergMarquardt, type LeastSquaresOptions } from './levenbergMarquardt';
export { solveSpd } from './solveSpd';

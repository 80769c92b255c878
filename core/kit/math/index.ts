/** Numerical methods the function families share. */
export { nelderMead } from './nelderMead';
export { levenbergMarquardt, LeastSquaresOptions } from './levenbergMarquardt';
export { solveSpd } from './solveSpd';

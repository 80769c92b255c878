/** Numerical methods the function families share. */
export { nelderMead } from './nelderMead';

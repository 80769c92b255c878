import { invokeFunction } from '../catalogue/invoke';
import { CASCADE } from './targetFunctions';

// No sheet holds an empty range, but a host may pass an empty array: the answer is an error, never an empty spill.
describe('CASCADE given no drivers at all', () => {
  it('is #VALUE! saying a driver per child is needed', () => {
    expect(invokeFunction(CASCADE, [-0, []])).toMatchObject({ kind: 'VALUE', message: 'drivers holds no cells: give one driver per child' });
  });
});

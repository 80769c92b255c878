import { labelMatcher } from './labels';

describe('matching outcome labels', () => {
  it('matches without regard to case or surrounding spaces', () => {
    const which = labelMatcher(['Won', 'Lost']);
    expect([which(' WON'), which('lost '), which('Open'), which(5), which(null)]).toEqual([0, 1, -1, -1, -1]);
  });

  it('gives the same answer for a text seen before', () => {
    const which = labelMatcher(['Closed Won']);
    expect(which('closed won')).toBe(0);
    expect(which('closed won')).toBe(0);
  });
});

import { namedLines } from './namedLines';

describe('lines typed a line each', () => {
  it('reads a name before the first colon and trimmed parts after it, skipping blank lines', () => {
    expect(namedLines(' Kelly : Central , 40 \r\n\n Ben: * \nDora')).toEqual([
      { name: 'Kelly', parts: ['Central', '40'] },
      { name: 'Ben', parts: ['*'] },
      { name: 'Dora', parts: [] },
    ]);
  });

  it('keeps a colon after the first in the parts, as in a time of day', () => {
    expect(namedLines('Call: 09:30, daily')).toEqual([{ name: 'Call', parts: ['09:30', 'daily'] }]);
  });
});

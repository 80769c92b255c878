import { decimalOf, percentOf, wholeAmount } from './numbers';
import { setUiLanguage } from './i18n';
import '../core/kit/i18n/catalogues';

describe('numbers in the pane', () => {
  afterEach(() => setUiLanguage('en'));

  it("are written as the pane's language writes them", () => {
    expect([wholeAmount(1_100_000.4), percentOf(0.125), decimalOf(0.73125, 3)]).toEqual(['1,100,000', '12.5%', '0.731']);
    setUiLanguage('vi');
    expect([wholeAmount(1_100_000.4), percentOf(0.125), decimalOf(0.73125, 3)]).toEqual(['1.100.000', '12,5%', '0,731']);
  });

  it('show … for what is not a number yet (a box emptied while typing)', () => {
    expect([wholeAmount(Number.NaN), percentOf(Number.POSITIVE_INFINITY), decimalOf(Number.NaN, 2)]).toEqual(['…', '…', '…']);
  });
});

import { toHostFormula } from './formulaSyntax';

describe("writing a formula in the host's syntax", () => {
  it('prefixes catalogue functions for Excel', () => {
    expect(toHostFormula('=WINRATE(F2:F201)', 'SALES.')).toBe('=SALES.WINRATE(F2:F201)');
  });

  it('leaves built-in functions and quoted text alone', () => {
    expect(toHostFormula('=ATTAINMENT(SUMIFS(G2:G9, F2:F9, "WINRATE(x)"), 100)', 'SALES.')).toBe('=SALES.ATTAINMENT(SUMIFS(G2:G9, F2:F9, "WINRATE(x)"), 100)');
  });

  it('changes nothing where the host needs no prefix', () => {
    expect(toHostFormula('=WINRATE(30, 70)', '')).toBe('=WINRATE(30, 70)');
  });

  it('does not prefix twice', () => {
    expect(toHostFormula('=SALES.WINRATE(A1:A9)', 'SALES.')).toBe('=SALES.WINRATE(A1:A9)');
  });
});

import { computeSalesPlan, defaultAnswers, SalesPlanNumbers } from '.';

const children = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 9000), lock: null }));

describe("the sales plan's warnings", () => {
  it('say when the rounding unit is larger than most children’s share, so most targets round to 0', () => {
    const numbers = computeSalesPlan({ ...defaultAnswers(2027), children: children(5000) }) as SalesPlanNumbers;
    const zeros = numbers.annual.filter((a) => a === 0).length;
    expect(zeros).toBeGreaterThan(2500);
    expect(numbers.warnings).toContain(
      `${zeros} of 5000 targets round to 0: each gets 244 on average, less than the rounding unit of 1,000. Round to a smaller unit.`,
    );
  });

  it('stay quiet about rounding when the unit fits the children’s shares', () => {
    const numbers = computeSalesPlan({ ...defaultAnswers(2027), children: children(5000), roundTo: 1 }) as SalesPlanNumbers;
    expect(numbers.warnings.some((w) => w.includes('round to 0'))).toBe(false);
    expect((computeSalesPlan(defaultAnswers(2027)) as SalesPlanNumbers).warnings.some((w) => w.includes('round to 0'))).toBe(false);
  });
});

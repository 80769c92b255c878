/**
 * @jest-environment jsdom
 */
import { isoFromSerial, linesBox, serialFromIso } from './form';
import { typedOffers, typedProducts } from './priceOffers/priceOffersModel';
import { typedReps } from './incentivePlan/incentivePlanModel';
import { parseSubLevel } from './salesPlan/salesPlanModel';

describe('a date box', () => {
  it('shows a spreadsheet date serial as its day and reads the day back as the same serial', () => {
    expect(isoFromSerial(45322)).toBe('2024-01-31');
    expect(serialFromIso('2024-01-31')).toBe(45322);
    expect(isoFromSerial(61)).toBe('1900-03-01');
    for (const serial of [1, 42736, 46349, 60000]) expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
  });

  it('reads an empty box as no date', () => {
    expect(serialFromIso('')).toBeNaN();
    expect(isoFromSerial(Number.NaN)).toBe('');
  });
});

describe('a box of typed lines', () => {
  it('reads as the manager types, by default, and shows its example greyed while empty', () => {
    const read: string[] = [];
    const box = linesBox('Products', '', (typed) => read.push(typed), { example: 'Chairs: 120, 400, 70' });
    expect(box.placeholder).toBe('Chairs: 120, 400, 70');
    expect(box.getAttribute('aria-label')).toBe('Products');
    box.value = 'Desks: 300';
    box.dispatchEvent(new Event('input'));
    expect(read).toEqual(['Desks: 300']);
  });

  it("reads only when the manager leaves it with readOn 'change', so a half-typed line is not refused", () => {
    const read: string[] = [];
    const box = linesBox('Reps', 'Ana: 1', (typed) => read.push(typed), { readOn: 'change', rows: 6 });
    expect([box.value, box.rows]).toEqual(['Ana: 1', 6]);
    box.value = 'Ana: 12';
    box.dispatchEvent(new Event('input'));
    expect(read).toEqual([]);
    box.dispatchEvent(new Event('change'));
    expect(read).toEqual(['Ana: 12']);
  });

  it('shows examples that its own reader takes as they are', () => {
    expect(typedProducts('Chairs: 120, 400, 70', [])).toMatchObject([{ name: 'Chairs', price: 120, units: 400, unitCost: 70 }]);
    expect(typedOffers('Spring offer: Chairs, 15%, 30%')).toMatchObject([{ name: 'Spring offer', product: 'Chairs', discount: 0.15, share: 0.3 }]);
    expect(typedReps('Ana: 1200000, 60000, 40000, Account executive')).toMatchObject([{ name: 'Ana', quota: 1_200_000, role: 'Account executive' }]);
    expect(parseSubLevel('North: Chairs, 3')).toMatchObject([{ parent: 'North', name: 'Chairs', driver: 3 }]);
  });
});

/**
 * The sales plan's second level (each rep's products, say): every item's target equals core's split
 * of its child's target (CASCADE's rule: drivers, locks, largest remainder to the unit), each group
 * adds up exactly to its child, and both stay so after an item's driver or lock, a child's driver or
 * the growth is edited on the sheet.
 */
import {
  SUB_COLUMNS as C,
  SalesPlanAnswers,
  SalesPlanNumbers,
  buildSalesPlan,
  computeSalesPlan,
  subLevelOrder,
  subLevelTargets,
  SALES_PLAN_LAYOUT as L,
} from '../../core/plans/salesPlan';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_PLAN_ANSWERS } from '../harness/salesPlanNumbers';
import { Edit, livenessMismatches, loadPlanSheet } from '../harness/liveness';

const answers: SalesPlanAnswers = {
  ...SAMPLE_PLAN_ANSWERS,
  subLevel: {
    label: 'Product',
    items: [
      { parent: 'Ana Souza', name: 'Chairs', driver: 3, lock: null },
      { parent: 'Chen Wei', name: 'Desks', driver: 1, lock: null },
      { parent: ' ana souza ', name: 'Phones', driver: 2, lock: 100_000 },
      { parent: 'Ana Souza', name: 'Paper', driver: 1, lock: null },
      { parent: 'Chen Wei', name: 'Binders', driver: 0, lock: null },
      { parent: 'Bea Lin', name: 'Everything', driver: 1, lock: null },
    ],
  },
};

/** Where each item's target sits: the second level's first row, items grouped under their children. */
function itemCells(a: SalesPlanAnswers): Map<number, string> {
  const sheet = buildSalesPlan(a).sheets[0];
  const first = sheet.cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === a.subLevel!.label) + 1;
  return new Map(subLevelOrder(a).map((o, k) => [o.index, a1(first + k, C.target)]));
}

function expected(a: SalesPlanAnswers): Record<string, number> {
  const numbers = computeSalesPlan(a) as SalesPlanNumbers;
  const targets = subLevelTargets(a, numbers.annual);
  if (!Array.isArray(targets)) throw new Error('core cannot split the second level');
  const cells = itemCells(a);
  return Object.fromEntries(targets.map((target, i) => [cells.get(i)!, target]));
}

describe("the sales plan's second level", () => {
  it('splits each child’s target among its items as CASCADE does, each group adding up to its child exactly', () => {
    const numbers = computeSalesPlan(answers) as SalesPlanNumbers;
    const targets = subLevelTargets(answers, numbers.annual) as number[];
    const ana = [0, 2, 3].reduce((sum, i) => sum + targets[i], 0);
    expect(ana).toBe(numbers.annual[0]);
    expect(targets[2]).toBe(100_000);
    expect(targets[4]).toBe(0);
    expect(targets[5]).toBe(numbers.annual[2]);
    expect(livenessMismatches({ build: buildSalesPlan, expected }, answers)).toEqual([]);
    const sheet = loadPlanSheet(buildSalesPlan(answers));
    expect(sheet.value(a1(L.checks, 0))).toMatch(/^✓/);
  });

  it("follows an item's driver or lock, a child's driver and the growth edited on the sheet", () => {
    const cells = itemCells(answers);
    const row = (i: number) => Number(cells.get(i)!.replace(/^[A-Z]+/, '')) - 1;
    const withItem = (a: SalesPlanAnswers, i: number, change: object) => ({
      ...a,
      subLevel: { ...a.subLevel!, items: a.subLevel!.items.map((item, j) => (j === i ? { ...item, ...change } : item)) },
    });
    const edits: Edit<SalesPlanAnswers>[] = [
      { what: "an item's driver", cell: a1(row(0), C.driver), value: 7, answers: (a) => withItem(a, 0, { driver: 7 }) },
      { what: "an item's lock cleared", cell: a1(row(2), C.lock), value: null, answers: (a) => withItem(a, 2, { lock: null }) },
      { what: "an item's lock", cell: a1(row(0), C.lock), value: 50_000, answers: (a) => withItem(a, 0, { lock: 50_000 }) },
      {
        what: "a child's driver",
        cell: a1(L.firstChild, 1),
        value: 900_000,
        answers: (a) => ({ ...a, children: a.children.map((c, i) => (i === 0 ? { ...c, driver: 900_000 } : c)) }),
      },
      { what: 'the growth', cell: a1(L.growth, 1), value: 0.3, answers: (a) => ({ ...a, growth: 0.3 }) },
    ];
    expect(livenessMismatches({ build: buildSalesPlan, expected }, answers, edits)).toEqual([]);
  });

  it('says in words which child’s items do not add up, when their locks are above its target', () => {
    const sheet = loadPlanSheet(buildSalesPlan(answers));
    const cells = itemCells(answers);
    sheet.set(a1(Number(cells.get(2)!.replace(/^[A-Z]+/, '')) - 1, C.lock), 9_000_000);
    expect(sheet.value(a1(L.checks, 0))).toBe('⚠ The second level under Ana Souza does not add up to its target: lower a lock there.');
  });
});

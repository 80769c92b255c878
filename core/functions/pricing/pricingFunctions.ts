import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';
import { chooseOption } from '../kpi/guards';
import { PRICE_RULES, breakEvenVolume, priceElasticity, priceImpact } from './pricing';

export const BREAKEVENVOL = defineFunction({
  name: 'BREAKEVENVOL',
  title: 'Break-even volume change',
  summary: 'The change in units that keeps gross profit equal after a price change: −Δp / (margin + Δp).',
  description:
    'price_change is the change as a fraction (−10% for a cut), margin the contribution margin as a share of the current price. ' +
    'A cut of 10% at a 40% margin needs 33.3% more units to earn the same; a rise of 10% may lose 20% of its units. A cut the margin ' +
    'cannot absorb (margin + price_change ≤ 0) is #NUM!: no volume recovers it.',
  category: 'Pricing',
  params: [
    { name: 'price_change', kind: 'number', description: 'The price change, a fraction (−10% is a cut).' },
    { name: 'margin', kind: 'number', description: 'The contribution margin, a share of the current price.' },
  ],
  returns: { description: 'The change in units that keeps gross profit equal, a fraction.', format: 'percent' },
  errors: [{ kind: 'NUM', when: 'margin + price_change is 0 or less, the price falls by 100% or more, or the margin is above 100%' }],
  examples: [
    { formula: '=BREAKEVENVOL(-10%, 40%)', note: 'A 10% cut at a 40% margin needs a third more units.' },
    { formula: '=BREAKEVENVOL(5%, 30%)', note: 'A 5% rise may lose 14.3% of its units and earn the same.' },
  ],
  run: (priceChange, margin) => breakEvenVolume(priceChange, margin),
});

export const PRICEIMPACT = defineFunction({
  name: 'PRICEIMPACT',
  title: 'Price change impact',
  summary: 'What a price change does: new units, revenue, profit and the change in profit.',
  description:
    'Spills one row: new units, new revenue, new profit and the change in profit. "linear" (the default): units × (1 + elasticity × ' +
    'price_change); "constant": units × (1 + price_change)^elasticity (a constant elasticity). The new price is price × (1 + ' +
    'price_change); profit is (price − unit_cost) × units. Units never fall below 0.',
  category: 'Pricing',
  params: [
    { name: 'price', kind: 'number', description: 'The current price.' },
    { name: 'units', kind: 'number', description: 'Units sold at that price.' },
    { name: 'unit_cost', kind: 'number', description: 'The cost of a unit.' },
    { name: 'price_change', kind: 'number', description: 'The price change, a fraction (−10% is a cut).' },
    { name: 'elasticity', kind: 'number', description: 'The price elasticity of demand (−2: units fall 2% for each 1% of price).' },
    { name: 'rule', kind: 'text', optional: true, defaultText: '"linear"', description: '"linear" or "constant".' },
  ],
  returns: {
    description: 'New units, new revenue, new profit, change in profit.',
    format: 'money',
    shape: 'table',
    columnFormats: ['number', 'money', 'money', 'money'],
    maxSize: () => ({ rows: 1, columns: 4 }),
  },
  errors: [
    { kind: 'NUM', when: 'the price is 0 or less, units or unit cost are negative, or the price falls by 100% or more' },
    { kind: 'VALUE', when: 'rule is neither "linear" nor "constant"' },
  ],
  examples: [
    { formula: '=PRICEIMPACT(100, 1000, 60, -10%, -2)', note: '1,200 units, 108,000 of revenue, 36,000 of profit: 4,000 less.' },
    { formula: '=PRICEIMPACT(100, 1000, 60, 5%, -1.5, "constant")', note: 'A 5% rise with a constant elasticity of −1.5.' },
  ],
  run(price, units, unitCost, priceChange, elasticity, rule) {
    const how = chooseOption(rule, PRICE_RULES, 'rule');
    if (isSheetError(how)) return how;
    const impact = priceImpact(price, units, unitCost, priceChange, elasticity, how);
    return isSheetError(impact) ? impact : [[impact.units, impact.revenue, impact.profit, impact.profitChange]];
  },
});

export const ELASTICITY = defineFunction({
  name: 'ELASTICITY',
  title: 'Price elasticity',
  summary: 'The price elasticity of demand from a history of prices and units: the slope of ln(units) on ln(price).',
  description:
    'Least squares over the rows where both the price and the units are numbers above 0 (blank, zero and negative rows are left out). ' +
    'At least 3 such rows, with prices that vary. −1.5 means units fall 1.5% for each 1% the price rises.',
  category: 'Pricing',
  params: [
    { name: 'prices', kind: 'range', description: 'The prices charged, a period or a market a row.' },
    { name: 'units', kind: 'range', description: 'The units sold at each, the same size.' },
  ],
  returns: { description: 'The elasticity (usually negative).', format: 'number' },
  errors: [{ kind: 'VALUE', when: 'the ranges differ in size, hold text, have fewer than 3 rows above 0, or the prices do not vary' }],
  examples: [
    { formula: '=ELASTICITY({10;12;14;16}, {1000;800;680;600})', note: 'About −1.1: units fall a little faster than the price rises.' },
    { formula: '=ELASTICITY({10;10;10}, {100;90;80})', note: 'The price never changed: #VALUE!.' },
  ],
  run(prices, units) {
    const [p, u] = [prices.flat(), units.flat()];
    if (p.length !== u.length)
      return new SheetError('VALUE', reason('prices and units must be the same size ({value})', { value: `${p.length}, ${u.length}` }));
    return priceElasticity(p, u);
  },
});

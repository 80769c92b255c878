import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction, documented } from '../../kit/catalogue/types';
import { attainment } from './attainment';

/**
 * Run rate: where the period ends if the pace so far holds: actual / elapsed × total.
 *
 * @example
 * runRate(30000, 3, 12) //=> 120000
 */
export function runRate(actual: number, elapsed: number, total: number): number | SheetError {
  if (elapsed < 0 || total < 0) return new SheetError('NUM', reason('elapsed and total cannot be negative'));
  if (elapsed > total) return new SheetError('NUM', reason('elapsed ({elapsed}) is more than total ({total})', { elapsed, total }));
  if (elapsed === 0) return new SheetError('DIV0', reason('no time has elapsed, so there is no pace yet'));
  return (actual / elapsed) * total;
}

const timeParams = documented([
  { name: 'elapsed', kind: 'number', description: 'Time elapsed in the period (days, weeks or months; selling days for a business-day pace).' },
  { name: 'total', kind: 'number', description: 'The length of the whole period, in the same unit.' },
] as const);

export const RUNRATE = defineFunction({
  name: 'RUNRATE',
  title: 'Run rate',
  summary: "Run rate: actual / elapsed × total, the period's result if the pace holds.",
  description:
    'Extrapolates the result so far to the whole period: actual / elapsed × total. Count elapsed and ' +
    'total in selling days (e.g. with NETWORKDAYS and your holidays) for a business-day run rate. ' +
    '`actual` may be a number or a range to add up.',
  category: 'KPI',
  params: [{ name: 'actual', kind: 'total', description: 'What was achieved so far: a number, or a range to add up.' }, ...timeParams],
  returns: { description: 'The projected result for the whole period.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'elapsed is 0' },
    { kind: 'NUM', when: 'elapsed or total is negative, or elapsed is more than total' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=RUNRATE(30000, 3, 12)', note: '30,000 in three months: 120,000 for the year.' },
    { formula: '=RUNRATE(41000, NETWORKDAYS(DATE(2027,1,1), DATE(2027,3,15)), NETWORKDAYS(DATE(2027,1,1), DATE(2027,12,31)))', note: 'By selling days.' },
  ],
  run: (actual, elapsed, total) => runRate(actual, elapsed, total),
});

export const PACING = defineFunction({
  name: 'PACING',
  title: 'Pacing to target',
  summary: 'Pacing to target: actual / (target × elapsed / total); 1 is exactly on pace.',
  description:
    'Compares what was achieved with the part of the target expected by now: actual / (target × ' +
    'elapsed / total). Above 1 is ahead of pace. The same as ATTAINMENT with elapsed and total, with ' +
    'the time arguments required. The result is a fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'actual', kind: 'total', description: 'What was achieved so far: a number, or a range to add up.' },
    { name: 'target', kind: 'total', description: 'The target for the whole period: a number, or a range to add up.' },
    ...timeParams,
  ],
  returns: { description: 'Pacing, a fraction (1 = on pace).', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'target, total or elapsed is 0' },
    { kind: 'NUM', when: 'target, elapsed or total is negative, or elapsed is more than total' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=PACING(90000, 150000, 6, 12)', note: '90,000 at mid-year against 75,000 expected: 120%.' },
    { formula: '=PACING(SUMIFS(G2:G201, F2:F201, "Won"), 100000, 47, 48)', note: "The sample's won amount after 47 of 48 months." },
  ],
  run: (actual, target, elapsed, total) => attainment(actual, target, elapsed, total),
});

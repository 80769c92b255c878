import { SheetError, reason } from '../../kit/cells/errors';
import { defineFunction } from '../../kit/catalogue/types';
import { divide } from './guards';

/**
 * Lead-to-opportunity (or any stage-to-stage) conversion: converted / entered.
 *
 * @example
 * leadConversion(45, 300) //=> 0.15
 * leadConversion(5, 0)    //=> SheetError DIV0
 */
export function leadConversion(converted: number, entered: number): number | SheetError {
  if (converted > entered) return new SheetError('NUM', reason('more converted ({converted}) than entered ({entered})', { converted, entered }));
  return divide(converted, entered, reason('no leads entered the stage'));
}

export const LEADCONVERSION = defineFunction({
  name: 'LEADCONVERSION',
  title: 'Lead conversion rate',
  summary: 'Share of leads that became opportunities (or of any stage that advanced): converted / entered.',
  description:
    'Returns converted / entered. Each argument is a number, or a range whose non-blank cells are ' +
    'counted: for instance the "Opportunity created" column (blank until a lead converts) over the ' +
    'Lead ID column. The same works for any funnel stage: advanced / entered. The result is a ' +
    'fraction: format the cell as a percentage.',
  category: 'KPI',
  params: [
    { name: 'converted', kind: 'count', description: 'How many converted: a number, or a range whose non-blank cells are counted.' },
    { name: 'entered', kind: 'count', description: 'How many leads were created (or entered the stage): a number, or a range to count.' },
  ],
  returns: { description: 'The conversion rate, a fraction between 0 and 1.', format: 'percent' },
  errors: [
    { kind: 'DIV0', when: 'no lead entered' },
    { kind: 'NUM', when: 'a count is negative, or more converted than entered' },
    { kind: 'VALUE', when: 'a single cell is blank or not a number' },
  ],
  examples: [
    { formula: '=LEADCONVERSION(45, 300)', note: '45 of 300 new leads became opportunities.' },
    { formula: '=LEADCONVERSION(I2:I201, A2:A201)', note: 'Closed deals (a Closed date is filled in) over all opportunities.' },
  ],
  run: (converted, entered) => leadConversion(converted, entered),
});

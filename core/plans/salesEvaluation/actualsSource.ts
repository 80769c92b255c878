import { fieldColumn } from '../../kit/sheet/userTable';
import { SalesEvaluationAnswers } from './salesEvaluationAnswers';
import { exactCriterion } from '../../kit/sheet/exactMatch';

/** The actuals' columns a plan sheet reads, and the SUMIFS criteria for a span of dates. */
export interface ActualsSource {
  readonly amount: string;
  readonly child: string;
  readonly date: string;
  /** The body of a field's column (absolute, on the actuals' sheet); throws when the actuals lack it. */
  column(field: string): string;
  /** SUMIFS / COUNTIFS criteria: a date from `from` (inclusive) to `to` (exclusive), the counted status when there is one. */
  between(from: string, to: string): string;
  /** COUNTIFS criteria for a span of dates alone, whatever the status. */
  dates(from: string, to: string): string;
  /** The counted-status criterion pair (`,range,"Won"`), or '' when every row counts. */
  readonly status: string;
}

/**
 * The first day after the months gone by of a year, as a formula (a part month counted by its days,
 * rounded): core's toDateEnd.
 *
 * @example
 * toDateEndFormula('$B$5', '$B$6') // DATE($B$5,INT($B$6)+1,1)+ROUND(…)
 */
export const toDateEndFormula = (year: string, elapsed: string) =>
  `DATE(${year},INT(${elapsed})+1,1)+ROUND((${elapsed}-INT(${elapsed}))*(DATE(${year},INT(${elapsed})+2,1)-DATE(${year},INT(${elapsed})+1,1)),0)`;

/**
 * The actuals' columns on their own sheet as absolute ranges (fixed at build), and the criteria
 * they give: the plan reads the user's table where it is and never writes it.
 *
 * @example
 * actualsSource(answers, ['Opportunity', 'Owner', 'Amount', 'Closed', 'Outcome']).amount //=> "'Opportunities'!$C$2:$C$201"
 */
export function actualsSource(a: Pick<SalesEvaluationAnswers, 'actuals'>, header: readonly string[]): ActualsSource {
  const column = fieldColumn(a.actuals.sheet, a.actuals.range, header, 'actuals');
  const status = a.actuals.statusField ? `,${column(a.actuals.statusField)},${exactCriterion(a.actuals.countedStatus)}` : '';
  const date = column(a.actuals.dateField);
  const dates = (from: string, to: string) => `${date},">="&${from},${date},"<"&${to}`;
  const between = (from: string, to: string) => `${dates(from, to)}${status}`;
  return { amount: column(a.actuals.amountField), child: column(a.actuals.childField), date, column, between, dates, status };
}

import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { exactCriterionOf } from '../../kit/sheet/exactMatch';
import { sayInFormula } from '../../kit/sheet/formulaText';
import { EVALUATION_LAYOUT, MONTHS } from './evaluationLayout';
import type { PipelineAnswers } from './salesEvaluationAnswers';

const L = EVALUATION_LAYOUT;

/**
 * Where the stage table sits: right of the months' chart, from the months' header row: the stage and
 * its probability (yellow), then what its open deals amount to in each month of the year and in other
 * years, how many there are, and how many rows name it (workings).
 */
export const STAGE_COLUMNS = { name: 31, probability: 32, firstMonth: 33, otherYears: 45, deals: 46, listed: 47 } as const;
const S = STAGE_COLUMNS;

/** The formulas the forecast block reads from the stage table, and the check's problems about it. */
export interface StageWeights {
  /** Month m's weighted forecast: each stage's amount that month × its probability. */
  readonly monthWeighted: (m: number) => string;
  /** The deals closing in other years, weighted. */
  readonly otherYearsWeighted: string;
  readonly problems: [string, string][];
}

/** The user's pipeline columns a stage table reads. */
export interface StageRanges {
  readonly amount: string;
  readonly close: string;
  readonly stage: string;
}

/**
 * The stage table WEIGHTEDPIPE reads, on the sheet: each stage (as typed, case aside) with its
 * probability, and per month the amount of its open deals closing then (SUMIFS), so a month's
 * weighted forecast is SUMPRODUCT(probabilities, amounts) and a probability retyped moves every
 * month at once. Deals whose stage the table does not list weigh nothing and are counted in the check.
 */
export function placeStageTable(sheet: SheetBuilder, p: PipelineAnswers, r: StageRanges, year: string): StageWeights {
  const { t } = sheet;
  const stages = p.stages ?? [];
  const [first, last] = [L.firstMonth, L.firstMonth + Math.max(1, stages.length) - 1];
  const names = `${absolute(first, S.name)}:${absolute(last, S.name)}`;
  sheet.text(L.monthsHeader - 2, S.name, t('Stage probabilities: each open deal counts its amount × its stage’s probability (yellow: yours to change)'));
  sheet.style(a1(L.monthsHeader - 2, S.name), 'section');
  sheet.header(L.monthsHeader, S.name, [t('Stage'), t('Probability'), ...MONTHS.map((m) => t(m)), t('Other years'), t('Open deals'), t('Rows naming it')]);
  stages.forEach((stage, i) => {
    const row = first + i;
    const criterion = exactCriterionOf(absolute(row, S.name));
    const amountIn = (when: string) => `SUMIFS(${r.amount},${r.stage},${criterion},${when})`;
    sheet.text(row, S.name, stage.name);
    sheet.number(row, S.probability, stage.probability);
    for (let m = 0; m < 12; m += 1)
      sheet.formula(row, S.firstMonth + m, `=${amountIn(`${r.close},">="&DATE(${year},${m + 1},1),${r.close},"<"&DATE(${year},${m + 2},1)`)}`);
    sheet.formula(row, S.otherYears, `=${amountIn(`${r.close},"<"&DATE(${year},1,1)`)}+${amountIn(`${r.close},">="&DATE(${year}+1,1,1)`)}`);
    sheet.formula(row, S.deals, `=COUNTIFS(${r.stage},${criterion},${r.amount},"<>",${r.close},"<>")`);
    sheet.formula(row, S.listed, `=COUNTIF(${names},${criterion})`);
  });
  sheet.style(rangeA1(first, S.name, last, S.probability), 'input');
  sheet.format(rangeA1(first, S.probability, last, S.probability), 'percent');
  sheet.validate(rangeA1(first, S.probability, last, S.probability), {
    min: 0,
    max: 1,
    message: t("A stage's probability: a percentage such as 40% (or 0.4), from 0% to 100%."),
  });
  sheet.format(rangeA1(first, S.firstMonth, last, S.otherYears), 'money');
  sheet.style(rangeA1(first, S.firstMonth, last, S.listed), 'working');
  const column = (c: number) => `${absolute(first, c)}:${absolute(last, c)}`;
  const weighted = (c: number) => `SUMPRODUCT(${column(S.probability)},${column(c)})`;
  const open = `SUMPRODUCT((${r.amount}<>"")*(${r.close}<>""))`;
  const listed = `SUM(${column(S.deals)})`;
  return {
    monthWeighted: (m) => weighted(S.firstMonth + m),
    otherYearsWeighted: weighted(S.otherYears),
    problems: [
      [`MAX(${column(S.listed)})>1`, sayInFormula(t('⚠ A stage is listed twice in the stage table: its deals would count twice. Keep one row a stage.'))],
      [
        `${open}-${listed}>0`,
        sayInFormula(t('⚠ {count} open deals have a stage the stage table does not list: they weigh nothing until you add it with its probability.'), {
          count: `${open}-${listed}`,
        }),
      ],
    ],
  };
}

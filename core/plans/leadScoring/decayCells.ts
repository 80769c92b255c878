import { DECAY_METHODS } from '../../functions/leads/leadDecay';
import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { rangeA1 } from '../../kit/sheet/a1';
import { LEAD_SCORING_FIELDS, LeadDecayAnswers } from './leadScoringAnswers';
import { answerInput } from '../../kit/answers/answerField';
import { BILLIONTH } from '../../kit/sheet/formulaText';
import { literalLookup, positionIn } from '../../kit/sheet/exactMatch';

/** Where the decay's inputs and workings are, for the leads' formulas. */
export interface DecayRefs {
  readonly group: string;
  readonly dateField: string;
  readonly dateColumn: string;
  readonly method: string;
  readonly methodNumber: string;
  readonly rate: string;
  readonly period: string;
  readonly asOf: string;
}

/**
 * The decay as editable inputs (group, date field, method, rate, period, as of) under a section
 * title, with the workings the leads' formulas read: the date field's column and the method's number.
 */
export function placeDecay(sheet: SheetBuilder, decay: LeadDecayAnswers, top: number, header: string): { refs: DecayRefs; end: number } {
  const { t } = sheet;
  sheet.section(
    top,
    t("Decay: a group's points fade with the days since the lead's date (1 − rate × whole periods, (1 − rate)^periods, or all within the window)"),
  );
  const group = sheet.input(top + 1, t('Group that fades'), decay.group);
  const dateField = sheet.input(top + 2, t('Date field'), decay.dateField);
  const method = sheet.input(top + 3, t('Method'), decay.method);
  const rate = sheet.input(top + 4, t('Rate a period'), decay.rate, answerInput(LEAD_SCORING_FIELDS.decayRate, t));
  const period = sheet.input(top + 5, t('Period (days)'), decay.periodDays, answerInput(LEAD_SCORING_FIELDS.decayPeriod, t));
  const asOf = sheet.input(top + 6, t('As of'), decay.asOf, { format: 'date' });
  sheet.text(top + 1, 3, t('Date column #'));
  sheet.formula(top + 1, 4, `=${positionIn(header, dateField)}`);
  sheet.text(top + 2, 3, t('Method #'));
  sheet.formula(top + 2, 4, `=IFERROR(MATCH(${literalLookup(`LOWER(TRIM(${method}))`)},{${DECAY_METHODS.map((m) => `"${m}"`).join(',')}},0),0)`);
  sheet.style(rangeA1(top + 1, 3, top + 2, 4), 'working');
  const refs = { group, dateField, dateColumn: absolute(top + 1, 4), method, methodNumber: absolute(top + 2, 4), rate, period, asOf };
  return { refs, end: top + 6 };
}

/**
 * A lead's age in days at the as-of date, from its date field ("" without a date; a date after
 * the as-of date counts as age 0).
 */
export function leadAgeFormula(leadRow: string, decay: DecayRefs): string {
  const date = `INDEX(${leadRow},1,${decay.dateColumn})`;
  return `=IF(${decay.dateColumn}=0,"",IF(ISNUMBER(${date}),MAX(0,${decay.asOf}-${date}),""))`;
}

/**
 * The share of its points a lead keeps, from its age cell, as LEADDECAY computes it; 1 for a lead
 * without a date (nothing to age).
 *
 * @example
 * leadDecayFactorFormula('T20', refs) // =IF(T20="",1,CHOOSE($E$20,MAX(0,1-$B$23*INT(T20/$B$24+1/1000000000)),…))
 */
export function leadDecayFactorFormula(age: string, decay: DecayRefs): string {
  const { rate, period } = decay;
  return `=IF(${age}="",1,CHOOSE(${decay.methodNumber},MAX(0,1-${rate}*INT(${age}/${period}+${BILLIONTH})),(1-${rate})^(${age}/${period}),IF(${age}<=${period},1,0)))`;
}

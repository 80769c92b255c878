import { SheetBuilder, absolute } from '../../kit/sheet/sheetBuilder';
import { msg } from '../../kit/i18n/msg';
import { Translate } from '../../kit/i18n/translate';
import { literalLookup, positionIn } from '../../kit/sheet/exactMatch';

/** Operator spellings the sheet reads, each with its number (its kind) in the rule's workings. */
const OPERATOR_SPELLINGS: readonly (readonly [string, number])[] = [
  ['=', 1],
  ['is', 1],
  ['equals', 1],
  ['<>', 2],
  ['is not', 2],
  ['not equal', 2],
  ['>', 3],
  ['more than', 3],
  ['>=', 4],
  ['at least', 4],
  ['<', 5],
  ['less than', 5],
  ['<=', 6],
  ['at most', 6],
  ['contains', 7],
  ['starts with', 8],
  ['is blank', 9],
  ['is not blank', 10],
  ['in', 11],
  ['one of', 11],
];

/**
 * What a lead's value can be against a rule, as a number from 1: blank; below, equal to or above
 * the rule's value; a number against a word (comparable neither way); meets or fails a text test
 * (contains, starts with, in). A rule's points for each outcome are worked out once on its row, so
 * each lead's cell for the rule only finds its outcome and looks its points up.
 */
const OUTCOMES = [msg('Blank'), msg('Below'), msg('Equal'), msg('Above'), msg('Number vs word'), msg('Text test met'), msg('Text test failed')] as const;

/** The operator kinds (numbers above) that give points for each outcome, in OUTCOMES' order. */
const KINDS_SCORING: readonly (readonly number[])[] = [[9], [2, 5, 6, 10], [1, 4, 6, 10], [2, 3, 4, 10], [2, 10], [7, 8, 11, 10], [10]];

/** A rule's row on the sheet: its five inputs, then its workings (from column G). */
export function ruleRefs(row: number) {
  const cell = (col: number) => absolute(row, col);
  return {
    field: cell(0),
    operator: cell(1),
    value: cell(2),
    points: cell(3),
    group: cell(4),
    column: cell(6),
    kind: cell(7),
    text: cell(8),
    isNumber: cell(9),
    list: cell(10),
    textTest: cell(11),
    pointsByOutcome: `${cell(12)}:${cell(12 + OUTCOMES.length - 1)}`,
  };
}
export type RuleRefs = ReturnType<typeof ruleRefs>;

/** The workings' headers, from column G. */
export const ruleWorkingHeaders = (t: Translate): string[] => [
  ...[msg('Column #'), msg('Operator #'), msg('Value as text'), msg('Value is a number'), msg('List'), msg('Text test #')].map((h) => t(h)),
  ...OUTCOMES.map((o) => t('Points if {outcome}', { outcome: t(o).toLowerCase() })),
];

/** A rule's workings: where its field is, what its operator is, and its points for each outcome. */
export function placeRuleWorkings(sheet: SheetBuilder, row: number, header: string): void {
  const r = ruleRefs(row);
  const spellings = `{${OPERATOR_SPELLINGS.map(([s]) => `"${s}"`).join(',')}}`;
  const numbers = `{${OPERATOR_SPELLINGS.map(([, n]) => n).join(',')}}`;
  sheet.formula(row, 6, `=${positionIn(header, r.field)}`);
  sheet.formula(row, 7, `=IFERROR(INDEX(${numbers},1,MATCH(${literalLookup(`LOWER(TRIM(${r.operator}))`)},${spellings},0)),0)`);
  sheet.formula(row, 8, `=LOWER(TRIM(${r.value}&""))`);
  sheet.formula(row, 9, `=ISNUMBER(${r.value})`);
  sheet.formula(row, 10, `=","&SUBSTITUTE(SUBSTITUTE(${r.text},", ",",")," ,",",")&","`);
  sheet.formula(row, 11, `=IFERROR(MATCH(${r.kind},{7,8,11},0),0)`);
  KINDS_SCORING.forEach((kinds, i) => {
    const scores = `ISNUMBER(MATCH(${r.kind},{${kinds.join(',')}},0))`;
    // "<>" against a blank lead scores only when the rule's value is not blank itself (as core's `meets`).
    const when = i === 0 ? `OR(${scores},AND(${r.kind}=2,${r.text}<>""))` : scores;
    sheet.formula(row, 12 + i, `=IF(${when},${r.points},0)`);
  });
}

/**
 * A lead's value of a rule's field as the rule reads it: a number as it is, text lower-cased and
 * trimmed, "" when blank or when the field is missing. `leadRow` is the lead's row of the table.
 */
export function leadValueFormula(leadRow: string, rule: RuleRefs): string {
  const x = `INDEX(${leadRow},1,${rule.column})`;
  return `=IF(${rule.column}=0,"",IF(ISNUMBER(${x}),${x},LOWER(TRIM(${x}&""))))`;
}

/**
 * A lead's points for a rule, from its value `v` (above): its outcome against the rule (numbers
 * compare as numbers, text without regard to case or spaces), then the rule's points for it.
 *
 * @example
 * leadPointsFormula('T20', ruleRefs(10)) // =INDEX($M$11:$S$11,1,IF(T20="",1,…))
 */
export function leadPointsFormula(v: string, rule: RuleRefs): string {
  const textTest = `7-CHOOSE(${rule.textTest},ISNUMBER(FIND(${rule.text},${v}&"")),LEFT(${v}&"",LEN(${rule.text}))=${rule.text},ISNUMBER(FIND(","&${v}&",",${rule.list})))`;
  const order = `3+IF(${rule.isNumber},SIGN(${v}-${rule.value}),(${v}>${rule.text})-(${v}<${rule.text}))`;
  const outcome = `IF(${v}="",1,IF(${rule.textTest}>0,${textTest},IF(ISNUMBER(${v})<>${rule.isNumber},5,${order})))`;
  return `=INDEX(${rule.pointsByOutcome},1,${outcome})`;
}

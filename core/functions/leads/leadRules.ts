import { SheetError, reason } from '../../kit/cells/errors';
import { CellValue, Range, isBlankCell } from '../../kit/cells/values';
import { numberPattern } from '../../kit/cells/args';

/** The comparisons a scoring rule may make, as a manager types them. */
export const RULE_OPERATORS = ['=', '<>', '>', '>=', '<', '<=', 'contains', 'starts with', 'is blank', 'is not blank', 'in'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/**
 * Words a manager may type for an operator: in a spreadsheet a cell that starts with "=" is a
 * formula, so "is" (or "equals") is the way to write `=` without an apostrophe.
 */
export const OPERATOR_WORDS: Readonly<Record<string, RuleOperator>> = {
  is: '=',
  equals: '=',
  'is not': '<>',
  'not equal': '<>',
  'more than': '>',
  'at least': '>=',
  'less than': '<',
  'at most': '<=',
  'one of': 'in',
};

/** One scoring rule: when `field` compares to `value` by `operator`, the lead gets `points` (in `group`). */
export interface ScoringRule {
  readonly field: string;
  readonly operator: RuleOperator;
  readonly value: CellValue;
  readonly points: number;
  readonly group: string;
}

const normal = (v: CellValue) =>
  String(v ?? '')
    .trim()
    .toLowerCase();

/** A number from a cell or a rule value: numbers as they are, numeric text read as a number. */
function asNumber(v: CellValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && numberPattern.test(v)) return Number(v);
  return undefined;
}

/**
 * A cell read once for every comparison it takes part in: a lead's cell meets many rules, a rule's
 * value many leads, so each is trimmed, lower-cased and parsed once rather than once a pair.
 */
interface ReadCell {
  readonly blank: boolean;
  readonly number: number | undefined;
  readonly text: string;
}

const readCell = (v: CellValue): ReadCell => ({ blank: isBlankCell(v), number: asNumber(v), text: normal(v) });

/** -1, 0 or 1: numbers (and dates, which are numbers) as numbers, anything else as text without regard to case. */
function compare(cell: ReadCell, value: ReadCell): number | undefined {
  const [a, b] = [cell.number, value.number];
  if (a !== undefined && b !== undefined) return Math.sign(a - b);
  if (a !== undefined || b !== undefined) return undefined; // a number against a word: neither above nor below
  return cell.text === value.text ? 0 : Math.sign(cell.text.localeCompare(value.text));
}

/** A rule's value read once: the list items of `in`, or the one value. */
interface ReadValue {
  readonly value: ReadCell;
  readonly items: readonly ReadCell[];
}

const readValue = (value: CellValue): ReadValue => ({
  value: readCell(value),
  items: String(value ?? '')
    .split(',')
    .map((item) => readCell(item.trim())),
});

function meetsRead(cell: ReadCell, operator: RuleOperator, rule: ReadValue): boolean {
  if (operator === 'is blank') return cell.blank;
  if (operator === 'is not blank') return !cell.blank;
  if (cell.blank) return operator === '<>' && !rule.value.blank;
  switch (operator) {
    case 'contains':
      return cell.text.includes(rule.value.text);
    case 'starts with':
      return cell.text.startsWith(rule.value.text);
    case 'in':
      return rule.items.some((item) => compare(cell, item) === 0);
    case '=':
      return compare(cell, rule.value) === 0;
    case '<>':
      return compare(cell, rule.value) !== 0;
    default: {
      const order = compare(cell, rule.value);
      if (order === undefined) return false;
      return operator === '>' ? order > 0 : operator === '>=' ? order >= 0 : operator === '<' ? order < 0 : order <= 0;
    }
  }
}

/**
 * Whether a lead's cell meets a rule. `=` and `<>` compare numbers as numbers and text without
 * regard to case or surrounding spaces; `>`… compare numbers (and dates) or text alphabetically;
 * `in` takes a comma-separated list; a blank cell meets only `is blank` (and `<>`).
 *
 * @example
 * meets(' Webinar ', 'in', 'webinar, trade show') //=> true
 */
export function meets(cell: CellValue, operator: RuleOperator, value: CellValue): boolean {
  return meetsRead(readCell(cell), operator, readValue(value));
}

/** The rules of a rules table (field, operator, value, points, group); a header row and blank rows are skipped. */
export function readRules(rules: Range, fields: readonly string[]): ScoringRule[] | SheetError {
  if (rules.length === 0 || rules[0].length < 4) return new SheetError('VALUE', reason('rules needs the columns field, operator, value, points (and group)'));
  const body = asNumber(rules[0][3]) !== undefined ? rules : rules.slice(1);
  const known = new Set(fields.map((f) => f.trim().toLowerCase()));
  const read: ScoringRule[] = [];
  for (const [i, row] of body.entries()) {
    if (row.every(isBlankCell)) continue;
    const field = String(row[0] ?? '').trim();
    const typed = normal(row[1]).replace(/\s+/g, ' ');
    const operator = (OPERATOR_WORDS[typed] ?? typed) as RuleOperator;
    if (!known.has(field.toLowerCase()))
      return new SheetError('VALUE', reason('the rule in row {value} reads a field the leads do not have: "{field}"', { value: i + 1, field }));
    if (!RULE_OPERATORS.includes(operator))
      return new SheetError(
        'VALUE',
        reason('the rule in row {value} has an operator it does not know: "{value2}" (use {value3})', {
          value: i + 1,
          value2: String(row[1] ?? ''),
          value3: RULE_OPERATORS.join(', '),
        }),
      );
    const points = asNumber(row[3]);
    if (points === undefined) return new SheetError('VALUE', reason('the rule in row {value} has no points', { value: i + 1 }));
    read.push({ field, operator, value: row[2], points, group: String(row[4] ?? '').trim() });
  }
  return read;
}

/** Caps by group (case-insensitive) from a two-column table; a header row (text cap) is skipped. */
export function readCaps(caps: Range | undefined): Map<string, number> | SheetError {
  const byGroup = new Map<string, number>();
  for (const row of caps ?? []) {
    if (row.length < 2) return new SheetError('VALUE', reason('group_caps needs two columns: group and cap'));
    const cap = asNumber(row[1]);
    if (cap === undefined) continue;
    byGroup.set(normal(row[0]), cap);
  }
  return byGroup;
}

/**
 * Each lead's points per group (groups lower-cased; "" for rules without a group): the sum of the
 * points of the rules it meets. A group none of whose rules the lead meets is absent.
 *
 * @example
 * groupPoints([['Source'], ['Webinar']], [{ field: 'Source', operator: '=', value: 'webinar', points: 30, group: 'Fit' }]) //=> [Map { 'fit' => 30 }]
 */
export function groupPoints(leads: Range, rules: readonly ScoringRule[]): Map<string, number>[] {
  const header = leads[0].map((f) =>
    String(f ?? '')
      .trim()
      .toLowerCase(),
  );
  const body = leads.slice(1);
  // Each column a rule reads, read once; each rule's value, read once.
  const columns = new Map<number, ReadCell[]>();
  const read = rules.map((rule) => {
    const index = header.indexOf(rule.field.toLowerCase());
    if (!columns.has(index))
      columns.set(
        index,
        body.map((lead) => readCell(lead[index] ?? null)),
      );
    return { cells: columns.get(index) as ReadCell[], value: readValue(rule.value), group: rule.group.trim().toLowerCase() };
  });
  return body.map((_, row) => {
    const byGroup = new Map<string, number>();
    rules.forEach((rule, r) => {
      const { cells, value, group } = read[r];
      if (meetsRead(cells[row], rule.operator, value)) byGroup.set(group, (byGroup.get(group) ?? 0) + rule.points);
    });
    return byGroup;
  });
}

/**
 * A lead's score from its points per group: each group's sum capped at its cap (a group without a
 * cap is not capped), the total clamped to [0, max_score].
 *
 * @example
 * cappedTotal(new Map([['fit', 70], ['', 10]]), new Map([['fit', 50]]), 100) //=> 60
 */
export function cappedTotal(byGroup: ReadonlyMap<string, number>, caps: ReadonlyMap<string, number>, maxScore: number): number {
  let total = 0;
  for (const [group, sum] of byGroup) total += Math.min(sum, caps.get(group) ?? Number.POSITIVE_INFINITY);
  return Math.min(Math.max(total, 0), maxScore);
}

/**
 * The most lead × rule checks LEADSCORE makes: about half a second in the Apps Script bundle
 * (`bench/inputLimits.bench.ts`), e.g. 10,000 leads and 100 rules.
 */
export const LARGEST_SCORING = 1_000_000;

/**
 * `#NUM!` when scoring would take more than {@link LARGEST_SCORING} checks.
 *
 * @example
 * scoringTooLarge(100_000, 20) //=> #NUM! 100000 leads × 20 rules is more than…
 */
export function scoringTooLarge(leads: number, rules: number): SheetError | undefined {
  if (leads * rules <= LARGEST_SCORING) return undefined;
  return new SheetError(
    'NUM',
    reason('{leads} leads × {rules} rules is more checks than scoring within a second takes (at most {largest}): score the leads in parts', {
      leads,
      rules,
      largest: LARGEST_SCORING,
    }),
  );
}

/**
 * Each lead's score: the points of the rules it meets, summed per group, each group's sum capped
 * at its cap (a group without a cap is not capped), the total clamped to [0, max_score].
 *
 * @example
 * scoreLeads([['Source'], ['Webinar'], ['Ad']], [['Source', '=', 'webinar', 30, '']], new Map(), 100) //=> [30, 0]
 */
export function scoreLeads(leads: Range, rules: readonly ScoringRule[], caps: ReadonlyMap<string, number>, maxScore: number): number[] {
  return groupPoints(leads, rules).map((byGroup) => cappedTotal(byGroup, caps, maxScore));
}

/**
 * Whatever a manager calls owners, statuses, rule groups and fields, a plan sheet agrees with core:
 * names drawn from operators, wildcards and their escape, quotes, inner spaces, control characters,
 * cell-like text, long text and each language's script, put through the Evaluation (owners and the
 * counted status) and Lead scoring (rule groups, caps and field names), evaluated in HyperFormula.
 */
import fc from 'fast-check';
import { CellValue } from '../../core/kit/cells';
import { CHILD_COLUMNS as C, EVALUATION_LAYOUT as L, buildSalesEvaluation, evaluationNumbers } from '../../core/plans/salesEvaluation';
import { buildLeadScoring, ruleGroups } from '../../core/plans/leadScoring';
import { scoreLeads } from '../../core/functions/leads';
import { a1 } from '../../core/kit/sheet';
import { AWKWARD_ACTUALS, AWKWARD_ANSWERS, asTypedText } from '../harness/awkwardNames';
import { loadPlanSheet } from '../harness/liveness';

const PIECES = [
  '=',
  '<',
  '>',
  '<>',
  '*',
  '?',
  '~',
  '"',
  "'",
  ' ',
  '\u0001',
  '\u000B',
  'A1',
  'R1C1',
  '#N/A',
  '1+1',
  'Kế hoạch',
  '销售',
  'Llŷr',
  'x'.repeat(300),
  'Ann',
  '%',
  '|',
  ',',
  '&',
];

/** A name as a wizard takes it: awkward pieces, trimmed (spaces around a name are refused), never blank. */
const awkwardName = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('').trim())
  .filter((name) => name !== '');

/** Names distinct as core compares them: trimmed, any case. */
const distinctNames = (count: number) => fc.uniqueArray(awkwardName, { minLength: count, maxLength: count, selector: (name) => name.toLowerCase() });

describe('awkward names through the plans', () => {
  it("give each owner of an evaluation exactly core's actual", () => {
    fc.assert(
      fc.property(distinctNames(5), (names) => {
        const [status, ...owners] = names;
        const rename: Record<string, string> = { 'Won?': status, 'Smith*': owners[0], Smithson: owners[1], '=1+1': owners[2], '<5': owners[3] };
        const actuals = AWKWARD_ACTUALS.map((row, r) => (r === 0 ? row : row.map((v) => (typeof v === 'string' && v in rename ? rename[v] : v))));
        const answers = {
          ...AWKWARD_ANSWERS,
          products: [],
          actuals: { ...AWKWARD_ANSWERS.actuals, countedStatus: status, productField: undefined, quantityField: undefined },
          children: owners.map((name) => ({ name, targets: Array.from({ length: 12 }, () => 100) })),
        };
        const sheet = loadPlanSheet(buildSalesEvaluation(answers, actuals[0].map(String)), { Opportunities: asTypedText(actuals) });
        const n = evaluationNumbers(answers, actuals as CellValue[][]);
        n.byChild.forEach((c, i) => expect(sheet.value(a1(L.firstChild + i, C.actual))).toBeCloseTo(c.actual, 6));
      }),
      { numRuns: Number(process.env.RUNS ?? 12), seed: Number(process.env.SEED ?? 28) },
    );
  });

  it('score leads by rules whose groups and fields have any such name as core does', () => {
    fc.assert(
      fc.property(distinctNames(4), (names) => {
        const [fieldA, fieldB, groupA, groupB] = names;
        const leads: CellValue[][] = [
          ['Lead', fieldA, fieldB],
          ['L1', 12, 'x'],
          ['L2', 3, 'y'],
          ['L3', 30, 'x'],
        ];
        const rules = [
          { field: fieldA, operator: '>=' as const, value: 10, points: 30, group: groupA },
          { field: fieldB, operator: '=' as const, value: 'x', points: 25, group: groupB },
          { field: fieldA, operator: '>=' as const, value: 20, points: 20, group: groupA },
        ];
        const answers = {
          leadsSheet: 'Leads',
          leadsRange: 'A1:C4',
          labelField: 'Lead',
          outcomeField: '',
          rules,
          caps: [{ group: groupA, cap: 40 }],
          maxScore: 100,
          warmFrom: 40,
          hotFrom: 70,
        };
        const plan = buildLeadScoring(answers);
        const sheet = loadPlanSheet(plan, { Leads: asTypedText(leads) });
        const header = plan.sheets[0].cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === 'Lead');
        const totalColumn = 1 + ruleGroups(answers).length;
        const scores = scoreLeads(leads, rules, new Map([[groupA.toLowerCase(), 40]]), 100);
        scores.forEach((score, i) => expect(sheet.value(a1(header + 1 + i, totalColumn))).toBe(score));
        expect(String(sheet.value('A3'))).toMatch(/^✓/);
      }),
      { numRuns: Number(process.env.RUNS ?? 12), seed: Number(process.env.SEED ?? 28) },
    );
  });
});

/**
 * The Evaluation sheet's native formulas give what core computes over the sample's won deals:
 * actual and target by month, each owner's target to date, actual, RAG (RAG's cut-offs) and
 * forecast at its own pace (FORECASTEND with the monthly targets as shares), and the shortfalls
 * (SHORTFALLS' order), and stay live after edits of the months gone by, a cut-off and a target.
 */
import { CellValue } from '../../core/kit/cells';
import { CHILD_COLUMNS as C, EVALUATION_LAYOUT as L, buildSalesEvaluation, SalesEvaluationAnswers, evaluationNumbers } from '../../core/plans/salesEvaluation';
import { a1 } from '../../core/kit/sheet';
import { SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { Edit, LiveWizard, livenessMismatches, loadPlanSheet } from '../harness/liveness';
import { sampleDealsRead } from '../harness/sampleTables';

const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows] as CellValue[][];
const owners = ['Kelly Williamson', 'Anna Andreadi', 'Chuck Magee', 'Cassandra Brandow'];
const answers: SalesEvaluationAnswers = {
  actuals: sampleDealsRead(`A1:I${ACTUALS.length}`, 'Owner'),
  year: 2017,
  monthsElapsed: 9.5,
  children: owners.map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 150 + 40 * i + 10 * m) })),
  amberFrom: 0.95,
  greenFrom: 1,
};
const build = (a: SalesEvaluationAnswers) => buildSalesEvaluation(a, ACTUALS[0].map(String));

function expected(a: SalesEvaluationAnswers) {
  const n = evaluationNumbers(a, ACTUALS);
  const shortfallTop = build(a).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === '#') + 1;
  return {
    ...Object.fromEntries(
      n.byMonth.flatMap((m, i) => [
        [a1(L.firstMonth + i, 1), m.target],
        [a1(L.firstMonth + i, 2), m.actual],
        [a1(L.firstMonth + i, 4), m.attainment ?? ''],
        [a1(L.firstMonth + i, 5), m.rag],
      ]),
    ),
    ...Object.fromEntries(
      n.byChild.flatMap((c, i) => [
        [a1(L.firstChild + i, C.toDate), c.targetToDate],
        [a1(L.firstChild + i, C.actual), c.actual],
        [a1(L.firstChild + i, C.rag), c.rag],
        ...(c.forecast === undefined ? [] : [[a1(L.firstChild + i, C.forecast), c.forecast]]),
      ]),
    ),
    ...Object.fromEntries(
      n.shortfalls.flatMap((s, k) => [
        [a1(shortfallTop + k, 1), s.name],
        [a1(shortfallTop + k, 4), s.gap],
      ]),
    ),
  };
}
const LIVE: LiveWizard<SalesEvaluationAnswers> = { build, expected, sources: () => ({ Opportunities: ACTUALS }) };

describe('the Evaluation sheet', () => {
  it('gives actual against target by month and by owner, RAG, forecast and shortfalls as core does', () => {
    const n = evaluationNumbers(answers, ACTUALS);
    expect(n.byMonth.some((m) => m.actual > 0)).toBe(true);
    expect(new Set(n.byChild.map((c) => c.rag)).size).toBeGreaterThan(1);
    expect(n.shortfalls.length).toBeGreaterThan(0);
    expect(livenessMismatches(LIVE, answers)).toEqual([]);
  });

  const edits: Edit<SalesEvaluationAnswers>[] = [
    { what: 'the months gone by', cell: a1(L.elapsed, 1), value: 6, answers: (a) => ({ ...a, monthsElapsed: 6 }) },
    { what: 'the amber cut-off', cell: a1(L.amberFrom, 1), value: 0.5, answers: (a) => ({ ...a, amberFrom: 0.5 }) },
    { what: 'the green cut-off, below amber (no status until fixed)', cell: a1(L.greenFrom, 1), value: 0.7, answers: (a) => ({ ...a, greenFrom: 0.7 }) },
    {
      what: "a month's target",
      cell: a1(L.firstChild + 1, C.firstMonth + 2),
      value: 5000,
      answers: (a) => ({ ...a, children: a.children.map((c, i) => (i === 1 ? { ...c, targets: c.targets.map((t, m) => (m === 2 ? 5000 : t)) } : c)) }),
    },
  ];

  it('follows an edit of the months gone by, a cut-off or a target', () => {
    expect(livenessMismatches(LIVE, answers, edits)).toEqual([]);
  });

  it('counts a new won deal in its month and owner, without the add-in', () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    const before = sheet.value(a1(L.firstChild, C.actual)) as number;
    const id = sheet.hf.getSheetId('Opportunities')!;
    const open = ACTUALS.findIndex((r, i) => i > 0 && r[2] === owners[0] && r[5] === 'Open');
    sheet.hf.setCellContents({ sheet: id, row: open, col: 5 }, 'Won');
    sheet.hf.setCellContents({ sheet: id, row: open, col: 8 }, 43000);
    expect(sheet.value(a1(L.firstChild, C.actual))).toBeCloseTo(before + (ACTUALS[open][6] as number), 6);
  });

  it('says who is behind in words', () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    expect(String(sheet.value('A3'))).toMatch(/^⚠ \d+ behind target to date \(Red\); furthest behind: /);
  });
});

describe("the Evaluation sheet's check, after the actuals are edited", () => {
  it('says when an owner is typed with spaces around it, as that deal would count for nobody', () => {
    const sheet = loadPlanSheet(build(answers), { Opportunities: ACTUALS });
    const id = sheet.hf.getSheetId('Opportunities')!;
    sheet.hf.setCellContents({ sheet: id, row: 1, col: ACTUALS[0].indexOf('Owner') }, `${ACTUALS[1][ACTUALS[0].indexOf('Owner')]} `);
    expect(sheet.value('A3')).toBe('⚠ 1 names in the actuals have spaces around them and count for nobody: remove the spaces (TRIM).');
  });
});

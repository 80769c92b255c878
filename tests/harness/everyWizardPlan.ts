/** Each wizard's plan from answers like a manager's, in any language, with the user's sheets it reads: what the language and scenario tests build. */
import { CellValue } from '../../core/kit/cells';
import { buildBudgetAllocation } from '../../core/plans/budgetAllocation';
import { buildFieldPlan } from '../../core/plans/fieldPlan';
import { RATE_PRESETS, buildIncentivePlan } from '../../core/plans/incentivePlan';
import { buildSalesBudget } from '../../core/plans/salesBudget';
import { buildLeadScoring } from '../../core/plans/leadScoring';
import { buildGoals } from '../../core/plans/goals';
import { buildPriceOffers } from '../../core/plans/priceOffers';
import { buildSalesEvaluation } from '../../core/plans/salesEvaluation';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import '../../core/kit/i18n/catalogues';
import { SAMPLE_ACCOUNTS, SAMPLE_OPPORTUNITIES } from '../../preview/src/sample';
import { rowsForThisLoop } from './fastLoop';
import { Plan } from '../../core/kit/sheet';
import { Language } from '../../core/kit/i18n';
import { SAMPLE_DAY, sampleAccountsRead, sampleDealsRead } from './sampleTables';

export type Sources = Readonly<Record<string, readonly (readonly unknown[])[]>>;
const ACCOUNTS = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, 60)] as CellValue[][];
// Every language must give the English numbers; the fast loop compares them over the first 300 deals.
const ACTUALS = [SAMPLE_OPPORTUNITIES.header, ...SAMPLE_OPPORTUNITIES.rows.slice(0, rowsForThisLoop(Infinity, 150))] as CellValue[][];
export const LEADS: CellValue[][] = [
  ['Lead', 'Source', 'Visits', 'Outcome', 'Region'],
  ['L1', 'Webinar', 12, 'Won', 'North'],
  ['L2', 'Ad', 2, 'Lost', 'South'],
  ['L3', 'Webinar', 5, 'Won', 'North'],
  ['L4', 'Referral', 0, null, 'North'],
  ['L5', 'Trade show', 25, 'Lost', 'South'],
];

/** Each wizard's plan, from answers like a manager's, in a language; and the user's sheets it reads. */
export const PLANS: readonly [string, (language: Language) => Plan, Sources][] = [
  [
    'the sales plan',
    (l) =>
      buildSalesPlan(
        {
          ...defaultAnswers(2027),
          newReps: [{ name: 'Lan', startMonth: 4 }],
          subLevel: {
            label: 'Product',
            items: [
              { parent: 'North', name: 'Chairs', driver: 3, lock: null },
              { parent: 'North', name: 'Desks', driver: 1, lock: 100_000 },
            ],
          },
        },
        l,
      ),
    {},
  ],
  [
    'the lead scoring',
    (l) =>
      buildLeadScoring(
        {
          leadsSheet: 'Leads',
          leadsRange: 'A1:E6',
          labelField: 'Lead',
          outcomeField: 'Outcome',
          caps: [{ group: 'Fit', cap: 40 }],
          maxScore: 100,
          warmFrom: 20,
          hotFrom: 40,
          rules: [
            { field: 'Source', operator: '=', value: 'Webinar', points: 30, group: 'Fit' },
            { field: 'Visits', operator: '>=', value: 10, points: 20, group: '' },
          ],
          routing: {
            areaField: 'Region',
            from: 'Warm',
            reps: [
              { name: 'Ana', area: 'North', capacity: 1 },
              { name: 'Ben', area: '*', capacity: null },
            ],
          },
        },
        l,
      ),
    { Leads: LEADS },
  ],
  [
    'the budget',
    (l) =>
      buildBudgetAllocation(
        {
          budget: 100_000,
          period: '2027',
          method: 'optimal',
          roundTo: 1000,
          months: [
            { label: 'Jan', share: 0.4 },
            { label: 'Feb', share: 0.6 },
          ],
          lines: [
            {
              name: 'Search',
              current: 40_000,
              curve: { kind: 'log', beta: 400_000, kappa: 50_000, alpha: 1 },
              weight: 40_000,
              lower: null,
              upper: null,
              points: 4,
            },
            {
              name: 'Events',
              current: 60_000,
              curve: { kind: 'exp', beta: 300_000, kappa: 80_000, alpha: 1 },
              weight: 60_000,
              lower: 10_000,
              upper: null,
              points: 24,
            },
          ],
        },
        l,
      ),
    {},
  ],
  [
    'the field plan',
    (l) =>
      buildFieldPlan(
        {
          target: 600_000,
          dealSize: 4_000,
          stages: [
            { name: 'Leads', rate: 0.3 },
            { name: 'Proposals', rate: 0.35 },
          ],
          sellingDays: 200,
          day: SAMPLE_DAY,
          accounts: sampleAccountsRead('A1:G61'),
          classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
          reps: [
            { name: 'Ana', area: 'New York' },
            { name: 'Cai', area: 'Pennsylvania' },
          ],
        },
        l,
      ),
    { Accounts: ACCOUNTS },
  ],
  [
    'the evaluation and dashboard',
    (l) =>
      buildSalesEvaluation(
        {
          actuals: { ...sampleDealsRead(`A1:K${ACTUALS.length}`, 'Region'), createdField: 'Created', productField: 'Product', quantityField: 'Quantity' },
          year: 2017,
          monthsElapsed: 7.5,
          stages: ['Won', 'Lost', 'Open'],
          products: ['Furniture', 'Office Supplies', 'Technology'],
          children: ['Central', 'East', 'South', 'West'].map((name, i) => ({ name, targets: Array.from({ length: 12 }, (_, m) => 300 + 150 * i + 20 * m) })),
          amberFrom: 0.95,
          greenFrom: 1,
        },
        ACTUALS[0].map(String),
        l,
      ),
    { Opportunities: ACTUALS },
  ],
  [
    'the incentive plan',
    (l) =>
      buildIncentivePlan(
        {
          year: 2017,
          actuals: sampleDealsRead(`A1:K${ACTUALS.length}`, 'Owner'),
          reps: ['Kelly Williamson', 'Anna Andreadi'].map((name, i) => ({ name, quota: 2000 + 3000 * i, quotaFormula: null, base: 2000, variable: 400 })),
          ...RATE_PRESETS.gatedTiers,
          capMultiple: 2,
          period: 'quarter',
        },
        ACTUALS[0].map(String),
        l,
      ),
    { Opportunities: ACTUALS },
  ],
  [
    'the sales budget',
    (l) =>
      buildSalesBudget(
        {
          year: 2027,
          target: { value: 1_200_000, formula: null },
          monthShares: Array.from({ length: 12 }, (_, m) => ({ value: (m + 1) / 78, formula: null })),
          grossMargin: 0.55,
          roles: [{ role: 'Account executive', people: { value: 4, formula: null }, salary: 60_000 }],
          hires: [{ name: 'Lan', start: { value: 5, formula: null }, salary: 50_000 }],
          commission: { rate: 0.05, fromPlan: null },
          software: { seats: 6, pricePerMonth: 90 },
          training: { perHire: 2_500, perHeadYear: 1_000 },
          travel: { visits: { value: 1_500, formula: null }, kmPerVisit: 35, costPerKm: 0.45 },
          marketing: { value: 40_000, formula: null },
          others: [{ name: 'Trade show', amount: 12_000 }],
          spread: 'revenue',
        },
        l,
      ),
    {},
  ],
  [
    'the goals',
    (l) =>
      buildGoals(
        {
          deals: {
            sheet: 'Opportunities',
            range: `A1:K${ACTUALS.length}`,
            fields: ACTUALS[0].map(String),
            outcomeField: 'Outcome',
            amountField: 'Amount',
            dateField: 'Closed',
          },
          goals: [
            { name: 'CAC', measure: 'typed', owner: 'Ana', baseline: 200, change: -0.15, kind: 'percent', start: 41640, deadline: 42004, actual: 185 },
            { name: 'Win rate', measure: 'winRate', owner: 'Ben', baseline: 0.6, change: 0.05, kind: 'points', start: 41640, deadline: 42004, actual: null },
            { name: 'Deals', measure: 'dealsWon', owner: '', baseline: 10, change: 0.2, kind: 'percent', start: 41640, deadline: 42004, actual: null },
          ],
          asOf: 41900,
          amberFrom: 0.9,
          greenFrom: 1,
        },
        l,
      ),
    { Opportunities: ACTUALS },
  ],
  [
    'the price and offers',
    (l) =>
      buildPriceOffers(
        {
          products: [
            { name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -2, priceChange: -0.1 },
            { name: 'Paper', price: 5, units: 5000, unitCost: 4.6, elasticity: -1.2, priceChange: -0.1 },
          ],
          offers: [{ name: 'Spring', product: 'Chairs', discount: 0.2, share: 0.3 }],
          rule: 'constant',
        },
        l,
      ),
    {},
  ],
];

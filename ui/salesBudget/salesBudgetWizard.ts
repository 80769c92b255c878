import { lineOf } from '../wizard/namedLines';
import { COST_LINES, COST_SPREADS, ReadNumber, SalesBudgetAnswers, buildSalesBudget, salesBudgetNumbers } from '../../core/plans/salesBudget';
import { h } from '../dom';
import { button, errorLine, factsList, field, linesBox, numberInput, select } from '../form';
import { Host, SelectionValues, UiSettings } from '../host';
import { percentOf, wholeAmount } from '../numbers';
import { StepContext, WizardDefinition, answer, buildButton, runWizard } from '../wizard/wizardRuntime';
import { readBudgetSheet, readFieldPlan, readIncentivePlan, readSalesPlan } from './planReads';
import { SALES_BUDGET_STEPS, SPREAD_LABELS, SalesBudgetState, restoreState, typedLines, typedNumber, validateStep } from './salesBudgetModel';
import { t, uiLanguage } from '../i18n';

type Ctx = StepContext<SalesBudgetState>;

/** Reads the selected plan sheet into the answers, or says beside `field` why it cannot. */
async function fromSelected<R>(
  ctx: Ctx,
  key: string,
  read: (s: SelectionValues) => R | string,
  put: (a: SalesBudgetAnswers, r: R) => Partial<SalesBudgetAnswers>,
) {
  const selection = await ctx.readSelection(key);
  if (!selection) return;
  const got = read(selection);
  if (typeof got === 'string') return ctx.redraw({ [key]: got });
  answer(ctx, put(ctx.state.answers, got));
  ctx.redraw({});
}

/** A number input for a value read from a plan: typing over it makes it typed (the reference is let go). */
function readInput(ctx: Ctx, label: string, read: ReadNumber, put: (v: ReadNumber) => Partial<SalesBudgetAnswers>, name: string, hint?: string): HTMLElement {
  const from = read.formula ? t('Read from {value}: it follows that sheet.', { value: read.formula.slice(1) }) : hint;
  return field(
    label,
    numberInput(read.value, (v) => answer(ctx, put(typedNumber(v))), label),
    name,
    ctx.errors,
    from,
  );
}

/** A labelled box of lines "Name: numbers", read into the answers when the manager leaves it, its problem shown beside it. */
function linesField(ctx: Ctx, label: string, text: string, name: string, read: (value: string) => string | undefined): HTMLElement {
  const box = linesBox(
    label,
    text,
    (typed) => {
      const problem = read(typed);
      ctx.redraw(problem ? { [name]: problem } : {});
    },
    { rows: 4, readOn: 'change' },
  );
  return field(label, box, name, ctx.errors);
}

function stepTarget(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const fromPlan = () =>
    fromSelected(ctx, 'target', readSalesPlan, (current, plan) => ({
      // The budget is for the plan's year (a plan for 2018 read into a budget for 2027 was a different year's).
      ...(plan.year === undefined ? {} : { year: plan.year }),
      target: plan.target,
      monthShares: plan.monthShares,
      roles: [
        { role: current.roles[0]?.role ?? t('Account executive'), people: plan.reps, salary: current.roles[0]?.salary ?? 60_000 },
        ...current.roles.slice(1),
      ],
      hires: plan.hires.map((hire) => ({ ...hire, salary: current.roles[0]?.salary ?? 60_000 })),
    }));
  return [
    button(t('Read the selected Sales plan sheet'), () => void fromPlan()),
    field(
      t('Year'),
      numberInput(a.year, (v) => answer(ctx, { year: v }), t('Year'), '1'),
      'year',
      ctx.errors,
    ),
    readInput(
      ctx,
      t('Revenue target'),
      a.target,
      (target) => ({ target }),
      'target',
      t('Or select a Sales plan sheet from A1 and read it: the budget then follows the plan.'),
    ),
    field(
      t('Gross margin (%)'),
      numberInput(a.grossMargin * 100, (v) => answer(ctx, { grossMargin: v / 100 }), t('Gross margin (%)')),
      'grossMargin',
      ctx.errors,
    ),
    h(
      'p',
      { className: 'sp-hint' },
      a.monthShares.some((s) => s.formula)
        ? t("The month shares are the sales plan's.")
        : t('The months share the revenue evenly; read a sales plan for its seasonality.'),
    ),
  ];
}

function stepTeam(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const roles = (text: string) => {
    const rows = typedLines(text, [Number.NaN, 60_000]);
    if (typeof rows === 'string') return rows;
    answer(ctx, { roles: rows.map(({ name, numbers: [people, salary] }) => ({ role: name, people: typedNumber(people), salary })) });
    return undefined;
  };
  const hires = (text: string) => {
    const rows = typedLines(text, [Number.NaN, 60_000]);
    if (typeof rows === 'string') return rows;
    answer(ctx, { hires: rows.map(({ name, numbers: [start, salary] }) => ({ name, start: typedNumber(start), salary })) });
    return undefined;
  };
  const read = a.roles.some((r) => r.people.formula) || a.hires.some((x) => x.start.formula);
  return [
    linesField(
      ctx,
      t('In post, a role a line: Role: people, salary a year'),
      a.roles.map((r) => lineOf(r.role, [r.people.value, r.salary])).join('\n'),
      'team',
      roles,
    ),
    linesField(
      ctx,
      t('New hires, a line each: Name: start month (1–12), salary a year'),
      a.hires.map((x) => lineOf(x.name, [x.start.value, x.salary])).join('\n'),
      'hires',
      hires,
    ),
    read ? h('p', { className: 'sp-hint' }, t("Reps in post and new reps' start months are read from the sales plan: the budget follows its edits.")) : null,
  ];
}

function stepCommissions(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const fromPlan = () => fromSelected(ctx, 'commission', readIncentivePlan, (_, fromPlan) => ({ commission: { rate: null, fromPlan } }));
  return [
    field(
      t('Commission rate (% of revenue)'),
      numberInput(
        a.commission.rate === null ? Number.NaN : a.commission.rate * 100,
        (v) => answer(ctx, { commission: { rate: Number.isNaN(v) ? null : v / 100, fromPlan: null } }),
        t('Commission rate (% of revenue)'),
      ),
      'commissionRate',
      ctx.errors,
    ),
    button(t('Read the selected Incentive plan sheet'), () => void fromPlan()),
    errorLine(ctx.errors, 'commission'),
    a.commission.fromPlan
      ? h(
          'p',
          { className: 'sp-hint' },
          t('Commissions for the year: {value}, read from the Incentive plan.', { value: wholeAmount(a.commission.fromPlan.value) }),
        )
      : null,
  ];
}

function stepSoftwareAndTraining(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const num = (label: string, value: number, put: (v: number) => Partial<SalesBudgetAnswers>, name: string) =>
    field(
      label,
      numberInput(value, (v) => answer(ctx, put(v)), label),
      name,
      ctx.errors,
    );
  return [
    num(t('Software seats'), a.software.seats, (seats) => ({ software: { ...ctx.state.answers.software, seats } }), 'seats'),
    num(t('Price a seat a month'), a.software.pricePerMonth, (pricePerMonth) => ({ software: { ...ctx.state.answers.software, pricePerMonth } }), 'seatPrice'),
    num(t('Training a new hire'), a.training.perHire, (perHire) => ({ training: { ...ctx.state.answers.training, perHire } }), 'trainingPerHire'),
    num(
      t('Training a head a year'),
      a.training.perHeadYear,
      (perHeadYear) => ({ training: { ...ctx.state.answers.training, perHeadYear } }),
      'trainingPerHead',
    ),
  ];
}

function stepTravelAndMarketing(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const travel = (change: Partial<SalesBudgetAnswers['travel']>) => ({ travel: { ...ctx.state.answers.travel, ...change } });
  return [
    readInput(ctx, t('Visits a year'), a.travel.visits, (visits) => travel({ visits }), 'travel'),
    button(t('Read the selected Field plan sheet'), () => void fromSelected(ctx, 'travel', readFieldPlan, (_, visits) => travel({ visits }))),
    field(
      t('Km a visit'),
      numberInput(a.travel.kmPerVisit, (v) => answer(ctx, travel({ kmPerVisit: v })), t('Km a visit')),
      'travel',
      ctx.errors,
    ),
    field(
      t('Cost a km'),
      numberInput(a.travel.costPerKm, (v) => answer(ctx, travel({ costPerKm: v })), t('Cost a km')),
      'travel',
      ctx.errors,
    ),
    readInput(ctx, t('Marketing for the year'), a.marketing, (marketing) => ({ marketing }), 'marketing'),
    button(t('Read the selected Budget sheet'), () => void fromSelected(ctx, 'marketing', readBudgetSheet, (_, marketing) => ({ marketing }))),
  ];
}

function stepOthers(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const others = (text: string) => {
    const rows = typedLines(text, [Number.NaN]);
    if (typeof rows === 'string') return rows;
    answer(ctx, { others: rows.map(({ name, numbers: [amount] }) => ({ name, amount })) });
    return undefined;
  };
  return [
    linesField(ctx, t('Other lines, a line each: Name: amount a year'), a.others.map((o) => lineOf(o.name, [o.amount])).join('\n'), 'others', others),
    field(
      t('Travel, marketing and other lines fall'),
      select(
        a.spread,
        COST_SPREADS,
        (spread) => answer(ctx, { spread }),
        t('Spread'),
        (s) => t(SPREAD_LABELS[s]),
      ),
      'spread',
      ctx.errors,
    ),
  ];
}

function stepReview(ctx: Ctx): (HTMLElement | null)[] {
  const a = ctx.state.answers;
  const n = salesBudgetNumbers(a);
  const facts: [string, string][] = [
    ...COST_LINES.map((line, k): [string, string] => [t(line), wholeAmount(n.lines[k].reduce((s, v) => s + v, 0))]),
    ...a.others.map((o): [string, string] => [o.name, wholeAmount(o.amount)]),
    [t('Total costs'), wholeAmount(n.totalCosts)],
    [t('Cost of sales (costs ÷ revenue target)'), percentOf(n.costOfSales)],
    [t('Contribution (target × gross margin − costs)'), wholeAmount(n.contribution)],
  ];
  return [
    factsList(facts),
    n.contribution < 0 ? h('p', { className: 'sp-warn' }, t('The costs are above the target’s gross margin: the plan loses money.')) : null,
    buildButton(
      ctx,
      t('Build the sales budget'),
      () => buildSalesBudget(a, uiLanguage()),
      (names) => t('Built “{names}”. Edit a salary, a start month or a plan it reads: every month follows.', { names }),
      t('the sales budget'),
    ),
    ctx.status,
  ];
}

/** The sales-budget wizard: target, team, commissions, software and training, travel and marketing, other lines, review and Build. */
export const SALES_BUDGET_WIZARD: WizardDefinition<SalesBudgetState> = {
  settingsKey: 'salesBudgetWizard',
  restore: restoreState,
  steps: [
    { title: SALES_BUDGET_STEPS[0].title, render: stepTarget, validate: validateStep },
    { title: SALES_BUDGET_STEPS[1].title, render: stepTeam, validate: validateStep },
    { title: SALES_BUDGET_STEPS[2].title, render: stepCommissions, validate: validateStep },
    { title: SALES_BUDGET_STEPS[3].title, render: stepSoftwareAndTraining, validate: validateStep },
    { title: SALES_BUDGET_STEPS[4].title, render: stepTravelAndMarketing, validate: validateStep },
    { title: SALES_BUDGET_STEPS[5].title, render: stepOthers, validate: validateStep },
    { title: SALES_BUDGET_STEPS[6].title, render: stepReview },
  ],
};

export function renderSalesBudgetWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  runWizard(root, host, settings, SALES_BUDGET_WIZARD);
}

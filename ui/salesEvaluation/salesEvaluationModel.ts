import { brokenAnswers } from '../../core/kit/answers';
import { CellValue, serialToUtcDate } from '../../core/kit/cells';
import { normaliseLabel } from '../../core/functions/kpi';
import {
  MONTHS,
  MAX_PRODUCTS,
  EVALUATION_FIELDS,
  SalesEvaluationAnswers,
  actualsTable,
  MAX_STATUSES,
  MAX_FORECAST_COLUMNS,
  MAX_STAGES,
  PipelineAnswers,
  StageProbability,
  byStage,
} from '../../core/plans/salesEvaluation';
import { DEFAULT_STAGE_PROBABILITIES } from '../../core/functions/kpi';
import { lineOf, percentText, typedRows } from '../wizard/namedLines';
import { parseRangeA1, absolute, quotedSheet } from '../../core/kit/sheet';
import { finite, listOf, optional, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep } from '../wizard/modelSteps';
import { t, msg } from '../i18n';
import { MAX_CHILDREN } from '../../core/plans/salesPlan';
import { MAX_FIELDS } from '../host';

/** The wizard's state: the answers, the actuals' fields, and the growth typed targets start from. */
export interface SalesEvaluationState {
  readonly step: number;
  readonly answers: SalesEvaluationAnswers;
  readonly fields: readonly string[];
  readonly growth: number;
}

export function initialState(): SalesEvaluationState {
  return {
    step: 0,
    fields: [],
    growth: 0.1,
    answers: {
      actuals: { sheet: '', range: '', dateField: '', amountField: '', childField: '', statusField: '', countedStatus: '' },
      year: new Date().getUTCFullYear(),
      monthsElapsed: EVALUATION_FIELDS.monthsElapsed.default,
      children: [],
      amberFrom: EVALUATION_FIELDS.amberFrom.default,
      greenFrom: EVALUATION_FIELDS.greenFrom.default,
    },
  };
}

const fieldLike = (fields: readonly string[], pattern: RegExp) => fields.find((f) => pattern.test(f)) ?? '';
const distinct = (values: readonly CellValue[]) => [
  ...new Map(
    values
      .map((v) => String(v ?? '').trim())
      .filter(Boolean)
      .map((v) => [normaliseLabel(v), v]),
  ).values(),
];

/**
 * The actuals' fields guessed from the header (close date, amount, rep or region, status and the
 * status that counts, created date, product, quantity), the year and months gone by of the latest
 * date (its month counted by its days), and the products and statuses found.
 *
 * @example
 * readActuals(opportunities).actuals.countedStatus //=> 'Won'
 */
export function readActuals(
  values: readonly (readonly CellValue[])[],
  sheet: string,
  range: string,
): Pick<SalesEvaluationAnswers, 'actuals' | 'year' | 'monthsElapsed' | 'products' | 'stages'> {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const rows = values.slice(1);
  const column = (f: string) => rows.map((r) => r[fields.indexOf(f)] ?? null);
  const dateField = fieldLike(fields, /closed|close date|won on/i) || fieldLike(fields, /date/i);
  const statusField = fieldLike(fields, /outcome|status|stage/i);
  const statuses = statusField ? distinct(column(statusField)) : [];
  const productField = fieldLike(fields, /product|category|item|sku/i);
  const quantityField = fieldLike(fields, /quantity|qty|units/i);
  const latest = Math.max(0, ...column(dateField).filter((v): v is number => typeof v === 'number'));
  const day = serialToUtcDate(latest);
  const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    actuals: {
      sheet,
      range,
      dateField,
      statusField,
      amountField: fieldLike(fields, /amount|revenue|sales|value/i),
      childField: fieldLike(fields, /owner|rep|region|territor|area/i) || fields[0] || '',
      countedStatus: statuses.find((s) => /^won$/i.test(s)) ?? statuses[0] ?? '',
      createdField: fieldLike(fields, /created|opened|start/i),
      productField,
      quantityField,
    },
    year: day.getUTCFullYear(),
    monthsElapsed: Math.min(12, day.getUTCMonth() + Math.round((day.getUTCDate() / daysInMonth) * 10) / 10),
    products: productField && quantityField ? distinct(column(productField)).slice(0, MAX_PRODUCTS) : [],
    stages: statuses.slice(0, MAX_STATUSES),
  };
}

/**
 * The open pipeline's fields guessed from its header (amount, expected close date, probability,
 * forecast category) and the categories found, in order of first appearance.
 *
 * @example
 * readPipeline(pipeline, 'Pipeline', 'A1:I42').closeField //=> 'Expected close'
 */
export function readPipeline(values: readonly (readonly CellValue[])[], sheet: string, range: string): PipelineAnswers {
  const fields = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const categoryField = fieldLike(fields, /forecast|category/i);
  const read = {
    sheet,
    range,
    fields,
    amountField: fieldLike(fields, /amount|value|revenue|sales/i),
    closeField: fieldLike(fields, /close|closing/i) || fieldLike(fields, /date/i),
    probabilityField: fieldLike(fields, /probab|likel|chance|%/i),
    categoryField,
    categories: pipelineCategories(values, fields, categoryField),
  };
  // No probability field: each deal's stage gives it, from the stage table.
  const stageField = fieldLike(fields, /stage|phase/i);
  return read.probabilityField || !stageField ? read : withProbabilityFrom(read, 'stage', values, stageField);
}

/** Where a deal's probability comes from: a field of the deal, or its stage's row in a stage table. */
export type ProbabilityFrom = 'field' | 'stage';

/**
 * The stages found in a stage field, in order of first appearance, each with WEIGHTEDPIPE's default
 * probability where the name is one of its stages (Salesforce's), else NaN for the manager to type.
 *
 * @example
 * stagesOf(table, fields, 'Stage') //=> [{ name: 'Prospecting', probability: 0.1 }, { name: 'Proposal', probability: NaN }, …]
 */
export function stagesOf(values: readonly (readonly CellValue[])[], fields: readonly string[], field: string): StageProbability[] {
  const i = fields.indexOf(field);
  const known = new Map(DEFAULT_STAGE_PROBABILITIES.map(([name, p]) => [name.toLowerCase(), p]));
  return i < 0
    ? []
    : distinct(values.slice(1).map((r) => r[i] ?? null))
        .slice(0, MAX_STAGES)
        .map((name) => ({ name, probability: known.get(name.toLowerCase()) ?? Number.NaN }));
}

/**
 * The pipeline with its probabilities from a field (the stage table put away) or from each deal's
 * stage (the stage field, and a stage table of the stages the field holds).
 *
 * @example
 * withProbabilityFrom(pipeline, 'stage', table, 'Stage').stages?.[0] //=> { name: 'Prospecting', probability: 0.1 }
 */
export function withProbabilityFrom(
  p: PipelineAnswers,
  from: ProbabilityFrom,
  table?: readonly (readonly CellValue[])[],
  stageField = p.stageField || fieldLike(p.fields, /stage|phase/i) || p.fields[0] || '',
): PipelineAnswers {
  if (from === 'field') {
    const { stageField: _stage, stages: _stages, ...rest } = p;
    return { ...rest, probabilityField: p.probabilityField || fieldLike(p.fields, /probab|likel|chance|%/i) || p.fields[0] || '' };
  }
  const stages = table ? stagesOf(table, p.fields, stageField) : (p.stages ?? []);
  return { ...p, probabilityField: '', stageField, stages: stages.length > 0 ? stages : [{ name: '', probability: Number.NaN }] };
}

/** The stage table as the pane's box shows it, a line each: "Proposal: 50%". */
export const stagesAsText = (stages: readonly StageProbability[]) => stages.map((s) => lineOf(s.name, [percentText(s.probability)])).join('\n');

/**
 * The stage table typed a line each, "Stage: 40%" (or 0.4).
 *
 * @example
 * typedStages('Proposal: 50%\nNegotiation: 0.75') //=> [{ name: 'Proposal', probability: 0.5 }, { name: 'Negotiation', probability: 0.75 }]
 */
export const typedStages = (typed: string): StageProbability[] => typedRows(typed, 1).map(({ name, numbers: [probability] }) => ({ name, probability }));

/** The distinct values of the category field, in order of first appearance: the columns the forecast block gives them. */
function pipelineCategories(values: readonly (readonly CellValue[])[], fields: readonly string[], field: string): string[] {
  const i = fields.indexOf(field);
  return i < 0 ? [] : distinct(values.slice(1).map((r) => r[i] ?? null)).slice(0, MAX_FORECAST_COLUMNS);
}

/**
 * The pipeline's answers after a field is chosen: its categories follow the category field.
 *
 * @example
 * withPipelineField(pipeline, 'categoryField', '', table).categories //=> []
 */
export function withPipelineField(
  p: PipelineAnswers,
  key: 'amountField' | 'closeField' | 'probabilityField' | 'categoryField',
  value: string,
  table?: readonly (readonly CellValue[])[],
): PipelineAnswers {
  const next = { ...p, [key]: value };
  return key === 'categoryField' ? { ...next, categories: table ? pipelineCategories(table, p.fields, value) : [] } : next;
}

/**
 * Targets from last year: each child's actual month by month in the year before (counted rows), grown
 * by `growth`, rounded to whole units; the children are the values of the child field in either year.
 *
 * @example
 * targetsFromLastYear(answers, table, 0.1)[0] //=> { name: 'Central', targets: [1210, 880, …] }
 */
export function targetsFromLastYear(a: SalesEvaluationAnswers, values: readonly (readonly CellValue[])[], growth: number): SalesEvaluationAnswers['children'] {
  const actuals = actualsTable(a, values);
  const [d, amt, ch] = [a.actuals.dateField, a.actuals.amountField, a.actuals.childField].map(actuals.column);
  const rows = actuals.rows.filter((r) => typeof r[d] === 'number' && actuals.counts(r));
  const yearOf = (r: readonly CellValue[]) => serialToUtcDate(r[d] as number).getUTCFullYear();
  const names = distinct(rows.filter((r) => yearOf(r) >= a.year - 1 && yearOf(r) <= a.year).map((r) => r[ch]));
  return names.map((name) => ({
    name,
    targets: MONTHS.map((_, m) =>
      Math.round(
        rows
          .filter(
            (r) =>
              yearOf(r) === a.year - 1 && serialToUtcDate(r[d] as number).getUTCMonth() === m && normaliseLabel(String(r[ch] ?? '')) === normaliseLabel(name),
          )
          .reduce((s, r) => s + (typeof r[amt] === 'number' ? (r[amt] as number) : 0), 0) *
          (1 + growth),
      ),
    ),
  }));
}

/**
 * Targets read from a plan sheet's selected rows: names in the first column, a column a month headed
 * Jan … Dec, in English or the pane's language (the sales-plan wizard's layout), header row first. Each month's cell is referenced, so the
 * evaluation follows the plan; a month the selection lacks is a typed 0. A message when there is none.
 *
 * @example
 * targetsFromPlan({ sheet: 'Sales plan 2027', address: 'A11:P15', values }).children[0].targetCells[0] //=> "'Sales plan 2027'!$E$12"
 */
export function targetsFromPlan(selection: {
  sheet?: string;
  address: string;
  values: readonly (readonly unknown[])[];
}): SalesEvaluationAnswers['children'] | string {
  const header = (selection.values[0] ?? []).map((v) => String(v ?? '').trim());
  // A plan built in English or in the pane's language: its month headers are either.
  const columns = MONTHS.map((m) => header.findIndex((h) => [m, t(m)].some((name) => h.toLowerCase() === name.toLowerCase())));
  if (columns.every((c) => c < 0)) return t("Select the plan's rows with their header: names in the first column, a column a month headed Jan … Dec.");
  const { top, left } = parseRangeA1(selection.address.replace(/^.*!/, '').replace(/\$/g, '').split(':')[0]);
  const sheet = quotedSheet(selection.sheet ?? 'Sheet1');
  const rows = selection.values
    .slice(1)
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => String(r[0] ?? '').trim() !== '' && ![t('Total'), 'Total'].some((total) => String(r[0]).trim().toLowerCase() === total.toLowerCase()));
  if (rows.length === 0) return t('The selection has no named rows under its header.');
  if (rows.length > MAX_CHILDREN) return tooMany(MAX_CHILDREN, rows.length);
  return rows.map(({ r, i }) => ({
    name: String(r[0]).trim(),
    targets: columns.map((c) => (c >= 0 && typeof r[c] === 'number' ? (r[c] as number) : 0)),
    targetCells: columns.map((c) => (c >= 0 ? `${sheet}!${absolute(top + 1 + i, left + c)}` : null)),
  }));
}

/**
 * The actuals' answers after a field is chosen: the statuses and products a plan lists follow their
 * field (none when it is "(none)", the column's distinct values when the table is at hand), so the
 * Dashboard never charts the statuses of a field no longer used.
 *
 * @example
 * withActualsField(state, 'statusField', '', table).answers.stages //=> []
 */
export function withActualsField(
  state: SalesEvaluationState,
  key: keyof SalesEvaluationAnswers['actuals'],
  value: string,
  table?: readonly (readonly CellValue[])[],
): SalesEvaluationState {
  const a = state.answers;
  const actuals = { ...a.actuals, [key]: value };
  const column = (field: string) => {
    const i = state.fields.indexOf(field);
    return i < 0 || !table ? [] : table.slice(1).map((r) => r[i] ?? null);
  };
  if (key === 'statusField') {
    const stages = value ? distinct(column(value)).slice(0, MAX_STATUSES) : [];
    const countedStatus = stages.find((s) => /^won$/i.test(s)) ?? stages[0] ?? (value ? a.actuals.countedStatus : '');
    return { ...state, answers: { ...a, actuals: { ...actuals, countedStatus }, stages } };
  }
  if (key === 'productField' || key === 'quantityField') {
    const products = actuals.productField && actuals.quantityField ? distinct(column(actuals.productField)).slice(0, MAX_PRODUCTS) : [];
    return { ...state, answers: { ...a, actuals, products } };
  }
  return { ...state, answers: { ...a, actuals } };
}

/** The actuals: read, and their date, amount and child fields (and any optional one) fields of the table. */
function checkActuals(state: SalesEvaluationState): Record<string, string> {
  const a = state.answers;
  if (a.actuals.range === '' || state.fields.length === 0)
    return { actuals: t('Select the actuals in the sheet, header row included, then press the button.') };
  const missing = [a.actuals.dateField, a.actuals.amountField, a.actuals.childField].some((f) => !state.fields.includes(f));
  if (missing) return { actualFields: t('Choose the fields that give a date, an amount and who or where it counts for.') };
  // Optional fields too must be fields of the table (a restored state may name one it no longer has).
  const chosen = [a.actuals.statusField, a.actuals.createdField, a.actuals.productField, a.actuals.quantityField].filter((f): f is string => Boolean(f));
  const unknown = chosen.find((f) => !state.fields.includes(f));
  if (unknown) return { actualFields: t('The actuals have no field "{field}": choose one of their fields, or (none).', { field: unknown }) };
  return checkPipeline(a.pipeline);
}

/** The open pipeline, when given: an amount, a close date and a probability (or a stage), each a field of it. */
function checkPipeline(p: PipelineAnswers | undefined): Record<string, string> {
  if (!p) return {};
  if (p.stageField !== undefined) {
    const wrong = checkStages(p);
    if (wrong) return { stages: wrong };
  }
  const needed = [p.amountField, p.closeField, byStage(p) ? p.stageField! : p.probabilityField];
  if (needed.some((f) => !p.fields.includes(f)) || (p.categoryField && !p.fields.includes(p.categoryField)))
    return { pipeline: t('Choose the pipeline fields that give an amount, an expected close date and a probability.') };
  return new Set(needed).size < needed.length ? { pipeline: t('The amount, close date and probability must be three different fields.') } : {};
}

/** A stage table a deal's stage can be looked up in: named stages, each once, each with a probability from 0% to 100%. */
function checkStages(p: PipelineAnswers): string | undefined {
  const stages = p.stages ?? [];
  if (stages.length === 0) return t('Give each stage its probability, a line each: "Proposal: 50%".');
  if (stages.length > MAX_STAGES) return tooMany(MAX_STAGES, stages.length);
  const unnamed = stages.find((s) => s.name.trim() === '');
  if (unnamed) return t('Give each stage its probability, a line each: "Proposal: 50%".');
  const outside = stages.find((s) => !(s.probability >= 0 && s.probability <= 1));
  if (outside) return t('The probability of "{stage}" must be from 0% to 100% (type 40% or 0.4).', { stage: outside.name });
  const names = stages.map((s) => s.name.toLowerCase());
  const twice = stages.find((s, i) => names.indexOf(s.name.toLowerCase()) !== i);
  return twice ? t('"{stage}" is listed twice: keep one line a stage.', { stage: twice.name }) : undefined;
}

/** The targets: the children's, not too many, the months gone by, and the RAG cut-offs. */
function checkTargets(state: SalesEvaluationState): Record<string, string> {
  const a = state.answers;
  if (a.children.length === 0) return { targets: t("Give targets: from last year's actuals with growth, or from a plan sheet's rows.") };
  if (a.children.length > MAX_CHILDREN) return { targets: tooMany(MAX_CHILDREN, a.children.length) };
  // Each number answer by its declared rule (EVALUATION_FIELDS), as the sheet's input rules are.
  const ruled = brokenAnswers(EVALUATION_FIELDS, 1, a, t);
  if (Object.keys(ruled).length > 0) return ruled;
  if (a.children.some((c) => c.targets.some((x) => !Number.isFinite(x))))
    return { targets: t('A target is not a number: give the targets again, from last year with a growth typed, or from a plan.') };
  return a.amberFrom <= a.greenFrom ? {} : { cutOffs: t('Amber must start at or below green.') };
}

/** The wizard's steps: each title and the check it must pass before the next. */
export const SALES_EVALUATION_STEPS: readonly ModelStep<SalesEvaluationState>[] = [
  { title: msg('The actuals'), check: checkActuals },
  { title: msg('The targets'), check: checkTargets },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(SALES_EVALUATION_STEPS);

const STATE = shaped({
  step: (v: unknown) => stepOf(SALES_EVALUATION_STEPS.length)(v),
  fields: listOf(text, MAX_FIELDS),
  growth: finite,
  answers: shaped({
    ...declaredNumbers(EVALUATION_FIELDS),
    actuals: shaped({
      sheet: text,
      range: (v) => text(v) && /^([A-Z]+\d+:[A-Z]+\d+)?$/.test(v as string),
      dateField: text,
      amountField: text,
      childField: text,
      statusField: text,
      countedStatus: text,
      createdField: optional(text),
      productField: optional(text),
      quantityField: optional(text),
    }),
    products: optional(listOf(text, MAX_PRODUCTS)),
    pipeline: optional(
      shaped({
        sheet: text,
        range: (v) => text(v) && /^[A-Z]+\d+:[A-Z]+\d+$/.test(v as string),
        fields: listOf(text, MAX_FIELDS),
        amountField: text,
        closeField: text,
        probabilityField: text,
        stageField: optional(text),
        stages: optional(listOf(shaped({ name: text, probability: finite }), MAX_STAGES)),
        categoryField: optional(text),
        categories: optional(listOf(text, MAX_FORECAST_COLUMNS)),
      }),
    ),
    stages: optional(listOf(text, MAX_STATUSES)),
    children: listOf(
      shaped({
        name: text,
        targets: listOf(finite, 12),
        targetCells: optional(
          listOf(
            orNull((v) => text(v) && /^'(?:[^']|'')+'!\$[A-Z]+\$\d+$/.test(v as string)),
            12,
          ),
        ),
      }),
      MAX_CHILDREN,
    ),
  }),
});

/** The state restored from the document, checked as untrusted input (a plan reference must be a plain cell). */
export function restoreState(saved: unknown): { state: SalesEvaluationState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}

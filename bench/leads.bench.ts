/**
 * Lead scoring at the sizes users reach, printing against peers measured in the same run:
 * 1. LEADMODEL on 4,999 leads × 10 numeric features (its largest input), through the built Apps Script bundle and in
 *    core, against a plain-JavaScript reference fit (batch gradient ascent, 300 passes) of the same
 *    penalised likelihood; the goal is under a second in Apps Script.
 * 2. The predictive score's held-out AUC on five public datasets (bench/publicDatasets.ts: Superstore
 *    order lines by year, films, penguins, cars, bird strikes), against an L2 logistic regression
 *    with default settings (scikit-learn's: one-hot, C = 1) fitted here on the same leads; and on
 *    Superstore a rule score a manager might write for it (LEADSCORE).
 * Prints, asserts nothing.
 */
import { CATALOGUE, invokeFunction } from '../core';
import { appsScriptInThisRealm } from './appsScriptRealm';
import { newtonLogistic, referenceLogistic } from '../tests/harness/referenceLogistic';
import { LeadTable, leadDatasets } from './publicDatasets';
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

/** AUC and top-decile lift of scores on the held-out leads. */
function quality(scores: unknown, outcomes: readonly (readonly string[])[]) {
  const auc = invokeFunction(byName('SCOREAUC'), [scores, outcomes.slice(1)]) as number;
  const lift = invokeFunction(byName('LIFT'), [scores, outcomes.slice(1)]) as number;
  return { auc, lift };
}

/**
 * On each public dataset, held out: the predictive score (LEADMODEL → LEADPROB) against an L2
 * logistic regression with default settings fitted here on the same leads. On Superstore also a
 * rule score a manager might write for it (LEADSCORE).
 */
function heldOutAuc(): void {
  console.log(
    '\nHeld-out AUC on public datasets (every third row held out; Superstore by year): LEADMODEL against an L2 logistic regression with default settings',
  );
  const rows: string[][] = [];
  for (const { name, train, test } of leadDatasets()) {
    const model = invokeFunction(byName('LEADMODEL'), [train.features, train.outcomes]);
    const ours = quality(invokeFunction(byName('LEADPROB'), [test.features, model]), test.outcomes);
    const referenceScores = defaultLogisticProbabilities(train, test);
    const reference = quality(
      referenceScores.map((p) => [p]),
      test.outcomes,
    );
    const [low, high] = pairedInterval(invokeFunction(byName('LEADPROB'), [test.features, model]) as number[][], referenceScores, test.outcomes);
    rows.push([
      name,
      `${train.features.length - 1} / ${test.features.length - 1}`,
      ours.auc.toFixed(4),
      reference.auc.toFixed(4),
      (ours.auc - reference.auc).toFixed(4),
      `${low.toFixed(4)} … ${high.toFixed(4)}`,
      ours.lift.toFixed(2),
    ]);
  }
  console.table(
    rows.map(([dataset, leads, auc, referenceAuc, difference, interval, lift]) => ({
      dataset,
      'fitted / held out': leads,
      'LEADMODEL AUC': auc,
      'reference AUC': referenceAuc,
      difference,
      "difference's 95% interval": interval,
      'LEADMODEL top-decile lift': lift,
    })),
  );
  const { test } = leadDatasets()[0];
  const rules = [
    ['Discount', 'at most', 0.1, 50, 'Price'],
    ['Discount', 'more than', 0.3, -40, 'Price'],
    ['Category', 'is', 'Technology', 20, 'Fit'],
    ['Category', 'is', 'Furniture', -10, 'Fit'],
    ['Quantity', 'at least', 5, 10, 'Fit'],
  ];
  const rule = quality(invokeFunction(byName('LEADSCORE'), [test.features, rules]), test.outcomes);
  console.log(`Superstore 2017, a rule score (LEADSCORE, 5 rules): AUC ${rule.auc.toFixed(3)}, top-decile lift ${rule.lift.toFixed(2)}`);
}

/**
 * The 95% interval of the AUC difference (ours − reference) over 1,000 resamples of the held-out
 * leads, both scores on the same resample: how far the difference could move by the luck of which
 * leads were held out. An interval across 0 is no detectable difference.
 */
function pairedInterval(ours: readonly (readonly number[])[], reference: readonly number[], outcomes: readonly (readonly string[])[]): [number, number] {
  const random = seededRandom(7);
  const n = reference.length;
  const differences: number[] = [];
  for (let b = 0; b < 1000; b += 1) {
    const pick = Array.from({ length: n }, () => Math.floor(random() * n));
    const won = pick.map((i) => [outcomes[i + 1][0]]);
    const auc = (scores: number[]) => invokeFunction(byName('SCOREAUC'), [scores.map((x) => [x]), won]) as number;
    differences.push(auc(pick.map((i) => ours[i][0])) - auc(pick.map((i) => reference[i])));
  }
  differences.sort((x, y) => x - y);
  return [differences[25], differences[974]];
}

/**
 * What a data scientist would fit with default settings (scikit-learn's LogisticRegression: every
 * category one-hot, blanks a category of their own, numbers as they are, L2 with C = 1, the
 * intercept unpenalised), solved to its optimum by Newton's method, and its probabilities on the
 * held-out leads.
 */
function defaultLogisticProbabilities(train: LeadTable, test: LeadTable): number[] {
  const header = train.features[0] as string[];
  const rows = train.features.slice(1);
  const numeric = header.map((_, j) => rows.every((r) => typeof r[j] === 'number'));
  const levels = header.map((_, j) => (numeric[j] ? null : [...new Set(rows.map((r) => String(r[j])))]));
  const encode = (r: unknown[]) => header.flatMap((_, j) => (levels[j] ? levels[j]!.map((level) => (String(r[j]) === level ? 1 : 0)) : [r[j] as number]));
  const beta = newtonLogistic(
    rows.map(encode),
    train.outcomes.slice(1).map((o) => (o[0] === 'Won' ? 1 : 0)),
    1,
  );
  return test.features.slice(1).map((r) => 1 / (1 + Math.exp(-encode(r).reduce((s, x, i) => s + x * beta[i + 1], beta[0]))));
}

fitTimes();
heldOutAuc();

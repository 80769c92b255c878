import { CellValue } from '../../kit/cells/values';
import { SheetError } from '../../kit/cells/errors';
import { referenceLogistic } from '../../../tests/harness/referenceLogistic';
import { fitLeadModel, fitLogistic, LeadModel } from './leadModel';
import { leadFactors, leadProbabilities, readModel } from './applyModel';
import { modelTable } from './leadModel';
import { scoreAuc } from './scoreQuality';

/** A deterministic pseudo-random sequence, so every run fits the same leads. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Leads whose odds of winning follow known weights: visits help, a cold source hurts. */
function leads(n: number, seed = 1) {
  const random = seeded(seed);
  const rows: CellValue[][] = [['Visits', 'Emails', 'Source']];
  const outcomes: CellValue[][] = [['Outcome']];
  for (let i = 0; i < n; i += 1) {
    const visits = Math.floor(random() * 20);
    const emails = Math.floor(random() * 10);
    const source = random() < 0.3 ? 'Cold call' : random() < 0.5 ? 'Webinar' : 'Referral';
    const logit = -1 + 0.15 * visits + 0.05 * emails - (source === 'Cold call' ? 1 : 0);
    rows.push([visits, emails, source]);
    outcomes.push([random() < 1 / (1 + Math.exp(-logit)) ? 'Won' : 'Lost']);
  }
  return { rows, outcomes };
}

describe('fitting the predictive lead score', () => {
  it('finds the same coefficients as a plain gradient fit of the same penalised likelihood', () => {
    const random = seeded(7);
    const x = Array.from({ length: 300 }, () => [random() * 2 - 1, random() * 2 - 1]);
    const y = x.map(([a, b]) => (random() < 1 / (1 + Math.exp(-(0.5 + 2 * a - b))) ? 1 : 0));
    const newton = fitLogistic(Float64Array.from(x.flat()), y, 2, 1);
    const reference = referenceLogistic(x, y, 1, 20_000, 1);
    [...newton].forEach((b, i) => expect(b).toBeCloseTo(reference[i], 5));
  });

  it('is deterministic: the same leads give the same model', () => {
    const { rows, outcomes } = leads(500);
    expect(modelTable(fitLeadModel(rows, outcomes, 1) as LeadModel)).toEqual(modelTable(fitLeadModel(rows, outcomes, 1) as LeadModel));
  });

  it('recovers the direction of the true weights, and ranks held-out leads well', () => {
    const train = leads(2000, 3);
    const model = fitLeadModel(train.rows, train.outcomes, 1) as LeadModel;
    const coefficient = (name: string) => model.terms.find((t) => t.name === name)!.coefficient;
    expect(coefficient('Visits')).toBeGreaterThan(0);
    expect(coefficient('Source = Cold call')).toBeLessThan(0);
    const test = leads(1000, 4);
    const probabilities = leadProbabilities(test.rows, readModel(modelTable(model)) as LeadModel) as number[];
    const auc = scoreAuc(probabilities.map((score, i) => ({ score, won: test.outcomes[i + 1][0] === 'Won' ? 1 : 0 }))) as number;
    expect(auc).toBeGreaterThan(0.7);
  });

  it('keeps coefficients finite on perfectly separable leads, thanks to the penalty', () => {
    const rows: CellValue[][] = [['Visits'], ...Array.from({ length: 80 }, (_, i) => [i])];
    const outcomes: CellValue[][] = [['Outcome'], ...Array.from({ length: 80 }, (_, i) => [i < 40 ? 'Lost' : 'Won'])];
    const model = fitLeadModel(rows, outcomes, 1) as LeadModel;
    expect(Number.isFinite(model.terms[0].coefficient)).toBe(true);
    expect(model.terms[0].coefficient).toBeGreaterThan(1);
  });

  it('gives every category a term under a penalty, as a one-hot L2 fit with the intercept unpenalised does (no reference level pulled on)', () => {
    const random = seeded(11);
    const levels = ['A', 'A', 'A', 'B', 'C'];
    const won = { A: 0.9, B: 0.3, C: 0.5 } as Record<string, number>;
    const sources = Array.from({ length: 200 }, () => levels[Math.floor(random() * levels.length)]);
    const outcomes = sources.map((s) => (random() < won[s] ? 'Won' : 'Lost'));
    const model = fitLeadModel([['Source'], ...sources.map((s) => [s])], [['Outcome'], ...outcomes.map((o) => [o])], 1) as LeadModel;
    expect(model.terms.map((t) => t.name)).toEqual(['Source = A', 'Source = B', 'Source = C']);
    const oneHot = sources.map((s) => ['A', 'B', 'C'].map((level) => (s === level ? 1 : 0)));
    const reference = referenceLogistic(
      oneHot,
      outcomes.map((o) => (o === 'Won' ? 1 : 0)),
      1,
      60_000,
      2,
    );
    [model.intercept, ...model.terms.map((t) => t.coefficient)].forEach((b, i) => expect(b).toBeCloseTo(reference[i], 6));
  });

  it('says in its model row when, without a penalty, leads are perfectly separated and the coefficients grow without bound', () => {
    const rows: CellValue[][] = [['Visits'], ...Array.from({ length: 80 }, (_, i) => [i])];
    const outcomes: CellValue[][] = [['Outcome'], ...Array.from({ length: 80 }, (_, i) => [i < 40 ? 'Lost' : 'Won'])];
    expect((fitLeadModel(rows, outcomes, 0) as LeadModel).method).toBe(
      'logistic regression (L2 0): some leads are perfectly separated by their terms, so coefficients grow without bound; give l2 above 0',
    );
    expect((fitLeadModel(rows, outcomes, 1) as LeadModel).method).toBe('logistic regression (L2 1)');
  });

  it("explains a lead by contributions that add up to its logit less the average lead's", () => {
    const { rows, outcomes } = leads(400, 5);
    const model = readModel(modelTable(fitLeadModel(rows, outcomes, 1) as LeadModel)) as LeadModel;
    const lead = rows.slice(0, 2);
    const factors = (leadFactors(lead, model, 10) as string[][])[0].filter(Boolean);
    expect(factors[0]).toMatch(/^(Visits|Emails|Source is (not )?.+) \([+-]\d+\.\d{2}\)$/);
    const sum = factors.reduce((total, f) => total + Number(f.match(/\(([+-]\d+\.\d{2})\)$/)![1]), 0);
    const logit = (p: number) => Math.log(p / (1 - p));
    const average = model.intercept + model.terms.filter((t) => t.name.includes(' = ')).reduce((a, t) => a + t.coefficient * t.mean, 0);
    const [p] = leadProbabilities(lead, model) as number[];
    expect(Math.abs(sum - (logit(p) - average))).toBeLessThan(0.005 * factors.length + 1e-9);
  });

  it('says so when it cannot fit', () => {
    expect(fitLeadModel([['Visits'], [1]], [['Outcome'], ['Won']], 1)).toBeInstanceOf(SheetError);
  });
});

import { SheetError, isSheetError, reason } from '../../kit/cells/errors';
import { Range } from '../../kit/cells/values';
import { defineFunction } from '../../kit/catalogue/types';
import { divide, firstNegative } from './guards';
import { normaliseLabel } from './labels';
import { sameShape } from './sameShape';

/**
 * The stage probabilities WEIGHTEDPIPE uses when none are given: Salesforce's default opportunity
 * stages, plus plain Won and Lost.
 */
export const DEFAULT_STAGE_PROBABILITIES: readonly (readonly [string, number])[] = [
  ['Prospecting', 0.1],
  ['Qualification', 0.1],
  ['Needs Analysis', 0.2],
  ['Value Proposition', 0.5],
  ['Id. Decision Makers', 0.6],
  ['Perception Analysis', 0.7],
  ['Proposal/Price Quote', 0.75],
  ['Negotiation/Review', 0.9],
  ['Closed Won', 1],
  ['Closed Lost', 0],
  ['Won', 1],
  ['Lost', 0],
];

/** A stage table read from the user's two columns (stage, probability), or the error that stops it. */
function readStageTable(table: Range): Map<string, number> | SheetError {
  if (table.length === 0 || table[0].length !== 2) return new SheetError('VALUE', reason('stage_table must have two columns: stage and probability'));
  const probabilities = new Map<string, number>();
  for (const [index, [stage, probability]] of table.entries()) {
    if (stage === null && probability === null) continue;
    if (typeof stage !== 'string') return new SheetError('VALUE', reason('row {value} of stage_table has no stage name', { value: index + 1 }));
    if (typeof probability !== 'number') return new SheetError('VALUE', reason('stage "{stage}" has no probability', { stage }));
    if (probability < 0 || probability > 1)
      return new SheetError('NUM', reason('the probability of "{stage}" must be between 0 and 1 (write 40% or 0.4)', { stage }));
    probabilities.set(normaliseLabel(stage), probability);
  }
  return probabilities;
}

/**
 * Weighted pipeline: Σ amount × probability of the deal's stage.
 *
 * @example
 * weightedPipeline([[1000], [500]], [['Prospecting'], ['Negotiation/Review']]) //=> 550
 */
export function weightedPipeline(amounts: Range, stages: Range, stageTable?: Range): number | SheetError {
  const shapeError = sameShape({ amounts, stages });
  if (shapeError) return shapeError;
  const probabilities = stageTable ? readStageTable(stageTable) : new Map(DEFAULT_STAGE_PROBABILITIES.map(([stage, p]) => [normaliseLabel(stage), p]));
  if (isSheetError(probabilities)) return probabilities;
  let weighted = 0;
  // A pipeline of a million deals has a handful of stage texts: normalise each once.
  const seen = new Map<unknown, number | undefined>();
  for (let r = 0; r < amounts.length; r += 1) {
    for (let c = 0; c < amounts[r].length; c += 1) {
      const amount = amounts[r][c];
      const stage = stages[r][c];
      if (typeof amount !== 'number' || stage === null) continue;
      let probability = seen.get(stage);
      if (probability === undefined && !seen.has(stage)) {
        probability = probabilities.get(normaliseLabel(String(stage)));
        seen.set(stage, probability);
      }
      if (probability === undefined)
        return new SheetError('NA', reason('stage "{stage}" (row {row}) is not in the stage table', { stage: String(stage), row: r + 1 }));
      weighted += amount * probability;
    }
  }
  return weighted;
}

export const WEIGHTEDPIPE = defineFunction({
  name: 'WEIGHTEDPIPE',
  title: 'Weighted pipeline',
  summary: "Weighted pipeline: the sum of each deal's amount × its stage's probability.",
  description:
    "Adds up amount × probability over the deals, the probability looked up by the deal's stage " +
    "(ignoring case). Without a stage table it uses the default one (Salesforce's stages: " +
    'Prospecting 10%, Qualification 10%, Needs Analysis 20%, Value Proposition 50%, Id. Decision Makers ' +
    '60%, Perception Analysis 70%, Proposal/Price Quote 75%, Negotiation/Review 90%, Closed Won and Won ' +
    '100%, Closed Lost and Lost 0%). Your own table is two columns: stage, probability (0..1). Rows ' +
    'with no amount or no stage are left out; a stage missing from the table is #N/A.',
  category: 'KPI',
  params: [
    { name: 'amounts', kind: 'range', description: 'The deal amounts.' },
    { name: 'stages', kind: 'range', description: "Each deal's stage, the same size as amounts." },
    { name: 'stage_table', kind: 'range', optional: true, description: 'Two columns: stage name and its probability of closing (0..1).' },
  ],
  returns: { description: 'The probability-weighted pipeline amount.', format: 'money' },
  errors: [
    { kind: 'NA', when: "a deal's stage is not in the stage table" },
    { kind: 'NUM', when: 'a probability is outside 0..1' },
    { kind: 'VALUE', when: 'amounts and stages differ in size, or the stage table is not two columns of names and numbers' },
  ],
  examples: [
    { formula: '=WEIGHTEDPIPE({1000; 500}, {"Prospecting"; "Negotiation/Review"})', note: '1,000 × 10% + 500 × 90%.' },
    { formula: '=WEIGHTEDPIPE(G2:G201, F2:F201, {"Won", 1; "Lost", 0; "Open", 0.4})', note: "Your own probabilities for the sample's outcomes." },
  ],
  run: (amounts, stages, table) => weightedPipeline(amounts, stages, table),
});

export const PIPECOVERAGE = defineFunction({
  name: 'PIPECOVERAGE',
  title: 'Pipeline coverage',
  summary: 'Pipeline coverage: open pipeline / (quota − closed won).',
  description:
    'Returns how many times the open pipeline covers what is still to win: open pipeline / (quota − ' +
    'closed won). The coverage needed is 1 / win rate (3× at a 33% win rate). Each argument may be a ' +
    'number or a range to add up.',
  category: 'KPI',
  params: [
    { name: 'open_pipeline', kind: 'total', description: 'The amount of the open deals due in the period.' },
    { name: 'quota', kind: 'total', description: 'The quota or target for the period.' },
    { name: 'closed_won', kind: 'total', optional: true, defaultText: '0', description: 'What is already won in the period.' },
  ],
  returns: { description: 'The coverage ratio (3 = three times what remains).', format: 'number' },
  errors: [
    { kind: 'DIV0', when: 'closed won equals the quota: nothing remains to cover' },
    { kind: 'NUM', when: 'a value is negative, or more is won than the quota' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=PIPECOVERAGE(450000, 250000, 100000)', note: '450,000 open for 150,000 still to win: 3×.' },
    {
      formula: '=PIPECOVERAGE(SUMIFS(G2:G201, F2:F201, "Open"), 120000, SUMIFS(G2:G201, F2:F201, "Won"))',
      note: 'From the sample, against a quota of 120,000.',
    },
  ],
  run(open, quota, won = 0) {
    const negative = firstNegative({ open_pipeline: open, quota, closed_won: won });
    if (negative) return negative;
    if (won > quota) return new SheetError('NUM', reason('more is won than the quota: nothing remains to cover'));
    return divide(open, quota - won, reason('the quota is already met: nothing remains to cover'));
  },
});

export const REQPIPELINE = defineFunction({
  name: 'REQPIPELINE',
  title: 'Pipeline required',
  summary: 'Pipeline needed to reach the target: (target − closed won) / win rate.',
  description:
    'Returns the open pipeline needed to win what remains of the target at your win rate: ' +
    '(target − closed won) / win rate. When the target is already met, nothing more is needed: 0. ' +
    'A win rate of 0 is #DIV/0! whatever remains, as every zero denominator is: no pipeline converts at 0%. ' +
    'The win rate is a fraction (25% or 0.25).',
  category: 'KPI',
  params: [
    { name: 'target', kind: 'total', description: 'The target for the period.' },
    { name: 'win_rate', kind: 'rate', description: 'The win rate, a fraction between 0 and 1.' },
    { name: 'closed_won', kind: 'total', optional: true, defaultText: '0', description: 'What is already won in the period.' },
  ],
  returns: { description: 'The pipeline amount needed.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'the win rate is 0' },
    { kind: 'NUM', when: 'target or closed won is negative, or the win rate is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=REQPIPELINE(250000, 25%, 100000)', note: '150,000 still to win at a 25% win rate: 600,000 of pipeline.' },
    { formula: '=REQPIPELINE(120000, WINRATE(F2:F201), SUMIFS(G2:G201, F2:F201, "Won"))', note: 'From the sample, against a target of 120,000.' },
  ],
  run(target, winRate, won = 0) {
    const negative = firstNegative({ target, closed_won: won });
    if (negative) return negative;
    // The zero denominator is checked before the shortcut: a 0% win rate is never "0 needed".
    if (winRate === 0) return new SheetError('DIV0', reason('the win rate is 0: no pipeline is enough'));
    return won >= target ? 0 : (target - won) / winRate;
  },
});

export const VELOCITY = defineFunction({
  name: 'VELOCITY',
  title: 'Sales velocity',
  summary: 'Sales velocity: opportunities × win rate × deal size / cycle days (revenue per day).',
  description:
    'Returns the revenue the pipeline produces per day: number of opportunities × win rate × average ' +
    'deal size / sales cycle in days. The win rate is a fraction (25% or 0.25).',
  category: 'KPI',
  params: [
    { name: 'opportunities', kind: 'count', description: 'Open opportunities: a number, or a range whose non-blank cells are counted.' },
    { name: 'win_rate', kind: 'rate', description: 'The win rate, a fraction between 0 and 1.' },
    { name: 'deal_size', kind: 'number', description: 'The average deal size.' },
    { name: 'cycle_days', kind: 'number', description: 'The average sales cycle, in days.' },
  ],
  returns: { description: 'Revenue per day.', format: 'money' },
  errors: [
    { kind: 'DIV0', when: 'the cycle is 0 days' },
    { kind: 'NUM', when: 'a value is negative, or the win rate is outside 0..1' },
    { kind: 'VALUE', when: 'a value is blank or not a number' },
  ],
  examples: [
    { formula: '=VELOCITY(120, 25%, 8000, 60)', note: '120 × 25% × 8,000 / 60 days: 4,000 a day.' },
    {
      formula: '=VELOCITY(COUNTIF(F2:F201, "Open"), WINRATE(F2:F201), AVGDEALSIZE(G2:G201, F2:F201), SALESCYCLE(H2:H201, I2:I201, F2:F201))',
      note: 'From the sample.',
    },
  ],
  run: (opportunities, winRate, dealSize, cycleDays) =>
    firstNegative({ deal_size: dealSize, cycle_days: cycleDays }) ?? divide(opportunities * winRate * dealSize, cycleDays, reason('the cycle is 0 days')),
});

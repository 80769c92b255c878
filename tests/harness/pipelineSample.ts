/**
 * The sample's Pipeline sheet as a table (header row first) and the evaluation answers that read it
 * as the open pipeline: what the forecast's liveness, LibreOffice and browser tests share.
 */
import { CellValue } from '../../core/kit/cells';
import { PipelineAnswers } from '../../core/plans/salesEvaluation';
import { SAMPLE_PIPELINE } from '../../preview/src/sample';

export const PIPELINE = [SAMPLE_PIPELINE.header, ...SAMPLE_PIPELINE.rows] as CellValue[][];
export const PIPELINE_CATEGORIES = ['Pipeline', 'Best case', 'Commit'];

/** The sample pipeline's answers: amount, expected close, probability and forecast category, the categories as they first appear. */
export const SAMPLE_PIPELINE_ANSWERS: PipelineAnswers = {
  sheet: 'Pipeline',
  range: `A1:I${PIPELINE.length}`,
  fields: PIPELINE[0].map(String),
  amountField: 'Amount',
  closeField: 'Expected close',
  probabilityField: 'Probability',
  categoryField: 'Forecast category',
  categories: PIPELINE_CATEGORIES,
};

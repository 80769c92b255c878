/**
 * The Lead scoring sheet, downloaded from the preview as .xlsx with the lead table beside it and
 * recalculated in LibreOffice Calc: every lead's total and band equal core's (LEADSCORE, LEADBAND),
 * so the formulas (FIND, SUMIF, CHOOSE, INDEX over another sheet) mean in a second spreadsheet what
 * they mean in HyperFormula.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import { CellValue } from '../../core/kit/cells';
import { buildLeadScoring, ruleGroups, LeadScoringAnswers, routeScoredLeads } from '../../core/plans/leadScoring';
import { leadBand, scoreLeads, LeadModel, fitLeadModel, leadFactors, leadProbabilities, scoreAuc, scoreLift, scoredOutcomes } from '../../core/functions/leads';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { LEADS_SHEET } from '../../preview/src/previewSheet';
import { SAMPLE_LEADS } from '../../preview/src/sample';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const LEAD_COUNT = 200;
const leads = [SAMPLE_LEADS.header, ...SAMPLE_LEADS.rows.slice(0, LEAD_COUNT)] as CellValue[][];
/** Source, Segment, Company size and Visits of each lead: what the model learns from. */
const features = leads.map((row) => [row[2], row[3], row[5], row[6]]);
const fitted = fitLeadModel(
  features,
  leads.map((row) => [row[8]]),
  1,
) as LeadModel;
const answers: LeadScoringAnswers = {
  leadsSheet: 'Leads',
  leadsRange: `A1:I${LEAD_COUNT + 1}`,
  labelField: 'Lead',
  outcomeField: 'Outcome',
  rules: [
    { field: 'Source', operator: 'in', value: 'Referral, Trade show', points: 40, group: 'Fit' },
    { field: 'Segment', operator: '=', value: 'corporate', points: 20, group: 'Fit' },
    { field: 'Company size', operator: 'starts with', value: '200', points: 25, group: 'Fit' },
    { field: 'Visits', operator: '>=', value: 8, points: 30, group: 'Engagement' },
    { field: 'Contact', operator: 'contains', value: 'an', points: 5, group: 'Engagement' },
    { field: 'Outcome', operator: 'is blank', value: null, points: -15, group: '' },
    { field: 'Region', operator: '<>', value: 'South', points: 3, group: '' },
  ],
  caps: [{ group: 'Fit', cap: 50 }],
  maxScore: 100,
  warmFrom: 40,
  hotFrom: 70,
  model: { intercept: fitted.intercept, terms: fitted.terms, method: fitted.method },
  routing: {
    areaField: 'Region',
    from: 'Warm',
    reps: [
      { name: 'Kelly', area: 'Central', capacity: 10 },
      { name: 'Anna', area: 'West', capacity: 10 },
      { name: 'Chuck', area: 'east', capacity: null },
      { name: 'Cassandra', area: 'South', capacity: 5 },
      { name: 'Ben', area: '*', capacity: 8 },
    ],
  },
};

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Lead scoring sheet, recalculated in LibreOffice Calc', () => {
  let sheet: import('exceljs').Worksheet;
  let headerRow = 0;

  beforeAll(async () => {
    const leadsSheet = { ...LEADS_SHEET, rows: LEADS_SHEET.rows.slice(0, LEAD_COUNT + 1) };
    const hf = createWorkbook([leadsSheet]);
    const plan = buildLeadScoring(answers).sheets[0];
    hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
    headerRow = plan.cells.findIndex((row) => row[0] !== null && 'text' in row[0] && row[0].text === 'Lead');
    const file = join(mkdtempSync(join(tmpdir(), 'leads-')), 'lead-scoring.xlsx');
    writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [leadsSheet, previewSheetOfPlan(plan, plan.name)])));
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet('Lead scoring')!;
  }, 240_000);

  it('gives every lead the total and band core computes', () => {
    const scores = scoreLeads(leads, answers.rules, new Map([['fit', 50]]), 100);
    const groups = ruleGroups(answers).length;
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const mismatches = scores.flatMap((score, i) => {
      const row = sheet.getRow(headerRow + 2 + i);
      const [total, band] = [shown(row.getCell(2 + groups)), shown(row.getCell(3 + groups))];
      const want = leadBand(score, 40, 70);
      return total === score && band === want ? [] : [`lead ${i + 1}: LibreOffice ${String(total)} ${String(band)}, core ${score} ${String(want)}`];
    });
    expect(mismatches).toEqual([]);
    expect(scores.some((s) => s >= 70)).toBe(true);
  });

  it('gives every lead the win probability and top factor core computes (LEADPROB, LEADFACTORS)', () => {
    const probabilities = leadProbabilities(features, answers.model!) as number[];
    const factors = leadFactors(features, answers.model!, 1) as string[][];
    const groups = ruleGroups(answers).length;
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const mismatches = probabilities.flatMap((p, i) => {
      const row = sheet.getRow(headerRow + 2 + i);
      const [probability, factor] = [shown(row.getCell(5 + groups)), shown(row.getCell(6 + groups))];
      const same = typeof probability === 'number' && Math.abs(probability - p) < 1e-9 && factor === factors[i][0];
      return same ? [] : [`lead ${i + 1}: LibreOffice ${String(probability)} ${String(factor)}, core ${p} ${factors[i][0]}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('ranks the closed leads as SCOREAUC and LIFT do (rule score exact; win probability binned by percentage point)', () => {
    const statRow = (label: string) => 1 + buildLeadScoring(answers).sheets[0].cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === label);
    const shown = (label: string, score: number) => Number(sheet.getRow(statRow(label)).getCell(2 + score).result);
    const outcomes = leads.slice(1).map((row) => [row[8]]);
    const rows = (values: number[]) =>
      scoredOutcomes(
        values.map((v) => [v]),
        outcomes,
      ) as { score: number; won: 0 | 1 }[];
    const scores = rows(scoreLeads(leads, answers.rules, new Map([['fit', 50]]), 100));
    const probabilities = rows(leadProbabilities(features, answers.model!) as number[]);
    const binned = probabilities.map((r) => ({ ...r, score: Math.floor(r.score / 0.01 + 0.5) }));
    expect(shown('AUC (won ranked above lost)', 0)).toBeCloseTo(scoreAuc(scores) as number, 9);
    expect(shown('Lift in the top share', 0)).toBeCloseTo(scoreLift(scores, 0.1) as number, 9);
    expect(shown('AUC (won ranked above lost)', 1)).toBeCloseTo(scoreAuc(binned) as number, 9);
    expect(shown('Lift in the top share', 1)).toBeCloseTo(scoreLift(probabilities, 0.1) as number, 9);
  });

  it("gives every routed lead the owner ROUTELEADS gives it, in LibreOffice's array evaluation too", () => {
    const plan = buildLeadScoring(answers).sheets[0];
    const owner = plan.cells[headerRow].findIndex((c) => c !== null && 'text' in c && c.text === 'Owner');
    const scores = scoreLeads(leads, answers.rules, new Map([['fit', 50]]), 100);
    const region = SAMPLE_LEADS.header.indexOf('Region');
    const owners = routeScoredLeads(
      answers.routing!,
      scores.map((score, i) => ({ score, band: leadBand(score, 40, 70) as string, area: leads[i + 1][region] })),
    ) as string[];
    const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
    const mismatches = owners.flatMap((want, i) => {
      const got = shown(sheet.getRow(headerRow + 2 + i).getCell(owner + 1));
      return got === want ? [] : [`lead ${i + 1}: LibreOffice ${String(got)}, core ${want}`];
    });
    expect(mismatches).toEqual([]);
    expect(new Set(owners)).toEqual(new Set(['', 'Kelly', 'Anna', 'Chuck', 'Cassandra', 'Ben', '(no rep)']));
  });

  it('says every rule reads a field of the leads', () => {
    expect(String(sheet.getCell('A3').result)).toMatch(/^✓/);
  });
});

/**
 * A plan written in Vietnamese, Chinese or Welsh is the same plan: every number, error and check
 * evaluates as in English (HyperFormula, every sheet), while its labels, sheet names, statuses and
 * check messages are the language's own. Formulas stay English; only their quoted words change.
 */
import { DetailedCellError } from 'hyperformula';
import { Language, translator } from '../../core/kit/i18n';
import '../../core/kit/i18n/catalogues';
import { Plan, freeSheetName } from '../../core/kit/sheet';
import { loadPlanSheet } from '../harness/liveness';
import { LEADS, PLANS, Sources } from '../harness/everyWizardPlan';
import { buildLeadScoring } from '../../core/plans/leadScoring';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';

/** Every cell's value on every sheet of a plan, as HyperFormula evaluates it (errors by type). */
function evaluated(plan: Plan, sources: Sources): unknown[][][] {
  const { hf } = loadPlanSheet(plan, sources);
  return plan.sheets.map((sheet) => {
    const values = hf.getSheetValues(hf.getSheetId(sheet.name)!);
    return values.map((row) => row.map((v) => (v instanceof DetailedCellError ? `#${v.type}` : v)));
  });
}

/** Cells whose numbers (or errors) differ from English's: a translated plan must compute the same. */
function numberDifferences(english: unknown[][][], other: unknown[][][]): string[] {
  return english.flatMap((sheet, s) =>
    sheet.flatMap((row, r) =>
      row.flatMap((v, c) => {
        const w = other[s]?.[r]?.[c];
        const same =
          typeof v === 'number'
            ? typeof w === 'number' && Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))
            : typeof v === 'string' && v.startsWith('#')
              ? w === v
              : true;
        return same ? [] : [`sheet ${s + 1} R${r + 1}C${c + 1}: English ${JSON.stringify(v)}, translated ${JSON.stringify(w)}`];
      }),
    ),
  );
}

const LANGUAGES: readonly Language[] = ['vi', 'zh-CN', 'cy'];

describe.each(PLANS)('%s, written in another language', (_name, build, sources) => {
  const english = build('en');
  const englishValues = evaluated(english, sources);
  // Each language's plan is built and evaluated once, for both checks below.
  const built = new Map<Language, { plan: Plan; values: unknown[][][] }>();
  const inLanguage = (language: Language) => {
    if (!built.has(language)) {
      const plan = build(language);
      built.set(language, { plan, values: evaluated(plan, sources) });
    }
    return built.get(language)!;
  };

  it.each(LANGUAGES)('computes every number as in English, in %s', (language) => {
    expect(numberDifferences(englishValues, inLanguage(language).values)).toEqual([]);
  });

  it.each(LANGUAGES)('names its sheets and writes its title and check in %s', (language) => {
    const { plan, values } = inLanguage(language);
    const t = translator(language);
    plan.sheets.forEach((sheet, s) => {
      expect(sheet.name).not.toBe(english.sheets[s].name);
      // A usable sheet name: within Excel's 31 characters and free of the characters it refuses.
      expect(freeSheetName(sheet.name, [])).toBe(sheet.name);
      expect(values[s][0][0]).not.toBe(englishValues[s][0][0]);
    });
    const check = String(values[0][2][0]);
    expect(check.slice(0, 1)).toBe(String(englishValues[0][2][0]).slice(0, 1));
    expect(check).not.toBe(englishValues[0][2][0]);
    expect(t('Total')).not.toBe('Total');
  });
});

describe('a plan speaks one language', () => {
  it.each(LANGUAGES)("says the wizard's chosen words (measure, owner, split) in %s, whichever language they were chosen in", (language) => {
    const t = translator(language);
    const [sheet] = buildSalesPlan({ ...defaultAnswers(2027), measure: 'Units sold', childLabel: 'Rep' }, language).sheets;
    const { hf } = loadPlanSheet({ sheets: [sheet] } as Plan, {});
    const words = hf
      .getSheetValues(hf.getSheetId(sheet.name)!)
      .flat()
      .filter((v): v is string => typeof v === 'string')
      .join('\n');
    expect(words).toContain(t('Units sold'));
    expect(words).toContain(t('Sales team'));
    expect(words).not.toMatch(/Units sold|units sold|Sales team|\bRep\b|\breps\b/);
  });

  it("keeps a manager's own words as typed", () => {
    const [sheet] = buildSalesPlan({ ...defaultAnswers(2027), measure: 'Doanh thu thuần', owner: 'Đội miền Bắc' }, 'zh-CN').sheets;
    expect(JSON.stringify(sheet.cells)).toContain('Doanh thu thuần');
    expect(JSON.stringify(sheet.cells)).toContain('Đội miền Bắc');
  });
});

describe('a lead scoring plan speaks one language too', () => {
  const answers = {
    leadsSheet: 'Leads',
    leadsRange: 'A1:D6',
    labelField: 'Lead',
    outcomeField: 'Outcome',
    caps: [{ group: 'Fit', cap: 40 }],
    maxScore: 100,
    warmFrom: 20,
    hotFrom: 40,
    mql: { fitFrom: 20, engagementFrom: 10 },
    rules: [
      { field: 'Source', operator: '=' as const, value: 'Webinar', points: 30, group: 'Fit' },
      { field: 'Visits', operator: '>=' as const, value: 10, points: 20, group: 'Engagement' },
    ],
  };

  it.each(LANGUAGES)("says the presets' group names in %s, in the rules and the caps alike, and still finds MQLs", (language) => {
    const t = translator(language);
    const plan = buildLeadScoring(answers, language);
    const words = JSON.stringify(plan.sheets[0].cells);
    expect(words).toContain(JSON.stringify(t('Fit')));
    expect(words).not.toMatch(/"text":"(Fit|Engagement)"/);
    expect(numberDifferences(evaluated(buildLeadScoring(answers, 'en'), { Leads: LEADS }), evaluated(plan, { Leads: LEADS }))).toEqual([]);
    expect(words).toContain('"MQL"');
  });
});

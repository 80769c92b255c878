/**
 * A Scenarios sheet in Vietnamese, Chinese or Welsh is the same sheet: each scenario's key outputs
 * are the English ones, while its title, headers, check and the plan's labels are the language's own.
 */
import { Language, translator } from '../../core/kit/i18n';
import '../../core/kit/i18n/catalogues';
import { SavedScenario } from '../../core/plans/scenarios';
import { PLANS } from '../harness/everyWizardPlan';
import { loadWithScenarios } from '../harness/scenarioSheets';

const LANGUAGES: readonly Language[] = ['vi', 'zh-CN', 'cy'];
const [, buildSalesPlan] = PLANS[0];

function scenariosOf(language: Language) {
  const plan = buildSalesPlan(language);
  const first = loadWithScenarios(plan, []);
  const built = first.spec.inputs.map((i) => first.book.value(i.ref) as number | string | null);
  const scenarios: SavedScenario[] = [
    { name: 'A', values: built },
    { name: 'B', values: built.map((v, i) => (i === 1 && typeof v === 'number' ? v + 0.05 : v)) },
  ];
  return loadWithScenarios(plan, scenarios, {}, language);
}

const english = scenariosOf('en');

describe.each(LANGUAGES)('a sales plan’s Scenarios sheet in %s', (language) => {
  const other = scenariosOf(language);
  const t = translator(language);

  it('shows the English key outputs for every scenario', () => {
    expect([other.shown(0), other.shown(1)]).toEqual([english.shown(0), english.shown(1)]);
    expect(other.shown(1)).not.toEqual(other.shown(0));
  });

  it('speaks the language: its title, headers, the plan’s labels and its check', () => {
    expect(other.onScenarios('A5')).toBe(t('Input'));
    expect(other.onScenarios('B5')).toBe(t('On the plan now'));
    expect(other.onScenarios('A7')).toBe(t('Growth on the baseline'));
    expect(String(other.onScenarios('A3')).startsWith('✓')).toBe(true);
    expect(other.onScenarios('A3')).toBe(t('✓ Every scenario keeps the plan’s rules for its inputs.'));
    expect(other.onScenarios('A3')).not.toBe(english.onScenarios('A3'));
  });
});

import { AnswerRule, breaksRule } from '../../core/kit/answers';
import { Plan, keepsRule } from '../../core/kit/sheet';
import { loadPlanSheet } from './liveness';

/** Where a ruled answer lives in a wizard: its step, the pane's error key, how a value is put in the state. */
export interface RuledField<S> {
  readonly step: number;
  readonly error: string;
  readonly put: (state: S, value: number | null) => S;
  /** Whether the plan sheet holds the answer in an input cell with the rule (some answers only steer the wizard). */
  readonly onSheet: boolean;
}

/** A wizard as the rule-agreement check sees it. */
export interface RuledWizard<S extends { readonly step: number }> {
  readonly rules: Readonly<Record<string, AnswerRule>>;
  readonly fields: Readonly<Record<string, RuledField<S>>>;
  /** A state whose every step is valid, at its last step. */
  readonly ready: S;
  validateStep(state: S): Record<string, string>;
  restoreState(saved: string): { state: S; message?: string };
  build(state: S): Plan;
  /** The row of the plan sheet's check cell (column A), when the check is read too: the value is then typed over its cell. */
  readonly checkRow?: number;
}

/** The values a rule is probed with: each bound, just inside and past it, a part for a whole rule, and blank. */
export function probes(rule: AnswerRule): (number | null)[] {
  // Steps a spreadsheet can see: past 15 significant digits (10¹⁵ + 1) every spreadsheet reads the bound itself.
  const near = (x: number) => {
    const [small, large] = [Math.max(0.001, Math.abs(x) * 1e-12), Math.max(1, Math.abs(x) * 1e-9)];
    return [x, x - small, x + small, x - large, x + large];
  };
  return [
    ...(rule.min === undefined ? [] : near(rule.min)),
    ...(rule.max === undefined ? [] : near(rule.max)),
    ...(rule.whole ? [(rule.min ?? 0) + 1.5] : []),
    null,
  ];
}

/** Every (field, value) pair to probe, as test cases. */
export const ruleCases = <S extends { readonly step: number }>(wizard: RuledWizard<S>) =>
  Object.keys(wizard.fields).flatMap((name) => probes(wizard.rules[name]).map((value) => [name, value] as const));

/**
 * Whether the sheet's check cell says the rule's message exactly when the value, typed over the
 * input's cell past its data validation (as a paste is), breaks the rule.
 */
function checkDisagrees<S extends { readonly step: number }>(
  wizard: RuledWizard<S>,
  state: S,
  range: string,
  value: number,
  broken: boolean,
  rule: AnswerRule,
): string[] {
  const sheet = loadPlanSheet(wizard.build(state));
  const cell = range.replace(/\$/g, '').split(':')[0];
  sheet.set(cell, value);
  const check = String(sheet.value(`A${wizard.checkRow! + 1}`));
  const says = check.includes(rule.message);
  sheet.hf.destroy();
  return says === broken ? [] : [`the sheet's check ${broken ? 'does not say it' : 'says it'}: ${check}`];
}

/**
 * Where the pane's step check, the restore of a saved state and the sheet's input rule disagree
 * with an answer's declared rule for one value: empty when all three agree.
 *
 * @example
 * expect(ruleDisagreements(SALES_PLAN, 'growth', 5.001)).toEqual([]);
 */
export function ruleDisagreements<S extends { readonly step: number }>(wizard: RuledWizard<S>, name: string, value: number | null): string[] {
  const [field, rule] = [wizard.fields[name], wizard.rules[name]];
  const broken = breaksRule(rule, value);
  const found: string[] = [];
  const state = field.put({ ...wizard.ready, step: field.step }, value);
  if ((wizard.validateStep(state)[field.error] === rule.message) !== broken) found.push(`the pane ${broken ? 'accepts' : 'refuses'} it`);
  const restored = wizard.restoreState(JSON.stringify({ ...state, step: wizard.ready.step }));
  // A broken answer is refused on restore: by its rule's message, or as not of its kind (blank where a number is due).
  if ((restored.message !== undefined) !== broken) found.push(`the restore ${broken ? 'accepts' : 'refuses'} it: ${restored.message}`);
  if (field.onSheet) {
    const validation = wizard.build(field.put(wizard.ready, rule.min ?? 0)).sheets[0].validations.find((v) => v.message === rule.message);
    // The sheet leaves a cell blank when the answer is (a spreadsheet rule always lets a cell be cleared).
    if (!validation) found.push('the sheet has no input rule with its message');
    else if (value !== null && keepsRule(validation, value) === broken) found.push(`the sheet ${broken ? 'accepts' : 'refuses'} it`);
    if (validation && value !== null && wizard.checkRow !== undefined)
      found.push(...checkDisagrees(wizard, field.put(wizard.ready, rule.min ?? 0), validation.range, value, broken, rule));
  }
  return found;
}

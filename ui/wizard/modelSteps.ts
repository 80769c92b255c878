/**
 * A wizard's steps as its model declares them, in one list: each step's title and the check its
 * answers must pass before the wizard moves on. The pane's Next runs the check of the step it is at,
 * and a restored state runs the checks of every step before the one it was saved at.
 */
export interface ModelStep<S> {
  readonly title: string;
  readonly check?: (state: S) => Record<string, string>;
}

/**
 * The check of the step a state is at (empty for a step with none, or past the last).
 *
 * @example
 * const validateStep = checkAtStep(SALES_PLAN_STEPS); validateStep({ ...state, step: 1 }) //=> { growth: '…' }
 */
export const checkAtStep =
  <S extends { readonly step: number }>(steps: readonly ModelStep<S>[]) =>
  (state: S): Record<string, string> =>
    steps[state.step]?.check?.(state) ?? {};

/**
 * Errors by field as a step's check finds them: the first message for a field stands.
 *
 * @example
 * const found = fieldErrors(); found.put('growth', problem); return found.errors;
 */
export function fieldErrors(): { readonly errors: Record<string, string>; put(field: string, message: string | undefined): void } {
  const errors: Record<string, string> = {};
  return {
    errors,
    put(field, message) {
      if (message && !errors[field]) errors[field] = message;
    },
  };
}

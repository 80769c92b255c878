/**
 * A stand-in for Excel's `CustomFunctions` global: the real ErrorCode values and an Error class
 * that records its code and message, so tests can read what Excel would show.
 */
export function installCustomFunctionsStub() {
  const ErrorCode = {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  } as const;
  class CustomFunctionsError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  (globalThis as Record<string, unknown>).CustomFunctions = { ErrorCode, Error: CustomFunctionsError };
  return {
    /** The error code Excel would show for a wrapper's result, or the value itself. */
    codeOf(result: unknown): unknown {
      return result instanceof CustomFunctionsError ? result.code : result;
    },
    messageOf(result: unknown): string | undefined {
      return result instanceof CustomFunctionsError ? result.message : undefined;
    },
  };
}

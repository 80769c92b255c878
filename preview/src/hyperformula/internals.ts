import { HyperFormula } from 'hyperformula';

/**
 * What the preview changes inside HyperFormula, reached through a throwaway engine: its internal
 * objects are made per engine but share their prototypes, so changing a prototype once changes every
 * engine. `reach` checks what it finds by what it has (methods, fields), never by source text, which
 * the preview's bundle minifies, and returns undefined when it is not what the module expects: then
 * this throws, naming the module to check (a HyperFormula upgrade changed its internals).
 *
 * @example
 * const graph = reachInternals('dependencyIndex.ts', (engine) => (engine as Probe).dependencyGraph?.graph);
 */
export function reachInternals<T>(module: string, reach: (engine: unknown) => T | undefined): T {
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    const found = reach(probe);
    if (found === undefined) throw new Error(`HyperFormula's internals are not the ones this preview changes: check preview/src/hyperformula/${module}`);
    return found;
  } finally {
    probe.destroy();
  }
}

/** The shared prototype of an internal object, for `reach` callbacks. */
export const prototypeOf = <T>(instance: object | undefined): T | undefined => (instance ? (Object.getPrototypeOf(instance) as T) : undefined);

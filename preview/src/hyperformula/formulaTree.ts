/** A place a reference points at, relative to the cell holding the formula or fixed ($). */
export interface ReferenceEnd {
  type: string;
  isInvalid(formulaAddress: unknown): boolean;
}

/** A node of HyperFormula's (internal) parsed formula, as far as the preview reads one. */
export interface FormulaNode {
  type: string;
  reference?: ReferenceEnd;
  start?: ReferenceEnd;
  end?: ReferenceEnd;
  value?: FormulaNode;
  expression?: FormulaNode;
  left?: FormulaNode;
  right?: FormulaNode;
  args?: readonly (FormulaNode | readonly FormulaNode[])[];
}

const REFERENCE_NODES = new Set(['CELL_REFERENCE', 'CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE']);

/**
 * The references (cells, ranges, whole columns and rows) in a parsed formula, found along the
 * nodes HyperFormula's own reference transformers walk: operators, parentheses, function arguments
 * and array literals.
 *
 * @example
 * referenceNodes(parsed('=SUM($A$1:A3)*B1')) //=> [the range $A$1:A3, the cell B1]
 */
export function referenceNodes(node: FormulaNode, found: FormulaNode[] = []): FormulaNode[] {
  if (REFERENCE_NODES.has(node.type)) {
    found.push(node);
    return found;
  }
  for (const child of [node.value, node.expression, node.left, node.right]) if (child) referenceNodes(child, found);
  for (const arg of node.args ?? []) for (const child of Array.isArray(arg) ? arg : [arg as FormulaNode]) referenceNodes(child, found);
  return found;
}

/**
 * A TypeScript transformer for the Apps Script server bundle: inside every `defineFunction({...})`
 * call, and every `documented(...)` call (a part that declarations share), it drops the
 * documentation fields (summary, description, defaultText, errors, examples).
 * Sheets may evaluate the whole Code.js before each custom-function call, and the server never
 * reads those fields: the sidebar (its own bundle) and the generated JSDoc stubs carry the docs.
 * Declarations stay written once; only this bundle leaves their prose out.
 *
 * @example
 * // webpack, ts-loader options:
 * { getCustomTransformers: () => ({ before: [stripCatalogueDocs] }) }
 */
const ts = require('typescript');

/** Fields of a declaration (and of its params and returns) that only the docs and the gallery read. */
const DOC_FIELDS = new Set(['summary', 'description', 'defaultText', 'errors', 'examples']);

/** Calls whose argument is (part of) a function declaration. */
const DECLARING_CALLS = new Set(['defineFunction', 'documented']);

function propertyName(property) {
  if (ts.isShorthandPropertyAssignment(property)) return property.name.text;
  return ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
}

/** The literal without its documentation fields, recursing into nested object and array literals. */
function withoutDocs(factory, node) {
  if (ts.isAsExpression(node)) return factory.updateAsExpression(node, withoutDocs(factory, node.expression), node.type);
  if (ts.isSatisfiesExpression(node)) return factory.updateSatisfiesExpression(node, withoutDocs(factory, node.expression), node.type);
  if (ts.isParenthesizedExpression(node)) return factory.updateParenthesizedExpression(node, withoutDocs(factory, node.expression));
  if (ts.isArrayLiteralExpression(node)) {
    return factory.updateArrayLiteralExpression(
      node,
      node.elements.map((element) => withoutDocs(factory, element)),
    );
  }
  if (!ts.isObjectLiteralExpression(node)) return node;
  const kept = node.properties
    .filter((property) => !DOC_FIELDS.has(propertyName(property)))
    .map((property) =>
      ts.isPropertyAssignment(property) ? factory.updatePropertyAssignment(property, property.name, withoutDocs(factory, property.initializer)) : property,
    );
  return factory.updateObjectLiteralExpression(node, kept);
}

function isDeclaringCall(node) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DECLARING_CALLS.has(node.expression.text);
}

/** @type {ts.TransformerFactory<ts.SourceFile>} */
function stripCatalogueDocs(context) {
  const { factory } = context;
  const visit = (node) => {
    if (isDeclaringCall(node) && node.arguments.length === 1) {
      const argument = ts.visitNode(node.arguments[0], visit);
      return factory.updateCallExpression(node, node.expression, node.typeArguments, [withoutDocs(factory, argument)]);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitNode(sourceFile, visit);
}

module.exports = { stripCatalogueDocs, DOC_FIELDS, DECLARING_CALLS };

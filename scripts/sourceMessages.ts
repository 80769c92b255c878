/**
 * Finds every source message in the code: the first argument of each `t(…)`, `msg(…)` and `reason(…)` call
 * (a method `x.t(…)` too) that is a string literal, and every such call whose first argument is a
 * template with `${…}` in it (a message must name its placeholders, so a translator sees them).
 * The catalogue test compares what it finds with each language's catalogue.
 */
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folders whose code a user sees the words of. */
export const MESSAGE_FOLDERS = ['core', 'ui', 'preview/src', 'excel-addin/src', 'sheets-addon/src'];

export interface SourceMessages {
  /** Each source message and the files that use it. */
  readonly messages: ReadonlyMap<string, readonly string[]>;
  /** `file:line` of each t/msg call whose message is not a plain string literal. */
  readonly unmarked: readonly string[];
  /** The messages of `reason(…)` calls: why a function returned an error, which Excel shows on its cells. */
  readonly reasons: ReadonlySet<string>;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return /\.ts$/.test(name) && !/\.(test|cases|generated)\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function calledName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/**
 * Every source message under `root`'s message folders.
 *
 * @example
 * sourceMessages('/work/main').messages.has('Next →') //=> true
 */
export function sourceMessages(root: string): SourceMessages {
  const messages = new Map<string, string[]>();
  const unmarked: string[] = [];
  const reasons = new Set<string>();
  for (const path of MESSAGE_FOLDERS.flatMap((folder) => codeFiles(join(root, folder)))) {
    const file = relative(root, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ['t', 'msg', 'reason'].includes(calledName(node) ?? '') && node.arguments.length > 0) {
        const first = node.arguments[0];
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
          messages.set(first.text, [...(messages.get(first.text) ?? []), file]);
          if (calledName(node) === 'reason') reasons.add(first.text);
        } else if (ts.isTemplateExpression(first)) {
          unmarked.push(`${file}:${source.getLineAndCharacterOfPosition(first.getStart()).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, unmarked, reasons };
}

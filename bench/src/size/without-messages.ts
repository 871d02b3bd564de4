import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/** Strings at most this long are kept: property names, media types, codes, not sentences. */
const LONGEST_KEPT = 12;

/**
 * Gzipped size of minified code with the text of every string and template part longer than
 * 12 characters deleted: what the code would weigh with no messages at all. It tells "the
 * messages are big" apart from "the code is big" when a size target is missed.
 */
export function gzipBytesWithoutMessages(minified: string): number {
  const source = ts.createSourceFile('bundle.js', minified, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      if (node.text.length > LONGEST_KEPT) {
        // Keep the delimiters: one character before the text (`"`, `` ` ``, `}`), and `${` or one after.
        const closing = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1;
        cuts.push([node.getStart(source) + 1, node.end - closing]);
      }
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  let code = minified;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + code.slice(end);
  return gzipSync(code, { level: 9 }).byteLength;
}

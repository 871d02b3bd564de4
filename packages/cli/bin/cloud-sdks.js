#!/usr/bin/env node
// Committed, not built: pnpm links a workspace package's bin at install time, before dist/ exists,
// and warns "Failed to create bin" for a bin that points into dist/.
import { existsSync } from "node:fs";

const entry = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("cloud-sdks: the CLI is not built yet (no dist/bin.js): run `pnpm build` or `pnpm demo` at the repository root.\n");
  process.exit(1);
}
await import(entry.href);

import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TokenSet, TokenStore } from "@cloud-sdks/auth";

interface FileContents {
  /** Cache key (an opaque digest computed by the auth layer) to tokens and when to drop them. */
  readonly entries: Record<string, { readonly tokens: TokenSet; readonly keepUntil: number }>;
}

/**
 * A TokenStore keeping tokens in one JSON file, so a CLI or cron job that runs every few minutes
 * reuses its access token (and refresh token) instead of logging in each time.
 *
 * The file holds bearer tokens, so it is created with mode 0600 (owner only), and every write
 * goes to a temporary file that is then renamed over the old one: a crash mid-write never leaves
 * a truncated file, and readers never see half of one. It holds no client secret or password;
 * the auth layer never puts those in a TokenSet.
 */
export function createFileTokenStore(file: string): TokenStore {
  const read = async (): Promise<FileContents> => {
    try {
      const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<FileContents>;
      return { entries: parsed.entries ?? {} };
    } catch (error) {
      // Missing or corrupt: start over (the worst case is one extra token request).
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || error instanceof SyntaxError) return { entries: {} };
      throw error;
    }
  };

  const write = async (contents: FileContents): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(contents, null, 2), { mode: 0o600, flag: "wx" });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  };

  return {
    async get(key) {
      const entry = (await read()).entries[key];
      return entry !== undefined && entry.keepUntil > Date.now() ? entry.tokens : undefined;
    },
    async set(key, tokens, ttlMs) {
      const { entries } = await read();
      await write({ entries: { ...entries, [key]: { tokens, keepUntil: Date.now() + ttlMs } } });
    },
    async delete(key) {
      const { entries } = await read();
      if (!(key in entries)) return;
      const { [key]: _removed, ...rest } = entries;
      await write({ entries: rest });
    },
  };
}

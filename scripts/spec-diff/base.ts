import { spawnSync } from "node:child_process";
import { SpecDiffError } from "./errors.js";

/**
 * What "the base" is, in this order:
 * 1. `--base <ref>` or `SPEC_DIFF_BASE`;
 * 2. on a branch: the merge-base of HEAD with `origin/<baseBranch>` (what a pull request changes);
 * 3. on the base branch itself (merge-base is HEAD): the provider's last release tag
 *    (`@cloud-sdks/<provider>@x.y.z`, which `changeset publish` creates), i.e. everything the pending
 *    changesets will release;
 * 4. never released: nothing, so every operation counts as added.
 * Steps 2 and 3 need history: a shallow clone is an error, not a silent "no changes".
 */
export interface Base {
  /** A commit, or undefined for "nothing released yet". */
  readonly ref: string | undefined;
  readonly how: string;
}

export function git(root: string, args: readonly string[]): { ok: boolean; out: string } {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return { ok: result.status === 0, out: (result.stdout ?? "").trim() };
}

export function resolveBase(root: string, packageName: string, options: { explicit?: string; baseBranch: string }): Base {
  const explicit = options.explicit ?? process.env["SPEC_DIFF_BASE"];
  if (explicit !== undefined && explicit !== "") {
    const commit = git(root, ["rev-parse", "--verify", "--quiet", `${explicit}^{commit}`]);
    if (!commit.ok) throw new SpecDiffError("BASE_NOT_FOUND", `spec:diff: base \`${explicit}\` is not a commit here. Fetch it (git fetch origin ${explicit}) or name another with --base.`);
    return { ref: commit.out, how: `--base ${explicit}` };
  }
  if (!git(root, ["rev-parse", "--git-dir"]).ok) return { ref: undefined, how: "not a git repository: compared with nothing" };
  if (git(root, ["rev-parse", "--is-shallow-repository"]).out === "true") {
    throw new SpecDiffError(
      "SHALLOW_CLONE",
      "spec:diff: this clone is shallow, so the base (merge-base or last release) cannot be found. Fetch full history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout) or pass --base <ref>.",
    );
  }
  const head = git(root, ["rev-parse", "HEAD"]).out;
  const remote = `origin/${options.baseBranch}`;
  if (git(root, ["rev-parse", "--verify", "--quiet", `refs/remotes/${remote}`]).ok) {
    const mergeBase = git(root, ["merge-base", "HEAD", remote]);
    if (mergeBase.ok && mergeBase.out !== head) return { ref: mergeBase.out, how: `merge-base with ${remote}` };
  }
  const tags = git(root, ["tag", "--merged", "HEAD", "--list", `${packageName}@*`, "--sort=-v:refname"]).out.split("\n").filter(Boolean);
  if (tags[0] !== undefined) return { ref: tags[0], how: `last release ${tags[0]}` };
  return { ref: undefined, how: `${packageName} was never released: compared with nothing` };
}

/**
 * File names under `dir` added or edited since `base` (committed, staged, unstaged or untracked);
 * every one if base is nothing. Edited counts because, until the first release, a change is
 * described in the package's existing `<pkg>-initial.md` (see .changeset/README.md).
 */
export function changesetsSince(root: string, base: string | undefined, dir: string): ReadonlySet<string> | undefined {
  if (base === undefined) return undefined;
  const added = git(root, ["diff", "--name-only", "--diff-filter=AM", base, "--", dir]).out.split("\n");
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "--", dir]).out.split("\n");
  return new Set([...added, ...untracked].filter(Boolean).map((path) => path.split("/").pop()!));
}

export function fileAt(root: string, ref: string, path: string): string | undefined {
  const result = git(root, ["show", `${ref}:${path}`]);
  return result.ok ? result.out : undefined;
}

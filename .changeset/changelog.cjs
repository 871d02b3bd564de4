// @changesets/changelog-git's lines for changes, but dependency lines without the noise: it
// writes one "Updated dependencies [hash]" per changeset of the dependency, under "Patch Changes"
// even in a package's first release. Here a dependency bump is one line naming the new versions,
// and none for dependencies that are themselves released for the first time (from 0.0.0), which
// is every internal dependency of the first release.
const { default: git } = require("@changesets/changelog-git");

/** @type {import("@changesets/types").ChangelogFunctions} */
module.exports = {
  getReleaseLine: git.getReleaseLine,
  async getDependencyReleaseLine(_changesets, dependenciesUpdated) {
    const updated = dependenciesUpdated.filter((dependency) => dependency.oldVersion !== "0.0.0");
    if (updated.length === 0) return "";
    return `- Updated dependencies: ${updated.map((dependency) => `${dependency.name}@${dependency.newVersion}`).join(", ")}`;
  },
};

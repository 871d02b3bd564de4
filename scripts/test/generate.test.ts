import { describe, expect, it } from "vitest";
import { generateCommand } from "../generate.js";

describe("pnpm generate's arguments", () => {
  it("hands turbo's flags to turbo and only --check to the codegen CLI", () => {
    expect(generateCommand(["--force"])).toEqual(["run", "generate", "--force"]);
    expect(generateCommand(["--check"])).toEqual(["run", "generate", "--", "--check"]);
    expect(generateCommand(["--force", "--filter=@cloud-sdks/cloudlx", "--", "--check"])).toEqual(["run", "generate", "--force", "--filter=@cloud-sdks/cloudlx", "--", "--check"]);
  });
});

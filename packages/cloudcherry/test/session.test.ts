import { describe, expect, it } from "vitest";
import { pickLoginFields, sessionOf } from "../src/session.js";

describe("login fields and the session view", () => {
  it("keeps only the documented string fields, so the token never reaches the session", () => {
    const fields = pickLoginFields({
      access_token: "tok-secret",
      token_type: "bearer",
      expires_in: 86399,
      userName: "acmecx",
      preview: "False",
      station: "euwest",
      ".issued": "Tue, 23 Apr 2019 08:00:00 GMT",
      ".expires": "Wed, 24 Apr 2019 08:00:00 GMT",
      email: 42,
      surprise: "value",
    });
    expect(fields).toEqual({
      userName: "acmecx",
      preview: "False",
      station: "euwest",
      ".issued": "Tue, 23 Apr 2019 08:00:00 GMT",
      ".expires": "Wed, 24 Apr 2019 08:00:00 GMT",
    });
  });

  it("adds friendly names as strings and as Dates, and reads preview as a boolean", () => {
    const session = sessionOf({ preview: "False", ".issued": "Tue, 23 Apr 2019 08:00:00 GMT", ".expires": "Wed, 24 Apr 2019 08:00:00 GMT" });
    expect(session.isPreview).toBe(false);
    expect(session.issued).toBe("Tue, 23 Apr 2019 08:00:00 GMT");
    expect(session.expires).toBe("Wed, 24 Apr 2019 08:00:00 GMT");
    expect(session.expiresAt!.getTime() - session.issuedAt!.getTime()).toBe(24 * 60 * 60 * 1000);
    expect(session[".expires"]).toBe(session.expires);
  });

  it("leaves the Date undefined, and the string as sent, when a date does not parse or is absent", () => {
    const session = sessionOf({ preview: "True", ".issued": "yesterday-ish" });
    expect(session).toMatchObject({ isPreview: true, issued: "yesterday-ish", issuedAt: undefined, expires: undefined, expiresAt: undefined });
  });
});

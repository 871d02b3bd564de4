// The plan as code: the values the package templates are rendered with.
import { specPathOfEndpoint, type EndpointLocation, type ProviderPlan } from "./provider-plan.js";

const q = (text: string) => JSON.stringify(text);

function endpointCode(location: EndpointLocation): string {
  if (location.kind === "server") return `\`\${baseUrl}${location.path.replace(/[`$\\]/g, "\\$&")}\``;
  if (location.kind === "origin") return `new URL(${q(location.path)}, baseUrl).href`;
  return q(location.url);
}

export function endpointText(location: EndpointLocation): string {
  return location.kind === "external" ? location.url : `${location.path} on the API host`;
}

/** The template values that carry the auth setup into src/index.ts, the contract test and the README. */
export function authTemplateValues(plan: ProviderPlan, name: string): Record<string, string> {
  const auth = plan.auth;
  const req = (option: string) => `requireString(${q(name)}, ${q(option)}, options.${option})`;
  const authImports = ["createAuth", "type Auth"];
  const fields: string[] = [];
  const credentialLines: string[] = [];
  let factory: string;
  let summary: string;

  if (auth.kind === "oauth2") {
    factory = auth.grant === "client_credentials" ? "clientCredentials" : "passwordGrant";
    summary =
      `OAuth2 ${auth.grant === "client_credentials" ? "client credentials" : "password"} grant (securityScheme \`${auth.schemeName}\`) at ${endpointText(auth.token)}` +
      (auth.refresh ? `, refreshed at ${endpointText(auth.refresh)}` : "") +
      (auth.scope ? `, scope \`${auth.scope}\`` : "");
    credentialLines.push(`tokenUrl: options.tokenUrl ?? ${endpointCode(auth.token)},`);
    if (auth.grant === "password") {
      fields.push("  /** The resource owner's user name. */", "  readonly username: string;");
      fields.push("  /** That user's password. Keep it out of code. */", "  readonly password: string;");
      credentialLines.push(`username: ${req("username")},`, `password: ${req("password")},`);
    }
    if (auth.client !== "none") {
      const optional = auth.client === "optional" ? "?" : "";
      fields.push("  /** The API client id. */", `  readonly clientId${optional}: string;`);
      fields.push("  /** The API client secret. Keep it out of code. */", `  readonly clientSecret${optional}: string;`);
      fields.push(
        `  /** How the client id and secret reach the token endpoint; default \`${auth.clientAuthentication}\` (from the spec). */`,
        "  readonly clientAuthentication?: ClientAuthentication;",
      );
      authImports.push("type ClientAuthentication");
      if (auth.client === "required") credentialLines.push(`clientId: ${req("clientId")},`, `clientSecret: ${req("clientSecret")},`);
      else {
        credentialLines.push(
          `...(options.clientId === undefined ? {} : { clientId: ${req("clientId")} }),`,
          `...(options.clientSecret === undefined ? {} : { clientSecret: ${req("clientSecret")} }),`,
        );
      }
      credentialLines.push(`clientAuthentication: options.clientAuthentication ?? ${q(auth.clientAuthentication)},`);
    }
    if (auth.scope !== undefined) {
      fields.push(`  /** The scope to request; default \`${auth.scope}\` (what the spec's operations require). */`, "  readonly scope?: string;");
      credentialLines.push(`scope: options.scope ?? ${q(auth.scope)},`);
    }
    fields.push(`  /** Overrides the token endpoint; default ${endpointText(auth.token)} (the spec's tokenUrl). */`, "  readonly tokenUrl?: string;");
    if (auth.refresh !== undefined || auth.refreshTokenLifetimeSeconds !== undefined) {
      const refresh: string[] = [];
      if (auth.refresh !== undefined) refresh.push(`tokenUrl: ${endpointCode(auth.refresh)}`);
      if (auth.refreshTokenLifetimeSeconds !== undefined) refresh.push(`refreshTokenLifetimeSeconds: ${auth.refreshTokenLifetimeSeconds}`);
      credentialLines.push(`refresh: { ${refresh.join(", ")} },`);
    }
  } else if (auth.kind === "basic") {
    factory = "httpBasic";
    summary = `HTTP Basic (securityScheme \`${auth.schemeName}\`) on every request`;
    fields.push("  /** The user name sent with HTTP Basic. */", "  readonly username: string;");
    fields.push("  /** The password sent with HTTP Basic. Keep it out of code. */", "  readonly password: string;");
    credentialLines.push(`username: ${req("username")},`, `password: ${req("password")},`);
  } else {
    factory = "staticBearer";
    summary = `a bearer token (securityScheme \`${auth.schemeName}\`) on every request`;
    fields.push("  /** The bearer token sent on every request. Keep it out of code. */", "  readonly token: string;");
    credentialLines.push(`token: ${req("token")},`);
  }
  authImports.unshift(factory);

  const sortedImports = [...authImports.filter((i) => !i.startsWith("type ")).sort(), ...authImports.filter((i) => i.startsWith("type ")).sort()];
  const credentials = [`credentials: ${factory}({`, ...credentialLines.map((line) => `  ${line}`), "}),"].map((line) => `    ${line}`).join("\n");
  const acceptConst = plan.accept === undefined ? "" : `\n/** The media types the spec's responses use, sent as Accept on every request and token request. */\nconst ACCEPT = ${q(plan.accept)};\n`;
  const tokenPaths = auth.tokenOperations.map((operation) => operation.path);
  const refreshPath = auth.kind === "oauth2" ? specPathOfEndpoint(auth.refresh) : undefined;

  return {
    hosts: `{ ${Object.entries(plan.hosts).map(([key, url]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : q(key)}: ${q(url)}`).join(", ")} }`,
    authImports: sortedImports.join(", "),
    authSummary: summary,
    optionFields: fields.join("\n"),
    credentials,
    acceptConst,
    authHeaders: plan.accept === undefined ? "" : "\n    headers: { accept: ACCEPT },",
    clientHeaders: plan.accept === undefined ? "" : "\n    headers: { accept: ACCEPT },",
    testCredentials: `{ ${Object.entries(auth.testCredentials).map(([key, value]) => `${key}: ${q(value)}`).join(", ")} }`,
    tokenPaths: `[${tokenPaths.map(q).join(", ")}]`,
    refreshTest:
      refreshPath === undefined || !tokenPaths.includes(refreshPath)
        ? ""
        : [
            "",
            `  it("refreshes the expired access token at ${refreshPath}", async () => {`,
            "    const { expiresAt, refreshToken } = await client.auth.getTokens();",
            "    expect(refreshToken).toBeDefined();",
            "    now = expiresAt + 1_000;",
            "    await client.auth.getAccessToken();",
            "    const last = contract.calls[contract.calls.length - 1];",
            `    expect(last === undefined ? undefined : \`\${last.method} \${new URL(last.url).pathname}\`).toBe(${q(`POST ${refreshPath}`)});`,
            "  });",
          ].join("\n"),
    exampleOptions: `{ ${Object.keys(auth.testCredentials).map((key) => `${key}: "…"`).join(", ")} }`,
  };
}

import { CLI_PROVIDERS, requiredVariables } from "./providers.js";

/** `cloud-sdks --help`. */
export function helpText(): string {
  const providers = CLI_PROVIDERS.map((provider) => {
    const variables = requiredVariables(provider);
    return `  ${provider.name.padEnd(12)} ${provider.title}: ${variables.length > 0 ? variables.join(", ") : "see the package README"}`;
  });
  return `Usage: cloud-sdks token <provider> [--json]
       cloud-sdks drift <provider> [--out report.json] [--param name=value]...

Prints a fresh access token for <provider>, using credentials from environment variables,
e.g. for curl:
  curl -H "Authorization: Bearer $(cloud-sdks token cloudlx)" https://cloudlx.epsilontel.com/api/services

drift calls every read-only operation of <provider> with the same credentials and reports each
way the live answers depart from the spec (undocumented status, media type, missing, extra or
mistyped field): operation, status, JSON path, expected, seen. Values are never printed, only their
shape (string, integer, array(3), object{id,name}). Operations with path or required query
parameters run when each is given with --param (e.g. --param id=42); --out writes the report as JSON.

Options:
  --json      print the token response as JSON instead, in the provider's own shape
              (access_token, token_type, expires_in left, refresh_token, scope and the
              provider's extra fields), e.g. cloud-sdks token cloudlx --json | jq -r .access_token
  --help, -h  show this help
  --version   print the version

Providers and their required environment variables (optional ones are in each package's README):
${providers.join("\n")}

Exit codes: 0 success, 1 the token could not be obtained (missing variables, unknown provider,
the provider refused the credentials), 2 wrong usage.`;
}

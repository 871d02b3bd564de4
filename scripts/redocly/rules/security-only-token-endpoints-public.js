// Clients attach a bearer token to every operation that declares security. Only a token
// endpoint (an OAuth2 form body declaring `grant_type`) may opt out with `security: []`,
// otherwise a forgotten security block would silently send requests unauthenticated.
const FORM = 'application/x-www-form-urlencoded';

function isEmptySecurity(security) {
  return Array.isArray(security) && security.every((req) => Object.keys(req ?? {}).length === 0);
}

function declaresGrantType(schema, ctx, seen = new Set()) {
  const resolved = ctx.resolve(schema).node;
  if (!resolved || typeof resolved !== 'object' || seen.has(resolved)) return false;
  seen.add(resolved);
  if (resolved.properties && Object.hasOwn(resolved.properties, 'grant_type')) return true;
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const part of resolved[key] ?? []) {
      if (declaresGrantType(part, ctx, seen)) return true;
    }
  }
  return false;
}

function isTokenEndpoint(operation, ctx) {
  if (!operation.requestBody) return false;
  const body = ctx.resolve(operation.requestBody).node;
  const form = body?.content?.[FORM];
  return Boolean(form?.schema && declaresGrantType(form.schema, ctx));
}

export default function SecurityOnlyTokenEndpointsPublic() {
  let rootSecurity;
  return {
    Root: {
      enter(root) {
        rootSecurity = root.security;
      },
    },
    Operation: {
      enter(operation, ctx) {
        const own = operation.security;
        const effective = own ?? rootSecurity;
        if (effective === undefined) {
          ctx.report({
            message:
              'Operation has no `security` and the document declares no global `security`: add a security requirement (or `security: []` if this is a token endpoint).',
            location: ctx.location.key(),
          });
          return;
        }
        if (!isEmptySecurity(effective)) return;
        if (isTokenEndpoint(operation, ctx)) return;
        ctx.report({
          message: `Operation opts out of authentication (\`security: []\`) but is not a token endpoint: only operations with an \`${FORM}\` body declaring \`grant_type\` may be public. Remove the empty \`security\` or declare a security requirement.`,
          location: own !== undefined ? ctx.location.child(['security']).key() : ctx.location.key(),
        });
      },
    },
  };
}

import { createHmac, randomBytes } from 'node:crypto';
import type OAuth2Server from '@node-oauth/oauth2-server';
import type { OAuthClientConfig, OAuthServerOptions } from './options.js';

/** The subject of a token: a person (password grant) or the client itself (client_credentials). */
export interface TokenSubject {
  id: string;
  kind: 'user' | 'client';
}

export interface StoredToken {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken?: string;
  refreshTokenExpiresAt?: Date;
  scope?: string[];
  client: OAuth2Server.Client;
  user: TokenSubject;
}

/** Tokens live only in this process; the store outlives the per-request models built on it. */
export class TokenStore {
  readonly accessTokens = new Map<string, StoredToken>();
  readonly refreshTokens = new Map<string, StoredToken>();
  /** Rotated or revoked refresh tokens, so a reuse can be counted as such. */
  readonly retiredRefreshTokens = new Set<string>();

  retireRefreshToken(refreshToken: string): boolean {
    const existed = this.refreshTokens.delete(refreshToken);
    if (existed) this.retiredRefreshTokens.add(refreshToken);
    return existed;
  }

  retireAllRefreshTokens(): void {
    for (const refreshToken of [...this.refreshTokens.keys()]) this.retireRefreshToken(refreshToken);
  }

  expireAllAccessTokens(): void {
    const past = new Date(Date.now() - 1000);
    for (const token of this.accessTokens.values()) token.accessTokenExpiresAt = past;
  }

  revokeAllAccessTokens(): void {
    this.accessTokens.clear();
  }
}

export interface ModelContext {
  grantType: string;
  onReusedRefreshToken(): void;
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A model per request, because whether `client_credentials` also gets a refresh token depends on the
 * grant being served and the library does not tell `saveToken` which grant that is.
 */
export function createModel(
  store: TokenStore,
  options: OAuthServerOptions,
  jwtKey: Buffer,
  context: ModelContext,
): OAuth2Server.ClientCredentialsModel & OAuth2Server.PasswordModel & OAuth2Server.RefreshTokenModel {
  const refreshTokenLifetime = options.refreshTokenLifetime ?? 604_800;
  const allowedScopes = (client: OAuth2Server.Client): readonly string[] | undefined =>
    (client['scopes'] as readonly string[] | undefined) ?? options.scopes;

  const model: OAuth2Server.ClientCredentialsModel & OAuth2Server.PasswordModel & OAuth2Server.RefreshTokenModel = {
    async getClient(clientId, clientSecret) {
      const config: OAuthClientConfig | undefined = options.clients.find((client) => client.id === clientId);
      // The library passes no secret only where it was told a secret is not required (public refresh).
      if (!config || (clientSecret !== undefined && clientSecret !== config.secret)) return false;
      return {
        id: config.id,
        grants: [...config.grants],
        ...(config.accessTokenLifetime !== undefined && { accessTokenLifetime: config.accessTokenLifetime }),
        ...(config.scopes !== undefined && { scopes: config.scopes }),
      };
    },

    async getUser(username, password) {
      const user = options.users?.find((candidate) => candidate.username === username);
      return user && user.password === password ? { id: user.username, kind: 'user' } : false;
    },

    async getUserFromClient(client) {
      return { id: client.id, kind: 'client' };
    },

    async validateScope(_user, client, scope) {
      const allowed = allowedScopes(client);
      if (!scope || scope.length === 0) return allowed ? [...allowed] : [];
      if (!allowed) return scope;
      return scope.every((entry) => allowed.includes(entry)) ? scope : false;
    },

    async saveToken(token, client, user) {
      const stored: StoredToken = {
        accessToken: token.accessToken,
        accessTokenExpiresAt: token.accessTokenExpiresAt ?? new Date(Date.now() + 3600_000),
        client,
        user: user as TokenSubject,
        ...(token.scope !== undefined && { scope: token.scope }),
      };
      if (token.refreshToken) {
        stored.refreshToken = token.refreshToken;
        if (token.refreshTokenExpiresAt) stored.refreshTokenExpiresAt = token.refreshTokenExpiresAt;
      } else if (context.grantType === 'client_credentials' && options.clientCredentialsRefreshToken) {
        stored.refreshToken = randomToken();
        stored.refreshTokenExpiresAt = new Date(Date.now() + refreshTokenLifetime * 1000);
      }
      store.accessTokens.set(stored.accessToken, stored);
      if (stored.refreshToken) store.refreshTokens.set(stored.refreshToken, stored);
      return stored;
    },

    async getAccessToken(accessToken) {
      return store.accessTokens.get(accessToken) ?? false;
    },

    async getRefreshToken(refreshToken) {
      const stored = store.refreshTokens.get(refreshToken);
      if (!stored?.refreshToken) {
        if (store.retiredRefreshTokens.has(refreshToken)) context.onReusedRefreshToken();
        return false;
      }
      return { ...stored, refreshToken: stored.refreshToken };
    },

    async revokeToken(token) {
      // False when a concurrent refresh already used it: the library then answers invalid_grant.
      return store.retireRefreshToken(token.refreshToken);
    },

    async generateRefreshToken() {
      return randomToken();
    },
  };

  if (options.accessTokenFormat === 'jwt') {
    model.generateAccessToken = async (client, user, scope) => {
      const issuedAt = Math.floor(Date.now() / 1000);
      const lifetime = (client.accessTokenLifetime as number | undefined) ?? options.accessTokenLifetime ?? 3600;
      const header = base64UrlJson({ alg: 'HS256', typ: 'JWT' });
      const payload = base64UrlJson({
        sub: (user as TokenSubject).id,
        client_id: client.id,
        scope: scope?.join(' '),
        iat: issuedAt,
        exp: issuedAt + lifetime,
        jti: randomToken(),
      });
      const signature = createHmac('sha256', jwtKey).update(`${header}.${payload}`).digest('base64url');
      return `${header}.${payload}.${signature}`;
    };
  } else {
    model.generateAccessToken = async () => randomToken();
  }
  return model;
}

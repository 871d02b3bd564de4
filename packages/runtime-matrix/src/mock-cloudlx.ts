import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// The secret the scenario sends to provoke the documented invalid_client error.
import { WRONG_SECRET } from "../fixtures/smoke.mjs";

/** What the mock saw from one client id, in order: the server's side of the smoke scenario. */
export interface ClientLog {
  readonly grants: string[];
  /** `POST /api/services/create` answers: status, bearer token and the JSON body as received. */
  readonly creates: { status: number; token: string; body: unknown }[];
}

export interface MockCloudlx {
  readonly url: string;
  log(clientId: string): ClientLog;
  close(): Promise<void>;
}

const MEDIA_TYPE = "application/vnd.cloudlx.v1+json";

/**
 * CloudLX's token, refresh and two API endpoints on 127.0.0.1, with CORS so a page on another
 * origin can call it. State is kept per client id, so runtimes can share one mock concurrently.
 */
export async function startMockCloudlx(): Promise<MockCloudlx> {
  const logs = new Map<string, ClientLog>();
  /** access token → client id, and refresh token → client id. */
  const accessTokens = new Map<string, string>();
  const refreshTokens = new Map<string, string>();
  let issued = 0;
  const logFor = (clientId: string) => {
    let log = logs.get(clientId);
    if (!log) logs.set(clientId, (log = { grants: [], creates: [] }));
    return log;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": MEDIA_TYPE, ...headers }).end(JSON.stringify(body));
  };
  const issue = (res: ServerResponse, clientId: string) => {
    issued += 1;
    const access = `at-${clientId}-${issued}-${Math.random().toString(36).slice(2)}`;
    const refresh = `rt-${clientId}-${issued}-${Math.random().toString(36).slice(2)}`;
    accessTokens.set(access, clientId);
    refreshTokens.set(refresh, clientId);
    send(res, 200, { access_token: access, token_type: "Bearer", expires_in: 3600, refresh_token: refresh });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const path = new URL(req.url ?? "/", "http://mock").pathname;

    if (req.method === "POST" && (path === "/api/oauth2/access-token" || path === "/api/oauth2/refresh-token")) {
      const form = new URLSearchParams(text);
      const clientId = form.get("client_id") ?? "";
      const grant = form.get("grant_type") ?? "";
      logFor(clientId).grants.push(`${path.endsWith("refresh-token") ? "refresh-token" : "access-token"}:${grant}`);
      if (form.get("client_secret") === WRONG_SECRET) {
        send(res, 401, { error: "invalid_client", error_description: "Client authentication failed." });
      } else if (path.endsWith("refresh-token") && refreshTokens.get(form.get("refresh_token") ?? "") !== clientId) {
        send(res, 400, { error: "invalid_grant", error_description: "The refresh token is invalid or expired." });
      } else {
        issue(res, clientId);
      }
      return;
    }

    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const clientId = accessTokens.get(token);
    if (clientId === undefined) {
      send(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
      return;
    }
    if (req.method === "GET" && path === "/api/services") {
      send(res, 200, { services: [{ id: 7, name: "matrix service", bandwidth: 100 }] });
      return;
    }
    if (req.method === "POST" && path === "/api/services/create") {
      const log = logFor(clientId);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = { unparsable: text };
      }
      // The first create of each client is refused, as if its token had been revoked.
      const status = log.creates.length === 0 ? 401 : 201;
      log.creates.push({ status, token, body });
      if (status === 401) send(res, 401, { error: "invalid_token" }, { "www-authenticate": 'Bearer error="invalid_token"' });
      else send(res, 201, { received: body });
      return;
    }
    send(res, 404, { error: `no route ${req.method} ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log: (clientId) => logFor(clientId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { FaultProbe } from "./fault-case.js";

export interface StubRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface StubAnswer {
  readonly status?: number;
  readonly statusText?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/**
 * A plain HTTP server on 127.0.0.1 answering each request with `answer(request)` as JSON: for
 * API shapes no shared test server has (an API that echoes credentials into its errors). Closed
 * after the case; `requests` lists what it received.
 */
export async function startStub(probe: FaultProbe, answer: (request: StubRequest) => StubAnswer): Promise<{ readonly url: string; readonly requests: readonly StubRequest[] }> {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "GET", path: new URL(req.url ?? "/", "http://stub").pathname, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(request);
      const { status = 200, statusText, headers = {}, json } = answer(request);
      res.writeHead(status, statusText, { "content-type": "application/json", ...headers });
      res.end(json === undefined ? "" : JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  probe.defer(() => new Promise<void>((resolve) => server.close(() => resolve())));
  probe.defer(() => server.closeAllConnections());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

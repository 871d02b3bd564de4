import { connect } from 'node:net';

export interface JsonReply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function postForm(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<JsonReply> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(form), headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<JsonReply> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

export function basic(user: string, password: string): string {
  return `Basic ${btoa(`${user}:${password}`)}`;
}

export function bearer(token: unknown): Record<string, string> {
  if (typeof token !== 'string') throw new TypeError('expected an access token string');
  return { authorization: `Bearer ${token}` };
}

/** Resolves to the connect error code, or 'connected' when something still listens. */
export function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

import { connect } from 'node:net';
import type { TestProject } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { findSpecFiles } from '../src/index.js';
import setup from '../src/vitest-global-setup.js';

function isListening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('vitest global setup', () => {
  it('provides a Prism URL per spec in specs/ and stops them all in teardown', async () => {
    const provided = new Map<string, unknown>();
    const project = { provide: (key: string, value: unknown) => provided.set(key, value) } as unknown as TestProject;

    const teardown = await setup(project);
    const urls = provided.get('prismUrls') as Record<string, string>;
    try {
      expect(Object.keys(urls).sort()).toEqual(Object.keys(findSpecFiles()).sort());
      for (const url of Object.values(urls)) expect(await isListening(url)).toBe(true);
    } finally {
      await teardown();
    }
    for (const url of Object.values(urls)) expect(await isListening(url)).toBe(false);
  });
});

/**
 * Runs the API server in its own process so that serving and the measured clients do not share
 * one event loop: on a 2-core machine that would make the server's cost part of every ratio.
 */
import { listen } from '@cloud-sdks/test-servers';
import { createApiServer } from './api-server.js';

const server = await listen(createApiServer());
process.send?.({ url: server.url });
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('message', (message) => {
  if (message === 'stop') stop();
});
// Parent gone (crash or Ctrl-C): never outlive it.
process.on('disconnect', stop);

import type { RedisClientLike } from "./client.js";
import { describeRedisError, type RedisHealth } from "./health.js";
import type { RedisTokenStoreLogger } from "./options.js";
import { RecoveryProbe } from "./recovery-probe.js";

/**
 * `maybeApplied`: the command reached the connection but its reply did not reach us in time, so
 * Redis may run it (or may have run it) anyway: node-redis cannot recall a command once written
 * to the socket, and its own per-command timeouts and abort signals only drop unwritten ones.
 */
export type RedisResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly maybeApplied: boolean };

const SKIPPED: RedisResult<never> = { ok: false, maybeApplied: false };
const LOST: RedisResult<never> = { ok: false, maybeApplied: true };

/**
 * The one door to Redis: every command is skipped while Redis is known to be down, bounded by a
 * timeout, and never throws, so no Redis fault can reject a caller's token request.
 */
export class RedisGateway {
  readonly #getClient: () => Promise<RedisClientLike>;
  readonly #health: RedisHealth;
  readonly #probe: RecoveryProbe;
  readonly #timeoutMs: number;
  readonly #logger: RedisTokenStoreLogger;

  constructor(
    getClient: () => Promise<RedisClientLike>,
    health: RedisHealth,
    settings: { readonly timeoutMs: number; readonly probeIntervalMs: number },
    logger: RedisTokenStoreLogger,
  ) {
    this.#getClient = getClient;
    this.#health = health;
    this.#probe = new RecoveryProbe(health, settings.probeIntervalMs);
    this.#timeoutMs = settings.timeoutMs;
    this.#logger = logger;
  }

  async run<T>(operation: string, command: (client: RedisClientLike) => Promise<T>): Promise<RedisResult<T>> {
    let client: RedisClientLike;
    try {
      client = await this.#getClient();
    } catch (error) {
      this.#health.markDown(describeRedisError(error));
      return SKIPPED;
    }
    // node-redis would queue the command until reconnected; a token request must not wait for that.
    if (!client.isReady) {
      this.#health.markDown("client is not connected");
      return SKIPPED;
    }
    // A stalled Redis keeps its socket open, so the client still looks ready: without this every
    // call would wait out the whole timeout, and pile one more late command onto the socket.
    if (!this.#health.available) {
      this.#probe.poke(client);
      return SKIPPED;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no reply within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    try {
      const value = await Promise.race([command(client), timeout]);
      this.#health.markUp();
      return { ok: true, value };
    } catch (error) {
      if (isServerReply(error)) {
        // Redis answered, so it is up; the command itself was refused.
        this.#logger.debug?.(`@cloud-sdks/auth-redis: ${operation} refused by Redis (${describeRedisError(error)})`);
        return SKIPPED;
      }
      this.#health.markDown(describeRedisError(error));
      this.#logger.debug?.(`@cloud-sdks/auth-redis: ${operation} failed (${describeRedisError(error)})`);
      return LOST;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * For clean-up that must happen once Redis answers again, however long that takes: no timeout
   * and no health check, so it queues on the connection behind the late command it undoes.
   */
  async runWhenAnswering<T>(operation: string, command: (client: RedisClientLike) => Promise<T>): Promise<RedisResult<T>> {
    try {
      const value = await command(await this.#getClient());
      this.#health.markUp();
      return { ok: true, value };
    } catch (error) {
      this.#logger.debug?.(`@cloud-sdks/auth-redis: ${operation} failed (${describeRedisError(error)})`);
      return isServerReply(error) ? SKIPPED : LOST;
    }
  }
}

/** node-redis' ErrorReply family (SimpleError, BlobError) carries an error sent by the server. */
function isServerReply(error: unknown): boolean {
  for (let proto = Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === "ErrorReply") return true;
  }
  return false;
}

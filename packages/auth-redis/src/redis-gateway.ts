import type { RedisClientLike } from "./client.js";
import { describeRedisError, type RedisHealth } from "./health.js";
import type { RedisTokenStoreLogger } from "./options.js";

export type RedisResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const FAILED: RedisResult<never> = { ok: false };

/**
 * The one door to Redis: every command is skipped while the client is not ready, bounded by a
 * timeout, and never throws, so no Redis fault can reject a caller's token request.
 */
export class RedisGateway {
  readonly #getClient: () => Promise<RedisClientLike>;
  readonly #health: RedisHealth;
  readonly #timeoutMs: number;
  readonly #logger: RedisTokenStoreLogger;

  constructor(
    getClient: () => Promise<RedisClientLike>,
    health: RedisHealth,
    timeoutMs: number,
    logger: RedisTokenStoreLogger,
  ) {
    this.#getClient = getClient;
    this.#health = health;
    this.#timeoutMs = timeoutMs;
    this.#logger = logger;
  }

  async run<T>(operation: string, command: (client: RedisClientLike) => Promise<T>): Promise<RedisResult<T>> {
    let client: RedisClientLike;
    try {
      client = await this.#getClient();
    } catch (error) {
      this.#health.markDown(describeRedisError(error));
      return FAILED;
    }
    // node-redis would queue the command until reconnected; a token request must not wait for that.
    if (!client.isReady) {
      this.#health.markDown("client is not connected");
      return FAILED;
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
      } else {
        this.#health.markDown(describeRedisError(error));
        this.#logger.debug?.(`@cloud-sdks/auth-redis: ${operation} failed (${describeRedisError(error)})`);
      }
      return FAILED;
    } finally {
      clearTimeout(timer);
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

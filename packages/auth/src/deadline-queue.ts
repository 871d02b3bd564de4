/**
 * Per-attempt timeouts without a timer per attempt. Attempts that share a timeout expire in the
 * order they started, so one queue per timeout value, with one timer armed for its oldest pending
 * entry, serves every attempt in flight: starting and finishing an attempt is an array push and a
 * flag, where setTimeout/clearTimeout cost more than the rest of a cache hit (undici keeps its
 * connection timeouts on one shared timer for the same reason). Closures rather than a class:
 * local names minify, property names do not.
 */
interface Entry {
  readonly deadline: number;
  expire: (() => void) | undefined;
}

/** Settles an entry: true when the attempt finished first, false when its deadline had fired. */
export type Finish = () => boolean;

interface Queue {
  readonly add: (expire: () => void) => Finish;
  readonly held: () => number;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * Lets the process exit whatever the timer: unref'd in Node and Bun, Deno.unrefTimer in Deno, as
 * undici's own timeouts are. A pending request keeps the process alive through its connection,
 * not through its deadline. Unref'd once, when armed: toggling ref on every call's first and last
 * attempt cost ~0.5 µs of a ~20 µs cache hit on Node 20. Returns false where a timer cannot be
 * unref'd (browsers, workerd, which may also drop a timer when the request that set it ends):
 * there an idle queue clears its timer, and the next call arms a new one.
 */
function unref(timer: Timer): boolean {
  const handle = timer as unknown as number | { unref?: () => void };
  if (typeof handle === "object") {
    handle.unref?.();
    return handle.unref !== undefined;
  }
  const deno = (globalThis as { Deno?: { unrefTimer?: (id: number) => void } }).Deno;
  deno?.unrefTimer?.(handle);
  return deno?.unrefTimer !== undefined;
}

function createQueue(timeoutMs: number, forget: () => void): Queue {
  const entries: Entry[] = [];
  let head = 0;
  let pending = 0;
  let timer: Timer | undefined;
  // Whether `timer` may stay armed while nothing is pending (it cannot keep the process alive).
  let unrefd = false;
  // The setTimeout that armed `timer`: a test that installs fake timers gets a timer of its own.
  let armedWith: typeof setTimeout | undefined;
  let disarm: typeof clearTimeout = clearTimeout;
  // When the timer fires, this much time has passed, whatever Date.now() says after a clock change.
  let armedFor = 0;

  const arm = (deadline: number) => {
    if (timer !== undefined) disarm(timer);
    armedWith = globalThis.setTimeout;
    disarm = globalThis.clearTimeout;
    armedFor = deadline;
    timer = setTimeout(sweep, Math.max(0, deadline - Date.now()));
    unrefd = unref(timer);
  };

  const idle = () => {
    // pop() keeps the array's storage for the next call; length = 0 would drop it.
    if (entries.length > 64) entries.length = 0;
    else while (entries.pop() !== undefined);
    head = 0;
    if (timer !== undefined && !unrefd) {
      disarm(timer);
      timer = undefined;
    }
  };

  const sweep = () => {
    timer = undefined;
    const now = Math.max(Date.now(), armedFor);
    for (let entry = entries[head]; entry !== undefined; entry = entries[++head]) {
      const { expire } = entry;
      if (expire === undefined) continue;
      if (entry.deadline > now) break;
      entry.expire = undefined;
      pending--;
      expire();
    }
    if (pending === 0) return idle(), forget();
    compact();
    arm(entries[0]!.deadline);
  };

  // Drops the settled entries and the consumed head in place, keeping the order. In place: a
  // spread of the live entries into a fresh array overflows the call stack past ~120,000 of them.
  const compact = () => {
    let kept = 0;
    for (let index = head; index < entries.length; index++) if (entries[index]!.expire !== undefined) entries[kept++] = entries[index]!;
    entries.length = kept;
    head = 0;
  };

  // A long attempt at the head must not keep thousands of finished ones behind it in memory.
  const dropSettledHead = () => {
    while (head < entries.length && entries[head]!.expire === undefined) head++;
    if (head > 1024 || entries.length - head > 2 * pending + 64) compact();
  };

  const add = (expire: () => void): Finish => {
    const entry: Entry = { deadline: Date.now() + timeoutMs, expire };
    entries.push(entry);
    // An idle queue's timer, still armed for an older deadline, fires early and re-arms.
    if (++pending === 1 && (timer === undefined || armedWith !== globalThis.setTimeout)) arm(entry.deadline);
    return () => {
      if (entry.expire === undefined) return false;
      entry.expire = undefined;
      if (--pending === 0) idle();
      else dropSettledHead();
      return true;
    };
  };

  return { add, held: () => entries.length - head };
}

const queues = new Map<number, Queue>();

/**
 * Calls `expire` once `timeoutMs` have passed, unless the returned Finish is called first. A queue
 * is forgotten when its timer finds nothing pending, so many distinct timeouts do not pile up.
 */
export function expireAfter(timeoutMs: number, expire: () => void): Finish {
  let queue = queues.get(timeoutMs);
  if (queue === undefined) queues.set(timeoutMs, (queue = createQueue(timeoutMs, () => queues.delete(timeoutMs))));
  return queue.add(expire);
}

/** Entries the queue of `timeoutMs` still holds, settled or not (internal; tests of the memory bound). */
export function heldEntries(timeoutMs: number): number {
  return queues.get(timeoutMs)?.held() ?? 0;
}

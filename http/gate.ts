// A gate for costly routes (search): at most a few of their requests are worked on at once, the
// others wait their turn in arrival order. Each search runs database queries on the main thread (the
// embedded PostgreSQL, PGlite, executes there) and parses and shapes the engine's answer there: 200
// searches at once made one turn of the event loop hold the work of dozens of them, and
// `GET /api/health`, which needs neither the database nor the engine, waited seconds for its turn
// (profiled under `npm run bench -- load`). A waiting request costs a pending promise; a request let
// through starts on a turn of its own (setImmediate), so what arrived meanwhile (health, a page) is
// served between two searches. `p-limit` keeps the queue.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import pLimit from 'p-limit';

/**
 * How many searches the server works on at once: 2 answered health at most 0.6 s under the load bench
 * (p95 0.12 s), 4 up to 1.0 s (p95 0.36 s), on 2 cores at load 17–27; the engine's threads do the rest.
 */
export const SEARCH_SLOTS = 2;

export interface Gate {
  /** The middleware: put it first in a route's chain, so authentication's queries wait too. */
  middleware: MiddlewareHandler;
  /** Requests being worked on now (at most the gate's slots). */
  active(): number;
  /** Requests waiting for a slot. */
  waiting(): number;
}

/** A gate letting `slots` requests through at once (≥ 1); the rest wait, first come first served. */
export function requestGate(slots: number): Gate {
  const limit = pLimit(slots);
  return {
    middleware: (_c, next) =>
      limit(async () => {
        await nextTurn();
        await next();
      }),
    active: () => limit.activeCount,
    waiting: () => limit.pendingCount,
  };
}

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestGate } from './gate.js';

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
}

/** Waits until `ok()` holds, turn by turn of the event loop (no clock involved). */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ok(); i++) await new Promise((r) => setImmediate(r));
  expect(ok()).toBe(true);
}

describe('requestGate', () => {
  it('lets a few requests through, queues the rest in arrival order, and never holds an ungated route', async () => {
    const gate = requestGate(2);
    const started: string[] = [];
    const holds = new Map<string, ReturnType<typeof deferred>>();
    const app = new Hono();
    app.get('/health', (c) => c.json({ status: 'ok' }));
    app.get('/search/:q', gate.middleware, async (c) => {
      const q = c.req.param('q');
      started.push(q);
      const hold = deferred();
      holds.set(q, hold);
      await hold.promise;
      return c.json({ q });
    });

    const answers = ['ledger', 'quay', 'tariff', 'berth', 'crate'].map((q) =>
      app.request(`/search/${q}`),
    );
    await until(() => started.length === 2);
    expect(started).toEqual(['ledger', 'quay']);
    expect(gate.active()).toBe(2);
    expect(gate.waiting()).toBe(3);

    // Health answers while every slot is taken and three searches wait.
    const health = await app.request('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(started).toEqual(['ledger', 'quay']);

    // A slot freed goes to the first waiting request.
    holds.get('quay')!.release();
    await until(() => started.length === 3);
    expect(started).toEqual(['ledger', 'quay', 'tariff']);
    expect(gate.waiting()).toBe(2);

    for (const q of ['ledger', 'tariff']) holds.get(q)!.release();
    await until(() => started.length === 5);
    expect(started).toEqual(['ledger', 'quay', 'tariff', 'berth', 'crate']);
    for (const q of ['berth', 'crate']) holds.get(q)!.release();
    const bodies = await Promise.all(
      answers.map(async (a) => (await a).json() as Promise<{ q: string }>),
    );
    expect(bodies.map((b) => b.q)).toEqual(['ledger', 'quay', 'tariff', 'berth', 'crate']);
    expect(gate.active()).toBe(0);
    expect(gate.waiting()).toBe(0);
  });

  it('frees its slot when a request fails, so the queue moves on', async () => {
    const gate = requestGate(1);
    const app = new Hono();
    app.get('/search/:q', gate.middleware, (c) => {
      if (c.req.param('q') === 'broken') throw new Error('engine down');
      return c.json({ q: c.req.param('q') });
    });
    app.onError((_err, c) => c.json({ error: 'internal error' }, 500));
    const [broken, next] = await Promise.all([
      app.request('/search/broken'),
      app.request('/search/manifest'),
    ]);
    expect(broken.status).toBe(500);
    expect(next.status).toBe(200);
    expect(gate.active()).toBe(0);
  });
});

// Keep-alive through the real server: a client's idle connection stays open longer than the load
// balancers and clients in front of it keep theirs (65 s), so the server never closes a connection a
// client is about to reuse, which under load is a reset request.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './cli.js';
import { servedArchive } from './fixtures.js';

function get(
  agent: http.Agent,
  url: string,
): Promise<{ status: number; keepAlive: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          keepAlive: String(res.headers['keep-alive'] ?? ''),
          reused: req.reusedSocket,
        }),
      );
    });
    req.on('error', reject);
  });
}

describe('keep-alive', () => {
  const served = servedArchive('casefile-keepalive-');
  let server: RunningServer;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  beforeAll(async () => {
    server = await served.start();
  }, 120_000);
  afterAll(() => agent.destroy());

  it('keeps an idle connection open for 65 s, past the 5 s Node.js closes it at by default', async () => {
    const first = await get(agent, `${server.base}/api/health`);
    expect(first.status).toBe(200);
    expect(first.keepAlive).toBe('timeout=65');
    await new Promise((r) => setTimeout(r, 6000));
    const second = await get(agent, `${server.base}/api/health`);
    expect(second.status).toBe(200);
    expect(second.reused).toBe(true);
  }, 30_000);
});

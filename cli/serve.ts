// `casefile serve`: the API, the ingest workers and the search engine in one process, on
// 127.0.0.1 unless told otherwise. The first start with no users creates an admin and prints its
// credentials once.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { recordServer } from './server-file.js';
import { runWorkers } from '../ingest/worker.js';
import { startSearch } from '../search/service.js';
import { addUser, userCount } from '../store/accounts.js';
import type { Archive } from '../store/archive.js';

/** How long an idle kept-alive connection stays open, in milliseconds. */
const KEEP_ALIVE_MS = 65_000;

export async function serveArchive(
  archive: Archive,
  opts: { port: number; host: string },
): Promise<void> {
  if ((await userCount(archive.db)) === 0) {
    const admin = await addUser(archive.db, 'admin', 'admin');
    process.stdout.write(
      `First start: created the user "admin" (role admin). These credentials are shown only now:\n` +
        `  password:  ${admin.password}\n  API token: ${admin.token}\n`,
    );
  }
  process.stdout.write('Database: ready\nSearch engine: starting…\n');
  const search = await startSearch(archive.config.dataDir, archive.db);
  const { check } = search;
  process.stdout.write(
    `Search engine: ready, ${check.expected} page${check.expected === 1 ? '' : 's'} indexed${check.rebuilt ? ' (index rebuilt from the database)' : ''}\n`,
  );
  const stop = new AbortController();
  const workers = runWorkers(archive, {
    concurrency: archive.config.concurrency,
    search,
    signal: stop.signal,
  });
  process.stdout.write(
    `Workers: ${archive.config.concurrency} ingest job${archive.config.concurrency === 1 ? '' : 's'} at a time\n`,
  );
  let ready = false;
  // Permalinks are built from configuration only: the Host header is the client's to choose.
  const publicUrl =
    archive.config.publicUrl ??
    `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`;
  const app = createApp({ archive, search, ready: () => ready, publicUrl });
  let forget = () => {};
  const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
    ready = true;
    // The CLI, finding the database held, asks this address (on this machine: the loopback for a
    // server bound to every address).
    const local = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host === '::' ? '::1' : opts.host;
    forget = recordServer(
      archive.config.dataDir,
      `http://${local.includes(':') ? `[${local}]` : local}:${info.port}`,
    );
    process.stdout.write(`Casefile listening on http://${opts.host}:${info.port}\n`);
  });
  // An idle connection stays open longer than clients and proxies keep theirs (60 s is common): a
  // server that closes first races a client reusing the connection, and that request is reset.
  // The headers' deadline must outlast it, or Node.js closes a kept-alive connection early.
  const http = server as Server;
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  http.headersTimeout = KEEP_ALIVE_MS + 1000;
  // A port that cannot be had (in use, not allowed) ends the server as a signal does, with the
  // workers and the search engine stopped, and the reason said; never an unhandled 'error' event.
  const failure = await new Promise<Error | undefined>((resolve) => {
    const shutdown = (error?: Error) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      resolve(error);
    };
    const onSignal = () => shutdown();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    http.once('error', (e: NodeJS.ErrnoException) =>
      shutdown(
        new Error(
          `cannot listen on ${opts.host}:${opts.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.code === 'EACCES' ? 'not allowed to use this port' : e.message}`,
        ),
      ),
    );
  });
  ready = false;
  forget();
  if (http.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  stop.abort();
  await workers;
  await search.stop();
  if (failure) throw failure;
}

/**
 * `casefile worker`: claims and processes jobs until SIGINT/SIGTERM, then finishes the job in hand.
 * Prints one line per finished document (id and outcome, never any text).
 */
export async function runWorkersUntilStopped(archive: Archive): Promise<void> {
  const search = archive.config.search
    ? await startSearch(archive.config.dataDir, archive.db)
    : undefined;
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.stdout.write(`worker ${process.pid} started\n`);
  try {
    await runWorkers(archive, {
      concurrency: archive.config.concurrency,
      signal: stop.signal,
      ...(search ? { search } : {}),
      onJobEnd: (documentId, outcome) =>
        process.stdout.write(`document ${documentId} ${outcome}\n`),
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await search?.stop();
  }
}

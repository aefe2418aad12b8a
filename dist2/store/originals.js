// Content-addressed storage of original files: originals/ab/cd/<sha256>, written once, read-only after.
// Bytes go to a temporary file in the same filesystem while being hashed, are fsynced, then renamed
// into place and the directory fsynced, so an acknowledged original survives a crash or power loss.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { TooLargeError } from '../core/errors.js';
const SHA256_HEX = /^[0-9a-f]{64}$/;
export class OriginalStore {
    root;
    tmpDir;
    constructor(dataDir) {
        this.root = path.join(dataDir, 'originals');
        this.tmpDir = path.join(dataDir, 'tmp');
        fs.mkdirSync(this.root, { recursive: true, mode: 0o700 });
        fs.mkdirSync(this.tmpDir, { recursive: true, mode: 0o700 });
    }
    pathFor(sha256) {
        // The hash is the only path component taken from outside; refusing anything but hex rules out traversal.
        if (!SHA256_HEX.test(sha256))
            throw new Error(`not a SHA-256: ${JSON.stringify(sha256)}`);
        return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    }
    has(sha256) {
        return fs.existsSync(this.pathFor(sha256));
    }
    /** Stores a stream's bytes; `maxBytes` refuses oversized input before it fills the disk. */
    async put(input, maxBytes = Number.POSITIVE_INFINITY) {
        const tmp = path.join(this.tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
        const hash = createHash('sha256');
        let size = 0;
        const handle = await fsp.open(tmp, 'wx', 0o600);
        try {
            for await (const chunk of input) {
                const buf = chunk;
                size += buf.length;
                if (size > maxBytes)
                    throw new TooLargeError(`file is larger than the limit of ${maxBytes} bytes`);
                hash.update(buf);
                await handle.write(buf);
            }
            await handle.sync();
        }
        catch (err) {
            await handle.close().catch(() => undefined);
            await fsp.rm(tmp, { force: true });
            throw err;
        }
        await handle.close();
        const sha256 = hash.digest('hex');
        const final = this.pathFor(sha256);
        if (fs.existsSync(final)) {
            await fsp.rm(tmp, { force: true });
            return { sha256, size, path: final, created: false };
        }
        const dir = path.dirname(final);
        await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
        await fsp.chmod(tmp, 0o400);
        await fsp.rename(tmp, final);
        await fsyncDir(dir);
        return { sha256, size, path: final, created: true };
    }
    async putFile(file, maxBytes) {
        return this.put(fs.createReadStream(file), maxBytes);
    }
    /**
     * Removes temporary files left by a crash mid-write; their uploads were never acknowledged.
     * Only old ones: another process sharing the directory may be writing a fresh one right now.
     */
    async sweepTemporary(olderThanMs = 60 * 60 * 1000) {
        const cutoff = Date.now() - olderThanMs;
        for (const name of await fsp.readdir(this.tmpDir)) {
            if (!name.endsWith('.part'))
                continue;
            const file = path.join(this.tmpDir, name);
            const stat = await fsp.stat(file).catch(() => undefined);
            if (stat && stat.mtimeMs < cutoff)
                await fsp.rm(file, { force: true });
        }
    }
}
async function fsyncDir(dir) {
    const handle = await fsp.open(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
//# sourceMappingURL=originals.js.map
// CASEFILE_DEBUG_MEMORY=1: memory figures on standard error, to find what makes a batch's peak.
// The process every 5 s (resident and its high-water mark, this thread's heap, external memory and
// ArrayBuffers, and on Linux the WebAssembly memories of the OCR workers and the embedded database,
// read from /proc/self/smaps), with what the caller adds (pages in work, threads); each PDF thread
// after each task (its own heap and ArrayBuffers). Numbers only, never any text of a document.
import fs from 'node:fs';
import { threadId } from 'node:worker_threads';
const memoryDebug = Boolean(process.env.CASEFILE_DEBUG_MEMORY);
const mb = (bytes) => Math.round(bytes / 1024 / 1024);
/** This thread's heap (used/total), external memory and ArrayBuffers, in MB. */
function threadMemory() {
    const m = process.memoryUsage();
    return `heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`;
}
/**
 * Resident MB of each WebAssembly memory in the process, largest first: V8 reserves each one with a
 * guard region of gigabytes, so it is a writable anonymous mapping followed by an inaccessible one of
 * more than 4 GiB. Also the high-water mark of the process. Empty on systems without /proc.
 */
function processMemory() {
    try {
        const status = fs.readFileSync('/proc/self/status', 'utf8');
        const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        const maps = [];
        for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
            const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
            if (head) {
                const size = parseInt(head[2], 16) - parseInt(head[1], 16);
                maps.push({ size, perm: head[3], path: head[4], rss: 0 });
                continue;
            }
            const rss = /^Rss:\s+(\d+) kB/.exec(line);
            if (rss && maps.length)
                maps[maps.length - 1].rss = Number(rss[1]);
        }
        const wasm = maps
            .filter((m, i) => {
            const next = maps[i + 1];
            return (m.perm.startsWith('rw') &&
                m.path === '' &&
                next?.perm === '---p' &&
                next.path === '' &&
                next.size > 4 * 2 ** 30 &&
                m.rss > 1024);
        })
            .map((m) => Math.round(m.rss / 1024))
            .sort((a, b) => b - a);
        return { hwm: Math.round(kb('VmHWM') / 1024), rss: Math.round(kb('VmRSS') / 1024), wasm };
    }
    catch {
        return { hwm: 0, rss: mb(process.memoryUsage.rss()), wasm: [] };
    }
}
/** One line for this thread (a PDF thread, after a task). */
export function logThreadMemory(what) {
    if (memoryDebug)
        process.stderr.write(`[memory thread ${threadId}] ${what}: ${threadMemory()}\n`);
}
/** Logs the process's memory every `ms` until the returned function is called. */
export function logProcessMemory(extra, ms = 5_000) {
    if (!memoryDebug)
        return () => undefined;
    const t0 = performance.now();
    const timer = setInterval(() => {
        const p = processMemory();
        const wasm = p.wasm.reduce((s, x) => s + x, 0);
        process.stderr.write(`[memory ${Math.round((performance.now() - t0) / 1000)} s] rss ${p.rss} (peak ${p.hwm}) wasm ${wasm} [${p.wasm.join(' ')}] main ${threadMemory()} ${extra()}\n`);
    }, ms);
    timer.unref();
    return () => clearInterval(timer);
}
//# sourceMappingURL=memory-debug.js.map
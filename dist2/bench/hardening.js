// Hardening under load (issue 17), against the real server started as users start it
// (`casefile serve`, through its launcher, embedded database, managed Meilisearch):
//   load  a 3 MB text page and a few ordinary ones; 200 concurrent searches hitting the large page,
//         twice over the same keep-alive connections, while GET /api/health is polled throughout.
//   bomb  a ~1 MB PDF whose page content is a FlateDecode stream inflating to 1 GiB, uploaded, with
//         the resident memory of the server's whole process tree sampled during and after; then an
//         ordinary upload, which must be processed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { freePort } from '../search/engine.js';
/** Starts `casefile serve` on a free port over a fresh data directory; its first admin's token. */
async function startServer(bin, dataDir) {
    const port = await freePort();
    const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
        env: { ...process.env, CASEFILE_DATA: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    const exited = new Promise((r) => child.once('exit', () => r()));
    const deadline = Date.now() + 120_000;
    while (!out.includes('listening')) {
        if (Date.now() > deadline || child.exitCode !== null)
            throw new Error(`casefile serve did not start: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
    }
    return {
        base: `http://127.0.0.1:${port}`,
        pid: child.pid,
        token: /API token: (\S+)/.exec(out)[1],
        async stop() {
            child.kill('SIGTERM');
            await exited;
        },
    };
}
/** Resident bytes of a process and all its descendants (threads included), from /proc. */
function treeRss(pid) {
    let total = 0;
    try {
        total +=
            Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;
        for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
            const children = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
            for (const c of children ? children.split(/\s+/) : [])
                total += treeRss(Number(c));
        }
    }
    catch {
        // The process ended between the reads.
    }
    return total;
}
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
/** One GET over `agent`: its status, latency in ms and body; a transport error is an answer too. */
function get(agent, url, token) {
    const t0 = performance.now();
    return new Promise((resolve) => {
        const req = http.get(url, { agent, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
            let body = '';
            res.setEncoding('utf8').on('data', (d) => (body += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, body }));
            res.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body, error: e.code ?? e.message }));
        });
        req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: '', error: e.code ?? e.message }));
    });
}
async function upload(s, name, bytes) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${s.base}/api/documents`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${s.token}` },
    });
    const body = (await res.json());
    if (!body.files?.[0])
        throw new Error(`upload of ${name}: ${res.status} ${body.error ?? ''}`);
    return body.files[0].id;
}
/** Waits until a document is done or failed; its status and reason. */
async function settled(s, id, onPoll) {
    for (;;) {
        const doc = (await (await fetch(`${s.base}/api/documents/${id}`, {
            headers: { authorization: `Bearer ${s.token}` },
        })).json());
        if (doc.status === 'done' || doc.status === 'failed')
            return doc;
        onPoll?.();
        await new Promise((r) => setTimeout(r, 200));
    }
}
// Invented harbour-ledger words: the large page is made of them, so every query below hits it.
const WORDS = [
    'cargo',
    'manifest',
    'quay',
    'tonnage',
    'berth',
    'harbour',
    'ledger',
    'entry',
    'vessel',
    'crate',
    'barrel',
    'tariff',
    'pilot',
    'dockhand',
    'customs',
    'warehouse',
];
const QUERIES = ['tonnage', 'harbour ledger', 'Quillbarrow', 'customs warehouse', 'vessel berth'];
/** About `bytes` of the words above in varied order, the invented name Quillbarrow among them. */
function largePageText(bytes) {
    const parts = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
        const w = i % 50_000 === 4_000 ? 'Quillbarrow' : WORDS[(i * 7 + (i >> 4)) % WORDS.length];
        parts.push(w);
        size += w.length + 1;
    }
    return parts.join(' ');
}
export async function benchLoad(opts) {
    const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-load-'));
    const server = await startServer(opts.bin, path.join(work, 'data'));
    let peak = treeRss(server.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 100);
    try {
        const ids = [
            await upload(server, 'ledger-large.txt', Buffer.from(largePageText(3 * 1024 * 1024))),
        ];
        for (let i = 1; i <= 4; i++)
            ids.push(await upload(server, `note-${i}.txt`, Buffer.from(`Note ${i}: the harbour pilot Ottoline Brackwater signed the customs entry for crate ${i * 11}.`)));
        for (const id of ids) {
            const r = await settled(server, id);
            if (r.status !== 'done')
                throw new Error(`document ${id} ${r.status}: ${r.error}`);
        }
        const ingestPeak = peak;
        const agent = new http.Agent({ keepAlive: true });
        const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const health = [];
        let polling = true;
        const poller = (async () => {
            while (polling) {
                health.push(await get(healthAgent, `${server.base}/api/health`));
                await new Promise((r) => setTimeout(r, 100));
            }
        })();
        const answers = [];
        // Two waves over the same keep-alive connections: the second reuses the first's sockets.
        const t0 = performance.now();
        for (let wave = 0; wave < 2; wave++)
            answers.push(...(await Promise.all(Array.from({ length: opts.concurrency }, (_, i) => get(agent, `${server.base}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&limit=20`, server.token)))));
        const seconds = (performance.now() - t0) / 1000;
        polling = false;
        await poller;
        agent.destroy();
        healthAgent.destroy();
        const ok = answers.filter((a) => a.status === 200);
        const resets = answers.filter((a) => a.error === 'ECONNRESET').length;
        // Each answer's largest snippet, in characters: cropped, never the page.
        const snippet = Math.max(...ok.map((a) => Math.max(0, ...JSON.parse(a.body).hits.map((h) => h.snippet.map((s) => s.text).join('').length))));
        const healthOk = health.filter((h) => h.status === 200).length;
        // What the failures were: status or transport error, with the server's reason, counted.
        const failures = new Map();
        for (const a of answers.filter((x) => x.status !== 200)) {
            const why = a.error ?? `${a.status} ${a.body.slice(0, 120)}`;
            failures.set(why, (failures.get(why) ?? 0) + 1);
        }
        console.log(`\nLoad: ${opts.concurrency} concurrent searches × 2 waves (keep-alive) hitting a 3 MB page: ${ok.length} of ${answers.length} answered 200 in ${seconds.toFixed(1)} s, ${answers.length - ok.length - resets} other errors, ${resets} connection resets; largest snippet ${snippet} characters`);
        for (const [why, n] of failures)
            console.log(`  ${n} × ${why}`);
        console.log(`  search latency p50 ${percentile(ok.map((a) => a.ms), 50).toFixed(0)} ms   p95 ${percentile(ok.map((a) => a.ms), 95).toFixed(0)} ms`);
        console.log(`  GET /api/health during the load: ${healthOk} of ${health.length} answered 200, max ${Math.max(...health.map((h) => h.ms)).toFixed(0)} ms, p95 ${percentile(health.map((h) => h.ms), 95).toFixed(0)} ms (goal: every answer within 1000 ms, no errors)`);
        console.log(`  server process tree RSS: peak ${MB(ingestPeak)} while ingesting, ${MB(peak)} over the run`);
    }
    finally {
        clearInterval(sampler);
        await server.stop();
        await fsp.rm(work, { recursive: true, force: true });
    }
}
/**
 * A one-page PDF whose content stream is `inflated` bytes of spaces, FlateDecode: zlib deflates
 * repeated bytes about 1000 to 1, so 1 GiB makes a file of about 1 MB. Streamed, never held inflated.
 */
export async function flateBombPdf(inflated) {
    const deflate = zlib.createDeflate({ level: 9 });
    const chunks = [];
    deflate.on('data', (c) => chunks.push(c));
    const done = new Promise((r) => deflate.once('end', r));
    const block = Buffer.alloc(1024 * 1024, ' ');
    for (let left = inflated; left > 0; left -= block.length) {
        if (!deflate.write(left >= block.length ? block : block.subarray(0, left)))
            await new Promise((r) => deflate.once('drain', r));
    }
    deflate.end();
    await done;
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 200]);
    const deflated = Buffer.concat(chunks);
    const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: PDFNumber.of(deflated.length) }), deflated);
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    return Buffer.from(await doc.save({ useObjectStreams: false }));
}
export async function benchBomb(opts) {
    const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-bomb-'));
    const pdf = await flateBombPdf(opts.inflated);
    const server = await startServer(opts.bin, path.join(work, 'data'));
    try {
        // The tree at rest: the server, its threads and its search engine, models not yet loaded.
        const idle = treeRss(server.pid);
        let peak = idle;
        const timer = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 50);
        const t0 = performance.now();
        const bomb = await settled(server, await upload(server, 'inflated.pdf', pdf));
        const seconds = (performance.now() - t0) / 1000;
        const during = peak;
        // After: the document is settled; memory a few seconds on.
        await new Promise((r) => setTimeout(r, 5000));
        const after = treeRss(server.pid);
        const t1 = performance.now();
        const next = await settled(server, await upload(server, 'after.txt', Buffer.from('A note uploaded after the inflated file, long enough to be read as it is.')));
        const nextSeconds = (performance.now() - t1) / 1000;
        clearInterval(timer);
        console.log(`\nFlate bomb: a ${(pdf.length / 1024 / 1024).toFixed(2)} MB PDF whose page content inflates to ${MB(opts.inflated)}: ${bomb.status} in ${seconds.toFixed(1)} s (${bomb.error ?? 'no reason'})`);
        console.log(`  server process tree RSS: idle ${MB(idle)}, peak during ${MB(during)} (goal < 1536 MB), ${MB(after)} 5 s after; the next upload: ${next.status} in ${nextSeconds.toFixed(1)} s${next.error ? ` (${next.error})` : ''}, peak over the whole run ${MB(peak)}`);
    }
    finally {
        await server.stop();
        await fsp.rm(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=hardening.js.map
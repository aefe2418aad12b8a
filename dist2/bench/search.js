// Search benchmark: indexes N synthetic pages (sentences of the dev corpus recombined, with names,
// places and dates drawn from it) into a managed Meilisearch with Casefile's settings, then times
// the same queries three ways: Meilisearch alone (the request Casefile sends, on the same
// keep-alive transport), Casefile's search function and its HTTP API, and the ratio.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from '../search/engine.js';
import { latinize, textKeys } from '../core/names/keys.js';
import { client, ensureSettings, INDEX_UID, PAGE_FORMAT, } from '../search/pages-index.js';
import { searchPages } from '../search/query.js';
import http from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { loadConfig } from '../core/config.js';
import { addUser } from '../store/accounts.js';
import { openArchive } from '../store/archive.js';
// Invented people: the bench measures the engine, not a corpus.
const PERSONS = [
    'Dilbar Saidova',
    'Bakhtiyor Ergashev',
    'Kamol Saidov',
    'Jahongir Rajabzoda',
    'Gulnora Saidova',
    'Kh. B. Davlatov',
    'Ewa Kozłowska-Wróbel',
    'Peter Holloway',
];
const PLACES = [
    'Dushanbe',
    'Kharkiv',
    'Istanbul',
    'Przemyśl',
    'Kyiv',
    'Moscow',
    'Warsaw',
    'Khujand',
    'Nurek',
    'Medyka',
];
const QUERIES = [
    'Ergasheva',
    'Саидова',
    'Dushanbe',
    'Душанбе',
    'Kyiv',
    'extradition',
    'паспорт',
    'Przemyśl',
    'Rajabzoda',
    'border guard',
    'Стамбул',
    'Группа 24',
    'Interpol',
    'Kharkiv 2018',
    'Davlatov',
];
/** A small deterministic generator, so every run indexes the same pages. */
function rng(seed) {
    let s = seed >>> 0;
    return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
function sentences(corpus) {
    const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold.json'), 'utf8'));
    return gold.documents.flatMap((d) => d.pages.flatMap((p) => p.text.split(/(?<=[.!?])\s+|\n/).filter((s) => s.length > 20)));
}
function synthetic(n, pool) {
    const r = rng(42);
    const pick = (xs) => xs[Math.floor(r() * xs.length)];
    return Array.from({ length: n }, (_, i) => {
        const text = Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(pool)).join(' ');
        const year = 2014 + Math.floor(r() * 8);
        const date = year * 10000 + (1 + Math.floor(r() * 12)) * 100 + 1 + Math.floor(r() * 28);
        return {
            id: `${Math.floor(i / 5) + 1}-${(i % 5) + 1}`,
            documentId: Math.floor(i / 5) + 1,
            page: (i % 5) + 1,
            filename: `synthetic-${Math.floor(i / 5) + 1}.pdf`,
            sha256: i.toString(16).padStart(64, '0'),
            kind: pick(['pdf', 'pdf', 'image', 'text']),
            collection: pick(['tj-2018', 'pl-2019', null]),
            language: pick(['rus', 'pol', 'eng', 'tgk', 'ukr']),
            method: pick(['ocr', 'text-layer']),
            text,
            latin: latinize(text),
            keys: textKeys(text).join(' '),
            persons: [pick(PERSONS), pick(PERSONS)],
            places: [pick(PLACES), pick(PLACES)],
            organizations: [],
            passports: [],
            mentions: [],
            dates: [date],
            years: [year],
            format: PAGE_FORMAT,
        };
    });
}
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
export async function benchSearch(opts) {
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-search-'));
    const engine = await startEngine(dataDir);
    try {
        const meili = client(engine);
        const index = await ensureSettings(meili);
        const docs = synthetic(opts.pages, sentences(opts.corpus));
        const t0 = performance.now();
        for (let i = 0; i < docs.length; i += 10_000) {
            const task = await index.addDocuments(docs.slice(i, i + 10_000));
            await index.tasks.waitForTask(task.taskUid, { timeout: 30 * 60 * 1000, interval: 200 });
        }
        const indexSeconds = (performance.now() - t0) / 1000;
        console.log(`\nSearch: indexed ${opts.pages} synthetic pages in ${indexSeconds.toFixed(1)} s (${(opts.pages / indexSeconds).toFixed(0)} pages/s)`);
        // The API as served: an archive with one editor, the Hono app on a local port, keep-alive HTTP.
        const archive = await openArchive({
            ...loadConfig({ data: path.join(dataDir, 'archive') }),
            databaseUrl: undefined,
        });
        const editor = await addUser(archive.db, 'bench-editor', 'editor');
        const service = {
            engine,
            meili,
            check: { expected: 0, indexed: 0, rebuilt: false },
            index: async () => 0,
            stop: async () => undefined,
        };
        const app = createApp({
            archive,
            search: service,
            ready: () => true,
            publicUrl: 'http://127.0.0.1:8080',
        });
        const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
        await new Promise((r) => server.once('listening', r));
        const port = server.address().port;
        const agent = new http.Agent({ keepAlive: true });
        const api = (q) => new Promise((resolve, reject) => {
            const req = http.get({
                host: '127.0.0.1',
                port,
                path: `/api/search?q=${encodeURIComponent(q)}&limit=20`,
                agent,
                headers: { authorization: `Bearer ${editor.token}` },
            }, (res) => {
                res.resume();
                res.on('end', () => res.statusCode === 200 ? resolve() : reject(new Error(`API ${res.statusCode}`)));
            });
            req.on('error', reject);
        });
        await api('warm-up');
        const direct = [];
        const ours = [];
        const viaApi = [];
        const engineMs = [];
        for (let round = 0; round < opts.rounds; round++) {
            for (const q of QUERIES) {
                const a = performance.now();
                const res = await searchPages(meili, { q, limit: 20 });
                ours.push(performance.now() - a);
                engineMs.push(res.processingTimeMs);
                // The same request, straight to Meilisearch.
                const b = performance.now();
                await meili.index(INDEX_UID).search(res.expanded.join(' '), {
                    facets: ['persons', 'places', 'organizations', 'years', 'language', 'kind', 'collection'],
                    limit: 20,
                    matchingStrategy: 'last',
                    attributesToRetrieve: [
                        'documentId',
                        'page',
                        'filename',
                        'sha256',
                        'text',
                        'persons',
                        'places',
                        'organizations',
                        'mentions',
                        'dates',
                    ],
                });
                direct.push(performance.now() - b);
                const c = performance.now();
                await api(q);
                viaApi.push(performance.now() - c);
            }
        }
        agent.destroy();
        await new Promise((r) => server.close(r));
        await archive.close();
        const line = (name, xs) => `${name.padEnd(46)} p50 ${percentile(xs, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(xs, 95).toFixed(1).padStart(6)} ms`;
        console.log(line('Meilisearch processing (its own figure)', engineMs));
        console.log(line('Meilisearch request, keep-alive node:http', direct));
        console.log(line('Casefile search function (expansion, snippets)', ours));
        console.log(line('Casefile API GET /api/search over HTTP', viaApi));
        console.log(`ratio API/Meilisearch: p50 ${(percentile(viaApi, 50) / percentile(direct, 50)).toFixed(2)}×, p95 ${(percentile(viaApi, 95) / percentile(direct, 95)).toFixed(2)}×  (${QUERIES.length} queries × ${opts.rounds} rounds, ${opts.pages} pages)`);
    }
    finally {
        await engine.stop();
        await fsp.rm(dataDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=search.js.map
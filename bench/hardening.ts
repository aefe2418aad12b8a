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

interface Served {
  base: string;
  /** The launcher's process id: the root of the tree whose memory is sampled. */
  pid: number;
  token: string;
  stop(): Promise<void>;
}

/** Starts `casefile serve` on a free port over a fresh data directory; its first admin's token. */
async function startServer(bin: string, dataDir: string): Promise<Served> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS: Node options for the server (`--cpu-prof --cpu-prof-dir=DIR` profiles
  // its main thread; Node refuses them in NODE_OPTIONS). The launcher passes them on to the CLI.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, bin, 'serve', '--port', String(port)], {
    env: { ...process.env, CASEFILE_DATA: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 120_000;
  while (!out.includes('listening')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`casefile serve did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    // A data directory used before printed its admin's token then (kept beside it, see benchLoad).
    token: /API token: (\S+)/.exec(out)?.[1] ?? fs.readFileSync(`${dataDir}.token`, 'utf8').trim(),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident bytes of a process and all its descendants (threads included), from /proc. */
function treeRss(pid: number): number {
  let total = 0;
  try {
    total +=
      Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      for (const c of children ? children.split(/\s+/) : []) total += treeRss(Number(c));
    }
  } catch {
    // The process ended between the reads.
  }
  return total;
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

interface Answer {
  status: number;
  ms: number;
  body: string;
  /** The request's error code when it got no answer (ECONNRESET, …). */
  error?: string;
}

/** One GET over `agent`: its status, latency in ms and body; a transport error is an answer too. */
function get(agent: http.Agent, url: string, token?: string): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.get(
      url,
      { agent, headers: token ? { authorization: `Bearer ${token}` } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, body }),
        );
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({ status: 0, ms: performance.now() - t0, body, error: e.code ?? e.message }),
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ status: 0, ms: performance.now() - t0, body: '', error: e.code ?? e.message }),
    );
  });
}

/** Polls GET /api/health every 100 ms over one keep-alive connection until stopped; its answers. */
function pollHealth(base: string): { stop(): Promise<Answer[]> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const answers: Answer[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      answers.push(await get(agent, `${base}/api/health`));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      polling = false;
      await poller;
      agent.destroy();
      return answers;
    },
  };
}

/** A line on health answers: how many were 200, the slowest, the 95th percentile. */
const healthLine = (health: Answer[]) =>
  `${health.filter((h) => h.status === 200).length} of ${health.length} answered 200, max ${Math.max(...health.map((h) => h.ms)).toFixed(0)} ms, p95 ${percentile(
    health.map((h) => h.ms),
    95,
  ).toFixed(0)} ms`;

async function upload(s: Served, name: string, bytes: Uint8Array): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${s.base}/api/documents`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${s.token}` },
  });
  const body = (await res.json()) as { files?: Array<{ id: number }>; error?: string };
  if (!body.files?.[0]) throw new Error(`upload of ${name}: ${res.status} ${body.error ?? ''}`);
  return body.files[0].id;
}

/** Waits until a document is done or failed; its status and reason. */
async function settled(
  s: Served,
  id: number,
  onPoll?: () => void,
): Promise<{ status: string; error: string | null }> {
  for (;;) {
    const doc = (await (
      await fetch(`${s.base}/api/documents/${id}`, {
        headers: { authorization: `Bearer ${s.token}` },
      })
    ).json()) as { status: string; error: string | null };
    if (doc.status === 'done' || doc.status === 'failed') return doc;
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
function largePageText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = i % 50_000 === 4_000 ? 'Quillbarrow' : WORDS[(i * 7 + (i >> 4)) % WORDS.length]!;
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

export async function benchLoad(opts: { bin: string; concurrency: number }): Promise<void> {
  // BENCH_LOAD_DATA=DIR keeps the archive in DIR and, when it is there already, searches it without
  // ingesting again (the memory figure is then the server's at rest): quick runs of the search load.
  const kept = process.env.BENCH_LOAD_DATA;
  const reuse = Boolean(kept && fs.existsSync(kept));
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'casefile-bench-load-'));
  const server = await startServer(opts.bin, kept ?? path.join(work, 'data'));
  if (kept && !reuse) fs.writeFileSync(`${kept}.token`, server.token);
  let peak = treeRss(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 100);
  try {
    // Health while the large page is ingested: its extraction runs in a thread, never on the loop.
    const ingestHealth = pollHealth(server.base);
    const t0Ingest = performance.now();
    const ids = reuse
      ? []
      : [await upload(server, 'ledger-large.txt', Buffer.from(largePageText(3 * 1024 * 1024)))];
    for (let i = 1; i <= 4 && !reuse; i++)
      ids.push(
        await upload(
          server,
          `note-${i}.txt`,
          Buffer.from(
            `Note ${i}: the harbour pilot Ottoline Brackwater signed the customs entry for crate ${i * 11}.`,
          ),
        ),
      );
    for (const id of ids) {
      const r = await settled(server, id);
      if (r.status !== 'done') throw new Error(`document ${id} ${r.status}: ${r.error}`);
    }
    const ingestSeconds = (performance.now() - t0Ingest) / 1000;
    const healthIngesting = await ingestHealth.stop();

    const ingestPeak = peak;
    // One search first: the token's verification is remembered, as after the uploads above.
    await get(new http.Agent(), `${server.base}/api/search?q=tonnage`, server.token);
    const agent = new http.Agent({ keepAlive: true });
    const healthLoad = pollHealth(server.base);
    const answers: Answer[] = [];
    // Two waves over the same keep-alive connections: the second reuses the first's sockets.
    const t0 = performance.now();
    for (let wave = 0; wave < 2; wave++)
      answers.push(
        ...(await Promise.all(
          Array.from({ length: opts.concurrency }, (_, i) =>
            get(
              agent,
              `${server.base}/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&limit=20`,
              server.token,
            ),
          ),
        )),
      );
    const seconds = (performance.now() - t0) / 1000;
    const health = await healthLoad.stop();
    agent.destroy();

    const ok = answers.filter((a) => a.status === 200);
    const resets = answers.filter((a) => a.error === 'ECONNRESET').length;
    // Each answer's largest snippet, in characters: cropped, never the page.
    const snippet = Math.max(
      ...ok.map((a) =>
        Math.max(
          0,
          ...(JSON.parse(a.body) as { hits: Array<{ snippet: Array<{ text: string }> }> }).hits.map(
            (h) => h.snippet.map((s) => s.text).join('').length,
          ),
        ),
      ),
    );
    // What the failures were: status or transport error, with the server's reason, counted.
    const failures = new Map<string, number>();
    for (const a of answers.filter((x) => x.status !== 200)) {
      const why = a.error ?? `${a.status} ${a.body.slice(0, 120)}`;
      failures.set(why, (failures.get(why) ?? 0) + 1);
    }
    console.log(
      `\nLoad: ${opts.concurrency} concurrent searches × 2 waves (keep-alive) hitting a 3 MB page: ${ok.length} of ${answers.length} answered 200 in ${seconds.toFixed(1)} s, ${answers.length - ok.length - resets} other errors, ${resets} connection resets; largest snippet ${snippet} characters`,
    );
    for (const [why, n] of failures) console.log(`  ${n} × ${why}`);
    console.log(
      `  search latency p50 ${percentile(
        ok.map((a) => a.ms),
        50,
      ).toFixed(0)} ms   p95 ${percentile(
        ok.map((a) => a.ms),
        95,
      ).toFixed(0)} ms`,
    );
    console.log(
      `  GET /api/health during the load: ${healthLine(health)} (goal: every answer within 1000 ms, no errors)`,
    );
    if (!reuse)
      console.log(
        `  GET /api/health while ingesting the 3 MB page and four notes (${ingestSeconds.toFixed(1)} s): ${healthLine(healthIngesting)}`,
      );
    console.log(
      `  server process tree RSS: peak ${MB(ingestPeak)} while ingesting, ${MB(peak)} over the run`,
    );
  } finally {
    clearInterval(sampler);
    await server.stop();
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/**
 * A one-page PDF whose content stream is `inflated` bytes of spaces, FlateDecode: zlib deflates
 * repeated bytes about 1000 to 1, so 1 GiB makes a file of about 1 MB. Streamed, never held inflated.
 */
export async function flateBombPdf(inflated: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
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
  const stream = PDFRawStream.of(
    doc.context.obj({ Filter: 'FlateDecode', Length: PDFNumber.of(deflated.length) }),
    deflated,
  );
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export async function benchBomb(opts: { bin: string; inflated: number }): Promise<void> {
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
    const next = await settled(
      server,
      await upload(
        server,
        'after.txt',
        Buffer.from('A note uploaded after the inflated file, long enough to be read as it is.'),
      ),
    );
    const nextSeconds = (performance.now() - t1) / 1000;
    clearInterval(timer);
    console.log(
      `\nFlate bomb: a ${(pdf.length / 1024 / 1024).toFixed(2)} MB PDF whose page content inflates to ${MB(opts.inflated)}: ${bomb.status} in ${seconds.toFixed(1)} s (${bomb.error ?? 'no reason'})`,
    );
    console.log(
      `  server process tree RSS: idle ${MB(idle)}, peak during ${MB(during)} (goal < 1536 MB), ${MB(after)} 5 s after; the next upload: ${next.status} in ${nextSeconds.toFixed(1)} s${next.error ? ` (${next.error})` : ''}, peak over the whole run ${MB(peak)}`,
    );
  } finally {
    await server.stop();
    await fsp.rm(work, { recursive: true, force: true });
  }
}

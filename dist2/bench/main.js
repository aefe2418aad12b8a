// `npm run bench`: prints speed, memory and quality figures, side by side with native tools where installed.
//   npm run bench -- ocr batch        only the named parts (extract, ocr, memory, search, batch)
//   BENCH_BATCH=1000                  adds the long scanned batch (opt-in: it runs for a long time)
//   npm run bench -- load bomb        issue 17's hardening: 200 concurrent searches on a 3 MB page
//                                     (BENCH_LOAD_CONCURRENCY), a 1 GiB flate bomb (BENCH_BOMB_MB)
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../core/paths.js';
import { benchBatch } from './batch.js';
import { benchExtract } from './extract.js';
import { benchBomb, benchLoad } from './hardening.js';
import { benchMemory } from './memory.js';
import { benchOcr } from './ocr.js';
import { benchSearch } from './search.js';
const corpusRoot = path.resolve(packageRoot, '..', 'shared', 'corpus');
const corpus = path.join(corpusRoot, 'dev');
// Every test corpus with gold (dev, dev-c, …): OCR is measured on the scans of both case families.
const corpora = fs
    .readdirSync(corpusRoot)
    .map((d) => path.join(corpusRoot, d))
    .filter((d) => fs.existsSync(path.join(d, 'gold.json')))
    .sort();
const bin = path.join(packageRoot, 'bin', 'casefile.js');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
if (want('extract'))
    benchExtract(corpus);
if (want('ocr'))
    await benchOcr({ corpora, bin, dpi: Number(process.env.CASEFILE_OCR_DPI ?? 300) });
if (want('memory'))
    await benchMemory({ corpus, bin, pages: Number(process.env.BENCH_PAGES ?? 200) });
if (want('search'))
    await benchSearch({
        corpus,
        pages: Number(process.env.BENCH_SEARCH_PAGES ?? 100_000),
        rounds: 20,
    });
if (want('load'))
    await benchLoad({ bin, concurrency: Number(process.env.BENCH_LOAD_CONCURRENCY ?? 200) });
if (want('bomb'))
    await benchBomb({ bin, inflated: Number(process.env.BENCH_BOMB_MB ?? 1024) * 1024 * 1024 });
if (only.includes('batch') || process.env.BENCH_BATCH)
    await benchBatch({ corpora, bin, pages: Number(process.env.BENCH_BATCH || 1000) });
//# sourceMappingURL=main.js.map
// `npm run bench`: prints speed, memory and quality figures, side by side with native tools where installed.
import path from 'node:path';
import { packageRoot } from '../core/paths.js';
import { benchExtract } from './extract.js';
import { benchMemory } from './memory.js';
import { benchOcr } from './ocr.js';
import { benchSearch } from './search.js';

const corpus = path.resolve(packageRoot, '..', 'shared', 'corpus', 'dev');
const bin = path.join(packageRoot, 'bin', 'casefile.js');
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

if (want('extract')) benchExtract(corpus);
if (want('ocr')) await benchOcr({ corpus, bin, dpi: Number(process.env.CASEFILE_OCR_DPI ?? 300) });
if (want('memory')) await benchMemory({ corpus, bin, pages: Number(process.env.BENCH_PAGES ?? 200) });
if (want('search')) await benchSearch({ corpus, pages: Number(process.env.BENCH_SEARCH_PAGES ?? 100_000), rounds: 20 });

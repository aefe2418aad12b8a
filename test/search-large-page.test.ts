// A page of several megabytes of text must not travel whole from the search engine for each hit:
// hits carry a cropped passage, from which the snippet is built, still marked where the query matched.
// Against a real Meilisearch; the transport is the real one, only counted.
import fs from 'node:fs';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type Engine } from '../search/engine.js';
import type { HttpClient } from '../search/http.js';
import { latinize, textKeys } from '../core/names/keys.js';
import { ensureSettings, type PageDoc } from '../search/pages-index.js';
import { searchPages } from '../search/query.js';
import { tempDir } from './backends.js';

function page(documentId: number, text: string): PageDoc {
  return {
    id: `${documentId}-1`,
    documentId,
    page: 1,
    filename: `ledger-${documentId}.txt`,
    sha256: String(documentId).padStart(64, '0'),
    kind: 'text',
    collection: null,
    language: null,
    method: 'text',
    text,
    latin: latinize(text),
    keys: textKeys(text).join(' '),
    persons: [],
    places: [],
    organizations: [],
    passports: [],
    mentions: [],
    dates: [],
    years: [],
  };
}

/**
 * About `bytes` of varied filler words, with `marker` a few thousand words in (Meilisearch indexes the
 * first 65,535 word positions of an attribute: a word past them is found only through the page's keys).
 */
function bigText(bytes: number, marker: string): string {
  const words = [
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
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = `${words[i % words.length]}${i % 997}`;
    parts.push(w);
    size += w.length + 1;
  }
  parts.splice(5000, 0, `the clerk ${marker} signed`);
  return parts.join(' ');
}

describe('search over a very large page', () => {
  const dir = tempDir('casefile-bigpage-');
  let engine: Engine;
  let meili: Meilisearch;
  /** Sizes of the engine's search answers, as JSON. */
  const answers: number[] = [];

  beforeAll(async () => {
    engine = await startEngine(dir);
    const counted = Object.assign(
      async (input: string | URL | Request, init?: RequestInit) => {
        const body = await engine.http(input, init);
        if (/\/(?:multi-)?search$/.test(String(input instanceof Request ? input.url : input)))
          answers.push(JSON.stringify(body).length);
        return body;
      },
      { close: () => engine.http.close() },
    ) satisfies HttpClient;
    meili = new Meilisearch({ host: engine.url, apiKey: engine.apiKey, httpClient: counted });
    const index = await ensureSettings(meili);
    const task = await index.addDocuments([
      page(1, bigText(3 * 1024 * 1024, 'Quillbarrow')),
      page(2, 'Протокол допроса. Свидетельница Гулнора Ташкентова прибыла в порт на рассвете.'),
    ]);
    const done = await index.tasks.waitForTask(task.taskUid, { timeout: 300_000 });
    expect(done.status).toBe('succeeded');
  }, 300_000);
  afterAll(async () => {
    await engine?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hit on a 3 MB page with a cropped passage, its match marked', async () => {
    const r = await searchPages(meili, { q: 'Quillbarrow' });
    expect(r.hits.map((h) => h.documentId)).toEqual([1]);
    expect(r.hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Quillbarrow']);
    expect(r.hits[0]!.snippet.map((s) => s.text).join('').length).toBeLessThan(1000);
    expect(answers.at(-1)!).toBeLessThan(64 * 1024);
  });

  it('still marks a name found across scripts', async () => {
    const r = await searchPages(meili, { q: 'Tashkentova' });
    expect(r.hits.map((h) => h.documentId)).toEqual([2]);
    expect(r.hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Ташкентова']);
  });
});

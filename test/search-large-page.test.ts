// A page of several megabytes of text must not travel whole from the search engine for each hit:
// hits carry a cropped passage, from which the snippet is built, still marked where the query matched.
// Also where a snippet marks a match: the searched word, not the whole name of an entity it is part of.
// Against a real Meilisearch; the transport is the real one, only counted.
import fs from 'node:fs';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type Engine } from '../search/engine.js';
import type { HttpClient } from '../search/http.js';
import { textKeys } from '../core/names/keys.js';
import {
  ensureSettings,
  indexedText,
  INDEXED_TEXT_CHARS,
  PAGE_FORMAT,
  type PageDoc,
} from '../search/pages-index.js';
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
    ...indexedText(text),
    keys: textKeys(text).join(' '),
    persons: [],
    places: [],
    organizations: [],
    passports: [],
    mentions: [],
    dates: [],
    years: [],
    format: PAGE_FORMAT,
  };
}

/**
 * About `bytes` of varied filler words, with `marker` a few thousand words in (Meilisearch indexes the
 * first 65,535 word positions of an attribute: a word past them is found only through the page's keys).
 */
function bigText(bytes: number, marker: string, deep: string[] = []): string {
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
  // Past the indexed text's cut (64 KiB, some 8,000 words in) and within the engine's first 65,535
  // word positions: found through the page's Latin letters.
  deep.forEach((d, i) => parts.splice(20_000 + i * 3_000, 0, d));
  return parts.join(' ');
}

// Invented pages naming an institution after its town: [text, mention, normalized value, query].
const COUNCILS: Array<[string, string, string, string]> = [
  [
    'Жалобу направили в канцелярию Омского областного суда в среду.',
    'Омского областного суда',
    'Omsk Regional Court',
    'Омск',
  ],
  [
    'Pismo trafiło do Gdańskiego Urzędu Morskiego we wtorek.',
    'Gdańskiego Urzędu Morskiego',
    'Gdańsk Maritime Office',
    'Gdańsk',
  ],
  [
    'Der Antrag ging beim Amtsgericht Kassel am Montag ein.',
    'Amtsgericht Kassel',
    'Kassel Local Court',
    'Kassel',
  ],
];

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
      page(
        1,
        bigText(3 * 1024 * 1024, 'Quillbarrow', [
          'the surveyor Brennickwald stamped it',
          'досмотр провёл инспектор Тарнавецкий',
          'odprawę podpisał celnik Wrzosowiak',
        ]),
      ),
      page(2, 'Протокол допроса. Свидетельница Гулнора Ташкентова прибыла в порт на рассвете.'),
      ...COUNCILS.map(([text, surface, value], i) => ({
        ...page(3 + i, text),
        organizations: [value],
        mentions: [{ type: 'organization', value, text: surface }],
      })),
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

  it("indexes a large page's text up to the cut, cropped from there, and still finds a word past it", async () => {
    const text = bigText(3 * 1024 * 1024, 'Quillbarrow');
    const fields = indexedText(text);
    expect(fields.text.length).toBeLessThanOrEqual(INDEXED_TEXT_CHARS);
    expect(text.startsWith(fields.text)).toBe(true);
    expect(text[fields.text.length]).toBe(' ');
    expect(indexedText('A short page.').text).toBe('A short page.');
    for (const q of ['Brennickwald', 'Тарнавецкий', 'Wrzosowiak']) {
      const r = await searchPages(meili, { q });
      expect(
        r.hits.map((h) => h.documentId),
        q,
      ).toEqual([1]);
      // The passage is the page's start, short: the match lies past the indexed text.
      expect(r.hits[0]!.snippet.map((s) => s.text).join('').length, q).toBeLessThan(1000);
      expect(answers.at(-1)!, q).toBeLessThan(64 * 1024);
    }
  });

  it('still marks a name found across scripts', async () => {
    const r = await searchPages(meili, { q: 'Tashkentova' });
    expect(r.hits.map((h) => h.documentId)).toEqual([2]);
    expect(r.hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Ташкентова']);
  });

  it("marks the town's word in an institution named after it, not the whole name", async () => {
    for (const [, surface, , q] of COUNCILS) {
      const r = await searchPages(meili, { q });
      expect(r.hits.length, q).toBe(1);
      const marked = r.hits[0]!.snippet.filter((s) => s.match).map((s) => s.text);
      expect(marked, q).toEqual([surface.split(' ').find((w) => w.startsWith(q.slice(0, 3)))]);
    }
  });
});

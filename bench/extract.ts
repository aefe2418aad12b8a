// Extraction throughput: every extractor over the dev corpus's page texts (the gold texts, so the
// figure does not depend on OCR), repeated until a few seconds have passed.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocumentPages } from '../ingest/extract/document.js';

export function benchExtract(corpus: string): void {
  const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold.json'), 'utf8')) as {
    documents: Array<{ pages: Array<{ page: number; text: string }> }>;
  };
  const docs = gold.documents.map((d) =>
    d.pages.map((p) => ({ page: p.page, text: p.text, words: null })),
  );
  const pages = docs.reduce((s, d) => s + d.length, 0);
  docs.forEach((d) => extractDocumentPages(d)); // warm-up: loads the gazetteer and name lists
  let rounds = 0;
  let entities = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const d of docs) entities += extractDocumentPages(d).length;
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `\nExtraction: ${((pages * rounds) / seconds).toFixed(0)} pages/s (${pages} dev pages × ${rounds} rounds, ${Math.round(entities / rounds)} entities a round)`,
  );
}

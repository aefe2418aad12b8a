// The search service of a process: the engine (managed or configured), a client on the keep-alive
// transport, and the start-up check that the index matches the database.
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../store/db.js';
import { startEngine, type Engine } from './engine.js';
import { checkIndex, client, ensureSettings, indexDocuments } from './pages-index.js';

export interface SearchService {
  engine: Engine;
  meili: Meilisearch;
  /** What the start-up check found: pages expected, pages indexed, whether the index was rebuilt. */
  check: { expected: number; indexed: number; rebuilt: boolean };
  index(documentIds: number[]): Promise<number>;
  stop(): Promise<void>;
}

export async function startSearch(dataDir: string, db: Db): Promise<SearchService> {
  const engine = await startEngine(dataDir);
  try {
    const meili = client(engine);
    await ensureSettings(meili);
    const check = await checkIndex(meili, db);
    return {
      engine,
      meili,
      check,
      index: (ids) => indexDocuments(meili, db, ids),
      stop: () => engine.stop(),
    };
  } catch (err) {
    await engine.stop();
    throw err;
  }
}

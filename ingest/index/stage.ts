// The index stage: puts a document's pages, as the database now holds them, into the search index.
// It runs after the earlier stages' rows have committed, so search never shows half a document.
import type { SearchService } from '../../search/service.js';

export async function indexDocument(
  search: SearchService | undefined,
  documentId: number,
): Promise<number> {
  if (!search) return 0;
  return search.index([documentId]);
}

// Links that export a search's results: its hits as CSV, the originals of the documents hit as a
// ZIP (api/export.ts), for the roles that may have them.
import { allowed } from '../http/permissions.js';
import type { SearchParams } from '../search/query.js';
import type { Identity } from '../store/accounts.js';
import { searchUrl } from './search.js';

export function ExportLinks(props: { user: Identity; params: SearchParams }) {
  // The same query and filters; the export itself takes the first pages by relevance, not this page.
  const query = searchUrl({ ...props.params, offset: 0 }).replace(/^\/\??/, '');
  const suffix = query ? `?${query}` : '';
  return (
    <p class="export" aria-label="Export the results">
      Export:{' '}
      {allowed(props.user.role, 'search') ? (
        <a class="export-csv" href={`/api/search/export.csv${suffix}`} download>
          hits as CSV
        </a>
      ) : null}
      {allowed(props.user.role, 'read') ? (
        <>
          {' · '}
          <a class="export-zip" href={`/api/search/export.zip${suffix}`} download>
            originals as ZIP
          </a>
        </>
      ) : null}
    </p>
  );
}

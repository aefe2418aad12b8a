// The document list (and a document's page) follow documents still queued or being processed: each
// such row's status and progress are asked again every two seconds. Everything shown is set as text.
const STILL = new Set(['queued', 'processing']);

function render(row, doc) {
  row.dataset.status = doc.status;
  const cell = row.querySelector('.status-cell');
  if (cell) {
    const status = document.createElement('span');
    status.className = `status ${doc.status}`;
    status.textContent = doc.status;
    const parts = [status];
    if (doc.error) {
      const err = document.createElement('span');
      err.className = 'doc-error';
      err.textContent = `: ${doc.error}`;
      parts.push(err);
    }
    cell.replaceChildren(...parts);
  }
  const total = doc.pageCount ?? 0;
  const bar = row.querySelector('progress');
  if (bar) {
    bar.max = Math.max(total, 1);
    bar.value = doc.status === 'done' ? Math.max(total, 1) : Math.min(doc.pagesDone, total);
  }
  const pages = row.querySelector('.pages');
  if (pages)
    pages.textContent = total
      ? `${doc.pagesDone} of ${total} page${total === 1 ? '' : 's'}`
      : doc.status === 'queued'
        ? 'waiting'
        : '—';
  const open = row.querySelector('.open-link');
  if (open) open.hidden = !(doc.status === 'done' && total > 0);
}

async function follow() {
  const rows = [...document.querySelectorAll('[data-id][data-status]')].filter((r) =>
    STILL.has(r.dataset.status),
  );
  if (rows.length === 0) return;
  for (const row of rows) {
    try {
      const res = await fetch(`/api/documents/${row.dataset.id}`);
      if (res.ok) render(row, await res.json());
    } catch {
      // The server may be restarting: try again at the next round.
    }
  }
  // A document page lists its pages only once they are read: show them when it is done.
  if (
    document.querySelector('article.document[data-status="done"]') &&
    rows.some((r) => r.matches('article.document'))
  )
    window.location.reload();
  else setTimeout(follow, 2000);
}
setTimeout(follow, 2000);

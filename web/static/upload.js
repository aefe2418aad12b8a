// Upload with progress: the files go up in one multipart request; each file's row then follows its
// document until it is done or failed. Everything shown is set as text, never as markup.
const form = document.getElementById('upload');
const table = document.getElementById('progress');
const summary = document.getElementById('batch');
// The whole batch: pages done of all pages (a document not opened yet counts as the mean of those
// that are), pages per minute since the upload, and the time left at that rate.
const batch = { docs: new Map(), files: 0, started: undefined };

function showBatch() {
  let done = 0;
  let known = 0;
  let opened = 0;
  for (const d of batch.docs.values()) {
    done += d.done;
    known += d.total;
    if (d.total) opened++;
  }
  const total =
    known + (opened ? Math.round(((batch.files - batch.docs.size) * known) / opened) : 0);
  const minutes = batch.started === undefined ? 0 : (Date.now() - batch.started) / 60000;
  const rate = minutes > 0 && done > 0 ? done / minutes : 0;
  const left = rate ? Math.round(((total - done) / rate) * 60) : undefined;
  const eta =
    left === undefined
      ? '–'
      : left >= 3600
        ? `${Math.floor(left / 3600)} h ${String(Math.floor((left % 3600) / 60)).padStart(2, '0')} min`
        : left >= 60
          ? `${Math.floor(left / 60)} min ${String(left % 60).padStart(2, '0')} s`
          : `${left} s`;
  summary.hidden = false;
  summary.textContent = `Pages ${done} of ${total}, ${rate ? rate.toFixed(1) : '–'} pages/min, ${eta} left`;
}
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new FormData(form);
  // The collection goes in the address (the server decides before it reads any file), not the body.
  const collection = String(body.get('collection') ?? '').trim();
  body.delete('collection');
  const tbody = table.querySelector('tbody');
  tbody.replaceChildren();
  table.hidden = false;
  batch.docs.clear();
  batch.started = undefined;
  const res = await fetch(
    collection ? `/api/documents?collection=${encodeURIComponent(collection)}` : '/api/documents',
    { method: 'POST', body },
  );
  const result = await res.json();
  if (!res.ok && !result.files) {
    const row = tbody.insertRow();
    row.insertCell().textContent = 'upload';
    row.insertCell().textContent = result.error ?? `failed (${res.status})`;
    return;
  }
  batch.started = Date.now();
  batch.files = result.files.filter(
    (f) => f.id && f.status !== 'failed' && f.status !== 'duplicate',
  ).length;
  for (const file of result.files) {
    const row = tbody.insertRow();
    row.insertCell().textContent = file.filename;
    const cell = row.insertCell();
    cell.textContent = file.status === 'failed' ? `failed: ${file.error}` : file.status;
    if (file.id && file.status !== 'failed') follow(file.id, cell, file.status !== 'duplicate');
  }
});

async function follow(id, cell, counted) {
  for (;;) {
    const res = await fetch(`/api/documents/${id}`);
    const doc = await res.json();
    if (counted && doc.pageCount) {
      const done = doc.status === 'done' || doc.status === 'failed' ? doc.pageCount : doc.pagesDone;
      batch.docs.set(id, { done, total: doc.pageCount });
      showBatch();
    }
    if (doc.status === 'done')
      return (cell.textContent = `done (${doc.pageCount} page${doc.pageCount === 1 ? '' : 's'})`);
    if (doc.status === 'failed') return (cell.textContent = `failed: ${doc.error}`);
    cell.textContent = doc.pageCount
      ? `${doc.status}: page ${doc.pagesDone} of ${doc.pageCount}`
      : doc.status;
    await new Promise((r) => setTimeout(r, 700));
  }
}

// Upload with progress: the files go up in one multipart request; each file's row then follows its
// document until it is done or failed. Everything shown is set as text, never as markup.
const form = document.getElementById('upload');
const table = document.getElementById('progress');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = new FormData(form);
  // The collection goes in the address (the server decides before it reads any file), not the body.
  const collection = String(body.get('collection') ?? '').trim();
  body.delete('collection');
  const tbody = table.querySelector('tbody');
  tbody.replaceChildren();
  table.hidden = false;
  const res = await fetch(collection ? `/api/documents?collection=${encodeURIComponent(collection)}` : '/api/documents', { method: 'POST', body });
  const result = await res.json();
  if (!res.ok && !result.files) {
    const row = tbody.insertRow();
    row.insertCell().textContent = 'upload';
    row.insertCell().textContent = result.error ?? `failed (${res.status})`;
    return;
  }
  for (const file of result.files) {
    const row = tbody.insertRow();
    row.insertCell().textContent = file.filename;
    const cell = row.insertCell();
    cell.textContent = file.status === 'failed' ? `failed: ${file.error}` : file.status;
    if (file.id && file.status !== 'failed') follow(file.id, cell);
  }
});

async function follow(id, cell) {
  for (;;) {
    const res = await fetch(`/api/documents/${id}`);
    const doc = await res.json();
    if (doc.status === 'done') return (cell.textContent = `done (${doc.pageCount} page${doc.pageCount === 1 ? '' : 's'})`);
    if (doc.status === 'failed') return (cell.textContent = `failed: ${doc.error}`);
    cell.textContent = doc.pageCount ? `${doc.status}: page ${doc.pagesDone} of ${doc.pageCount}` : doc.status;
    await new Promise((r) => setTimeout(r, 700));
  }
}

// Cite: the selected text (or the highlighted passage) of this page becomes a citation.
// Everything shown is set as text, never as markup.
document.getElementById('cite')?.addEventListener('click', async () => {
  const viewer = document.querySelector('.viewer');
  const quote = (window.getSelection()?.toString() || document.getElementById('quote')?.textContent || '').trim();
  const box = document.getElementById('citation');
  if (!viewer || !box) return;
  box.hidden = false;
  const text = document.getElementById('citation-text');
  const markdown = document.getElementById('citation-markdown');
  if (!quote) {
    text.textContent = 'Select the text to cite first.';
    return;
  }
  const res = await fetch('/api/citations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document: Number(viewer.dataset.document), page: Number(viewer.dataset.page), quote }),
  });
  const body = await res.json();
  text.textContent = res.ok ? body.text : body.error;
  markdown.textContent = res.ok ? body.markdown : '';
});

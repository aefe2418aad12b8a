// Cite: the selected text of this page (or an entity's words, or the highlighted passage) becomes
// a citation. Everything shown is set as text, never as markup.
// A claim on a person's page names its own document, page and sentence, and shows its citation beside it.
for (const button of document.querySelectorAll('.cite-claim')) {
  button.addEventListener('click', async () => {
    const out = document.getElementById(button.dataset.out || '');
    if (!out) return;
    const res = await fetch('/api/citations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document: Number(button.dataset.document), page: Number(button.dataset.page), quote: button.dataset.quote || '' }),
    });
    const body = await res.json();
    out.textContent = res.ok ? body.text : body.error;
    out.hidden = false;
  });
}

async function cite(quote) {
  const viewer = document.querySelector('.viewer');
  const box = document.getElementById('citation');
  if (!viewer || !box) return;
  box.hidden = false;
  const text = document.getElementById('citation-text');
  const markdown = document.getElementById('citation-markdown');
  if (!quote) {
    text.textContent = 'Select the text to cite first.';
    markdown.textContent = '';
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
  box.scrollIntoView({ block: 'nearest' });
}

document.getElementById('cite')?.addEventListener('click', () => {
  const quote = (window.getSelection()?.toString() || document.getElementById('quote')?.textContent || '').trim();
  cite(quote);
});

for (const button of document.querySelectorAll('.cite-entity')) {
  button.addEventListener('click', () => cite(button.dataset.quote || ''));
}

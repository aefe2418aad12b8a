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
      body: JSON.stringify({
        document: Number(button.dataset.document),
        page: Number(button.dataset.page),
        quote: button.dataset.quote || '',
      }),
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
  const error = document.getElementById('citation-error');
  const fields = { text: 'citation-text', markdown: 'citation-markdown', csl: 'citation-csl' };
  const show = (body) => {
    for (const [key, id] of Object.entries(fields)) {
      const value = body ? body[key] : '';
      // CSL-JSON indented, a date's parts on one line (as web/citation-panel.tsx writes it).
      document.getElementById(id).textContent =
        typeof value === 'string'
          ? value
          : JSON.stringify(value, null, 2).replace(
              /("date-parts": )\[\s*\[\s*([\d\s,]+?)\s*\]\s*\]/g,
              (_, key, parts) => `${key}[[${parts.replace(/\s+/g, ' ')}]]`,
            );
    }
    const link = document.getElementById('citation-link');
    link.textContent = body ? body.link : '';
    link.href = body ? body.link : '#';
    for (const part of box.querySelectorAll('.citation-form, .citation-link')) part.hidden = !body;
  };
  // A stored citation's status line (/c/<id>) is about that citation, not a new one.
  document.getElementById('citation-status')?.remove();
  const heading = box.querySelector('h2');
  if (heading) heading.textContent = 'Citation';
  if (!quote) {
    error.textContent = 'Select the text to cite first.';
    error.hidden = false;
    show(null);
    return;
  }
  const res = await fetch('/api/citations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      document: Number(viewer.dataset.document),
      page: Number(viewer.dataset.page),
      quote,
    }),
  });
  const body = await res.json();
  error.textContent = res.ok ? '' : body.error;
  error.hidden = res.ok;
  show(res.ok ? body : null);
  if (res.ok && heading) heading.textContent = `Citation ${body.id}`;
  box.scrollIntoView({ block: 'nearest' });
}

// Copy buttons: the form's text to the clipboard; where the clipboard is refused, the text is
// selected so that Ctrl+C copies it.
for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy || '');
    if (!source) return;
    const text = source.textContent || '';
    try {
      await window.navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}

document.getElementById('cite')?.addEventListener('click', () => {
  const quote = (
    window.getSelection()?.toString() ||
    document.getElementById('quote')?.textContent ||
    ''
  ).trim();
  cite(quote);
});

for (const button of document.querySelectorAll('.cite-entity')) {
  button.addEventListener('click', () => cite(button.dataset.quote || ''));
}

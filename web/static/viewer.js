// Zoom of the page image: steps from fitting the width up to four times that; the level is a class
// on the figure (no inline style, which the CSP forbids), kept for the next page in window.sessionStorage.
const LEVELS = [100, 125, 150, 200, 300, 400];
const figure = document.querySelector('.page-image');
const label = document.getElementById('zoom-level');

function apply(level) {
  if (!figure) return;
  for (const l of LEVELS) figure.classList.toggle(`zoom-${l}`, l === level);
  figure.dataset.zoom = String(level);
  if (label) label.textContent = `${level}%`;
  document.getElementById('zoom-out').disabled = level === LEVELS[0];
  document.getElementById('zoom-in').disabled = level === LEVELS[LEVELS.length - 1];
  try {
    window.sessionStorage.setItem('casefile-zoom', String(level));
  } catch {
    // Storage may be off: zoom still works on this page.
  }
}

function step(by) {
  const at = LEVELS.indexOf(Number(figure?.dataset.zoom ?? 100));
  apply(LEVELS[Math.min(LEVELS.length - 1, Math.max(0, at + by))]);
  // Keep the marked words in sight after zooming.
  figure?.querySelector('rect.box')?.scrollIntoView({ block: 'nearest', inline: 'center' });
}

if (figure) {
  let saved = 100;
  try {
    saved = Number(window.sessionStorage.getItem('casefile-zoom')) || 100;
  } catch {
    saved = 100;
  }
  apply(LEVELS.includes(saved) ? saved : 100);
  document.getElementById('zoom-in')?.addEventListener('click', () => step(1));
  document.getElementById('zoom-out')?.addEventListener('click', () => step(-1));
  document.getElementById('zoom-fit')?.addEventListener('click', () => apply(100));
}

// The pages of this document the search words match: "Previous hit" and "Next hit" links, and
// where this page stands among them. Built as elements with text, never markup.
async function hitNav() {
  const nav = document.getElementById('hit-nav');
  const viewer = document.querySelector('.viewer');
  if (!nav || !viewer) return;
  const words = nav.dataset.words || '';
  const current = Number(viewer.dataset.page);
  let pages = [];
  try {
    const res = await fetch(
      `/api/documents/${viewer.dataset.document}/hits?q=${encodeURIComponent(words)}`,
    );
    if (!res.ok) return;
    pages = (await res.json()).pages;
  } catch {
    return;
  }
  const before = pages.filter((p) => p < current);
  const after = pages.filter((p) => p > current);
  const link = (page, label, rel) => {
    const a = document.createElement('a');
    a.href = `${nav.dataset.pages}${page}?w=${encodeURIComponent(words)}`;
    a.rel = rel;
    a.className = `hit-${rel}`;
    a.textContent = label;
    return a;
  };
  const parts = [];
  const at = pages.indexOf(current);
  const count = document.createElement('span');
  count.className = 'hit-count';
  count.textContent =
    at >= 0
      ? `Matching page ${at + 1} of ${pages.length}`
      : `${pages.length} matching page${pages.length === 1 ? '' : 's'}`;
  parts.push(count);
  if (before.length)
    parts.push(
      link(before[before.length - 1], `← Previous hit (p. ${before[before.length - 1]})`, 'prev'),
    );
  if (after.length) parts.push(link(after[0], `Next hit (p. ${after[0]}) →`, 'next'));
  nav.replaceChildren(...parts);
  nav.hidden = pages.length === 0;
}
hitNav();

// The current page's thumbnail in sight.
document
  .querySelector('.thumbs .thumb.current')
  ?.scrollIntoView({ block: 'nearest', inline: 'center' });

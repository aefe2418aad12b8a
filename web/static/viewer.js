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

// Pan: a zoomed page is dragged with the mouse (or a finger) as well as scrolled.
const scroller = document.querySelector('.scroller');
if (scroller) {
  let drag = null;
  scroller.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, left: scroller.scrollLeft, top: scroller.scrollTop };
    scroller.setPointerCapture(e.pointerId);
    scroller.classList.add('dragging');
  });
  scroller.addEventListener('pointermove', (e) => {
    if (!drag) return;
    scroller.scrollLeft = drag.left - (e.clientX - drag.x);
    scroller.scrollTop = drag.top - (e.clientY - drag.y);
  });
  const stop = () => {
    drag = null;
    scroller.classList.remove('dragging');
  };
  scroller.addEventListener('pointerup', stop);
  scroller.addEventListener('pointercancel', stop);
  // The image is not dragged out as a file.
  scroller.addEventListener('dragstart', (e) => e.preventDefault());
}

// The hits on this page, in text order: the current one is outlined in the text and on the image
// and brought into sight; past the last one, "Next hit" goes on to the next matching page.
const hits = [...document.querySelectorAll('#text mark[data-mark]')];
let current = -1;
function showHit(i) {
  current = i;
  for (const m of hits) m.classList.toggle('current', m === hits[i]);
  for (const r of document.querySelectorAll('svg.boxes rect[data-mark]'))
    r.classList.toggle('current', r.dataset.mark === String(i));
  hits[i]?.scrollIntoView({ block: 'center', inline: 'nearest' });
  document
    .querySelector(`svg.boxes rect[data-mark="${i}"]`)
    ?.scrollIntoView({ block: 'center', inline: 'center' });
  const count = document.getElementById('hit-here');
  if (count) count.textContent = `Hit ${i + 1} of ${hits.length} on this page`;
}

// The pages of this document the search words match: "Previous hit" and "Next hit" links, and
// where this page stands among them. Built as elements with text, never markup.
async function hitNav() {
  const nav = document.getElementById('hit-nav');
  const viewer = document.querySelector('.viewer');
  if (!nav || !viewer) return;
  const words = nav.dataset.words || '';
  const page = Number(viewer.dataset.page);
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
  const before = pages.filter((p) => p < page);
  const after = pages.filter((p) => p > page);
  const link = (to, label, rel) => {
    const a = document.createElement('a');
    a.href = `${nav.dataset.pages}${to}?w=${encodeURIComponent(words)}`;
    a.rel = rel;
    a.className = `hit-${rel}`;
    a.textContent = label;
    return a;
  };
  const parts = [];
  const at = pages.indexOf(page);
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
  if (hits.length > 1) {
    // Step through this page's hits; at either end the page links above take over.
    const step = (label, by, id) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.id = id;
      b.className = 'secondary';
      b.textContent = label;
      b.addEventListener('click', () => {
        const next = current + by;
        if (next >= 0 && next < hits.length) showHit(next);
        else if (by > 0 && after.length) window.location.assign(link(after[0], '', 'next').href);
        else if (by < 0 && before.length)
          window.location.assign(link(before[before.length - 1], '', 'prev').href);
      });
      return b;
    };
    const here = document.createElement('span');
    here.id = 'hit-here';
    here.className = 'hit-here';
    here.textContent = `${hits.length} hits on this page`;
    const prev = step('‹ Previous on this page', -1, 'hit-prev-here');
    const next = step('Next on this page ›', 1, 'hit-next-here');
    // A button with nowhere to go (before the first hit of the first matching page) is disabled.
    const update = () => {
      prev.disabled = current <= 0 && before.length === 0;
      next.disabled = current >= hits.length - 1 && after.length === 0;
    };
    prev.addEventListener('click', update);
    next.addEventListener('click', update);
    update();
    parts.push(prev, here, next);
  }
  nav.replaceChildren(...parts);
  nav.hidden = pages.length === 0 && hits.length < 2;
}
hitNav();

// The current page's thumbnail in sight.
document
  .querySelector('.thumbs .thumb.current')
  ?.scrollIntoView({ block: 'nearest', inline: 'center' });

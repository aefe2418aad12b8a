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

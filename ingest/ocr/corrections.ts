// Corrections for confusions tesseract makes on these documents every time, applied to single words
// with their neighbours in view, so word boxes and offsets stay true:
//   - a lone "|" between words is the slash of bilingual labels ("Насаб / Surname");
//   - "Мо", "Ме", "N°" or "No" before a number, in Cyrillic text, is the numero sign "№", which the
//     Cyrillic models lack.
import type { OcrWord } from './reading-order.js';

const NUMERO_LOOKALIKES = new Set(['Мо', 'Ме', 'М°', 'N°', 'Nо', 'Мо.', 'Nº']);

export function correctWords(words: OcrWord[], cyrillicPage: boolean): OcrWord[] {
  return words.map((w, i) => {
    const next = words[i + 1];
    const sameLine = next !== undefined && next.line === w.line;
    if (w.text === '|' && sameLine && i > 0) return { ...w, text: '/' };
    if (cyrillicPage && NUMERO_LOOKALIKES.has(w.text) && sameLine && /^\d/.test(next.text)) return { ...w, text: '№' };
    return w;
  });
}

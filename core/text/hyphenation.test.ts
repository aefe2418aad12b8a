import { describe, expect, it } from 'vitest';
import { dehyphenate, originalSpan } from './hyphenation.js';

const view = (text: string, known?: (w: string) => boolean) => dehyphenate(text, known).text;

// Invented sentences in several languages.
describe('dehyphenate: words hyphenated at a line end', () => {
  it('joins a word split by the line end, in any script', () => {
    expect(view('прибыл в г. Истаравш-\nан 5 мая')).toBe('прибыл в г. Истаравшан 5 мая');
    expect(view('запрос об экстра-\nдиции отклонён')).toBe('запрос об экстрадиции отклонён');
    expect(view('the request for repa-\ntriation was sent')).toBe(
      'the request for repatriation was sent',
    );
    expect(view('wniosek o ekstra-\n  dycję został')).toBe('wniosek o ekstradycję został');
    expect(view('la demande d’extra-\r\ndition')).toBe('la demande d’extradition');
  });

  it('keeps the hyphen of a compound whose hyphen falls at the line end (and drops the line break)', () => {
    expect(view('sędzia Kowalczyk-\nZawada orzekła')).toBe('sędzia Kowalczyk-Zawada orzekła');
    expect(view('née à Saint-\nQuentin-en-Yvelines')).toBe('née à Saint-Quentin-en-Yvelines');
    expect(view('domicilié à Villiers-\nsur-Marne')).toBe('domicilié à Villiers-sur-Marne');
    expect(view('м. Кам’янець-\nПодільський')).toBe('м. Кам’янець-Подільський');
  });

  it('lets the page decide when it writes the word whole elsewhere', () => {
    expect(view('a north-west wind; the north-\nwest coast')).toBe(
      'a north-west wind; the north-west coast',
    );
    expect(view('Extradition denied. The extra-\ndition file')).toBe(
      'Extradition denied. The extradition file',
    );
  });

  it('in capitals, joins only a known name', () => {
    const known = (w: string) => w.toLowerCase() === 'хорог';
    expect(view('Г. ХО-\nРОГ', known)).toBe('Г. ХОРОГ');
    expect(view('ВЕРХНЬО-\nДНІПРОВСЬК', known)).toBe('ВЕРХНЬО-ДНІПРОВСЬК');
  });

  it('drops a soft hyphen inside a line, and leaves a text without breaks untouched', () => {
    expect(view('extra\u00addition')).toBe('extradition');
    expect(dehyphenate('a - b\nc').offsets).toBeUndefined();
  });

  it('maps a span of the view back to the original text', () => {
    const text = 'в г. Истаравш-\nан 5 мая';
    const v = dehyphenate(text);
    const at = v.text.indexOf('Истаравшан');
    const span = originalSpan(v, at, at + 'Истаравшан'.length);
    expect(text.slice(span.start, span.end)).toBe('Истаравш-\nан');
    const may = v.text.indexOf('мая');
    const m = originalSpan(v, may, may + 3);
    expect(text.slice(m.start, m.end)).toBe('мая');
  });
});

import { describe, expect, it } from 'vitest';
import { matchSpans } from './query.js';

// Invented pages: where the viewer marks a search's words.
const marked = (
  text: string,
  q: string,
  mentions: Array<{ value: string; start: number; end: number }> = [],
) => matchSpans(text, q, mentions).map(([a, b]) => text.slice(a, b));
const mention = (text: string, surface: string, value: string) => ({
  value,
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});

describe('matchSpans', () => {
  it('marks the word searched for, not the rest of a longer name it is part of', () => {
    const cases: Array<[string, string, string, string]> = [
      ['The ship anchored off Quillmont Bay at dusk.', 'Quillmont', 'Quillmont Bay', 'Quillmont'],
      [
        'Statek zakotwiczył w Zatoce Wierzbowej o zmroku.',
        'Wierzbowej',
        'Zatoce Wierzbowej',
        'Wierzbowej',
      ],
      ['Судно стояло у мыса Каменный Рог до утра.', 'Рог', 'мыса Каменный Рог', 'Рог'],
    ];
    for (const [text, q, surface, word] of cases)
      expect(marked(text, q, [mention(text, surface, surface)])).toEqual([word]);
  });

  it('marks a whole mention the query names in another form, where none of its words match', () => {
    const text = 'Письмо из ГКНБ пришло вчера.';
    expect(
      marked(text, 'security', [mention(text, 'ГКНБ', 'State Committee for National Security')]),
    ).toEqual(['ГКНБ']);
  });
});

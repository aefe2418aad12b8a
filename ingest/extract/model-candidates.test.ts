import { describe, expect, it } from 'vitest';
import { modelOrganizations, modelPersons } from './model-candidates.js';
import type { NamedEntity } from './ner.js';
import { normalizePersonSpan } from './persons.js';
import { newContext } from './types.js';

// Invented names; the spans stand for what the model would return.
const span = (text: string, surface: string, type: NamedEntity['type'], margin = 10): NamedEntity => {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length, margin };
};

describe('normalizing a span the model calls a person', () => {
  it('uses the rules of persons.ts: case, order, patronymic, script', () => {
    const norm = (s: string) => normalizePersonSpan(s, 0, s.length);
    expect(norm('Нуралиевой Мадины Бахромовны')).toBe('Madina Nuralieva');
    expect(norm('Trevelyan Marcus')).toBe('Marcus Trevelyan');
    expect(norm('Т. И. Гаврилюк')).toBe('T. I. Gavrilyuk');
  });

  it('reads a Ukrainian text the Ukrainian way', () => {
    const text = 'Свідок Остап Бойчук пояснив';
    expect(normalizePersonSpan(text, 7, 19)).toBe('Ostap Boichuk');
  });

  it('refuses one bare word', () => {
    expect(normalizePersonSpan('Бойчук', 0, 6)).toBeUndefined();
  });
});

describe('model candidates beside the rules', () => {
  it('adds a person with a listed given name, not capitalised common words', () => {
    const text = 'Прошу Вас передать, что Тимур Нуралиев прибыл.';
    const found = modelPersons(text, [span(text, 'Прошу Вас', 'person'), span(text, 'Тимур Нуралиев', 'person')], [], newContext());
    expect(found.map((f) => f.normalized)).toEqual(['Timur Nuraliev']);
  });

  it('resolves a later bare family name to the person named in full', () => {
    const text = 'Marcus Trevelyan arrived. Later Trevelyan left.';
    const named = [span(text, 'Marcus Trevelyan', 'person'), { ...span(text, 'Trevelyan left', 'person'), end: text.lastIndexOf('Trevelyan') + 9, start: text.lastIndexOf('Trevelyan') }];
    expect(modelPersons(text, named, [], newContext()).map((f) => `${f.text}=${f.normalized}`)).toEqual(['Marcus Trevelyan=Marcus Trevelyan', 'Trevelyan=Marcus Trevelyan']);
  });

  it('adds an organization named with a head noun, under its surface text', () => {
    const text = 'письмо из Верхнекамского районного суда и от Зарафшонбанка';
    const found = modelOrganizations(text, [span(text, 'Верхнекамского районного суда', 'organization'), span(text, 'Зарафшонбанка', 'organization', 1)], [], []);
    expect(found.map((f) => f.normalized)).toEqual(['Верхнекамского районного суда']);
  });
});

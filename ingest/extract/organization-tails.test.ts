import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { completeEnd, endsOpen } from './organization-tails.js';
import { findOrganizations } from './organizations.js';
import { newContext } from './types.js';

/** The name found as `name` in `text`, read on by completeEnd. */
const tail = (text: string, name: string) => {
  const start = text.indexOf(name);
  return text.slice(start, completeEnd(text, start, start + name.length));
};

// Invented institutions: each kind of unfinished ending in ru, uk, pl, en, fr and de.
describe('organization names that end on an unfinished phrase', () => {
  it('knows an unfinished ending: a preposition, or one and a noun of purpose', () => {
    expect(endsOpen(['Управление', 'по', 'борьбе'])).toBe(true);
    expect(endsOpen(['Office', 'for', 'the'])).toBe(true);
    expect(endsOpen(['Biuro', 'do', 'Spraw'])).toBe(true);
    expect(endsOpen(['Управление', 'по', 'борьбе', 'с', 'браконьерством'])).toBe(false);
    expect(endsOpen(['Департамента', 'по', 'делам', 'северных'])).toBe(true);
    expect(endsOpen(['Управління', 'з', 'питань', 'гірської'])).toBe(true);
    // A noun of purpose not after a preposition ends a name (Border Control), and so does an
    // adjective outside a complement.
    expect(endsOpen(['Управление', 'внутренних'])).toBe(false);
    expect(endsOpen(['Agency', 'Border', 'Control'])).toBe(false);
  });

  it('Russian: the complement in lower case, up to a verb, a clause word or a capital', () => {
    expect(
      tail(
        'Сотрудники Управления по борьбе с контрабандой янтаря задержали груз.',
        'Управления по борьбе',
      ),
    ).toBe('Управления по борьбе с контрабандой янтаря');
    expect(tail('Комитет по делам северных рыбаков сообщил о проверке', 'Комитет по делам')).toBe(
      'Комитет по делам северных рыбаков',
    );
    expect(tail('Инспекция по вопросам горного туризма, которая', 'Инспекция по вопросам')).toBe(
      'Инспекция по вопросам горного туризма',
    );
    expect(
      tail('в Департамент по делам северных рыбаков поступило', 'Департамент по делам северных'),
    ).toBe('Департамент по делам северных рыбаков');
    expect(
      tail('Управление по борьбе с незаконной ловлей осетров сообщило', 'Управление по борьбе'),
    ).toBe('Управление по борьбе с незаконной ловлей осетров');
    // After the complement's noun, a noun that is no genitive begins the sentence's next phrase.
    expect(
      tail(
        'Агентством по развитию горного пчеловодства проекты одобрены',
        'Агентством по развитию горного',
      ),
    ).toBe('Агентством по развитию горного пчеловодства');
    // A bare preposition with no noun of purpose after it is the next phrase's, not the name's.
    expect(tail('Министерства обороны по итогам встречи', 'Министерства обороны по')).toBe(
      'Министерства обороны по',
    );
    // A capitalised word starts another name; punctuation ends the phrase.
    expect(tail('Отдел по делам Вербовского района', 'Отдел по делам')).toBe('Отдел по делам');
    expect(tail('Отдел по борьбе, как сообщается, закрыт', 'Отдел по борьбе')).toBe(
      'Отдел по борьбе',
    );
  });

  it('a line wrapped mid-phrase goes on; a finished phrase or an empty line does not', () => {
    expect(tail('Инспекция по вопросам\nгорного туризма провела', 'Инспекция по вопросам')).toBe(
      'Инспекция по вопросам\nгорного туризма',
    );
    expect(tail('Инспекция по вопросам\n\nгорного туризма', 'Инспекция по вопросам')).toBe(
      'Инспекция по вопросам',
    );
    expect(tail('Комитет по делам рыбаков\nнаправил письмо', 'Комитет по делам')).toBe(
      'Комитет по делам рыбаков',
    );
  });

  it('Ukrainian', () => {
    expect(
      tail('Управління з питань гірського туризму повідомило про це', 'Управління з питань'),
    ).toBe('Управління з питань гірського туризму');
    // After the complement's noun only genitive plurals go on (область is the sentence's next word).
    expect(tail('Служба у справах бджолярів вже працює', 'Служба у справах')).toBe(
      'Служба у справах бджолярів',
    );
    expect(tail('Служба у справах гірських\nбджолярів області', 'Служба у справах гірських')).toBe(
      'Служба у справах гірських\nбджолярів',
    );
  });

  it('Polish: the complement capitalised after a capitalised name, in lower case after a lower-case one', () => {
    expect(tail('pracownicy Biura do Spraw Pszczelarstwa Górskiego, które', 'Biura do Spraw')).toBe(
      'Biura do Spraw Pszczelarstwa Górskiego',
    );
    expect(tail('Wydział do spraw cudzoziemców wydał decyzję', 'Wydział do spraw')).toBe(
      'Wydział do spraw cudzoziemców',
    );
    expect(tail('Biuro ds. Ochrony Lasów Bukowych przyjęło', 'Biuro ds.')).toBe(
      'Biuro ds. Ochrony Lasów Bukowych',
    );
  });

  it('English, French and German', () => {
    expect(
      tail(
        'a letter from the Office for the Protection of Mountain Springs said',
        'Office for the Protection',
      ),
    ).toBe('Office for the Protection of Mountain Springs');
    expect(tail('the Agency for the Prevention of Hail Damage, which', 'Agency for the')).toBe(
      'Agency for the Prevention of Hail Damage',
    );
    expect(tail("l'Office de lutte contre la fraude apicole a indiqué", 'Office de lutte')).toBe(
      'Office de lutte contre la fraude apicole',
    );
    expect(
      tail('Das Amt für den Schutz der Bergquellen hat entschieden', 'Amt für den Schutz'),
    ).toBe('Amt für den Schutz der Bergquellen');
  });

  it('in the pipeline: a letterhead wrapped mid-phrase, and a model name in running text', () => {
    expect(
      findOrganizations('ГЛАВНОЕ УПРАВЛЕНИЕ ПО БОРЬБЕ\nС КОНТРАБАНДОЙ ЯНТАРЯ\nг. Минск').map(
        (f) => f.normalized,
      ),
    ).toEqual(['ГЛАВНОЕ УПРАВЛЕНИЕ ПО БОРЬБЕ С КОНТРАБАНДОЙ ЯНТАРЯ']);
    const orgs = (text: string) =>
      extractPage(text, newContext())
        .filter((f) => f.type === 'organization')
        .map((f) => f.text);
    expect(
      orgs('Сотрудники Главного управления по борьбе с контрабандой янтаря задержали его.'),
    ).toEqual(['Главного управления по борьбе с контрабандой янтаря']);
  });
});

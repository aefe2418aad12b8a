import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeText } from './decode.js';

const russian =
  'Нас встретили сотрудники миграционной службы в аэропорту Кулоба 5 ноября 2020 года и отвезли в изолятор. Телефон забрали сразу.';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(russian, 'utf8'))).toEqual({ text: russian, encoding: 'utf-8' });
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(russian)])),
    ).toEqual({ text: russian, encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian with BOM', () => {
    expect(decodeText(iconv.encode(russian, 'utf-16le', { addBOM: true })).text).toBe(russian);
    expect(decodeText(iconv.encode(russian, 'utf-16be', { addBOM: true })).text).toBe(russian);
  });

  it('detects and decodes windows-1251 and KOI8-R', () => {
    expect(decodeText(iconv.encode(russian, 'windows-1251'))).toEqual({
      text: russian,
      encoding: 'windows-1251',
    });
    expect(decodeText(iconv.encode(russian, 'koi8-r'))).toEqual({
      text: russian,
      encoding: 'koi8-r',
    });
  });

  it('detects a short windows-1251 line', () => {
    expect(decodeText(iconv.encode('Расулова Гузал Тохировна', 'windows-1251')).text).toBe(
      'Расулова Гузал Тохировна',
    );
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b]))).toThrow(/binary data/);
    expect(looksLikeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe(false);
    expect(looksLikeText(Buffer.from('plain words\n'))).toBe(true);
  });
});

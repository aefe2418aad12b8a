import { describe, expect, it } from 'vitest';
import { orderWords, type OcrWord } from './reading-order.js';

let line = 0;
/** Words of one tesseract line, laid out left to right from x with 12-px characters, 30 px high. */
function lineAt(y: number, ...parts: Array<[number, string]>): OcrWord[] {
  line++;
  return parts.flatMap(([x, text]) => {
    let cx = x;
    return text.split(' ').map((t) => {
      const w = {
        text: t,
        confidence: 0.9,
        x0: cx,
        y0: y,
        x1: cx + t.length * 12,
        y1: y + 30,
        line,
      };
      cx = w.x1 + 10;
      return w;
    });
  });
}

describe('orderWords', () => {
  it('reads a paragraph line by line', () => {
    const words = [
      ...lineAt(100, [50, 'first line of text']),
      ...lineAt(140, [50, 'second line of text']),
    ];
    expect(orderWords(words).text).toBe('first line of text\nsecond line of text');
  });

  it('reads a label/value grid cell by cell', () => {
    const words = [
      ...lineAt(100, [50, 'Type'], [400, 'Code'], [800, 'Passport No.']),
      ...lineAt(135, [50, 'P'], [400, 'TJK'], [800, '407315298']),
    ];
    expect(orderWords(words).text).toBe('Type\nP\nCode\nTJK\nPassport No.\n407315298');
  });

  it('keeps table rows separated by normal spacing as rows', () => {
    const words = [
      ...lineAt(100, [50, 'No'], [200, 'Date'], [500, 'Crossing point']),
      ...lineAt(160, [50, '1'], [200, '02.03.2019'], [500, 'Yahodyn']),
      ...lineAt(220, [50, '2'], [200, '14.09.2020'], [500, 'Krakovets']),
    ];
    expect(orderWords(words).text).toBe(
      'No Date Crossing point\n1 02.03.2019 Yahodyn\n2 14.09.2020 Krakovets',
    );
  });

  it('reads a manifest-like table with a header row by row', () => {
    const cols = [50, 130, 230, 450, 650, 720, 900, 990];
    const row = (y: number, ...cells: string[]) =>
      lineAt(y, ...cells.map((c, i): [number, string] => [cols[i]!, c]));
    const words = [
      ...row(100, 'NO', 'SEAT', 'SURNAME', 'GIVEN NAME', 'SEX', 'BORN', 'NAT', 'DOC NO'),
      ...row(132, '01', '03A', 'MARVELL', 'ODETTE', 'F', '04FEB81', 'XKA', 'QA100234'),
      ...row(164, '02', '03B', 'MARVELL', 'TOBIAS', 'M', '17JUN79', 'XKA', 'QA100871'),
      ...row(196, '03', '05C', 'PRENDIVILLE', 'CORMAC', 'M', '29SEP66', 'XKB', 'ZB553017'),
      ...row(228, '04', '06D', 'ULVESTAD', 'SIGNE', 'F', '11MAR90', 'XKC', 'LC908812'),
      ...row(260, '05', '06E', 'ULVESTAD', 'BENTE', 'INF', '02JAN19', 'XKC', 'INF/ON 04'),
    ];
    expect(orderWords(words).text).toBe(
      [
        'NO SEAT SURNAME GIVEN NAME SEX BORN NAT DOC NO',
        '01 03A MARVELL ODETTE F 04FEB81 XKA QA100234',
        '02 03B MARVELL TOBIAS M 17JUN79 XKA QA100871',
        '03 05C PRENDIVILLE CORMAC M 29SEP66 XKB ZB553017',
        '04 06D ULVESTAD SIGNE F 11MAR90 XKC LC908812',
        '05 06E ULVESTAD BENTE INF 02JAN19 XKC INF/ON 04',
      ].join('\n'),
    );
  });

  it('reads a border-crossing printout table row by row, its title and notes as lines', () => {
    const cols = [50, 250, 600, 800];
    const row = (y: number, ...cells: string[]) =>
      lineAt(y, ...cells.map((c, i): [number, string] => [cols[i]!, c]));
    const words = [
      ...lineAt(40, [50, 'Records of crossings for the period requested']),
      ...row(100, 'Date', 'Checkpoint', 'Direction', 'Document No'),
      ...row(133, '03.04.2018', 'Velmar port, ferry', 'entry', 'RX4471902'),
      ...row(166, '19.06.2018', 'Velmar port, ferry', 'exit', 'RX4471902'),
      ...row(199, '07.01.2019', 'Ostrach road', 'entry', 'RX4471902'),
      ...lineAt(280, [50, 'No other crossings were recorded.']),
    ];
    expect(orderWords(words).text).toBe(
      [
        'Records of crossings for the period requested',
        'Date Checkpoint Direction Document No',
        '03.04.2018 Velmar port, ferry entry RX4471902',
        '19.06.2018 Velmar port, ferry exit RX4471902',
        '07.01.2019 Ostrach road entry RX4471902',
        'No other crossings were recorded.',
      ].join('\n'),
    );
  });

  it('reads a hotel register with a wrapped cell row by row, the wrapped cell whole', () => {
    const cols = [50, 110, 400, 600, 800];
    const row = (y: number, ...cells: string[]) =>
      lineAt(y, ...cells.map((c, i): [number, string] => [cols[i]!, c]).filter(([, c]) => c));
    const words = [
      ...row(100, 'No', 'Guest', 'Born', 'Arrived', 'Room'),
      ...row(133, '1', 'Halloran Brigid', '12.05.1984', '03.02.2021', '207'),
      ...row(166, '2', 'Vasquez-Oyelaran', '30.11.1979', '03.02.2021', '208'),
      ...row(199, '', 'Temitope', '', '', ''),
      ...row(232, '3', 'Lindqvist Arvid', '08.08.1991', '04.02.2021', '311'),
    ];
    expect(orderWords(words).text).toBe(
      [
        'No Guest Born Arrived Room',
        '1 Halloran Brigid 12.05.1984 03.02.2021 207',
        '2 Vasquez-Oyelaran Temitope 30.11.1979 03.02.2021 208',
        '3 Lindqvist Arvid 08.08.1991 04.02.2021 311',
      ].join('\n'),
    );
  });

  it('reads repeated label/value pairs of one layout column by column, pair by pair', () => {
    const words = [
      ...lineAt(100, [50, 'Surname'], [350, 'Given names'], [650, 'Sex']),
      ...lineAt(133, [50, 'ABERNATHY'], [350, 'COLM'], [650, 'M']),
      ...lineAt(200, [50, 'Born'], [350, 'Issued'], [650, 'Expires']),
      ...lineAt(233, [50, '02.02.1970'], [350, '05.05.2015'], [650, '05.05.2025']),
      ...lineAt(300, [50, 'Nationality'], [350, 'Authority'], [650, 'Code']),
      ...lineAt(333, [50, 'XKA'], [350, 'MIA 4410'], [650, 'XKA']),
    ];
    expect(orderWords(words).text).toBe(
      [
        'Surname\nABERNATHY\nGiven names\nCOLM\nSex\nM',
        'Born\n02.02.1970\nIssued\n05.05.2015\nExpires\n05.05.2025',
        'Nationality\nXKA\nAuthority\nMIA 4410\nCode\nXKA',
      ].join('\n'),
    );
  });

  it('reads a passport-like grid, labels above values, column by column', () => {
    const words = [
      ...lineAt(100, [50, 'Surname'], [350, 'Given names'], [650, 'Nationality'], [900, 'Sex']),
      ...lineAt(133, [50, 'KERRIGAN'], [350, 'ROISIN'], [650, 'XKA'], [900, 'F']),
    ];
    expect(orderWords(words).text).toBe(
      'Surname\nKERRIGAN\nGiven names\nROISIN\nNationality\nXKA\nSex\nF',
    );
  });

  it('reads a two-block letterhead block by block', () => {
    const words = [
      ...lineAt(100, [50, 'Ministry of Inland Waters'], [700, 'No 17/204 of 02.03.2020']),
      ...lineAt(133, [50, 'Harbour Police Department'], [700, 'To counsel E. Fairweather']),
      ...lineAt(166, [50, 'Velmar, 14 Quay Street']),
    ];
    expect(orderWords(words).text).toBe(
      [
        'Ministry of Inland Waters',
        'Harbour Police Department',
        'Velmar, 14 Quay Street',
        'No 17/204 of 02.03.2020',
        'To counsel E. Fairweather',
      ].join('\n'),
    );
  });

  it('keeps the lines of a block (a stamp read apart) together, the block placed like a cell', () => {
    const header = lineAt(40, [50, 'Visas and stamps']);
    const left = [...lineAt(100, [60, 'UKRAINA 0512']), ...lineAt(135, [60, 'YAHODYN'])];
    const right = [...lineAt(110, [500, 'PL 112']), ...lineAt(145, [500, 'DOROHUSK'])];
    const below = lineAt(300, [50, 'Copy certified']);
    const { text, words } = orderWords([...header, ...below], [right, left]);
    expect(text).toBe('Visas and stamps\nUKRAINA 0512\nYAHODYN\nPL 112\nDOROHUSK\nCopy certified');
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('gives each word its offsets in the text', () => {
    const { text, words } = orderWords([...lineAt(100, [50, 'Расулова Гузал'])]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

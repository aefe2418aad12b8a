// The languages a page can be read in: the OCR models Casefile ships (ISO 639-3 codes, as tesseract
// names them), which a page's `language` ("ukr+rus") lists and the document list filters by.
/** Each language's code and English name, in the order lists show them. */
export const PAGE_LANGUAGES = [
    ['rus', 'Russian'],
    ['tgk', 'Tajik'],
    ['ukr', 'Ukrainian'],
    ['pol', 'Polish'],
    ['eng', 'English'],
    ['fra', 'French'],
    ['deu', 'German'],
    ['nld', 'Dutch'],
];
export const PAGE_LANGUAGE_CODES = PAGE_LANGUAGES.map(([code]) => code);
//# sourceMappingURL=languages.js.map
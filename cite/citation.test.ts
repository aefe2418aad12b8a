import { describe, expect, it } from 'vitest';
import { makeCitation, permalinkPath } from './citation.js';

const sha = 'c93f8459cc9b7fbdbb0d1267fc48427866474e57e055abe9c657295da7d92bd0';

describe('makeCitation', () => {
  const c = makeCitation({
    filename: '13-red-notice.pdf',
    sha256: sha,
    page: 1,
    quote: 'On 23 MAR 18 the wanted\nperson travelled',
    origin: 'http://127.0.0.1:8080',
    retrieved: new Date('2026-11-21T10:00:00Z'),
  });

  it('names the document, page, quote, hash, permalink and date in every form', () => {
    expect(c.permalink).toBe(
      `http://127.0.0.1:8080/d/${sha.slice(0, 16)}/p/1?q=On%2023%20MAR%2018%20the%20wanted%20person%20travelled`,
    );
    expect(c.text).toBe(
      `“On 23 MAR 18 the wanted person travelled” — 13-red-notice.pdf, p. 1. SHA-256 ${sha}. ${c.permalink} (retrieved 2026-11-21).`,
    );
    expect(c.markdown).toContain(`SHA-256 \`${sha}\``);
    expect(c.csl).toMatchObject({
      type: 'document',
      title: '13-red-notice.pdf',
      page: '1',
      URL: c.permalink,
      accessed: { 'date-parts': [[2026, 11, 21]] },
    });
  });

  it('keeps document text from becoming markup', () => {
    const hostile = makeCitation({
      filename: 'x.pdf',
      sha256: sha,
      page: 2,
      quote: '[click](javascript:alert(1)) <script>',
      origin: 'http://h',
    });
    expect(hostile.markdown).not.toContain('](javascript:');
    expect(hostile.markdown).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\) \\<script\\>');
    expect(permalinkPath(sha, 2, '<script>')).toBe(`/d/${sha.slice(0, 16)}/p/2?q=%3Cscript%3E`);
  });
});

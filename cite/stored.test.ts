import { describe, expect, it } from 'vitest';
import { citationId, isCitationId } from './stored.js';

const sha = 'a'.repeat(64);

describe('citationId', () => {
  it('is ten base32 characters, the same for the same document, page and quote', () => {
    const id = citationId(sha, 3, 'The lighthouse keeper logged two ships.');
    expect(id).toMatch(/^[a-z2-7]{10}$/);
    expect(isCitationId(id)).toBe(true);
    expect(citationId(sha, 3, 'The lighthouse keeper logged two ships.')).toBe(id);
  });

  it('differs when the document, the page or a letter of the quote differs', () => {
    const id = citationId(sha, 3, 'The lighthouse keeper logged two ships.');
    expect(citationId('b'.repeat(64), 3, 'The lighthouse keeper logged two ships.')).not.toBe(id);
    expect(citationId(sha, 4, 'The lighthouse keeper logged two ships.')).not.toBe(id);
    expect(citationId(sha, 3, 'The lighthouse keeper logged three ships.')).not.toBe(id);
  });

  it('accepts only ids of its own shape', () => {
    for (const bad of ['', 'abc', 'ABCDEFGHIJ', 'abcdefghi1', 'abcdefghij0', '../etc/pwd'])
      expect(isCitationId(bad), bad).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BatchProgress, formatDuration, formatSnapshot } from './batch-progress.js';

describe('batch progress', () => {
  it('counts pages of every document, estimates documents not opened yet, and the time left', () => {
    let t = 0;
    const p = new BatchProgress(() => t);
    p.setDocuments(3);
    p.update(1, 0, 10);
    p.update(2, 0, 20);
    t = 60_000;
    p.update(1, 6, 10);
    // Two documents opened (30 pages), one waiting, counted as their mean (15).
    expect(p.snapshot()).toMatchObject({ done: 6, total: 45, perMinute: 6 });
    expect(p.snapshot().etaSeconds).toBeCloseTo(390);
    p.finish(1);
    expect(p.snapshot().done).toBe(10);
    expect(formatSnapshot(p.snapshot())).toBe('pages 10/45, 10.0 pages/min, 3 min 30 s left');
  });

  it('has no rate before the first page', () => {
    const p = new BatchProgress(() => 0);
    p.setDocuments(2);
    expect(formatSnapshot(p.snapshot())).toBe('pages 0/0, – pages/min, – left');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });
});

// Progress of a whole ingest batch in pages: pages done of all pages, pages per minute and the time
// left. A document's page count is known once its reading starts; until then each waiting document is
// counted as the mean of those known, so the estimate covers the whole batch from the first page on.
export class BatchProgress {
    now;
    docs = new Map();
    documents = 0;
    started;
    constructor(now = () => performance.now()) {
        this.now = now;
    }
    /** The number of documents in the batch (files stored so far that will be processed). */
    setDocuments(n) {
        this.documents = n;
    }
    /** A document's pages done of its total. */
    update(documentId, done, total) {
        this.started ??= this.now();
        this.docs.set(documentId, { done: Math.min(done, total), total });
    }
    /** A document finished (or failed): all its pages count as done. */
    finish(documentId) {
        const d = this.docs.get(documentId);
        this.docs.set(documentId, { done: d?.total ?? 0, total: d?.total ?? 0 });
    }
    snapshot() {
        let done = 0;
        let known = 0;
        let opened = 0;
        for (const d of this.docs.values()) {
            done += d.done;
            known += d.total;
            if (d.total > 0)
                opened++;
        }
        const waiting = Math.max(0, this.documents - this.docs.size);
        const total = known + (opened ? Math.round((waiting * known) / opened) : 0);
        const minutes = this.started === undefined ? 0 : (this.now() - this.started) / 60_000;
        const perMinute = minutes > 0 && done > 0 ? done / minutes : 0;
        return {
            done,
            total,
            perMinute,
            etaSeconds: perMinute > 0 ? ((total - done) / perMinute) * 60 : undefined,
        };
    }
}
/** "1 h 05 min", "4 min 10 s", "12 s"; "–" when unknown. */
export function formatDuration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds))
        return '–';
    const s = Math.max(0, Math.round(seconds));
    if (s >= 3600)
        return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
    if (s >= 60)
        return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
    return `${s} s`;
}
export function formatSnapshot(s) {
    return `pages ${s.done}/${s.total}, ${s.perMinute ? s.perMinute.toFixed(1) : '–'} pages/min, ${formatDuration(s.etaSeconds)} left`;
}
//# sourceMappingURL=batch-progress.js.map
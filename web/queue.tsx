// The processing queue: documents being read (with pages done of pages), waiting (with a retry
// after a failed try), and failed with their reasons. Rows still in work follow their document
// every two seconds (documents.js), as in the documents list.
import type { Identity } from '../store/accounts.js';
import type { QueueEntry } from '../store/queue.js';
import { docPath, Progress, StatusText } from './documents.js';
import { Layout } from './layout.js';

function Rows(props: { entries: QueueEntry[]; now: Date }) {
  return (
    <table class="documents-table queue-table">
      <thead>
        <tr>
          <th>File</th>
          <th>Status</th>
          <th>Processing</th>
          <th>Tries</th>
          <th>Collection</th>
          <th>Uploaded</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const doc = e.document;
          const retry = doc.status === 'queued' && e.runAt && e.runAt > props.now ? e.runAt : null;
          return (
            <tr data-id={String(doc.id)} data-status={doc.status}>
              <td>
                <a class="doc-link" href={docPath(doc.sha256)}>
                  {doc.filename}
                </a>
              </td>
              <td class="status-cell">
                <StatusText doc={doc} />
              </td>
              <td>
                <Progress doc={doc} />
              </td>
              <td class="tries">
                {e.maxAttempts ? `${e.attempts} of ${e.maxAttempts}` : '—'}
                {e.lastError && doc.status !== 'failed' ? (
                  <span class="last-error"> · last try: {e.lastError}</span>
                ) : null}
                {retry ? (
                  <span class="retry"> · next try {retry.toISOString().slice(11, 19)} UTC</span>
                ) : null}
              </td>
              <td>{doc.collection ?? ''}</td>
              <td>
                <time datetime={doc.ingestedAt.toISOString()}>
                  {doc.ingestedAt.toISOString().slice(0, 16).replace('T', ' ')}
                </time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function QueuePage(props: {
  user: Identity;
  processing: QueueEntry[];
  queued: QueueEntry[];
  failed: QueueEntry[];
  now: Date;
}) {
  const sections: Array<[string, string, QueueEntry[], string]> = [
    ['processing', 'Processing', props.processing, 'Nothing is being read right now.'],
    ['queued', 'Waiting', props.queued, 'Nothing is waiting.'],
    ['failed', 'Failed', props.failed, 'No document failed.'],
  ];
  return (
    <Layout title="Processing queue" user={props.user} scripts={['/static/documents.js']}>
      <h1>Processing queue</h1>
      <p class="total">
        {props.processing.length} processing · {props.queued.length} waiting · {props.failed.length}{' '}
        failed
      </p>
      {sections.map(([id, title, entries, none]) => (
        <section class={`queue-section ${id}`} id={`queue-${id}`} aria-label={title}>
          <h2>
            {title} ({entries.length})
          </h2>
          {entries.length ? <Rows entries={entries} now={props.now} /> : <p class="none">{none}</p>}
        </section>
      ))}
      <p>
        <a href="/documents">All documents</a> · <a href="/upload">Upload</a>
      </p>
    </Layout>
  );
}

import type { Identity } from '../store/accounts.js';
import { Layout } from './layout.js';

/** The upload form; `collections`: those the user may upload into (offered; an admin may name a new one). */
export function UploadPage(props: { user: Identity; collections?: string[] }) {
  return (
    <Layout title="Upload" user={props.user} scripts={['/static/upload.js']}>
      <form
        id="upload"
        class="card"
        method="post"
        action="/api/documents"
        enctype="multipart/form-data"
      >
        <h1>Upload case files</h1>
        <label>
          Files <input type="file" name="file" multiple required />
        </label>
        <label>
          Collection{' '}
          <input
            name="collection"
            list="collections"
            placeholder="default"
            maxlength={200}
            autocomplete="off"
          />
        </label>
        <datalist id="collections">
          {(props.collections ?? []).map((name) => (
            <option value={name} />
          ))}
        </datalist>
        <button type="submit">Upload</button>
        <p class="count">
          Every document and its processing: <a href="/documents">Documents</a>.
        </p>
      </form>
      <p id="batch" class="count" hidden></p>
      <table id="progress" class="progress" hidden>
        <thead>
          <tr>
            <th>File</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody></tbody>
      </table>
    </Layout>
  );
}

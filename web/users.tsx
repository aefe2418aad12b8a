// The team: an admin's page of users (add one with a role, give one a new one-time password,
// disable one; secrets shown once, on the answer to the form, never in an address), of groups (made,
// their members and collections) and of every API token (revoke one), and every user's own page
// with their name, role, a password change and their API tokens.
import { GRANT_LEVELS, ROLES } from '../schema/tables.js';
import type { Identity, TokenRow, UserRow } from '../store/accounts.js';
import type { GrantRow } from '../store/access.js';
import type { Child } from 'hono/jsx';
import { Layout } from './layout.js';

export interface Shown {
  /** What happened, e.g. "Added tamsin (editor)." */
  title: string;
  name: string;
  password: string;
  token?: string;
}

function Secret(props: { shown: Shown }) {
  return (
    <section class="card secret" role="status" aria-label="New credentials">
      <h2>{props.shown.title}</h2>
      <p>
        Give these to <strong>{props.shown.name}</strong> now: they are shown only this once and
        stored only as hashes.
      </p>
      <dl class="facts">
        <dt>Password</dt>
        <dd>
          <code id="new-password">{props.shown.password}</code>
        </dd>
        {props.shown.token ? (
          <>
            <dt>API token</dt>
            <dd>
              <code id="new-token">{props.shown.token}</code>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The admin tables (users, groups, tokens): column headings (null: left out), then a row per item. */
function Table<T>(props: {
  class: string;
  label?: string;
  columns: Array<string | null>;
  rows: T[];
  row: (item: T) => Child;
}) {
  return (
    <table class={props.class} aria-label={props.label}>
      <thead>
        <tr>{props.columns.map((c) => (c === null ? null : <th>{c}</th>))}</tr>
      </thead>
      <tbody>{props.rows.map(props.row)}</tbody>
    </table>
  );
}

/** One button that posts a form of hidden fields (revoke, remove, disable). */
function PostButton(props: {
  action: string;
  fields?: Record<string, string>;
  class: string;
  label?: string;
  children: Child;
}) {
  return (
    <form method="post" action={props.action} class="inline">
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.class} aria-label={props.label}>
        {props.children}
      </button>
    </form>
  );
}

/**
 * The grants of one grantee (a user or a group, by name), each with a Revoke button, and a form to
 * grant a collection; the forms post to `action` and `action`/revoke with the grantee's name.
 */
function GranteeGrants(props: {
  field: 'user' | 'group';
  name: string;
  grants: GrantRow[];
  action: string;
}) {
  const theirs = props.grants.filter((g) => g[props.field] === props.name);
  return (
    <>
      <ul class="grants">
        {theirs.map((g) => (
          <li data-collection={g.collection}>
            <span class="grant">
              {g.collection}: {g.level}
            </span>{' '}
            <PostButton
              action={`${props.action}/revoke`}
              fields={{ [props.field]: props.name, collection: g.collection }}
              class="secondary"
              label={`Revoke ${g.collection} from ${props.name}`}
            >
              Revoke
            </PostButton>
          </li>
        ))}
      </ul>
      <form
        method="post"
        action={props.action}
        class="inline grant-form"
        aria-label={`Grant a collection to ${props.name}`}
      >
        <input type="hidden" name={props.field} value={props.name} />
        <input
          name="collection"
          placeholder="collection"
          required
          maxlength={200}
          autocomplete="off"
          aria-label="Collection"
        />{' '}
        <select name="level" aria-label="Level">
          {GRANT_LEVELS.map((l) => (
            <option value={l}>{l}</option>
          ))}
        </select>{' '}
        <button type="submit" class="secondary">
          Grant
        </button>
      </form>
    </>
  );
}

/** A user's grants on collections (admins read everything and need none). */
function Grants(props: { user: UserRow; grants: GrantRow[] }) {
  if (props.user.role === 'admin') return <span class="muted">every collection (admin)</span>;
  return (
    <GranteeGrants
      field="user"
      name={props.user.name}
      grants={props.grants}
      action="/admin/grants"
    />
  );
}

/** A form of one text field and its button (a new group, a new token). */
function OneFieldForm(props: {
  action: string;
  /** The form's accessible name. */
  label: string;
  name: string;
  /** The field's accessible name. */
  field: string;
  placeholder: string;
  maxlength: number;
  button: string;
}) {
  return (
    <form method="post" action={props.action} class="inline" aria-label={props.label}>
      <input
        name={props.name}
        placeholder={props.placeholder}
        required
        maxlength={props.maxlength}
        autocomplete="off"
        aria-label={props.field}
      />{' '}
      <button type="submit" class="secondary">
        {props.button}
      </button>
    </form>
  );
}

/** Groups with their members and the collections granted to them, each changed by a form. */
function Groups(props: {
  groups: Array<{ name: string; members: string[] }>;
  grants: GrantRow[];
  users: UserRow[];
}) {
  return (
    <section class="card groups" aria-label="Groups">
      <h2>Groups</h2>
      <OneFieldForm
        action="/admin/groups"
        label="Create a group"
        name="name"
        field="Group name"
        placeholder="new group"
        maxlength={64}
        button="Create group"
      />
      {props.groups.length ? (
        <Table
          class="groups-table"
          columns={['Group', 'Members', 'Collections']}
          rows={props.groups}
          row={(g) => (
            <tr data-group={g.name}>
              <td>{g.name}</td>
              <td class="members">
                <ul class="grants">
                  {g.members.map((m) => (
                    <li data-member={m}>
                      {m}{' '}
                      <PostButton
                        action="/admin/groups/members/remove"
                        fields={{ group: g.name, user: m }}
                        class="secondary"
                        label={`Remove ${m} from ${g.name}`}
                      >
                        Remove
                      </PostButton>
                    </li>
                  ))}
                </ul>
                <form
                  method="post"
                  action="/admin/groups/members"
                  class="inline"
                  aria-label={`Add a member to ${g.name}`}
                >
                  <input type="hidden" name="group" value={g.name} />
                  <select name="user" aria-label="User">
                    {props.users
                      .filter((u) => !g.members.includes(u.name))
                      .map((u) => (
                        <option value={u.name}>{u.name}</option>
                      ))}
                  </select>{' '}
                  <button type="submit" class="secondary">
                    Add member
                  </button>
                </form>
              </td>
              <td class="collections">
                <GranteeGrants
                  field="group"
                  name={g.name}
                  grants={props.grants}
                  action="/admin/groups/grants"
                />
              </td>
            </tr>
          )}
        />
      ) : (
        <p class="muted">No groups yet.</p>
      )}
    </section>
  );
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '—');

/** API tokens (never their secrets), each with a Revoke form posting to `revoke(id)`. */
function Tokens(props: { tokens: TokenRow[]; revoke: (id: number) => string; owners: boolean }) {
  if (!props.tokens.length) return <p class="muted">No API tokens.</p>;
  return (
    <Table
      class="tokens-table"
      label="API tokens"
      columns={[props.owners ? 'User' : null, 'Label', 'Created', 'Last used', '']}
      rows={props.tokens}
      row={(t) => (
        <tr data-token={String(t.id)}>
          {props.owners ? <td>{t.user}</td> : null}
          <td>{t.label ?? '—'}</td>
          <td>{when(t.createdAt)}</td>
          <td>{when(t.lastUsedAt)}</td>
          <td>
            <PostButton
              action={props.revoke(t.id)}
              class="danger"
              label={`Revoke the token ${t.label ?? t.id}${props.owners ? ` of ${t.user}` : ''}`}
            >
              Revoke
            </PostButton>
          </td>
        </tr>
      )}
    />
  );
}

export function UsersPage(props: {
  user: Identity;
  users: UserRow[];
  grants: GrantRow[];
  groups?: Array<{ name: string; members: string[] }>;
  tokens?: TokenRow[];
  shown?: Shown | undefined;
  error?: string | undefined;
}) {
  return (
    <Layout title="Users" user={props.user}>
      <h1>Users</h1>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.shown ? <Secret shown={props.shown} /> : null}
      <form method="post" action="/admin/users" class="card add-user" aria-label="Add a user">
        <h2>Add a user</h2>
        <label>
          Name <input name="name" required maxlength={64} autocomplete="off" />
        </label>
        <label>
          Role{' '}
          <select name="role">
            {ROLES.map((r) => (
              <option value={r} selected={r === 'investigator'}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add user</button>
      </form>
      <Table
        class="users-table"
        columns={['Name', 'Role', 'State', 'Last seen', 'Collections', 'Actions']}
        rows={props.users}
        row={(u) => (
          <tr data-user={u.name}>
            <td>{u.name}</td>
            <td>{u.role}</td>
            <td>
              {u.disabled ? (
                <span class="status failed">disabled</span>
              ) : (
                <span class="status done">active</span>
              )}
            </td>
            <td>{when(u.lastSeenAt)}</td>
            <td class="collections">
              <Grants user={u} grants={props.grants} />
            </td>
            <td class="actions">
              {u.id === props.user.id ? (
                <a href="/account">your account</a>
              ) : (
                <>
                  <PostButton action={`/admin/users/${u.id}/reset`} class="secondary">
                    {u.disabled ? 'Enable with a new password' : 'New password'}
                  </PostButton>{' '}
                  {u.disabled ? null : (
                    <PostButton action={`/admin/users/${u.id}/disable`} class="danger">
                      Disable
                    </PostButton>
                  )}
                </>
              )}
            </td>
          </tr>
        )}
      />
      <Groups groups={props.groups ?? []} grants={props.grants} users={props.users} />
      <section class="card" aria-label="Every API token">
        <h2>API tokens</h2>
        <Tokens tokens={props.tokens ?? []} revoke={(id) => `/admin/tokens/${id}/revoke`} owners />
      </section>
    </Layout>
  );
}

export function AccountPage(props: {
  user: Identity;
  tokens?: TokenRow[];
  /** A token just made: shown this once. */
  newToken?: { label: string; token: string } | undefined;
  message?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <Layout title="Your account" user={props.user}>
      <h1>Your account</h1>
      <dl class="facts">
        <dt>Name</dt>
        <dd id="account-name">{props.user.name}</dd>
        <dt>Role</dt>
        <dd id="account-role">{props.user.role}</dd>
      </dl>
      {props.message ? (
        <p class="notice ok" role="status">
          {props.message}
        </p>
      ) : null}
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form
        method="post"
        action="/account/password"
        class="card narrow-left"
        aria-label="Change your password"
      >
        <h2>Change your password</h2>
        <label>
          Current password{' '}
          <input name="current" type="password" autocomplete="current-password" required />
        </label>
        <label>
          New password (at least 12 characters){' '}
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={12}
            required
          />
        </label>
        <label>
          New password again{' '}
          <input
            name="confirm"
            type="password"
            autocomplete="new-password"
            minlength={12}
            required
          />
        </label>
        <button type="submit">Change password</button>
      </form>
      <section class="card" aria-label="Your API tokens">
        <h2>Your API tokens</h2>
        {props.newToken ? (
          <div class="secret" role="status" aria-label="New API token">
            <p>
              The token <strong>{props.newToken.label}</strong>, shown only this once (stored only
              as a hash):
            </p>
            <code id="new-token">{props.newToken.token}</code>
          </div>
        ) : null}
        <Tokens
          tokens={props.tokens ?? []}
          revoke={(id) => `/account/tokens/${id}/revoke`}
          owners={false}
        />
        <OneFieldForm
          action="/account/tokens"
          label="New API token"
          name="label"
          field="Label"
          placeholder="what it is for"
          maxlength={100}
          button="New token"
        />
      </section>
    </Layout>
  );
}

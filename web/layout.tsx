// The page frame every view shares. Views are pure functions of data; Hono's JSX escapes every
// text it renders, so document text can never become markup. Pages are sent with a doctype
// (standards mode), and the navigation offers only what the user's role may do.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { allowed, type Permission } from '../http/permissions.js';
import type { Identity } from '../store/accounts.js';

const NAV: Array<{ href: string; label: string; permission: Permission }> = [
  { href: '/', label: 'Search', permission: 'search' },
  { href: '/documents', label: 'Documents', permission: 'read' },
  { href: '/people', label: 'People', permission: 'read' },
  { href: '/citations', label: 'Citations', permission: 'read' },
  { href: '/upload', label: 'Upload', permission: 'upload' },
  { href: '/queue', label: 'Queue', permission: 'upload' },
  { href: '/admin/users', label: 'Users', permission: 'admin' },
];

/** The links of the navigation a role sees. */
function navFor(user: Identity) {
  return NAV.filter((n) => allowed(user.role, n.permission));
}

/** Where a role lands after logging in (or on `/`, when it may not search): its first page. */
function homeOf(user: Identity): string {
  return navFor(user)[0]?.href ?? '/account';
}

export function Layout(props: {
  title: string;
  user?: Identity | undefined;
  children?: Child;
  scripts?: string[];
}) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title} · Casefile</title>
          <link rel="stylesheet" href="/static/app.css" />
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <header class="top">
            <a href={props.user ? homeOf(props.user) : '/'} class="brand">
              Casefile
            </a>
            {props.user ? (
              <nav aria-label="Main">
                {navFor(props.user).map((n) => (
                  <a href={n.href}>{n.label}</a>
                ))}
                <a href="/account" class="who" title="Your account">
                  {props.user.name} ({props.user.role})
                </a>
                <form method="post" action="/logout" class="inline">
                  <button type="submit">Log out</button>
                </form>
              </nav>
            ) : null}
          </header>
          <main>{props.children}</main>
          {(props.scripts ?? []).map((src) => (
            <script src={src} defer></script>
          ))}
        </body>
      </html>
    </>
  );
}

/** A page that only says something: not found, not allowed. */
export function MessagePage(props: {
  title: string;
  message: string;
  user?: Identity | undefined;
}) {
  return (
    <Layout title={props.title} user={props.user}>
      <section class="card message" role="alert">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        {props.user ? (
          <p>
            <a href={homeOf(props.user)}>Go to your start page</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}

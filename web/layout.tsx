// The page frame every view shares. Views are pure functions of data; Hono's JSX escapes every
// text it renders, so document text can never become markup.
import type { Child } from 'hono/jsx';
import type { Identity } from '../store/accounts.js';

export function Layout(props: { title: string; user?: Identity | undefined; children?: Child; scripts?: string[] }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Casefile</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body>
        <header class="top">
          <a href="/" class="brand">Casefile</a>
          {props.user ? (
            <nav>
              <a href="/">Search</a>
              <a href="/people">People</a>
              <a href="/upload">Upload</a>
              <span class="who">
                {props.user.name} ({props.user.role})
              </span>
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
  );
}

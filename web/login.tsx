import { Layout } from './layout.js';

export function LoginPage(props: { error?: string | undefined; next: string }) {
  return (
    <Layout title="Log in">
      <form method="post" action="/login" class="card narrow">
        <h1>Log in</h1>
        {props.error ? (
          <p class="error" role="alert">
            {props.error}
          </p>
        ) : null}
        <input type="hidden" name="next" value={props.next} />
        <label>
          Name <input name="name" autocomplete="username" required autofocus />
        </label>
        <label>
          Password{' '}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit">Log in</button>
      </form>
    </Layout>
  );
}

// Failed-login throttle: after a few failures within a window, a name (whatever address tries it) or a
// client address (whatever names it tries) is refused, before any argon2 work, until the oldest of
// those failures leaves the window. A small in-memory limiter rather than a package: the one that fits
// Hono (hono-rate-limiter) is not among the dependencies, counts every request rather than failures,
// and one process serves the API (the embedded database allows no other), so memory is the right store.
export interface ThrottleRule {
  /** Failures allowed within the window; the next try is refused. */
  limit: number;
  windowMs: number;
}

const LOGIN_RULES = {
  /** Per account: guessing one password is slow from any number of addresses. */
  name: { limit: 5, windowMs: 15 * 60 * 1000 },
  /** Per client address: one client guessing across many names. */
  address: { limit: 10, windowMs: 15 * 60 * 1000 },
} satisfies Record<string, ThrottleRule>;

/** Keys kept at most; beyond it, the entries whose failures are oldest are forgotten first. */
const MAX_KEYS = 100_000;

export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly rule: ThrottleRule) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  waitMs(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length >= this.rule.limit
      ? recent[recent.length - this.rule.limit]! + this.rule.windowMs - now
      : 0;
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    // Re-inserted at the end: the map's order is then oldest activity first, which is what is dropped.
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}

export class LoginThrottle {
  private readonly byName = new FailureThrottle(LOGIN_RULES.name);
  private readonly byAddress = new FailureThrottle(LOGIN_RULES.address);

  /** Seconds to wait before this name may be tried from this address; 0 when it may now. */
  retryAfter(name: string, address: string): number {
    return Math.ceil(
      Math.max(this.byName.waitMs(nameKey(name)), this.byAddress.waitMs(clientKey(address))) / 1000,
    );
  }

  failed(name: string, address: string): void {
    this.byName.fail(nameKey(name));
    this.byAddress.fail(clientKey(address));
  }

  /** A success clears the name's failures, not the address's: a client's own account is no way to reset its guessing elsewhere. */
  succeeded(name: string): void {
    this.byName.clear(nameKey(name));
  }
}

/** User names are at most 64 characters: a longer one names no one, and needs no more memory. */
const nameKey = (name: string) => name.slice(0, 65);

/**
 * The client an address stands for: an IPv4 address itself (also when IPv4-mapped), an IPv6 address
 * by its /64 prefix, which one client usually holds whole (one address each would be no limit).
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [
          ...left,
          ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
          ...right,
        ];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

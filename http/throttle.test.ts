import { describe, expect, it } from 'vitest';
import { clientKey, FailureThrottle } from './throttle.js';

describe('FailureThrottle', () => {
  it('refuses after the limit within the window, until the oldest counted failure leaves it', () => {
    const t = new FailureThrottle({ limit: 3, windowMs: 1000 });
    t.fail('k', 0);
    t.fail('k', 100);
    expect(t.waitMs('k', 200)).toBe(0);
    t.fail('k', 200);
    expect(t.waitMs('k', 300)).toBe(700);
    expect(t.waitMs('other', 300)).toBe(0);
    expect(t.waitMs('k', 1000)).toBe(0);
    t.fail('k', 1000);
    expect(t.waitMs('k', 1000)).toBe(100);
    t.clear('k');
    expect(t.waitMs('k', 1000)).toBe(0);
  });

  it('counts an IPv6 client by its /64 prefix and an IPv4 one by its address', () => {
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2::ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});

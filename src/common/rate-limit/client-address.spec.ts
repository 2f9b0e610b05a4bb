import { rateLimitAddress } from './client-address';

describe('rateLimitAddress', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(rateLimitAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64', () => {
    const bucket = rateLimitAddress('2001:db8:1:2::1');
    expect(bucket).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0DB8:0001:0002:ffff:0:0:9')).toBe(bucket);
    expect(rateLimitAddress('2001:db8:1:3::1')).not.toBe(bucket);
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('puts whatever is not an address into one bucket', () => {
    for (const forged of ['evil', '1.2.3.4.5', "1.2.3.4' OR 1=1", '', undefined, 'unknown']) {
      expect(rateLimitAddress(forged)).toBe('not-an-address');
    }
  });
});

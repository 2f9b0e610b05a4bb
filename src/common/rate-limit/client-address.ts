import { isIP } from 'node:net';

/**
 * The bucket a client address is counted in: an IPv4 address as it is (an IPv4-mapped IPv6 one too), an
 * IPv6 address by its /64 (one subscriber usually holds a whole /64), and anything that is not an address
 * (a forged header passed on) in one shared bucket, so that inventing addresses gains nothing.
 */
export function rateLimitAddress(address: string | undefined): string {
  const trimmed = (address ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const candidate = mapped ? mapped[1] : trimmed;
  const version = isIP(candidate);
  if (version === 4) return candidate;
  if (version === 6) return `${ipv6Groups(candidate).slice(0, 4).join(':')}::/64`;
  return 'not-an-address';
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase().split('%')[0];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16).toString(16));
}

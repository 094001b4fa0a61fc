import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook must never reach in production (SSRF): loopback, private, shared,
 * link-local (cloud metadata), multicast, documentation and reserved ranges, in IPv4 and IPv6.
 */
// Two lists: Node's BlockList matches IPv4 addresses against IPv6 rules through their mapped
// form (::ffff:a.b.c.d), so one list with ::ffff:0:0/96 would refuse every IPv4 address.
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED_V4.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED_V6.addSubnet(network, prefix, 'ipv6');
}

/** True for an IP address a production webhook may not be delivered to. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? BLOCKED_V4.check(address, 'ipv4') : BLOCKED_V6.check(address, 'ipv6');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a URL cannot be a webhook, or null when it can. Production: https only, no user
 * information, no `localhost`, no literal private or reserved address, a dotted host name.
 * Elsewhere: https anywhere, or http to localhost / 127.0.0.1 / [::1] (local receivers).
 * Host names that resolve to forbidden addresses are refused when delivering (guardedLookup).
 */
export function webhookUrlProblem(value: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, starting with https://.';
  }
  if (url.username || url.password) return 'The URL must not contain a user name or password.';
  const host = url.hostname.toLowerCase();
  if (!production) {
    if (url.protocol === 'https:') return null;
    if (url.protocol === 'http:' && LOCAL_HOSTS.has(host)) return null;
    return 'Use an https:// URL (http:// only for localhost during development).';
  }
  if (url.protocol !== 'https:') return 'Use an https:// URL.';
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(bare))
    return isForbiddenAddress(bare)
      ? 'The URL points to a private, local or reserved address.'
      : null;
  if (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare.endsWith('.local') ||
    bare.endsWith('.internal')
  ) {
    return 'The URL points to a local host name.';
  }
  if (!bare.includes('.')) return 'Use a public host name (with a domain).';
  return null;
}

/**
 * A DNS lookup for outgoing webhook connections that refuses forbidden addresses. The socket
 * connects to exactly the address checked here, so a host name cannot be re-pointed to an
 * internal address between the check and the connection (DNS rebinding).
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', undefined);
    const forbidden = addresses.find((a) => isForbiddenAddress(a.address));
    if (forbidden || addresses.length === 0) {
      const refused = Object.assign(
        new Error(`${hostname} resolves to a private, local or reserved address; not delivered.`),
        { code: 'EWEBHOOKADDRESS' },
      );
      return callback(refused, '', undefined);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
};

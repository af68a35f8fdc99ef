/**
 * MD5 from the audited pure-JS @noble/hashes (Web Crypto has no MD5). Kept in its own module
 * so that `md5Hex` can load it on demand and a bundler's lazy chunk holds only MD5, not the
 * other legacy hashes.
 */
export { md5 } from '@noble/hashes/legacy';

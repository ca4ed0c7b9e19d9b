/**
 * Which values from the catalog may become a link. Producers write external URLs, markdown links,
 * custom properties and serving fields freely, so a value is a link only when it is plainly an
 * absolute http(s) URL: written with `http://` or `https://` (any case), a host, no user name or
 * password (which make one host read as another), and no whitespace, control or bidirectional
 * formatting characters, which browsers drop or act on differently from how the text reads. Anything
 * else — `javascript:`, `file:`, `smb:`, `ms-msdt:`, `vscode:`, `intent:`, `//host`, a UNC or a
 * relative path — is shown as text.
 */

/** C0 controls, DEL, C1 controls, no-break and other Unicode spaces, zero-width and bidi formatting characters. */
const UNSAFE = /[\p{Cc}\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]/u;

/** The href to use for `value` (as the URL parser normalises it), or null when it must stay text. */
export function webUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 4000) return null;
  // The scheme and both slashes as typed, then a host: not "https:host", "https:\\host", "https:///x".
  const scheme = /^https?:\/\/(?=[^/\\])/i.exec(value);
  if (!scheme) return null;
  // No control or invisible characters anywhere; a plain space only inside the path (it is encoded).
  if (UNSAFE.test(value) || value !== value.trim()) return null;
  const authority = value.slice(scheme[0].length).split(/[/?#]/, 1)[0]!;
  if (/[@\\\s]/.test(authority)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname || url.username || url.password) return null;
  return url.href;
}

/** Whether `value` may be drawn as a link (see webUrl). */
export const isWebUrl = (value: unknown): boolean => webUrl(value) !== null;

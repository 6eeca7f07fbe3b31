/** Where `npm start` serves the site, and the origin of a local build. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/** True for an address that only ever means "this machine". */
const isLoopback = (url: URL) =>
  url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);

/**
 * The public origin of the site, for canonical links, hreflang alternates,
 * the sitemap, citations and the data files: SITE_ORIGIN, or where
 * `npm start` serves the site when it is unset.
 *
 * @example siteOrigin({ SITE_ORIGIN: 'https://policy.example.gov.cn/' }) // → 'https://policy.example.gov.cn'
 * @example siteOrigin({}) // → 'http://localhost:4321'
 */
export function siteOrigin(env: Env = process.env): string {
  const value = env.SITE_ORIGIN?.trim() || LOCAL_ORIGIN;
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_ORIGIN must be an origin such as https://example.org, not ${value}`);
  return url.origin;
}

/**
 * Why a build may not go ahead with this origin, or null if it may. A build
 * for deployment (`npm run build`) must name its public origin: every
 * canonical link, sitemap entry, citation and data URL carries it, and staff
 * paste those into documents. Only a local build (`LOCAL_BUILD=1`, which
 * `npm start` and `npm test` set) may use a loopback origin.
 *
 * @example originProblem({}) // → 'SITE_ORIGIN is not set. …'
 * @example originProblem({ SITE_ORIGIN: 'https://policy.example.gov.cn' }) // → null
 * @example originProblem({ LOCAL_BUILD: '1' }) // → null
 */
export function originProblem(env: Env = process.env): string | null {
  const local = env.LOCAL_BUILD === '1';
  const how =
    'Set it to the public address of the site, e.g. `SITE_ORIGIN=https://policy.example.gov.cn npm run build`. To build and try the site on this machine, use `npm start`.';
  if (!env.SITE_ORIGIN?.trim()) return local ? null : `SITE_ORIGIN is not set, so every link the build writes would point at ${LOCAL_ORIGIN}. ${how}`;
  let url: URL;
  try {
    url = new URL(siteOrigin(env));
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}. ${how}`;
  }
  if (!local && isLoopback(url)) return `SITE_ORIGIN is ${url.origin}, a loopback address: links pasted from this build would open nowhere. ${how}`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_ORIGIN must use https: or http:, not ${url.protocol}. ${how}`;
  return null;
}

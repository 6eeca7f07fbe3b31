/** Where `npm start` serves the site, and the origin of a local build. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/** True for an address that only ever means "this machine". */
const isLoopback = (url: URL) =>
  url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);

/**
 * The origin a SITE_ORIGIN value names, or null when it names none: an
 * http or https URL with nothing after its host and port (no path, query,
 * fragment or user name).
 *
 * @example originOf('https://policy.example.gov.cn/') // → 'https://policy.example.gov.cn'
 * @example originOf('https://example.org/site/') // → null
 */
function originOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !value.includes('?') && !value.includes('#');
  return bare && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null;
}

/**
 * The public origin of the site, for canonical links, hreflang alternates,
 * the sitemap, citations and the data files: SITE_ORIGIN, or where
 * `npm start` serves the site when it is unset. A value that names no origin
 * gives the local one here, and {@link originProblem} stops the build with
 * the reason: the configuration is read before any message can be printed,
 * so it must not throw.
 *
 * @example siteOrigin({ SITE_ORIGIN: 'https://policy.example.gov.cn/' }) // → 'https://policy.example.gov.cn'
 * @example siteOrigin({}) // → 'http://localhost:4321'
 */
export function siteOrigin(env: Env = process.env): string {
  const value = env.SITE_ORIGIN?.trim();
  return (value && originOf(value)) || LOCAL_ORIGIN;
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
  const value = env.SITE_ORIGIN?.trim();
  if (!value)
    return local
      ? null
      : `SITE_ORIGIN: expected the public origin of the site, found nothing, so every link the build writes would point at ${LOCAL_ORIGIN}. ${how}`;
  const origin = originOf(value);
  if (!origin) return `SITE_ORIGIN: expected an origin such as https://example.org (http or https, no path), found ${JSON.stringify(value)}. ${how}`;
  if (!local && isLoopback(new URL(origin)))
    return `SITE_ORIGIN: expected a public origin, found ${origin}, a loopback address: links pasted from this build would open nowhere. ${how}`;
  return null;
}

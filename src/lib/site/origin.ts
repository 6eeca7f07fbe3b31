/**
 * The public origin of the site, for canonical links, hreflang alternates,
 * the sitemap, citations and the data files. Set SITE_ORIGIN when building
 * for production (e.g. SITE_ORIGIN=https://policy.example.gov.cn); the
 * default is where `npm start` serves the site.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_ORIGIN?.trim() || 'http://localhost:4321';
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_ORIGIN must be an origin such as https://example.org, not ${value}`);
  return url.origin;
}

import type { Lang } from '../schema/languages.ts';
import type { Channel, SiteFile } from '../schema/publishing.ts';

type Env = Record<string, string | undefined>;

/** What each entry of content/site.yaml is, for messages. */
const WHAT: Record<keyof SiteFile, string> = {
  publisher: 'the name of the body that publishes the site',
  contact: 'a contact (an email or a url)',
  errorReports: 'a channel for reporting an error in a text (an email or a url)',
};

/**
 * Why a build may not go ahead with this site file, one line per value
 * missing; empty if it may. A build for deployment must say who publishes
 * the site, how to reach them and where to report an error: the About page,
 * every footer, the citations and the data package name them. Only a local
 * build (`LOCAL_BUILD=1`, which `npm start`, `npm test` and CI set) may
 * leave a placeholder, which its pages show as one.
 *
 * @example publisherProblems({ publisher: { placeholder: true }, … }, {}, 'content/site.yaml', () => 21)
 * // → ['content/site.yaml:21: expected the name of the body that publishes the site for a deployment build, found a placeholder. …']
 * @example publisherProblems(site, { LOCAL_BUILD: '1' }, file, line) // → []
 */
export function publisherProblems(site: SiteFile, env: Env, file: string, line: (path: readonly PropertyKey[]) => number): string[] {
  if (env.LOCAL_BUILD === '1') return [];
  return (Object.keys(WHAT) as (keyof SiteFile)[])
    .filter((key) => site[key].placeholder === true)
    .map(
      (key) =>
        `${file}:${line([key])}: expected ${WHAT[key]} for a deployment build, found a placeholder. Set the real value there (see docs/publishing.md); to build and try the site on this machine, use \`npm start\`.`,
    );
}

/** Whether a value of the site file is known, or still a placeholder. */
export const isPlaceholder = (value: { placeholder?: true }): value is { placeholder: true } => value.placeholder === true;

/**
 * The address a channel is reached at, as a link: its web page, else a
 * mailto: link. Undefined for a placeholder.
 *
 * @example channelHref({ email: 'policy@example.gov.cn' }) // → 'mailto:policy@example.gov.cn'
 */
export function channelHref(channel: Channel): string | undefined {
  if (isPlaceholder(channel)) return undefined;
  return channel.url ?? (channel.email && `mailto:${channel.email}`);
}

/**
 * The publisher's name in a language, or null while content/site.yaml holds
 * a placeholder (a citation or a feed then names no publisher rather than a
 * placeholder's words).
 */
export const publisherName = (site: Pick<SiteFile, 'publisher'>, lang: Lang): string | null =>
  isPlaceholder(site.publisher) ? null : (site.publisher.name?.[lang] ?? null);

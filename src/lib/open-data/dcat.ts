import { LANGS, langToTag } from '../schema/languages.ts';
import { JSON_FILES, PACKAGE, type Release } from './datapackage.ts';
import type { OpenData } from './records.ts';
import { TABLES } from './tables.ts';

/** A text in both languages as JSON-LD writes it: one value per language, tagged. */
const tagged = (text: { zh: string; en: string }) => LANGS.map((lang) => ({ '@value': text[lang], '@language': langToTag(lang) }));
const date = (iso: string) => ({ '@value': iso, '@type': 'xsd:date' });
const MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/**
 * The DCAT catalogue of /data/ (W3C Data Catalog Vocabulary, version 3), in
 * JSON-LD with its context inline (nothing to fetch): one catalogue and one
 * dataset with Chinese and English titles and descriptions, its publisher,
 * licence, version and dates (from the change log), and one distribution per
 * file, each with its download URL and media type; the original texts with
 * their size and SHA-256.
 */
export function dcatCatalog(data: OpenData, origin: string | URL, release: Release & { issued: string }) {
  const url = (path: string) => new URL(path, origin).href;
  const license = { '@id': PACKAGE.license.path };
  const publisher = {
    '@type': 'foaf:Agent',
    'foaf:name': tagged(release.publisher),
    ...(release.publisherPath ? { 'foaf:homepage': { '@id': release.publisherPath } } : {}),
  };
  const distribution = (path: string, title: { zh: string; en: string }, mediaType: string, conformsTo?: string) => ({
    '@id': `${url(`/data/${path}`)}#distribution`,
    '@type': 'dcat:Distribution',
    'dct:title': tagged(title),
    'dcat:downloadURL': { '@id': url(`/data/${path}`) },
    'dcat:accessURL': { '@id': url('/zh/data/') },
    'dcat:mediaType': { '@id': `${MEDIA_TYPES}${mediaType}` },
    'dct:license': license,
    ...(conformsTo ? { 'dct:conformsTo': { '@id': conformsTo } } : {}),
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': url('/data/catalog.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': tagged(PACKAGE.title),
    'dct:description': tagged(PACKAGE.description),
    'dct:publisher': publisher,
    'dct:language': LANGS.map((lang) => ({ '@value': langToTag(lang) })),
    'dct:license': license,
    'dct:issued': date(release.issued),
    'dct:modified': date(release.date),
    'foaf:homepage': { '@id': url('/zh/data/') },
    'dcat:dataset': [
      {
        '@id': `${url('/data/datapackage.json')}#dataset`,
        '@type': 'dcat:Dataset',
        'dct:identifier': PACKAGE.name,
        'dct:title': tagged(PACKAGE.title),
        'dct:description': tagged(PACKAGE.description),
        'dct:publisher': publisher,
        'dct:license': license,
        'dcat:version': release.version,
        'dct:issued': date(release.issued),
        'dct:modified': date(release.date),
        'dcat:landingPage': LANGS.map((lang) => ({ '@id': url(`/${lang}/data/`) })),
        'dcat:keyword': [
          ...tagged({ zh: '服务业扩大开放', en: 'services sector opening-up' }),
          ...tagged({ zh: '服务贸易', en: 'trade in services' }),
          ...tagged({ zh: '厦门', en: 'Xiamen' }),
        ],
        'dct:source': data.documents.map((d) => ({ '@id': d.source.url })),
        'dcat:distribution': [
          distribution(
            'datapackage.json',
            { zh: '数据包说明（Data Package v2）', en: 'Data Package descriptor (v2)' },
            'application/json',
            'https://datapackage.org/standard/data-package/',
          ),
          ...TABLES.map((table) => distribution(table.path, table.title, 'text/csv', 'https://datapackage.org/standard/table-schema/')),
          ...JSON_FILES.map((file) => distribution(file.path, file.title, 'application/json')),
          // The original texts, each with the SHA-256 of the bytes served (SPDX's checksum, as DCAT 3 advises).
          ...data.documents.map((d) => ({
            ...distribution(
              new URL(d.source.url).pathname.replace(/^\/data\//, ''),
              { zh: `${d.title.zh}（原文）`, en: `${d.title.en} (the original text)` },
              'text/plain',
            ),
            'dcat:byteSize': { '@value': String(d.source.bytes), '@type': 'xsd:nonNegativeInteger' },
            'spdx:checksum': {
              '@type': 'spdx:Checksum',
              'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
              'spdx:checksumValue': d.source.sha256,
            },
          })),
        ],
      },
    ],
  };
}

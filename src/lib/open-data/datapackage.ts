import type { OpenData } from './records.ts';
import { TABLES, describe, openDataToExamples, type OpenExamples } from './tables.ts';

/** The JSON files beside the CSV files. */
export const JSON_FILES = [
  {
    name: 'tasks-json',
    path: 'tasks.json',
    title: { zh: '任务（JSON）', en: 'Tasks (JSON)' },
    description: { zh: '全部任务及其全部字段。', en: 'Every task with all its fields, nested.' },
  },
  { name: 'agencies-json', path: 'agencies.json', title: { zh: '单位（JSON）', en: 'Agencies (JSON)' }, description: { zh: '全部单位。', en: 'Every body.' } },
  {
    name: 'categories-json',
    path: 'categories.json',
    title: { zh: '类别（JSON）', en: 'Categories (JSON)' },
    description: { zh: '全部类别。', en: 'Every category.' },
  },
  {
    name: 'priorities-json',
    path: 'priorities.json',
    title: { zh: '文件重点（JSON）', en: 'Priorities (JSON)' },
    description: { zh: '文件重点及其任务。', en: 'The plan’s own priorities and their tasks.' },
  },
  {
    name: 'documents-json',
    path: 'documents.json',
    title: { zh: '文件（JSON）', en: 'Documents (JSON)' },
    description: {
      zh: '各文件，原文载明的文号和日期、文本核对日期和已知的正式发布出处。',
      en: 'The documents, with their number and date where the text states them, the date their text was checked and their official publication where known.',
    },
  },
] as const;

/** The profiles of Data Package v2 (https://datapackage.org/standard/data-package/) the descriptor declares. */
export const PROFILES = {
  package: 'https://datapackage.org/profiles/2.0/datapackage.json',
  resource: 'https://datapackage.org/profiles/2.0/dataresource.json',
  table: 'https://datapackage.org/profiles/2.0/tableschema.json',
  dialect: 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;

/** The package's name, title and description, in both languages: the descriptor and the DCAT catalogue say the same. */
export const PACKAGE = {
  name: 'xiamen-services-opening-policy',
  title: { zh: '厦门服务业开放政策：任务与责任单位', en: 'Xiamen services-sector opening-up policy: tasks and responsibilities' },
  description: {
    zh: '厦门市服务业开放政策文件的全部任务，逐项列明类别，文件列明责任单位的一并列出；中文照录原文，英文为非官方译文。',
    en: 'The tasks of Xiamen municipal policy documents on opening up the services sector, each with its category, the bodies responsible where the document names them and the Chinese text verbatim, with an unofficial English translation.',
  },
  license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
} as const;

/**
 * Which release of the data this is, from the change log and the site file:
 * the version and date of the latest change (never the clock, so the same
 * inputs give the same bytes), and who publishes it.
 */
export interface Release {
  /** The latest change's version, e.g. 1.4.0. */
  version: string;
  /** The latest change's date, e.g. 2026-12-02. */
  date: string;
  /** The publisher's name in both languages, or the words of a placeholder that says it is one. */
  publisher: { zh: string; en: string };
  /** The publisher's own website, where known. */
  publisherPath: string | null;
}

const both = (text: { zh: string; en: string }, examples?: OpenExamples) =>
  examples ? `${describe(text, 'en', examples)} · ${describe(text, 'zh', examples)}` : `${text.en} · ${text.zh}`;

/**
 * The Data Package descriptor (datapackage.json) of /data/, after Data
 * Package v2: its profile (`$schema`), the version and date of the release
 * (from the change log), its contributors and licence, one resource per
 * file, a Table Schema with primary and foreign keys for each CSV file and
 * the CSV dialect they are written in, and the source documents, whose
 * original texts are resources too, each with its size and SHA-256.
 */
export function dataPackage(data: OpenData, origin: string | URL, release: Release) {
  const examples = openDataToExamples(data);
  return {
    $schema: PROFILES.package,
    name: PACKAGE.name,
    id: new URL('/data/datapackage.json', origin).href,
    title: both(PACKAGE.title),
    description: both(PACKAGE.description),
    version: release.version,
    // RFC 3339, as the standard asks: the start of the day of the latest change (UTC), the same in every build.
    created: `${release.date}T00:00:00Z`,
    homepage: new URL('/zh/data/', origin).href,
    contributors: [
      {
        title: both(release.publisher),
        ...(release.publisherPath ? { path: release.publisherPath } : {}),
        roles: ['publisher'],
      },
    ],
    keywords: ['厦门', 'Xiamen', '服务业扩大开放', 'services sector opening-up', '服务贸易', 'trade in services', 'policy tasks'],
    licenses: [PACKAGE.license],
    'x-licence-note':
      'The Chinese texts are official documents of state organs, to which, under Article 5 of the Copyright Law of the PRC, that Law does not apply. The compilation, the identifiers and the English translation are offered under CC BY 4.0. ' +
      '中文原文为国家机关的正式文件，依《中华人民共和国著作权法》第五条不适用该法；本站的整理、编号和英文译文以 CC BY 4.0 提供。',
    sources: data.documents.map((d) => ({
      title: [d.number?.zh, d.title.zh].filter(Boolean).join(' '),
      path: d.url.zh,
      ...(d.date ? { 'x-date': d.date } : {}),
      ...(d.number ? {} : { 'x-note': 'The text states no document number and no date. 原文未载明文号和日期。' }),
      // How current the text is, and where the official text was published (null: not known).
      'x-checked': d.checked,
      'x-publication': d.publication,
    })),
    resources: [
      ...TABLES.map((table) => ({
        $schema: PROFILES.resource,
        name: table.name,
        type: 'table',
        path: table.path,
        title: both(table.title),
        description: both(table.description, examples),
        format: 'csv',
        mediatype: 'text/csv',
        // UTF-8 with a byte-order mark, for Excel (a v2 reader drops it, as the standard's CSV dialect allows).
        encoding: 'utf-8',
        dialect: { $schema: PROFILES.dialect, header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: {
          $schema: PROFILES.table,
          fields: table.fields.map((field) => ({
            name: field.name,
            type: field.type,
            title: both(field.title),
            description: both(field.description, examples),
            ...(field.required ? { constraints: { required: true } } : {}),
          })),
          primaryKey: table.primaryKey,
          foreignKeys: table.foreignKeys,
          missingValues: [''],
        },
      })),
      ...JSON_FILES.map((file) => ({
        $schema: PROFILES.resource,
        name: file.name,
        path: file.path,
        title: both(file.title),
        description: both(file.description),
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      })),
      // The original text of each document, as served: its one SHA-256, the same as on its pages and in documents.json.
      ...data.documents.map((d) => ({
        $schema: PROFILES.resource,
        name: `source-${d.id}`,
        path: new URL(d.source.url).pathname.replace(/^\/data\//, ''),
        title: `${d.title.en} (the original text) · ${d.title.zh}（原文）`,
        description: both({
          zh: '本站所据原文，纯文本，逐字照录；中文正式文本以发文机关公布的为准。',
          en: 'The original text this site reproduces, as plain text, word for word; the official text is the one the issuing authority publishes.',
        }),
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        bytes: d.source.bytes,
        hash: `sha256:${d.source.sha256}`,
      })),
    ],
  };
}

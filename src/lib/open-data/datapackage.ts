import type { OpenData } from './records.ts';
import { TABLES, describe, openDataToExamples, type OpenExamples } from './tables.ts';

/** The JSON files beside the CSV files. */
export const JSON_FILES = [
  {
    name: 'tasks-json',
    path: 'tasks.json',
    title: 'Tasks (JSON) · 任务（JSON）',
    description: 'Every task with all its fields, nested. 全部任务及其全部字段。',
  },
  { name: 'agencies-json', path: 'agencies.json', title: 'Agencies (JSON) · 单位（JSON）', description: 'Every body. 全部单位。' },
  { name: 'categories-json', path: 'categories.json', title: 'Categories (JSON) · 类别（JSON）', description: 'Every category. 全部类别。' },
  {
    name: 'priorities-json',
    path: 'priorities.json',
    title: 'Priorities (JSON) · 文件重点（JSON）',
    description: 'The plan’s own priorities and their tasks. 文件重点及其任务。',
  },
  {
    name: 'documents-json',
    path: 'documents.json',
    title: 'Documents (JSON) · 文件（JSON）',
    description: 'The documents, with their number and date where the text states them. 各文件。',
  },
] as const;

const both = (text: { zh: string; en: string }, examples?: OpenExamples) =>
  examples ? `${describe(text, 'en', examples)} · ${describe(text, 'zh', examples)}` : `${text.en} · ${text.zh}`;

/**
 * The Frictionless Data Package descriptor (datapackage.json) of /data/:
 * one resource per file, a Table Schema with primary and foreign keys for
 * each CSV file, the source documents, and the licence.
 */
export function dataPackage(data: OpenData, origin: string | URL) {
  const examples = openDataToExamples(data);
  return {
    name: 'xiamen-services-opening-policy',
    title: 'Xiamen services-sector opening-up policy: tasks and responsibilities · 厦门服务业开放政策：任务与责任单位',
    description:
      'The tasks of Xiamen municipal policy documents on opening up the services sector, each with its category, the bodies responsible where the document names them and the Chinese text verbatim, with an unofficial English translation. ' +
      '厦门市服务业开放政策文件的全部任务，逐项列明类别，文件列明责任单位的一并列出；中文照录原文，英文为非官方译文。',
    homepage: new URL('/zh/data/', origin).href,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    'x-licence-note':
      'The Chinese texts are official documents of state organs, to which, under Article 5 of the Copyright Law of the PRC, that Law does not apply. The compilation, the identifiers and the English translation are offered under CC BY 4.0. ' +
      '中文原文为国家机关的正式文件，依《中华人民共和国著作权法》第五条不适用该法；本站的整理、编号和英文译文以 CC BY 4.0 提供。',
    sources: data.documents.map((d) => ({
      title: [d.number?.zh, d.title.zh].filter(Boolean).join(' '),
      path: d.url.zh,
      ...(d.date ? { 'x-date': d.date } : {}),
      ...(d.number ? {} : { 'x-note': 'The text states no document number and no date. 原文未载明文号和日期。' }),
    })),
    resources: [
      ...TABLES.map((table) => ({
        name: table.name,
        path: table.path,
        title: both(table.title),
        description: both(table.description, examples),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
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
      ...JSON_FILES.map((file) => ({ ...file, format: 'json', mediatype: 'application/json', encoding: 'utf-8' })),
    ],
  };
}

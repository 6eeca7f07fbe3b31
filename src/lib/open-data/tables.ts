import { ROLES } from '../schema/agency.ts';
import { formatList } from '../text/format.ts';
import type { OpenAgency, OpenCategory, OpenPriority, OpenTask } from '../schema/open-data.ts';
import type { OpenData } from './records.ts';
import type { Bilingual } from '../schema/common.ts';
import type { Lang } from '../schema/languages.ts';

/** A column of a CSV file: what the Data page explains and the Table Schema declares. */
export interface Field<Row> {
  name: string;
  type: 'string' | 'integer';
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  required?: boolean;
  value: (row: Row) => string | number;
}

/** One CSV file of the open data: its rows, columns and keys. */
export interface Table<Row> {
  name: string;
  path: string;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  fields: Field<Row>[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: (data: OpenData) => Row[];
}

/**
 * The examples a field's description gives, taken from the records so that
 * no document's id is written into the code: the first task and category,
 * and every document id.
 */
export interface OpenExamples {
  taskId: string;
  categoryId: string;
  documentIds: { zh: string; en: string };
}

/** The examples of {@link OpenExamples} from the open data. */
export function openDataToExamples(data: Pick<OpenData, 'documents' | 'tasks' | 'categories'>): OpenExamples {
  const ids = data.documents.map((d) => d.id);
  const documentIds = { zh: formatList(ids, 'zh', 'or'), en: formatList(ids, 'en', 'or') };
  return { taskId: data.tasks[0]?.id ?? '', categoryId: data.categories[0]?.id ?? '', documentIds };
}

/**
 * A field's or a table's description in one language with its examples
 * filled in ({taskId}, {categoryId}, {documentIds}); `{document}`, `{number}`
 * and `{ordinal}` stay, as the names of an identifier's parts.
 *
 * @example describe({ zh: '如 {taskId}', en: 'e.g. {taskId}' }, 'en', examples) // → 'e.g. services-trade-1'
 */
export function describe(text: Bilingual, lang: Lang, examples: OpenExamples): string {
  return text[lang].replace(/\{(taskId|categoryId|documentIds)\}/g, (_, key: keyof OpenExamples) => {
    const value = examples[key];
    return typeof value === 'string' ? value : value[lang];
  });
}

/** Separates several values in one cell. No name or id contains it. */
export const LIST_SEPARATOR = '; ';
const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

const f = <Row>(
  name: string,
  type: Field<Row>['type'],
  zh: [string, string],
  en: [string, string],
  value: Field<Row>['value'],
  required = false,
): Field<Row> => ({
  name,
  type,
  title: { zh: zh[0], en: en[0] },
  description: { zh: zh[1], en: en[1] },
  value,
  required,
});

const roleNames = {
  lead: ['牵头单位', 'lead units'],
  cooperating: ['配合单位', 'cooperating units'],
  // The column is 上级制定政策保障措施或支持和指导部门: they make policy or give support and guidance; they do not supervise.
  supervising: ['上级部门', 'higher authorities'],
} as const;

const roleFields = ROLES.flatMap((role) => {
  const [zh, en] = roleNames[role];
  return [
    f<OpenTask>(
      `${role}_ids`,
      'string',
      [`${zh}编号`, `${zh}在单位表中的编号，多个以“; ”分隔；泛指的单位没有编号`],
      [`${en}: ids`, `Registry ids of the ${en}, separated by "; "; generic references have none`],
      (t) => list(t[role].flatMap((r) => (r.id ? [r.id] : []))),
    ),
    f<OpenTask>(
      `${role}_zh`,
      'string',
      [`${zh}（中文）`, `${zh}，照录原文写法，含泛指单位，以“; ”分隔`],
      [`${en} (Chinese)`, `The ${en} as the source writes them, generic references included, separated by "; "`],
      (t) => list(t[role].map((r) => r.name.zh)),
    ),
    f<OpenTask>(
      `${role}_en`,
      'string',
      [`${zh}（英文）`, `${zh}的英文名称，以“; ”分隔`],
      [`${en} (English)`, `The English names of the ${en}, separated by "; "`],
      (t) => list(t[role].map((r) => r.name.en)),
    ),
  ];
});

export const tasksTable: Table<OpenTask> = {
  name: 'tasks',
  path: 'tasks.csv',
  title: { zh: '任务', en: 'Tasks' },
  description: { zh: '各文件的全部任务，每项一行。', en: 'Every task of the documents, one row each.' },
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['category_id'], reference: { resource: 'categories', fields: ['id'] } }],
  rows: (data) => data.tasks,
  fields: [
    f(
      'id',
      'string',
      ['任务编号', '稳定编号：文件编号-任务键，如 {taskId}；用于网址和数据'],
      ['Task id', 'Stable identifier, {document}-{key}, e.g. {taskId}; used in URLs and data'],
      (t) => t.id,
      true,
    ),
    f('document', 'string', ['文件编号', '{documentIds}'], ['Document id', '{documentIds}'], (t) => t.document, true),
    f(
      'key',
      'string',
      ['任务键', '任务在文件中的键，用于网址：原文序号；文件有几个附件、各自从1编号时，为附件序号-原文序号，如 2-3'],
      [
        'Task key',
        'The task’s key in its document, as in its URL: its number, or, where the document’s lists each number from 1, the list’s number and its own, e.g. 2-3',
      ],
      (t) => t.key,
      true,
    ),
    f(
      'number',
      'integer',
      ['序号', '任务在原文（所在附件）中的序号'],
      ['Number', 'The serial number of the task in the source (in its list)'],
      (t) => t.number,
      true,
    ),
    f(
      'category_id',
      'string',
      ['类别编号', '文件编号/类别序号，如 {categoryId}'],
      ['Category id', '{document}/{ordinal}, e.g. {categoryId}'],
      (t) => t.category.id,
      true,
    ),
    f(
      'category_label',
      'string',
      ['类别序号（原文）', '原文的编号写法，如（三）或 三、'],
      ['Category numbering', 'The numbering as the source writes it, in Chinese numerals'],
      (t) => t.category.label,
    ),
    f('category_zh', 'string', ['类别（中文）', '类别标题，照录原文'], ['Category (Chinese)', 'The category heading, verbatim'], (t) => t.category.heading.zh),
    f('category_en', 'string', ['类别（英文）', '类别标题的英文译文'], ['Category (English)', 'The category heading in English'], (t) => t.category.heading.en),
    f(
      'text_zh',
      'string',
      ['任务内容（中文）', '任务全文，逐字照录原文文本；正式文本以发文机关公布的为准'],
      ['Text (Chinese)', 'The full text, verbatim from the source text; the official text is the one the issuing authority publishes'],
      (t) => t.text.zh,
      true,
    ),
    f('text_en', 'string', ['任务内容（英文）', '本站的非官方英文译文'], ['Text (English)', 'Our unofficial English translation'], (t) => t.text.en),
    ...roleFields,
    f(
      'remark_zh',
      'string',
      ['备注（中文）', '原文备注；无备注为空'],
      ['Remark (Chinese)', 'The remark in the source; empty where there is none'],
      (t) => t.details.remark?.zh ?? '',
    ),
    f('remark_en', 'string', ['备注（英文）', '备注的英文译文'], ['Remark (English)', 'The remark in English'], (t) => t.details.remark?.en ?? ''),
    f(
      'supervising_cell_zh',
      'string',
      ['上级部门原文', '“上级制定政策保障措施或支持和指导部门”一栏，照录原文；文件无此栏的为空'],
      [
        'Higher-authorities cell (source)',
        'The source’s cell of the higher authorities making policy or giving support and guidance, verbatim; empty for a document without that column',
      ],
      (t) => t.cells?.supervising ?? '',
    ),
    f(
      'responsibility_cell_zh',
      'string',
      [
        '责任分工原文',
        '“责任分工”一栏，照录原文；本站把第一个“，”之前的单位列为牵头单位，之后的列为配合单位（原文未标明角色）；只列牵头单位的一栏（如“牵头单位”）照录其中的牵头单位',
      ],
      [
        'Responsibility cell (source)',
        'The source’s division-of-responsibilities cell, verbatim; this site lists the units before the first full-width comma as lead units and those after it as cooperating units (the cell does not name the roles); where the column names lead units only, that cell, verbatim',
      ],
      (t) => t.cells?.responsibility ?? t.cells?.lead ?? '',
    ),
    f(
      'priorities',
      'string',
      ['重点标记', '任务所属的文件重点编号（见重点表），多个以“; ”分隔'],
      ['Priorities', 'Ids of the plan’s own priorities the task belongs to (see the priorities table), separated by "; "'],
      (t) => list(t.priorities),
    ),
    f(
      'related_ids',
      'string',
      ['相关任务', '用词最相近的任务编号，最近者在前，以“; ”分隔'],
      ['Related tasks', 'Ids of the tasks closest in wording, closest first, separated by "; "'],
      (t) => list(t.related.map((r) => r.id)),
    ),
    f('source_file', 'string', ['来源文件', '原文文件'], ['Source file', 'The source text'], (t) => t.source.file),
    f(
      'source_line',
      'integer',
      ['来源行号', '任务序号在原文文件中的行号'],
      ['Source line', 'The line of the source file that holds the task number'],
      (t) => t.source.line,
    ),
    f(
      'citation_zh',
      'string',
      ['引用（中文）', '中文页面的 GB/T 7714—2015 格式引用，引用日期为本数据的发布日期'],
      ['Citation (Chinese)', 'The Chinese page’s citation in the form of GB/T 7714-2015, with the data’s release date as the access date'],
      (t) => t.citation.zh,
    ),
    f(
      'citation_en',
      'string',
      ['引用（英文）', '英文页面的英文格式引用，引用日期为本数据的发布日期'],
      ['Citation (English)', 'The English page’s citation in English, with the data’s release date as the access date'],
      (t) => t.citation.en,
    ),
    f('url_zh', 'string', ['网址（中文）', '中文页面的固定网址'], ['URL (Chinese)', 'Permanent address of the Chinese page'], (t) => t.url.zh),
    f('url_en', 'string', ['网址（英文）', '英文页面的固定网址'], ['URL (English)', 'Permanent address of the English page'], (t) => t.url.en),
  ],
};

/** One row per task, role and body: the table to count tasks per agency with. */
export interface TaskAgencyRow {
  task: OpenTask;
  role: (typeof ROLES)[number];
  agency: OpenAgency;
}

export const taskAgenciesTable: Table<TaskAgencyRow> = {
  name: 'task-agencies',
  path: 'task-agencies.csv',
  title: { zh: '任务与单位', en: 'Tasks and agencies' },
  description: {
    zh: '每项任务的每个责任单位一行：任务、角色、单位。用它按单位统计任务数。泛指的单位（如“有关部门”）不是具体单位，不在此表，见任务表。',
    en: 'One row per task, role and body. Use it to count tasks per agency. Generic references (such as “the relevant departments”) name no body and are not here; see the tasks table.',
  },
  primaryKey: ['task_id', 'role', 'agency_id'],
  foreignKeys: [
    { fields: ['task_id'], reference: { resource: 'tasks', fields: ['id'] } },
    { fields: ['agency_id'], reference: { resource: 'agencies', fields: ['id'] } },
  ],
  rows: (data) => {
    const agencies = new Map(data.agencies.map((a) => [a.id, a]));
    return data.tasks.flatMap((task) =>
      ROLES.flatMap((role) =>
        [...new Set(task[role].flatMap((r) => (r.id ? [r.id] : [])))].map((id) => ({ task, role, agency: agencies.get(id) as OpenAgency })),
      ),
    );
  },
  fields: [
    f('task_id', 'string', ['任务编号', '见任务表'], ['Task id', 'See the tasks table'], (r) => r.task.id, true),
    f('document', 'string', ['文件编号', '任务所在文件'], ['Document id', 'The document of the task'], (r) => r.task.document, true),
    f(
      'role',
      'string',
      ['角色', 'lead（牵头）、cooperating（配合）或 supervising（上级部门：制定政策保障措施或支持和指导）'],
      ['Role', 'lead, cooperating or supervising (a higher authority making policy or giving support and guidance; the id is kept for stability)'],
      (r) => r.role,
      true,
    ),
    f('agency_id', 'string', ['单位编号', '见单位表'], ['Agency id', 'See the agencies table'], (r) => r.agency.id, true),
    f('agency_zh', 'string', ['单位（中文）', '单位的中文名称'], ['Agency (Chinese)', 'The Chinese name of the body'], (r) => r.agency.name.zh),
    f('agency_en', 'string', ['单位（英文）', '单位的英文名称'], ['Agency (English)', 'The English name of the body'], (r) => r.agency.name.en),
    f(
      'level',
      'string',
      ['单位类型', 'national、xiamen-municipal、xiamen-office-of-national 或 other'],
      ['Level', 'national, xiamen-municipal, xiamen-office-of-national or other'],
      (r) => r.agency.level,
    ),
  ],
};

export const agenciesTable: Table<OpenAgency> = {
  name: 'agencies',
  path: 'agencies.csv',
  title: { zh: '单位', en: 'Agencies' },
  description: { zh: '各文件提到的全部单位，每个单位一行。', en: 'Every body the documents name, one row each.' },
  primaryKey: ['id'],
  foreignKeys: [],
  rows: (data) => data.agencies,
  fields: [
    f('id', 'string', ['单位编号', '稳定编号，用于网址和数据'], ['Agency id', 'Stable identifier, used in URLs and data'], (a) => a.id, true),
    f('name_zh', 'string', ['名称（中文）', '文件中的写法'], ['Name (Chinese)', 'As the documents write it'], (a) => a.name.zh, true),
    f('name_en', 'string', ['名称（英文）', '官方英文名称'], ['Name (English)', 'Official English name'], (a) => a.name.en, true),
    f(
      'names_zh',
      'string',
      ['全部中文写法', '文件中的全部写法，以“; ”分隔'],
      ['All Chinese names', 'Every spelling the documents use, separated by "; "'],
      (a) => list(a.names),
    ),
    f(
      'level',
      'string',
      ['类型', 'national（国家部门）、xiamen-municipal（厦门市单位）、xiamen-office-of-national（国家部门驻厦机构）或 other（其他）'],
      ['Level', 'national, xiamen-municipal, xiamen-office-of-national (a Xiamen office of a national body) or other'],
      (a) => a.level,
      true,
    ),
    f('lead_tasks', 'integer', ['牵头任务数', '作为牵头单位的任务数'], ['Tasks led', 'Number of tasks it leads'], (a) => a.tasks.lead),
    f(
      'cooperating_tasks',
      'integer',
      ['配合任务数', '作为配合单位的任务数'],
      ['Tasks cooperated on', 'Number of tasks it cooperates on'],
      (a) => a.tasks.cooperating,
    ),
    f(
      'supervising_tasks',
      'integer',
      ['上级部门任务数', '作为上级部门列名的任务数'],
      ['Tasks as a higher authority', 'Number of tasks for which it is named as a higher authority'],
      (a) => a.tasks.supervising,
    ),
    f(
      'listed_as_related_unit_in',
      'string',
      ['列为有关单位', '在版记“有关单位”中列出本单位的文件'],
      ['Listed as a unit concerned in', 'Documents whose closing block lists the body among the units concerned'],
      (a) => list(a.listedIn),
    ),
    f('note', 'string', ['说明', '登记簿中的说明（英文）'], ['Note', 'The registry note, in English'], (a) => a.note ?? ''),
    f(
      'succeeds_id',
      'string',
      ['原名称编号', '同一单位改名前的条目编号；无则为空'],
      ['Earlier name', 'The id of the entry for the same body under its earlier name; empty where there is none'],
      (a) => a.succeeds?.id ?? '',
    ),
    f(
      'succeeded_by_id',
      'string',
      ['现名称编号', '同一单位改名后的条目编号；无则为空'],
      ['Later name', 'The id of the entry for the same body under its later name; empty where there is none'],
      (a) => a.succeededBy?.id ?? '',
    ),
    f('url_zh', 'string', ['网址（中文）', '中文页面'], ['URL (Chinese)', 'The Chinese page'], (a) => a.url.zh),
    f('url_en', 'string', ['网址（英文）', '英文页面'], ['URL (English)', 'The English page'], (a) => a.url.en),
  ],
};

export const categoriesTable: Table<OpenCategory> = {
  name: 'categories',
  path: 'categories.csv',
  title: { zh: '类别', en: 'Categories' },
  description: { zh: '各文件的全部类别（标题），每个一行。', en: 'Every category (heading) of the documents, one row each.' },
  primaryKey: ['id'],
  foreignKeys: [],
  rows: (data) => data.categories,
  fields: [
    f('id', 'string', ['类别编号', '文件编号/序号，如 {categoryId}'], ['Category id', '{document}/{ordinal}, e.g. {categoryId}'], (c) => c.id, true),
    f('document', 'string', ['文件编号', '类别所在文件'], ['Document id', 'The document'], (c) => c.document, true),
    f('ordinal', 'integer', ['序号', '在文件中的第几个标题'], ['Ordinal', 'Its position among the document’s headings'], (c) => c.ordinal, true),
    f('label', 'string', ['编号写法', '原文编号，如（三）'], ['Numbering', 'As the source writes it, in Chinese numerals'], (c) => c.label),
    f('heading_zh', 'string', ['标题（中文）', '照录原文'], ['Heading (Chinese)', 'Verbatim'], (c) => c.heading.zh, true),
    f('heading_en', 'string', ['标题（英文）', '英文译文'], ['Heading (English)', 'In English'], (c) => c.heading.en),
    f('task_count', 'integer', ['任务数', '本类任务数'], ['Tasks', 'Number of tasks'], (c) => c.taskCount),
    f('first_task', 'integer', ['首项序号', '本类第一项任务的序号'], ['First task', 'Number of its first task'], (c) => c.firstTask),
    f('last_task', 'integer', ['末项序号', '本类最后一项任务的序号'], ['Last task', 'Number of its last task'], (c) => c.lastTask),
    f('url_zh', 'string', ['网址（中文）', '中文页面'], ['URL (Chinese)', 'The Chinese page'], (c) => c.url.zh),
    f('url_en', 'string', ['网址（英文）', '英文页面'], ['URL (English)', 'The English page'], (c) => c.url.en),
  ],
};

export const prioritiesTable: Table<OpenPriority> = {
  name: 'priorities',
  path: 'priorities.csv',
  title: { zh: '文件重点', en: 'Priorities' },
  description: {
    zh: '本站标出的文件重点：实施方案点名的差异化试点任务，以及服务贸易试点任务表“备注”栏的各类标注。',
    en: 'The plan’s own priorities the site marks: the differentiated tasks the implementation plan names, and each kind of remark in the trade-in-services table.',
  },
  primaryKey: ['id'],
  foreignKeys: [],
  rows: (data) => data.priorities,
  fields: [
    f(
      'id',
      'string',
      ['重点编号', '稳定编号，用于任务表的“重点标记”一栏和搜索筛选'],
      ['Priority id', 'Stable identifier, used in the tasks table’s priorities column and the search filter'],
      (p) => p.id,
      true,
    ),
    f('label_zh', 'string', ['名称（中文）', '标记的中文名称'], ['Label (Chinese)', 'The badge’s Chinese label'], (p) => p.label.zh, true),
    f('label_en', 'string', ['名称（英文）', '标记的英文名称'], ['Label (English)', 'The badge’s English label'], (p) => p.label.en, true),
    f('description_zh', 'string', ['说明（中文）', '标记的含义'], ['Description (Chinese)', 'What the badge means, in Chinese'], (p) => p.description.zh),
    f('description_en', 'string', ['说明（英文）', '标记含义的英文'], ['Description (English)', 'What the badge means'], (p) => p.description.en),
    f('task_count', 'integer', ['任务数', '带有此标记的任务数'], ['Tasks', 'Number of tasks that carry it'], (p) => p.tasks.length),
    f('task_ids', 'string', ['任务编号', '带有此标记的任务，以“; ”分隔'], ['Task ids', 'The tasks that carry it, separated by "; "'], (p) => list(p.tasks)),
  ],
};

/** The CSV files, in the order the Data page lists them. */
export const TABLES = [tasksTable, taskAgenciesTable, agenciesTable, categoriesTable, prioritiesTable] as const;

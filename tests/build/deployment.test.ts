import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/fixture-project.ts';
import { ROOT, readProjectFile } from '../helpers/paths.ts';

/** The line of a top-level key of content/site.yaml. */
const lineOf = (key: string) => readProjectFile('content/site.yaml').split('\n').indexOf(`${key}:`) + 1;

/** The environment of a deployment build: a public origin, and no LOCAL_BUILD. */
const deploymentEnv = () => {
  const { LOCAL_BUILD: _local, ...inherited } = process.env;
  return { ...inherited, SITE_ORIGIN: 'https://policy.example.gov.cn', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` };
};

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('a deployment build', () => {
  test('stops before building while content/site.yaml holds placeholders, naming each at its line', () => {
    const out = mkdtempSync(join(tmpdir(), 'deploy-build-'));
    scratch.push(out);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: ROOT,
      env: deploymentEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const said = `${run.stdout}${run.stderr}`;
    expect(run.status, `${said}\n(signal ${run.signal ?? 'none'}${run.error ? `, ${run.error.message}` : ''})`).toBe(1);
    expect(said).toContain(
      `content/site.yaml:${lineOf('publisher')}: expected the name of the body that publishes the site for a deployment build, found a placeholder.`,
    );
    expect(said).toContain(`content/site.yaml:${lineOf('contact')}: expected a contact (an email or a url) for a deployment build, found a placeholder.`);
    expect(said).toContain(
      `content/site.yaml:${lineOf('errorReports')}: expected a channel for reporting an error in a text (an email or a url) for a deployment build, found a placeholder.`,
    );
    // Stopped before anything was built.
    expect(said).not.toContain('page(s) built');
  }, 150_000);

  test('with the publisher set, goes ahead, and every page, citation, feed and the data name it', () => {
    // A copy of the project with a site file as a deployer fills it in (example domains: this is a test).
    const dir = mkdtempSync(join(tmpdir(), 'deploy-project-'));
    scratch.push(dir);
    copyProject(dir);
    writeFileSync(
      join(dir, 'content/site.yaml'),
      [
        'publisher:',
        '  name:',
        '    zh: 示例发布单位',
        '    en: Example Publisher',
        '  url: https://publisher.example.gov.cn/',
        'contact:',
        '  email: policy@example.gov.cn',
        'errorReports:',
        '  url: https://publisher.example.gov.cn/errors',
        '',
      ].join('\n'),
    );
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env: deploymentEnv(), encoding: 'utf8', timeout: 300_000 });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

    const task = load(read('zh/services-opening/tasks/12/index.html'));
    expect(task('.site-footer').text()).toContain('发布者：示例发布单位');
    expect(task('.site-footer a[href="https://publisher.example.gov.cn/errors"]').text()).toBe('报告文本错误');
    expect(task('.placeholder')).toHaveLength(0);
    expect(task('link[rel="canonical"]').attr('href')).toBe('https://policy.example.gov.cn/zh/services-opening/tasks/12/');

    const about = load(read('en/about/index.html'));
    expect(about('main').text()).toContain('Example Publisher');
    expect(about('main a[href="mailto:policy@example.gov.cn"]')).toHaveLength(1);
    expect(about('main a[href="https://publisher.example.gov.cn/errors"]')).toHaveLength(1);

    const [csl] = JSON.parse(read('data/citations/en/services-opening-12.json')) as { publisher?: string; URL: string }[];
    expect(csl).toMatchObject({ publisher: 'Example Publisher', URL: 'https://policy.example.gov.cn/en/services-opening/tasks/12/' });
    expect(read('zh/feed.atom')).toContain('<name>示例发布单位</name>');
    const descriptor = JSON.parse(read('data/datapackage.json')) as { contributors: unknown[] };
    expect(descriptor.contributors).toEqual([{ title: 'Example Publisher · 示例发布单位', path: 'https://publisher.example.gov.cn/', roles: ['publisher'] }]);
    // The packet's codes open the public origin.
    expect(read('zh/agencies/ministry-of-commerce/packet/index.html')).toContain('data-qr-url="https://policy.example.gov.cn/zh/services-trade/tasks/');
  }, 320_000);
});

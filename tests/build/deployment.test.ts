import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, readProjectFile } from '../helpers/paths.ts';

/** The line of a top-level key of content/site.yaml. */
const lineOf = (key: string) => readProjectFile('content/site.yaml').split('\n').indexOf(`${key}:`) + 1;

describe('a deployment build', () => {
  test('stops before building while content/site.yaml holds placeholders, naming each at its line', () => {
    const out = mkdtempSync(join(tmpdir(), 'deploy-build-'));
    try {
      const { LOCAL_BUILD: _local, ...inherited } = process.env;
      const env = { ...inherited, SITE_ORIGIN: 'https://policy.example.gov.cn' };
      const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
      const said = `${run.stdout}${run.stderr}`;
      expect(run.status, said).toBe(1);
      expect(said).toContain(
        `content/site.yaml:${lineOf('publisher')}: expected the name of the body that publishes the site for a deployment build, found a placeholder.`,
      );
      expect(said).toContain(`content/site.yaml:${lineOf('contact')}: expected a contact (an email or a url) for a deployment build, found a placeholder.`);
      expect(said).toContain(
        `content/site.yaml:${lineOf('errorReports')}: expected a channel for reporting an error in a text (an email or a url) for a deployment build, found a placeholder.`,
      );
      // Stopped before anything was built.
      expect(said).not.toContain('page(s) built');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);
});

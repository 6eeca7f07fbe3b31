import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteOrigin } from '../../src/lib/site/origin.ts';
import { agencyPacketPath, taskPath } from '../../src/lib/text/paths.ts';
import { ROLES, type Role } from '../../src/lib/schema/roles.ts';
import type { TaskEntry } from '../../src/lib/schema/task.ts';
import { corpus } from '../helpers/corpus.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const site = useSiteSession();

/** Whether a task names a body in one of the roles. */
const names = (task: TaskEntry, agency: string, roles: readonly Role[]) => roles.some((role) => task.assignment?.[role].some((ref) => ref.agency === agency));
const scratch = mkdtempSync(join(tmpdir(), 'packet-qr-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The codes zbarimg (Debian's zbar-tools) reads in a PNG, in the order it finds them. */
function decode(png: Buffer, name: string): string[] {
  const file = join(scratch, `${name}.png`);
  writeFileSync(file, png);
  const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

describe('an agency packet', () => {
  test('has a QR code per task, in the order of its tasks, each decoding to that task’s page at the public origin', async () => {
    const agency = 'xiamen-municipal-bureau-of-commerce';
    const expected = ROLES.flatMap((role) => corpus.tasks.filter((t) => names(t, agency, [role]))).map(
      (task) => new URL(taskPath('zh', task), siteOrigin()).href,
    );
    expect(expected.length).toBeGreaterThan(10);

    const { page, context } = await site.open(agencyPacketPath('zh', agency));
    const codes = page.locator('.packet-qr .qr');
    expect(await codes.count()).toBe(expected.length);
    const decoded: string[] = [];
    for (let i = 0; i < expected.length; i++) decoded.push(...decode(await codes.nth(i).screenshot(), `code-${i}`));
    expect(decoded).toEqual(expected);
    await context.close();
  });

  test('prints its tasks with their codes, each code still readable from the printed page', async () => {
    const { page, context } = await site.open(agencyPacketPath('en', 'ministry-of-commerce'));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    // The whole page as printed, codes and all: zbarimg finds every code on it.
    const decoded = decode(await page.screenshot({ fullPage: true }), 'printed').sort();
    const tasks = corpus.tasks.filter((t) => names(t, 'ministry-of-commerce', ROLES));
    expect(decoded).toEqual([...new Set(tasks.map((task) => new URL(taskPath('en', task), siteOrigin()).href))].sort());
    await context.close();
  });
});

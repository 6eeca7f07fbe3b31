import { launchBrowser, serveSite } from './helpers/browser.ts';
const server = await serveSite();
const browser = await launchBrowser();
for (const [i, p] of process.argv.slice(2).entries()) {
  const [path, w, scheme] = p.split('@');
  const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
  if (scheme) await page.emulateMedia({ colorScheme: scheme as 'dark' });
  await page.goto(server.origin + path);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/shot-${i}.png` });
  await page.close();
}
await browser.close(); await server.close();

import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const [path, w, name] of JSON.parse(process.argv[2])) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto('http://127.0.0.1:4192' + path);
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: process.argv[3] === 'full' });
  await p.close();
}
await b.close();

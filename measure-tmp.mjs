import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of ['/map/?layer=districts', '/kk/map/?layer=districts', '/ru/map/?layer=districts']) {
    await page.goto('http://127.0.0.1:4183' + p);
    await page.locator('.theme-toggle').waitFor();
    const r = await page.evaluate(() => { const w = document.querySelector('aside .wrap'); return [w.clientWidth, w.scrollWidth, [...document.querySelectorAll('aside thead th')].map(t=>Math.round(t.getBoundingClientRect().width))]; });
    console.log(width, p, JSON.stringify(r));
  }
}
await browser.close();

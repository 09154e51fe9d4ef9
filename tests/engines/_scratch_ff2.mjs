import puppeteer from 'puppeteer-core';
import { startServer } from '../e2e/server.mjs';
const s = await startServer();
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const page = await browser.newPage();
try { await page.setJavaScriptEnabled(false); console.log('setJavaScriptEnabled ok'); } catch (e) { console.log('setJS err', e.message); }
await page.goto(s.origin + '/dist/index.html');
console.log(await page.evaluate(() => [document.querySelector('recap-widget').shadowRoot?.querySelectorAll('article').length, !!document.querySelector('recap-widget').shadowRoot?.querySelector('[data-snapshot]'), typeof customElements.get('recap-widget')]));
await new Promise(r => setTimeout(r, 1500));
console.log(await page.evaluate(() => [!!document.querySelector('recap-widget').shadowRoot?.querySelector('[data-snapshot]'), typeof customElements.get('recap-widget')]));
await page.close();
const p2 = await browser.newPage();
await p2.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true }).catch(e => console.log('vp', e.message));
await p2.goto(s.origin + '/dist/index.html');
await p2.waitForFunction(() => document.querySelector('recap-widget')?.shadowRoot?.querySelector('.mount:not([data-snapshot]) .layout'));
const label = () => p2.evaluate(() => document.querySelector('recap-widget').shadowRoot.querySelector('[aria-roledescription=slide]:not([inert])')?.getAttribute('aria-label'));
console.log('label', await label());
const box = await p2.evaluate(() => { const r = document.querySelector('recap-widget').shadowRoot.querySelector('[aria-roledescription=carousel]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
console.log(box);
await p2.evaluate((y) => window.scrollTo(0, y - 100), box.y);
const box2 = await p2.evaluate(() => { const r = document.querySelector('recap-widget').shadowRoot.querySelector('[aria-roledescription=carousel]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
const y = box2.y + 60;
try {
  const t = await p2.touchscreen.touchStart(box2.x + box2.width * 0.8, y);
  for (let i = 1; i <= 8; i++) await (t?.move ? t.move(box2.x + box2.width * (0.8 - 0.65 * i / 8), y) : p2.touchscreen.touchMove(box2.x + box2.width * (0.8 - 0.65 * i / 8), y));
  await (t?.end ? t.end() : p2.touchscreen.touchEnd());
  await new Promise(r => setTimeout(r, 800));
  console.log('after swipe', await label());
} catch (e) { console.log('touch err', e.message); }
await browser.close(); await s.close();

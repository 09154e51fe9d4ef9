import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { startServer } from '../e2e/server.mjs';
const s = await startServer();
const port = 4444 + Math.floor(Math.random()*1000);
const t0 = Date.now();
const drv = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
drv.stdout.on('data', d => console.log('drv:', String(d).trim()));
drv.stderr.on('data', d => console.log('drv err:', String(d).trim()));
// wait for port
for (;;) { try { const r = await fetch(`http://127.0.0.1:${port}/status`); console.log(await r.text()); break; } catch { await new Promise(r => setTimeout(r, 50)); } }
console.log('driver up', Date.now()-t0);
const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } };
const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
console.log('session', Date.now()-t0, JSON.stringify((await driver.getCapabilities()).map_ ? [...(await driver.getCapabilities()).map_] : ''));
await driver.get(s.origin + '/dist/index.html');
const r = await driver.executeAsyncScript(`const done = arguments[arguments.length-1]; const t=Date.now(); (function poll(){ const el=document.querySelector('recap-widget')?.shadowRoot?.querySelector('.mount:not([data-snapshot]) .layout'); if (el||Date.now()-t>20000) done([!!el, document.querySelector('recap-widget').shadowRoot.querySelector('[role=status]')?.textContent, innerWidth, innerHeight, document.documentElement.scrollWidth]); else setTimeout(poll,25); })();`);
console.log(r, Date.now()-t0);
await driver.manage().window().setRect({ width: 390, height: 844 }).catch(e => console.log('setRect', e.message));
console.log(await driver.manage().window().getRect(), await driver.executeScript('return [innerWidth, innerHeight]'));
await driver.quit();
process.kill(-drv.pid, 'SIGTERM');
await s.close();

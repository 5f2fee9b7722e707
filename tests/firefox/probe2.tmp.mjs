import puppeteer from 'puppeteer-core';
import net from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const hits = [];
const server = net.createServer((s) => { s.once('data', (d) => { hits.push(d.toString('latin1').split('\r\n')[0]); s.destroy(); }); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const dir = await mkdtemp(join(tmpdir(), 'bosam-ff-'));
const extra = process.argv[2] === 'quiet' ? {
  'toolkit.telemetry.enabled': false, 'toolkit.telemetry.unified': false, 'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false, 'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false, 'captivedetect.canonicalURL': '',
  'extensions.blocklist.enabled': false, 'browser.region.update.enabled': false, 'browser.region.network.url': '',
  'dom.push.connection.enabled': false, 'network.trr.mode': 5, 'network.dns.disablePrefetch': true,
  'network.prefetch-next': false, 'network.predictor.enabled': false, 'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false, 'app.update.enabled': false, 'security.OCSP.enabled': 0,
} : {};
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: dir, env: { ...process.env, ...(process.argv[3] ? { [process.argv[3]]: '1' } : {}) },
  extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true, 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.share_proxy_settings': true, ...extra } });
const page = (await browser.pages())[0] || await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(pathToFileURL('/work/main/dist/bosam.html').href);
await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
await page.click('[data-testid="nav-projects"]');
await page.click('[data-testid="load-demo"]');
await page.waitForSelector('[data-testid="save-status"][data-state="saved"]', { timeout: 15000 });
await page.reload();
await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
console.log('after reload', await page.evaluate(() => new Promise((res) => { const r = indexedDB.open('bosam'); r.onsuccess = () => { const db = r.result; const g = db.transaction('projects').objectStore('projects').getAll(); g.onsuccess = () => res(g.result.length); }; r.onerror = () => res('err ' + r.error); })));
await new Promise((r) => setTimeout(r, 5000));
console.log('hits', hits.length, [...new Set(hits)]);
await browser.close();
server.close();

// Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, for a smoke test in a second
// engine. Reuses the Chromium helpers' paths and in-page readers (they only call page.evaluate).
//
// Nothing may leave the machine, so besides watching the page's own requests every connection the browser
// itself opens is sent through a local trap proxy that records it and hangs up: Firefox's background
// services (telemetry, remote settings, captive portal, updates ...) are switched off by prefs below, and the
// trap proves they stay off. MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is needed because release builds ignore a
// `services.settings.server` override unless it is present (Firefox's services-settings Utils.sys.mjs);
// without it Firefox 153 tries firefox.settings.services.mozilla.com about ten times a second.
// puppeteer-core is pinned to 24.43.x, the last line that runs on Debian 12's Node.js 18 (25 wants 22.12).
import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { APP_URL, ALLOWED_PROTOCOLS, assertBuilt } from '../e2e/helpers.mjs';

export { APP_URL };
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Prefs on top of puppeteer's defaults (node_modules/@puppeteer/browsers/lib/browser-data/firefox.js). */
export function firefoxPrefs(proxyPort) {
  return {
    // Firefox's own default, which puppeteer turns off: each file:// document is its own origin, as on
    // the municipality's PCs. IndexedDB must work under it.
    'security.fileuri.strict_origin_policy': true,
    // Every connection the browser makes goes to the trap (localhost itself is never proxied).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    // Remote settings from a data: URL that answers nothing (honoured thanks to MOZ_REMOTE_SETTINGS_DEVTOOLS).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'dom.push.connection.enabled': false,
    'extensions.blocklist.enabled': false,
    'security.OCSP.enabled': 0
  };
}

/** A local TCP server that records the first line of every connection (the proxy request) and closes it. */
async function startTrap() {
  const hits = [];
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (data) => {
      hits.push(data.toString('latin1').split('\r\n')[0]);
      socket.destroy();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    hits,
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      })
  };
}

/**
 * Start Firefox headless on a fresh profile in a temp dir and record what the page does.
 * Returns { browser, page, requests, pageErrors, consoleErrors, consoleWarnings, dialogs, trapHits,
 * leakedRequests(), restart(), close() }.
 */
export async function launchFirefox() {
  assertBuilt();
  if (!existsSync(FIREFOX))
    throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (tools/lib/setup.sh does it for tools/test)`);
  const trap = await startTrap();
  const profileDir = await mkdtemp(join(tmpdir(), 'bosam-firefox-'));
  const session = {
    requests: [],
    pageErrors: [],
    consoleErrors: [],
    consoleWarnings: [],
    dialogs: [],
    trapHits: trap.hits,
    profileDir,
    browser: null,
    page: null,
    /** URLs the page asked for whose protocol is not file:, data: or blob:. */
    leakedRequests: () => session.requests.filter((u) => !ALLOWED_PROTOCOLS.some((p) => u.startsWith(p)))
  };

  async function start() {
    session.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      extraPrefsFirefox: firefoxPrefs(trap.port),
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' }
    });
    const page = (await session.browser.pages())[0] || (await session.browser.newPage());
    page.on('request', (req) => session.requests.push(req.url()));
    page.on('pageerror', (err) => session.pageErrors.push(String(err && err.message ? err.message : err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') session.consoleErrors.push(msg.text());
      if (msg.type() === 'warn' || msg.type() === 'warning') session.consoleWarnings.push(msg.text());
    });
    page.on('dialog', (d) => {
      session.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    session.page = page;
  }

  await start();
  /** Quit Firefox and start it again on the same profile (what a user does between working days). */
  session.restart = async () => {
    await session.browser.close();
    await start();
  };
  session.close = async () => {
    if (session.browser) await session.browser.close().catch(() => {});
    await trap.close();
    await rm(profileDir, { recursive: true, force: true }).catch(() => {});
  };
  return session;
}

/** Open (or reopen) the app from file:// and wait until it has loaded its projects. */
export async function openApp(page) {
  await page.goto(APP_URL);
  await page.waitForSelector('body[data-app-ready="true"]', { timeout: 30000 });
}

/** Poll fn() until it returns a truthy value (node's clock; the machine is slow and shared). */
export async function waitFor(fn, label, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

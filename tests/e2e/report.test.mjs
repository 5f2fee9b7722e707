// Rapport: the printable report of the example municipality: title page, summary, the
// network figure as inline SVG, key measures, findings, assessments, phases, method and
// privacy; printed to an A4 PDF of at least two pages. And the Oversikt additions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, openView, assertClean } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

test('the report has every part, with the network drawn inline', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-report"]');
  await page.waitForSelector('[data-testid="report-view"][data-ready="true"]', { timeout: 30000 });
  assert.match(await page.textContent('[data-testid="report-view"] h1'), /Eksempel kommune/);
  assert.match(await page.textContent('[data-testid="report-date"]'), /\d{4}/);
  assert.ok(
    (await page.locator('[data-testid="report-figure"] svg circle, [data-testid="report-figure"] svg path').count()) >
      10
  );
  assert.ok((await page.locator('[data-testid="report-measures"] tbody tr').count()) >= 5);
  assert.ok((await page.locator('[data-testid="report-view"] [data-testid="finding"]').count()) >= 10);
  assert.match(await page.textContent('[data-testid="report-phases"]'), /Oppstart/);
  assert.match(await page.textContent('[data-testid="report-view"]'), /Ingenting er sendt/);
  assert.match(await page.textContent('[data-testid="report-response"]'), /svarprosent \d+\s%/);
  // The parts for the steering group: page 1, the Ansvarskart, units and partners, response per unit.
  assert.match(await page.textContent('[data-testid="report-first-page"]'), /Hovedpunkter for styringsgruppen/);
  assert.ok((await page.locator('[data-testid="report-kp-findings"] li').count()) >= 3);
  assert.equal(
    await page.locator('[data-testid="report-resp-fn"]').count(),
    21,
    'one row group per function of the example'
  );
  assert.equal(await page.locator('[data-testid="report-resp-fn"][data-uncovered="true"]').count(), 1);
  assert.equal(await page.locator('[data-testid="report-partner"]').count(), 5);
  assert.ok((await page.locator('[data-testid="report-unit-response"] tbody tr').count()) >= 12);
  await page.screenshot({ path: '/tmp/shot-report.png' });
});

test('printed to A4 PDF: at least two pages, no navigation', async () => {
  const { page } = b;
  await openView(page, 'report');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('[data-testid="report-print"]'), false, 'the button is not printed');
  assert.equal(await page.isVisible('.app-nav'), false);
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 2, `pages: ${pages}`);
  assert.ok(pdf.length > 20000);
});

test('Oversikt: top findings critical first, phase progress, what to do next', async () => {
  const { page } = b;
  await page.click('[data-testid="nav-overview"]');
  await page.waitForSelector('[data-testid="overview-finding"]', { timeout: 30000 });
  const sev = await page.$$eval('[data-testid="overview-finding"]', (els) => els.map((e) => e.dataset.severity));
  assert.ok(sev.length >= 3 && sev.length <= 5);
  assert.equal(sev[0], 'critical');
  assert.equal(await page.locator('[data-testid="overview-phase-progress"]').count(), 5);
  assert.match(await page.textContent('[data-testid="overview-next-action"]'), /fase 1/i);
  await page.screenshot({ path: '/tmp/shot-overview.png', fullPage: true });
  await page.click('[data-testid="overview-all-findings"]');
  await page.waitForSelector('[data-testid="nav-findings"][aria-current="page"]');
  assertClean(assert, b);
});

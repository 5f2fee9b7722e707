// An edit reaches the analysis: entering one tie to the prison and probation service's contact person in
// Relasjoner removes the "partner without contact" finding and adds the line to the network map; undo brings
// the finding back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSession, waitSaved, assertClean } from './helpers.mjs';

const b = appSession({ viewport: { width: 1366, height: 768 } });

async function partnerFindings(page) {
  await page.click('[data-testid="nav-findings"]');
  await page.waitForSelector('[data-testid="findings-view"][data-ready="true"]', { timeout: 30000 });
  // The analysis may still be catching up with the last edit: wait for the list to settle.
  await page.waitForTimeout(600);
  await page.waitForSelector('[data-testid="findings-view"][data-ready="true"]', { timeout: 30000 });
  return page.locator('[data-testid="finding"][data-rule="external-without-contact"]').count();
}

async function edgeCount(page) {
  await page.click('[data-testid="nav-network"]');
  await page.waitForSelector('[data-testid="network-svg"]');
  await page.waitForTimeout(800);
  return Number(await page.getAttribute('[data-testid="network-svg"]', 'data-edge-count'));
}

test('one new tie removes a finding; undo brings it back', async () => {
  const { page } = b;
  assert.equal(await partnerFindings(page), 1, 'the demo has one partner no one talks to');
  const edgesBefore = await edgeCount(page);

  await page.click('[data-testid="nav-relations"]');
  await page.selectOption('[data-testid="wave-pick"]', 'w-2026');
  await page.click('[data-testid="ties-tab-person"]');
  await page.selectOption('[data-testid="tie-person"]', 'a-01');
  await page.selectOption('[data-testid="tie-row"][data-id="a-49"] [data-testid="tie-frequency"]', '2');
  await waitSaved(page);

  assert.equal(await partnerFindings(page), 0, 'the partner now has a contact');

  assert.equal(await edgeCount(page), edgesBefore + 1, 'the new tie is drawn');

  await page.keyboard.press('Control+z');
  await waitSaved(page);
  assert.equal(await partnerFindings(page), 1, 'undo restores the finding');
  assertClean(assert, b);
});

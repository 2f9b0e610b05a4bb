import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core over the page as it is now (WCAG 2.1 A and AA): no serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // Let transitions end first: a fading element gives false contrast findings (STACK.md, web pitfall 8).
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

// The options page is an app with one section on screen at a time: tests open a section by its
// navigation link, as a person would, before they use it.
import type { Page } from 'playwright-core';

export type OptionsSection = 'packs' | 'editor' | 'try' | 'sites' | 'you' | 'organization' | 'data' | 'reports';

export async function openSection(page: Page, section: OptionsSection): Promise<void> {
  await page.getByTestId(`nav-${section}`).click();
  await page.locator(`#section-${section}:not([hidden])`).waitFor();
}

// Debian's Chromium for the browser journeys: never downloaded, no sandbox (containers), quiet.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** More command-line switches, e.g. a fake camera (see fakeCameraArgs). */
  args?: string[];
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(options.args ?? [])],
  });
}

/**
 * A camera that films `videoFile` (.y4m or .mjpeg, looped), or no camera at all (null: a
 * machine without one), with the permission prompt answered "allow".
 */
export function fakeCameraArgs(videoFile: string | null): string[] {
  return videoFile
    ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${videoFile}`]
    : ['--use-fake-ui-for-media-stream'];
}

/**
 * Chooses `option` in an Ant Design select (root element `select`) after searching for `search`,
 * and waits until the select shows it as chosen. Options that arrive while the list is open
 * re-render it, and a click that lands on a replaced option is lost: the choice is tried again
 * (at most three times) rather than the journey failing on a busy machine.
 */
export async function chooseInSelect(page: Page, select: Locator, search: string, option: string): Promise<void> {
  const chosen = select.locator('.ant-select-selection-item').filter({ hasText: option }).first();
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await select.locator('input').fill(search);
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
    try {
      await chosen.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

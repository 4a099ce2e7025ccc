import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../../main/services';

/** The Chromium the tests drive, or null (tests then skip and say why). */
export const chromiumPath = findChromium();
export const noChromiumReason = chromiumPath ? '' : ' (skipped: no Chromium installed; apt-get install chromium)';

/** Launches headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

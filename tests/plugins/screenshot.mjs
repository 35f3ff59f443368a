// `screenshot`: what the browser shows in a rectangle of the test page's
// viewport, as a PNG in base64, for tests that compare how things look.
// Chromium and Firefox through puppeteer; WebKit through WebDriver (the whole
// viewport, cropped by the test).
export const screenshotPlugin = {
  name: 'screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    if (session.browser.type === 'webdriver') return { png: await session.browser.driver.takeScreenshot(), cropped: false };
    const page = session.browser.getPage(session.id);
    const png = await page.screenshot({ clip: payload, encoding: 'base64' });
    return { png, cropped: true };
  },
};

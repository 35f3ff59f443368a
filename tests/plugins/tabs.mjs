// Test-runner plugins for whole-page behaviour:
// - `tab-*` commands drive a real browser tab that a test opened with
//   window.open: keys and clicks sent by the browser itself, to that tab;
// - a server log of requests to the exit page (with their Referer) and a slow
//   script, so that tests can see what left the page and act before
//   DOMContentLoaded.
// Puppeteer-based: Chromium here (Firefox through puppeteer as well).

const exitLog = [];

async function tabFor(session, urlPart) {
  const pages = await session.browser.getPage(session.id).browser().pages();
  const tab = pages.find((page) => page.url().includes(urlPart));
  if (!tab) throw new Error(`no tab whose address contains ${urlPart} (open: ${pages.map((page) => page.url()).join(', ')})`);
  return tab;
}

export const tabsPlugin = {
  name: 'tabs',
  async executeCommand({ command, payload, session }) {
    if (!command.startsWith('tab-')) return undefined;
    const testPage = session.browser.getPage(session.id);
    if (command === 'tab-urls') return (await testPage.browser().pages()).map((page) => page.url());
    const tab = await tabFor(session, payload.url);
    if (command === 'tab-keys') {
      await tab.bringToFront();
      for (const step of payload.keys) {
        if (step.press) await tab.keyboard.press(step.press);
        if (step.down) await tab.keyboard.down(step.down);
        if (step.up) await tab.keyboard.up(step.up);
        if (step.wait) await new Promise((resolve) => setTimeout(resolve, step.wait));
      }
    } else if (command === 'tab-click') {
      await tab.bringToFront();
      await tab.mouse.click(payload.x, payload.y);
    } else {
      throw new Error(`unknown command ${command}`);
    }
    await testPage.bringToFront();
    return true;
  },
};

export const exitLogMiddleware = async (context, next) => {
  if (context.path === '/tests/pages/exit-target.html') {
    exitLog.push({ url: context.url, referer: context.get('referer') });
  }
  if (context.path === '/__exit-log') {
    context.type = 'application/json';
    context.body = JSON.stringify(exitLog);
    return;
  }
  if (context.path === '/__slow.js') {
    // A script the parser waits for: the page stays before DOMContentLoaded meanwhile.
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 2000)));
    context.type = 'application/javascript';
    context.body = '/* slow */';
    return;
  }
  return next();
};
